// The wire between app servers for live updates (issue 18): PostgreSQL LISTEN/NOTIFY on one connection of its
// own (never one of the pool's: a listening connection must stay checked out), or Redis pub/sub on a duplicate of
// the rate limits' client (a subscribed Redis connection can do nothing else). Messages are short JSON texts;
// what they mean is live/bus.ts's business.
import type { createClient } from 'redis';
import { redisFor } from './rate-limits';

export interface Channel {
	send(text: string): Promise<void>;
	close(): Promise<void>;
}

export interface ChannelHandlers {
	message: (text: string) => void;
	/** The connection dropped and came back: messages sent in between were missed. */
	gap: () => void;
}

/** The channel's name: one per PostgreSQL schema, so deployments (and test runs) sharing a server stay apart. */
export function channelName(schema: string | undefined): string {
	if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
	return `svar_live${schema ? `_${schema}` : ''}`;
}

const RETRY_MS = 1_000;

/** LISTEN on a connection of its own, reconnecting after a drop (and saying so: `gap`). */
export async function postgresChannel(
	url: string,
	schema: string | undefined,
	on: ChannelHandlers
): Promise<Channel> {
	const { default: pg } = await import('pg');
	const name = channelName(schema);
	let client: import('pg').Client | undefined;
	let closed = false;
	let connecting: Promise<void> | undefined;

	const connect = async (): Promise<void> => {
		const next = new pg.Client({
			connectionString: url,
			application_name: 'svar live',
			connectionTimeoutMillis: 5_000
		});
		next.on('notification', (n) => {
			if (n.channel === name && n.payload) on.message(n.payload);
		});
		const lost = () => {
			if (client !== next || closed) return;
			client = undefined;
			next.end().catch(() => {});
			setTimeout(() => void reconnect(), RETRY_MS).unref();
		};
		next.on('error', lost);
		next.on('end', lost);
		await next.connect();
		await next.query(`listen ${name}`);
		client = next;
	};
	const reconnect = (): Promise<void> =>
		(connecting ??= connect()
			.then(() => on.gap())
			.catch(() => {
				setTimeout(() => void reconnect(), RETRY_MS).unref();
			})
			.finally(() => (connecting = undefined)));

	await connect();
	return {
		async send(text) {
			if (!client) await connecting;
			await client?.query('select pg_notify($1, $2)', [name, text]);
		},
		async close() {
			closed = true;
			await client?.end().catch(() => {});
		}
	};
}

type Redis = ReturnType<typeof createClient>;

/** Redis pub/sub: publishes on the shared client, listens on a duplicate of it (which reconnects by itself). */
export async function redisChannel(
	url: string,
	schema: string | undefined,
	on: ChannelHandlers
): Promise<Channel> {
	const publisher = (await redisFor(url)) as Redis;
	const name = `svar:live${schema ? `:${schema}` : ''}`;
	const subscriber = publisher.duplicate();
	subscriber.on('error', () => {});
	let ready = false;
	subscriber.on('ready', () => {
		// the first ready is the start; any later one follows a reconnect
		if (ready) on.gap();
		ready = true;
	});
	await subscriber.connect();
	await subscriber.subscribe(name, (text) => on.message(text));
	return {
		async send(text) {
			await publisher.publish(name, text);
		},
		async close() {
			await subscriber.quit().catch(() => {});
		}
	};
}
