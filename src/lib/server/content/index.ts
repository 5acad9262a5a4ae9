import { fileURLToPath } from 'node:url';
import devDir from 'virtual:svar/content';
import { ContentIndex } from '$lib/content/resolve';
import type { ArticleMeta } from '$lib/content/types';
import { findServerData, readManifest, readTemplate } from './content-files';

// the files the svar-content Vite plugin wrote from content/ (validated): the dev server names its folder, a
// built server finds the one beside it
const dir = devDir ?? findServerData(fileURLToPath(import.meta.url), 'content');

/** The published content. */
export const content = new ContentIndex(readManifest(dir));

/** An article's HTML template (src/lib/content/template.js), for renderArticle. */
export const articleTemplate = (meta: ArticleMeta): string => readTemplate(dir, meta);
