// The OpenAPI 3.1 document of /api/v1, generated from the very schemas the endpoints validate with.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { LoginSchema, MeSchema, SignupSchema } from '$lib/schemas/auth';
import { SearchEventSchema } from '$lib/schemas/search';
import { VoteSchema } from '$lib/schemas/vote';
import { DeflectionSchema, ReplySchema, TicketSchema } from '$lib/schemas/tickets';

const schema = (s: GenericSchema) => {
	const { $schema: _, ...rest } = toJsonSchema(s, { errorMode: 'ignore' }) as Record<
		string,
		unknown
	>;
	return rest;
};

const REF = [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }];

const error = (description: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
});
const body = (ref: string, form = false) => ({
	required: true,
	content: {
		'application/json': { schema: { $ref: `#/components/schemas/${ref}` } },
		...(form
			? { 'application/x-www-form-urlencoded': { schema: { $ref: `#/components/schemas/${ref}` } } }
			: {})
	}
});

export function openApiDocument(serverUrl: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Svar API',
			version: '1',
			description:
				'The functions other clients call. Errors are JSON {error: {code, message, fields?}}, messages in the request’s language (Accept-Language). Sessions are an HttpOnly cookie set by POST /auth/login. Form posts from another origin are refused (403).'
		},
		servers: [{ url: `${serverUrl}/api/v1` }],
		components: {
			securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'svar_session' } },
			schemas: {
				Error: {
					type: 'object',
					required: ['error'],
					properties: {
						error: {
							type: 'object',
							required: ['code', 'message'],
							properties: {
								code: { type: 'string' },
								message: { type: 'string' },
								fields: {
									type: 'object',
									additionalProperties: { type: 'string' },
									description: 'Field name → localized problem'
								}
							}
						}
					}
				},
				Signup: schema(SignupSchema),
				Login: schema(LoginSchema),
				Me: schema(MeSchema),
				Vote: schema(VoteSchema),
				SearchEvent: schema(SearchEventSchema),
				TicketForm: {
					...schema(TicketSchema),
					properties: {
						...(schema(TicketSchema).properties as object),
						// read from the raw form next to the schema (a window needs the zone it is in)
						callbackFrom: { type: 'string', examples: ['2026-11-24T14:00'] },
						callbackTo: { type: 'string', examples: ['2026-11-24T15:00'] },
						timeZone: { type: 'string', examples: ['Europe/Oslo'] }
					},
					description:
						'multipart/form-data. Files: up to 5 in `files`, 10 MB each; PNG, JPEG, WebP, GIF, PDF or plain text, typed from their content.'
				},
				ReplyForm: schema(ReplySchema),
				Deflection: schema(DeflectionSchema),
				QueueItem: {
					type: 'object',
					required: ['ref', 'position', 'reasons', 'why', 'version'],
					properties: {
						ref: { type: 'string' },
						subject: { type: 'string' },
						status: { enum: ['new', 'open', 'pending', 'solved', 'closed'] },
						priority: { enum: ['low', 'normal', 'high', 'urgent', null] },
						locale: { type: 'string' },
						category: { type: ['string', 'null'] },
						customer: {
							type: 'object',
							properties: {
								id: { type: 'string' },
								name: { type: 'string' },
								email: { type: ['string', 'null'] }
							}
						},
						assignee: { type: ['object', 'null'] },
						team: { type: ['object', 'null'] },
						article: { type: ['object', 'null'] },
						recentTickets: {
							type: 'integer',
							description: 'The customer’s tickets in the last 30 days, this one included'
						},
						position: { type: 'integer', minimum: 1 },
						reasons: {
							type: 'array',
							description: 'Why the ticket is where it is, most weighty first',
							items: {
								type: 'object',
								properties: {
									code: { enum: ['priority', 'frequency', 'waiting', 'due', 'overdue'] },
									text: { type: 'string', description: 'In the agent’s language' }
								}
							}
						},
						why: {
							type: 'string',
							examples: ['first ticket this month · waiting 6 h · due in 2 h']
						},
						waitingSince: { type: ['string', 'null'], format: 'date-time' },
						dueAt: { type: ['string', 'null'], format: 'date-time' },
						callback: { type: ['object', 'null'] },
						version: { type: 'integer' }
					}
				},
				TicketPatch: {
					type: 'object',
					required: ['version'],
					properties: {
						version: { type: 'integer', description: 'The version the agent saw' },
						status: { enum: ['open', 'pending', 'solved', 'closed'] },
						priority: { enum: ['low', 'normal', 'high', 'urgent', null] },
						assignee: {
							type: ['string', 'null'],
							description: 'An agent’s id or email; null unassigns'
						},
						team: { type: ['string', 'null'] },
						note: {
							type: 'string',
							maxLength: 2000,
							description: 'Required when reassigning a ticket somebody else has'
						}
					}
				},
				Conflict: {
					type: 'object',
					properties: {
						error: { $ref: '#/components/schemas/Error/properties/error' },
						version: { type: 'integer', description: 'The current version' },
						changes: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									kind: { type: 'string' },
									by: { type: ['string', 'null'] },
									at: { type: 'string', format: 'date-time' },
									text: { type: 'string' }
								}
							}
						}
					}
				},
				AgentReply: {
					type: 'object',
					required: ['message'],
					properties: {
						message: {
							type: 'string',
							maxLength: 10000,
							description:
								'Placeholders {{customer.name}}, {{ticket.ref}}, {{article:<id>}} are filled in'
						},
						internal: { type: 'boolean', default: false },
						status: {
							enum: ['open', 'pending', 'solved', 'closed'],
							description: 'After a reply: default pending'
						},
						version: { type: 'integer', description: 'Optional: refuse with 409 if stale' },
						files: {
							type: 'array',
							items: { type: 'string', format: 'binary' },
							description: 'Multipart only'
						}
					}
				},
				CannedAnswer: {
					type: 'object',
					required: ['locale', 'title', 'body'],
					properties: {
						id: { type: 'string', readOnly: true },
						locale: { enum: ['en', 'nb', 'sv', 'ru', 'de', 'fr', 'nl', 'ar'] },
						title: { type: 'string', maxLength: 120 },
						body: { type: 'string', maxLength: 10000 },
						expanded: {
							type: 'string',
							readOnly: true,
							description: 'With ?ticket=: the body filled in for that ticket'
						}
					}
				},
				ServiceHoursInput: {
					type: 'object',
					description:
						'What PUT takes: the settings form’s flat fields; omitted ones keep their value',
					properties: {
						timeZone: { type: 'string', examples: ['Europe/Oslo'] },
						days: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 } },
						start: { type: 'string', examples: ['09:00'] },
						end: { type: 'string', examples: ['17:00'] },
						holidays: { type: 'array', items: { type: 'string', format: 'date' } },
						firstResponseAmount: { type: 'integer', minimum: 1, maximum: 999 },
						firstResponseUnit: { enum: ['hours', 'days'] },
						nextResponseAmount: { type: 'integer', minimum: 1, maximum: 999 },
						nextResponseUnit: { enum: ['hours', 'days'] },
						surveyDelayHours: { type: 'integer', minimum: 0, maximum: 720 }
					}
				},
				ServiceHours: {
					type: 'object',
					description: 'What GET and PUT answer',
					properties: {
						timeZone: { type: 'string' },
						days: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 7 } },
						start: { type: 'string' },
						end: { type: 'string' },
						holidays: { type: 'array', items: { type: 'string', format: 'date' } },
						firstResponse: { $ref: '#/components/schemas/Target' },
						nextResponse: { $ref: '#/components/schemas/Target' },
						surveyDelayHours: { type: 'integer' }
					}
				},
				Target: {
					type: 'object',
					properties: {
						amount: { type: 'integer' },
						unit: { enum: ['hours', 'days'], description: 'Business hours or business days' }
					}
				},
				SurveyAnswer: {
					type: 'object',
					properties: {
						csat: {
							type: 'integer',
							minimum: 1,
							maximum: 5,
							description: 'How satisfied are you with this support experience? (5 best)'
						},
						ces: {
							type: 'integer',
							minimum: 1,
							maximum: 7,
							description: 'Overall, how easy was it to get the help you wanted? (7 best)'
						},
						nps: {
							type: 'integer',
							minimum: 0,
							maximum: 10,
							description: 'How likely is it that you would recommend us to a friend or colleague?'
						},
						valueProduct: { type: 'integer', minimum: 1, maximum: 7 },
						valueConfidence: { type: 'integer', minimum: 1, maximum: 7 },
						comment: { type: 'string', maxLength: 2000 },
						ticket: {
							type: 'string',
							description: 'Optional: the ticket reference the answer is for'
						}
					}
				},
				ReportSummary: {
					type: 'object',
					description:
						'Shares are fractions (0–1); times are business minutes; null when there is nothing to measure. `figures` repeats each with its n and 95% interval.',
					properties: {
						from: { type: 'string', format: 'date' },
						to: { type: 'string', format: 'date' },
						timeZone: { type: 'string' },
						responses: { type: 'integer' },
						nps: {
							type: ['number', 'null'],
							description: '(answers 9–10 − answers 0–6) / all × 100'
						},
						csatShare: { type: ['number', 'null'], description: 'Share of 4–5 answers' },
						csatMean: { type: ['number', 'null'] },
						cesMean: { type: ['number', 'null'] },
						valueProductMean: { type: ['number', 'null'] },
						valueConfidenceMean: { type: ['number', 'null'] },
						tickets: { type: 'integer' },
						solved: { type: 'integer' },
						firstResponseMedianMinutes: { type: ['number', 'null'] },
						firstResponseP90Minutes: { type: ['number', 'null'] },
						resolutionMedianMinutes: { type: ['number', 'null'] },
						resolutionP90Minutes: { type: ['number', 'null'] },
						withinSla: {
							type: ['number', 'null'],
							description:
								'Share of first responses by their due time (unanswered and overdue count against)'
						},
						nextWithinSla: {
							type: ['number', 'null'],
							description: 'The same for next responses, after a customer wrote again'
						},
						reopenRate: { type: ['number', 'null'] },
						oneTouchRate: { type: ['number', 'null'] },
						searches: { type: 'integer' },
						noResultRate: { type: ['number', 'null'] },
						topNoResultQueries: { type: 'array', items: { type: 'object' } },
						articleViews: { type: 'integer' },
						visits: { type: 'integer' },
						helpfulShare: { type: ['number', 'null'] },
						deflections: { type: 'integer' },
						contactTickets: { type: 'integer' },
						deflectionRate: {
							type: ['number', 'null'],
							description: 'deflections / (deflections + tickets sent from the contact flow)'
						},
						ticketsPer1000Visits: { type: ['number', 'null'] },
						figures: { type: 'object' },
						distributions: { type: 'object' },
						breakdowns: {
							type: 'object',
							description: 'agent, team, locale, category, week: response figures per group'
						}
					}
				},
				Ticket: {
					type: 'object',
					properties: {
						ref: { type: 'string', examples: ['SV-1042'] },
						subject: { type: 'string' },
						status: { enum: ['new', 'open', 'pending', 'solved', 'closed'] },
						locale: { type: 'string' },
						version: { type: 'integer' },
						article: {
							type: ['object', 'null'],
							properties: {
								id: { type: 'string' },
								locale: { type: 'string' },
								updated: { type: 'string' },
								title: { type: 'string' },
								href: { type: ['string', 'null'] }
							}
						},
						callback: {
							type: ['object', 'null'],
							properties: {
								phone: { type: 'string' },
								window: { type: ['string', 'null'], description: 'The customer’s note' },
								start: { type: ['string', 'null'], format: 'date-time' },
								end: { type: ['string', 'null'], format: 'date-time' },
								timeZone: { type: ['string', 'null'], description: 'The customer’s IANA zone' },
								state: { enum: ['requested', 'done', null] }
							}
						},
						expectedBy: {
							type: ['string', 'null'],
							format: 'date-time',
							description:
								'When support’s next answer is due (service hours); null when nobody waits'
						},
						priority: {
							enum: ['low', 'normal', 'high', 'urgent', null],
							description: 'Agents only; null = automatic order'
						},
						assignee: {
							type: ['object', 'null'],
							description: 'Agents only',
							properties: { id: { type: 'string' }, name: { type: 'string' } }
						},
						team: { type: ['string', 'null'], description: 'Agents only: team id' },
						messages: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									id: { type: 'string' },
									author: { enum: ['you', 'customer', 'support'] },
									body: {
										type: 'string',
										description: 'Plain text: never rendered as HTML or Markdown'
									},
									createdAt: { type: 'string', format: 'date-time' },
									attachments: {
										type: 'array',
										items: {
											type: 'object',
											properties: {
												id: { type: 'string' },
												filename: { type: 'string' },
												contentType: { type: 'string' },
												size: { type: 'integer' },
												url: { type: 'string' }
											}
										}
									}
								}
							}
						}
					}
				}
			}
		},
		paths: {
			'/auth/signup': {
				post: {
					summary: 'Create an account; a verification link is emailed',
					description:
						'Answers 202 alike whether or not the email is registered. Passwords: 8–128 characters, not among the 10,000 most common.',
					requestBody: body('Signup'),
					responses: {
						'202': { description: 'Check your email' },
						'400': error('Body is not JSON'),
						'413': error('Body too large'),
						'422': error('Invalid fields'),
						'429': error('Too many sign-ups from this address')
					}
				}
			},
			'/auth/login': {
				post: {
					summary: 'Log in; sets the session cookie (a new session every time)',
					requestBody: body('Login'),
					responses: {
						'200': {
							description: 'Logged in',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: { user: { $ref: '#/components/schemas/Me' } }
									}
								}
							}
						},
						'400': error('Not JSON or a form'),
						'401': error('Wrong email or password (the same answer for both)'),
						'413': error('Body over 16 KB'),
						'422': error('Invalid fields'),
						'429': error(
							'Throttled: 10 failures in a row for the account, or many from one address; see Retry-After'
						)
					}
				}
			},
			'/auth/logout': {
				post: {
					summary: 'End this session',
					security: [{ session: [] }],
					responses: {
						'204': { description: 'Logged out' },
						'403': error('Cross-origin form post')
					}
				}
			},
			'/me': {
				get: {
					summary: 'The logged-in account',
					security: [{ session: [] }],
					responses: {
						'200': {
							description: 'The account',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Me' } } }
						},
						'401': error('No session')
					}
				}
			},
			'/me/summary': {
				get: {
					summary:
						'For the static pages’ header: whether a session is there, and how many of its tickets wait for the customer’s answer. Always 200',
					responses: {
						'200': {
							description:
								'{signedIn: boolean, ticketsAwaiting: number} (0 when nobody is signed in)'
						}
					}
				}
			},
			'/tickets': {
				post: {
					summary:
						'Send a ticket (verified accounts). Nothing is stored unless every field and file is valid',
					security: [{ session: [] }],
					requestBody: {
						required: true,
						content: {
							'multipart/form-data': { schema: { $ref: '#/components/schemas/TicketForm' } }
						}
					},
					responses: {
						'201': { description: 'Created: {ref, status, subject, createdAt, url}' },
						'200': { description: 'The same idempotencyKey again: the ticket it created' },
						'401': error('No session'),
						'403': error('Email address not confirmed'),
						'413': error('Body larger than the server allows'),
						'422': error('Invalid fields or files (fields.files names the file)'),
						'429': error('Too many tickets in the last hour')
					}
				},
				get: {
					summary: 'The caller’s own tickets',
					security: [{ session: [] }],
					responses: {
						'200': {
							description: '{tickets: [{ref, subject, status, locale, createdAt, updatedAt}]}'
						},
						'401': error('No session')
					}
				}
			},
			'/tickets/{ref}': {
				get: {
					summary: 'A ticket with its thread',
					security: [{ session: [] }],
					parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': {
							description: 'The ticket',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Ticket' } } }
						},
						'401': error('No session'),
						'404': error('No such ticket, or not yours (the same answer)')
					}
				},
				patch: {
					summary:
						'Agents: change status, priority, assignee or team. Send the version you saw: if somebody changed the ticket since, nothing is saved and 409 lists what changed. Reassigning needs a note; the new assignee is emailed.',
					security: [{ session: [] }],
					parameters: REF,
					requestBody: body('TicketPatch'),
					responses: {
						'200': {
							description: 'The changed ticket',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Ticket' } } }
						},
						'401': error('No session'),
						'403': error('Not an agent or admin'),
						'404': error('No such ticket'),
						'409': {
							description: 'Stale version: nothing was saved',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Conflict' } } }
						},
						'422': error(
							'Missing version, unknown agent or team, bad status, or a reassignment without a note'
						)
					}
				}
			},
			'/agent/queue': {
				get: {
					summary:
						'The agent inbox in priority order (agent priority, then customers who write rarely, then wait, then SLA due), each ticket with its reasons; plus the call-backs still to make',
					security: [{ session: [] }],
					parameters: [
						{ name: 'view', in: 'query', schema: { enum: ['all', 'mine', 'unassigned', 'team'] } },
						{ name: 'locale', in: 'query', schema: { type: 'string' } },
						{ name: 'category', in: 'query', schema: { type: 'string' } },
						{
							name: 'status',
							in: 'query',
							description: 'Comma-separated; default active (new and open)',
							schema: { type: 'string', examples: ['active,pending'] }
						},
						{
							name: 'q',
							in: 'query',
							description: 'A reference, an email or words from the subject and messages',
							schema: { type: 'string', maxLength: 200 }
						},
						{
							name: 'limit',
							in: 'query',
							description: 'How many tickets of the order to return; `total` counts them all',
							schema: { type: 'integer', minimum: 1, maximum: 1000, default: 200 }
						}
					],
					responses: {
						'200': {
							description:
								'{tickets: QueueItem[], total, callbacks: QueueItem[], views: {all, mine, unassigned, team}}',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: {
											total: { type: 'integer' },
											tickets: { type: 'array', items: { $ref: '#/components/schemas/QueueItem' } },
											callbacks: {
												type: 'array',
												items: { $ref: '#/components/schemas/QueueItem' }
											},
											views: {
												type: 'object',
												description:
													'How many tickets each view holds under the same language, category, status and text filters',
												properties: {
													all: { type: 'integer' },
													mine: { type: 'integer' },
													unassigned: { type: 'integer' },
													team: { type: 'integer' }
												}
											}
										}
									}
								}
							}
						},
						'401': error('No session'),
						'403': error('Not an agent or admin'),
						'422': error('Invalid filter')
					}
				}
			},
			'/tickets/{ref}/replies': {
				post: {
					summary:
						'An agent’s reply (emailed to the customer in their language) or internal note (never shown or sent to the customer)',
					security: [{ session: [] }],
					parameters: REF,
					requestBody: {
						required: true,
						content: {
							'application/json': { schema: { $ref: '#/components/schemas/AgentReply' } },
							'multipart/form-data': { schema: { $ref: '#/components/schemas/AgentReply' } }
						}
					},
					responses: {
						'201': { description: '{ref, status, version, messageId}' },
						'401': error('No session'),
						'403': error('Not an agent or admin'),
						'404': error('No such ticket'),
						'409': {
							description: 'The version sent is stale: nothing was saved',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Conflict' } } }
						},
						'422': error('Empty message, unknown placeholder, bad status or files')
					}
				}
			},
			'/tickets/{ref}/callbacks': {
				post: {
					summary:
						'Log a call-back’s outcome: called, no_answer or rescheduled (with callbackFrom/callbackTo in timeZone, default the agent’s)',
					security: [{ session: [] }],
					parameters: REF,
					requestBody: {
						required: true,
						content: {
							'application/json': {
								schema: {
									type: 'object',
									required: ['outcome'],
									properties: {
										outcome: { enum: ['called', 'no_answer', 'rescheduled'] },
										note: { type: 'string', maxLength: 2000 },
										callbackFrom: { type: 'string', examples: ['2026-11-24T14:00'] },
										callbackTo: { type: 'string', examples: ['2026-11-24T15:00'] },
										timeZone: { type: 'string' }
									}
								}
							}
						}
					},
					responses: {
						'200': { description: '{ref, callbackState, version}' },
						'401': error('No session'),
						'403': error('Not an agent or admin'),
						'404': error('No such ticket'),
						'422': error('Bad outcome or window, or no call-back was asked for')
					}
				}
			},
			'/canned-answers': {
				get: {
					summary:
						'Canned answers (agents and admins); ?locale= for one language, ?ticket=<ref> to fill each in for that ticket',
					security: [{ session: [] }],
					parameters: [
						{ name: 'locale', in: 'query', schema: { type: 'string' } },
						{ name: 'ticket', in: 'query', schema: { type: 'string' } }
					],
					responses: {
						'200': { description: '{answers: CannedAnswer[]}' },
						'401': error('No session'),
						'403': error('Not an agent or admin'),
						'404': error('No such ticket')
					}
				},
				post: {
					summary: 'A new canned answer',
					security: [{ session: [] }],
					requestBody: body('CannedAnswer'),
					responses: {
						'201': {
							description: 'Created',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/CannedAnswer' } }
							}
						},
						'401': error('No session'),
						'403': error('Not an agent or admin'),
						'422': error('Missing text, duplicate title in that language, or unknown placeholder')
					}
				}
			},
			'/canned-answers/{id}': {
				put: {
					summary: 'Change a canned answer',
					security: [{ session: [] }],
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
					requestBody: body('CannedAnswer'),
					responses: {
						'200': { description: 'Changed' },
						'403': error('Not an agent or admin'),
						'404': error('No such answer'),
						'422': error('Invalid answer')
					}
				},
				delete: {
					summary: 'Delete a canned answer',
					security: [{ session: [] }],
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'204': { description: 'Deleted' },
						'403': error('Not an agent or admin'),
						'404': error('No such answer')
					}
				}
			},
			'/settings/service-hours': {
				get: {
					summary: 'Service hours and response targets (admins only)',
					security: [{ session: [] }],
					responses: {
						'200': {
							description: 'The settings',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/ServiceHours' } }
							}
						},
						'403': error('Not an admin')
					}
				},
				put: {
					summary:
						'Change service hours and response targets (admins only; omitted fields keep their value)',
					security: [{ session: [] }],
					requestBody: body('ServiceHoursInput'),
					responses: {
						'200': {
							description: 'Saved: the settings as they are now',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/ServiceHours' } }
							}
						},
						'403': error('Not an admin'),
						'422': error('Invalid zone, times, days or holidays')
					}
				}
			},
			'/reports/summary': {
				get: {
					summary:
						'Service figures for a period (agents and admins): survey answers (NPS, CSAT, CES, value), response and resolution times in business hours, SLA share, reopen and one-touch rates, self-service and deflection',
					security: [{ session: [] }],
					parameters: [
						{
							name: 'from',
							in: 'query',
							description: 'YYYY-MM-DD in the team time zone; default 29 days before `to`',
							schema: { type: 'string', format: 'date' }
						},
						{
							name: 'to',
							in: 'query',
							description: 'YYYY-MM-DD, inclusive; default today',
							schema: { type: 'string', format: 'date' }
						},
						{ name: 'locale', in: 'query', schema: { type: 'string' } },
						{ name: 'team', in: 'query', description: 'A team id', schema: { type: 'string' } }
					],
					responses: {
						'200': {
							description: 'The figures',
							content: {
								'application/json': { schema: { $ref: '#/components/schemas/ReportSummary' } }
							}
						},
						'401': error('No session'),
						'403': error('Not an agent or admin'),
						'422': error('Bad dates, locale or team')
					}
				}
			},
			'/surveys/{token}': {
				post: {
					summary:
						'Answer the survey sent after a solved ticket, with the emailed token (no login). The first answer uses the link up and sets an HttpOnly cookie that allows changes for 7 days',
					parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
					requestBody: body('SurveyAnswer', true),
					responses: {
						'200': { description: '{answers, editableUntil}' },
						'404': error('Not a survey link'),
						'409': error('The link belongs to another ticket than `ticket`'),
						'410': error('The link expired, was used already, or the 7 days for changes are over'),
						'422': error('A score outside its scale, or no answer at all')
					}
				}
			},
			'/views': {
				post: {
					summary:
						'Count a help-centre page view (sent with sendBeacon by the page): daily totals only, no cookie',
					requestBody: {
						required: true,
						content: {
							'text/plain': {
								schema: {
									type: 'object',
									required: ['locale'],
									properties: {
										locale: { type: 'string' },
										articleId: { type: 'string' },
										newVisit: { type: 'boolean' }
									}
								}
							}
						}
					},
					responses: {
						'204': { description: 'Counted' },
						'400': { description: 'Not a page of ours' }
					}
				}
			},
			'/tickets/{ref}/messages': {
				post: {
					summary:
						'Reply to a ticket (multipart: message, files); a customer’s reply reopens a pending or solved ticket',
					security: [{ session: [] }],
					parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
					requestBody: {
						required: true,
						content: {
							'multipart/form-data': { schema: { $ref: '#/components/schemas/ReplyForm' } }
						}
					},
					responses: {
						'201': { description: '{ref, status, version}' },
						'200': {
							description:
								'The same idempotencyKey (and text) again: nothing stored, {ref, status, version}'
						},
						'401': error('No session'),
						'404': error('No such ticket, or not yours'),
						'422': error('Invalid message or files')
					}
				}
			},
			'/attachments/{id}': {
				get: {
					summary:
						'A ticket’s file, with its sniffed Content-Type, Content-Disposition, nosniff and a sandboxing CSP',
					security: [{ session: [] }],
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
					responses: {
						'200': { description: 'The file' },
						'401': error('No session'),
						'404': error('No such file, or not yours')
					}
				}
			},
			'/deflections': {
				post: {
					summary:
						'What the contact form’s suggestions did: suggested, opened, or solved (a question answered without a ticket)',
					requestBody: body('Deflection'),
					responses: {
						'204': { description: 'Recorded' },
						'404': error('Unknown article'),
						'422': error('Invalid event')
					}
				}
			},
			'/votes': {
				post: {
					summary:
						'“Was this helpful?” — one vote per visitor per article; voting again changes it',
					requestBody: body('Vote', true),
					responses: {
						'200': { description: 'Vote changed' },
						'201': { description: 'Vote recorded' },
						'303': { description: 'Form posts are redirected to a thank-you page' },
						'400': error('Invalid vote'),
						'404': error('Unknown article')
					}
				}
			},
			'/search': {
				get: {
					summary: 'Search the help centre (the same index as the search box)',
					parameters: [
						{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } },
						{
							name: 'locale',
							in: 'query',
							required: true,
							schema: { type: 'string', enum: ['en', 'nb', 'sv', 'ru', 'de', 'fr', 'nl', 'ar'] }
						},
						{
							name: 'limit',
							in: 'query',
							schema: { type: 'integer', minimum: 1, maximum: 50, default: 8 }
						}
					],
					responses: {
						'200': {
							description: 'Results: {query, locale, results: [{id, href, title, snippet, lang?}]}'
						},
						'400': error('Invalid query')
					}
				}
			},
			'/search-events': {
				post: {
					summary: 'Record the final query of a search (anonymous; masked before storage)',
					requestBody: body('SearchEvent'),
					responses: {
						'204': { description: 'Recorded' },
						'400': error('Invalid event'),
						'404': error('Unknown article')
					}
				}
			}
		}
	};
}
