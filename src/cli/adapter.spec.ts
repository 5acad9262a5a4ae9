// The serverless build refuses without what a function cannot do without. What it builds is run, as the platform
// runs it, by serverless.spec.ts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve('.');

describe('SVAR_ADAPTER=vercel', () => {
	it('refuses to build without DATABASE_URL, and says why', () => {
		const env: NodeJS.ProcessEnv = { ...process.env, SVAR_ADAPTER: 'vercel' };
		delete env.DATABASE_URL;
		const result = spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, env, encoding: 'utf8' });
		expect(result.status).not.toBe(0);
		expect(result.stderr + result.stdout).toContain('SVAR_ADAPTER=vercel needs DATABASE_URL');
	});

	it('refuses to build without SMTP_URL and CRON_SECRET: a function keeps no outbox, and the cron needs its secret', () => {
		const env: NodeJS.ProcessEnv = {
			...process.env,
			SVAR_ADAPTER: 'vercel',
			DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none'
		};
		delete env.SMTP_URL;
		delete env.CRON_SECRET;
		const result = spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, env, encoding: 'utf8' });
		expect(result.status).not.toBe(0);
		expect(result.stderr + result.stdout).toContain('SVAR_ADAPTER=vercel needs SMTP_URL');
		expect(result.stderr + result.stdout).toContain('SVAR_ADAPTER=vercel needs CRON_SECRET');
	});
});
