import { describe, expect, it } from 'vitest';
import en from '$locales/en/index';
import { addUsage, pickStrings, routeUsage, type Usage } from './usage';

function usageOf(source: string): Usage | undefined {
	const usage: Usage = {};
	return addUsage(source, usage) ? usage : undefined;
}

describe('the strings a page uses', () => {
	it('reads namespaces and keys as the code says them', () => {
		expect(
			usageOf(`{LL.site.name()} {i18n.LL.article.breadcrumbs()} {LL.agent
				.priorities[p]()} {LL.reports[c.name]()} {LL.site.privacy()}`)
		).toEqual({
			site: ['name', 'privacy'],
			article: ['breadcrumbs'],
			agent: ['priorities'],
			reports: true
		});
	});

	it('gives up on a file that indexes LL or hands it on under another name', () => {
		expect(usageOf('LL[namespace].x()')).toBeUndefined();
		expect(usageOf('const t = LL;\nt.site.name()')).toBeUndefined();
		expect(usageOf('const { agent } = LL')).toBeUndefined();
		expect(usageOf('duration(m, LL); setI18n(() => ({ locale, LL }))')).toEqual({});
	});

	it('picks those strings, keeping a named key whole and a namespace whole when asked', () => {
		const dictionary = { a: { x: 'x', y: { n: 'n' }, z: 'z' }, b: { w: 'w' }, c: { v: 'v' } };
		expect(pickStrings(dictionary, { a: ['y', 'gone'], b: true })).toEqual({
			a: { y: { n: 'n' } },
			b: { w: 'w' }
		});
		expect(pickStrings(dictionary, undefined)).toBe(dictionary);
	});

	it('gives the 404 page its header, footer and error texts, and no sign-in or agent strings', () => {
		const usage = routeUsage('.');
		const notFound = usage['']!;
		expect(notFound.error).toBeDefined();
		expect(notFound.site).toBeDefined();
		expect(notFound.agent).toBeUndefined();
		expect(JSON.stringify(pickStrings(en, notFound)).length).toBeLessThan(
			JSON.stringify(en).length / 10
		);
		// pages reach their components' strings through imports: the ticket page's composer and the queue's rows
		expect(usage['/agent/tickets/[ref]']!.desk).toBeDefined();
		expect(usage['/agent']!.queue).toBeDefined();
	});
});
