// Read what the app "sent": .eml files in the e2e server's DATA_DIR/outbox (no SMTP_URL in tests).
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { DATA_DIR } from './server.ts';

function decode(eml: string): string {
	const qp = Buffer.from(
		eml
			.replace(/=\r?\n/g, '')
			.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
		'latin1'
	).toString('utf8');
	const b64 = [...eml.matchAll(/(?:^|\n)((?:[A-Za-z0-9+/]{16,}={0,2}\n)+)/g)].map((m) =>
		Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64').toString('utf8')
	);
	return [qp, ...b64].join('\n');
}

/**
 * The newest message to `to` whose text matches, waiting for the mail worker; its decoded text. `dataDir` is
 * the data folder of the server that sent it.
 */
export async function mailTo(
	to: string,
	pattern: RegExp = /./,
	dataDir = DATA_DIR
): Promise<string> {
	const dir = path.join(dataDir, 'outbox');
	let found = '';
	await expect
		.poll(
			() => {
				if (!fs.existsSync(dir)) return false;
				const files = fs
					.readdirSync(dir)
					.map((f) => path.join(dir, f))
					.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
				for (const file of files) {
					const text = decode(fs.readFileSync(file, 'utf8'));
					if (text.includes(`To: ${to}`) && pattern.test(text)) return ((found = text), true);
				}
				return false;
			},
			{ timeout: 15_000 }
		)
		.toBe(true);
	return found;
}

export function linkIn(text: string, kind: 'verify' | 'reset' | 'forgot'): string {
	const url = new RegExp(`https?://[^\\s"<>]+/${kind}/[A-Za-z0-9_-]+(?:\\?email=1)?`).exec(
		text
	)?.[0];
	if (!url) throw new Error(`no ${kind} link in:\n${text}`);
	const u = new URL(url);
	return u.pathname + u.search;
}

let counter = 0;
export const uniqueEmail = (name: string) => `${name}-${Date.now()}-${counter++}@example.test`;
