import assert from 'node:assert/strict';
import {test} from 'node:test';
import {modelOf} from './helpers/analyze-texts.js';

// Rules a careful reader applies to names no table lists: each holds for any story.

const kindsOf = (texts: string[]) => {
	const model = modelOf(texts.map((text, index) => [String(index), text, {language: 'en'}]));
	return Object.fromEntries(model.entities.map((entity) => [entity.name, entity.kind]));
};

test('a title word before a single organization word is part of the name; before a person it is not', () => {
	const kinds = kindsOf(['Shares of General Motors fell after Employee Phil Schiller and Justice Anthony Mann spoke.']);
	assert.equal(kinds['General Motors'], 'organization');
	assert.equal(kinds['Phil Schiller'], 'person');
	assert.equal(kinds['Anthony Mann'], 'person');
});

test('a possessive ends a name and is folded: the owner and the thing owned are apart', () => {
	const kinds = kindsOf(["The court heard that Barack Obama's plan differs from Apple Computer's Mac OS X Lion."]);
	assert.equal(kinds['Barack Obama'], 'person');
	assert.equal(kinds['Apple Computer'], 'organization');
	assert.equal(kinds["Barack Obama's"], undefined);
	assert.notEqual(kinds['Mac OS X Lion'], 'person', 'a lone capital that is no initial marks a version of a product');
});

test('a country inside a company name is not the place; "US$" is a currency', () => {
	const kinds = kindsOf(['The deal between Singapore Airlines and Air Canada is worth US$ 7 billion.']);
	assert.equal(kinds['Singapore Airlines'], 'organization');
	assert.equal(kinds['Air Canada'], 'organization');
	assert.equal(kinds.Singapore, undefined);
	assert.equal(kinds.Canada, undefined);
	assert.equal(kinds['United States'], undefined);
});

test('"New" inside a sentence opens a place name; a single name after "in" is a place', () => {
	const kinds = kindsOf(['The jet can fly from London to New York and was built in Toulouse.']);
	assert.equal(kinds['New York'], 'place');
	assert.equal(kinds.Toulouse, 'place');
});

test('the article or a model number around a name makes it a thing, not a person', () => {
	const kinds = kindsOf(['Apple unveiled the Royal Courts display and the plane has Rolls Trent 900 engines.']);
	assert.notEqual(kinds['Royal Courts'], 'person');
	assert.notEqual(kinds['Rolls Trent'], 'person');
});

test('a name whose first word the corpus uses alone is a company, one whose last word it uses alone a person', () => {
	const kinds = kindsOf([
		'The contract went to Lockheed Martin, and Tim Cook said so.',
		'Later, Lockheed said it would appeal. Analysts expected that Cook would comment.',
		'In March, Lockheed filed a protest, and Cook declined.',
	]);
	assert.equal(kinds['Lockheed Martin'], 'organization');
	assert.equal(kinds['Tim Cook'], 'person');
});

/** The entity each mention of `surface` landed on, in text order: its name and kind. */
const landings = (texts: Array<[string, string]>, surface: string) => {
	const model = modelOf(texts.map(([text, language], index) => [String(index), text, {language}]));
	const found: string[] = [];
	for (const entity of model.entities) {
		for (const mention of entity.mentions) {
			const article = model.articles.find((candidate) => candidate.id === mention.article)!;
			if (article.text.slice(mention.start, mention.end) === surface) found.push(`${mention.article}:${mention.start} ${entity.name} (${entity.kind})`);
		}
	}
	return found.sort();
};

test('an acronym is an organization, unless it is a time zone after a clock time or a currency before "$"', () => {
	const kinds = kindsOf(['The GAO upheld the protest. The talks began at 13:30 MSK and the deal is worth US$ 40 billion.']);
	assert.equal(kinds.GAO, 'organization');
	assert.equal(kinds.MSK, undefined);
	assert.equal(kinds.US, undefined);
});

