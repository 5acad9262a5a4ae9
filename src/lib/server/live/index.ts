// Live updates (issue 18): see bus.ts for the messages, stream.ts for a reader's stream, presence.ts for who is
// on a ticket.
import { startLive as startBus } from './bus';
import './presence';

export { cursor, publish, ticketChanged } from './bus';
export { eventStream, sessionTag } from './stream';

/** At server start: listen to the other servers, and keep presence from the first message on. */
export function startLive(): Promise<unknown> {
	return startBus();
}
