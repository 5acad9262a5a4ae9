// The schemas the OpenAPI document names: every request and response body of /api/v1, from $lib/schemas.
import * as v from 'valibot';
import {
	TicketPatchSchema,
	AgentReplyResultSchema,
	AgentReplySchema,
	CallbackOutcomeSchema,
	CallbackResultSchema,
	QueueSchema
} from '$lib/schemas/agent';
import { ConflictSchema, ErrorSchema, OpenApiDocumentSchema } from '$lib/schemas/api';
import {
	AccountSchema,
	LoginResultSchema,
	LoginSchema,
	MeSchema,
	MeSummarySchema,
	SignupResultSchema,
	SignupSchema
} from '$lib/schemas/auth';
import { JobsReportSchema } from '$lib/schemas/jobs';
import { EventStreamSchema, PresenceSchema } from '$lib/schemas/live';
import { CannedAnswerSchema, CannedListSchema, CannedSchema } from '$lib/schemas/canned';
import { ReportSummarySchema } from '$lib/schemas/reports';
import { PageViewSchema, SearchEventSchema, SearchResultsSchema } from '$lib/schemas/search';
import { ServiceSettingsSchema } from '$lib/schemas/service-hours';
import { ServiceHoursSchema } from '$lib/schemas/settings';
import { SurveyResultSchema, SurveySchema } from '$lib/schemas/surveys';
import {
	AttachmentFileSchema,
	DeflectionSchema,
	MessageAddedSchema,
	ReplyFormSchema,
	TicketCreatedSchema,
	TicketFormSchema,
	TicketListSchema,
	TicketViewSchema
} from '$lib/schemas/tickets';
import { VoteResultSchema, VoteSchema } from '$lib/schemas/vote';

/**
 * The schemas the document names (components.schemas): every request and response body. A body schema not
 * listed here cannot be used in the table (openapi.spec.ts checks it).
 */
export const NAMED_SCHEMAS = {
	Account: AccountSchema,
	AttachmentFile: AttachmentFileSchema,
	EventStream: EventStreamSchema,
	Presence: PresenceSchema,
	AgentReply: AgentReplySchema,
	AgentReplyResult: AgentReplyResultSchema,
	CallbackOutcome: CallbackOutcomeSchema,
	CallbackResult: CallbackResultSchema,
	CannedAnswer: CannedAnswerSchema,
	CannedAnswerInput: CannedSchema,
	CannedList: CannedListSchema,
	Conflict: ConflictSchema,
	Deflection: DeflectionSchema,
	Error: ErrorSchema,
	JobsReport: JobsReportSchema,
	Login: LoginSchema,
	LoginResult: LoginResultSchema,
	Me: MeSchema,
	MeSummary: MeSummarySchema,
	MessageAdded: MessageAddedSchema,
	OpenApiDocument: OpenApiDocumentSchema,
	PageView: PageViewSchema,
	Queue: QueueSchema,
	ReplyForm: ReplyFormSchema,
	ReportSummary: ReportSummarySchema,
	SearchEvent: SearchEventSchema,
	SearchResults: SearchResultsSchema,
	ServiceHours: ServiceHoursSchema,
	// PUT takes any of the fields: those left out keep their value
	ServiceHoursInput: v.partial(ServiceSettingsSchema.pipe[0]),
	Signup: SignupSchema,
	SignupResult: SignupResultSchema,
	SurveyAnswer: SurveySchema,
	SurveyResult: SurveyResultSchema,
	TicketCreated: TicketCreatedSchema,
	TicketForm: TicketFormSchema,
	TicketList: TicketListSchema,
	TicketPatch: TicketPatchSchema,
	TicketView: TicketViewSchema,
	Vote: VoteSchema,
	VoteResult: VoteResultSchema
} satisfies Record<string, v.GenericSchema>;

export type Schema = (typeof NAMED_SCHEMAS)[keyof typeof NAMED_SCHEMAS];
