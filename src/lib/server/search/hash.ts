import { createHash } from 'node:crypto';

/** The 10 hex digits of SHA-256 that name a search file by its content. */
export const contentHash = (text: string) =>
	createHash('sha256').update(text).digest('hex').slice(0, 10);
