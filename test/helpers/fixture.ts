/**
 * Small hand-built timeline models: offsets are found by searching the article text, so a
 * fixture reads like the story it tells.
 */
import type {Article, DateValue, Entity, EntityKind, TimelineEvent, TimelineModel} from '../../source/core/model.js';

export type ArticleSpec = Omit<Article, 'path' | 'outlet' | 'url'> & Partial<Pick<Article, 'path' | 'outlet' | 'url'>>;

export type EventSpec = {
	id: string;
	date: DateValue | null;
	title: string;
	/** One per source: the article id and a substring of its text that is the sentence. */
	mentions: {article: string; sentence: string; date?: string}[];
	people?: string[];
	places?: string[];
	basis?: 'text' | 'published';
	salience?: number;
};

export type EntitySpec = {
	name: string;
	kind: EntityKind;
	aliases?: string[];
	events: string[];
	/** Substrings of article texts; every occurrence becomes a mention. */
	mentions?: {article: string; text: string}[];
};

export type DateSpec = {article: string; text: string; value: DateValue | null};

export function day(value: string): DateValue {
	return {start: value, end: null, precision: 'day'};
}

export function range(start: string, end: string): DateValue {
	return {start, end, precision: 'day'};
}

export function month(value: string): DateValue {
	return {start: value, end: null, precision: 'month'};
}

export function year(value: string): DateValue {
	return {start: value, end: null, precision: 'year'};
}

function spanOf(text: string, part: string, owner: string): {start: number; end: number} {
	const start = text.indexOf(part);
	if (start < 0) {
		throw new Error(`fixture: "${part}" is not in article ${owner}`);
	}
	return {start, end: start + part.length};
}

function allSpans(text: string, part: string): {start: number; end: number}[] {
	const spans = [];
	for (let start = text.indexOf(part); start >= 0; start = text.indexOf(part, start + part.length)) {
		spans.push({start, end: start + part.length});
	}
	return spans;
}

export function buildModel(spec: {articles: ArticleSpec[]; events: EventSpec[]; entities?: EntitySpec[]; dates?: DateSpec[]}): TimelineModel {
	const articles: Article[] = spec.articles.map((article) => ({
		path: `corpus/${article.id}.md`,
		outlet: null,
		url: null,
		...article,
	}));
	const text = (id: string): string => {
		const article = articles.find((candidate) => candidate.id === id);
		if (!article) {
			throw new Error(`fixture: no article ${id}`);
		}
		return article.text;
	};
	const events: TimelineEvent[] = spec.events.map((event) => ({
		id: event.id,
		date: event.date,
		basis: event.basis ?? 'text',
		title: event.title,
		salience: event.salience ?? 0,
		people: event.people ?? [],
		places: event.places ?? [],
		sources: [...new Set(event.mentions.map((mention) => mention.article))],
		mentions: event.mentions.map((mention) => {
			const sentence = spanOf(text(mention.article), mention.sentence, mention.article);
			const date = mention.date === undefined ? null : spanOf(text(mention.article).slice(sentence.start, sentence.end), mention.date, mention.article);
			return {
				article: mention.article,
				sentence,
				date: date && {start: sentence.start + date.start, end: sentence.start + date.end},
			};
		}),
	}));
	const entities: Entity[] = (spec.entities ?? []).map((entity) => ({
		name: entity.name,
		kind: entity.kind,
		aliases: entity.aliases ?? [],
		events: entity.events,
		mentions: (entity.mentions ?? []).flatMap((mention) =>
			allSpans(text(mention.article), mention.text).map((span) => ({article: mention.article, ...span})),
		),
	}));
	const dates = (spec.dates ?? []).flatMap((date) =>
		allSpans(text(date.article), date.text).map((span) => ({
			article: date.article,
			...span,
			text: date.text,
			value: date.value,
			basis: 'explicit' as const,
		})),
	);
	return {articles, dates, events, entities, skipped: []};
}

const istanbul =
	'Russia and Ukraine agreed to exchange prisoners after talks in Istanbul on Friday.\n' +
	'Zelensky sent Umerov to lead the delegation. Putin stayed in Moscow.\n' +
	'The exchange of prisoners took place from May 23 to 25.';
const telefonat =
	'Lawrow und Rubio besprachen am 17. Mai die Verhandlungen in Istanbul. Selenskyj äußerte sich nicht.';
const arabic =
	'تقول روسيا إنها سترسل وفداً إلى اسطنبول يوم الاثنين في جولة ثانية من محادثات السلام مع أوكرانيا.\n' +
	'لا يتوقع أن يحضر الرئيس الروسي فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلنسكي.';
const june =
	'The second round of talks is set for June 2 in Istanbul. The previous talks took place in Istanbul on May 16. ' +
	'Sometime in 2025 the war may end. Talks in May were tense. Nobody knows when the summit happens.';

