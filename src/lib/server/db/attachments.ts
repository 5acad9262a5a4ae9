// A ticket's files: stored with their message, read back only by someone who may see the ticket.
import { randomBytes } from 'node:crypto';
import type { DB } from './index';
import { canSee, type Viewer } from './ticket-access';

/** A file to store: its bytes, its sniffed type and a safe name. */
export interface NewFile {
	filename: string;
	contentType: string;
	data: Uint8Array;
}

/** A message's files as rows. */
export function attachmentRows(ticketId: string, messageId: string, files: NewFile[], now: number) {
	return files.map((file) => ({
		id: randomBytes(16).toString('hex'),
		ticket_id: ticketId,
		message_id: messageId,
		filename: file.filename,
		content_type: file.contentType,
		size: file.data.length,
		// the same bytes, not a copy: an upload may be 10 MB
		data: Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength),
		created_at: now
	}));
}

/** Store a message's files (inside the caller's transaction). */
export async function insertAttachments(
	trx: DB,
	ticketId: string,
	messageId: string,
	files: NewFile[],
	now: number
): Promise<void> {
	for (const row of attachmentRows(ticketId, messageId, files, now))
		await trx.insertInto('attachments').values(row).execute();
}

/** Bytes of files this account has sent, on any ticket (what its storage quota counts). */
export async function storedBytes(db: DB, userId: string): Promise<number> {
	const row = await db
		.selectFrom('attachments')
		.innerJoin('ticket_messages', 'ticket_messages.id', 'attachments.message_id')
		.select((eb) => eb.fn.sum<number | string | null>('attachments.size').as('bytes'))
		.where('ticket_messages.author_id', '=', userId)
		.executeTakeFirst();
	return Number(row?.bytes ?? 0);
}

/**
 * The same, inside the transaction that is about to store more: the account's row is locked first (a write
 * that changes nothing), so on PostgreSQL two posts from one account count one after the other, each seeing
 * what the other stored; SQLite writes one transaction at a time anyway.
 */
export async function lockStoredBytes(trx: DB, userId: string): Promise<number> {
	await trx
		.updateTable('users')
		.set((eb) => ({ role: eb.ref('role') }))
		.where('id', '=', userId)
		.execute();
	return storedBytes(trx, userId);
}

/** An attachment with its bytes, if this user may see its ticket (and it is not on an internal note for a customer). */
export async function findAttachment(db: DB, user: Viewer, id: string) {
	if (!/^[0-9a-f]{32}$/.test(id)) return undefined;
	const row = await db
		.selectFrom('attachments')
		.innerJoin('tickets', 'tickets.id', 'attachments.ticket_id')
		.innerJoin('ticket_messages', 'ticket_messages.id', 'attachments.message_id')
		.select([
			'attachments.id',
			'attachments.filename',
			'attachments.content_type',
			'attachments.size',
			'attachments.data',
			'tickets.user_id',
			'ticket_messages.internal'
		])
		.where('attachments.id', '=', id)
		.executeTakeFirst();
	if (!row || !canSee(user, row) || (user.role === 'customer' && row.internal === 1))
		return undefined;
	return row;
}
