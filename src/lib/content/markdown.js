// The one Markdown pipeline: mdsvex with Svar's remark and rehype plugins. svelte.config.js compiles articles
// with it and content:check (src/lib/server/content/load.ts) runs it on every file, so the ids, links, images,
// callouts and search text the checker sees are those of the tree the page is rendered from.
// Plain JavaScript with JSDoc: svelte.config.js is loaded by Node without a TypeScript step.

/**
 * What the plugins learn about one file, in mdsvex's `data.svar`. Lines are lines of the whole file.
 * @typedef {{ depth: 2 | 3, id: string, text: string }} MdHeading
 * @typedef {{ id: string, anchor?: string, line: number }} MdLink
 * @typedef {{ line: number, message: string }} MdProblem
 * @typedef {{ headings: MdHeading[], links: MdLink[], text: string, problems: MdProblem[] }} MdData
 */

/**
 * What a rendered article asks of its reader (the `svar` prop): article links and callout labels depend on the
 * reader's locale, not on the file, so the compiled article leaves them to these two functions.
 * @typedef {{ href: (id: string, anchor?: string) => string, callout: (kind: CalloutKind) => string }} ReaderContext
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
 * @param {{ imageExists?: (src: string) => boolean }} [checks] the checker passes a look-up in static/; the
 *   build has already run the checker, so it passes none
 * @returns {import('mdsvex').MdsvexOptions}
 */
export function markdownOptions(checks = {}) {
	return {
		extensions: ['.md'],
		// Writers type their own quotes («», „“, ”…”); smartypants would turn them into English ones.
		smartypants: false,
		highlight: false,
		remarkPlugins: [remarkCallouts, remarkPlainText],
		rehypePlugins: [
			rehypeHeadings,
			[rehypeImages, checks],
			rehypeBraces,
			rehypeArticleLinks,
			rehypeCalloutLabels
		]
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
		(file.data.svar ??= { headings: [], links: [], text: '', problems: [] })
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
 * rehype plugin: every image has alt text and a path under static/ (checked with `imageExists` when given).
 * @param {{ imageExists?: (src: string) => boolean }} [checks]
 */
export function rehypeImages(checks = {}) {
	/** @param {HNode} tree @param {VFile} file */
	return (tree, file) => {
		visit(tree, (node) => {
			if (node.type !== 'element' || node.tagName !== 'img') return;
			const src = String(node.properties?.src ?? '');
			if (!String(node.properties?.alt ?? '').trim()) problem(file, node, `image ${src} needs alt text: ![what it shows](${src})`);
			if (/^[a-z]+:/i.test(src)) return;
			if (!src.startsWith('/')) problem(file, node, `image ${src}: use a path from static/, starting with /`);
			else if (checks.imageExists && !checks.imageExists(src)) problem(file, node, `missing image ${src} (no such file under static/)`);
		});
	};
}

/**
 * rehype plugin: editors write { and } like any other character. mdsvex hands the HTML to Svelte, which reads
 * braces as code, so they become &#123; and &#125; in text and attributes (mdsvex turns %7B in links back
 * into a brace, so encoded ones too). Runs before the plugins that write Svelte expressions of their own.
 */
export function rehypeBraces() {
	/** @param {string} value */
	const escape = (value) => value.replace(/\{|%7B/gi, '&#123;').replace(/\}|%7D/gi, '&#125;');
	/** @param {HNode} tree */
	return (tree) => {
		visit(tree, (node) => {
			if (node.type === 'text' && node.value) node.value = node.value.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
			if (node.type !== 'element' || !node.properties) return;
			for (const [key, value] of Object.entries(node.properties)) {
				if (typeof value === 'string') node.properties[key] = escape(value);
			}
		});
	};
}

const ARTICLE_LINK = /^article:([^#]*)(?:#(.*))?$/;

/**
 * rehype plugin: a link to `article:<id>` or `article:<id>#<anchor>` is noted for content:check (which
 * reports an unknown article or anchor) and resolved when the page is rendered, by the reader's
 * `svar.href(id, anchor)`: the article's URL in the reader's locale.
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
			const args = anchor ? `${jsString(id)}, ${jsString(anchor)}` : jsString(id);
			node.properties = { ...node.properties, href: `{$$props.svar.href(${args})}` };
		});
	};
}

/**
 * rehype plugin: a callout gets its label (aria-label and a visible title) from the reader's UI language,
 * `svar.callout(kind)`, when the page is rendered.
 */
export function rehypeCalloutLabels() {
	/** @param {HNode} tree */
	return (tree) => {
		visit(tree, (node) => {
			if (node.type !== 'element' || node.tagName !== 'aside') return;
			const kind = node.properties?.dataCallout;
			if (typeof kind !== 'string') return;
			const label = `{$$props.svar.callout(${jsString(kind)})}`;
			node.properties = { ...node.properties, ariaLabel: label };
			const children = node.children ?? [];
			const at = children.findIndex((child) => child.type === 'element');
			const title = { type: 'element', tagName: 'p', properties: { className: ['callout-title'] }, children: [{ type: 'raw', value: label }] };
			children.splice(at < 0 ? children.length : at, 0, title);
			node.children = children;
		});
	};
}

/** A JavaScript string literal that survives as an HTML attribute value (no double quotes). */
/** @param {string} value */
function jsString(value) {
	return `'${value.replace(/[\\']/g, '\\$&').replace(/"/g, '\\x22')}'`;
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
