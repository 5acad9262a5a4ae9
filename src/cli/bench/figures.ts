// What every bench section returns: a figure, and what it is judged against — a peer measured in the same run
// (sirv, Pagefind, a plain static server) or a target from the issue. The bench prints each as a ratio, so a
// slow or busy machine moves both sides, and `--json` prints the same list for comparing two runs.

export interface Against {
	/** "target", or the peer's name as printed: "sirv", "Pagefind" */
	name: string;
	value: number;
	/** a target is a limit; a peer is measured in the same run */
	kind: 'target' | 'peer';
	/** for a peer, the least acceptable ratio (0.8 for "≥ 0.8× sirv"); a target's is 1 */
	ratio?: number;
	/** a limit the bench sets itself, not one an issue asks for: printed as "own target" */
	own?: true;
}

export interface Figure {
	/** the section it is printed under: "Wire", "Search", "Build", "Tickets" … */
	section: string;
	name: string;
	value: number;
	unit: string;
	/** whether less is better (bytes, ms) or more (requests per second) */
	better: 'lower' | 'higher';
	against?: Against;
	note?: string;
}

/** value ÷ the compared value, so 0.5× of a byte target and 1.2× a peer's requests per second both read well */
export function ratioOf(figure: Figure): number | undefined {
	if (!figure.against || figure.against.value === 0) return undefined;
	return figure.value / figure.against.value;
}

/** Whether the figure meets its target or the ratio asked of it against its peer; undefined without one. */
export function meets(figure: Figure): boolean | undefined {
	const ratio = ratioOf(figure);
	if (ratio === undefined) return undefined;
	const limit = figure.against!.ratio ?? 1;
	return figure.better === 'lower' ? ratio <= limit : ratio >= limit;
}

function formatValue(value: number, unit: string): string {
	const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	return `${value.toFixed(digits)} ${unit}`;
}

export function formatFigure(figure: Figure, width = 46): string {
	const value = formatValue(figure.value, figure.unit);
	let compared = '';
	const ratio = ratioOf(figure);
	if (ratio !== undefined) {
		const against = figure.against!;
		const sign = figure.better === 'lower' ? '≤' : '≥';
		const own = against.own ? 'own ' : '';
		const wanted = against.kind === 'target' ? '' : ` (${own}want ${sign} ${against.ratio ?? 1}×)`;
		const verdict = meets(figure) ? '✓' : '✗';
		compared =
			against.kind === 'target'
				? `${ratio.toFixed(2)}× ${own}target ${sign} ${formatValue(against.value, figure.unit)} ${verdict}`
				: `${ratio.toFixed(2)}× ${against.name} ${formatValue(against.value, figure.unit)}${wanted} ${verdict}`;
	}
	const note = figure.note ? `   ${figure.note}` : '';
	return `  ${figure.name.padEnd(width)} ${value.padStart(12)}   ${compared}${note}`;
}

/** The figures as text under their section headings, in the order they were measured. */
export function formatFigures(figures: Figure[]): string {
	const lines: string[] = [];
	// names in one column, however long the longest is
	const width = Math.max(46, ...figures.map((f) => f.name.length));
	let section = '';
	for (const figure of figures) {
		if (figure.section !== section) {
			section = figure.section;
			lines.push('', section);
		}
		lines.push(formatFigure(figure, width));
	}
	return lines.join('\n');
}

/** The figures as JSON, each with its ratio and verdict, for comparing two runs. */
export function figuresJson(figures: Figure[], header: Record<string, unknown>): string {
	return JSON.stringify(
		{
			...header,
			figures: figures.map((f) => ({ ...f, ratio: ratioOf(f), meets: meets(f) }))
		},
		null,
		2
	);
}
