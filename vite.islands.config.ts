// Islands: the only JavaScript the prerendered help-centre pages load. Those pages are complete HTML without
// hydration (csr = false), so Svelte's and Kit's client runtimes (~29 KB gzip) stay off them; this bundle
// enhances forms and loads heavier pieces (search) only when the reader first uses them. Plain TypeScript:
// the search combobox too, so no framework runtime travels with it.
// Built before the app (npm run build) into static/islands/, which SvelteKit then serves as assets.
import path from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
	publicDir: false,
	resolve: {
		alias: {
			$lib: path.resolve('src/lib'),
			$locales: path.resolve('locales'),
			'flexsearch-light': path.resolve(
				'node_modules/flexsearch/dist/flexsearch.light.module.min.js'
			)
		}
	},
	build: {
		outDir: 'static/islands',
		emptyOutDir: true,
		manifest: true,
		target: 'es2022',
		rollupOptions: {
			input: { enhance: 'src/islands/enhance.ts' },
			output: {
				entryFileNames: '[name]-[hash].js',
				chunkFileNames: '[name]-[hash].js',
				assetFileNames: '[name]-[hash][extname]'
			}
		}
	}
});
