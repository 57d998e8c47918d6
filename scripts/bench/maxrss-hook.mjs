// Loaded with `node --import` into the measured process: on exit, writes its peak resident
// memory (process-wide, worker threads included) to the file named by DATELINE_BENCH_RSS_FILE.
import {writeFileSync} from 'node:fs';
import process from 'node:process';

const file = process.env.DATELINE_BENCH_RSS_FILE;
if (file) {
	process.on('exit', () => {
		writeFileSync(file, JSON.stringify({maxRssKb: process.resourceUsage().maxRSS}));
	});
}
