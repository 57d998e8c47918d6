import {displayDate} from '../../source/core/dates/calendar.js';
import type {TimelineModel} from '../../source/core/model.js';

/** The model as text a reviewer can read: events, dates and entities, one a line. */
export function modelSummary(model: TimelineModel): string {
	const short = (id: string) => id.slice(0, 3);
	const lines = ['# events: date | basis | sources | title | people | places'];
	for (const event of model.events) {
		lines.push(
			[displayDate(event.date), event.basis, event.sources.map(short).join(','), event.title, event.people.join(', '), event.places.join(', ')].join(' | '),
		);
	}
	lines.push('', '# dates: article | expression | value | precision | basis');
	for (const date of model.dates) {
		lines.push([short(date.article), JSON.stringify(date.text), displayDate(date.value), date.value?.precision ?? '-', date.basis].join(' | '));
	}
	lines.push('', '# entities: kind | name | articles | mentions | events');
	for (const entity of model.entities) {
		const articles = [...new Set(entity.mentions.map((mention) => short(mention.article)))].join(',');
		lines.push([entity.kind, entity.name, articles, entity.mentions.length, entity.events.length].join(' | '));
	}
	return `${lines.join('\n')}\n`;
}
