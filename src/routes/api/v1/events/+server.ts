import { eventStream } from '$lib/server/live';
import { ctxOf } from '$lib/server/http/context';
import { requireUser } from '$lib/server/http/guards';

/** Live updates as Server-Sent Events (src/lib/server/live/stream.ts): resumes from Last-Event-ID or ?since=. */
export const GET = async (event) => {
	const user = requireUser();
	const { db } = await ctxOf(event);
	return eventStream({
		db,
		user,
		session: event.locals.session!,
		resume: event.request.headers.get('last-event-id') || event.url.searchParams.get('since'),
		now: Date.now
	});
};
