import {openingWords, type EntityWords} from '../../entity-language.js';

export const words: EntityWords = {
	references: [
		{opening: /^(?:Él|Ella)(?![\p{L}])/u, kind: 'person'},
		{opening: openingWords('(?:La empresa|La compañía|El grupo|La aerolínea|El fabricante)'), kind: 'organization'},
		{opening: openingWords('(?:El avión|El aparato|El teléfono)'), kind: 'product'},
	],
	personalPronoun: null,
	happening: /^(?:Este acuerdo|Esta decisión|El acuerdo|El contrato|La venta|La compra|El pedido|La fusión|La adquisición|El anuncio|La decisión|El fallo|La sentencia|La ceremonia|El vuelo|El accidente|El ataque|La reunión|Las conversaciones|La visita|La cumbre|La votación)(?![\p{L}\p{N}])/u,
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
