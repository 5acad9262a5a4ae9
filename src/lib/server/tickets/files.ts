// Uploads: the type is read from the content (magic bytes), never from the name or the declared type, so a
// "screenshot.png" that is really HTML is refused. SVG and HTML are never accepted (they can carry script).

import { FILE_LIMITS, type FileProblem } from '$lib/uploads';
import { refuseUnreadableForm } from '../http/input';

export { FILE_LIMITS, type FileProblem };

export interface Upload {
	name: string;
	type: string;
	data: Uint8Array;
}

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
	signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The MIME type the content really is, among the types Svar accepts; undefined for anything else. */
export function sniff(bytes: Uint8Array, name: string): string | undefined {
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
	if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
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
	const real = uploads.filter((u) => u.name || u.data.length);
	if (real.length > FILE_LIMITS.count) return { ok: false, problems: [{ problem: 'tooMany' }] };
	const files: AcceptedFile[] = [];
	const problems: FileProblem[] = [];
	for (const upload of real) {
		const name = safeFilename(upload.name);
		if (upload.data.length > FILE_LIMITS.bytes) {
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

/** Files from a multipart form, read into memory (sizes are checked by acceptFiles). */
export async function uploadsFrom(form: FormData, field = 'files'): Promise<Upload[]> {
	const files = form
		.getAll(field)
		.filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f);
	return Promise.all(
		files.map(async (f) => ({
			name: f.name,
			type: f.type,
			data: new Uint8Array(await f.arrayBuffer())
		}))
	);
}

/** A ticket or reply post: its text fields and its uploads; undefined when the body is not a readable form. */
export async function readTicketForm(
	request: Request
): Promise<{ fields: Record<string, string>; uploads: Upload[] } | undefined> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return undefined;
	}
	refuseUnreadableForm(form);
	const fields = Object.fromEntries(
		[...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string')
	);
	return { fields, uploads: await uploadsFrom(form) };
}

/** A JSON object (no files) or a multipart form (with files): what the reply and ticket-change endpoints accept. */
export async function readJsonOrForm(
	request: Request
): Promise<{ fields: Record<string, unknown>; uploads: Upload[] } | undefined> {
	if ((request.headers.get('content-type') ?? '').startsWith('application/json')) {
		try {
			const body: unknown = await request.json();
			return body && typeof body === 'object' && !Array.isArray(body)
				? { fields: body as Record<string, unknown>, uploads: [] }
				: undefined;
		} catch {
			return undefined;
		}
	}
	return readTicketForm(request);
}
