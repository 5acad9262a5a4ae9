// The serverless build: SVAR_ADAPTER=vercel npm run build, on a copy of the project (so it cannot disturb the
// main build), must refuse without DATABASE_URL and otherwise produce Vercel's output.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { copyProject } from './copy-project.ts';

const root = path.resolve('.');

describe('SVAR_ADAPTER=vercel', () => {
	it('refuses to build without DATABASE_URL, and says why', () => {
		const env: NodeJS.ProcessEnv = { ...process.env, SVAR_ADAPTER: 'vercel' };
		delete env.DATABASE_URL;
		const result = spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, env, encoding: 'utf8' });
		expect(result.status).not.toBe(0);
		expect(result.stderr + result.stdout).toContain('SVAR_ADAPTER=vercel needs DATABASE_URL');
	});

	it.skipIf(!process.env.TEST_DATABASE_URL)(
		'builds the prerendered help centre as static files and the dynamic routes as functions',
		async () => {
			const dir = copyProject(root, 'svar-vercel-', ['content', 'tests', '.typesafe-i18n.json']);
			const schema = `svar_vercel_${randomBytes(5).toString('hex')}`;
			try {
				const result = spawnSync('npm', ['run', '-s', 'build'], {
					cwd: dir,
					env: {
						...process.env,
						SVAR_ADAPTER: 'vercel',
						DATABASE_URL: process.env.TEST_DATABASE_URL,
						DATABASE_SCHEMA: schema
					},
					encoding: 'utf8',
					maxBuffer: 1 << 26
				});
				expect(result.status, result.stderr.slice(-2000)).toBe(0);
				const output = path.join(dir, '.vercel', 'output');
				const outputConfig = JSON.parse(fs.readFileSync(path.join(output, 'config.json'), 'utf8'));
				expect(outputConfig.version).toBe(3);
				// an article page, written after the adapter by the article step, is served at its own path
				expect(outputConfig.overrides['ru/orders-delivery/late-delivery.html']).toEqual({
					path: 'ru/orders-delivery/late-delivery'
				});
				expect(fs.existsSync(path.join(output, 'static', 'en.html'))).toBe(true);
				expect(
					fs.existsSync(path.join(output, 'static', 'ru', 'orders-delivery', 'late-delivery.html'))
				).toBe(true);
				const functions = fs
					.readdirSync(path.join(output, 'functions'), { recursive: true })
					.map(String)
					.filter((f) => f.endsWith('.vc-config.json'));
				expect(functions.length).toBeGreaterThan(0);
				const config = JSON.parse(
					fs.readFileSync(path.join(output, 'functions', functions[0]!), 'utf8')
				);
				expect(config.runtime).toBe('nodejs20.x');
			} finally {
				fs.rmSync(dir, { recursive: true, force: true });
				const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
				await client.connect();
				await client.query(`drop schema if exists ${schema} cascade`);
				await client.end();
			}
		},
		240_000
	);
});
