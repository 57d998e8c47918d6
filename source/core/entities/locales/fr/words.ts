import {openingWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		// Not "il", which is also impersonal ("il y a", "il faut").
		{opening: /^Elle\b/u, kind: 'person'},
		{opening: openingWords("(?:L'entreprise|La société|Le groupe|La compagnie|Le constructeur|Le fabricant)"), kind: 'organization'},
		{opening: openingWords("(?:L'avion|L'appareil|Le téléphone)"), kind: 'product'},
	],
	personalPronoun: null,
	happening: /^(?:Cet accord|Cette décision|L['’]accord|Le contrat|La vente|L['’]achat|La commande|La fusion|L['’]acquisition|L['’]annonce|La décision|Le jugement|Le verdict|La cérémonie|Le vol|L['’]accident|L['’]attaque|La réunion|Les pourparlers|La visite|Le sommet|Le vote)(?![\p{L}\p{N}])/u,
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
