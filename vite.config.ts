import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { svarContent } from './src/lib/server/content/vite-plugin.ts';
import { svarIslands, svarSearchData } from './src/lib/server/search/vite-plugin.ts';
import { svarStrings } from './src/lib/server/strings/vite-plugin.ts';

export default defineConfig({
	plugins: [svarContent(), svarIslands(), svarSearchData(), svarStrings(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 20_000,
		// opening and migrating a PostgreSQL schema for each test can take seconds on a busy machine
		hookTimeout: 60_000
	}
});
