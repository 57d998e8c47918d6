/** About how many characters make one piece: few writes, and no huge string in memory. */
const pieceLength = 1 << 16;

/** The parts joined into pieces of about 64 KB (or one part, when that is longer). */
export function* inPieces(parts: Iterable<string>): Generator<string> {
	let piece = '';
	for (const part of parts) {
		piece += part;
		if (piece.length >= pieceLength) {
			yield piece;
			piece = '';
		}
	}
	if (piece.length > 0) yield piece;
}
