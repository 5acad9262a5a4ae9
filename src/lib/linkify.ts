// Web addresses in plain text, for showing text (ticket messages, mail) with its addresses as links. One rule
// for every place, so a reply reads the same on the ticket page and in the customer's mail.

/** An http(s) address up to the next space; a closing punctuation mark after it is not part of it. */
const URL = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'”»])/g;

/** The text cut into plain parts and addresses, in order. */
export function splitLinks(text: string): { part: string; link: boolean }[] {
	return text
		.split(URL)
		.map((part, i) => ({ part, link: i % 2 === 1 }))
		.filter((p) => p.part !== '');
}
