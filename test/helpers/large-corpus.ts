/** Articles enough for more events than a corpus shows all of at its start: the interface opens on its key events. */
export function largeCorpus(count: number): Record<string, string> {
	const places = ['Geneva', 'Vienna', 'Istanbul', 'Doha', 'Oslo', 'Riyadh', 'Brussels', 'Rome'];
	const files: Record<string, string> = {};
	for (let index = 0; index < count; index++) {
		const day = new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10);
		const place = places[index % places.length]!;
		// Every fifth article reports the day before's meeting too: events of several sources.
		const also = index % 5 === 4 ? ` The day before, delegations had met in ${places[(index - 1) % places.length]} on ${new Date(Date.UTC(2025, 0, index)).toISOString().slice(0, 10)}.` : '';
		files[`${String(index).padStart(3, '0')}.md`] = `---\ntitle: Talks in ${place}, round ${index}\npublished: ${day}\n---\nOn ${day} the delegations met in ${place} for round ${index} of the talks.${also}\n`;
	}
	return files;
}
