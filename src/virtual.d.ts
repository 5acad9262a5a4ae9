declare module 'virtual:svar/content' {
	/** The dev server's folder of content files (content-files.ts); null in a build. */
	const dir: string | null;
	export default dir;
}

declare module 'virtual:svar/islands' {
	/** URLs of the island scripts the prerendered pages load. */
	const islands: { enhance: string; search: Record<string, string> };
	export default islands;
}

declare module 'flexsearch-compact' {
	// The compact build (Document, export/import, suggest) has the full build's API for what Svar uses.
	export { Document, Encoder } from 'flexsearch';
}

declare module 'flexsearch-light' {
	// The light build (Index with suggest, Encoder) has the full build's API for what the browser uses.
	export { Index, Encoder } from 'flexsearch';
}

declare module 'virtual:svar/search-data' {
	/**
	 * In dev, per locale, the search manifest the browser fetches for that locale and the shards it owns, by
	 * name; null in a build (the server reads the built files).
	 */
	const data: null | Record<
		string,
		() => Promise<{
			manifest: import('$lib/search/shards').SearchManifest;
			shards: Record<string, unknown>;
		}>
	>;
	export default data;
}

declare module 'virtual:svar/strings' {
	/** Per route id ("" for no route), the UI strings its pages use; null in dev (the whole dictionary). */
	const usage: import('$lib/server/strings/usage').RouteUsage | null;
	export default usage;
}

declare module 'virtual:svar/dictionaries' {
	/** Per locale, its UI dictionary (strings/dictionaries.ts). */
	const load: Record<
		import('$lib/i18n/locales').Locale,
		() => import('$locales/i18n-types').Translation
	>;
	export default load;
}
