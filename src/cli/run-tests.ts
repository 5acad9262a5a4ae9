// npm test: every check and test suite, in order, then one closing line with the totals of all runners:
// "N passed, N failed". Each runner writes a JSON report; the totals are summed from those, not scraped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from '../../tests/browser.ts';

const results = path.resolve('test-results');
fs.mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
let broken = false;
let built = false;

function run(
	title: string,
	command: string,
	args: string[],
	env: Record<string, string> = {}
): boolean {
	console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0)
		console.error(`✗ ${title} failed (exit ${result.status ?? result.signal})`);
	return result.status === 0;
}

function readJson<T>(file: string): T | undefined {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** Debian's Chromium, installed when no browser is found and we may (root on Debian): never a download. */
function ensureBrowser(): boolean {
	if (findChromium()) return true;
	const root = process.getuid?.() === 0;
	if (!root || !fs.existsSync('/etc/debian_version')) {
		console.error('No Chromium found: set CHROME_PATH, or install Debian’s chromium package.');
		return false;
	}
	console.log('No Chromium found: installing Debian’s chromium package.');
	const env = { DEBIAN_FRONTEND: 'noninteractive' };
	return (
		run('apt-get update', 'apt-get', ['update', '-qq'], env) &&
		run('install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], env) &&
		!!findChromium()
	);
}

/** A vitest run (`args` pick its config) whose JSON report, written to `name`, adds to the totals. */
function vitest(
	title: string,
	name: string,
	args: string[] = [],
	env: Record<string, string> = {}
) {
	const file = path.join(results, name);
	fs.rmSync(file, { force: true });
	const ok = run(
		title,
		'npx',
		[
			'vitest',
			'run',
			...args,
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${file}`
		],
		env
	);
	const report = readJson<{ numPassedTests: number; numFailedTests: number }>(file);
	if (!report) broken = true;
	passed += report?.numPassedTests ?? 0;
	failed += report?.numFailedTests ?? 0;
	if (!ok && !report?.numFailedTests) broken = true;
}

const steps: (() => void)[] = [
	() => {
		if (!run('check (types, i18n keys, lint, format)', 'npm', ['run', '-s', 'check']))
			broken = true;
	},
	() => {
		if (!run('content', 'npm', ['run', '-s', 'content:check'])) broken = true;
	},
	() => vitest('unit tests', 'vitest.json'),
	() => {
		built = run('build', 'npm', ['run', '-s', 'build']);
		if (!built) broken = true;
	},
	() => {
		if (!built) return console.error('✗ API fuzz skipped: the build failed');
		// the built server on SQLite (and PostgreSQL with TEST_DATABASE_URL), 50 requests per operation, seed 13
		vitest('API fuzz', 'fuzz.json', ['--config', 'tests/fuzz/vitest.config.ts'], {
			FUZZ_RUNS: '50',
			FUZZ_SEED: '13',
			FUZZ_DB: '',
			FUZZ_OP: '',
			FUZZ_PATH: '',
			FUZZ_LIST: ''
		});
	},
	() => {
		if (!built) return console.error('✗ end-to-end tests skipped: the build failed');
		if (!ensureBrowser()) return void (broken = true);
		const file = path.join(results, 'playwright.json');
		fs.rmSync(file, { force: true });
		const ok = run('end-to-end tests', 'npx', ['playwright', 'test'], {
			PLAYWRIGHT_JSON_OUTPUT_NAME: file
		});
		const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
			file
		);
		if (!report) broken = true;
		passed += (report?.stats.expected ?? 0) + (report?.stats.flaky ?? 0);
		failed += report?.stats.unexpected ?? 0;
		if (!ok && !report?.stats.unexpected) broken = true;
	}
];

for (const step of steps) step();
if (broken) console.error('\n✗ A step failed before or outside the test runners (see above).');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
