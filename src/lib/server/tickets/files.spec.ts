import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UPLOAD_BODY_BYTES } from '$lib/uploads';
import { acceptFiles, FILE_LIMITS, readTicketForm, safeFilename, sniff } from './files';
import { MULTIPART_TYPE, partsLength, pieces, postParts } from './testing/multipart';

const bytes = (...parts: (number[] | string)[]) =>
	new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest');

describe('sniff', () => {
	it.each([
		['shot.png', png, 'image/png'],
		['photo.jpg', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg'],
		['anim.gif', bytes('GIF89a...'), 'image/gif'],
		['pic.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
		['invoice.pdf', bytes('%PDF-1.7'), 'application/pdf'],
		['log.txt', bytes('Error 500 at checkout, ørret æøå'), 'text/plain; charset=utf-8'],
		['mislabelled.png', bytes('%PDF-1.4'), 'application/pdf'],
		['fault.mp4', bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]), 'video/mp4'],
		['fault.mov', bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 2, 0]), 'video/quicktime'],
		[
			'screen.webm',
			bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1], [0x42, 0x82, 0x84], 'webm'),
			'video/webm'
		]
	])('%s → %s', (name, data, type) => {
		expect(sniff(data, name)).toBe(type);
	});

	it.each([
		['x.png', bytes('<html><script>alert(1)</script></html>')],
		['x.txt', bytes('<!DOCTYPE html><p>hi')],
		['x.txt', bytes('  <svg onload=alert(1)>')],
		['drawing.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
		['page.html', bytes('<p>hello</p>')],
		['x.txt', bytes([0xc3, 0x28])],
		['x.txt', bytes('a\0b')],
		['notes.docx', bytes('PK\u0003\u0004')],
		['plain-without-text-name.bin', bytes('just text')],
		// an ISO media file of a brand no camera writes (a HEIF picture), and a Matroska file that is not WebM
		['photo.mp4', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0])],
		[
			'film.webm',
			bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1], [0x42, 0x82, 0x88], 'matroska')
		]
	])('refuses %s with %j', (name, data) => {
		expect(sniff(data, name)).toBeUndefined();
	});
});

describe('acceptFiles', () => {
	const file = (name: string, data = png) => ({ name, type: 'image/png', data });

	it('accepts up to five files of allowed types', () => {
		const result = acceptFiles([1, 2, 3, 4, 5].map((i) => file(`s${i}.png`)));
		expect(result.ok && result.files.map((f) => f.contentType)).toEqual(Array(5).fill('image/png'));
	});

	it('refuses a sixth file, files over 10 MB and disguised files, naming every one', () => {
		expect(acceptFiles([1, 2, 3, 4, 5, 6].map((i) => file(`s${i}.png`)))).toEqual({
			ok: false,
			problems: [{ problem: 'tooMany' }]
		});
		const big = new Uint8Array(FILE_LIMITS.bytes + 1);
		big.set(png);
		expect(
			acceptFiles([
				file('big.png', big),
				file('ok.png'),
				file('evil.png', bytes('<html>')),
				file('huge.png', big)
			])
		).toEqual({
			ok: false,
			problems: [
				{ problem: 'tooLarge', name: 'big.png' },
				{ problem: 'type', name: 'evil.png' },
				{ problem: 'tooLarge', name: 'huge.png' }
			]
		});
	});

	it('ignores the empty file input a form sends when nothing is chosen', () => {
		expect(
			acceptFiles([{ name: '', type: 'application/octet-stream', data: new Uint8Array() }])
		).toEqual({ ok: true, files: [] });
	});

	it('keeps file names harmless', () => {
		expect(safeFilename('../../etc/passwd')).toBe('passwd');
		expect(safeFilename('C:\\Users\\kari\\skjerm bilde.png')).toBe('skjerm bilde.png');
		expect(safeFilename('a"<b>.png')).toBe('a__b_.png');
		expect(safeFilename('')).toBe('file');
	});
});

const KB = 1024;
const MB = KB * KB;

