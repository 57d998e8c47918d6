import assert from 'node:assert/strict';
import {test} from 'node:test';
import {entityMentioned, modelOf} from './helpers/analyze-texts.js';

test('one canonical entity across scripts, spellings and translation garbles', () => {
	const model = modelOf([
		['en', 'Zelensky met Zelenskyy fans. Later Zensky spoke. Kiev and kyiv are Kyiv. Dmitry Peskov and Lavrov spoke in Istanbul.', {language: 'en'}],
		['de', 'Selenskyj traf Lawrow und Peskow. Der US-Außenminister Mark Rubio sprach in Kiew.', {language: 'de'}],
		['ar', 'قال بيسكوف إن بوتين وزيلنسكي سيلتقيان في اسطنبول وكييف.', {language: 'ar'}],
	]);
	const expectations: Array<[string, string]> = [
		['Zelensky', 'Volodymyr Zelensky'],
		['Zelenskyy', 'Volodymyr Zelensky'],
		['Zensky', 'Volodymyr Zelensky'],
		['Selenskyj', 'Volodymyr Zelensky'],
		['وزيلنسكي', 'Volodymyr Zelensky'],
		['بوتين', 'Vladimir Putin'],
		['Lawrow', 'Sergei Lavrov'],
		['Peskow', 'Dmitry Peskov'],
		['بيسكوف', 'Dmitry Peskov'],
		['اسطنبول', 'Istanbul'],
		['Kiev', 'Kyiv'],
		['kyiv', 'Kyiv'],
		['Kiew', 'Kyiv'],
		['وكييف', 'Kyiv'],
		['Mark Rubio', 'Marco Rubio'],
	];
	for (const [surface, name] of expectations) {
		const mentioned = entityMentioned(model, surface) ?? entityMentioned(model, surface.replace(/^و/, ''));
		assert.equal(mentioned?.name, name, `${surface} should be ${name}`);
	}
});

test('Arabic attached prefixes do not hide a name, and the mention starts at the name', () => {
	const text = 'وقال الكرملين إن موسكو ستساعد لأوكرانيا وبالكرملين.';
	const model = modelOf([['ar', text, {language: 'ar'}]]);
	const kremlin = model.entities.find((entity) => entity.name === 'Kremlin')!;
	assert.equal(kremlin.mentions.length, 2);
	assert.equal(model.entities.find((entity) => entity.name === 'Ukraine')?.mentions.length, 1);
	const ukraine = model.entities.find((entity) => entity.name === 'Ukraine')!.mentions[0]!;
	assert.equal(text.slice(ukraine.start, ukraine.end), 'أوكرانيا');
});

test('country names in the article language come from the country-name library', () => {
	const model = modelOf([
		['de', 'Die Türkei und Frankreich sprachen mit Russland.', {language: 'de'}],
		['ar', 'قالت تركيا وفرنسا إن ألمانيا ستساعد.', {language: 'ar'}],
	]);
	for (const name of ['Turkey', 'France', 'Russia', 'Germany']) {
		const entity = model.entities.find((candidate) => candidate.name === name);
		assert.equal(entity?.kind, 'place', name);
	}
	assert.deepEqual(new Set(model.entities.find((entity) => entity.name === 'France')!.mentions.map((mention) => mention.article)), new Set(['de', 'ar']));
});

test('lower-case words are not short country names ("us" is not the US)', () => {
	const model = modelOf([['en', 'Tell us about the talks.', {language: 'en'}]]);
	assert.equal(model.entities.find((entity) => entity.name === 'United States'), undefined);
});

test('unlisted names are found, titles trimmed, and a lone surname joins its full name', () => {
	const model = modelOf([
		['a', 'Apple CEO Tim Cook opened the event in Cupertino. Later, Cook said sales grew.', {language: 'en'}],
		['b', 'The minister met Jane Example in the Dolmabahçe Palace. Then the Foreign Minister Hans Beispiel left.', {language: 'en'}],
	]);
	const cook = model.entities.find((entity) => entity.name === 'Tim Cook');
	assert.equal(cook?.kind, 'person');
	assert.equal(cook?.mentions.length, 2, '"Cook" alone is the same person');
	assert.equal(model.entities.find((entity) => entity.name === 'Jane Example')?.kind, 'person');
	assert.equal(model.entities.find((entity) => entity.name === 'Dolmabahçe Palace')?.kind, 'place');
	assert.ok(model.entities.find((entity) => entity.name === 'Hans Beispiel'));
	assert.equal(model.entities.find((entity) => /CEO|Minister/.test(entity.name)), undefined);
});

