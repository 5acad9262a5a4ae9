import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findServerData, readManifest, readTemplate, writeContentFiles } from './content-files';
import { loadContent } from './load';

const loaded = await loadContent(path.resolve('tests/fixtures/content/valid'));
const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'svar-content-files-'));

describe('the content files the server reads', () => {
	it('give back the manifest and each published article’s template as loadContent made them', () => {
		const dir = path.join(temp(), 'content');
		writeContentFiles(dir, loaded.manifest, loaded.templates);
		expect(readManifest(dir)).toEqual(loaded.manifest);
		for (const meta of loaded.manifest.articles) {
			expect(readTemplate(dir, meta)).toBe(loaded.templates[meta.file]);
		}
		expect(loaded.manifest.articles.length).toBeGreaterThan(0);
	});

	it('replace what an earlier write left, articles removed since included', () => {
		const dir = path.join(temp(), 'content');
		writeContentFiles(dir, loaded.manifest, loaded.templates);
		const [kept, ...removed] = loaded.manifest.articles;
		writeContentFiles(dir, { ...loaded.manifest, articles: [kept!] }, loaded.templates);
		expect(readManifest(dir).articles).toEqual([kept]);
		for (const meta of removed) expect(() => readTemplate(dir, meta)).toThrow();
	});
});

describe('findServerData', () => {
	it('finds svar-data beside the server from any file of its code, however deep', () => {
		const root = temp();
		fs.mkdirSync(path.join(root, 'build/svar-data/content'), { recursive: true });
		const chunk = path.join(root, 'build/server/chunks/chunks/index-abc.js');
		expect(findServerData(chunk, 'content')).toBe(path.join(root, 'build/svar-data/content'));
	});

	it('says to build when there is none', () => {
		expect(() => findServerData(path.join(temp(), 'server/index.js'), 'content')).toThrow(/npm run build/);
	});
});
