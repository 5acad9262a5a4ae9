// Markdown extensions shared by mdsvex (svelte.config.js) and the content checker, so that the heading ids
// the checker validates links against are exactly the ids the rendered page carries.
// Plain JavaScript with JSDoc: svelte.config.js is loaded by Node without a TypeScript step.

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

/** Callout kinds editors may use: `> [!NOTE]`, `> [!TIP]`, `> [!WARNING]`. */
export const CALLOUT_KINDS = /** @type {const} */ (['note', 'tip', 'warning']);

const CALLOUT_MARK = /^\s*\[!(NOTE|TIP|WARNING)\]\s*\n?/i;

/**
 * @typedef {{ type: string, value?: string, label?: string, identifier?: string, depth?: number,
 *   children?: MdNode[], data?: Record<string, unknown> }} MdNode
 */

/**
 * remark plugin: a blockquote whose first line is `[!NOTE]`, `[!TIP]` or `[!WARNING]` becomes
 * `<aside class="callout" data-callout="tip">`. The visible label is added per reader locale when the page is
 * rendered (see $lib/server/articles.ts), so the label follows the reader's UI language.
 * mdsvex's remark parses `[!TIP]` as a shortcut link reference, so both shapes are recognised.
 */
export function remarkCallouts() {
	/** @param {MdNode} tree */
	return (tree) => {
		visit(tree, (node) => {
			if (node.type !== 'blockquote') return;
			const first = node.children?.[0];
			if (!first || first.type !== 'paragraph' || !first.children?.length) return;
			const lead = first.children[0];
			/** @type {string | undefined} */
			let kind;
			if (lead?.type === 'linkReference' && /^!(note|tip|warning)$/i.test(lead.label ?? '')) {
				kind = (lead.label ?? '').slice(1).toLowerCase();
				first.children.shift();
				const next = first.children[0];
				if (next?.type === 'text' && next.value) next.value = next.value.replace(/^\s*\n?/, '');
			} else if (lead?.type === 'text' && lead.value && CALLOUT_MARK.test(lead.value)) {
				kind = (CALLOUT_MARK.exec(lead.value)?.[1] ?? '').toLowerCase();
				lead.value = lead.value.replace(CALLOUT_MARK, '');
			}
			if (!kind) return;
			if (first.children.length === 0 || (first.children.length === 1 && !first.children[0]?.value?.trim() && first.children[0]?.type === 'text')) {
				node.children?.shift();
			}
			node.data = {
				...node.data,
				hName: 'aside',
				hProperties: { className: ['callout', `callout-${kind}`], dataCallout: kind }
			};
		});
	};
}

/**
 * @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>,
 *   children?: HNode[] }} HNode
 */

/**
 * rehype plugin: h2 and h3 get an id (see headingId) and their text becomes a link to themselves, so a reader
 * can copy a link to any section. The table of contents uses the same ids.
 */
export function rehypeHeadings() {
	/** @param {HNode} tree */
	return (tree) => {
		/** @type {Map<string, number>} */
		const used = new Map();
		visit(tree, (node) => {
			if (node.type !== 'element' || (node.tagName !== 'h2' && node.tagName !== 'h3')) return;
			const id = headingId(hastText(node), used);
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
