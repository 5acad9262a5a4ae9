import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { svarContent } from './vite-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/**
 * The plugin as `vite build` drives it: configResolved, then buildStart with Rollup's error and warn, in a copy
 * of the fixture (a build writes under .svelte-kit).
 */
async function build(fixture: string, ssr = true): Promise<{ root: string; message?: string }> {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-content-plugin-'));
	fs.cpSync(fixture, root, { recursive: true });
	const plugin = svarContent();
	const config = { root, command: 'build', build: { ssr } };
	(plugin.configResolved as Hook).call(undefined, config as unknown as ResolvedConfig);
	const context = {
		error: (message: string) => {
			throw new Error(message);
		},
		warn: () => {}
	};
	try {
		await (plugin.buildStart as Hook).call(context, {});
		return { root };
	} catch (error) {
		return { root, message: (error as Error).message };
	}
}
const buildStart = async (fixture: string) => (await build(fixture)).message;

describe('the build', () => {
	it('refuses content:check’s problems, found by the same pipeline, with file and line', async () => {
		const message = await buildStart(path.resolve('tests/fixtures/content/broken'));
		expect(message).toMatch(/^Content has \d+ problem\(s\):/);
		for (const line of [
			'content/en/billing/links.md:10: link to missing article "does-not-exist"',
			'content/en/billing/links.md:12: missing image /images/missing.png',
			'content/en/billing/links.md:14: unknown callout "[!DANGER]"'
		]) {
			expect(message).toContain(line);
		}
	});

	it('accepts valid content, braces and all', async () => {
		expect(await buildStart(path.resolve('tests/fixtures/content/valid'))).toBeUndefined();
	});

	it('writes the content files the server reads beside it', async () => {
		const { root } = await build(path.resolve('tests/fixtures/content/valid'));
		const written = path.join(root, '.svelte-kit/svar-data/content');
		expect(fs.readdirSync(written).sort()).toEqual(['articles', 'manifest.json']);
		expect(fs.readdirSync(path.join(written, 'articles/nb'))).toEqual(['invoice.html']);
	});

	it('leaves checking and writing to the server build, which Kit runs before the client’s', async () => {
		const { root, message } = await build(path.resolve('tests/fixtures/content/broken'), false);
		expect(message).toBeUndefined();
		expect(fs.existsSync(path.join(root, '.svelte-kit/svar-data'))).toBe(false);
	});
});
