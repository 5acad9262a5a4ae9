// Forward-only. Each migration must run on SQLite and PostgreSQL alike: use portable column types
// (text, integer, bigint, binary) through build.ts's createTable and addColumns, which write them with Kysely's
// schema builder, rather than dialect SQL. A new one is a new file here (and a new schema snapshot).
import type { Migration } from 'kysely';
import { first } from './0001-0003';
import { migration as m0004 } from './0004_tickets';
import { migration as m0005 } from './0005_ticket_counter';
import { migration as m0006 } from './0006_agent_workspace';
import { migration as m0007 } from './0007_measure';
import { migration as m0008 } from './0008_reply_keys';
import { migration as m0009 } from './0009_outbox_given_up';
import { migration as m0010 } from './0010_upload_quota';
import { migration as m0011 } from './0011_outbox_facts';
import { migration as m0012 } from './0012_inbox_order';
import { migration as m0013 } from './0013_report_facts';
import { migration as m0014 } from './0014_inbox_index';
import { migration as m0015 } from './0015_report_codes';
import { migration as m0016 } from './0016_report_packed';
import { migration as m0017 } from './0017_inbox_views';

export const migrations: Record<string, Migration> = {
	...first,
	'0004_tickets': m0004,
	'0005_ticket_counter': m0005,
	'0006_agent_workspace': m0006,
	'0007_measure': m0007,
	'0008_reply_keys': m0008,
	'0009_outbox_given_up': m0009,
	'0010_upload_quota': m0010,
	'0011_outbox_facts': m0011,
	'0012_inbox_order': m0012,
	'0013_report_facts': m0013,
	'0014_inbox_index': m0014,
	'0015_report_codes': m0015,
	'0016_report_packed': m0016,
	'0017_inbox_views': m0017
};
