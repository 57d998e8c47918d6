/** A count with its noun, singular for one: "1 article", "3 articles". */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
	return `${count} ${count === 1 ? noun : plural}`;
}
