// Test and bench support, never imported by the app: a ticket post's multipart body, made piece by piece as it
// is sent, so that 50 MB of files never sit in the sender's memory.
const BOUNDARY = 'svarTestBoundary';

export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** What a body is made of: text, or a number of bytes of "a" (a file's content). */
export type Part = string | number;

/** The text fields, then each text file (`bytes` of "a" under `name`, in the field `files`). */
export function postParts(
	fields: Record<string, string>,
	files: { name: string; bytes: number }[]
): Part[] {
	const parts: Part[] = Object.entries(fields).map(
		([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`
	);
	for (const file of files)
		parts.push(
			`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\n` +
				'Content-Type: text/plain\r\n\r\n',
			file.bytes,
			'\r\n'
		);
	parts.push(`--${BOUNDARY}--\r\n`);
	return parts;
}

/** The body's length in bytes. */
export const partsLength = (parts: Part[]) =>
	parts.reduce<number>((n, p) => n + (typeof p === 'number' ? p : Buffer.byteLength(p)), 0);

const PIECE = Buffer.alloc(64 * 1024, 'a');

/** The body in pieces of at most 64 KB, made one at a time. */
export function* pieces(parts: Part[]): Generator<Buffer> {
	for (const part of parts) {
		if (typeof part === 'string') yield Buffer.from(part);
		else
			for (let left = part; left > 0; left -= PIECE.length)
				yield PIECE.subarray(0, Math.min(left, PIECE.length));
	}
}
