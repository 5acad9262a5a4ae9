import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart from './BarChart.svelte';

/** The chart must render on the server: the reports page works without JavaScript. */
function html(props: Partial<Parameters<typeof BarChart>[1]> = {}): string {
	return render(BarChart, {
		props: {
			title: 'Svartid',
			labels: ['2026-W46', '2026-W47', '2026-W48'],
			series: [
				{ name: 'Median', values: [12, null, 30.25] },
				{ name: 'P90', values: [40, 55, 61] }
			],
			unit: ' min',
			locale: 'nb',
			tableLabel: 'Tabell',
			emptyText: 'Ingen data',
			...props
		}
	}).body;
}

/** x of each bar of one series (by its class), in label order. */
function barXs(body: string, series: number): number[] {
	return [...body.matchAll(/<rect class="bar series-(\d)[^"]*"[^>]*?\bx="([\d.-]+)"/g)]
		.filter((m) => Number(m[1]) === series)
		.map((m) => Number(m[2]));
}

describe('BarChart', () => {
	it('renders a captioned, labelled SVG and a data table', () => {
		const body = html({ description: 'Median og P90 per uke' });
		expect(body).toMatch(/<figcaption[^>]*>Svartid<\/figcaption>/);
		const labelledBy = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/.exec(body)?.[1];
		expect(body).toContain(`<title id="${labelledBy}">Svartid</title>`);
		expect(body).toMatch(/<desc id="[^"]+">Median og P90 per uke<\/desc>/);
		expect(body).toMatch(/<summary[^>]*>Tabell<\/summary>/);
		expect(body).toMatch(/<caption[^>]*>Svartid<\/caption>/);
		// Isolated, so "2026-W47" does not become "W47-2026" in an RTL table.
		expect(body).toMatch(/<th scope="row"[^>]*><bdi[^>]*>2026-W47<\/bdi><\/th>/);
	});

	it('formats values for the locale with the unit, and null as a dash', () => {
		const body = html();
		expect(body).toContain('30,3 min');
		expect(body).toMatch(/<td[^>]*>—<\/td>/);
		expect(body).toContain('<title>2026-W48 · Median: 30,3 min</title>');
		// No bar for the missing value: 2 + 3 bars.
		expect(body.match(/<rect class="bar /g)).toHaveLength(5);
	});

	it('shows a legend for several series only', () => {
		expect(html()).toContain('class="legend');
		expect(html({ series: [{ name: 'NPS', values: [1, 2, 3] }] })).not.toContain('class="legend');
	});

	it('shows the empty text instead of the chart when there is no value', () => {
		const body = html({ series: [{ name: 'NPS', values: [null, null, null] }] });
		expect(body).toContain('Ingen data');
		expect(body).not.toContain('<svg');
		expect(body).not.toContain('<table');
	});

	it('runs the x axis right to left in RTL', () => {
		const ltr = barXs(html(), 1);
		const rtl = barXs(html({ dir: 'rtl' }), 1);
		expect(ltr).toHaveLength(3);
		expect(ltr[0]).toBeLessThan(ltr[2] ?? 0);
		expect(rtl[0]).toBeGreaterThan(rtl[2] ?? 0);
		expect(html({ dir: 'rtl' })).toContain('dir="rtl"');
	});

	it('draws negative values below the zero line', () => {
		const body = html({ series: [{ name: 'NPS', values: [-40, 0, 60] }] });
		// Ticks −50..100 with a distinct zero line.
		expect(body).toContain('class="zero');
		expect(body).toMatch(/>-50<\/text>|>−50<\/text>/);
	});

	it('thins the axis labels but keeps all of them in the table', () => {
		const labels = Array.from({ length: 52 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);
		const body = html({ labels, series: [{ name: 'Saker', values: labels.map((_, i) => i) }] });
		const axis = body.match(/<text class="label[^>]*>/g) ?? [];
		expect(axis.length).toBeGreaterThan(1);
		expect(axis.length).toBeLessThan(52);
		expect(body.match(/<th scope="row"/g)).toHaveLength(52);
	});
});
