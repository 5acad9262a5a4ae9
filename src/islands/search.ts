// Loaded on the first focus of a search box: fetches the reader's search manifest (and English's, when the
// reader's language has too few answers), then the shards each query needs, and turns the box into a
// combobox. Never loaded on a plain read.
import { combobox, type Strings } from './combobox';
import { loadAnalyzer } from '$lib/search/analyzer';
import { searchFileCache, searchLinked } from '$lib/search/help-centre';
import type { SearchManifest } from '$lib/search/shards';
import type { Locale } from '$lib/i18n/locales';

async function fetchJson(url: string | URL): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
	return response.json();
}

// shards sit beside the manifest that names them
const load = searchFileCache(async (url: string) => ({
	file: (await fetchJson(url)) as SearchManifest,
	read: (name: string) => fetchJson(new URL(name, new URL(url, location.href)))
}));

/** `visit`: this tab's visit id, '' when storage is blocked (see enhance.ts). */
export function attach(form: HTMLFormElement, input: HTMLInputElement, visit: string): void {
	const locale = form.dataset.locale as Locale;
	const strings = JSON.parse(form.dataset.strings ?? '{}') as Strings;
	const own = load(form.dataset.index!);
	own.catch(() => undefined);
	// the reader's stemmer and stop words on their way beside the manifest, not after it: the index opens with
	// them, and a first search waited a round trip longer for them
	loadAnalyzer(locale).catch(() => undefined);
	let pending: { query: string; results: number } | undefined;
	const send = (query: string, results: number, opened: string | null) => {
		pending = undefined;
		const body = JSON.stringify({ locale, query, results, opened, visit: visit || null });
		navigator.sendBeacon?.('/api/v1/search-events', new Blob([body], { type: 'application/json' }));
	};
	// The final query of a search that ended without opening a result or submitting the form.
	const flush = () => {
		if (pending) send(pending.query, pending.results, null);
	};
	addEventListener('pagehide', flush);
	document.addEventListener(
		'visibilitychange',
		() => document.visibilityState === 'hidden' && flush()
	);
	form.addEventListener('submit', () => (pending = undefined)); // the search page records it

	const host = document.createElement('div');
	host.className = 'search-host';
	input.closest('.search-row')?.after(host);
	combobox({
		input,
		host,
		locale,
		strings,
		search: async (query) => searchLinked(await own, () => load(form.dataset.fallback!), query),
		onopen: (query, results, id) => send(query, results, id),
		onquery: (query, results) => (pending = { query, results })
	});
}