test('German roles, compound or feminine, are not part of a name', () => {
	const model = modelOf([
		['de', 'Die Koordinatorin Miriam Okafor und die Präsidentenberaterin Aylin Demir trafen Menschenrechtsbeauftragte Olena Martschuk. Kremlsprecher Anton Beispiel schwieg.', {language: 'de'}],
	]);
	const people = model.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
	for (const name of ['Miriam Okafor', 'Aylin Demir', 'Olena Martschuk', 'Anton Beispiel']) assert.ok(people.includes(name), `${name} in ${people.join(', ')}`);
	assert.deepEqual(people.filter((name) => /Koordinatorin|Präsidentenberaterin|Menschenrechtsbeauftragte|Kremlsprecher/.test(name)), []);
});

test('a profession before a name is not part of it; inflected German names of the table are found', () => {
	const model = modelOf([
		['de', 'Der Analyst Daniel Hartley sagte, der Krieg habe nach Angaben der Vereinten Nationen Millionen Menschen vertrieben. Das Weiße Haus schwieg.', {language: 'de'}],
		['en', 'Analyst Katrin Vogel and correspondent Samir Haddad disagreed.', {language: 'en'}],
	]);
	const names = model.entities.map((entity) => `${entity.kind}: ${entity.name}`).sort();
	assert.deepEqual(names, ['organization: United Nations', 'organization: White House', 'person: Daniel Hartley', 'person: Katrin Vogel', 'person: Samir Haddad']);
});

test('a name that often follows "in" or "near" is a place, not a person', () => {
	const model = modelOf([
		['a', 'Fighting continued near Velyka Rybnytsia. Velyka Rybnytsia has no power. Later, aid worker Olena Hrytsenko visited the front.', {language: 'en'}],
		['b', 'Shelling was reported in Velyka Rybnytsia. An April report in Ars Technica named Olena Hrytsenko.', {language: 'en'}],
		['c', 'Die Lage in Welyka Rybnyzja bleibt angespannt. Danach reiste Olena Hrytsenko nach Welyka Rybnyzja.', {language: 'de'}],
	]);
	const kinds = Object.fromEntries(model.entities.map((entity) => [entity.name, entity.kind]));
	// The German spelling is the same place (one entity, see below).
	assert.equal(kinds['Velyka Rybnytsia'], 'place');
	assert.equal(kinds['Olena Hrytsenko'], 'person');
	// Once after "in" is not enough: that may be a publication.
	assert.notEqual(kinds['Ars Technica'], 'place');
});

test('one unlisted name in German and English transliteration is one entity', () => {
	const model = modelOf([
		['en', 'Later, commissioner Olena Marchuk met Grigory Sablin near Velyka Rybnytsia and Mykhailo Podolyak.', {language: 'en'}],
		['de', 'Danach trafen sich Olena Martschuk und Grigori Sablin mit Mychajlo Podoljak bei Welyka Rybnyzja.', {language: 'de'}],
		['other', 'Later, Olena Markova met Grigory Sablin.', {language: 'en'}],
	]);
	const names = model.entities.map((entity) => entity.name).sort();
	assert.deepEqual(names, ['Grigory Sablin', 'Mykhailo Podolyak', 'Olena Marchuk', 'Olena Markova', 'Velyka Rybnytsia']);
	const marchuk = model.entities.find((entity) => entity.name === 'Olena Marchuk')!;
	assert.deepEqual(marchuk.aliases, ['Olena Martschuk']);
	assert.deepEqual([...new Set(marchuk.mentions.map((mention) => mention.article))], ['de', 'en']);
});

test('German nouns joined by "von" or "der" are not names', () => {
	const model = modelOf([['de', 'Es ging um die Schaffung von Bedingungen und die Stabilisierung der Lage.', {language: 'de'}]]);
	assert.deepEqual(model.entities, []);
});

test('a corpus alias file adds names to an entity or a new entity', () => {
	const model = modelOf(
		[['a', 'Settenky met Jane Roe in Smallville.', {language: 'en'}]],
		[
			{name: 'Volodymyr Zelensky', kind: 'person', aliases: ['Settenky']},
			{name: 'Smallville', kind: 'place', aliases: []},
		],
	);
	assert.equal(entityMentioned(model, 'Settenky')?.name, 'Volodymyr Zelensky');
	assert.equal(entityMentioned(model, 'Smallville')?.kind, 'place');
});

