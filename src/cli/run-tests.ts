// npm test: every check and test suite, in order, then one closing line with the totals of all runners:
// "N passed, N failed". Each runner writes a JSON report; the totals are summed from those, not scraped.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from '../../tests/browser.ts';

const results = path.resolve('test-results');
fs.mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
/** Steps that failed other than by a failing test, with the end of their output: repeated at the very end,
 * where a CI log that shows only its tail still says what went wrong. */
const broken: { title: string; tail: string }[] = [];
const TAIL_CHARS = 4000;
let lastTail = '';

/** Runs a step with its output passed through as it comes, keeping its last few KB for the summary. */
async function run(
	title: string,
	command: string,
	args: string[],
	env: Record<string, string> = {}
): Promise<boolean> {
	console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
	const child = spawn(command, args, {
		stdio: ['inherit', 'pipe', 'pipe'],
		env: { ...process.env, ...env }
	});
	let tail = '';
	const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
		to.write(chunk);
		tail = (tail + chunk.toString('utf8')).slice(-TAIL_CHARS);
	};
	child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
	child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
	const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
		child.on('close', (c, s) => resolve([c, s]))
	);
	lastTail = tail;
	if (code !== 0) console.error(`✗ ${title} failed (exit ${code ?? signal})`);
	return code === 0;
}

function markBroken(title: string): void {
	broken.push({ title, tail: lastTail });
}

function readJson<T>(file: string): T | undefined {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** Debian's Chromium, installed when no browser is found and we may (root on Debian): never a download. */
async function ensureBrowser(): Promise<boolean> {
	if (findChromium()) return true;
	const root = process.getuid?.() === 0;
	if (!root || !fs.existsSync('/etc/debian_version')) {
		console.error('No Chromium found: set CHROME_PATH, or install Debian’s chromium package.');
		return false;
	}
	console.log('No Chromium found: installing Debian’s chromium package.');
	const env = { DEBIAN_FRONTEND: 'noninteractive' };
	return (
		(await run('apt-get update', 'apt-get', ['update', '-qq'], env)) &&
		(await run('install chromium', 'apt-get', ['install', '-y', '-qq', 'chromium'], env)) &&
		!!findChromium()
	);
}

/** A vitest run (`args` pick its config) whose JSON report, written to `name`, adds to the totals. */
async function vitest(
	title: string,
	name: string,
	args: string[] = [],
	env: Record<string, string> = {}
): Promise<void> {
	const file = path.join(results, name);
	fs.rmSync(file, { force: true });
	const ok = await run(
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
	passed += report?.numPassedTests ?? 0;
	failed += report?.numFailedTests ?? 0;
	// no report, or a failure that is no failing test (an unhandled error, a suite that did not load)
	if (!report || (!ok && !report.numFailedTests)) markBroken(title);
}

/** A step that is no test runner: it passes or breaks the run. */
async function step(title: string, command: string, args: string[]): Promise<boolean> {
	const ok = await run(title, command, args);
	if (!ok) markBroken(title);
	return ok;
}

await step('check (types, i18n keys, lint, format)', 'npm', ['run', '-s', 'check']);
await step('content', 'npm', ['run', '-s', 'content:check']);
await vitest('unit tests', 'vitest.json');
const built = await step('build', 'npm', ['run', '-s', 'build']);
if (!built) console.error('✗ API fuzz and end-to-end tests skipped: the build failed');
else {
	// the built server on SQLite (and PostgreSQL with TEST_DATABASE_URL), 50 requests per operation, seed 13
	await vitest('API fuzz', 'fuzz.json', ['--config', 'tests/fuzz/vitest.config.ts'], {
		FUZZ_RUNS: '50',
		FUZZ_SEED: '13',
		FUZZ_DB: '',
		FUZZ_OP: '',
		FUZZ_PATH: '',
		FUZZ_LIST: ''
	});
	if (!(await ensureBrowser())) markBroken('browser');
	else {
		const title = 'end-to-end tests';
		const file = path.join(results, 'playwright.json');
		fs.rmSync(file, { force: true });
		const ok = await run(title, 'npx', ['playwright', 'test'], {
			PLAYWRIGHT_JSON_OUTPUT_NAME: file
		});
		const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
			file
		);
		passed += (report?.stats.expected ?? 0) + (report?.stats.flaky ?? 0);
		failed += report?.stats.unexpected ?? 0;
		if (!report || (!ok && !report.stats.unexpected)) markBroken(title);
	}
}

for (const { title, tail } of broken) {
	console.error(`\n✗ ${title} failed other than by a failing test. The end of its output:`);
	console.error(tail.split('\n').slice(-25).join('\n'));
}
if (broken.length)
	console.error(
		`\n✗ Steps that failed before or outside the test runners: ${broken.map((b) => b.title).join(', ')}`
	);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken.length ? 1 : 0);
