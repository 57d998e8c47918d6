/**
 * Folding for name matching that keeps every string index in place: each UTF-16 unit maps to
 * exactly one unit, so a match in the folded text has the same offsets in the original.
 * Lower case, Latin accents dropped (é → e), and the Arabic letter variants that spellings mix
 * (أ إ آ → ا, ة → ه, ى → ي).
 */
const arabicVariants: Record<string, string> = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي'};

const cache = new Map<string, string>();

function foldUnit(unit: string): string {
	let folded = cache.get(unit);
	if (folded !== undefined) return folded;
	folded = arabicVariants[unit] ?? unit;
	const base = folded.normalize('NFD')[0] ?? folded;
	const lower = base.toLowerCase();
	folded = lower.length === 1 ? lower : base.length === 1 ? base : unit;
	cache.set(unit, folded);
	return folded;
}

export function foldForMatching(text: string): string {
	const lower = text.toLowerCase();
	// toLowerCase keeps the length for all but a few letters ("İ"); those take the slow path.
	if (lower.length !== text.length) {
		let folded = '';
		for (let index = 0; index < text.length; index++) folded += foldUnit(text[index]!);
		return folded;
	}
	return lower.replace(/[\u0080-\uffff]/g, foldUnit);
}
