import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { adapterTarget } from './svelte.config.js';
import { svarContent } from './src/lib/server/content/vite-plugin.ts';
import { svarIslands, svarSearchData } from './src/lib/server/search/vite-plugin.ts';
import { svarStrings } from './src/lib/server/strings/vite-plugin.ts';

export default defineConfig({
	plugins: [svarContent(), svarIslands(), svarSearchData(), svarStrings(), sveltekit()],
	// Vercel's limit on a function's request body (src/lib/uploads.ts): the forms check files against it.
	// (The function's server and its packages are bundled and minified after the adapter: svelte.config.js.)
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
