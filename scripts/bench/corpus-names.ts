/**
 * The recurring cast of the generated corpus. Known people, places and organizations are
 * spelled as the engine's entity table (source/core/entities/definitions.ts) spells them in
 * each language; a few invented ones are there to exercise the name finder.
 */
export type Lang = 'en' | 'de' | 'ar';
export const languages: readonly Lang[] = ['en', 'de', 'ar'];

export type Localized = Record<Lang, string>;

export type Person = {
	key: string;
	side: 'ru' | 'ua' | 'us' | 'tr' | 'eu' | 'other';
	/** First mention: role and full name; the German role is a title without article ("Kremlsprecher"), so it fits any case. */
	full: Localized;
	/** Later mentions. */
	short: Localized;
	role: Localized;
	invented?: boolean;
};

export type Place = {key: string; name: Localized; kind: 'venue' | 'capital' | 'front' | 'region'; invented?: boolean};
export type Organization = {key: string; name: Localized};

const l = (en: string, de: string, ar: string): Localized => ({en, de, ar});

export const people: readonly Person[] = [
	{key: 'zelensky', side: 'ua', full: l('Volodymyr Zelensky', 'Wolodymyr Selenskyj', 'فولوديمير زيلنسكي'), short: l('Zelensky', 'Selenskyj', 'زيلنسكي'), role: l('Ukrainian President', 'Staatschef', 'الرئيس الأوكراني')},
	{key: 'putin', side: 'ru', full: l('Vladimir Putin', 'Wladimir Putin', 'فلاديمير بوتين'), short: l('Putin', 'Putin', 'بوتين'), role: l('Russian President', 'Kremlchef', 'الرئيس الروسي')},
	{key: 'lavrov', side: 'ru', full: l('Sergei Lavrov', 'Sergej Lawrow', 'سيرغي لافروف'), short: l('Lavrov', 'Lawrow', 'لافروف'), role: l('Russian Foreign Minister', 'Russlands Außenminister', 'وزير الخارجية الروسي')},
	{key: 'peskov', side: 'ru', full: l('Dmitry Peskov', 'Dmitri Peskow', 'ديمتري بيسكوف'), short: l('Peskov', 'Peskow', 'بيسكوف'), role: l('Kremlin spokesman', 'Kremlsprecher', 'المتحدث باسم الكرملين')},
	{key: 'medinsky', side: 'ru', full: l('Vladimir Medinsky', 'Wladimir Medinski', 'فلاديمير ميدينسكي'), short: l('Medinsky', 'Medinski', 'ميدينسكي'), role: l('head of the Russian delegation', 'Delegationsleiter', 'رئيس الوفد الروسي')},
	{key: 'umerov', side: 'ua', full: l('Rustem Umerov', 'Rustem Umjerow', 'رستم عمروف'), short: l('Umerov', 'Umjerow', 'عمروف'), role: l('Ukrainian Defence Minister', 'Verteidigungsminister', 'وزير الدفاع الأوكراني')},
	{key: 'sybiha', side: 'ua', full: l('Andrii Sybiha', 'Andrii Sybiha', 'أندري سيبيها'), short: l('Sybiha', 'Sybiha', 'سيبيها'), role: l('Ukrainian Foreign Minister', 'Außenminister', 'وزير الخارجية الأوكراني')},
	{key: 'yermak', side: 'ua', full: l('Andriy Yermak', 'Andriy Yermak', 'أندريه يرماك'), short: l('Yermak', 'Jermak', 'يرماك'), role: l('head of the presidential office', 'Präsidialamtschef', 'رئيس مكتب الرئاسة الأوكرانية')},
	{key: 'rubio', side: 'us', full: l('Marco Rubio', 'Marco Rubio', 'ماركو روبيو'), short: l('Rubio', 'Rubio', 'روبيو'), role: l('US Secretary of State', 'US-Außenminister', 'وزير الخارجية الأمريكي')},
	{key: 'trump', side: 'us', full: l('Donald Trump', 'Donald Trump', 'دونالد ترامب'), short: l('Trump', 'Trump', 'ترامب'), role: l('US President', 'US-Präsident', 'الرئيس الأمريكي')},
	{key: 'witkoff', side: 'us', full: l('Steve Witkoff', 'Steve Witkoff', 'ستيف ويتكوف'), short: l('Witkoff', 'Witkoff', 'ويتكوف'), role: l('US special envoy', 'US-Sondergesandter', 'المبعوث الأمريكي الخاص')},
	{key: 'kellogg', side: 'us', full: l('Keith Kellogg', 'Keith Kellogg', 'كيث كيلوج'), short: l('Kellogg', 'Kellogg', 'كيلوج'), role: l('US envoy for Ukraine', 'US-Sonderbeauftragter', 'المبعوث الأمريكي إلى أوكرانيا')},
	{key: 'erdogan', side: 'tr', full: l('Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'رجب طيب أردوغان'), short: l('Erdogan', 'Erdoğan', 'أردوغان'), role: l('Turkish President', 'Präsident', 'الرئيس التركي')},
	{key: 'fidan', side: 'tr', full: l('Hakan Fidan', 'Hakan Fidan', 'هاكان فيدان'), short: l('Fidan', 'Fidan', 'فيدان'), role: l('Turkish Foreign Minister', 'Außenminister', 'وزير الخارجية التركي')},
	{key: 'merz', side: 'eu', full: l('Friedrich Merz', 'Friedrich Merz', 'فريدريش ميرز'), short: l('Merz', 'Merz', 'ميرز'), role: l('German Chancellor', 'Bundeskanzler', 'المستشار الألماني')},
	{key: 'macron', side: 'eu', full: l('Emmanuel Macron', 'Emmanuel Macron', 'إيمانويل ماكرون'), short: l('Macron', 'Macron', 'ماكرون'), role: l('French President', 'Frankreichs Präsident', 'الرئيس الفرنسي')},
	{key: 'starmer', side: 'eu', full: l('Keir Starmer', 'Keir Starmer', 'كير ستارمر'), short: l('Starmer', 'Starmer', 'ستارمر'), role: l('British Prime Minister', 'Großbritanniens Premier', 'رئيس الوزراء البريطاني')},
	{key: 'lukashenko', side: 'other', full: l('Alexander Lukashenko', 'Alexander Lukaschenko', 'ألكسندر لوكاشينكو'), short: l('Lukashenko', 'Lukaschenko', 'لوكاشينكو'), role: l('Belarusian leader', 'Machthaber', 'الرئيس البيلاروسي')},
	// Invented: not in the entity table, found (or not) by the name finder.
	{key: 'marchuk', side: 'ua', invented: true, full: l('Olena Marchuk', 'Olena Martschuk', 'أولينا مارتشوك'), short: l('Marchuk', 'Martschuk', 'مارتشوك'), role: l('Ukrainian human rights commissioner', 'Menschenrechtsbeauftragte', 'مفوضة حقوق الإنسان الأوكرانية')},
	{key: 'sablin', side: 'ru', invented: true, full: l('Grigory Sablin', 'Grigori Sablin', 'غريغوري سابلين'), short: l('Sablin', 'Sablin', 'سابلين'), role: l('Russian deputy foreign minister', 'Vize-Außenminister', 'نائب وزير الخارجية الروسي')},
	{key: 'demir', side: 'tr', invented: true, full: l('Aylin Demir', 'Aylin Demir', 'أيلين دمير'), short: l('Demir', 'Demir', 'دمير'), role: l('Turkish presidential adviser', 'Präsidentenberaterin', 'مستشارة الرئيس التركي')},
	{key: 'okafor', side: 'other', invented: true, full: l('Miriam Okafor', 'Miriam Okafor', 'مريم أوكافور'), short: l('Okafor', 'Okafor', 'أوكافور'), role: l('UN humanitarian coordinator', 'UN-Koordinatorin', 'منسقة الشؤون الإنسانية في الأمم المتحدة')},
];

export const analysts: readonly Localized[] = [
	l('Daniel Hartley', 'Daniel Hartley', 'دانيال هارتلي'),
	l('Katrin Vogel', 'Katrin Vogel', 'كاترين فوغل'),
	l('Samir Haddad', 'Samir Haddad', 'سمير الحداد'),
	l('Tomasz Wierzbicki', 'Tomasz Wierzbicki', 'توماش فيجبيتسكي'),
];

export const places: readonly Place[] = [
	{key: 'istanbul', kind: 'venue', name: l('Istanbul', 'Istanbul', 'إسطنبول')},
	{key: 'geneva', kind: 'venue', name: l('Geneva', 'Genf', 'جنيف')},
	{key: 'riyadh', kind: 'venue', name: l('Riyadh', 'Riad', 'الرياض')},
	{key: 'jeddah', kind: 'venue', name: l('Jeddah', 'Dschidda', 'جدة')},
	{key: 'doha', kind: 'venue', name: l('Doha', 'Doha', 'الدوحة')},
	{key: 'ankara', kind: 'capital', name: l('Ankara', 'Ankara', 'أنقرة')},
	{key: 'kyiv', kind: 'capital', name: l('Kyiv', 'Kiew', 'كييف')},
	{key: 'moscow', kind: 'capital', name: l('Moscow', 'Moskau', 'موسكو')},
	{key: 'washington', kind: 'capital', name: l('Washington', 'Washington', 'واشنطن')},
	{key: 'berlin', kind: 'capital', name: l('Berlin', 'Berlin', 'برلين')},
	{key: 'paris', kind: 'capital', name: l('Paris', 'Paris', 'باريس')},
	{key: 'london', kind: 'capital', name: l('London', 'London', 'لندن')},
	{key: 'brussels', kind: 'capital', name: l('Brussels', 'Brüssel', 'بروكسل')},
	{key: 'minsk', kind: 'capital', name: l('Minsk', 'Minsk', 'مينسك')},
	{key: 'kharkiv', kind: 'front', name: l('Kharkiv', 'Charkiw', 'خاركيف')},
	{key: 'odesa', kind: 'front', name: l('Odesa', 'Odessa', 'أوديسا')},
	{key: 'kursk', kind: 'front', name: l('Kursk', 'Kursk', 'كورسك')},
	{key: 'crimea', kind: 'region', name: l('Crimea', 'Krim', 'القرم')},
	{key: 'donbas', kind: 'region', name: l('Donbas', 'Donbass', 'دونباس')},
	// Invented.
	{key: 'rybnytsia', kind: 'front', invented: true, name: l('Velyka Rybnytsia', 'Welyka Rybnyzja', 'فيليكا ريبنيتسيا')},
	{key: 'stepove', kind: 'front', invented: true, name: l('Pryluky-Stepove', 'Pryluky-Stepowe', 'بريلوكي ستيبوفي')},
];

export const organizations: readonly Organization[] = [
	{key: 'kremlin', name: l('the Kremlin', 'der Kreml', 'الكرملين')},
	{key: 'nato', name: l('NATO', 'die Nato', 'الناتو')},
	{key: 'eu', name: l('the European Union', 'die Europäische Union', 'الاتحاد الأوروبي')},
	{key: 'un', name: l('the United Nations', 'die Vereinten Nationen', 'الأمم المتحدة')},
	{key: 'whitehouse', name: l('the White House', 'das Weiße Haus', 'البيت الأبيض')},
];

export const outlets: Record<Lang, readonly string[]> = {
	en: ['Reuters', 'The Northern Herald', 'Global Dispatch', 'CNN', 'The Daily Ledger', 'Kyiv Morning Post', 'Atlantic Wire', 'Harbour Times', 'Zamin'],
	de: ['Berliner Rundschau', 'Tagesblatt', 'Deutsche Welle', 'Süddeutsche Zeitung', 'Rheinischer Anzeiger', 'Nordkurier Online'],
	ar: ['BBC Arabic', 'الشرق اليوم', 'الجزيرة نت', 'سكاي نيوز عربية', 'العربية', 'وكالة الأنباء'],
};

export function byKey<T extends {key: string}>(items: readonly T[], key: string): T {
	const found = items.find((item) => item.key === key);
	if (!found) throw new Error(`unknown key ${key}`);
	return found;
}
