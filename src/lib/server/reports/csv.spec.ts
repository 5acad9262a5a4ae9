import { describe, expect, it } from 'vitest';
import { csvResponse, toCsv } from './csv';

/** The document without its BOM, to keep expectations readable. */
function body(csv: string): string {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	return csv.slice(1);
}

describe('toCsv', () => {
	it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
		const csv = toCsv(['week', 'tickets'], [['2026-W47', 12]]);
		expect(csv).toBe('\uFEFFweek,tickets\r\n2026-W47,12\r\n');
	});

	it('writes only the header for no rows', () => {
		expect(body(toCsv(['a', 'b'], []))).toBe('a,b\r\n');
	});

	it('keeps Norwegian, Russian and Arabic text as is', () => {
		const csv = body(toCsv(['språk'], [['Blåbærsyltetøy'], ['Отчёт'], ['تقرير']]));
		expect(csv).toBe('språk\r\nBlåbærsyltetøy\r\nОтчёт\r\nتقرير\r\n');
	});

	it('quotes fields with a comma, a quote or a line break, doubling the quotes', () => {
		const csv = body(toCsv(['x'], [['a,b'], ['say "hi"'], ['one\ntwo'], ['one\r\ntwo'], ['cr\r']]));
		expect(csv).toBe('x\r\n"a,b"\r\n"say ""hi"""\r\n"one\ntwo"\r\n"one\r\ntwo"\r\n"cr\r"\r\n');
	});

	it('quotes fields with leading or trailing spaces so readers do not trim them', () => {
		expect(body(toCsv(['x'], [[' lead'], ['trail '], ['mid dle']]))).toBe(
			'x\r\n" lead"\r\n"trail "\r\nmid dle\r\n'
		);
	});

	it('writes numbers with a decimal point whatever the locale', () => {
		const csv = body(toCsv(['n'], [[3.5], [-5], [0], [1234567.25], [-0]]));
		expect(csv).toBe('n\r\n3.5\r\n-5\r\n0\r\n1234567.25\r\n0\r\n');
	});

	it('writes null, undefined and non-finite numbers as empty fields', () => {
		expect(body(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, Number.NaN, 1]]))).toBe(
			'a,b,c,d\r\n,,,1\r\n'
		);
		expect(body(toCsv(['a'], [[Number.POSITIVE_INFINITY]]))).toBe('a\r\n\r\n');
	});

	it('pads short rows to the header width and keeps long rows whole', () => {
		expect(body(toCsv(['a', 'b', 'c'], [['x'], ['1', '2', '3', '4']]))).toBe(
			'a,b,c\r\nx,,\r\n1,2,3,4\r\n'
		);
	});

	it('defuses text that a spreadsheet would run as a formula', () => {
		const csv = body(
			toCsv(
				['x'],
				[['=HYPERLINK("http://evil")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\tx'], ['\rx']]
			)
		);
		expect(csv.split('\r\n').slice(1, 5)).toEqual([
			`"'=HYPERLINK(""http://evil"")"`,
			"'+1",
			"'-2+3",
			"'@SUM(A1)"
		]);
		// Tab is whitespace no longer at the start once prefixed; CR still forces quoting.
		expect(csv).toContain("\r\n'\tx\r\n");
		expect(csv.endsWith(`"'\rx"\r\n`)).toBe(true);
	});

	it('leaves numbers alone, negative ones included, but not numeric-looking text', () => {
		expect(body(toCsv(['n', 's'], [[-5, '-5']]))).toBe("n,s\r\n-5,'-5\r\n");
	});

	it('does not touch text where the trigger is not the first character', () => {
		expect(body(toCsv(['x'], [['a=b'], ['e-mail'], ['x@y.no']]))).toBe(
			'x\r\na=b\r\ne-mail\r\nx@y.no\r\n'
		);
	});

	it('applies the same rules to the header', () => {
		expect(body(toCsv(['=cmd', 'a,b'], []))).toBe(`'=cmd,"a,b"\r\n`);
	});
});

describe('csvResponse', () => {
	it('sends UTF-8 CSV as an attachment', async () => {
		const csv = toCsv(['a'], [['ø']]);
		const res = csvResponse('report.csv', csv);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toBe(
			`attachment; filename="report.csv"; filename*=UTF-8''report.csv`
		);
		const bytes = new Uint8Array(await res.arrayBuffer());
		// The BOM in UTF-8, then "a".
		expect([...bytes.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
	});

	it('keeps a non-ASCII name in filename* and gives an ASCII fallback', () => {
		const disposition = csvResponse('Kundetilfredshet – uke 47 (é).csv', '').headers.get(
			'content-disposition'
		);
		expect(disposition).toBe(
			`attachment; filename="Kundetilfredshet_uke_47_e.csv"; ` +
				`filename*=UTF-8''Kundetilfredshet%20%E2%80%93%20uke%2047%20%28%C3%A9%29.csv`
		);
	});

	it('falls back to "export" when nothing of the name is ASCII', () => {
		const disposition = csvResponse('отчёт.csv', '').headers.get('content-disposition');
		expect(disposition).toBe(
			`attachment; filename="export.csv"; ` + `filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.csv`
		);
	});

	it('cannot be broken out of with quotes, line breaks or paths', () => {
		const disposition = csvResponse('../a"b\r\nSet-Cookie: x=1\\c.csv', '').headers.get(
			'content-disposition'
		);
		expect(disposition).not.toMatch(/[\r\n\\/]/);
		const ascii = /filename="([^"]*)"/.exec(disposition ?? '')?.[1];
		expect(ascii).toBe('a_b_Set-Cookie_x_1_c.csv');
		expect(disposition).toContain(`filename*=UTF-8''.._a%22b_Set-Cookie%3A%20x%3D1_c.csv`);
	});

	it("encodes the characters RFC 5987 forbids but encodeURIComponent keeps (' ( ) *)", () => {
		const disposition = csvResponse("it's*.csv", '').headers.get('content-disposition');
		expect(disposition).toContain(`filename*=UTF-8''it%27s%2A.csv`);
		expect(disposition).toContain('filename="it_s.csv"');
	});

	it('survives a lone surrogate and an empty name', () => {
		expect(csvResponse('a\uD800.csv', '').headers.get('content-disposition')).toBe(
			`attachment; filename="a.csv"; filename*=UTF-8''a_.csv`
		);
		expect(csvResponse('', '').headers.get('content-disposition')).toBe(
			`attachment; filename="export.csv"; filename*=UTF-8''export.csv`
		);
	});

	it('keeps the private report out of shared caches', () => {
		expect(csvResponse('r.csv', '').headers.get('cache-control')).toBe('private, no-store');
	});
});
