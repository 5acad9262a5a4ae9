// What the agent's ticket page shows, worked out from its data and the last form's answer: sizes
// in the agent's language, which kind a message is, a refused form's errors and a conflict's changes.

/** An attachment's size in the shortest unit that reads well ("512 byte", "1.5 kB", "2 MB"). */
export function fileSize(bytes: number, locale: string): string {
	const [unit, n]: [string, number] =
		bytes < 1024
			? ['byte', bytes]
			: bytes < 1024 * 1024
				? ['kilobyte', bytes / 1024]
				: ['megabyte', bytes / (1024 * 1024)];
	return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(n);
}

/** How a message looks in the thread: an internal note, the customer's words, or support's reply. */
export function messageKind(m: { internal: boolean; author: string }) {
	return m.internal ? 'internal' : m.author === 'customer' ? 'customer' : 'support';
}

export interface Change {
	by: string | null;
	at: string;
	text: string;
}

/** A form of this page that the server refused, as the page needs it. */
export interface Refused {
	message: string;
	errors: Record<string, string>;
	changes: Change[] | null;
	/** The fields as they were posted, to put back in the form. */
	values: Record<string, string> | null;
}

/** The answer to the post of form `name` ('reply', 'update', 'callback') when it was refused, else null. */
export function refused(form: unknown, name: string): Refused | null {
	if (!form || typeof form !== 'object') return null;
	const f = form as Partial<Refused> & { form?: unknown; done?: unknown };
	if (f.form !== name || f.done) return null;
	return {
		message: f.message ?? '',
		errors: f.errors ?? {},
		changes: f.changes ?? null,
		values: f.values ?? null
	};
}

/** Someone else changed the ticket while the agent wrote: what they changed, from the refused reply or update. */
export function conflict(form: unknown): { message: string; changes: Change[] } | null {
	const f = refused(form, 'reply') ?? refused(form, 'update');
	return f?.changes ? { message: f.message, changes: f.changes } : null;
}

/** The property form's errors: the note's under the note, the others below the fields. */
export function splitErrors(errors: Record<string, string>) {
	return {
		note: errors.note ?? null,
		others: Object.entries(errors).filter(([k]) => k !== 'note')
	};
}

/** The customer's earlier tickets are listed only when there is one besides this ticket. */
export const hasEarlier = (earlier: readonly { ref: string }[]) => earlier.length > 1;
