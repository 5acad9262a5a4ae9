import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { adapterTarget } from './svelte.config.js';
import { svarContent } from './src/lib/server/content/vite-plugin.ts';
import { svarIslands, svarSearchData } from './src/lib/server/search/vite-plugin.ts';
import { svarDictionaries } from './src/lib/server/strings/dictionaries-plugin.ts';
import { svarStrings } from './src/lib/server/strings/vite-plugin.ts';

export default defineConfig({
	plugins: [
		svarContent(),
		svarIslands(),
		svarSearchData(),
		svarStrings(),
		svarDictionaries(),
		sveltekit()
	],
	// Vercel's limit on a function's request body (src/lib/uploads.ts): the forms check files against it
	// Vercel: Kysely's ~260 ES module files bundled into the server's own, which each cold start reads (issue 15)
	ssr: { noExternal: adapterTarget === 'vercel' ? ['kysely'] : [] },
	// Vercel: the server's code minified too, as the browser's is: a cold start parses every module it loads
	build: adapterTarget === 'vercel' ? { minify: true } : {},
	define: { __SVAR_PLATFORM_BODY_BYTES__: adapterTarget === 'vercel' ? 4.5 * 1024 * 1024 : 0 },
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 20_000,
		// opening and migrating a PostgreSQL schema for each test can take seconds on a busy machine
		hookTimeout: 60_000
	}
});
