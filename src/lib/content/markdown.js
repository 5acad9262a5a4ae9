// The one Markdown pipeline: mdsvex's parser with Svar's remark and rehype plugins. Every article goes through it
// once (src/lib/server/content/parse.ts, cached by content), and the same tree gives content:check its ids,
// links, images and callouts, search its text, and the page its HTML template (template.js).
// Plain JavaScript with JSDoc: the parse workers load it with Node alone, without a TypeScript step.
import { hastToTemplate, slot } from './template.js';

/**
 * What the plugins learn about one file, in mdsvex's `data.svar`. Lines are lines of the whole file.
 * @typedef {{ depth: 2 | 3, id: string, text: string }} MdHeading
 * @typedef {{ id: string, anchor?: string, line: number }} MdLink
 * @typedef {{ line: number, message: string }} MdProblem
 * @typedef {{ src: string, line: number }} MdImage
 * @typedef {{ headings: MdHeading[], links: MdLink[], images: MdImage[], text: string, problems: MdProblem[],
 *   template: string }} MdData
 */

/** @typedef {{ type: string, value?: string, label?: string, alt?: string | null, depth?: number,
 *   children?: MdNode[], data?: Record<string, unknown>, position?: { start: { line: number } } }} MdNode */

/** @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>,
 *   children?: HNode[], position?: { start: { line: number } } }} HNode */

/** @typedef {{ data: Record<string, unknown> }} VFile */

/** Callout kinds editors may use: `> [!NOTE]`, `> [!TIP]`, `> [!WARNING]`. */
export const CALLOUT_KINDS = /** @type {const} */ (['note', 'tip', 'warning']);
/** @typedef {typeof CALLOUT_KINDS[number]} CalloutKind */

/**
 * mdsvex's options for articles, the same for the build and for content:check.
 * @returns {import('mdsvex').MdsvexOptions}
 */
export function markdownOptions() {
	return {
		extensions: ['.md'],
		// Writers type their own quotes («», „“, ”…”); smartypants would turn them into English ones.
		smartypants: false,
		highlight: false,
		remarkPlugins: [remarkCallouts, remarkPlainText],
		rehypePlugins: [rehypeHeadings, rehypeImages, rehypeArticleLinks, rehypeCalloutLabels, rehypeTemplate]
	};
}

/**
 * A heading's anchor id: lowercase letters and digits of any script, words joined by hyphens.
 * Cyrillic and Arabic stay as they are (valid in HTML ids and URLs); Latin diacritics stay too.
 * @param {string} text
 * @param {Map<string, number>} [used] ids already taken in the same document; a repeat gets "-2", "-3"…
 */
export function headingId(text, used) {
	const base =
		text
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\s-]/gu, '')
			.trim()
			.replace(/[\s-]+/g, '-') || 'section';
	if (!used) return base;
	const seen = used.get(base) ?? 0;
	used.set(base, seen + 1);
	return seen === 0 ? base : `${base}-${seen + 1}`;
}

/** @param {VFile} file @returns {MdData} */
export function svarData(file) {
	return /** @type {MdData} */ (
		(file.data.svar ??= { headings: [], links: [], images: [], text: '', problems: [], template: '' })
	);
}

/** @param {VFile} file @param {{ position?: { start: { line: number } } }} node @param {string} message */
function problem(file, node, message) {
	svarData(file).problems.push({ line: node.position?.start.line ?? 1, message });
}

const CALLOUT_MARK = /^\s*\[!([a-z]+)\]\s*\n?/i;

/**
 * remark plugin: a blockquote whose first line is `[!NOTE]`, `[!TIP]` or `[!WARNING]` becomes
 * `<aside class="callout" data-callout="tip">`; another `[!WORD]` or a callout without text is a problem.
 * mdsvex's remark parses `[!TIP]` as a shortcut link reference or as text, so both shapes are recognised.
 */
export function remarkCallouts() {
	/** @param {MdNode} tree @param {VFile} file */
	return (tree, file) => {
		visit(tree, (node) => {
			if (node.type !== 'blockquote') return;
			const first = node.children?.[0];
			if (!first || first.type !== 'paragraph' || !first.children?.length) return;
			const lead = first.children[0];
			/** @type {string | undefined} */
			let mark;
			if (lead?.type === 'linkReference' && /^![a-z]+$/i.test(lead.label ?? '')) {
				mark = (lead.label ?? '').slice(1);
			} else if (lead?.type === 'text' && lead.value && CALLOUT_MARK.test(lead.value)) {
				mark = CALLOUT_MARK.exec(lead.value)?.[1];
			}
			if (!mark) return;
			const kind = /** @type {CalloutKind} */ (mark.toLowerCase());
			if (!CALLOUT_KINDS.includes(kind)) {
				problem(file, node, `unknown callout "[!${mark}]": use [!NOTE], [!TIP] or [!WARNING]`);
				return;
			}
			if (lead?.type === 'linkReference') {
				first.children.shift();
				const next = first.children[0];
				if (next?.type === 'text' && next.value) next.value = next.value.replace(/^\s*\n?/, '');
			} else if (lead) {
				lead.value = (lead.value ?? '').replace(CALLOUT_MARK, '');
			}
			const rest = first.children;
			if (rest.length === 0 || (rest.length === 1 && rest[0]?.type === 'text' && !rest[0].value?.trim())) {
				node.children?.shift();
			}
			if (!node.children?.length) problem(file, node, `callout [!${mark}] has no text`);
			node.data = {
				...node.data,
				hName: 'aside',
				hProperties: { className: ['callout', `callout-${kind}`], dataCallout: kind }
			};
		});
	};
}

/** Containers whose children run on in one line of text; any other node's children are separate blocks. */
const PHRASING = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);
const SKIPPED = new Set(['yaml', 'code', 'html', 'definition', 'footnoteDefinition']);

