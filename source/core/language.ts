type Detector = {detect: (text: string) => {language: string; getScores: () => Record<string, number>}};

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
	const result = detector.detect(sample);
	if (letterCount(sample) < shortText) return likeliestDateLocale(result.getScores()) ?? (result.language || 'und');
	return result.language || 'und';
}

/**
 * Below this many letters n-gram scores of close languages lie within a few hundredths ("1 May
 * 2025." scores Tagalog over English), so a short text takes the likeliest language whose dates
 * dateline reads.
 */
const shortText = 40;

function letterCount(text: string): number {
	return text.match(/\p{L}/gu)?.length ?? 0;
}

function likeliestDateLocale(scores: Record<string, number>): string | undefined {
	let best: string | undefined;
	for (const language of dateLocales) {
		if ((scores[language] ?? 0) > (best === undefined ? 0 : scores[best]!)) best = language;
	}
	return best;
}

export function dateLocaleFor(language: string): DateLocale {
	return (dateLocales as readonly string[]).includes(language) ? (language as DateLocale) : 'en';
}
