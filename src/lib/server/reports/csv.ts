/**
 * CSV exports of the reports: RFC 4180 text that Excel, LibreOffice and scripts all read the same
 * way, whatever the language of the help desk.
 */

export type CsvCell = string | number | null | undefined;

/** Excel only detects UTF-8 with a BOM; without it Norwegian, Russian and Arabic text is mojibake. */
const BOM = '\uFEFF';

/** RFC 4180 line end; Excel on every platform accepts it, bare LF is not guaranteed. */
const EOL = '\r\n';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK, DDE via +/-/@),
 * so a customer's ticket subject could attack the agent who opens the export (OWASP "CSV
 * injection"). Tab and CR are listed because some programs strip them before parsing.
 */
const FORMULA = /^[=+\-@\t\r]/;

/** Separators, quotes and line breaks must be quoted; so must edge spaces, which some readers trim. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

function field(value: CsvCell): string {
	let text: string;
	if (value === null || value === undefined) {
		text = '';
	} else if (typeof value === 'number') {
		// String() always uses '.', never the locale's decimal comma; NaN and ±Infinity are no data.
		text = Number.isFinite(value) ? String(value) : '';
	} else {
		// The apostrophe makes the cell text; only strings get it, so the number −5 stays -5.
		text = FORMULA.test(value) ? `'${value}` : value;
	}
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV document: UTF-8 BOM, the header, then the rows, each line ended by CRLF. Short rows are
 * padded with empty fields so every record has the header's width (RFC 4180 asks for it and some
 * importers reject ragged files); long rows are kept whole rather than losing data.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
	const line = (cells: CsvCell[]): string => {
		const padded =
			cells.length < header.length
				? [...cells, ...Array<CsvCell>(header.length - cells.length).fill(null)]
				: cells;
		return padded.map(field).join(',') + EOL;
	};
	return BOM + line(header) + rows.map(line).join('');
}

/**
 * The old `filename="…"` parameter only carries ASCII safely: letters lose their accents where they
 * can (é → e), everything else becomes '_', and a name left with no letter or digit (all Cyrillic,
 * say) becomes "export" with its extension. Quotes, backslashes and line breaks are gone, so the
 * header cannot be broken out of; leading dots are dropped so the file is not hidden.
 */
function asciiName(name: string): string {
	const ascii = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9._-]+/g, '_');
	const dot = ascii.lastIndexOf('.');
	const ext = dot > 0 && /^\.[A-Za-z0-9]+$/.test(ascii.slice(dot)) ? ascii.slice(dot) : '';
	const stem = (ext ? ascii.slice(0, dot) : ascii).replace(/^[._-]+|[._-]+$/g, '');
	return /[A-Za-z0-9]/.test(stem) ? stem + ext : `export${ext || '.csv'}`;
}

/** RFC 5987 value: encodeURIComponent leaves ' ( ) * alone, which attr-char does not allow. */
function extendedName(name: string): string {
	// A lone surrogate would make encodeURIComponent throw.
	const wellFormed = name.replace(
		/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
		'_'
	);
	return encodeURIComponent(wellFormed).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

/**
 * A download of `csv` as `filename`. filename* (RFC 6266) keeps a Norwegian or Arabic name intact in
 * current browsers; the ASCII filename is the fallback for the rest. Path separators and control
 * characters are removed from both, so the name cannot point outside the download folder.
 * Reports hold customer data: the response must not be cached by shared caches or sniffed as HTML.
 */
export function csvResponse(filename: string, csv: string): Response {
	// eslint-disable-next-line no-control-regex -- removing control characters is the point
	const name = filename.replace(/[\u0000-\u001f\u007f/\\]+/g, '_').trim() || 'export.csv';
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${extendedName(name)}`,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
