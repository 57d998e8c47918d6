/**
 * The wording of the generated articles: date expressions and sentence templates in English,
 * German and Arabic. A happening retold by several outlets picks different templates, so the
 * duplicates share facts (date, people, place) but not sentences.
 */
import {dayOf, type Day} from './calendar.js';
import type {Lang, Organization, Person, Place} from './corpus-names.js';
import type {Random} from './prng.js';

const monthNames: Record<Lang, readonly string[]> = {
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
	ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
const weekdayNames: Record<Lang, readonly string[]> = {
	en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
	de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
	ar: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
};

const month = (lang: Lang, day: Day) => monthNames[lang][day.month - 1] ?? '';
const weekday = (lang: Lang, day: Day) => weekdayNames[lang][day.weekday] ?? '';

/** "on May 16, 2025", "am 16. Mai 2025", "في 16 مايو 2025"; without the year when `withYear` is false. */
export function absoluteDate(lang: Lang, number: number, withYear: boolean, random: Random): string {
	const day = dayOf(number);
	const m = month(lang, day);
	if (lang === 'en') {
		if (random.chance(0.3)) return withYear ? `on ${day.day} ${m} ${day.year}` : `on ${day.day} ${m}`;
		return withYear ? `on ${m} ${day.day}, ${day.year}` : `on ${m} ${day.day}`;
	}
	if (lang === 'de') return withYear ? `am ${day.day}. ${m} ${day.year}` : `am ${day.day}. ${m}`;
	const prefix = random.chance(0.7) ? 'في' : 'يوم';
	return withYear ? `${prefix} ${day.day} ${m} ${day.year}` : `${prefix} ${day.day} ${m}`;
}

/** A day as a reporter writes it `published - day` days later: today, yesterday, a weekday, or the date. */
export function reportedDate(lang: Lang, day: number, published: number, random: Random): string {
	const offset = published - day;
	const d = dayOf(day);
	if (offset === 1 && random.chance(0.7)) return {en: 'yesterday', de: 'gestern', ar: 'أمس'}[lang];
	if (offset === 0 && random.chance(0.3)) return {en: 'today', de: 'heute', ar: 'اليوم'}[lang];
	if (offset >= 0 && offset <= 6) {
		if (lang === 'en') return offset >= 2 && random.chance(0.3) ? `last ${weekday(lang, d)}` : `on ${weekday(lang, d)}`;
		if (lang === 'de') return offset >= 2 && random.chance(0.3) ? `vergangenen ${weekday(lang, d)}` : `am ${weekday(lang, d)}`;
		return `يوم ${weekday(lang, d)}`;
	}
	return absoluteDate(lang, day, dayOf(published).year !== d.year || random.chance(0.5), random);
}

/** "from May 23 to 25", "vom 23. bis 25. Mai", "من 23 إلى 25 مايو"; across a month end both months are named. */
export function dateRange(lang: Lang, first: number, last: number, withYear: boolean): string {
	const a = dayOf(first);
	const b = dayOf(last);
	const sameMonth = a.month === b.month;
	const year = withYear ? b.year : null;
	if (lang === 'en') {
		const end = sameMonth ? `${b.day}` : `${month(lang, b)} ${b.day}`;
		return `from ${month(lang, a)} ${a.day} to ${end}${year ? `, ${year}` : ''}`;
	}
	if (lang === 'de') {
		const start = sameMonth ? `${a.day}.` : `${a.day}. ${month(lang, a)}`;
		return `vom ${start} bis ${b.day}. ${month(lang, b)}${year ? ` ${year}` : ''}`;
	}
	const start = sameMonth ? `${a.day}` : `${a.day} ${month(lang, a)}`;
	return `من ${start} إلى ${b.day} ${month(lang, b)}${year ? ` ${year}` : ''}`;
}

export function monthYear(lang: Lang, number: number): string {
	const day = dayOf(number);
	return {en: `in ${month(lang, day)} ${day.year}`, de: `im ${month(lang, day)} ${day.year}`, ar: `في ${month(lang, day)} ${day.year}`}[lang];
}

export function formatNumber(lang: Lang, n: number): string {
	if (lang === 'ar' || n < 1000) return String(n);
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
}

/** What a sentence template can ask for while it is being written. */
export type Writer = {
	lang: Lang;
	random: Random;
	/** First mention: role and full name; afterwards the short name. */
	p(person: Person): string;
	/** Any person of the recurring cast. */
	anyone(): Person;
	/** Two different people of the cast. */
	two(): [Person, Person];
	l(place: Place): string;
	/** Any place of the cast, or one of the given kinds. */
	anyPlace(...kinds: Place['kind'][]): Place;
	o(organization: Organization): string;
	anyOrg(): Organization;
	/** An invented analyst's name. */
	analyst(): string;
	/** A year before the article's: "in 2022"-style phrases are built by the templates. */
	pastYear(): number;
	/** An earlier happening of the story: its date as written (with year) and place. */
	earlier(): {when: string; place: string; range: string};
	n(value: number): string;
};

export type Happening = {
	kind: Kind;
	day: number;
	/** Last day, for ranged happenings. */
	until: number | null;
	a: Person;
	b: Person;
	c: Person;
	place: Place;
	org: Organization;
	n: number;
};

export const kinds = ['talks', 'call', 'exchange', 'visit', 'attack', 'sanctions', 'aid', 'summit', 'statement', 'ceasefire'] as const;
export type Kind = (typeof kinds)[number];

type Line = (w: Writer, h: Happening, when: string) => string;
type KindText = {titles: Line[]; leads: Line[]; details: Line[]};

export const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const english: Record<Kind, KindText> = {
	talks: {
		titles: [(w, h) => `Delegations meet in ${w.l(h.place)} for a new round of talks`, (w, h) => `Russia and Ukraine resume direct negotiations in ${w.l(h.place)}`, (w, h) => `New talks in ${w.l(h.place)} end without a breakthrough`],
		leads: [
			(w, h, when) => `Russian and Ukrainian delegations met in ${w.l(h.place)} ${when} for a new round of direct talks, with ${w.p(h.a)} leading the Russian side and ${w.p(h.b)} heading the Ukrainian team.`,
			(w, h, when) => `Negotiators from Moscow and Kyiv sat down in ${w.l(h.place)} ${when}, and ${w.p(h.c)} opened the session by urging both sides to agree on a ceasefire.`,
			(w, h, when) => `Talks between the warring sides resumed ${when} in ${w.l(h.place)}, where ${w.p(h.b)} and ${w.p(h.a)} faced each other across the table for almost two hours.`,
		],
		details: [
			(w, h) => `${w.p(h.a)} told reporters afterwards that the meeting had been "businesslike", while ${w.p(h.b)} said no breakthrough had been reached.`,
			(w, h) => `The session was closed to the press, and ${w.p(h.c)} said ${w.l(h.place)} was ready to host further meetings.`,
			(w, h) => `Both delegations agreed to exchange written proposals, ${w.p(h.c)} said at a news conference.`,
		],
	},
	call: {
		titles: [(w, h) => `${w.p(h.a)} and ${w.p(h.b)} speak by phone`, (w, h) => `Phone call between ${h.a.short.en} and ${h.b.short.en} on the peace process`],
		leads: [
			(w, h, when) => `${w.p(h.a)} and ${w.p(h.b)} discussed the results of the latest negotiations in a telephone call ${when}, according to a statement from ${w.l(h.place)}.`,
			(w, h, when) => `${w.p(h.a)} spoke with ${w.p(h.b)} by phone ${when}, the first direct contact between the two in several weeks.`,
			(w, h, when) => `In a phone call ${when}, ${w.p(h.b)} and ${w.p(h.a)} agreed to stay in contact on prisoners and humanitarian corridors.`,
		],
		details: [
			(w, h) => `${w.p(h.a)} described the conversation as frank, but officials in ${w.l(h.place)} gave no further details.`,
			(w, h) => `The call lasted about ${w.n(h.n % 90 + 20)} minutes, ${w.o(h.org)} said in a short readout.`,
		],
	},
	exchange: {
		titles: [(w, h) => `Russia and Ukraine swap ${w.n(h.n)} prisoners of war`, () => `Largest prisoner exchange in months completed`, (w, h) => `${w.n(h.n)} soldiers return home in prisoner swap`],
		leads: [
			(w, h, when) => `Russia and Ukraine exchanged ${w.n(h.n)} prisoners of war ${when}, in what officials called one of the largest swaps of the war.`,
			(w, h, when) => `Hundreds of soldiers and civilians returned home ${when} after Moscow and Kyiv completed an exchange of ${w.n(h.n)} prisoners, ${w.p(h.a)} said.`,
			(w, h, when) => `The exchange of ${w.n(h.n)} prisoners agreed in earlier talks took place ${when} near ${w.l(h.place)}, according to ${w.p(h.b)}.`,
		],
		details: [
			(w, h) => `${w.p(h.a)} thanked the mediators and said the families of the returned soldiers had been informed.`,
			(w, h) => `${w.p(h.b)} confirmed the figures and said further exchanges were being prepared.`,
		],
	},
	visit: {
		titles: [(w, h) => `${w.p(h.a)} visits ${w.l(h.place)}`, (w, h) => `Surprise visit: ${h.a.short.en} travels to ${w.l(h.place)}`],
		leads: [
			(w, h, when) => `${w.p(h.a)} arrived in ${w.l(h.place)} ${when} on a visit that had not been announced in advance.`,
			(w, h, when) => `${w.p(h.a)} travelled to ${w.l(h.place)} ${when}, where he met local officials and ${w.p(h.b)}.`,
		],
		details: [(w, h) => `During the visit ${w.p(h.a)} promised more support and spoke with ${w.p(h.b)} about reconstruction.`, (w, h) => `Security around ${w.l(h.place)} was tight, and the programme was published only after ${w.p(h.a)} had left.`],
	},
	attack: {
		titles: [(w, h) => `Massive drone attack on ${w.l(h.place)}`, (w, h) => `${w.n(h.n)} drones launched at ${w.l(h.place)} overnight`],
		leads: [
			(w, h, when) => `Russia launched ${w.n(h.n)} drones and several missiles at ${w.l(h.place)} ${when}, damaging power lines and residential buildings.`,
			(w, h, when) => `A massive overnight attack hit ${w.l(h.place)} ${when}, ${w.p(h.a)} said, adding that air defences had shot down most of the ${w.n(h.n)} drones.`,
		],
		details: [(w, h) => `${w.p(h.a)} called on partners to send more air defence systems after the attack on ${w.l(h.place)}.`, (w) => `Rescue teams worked through the night, and at least ${w.n(w.random.int(2, 30))} people were injured.`],
	},
	sanctions: {
		titles: [(w, h) => `${cap(w.o(h.org))} adopts its ${h.n}th sanctions package`, () => `New sanctions target Russian oil and banks`],
		leads: [
			(w, h, when) => `${cap(w.o(h.org))} adopted its ${h.n}th package of sanctions against Russia ${when}, targeting oil exports, banks and the shadow fleet.`,
			(w, h, when) => `${w.p(h.a)} welcomed the new sanctions package agreed ${when}, saying the pressure on Moscow had to grow.`,
		],
		details: [(w, h) => `${w.p(h.b)} dismissed the measures as illegal and said they would not change Russia's course.`, (w, h) => `${w.p(h.a)} said the next package was already being prepared.`],
	},
	aid: {
		titles: [(w, h) => `${w.p(h.a)} announces new military aid for Ukraine`, (w, h) => `New aid package worth ${w.n(h.n)} million euros`],
		leads: [
			(w, h, when) => `${w.p(h.a)} announced a new aid package worth ${w.n(h.n)} million euros for Ukraine ${when}, including air defence and artillery ammunition.`,
			(w, h, when) => `Ukraine will receive ${w.n(h.n)} million euros in new military aid, ${w.p(h.a)} said ${when} after meeting ${w.p(h.b)} in ${w.l(h.place)}.`,
		],
		details: [(w, h) => `${w.p(h.b)} thanked ${w.p(h.a)} and said the first deliveries were expected within weeks.`, () => `Critics said the package came too late to change the situation at the front.`],
	},
	summit: {
		titles: [(w, h) => `${h.a.short.en} and ${h.b.short.en} meet in ${w.l(h.place)}`, (w, h) => `Summit in ${w.l(h.place)} brings no agreement`],
		leads: [
			(w, h, when) => `${w.p(h.a)} and ${w.p(h.b)} met in ${w.l(h.place)} ${when} for talks on security guarantees and a possible ceasefire.`,
			(w, h, when) => `At a summit in ${w.l(h.place)} ${when}, ${w.p(h.b)} and ${w.p(h.a)} discussed the next steps toward ending the war.`,
		],
		details: [(w, h) => `${w.p(h.c)} also attended part of the meeting in ${w.l(h.place)}.`, (w, h) => `A joint statement was not issued, but ${w.p(h.a)} said the talks had been "useful".`],
	},
	statement: {
		titles: [(w, h) => `${h.a.short.en} rejects Western proposals`, (w, h) => `Moscow sets conditions for talks on ${w.l(h.place)}`],
		leads: [
			(w, h, when) => `${w.p(h.a)} said ${when} that Moscow would not discuss the status of ${w.l(h.place)} at any future negotiations.`,
			(w, h, when) => `Russia is ready to continue negotiations, but only on its own terms, ${w.p(h.a)} told journalists ${when}.`,
		],
		details: [(w, h) => `${w.p(h.b)} rejected the remarks and said ${w.l(h.place)} remained part of Ukraine.`, (w, h) => `${w.p(h.a)} also criticised ${w.o(h.org)} for what he called interference.`],
	},
	ceasefire: {
		titles: [(w, h) => `${h.a.short.en} proposes a ${h.n}-day ceasefire`, () => `Calls for a ceasefire grow louder`],
		leads: [
			(w, h, when) => `${w.p(h.a)} proposed a ${h.n}-day ceasefire ${when}, saying it could open the way to broader negotiations.`,
			(w, h, when) => `A ${h.n}-day truce proposed by ${w.p(h.a)} ${when} was met with caution by ${w.p(h.b)}.`,
		],
		details: [(w, h) => `${w.p(h.b)} said any ceasefire had to be unconditional and monitored.`, (w, h) => `Diplomats in ${w.l(h.place)} said the proposal was being studied.`],
	},
};

const german: Record<Kind, KindText> = {
	talks: {
		titles: [(w, h) => `Delegationen treffen sich in ${w.l(h.place)} zu neuen Gesprächen`, (w, h) => `Neue Verhandlungsrunde in ${w.l(h.place)} ohne Durchbruch`],
		leads: [
			(w, h, when) => `Die Delegationen Russlands und der Ukraine sind ${when} in ${w.l(h.place)} zu einer neuen Runde direkter Gespräche zusammengekommen; die russische Seite wurde von ${w.p(h.a)} geleitet, die ukrainische von ${w.p(h.b)}.`,
			(w, h, when) => `In ${w.l(h.place)} haben ${when} Unterhändler aus Moskau und Kiew verhandelt, und ${w.p(h.c)} eröffnete die Sitzung mit einem Appell für eine Waffenruhe.`,
		],
		details: [
			(w, h) => `${w.p(h.a)} sprach anschließend von einem sachlichen Treffen, während ${w.p(h.b)} erklärte, ein Durchbruch sei nicht erzielt worden.`,
			(w, h) => `Die Sitzung fand unter Ausschluss der Presse statt, und ${w.p(h.c)} bot an, weitere Treffen in ${w.l(h.place)} auszurichten.`,
		],
	},
	call: {
		titles: [(w, h) => `${h.a.short.de} und ${h.b.short.de} telefonieren`, () => `Telefonat über den Friedensprozess`],
		leads: [
			(w, h, when) => `${w.p(h.a)} und ${w.p(h.b)} haben ${when} in einem Telefonat die Ergebnisse der jüngsten Verhandlungen besprochen.`,
			(w, h, when) => `Wie aus einer Erklärung hervorgeht, telefonierte ${w.p(h.a)} ${when} mit ${w.p(h.b)}.`,
		],
		details: [(w, h) => `Das Gespräch sei offen gewesen, hieß es aus ${w.l(h.place)}, weitere Einzelheiten wurden nicht genannt.`, (w, h) => `Nach Angaben von ${w.p(h.b)} dauerte das Telefonat etwa ${h.n % 90 + 20} Minuten.`],
	},
	exchange: {
		titles: [(w, h) => `Russland und die Ukraine tauschen ${w.n(h.n)} Kriegsgefangene aus`, () => `Großer Gefangenenaustausch abgeschlossen`],
		leads: [
			(w, h, when) => `Russland und die Ukraine haben ${when} ${w.n(h.n)} Kriegsgefangene ausgetauscht, einer der größten Austausche seit Beginn des Krieges.`,
			(w, h, when) => `Der in früheren Gesprächen vereinbarte Austausch von ${w.n(h.n)} Gefangenen fand ${when} statt, teilte ${w.p(h.a)} mit.`,
		],
		details: [(w, h) => `${w.p(h.b)} bestätigte die Zahlen und kündigte weitere Austausche an.`, (w, h) => `${w.p(h.a)} dankte den Vermittlern für ihre Arbeit.`],
	},
	visit: {
		titles: [(w, h) => `${h.a.short.de} besucht ${w.l(h.place)}`, (w, h) => `Überraschungsbesuch in ${w.l(h.place)}`],
		leads: [
			(w, h, when) => `${w.p(h.a)} ist ${when} zu einem nicht angekündigten Besuch in ${w.l(h.place)} eingetroffen.`,
			(w, h, when) => `${w.p(h.a)} reiste ${when} nach ${w.l(h.place)} und traf dort ${w.p(h.b)}.`,
		],
		details: [(w, h) => `Bei dem Besuch sagte ${w.p(h.a)} weitere Unterstützung zu.`, (w, h) => `Das Programm in ${w.l(h.place)} wurde aus Sicherheitsgründen erst nachträglich veröffentlicht.`],
	},
	attack: {
		titles: [(w, h) => `Massiver Drohnenangriff auf ${w.l(h.place)}`, (w, h) => `${w.n(h.n)} Drohnen auf ${w.l(h.place)} abgefeuert`],
		leads: [
			(w, h, when) => `Russland hat ${when} ${w.n(h.n)} Drohnen und mehrere Raketen auf ${w.l(h.place)} abgefeuert und dabei Stromleitungen und Wohnhäuser beschädigt.`,
			(w, h, when) => `Ein massiver nächtlicher Angriff hat ${when} ${w.l(h.place)} getroffen, sagte ${w.p(h.a)}.`,
		],
		details: [(w, h) => `${w.p(h.a)} forderte von den Partnern mehr Flugabwehrsysteme.`, (w) => `Rettungskräfte arbeiteten die ganze Nacht, mindestens ${w.random.int(2, 30)} Menschen wurden verletzt.`],
	},
	sanctions: {
		titles: [(w, h) => `EU beschließt ${h.n}. Sanktionspaket`, () => `Neue Sanktionen gegen russisches Öl und Banken`],
		leads: [
			(w, h, when) => `${cap(w.o(h.org))} hat ${when} ihr ${h.n}. Sanktionspaket gegen Russland beschlossen, das sich gegen Ölexporte, Banken und die Schattenflotte richtet.`,
			(w, h, when) => `${w.p(h.a)} begrüßte das ${when} vereinbarte neue Sanktionspaket und sagte, der Druck auf Moskau müsse wachsen.`,
		],
		details: [(w, h) => `${w.p(h.b)} bezeichnete die Maßnahmen als rechtswidrig.`, (w, h) => `Nach Angaben von ${w.p(h.a)} wird das nächste Paket bereits vorbereitet.`],
	},
	aid: {
		titles: [(w, h) => `${h.a.short.de} kündigt neue Militärhilfe an`, (w, h) => `Neues Hilfspaket über ${w.n(h.n)} Millionen Euro`],
		leads: [
			(w, h, when) => `${w.p(h.a)} hat ${when} ein neues Hilfspaket für die Ukraine im Wert von ${w.n(h.n)} Millionen Euro angekündigt.`,
			(w, h, when) => `Die Ukraine erhält ${w.n(h.n)} Millionen Euro an neuer Militärhilfe, sagte ${w.p(h.a)} ${when} nach einem Treffen mit ${w.p(h.b)} in ${w.l(h.place)}.`,
		],
		details: [(w, h) => `${w.p(h.b)} bedankte sich und sagte, die ersten Lieferungen würden in wenigen Wochen erwartet.`, () => `Kritiker bemängelten, das Paket komme zu spät.`],
	},
	summit: {
		titles: [(w, h) => `${h.a.short.de} und ${h.b.short.de} treffen sich in ${w.l(h.place)}`, (w, h) => `Gipfel in ${w.l(h.place)} ohne Einigung`],
		leads: [
			(w, h, when) => `${w.p(h.a)} und ${w.p(h.b)} sind ${when} in ${w.l(h.place)} zu Gesprächen über Sicherheitsgarantien zusammengekommen.`,
			(w, h, when) => `Bei einem Gipfel in ${w.l(h.place)} haben ${w.p(h.b)} und ${w.p(h.a)} ${when} über die nächsten Schritte beraten.`,
		],
		details: [(w, h) => `Auch ${w.p(h.c)} nahm zeitweise an dem Treffen teil.`, (w, h) => `Eine gemeinsame Erklärung gab es nicht, ${w.p(h.a)} nannte die Gespräche jedoch nützlich.`],
	},
	statement: {
		titles: [(w, h) => `${h.a.short.de} weist westliche Vorschläge zurück`, (w, h) => `Moskau stellt Bedingungen für Gespräche über ${w.l(h.place)}`],
		leads: [
			(w, h, when) => `${w.p(h.a)} hat ${when} erklärt, Moskau werde über den Status von ${w.l(h.place)} nicht verhandeln.`,
			(w, h, when) => `Russland sei zu weiteren Verhandlungen bereit, aber nur zu seinen Bedingungen, sagte ${w.p(h.a)} ${when} vor Journalisten.`,
		],
		details: [(w, h) => `${w.p(h.b)} wies die Äußerungen zurück.`, (w, h) => `${w.p(h.a)} kritisierte zudem ${w.o(h.org)}.`],
	},
	ceasefire: {
		titles: [(w, h) => `${h.a.short.de} schlägt ${h.n}-tägige Waffenruhe vor`, () => `Rufe nach einer Waffenruhe werden lauter`],
		leads: [
			(w, h, when) => `${w.p(h.a)} hat ${when} eine Waffenruhe von ${h.n} Tagen vorgeschlagen, die den Weg für umfassendere Verhandlungen öffnen könne.`,
			(w, h, when) => `Eine von ${w.p(h.a)} ${when} vorgeschlagene Feuerpause von ${h.n} Tagen stieß bei ${w.p(h.b)} auf Zurückhaltung.`,
		],
		details: [(w, h) => `${w.p(h.b)} sagte, jede Waffenruhe müsse bedingungslos sein.`, (w, h) => `Diplomaten in ${w.l(h.place)} prüfen den Vorschlag.`],
	},
};

const arabic: Record<Kind, KindText> = {
	talks: {
		titles: [(w, h) => `الوفدان الروسي والأوكراني يلتقيان في ${w.l(h.place)}`, (w, h) => `جولة جديدة من المحادثات في ${w.l(h.place)} دون اختراق`],
		leads: [
			(w, h, when) => `التقى الوفدان الروسي والأوكراني في ${w.l(h.place)} ${when} في جولة جديدة من المحادثات المباشرة، وترأس ${w.p(h.a)} الجانب الروسي بينما قاد ${w.p(h.b)} الفريق الأوكراني.`,
			(w, h, when) => `جلس مفاوضون من موسكو وكييف إلى طاولة واحدة في ${w.l(h.place)} ${when}، وافتتح ${w.p(h.c)} الجلسة بدعوة الطرفين إلى وقف إطلاق النار.`,
		],
		details: [(w, h) => `وقال ${w.p(h.a)} بعد الاجتماع إن اللقاء كان عمليا، في حين أكد ${w.p(h.b)} أنه لم يتم تحقيق أي اختراق.`, (w, h) => `وعقدت الجلسة بعيدا عن وسائل الإعلام، وأبدى ${w.p(h.c)} استعداد بلاده لاستضافة اجتماعات أخرى.`],
	},
	call: {
		titles: [(w, h) => `اتصال هاتفي بين ${h.a.short.ar} و${h.b.short.ar}`, () => `مكالمة هاتفية حول عملية السلام`],
		leads: [
			(w, h, when) => `بحث ${w.p(h.a)} و${w.p(h.b)} ${when} في اتصال هاتفي نتائج المفاوضات الأخيرة.`,
			(w, h, when) => `أجرى ${w.p(h.a)} ${when} اتصالا هاتفيا مع ${w.p(h.b)}، وفقا لبيان صدر في ${w.l(h.place)}.`,
		],
		details: [(w, h) => `ووصف ${w.p(h.a)} المحادثة بأنها صريحة، دون الكشف عن مزيد من التفاصيل.`, (w, h) => `واستمرت المكالمة نحو ${h.n % 90 + 20} دقيقة بحسب ${w.o(h.org)}.`],
	},
	exchange: {
		titles: [(w, h) => `روسيا وأوكرانيا تتبادلان ${h.n} أسير حرب`, () => `اكتمال أكبر عملية لتبادل الأسرى منذ أشهر`],
		leads: [
			(w, h, when) => `تبادلت روسيا وأوكرانيا ${h.n} أسير حرب ${when}، في واحدة من أكبر عمليات التبادل منذ بداية الحرب.`,
			(w, h, when) => `جرت عملية تبادل ${h.n} أسيرا التي اتفق عليها في محادثات سابقة ${when}، بحسب ما أعلن ${w.p(h.a)}.`,
		],
		details: [(w, h) => `وأكد ${w.p(h.b)} الأرقام وقال إن عمليات تبادل أخرى قيد الإعداد.`, (w, h) => `وشكر ${w.p(h.a)} الوسطاء على جهودهم.`],
	},
	visit: {
		titles: [(w, h) => `${h.a.short.ar} يزور ${w.l(h.place)}`, (w, h) => `زيارة مفاجئة إلى ${w.l(h.place)}`],
		leads: [(w, h, when) => `وصل ${w.p(h.a)} إلى ${w.l(h.place)} ${when} في زيارة لم يعلن عنها مسبقا.`, (w, h, when) => `توجه ${w.p(h.a)} ${when} إلى ${w.l(h.place)} حيث التقى ${w.p(h.b)}.`],
		details: [(w, h) => `وتعهد ${w.p(h.a)} خلال الزيارة بتقديم مزيد من الدعم.`, () => `ولم يعلن عن برنامج الزيارة إلا بعد انتهائها لأسباب أمنية.`],
	},
	attack: {
		titles: [(w, h) => `هجوم واسع بالطائرات المسيرة على ${w.l(h.place)}`, (w, h) => `${h.n} طائرة مسيرة تستهدف ${w.l(h.place)}`],
		leads: [
			(w, h, when) => `أطلقت روسيا ${h.n} طائرة مسيرة وعدة صواريخ على ${w.l(h.place)} ${when}، ما ألحق أضرارا بخطوط الكهرباء والمباني السكنية.`,
			(w, h, when) => `تعرضت ${w.l(h.place)} ${when} لهجوم ليلي واسع، بحسب ما قال ${w.p(h.a)}.`,
		],
		details: [(w, h) => `ودعا ${w.p(h.a)} الشركاء إلى إرسال مزيد من أنظمة الدفاع الجوي.`, (w) => `وعملت فرق الإنقاذ طوال الليل، وأصيب ما لا يقل عن ${w.random.int(2, 30)} شخصا.`],
	},
	sanctions: {
		titles: [(w, h) => `الاتحاد الأوروبي يقر الحزمة ${h.n} من العقوبات`, () => `عقوبات جديدة تستهدف النفط والمصارف الروسية`],
		leads: [
			(w, h, when) => `أقر ${w.o(h.org)} ${when} الحزمة ${h.n} من العقوبات على روسيا، والتي تستهدف صادرات النفط والمصارف.`,
			(w, h, when) => `رحب ${w.p(h.a)} بحزمة العقوبات الجديدة التي تم الاتفاق عليها ${when}.`,
		],
		details: [(w, h) => `ووصف ${w.p(h.b)} الإجراءات بأنها غير قانونية.`, (w, h) => `وقال ${w.p(h.a)} إن الحزمة التالية قيد الإعداد بالفعل.`],
	},
	aid: {
		titles: [(w, h) => `${h.a.short.ar} يعلن عن مساعدات عسكرية جديدة لأوكرانيا`, (w, h) => `حزمة مساعدات جديدة بقيمة ${h.n} مليون يورو`],
		leads: [
			(w, h, when) => `أعلن ${w.p(h.a)} ${when} عن حزمة مساعدات جديدة لأوكرانيا بقيمة ${h.n} مليون يورو تشمل أنظمة دفاع جوي وذخائر.`,
			(w, h, when) => `ستحصل أوكرانيا على ${h.n} مليون يورو من المساعدات العسكرية الجديدة، وفق ما قال ${w.p(h.a)} ${when} بعد لقائه ${w.p(h.b)} في ${w.l(h.place)}.`,
		],
		details: [(w, h) => `وشكر ${w.p(h.b)} الشركاء وقال إن الشحنات الأولى متوقعة خلال أسابيع.`, () => `وقال منتقدون إن الحزمة جاءت متأخرة.`],
	},
	summit: {
		titles: [(w, h) => `${h.a.short.ar} و${h.b.short.ar} يلتقيان في ${w.l(h.place)}`, (w, h) => `قمة ${w.l(h.place)} تنتهي دون اتفاق`],
		leads: [
			(w, h, when) => `التقى ${w.p(h.a)} و${w.p(h.b)} في ${w.l(h.place)} ${when} لبحث الضمانات الأمنية ووقف محتمل لإطلاق النار.`,
			(w, h, when) => `ناقش ${w.p(h.b)} و${w.p(h.a)} خلال قمة في ${w.l(h.place)} ${when} الخطوات المقبلة لإنهاء الحرب.`,
		],
		details: [(w, h) => `وحضر ${w.p(h.c)} جزءا من الاجتماع.`, (w, h) => `ولم يصدر بيان مشترك، لكن ${w.p(h.a)} وصف المحادثات بأنها مفيدة.`],
	},
	statement: {
		titles: [(w, h) => `${h.a.short.ar} يرفض المقترحات الغربية`, (w, h) => `موسكو تضع شروطا للمحادثات بشأن ${w.l(h.place)}`],
		leads: [
			(w, h, when) => `قال ${w.p(h.a)} ${when} إن موسكو لن تناقش وضع ${w.l(h.place)} في أي مفاوضات مقبلة.`,
			(w, h, when) => `أكد ${w.p(h.a)} ${when} أن روسيا مستعدة لمواصلة المفاوضات ولكن بشروطها.`,
		],
		details: [(w, h) => `ورفض ${w.p(h.b)} هذه التصريحات.`, (w, h) => `وانتقد ${w.p(h.a)} أيضا ${w.o(h.org)}.`],
	},
	ceasefire: {
		titles: [(w, h) => `${h.a.short.ar} يقترح هدنة لمدة ${h.n} يوما`, () => `تزايد الدعوات إلى وقف إطلاق النار`],
		leads: [
			(w, h, when) => `اقترح ${w.p(h.a)} ${when} هدنة لمدة ${h.n} يوما، قائلا إنها قد تمهد الطريق لمفاوضات أوسع.`,
			(w, h, when) => `قوبلت الهدنة التي اقترحها ${w.p(h.a)} ${when} لمدة ${h.n} يوما بحذر من جانب ${w.p(h.b)}.`,
		],
		details: [(w, h) => `وقال ${w.p(h.b)} إن أي وقف لإطلاق النار يجب أن يكون غير مشروط.`, (w, h) => `وقال دبلوماسيون في ${w.l(h.place)} إن المقترح قيد الدراسة.`],
	},
};

export const kindText: Record<Lang, Record<Kind, KindText>> = {en: english, de: german, ar: arabic};

type Filler = (w: Writer) => string;

/** Background sentences: the recurring cast, bare years, earlier dates, ranges, relative expressions. */
export const fillers: Record<Lang, readonly Filler[]> = {
	en: [
		(w) => `The war, which escalated into a full-scale invasion in 2022, has displaced millions of people, according to ${w.o(w.anyOrg())}.`,
		(w) => `Russia has controlled Crimea and parts of ${w.l(w.anyPlace('front', 'region'))} since ${w.pastYear()}, and Kyiv says it will never recognise the annexation.`,
		(w) => `The two sides had already met earlier this month in ${w.l(w.anyPlace('venue'))}, without reaching an agreement.`,
		(w) => `The last exchange of prisoners took place ${w.earlier().range}, when hundreds of soldiers returned home.`,
		(w) => {
			const e = w.earlier();
			return `Delegations had met ${e.when} in ${e.place} for talks that lasted about two hours.`;
		},
		(w) => `${w.p(w.anyone())} said last week that the negotiations would continue at a technical level.`,
		(w) => `The previous day, ${w.p(w.anyone())} had called for an immediate ceasefire.`,
		(w) => `Analyst ${w.analyst()} said the road to peace remained long and that both sides were playing for time.`,
		(w) => `In ${w.pastYear()}, talks in Istanbul collapsed after only a few weeks, and fighting intensified over the following months.`,
		(w) => `${cap(w.o(w.anyOrg()))} said in a statement that it was following the developments closely.`,
		(w) => `There was no immediate comment from ${w.o(w.anyOrg())}.`,
		(w) => `Diplomatic sources said another meeting could take place in ${w.l(w.anyPlace('venue'))} next month.`,
		(w) => `${w.p(w.anyone())} has repeatedly said that his country will not accept any deal that ignores its security interests.`,
		(w) => `Air defences shot down ${w.n(w.random.int(10, 300))} drones overnight over ${w.l(w.anyPlace('front', 'capital'))}, the air force said.`,
		() => `Reuters quoted an official as saying the atmosphere had been "more constructive than expected".`,
		(w) => `According to ${w.o(w.anyOrg())}, more than ${w.n(w.random.int(5, 14) * 1000)} civilians have been killed since the start of the invasion.`,
		(w) => {
			const e = w.earlier();
			return `Since the meeting ${e.when}, neither side has made public any written proposals.`;
		},
		(w) => `${w.p(w.anyone())} is expected to travel to ${w.l(w.anyPlace())} later this month.`,
		(w) => `A ceasefire proposal discussed ${w.earlier().when} has not been implemented.`,
		(w) => `Observers noted that the talks were the first of their kind since ${w.pastYear()}.`,
		(w) => `The talks are part of a wider diplomatic effort led by ${w.two().map((person) => w.p(person)).join(' and ')}.`,
		(w) => `Energy infrastructure in ${w.l(w.anyPlace('front'))} has been hit repeatedly since the autumn of ${w.pastYear()}.`,
		(w) => `The humanitarian situation in ${w.l(w.anyPlace('front', 'region'))} remains dire, aid agencies warned on Monday.`,
		(w) => `Ukraine's partners in ${w.l(w.anyPlace('capital'))} and ${w.l(w.anyPlace('capital'))} have promised to keep up their support.`,
		(w) => `Between ${w.pastYear()} and now, the front line has barely moved, military analysts say.`,
		(w) => `Earlier, ${w.p(w.anyone())} said that a summit could be held ${monthYear(w.lang, w.random.int(19500, 20400))} at the earliest.`,
		(w) => `Prices for grain exported through ${w.l(w.anyPlace('front'))} rose sharply after the latest strikes, traders said.`,
		(w) => `${w.p(w.anyone())} told a news conference in ${w.l(w.anyPlace('capital'))} that "nothing is agreed until everything is agreed".`,
		(w) => `The Kremlin has rejected every proposal for a meeting between the two presidents since ${w.pastYear()}.`,
		(w) => `Officials in ${w.l(w.anyPlace('capital'))} said a team of experts would travel to ${w.l(w.anyPlace('venue'))} on Tuesday to prepare the next round.`,
		(w) => `Two weeks ago, ${w.p(w.anyone())} accused Moscow of stalling the process.`,
		(w) => `Turnout at the rally in ${w.l(w.anyPlace('capital'))} was estimated at ${w.n(w.random.int(2, 40) * 1000)} people.`,
		(w) => `Independent monitors from the United Nations have not been given access to ${w.l(w.anyPlace('region', 'front'))}.`,
		(w) => `${w.two().map((person) => w.p(person)).join(' met ')} on the sidelines of a conference in ${w.l(w.anyPlace('capital'))} in ${w.pastYear()}, but the contacts led nowhere.`,
		(w) => {
			const start = w.random.int(19000, 20300);
			return `Consultations in ${w.l(w.anyPlace('venue'))} ran ${dateRange(w.lang, start, start + w.random.int(1, 3), true)} and were overshadowed by new strikes.`;
		},
		(w) => `Insurance costs for ships calling at ${w.l(w.anyPlace('front'))} have tripled since ${w.pastYear()}.`,
		(w) => `${w.analyst()}, a researcher in ${w.l(w.anyPlace('capital'))}, said the announcement was aimed mainly at a domestic audience.`,
		(w) => `Satellite images published on Thursday showed new fortifications near ${w.l(w.anyPlace('front', 'region'))}.`,
	],
	de: [
		() => `Der Krieg, der 2022 zu einer großangelegten Invasion eskalierte, hat nach Angaben der Vereinten Nationen Millionen Menschen vertrieben.`,
		(w) => `Russland kontrolliert die Krim und Teile von ${w.l(w.anyPlace('front', 'region'))} seit ${w.pastYear()}, Kiew will die Annexion nie anerkennen.`,
		(w) => `Die beiden Seiten hatten sich bereits Anfang des Monats in ${w.l(w.anyPlace('venue'))} getroffen, ohne eine Einigung zu erzielen.`,
		(w) => `Der letzte Gefangenenaustausch fand ${w.earlier().range} statt.`,
		(w) => {
			const e = w.earlier();
			return `Die Delegationen hatten sich ${e.when} in ${e.place} zu Gesprächen getroffen, die rund zwei Stunden dauerten.`;
		},
		(w) => `${w.p(w.anyone())} sagte vergangene Woche, die Verhandlungen würden auf technischer Ebene fortgesetzt.`,
		(w) => `Am Vortag hatte ${w.p(w.anyone())} eine sofortige Waffenruhe gefordert.`,
		(w) => `Der Analyst ${w.analyst()} sagte, der Weg zum Frieden sei noch weit und beide Seiten spielten auf Zeit.`,
		(w) => `Im Jahr ${w.pastYear()} waren Gespräche in Istanbul nach wenigen Wochen gescheitert.`,
		(w) => `${cap(w.o(w.anyOrg()))} erklärte, man verfolge die Entwicklungen genau.`,
		(w) => `Eine Stellungnahme von ${w.p(w.anyone())} lag zunächst nicht vor.`,
		(w) => `Diplomatischen Kreisen zufolge könnte im kommenden Monat ein weiteres Treffen in ${w.l(w.anyPlace('venue'))} stattfinden.`,
		(w) => `${w.p(w.anyone())} hat wiederholt betont, sein Land werde keine Vereinbarung akzeptieren, die seine Sicherheitsinteressen ignoriere.`,
		(w) => `Die Flugabwehr schoss nach Angaben der Luftwaffe in der Nacht ${w.random.int(10, 300)} Drohnen über ${w.l(w.anyPlace('front'))} ab.`,
		() => `Die Nachrichtenagentur Reuters zitierte einen Beamten mit den Worten, die Atmosphäre sei konstruktiver gewesen als erwartet.`,
		(w) => {
			const e = w.earlier();
			return `Seit dem Treffen ${e.when} hat keine Seite schriftliche Vorschläge veröffentlicht.`;
		},
		(w) => `${w.p(w.anyone())} wird später in diesem Monat in ${w.l(w.anyPlace())} erwartet.`,
		(w) => `Beobachter wiesen darauf hin, dass es die ersten Gespräche dieser Art seit ${w.pastYear()} waren.`,
		(w) => `Die Energieinfrastruktur in ${w.l(w.anyPlace('front'))} wird seit Herbst ${w.pastYear()} immer wieder angegriffen.`,
		(w) => `Die Partner der Ukraine in ${w.l(w.anyPlace('capital'))} und ${w.l(w.anyPlace('capital'))} haben weitere Unterstützung zugesagt.`,
		(w) => `Anfang ${w.pastYear()} hatte es bereits einen ähnlichen Vorstoß gegeben, der jedoch scheiterte.`,
		(w) => `Zuvor hatte ${w.p(w.anyone())} gesagt, ein Gipfel sei frühestens ${monthYear(w.lang, w.random.int(19500, 20400))} möglich.`,
		(w) => `Die humanitäre Lage in ${w.l(w.anyPlace('front', 'region'))} bleibt nach Angaben von Hilfsorganisationen dramatisch.`,
		(w) => {
			const start = w.random.int(19000, 20300);
			return `Die Konsultationen in ${w.l(w.anyPlace('venue'))} dauerten ${dateRange(w.lang, start, start + w.random.int(1, 3), true)} und wurden von neuen Angriffen überschattet.`;
		},
		(w) => `Die Getreidepreise stiegen nach den jüngsten Angriffen auf ${w.l(w.anyPlace('front'))} deutlich, wie Händler berichteten.`,
		(w) => `${w.p(w.anyone())} sagte auf einer Pressekonferenz in ${w.l(w.anyPlace('capital'))}, nichts sei vereinbart, solange nicht alles vereinbart sei.`,
		(w) => `Der Kreml hat seit ${w.pastYear()} jeden Vorschlag für ein Treffen der beiden Präsidenten abgelehnt.`,
		(w) => `Eine Expertengruppe aus ${w.l(w.anyPlace('capital'))} soll am Dienstag nach ${w.l(w.anyPlace('venue'))} reisen, um die nächste Runde vorzubereiten.`,
		(w) => `Vor zwei Wochen hatte ${w.p(w.anyone())} Moskau vorgeworfen, den Prozess zu verschleppen.`,
		(w) => `Unabhängige Beobachter erhielten bislang keinen Zugang zu ${w.l(w.anyPlace('region', 'front'))}.`,
		(w) => `${w.two().map((person) => w.p(person)).join(' traf ')} im Jahr ${w.pastYear()} am Rande einer Konferenz in ${w.l(w.anyPlace('capital'))}, doch die Kontakte führten zu nichts.`,
		(w) => `Die Versicherungskosten für Schiffe, die ${w.l(w.anyPlace('front'))} anlaufen, haben sich seit ${w.pastYear()} verdreifacht.`,
		(w) => `${w.analyst()}, Forscherin in ${w.l(w.anyPlace('capital'))}, sagte, die Ankündigung richte sich vor allem an ein heimisches Publikum.`,
		(w) => `Am Donnerstag veröffentlichte Satellitenbilder zeigen neue Befestigungen bei ${w.l(w.anyPlace('front', 'region'))}.`,
	],
	ar: [
		() => `وكانت الحرب قد تصاعدت إلى غزو شامل في عام 2022، ما أدى إلى نزوح الملايين بحسب الأمم المتحدة.`,
		(w) => `وتسيطر روسيا على القرم وأجزاء من ${w.l(w.anyPlace('front', 'region'))} منذ عام ${w.pastYear()}.`,
		(w) => `وكان الطرفان قد التقيا في وقت سابق من هذا الشهر في ${w.l(w.anyPlace('venue'))} دون التوصل إلى اتفاق.`,
		(w) => `وجرت آخر عملية لتبادل الأسرى ${w.earlier().range}.`,
		(w) => {
			const e = w.earlier();
			return `وكان الوفدان قد عقدا اجتماعا ${e.when} في ${e.place} استمر نحو ساعتين.`;
		},
		(w) => `وقال ${w.p(w.anyone())} الأسبوع الماضي إن المفاوضات ستستمر على المستوى الفني.`,
		(w) => `وفي اليوم السابق، كان ${w.p(w.anyone())} قد دعا إلى وقف فوري لإطلاق النار.`,
		(w) => `وقال المحلل ${w.analyst()} إن الطريق إلى السلام لا يزال طويلا.`,
		(w) => `وكانت المحادثات التي جرت في إسطنبول عام ${w.pastYear()} قد انهارت بعد أسابيع قليلة.`,
		(w) => `وأعلن ${w.o(w.anyOrg())} في بيان أنه يتابع التطورات عن كثب.`,
		(w) => `ولم يصدر أي تعليق فوري من ${w.o(w.anyOrg())}.`,
		(w) => `وقالت مصادر دبلوماسية إن اجتماعا آخر قد يعقد في ${w.l(w.anyPlace('venue'))} الشهر المقبل.`,
		(w) => `وأكد ${w.p(w.anyone())} مرارا أن بلاده لن تقبل أي اتفاق يتجاهل مصالحها الأمنية.`,
		(w) => `وقالت القوات الجوية إن الدفاعات أسقطت ${w.random.int(10, 300)} طائرة مسيرة خلال الليل فوق ${w.l(w.anyPlace('front'))}.`,
		() => `ونقلت وكالة رويترز عن مسؤول قوله إن الأجواء كانت إيجابية.`,
		(w) => {
			const e = w.earlier();
			return `ومنذ الاجتماع الذي عقد ${e.when}، لم يعلن أي من الطرفين عن مقترحات مكتوبة.`;
		},
		(w) => `ومن المتوقع أن يزور ${w.p(w.anyone())} ${w.l(w.anyPlace())} في وقت لاحق من هذا الشهر.`,
		(w) => `وتتعرض منشآت الطاقة في ${w.l(w.anyPlace('front'))} لهجمات متكررة منذ عام ${w.pastYear()}.`,
		(w) => `وتعهد شركاء أوكرانيا في ${w.l(w.anyPlace('capital'))} و${w.l(w.anyPlace('capital'))} بمواصلة دعمهم.`,
		(w) => `وكان ${w.p(w.anyone())} قد قال إن القمة قد تعقد ${monthYear(w.lang, w.random.int(19500, 20400))} على أقرب تقدير.`,
		(w) => `ولا يزال الوضع الإنساني في ${w.l(w.anyPlace('front', 'region'))} صعبا، بحسب منظمات الإغاثة.`,
		(w) => {
			const start = w.random.int(19000, 20300);
			return `واستمرت المشاورات في ${w.l(w.anyPlace('venue'))} ${dateRange(w.lang, start, start + w.random.int(1, 3), true)} وطغت عليها ضربات جديدة.`;
		},
		(w) => `وارتفعت أسعار الحبوب المصدرة عبر ${w.l(w.anyPlace('front'))} بشكل حاد بعد الضربات الأخيرة، بحسب تجار.`,
		(w) => `وقال ${w.p(w.anyone())} في مؤتمر صحفي في ${w.l(w.anyPlace('capital'))} إنه لا شيء متفق عليه حتى يتم الاتفاق على كل شيء.`,
		(w) => `ورفض الكرملين منذ عام ${w.pastYear()} كل المقترحات لعقد لقاء بين الرئيسين.`,
		(w) => `وقبل أسبوعين، اتهم ${w.p(w.anyone())} موسكو بعرقلة العملية.`,
		(w) => `ولم يسمح للمراقبين المستقلين بالوصول إلى ${w.l(w.anyPlace('region', 'front'))} حتى الآن.`,
		(w) => `والتقى ${w.two().map((person) => w.p(person)).join(' و')} على هامش مؤتمر في ${w.l(w.anyPlace('capital'))} عام ${w.pastYear()}، لكن الاتصالات لم تسفر عن شيء.`,
		(w) => `وقال ${w.analyst()}، الباحث في ${w.l(w.anyPlace('capital'))}، إن الإعلان موجه أساسا إلى الجمهور المحلي.`,
		(w) => `وأظهرت صور أقمار صناعية نشرت يوم الخميس تحصينات جديدة قرب ${w.l(w.anyPlace('front', 'region'))}.`,
	],
};
