import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { svarContent } from './vite-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** The plugin as `vite build` drives it: configResolved, then buildStart with Rollup's error and warn. */
async function buildStart(root: string): Promise<string | undefined> {
	const plugin = svarContent();
	(plugin.configResolved as Hook).call(undefined, { root, command: 'build' } as ResolvedConfig);
	const context = {
		error: (message: string) => {
			throw new Error(message);
		},
		warn: () => {}
	};
	try {
		await (plugin.buildStart as Hook).call(context, {});
		return undefined;
	} catch (error) {
		return (error as Error).message;
	}
}

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
});
