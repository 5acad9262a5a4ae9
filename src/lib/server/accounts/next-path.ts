/**
 * Where to go after logging in: the requested path if it is same-site (starts with one slash, no backslash,
 * no scheme), else the fallback. Never an absolute URL: no open redirect.
 */
export function safeNext(next: string | null | undefined, fallback: string): string {
	if (!next || next.length > 500) return fallback;
	if (!/^\/(?![/\\])/.test(next) || /[\s\\]/.test(next)) return fallback;
	try {
		const url = new URL(next, 'http://svar.invalid');
		return url.origin === 'http://svar.invalid' ? url.pathname + url.search + url.hash : fallback;
	} catch {
		return fallback;
	}
}
