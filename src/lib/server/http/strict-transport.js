// Strict-Transport-Security, shared by the hooks (dynamic responses) and src/cli/serve.js (prerendered pages and
// assets, which never pass through the hooks). Plain JavaScript, so that serve.js runs with `node` alone.

/** Two years, subdomains included: what browsers' preload lists ask for (the list itself is opt-in: no preload). */
export const STRICT_TRANSPORT = 'max-age=63072000; includeSubDomains';

/**
 * The header's value when the public origin (ORIGIN) is https, else undefined: a server reached over plain http
 * (development, tests) must never tell browsers to insist on https.
 * @param {string | undefined} origin
 * @returns {string | undefined}
 */
export function strictTransport(origin) {
	return /^https:\/\//i.test(origin?.trim() ?? '') ? STRICT_TRANSPORT : undefined;
}
