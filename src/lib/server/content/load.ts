// The source side of the content: read content/, validate every file, and produce the manifest the site is
// built from. Article bodies go through the build's own Markdown pipeline (mdsvex and Svar's plugins, see
// parse.ts), so what is checked here is what gets rendered. Relative imports only: vite.config.ts loads this
// before SvelteKit's aliases exist.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { MdData } from '../../content/markdown.js';
import { parseMarkdown } from './parse.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../i18n/locales.ts';
import type { ArticleMeta, CategoryMeta, ContentManifest } from '../../content/types.ts';

export interface ContentIssue {
	/** Path relative to the project root, e.g. content/nb/payments/payment-provider.md */
	file: string;
	line: number;
	message: string;
}

export interface LoadedContent {
	manifest: ContentManifest;
	/** Unpublished articles (draft: true): validated like the rest, never built. */
	drafts: ArticleMeta[];
	issues: ContentIssue[];
	/** The plain text of every article (published or draft) by its `file`, for search. */
	texts: Record<string, string>;
	/** The HTML template of every published article by its `file` (src/lib/content/template.js). */
	templates: Record<string, string>;
}

export interface LoadOptions {
	/** Where parses are cached between runs (see parse.ts); none by default. */
	cacheDir?: string;
	/** Where images are looked up: root/static by default. */
	staticDir?: string;
}

/** The project's parse cache, kept with SvelteKit's other generated files. */
export const parseCacheDir = (root: string) => path.join(root, '.svelte-kit', 'svar-parse');

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** First path segments under /<locale>/ that routes own; a category slug must not take one. */
export const RESERVED_SLUGS = new Set([
	'search',
	'contact',
	'support',
	'feedback',
	'login',
	'logout',
	'signup',
	'forgot',
	'reset',
	'verify',
	'account',
	'survey',
	'api',
	'agent'
]);

const ARTICLE_KEYS = ['title', 'description', 'keywords', 'updated', 'slug', 'draft'] as const;
const CATEGORY_KEYS = ['title', 'description', 'order', 'slug'] as const;
const DESCRIPTION_MAX = 200;

interface RawArticle {
	meta: ArticleMeta;
	draft: boolean;
	/** Links to other articles with the line they are on. */
	linkRefs: MdData['links'];
	text: string;
	template: string;
}

/** An article file read, waiting for its parse. */
interface ArticleFile {
	source: string;
	where: { locale: Locale; category: string; id: string; file: string };
	report: Report;
}

/**
 * Read and validate everything under `root/content`. Never throws for bad content: every problem becomes an
 * issue with file and line, so an editor sees all of them at once.
 */
