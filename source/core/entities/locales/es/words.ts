import {openingWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		{opening: /^(?:Él|Ella)(?![\p{L}])/u, kind: 'person'},
		{opening: openingWords('(?:La empresa|La compañía|El grupo|La aerolínea|El fabricante)'), kind: 'organization'},
		{opening: openingWords('(?:El avión|El aparato|El teléfono)'), kind: 'product'},
	],
	personalPronoun: null,
	modifiers: null,
	names: {
		functionWords: 'el los las del al y o en de',
		titles: 'señor señora',
		placeOpenings: 'san santa santo los las',
		organizationNouns: 'empresa compañía aerolínea',
		travel: String.raw`vuelos?|viaj\w*`,
		routeFrom: 'desde de',
		routeTo: 'hasta a',
		numberedUnits: 'vuelo',
		designationBefore: 'el la los las un una su sus primer primera nuevo nueva',
	},
};
