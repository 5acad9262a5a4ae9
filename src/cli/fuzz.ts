// npm run fuzz -- [--runs N] [--seed S] [--db sqlite|postgres] [--op "POST /tickets"] [--path P] [--list]
//                 [--no-build]
// The API fuzzer (tests/fuzz/) for longer than `npm test` runs it: builds, then N requests per operation (default
// 300; npm test sends 50 with seed 13). --op and --path replay one counterexample as a failure prints it; --list
// goes on past failures and lists each distinct one with an example. PostgreSQL too when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const flag = (name: string) => args.includes(`--${name}`);

const runs = option('runs') ?? '300';
const db = option('db');
if (!/^\d+$/.test(runs) || (db && !['sqlite', 'postgres'].includes(db))) {
	console.error(
		'usage: npm run fuzz -- [--runs N] [--seed S] [--db sqlite|postgres] [--op "METHOD /path"] [--path P] [--list] [--no-build]'
	);
	process.exit(2);
}
if (db === 'postgres' && !process.env.TEST_DATABASE_URL) {
	console.error(
		'--db postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)'
	);
	process.exit(2);
}

const run = (command: string, argv: string[], env: Record<string, string> = {}) =>
	spawnSync(command, argv, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!flag('no-build') && run('npm', ['run', '-s', 'build']) !== 0) process.exit(1);
const env: Record<string, string> = {
	FUZZ_RUNS: runs,
	FUZZ_SEED: option('seed') ?? '13',
	FUZZ_DB: db ?? '',
	FUZZ_OP: option('op') ?? '',
	FUZZ_PATH: option('path') ?? '',
	FUZZ_LIST: flag('list') ? '1' : ''
};
process.exit(run('npx', ['vitest', 'run', '--config', 'tests/fuzz/vitest.config.ts'], env));
