// Stands in for react-devtools-core in the bundled interface (scripts/bundle-interface.mjs).
// Ink imports it only when DEV=true, to connect to React DevTools; dateline does not ship it,
// so connecting does nothing.
export default {initialize() {}, connectToDevTools() {}};