export async function loadContent(root: string, options: LoadOptions = {}): Promise<LoadedContent> {
	const contentDir = path.join(root, 'content');
	const staticDir = options.staticDir ?? path.join(root, 'static');
	const imageExists = (src: string) => fs.existsSync(path.join(staticDir, decodeURI(src.split(/[?#]/)[0]!)));
	const files: ArticleFile[] = [];
	const issues: ContentIssue[] = [];
	const articles: RawArticle[] = [];
	const categories: CategoryMeta[] = [];
	const rel = (abs: string) => path.relative(root, abs).split(path.sep).join('/');

	for (const localeDir of listDirs(contentDir)) {
		const locale = path.basename(localeDir);
		if (!isLocale(locale)) {
			issues.push({
				file: rel(localeDir),
				line: 1,
				message: `unknown locale folder "${locale}" (known: ${LOCALES.join(', ')})`
			});
			continue;
		}
		for (const entry of fs.readdirSync(localeDir, { withFileTypes: true })) {
			if (!entry.isFile()) continue;
			const file = path.join(localeDir, entry.name);
			if (entry.name === 'synonyms.txt') checkSynonyms(fs.readFileSync(file, 'utf8'), (line, message) => issues.push({ file: rel(file), line, message }));
			else issues.push({ file: rel(file), line: 1, message: `unexpected file: a locale folder holds category folders and synonyms.txt` });
		}
		for (const categoryDir of listDirs(localeDir)) {
			const category = path.basename(categoryDir);
			for (const file of fs.readdirSync(categoryDir).sort()) {
				const abs = path.join(categoryDir, file);
				if (!file.endsWith('.md')) continue;
				const report = (line: number, message: string) => issues.push({ file: rel(abs), line, message });
				const source = fs.readFileSync(abs, 'utf8');
				if (file === 'index.md') {
					const meta = parseCategory(source, locale, category, report);
					if (meta) categories.push(meta);
				} else {
					const id = file.slice(0, -3);
					if (!SLUG_PATTERN.test(id)) {
						report(1, `article id "${id}" must be lowercase letters, digits and hyphens`);
						continue;
					}
					files.push({ source, where: { locale, category, id, file: '/' + rel(abs) }, report });
				}
			}
		}
	}

	const bodies = await parseMarkdown(
		files.map((f) => ({ source: f.source, filename: f.where.file })),
		options.cacheDir
	);
	files.forEach((f, i) => {
		const body = bodies[i]!;
		for (const image of body.images) {
			if (!imageExists(image.src)) f.report(image.line, `missing image ${image.src} (no such file under static/)`);
		}
		const raw = parseArticle(f.source, f.where, body, f.report);
		if (raw) articles.push(raw);
	});

	crossCheck(articles, categories, issues, rel, contentDir);
	const published = articles.filter((a) => !a.draft).map((a) => a.meta);
	return {
		manifest: { sourceLocale: DEFAULT_LOCALE, categories, articles: published },
		drafts: articles.filter((a) => a.draft).map((a) => a.meta),
		issues: issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
		texts: Object.fromEntries(articles.map((a) => [a.meta.file, a.text])),
		templates: Object.fromEntries(articles.filter((a) => !a.draft).map((a) => [a.meta.file, a.template]))
	};
}

/** "file:line: message" lines, the form editors' tools and terminals link to. */
export function formatIssues(issues: ContentIssue[]): string {
	return issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n');
}

type Report = (line: number, message: string) => void;

interface Frontmatter {
	values: Map<string, { value: unknown; line: number }>;
}

function splitFrontmatter(source: string, report: Report): Frontmatter | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) {
		report(1, 'missing frontmatter: the file must start with a --- block');
		return undefined;
	}
	const yamlText = match[1] ?? '';
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, schema: 'core', uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			report((error.linePos?.[0]?.line ?? 0) + 1, `frontmatter: ${error.message.split('\n')[0]}`);
		}
		return undefined;
	}
	const values = new Map<string, { value: unknown; line: number }>();
	if (!isMap(doc.contents)) {
		report(2, 'frontmatter must be a list of "key: value" lines');
		return undefined;
	}
	for (const pair of doc.contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		const node = pair.value as YamlNode | null;
		const offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? 0;
		const line = lineCounter.linePos(offset).line + 1;
		values.set(key, { value: node ? toJs(node) : null, line });
	}
	return { values };
}

function toJs(node: YamlNode): unknown {
	if (isScalar(node)) return node.value;
	if (isSeq(node)) return node.items.map((item) => (item ? toJs(item as YamlNode) : null));
	return node.toJSON();
}

function checkKeys(fm: Frontmatter, allowed: readonly string[], required: readonly string[], report: Report) {
	for (const [key, { line }] of fm.values) {
		if (!allowed.includes(key)) report(line, `unknown frontmatter key "${key}" (allowed: ${allowed.join(', ')})`);
	}
	for (const key of required) if (!fm.values.has(key)) report(1, `missing frontmatter key "${key}"`);
}

function text(fm: Frontmatter, key: string, report: Report, max?: number): string | undefined {
	const entry = fm.values.get(key);
	if (!entry) return undefined;
	if (typeof entry.value !== 'string' || !entry.value.trim()) {
		report(entry.line, `"${key}" must be non-empty text`);
		return undefined;
	}
	if (max && entry.value.length > max) report(entry.line, `"${key}" is ${entry.value.length} characters; keep it to ${max}`);
	return entry.value.trim();
}

function slugOf(fm: Frontmatter, fallback: string, report: Report): string {
	const entry = fm.values.get('slug');
	if (!entry) return fallback;
	if (typeof entry.value !== 'string' || !SLUG_PATTERN.test(entry.value)) {
		report(entry.line, `"slug" must be lowercase ASCII letters, digits and single hyphens (got ${JSON.stringify(entry.value)})`);
		return fallback;
	}
	return entry.value;
}

function parseCategory(source: string, locale: Locale, id: string, report: Report): CategoryMeta | undefined {
	const fm = splitFrontmatter(source, report);
	if (!fm) return undefined;
	checkKeys(fm, CATEGORY_KEYS, ['title', 'description', 'order'], report);
	const title = text(fm, 'title', report);
	const description = text(fm, 'description', report, DESCRIPTION_MAX) ?? '';
	const orderEntry = fm.values.get('order');
	const order = orderEntry?.value;
	if (orderEntry && (typeof order !== 'number' || !Number.isInteger(order))) {
		report(orderEntry.line, '"order" must be a whole number');
	}
	const slug = slugOf(fm, id, report);
	if (RESERVED_SLUGS.has(slug)) report(fm.values.get('slug')?.line ?? 1, `category slug "${slug}" is reserved for a page of Svar's own`);
	if (!title) return undefined;
	return { id, locale, title, description, order: typeof order === 'number' ? order : 999, slug };
}

function parseArticle(
	source: string,
	where: ArticleFile['where'],
	body: MdData,
	report: Report
): RawArticle | undefined {
	const fm = splitFrontmatter(source, report);
	if (!fm) return undefined;
	checkKeys(fm, ARTICLE_KEYS, ['title', 'description', 'keywords', 'updated'], report);
	const title = text(fm, 'title', report);
	const description = text(fm, 'description', report, DESCRIPTION_MAX);

	const keywordsEntry = fm.values.get('keywords');
	let keywords: string[] = [];
	if (keywordsEntry) {
		const list = keywordsEntry.value;
		if (!Array.isArray(list) || list.some((k) => typeof k !== 'string' || !k.trim())) {
			report(keywordsEntry.line, '"keywords" must be a list of phrases ("- phrase" lines)');
		} else keywords = list.map((k: string) => k.trim());
	}

	const updatedEntry = fm.values.get('updated');
	let updated: string | undefined;
	if (updatedEntry) {
		const value = String(updatedEntry.value ?? '');
		if (!isRealDate(value)) report(updatedEntry.line, `"updated" must be a real date as YYYY-MM-DD (got "${value}")`);
		else updated = value;
	}

	const draftEntry = fm.values.get('draft');
	if (draftEntry && typeof draftEntry.value !== 'boolean') report(draftEntry.line, '"draft" must be true or false');
	const draft = draftEntry?.value === true;
	const slug = slugOf(fm, where.id, report);

	for (const p of body.problems) report(p.line, p.message);
	if (!title || !description || !updated) return undefined;
	return {
		meta: {
			id: where.id,
			locale: where.locale,
			category: where.category,
			slug,
			title,
			description,
			keywords,
			updated,
			headings: body.headings,
			links: [...new Set(body.links.map((l) => l.id))],
			linkLines: Object.fromEntries(body.links.toReversed().map((l) => [l.id, l.line])),
			file: where.file,
			words: body.text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length
		},
		draft,
		linkRefs: body.links,
		text: body.text,
		template: body.template
	};
}

function isRealDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function crossCheck(
	articles: RawArticle[],
	categories: CategoryMeta[],
	issues: ContentIssue[],
	rel: (abs: string) => string,
	contentDir: string
) {
	const fileOf = (meta: { file: string }) => meta.file.slice(1);
	const sourceCategories = new Set(categories.filter((c) => c.locale === DEFAULT_LOCALE).map((c) => c.id));
	for (const c of categories) {
		if (!sourceCategories.has(c.id)) {
			issues.push({
				file: rel(path.join(contentDir, c.locale, c.id, 'index.md')),
				line: 1,
				message: `unknown category "${c.id}": it has no content/${DEFAULT_LOCALE}/${c.id}/index.md`
			});
		}
	}
	const categoryOf = new Map<string, RawArticle>();
	const slugs = new Map<string, RawArticle>();
	const byIdLocale = new Map<string, RawArticle>();
	for (const a of articles) {
		const { meta } = a;
		if (!sourceCategories.has(meta.category)) {
			issues.push({ file: fileOf(meta), line: 1, message: `unknown category "${meta.category}": add content/${DEFAULT_LOCALE}/${meta.category}/index.md or move the article` });
		}
		const key = `${meta.locale}/${meta.id}`;
		const twin = byIdLocale.get(key);
		if (twin) issues.push({ file: fileOf(meta), line: 1, message: `duplicate article id "${meta.id}" in ${meta.locale}: also ${fileOf(twin.meta)}` });
		byIdLocale.set(key, a);
		const first = categoryOf.get(meta.id);
		if (first && first.meta.category !== meta.category) {
			issues.push({ file: fileOf(meta), line: 1, message: `article "${meta.id}" is in category "${meta.category}" here but "${first.meta.category}" in ${fileOf(first.meta)}: a translation keeps its category` });
		} else if (!first) categoryOf.set(meta.id, a);
		const slugKey = `${meta.locale}/${meta.slug}`;
		const sameSlug = slugs.get(slugKey);
		if (sameSlug) issues.push({ file: fileOf(meta), line: 1, message: `duplicate slug "${meta.slug}" in ${meta.locale}: also ${fileOf(sameSlug.meta)}` });
		slugs.set(slugKey, a);
	}
	const categorySlugs = new Map<string, CategoryMeta>();
	for (const c of categories) {
		const key = `${c.locale}/${c.slug}`;
		const twin = categorySlugs.get(key);
		if (twin) issues.push({ file: `content/${c.locale}/${c.id}/index.md`, line: 1, message: `duplicate category slug "${c.slug}" in ${c.locale}: also content/${twin.locale}/${twin.id}/index.md` });
		categorySlugs.set(key, c);
	}
	for (const a of articles) {
		for (const link of a.linkRefs) {
			const target = byIdLocale.get(`${a.meta.locale}/${link.id}`) ?? byIdLocale.get(`${DEFAULT_LOCALE}/${link.id}`) ?? [...byIdLocale.values()].find((x) => x.meta.id === link.id);
			if (!target || target.draft) {
				issues.push({ file: fileOf(a.meta), line: link.line, message: `link to missing article "${link.id}"` });
			} else if (link.anchor && !target.meta.headings.some((h) => h.id === link.anchor)) {
				issues.push({ file: fileOf(a.meta), line: link.line, message: `link to missing anchor "#${link.anchor}" in ${fileOf(target.meta)} (its anchors: ${target.meta.headings.map((h) => h.id).join(', ') || 'none'})` });
			}
		}
	}
}

/** synonyms.txt: one group per line, at least two comma-separated entries; # starts a comment. */
function checkSynonyms(text: string, report: Report) {
	text.split('\n').forEach((raw, index) => {
		const line = raw.replace(/#.*/, '').trim();
		if (!line) return;
		const entries = line.split(',').map((e) => e.trim());
		if (entries.some((e) => !e)) report(index + 1, 'empty synonym: remove the extra comma');
		else if (entries.length < 2) report(index + 1, `a synonym group needs at least two entries, comma-separated (got "${line}")`);
	});
}

function listDirs(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.map((e) => path.join(dir, e.name))
		.sort();
}
