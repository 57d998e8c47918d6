/** Turns a file's bytes into text, or says in a few words why it is not text. */
export type Decoded = {text: string} | {reason: string};

const utf8 = new TextDecoder('utf-8', {fatal: true});

export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return {reason: 'empty file'};
	// A byte-order mark names the encoding; UTF-16 files from Windows tools carry one.
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	if (body.subarray(0, 8192).includes(0)) return {reason: 'binary file (contains NUL bytes)'};
	try {
		return {text: utf8.decode(body)};
	} catch {
		return {reason: 'not valid UTF-8 text'};
	}
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
	try {
		return {text: new TextDecoder(encoding, {fatal: true}).decode(bytes)};
	} catch {
		return {reason: `not valid ${encoding.toUpperCase()} text`};
	}
}
