// A finished migration runs again on every new database, so what it builds must never change: the schema a
// fresh database migrates to is compared with the one checked in beside this file. A new migration changes
// the snapshot on purpose (`npx vitest run -u`); a change to an old one must not.
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../testing/databases';
import { postgresSchema, sqliteSchema } from '../testing/schema-dump';

describe.each(testDatabases())('the migrated schema on $name', ({ name, open, close }) => {
	it('is the one in the snapshot', async () => {
		const db = await open();
		try {
			const schema = name === 'sqlite' ? await sqliteSchema(db) : await postgresSchema(db);
			await expect(schema).toMatchFileSnapshot(`./__snapshots__/schema.${name}.txt`);
		} finally {
			await close(db);
		}
	});
});
