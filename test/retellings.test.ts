import assert from 'node:assert/strict';
import {test} from 'node:test';
import {displayDate} from '../source/core/dates/calendar.js';
import type {TimelineModel} from '../source/core/model.js';
import {modelOf} from './helpers/analyze-texts.js';

const en = (published: string) => ({language: 'en', published});
const eventsOf = (model: TimelineModel, article: string, sentence: string) =>
	model.events.filter((event) => event.mentions.some((mention) => mention.article === article && model.articles.find((candidate) => candidate.id === article)!.text.slice(mention.sentence.start, mention.sentence.end) === sentence));
const datesOf = (model: TimelineModel, article: string, sentence: string) => eventsOf(model, article, sentence).map((event) => displayDate(event.date));

// The launch, dated by its report; later reports of other news about the same man, with words ("the", "said") most of these sentences have.
const launch: Array<[string, string, ReturnType<typeof en>]> = [
	['launch', 'Apple CEO Steve Jobs introduced iPhone 4 on Monday at the developers conference.', en('2010-06-08')],
	['store', 'Steve Jobs opened a store in Paris. Steve Jobs said the store was busy.', en('2010-07-01')],
	['shares', 'Steve Jobs sold shares of Apple. Steve Jobs said the market was strong.', en('2010-07-02')],
];
const retelling = 'When Apple CEO Steve Jobs first introduced iPhone 4, he praised its antenna design.';

test('a later undated sentence that tells again a happening dated by an earlier article joins its event', () => {
	const model = modelOf([...launch, ['departure', `Mark Papermaster, a deputy of Steve Jobs, is leaving Apple. ${retelling}`, en('2010-08-09')]]);
	assert.deepEqual(datesOf(model, 'departure', retelling), ['2010-06-07']);
	assert.deepEqual(eventsOf(model, 'departure', retelling)[0]!.sources, ['launch', 'departure']);
	// The article's own news stays at the day it was written.
	assert.deepEqual(datesOf(model, 'departure', 'Mark Papermaster, a deputy of Steve Jobs, is leaving Apple.'), ['2010-08-09']);
});

test('an undated sentence about the same people that tells another happening stays with its own report', () => {
	const other = 'Apple CEO Steve Jobs praised the sales of iPhone 4.';
	const model = modelOf([...launch, ['sales', `Mark Papermaster, a deputy of Steve Jobs, is leaving Apple. ${other}`, en('2010-08-09')]]);
	assert.deepEqual(datesOf(model, 'sales', other), ['2010-08-09']);
	assert.deepEqual(model.events.find((event) => displayDate(event.date) === '2010-06-07')!.sources, ['launch']);
});

test('a retelling joins only a happening before its article was written, and never one of its own article', () => {
	// Told before the launch was: nothing it could tell again.
	const early = modelOf([...launch, ['early', `Mark Papermaster, a deputy of Steve Jobs, is leaving Apple. ${retelling}`, en('2010-06-01')]]);
	assert.deepEqual(datesOf(early, 'early', retelling), ['2010-06-01']);
	// Its own article's dated sentence is what it goes on telling, not a happening told again.
	const own = modelOf([...launch.slice(1), ['own', `Mark Papermaster, a deputy of Steve Jobs, is leaving Apple. ${retelling} Apple CEO Steve Jobs introduced iPhone 4 on June 7 at the developers conference.`, en('2010-08-09')]]);
	assert.deepEqual(datesOf(own, 'own', retelling), ['2010-08-09']);
});

// A later report of the launch, dated by its own words.
const recalled = (when: string) => `The newest iPhone, iPhone 4 was introduced by Apple CEO Steve Jobs at the developers conference ${when}.`;

test('a later sentence dated only about a day ("two weeks ago") that tells again an earlier dated happening joins its event, at its day', () => {
	const sentence = recalled('less than two weeks ago');
	const model = modelOf([...launch, ['recall', sentence, en('2010-06-16')]]);
	assert.deepEqual(datesOf(model, 'recall', sentence), ['2010-06-07']);
	assert.deepEqual(eventsOf(model, 'recall', sentence)[0]!.sources, ['launch', 'recall']);
	// Its own date's event is gone: no sentence is left in it.
	assert.equal(model.events.filter((event) => displayDate(event.date) === '2010-06-02').length, 0);
});

