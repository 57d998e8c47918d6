/**
 * The timeline model: what `dateline --json` prints and what the interface renders.
 * Every offset is a JavaScript string index into the `text` of the article it names.
 */

export type Precision = 'day' | 'month' | 'year';

/** A calendar value: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` is null unless it is a range. */
export type DateValue = {
	start: string;
	end: string | null;
	precision: Precision;
};

export type Span = {
	start: number;
	end: number;
};

export type Article = {
	id: string;
	path: string;
	title: string;
	outlet: string | null;
	/** The byline, when the source names one (web pages, feeds, news APIs). */
	author?: string;
	url: string | null;
	/** `YYYY-MM-DD` or null. */
	published: string | null;
	/** Where `published` came from: the article's metadata, or a dateline on its first lines. Absent without one. */
	publishedFrom?: 'metadata' | 'dateline';
	/** ISO 639-1 code, from metadata or detected. */
	language: string;
	/** The original body, front matter removed. */
	text: string;
};

/**
 * Where the parts of a date value that the expression does not state came from:
 * nothing (explicit), the publication date (published), or an earlier date in the text (relative).
 */
export type DateBasis = 'explicit' | 'relative' | 'published';

export type DateExpression = Span & {
	article: string;
	text: string;
	/** Null when nothing in the article anchors it. */
	value: DateValue | null;
	basis: DateBasis;
};

export type EventMention = {
	article: string;
	sentence: Span;
	/** Null for a sentence placed at the article's publication date, or one that goes on telling the dated sentence before it. */
	date: Span | null;
};

export type TimelineEvent = {
	id: string;
	/** Null for the undated group. */
	date: DateValue | null;
	/** 'text' when a date expression placed it, 'published' when it stands at an article's publication date. */
	basis: 'text' | 'published';
	title: string;
	/** How much the event matters, higher more (salience.ts); comparable within one model only. */
	salience: number;
	people: string[];
	places: string[];
	sources: string[];
	mentions: EventMention[];
	/** Set by the user's curation: always shown, also among key events. */
	pinned?: true;
	/** The user's note on the event (curation): shown in its detail and exported. */
	note?: string;
};

/** A product is named by its maker and model ("Boeing 787", "iPhone 4"), apart from its maker. */
export type EntityKind = 'person' | 'place' | 'organization' | 'product';

export type EntityMention = Span & {
	article: string;
};

export type Entity = {
	name: string;
	kind: EntityKind;
	aliases: string[];
	events: string[];
	mentions: EntityMention[];
	/**
	 * The sentences of its events in which it takes part (naming it, or referring to it: "He
	 * said …"): an event merges sentences of several reports, not all of which involve each of
	 * its participants. Its timeline is these sentences of its events. Absent: all of them.
	 */
	sentences?: EntityMention[];
};

export type Skipped = {
	path: string;
	reason: string;
};

export type TimelineModel = {
	articles: Article[];
	dates: DateExpression[];
	events: TimelineEvent[];
	entities: Entity[];
	skipped: Skipped[];
};
