// Test support, never imported by the app: questions to a PostgreSQL server about itself, and databases of a
// test's own on it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** How many connections the server holds open for `applicationName`. */
export function countConnections(url: string, applicationName: string): Promise<number> {
	return withClient(url, async (client) => {
		const { rows } = await client.query<{ n: number }>(
			'select count(*)::int as n from pg_stat_activity where application_name = $1',
			[applicationName]
		);
		return rows[0]!.n;
	});
}

/** Drop a test run's schema and everything in it. */
export function dropSchema(url: string, schema: string): Promise<void> {
	if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
	return withClient(
		url,
		async (client) => void (await client.query(`drop schema if exists ${schema} cascade`))
	);
}

/**
 * A new database beside the one `url` names, for servers a test starts: Kysely's migrator lists the tables of
 * every schema in its database, and fails when another test drops its schema meanwhile, so a schema of one's own
 * is not enough. drop() removes it.
 */
export async function createDatabase(
	url: string,
	prefix: string
): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `${prefix}_${randomBytes(5).toString('hex')}`;
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
	await withClient(url, (client) => client.query(`create database ${name}`));
	const own = new URL(url);
	own.pathname = `/${name}`;
	/**
	 * pg-pool's end() resolves before its clients' connections have closed: a forced drop then cuts a backend
	 * still closing, and its FATAL reaches a client nobody listens to (an unhandled error in the run). So the
	 * drop waits, up to 10 s, for the database's connections to be gone; it forces whatever is left.
	 */
	const drop = () =>
		withClient(url, async (client) => {
			for (let i = 0; i < 200; i++) {
				const { rows } = await client.query<{ n: string }>(
					'select count(*) as n from pg_stat_activity where datname = $1',
					[name]
				);
				if (Number(rows[0]!.n) === 0) break;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			await client.query(`drop database if exists ${name} with (force)`);
		});
	return { url: own.href, drop };
}
