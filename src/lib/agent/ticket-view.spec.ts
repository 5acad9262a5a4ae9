import { describe, expect, it } from 'vitest';
import { conflict, fileSize, hasEarlier, messageKind, refused, splitErrors } from './ticket-view';

describe('fileSize', () => {
	it('takes the shortest unit that reads well, with at most one decimal', () => {
		expect(fileSize(512, 'en')).toBe('512 byte');
		expect(fileSize(1536, 'en')).toBe('1.5 kB');
		expect(fileSize(3 * 1024 * 1024, 'en')).toBe('3 MB');
		expect(fileSize(1536, 'nb')).toBe('1,5 kB');
	});
});

describe('messageKind', () => {
	it('tells a note from the customer’s words and support’s reply', () => {
		expect(messageKind({ internal: true, author: 'agent' })).toBe('internal');
		expect(messageKind({ internal: false, author: 'customer' })).toBe('customer');
		expect(messageKind({ internal: false, author: 'agent' })).toBe('support');
	});
});

describe('refused', () => {
	const failure = {
		form: 'update',
		message: 'Could not save',
		errors: { note: 'Required' },
		changes: null,
		values: { note: '' }
	};

	it('answers only for the form that was posted, and only when it was refused', () => {
		expect(refused(failure, 'update')).toEqual({
			message: 'Could not save',
			errors: { note: 'Required' },
			changes: null,
			values: { note: '' }
		});
		expect(refused(failure, 'reply')).toBeNull();
		expect(refused({ form: 'update', done: true }, 'update')).toBeNull();
		expect(refused(null, 'update')).toBeNull();
		expect(refused(undefined, 'reply')).toBeNull();
	});

	it('fills in what a short refusal leaves out', () => {
		expect(refused({ form: 'reply', message: 'Bad request' }, 'reply')).toEqual({
			message: 'Bad request',
			errors: {},
			changes: null,
			values: null
		});
	});
});

describe('conflict', () => {
	const changes = [{ by: 'Kari', at: '2026-12-07T09:30:00Z', text: 'Status: Solved' }];

	it('shows what changed when a reply or an update met a newer version', () => {
		expect(conflict({ form: 'reply', message: 'Changed meanwhile', changes })).toEqual({
			message: 'Changed meanwhile',
			changes
		});
		expect(conflict({ form: 'update', message: 'Changed meanwhile', changes })?.changes).toBe(
			changes
		);
	});

	it('says nothing for other refusals or other forms', () => {
		expect(conflict({ form: 'reply', message: 'Too long', changes: null })).toBeNull();
		expect(conflict({ form: 'callback', message: 'Changed meanwhile', changes })).toBeNull();
		expect(conflict(null)).toBeNull();
	});
});

describe('splitErrors', () => {
	it('puts the note’s error under the note and lists the rest', () => {
		expect(splitErrors({ note: 'Say why', team: 'Unknown team' })).toEqual({
			note: 'Say why',
			others: [['team', 'Unknown team']]
		});
		expect(splitErrors({})).toEqual({ note: null, others: [] });
	});
});

describe('hasEarlier', () => {
	it('lists earlier tickets only when there is one besides this one', () => {
		expect(hasEarlier([{ ref: 'SV-1' }])).toBe(false);
		expect(hasEarlier([{ ref: 'SV-1' }, { ref: 'SV-2' }])).toBe(true);
	});
});