test('a later sentence dated an exact day, or about a day far from the happening, keeps its own date', () => {
	const exact = recalled('on June 2');
	assert.deepEqual(datesOf(modelOf([...launch, ['recall', exact, en('2010-06-16')]]), 'recall', exact), ['2010-06-02']);
	// Six weeks back is about May 5: not the launch of June 7.
	const far = recalled('six weeks ago');
	assert.deepEqual(datesOf(modelOf([...launch, ['recall', far, en('2010-06-16')]]), 'recall', far), ['2010-05-05']);
});

test('a later sentence dated a month, though it holds an earlier happening\'s day, keeps its date', () => {
	const inJune = recalled('in June');
	assert.deepEqual(datesOf(modelOf([...launch, ['recall', inJune, en('2010-08-20')]]), 'recall', inJune), ['2010-06']);
});

// A report's lead, undated, and a later article that dates the same happening to the month before; other news of the same companies that month.
const awarded = 'Kessler Aircraft and Varro Systems have defeated Halden Corp to win a contract for 179 tankers from the air force.';
const lastMonth = 'Last month, Kessler Aircraft and Varro Systems defeated Halden Corp to win an order for 179 tankers from the air force.';
const februaryNews: Array<[string, string, ReturnType<typeof en>]> = [
	'Kessler Aircraft hired two hundred welders for its plant',
	'Varro Systems opened an office in Lisbon',
	'Halden Corp sold its radar business',
	'Kessler Aircraft paid a dividend to its shareholders',
	'Varro Systems appointed a new finance chief',
].map((news, index): [string, string, ReturnType<typeof en>] => [`february ${index}`, `In February, ${news}.`, en(`2008-03-${String(index + 10)}`)]);

test("a report's undated lead goes to the date another article gives its happening, within the days before the report", () => {
	const model = modelOf([...februaryNews, ['award', awarded, en('2008-03-01')], ['later', `The air force reviewed its choice. ${lastMonth}`, en('2008-03-27')]]);
	assert.deepEqual(datesOf(model, 'award', awarded), ['2008-02']);
	assert.deepEqual(eventsOf(model, 'award', awarded)[0]!.sources.sort(), ['award', 'later']);
	// Its own day's event is gone: nothing else was told of it.
	assert.equal(model.events.filter((event) => displayDate(event.date) === '2008-03-01').length, 0);
	// So to a day of the three before it.
	const onDay = lastMonth.replace('Last month', 'On February 28');
	const byDay = modelOf([...februaryNews, ['award', awarded, en('2008-03-01')], ['later', `The air force reviewed its choice. ${onDay}`, en('2008-03-27')]]);
	assert.deepEqual(datesOf(byDay, 'award', awarded), ['2008-02-28']);
});

test("a report's lead stays on its day when the other article's date is weeks before it, or tells other news of the same companies", () => {
	const late = modelOf([...februaryNews, ['award', awarded, en('2008-03-20')], ['later', `The air force reviewed its choice. ${lastMonth}`, en('2008-03-27')]]);
	assert.deepEqual(datesOf(late, 'award', awarded), ['2008-03-20']);
	const other = 'Last month, Kessler Aircraft and Varro Systems lost a lawsuit brought by Halden Corp over a patent.';
	const otherNews = modelOf([...februaryNews, ['award', awarded, en('2008-03-01')], ['later', `The air force reviewed its choice. ${other}`, en('2008-03-27')]]);
	assert.deepEqual(datesOf(otherNews, 'award', awarded), ['2008-03-01']);
});

