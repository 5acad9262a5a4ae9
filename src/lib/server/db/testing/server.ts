// Test support, never imported by the app: questions to a PostgreSQL server about itself.
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