/** A story in three languages, shaped like the bundled corpus. */
export function storyModel(): TimelineModel {
	return buildModel({
		articles: [
			{id: 'istanbul', title: 'Russia and Ukraine agree prisoner exchange', outlet: 'CNN', url: 'https://example.com/istanbul', published: '2025-05-16', language: 'en', text: istanbul},
			{id: 'telefonat', title: 'Lawrow und Rubio telefonieren', published: '2025-05-17', language: 'de', text: telefonat},
			{id: 'arabic', title: 'روسيا سترسل وفداً إلى اسطنبول', outlet: 'BBC Arabic', published: '2025-05-30', language: 'ar', text: arabic},
			{id: 'june', title: 'Second round set for June 2', outlet: 'Zamin', published: '2025-05-29', language: 'en', text: june},
		],
		events: [
			{id: 'e-year', date: year('2025'), title: 'The war may end', mentions: [{article: 'june', sentence: 'Sometime in 2025 the war may end.'}]},
			{id: 'e-month', date: month('2025-05'), title: 'Tense talks in May', mentions: [{article: 'june', sentence: 'Talks in May were tense.'}]},
			{
				id: 'e-talks',
				date: day('2025-05-16'),
				title: 'Talks in Istanbul agree a prisoner exchange',
				people: ['Volodymyr Zelensky', 'Vladimir Putin'],
				places: ['Istanbul'],
				mentions: [
					{article: 'istanbul', sentence: 'Russia and Ukraine agreed to exchange prisoners after talks in Istanbul on Friday.', date: 'Friday'},
					{article: 'june', sentence: 'The previous talks took place in Istanbul on May 16.', date: 'May 16'},
				],
			},
			{
				id: 'e-call',
				date: day('2025-05-17'),
				title: 'Lawrow und Rubio besprechen die Verhandlungen',
				people: ['Sergei Lavrov', 'Volodymyr Zelensky'],
				mentions: [{article: 'telefonat', sentence: 'Lawrow und Rubio besprachen am 17. Mai die Verhandlungen in Istanbul.', date: '17. Mai'}],
			},
			{
				id: 'e-exchange',
				date: range('2025-05-23', '2025-05-25'),
				title: 'Prisoner exchange',
				mentions: [{article: 'istanbul', sentence: 'The exchange of prisoners took place from May 23 to 25.', date: 'May 23 to 25'}],
			},
			{
				id: 'e-round2',
				date: day('2025-06-02'),
				title: 'Second round of talks in Istanbul',
				people: ['Vladimir Putin', 'Volodymyr Zelensky'],
				places: ['Istanbul'],
				mentions: [
					{article: 'june', sentence: 'The second round of talks is set for June 2 in Istanbul.', date: 'June 2'},
					{article: 'arabic', sentence: arabic.slice(0, arabic.indexOf('\n')), date: 'يوم الاثنين'},
					{article: 'arabic', sentence: arabic.slice(arabic.indexOf('\n') + 1)},
				],
			},
			{id: 'e-undated', date: null, basis: 'published', title: 'A summit nobody has dated', mentions: [{article: 'june', sentence: 'Nobody knows when the summit happens.'}]},
		],
		entities: [
			{
				name: 'Volodymyr Zelensky',
				kind: 'person',
				aliases: ['Zelensky', 'Selenskyj', 'زيلنسكي', 'فولوديمير زيلنسكي'],
				events: ['e-talks', 'e-call', 'e-round2'],
				mentions: [
					{article: 'istanbul', text: 'Zelensky'},
					{article: 'telefonat', text: 'Selenskyj'},
					{article: 'arabic', text: 'فولوديمير زيلنسكي'},
				],
			},
			{
				name: 'Vladimir Putin',
				kind: 'person',
				aliases: ['Putin', 'بوتين', 'فلاديمير بوتين'],
				events: ['e-talks', 'e-round2'],
				mentions: [
					{article: 'istanbul', text: 'Putin'},
					{article: 'arabic', text: 'فلاديمير بوتين'},
				],
			},
			{name: 'Sergei Lavrov', kind: 'person', aliases: ['Lawrow'], events: ['e-call'], mentions: [{article: 'telefonat', text: 'Lawrow'}]},
			{
				name: 'Istanbul',
				kind: 'place',
				aliases: ['اسطنبول'],
				events: ['e-talks', 'e-round2'],
				mentions: [
					{article: 'istanbul', text: 'Istanbul'},
					{article: 'june', text: 'Istanbul'},
					{article: 'telefonat', text: 'Istanbul'},
					{article: 'arabic', text: 'اسطنبول'},
				],
			},
		],
		dates: [
			{article: 'istanbul', text: 'Friday', value: day('2025-05-16')},
			{article: 'istanbul', text: 'May 23 to 25', value: range('2025-05-23', '2025-05-25')},
			{article: 'telefonat', text: '17. Mai', value: day('2025-05-17')},
			{article: 'june', text: 'June 2', value: day('2025-06-02')},
			{article: 'june', text: 'May 16', value: day('2025-05-16')},
			{article: 'arabic', text: 'يوم الاثنين', value: day('2025-06-02')},
		],
	});
}

/** `count` dated events, one per day from 2024-01-01, each with its own one-sentence article. */
/** `count` events a day apart, one article each; with `salience`, each event's salience from its number. */
export function largeModel(count: number, salience: (index: number) => number = () => 0): TimelineModel {
	const articles: ArticleSpec[] = [];
	const events: EventSpec[] = [];
	const start = Date.UTC(2024, 0, 1);
	for (let index = 0; index < count; index++) {
		const date = new Date(start + index * 86_400_000).toISOString().slice(0, 10);
		const text = `Event number ${index} happened on ${date}.`;
		articles.push({id: `a${index}`, title: `Article ${index}`, published: date, language: 'en', text});
		events.push({id: `e${index}`, date: day(date), title: `Event number ${index}`, mentions: [{article: `a${index}`, sentence: text}], salience: salience(index)});
	}
	return buildModel({articles, events});
}
