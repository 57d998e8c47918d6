/** A small timeline whose articles try to inject markup into every export format. */
import type {TimelineModel} from '../../source/core/model.js';
import {buildModel, day, month, range, year} from './fixture.js';

export const hostileTitle = '<img src=x onerror=alert(1)>';
export const linkTitle = '# Claim: [x](javascript:alert(1)) and <script>alert(2)</script> with *stars*';
// Longer than the 120 characters the model keeps of a title: exports must give it whole.
export const longSentence =
	'Negotiators from both delegations met again in the Dolmabahçe Palace in Istanbul on Friday, and after four hours agreed that a thousand prisoners each would be exchanged within days.';
export const separators = 'Report, with; separators \\ and "quotes"';

export function exportModel(): TimelineModel {
	const palace = `${longSentence} Nothing else was agreed.`;
	const hostile = `${hostileTitle} happened on 3 May 2025. ${linkTitle} in May 2025. =HYPERLINK("http://evil") in 2024.`;
	const quoted = `${separators} on 23 May 2025 until 25 May.`;
	return buildModel({
		articles: [
			{id: 'palace', title: 'Prisoner deal in Istanbul', outlet: 'Wire, "Daily"', url: 'https://example.com/palace?a=1&b=(2)', published: '2025-05-16', language: 'en', text: palace},
			{id: 'hostile', title: hostileTitle, outlet: '<b>Outlet</b>', url: 'javascript:alert(3)', published: '2025-05-04', language: 'de', text: hostile},
			{id: 'quoted', title: separators, published: '2025-05-26', language: 'en', text: quoted},
		],
		events: [
			{id: 'e-formula', date: year('2024'), title: '=HYPERLINK("http://evil") in 2024.', mentions: [{article: 'hostile', sentence: '=HYPERLINK("http://evil") in 2024.'}]},
			{id: 'e-link', date: month('2025-05'), title: `${linkTitle} in May 2025.`, mentions: [{article: 'hostile', sentence: `${linkTitle} in May 2025.`}]},
			{id: 'e-hostile', date: day('2025-05-03'), title: `${hostileTitle} happened on 3 May 2025.`, people: ['Olena <i>Marchuk</i>'], mentions: [{article: 'hostile', sentence: `${hostileTitle} happened on 3 May 2025.`}]},
			{
				id: 'e-palace',
				date: day('2025-05-16'),
				title: `${longSentence.slice(0, 117)}…`,
				people: ['Rustem Umerov'],
				places: ['Istanbul'],
				mentions: [{article: 'palace', sentence: longSentence}],
			},
			{id: 'e-range', date: range('2025-05-23', '2025-05-25'), title: `${separators} on 23 May 2025 until 25 May.`, mentions: [{article: 'quoted', sentence: `${separators} on 23 May 2025 until 25 May.`}]},
			{id: 'e-undated', date: null, basis: 'published', title: 'Nothing else was agreed.', mentions: [{article: 'palace', sentence: 'Nothing else was agreed.'}]},
		],
		entities: [{name: 'Istanbul', kind: 'place', events: ['e-palace'], mentions: [{article: 'palace', text: 'Istanbul'}]}],
	});
}
