declare module 'virtual:svar/content' {
	const manifest: import('$lib/content/types').ContentManifest;
	export default manifest;
}

declare module 'virtual:svar/islands' {
	/** URLs of the island scripts the prerendered pages load. */
	const islands: { enhance: string };
	export default islands;
}
