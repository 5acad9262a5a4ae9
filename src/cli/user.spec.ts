import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (dataDir: string, ...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/user.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
	});

// six runs of the CLI, each compiling it through tsx: seconds apiece on a busy machine, so a generous timeout
describe('npm run user', () => {
	it(
		'adds an agent with a generated password, lists it, and refuses duplicates and bad input',
		{
			timeout: 120_000
		},
		() => {
			const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-cli-'));
			const added = run(
				dataDir,
				'add',
				'--role',
				'agent',
				'--email',
				'Ann@Example.test',
				'--name',
				'Ann Agent',
				'--locale',
				'nb'
			);
			expect(added.status).toBe(0);
			expect(added.stdout).toMatch(/Added agent ann@example\.test\. Password: \S{16}/);
			expect(run(dataDir, 'list').stdout).toMatch(/agent\s+ann@example\.test\s+Ann Agent/);
			expect(
				run(dataDir, 'add', '--role', 'agent', '--email', 'ann@example.test', '--name', 'Again')
					.status
			).toBe(1);
			expect(
				run(dataDir, 'add', '--role', 'boss', '--email', 'x@example.test', '--name', 'X').status
			).toBe(2);
			expect(
				run(
					dataDir,
					'add',
					'--role',
					'admin',
					'--email',
					'x@example.test',
					'--name',
					'X',
					'--password',
					'password1'
				).status
			).toBe(1);
			expect(
				execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/user.ts', 'list'], {
					encoding: 'utf8',
					env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
				})
			).not.toContain('x@example.test');
		}
	);
});
