/** Table types. Times are epoch milliseconds in BIGINT columns: one representation on SQLite and PostgreSQL. */
export interface Database {
	helpful_votes: HelpfulVoteTable;
	search_events: SearchEventTable;
}

export interface SearchEventTable {
	id: string;
	locale: string;
	query: string;
	results: number;
	opened_article: string | null;
	visit_id: string | null;
	created_at: number;
}

export interface HelpfulVoteTable {
	article_id: string;
	/** The locale the reader voted from (the page's UI locale). */
	locale: string;
	/** SHA-256 of the visitor cookie: one vote per visitor per article, changeable. */
	visitor_hash: string;
	helpful: number;
	created_at: number;
	updated_at: number;
}
