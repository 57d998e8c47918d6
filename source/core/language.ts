type Detector = {detect: (text: string) => {language: string}};

let detector: Detector | undefined;

/**
 * Loads the language detector (its n-gram tables take a third of a second and tens of
 * megabytes), which only articles without a `language` field need.
 */
export async function loadLanguageDetector(): Promise<void> {
	detector ??= (await import('eld/small')).eld;
}

/** Languages with a chrono-node locale; text in any other language is parsed with the English rules. */
export const dateLocales = ['ar', 'de', 'en', 'es', 'fi', 'fr', 'id', 'it', 'ja', 'nl', 'pt', 'ru', 'sv', 'uk', 'vi', 'zh'] as const;
export type DateLocale = (typeof dateLocales)[number];

/** How much text the detector reads: the opening of an article names its language well enough. */
const sampleLength = 2000;

/** The article's language: from its metadata when given, else detected from the cleaned text. */
export function detectLanguage(cleanedText: string, declared?: string): string {
	if (declared) return declared;
	const sample = cleanedText.replace(/\s+/g, ' ').trim().slice(0, sampleLength);
	if (!detector) throw new Error('the language detector is not loaded: await loadLanguageDetector() first');
	const detected = detector.detect(sample).language;
	return detected || 'und';
}

export function dateLocaleFor(language: string): DateLocale {
	return (dateLocales as readonly string[]).includes(language) ? (language as DateLocale) : 'en';
}
