import assert from 'node:assert/strict';
import {test} from 'node:test';
import {analyzeWithAliases} from '../source/core/analyze.js';
import {countryDefinitions} from '../source/core/entities/countries.js';
import {entityDefinitions} from '../source/core/entities/alias-file.js';
import {nameForms, resolveEntities, type Resolution} from '../source/core/entities/resolve.js';
import type {ArticleMentions} from '../source/core/entities/mentions.js';

const analyze = analyzeWithAliases([]);
const mentionsOf = (id: string, text: string): ArticleMentions => analyze({id, path: `${id}.md`, text, language: 'en'}).mentions;
const definitions = [...entityDefinitions([]), ...countryDefinitions('*')];

/** A resolution as plain data: every entity with its kind, aliases in order and mentions, and each article's mentions with their entities. */
const plain = ({entities, byArticle}: Resolution) => ({
	entities: entities.map(({name, kind, aliases, mentions}) => ({name, kind, aliases: [...aliases], mentions})),
	byArticle: byArticle.map(({mentions, entities: of}) => mentions.map((mention, index) => ({...mention, entity: `${of[index]!.name}/${of[index]!.kind}`}))),
});

const cook = mentionsOf('a', 'Apple CEO Tim Cook opened the event in Cupertino. Later, Cook said sales grew.');
const sarah = mentionsOf('b', 'On Monday the lawyer Sarah Cook met Lloyd Austin in Kyiv. Cook said the talks went well.');
const place = mentionsOf('c', 'Talks were held in Kings Landing. Officials in Kings Landing said they would resume near Kings Landing.');
const alone = mentionsOf('d', 'Cook and Austin spoke again on Friday. Kyiv said nothing.');
const organization = mentionsOf('e', 'Kings Landing Holdings bought Kings again, and Kings said so.');

test('a resolution that keeps what it found from the last call gives what a call from scratch gives, as names come and go', () => {
	const forms = nameForms();
	// Each corpus changes what some name resolves to: a second Cook makes "Cook" alone nobody's, its removal makes it Tim Cook's again.
	const corpora = [[cook, alone], [cook, alone, sarah], [alone, place, cook, sarah], [place, alone], [cook, alone], [organization, cook, place, alone], [cook, alone]];
	const cookAlone = (resolution: Resolution) => resolution.byArticle[resolution.byArticle.length - 1]!;
	for (const [at, corpus] of corpora.entries()) {
		const kept = resolveEntities(corpus, definitions, forms);
		assert.deepEqual(plain(kept), plain(resolveEntities(corpus, definitions)), `corpus ${at}`);
		if (at === 0) assert.ok(cookAlone(kept).entities.some((entity) => entity.name === 'Tim Cook'), 'a lone surname joins the one person who has it');
	}
	assert.ok(!resolveEntities([cook, sarah, alone], definitions, forms).byArticle[2]!.entities.some((entity) => entity.name === 'Tim Cook' || entity.name === 'Sarah Cook'), 'two people share it: a lone "Cook" is neither');
});

test("an article's mentions and entities are kept from the last call while its names resolve as they did", () => {
	const forms = nameForms();
	const first = resolveEntities([cook, alone], definitions, forms);
	const second = resolveEntities([place, cook, alone], definitions, forms);
	assert.equal(second.byArticle[1], first.byArticle[0]);
	assert.notEqual(resolveEntities([cook, alone, sarah], definitions, forms).byArticle[1], first.byArticle[1], '"Cook" resolves otherwise');
});

test('articles that name no one, or only words that resolve to nobody, keep no lists of their own between calls', () => {
	const forms = nameForms();
	const dated = Array.from({length: 3}, (_, index) => mentionsOf(`m${index}`, `${index + 1} May 2025.`));
	const resolution = resolveEntities(dated, definitions, forms);
	assert.ok(resolution.byArticle.every(({mentions}) => mentions.length === 0));
	const kept = dated.map((article) => forms.articles.get(article));
	assert.ok(kept.every(Boolean), '"May" is a surname candidate: each article has its work');
	const lists = (work: (typeof kept)[number]) => (work ? [work.knownAt, work.namesAt, work.nameEntities, work.wordEntities, work.byStart, work.surnamesAt] : []);
	for (const work of kept) for (const [index, list] of lists(work).entries()) assert.equal(list, lists(kept[0])[index], 'one shared empty list');
	assert.deepEqual(plain(resolveEntities(dated, definitions, forms)), plain(resolveEntities(dated, definitions)));
});
