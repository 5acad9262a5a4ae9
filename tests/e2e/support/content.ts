// The real content, read the way the build reads it, so tests can name what must exist without hard-coding it.
import path from 'node:path';
import { ContentIndex } from '../../../src/lib/content/resolve.ts';
import { loadContent } from '../../../src/lib/server/content/load.ts';

export const content = new ContentIndex((await loadContent(path.resolve('.'))).manifest);
