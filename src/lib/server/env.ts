// The one reader of private configuration. process.env (not $env) so the CLI tools and tests share it.
import path from 'node:path';

export interface ServerEnv {
	/** Folder for the SQLite file and the mail outbox. */
	dataDir: string;
	/** postgres://… selects PostgreSQL; unset means SQLite in dataDir. */
	databaseUrl: string | undefined;
	/** PostgreSQL schema to use (created if missing); default: the server's search_path. */
	databaseSchema: string | undefined;
	mail: { smtpUrl?: string; from: string; dataDir: string };
	/** First admin without a browser (both set): created at start when there is no admin yet. */
	admin?: { email: string; password: string };
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
	const databaseUrl = source.DATABASE_URL?.trim() || undefined;
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
		throw new Error(
			`DATABASE_URL must start with postgres:// or postgresql:// (got "${databaseUrl.split(':')[0]}:…")`
		);
	}
	const dataDir = path.resolve(source.DATA_DIR?.trim() || './data');
	const smtpUrl = source.SMTP_URL?.trim() || undefined;
	if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
		throw new Error('SMTP_URL must start with smtp:// or smtps://');
	const adminEmail = source.ADMIN_EMAIL?.trim();
	const adminPassword = source.ADMIN_PASSWORD;
	return {
		dataDir,
		databaseUrl,
		databaseSchema: source.DATABASE_SCHEMA?.trim() || undefined,
		mail: {
			smtpUrl,
			from: source.MAIL_FROM?.trim() || 'Lumo Support <support@svar.invalid>',
			dataDir
		},
		admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined
	};
}
