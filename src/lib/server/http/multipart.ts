// Forms with files, read as they arrive (@fastify/busboy) rather than whole: SvelteKit's request.formData()
// holds every byte until the last one has come. Here a file over its size keeps only its name, and the read
// stops at once past the body's cap, past the text's cap, or past the caller's budget for files (what the
// account may still store). After such a stop, or a refusal before reading, what is still coming is read and
// dropped (up to the cap, never kept), so that a browser gets the answer rather than a reset connection.
import { once } from 'node:events';
import { Busboy } from '@fastify/busboy';

export interface FormLimits {
	/** The whole body, in bytes. */
	body: number;
	/** The text fields together, in bytes. */
	text: number;
	/** Files kept (one more is listed by name only, so it can be refused as one too many; more are skipped),
	 * and bytes per file (a larger one keeps only its name). */
	files: number;
	fileBytes: number;
	/** Bytes of files that may be kept in all; past it the read stops ('overBudget'). */
	budget?: number;
	/** The field files come in (files under other names are read past). */
	fileField: string;
}

export interface StreamedFile {
	name: string;
	/** The declared type: never trusted, the content is what counts. */
	type: string;
	data: Uint8Array;
	/** Over `fileBytes`: its bytes were dropped as they came. */
	tooLarge: boolean;
}

export type StreamProblem = 'tooLarge' | 'overBudget' | 'unreadable';

export type StreamedForm =
	| { ok: true; fields: Record<string, string>; files: StreamedFile[] }
	/** `fields`: the text that came before the stop, so a page can show the form again. */
	| { ok: false; problem: StreamProblem; fields: Record<string, string> };

/** The declared Content-Length; NaN when there is none (a chunked body). */
export function declaredLength(request: Request): number {
	const header = request.headers.get('content-length');
	return header === null ? NaN : Number(header);
}

/** The most text fields a form may have (ours have about a dozen). */
const MAX_FIELDS = 64;

/** A multipart or URL-encoded form, read within `limits`; see the top of this file. */
export async function readStreamedForm(
	request: Request,
	limits: FormLimits
): Promise<StreamedForm> {
	const fields = new Map<string, string>();
	const fail = (problem: StreamProblem): StreamedForm => ({
		ok: false,
		problem,
		fields: Object.fromEntries(fields)
	});
	const type = request.headers.get('content-type') ?? '';
	if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type))
		return fail('unreadable');
	if (declaredLength(request) > limits.body) return fail('tooLarge');
	if (!request.body) return { ok: true, fields: {}, files: [] };
	let parser: ReturnType<typeof Busboy>;
	try {
		parser = Busboy({
			headers: { 'content-type': type },
			limits: {
				fields: MAX_FIELDS,
				fieldSize: limits.text,
				files: limits.files + 1,
				fileSize: limits.fileBytes
			}
		});
	} catch {
		return fail('unreadable'); // no boundary, or a type busboy does not read
	}

	const files: StreamedFile[] = [];
	const budget = limits.budget ?? Infinity;
	let stop: StreamProblem | undefined;
	let text = 0;
	let kept = 0;
	parser.on('field', (name, value, nameTruncated, valueTruncated) => {
		text += Buffer.byteLength(value) + name.length;
		if (valueTruncated || text > limits.text) stop ??= 'tooLarge';
		else if (!nameTruncated) fields.set(name, value);
	});
	parser.on('fieldsLimit', () => (stop ??= 'tooLarge'));
	parser.on('file', (field, stream, filename, _encoding, mimeType) => {
		if (field !== limits.fileField || stop) return void stream.resume();
		const file: StreamedFile = {
			name: filename ?? '',
			type: mimeType,
			data: new Uint8Array(),
			tooLarge: false
		};
		files.push(file);
		if (files.length > limits.files) return void stream.resume();
		const chunks: Buffer[] = [];
		let size = 0;
		stream.on('data', (chunk: Buffer) => {
			if (file.tooLarge) return;
			chunks.push(chunk);
			size += chunk.length;
			kept += chunk.length;
			if (kept > budget) stop ??= 'overBudget';
		});
		stream.on('limit', () => {
			file.tooLarge = true;
			kept -= size;
			chunks.length = 0;
		});
		stream.on('end', () => {
			if (!file.tooLarge) file.data = Buffer.concat(chunks, size);
			chunks.length = 0;
		});
	});
	const parsed = new Promise<void>((resolve, reject) => {
		parser.on('finish', resolve);
		parser.on('error', reject);
	});
	parsed.catch(() => undefined); // awaited below, or abandoned after a stop

	const reader = request.body.getReader();
	let read = 0;
	try {
		while (!stop) {
			const { done, value } = await reader.read();
			if (done) break;
			read += value.byteLength;
			if (read > limits.body) stop = 'tooLarge';
			else if (!parser.write(value)) await Promise.race([once(parser, 'drain'), parsed]);
		}
		if (!stop) {
			parser.end();
			await parsed;
		}
	} catch (error) {
		// adapter-node's own BODY_SIZE_LIMIT errors the stream with a 413; anything else is a broken body
		stop ??= (error as { status?: number }).status === 413 ? 'tooLarge' : 'unreadable';
		parser.destroy();
		return fail(stop);
	}
	if (stop) {
		parser.destroy();
		files.length = 0;
		drain(reader, limits.body - read);
		return fail(stop);
	}
	return { ok: true, fields: Object.fromEntries(fields), files };
}

/**
 * A short body (a JSON object, a form without files) whole, read no further than `limit` bytes whatever it
 * declares (a chunked body declares nothing): 'tooLarge' past it (the rest is left unread, and the connection
 * closes after the answer), 'unreadable' when the client broke off.
 */
export async function readAtMost(
	request: Request,
	limit: number
): Promise<Uint8Array | 'tooLarge' | 'unreadable'> {
	if (declaredLength(request) > limit) return 'tooLarge';
	if (!request.body) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return Buffer.concat(chunks, size);
			size += value.byteLength;
			if (size > limit) {
				reader.releaseLock();
				return 'tooLarge';
			}
			chunks.push(value);
		}
	} catch (error) {
		return (error as { status?: number }).status === 413 ? 'tooLarge' : 'unreadable';
	}
}

/** The same request again, its body the bytes already read (for the platform's own form parser). */
export const withBody = (request: Request, body: Uint8Array) =>
	new Request(request.url, {
		method: request.method,
		headers: request.headers,
		// Node's own bytes (never a SharedArrayBuffer), which the DOM types cannot tell
		body: body as Uint8Array<ArrayBuffer>
	});

/**
 * A body the answer will not need, read and dropped in the background, so the client gets the answer after
 * sending (a browser shows an error instead when the connection closes under its upload); one declared over
 * `limit` is left unread, and the connection closes after the answer.
 */
export function discardBody(request: Request, limit: number): void {
	if (!request.body || request.bodyUsed || request.body.locked || declaredLength(request) > limit)
		return;
	drain(request.body.getReader(), limit);
}

function drain(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): void {
	void (async () => {
		let left = limit;
		try {
			while (left > 0) {
				const { done, value } = await reader.read();
				if (done) return;
				left -= value.byteLength;
			}
		} catch {
			// the client went away
		}
		reader.releaseLock();
	})();
}
