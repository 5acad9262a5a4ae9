import { describe, expect, it } from 'vitest';
import { FIELDS, rank, type FieldName, type Postings, type QueryPlan } from './scoring';

/** Postings as the index holds them: field → term → the ids that have it. */
function postings(entries: Partial<Record<FieldName, Record<string, string[]>>>) {
	return new Map<FieldName, Postings>(
		FIELDS.map((f) => [
			f.name,
			new Map(Object.entries(entries[f.name] ?? {}).map(([term, ids]) => [term, [ids]]))
		])
	);
}

const whyTickets: QueryPlan = {
	slots: [
		{ term: 'why', alternatives: [{ term: 'why', kind: 'exact' }], question: true },
		{ term: 'ticket', alternatives: [{ term: 'ticket', kind: 'exact' }] }
	],
	pairs: [],
	terms: ['why', 'ticket']
};

const scoreOf = (fields: Map<FieldName, Postings>, id: string) =>
	rank(whyTickets, fields, 10, 10).find((h) => h.id === id)?.score;

describe('rank', () => {
	it('shows no article that shares only the question word: why says what kind, not what about', () => {
		// "why a ticket": the why-article about passwords asks why, but says nothing of tickets
		const fields = postings({
			title: { why: ['why-password', 'why-tickets'], ticket: ['why-tickets', 'open'] }
		});
		expect(rank(whyTickets, fields, 10, 10).map((h) => h.id)).toEqual(['why-tickets', 'open']);
	});

	it('counts a question word only where it phrases the question: the title and keywords', () => {
		const title = { ticket: ['open', 'why'], why: ['why', 'other', 'another'] };
		// as common a word either way; only where it is differs
		const plain = postings({ title, body: { why: ['elsewhere'] } });
		const whyInBody = postings({ title, body: { why: ['open'] } });
		expect(scoreOf(whyInBody, 'open')).toBe(scoreOf(plain, 'open'));
		expect(scoreOf(whyInBody, 'why')).toBeGreaterThan(scoreOf(whyInBody, 'open')!);
		const whyInKeywords = postings({
			title,
			body: { why: ['elsewhere'] },
			keywords: { why: ['open'] }
		});
		expect(scoreOf(whyInKeywords, 'open')).toBeGreaterThan(scoreOf(plain, 'open')!);
	});

	it('orders by a question word as rare as the titles that ask it, however many bodies use it', () => {
		const others = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		const fields = postings({
			title: { why: ['asks'], ticket: ['open'] },
			keywords: { ticket: ['open'] },
			description: { ticket: ['open'] },
			headings: { ticket: ['open'] },
			body: { why: others, ticket: ['asks', 'open'] }
		});
		expect(rank(whyTickets, fields, 10, 10).map((h) => h.id)).toEqual(['asks', 'open']);
	});

	it('counts a synonym in a title above the customer’s own word in a description', () => {
		const plan: QueryPlan = {
			slots: [
				{
					term: 'mail',
					alternatives: [
						{ term: 'mail', kind: 'exact' },
						{ term: 'email', kind: 'synonym' }
					]
				}
			],
			pairs: [],
			terms: ['mail', 'email']
		};
		const fields = postings({
			title: { email: ['email'] },
			description: { mail: ['mail'] },
			headings: { mail: ['mail'] },
			body: { mail: ['mail'] }
		});
		expect(rank(plan, fields, 10, 10).map((h) => h.id)).toEqual(['email', 'mail']);
	});

	it('orders by the words articles are about, not those a body mentions in passing', () => {
		const plan: QueryPlan = {
			slots: [
				{ term: 'take', alternatives: [{ term: 'take', kind: 'exact' }] },
				{ term: 'contact', alternatives: [{ term: 'contact', kind: 'exact' }] }
			],
			pairs: [],
			terms: ['take', 'contact']
		};
		const fields = postings({
			title: { contact: ['open'] },
			body: { take: ['priority'], contact: ['priority', 'a', 'b', 'c'] }
		});
		expect(rank(plan, fields, 10, 10).map((h) => h.id)).toEqual(['open', 'priority']);
	});

	it('finds nothing for a query of question words only', () => {
		const fields = postings({ title: { why: ['why'] } });
		expect(rank({ ...whyTickets, slots: whyTickets.slots.slice(0, 1) }, fields, 10, 10)).toEqual(
			[]
		);
	});
});