test('what stands before a role is the organization it is held at', () => {
	const kinds = kindsOf(['The keynote was given by Former Apple Computer CEO Steve Jobs and Boeing CEO Jim McNerney, with Russian Foreign Minister Sergei Lavrov.']);
	assert.equal(kinds['Apple Computer'], 'organization');
	assert.equal(kinds.Boeing, 'organization');
	assert.equal(kinds['Steve Jobs'], 'person');
	assert.equal(kinds.Russian, undefined, 'a demonym is no affiliation');
});

test('a common noun of organizations before a name, or a company suffix or spokesman after it, makes an organization', () => {
	const kinds = kindsOf(['The order came from aircraft maker Embraer and from the airline Aer Lingus, said a Ryanair spokesman.']);
	assert.equal(kinds.Embraer, 'organization');
	assert.equal(kinds['Aer Lingus'], 'organization');
	assert.equal(kinds.Ryanair, 'organization');
});

test('a lone word that names an organization or place elsewhere in the corpus is that one everywhere', () => {
	const found = landings(
		[
			['The Brazilian manufacturer Embraer won the order for jets built near Curitiba.', 'en'],
			['Later, Embraer said it would deliver them. Curitiba welcomed the news, and Embraer hired.', 'en'],
		],
		'Embraer',
	);
	assert.deepEqual(found, ['0:27 Embraer (organization)', '1:7 Embraer (organization)', '1:75 Embraer (organization)']);
	assert.equal(landings([['Jets were built near Curitiba.', 'en'], ['Curitiba welcomed the news.', 'en']], 'Curitiba').length, 2);
});

test('a name is what most of its mentions that say anything say it is, everywhere in the corpus', () => {
	const kinds = kindsOf([
		'Analysts said Aer Lingus paid too much. Then Aer Lingus denied it.',
		'Last week Aer Lingus ordered more.',
		'The Irish airline Aer Lingus bought jets.',
	]);
	assert.equal(kinds['Aer Lingus'], 'organization');
});

test('an acronym joins the one multi-word name of the corpus whose initials it spells', () => {
	const found = landings([['Shares of General Motors fell.', 'en'], ['Investors said GM would need help.', 'en']], 'GM');
	assert.deepEqual(found, ['1:15 General Motors (organization)']);
});

test('a German genitive -s names its base form where the corpus has it; an English plural does not', () => {
	const german = landings([['Die Kanzlerin Angela Merkel reiste ab. Das sagte ein Sprecher Merkels.', 'de']], 'Merkels');
	assert.deepEqual(german, ['0:62 Angela Merkel (person)']);
	const english = landings([['Apple hired Jane Developer last year. Developers will pay a fee.', 'en']], 'Developers');
	assert.deepEqual(english, []);
});

test('an initial with its dot goes on to the next word of the name', () => {
	const kinds = kindsOf(['The company named Timothy D. Cook as its chief, and Michael O\' Leary agreed.']);
	assert.equal(kinds['Timothy D. Cook'], 'person');
	assert.equal(kinds["Michael O' Leary"], 'person');
	assert.equal(kinds['Timothy D'], undefined);
});

test('a region after a place and a comma, and both ends of a journey, are places; a change of supplier is not a journey', () => {
	const kinds = kindsOf([
		'The planes are built in Mobile, Alabama. One A380 is flying from Frankfurt to Chicago today.',
		'Apple moved its computers from IBM to Intel, and the Air Force selected Los Angeles based Northrop.',
	]);
	assert.equal(kinds.Alabama, 'place');
	assert.equal(kinds.Frankfurt, 'place');
	assert.equal(kinds.Chicago, 'place');
	assert.notEqual(kinds.Intel, 'place');
	assert.equal(kinds['Los Angeles'], 'place');
});

test('"New" keeps its place in a name inside a sentence', () => {
	const kinds = kindsOf(['He studied at New York University and lived in New York City.']);
	assert.equal(kinds['New York University'], 'organization');
	assert.equal(kinds['New York City'], 'place');
});

