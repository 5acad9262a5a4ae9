// Values from people or from another language (names, subjects, ticket refs, phone numbers, URLs) placed inside
// translated text must not take part in the sentence's bidi ordering: "+47 912 34 567" or a Latin subject in
// an Arabic sentence otherwise comes out scrambled. The value is marked where it goes into the translation
// (private-use characters around it), and whoever renders the finished sentence turns the marks into what its
// medium has: <bdi> in HTML and Svelte, FSI…PDI in plain text (only where they help).

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const MARKED = /\uE000([^\uE000\uE001]*)\uE001/g;
/** Right-to-left scripts; every other letter is taken as left-to-right. */
const RTL =
	/[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const hasRtl = (value: string) => value.search(RTL) >= 0;
const hasLtr = (value: string) => /\p{L}/u.test(value.replace(RTL, ''));

/** One value, marked for isolation. */
export function isolate(value: string | number): string {
	return `${OPEN}${String(value).replace(MARKS, '')}${CLOSE}`;
}

/** Every string value of a translation's parameters, marked for isolation. */
export function isolateAll<T extends Record<string, unknown>>(params: T): T {
	return Object.fromEntries(
		Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? isolate(v) : v])
	) as T;
}

export interface Segment {
	text: string;
	isolated: boolean;
}

/** A finished sentence as plain and isolated pieces, for a renderer to wrap the isolated ones. */
export function segments(text: string): Segment[] {
	const out: Segment[] = [];
	let last = 0;
	for (const m of text.matchAll(MARKED)) {
		if (m.index > last) out.push({ text: text.slice(last, m.index), isolated: false });
		out.push({ text: m[1]!, isolated: true });
		last = m.index + m[0].length;
	}
	if (last < text.length) out.push({ text: text.slice(last), isolated: false });
	return out.map((s) => ({ ...s, text: s.text.replace(MARKS, '') }));
}

/** The sentence without marks (for attributes, titles and anything that cannot hold markup). */
export function unmarked(text: string): string {
	return text.replace(MARKS, '');
}

/**
 * Plain text: a value gets FSI…PDI only where it can be reordered, which is when its direction differs from
 * the text around it (any value in a right-to-left language, a right-to-left value in a left-to-right one).
 * Elsewhere the invisible characters would only risk showing up as boxes in old mail programs.
 */
export function plainText(text: string, dir: 'ltr' | 'rtl'): string {
	return text
		.replace(MARKED, (_, value: string) => {
			const helps = dir === 'rtl' ? hasLtr(value) || /\d/.test(value) : hasRtl(value);
			return helps ? `\u2068${value}\u2069` : value;
		})
		.replace(MARKS, '');
}
