// Stands in for react-devtools-core and ws in the bundled interface (scripts/bundle-interface.mjs).
// Ink imports them only when DEV=true, to connect to React DevTools; dateline does not ship
// them, so connecting does nothing.
export default {initialize() {}, connectToDevTools() {}};
