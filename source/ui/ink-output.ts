/**
 * Ink's Output class (it draws a frame's text into rows of cells), which Ink does not export:
 * loaded from the file beside Ink's entry point, the very module Ink imports. The bundled
 * interface (scripts/bundle-interface.mjs) replaces this module with an import of Ink's bundled
 * copy. Its shape is checked where it is patched (ink-patches.ts).
 */
const inkOutput = new URL('output.js', import.meta.resolve('ink'));

export const {default: Output} = (await import(inkOutput.href)) as {default: unknown};
