// One article through the Markdown pipeline (mdsvex with Svar's plugins, src/lib/content/markdown.js): what
// the plugins learned about it and its HTML template. Shared by the build's worker threads (parse-worker.js)
// and by parse.ts when there are too few articles to be worth a worker. Plain JavaScript: a worker thread
// starts it with Node alone.
import { mdsvex } from 'mdsvex';
import { markdownOptions } from '../../content/markdown.js';

/** @typedef {import('../../content/markdown.js').MdData} MdData */

/** @returns {(source: string, filename: string) => Promise<MdData>} */
export function markdownParser() {
	const { markup } = mdsvex(markdownOptions());
	return async (source, filename) => {
		const compiled = await markup({ content: source, filename });
		const data = /** @type {{ svar?: MdData } | undefined} */ (compiled?.data)?.svar;
		return data ?? { headings: [], links: [], images: [], text: '', problems: [], template: '' };
	};
}
