import { describe, expect, it } from 'vitest';
import { openDatabase } from './index';
import { settings } from '../env';

describe('opening the database', () => {
	it('leaves migrations to the deploy step on serverless, and runs them at start elsewhere', async () => {
		expect(settings.serverless({ VERCEL: '1' })).toBe(true);
		expect(settings.serverless({ SVAR_SERVERLESS: '1' })).toBe(true);
		expect(settings.serverless({})).toBe(false);
		const cold = await openDatabase({ sqliteFile: ':memory:', migrate: false, serverless: true });
		expect(await cold.introspection.getTables()).toEqual([]);
		await cold.destroy();
		const started = await openDatabase({ sqliteFile: ':memory:' });
		expect((await started.introspection.getTables()).map((t) => t.name)).toContain('tickets');
		await started.destroy();
	});
});
