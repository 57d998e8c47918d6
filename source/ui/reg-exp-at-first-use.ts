/**
 * A regular expression made when it is first used. The bundled interface
 * (scripts/bundle-interface.mjs) puts it in place of the expressions with Unicode properties that
 * string-width and slice-ansi make as their modules load: making one reads ICU's property sets
 * (string-width's `\p{RGI_Emoji}` those of every emoji sequence), a cost every start paid before
 * its first frame, whose text never asks them (see narrow-text.ts).
 * Only the uses the bundle finds in those modules: test, String#search and String#match.
 */
export class RegExpAtFirstUse {
	#made: RegExp | undefined;

	constructor(
		private readonly pattern: string,
		private readonly flags: string,
	) {}

	get made(): RegExp {
		this.#made ??= new RegExp(this.pattern, this.flags);
		return this.#made;
	}

	test(text: string): boolean {
		return this.made.test(text);
	}

	[Symbol.search](text: string): number {
		return this.made[Symbol.search](text);
	}

	[Symbol.match](text: string): RegExpMatchArray | null {
		return this.made[Symbol.match](text);
	}
}
