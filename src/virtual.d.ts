declare module 'virtual:svar/content' {
	const manifest: import('$lib/content/types').ContentManifest;
	export default manifest;
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

declare module 'virtual:svar/search-data' {
	/** Per locale, the search file the browser fetches for that locale. */
	const files: Record<string, () => Promise<import('$lib/search/engine').SearchFile>>;
	export default files;
}

declare module 'virtual:svar/strings' {
	/** Per route id ("" for no route), the UI strings its pages use; null in dev (the whole dictionary). */
	const usage: import('$lib/server/strings/usage').RouteUsage | null;
	export default usage;
}
