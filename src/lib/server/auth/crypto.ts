import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 160 random bits, URL-safe: session secrets, email tokens, setup tokens. */
export function randomToken(bytes = 20): string {
	return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

/** Compare two hashes in constant time (a timing difference must not reveal how much matched). */
export function sameHash(a: string, b: string): boolean {
	const x = Buffer.from(a, 'hex');
	const y = Buffer.from(b, 'hex');
	return x.length === y.length && timingSafeEqual(x, y);
}
