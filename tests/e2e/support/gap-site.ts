// Builds the copy of the help centre that lacks GAPS' translations (gaps.ts) in E2E_GAP_DIR and serves it with its
// own src/cli/serve.js: a web server of playwright.config.ts, with PORT and the rest in its environment.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyProject } from '../../../src/cli/copy-project.ts';
import { GAPS } from './gaps.ts';

const root = path.resolve('.');
const dir = process.env.E2E_GAP_DIR;
if (!dir) throw new Error('E2E_GAP_DIR names the folder to build the copy in');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
copyProject(root, '', ['content', '.typesafe-i18n.json'], dir);
for (const [id, locale] of GAPS) {
	const files = fs
		.readdirSync(path.join(dir, 'content', locale), { recursive: true, encoding: 'utf8' })
		.filter((file) => path.basename(file) === `${id}.md`);
	if (files.length !== 1) throw new Error(`no single content/${locale}/…/${id}.md to take out`);
	fs.rmSync(path.join(dir, 'content', locale, files[0]!));
}
const build = spawnSync('npm', ['run', '-s', 'build'], {
	cwd: dir,
	encoding: 'utf8',
	maxBuffer: 1 << 26
});
if (build.status !== 0) {
	console.error(build.stdout.slice(-3000), build.stderr.slice(-3000));
	process.exit(1);
}
await import(pathToFileURL(path.join(dir, 'src', 'cli', 'serve.js')).href);
