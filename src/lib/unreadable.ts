// Text a request may not carry: a NUL character (PostgreSQL refuses it in text, so it would be a 500), bytes that
// are not UTF-8, or half of a surrogate pair. The server hooks refuse such a request with 400 before any route
// runs; the URL checks are here, outside $lib/server, because the universal `reroute` hook uses them too.

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Bytes that are no UTF-8 text, or hold a NUL. */
export function unreadableBytes(bytes: Uint8Array): boolean {
	if (bytes.includes(0)) return true;
	try {
		utf8.decode(bytes);
		return false;
	} catch {
		return true;
	}
}

/** Decoded text with a NUL or a lone surrogate (JSON's "\ud800" escape makes one). */
export function unreadableText(text: string): boolean {
	return /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/**
 * Percent-encoded text (a path, a query string, a urlencoded form) whose escapes decode to no UTF-8 text, or to a
 * NUL. A "%" that starts no escape is taken as itself, as URLSearchParams takes it ("100%" is fine).
 */
export function unreadableEncoded(text: string): boolean {
	// at most 3 bytes a UTF-16 unit (4 for a pair of them)
	const bytes = new Uint8Array(text.length * 3);
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const escape = text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3));
		if (escape) {
			bytes[n++] = parseInt(text.slice(i + 1, i + 3), 16);
			i += 2;
			continue;
		}
		const point = text.codePointAt(i)!;
		n += encoder.encodeInto(String.fromCodePoint(point), bytes.subarray(n)).written;
		if (point > 0xffff) i++;
	}
	return unreadableBytes(bytes.subarray(0, n));
}

/** A URL whose path or query string is unreadable (see unreadableEncoded). */
export function unreadableUrl(url: URL): boolean {
	return unreadableEncoded(url.pathname) || unreadableEncoded(url.search);
}
