// Evaluation: does search put the right article where the customer sees it? Pure, so the CLI and the
// test share it. Queries run through searchHelpCentre, exactly as readers' queries do.
import { isLocale, type Locale } from '$lib/i18n/locales';

export interface EvalQuery {
	locale: Locale;
	query: string;
	/** Any of these ids first is a hit; none (`-` in the file) means no article answers the query. */
	expected: string[];
	line: number;
}

export interface Metrics {
	queries: number;
	recallAt1: number;
	recallAt3: number;
	mrr: number;
}

export interface Miss {
	locale: Locale;
	query: string;
	expected: string[];
	got: string[];
}

/** Queries no article answers: search should decline them (no confident result). */
export interface Unanswerable {
	queries: number;
	declined: number;
}

export interface EvalReport {
	/** Answerable queries only. */
	overall: Metrics;
	byLocale: Partial<Record<Locale, Metrics>>;
	misses: Miss[];
	unanswerable: Unanswerable & {
		byLocale: Partial<Record<Locale, Unanswerable>>;
		/** Unanswerable queries that still got a result, with what came first. */
		shown: Miss[];
	};
}

/**
 * Lines `locale<TAB>query<TAB>id[,id…]`, or `locale<TAB>query<TAB>-` for a query no article answers; `#` starts
 * a comment. Throws with the line number on a bad line.
 */
export function parseQueries(tsv: string): EvalQuery[] {
	const queries: EvalQuery[] = [];
	tsv.split('\n').forEach((raw, index) => {
		const line = raw.replace(/\r$/, '');
		if (!line.trim() || line.trimStart().startsWith('#')) return;
		const [locale, query, ids, ...rest] = line.split('\t');
		if (!isLocale(locale) || !query?.trim() || !ids?.trim() || rest.length) {
			throw new Error(
				`line ${index + 1}: expected locale<TAB>query<TAB>id[,id…] or -, got ${JSON.stringify(line)}`
			);
		}
		queries.push({
			locale,
			query: query.trim(),
			expected: ids
				.trim()
				.replace(/^-$/, '')
				.split(',')
				.map((s) => s.trim())
				.filter(Boolean),
			line: index + 1
		});
	});
	return queries;
}

function metrics(ranks: (number | undefined)[]): Metrics {
	const n = ranks.length;
	const share = (k: number) => (n ? ranks.filter((r) => r !== undefined && r < k).length / n : 0);
	const mrr = n
		? ranks.reduce<number>((sum, r) => sum + (r !== undefined ? 1 / (r + 1) : 0), 0) / n
		: 0;
	return { queries: n, recallAt1: share(1), recallAt3: share(3), mrr };
}

/** Run every query; `k` is the cut-off for MRR (results below it count as not found). */
export async function evaluate(
	queries: EvalQuery[],
	run: (q: EvalQuery) => Promise<string[]>,
	k = 10
): Promise<EvalReport> {
	const ranks: { locale: Locale; rank: number | undefined }[] = [];
	const misses: Miss[] = [];
	const unanswerable: EvalReport['unanswerable'] = {
		queries: 0,
		declined: 0,
		byLocale: {},
		shown: []
	};
	for (const q of queries) {
		const got = (await run(q)).slice(0, k);
		if (!q.expected.length) {
			const mine = (unanswerable.byLocale[q.locale] ??= { queries: 0, declined: 0 });
			const declined = got.length === 0 ? 1 : 0;
			unanswerable.queries++;
			mine.queries++;
			unanswerable.declined += declined;
			mine.declined += declined;
			if (!declined)
				unanswerable.shown.push({
					locale: q.locale,
					query: q.query,
					expected: [],
					got: got.slice(0, 3)
				});
			continue;
		}
		const index = got.findIndex((id) => q.expected.includes(id));
		const rank = index >= 0 ? index : undefined;
		ranks.push({ locale: q.locale, rank });
		if (rank === undefined || rank > 0)
			misses.push({ locale: q.locale, query: q.query, expected: q.expected, got: got.slice(0, 3) });
	}
	const byLocale: EvalReport['byLocale'] = {};
	for (const locale of new Set(ranks.map((r) => r.locale))) {
		byLocale[locale] = metrics(ranks.filter((r) => r.locale === locale).map((r) => r.rank));
	}
	return { overall: metrics(ranks.map((r) => r.rank)), byLocale, misses, unanswerable };
}
