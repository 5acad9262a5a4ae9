// A local SMTP server that keeps every message it is given, for tests that follow a mail's link.
import { SMTPServer } from 'smtp-server';

export interface Received {
	to: string[];
	subject: string;
	/** The message's text, quoted-printable undone. */
	text: string;
}

export interface Mailbox {
	url: string;
	messages: Received[];
	/** The messages to `address` (in the order they arrived). */
	to(address: string): Received[];
	close(): Promise<void>;
}

/** Quoted-printable as nodemailer writes it: soft line breaks and =XX bytes (UTF-8). */
function unquote(text: string): string {
	const joined = text.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < joined.length; i++) {
		const hex = joined[i] === '=' ? /^[0-9A-F]{2}$/.exec(joined.slice(i + 1, i + 3)) : null;
		if (hex) {
			bytes.push(parseInt(hex[0], 16));
			i += 2;
		} else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

function decodeSubject(raw: string): string {
	const line = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
	return line
		.replace(/\r?\n[ \t]/g, ' ')
		.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, word: string) =>
			kind.toUpperCase() === 'B'
				? Buffer.from(word, 'base64').toString('utf8')
				: unquote(word.replace(/_/g, ' '))
		);
}

export async function startMailbox(port: number): Promise<Mailbox> {
	const messages: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			let raw = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => (raw += chunk));
			stream.on('end', () => {
				messages.push({
					to: session.envelope.rcptTo.map((r) => r.address),
					subject: decodeSubject(raw),
					text: unquote(raw)
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `smtp://127.0.0.1:${port}`,
		messages,
		to: (address) => messages.filter((m) => m.to.includes(address)),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
