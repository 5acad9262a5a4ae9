declare module 'virtual:svar/content' {
	const manifest: import('$lib/content/types').ContentManifest;
	export default manifest;
}
