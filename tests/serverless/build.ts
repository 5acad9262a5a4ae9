// The Vercel output of this project, built once on a copy of it (SVAR_ADAPTER=vercel), its database brought up
// by the deploy step (`npm run db:migrate`), then moved away from the project and its node_modules: what the
// platform deploys is the output folder alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyProject } from '../../src/cli/copy-project.ts';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
	const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26 });
	const output = result.stdout + result.stderr;
	if (result.status !== 0)
		throw new Error(
			`${command} ${args.join(' ')} failed (${result.status}):\n${output.slice(-3000)}`
		);
	return output;
}

/** A database address nothing answers at: the build must not need one. */
const NOWHERE = 'postgres://nobody@127.0.0.1:1/nowhere';

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
 * Builds with `env` (SMTP_URL, …; no reachable database), migrates env's DATABASE_URL, and returns the folder the output was moved to
 * (…/output, with config.json, static/ and functions/). The project's copy is gone by then.
 */
export function buildVercelOutput(root: string, env: NodeJS.ProcessEnv): string {
	const dir = copyProject(root, 'svar-serverless-', ['content', 'tests', '.typesafe-i18n.json']);
	const away = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-deployed-'));
	try {
		// the build is given a database nothing answers at, and must not have tried it
		const build = run('npm', ['run', '-s', 'build'], dir, {
			...env,
			SVAR_ADAPTER: 'vercel',
			DATABASE_URL: NOWHERE
		});
		if (/ECONNREFUSED|no vote data/.test(build))
			throw new Error(`the build tried the database:\n${build.slice(-3000)}`);
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
