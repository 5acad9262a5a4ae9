// The one reader of private configuration. process.env (not $env) so the CLI tools and tests share it.
import path from 'node:path';

export interface ServerEnv {
	/** Folder for the SQLite file and the mail outbox. */
	dataDir: string;
	/** postgres://… selects PostgreSQL; unset means SQLite in dataDir. */
	databaseUrl: string | undefined;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
	const databaseUrl = source.DATABASE_URL?.trim() || undefined;
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
		throw new Error(
			`DATABASE_URL must start with postgres:// or postgresql:// (got "${databaseUrl.split(':')[0]}:…")`
		);
	}
	return { dataDir: path.resolve(source.DATA_DIR?.trim() || './data'), databaseUrl };
}
