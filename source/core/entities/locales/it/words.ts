import {openingWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		{opening: /^(?:Lui|Lei)\b/u, kind: 'person'},
		{opening: openingWords("(?:L'azienda|La società|Il gruppo|La compagnia|Il produttore)"), kind: 'organization'},
		{opening: openingWords("(?:L'aereo|L'apparecchio|Il telefono)"), kind: 'product'},
	],
	personalPronoun: null,
	happening: /^(?:Questo accordo|Questa decisione|L['’]accordo|Il contratto|La vendita|L['’]acquisto|L['’]ordine|La fusione|L['’]acquisizione|L['’]annuncio|La decisione|La sentenza|La cerimonia|Il volo|L['’]incidente|L['’]attacco|L['’]incontro|I colloqui|La visita|Il vertice|Il voto)(?![\p{L}\p{N}])/u,
	modifiers: null,
	names: {
		organizationNouns: 'società',
		numberedUnits: 'volo',
		designationBefore: 'il lo la i gli le un una suo sua loro primo prima nuovo nuova',
	},
};
