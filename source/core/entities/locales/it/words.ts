import {openingWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		{opening: /^(?:Lui|Lei)\b/u, kind: 'person'},
		{opening: openingWords("(?:L'azienda|La società|Il gruppo|La compagnia|Il produttore)"), kind: 'organization'},
		{opening: openingWords("(?:L'aereo|L'apparecchio|Il telefono)"), kind: 'product'},
	],
	personalPronoun: null,
	modifiers: null,
	names: {
		organizationNouns: 'società',
		numberedUnits: 'volo',
		designationBefore: 'il lo la i gli le un una suo sua loro primo prima nuovo nuova',
	},
};