/**
 * remark plugin: the article as a reader reads it, for search: the text of headings, paragraphs, lists,
 * tables and callouts, image alt text; no markup, no code blocks, no callout marks (runs after remarkCallouts).
 */
export function remarkPlainText() {
	/** @param {MdNode} tree @returns {string} */
	const plain = (tree) => {
		if (SKIPPED.has(tree.type)) return '';
		if (tree.type === 'text') return tree.value ?? '';
		if (tree.type === 'inlineCode') return unescapeCode(tree.value ?? '');
		if (tree.type === 'image') return tree.alt ?? '';
		if (tree.type === 'break') return ' ';
		return (tree.children ?? []).map(plain).join(PHRASING.has(tree.type) ? '' : ' ');
	};
	/** @param {MdNode} tree @param {VFile} file */
	return (tree, file) => {
		svarData(file).text = plain(tree).replace(/\s+/g, ' ').trim();
	};
}

/** mdsvex has already written <, >, { and } in code as entities (its escape_code step runs first). */
/** @param {string} value */
function unescapeCode(value) {
	return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#123;/g, '{').replace(/&#125;/g, '}');
}

/**
 * rehype plugin: h2 and h3 get an id (see headingId) and their text becomes a link to themselves, so a reader
 * can copy a link to any section; the table of contents and content:check's anchor check use the same list.
 * A level-one heading is a problem: the title comes from the frontmatter.
 */
export function rehypeHeadings() {
	/** @param {HNode} tree @param {VFile} file */
	return (tree, file) => {
		/** @type {Map<string, number>} */
		const used = new Map();
		visit(tree, (node) => {
			if (node.type !== 'element') return;
			if (node.tagName === 'h1') problem(file, node, 'use ## and ### in the body: the title comes from the frontmatter');
			if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
			const text = unescapeCode(hastText(node)).trim();
			const id = headingId(text, used);
			svarData(file).headings.push({ depth: node.tagName === 'h2' ? 2 : 3, id, text });
			node.properties = { ...node.properties, id };
			node.children = [
				{
					type: 'element',
					tagName: 'a',
					properties: { href: `#${id}`, className: ['heading-link'] },
					children: node.children ?? []
				}
			];
			return 'skip';
		});
	};
}

/**
 * rehype plugin: every image has alt text and a path under static/. Each path is listed with its line, for
 * content:check to look the file up (src/lib/server/content/load.ts): the parse is cached by the file's text,
 * and static/ may change without it.
 */
export function rehypeImages() {
	/** @param {HNode} tree @param {VFile} file */
	return (tree, file) => {
		visit(tree, (node) => {
			if (node.type !== 'element' || node.tagName !== 'img') return;
			const src = String(node.properties?.src ?? '');
			if (!String(node.properties?.alt ?? '').trim()) problem(file, node, `image ${src} needs alt text: ![what it shows](${src})`);
			if (/^[a-z]+:/i.test(src)) return;
			if (!src.startsWith('/')) problem(file, node, `image ${src}: use a path from static/, starting with /`);
			else svarData(file).images.push({ src, line: node.position?.start.line ?? 1 });
		});
	};
}

const ARTICLE_LINK = /^article:([^#]*)(?:#(.*))?$/;

/**
 * rehype plugin: a link to `article:<id>` or `article:<id>#<anchor>` is noted for content:check (which
 * reports an unknown article or anchor) and left as a slot in the template, filled when the page is rendered
 * with the article's URL in the reader's locale.
 */
export function rehypeArticleLinks() {
	/** @param {HNode} tree @param {VFile} file */
	return (tree, file) => {
		visit(tree, (node) => {
			if (node.type !== 'element' || node.tagName !== 'a') return;
			const match = ARTICLE_LINK.exec(String(node.properties?.href ?? ''));
			if (!match) return;
			const [, id = '', anchor] = match;
			svarData(file).links.push({ id, anchor: anchor || undefined, line: node.position?.start.line ?? 1 });
			node.properties = { ...node.properties, href: slot(anchor ? ['href', id, anchor] : ['href', id]) };
		});
	};
}

/**
 * rehype plugin: a callout gets its label (aria-label and a visible title) in the reader's UI language when the
 * page is rendered: a slot in the template.
 */
export function rehypeCalloutLabels() {
	/** @param {HNode} tree */
	return (tree) => {
		visit(tree, (node) => {
			if (node.type !== 'element' || node.tagName !== 'aside') return;
			const kind = node.properties?.dataCallout;
			if (typeof kind !== 'string') return;
			const label = slot(['callout', kind]);
			node.properties = { ...node.properties, ariaLabel: label };
			const children = node.children ?? [];
			const at = children.findIndex((child) => child.type === 'element');
			const title = { type: 'element', tagName: 'p', properties: { className: ['callout-title'] }, children: [{ type: 'raw', value: label }] };
			children.splice(at < 0 ? children.length : at, 0, title);
			node.children = children;
		});
	};
}

/** rehype plugin, the last: the tree as the article's HTML template (template.js). */
export function rehypeTemplate() {
	/** @param {HNode} tree @param {VFile} file */
	return (tree, file) => {
		svarData(file).template = hastToTemplate(tree);
	};
}

/** @param {HNode} node @returns {string} */
function hastText(node) {
	if (node.type === 'text') return node.value ?? '';
	return (node.children ?? []).map(hastText).join('');
}

/**
 * Depth-first walk; the callback may return 'skip' to leave a node's children alone.
 * @template {{ children?: T[] }} T
 * @param {T} node
 * @param {(node: T) => void | 'skip'} fn
 */
function visit(node, fn) {
	if (fn(node) === 'skip') return;
	for (const child of node.children ?? []) visit(child, fn);
}
