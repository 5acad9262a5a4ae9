// How much a customer account may keep in files (UPLOAD_QUOTA_MB, default 100; staff have no quota: their files
// are the team's work). A post is refused before it is read when its declared size alone is over what is left,
// while it is read once its files pass that, and finally in the transaction that stores them, with the
// account's row locked: parallel posts count one after the other and cannot pass the quota together.
import type { Naming } from '../http/messages';
import type { SessionUser } from '../auth/session';
import type { DB } from '../db';
import { lockStoredBytes, storedBytes } from '../db/attachments';
import { settings } from '../env';
import { refusal, type Refusal } from '../http/refusal';
import { isStaff } from './access';

/** The account's quota and what is left of it, in bytes. */
export interface Room {
	quota: number;
	left: number;
}

/** What this account may still store; no limit for staff. */
export async function roomFor(db: DB, user: SessionUser): Promise<Room> {
	if (isStaff(user)) return { quota: Infinity, left: Infinity };
	const quota = settings.uploadQuotaBytes();
	return { quota, left: quota - (await storedBytes(db, user.id)) };
}

/** 413 `quota_exceeded`, saying the quota and what is left (the message and the files field alike). */
export function quotaRefusal(room: Room): Refusal {
	const key: Naming = {
		key: 'files',
		problems: [{ problem: 'quota', quota: room.quota, left: Math.max(0, room.left) }]
	};
	return refusal(413, 'quota_exceeded', key, { files: key });
}

/** Thrown inside the storing transaction, so that nothing of the post is kept. */
export class OverQuota extends Error {
	constructor(readonly refusal: Refusal) {
		super('storage quota exceeded');
	}
}

/** In the transaction that stores `files`, first: throws OverQuota when they would take the account past its quota. */
export async function holdQuota(
	trx: DB,
	user: SessionUser,
	files: { data: Uint8Array }[]
): Promise<void> {
	if (!files.length || isStaff(user)) return;
	const quota = settings.uploadQuotaBytes();
	const stored = await lockStoredBytes(trx, user.id);
	const adding = files.reduce((sum, f) => sum + f.data.length, 0);
	if (stored + adding > quota) throw new OverQuota(quotaRefusal({ quota, left: quota - stored }));
}
