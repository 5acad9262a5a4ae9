import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse';

const article = (n: number) => ({
	source: `---\ntitle: T${n}\n---\nSee [more](article:other-${n}).\n\n## Part ${n}\n\n> [!TIP]\n> Tip ${n}.\n`,
	filename: `/content/en/c/a-${n}.md`
});

describe('parseMarkdown', () => {
	it('gives each article its headings, links, text and template, in order, in worker threads when many', async () => {
		const jobs = Array.from({ length: 80 }, (_, n) => article(n));
		const [inProcess, inWorkers] = [await parseMarkdown(jobs.slice(0, 3)), await parseMarkdown(jobs)];
		expect(inWorkers.slice(0, 3)).toEqual(inProcess);
		expect(inWorkers[79]).toMatchObject({
			headings: [{ depth: 2, id: 'part-79', text: 'Part 79' }],
			links: [{ id: 'other-79', line: 4 }],
			text: 'See more. Part 79 Tip 79.'
		});
		expect(inWorkers[79]!.template).toContain('<h2 id="part-79">');
	});

	it('reads back what it cached for the same text, and parses a changed one', async () => {
		const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-parse-'));
		const jobs = Array.from({ length: 70 }, (_, n) => article(n));
		const first = await parseMarkdown(jobs, cacheDir);
		const files = fs.readdirSync(cacheDir);
		expect(files).toHaveLength(70);
		// a cached entry is what comes back, not a new parse
		const [one] = files;
		const entry = JSON.parse(fs.readFileSync(path.join(cacheDir, one!), 'utf8'));
		fs.writeFileSync(path.join(cacheDir, one!), JSON.stringify({ ...entry, text: 'from the cache' }));
		const again = await parseMarkdown(jobs, cacheDir);
		expect(again.filter((d) => d.text === 'from the cache')).toHaveLength(1);
		const changed = await parseMarkdown([{ ...jobs[0]!, source: jobs[0]!.source + '\nMore.\n' }], cacheDir);
		expect(changed[0]!.text).toBe(`${first[0]!.text} More.`);
		expect(fs.readdirSync(cacheDir)).toHaveLength(71);
	});
});
