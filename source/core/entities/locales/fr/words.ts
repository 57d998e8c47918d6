import {openingWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		// Not "il", which is also impersonal ("il y a", "il faut").
		{opening: /^Elle\b/u, kind: 'person'},
		{opening: openingWords("(?:L'entreprise|La société|Le groupe|La compagnie|Le constructeur|Le fabricant)"), kind: 'organization'},
		{opening: openingWords("(?:L'avion|L'appareil|Le téléphone)"), kind: 'product'},
	],
	personalPronoun: null,
	modifiers: null,
	names: {
		functionWords: 'le la les un une du de et ou',
		titles: 'monsieur madame',
		organizationNouns: 'entreprise société',
		travel: 'vols?',
		routeFrom: 'de',
		routeTo: 'à',
		numberedUnits: 'vol',
		designationBefore: 'le la les un une son sa ses leur premier première nouveau nouvel nouvelle',
	},
};
