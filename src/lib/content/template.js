// An article's body as an HTML template: written once per file when content is parsed (the last rehype plugin
// of src/lib/content/markdown.js), filled for each reader when a page is rendered. What depends on the reader
// (where an `article:` link goes, a callout's label) is a slot; the rest is final HTML, written the way Svelte's
// server renderer wrote the compiled article before (same whitespace, escaping and void-element form), so the
// pages look as they did when every article was a Svelte component.
// Plain JavaScript with JSDoc: markdown.js, which svelte.config.js-era tools and workers load without a
// TypeScript step, imports it.

/** @typedef {import('./markdown.js').HNode} HNode */
/** @typedef {['href', string, string?] | ['callout', string]} Slot */

/** Slots are JSON between NUL characters, which neither Markdown text nor HTML can carry. */
const MARK = '\u0000';

/** A slot for `fillTemplate` to fill, as text or as (part of) an attribute value. @param {Slot} slot */
export function slot(slot) {
	return MARK + JSON.stringify(slot) + MARK;
}

/** How a slot inside an attribute value is marked in the template, so that it is escaped as one. */
const IN_ATTRIBUTE = '@';

/**
 * The final HTML for one reader: each slot becomes what `fill` returns for it, escaped as text or as an
 * attribute value, wherever it stands.
 * @param {string} template
 * @param {(slot: Slot) => string} fill
 */
export function fillTemplate(template, fill) {
	if (!template.includes(MARK)) return template;
	return template
		.split(MARK)
		.map((part, i) => {
			if (i % 2 === 0) return part;
			const attribute = part.startsWith(IN_ATTRIBUTE);
			const value = fill(/** @type {Slot} */ (JSON.parse(attribute ? part.slice(1) : part)));
			return escapeHtml(value, attribute);
		})
		.join('');
}

/** What Svelte's renderer escapes: & and < in text; &, " and < in attribute values. */
/** @param {string} value @param {boolean} [attribute] */
export function escapeHtml(value, attribute = false) {
	return value.replace(attribute ? /[&"<]/g : /[&<]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&lt;'));
}

// mdsvex writes <, >, { and } in code, and some < and > in text, as entities for Svelte to read back.
const ENTITIES = /** @type {Record<string, string>} */ ({ '&lt;': '<', '&gt;': '>', '&#123;': '{', '&#125;': '}' });
/** @param {string} value */
const decode = (value) => value.replace(/&lt;|&gt;|&#123;|&#125;/g, (e) => ENTITIES[e] ?? e);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Parents whose whitespace-only children Svelte drops rather than keeping as one space. */
const NO_SPACE = new Set(['select', 'tr', 'table', 'tbody', 'thead', 'tfoot', 'colgroup', 'datalist']);

/** hast's property name as an HTML attribute: className → class, dataCallout → data-callout. */
/** @param {string} name */
function attributeName(name) {
	if (name === 'className') return 'class';
	if (name === 'htmlFor') return 'for';
	if (/^(data|aria)[A-Z]/.test(name)) return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
	return name.toLowerCase();
}

/** @param {Record<string, unknown>} properties */
function attributes(properties) {
	let out = '';
	for (const [name, value] of Object.entries(properties)) {
		if (value === false || value === null || value === undefined) continue;
		const text = value === true ? '' : Array.isArray(value) ? value.join(' ') : decode(String(value));
		// a slot in an attribute stays as it is; the text around it is escaped
		const escaped = text.split(MARK).map((part, i) => (i % 2 ? MARK + IN_ATTRIBUTE + part + MARK : escapeHtml(part, true)));
		out += ` ${attributeName(name)}="${escaped.join('')}"`;
	}
	return out;
}

/**
 * An element's children as Svelte renders them: adjacent text is one text; outside <pre>, leading and trailing
 * whitespace of the whole goes, and whitespace next to an element shrinks to one space (or goes, in tables).
 * @param {HNode} parent @param {boolean} pre
 * @returns {string}
 */
function children(parent, pre) {
	/** @type {(HNode | string)[]} */
	const nodes = [];
	for (const child of parent.children ?? []) {
		if (child.type === 'comment') continue;
		const last = nodes.at(-1);
		if (child.type === 'text' && typeof last === 'string') nodes[nodes.length - 1] = last + decode(child.value ?? '');
		else nodes.push(child.type === 'text' ? decode(child.value ?? '') : child);
	}
	if (!pre) {
		while (typeof nodes[0] === 'string' && !/[^ \t\r\n]/.test(nodes[0])) nodes.shift();
		while (typeof nodes.at(-1) === 'string' && !/[^ \t\r\n]/.test(/** @type {string} */ (nodes.at(-1)))) nodes.pop();
		if (typeof nodes[0] === 'string') nodes[0] = nodes[0].replace(/^[ \t\r\n]+/, '');
		const end = nodes.length - 1;
		if (typeof nodes[end] === 'string') nodes[end] = /** @type {string} */ (nodes[end]).replace(/[ \t\r\n]+$/, '');
	} else if (parent.tagName === 'pre' && (nodes[0] === '\n' || nodes[0] === '\r\n')) nodes.shift();
	const drop = parent.type === 'element' && NO_SPACE.has(parent.tagName ?? '');
	let out = '';
	for (const node of nodes) {
		if (typeof node !== 'string') {
			out += serialize(node, pre);
			continue;
		}
		const text = pre ? node : node.replace(/^[ \t\r\n]+/, ' ').replace(/[ \t\r\n]+$/, ' ');
		if (text && !(drop && text === ' ')) out += escapeHtml(text);
	}
	return out;
}

/** @param {HNode} node @param {boolean} pre @returns {string} */
function serialize(node, pre) {
	if (node.type === 'raw') return node.value ?? '';
	if (node.type === 'text') return escapeHtml(decode(node.value ?? ''));
	if (node.type !== 'element') return children(node, pre);
	const tag = node.tagName ?? 'div';
	const open = `<${tag}${attributes(node.properties ?? {})}`;
	if (VOID.has(tag)) return `${open}/>`;
	return `${open}>${children(node, pre || tag === 'pre' || tag === 'textarea')}</${tag}>`;
}

/** The template of a whole hast tree (mdsvex's, after Svar's plugins). @param {HNode} tree */
export function hastToTemplate(tree) {
	return serialize(tree, false);
}
