import { describe, expect, it } from 'vitest';
import { acceptFiles, FILE_LIMITS, safeFilename, sniff } from './files';

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
		['mislabelled.png', bytes('%PDF-1.4'), 'application/pdf']
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
		['plain-without-text-name.bin', bytes('just text')]
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
