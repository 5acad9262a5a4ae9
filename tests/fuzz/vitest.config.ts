// The API fuzzer (npm run fuzz, and a step of npm test after the build): the project's Vite set-up, so the
// fuzzer can generate the OpenAPI document from source and compare it with what the build serves.
import { defineConfig } from 'vitest/config';
import base from '../../vite.config.ts';

export default defineConfig({
	...base,
	test: {
		...base.test,
		include: ['tests/fuzz/*.fuzz.ts'],
		testTimeout: 15 * 60_000,
		hookTimeout: 3 * 60_000
	}
});
