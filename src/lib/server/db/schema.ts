import type { Generated } from 'kysely';
import type { AnswerCount, ReplyCount, TicketFact } from './report-facts';

/** A ticket's fact as report_tickets keeps it: what it is grouped by as codes (report-codes.ts). */
type StoredFact = Omit<
	TicketFact,
	'locale' | 'team_id' | 'assignee_id' | 'category' | 'article_id' | 'status'
> & {
	locale: number;
	team_id: number | null;
	assignee_id: number | null;
	category: number | null;
	article_id: number | null;
	status: number;
	/** Its numbers as one text, as the summary reads them (report-changes.ts packed). */
	packed: string | null;
};

/** Table types. Times are epoch milliseconds in BIGINT columns: one representation on SQLite and PostgreSQL. */
export interface Database {
	helpful_votes: HelpfulVoteTable;
	search_events: SearchEventTable;
	users: UserTable & RecentTickets;
	sessions: SessionTable;
	user_tokens: UserTokenTable;
	rate_limits: RateLimitTable;
	outbox: OutboxTable;
	settings: { key: string; value: string };
	tickets: TicketTable;
	ticket_messages: TicketMessageTable;
	attachments: AttachmentTable;
	deflection_events: DeflectionEventTable;
	counters: { name: string; value: number };
	teams: TeamTable;
	team_members: { team_id: string; user_id: string };
	ticket_events: TicketEventTable;
	canned_answers: CannedAnswerTable;
	surveys: SurveyTable;
	page_views: PageViewTable;
	report_tickets: StoredFact;
	report_codes: { code: Generated<number>; value: string };
	report_answers: Omit<AnswerCount, 'team_id' | 'assignee_id' | 'category'> &
		Record<'team_id' | 'assignee_id' | 'category', string>;
	report_replies: Omit<ReplyCount, 'team_id'> & { team_id: string };
}

export interface SurveyTable {
	id: string;
	ticket_id: string;
	user_id: string;
	locale: string;
	assignee_id: string | null;
	team_id: string | null;
	category: string | null;
	token_hash: string | null;
	edit_hash: string | null;
	created_at: number;
	send_after: number;
	sent_at: number | null;
	expires_at: number | null;
	used_at: number | null;
	answered_at: number | null;
	updated_at: number | null;
	csat: number | null;
	ces: number | null;
	nps: number | null;
	value_product: number | null;
	value_confidence: number | null;
	comment: string | null;
}

export interface PageViewTable {
	/** YYYY-MM-DD, UTC. */
	day: string;
	locale: string;
	/** '' for pages that are not articles (home, categories, search). */
	article_id: string;
	views: number;
	visits: number;
}

export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export type CallbackState = 'requested' | 'done';

export interface TeamTable {
	id: string;
	name: string;
	/** JSON array of locales. */
	languages: string;
	/** JSON array of category ids; empty = every category. */
	categories: string;
	created_at: number;
}

export interface TicketEventTable {
	id: string;
	ticket_id: string;
	actor_id: string | null;
	kind: string;
	/** JSON object. */
	data: string;
	version: number;
	created_at: number;
}

export interface CannedAnswerTable {
	id: string;
	locale: string;
	title: string;
	body: string;
	created_by: string | null;
	created_at: number;
	updated_at: number;
}

export type TicketStatus = 'new' | 'open' | 'pending' | 'solved' | 'closed';

export interface TicketTable {
	id: string;
	number: number;
	ref: string;
	user_id: string;
	subject: string;
	status: TicketStatus;
	locale: string;
	category: string | null;
	article_id: string | null;
	article_locale: string | null;
	article_updated: string | null;
	callback_phone: string | null;
	callback_window: string | null;
	context: string | null;
	idempotency_key: string | null;
	version: Generated<number>;
	created_at: number;
	updated_at: number;
	priority: Priority | null;
	assignee_id: string | null;
	team_id: string | null;
	awaiting_since: number | null;
	due_at: number | null;
	first_response_at: number | null;
	solved_at: number | null;
	reopen_count: Generated<number>;
	agent_replies: Generated<number>;
	callback_start: number | null;
	callback_end: number | null;
	callback_tz: string | null;
	callback_state: CallbackState | null;
	first_due_at: number | null;
	/** An unfinished ticket's copy of its customer's recent-ticket count, for the inbox's index (db/queue.ts). */
	recent_tickets: Generated<number>;
}

export interface TicketMessageTable {
	id: string;
	ticket_id: string;
	author_id: string;
	body: string;
	internal: Generated<number>;
	created_at: number;
	/** The sending form's key: the same reply posted twice is stored once. */
	idempotency_key?: string | null;
}

export interface AttachmentTable {
	id: string;
	ticket_id: string;
	message_id: string;
	filename: string;
	content_type: string;
	size: number;
	data: Uint8Array;
	created_at: number;
}

export type DeflectionEvent = 'suggested' | 'opened' | 'solved' | 'ticket';

export interface DeflectionEventTable {
	id: string;
	locale: string;
	article_id: string | null;
	event: DeflectionEvent;
	created_at: number;
}

export type Role = 'customer' | 'agent' | 'admin';

export interface UserTable {
	id: string;
	email: string | null;
	email_verified_at: number | null;
	name: string;
	password_hash: string | null;
	locale: string;
	role: Role;
	shop_name: string | null;
	shop_url: string | null;
	phone: string | null;
	time_zone: string | null;
	created_at: number;
	deleted_at: number | null;
}

/**
 * A customer's tickets created since `recent_since`, the oldest of them created at `recent_oldest`: the inbox's
 * "rarely writes" key, stored on the account so the inbox sorts by it in SQL (db/queue.ts says when it holds).
 */
export interface RecentTickets {
	recent_tickets: Generated<number>;
	recent_since: number | null;
	recent_oldest: number | null;
}

export interface SessionTable {
	id: string;
	secret_hash: string;
	user_id: string;
	created_at: number;
	expires_at: number;
	refreshed_at: number;
}

export type TokenKind = 'verify' | 'reset' | 'email';

export interface UserTokenTable {
	token_hash: string;
	user_id: string;
	kind: TokenKind;
	new_email: string | null;
	next_path: string | null;
	created_at: number;
	expires_at: number;
	used_at: number | null;
}

export interface RateLimitTable {
	key: string;
	count: number;
	window_start: number;
}

export interface OutboxTable {
	id: string;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string;
	created_at: number;
	attempts: Generated<number>;
	next_attempt_at: number;
	locked_until: Generated<number>;
	sent_at: number | null;
	last_error: string | null;
	/** Set when the outbox gave up retrying (see mail/outbox MAX_ATTEMPTS). */
	failed_at: number | null;
	/**
	 * What a message queued unwritten is about (JSON, see mail/queued): subject and bodies are empty until the
	 * mail worker writes them, then this is cleared.
	 */
	facts: string | null;
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
