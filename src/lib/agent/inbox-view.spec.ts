import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n/context';
import en from '$locales/en/index';
import type { Translation } from '$locales/i18n-types';
import {
	due,
	duration,
	formHref,
	isFiltered,
	isolatedLtr,
	moreHref,
	queueHref,
	selectedStatuses,
	statusLabel,
	viewLabel,
	waiting,
	zoned
} from './inbox-view';

// the base dictionary's types are its literal texts; as a dictionary it is a Translation like the others
const LL = createTranslator('en', en as Translation);

describe('queueHref', () => {
	it('leaves out the defaults, so the plain inbox is just /agent', () => {
		expect(queueHref({})).toBe('/agent');
		expect(queueHref({ view: 'all', status: 'active', q: '  ' })).toBe('/agent');
	});

	it('keeps the rest in a fixed order, with commas between statuses left readable', () => {
		expect(
			queueHref({ q: 'late parcel', status: 'open,pending', view: 'mine', locale: 'ru' })
		).toBe('/agent?view=mine&locale=ru&status=open,pending&q=late%20parcel');
	});
});

describe('moreHref', () => {
	it('asks for another page of the same inbox, until it holds no more', () => {
		const filters = { view: 'mine', q: 'refund' };
		expect(moreHref(filters, 50, 120)).toBe('/agent?view=mine&q=refund&limit=100');
		expect(moreHref(filters, 100, 120)).toBe('/agent?view=mine&q=refund&limit=150');
		expect(moreHref(filters, 120, 120)).toBeNull();
	});

	it('stops at the most the inbox returns at once', () => {
		expect(moreHref({}, 980, 5000)).toBe('/agent?limit=1000');
		expect(moreHref({}, 1000, 5000)).toBeNull();
	});

	it('leaves the first page out of the address, as the plain inbox shows it', () => {
		expect(queueHref({ limit: '50' })).toBe('/agent');
	});
});

describe('formHref', () => {
	it('joins the ticked status chips into one filter', () => {
		const fields = new FormData();
		fields.set('view', 'team');
		fields.set('q', 'refund');
		fields.append('status', 'open');
		fields.append('status', 'solved');
		fields.set('locale', '');
		expect(formHref(fields)).toBe('/agent?view=team&status=open,solved&q=refund');
	});
});

describe('filters', () => {
	it('ticks "needs an answer" when the filter names no status', () => {
		expect(selectedStatuses({ status: '' })).toEqual(['active']);
		expect(selectedStatuses({ status: 'open,new' })).toEqual(['open', 'new']);
	});

	it('counts as filtered only what narrows the view', () => {
		expect(isFiltered({ view: 'mine', status: 'active' })).toBe(false);
		expect(isFiltered({ view: 'all', status: 'solved' })).toBe(true);
		expect(isFiltered({ q: 'x' })).toBe(true);
		expect(isFiltered({ category: 'billing' })).toBe(true);
	});
});

describe('labels', () => {
	it('names views and statuses, "active" as the needs-an-answer group', () => {
		expect(viewLabel('unassigned', LL)).toBe(LL.agent.viewUnassigned());
		expect(statusLabel('active', LL)).toBe(LL.agent.statusActive());
		expect(statusLabel('pending', LL)).toBe(LL.agent.statuses.pending());
	});
});

describe('waiting and due', () => {
	it('says durations in the shortest honest unit', () => {
		expect(duration(45, LL)).toBe('45 min');
		expect(duration(6 * 60 + 59, LL)).toBe('6 h');
		expect(duration(47 * 60, LL)).toBe('47 h');
		expect(duration(3 * 24 * 60 + 5, LL)).toBe('3 d');
	});

	it('reads how long a ticket waits and when it is due from its reasons', () => {
		const reasons = [
			{ code: 'waiting', minutes: 90 },
			{ code: 'due', minutes: 30 }
		];
		expect(waiting(reasons, LL)).toBe('1 h');
		expect(due(reasons, LL)).toEqual({ late: false, text: 'due in 30 min' });
		expect(due([{ code: 'overdue', minutes: 120 }], LL)).toEqual({
			late: true,
			text: 'overdue by 2 h'
		});
	});

	it('says nothing when nobody waits or nothing is due', () => {
		expect(waiting([{ code: 'language' }], LL)).toBeNull();
		expect(due([{ code: 'waiting', minutes: 5 }], LL)).toBeNull();
	});
});

describe('call-back times', () => {
	it('shows a moment and a window in the zone asked for, one date for a window within a day', () => {
		const inZone = zoned('en-GB');
		expect(inZone.at('2026-12-08T09:00:00Z', 'Europe/Oslo')).toBe('Tue 8 Dec, 10:00');
		expect(inZone.range('2026-12-08T09:00:00Z', '2026-12-08T11:00:00Z', 'UTC')).toBe(
			'Tue 8 Dec, 09:00–11:00'
		);
	});

	it('isolates a phone number so it reads left to right in any language', () => {
		expect(isolatedLtr('+47 912 34 567')).toBe('\u2066+47 912 34 567\u2069');
	});
});
