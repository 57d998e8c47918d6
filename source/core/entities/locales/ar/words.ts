import type {EntityWords} from '../../entity-language.js';

/** Arabic names are read from the tables and by transliteration; Latin words inside Arabic text break at no capitalized month. */
export const words: EntityWords = {references: [], personalPronoun: null, modifiers: null, names: {}};
