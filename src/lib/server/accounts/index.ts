// Accounts: every operation a page, an endpoint or the CLI performs on users, sessions and their emails, one
// job per file. Routes parse input with the schemas in $lib/schemas/auth and call one of these; time and origin
// come in (Ctx), so tests are deterministic. Results are codes and data; routes put them in words.
export type { Ctx, LoggedIn, Throttled } from './common';
export { signup, type SignupInput } from './signup';
export { login, logout, logoutEverywhere, LOGIN_LIMITS } from './login';
export { requestPasswordReset, resetLinkValid, resetPassword } from './password-reset';
export { resendVerification, verifyEmail } from './verification';
export {
	accountOf,
	changePassword,
	deleteAccount,
	publicUser,
	requestEmailChange,
	updateProfile
} from './profile';
export { createUser } from './users';
export { createFirstAdmin, prepareSetup, setupTokenValid } from './setup';
