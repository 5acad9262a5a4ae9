// The OpenAPI 3.1 document of /api/v1, generated from the very schemas the endpoints validate with.
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { LoginSchema, MeSchema, SignupSchema } from '$lib/schemas/auth';
import { SearchEventSchema } from '$lib/schemas/search';
import { VoteSchema } from '$lib/schemas/vote';

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
				SearchEvent: schema(SearchEventSchema)
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
