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

/** Store a message's files (inside the caller's transaction). */
export async function insertAttachments(
	trx: DB,
	ticketId: string,
	messageId: string,
	files: NewFile[],
	now: number
): Promise<void> {
	for (const file of files) {
		await trx
			.insertInto('attachments')
			.values({
				id: randomBytes(16).toString('hex'),
				ticket_id: ticketId,
				message_id: messageId,
				filename: file.filename,
				content_type: file.contentType,
				size: file.data.length,
				data: Buffer.from(file.data),
				created_at: now
			})
			.execute();
	}
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
