import type { Reroute } from '@sveltejs/kit';
import { unreadableUrl } from '$lib/unreadable';

/**
 * A URL with a NUL or bytes that are not UTF-8 in its path or query string matches no route: answered as a path
 * that cannot be decoded, it gets SvelteKit's own 400 error page (in the layout and the reader's language) and no
 * load or action runs on what it carries. The server hook answers the API's in JSON (http/input.ts).
 */
export const reroute: Reroute = ({ url }) => (unreadableUrl(url) ? '/%' : undefined);
