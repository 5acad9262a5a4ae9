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

/**
 * Settings read where they are used, each call reading the environment again (tests and the CLI change it at
 * run time). Here, so that this file stays the one reader of process.env and the README's table has one home.
 */
export const settings = {
	/** ORIGIN: the public address in mails, survey links and the OpenAPI document; unset: the request's own. */
	origin: (source = process.env): string | undefined => source.ORIGIN?.trim() || undefined,
	/** Where the server answers when no ORIGIN is set (jobs and the set-up link have no request to ask). */
	ownOrigin: (source = process.env): string =>
		settings.origin(source) ?? `http://localhost:${source.PORT?.trim() || 3000}`,
	/**
	 * Whether this server runs as serverless functions (Vercel sets VERCEL=1; SVAR_SERVERLESS=1 for another
	 * platform): no migrations or background schedule at start, mail sent before the response ends, one connection.
	 */
	serverless: (source = process.env): boolean =>
		!!source.VERCEL?.trim() || source.SVAR_SERVERLESS?.trim() === '1',
	/** SVAR_ADAPTER: what the build is for (`node` or `vercel`), read while building. */
	buildTarget: (source = process.env): string => source.SVAR_ADAPTER?.trim() || 'node',
	/** CRON_SECRET: the bearer token the jobs endpoint asks for; unset, the endpoint refuses everyone. */
	cronSecret: (source = process.env): string | undefined => source.CRON_SECRET?.trim() || undefined,
	/** REDIS_URL: rate-limit counters in Redis instead of the database. */
	redisUrl: (source = process.env): string | undefined => source.REDIS_URL?.trim() || undefined,
	/** CUSTOMER_CONTEXT_URL: the shop system the agent's customer panel asks ('' for none). */
	customerContextUrl: (source = process.env): string => source.CUSTOMER_CONTEXT_URL?.trim() ?? '',
	/** CONTENT_EDIT_URL: where "content to fix" links each file (e.g. a repository's edit URL). */
	contentEditUrl: (source = process.env): string | null =>
		source.CONTENT_EDIT_URL?.trim().replace(/\/$/, '') || null,
	/** UPLOAD_QUOTA_MB: megabytes of files each customer account may keep (default 100); staff have none. */
	uploadQuotaBytes: (source = process.env): number =>
		Math.floor(
			(Number(source.UPLOAD_QUOTA_MB) > 0 ? Number(source.UPLOAD_QUOTA_MB) : 100) * 1024 * 1024
		),
	/** SIGNUP_LIMIT_PER_HOUR: sign-ups per client address an hour (default 20). */
	signupLimitPerHour: (source = process.env): number =>
		Number(source.SIGNUP_LIMIT_PER_HOUR) > 0 ? Number(source.SIGNUP_LIMIT_PER_HOUR) : 20,
	/** COUNTER_LIMIT_PER_HOUR: page views, and suggestion events of the contact form, per client address an hour. */
	counterLimitPerHour: (source = process.env): number =>
		Number(source.COUNTER_LIMIT_PER_HOUR) > 0 ? Number(source.COUNTER_LIMIT_PER_HOUR) : 300
};