test('a sentence told again in an earlier article\'s event is a sentence of that event\'s participants it names, though its own report only mentioned them', () => {
	const model = modelOf([...launch, ['departure', `Mark Papermaster is leaving Apple. The move came after Apple received criticism last month. ${retelling}`, en('2010-08-09')]]);
	assert.deepEqual(datesOf(model, 'departure', retelling), ['2010-06-07']);
	const sentencesOf = (name: string) =>
		model.entities
			.find((entity) => entity.name === name)!
			.sentences!.filter((sentence) => sentence.article === 'departure')
			.map(({start, end}) => model.articles.find((article) => article.id === 'departure')!.text.slice(start, end));
	assert.deepEqual(sentencesOf('iPhone 4'), [retelling]);
	assert.deepEqual(sentencesOf('Steve Jobs'), [retelling]);
	// One that was a participant of its own report's happening lists it once.
	assert.equal(sentencesOf('Apple').filter((sentence) => sentence === retelling).length, 1);
});

// A plan an earlier report states for a month, and the report of the day it happened, whose headline names the act.
const planned = 'Deliveries of the Orion jet to Tasman Airways are not due until October 2007.';
const delivered = (headline: string, text = 'The first Orion jet, made by Kessler Aircraft, was delivered today to Tasman Airways.'): [string, string, {language: string; published: string; title: string}] => [
	'delivery',
	`${headline}\n\n${text}`,
	{language: 'en', published: '2007-10-15', title: headline},
];
const plan = (sentence: string): [string, string, ReturnType<typeof en>] => ['plan', `The Orion jet flew to Chicago on Monday. ${sentence}`, en('2007-03-19')];
// Other news of the airline that month, each told on its day.
const octoberNews: Array<[string, string, ReturnType<typeof en>]> = ['opened a lounge in Perth', 'hired a new pilot trainer', 'cut its fares to Auckland', 'signed a catering contract'].map((news, index) => [
	`october ${index}`,
	`Tasman Airways ${news} today.`,
	en(`2007-10-0${index + 2}`),
]);

test("a month a report plans a happening for joins the later report of that happening on its day", () => {
	const model = modelOf([...octoberNews, plan(planned), delivered('First Orion jet delivered')]);
	assert.deepEqual(datesOf(model, 'plan', planned), ['2007-10-15']);
	assert.deepEqual(eventsOf(model, 'plan', planned)[0]!.sources.sort(), ['delivery', 'plan']);
});

test('a plan stays at its month when someone is said to expect it, when the report names not all it names, or when its headline tells another act', () => {
	const said = 'Tasman Airways said deliveries of the Orion jet are not due until October 2007.';
	assert.deepEqual(datesOf(modelOf([...octoberNews, plan(said), delivered('First Orion jet delivered')]), 'plan', said), ['2007-10']);
	const other = 'Deliveries of the Orion jet to Tasman Airways and Coral Airlines are not due until October 2007.';
	assert.deepEqual(datesOf(modelOf([...octoberNews, plan(other), delivered('First Orion jet delivered')]), 'plan', other), ['2007-10']);
	assert.deepEqual(datesOf(modelOf([...octoberNews, plan(planned), delivered('Kessler Aircraft names a new chief')]), 'plan', planned), ['2007-10']);
});

test("a plan that names no one is its report's news's: it joins the report of the act that names whom the report's lead names", () => {
	const delay = 'The double-deck aircraft\'s delivery will be delayed until October 2007.';
	const report = (lead: string): [string, string, ReturnType<typeof en>] => ['delay', `${lead} ${delay}`, en('2006-10-05')];
	const model = modelOf([...octoberNews, report('Tasman Airways says it will be compensated by Kessler Aircraft for the delay.'), delivered('First Orion jet delivered')]);
	assert.deepEqual(datesOf(model, 'delay', delay), ['2007-10-15']);
	// A lead naming someone the later report does not: its news is another.
	const other = modelOf([...octoberNews, report('Coral Airlines says it will be compensated by Kessler Aircraft for the delay.'), delivered('First Orion jet delivered')]);
	assert.deepEqual(datesOf(other, 'delay', delay), ['2007-10']);
});
