import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { svarContent, svarIslands } from './src/lib/server/content/vite-plugin.ts';

export default defineConfig({
	plugins: [svarContent(), svarIslands(), sveltekit()],
	test: {
		include: ['src/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 20_000
	}
});
