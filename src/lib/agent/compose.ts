// Putting text into the reply box at the agent's caret, as words of its own: an article link or a canned
// answer never runs into the text around it (a URL glued to the next word would become part of the link).

export interface Inserted {
	value: string;
	/** Where the caret goes: just after what was inserted (and its separator). */
	caret: number;
}

/**
 * `text` put in place of value[start, end). Separated from a neighbouring word by a space, or by a line break
 * when `text` has several lines or `ownLine` is asked (used when the agent never placed the caret: the text goes
 * at the end, on a line of its own).
 */
export function insertAt(
	value: string,
	start: number,
	end: number,
	text: string,
	ownLine = false
): Inserted {
	const piece = text.trim();
	const before = value.slice(0, Math.max(0, Math.min(start, value.length)));
	const after = value.slice(Math.max(start, Math.min(end, value.length)));
	const gap = ownLine || piece.includes('\n') ? '\n' : ' ';
	const lead = before === '' || (gap === ' ' ? /\s$/ : /\n$/).test(before) ? '' : gap;
	const trail = after === '' || (gap === ' ' ? /^\s/ : /^\n/).test(after) ? '' : gap;
	const head = before + lead + piece + trail;
	return { value: head + after, caret: head.length };
}

/** An article link as plain text that reads well in mail too: its title, then the address on its own. */
export const articleLink = (title: string, url: string) => `${title}: ${url}`;
