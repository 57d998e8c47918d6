import {standsAlone} from './narrow-text.js';

type Cluster = {segment: string; index: number; input: string};
/** A text's grapheme clusters as Intl.Segmenter's segments give them: iterated, or the one containing an index. */
export type Clusters = Iterable<Cluster> & {containing(index: number): Cluster | undefined};

let segmenter: Intl.Segmenter | undefined;

function aloneClusters(text: string): Clusters {
	const at = (index: number): Cluster => ({segment: text.charAt(index), index, input: text});
	return {
		*[Symbol.iterator]() {
			for (let index = 0; index < text.length; index++) yield at(index);
		},
		containing: (index) => (index >= 0 && index < text.length ? at(index) : undefined),
	};
}

/**
 * Grapheme segmentation for the interface, and in the bundle for string-width, slice-ansi and
 * ansi-tokenize (scripts/bundle-interface.mjs), which made segmenters as their modules loaded:
 * the first Intl.Segmenter of a process reads ICU's list of locales, and the first frame's text
 * needs none, its characters each a cluster of their own (narrow-text.ts).
 */
export const graphemes = {
	segment(text: string): Clusters {
		if (standsAlone(text)) return aloneClusters(text);
		segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		return segmenter.segment(text);
	},
};
