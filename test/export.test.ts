import assert from 'node:assert/strict';
import {test} from 'node:test';
import ICAL from 'ical.js';
import {csvTable} from '../source/core/export/csv.js';
import {iCalendar} from '../source/core/export/icalendar.js';
import {escapeMarkdown, markdownBrief} from '../source/core/export/markdown.js';
import {timelineJs} from '../source/core/export/timelinejs.js';
import {tsvTable} from '../source/core/export/tsv.js';
import {exportView, type ExportView} from '../source/core/export/view.js';
import {exportModel, linkTitle, longSentence, separators} from './helpers/export-fixture.js';
import {storyModel} from './helpers/fixture.js';

test('the export view holds the events the interface shows, with full titles and their sources', () => {
	const view = exportView(exportModel());
	assert.deepEqual(
		view.events.map((event) => event.id),
		['e-formula', 'e-link', 'e-hostile', 'e-palace', 'e-range', 'e-undated'],
	);
	const palace = view.events.find((event) => event.id === 'e-palace')!;
	assert.equal(palace.title, longSentence);
	assert.deepEqual(palace.sources.map((source) => [source.outlet, source.published]), [['Wire, "Daily"', '2025-05-16']]);
	assert.equal(palace.group, 'en');

	const filtered = exportView(storyModel(), {filter: 'Vladimir Putin', grouping: 'person'});
	assert.equal(filtered.title, 'Vladimir Putin');
	assert.deepEqual(
		filtered.events.map((event) => [event.id, event.group]),
		[
			['e-talks', 'Vladimir Putin'],
			['e-round2', 'Vladimir Putin'],
		],
	);
});

test('TimelineJS: a slide per dated event with its dates, escaped text, every source, a group and a stable id', () => {
	const document = JSON.parse(timelineJs(exportView(exportModel()))) as {
		title: {text: {headline: string}};
		events: {start_date: Record<string, number>; end_date?: Record<string, number>; text: {headline: string; text: string}; group?: string; unique_id: string}[];
	};
	assert.ok(document.title.text.headline.length > 0);
	assert.deepEqual(
		document.events.map((event) => event.unique_id),
		['event-e-formula', 'event-e-link', 'event-e-hostile', 'event-e-palace', 'event-e-range'],
	);
	const [formula, link, hostile, palace, range] = document.events;
	assert.deepEqual(formula!.start_date, {year: 2024});
	assert.deepEqual(link!.start_date, {year: 2025, month: 5});
	assert.deepEqual([range!.start_date, range!.end_date], [{year: 2025, month: 5, day: 23}, {year: 2025, month: 5, day: 25}]);
	assert.equal(hostile!.text.headline, '&#60;img src=x onerror=alert(1)&#62; happened on 3 May 2025.');
	assert.doesNotMatch(JSON.stringify(document), /<(img|script|b|i)\b/);
	// Only web links become links; the source is still named.
	assert.doesNotMatch(hostile!.text.text, /javascript:/);
	assert.match(hostile!.text.text, /&#60;b&#62;Outlet&#60;\/b&#62; \(2025-05-04\)/);
	assert.match(palace!.text.text, /<a href="https:\/\/example.com\/palace\?a=1&#38;b=\(2\)">Wire, &#34;Daily&#34; \(2025-05-16\)<\/a>/);
	assert.ok(palace!.text.headline.length <= 81 && palace!.text.headline.endsWith('…'), palace!.text.headline);
	assert.match(palace!.text.text, new RegExp(longSentence.slice(0, 40)));
	assert.equal(palace!.group, 'en');
});

test('iCalendar: all-day events, exclusive ends, ranges, months marked, stable UIDs, escaped and folded text', () => {
	const model = exportModel();
	const text = iCalendar(exportView(model));
	assert.ok(text.endsWith('\r\n'));
	assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'every line ends in CRLF');
	for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `longer than 75 octets: ${line}`);
	assert.match(text, /^DTSTART;VALUE=DATE:20250516\r$/m);

	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
	const summary = (uid: string) => events.find((event) => event.uid === uid)!;
	assert.equal(events.length, 5, 'the undated event has no day');
	const palace = summary('e-palace@dateline');
	assert.equal(palace.summary, longSentence);
	assert.equal(palace.startDate.toString(), '2025-05-16');
	assert.ok(palace.startDate.isDate);
	assert.equal(palace.endDate.toString(), '2025-05-17');
	assert.match(palace.description, /^People: Rustem Umerov\nPlaces: Istanbul\nWire, "Daily" \(2025-05-16\) https:/);
	const range = summary('e-range@dateline');
	assert.deepEqual([range.startDate.toString(), range.endDate.toString()], ['2025-05-23', '2025-05-26']);
	assert.equal(range.summary, `${separators} on 23 May 2025 until 25 May.`);
	const link = summary('e-link@dateline');
	assert.equal(link.summary, `${linkTitle} in May 2025. (month)`);
	assert.deepEqual([link.startDate.toString(), link.endDate.toString()], ['2025-05-01', '2025-05-02']);
	assert.equal(summary('e-formula@dateline').startDate.toString(), '2024-01-01');

	// A UID is what the event is, not where it stands: a new event before it changes none.
	const fewer = {...model, events: model.events.filter((event) => event.id !== 'e-formula')};
	const uids = (calendarText: string) => [...calendarText.matchAll(/^UID:(.*)\r$/gm)].map((match) => match[1]);
	assert.deepEqual(uids(iCalendar(exportView(fewer))), uids(text).slice(1));

	const tricky: ExportView = {title: 'a,b;c\\d\ne', zoom: 'day', events: [{...exportView(model).events[3]!, title: 'one, two; three \\ four\nfive'}]};
	const parsed = new ICAL.Component(ICAL.parse(iCalendar(tricky)));
	assert.equal(parsed.getFirstPropertyValue('x-wr-calname'), 'a,b;c\\d\ne');
	assert.equal(new ICAL.Event(parsed.getFirstSubcomponent('vevent')!).summary, 'one, two; three \\ four\nfive');
});

