import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from './corpus';

const dirs: string[] = [];
function written(perLocale: number): Map<string, string> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-corpus-'));
	dirs.push(dir);
	writeCorpus(dir, perLocale);
	const content = path.join(dir, 'content');
	return new Map(
		fs
			.readdirSync(content, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.md'))
			.map((f) => [f, fs.readFileSync(path.join(content, f), 'utf8')])
	);
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the bench corpus', () => {
	const files = written(100);

	it('is the same on every run', () => {
		expect(written(100)).toEqual(files);
	});

	it.each(['en', 'nb', 'sv', 'ru'])(
		'%s: FAQ-length articles over thousands of words, a few of them very common',
		(locale) => {
			const articles = [...files]
				.filter(([f]) => f.startsWith(`${locale}/`) && !f.endsWith('index.md'))
				.map(([, text]) => text.split('\n---\n')[1]!);
			expect(articles).toHaveLength(100);
			const counts = new Map<string, number>();
			for (const body of articles) {
				const words = body.toLowerCase().match(/[\p{L}]+/gu) ?? [];
				expect(words.length).toBeGreaterThanOrEqual(120);
				expect(words.length).toBeLessThanOrEqual(450);
				for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
			}
			const total = [...counts.values()].reduce((a, b) => a + b, 0);
			const ranked = [...counts.values()].sort((a, b) => b - a);
			expect(counts.size).toBeGreaterThan(2000);
			// Zipf: the most common word is a few percent of the text, the tenth about a tenth of that
			expect(ranked[0]! / total).toBeGreaterThan(0.02);
			expect(ranked[9]! / ranked[0]!).toBeLessThan(0.3);
		}
	);
});
