// A copy of the project in a temporary folder, for builds that must not disturb the checkout's own (the
// serverless build in adapter.spec.ts, the bench's generated corpus). node_modules is shared through a link.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a build reads besides content/. */
const BUILD_INPUTS = [
	'src',
	'locales',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'vite.islands.config.ts',
	'package.json',
	'tsconfig.json'
];

/** Copies the build's inputs and `extra` files or folders of `root` into a new folder named `prefix…`. */
export function copyProject(
	root: string,
	prefix: string,
	extra: string[] = [],
	/** an empty folder to copy into instead of a new one */
	into?: string
): string {
	const dir = into ?? fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	for (const entry of [...BUILD_INPUTS, ...extra]) {
		fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
	}
	fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}