/**
 * A ticket post whose body is made as it is read (a piece per turn of the event loop): its text fields, then a
 * text file of `fileBytes`. `pulled()` is how much the reader has taken; `failWith` errors the stream instead
 * of ending it, as adapter-node does past BODY_SIZE_LIMIT.
 */
function streamedPost(fileBytes: number, options: { failWith?: unknown; declare?: boolean } = {}) {
	const parts = postParts({ subject: 'Screenshots', message: 'See the file', locale: 'nb' }, [
		{ name: 'log.txt', bytes: fileBytes }
	]);
	const source = pieces(parts);
	let pulled = 0;
	const body = new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				await new Promise((resolve) => setImmediate(resolve));
				const next = source.next();
				if (next.done)
					return options.failWith ? controller.error(options.failWith) : controller.close();
				pulled += next.value.length;
				controller.enqueue(new Uint8Array(next.value));
			}
		},
		{ highWaterMark: 0 }
	);
	const request = new Request('http://svar.test/api/v1/tickets', {
		method: 'POST',
		headers: {
			'content-type': MULTIPART_TYPE,
			...(options.declare ? { 'content-length': String(partsLength(parts)) } : {})
		},
		body,
		duplex: 'half'
	} as RequestInit);
	return { request, pulled: () => pulled };
}

describe('readTicketForm', () => {
	it('reads a form as it comes: the text, and the files with their bytes', async () => {
		const post = streamedPost(300 * KB);
		const read = await readTicketForm(post.request);
		expect(read.ok && read.fields).toEqual({
			subject: 'Screenshots',
			message: 'See the file',
			locale: 'nb'
		});
		expect(read.ok && read.uploads.map((u) => [u.name, u.data.length])).toEqual([
			['log.txt', 300 * KB]
		]);
	});

	it('stops at 52 MB and refuses the rest with 413, instead of reading it all', async () => {
		const post = streamedPost(60 * MB);
		const read = await readTicketForm(post.request);
		expect(read).toMatchObject({ ok: false, status: 413, code: 'too_large' });
		expect(post.pulled()).toBeLessThan(UPLOAD_BODY_BYTES + MB);
	});

	it('refuses a body declared over 52 MB without reading any of it', async () => {
		const post = streamedPost(60 * MB, { declare: true });
		expect(await readTicketForm(post.request)).toMatchObject({ status: 413, code: 'too_large' });
		expect(post.pulled()).toBe(0);
	});

	it('answers adapter-node’s own limit (BODY_SIZE_LIMIT) with the same 413', async () => {
		const limit = Object.assign(new Error('Payload Too Large'), { status: 413 });
		const read = await readTicketForm(streamedPost(MB, { failWith: limit }).request);
		expect(read).toMatchObject({ ok: false, status: 413, code: 'too_large' });
	});

	it('keeps only the name of a file over 10 MB, so that it is refused by name', async () => {
		const read = await readTicketForm(streamedPost(FILE_LIMITS.bytes + 1).request);
		const uploads = read.ok ? read.uploads : [];
		expect(uploads.map((u) => [u.name, u.data.length, u.tooLarge])).toEqual([['log.txt', 0, true]]);
		expect(acceptFiles(uploads)).toEqual({
			ok: false,
			problems: [{ problem: 'tooLarge', name: 'log.txt' }]
		});
	});

	it('stops once the files pass what the account has left, keeping the text sent before them', async () => {
		const post = streamedPost(20 * MB);
		const read = await readTicketForm(post.request, { quota: 2 * MB, left: MB });
		expect(read).toMatchObject({ ok: false, status: 413, code: 'quota_exceeded' });
		expect(!read.ok && read.values).toMatchObject({ subject: 'Screenshots' });
		expect(post.pulled()).toBeLessThan(2 * MB);
	});

	it('lets adapter-node take as much as the app does: serve.js’s BODY_SIZE_LIMIT is UPLOAD_BODY_BYTES', () => {
		const serve = fs.readFileSync('src/cli/serve.js', 'utf8');
		const limit = /BODY_SIZE_LIMIT \?\?= '(\d+)M'/.exec(serve)?.[1];
		expect(Number(limit) * MB).toBe(UPLOAD_BODY_BYTES);
	});
});
