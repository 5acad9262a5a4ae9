// The built server for a bench run: on a random loopback port with its own data (and schema), stopped and
// cleaned up afterwards.
import fs from 'node:fs';
import { dropSchema } from '../../lib/server/db/testing/server.ts';
import { startServe } from '../serve-process.ts';

export interface BenchServer {
	base: string;
	/** The server's process id (for its memory under /proc). */
	pid: number;
	/** Stops the server, removes the data folder and drops the PostgreSQL schema, if any. */
	stop: () => Promise<void>;
}

export async function startBuiltServer(
	root: string,
	options: { dataDir: string; databaseUrl?: string; schema?: string; env?: Record<string, string> }
): Promise<BenchServer> {
	const server = await startServe({
		cwd: root,
		env: {
			DATA_DIR: options.dataDir,
			...(options.databaseUrl
				? { DATABASE_URL: options.databaseUrl, DATABASE_SCHEMA: options.schema }
				: { DATABASE_URL: '' }),
			...options.env
		}
	});
	return {
		base: server.base,
		pid: server.pid,
		stop: async () => {
			await server.stop();
			fs.rmSync(options.dataDir, { recursive: true, force: true });
			if (options.schema && options.databaseUrl)
				await dropSchema(options.databaseUrl, options.schema);
		}
	};
}

/** CPU seconds a process has used so far (user and system), from /proc; 0 where there is none. */
export function cpuSeconds(pid: number): number {
	const file = `/proc/${pid}/stat`;
	if (!fs.existsSync(file)) return 0;
	// the fields after the command's closing parenthesis; utime and stime are the 12th and 13th, in ticks
	const fields = fs.readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}
