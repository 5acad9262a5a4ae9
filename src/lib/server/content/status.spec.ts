import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import { statusSummary, translationStatus } from './status';

const { manifest } = await loadContent(path.resolve('tests/fixtures/content/valid'));

describe('translationStatus', () => {
	const rows = translationStatus(manifest, ['en', 'nb', 'sv']);

	it('marks a translation older than its source as stale, and absent ones as missing', () => {
		expect(rows.find((r) => r.id === 'invoice')?.locales).toEqual({
			en: { state: 'source', updated: '2026-10-01' },
			nb: { state: 'stale', updated: '2026-09-01' },
			sv: { state: 'missing', updated: undefined }
		});
		expect(rows.find((r) => r.id === 'password')?.locales.nb).toEqual({ state: 'missing', updated: undefined });
	});

	it('counts per locale', () => {
		expect(statusSummary(rows, ['en', 'nb', 'sv'])).toEqual([
			{ locale: 'en', current: 2, stale: 0, missing: 0 },
			{ locale: 'nb', current: 0, stale: 1, missing: 1 },
			{ locale: 'sv', current: 0, stale: 0, missing: 2 }
		]);
	});

	it('treats a same-day translation as current', () => {
		const same = translationStatus({ ...manifest, articles: manifest.articles.map((a) => ({ ...a, updated: '2026-10-01' })) }, ['en', 'nb']);
		expect(same.find((r) => r.id === 'invoice')?.locales.nb.state).toBe('current');
	});
});
