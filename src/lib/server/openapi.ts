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
					description:
						'multipart/form-data. Files: up to 5 in `files`, 10 MB each; PNG, JPEG, WebP, GIF, PDF or plain text, typed from their content.'
				},
				ReplyForm: schema(ReplySchema),
				Deflection: schema(DeflectionSchema),
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
							properties: { phone: { type: 'string' }, window: { type: 'string' } }
						},
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
						'401': error('Wrong email or password (the same answer for both)'),
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
