// The API fuzzer (npm run fuzz, and a step of npm test after the build): the project's Vite set-up, so the
// fuzzer can generate the OpenAPI document from source and compare it with what the build serves.
import { defineConfig } from 'vitest/config';
import base from '../../vite.config.ts';

// an operation's requests take well under 100 ms each, even on a busy machine; shrinking a failure takes more
const runs = Number(process.env.FUZZ_RUNS) || 50;

export default defineConfig({
	...base,
	test: {
		...base.test,
		include: ['tests/fuzz/*.fuzz.ts'],
		testTimeout: 10 * 60_000 + runs * 500,
		hookTimeout: 3 * 60_000
	}
});
