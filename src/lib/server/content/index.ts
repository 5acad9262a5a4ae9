import manifest from 'virtual:svar/content';
import { ContentIndex } from '$lib/content/resolve';

/** The published content, validated at build time by the svar-content Vite plugin. */
export const content = new ContentIndex(manifest);
