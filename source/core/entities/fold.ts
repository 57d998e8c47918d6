/**
 * Folding for name matching that keeps every string index in place: each UTF-16 unit maps to
 * exactly one unit, so a match in the folded text has the same offsets in the original.
 * Lower case, Latin accents dropped (é → e), and the Arabic letter variants that spellings mix
 * (أ إ آ → ا, ة → ه, ى → ي).
 */
const arabicVariants: Record<string, string> = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي'};

/** Each UTF-16 unit folded, 0 until first needed. */
const foldedUnits = new Uint16Array(0x10000);

function foldUnit(code: number): number {
	if (foldedUnits[code] === 0) {
		const unit = String.fromCharCode(code);
		const variant = arabicVariants[unit] ?? unit;
		const base = variant.normalize('NFD')[0] ?? variant;
		const lower = base.toLowerCase();
		foldedUnits[code] = (lower.length === 1 ? lower : base.length === 1 ? base : unit).charCodeAt(0);
	}
	return foldedUnits[code]!;
}

// Folded a chunk at a time: String.fromCharCode takes a typed array through apply as it is, far faster than a spread.
const chunkLength = 0x1000;
const chunk = new Uint16Array(chunkLength);

function foldUnits(text: string): string {
	let folded = '';
	for (let start = 0; start < text.length; start += chunkLength) {
		const length = Math.min(chunkLength, text.length - start);
		for (let index = 0; index < length; index++) chunk[index] = foldUnit(text.charCodeAt(start + index));
		folded += String.fromCharCode.apply(null, chunk.subarray(0, length) as unknown as number[]);
	}
	return folded;
}

// Runs of units beyond ASCII with the spaces between them: Arabic text folds in a few calls, not one a letter.
const beyondAscii = /[\u0080-\uffff][ \u0080-\uffff]*/g;

export function foldForMatching(text: string): string {
	const lower = text.toLowerCase();
	// toLowerCase keeps the length for all but a few letters ("İ"); those take the slow path.
	return lower.length === text.length ? lower.replace(beyondAscii, foldUnits) : foldUnits(text);
}

/**
 * A folded name (foldForMatching) as a key under which its Latin transliterations meet: German
 * and English write Cyrillic names apart ("Martschuk" and "Marchuk", "Grigori" and "Grigory",
 * "Welyka Rybnyzja" and "Velyka Rybnytsia", "Mychajlo" and "Mykhailo"). Not offset-preserving:
 * for grouping names, never for finding them in text.
 */
export function transliterationKey(folded: string): string {
	return folded
		.replace(/tsch/g, 'ch')
		.replace(/sch/g, 'sh')
		.replace(/kh/g, 'ch')
		.replace(/w/g, 'v')
		.replace(/z/g, 'ts')
		.replace(/[jy]/g, 'i')
		.replace(/(.)\1+/g, '$1');
}
