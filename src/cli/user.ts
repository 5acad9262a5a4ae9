// npm run user -- add --role agent|admin|customer --email E --name N [--password P] [--locale L]
// npm run user -- list
// Scripted set-up of accounts, straight into the configured database (DATABASE_URL or DATA_DIR).
import { randomBytes } from 'node:crypto';
import { isLocale } from '../lib/i18n/locales.ts';
import { createUser } from '../lib/server/accounts/users.ts';
import { passwordProblem } from '../lib/server/auth/password.ts';
import { getDb } from '../lib/server/db/index.ts';
import { findUserByEmail, listUsers } from '../lib/server/db/users.ts';

const [command, ...rest] = process.argv.slice(2);
const option = (name: string) => {
	const i = rest.indexOf(`--${name}`);
	return i >= 0 ? rest[i + 1] : undefined;
};
const usage =
	'usage: npm run user -- add --role agent|admin|customer --email E --name N [--password P] [--locale en]\n       npm run user -- list';

const db = await getDb();
try {
	if (command === 'list') {
		for (const u of await listUsers(db)) {
			console.log(
				`${u.role.padEnd(8)} ${String(u.email).padEnd(36)} ${u.name}${u.email_verified_at ? '' : ' (not verified)'}`
			);
		}
	} else if (command === 'add') {
		const role = option('role');
		const email = option('email')?.trim().toLowerCase();
		const name = option('name')?.trim();
		const locale = option('locale') ?? 'en';
		if (
			!role ||
			!['customer', 'agent', 'admin'].includes(role) ||
			!email ||
			!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ||
			!name ||
			!isLocale(locale)
		) {
			console.error(usage);
			process.exitCode = 2;
		} else if (await findUserByEmail(db, email)) {
			console.error(`${email} already has an account.`);
			process.exitCode = 1;
		} else {
			const generated = !option('password');
			const password = option('password') ?? randomBytes(12).toString('base64url');
			const problem = passwordProblem(password);
			if (problem) {
				console.error(
					`That password is refused (${problem}): 8–128 characters, not among the 10,000 most common.`
				);
				process.exitCode = 1;
			} else {
				await createUser(db, {
					email,
					name,
					password,
					role: role as 'customer' | 'agent' | 'admin',
					locale,
					now: Date.now()
				});
				console.log(
					`Added ${role} ${email}.${generated ? ` Password: ${password} (ask them to change it under Account).` : ''}`
				);
			}
		}
	} else {
		console.error(usage);
		process.exitCode = 2;
	}
} finally {
	await db.destroy();
}