test('a product named by maker and designation ("Airbus A380") is named by its designation alone in the same article ("the A380", "A380s", "the 787"); a number counting something, or in an article that names no maker, is no name', () => {
	const model = modelOf([
		['a', 'Airbus unveiled the Airbus A380 on Monday. The A380 carries 555 passengers. Airbus flew two A380s to Sydney.', {language: 'en'}],
		['b', 'Boeing delivered the first Boeing 787 in May. The 787 has 250 seats. They exchanged 1000 by 1000. Its 787 passengers cheered.', {language: 'en'}],
		['c', 'The A380 landed in Sydney. Its 787 passengers cheered. The 787 was late.', {language: 'en'}],
	]);
	const a380 = model.entities.find((entity) => entity.name === 'Airbus A380')!;
	const surfaces = (entity: typeof a380) => entity.mentions.map((mention) => model.articles.find((article) => article.id === mention.article)!.text.slice(mention.start, mention.end));
	assert.deepEqual(surfaces(a380), ['Airbus A380', 'A380', 'A380']);
	// "The 787" after an article is the plane; "787 passengers" counts them.
	assert.deepEqual(surfaces(model.entities.find((entity) => entity.name === 'Boeing 787')!), ['Boeing 787', '787']);
	// Article c never names the maker: its "A380" and "787" are no mentions of the products.
	assert.ok(a380.mentions.every((mention) => mention.article === 'a'));
	assert.equal(entityMentioned(model, '555'), undefined);
});

/** An entity's mentions as `article:text`. */
const articleMentions = (model: ReturnType<typeof modelOf>, name: string) =>
	model.entities
		.find((entity) => entity.name === name)!
		.mentions.map((mention) => `${mention.article}:${model.articles.find((article) => article.id === mention.article)!.text.slice(mention.start, mention.end)}`);

test('a designation alone ("777", "777-200LR", "787 Dreamliner") names the product of the corpus that a maker the article names has by it; with no such maker, or two, it names nothing', () => {
	const model = modelOf([
		['a', 'Emirates flies the Boeing 777 and the Boeing 787 Dreamliner to Dubai.', {language: 'en'}],
		['b', 'Boeing unveils long-range 777\nBoeing has unveiled a new version of its 777 airliner. The 777-200LR flies far. Boeing rolls out the first 787 Dreamliner. They bought 777 seats.', {language: 'en'}],
		['c', 'The 777 landed in Sydney.', {language: 'en'}],
		['d', 'Lockheed built the Lockheed 777 as Boeing built its own. Boeing and Lockheed showed the 777.', {language: 'en'}],
		['e', 'Boeing presentó el 777 en Seattle y 777 pasajeros lo vieron.', {language: 'es'}],
		['f', 'Boeing zeigte die 777 in Seattle.', {language: 'de'}],
	]);
	assert.deepEqual(articleMentions(model, 'Boeing 777'), ['a:Boeing 777', 'b:777', 'b:777', 'b:777', 'e:777', 'f:777']);
	assert.deepEqual(articleMentions(model, 'Boeing 787 Dreamliner'), ['a:Boeing 787 Dreamliner', 'b:787']);
	// Article d names two makers with a 777: which one "the 777" is, only the reader of the whole story knows.
	assert.deepEqual(articleMentions(model, 'Lockheed 777'), ['d:Lockheed 777']);
});

test('a given name alone ("Steve called …") is the one person its article names in full with it; of two, neither, and never one of another article', () => {
	const model = modelOf([
		['a', 'Apple chief Steve Jobs opened the conference. Jobs welcomed everyone. Steve called podcasting the hottest thing in radio. Jobs left.', {language: 'en'}],
		['b', 'Steve Jobs met Steve Ballmer in Seattle. Jobs and Ballmer talked. Steve spoke first. Ballmer smiled. Ballmer left.', {language: 'en'}],
		['c', 'Jobs spoke at the conference. Steve listened.', {language: 'en'}],
	]);
	assert.deepEqual(articleMentions(model, 'Steve Jobs'), ['a:Steve Jobs', 'a:Jobs', 'a:Steve', 'a:Jobs', 'b:Steve Jobs', 'b:Jobs', 'c:Jobs']);
	assert.deepEqual(articleMentions(model, 'Steve Ballmer'), ['b:Steve Ballmer', 'b:Ballmer', 'b:Ballmer', 'b:Ballmer']);
});
