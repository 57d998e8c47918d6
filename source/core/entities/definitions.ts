import type {EntityKind} from '../model.js';

/** A canonical entity and the names it goes by, in any script or spelling. */
export type EntityDefinition = {
	name: string;
	kind: EntityKind;
	aliases: string[];
};

/**
 * People, places and organizations of recurring news stories, with their spellings across
 * scripts and the garbles machine translation produces. A corpus can extend this table with
 * a `dateline-aliases.yaml` file (see readme.md). Countries come from i18n-iso-countries.
 */
export const builtinEntities: EntityDefinition[] = [
	// People
	{name: 'Volodymyr Zelensky', kind: 'person', aliases: ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenski', 'Selenskyj', 'Selenskij', 'Zensky', 'Volodymyr Zelenskyy', 'Wolodymyr Selenskyj', 'زيلنسكي', 'زيلينسكي', 'فولوديمير زيلنسكي', 'Зеленский', 'Зеленський']},
	{name: 'Vladimir Putin', kind: 'person', aliases: ['Putin', 'Wladimir Putin', 'بوتين', 'فلاديمير بوتين', 'Путин', 'Poutine']},
	{name: 'Sergei Lavrov', kind: 'person', aliases: ['Lavrov', 'Lawrow', 'Sergej Lawrow', 'Sergey Lavrov', 'لافروف', 'سيرغي لافروف', 'Лавров']},
	{name: 'Dmitry Peskov', kind: 'person', aliases: ['Peskov', 'Peskow', 'Dmitri Peskow', 'بيسكوف', 'ديمتري بيسكوف', 'Песков']},
	{name: 'Marco Rubio', kind: 'person', aliases: ['Rubio', 'Mark Rubio', 'روبيو', 'ماركو روبيو']},
	{name: 'Donald Trump', kind: 'person', aliases: ['Trump', 'ترامب', 'دونالد ترامب', 'Трамп']},
	{name: 'Joe Biden', kind: 'person', aliases: ['Biden', 'بايدن', 'جو بايدن']},
	{name: 'Boris Johnson', kind: 'person', aliases: ['بوريس جونسون']},
	{name: 'Recep Tayyip Erdoğan', kind: 'person', aliases: ['Erdogan', 'Erdoğan', 'Recep Tayyip Erdogan', 'أردوغان', 'اردوغان', 'رجب طيب أردوغان']},
	{name: 'Hakan Fidan', kind: 'person', aliases: ['Fidan', 'فيدان', 'هاكان فيدان', 'هاكان فيان']},
	{name: 'Vladimir Medinsky', kind: 'person', aliases: ['Medinsky', 'Medinski', 'Wladimir Medinski', 'ميدينسكي', 'فلاديمير ميدينسكي']},
	{name: 'Rustem Umerov', kind: 'person', aliases: ['Umerov', 'Umjerow', 'Rustem Umjerow', 'عمروف', 'أوميروف']},
	{name: 'Andrii Sybiha', kind: 'person', aliases: ['Sybiha', 'Andriy Sybiha', 'Sybiga', 'سيبيها', 'أندري سيبيها', 'أندريه سيبيها']},
	{name: 'Andriy Yermak', kind: 'person', aliases: ['Yermak', 'Andrii Yermak', 'Jermak', 'يرماك']},
	{name: 'Keith Kellogg', kind: 'person', aliases: ['Kellogg', 'كيلوج', 'كيث كيلوج', 'كيلوغ']},
	{name: 'Steve Witkoff', kind: 'person', aliases: ['Witkoff', 'ويتكوف']},
	{name: 'Friedrich Merz', kind: 'person', aliases: ['Merz', 'ميرز', 'فريدريش ميرز']},
	{name: 'Olaf Scholz', kind: 'person', aliases: ['Scholz', 'شولتس']},
	{name: 'Emmanuel Macron', kind: 'person', aliases: ['Macron', 'ماكرون']},
	{name: 'Keir Starmer', kind: 'person', aliases: ['Starmer', 'ستارمر']},
	{name: 'Alexander Lukashenko', kind: 'person', aliases: ['Lukashenko', 'Lukaschenko', 'لوكاشينكو']},
	{name: 'Xi Jinping', kind: 'person', aliases: ['شي جين بينغ']},
	{name: 'Benjamin Netanyahu', kind: 'person', aliases: ['Netanyahu', 'Netanjahu', 'نتنياهو']},
	{name: 'JD Vance', kind: 'person', aliases: ['Vance', 'J.D. Vance', 'فانس']},
	// Places
	{name: 'Istanbul', kind: 'place', aliases: ['İstanbul', 'Stambul', 'اسطنبول', 'إسطنبول', 'Стамбул']},
	{name: 'Kyiv', kind: 'place', aliases: ['Kiev', 'Kiew', 'Kijiw', 'كييف', 'كيف', 'Киев', 'Київ']},
	{name: 'Moscow', kind: 'place', aliases: ['Moskau', 'Moscou', 'موسكو', 'Москва']},
	{name: 'Ankara', kind: 'place', aliases: ['أنقرة', 'انقرة']},
	{name: 'Washington', kind: 'place', aliases: ['واشنطن']},
	{name: 'Berlin', kind: 'place', aliases: ['برلين']},
	{name: 'Paris', kind: 'place', aliases: ['باريس']},
	{name: 'London', kind: 'place', aliases: ['Londres', 'لندن']},
	{name: 'Brussels', kind: 'place', aliases: ['Brüssel', 'Bruxelles', 'بروكسل']},
	{name: 'Minsk', kind: 'place', aliases: ['مينسك']},
	{name: 'Geneva', kind: 'place', aliases: ['Genf', 'Genève', 'جنيف']},
	{name: 'Riyadh', kind: 'place', aliases: ['Riad', 'الرياض']},
	{name: 'Jeddah', kind: 'place', aliases: ['Dschidda', 'جدة']},
	{name: 'Doha', kind: 'place', aliases: ['الدوحة']},
	{name: 'Crimea', kind: 'place', aliases: ['Krim', 'القرم', 'Крым']},
	{name: 'Donbas', kind: 'place', aliases: ['Donbass', 'دونباس']},
	{name: 'Kharkiv', kind: 'place', aliases: ['Kharkov', 'Charkiw', 'خاركيف']},
	{name: 'Odesa', kind: 'place', aliases: ['Odessa', 'أوديسا']},
	{name: 'Kursk', kind: 'place', aliases: ['كورسك']},
	{name: 'Gaza', kind: 'place', aliases: ['Gaza Strip', 'Gazastreifen', 'غزة']},
	{name: 'Middle East', kind: 'place', aliases: ['Nahost', 'Naher Osten', 'الشرق الأوسط']},
	{name: 'Europe', kind: 'place', aliases: ['Europa', 'أوروبا']},
	// Organizations
	{name: 'Kremlin', kind: 'organization', aliases: ['Kreml', 'الكرملين', 'Кремль']},
	{name: 'NATO', kind: 'organization', aliases: ['Nato', 'الناتو', 'حلف شمال الأطلسي', 'OTAN', 'НАТО']},
	{name: 'European Union', kind: 'organization', aliases: ['EU', 'Europäische Union', 'الاتحاد الأوروبي']},
	{name: 'United Nations', kind: 'organization', aliases: ['UN', 'Vereinte Nationen', 'Vereinten Nationen', 'UNO', 'الأمم المتحدة']},
	{name: 'US State Department', kind: 'organization', aliases: ['State Department', 'US-Außenministerium', 'وزارة الخارجية الأمريكية']},
	{name: 'White House', kind: 'organization', aliases: ['Weißes Haus', 'Weiße Haus', 'Weißen Haus', 'البيت الأبيض']},
	{name: 'Reuters', kind: 'organization', aliases: ['رويترز']},
	{name: 'RIA Novosti', kind: 'organization', aliases: ['RIA', 'ريا نوفوستي']},
	{name: 'Interfax', kind: 'organization', aliases: ['إنترفاكس']},
	{name: 'The New York Times', kind: 'organization', aliases: ['New York Times']},
];