test('Markdown: a heading per day, month or year, a bullet per event, sources as links, article text escaped', () => {
	const brief = markdownBrief(exportView(exportModel()));
	const headings = brief.split('\n').filter((line) => line.startsWith('#'));
	assert.deepEqual(headings, [`# Istanbul`, '## 2024', '## 2025-05', '## 2025-05-03', '## 2025-05-16', '## 2025-05-23', '## Undated']);
	assert.ok(brief.includes(`- ${longSentence}\n  - People: Rustem Umerov\n  - Places: Istanbul\n  - Sources: [Wire, "Daily" (2025-05-16)](https://example.com/palace?a=1&b=%282%29)\n`));
	assert.ok(brief.includes('- \\# Claim: \\[x\\](javascript:alert(1)) and \\<script\\>alert(2)\\</script\\> with \\*stars\\* in May 2025.\n'));
	assert.ok(brief.includes('- \\<img src=x onerror=alert(1)\\> happened on 3 May 2025.\n  - People: Olena \\<i\\>Marchuk\\</i\\>\n  - Sources: \\<b\\>Outlet\\</b\\> (2025-05-04)\n'));
	assert.ok(brief.includes('(2025-05-23…2025-05-25)'));
	assert.match(markdownBrief(exportView(exportModel(), {zoom: 'year'})), /## 2024\n\n- [^\n]*\n {2}- Sources: [^\n]*\n\n## 2025\n\n- /);
	assert.equal(escapeMarkdown('a_b `c` ~d~ | e & !f'), 'a\\_b \\`c\\` \\~d\\~ \\| e \\& \\!f');
});

test('CSV: a header row, one quoted row per event with full fields, formulas defused, a BOM only when asked', () => {
	const view = exportView(exportModel());
	const csv = csvTable(view);
	const rows = csv.split('\r\n');
	assert.equal(rows[0], 'id,date,end,precision,title,people,places,sources,urls,languages,group,note');
	assert.equal(rows.length, view.events.length + 2, 'a CRLF after every row');
	assert.equal(rows[1], `e-formula,2024,,year,"'=HYPERLINK(""http://evil"") in 2024.",,,<b>Outlet</b> (2025-05-04),javascript:alert(3),de,de,`);
	assert.ok(rows.includes(`e-palace,2025-05-16,,day,"${longSentence}",Rustem Umerov,Istanbul,"Wire, ""Daily"" (2025-05-16)",https://example.com/palace?a=1&b=(2),en,en,`));
	assert.ok(rows.includes(`e-range,2025-05-23,2025-05-25,day,"Report, with; separators \\ and ""quotes"" on 23 May 2025 until 25 May.",,,"Report, with; separators \\ and ""quotes"" (2025-05-26)",,en,en,`));
	assert.notEqual(csv.charCodeAt(0), 0xfeff);
	assert.equal(csvTable(view, {bom: true}).charCodeAt(0), 0xfeff);
});

test('TSV: a header row and one line per event, every field whole, no tab or line break inside a field', () => {
	const view = exportView(exportModel());
	const lines = tsvTable({...view, events: [{...view.events[3]!, people: ['a\tb', 'c\nd']}]}).split('\n');
	assert.equal(lines[0], 'id\tdate\tend\tprecision\ttitle\tpeople\tplaces\tsources\turls\tlanguages\tgroup\tnote');
	assert.equal(lines[1], `e-palace\t2025-05-16\t\tday\t${longSentence}\ta b; c d\tIstanbul\tWire, "Daily" (2025-05-16)\thttps://example.com/palace?a=1&b=(2)\ten\ten\t`);
	assert.equal(lines.length, 3);
});

test('a note the user wrote goes with its event into every export, escaped as article text is', () => {
	const note = '=cmd <script>alert(1)</script> *[x](javascript:y)*\nsecond\u001b[31m line';
	const model = exportModel();
	const view = exportView({...model, events: model.events.map((event) => (event.id === 'e-palace' ? {...event, note} : event))});
	const palace = view.events.find((event) => event.id === 'e-palace')!;
	assert.equal(palace.note, '=cmd <script>alert(1)</script> *[x](javascript:y)* second line', 'one line, no control character');
	assert.ok(!('note' in view.events.find((event) => event.id === 'e-range')!), 'no note, no field');
	assert.ok(markdownBrief(view).includes('  - Note: =cmd \\<script\\>alert(1)\\</script\\> \\*\\[x\\](javascript:y)\\* second line\n'));
	const rows = csvTable(view).split('\r\n');
	assert.ok(rows.some((row) => row.startsWith('e-palace,') && row.endsWith(",'=cmd <script>alert(1)</script> *[x](javascript:y)* second line")), 'the last column, a formula defused');
	assert.ok(tsvTable(view).includes('\ten\ten\t=cmd <script>'));
	const slide = (JSON.parse(timelineJs(view)) as {events: {unique_id: string; text: {text: string}}[]}).events.find((event) => event.unique_id === 'event-e-palace')!;
	assert.match(slide.text.text, /<p>Note: =cmd &#60;script&#62;alert\(1\)&#60;\/script&#62;/u);
	const vevent = new ICAL.Component(ICAL.parse(iCalendar(view))).getAllSubcomponents('vevent').find((entry) => entry.getFirstPropertyValue('uid') === 'e-palace@dateline')!;
	assert.match(String(vevent.getFirstPropertyValue('description')), /^Note: =cmd <script>alert\(1\)<\/script>/u);
});
