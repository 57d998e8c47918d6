/**
 * The TimelineJS export loaded into the real TimelineJS (the npm package's build) in a headless
 * Chromium: the slides it renders are the events, with their headlines as text. Needs
 * /usr/bin/chromium (Debian's `chromium`, which .ci/run installs); skipped with a message without it.
 */
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {test} from 'node:test';
import {chromium} from 'playwright-core';
import {timelineJs} from '../source/core/export/timelinejs.js';
import {exportView} from '../source/core/export/view.js';
import {exportModel, hostileTitle} from './helpers/export-fixture.js';

const browserPath = '/usr/bin/chromium';
const timelineDist = path.join(path.dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')), 'dist');
const site = 'http://dateline.test';

const page = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="/timelinejs/css/timeline.css"></head>
<body><div id="embed" style="width: 1200px; height: 650px"></div>
<script src="/timelinejs/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline('embed', '${site}/export.json', {script_path: '${site}/timelinejs/js/'});</script>
</body></html>`;

const types: Record<string, string> = {'.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html'};

test('TimelineJS renders the export: a slide per dated event and the title, headlines as text, nothing injected', {skip: existsSync(browserPath) ? false : `no ${browserPath}: install Debian's chromium to run the TimelineJS check`}, async () => {
	const exported = timelineJs(exportView(exportModel()));
	const browser = await chromium.launch({
		executablePath: browserPath,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const tab = await browser.newPage({viewport: {width: 1280, height: 720}});
		const dialogs: string[] = [];
		tab.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const errors: string[] = [];
		tab.on('pageerror', (error) => errors.push(error.message));
		// No network: the page, the export and TimelineJS's own files are served from here; anything else is refused.
		await tab.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.origin !== site) return route.abort();
			if (url.pathname === '/') return route.fulfill({contentType: 'text/html', body: page});
			if (url.pathname === '/export.json') return route.fulfill({contentType: 'application/json', body: exported});
			const file = path.join(timelineDist, path.normalize(url.pathname.replace(/^\/timelinejs\//, '')));
			if (url.pathname.startsWith('/timelinejs/') && file.startsWith(timelineDist) && existsSync(file)) {
				return route.fulfill({contentType: types[path.extname(file)] ?? 'application/octet-stream', body: readFileSync(file)});
			}
			return route.abort();
		});
		await tab.goto(`${site}/`);
		await tab.waitForFunction(() => document.querySelectorAll('.tl-slide .tl-headline').length > 1, undefined, {timeout: 30_000});

		const headlines = await tab.$$eval('.tl-slide .tl-headline', (nodes) => nodes.map((node) => node.textContent ?? ''));
		const slides = JSON.parse(exported) as {events: unknown[]};
		assert.equal(headlines.length, slides.events.length + 1, `slides: ${headlines.join(' | ')}`);
		assert.equal(headlines[0], 'Istanbul');
		assert.ok(headlines.includes(`${hostileTitle} happened on 3 May 2025.`), headlines.join(' | '));
		assert.ok(headlines.some((headline) => headline.startsWith('# Claim: [x](javascript:alert(1)) and <script>')));
		assert.ok(headlines.some((headline) => headline.startsWith('Negotiators from both delegations') && headline.endsWith('…')));
		// The markup in article text is text, not elements.
		assert.equal(await tab.locator('img[src="x"], .tl-slide script, .tl-slide b, .tl-slide i').count(), 0);
		const sources = await tab.locator('.tl-slide a[href^="https://example.com/palace"]').allTextContents();
		assert.deepEqual(sources, ['Wire, "Daily" (2025-05-16)']);
		assert.equal(await tab.locator('.tl-slide a[href^="javascript:"]').count(), 0);
		assert.deepEqual(dialogs, []);
		assert.deepEqual(errors, []);
	} finally {
		await browser.close();
	}
});
