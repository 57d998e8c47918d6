import {openingWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		// Not "Sie", which is also "they".
		{opening: /^Er\b(?=\s+\p{Ll})/u, kind: 'person'},
		{opening: openingWords('(?:Das Unternehmen|Der Konzern|Die Firma|Die Fluggesellschaft|Der Hersteller)'), kind: 'organization'},
		{opening: openingWords('(?:Das Flugzeug|Die Maschine|Das Gerät|Das Telefon)'), kind: 'product'},
	],
	personalPronoun: /\ber\s+\p{Ll}/u,
	modifiers: null,
};