test('words between two roles belong to the title, not to an organization', () => {
	const kinds = kindsOf(['The company named its Chief Operating Officer Tim Cook, and Boeing Chief Financial Officer James Bell agreed.']);
	assert.equal(kinds.Operating, undefined);
	assert.equal(kinds['Financial'], undefined);
	assert.equal(kinds.Boeing, 'organization');
	assert.equal(kinds['Tim Cook'], 'person');
});

test('a place that opens a longer company name is not the place', () => {
	const kinds = kindsOf(['Planes went to China Eastern Airlines and Singapore Airlines, not to China itself.']);
	assert.equal(kinds['China Eastern Airlines'], 'organization');
	const model = modelOf([['0', 'Planes went to China Eastern Airlines, not to China itself.', {language: 'en'}]]);
	assert.equal(model.entities.find((entity) => entity.name === 'China')?.mentions.length, 1);
});

test('a legal form after a company name leaves it the same company', () => {
	const model = modelOf([
		['0', 'Shares of Embraer SA rose after the aircraft maker Embraer won the order.', {language: 'en'}],
		['1', 'Analysts said Embraer would hire.', {language: 'en'}],
	]);
	const companies = model.entities.filter((entity) => entity.name.startsWith('Embraer'));
	assert.equal(companies.length, 1, companies.map((entity) => entity.name).join(', '));
	assert.equal(companies[0]?.mentions.length, 3);
});

test('a lower-case "airport" or "city" after a name makes it a place; a name ending in "Year" or "Day" is a date', () => {
	const kinds = kindsOf(['A jet landed at Heathrow airport during the Christmas and New Year sales, before Independence Day.']);
	assert.equal(kinds.Heathrow, 'place');
	assert.equal(kinds['New Year'], undefined);
	assert.equal(kinds['Independence Day'], undefined);
});

test("a maker's name before a model designation names the product, an entity of its own, not the maker", () => {
	const kinds = kindsOf(['The Vickers Super VC-10 and the Rolls Royce Trent 900 flew, and the Embraer 195 too, unlike Merpati Nusantara Flight 574.']);
	assert.equal(kinds['Vickers Super VC-10'], 'product');
	assert.equal(kinds['Rolls Royce Trent 900'], 'product');
	assert.equal(kinds['Embraer 195'], 'product');
	assert.equal(kinds['Merpati Nusantara Flight'], 'organization', 'a flight number is no model: the airline stays');
	assert.equal(kindsOf(['Members of UAW Local 1520 struck.'])['UAW Local'], 'organization', 'nor the number of a union local');
	assert.equal(kindsOf(['Apple spoke at WWDC 2005 in June.'])['WWDC 2005'], undefined, 'nor a year');
	const counted = kindsOf(['Sales reached Friday 300 units, and the report of May 1000 copies sold.']);
	assert.deepEqual([counted['Friday 300'], counted['May 1000']], [undefined, undefined], 'a weekday or month before a number is no maker');
	const found = landings([['The aircraft maker Embraer said the Embraer 195 sells well.', 'en']], 'Embraer');
	assert.deepEqual(found, ['0:19 Embraer (organization)'], 'the maker alone is still the maker');
});

test('a model name after the designation is part of the product, which is one entity with or without it; a plural "s" is left out', () => {
	const model = modelOf([['0', 'Boeing delivered the first Boeing 787 Dreamliner to ANA, and two Boeing 787s and an Airbus A380-800 landed.', {language: 'en'}]]);
	const product = model.entities.find((entity) => entity.name === 'Boeing 787 Dreamliner');
	assert.equal(product?.kind, 'product');
	assert.deepEqual(product?.aliases, ['Boeing 787']);
	assert.equal(product?.mentions.length, 2);
	assert.equal(model.entities.find((entity) => entity.name === 'Airbus A380-800')?.kind, 'product');
});

