// Which Chromium Playwright drives: Playwright's own cache if a browser is there, else CHROME_PATH, else
// Debian's /usr/bin/chromium. Nothing here downloads a browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const cache = env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
	if (fs.existsSync(cache)) {
		for (const dir of fs
			.readdirSync(cache)
			.filter((d) => d.startsWith('chromium'))
			.sort()
			.reverse()) {
			for (const bin of [
				'chrome-linux64/chrome',
				'chrome-linux/chrome',
				'chrome-headless-shell-linux64/chrome-headless-shell'
			]) {
				const file = path.join(cache, dir, bin);
				if (fs.existsSync(file)) return file;
			}
		}
	}
	for (const file of [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (file && fs.existsSync(file)) return file;
	}
	return undefined;
}

/** Flags for a sandboxed machine with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];
