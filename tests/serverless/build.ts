// The Vercel output of this project, built once on a copy of it (SVAR_ADAPTER=vercel), its database brought up
// by the deploy step (`npm run db:migrate`), then moved away from the project and its node_modules: what the
// platform deploys is the output folder alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyProject } from '../../src/cli/copy-project.ts';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): void {
	const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26 });
	if (result.status !== 0)
		throw new Error(
			`${command} ${args.join(' ')} failed (${result.status}):\n${(result.stdout + result.stderr).slice(-3000)}`
		);
}

/** Every symbolic link under `dir` must lead somewhere inside it: the deployed folder has nothing else. */
function linksStayInside(dir: string): void {
	for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isSymbolicLink()) continue;
		const link = path.join(entry.parentPath, entry.name);
		const target = path.resolve(path.dirname(link), fs.readlinkSync(link));
		if (!target.startsWith(dir + path.sep))
			throw new Error(`${link} leads out of the output, to ${target}`);
	}
}

/**
 * Builds with `env` (DATABASE_URL, SMTP_URL, …), migrates, and returns the folder the output was moved to
 * (…/output, with config.json, static/ and functions/). The project's copy is gone by then.
 */
export function buildVercelOutput(root: string, env: NodeJS.ProcessEnv): string {
	const dir = copyProject(root, 'svar-serverless-', ['content', 'tests', '.typesafe-i18n.json']);
	const away = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-deployed-'));
	try {
		run('npm', ['run', '-s', 'build'], dir, { ...env, SVAR_ADAPTER: 'vercel' });
		run('npm', ['run', '-s', 'db:migrate'], dir, env);
		const output = path.join(away, 'output');
		fs.cpSync(path.join(dir, '.vercel', 'output'), output, {
			recursive: true,
			verbatimSymlinks: true
		});
		linksStayInside(output);
		return output;
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}
