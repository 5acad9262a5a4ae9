import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './tests/e2e/support/server.ts';

const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
/**
 * The folders this run makes for itself, removed when the runner exits: its servers have stopped by then. Only
 * the process that made them removes them (workers read this config too, with the folders already named).
 */
const madeHere: string[] = [];
const tempDir = (prefix: string) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	madeHere.push(dir);
	return dir;
};
process.once('exit', () => {
	for (const dir of madeHere) fs.rmSync(dir, { recursive: true, force: true });
});
// A fresh data folder per run: tests that read the database find only what they wrote.
const dataDir = process.env.E2E_DATA_DIR ?? tempDir('svar-e2e-');
process.env.E2E_DATA_DIR = dataDir;
// the workers' helpers (tests/e2e/support/) reach the server without the baseURL fixture
process.env.E2E_BASE_URL = baseURL;
// the copy of the help centre with a few translations taken out, for fallback pages (tests/e2e/support/gaps.ts)
const gapURL = `http://127.0.0.1:${port + 2}`;
process.env.E2E_GAP_BASE_URL = gapURL;
process.env.E2E_GAP_DIR ??= tempDir('svar-e2e-gaps-');

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
	// lists the API responses the OpenAPI document has no schema for
	globalTeardown: './tests/e2e/support/teardown.ts',
	use: {
		baseURL,
		// API clients send Origin on posts (SvelteKit refuses cross-site and origin-less form posts)
		extraHTTPHeaders: { origin: baseURL },
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS }
	},
	webServer: [
		{
			// a stand-in for the shop system the agent's customer panel asks (CUSTOMER_CONTEXT_URL)
			command: `node tests/fixtures/customer-context-provider.mjs ${port + 1}`,
			url: `http://127.0.0.1:${port + 1}/?email=probe@example.test`,
			reuseExistingServer: false,
			timeout: 20_000
		},
		{
			command: 'node src/cli/serve.js',
			url: `${baseURL}/en`,
			reuseExistingServer: false,
			timeout: 60_000,
			// every test signs up and reads from 127.0.0.1: lift the per-address limits for this server only
			env: {
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: baseURL,
				DATA_DIR: dataDir,
				SIGNUP_LIMIT_PER_HOUR: '1000',
				COUNTER_LIMIT_PER_HOUR: '100000',
				// a storage quota a test can reach with a few files (each test has its own customers)
				UPLOAD_QUOTA_MB: '12',
				ADMIN_EMAIL,
				ADMIN_PASSWORD,
				CUSTOMER_CONTEXT_URL: `http://127.0.0.1:${port + 1}/`
			}
		},
		{
			// built first (about as long as npm run build), then served
			command: 'npx tsx tests/e2e/support/gap-site.ts',
			url: `${gapURL}/en`,
			reuseExistingServer: false,
			timeout: 240_000,
			env: {
				PORT: String(port + 2),
				HOST: '127.0.0.1',
				ORIGIN: gapURL,
				DATA_DIR:
					process.env.E2E_GAP_DATA_DIR ??
					(process.env.E2E_GAP_DATA_DIR = tempDir('svar-e2e-gap-data-')),
				E2E_GAP_DIR: process.env.E2E_GAP_DIR
			}
		}
	]
});