test('a brand with a lower-case initial and a capital inside names a product, with its version', () => {
	const kinds = kindsOf(['Apple unveiled iPhone 4 and the iPhone 3G got cheaper, while iPod sales rose.']);
	assert.equal(kinds['iPhone 4'], 'product');
	assert.equal(kinds['iPhone 3G'], 'product');
	assert.equal(kinds.iPod, 'product');
	assert.equal(kinds.Apple, undefined);
});

test('a name that continues a brand with a lower-case initial, or holds a version letter, is a product, not an organization', () => {
	const kinds = kindsOf(['Apple sells films on the iTunes Music Store and ships the iPhone SDK, and Mac OS X Lion comes next month.']);
	assert.equal(kinds['Music Store'], undefined);
	assert.equal(kinds.SDK, undefined);
	assert.equal(kinds['Mac OS X Lion'], undefined);
	assert.equal(kinds['Mac OS X'], undefined);
});

test('an adjective of nationality names its place, but not in the plural nor where it opens a longer name', () => {
	const found = (surface: string) =>
		landings([['Staff of the German airline Lufthansa and Irish and Polish pilots flew for Americans on British Airways and European Aeronautic Defence.', 'en']], surface);
	assert.deepEqual(found('German'), ['0:13 Germany (place)']);
	assert.deepEqual(found('Irish'), ['0:42 Ireland (place)']);
	assert.deepEqual(found('Polish'), ['0:52 Poland (place)']);
	assert.deepEqual(found('Americans'), []);
	assert.deepEqual(found('British'), []);
	assert.deepEqual(found('European'), []);
});

test("another language's month does not break a name: English \"Mai\", German \"May\"", () => {
	const model = modelOf([
		['0', 'The jet was due to fly to Chiang Mai International Airport on Monday.', {language: 'en'}],
		['1', 'In London traf Olaf Scholz gestern Theresa May und sprach mit ihr.', {language: 'de'}],
	]);
	const kinds = Object.fromEntries(model.entities.map((entity) => [entity.name, entity.kind]));
	assert.equal(kinds['Chiang Mai International Airport'], 'place');
	assert.equal(kinds['Theresa May'], 'person');
});

test('a point of the compass opens a place name; an owner after "in" is not a place but the person named elsewhere', () => {
	const kinds = kindsOf(['Apple opened a data center in North Carolina and a store in South Africa.', 'Tim Cook took charge, as he did in Jobs\' absences, since Steve Jobs was ill.']);
	assert.equal(kinds['North Carolina'], 'place');
	assert.equal(kinds['South Africa'], 'place');
	assert.equal(kinds.Jobs, undefined, 'not a place of its own');
	const model = modelOf([['0', 'Tim Cook took charge, as he did in Jobs\' absences, since Steve Jobs was ill.', {language: 'en'}]]);
	const jobs = model.entities.find((entity) => entity.name === 'Steve Jobs');
	assert.equal(jobs?.kind, 'person');
	assert.equal(jobs?.mentions.length, 2, 'the owner is Steve Jobs');
});

test('the name words of each language folder are read: a Spanish route, German and French titles, a French numbered flight', () => {
	const model = modelOf([
		['0', 'El vuelo desde Madrid hasta Bogotá salió tarde y llegó de noche.', {language: 'es'}],
		['1', 'Gestern sprach Herr Klaus Wendt mit der Presse.', {language: 'de'}],
		['2', 'Le vol 447 est parti de Lyon avec Madame Claire Morel.', {language: 'fr'}],
	]);
	const kinds = Object.fromEntries(model.entities.map((entity) => [entity.name, entity.kind]));
	assert.equal(kinds.Madrid, 'place');
	assert.equal(kinds['Bogotá'], 'place');
	assert.equal(kinds['Klaus Wendt'], 'person');
	assert.equal(kinds['Herr Klaus Wendt'], undefined, 'a title is no part of the name');
	assert.equal(kinds['Claire Morel'], 'person');
	assert.equal(Object.keys(kinds).some((name) => name.includes('447')), false, 'a numbered flight is no product');
});
