import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { rehypeHeadings, remarkCallouts } from './src/lib/content/markdown.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			// Writers type their own quotes («», „“, ”…”); smartypants would turn them into English ones.
			smartypants: false,
			highlight: false,
			remarkPlugins: [remarkCallouts],
			rehypePlugins: [rehypeHeadings]
		})
	],
	compilerOptions: {
		// Runes everywhere except compiled Markdown (mdsvex emits legacy component code) and dependencies.
		runes: ({ filename }) =>
			filename.endsWith('.md') || filename.split(/[/\\]/).includes('node_modules')
				? undefined
				: true
	},
	kit: {
		adapter: adapter({ precompress: false }),
		alias: {
			$locales: 'locales',
			// FlexSearch's compact build (≈10.5 KB gzip vs 17 KB) is not in its package exports: name it by path.
			'flexsearch-compact': 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js'
		},
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				// pages may not be framed by other sites (clickjacking); sent as a header on dynamic responses
				'frame-ancestors': ['none']
			}
		},
		prerender: {
			// Absolute URLs (canonical, hreflang, Open Graph) in prerendered pages use this origin.
			origin: process.env.ORIGIN ?? 'http://localhost:3000',
			// A broken link or anchor in any locale fails the build: never a partial site.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
