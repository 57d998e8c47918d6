/**
 * A deterministic news corpus for the benchmark: stories about a recurring cast, each retold by
 * one to four outlets in English, German and Arabic (about 60/25/15), about 3 KB an article,
 * spread over nested folders. The same seed always gives the same bytes.
 *
 *   npx tsx scripts/bench/generate.ts --count 1000 [--seed 20250516] [--out /tmp/somewhere]
 */
import {mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {dayNumber, dayOf, isoDay} from './calendar.js';
import {byKey, analysts, languages, organizations, outlets, people, places, type Lang, type Person, type Place} from './corpus-names.js';
import {absoluteDate, cap, dateRange, fillers, formatNumber, kindText, kinds, reportedDate, type Happening, type Kind, type Writer} from './corpus-text.js';
import {createRandom, type Random} from './prng.js';

export const defaultSeed = 20250516;
export type LanguageMix = Record<Lang, number>;
export const defaultMix: LanguageMix = {en: 0.6, de: 0.25, ar: 0.15};

export type ArticleFormat = 'md' | 'txt' | 'json';

export type GeneratedArticle = {
	/** Relative to the corpus root, with `/`. */
	path: string;
	content: string;
	language: Lang;
	format: ArticleFormat;
	/** Articles with the same story number retell the same happening. */
	story: number;
	kind: Kind;
	title: string;
	outlet: string;
	published: string;
	/** The article body, without front matter. */
	body: string;
	/** UTF-8 bytes of the body. */
	bodyBytes: number;
};

export type GenerateOptions = {
	count: number;
	seed?: number;
	mix?: LanguageMix;
};

const firstDay = dayNumber(2022, 3, 1);
const lastDay = dayNumber(2025, 12, 20);
/** Mean articles per story: 35 % single reports, the rest retold by 2–4 outlets. */
const meanStorySize = 0.35 + 0.65 * 3;

function pickPeople(random: Random, kind: Kind): {a: Person; b: Person; c: Person} {
	const of = (keys: string[]) => byKey(people, random.pick(keys));
	const distinct = (keys: string[], not: Person[]) => {
		const left = keys.filter((key) => !not.some((person) => person.key === key));
		return byKey(people, random.pick(left));
	};
	const russian = ['medinsky', 'sablin', 'lavrov'];
	const ukrainian = ['umerov', 'yermak', 'sybiha'];
	const mediators = ['fidan', 'erdogan', 'rubio', 'witkoff', 'demir', 'kellogg'];
	const leaders = ['zelensky', 'putin', 'trump', 'erdogan', 'merz', 'macron', 'starmer', 'lukashenko', 'rubio', 'witkoff'];
	const western = ['merz', 'macron', 'starmer', 'trump', 'rubio'];
	const all = people.map((person) => person.key);
	switch (kind) {
		case 'talks':
			return {a: of(russian), b: of(ukrainian), c: of(mediators)};
		case 'exchange':
			return {a: of(['marchuk', 'umerov', 'zelensky']), b: of(['medinsky', 'peskov', 'sablin']), c: of(mediators)};
		case 'attack':
			return {a: of(['zelensky', 'marchuk', 'yermak', 'sybiha']), b: of(['peskov', 'okafor']), c: of(western)};
		case 'sanctions':
			return {a: of(western.filter((key) => key !== 'trump')), b: of(['peskov', 'lavrov', 'sablin']), c: of(['okafor', 'fidan'])};
		case 'aid':
			return {a: of(western), b: of(['zelensky', 'umerov', 'sybiha']), c: of(['okafor', 'kellogg'])};
		case 'statement':
			return {a: of(['peskov', 'lavrov', 'sablin', 'putin']), b: of(['sybiha', 'yermak', 'zelensky']), c: of(all)};
		case 'ceasefire': {
			const a = of(['trump', 'erdogan', 'macron', 'putin', 'zelensky', 'witkoff']);
			return {a, b: distinct(['putin', 'zelensky', 'peskov', 'sybiha'], [a]), c: of(mediators)};
		}
		default: {
			const a = of(leaders);
			const b = distinct(leaders.concat(['sybiha', 'lavrov', 'yermak']), [a]);
			return {a, b, c: distinct(all, [a, b])};
		}
	}
}

function pickPlace(random: Random, kind: Kind): Place {
	const ofKind = (...wanted: Place['kind'][]) => random.pick(places.filter((place) => wanted.includes(place.kind)));
	if (kind === 'talks' || kind === 'summit') return ofKind('venue', 'capital');
	if (kind === 'attack') return ofKind('front', 'capital');
	if (kind === 'statement') return ofKind('region', 'front');
	return random.pick(places);
}

function makeHappening(random: Random, story: number, expectedStories: number): Happening {
	const kind = random.pick(kinds);
	const progress = Math.min(1, story / Math.max(1, expectedStories));
	const day = Math.min(lastDay, firstDay + Math.floor(progress * (lastDay - firstDay)) + random.int(0, 3));
	const n = {talks: 0, call: random.int(10, 95), exchange: random.int(5, 100) * 10, visit: 0, attack: random.int(20, 480), sanctions: random.int(12, 21), aid: random.int(1, 60) * 50, summit: 0, statement: 0, ceasefire: random.pick([3, 7, 14, 30])}[kind];
	return {kind, day, until: kind === 'exchange' ? day + random.int(1, 3) : null, ...pickPeople(random, kind), place: pickPlace(random, kind), org: random.pick(organizations), n};
}

/** How many days after the happening an outlet publishes: mostly the same or the next day. */
function publicationDelay(random: Random): number {
	const roll = random.next();
	if (roll < 0.3) return 0;
	if (roll < 0.65) return 1;
	if (roll < 0.85) return random.int(2, 5);
	return random.int(6, 20);
}

function createWriter(lang: Lang, random: Random, published: number, history: readonly Happening[]): Writer {
	const mentioned = new Set<string>();
	const publishedYear = dayOf(published).year;
	const writer: Writer = {
		lang,
		random,
		p(person) {
			if (mentioned.has(person.key)) return person.short[lang];
			mentioned.add(person.key);
			return `${person.role[lang]} ${person.full[lang]}`;
		},
		anyone: () => random.pick(people),
		two: () => random.sample(people, 2) as [Person, Person],
		l: (place) => place.name[lang],
		anyPlace: (...kinds) => random.pick(kinds.length === 0 ? places : places.filter((place) => kinds.includes(place.kind))),
		o: (organization) => organization.name[lang],
		anyOrg: () => random.pick(organizations),
		analyst: () => random.pick(analysts)[lang],
		pastYear: () => random.int(2014, publishedYear - 1),
		earlier() {
			// A recent earlier happening of the story, named with its full date.
			const recent = history.slice(-300);
			const past = recent.length > 0 ? random.pick(recent) : null;
			const day = past ? past.day : dayNumber(2022, 3, 29);
			const exchange = [...recent].reverse().find((item) => item.kind === 'exchange');
			const rangeStart = exchange ? exchange.day : dayNumber(2022, 5, 23);
			const rangeEnd = exchange?.until ?? rangeStart + 2;
			return {
				when: absoluteDate(lang, day, true, random),
				place: (past?.place ?? byKey(places, 'istanbul')).name[lang],
				range: dateRange(lang, rangeStart, rangeEnd, dayOf(rangeStart).year !== publishedYear || random.chance(0.3)),
			};
		},
		n: (value) => formatNumber(lang, value),
	};
	return writer;
}

function slug(text: string, fallback: string): string {
	const ascii = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return ascii || fallback;
}

function writeBody(writer: Writer, happening: Happening, variant: number, when: string, targetBytes: number): string {
	const text = kindText[writer.lang][happening.kind];
	const {random} = writer;
	const lead = (text.leads[variant % text.leads.length] ?? text.leads[0])!(writer, happening, when);
	const detail = random.pick(text.details)(writer, happening, when);
	const paragraphs: string[][] = [[lead, detail]];
	const used = new Set([lead, detail]);
	let bytes = Buffer.byteLength(lead + detail);
	const bank = random.shuffle([...fillers[writer.lang]]);
	let current: string[] = [];
	let paragraphSize = random.int(2, 5);
	for (let attempt = 0; bytes < targetBytes && attempt < 200; attempt++) {
		// Each template once; only a very long article goes round the bank again, with other names.
		const sentence = cap(bank[attempt % bank.length]!(writer));
		if (used.has(sentence)) continue;
		used.add(sentence);
		current.push(sentence);
		bytes += Buffer.byteLength(sentence) + 1;
		if (current.length >= paragraphSize) {
			paragraphs.push(current);
			current = [];
			paragraphSize = random.int(2, 5);
		}
	}
	if (current.length > 0) paragraphs.push(current);
	return `${paragraphs.map((sentences) => sentences.join(' ')).join('\n\n')}\n`;
}

function frontMatter(fields: {title: string; outlet: string; published: string; language: Lang}): string {
	return `---\ntitle: ${JSON.stringify(fields.title)}\noutlet: ${JSON.stringify(fields.outlet)}\npublished: ${fields.published}\nlanguage: ${fields.language}\n---\n`;
}

/** The articles in memory: same options, same articles, byte for byte. */
export function generateArticles({count, seed = defaultSeed, mix = defaultMix}: GenerateOptions): GeneratedArticle[] {
	if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, not ${count}`);
	const random = createRandom(seed);
	const total = mix.en + mix.de + mix.ar;
	const en = Math.round((count * mix.en) / total);
	const de = Math.min(count - en, Math.round((count * mix.de) / total));
	const order = random.shuffle([...Array<Lang>(en).fill('en'), ...Array<Lang>(de).fill('de'), ...Array<Lang>(count - en - de).fill('ar')]);
	const expectedStories = count / meanStorySize;
	const history: Happening[] = [];
	const articles: GeneratedArticle[] = [];
	for (let story = 0; articles.length < count; story++) {
		const storyRandom = random.fork(story);
		const happening = makeHappening(storyRandom, story, expectedStories);
		const size = Math.min(count - articles.length, storyRandom.chance(0.35) ? 1 : storyRandom.int(2, 4));
		const rotation = storyRandom.int(0, 11);
		const usedOutlets = new Set<string>();
		for (let retelling = 0; retelling < size; retelling++) {
			const index = articles.length;
			const lang = order[index] ?? 'en';
			const articleRandom = storyRandom.fork(retelling);
			const outlet = articleRandom.pick(outlets[lang].filter((name) => !usedOutlets.has(name)));
			usedOutlets.add(outlet);
			const published = Math.min(lastDay + 20, (happening.until ?? happening.day) + publicationDelay(articleRandom));
			const writer = createWriter(lang, articleRandom, published, history);
			const when =
				happening.kind === 'exchange' && happening.until !== null
					? dateRange(lang, happening.day, happening.until, dayOf(happening.day).year !== dayOf(published).year)
					: reportedDate(lang, happening.day, published, articleRandom);
			const text = kindText[lang][happening.kind];
			const body = writeBody(writer, happening, rotation + retelling, when, articleRandom.int(2600, 3400));
			// Titles are written after the body, with the same writer: names there are already introduced.
			const title = cap((text.titles[(rotation + retelling) % text.titles.length] ?? text.titles[0])!(writer, happening, when));
			const publishedIso = isoDay(published);
			const {year, month} = dayOf(published);
			const format: ArticleFormat = articleRandom.chance(0.08) ? 'json' : articleRandom.chance(0.07) ? 'txt' : 'md';
			const outletFolder = slug(outlet, `outlet-${lang}-${outlets[lang].indexOf(outlet)}`);
			const file = `${lang}/${outletFolder}/${year}/${String(month).padStart(2, '0')}/${String(index).padStart(5, '0')}-${happening.kind}.${format}`;
			const content =
				format === 'json'
					? `${JSON.stringify({title, outlet, published: publishedIso, language: lang, text: body}, null, 2)}\n`
					: `${frontMatter({title, outlet, published: publishedIso, language: lang})}${body}`;
			articles.push({path: file, content, language: lang, format, story, kind: happening.kind, title, outlet, published: publishedIso, body, bodyBytes: Buffer.byteLength(body)});
		}
		history.push(happening);
	}
	return articles;
}

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function isInside(child: string, parent: string): boolean {
	const relative = path.relative(parent, child);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Writes the articles below `root`, which must not be inside the repository. Returns the bytes written. */
export function writeArticles(articles: readonly GeneratedArticle[], root: string): number {
	mkdirSync(root, {recursive: true});
	const real = realpathSync(root);
	if (isInside(real, realpathSync(repositoryRoot))) throw new Error(`refusing to write a corpus into the repository (${real})`);
	let bytes = 0;
	const made = new Set<string>();
	for (const article of articles) {
		const file = path.join(real, article.path);
		const folder = path.dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, {recursive: true});
			made.add(folder);
		}
		const data = Buffer.from(article.content, 'utf8');
		writeFileSync(file, data);
		bytes += data.length;
	}
	return bytes;
}

export type Corpus = {root: string; articles: GeneratedArticle[]; bytes: number; bodyBytes: number; cleanup: () => void};

/** Generates `count` articles into a new temporary folder. */
export function generateCorpus(options: GenerateOptions & {parent?: string}): Corpus {
	const articles = generateArticles(options);
	const root = mkdtempSync(path.join(options.parent ?? tmpdir(), `dateline-bench-${options.count}-`));
	const bytes = writeArticles(articles, root);
	const bodyBytes = articles.reduce((sum, article) => sum + article.bodyBytes, 0);
	return {root, articles, bytes, bodyBytes, cleanup: () => rmSync(root, {recursive: true, force: true})};
}

export function languageCounts(articles: readonly GeneratedArticle[]): Record<Lang, number> {
	const counts = Object.fromEntries(languages.map((lang) => [lang, 0])) as Record<Lang, number>;
	for (const article of articles) counts[article.language]++;
	return counts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const {values} = parseArgs({options: {count: {type: 'string', default: '1000'}, seed: {type: 'string'}, out: {type: 'string'}}});
	const count = Number(values.count);
	const seed = values.seed === undefined ? defaultSeed : Number(values.seed);
	const started = performance.now();
	const articles = generateArticles({count, seed});
	const root = values.out ?? mkdtempSync(path.join(tmpdir(), `dateline-bench-${count}-`));
	const bytes = writeArticles(articles, root);
	const seconds = (performance.now() - started) / 1000;
	const counts = languageCounts(articles);
	process.stdout.write(
		`${root}\n${count} articles, ${(bytes / 1e6).toFixed(1)} MB, en ${counts.en} / de ${counts.de} / ar ${counts.ar}, ${new Set(articles.map((article) => article.story)).size} stories, ${seconds.toFixed(1)} s\n`,
	);
}
