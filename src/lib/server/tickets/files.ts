// Uploads: the type is read from the content (magic bytes), never from the name or the declared type, so a
// "screenshot.png" that is really HTML is refused. SVG and HTML are never accepted (they can carry script).

import { FILE_LIMITS, FORM_TEXT_BYTES, UPLOAD_BODY_BYTES, type FileProblem } from '$lib/uploads';
import { INVALID_BODY } from '../http/body';
import { refuseUnreadableFields } from '../http/input';
import { readStreamedForm } from '../http/multipart';
import { refusal, type Refusal } from '../http/refusal';
import { quotaRefusal, type Room } from './quota';

export { FILE_LIMITS, type FileProblem };

export interface Upload {
	name: string;
	type: string;
	data: Uint8Array;
	/** Over FILE_LIMITS.bytes: its bytes were dropped as they came (data is empty). */
	tooLarge?: boolean;
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
	signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Brands of the MP4 files cameras, phones and screen recorders write. */
const MP4_BRANDS = new Set([
	'isom',
	'iso2',
	'iso4',
	'iso5',
	'iso6',
	'mp41',
	'mp42',
	'avc1',
	'M4V ',
	'dash'
]);

/** The MIME type the content really is, among the types Svar accepts; undefined for anything else. */
export function sniff(bytes: Uint8Array, name: string): string | undefined {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
	if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
	// ISO base media (MP4, and QuickTime as phones record it): an ftyp box first, with a brand we know
	if (startsWith(bytes, ascii('ftyp'), 4)) {
		const brand = String.fromCharCode(...bytes.subarray(8, 12));
		if (brand === 'qt  ') return 'video/quicktime';
		return MP4_BRANDS.has(brand) ? 'video/mp4' : undefined;
	}
	// WebM: an EBML header whose DocType element (0x4282) says webm
	if (
		startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) &&
		String.fromCharCode(...bytes.subarray(0, 64)).includes('\x42\x82\x84webm')
	)
		return 'video/webm';
	// plain text only under a text name, valid UTF-8, no NUL, and nothing a browser could take for markup
	if (!/\.(txt|log|csv|md)$/i.test(name)) return undefined;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
	if (
		text.includes('\0') ||
		/<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|\?xml)\b/i.test(
			text.slice(0, 4096)
		)
	)
		return undefined;
	return 'text/plain; charset=utf-8';
}

export interface AcceptedFile {
	filename: string;
	contentType: string;
	data: Uint8Array;
}

/** Check every upload before anything is stored: all pass, or every bad file is named (nothing stored). */
export function acceptFiles(
	uploads: Upload[]
): { ok: true; files: AcceptedFile[] } | { ok: false; problems: FileProblem[] } {
	const real = uploads.filter((u) => u.name || u.data.length || u.tooLarge);
	if (real.length > FILE_LIMITS.count) return { ok: false, problems: [{ problem: 'tooMany' }] };
	const files: AcceptedFile[] = [];
	const problems: FileProblem[] = [];
	for (const upload of real) {
		const name = safeFilename(upload.name);
		if (upload.tooLarge || upload.data.length > FILE_LIMITS.bytes) {
			problems.push({ problem: 'tooLarge', name });
			continue;
		}
		const contentType = upload.data.length ? sniff(upload.data, name) : undefined;
		if (!contentType) problems.push({ problem: 'type', name });
		else files.push({ filename: name, contentType, data: upload.data });
	}
	return problems.length ? { ok: false, problems } : { ok: true, files };
}

/** A file name fit to show and to send back: no path, no control characters, at most 120 characters. */
export function safeFilename(name: string): string {
	const base = name.split(/[/\\]/).pop() ?? '';
	const clean = base.replace(/[\p{Cc}"<>:|?*]/gu, '_').trim();
	return (clean || 'file').slice(-120);
}

/** What a ticket or reply post may be: the body, its text and its files (see $lib/uploads). */
export const UPLOAD_LIMITS = {
	body: UPLOAD_BODY_BYTES,
	text: FORM_TEXT_BYTES,
	files: FILE_LIMITS.count,
	fileBytes: FILE_LIMITS.bytes,
	fileField: 'files'
} as const;

/** 413 `too_large`: the body is over UPLOAD_BODY_BYTES. */
export const tooLargeRefusal = () => {
	return refusal(413, 'too_large', { key: 'files', problems: [{ problem: 'body' }] });
};

/** A post read (or refused: then `values` holds the text that came before, for the form shown again). */
export type ReadPost =
	| { ok: true; fields: Record<string, unknown>; uploads: Upload[] }
	| (Refusal & { values: Record<string, string> });

/**
 * A ticket or reply form, read as it comes within UPLOAD_LIMITS: a file over 10 MB keeps only its name (and is
 * refused by name), a body over the cap is refused with 413, and so are files past what `room` has left.
 */
export async function readTicketForm(
	request: Request,
	room: Room = { quota: Infinity, left: Infinity }
): Promise<ReadPost> {
	const form = await readStreamedForm(request, { ...UPLOAD_LIMITS, budget: room.left });
	if (form.ok) {
		refuseUnreadableFields(
			form.fields,
			form.files.map((f) => f.name)
		);
		return {
			ok: true,
			fields: form.fields,
			uploads: form.files.map((f) => ({
				name: f.name,
				type: f.type,
				data: f.data,
				tooLarge: f.tooLarge
			}))
		};
	}
	const refused =
		form.problem === 'tooLarge'
			? tooLargeRefusal()
			: form.problem === 'overBudget'
				? quotaRefusal(room)
				: { ok: false as const, ...INVALID_BODY };
	return { ...refused, values: form.fields };
}
