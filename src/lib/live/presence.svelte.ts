// Who else is on the ticket an agent has open (issue 18), as the page shows it: from the page's data, then from
// the stream's presence events, each forgotten PRESENCE_TTL_MS after it was last said (a colleague whose tab
// closed or lost its network stops saying it). And this agent's own presence, said to the server while the page
// is open.
import { PRESENCE_REFRESH_MS, PRESENCE_TTL_MS } from '$lib/schemas/live';
import type { PresenceEvent } from './client';

/** Typing stops counting this long after the last key. */
const TYPING_MS = 8_000;

export interface Colleague {
	user: string;
	name: string;
	typing: boolean;
	until: number;
}

export class TicketPresence {
	#others: Record<string, Colleague> = $state({});
	#now = $state(Date.now());
	#ref: string;
	#typingSince = 0;
	#said: 'viewing' | 'typing' | null = null;
	#timers: ReturnType<typeof setInterval>[] = [];

	constructor(ref: string, initial: Colleague[]) {
		this.#ref = ref;
		for (const c of initial) this.#others[c.user] = c;
	}

	/** The colleagues on this ticket now, typing first. */
	get colleagues(): Colleague[] {
		return Object.values(this.#others)
			.filter((c) => c.until > this.#now)
			.sort((a, b) => Number(b.typing) - Number(a.typing) || a.name.localeCompare(b.name));
	}

	/** The first colleague writing a reply, if any. */
	get replying(): string | null {
		return this.colleagues.find((c) => c.typing)?.name ?? null;
	}

	hear(event: PresenceEvent) {
		if (event.ref !== this.#ref) return;
		if (event.state === 'left') delete this.#others[event.user];
		else
			this.#others[event.user] = {
				user: event.user,
				name: event.name,
				typing: event.state === 'typing',
				until: Date.now() + PRESENCE_TTL_MS
			};
	}

	/** Start saying this agent is here (and refreshing it); returns the way to stop, which says they left. */
	start(): () => void {
		void this.#say('viewing');
		this.#timers.push(
			setInterval(() => void this.#say(this.#state(), true), PRESENCE_REFRESH_MS),
			// the display forgets colleagues who went quiet, and typing that stopped
			setInterval(() => {
				this.#now = Date.now();
				if (this.#said === 'typing' && this.#state() === 'viewing') void this.#say('viewing');
			}, 2_000)
		);
		const leave = () => void this.#say('left', true, true);
		addEventListener('pagehide', leave);
		return () => {
			for (const t of this.#timers) clearInterval(t);
			this.#timers = [];
			removeEventListener('pagehide', leave);
			leave();
		};
	}

	/** The agent typed in the reply box. */
	typed() {
		this.#typingSince = Date.now();
		if (this.#said !== 'typing') void this.#say('typing');
	}

	#state(): 'viewing' | 'typing' {
		return Date.now() - this.#typingSince < TYPING_MS ? 'typing' : 'viewing';
	}

	async #say(state: 'viewing' | 'typing' | 'left', again = false, leaving = false) {
		if (state !== 'left' && state === this.#said && !again) return;
		this.#said = state === 'left' ? null : state;
		await fetch(`/api/v1/tickets/${encodeURIComponent(this.#ref)}/presence`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ state }),
			// a page being left still sends it
			keepalive: leaving
		}).catch(() => {});
	}
}
