import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UPLOAD_ROUTES, unreadableBody } from './input';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
	Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

const BOUNDARY = '----svar';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
/** A multipart body: [head, value] parts. */
const multipart = (...parts: [string, string | number[]][]) =>
	bytes(
		...parts.flatMap(([head, value]) => [`--${BOUNDARY}\r\n${head}\r\n\r\n`, value, '\r\n']),
		`--${BOUNDARY}--\r\n`
	);
const field = (name: string) => `Content-Disposition: form-data; name="${name}"`;
const file = (filename: string) =>
	`Content-Disposition: form-data; name="files"; filename="${filename}"\r\nContent-Type: image/png`;

describe('the bodies the edge refuses', () => {
	it('JSON: NUL and lone surrogates, raw or escaped, in values and keys; bytes that are no UTF-8', () => {
		for (const body of [
			utf8('{"subject":"a\\u0000b"}'),
			utf8('{"q":["ok",{"deep":"\\ud800"}]}'),
			utf8('{"a\\u0000":1}'),
			bytes('{"name":"a', [0xff], '"}'),
			bytes('{"name":"a', [0], '"}')
		]) {
			expect(unreadableBody('application/json', body), body.toString()).toBe(true);
			// sendBeacon labels its JSON text/plain
			expect(unreadableBody('text/plain;charset=UTF-8', body)).toBe(true);
		}
		expect(unreadableBody('application/json', utf8('{"name":"Ærlig 🧶 \\u00e6"}'))).toBe(false);
		// not JSON: the route says so (400), this check has nothing to add
		expect(unreadableBody('application/json', utf8('{not json'))).toBe(false);
	});

	it('forms: escapes and raw bytes alike', () => {
		const form = 'application/x-www-form-urlencoded';
		expect(unreadableBody(form, utf8('name=a%00b'))).toBe(true);
		expect(unreadableBody(form, utf8('name=a%FF'))).toBe(true);
		expect(unreadableBody(form, bytes('name=a', [0xfe]))).toBe(true);
		expect(unreadableBody(form, utf8('name=bl%C3%A5b%C3%A6r+og+100%'))).toBe(false);
	});

	it('multipart: text fields and file names, never the files themselves', () => {
		expect(unreadableBody(MULTIPART, multipart([field('subject'), 'a\0b']))).toBe(true);
		expect(unreadableBody(MULTIPART, multipart([field('subject'), [0x41, 0xff]]))).toBe(true);
		expect(unreadableBody(MULTIPART, multipart([file('a\0.png'), 'x']))).toBe(true);
		expect(unreadableBody(MULTIPART, multipart([file('a'), [0xff]]))).toBe(false);
		const broken = bytes(
			`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="a`
		);
		expect(
			unreadableBody(MULTIPART, bytes(broken, [0xff], '.png"\r\n\r\nx\r\n', `--${BOUNDARY}--`))
		).toBe(true);
		const encoded = `Content-Disposition: form-data; name="files"; filename*=UTF-8''a%00.png`;
		expect(unreadableBody(MULTIPART, multipart([encoded, 'x']))).toBe(true);
		const good = multipart(
			[field('subject'), 'Strikkepinner 🧶'],
			[file('skjermbilde æøå.png'), [0x89, 0x50, 0x00, 0xff, 0xfe]],
			[field('message'), 'Hei']
		);
		expect(unreadableBody(MULTIPART, good)).toBe(false);
	});

	it('leaves types the app does not read to the routes', () => {
		expect(unreadableBody('application/octet-stream', Uint8Array.from([0, 0xff]))).toBe(false);
	});
});

/** The route id of every route file that reads `marker`. */
function routesReading(marker: RegExp, dir = join(process.cwd(), 'src/routes')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return routesReading(marker, path);
		if (!/^\+(server|page\.server)\.ts$/.test(entry.name)) return [];
		if (!marker.test(readFileSync(path, 'utf8'))) return [];
		return ['/' + relative(join(process.cwd(), 'src/routes'), dir).split(sep).join('/')];
	});
}

describe('the upload routes the edge leaves to tickets/intake', () => {
	it('are exactly the routes that read uploads', () => {
		expect(routesReading(/receivePost|readTicketForm/).sort()).toEqual([...UPLOAD_ROUTES].sort());
	});
});
