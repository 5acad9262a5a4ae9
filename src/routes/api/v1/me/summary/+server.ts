import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { countAwaitingCustomer } from '$lib/server/db/tickets';

/**
 * What the help centre's static pages show in their header: whether someone is signed in and how many of
 * their tickets wait for their answer. Always 200, so a page whose sign-in hint outlived its session (logged
 * out everywhere from another device) learns that without an error in the reader's console.
 */
export const GET = async ({ locals }) => {
	if (!locals.user) return json({ signedIn: false, ticketsAwaiting: 0 });
	const ticketsAwaiting = await countAwaitingCustomer(await getDb(), locals.user.id);
	return json({ signedIn: true, ticketsAwaiting });
};
