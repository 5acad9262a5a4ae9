import fs from 'node:fs';
import path from 'node:path';
import type { Transport } from './outbox';

export interface MailEnv {
	smtpUrl?: string;
	from: string;
	dataDir: string;
}

/**
 * How long SMTP may take: to connect, for the server's greeting, with nothing said either way, and for one
 * whole message. Past any of them the connection is closed and the message retried later; meanwhile the
 * outbox keeps renewing its claim on the message, so no other app server sends it too.
 */
export const SMTP_LIMITS = {
	connectMs: 30_000,
	greetingMs: 30_000,
	idleMs: 2 * 60_000,
	messageMs: 10 * 60_000
};

/** nodemailer, loaded with the first message: a cold start that sends none does not read its files. */
let loading: Promise<typeof import('nodemailer')> | undefined;
const mailer = async () => (await (loading ??= import('nodemailer'))).default;

/** SMTP when SMTP_URL is set; otherwise each message becomes an .eml file in DATA_DIR/outbox/ (and a log line). */
export function createTransport(env: MailEnv, limits = SMTP_LIMITS): Transport {
	const envelope = (message: Parameters<Transport['send']>[0]) => ({
		from: env.from,
		to: message.to,
		subject: message.subject,
		text: message.text,
		html: message.html,
		messageId: `<${message.id}@svar>`
	});
	if (env.smtpUrl) {
		const { smtpUrl } = env;
		let smtp: import('nodemailer').Transporter | undefined;
		return {
			async send(message) {
				smtp ??= (await mailer()).createTransport({
					url: smtpUrl,
					connectionTimeout: limits.connectMs,
					greetingTimeout: limits.greetingMs,
					socketTimeout: limits.idleMs
				});
				await smtp.sendMail({
					...envelope(message),
					signal: AbortSignal.timeout(limits.messageMs)
				});
			}
		};
	}
	const dir = path.join(env.dataDir, 'outbox');
	let stream: import('nodemailer').Transporter | undefined;
	return {
		async send(message) {
			stream ??= (await mailer()).createTransport({
				streamTransport: true,
				buffer: true,
				newline: 'unix'
			});
			const info = await stream.sendMail(envelope(message));
			fs.mkdirSync(dir, { recursive: true });
			const file = path.join(
				dir,
				`${new Date().toISOString().replace(/[:.]/g, '-')}-${message.id}.eml`
			);
			fs.writeFileSync(file, info.message as Buffer);
			console.log(`mail to ${message.to}: "${message.subject}" written to ${file}`);
		}
	};
}
