// A deployment of this project's Vercel output in the harness: a PostgreSQL database of its own (other tests drop
// their schemas while this one's deploy step migrates, and Kysely's migrator reads every schema of its database)
// with a schema inside it (functions honour DATABASE_SCHEMA), a local SMTP server, the output built and
// migrated (build.ts), and the platform running it (platform.ts) with the project's variables and nothing of this
// machine's. close() takes all of it down.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createDatabase } from '../../src/lib/server/db/testing/server.ts';
import { buildVercelOutput } from './build.ts';
import { startMailbox, type Mailbox } from './mailbox.ts';
import { startPlatform, type Platform } from './platform.ts';

export interface Deployment {
	platform: Platform;
	mailbox: Mailbox;
	/** The folder the output was moved to (…/output). */
	output: string;
	/** The deployment's own database and the schema in it. */
	databaseUrl: string;
	schema: string;
	close(): Promise<void>;
}

export async function deploy(
	root: string,
	options: {
		/** the PostgreSQL server to make the database on */
		databaseUrl: string;
		port: number;
		smtpPort: number;
		cronSecret: string;
		admin: { email: string; password: string };
	}
): Promise<Deployment> {
	const database = await createDatabase(options.databaseUrl, 'svar_sls');
	const schema = `svar_sls_${randomBytes(5).toString('hex')}`;
	const mailbox = await startMailbox(options.smtpPort);
	const done: (() => unknown)[] = [() => database.drop(), () => mailbox.close()];
	const close = async () => {
		for (const step of [...done].reverse()) await step();
	};
	try {
		const variables = {
			DATABASE_URL: database.url,
			DATABASE_SCHEMA: schema,
			SMTP_URL: mailbox.url,
			CRON_SECRET: options.cronSecret,
			ORIGIN: `http://127.0.0.1:${options.port}`
		};
		const output = buildVercelOutput(root, { ...process.env, ...variables });
		done.push(() => fs.rmSync(path.dirname(output), { recursive: true, force: true }));
		const platform = await startPlatform({
			output,
			port: options.port,
			env: {
				PATH: process.env.PATH,
				VERCEL: '1',
				...variables,
				ADMIN_EMAIL: options.admin.email,
				ADMIN_PASSWORD: options.admin.password
			}
		});
		done.push(() => platform.close());
		return { platform, mailbox, output, databaseUrl: database.url, schema, close };
	} catch (error) {
		await close();
		throw error;
	}
}
