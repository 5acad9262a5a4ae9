// npm run screenshots: what Svar looks like, regenerated in one go. Starts the built server on a fresh data
// folder, plays a short day (customers in English and Arabic search, read an article twice and write in with
// a screenshot; staff answer, add a note and a canned answer) and photographs the customer pages and every
// workspace page at 1280 and 390 px, in en and ar, into tests/screenshots/. Any console error, CSP violation
// or uncaught page error on a photographed page fails the run, as it fails the e2e suite.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/browser.ts';
import { startBuiltServer } from './bench/server.ts';

const OUT = path.resolve('tests/screenshots');
const WIDTHS = [1280, 390] as const;
const PASSWORD = 'screenshots passphrase 2026';

interface Person {
	email: string;
	name: string;
	locale: 'en' | 'ar';
	role: 'customer' | 'admin';
	token?: string;
}

const person = (p: Person): Person => p;
const people = {
	kari: person({
		email: 'kari@karisgarn.example',
		name: 'Kari Nordmann',
		locale: 'en',
		role: 'customer'
	}),
	layla: person({ email: 'layla@example.test', name: 'ليلى حداد', locale: 'ar', role: 'customer' }),
	ingrid: person({
		email: 'ingrid@svar.example',
		name: 'Ingrid Berg',
		locale: 'en',
		role: 'admin'
	}),
	omar: person({ email: 'omar@svar.example', name: 'عمر الخطيب', locale: 'ar', role: 'admin' })
};

const problems: string[] = [];

function watch(page: Page) {
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
}

async function contextFor(browser: Browser, base: string, who: Person, width: number) {
	const context = await browser.newContext({
		baseURL: base,
		viewport: { width, height: width < 600 ? 844 : 800 },
		locale: who.locale
	});
	await context.addCookies([{ name: 'svar_session', value: who.token!, url: base }]);
	context.on('page', watch);
	return context;
}

async function api(base: string, who: Person, method: string, url: string, body?: unknown) {
	const response = await fetch(base + url, {
		method,
		headers: {
			origin: base,
			cookie: `svar_session=${who.token}`,
			...(body instanceof FormData ? {} : { 'content-type': 'application/json' })
		},
		body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body)
	});
	if (!response.ok)
		throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
	return response.json() as Promise<Record<string, unknown>>;
}

/** A customer's visit as a person makes it: search, open an article, back, open it again, write in. */
async function writeIn(
	browser: Browser,
	base: string,
	who: Person,
	{ query, subject, message }: { query: string; subject: string; message: string }
) {
	const context = await contextFor(browser, base, who, 1280);
	const page = await context.newPage();
	await page.goto(`/${who.locale}/search?q=${encodeURIComponent(query)}`);
	const first = page.locator('main ol a, main ul a').first();
	await first.click();
	await page.waitForLoadState('domcontentloaded');
	const article = page.url();
	const shot = await page.screenshot();
	await page.goBack();
	await page.goto(article);
	await page.locator(`a[href*="/${who.locale}/contact"]`).last().click();
	await page.waitForURL(/\/contact/);
	await page.locator('input[name="subject"]').fill(subject);
	await page.locator('textarea[name="message"]').fill(message);
	await page
		.locator('input[name="files"]')
		.setInputFiles({ name: 'what-i-see.png', mimeType: 'image/png', buffer: shot });
	await page.locator('form:has(textarea[name="message"]) button[type="submit"]').last().click();
	await page.waitForURL(/\/support\/[A-Z0-9-]+/, { timeout: 20_000 });
	const ref = page.url().split('/').pop()!.split('?')[0]!;
	await context.close();
	return ref;
}

async function shoot(context: BrowserContext, name: string, url: string) {
	const page = await context.newPage();
	const response = await page.goto(url, { waitUntil: 'networkidle' });
	if (!response?.ok()) problems.push(`${url}: answered ${response?.status()}`);
	const width = page.viewportSize()!.width;
	const file = path.join(OUT, `${name}-${width}.png`);
	await page.screenshot({ path: file, fullPage: true });
	console.log(`  ${path.relative(process.cwd(), file)}  ${url}`);
	await page.close();
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svar-screens-'));
// people exist before the server starts (the CLI writes straight into the data folder's database)
for (const p of Object.values(people)) {
	execFileSync(
		'npx',
		[
			'tsx',
			'src/cli/user.ts',
			'add',
			'--role',
			p.role,
			'--email',
			p.email,
			'--name',
			p.name,
			'--password',
			PASSWORD,
			'--locale',
			p.locale
		],
		{ env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, stdio: 'ignore' }
	);
}
const server = await startBuiltServer(process.cwd(), { dataDir });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	const { base } = server;
	for (const p of Object.values(people)) {
		const response = await fetch(`${base}/api/v1/auth/login`, {
			method: 'POST',
			headers: { origin: base, 'content-type': 'application/json' },
			body: JSON.stringify({ email: p.email, password: PASSWORD })
		});
		if (response.status !== 200) throw new Error(`login ${p.email}: ${response.status}`);
		p.token = /svar_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1];
	}
	const { kari, layla, ingrid, omar } = people;

	const enRef = await writeIn(browser, base, kari, {
		query: 'parcel late',
		subject: 'My order hasn’t arrived',
		message:
			'I ordered yarn two weeks ago and the tracking has not moved since Monday. Order A-1001.'
	});
	const arRef = await writeIn(browser, base, layla, {
		query: 'كلمة المرور',
		subject: 'لا أستطيع تسجيل الدخول إلى Lumo',
		message: 'نسيت كلمة المرور ولم تصلني رسالة إعادة التعيين. رقمي +966 50 123 4567.'
	});

	// staff: a note, a canned answer, a reply that waits for the customer
	await api(base, ingrid, 'POST', `/api/v1/tickets/${enRef}/replies`, {
		message: 'Carrier says the parcel is at the Oslo terminal. Asked them to prioritise.',
		internal: true
	});
	await api(base, ingrid, 'POST', '/api/v1/canned-answers', {
		locale: 'en',
		title: 'Parcel delayed at the carrier',
		body: 'Hi {{customer.name}}, your parcel is on its way; the carrier is running late. More: {{article:late-delivery}}'
	});
	// what the agent attaches: a picture of the carrier's tracking page
	const drawing = await browser.newPage({ viewport: { width: 480, height: 220 } });
	await drawing.setContent(
		'<body style="font:16px system-ui;padding:16px"><h3>Parcel 70712345678</h3><p>Arrived at Oslo terminal · Tue 08:14</p><p>Expected delivery: Thursday</p></body>'
	);
	const trackingShot = await drawing.screenshot();
	await drawing.close();
	const reply = new FormData();
	reply.set(
		'message',
		'Hi Kari, the parcel is at the carrier’s Oslo terminal and should reach you on Thursday.'
	);
	reply.set('internal', 'false');
	reply.append(
		'files',
		new Blob([new Uint8Array(trackingShot)], { type: 'image/png' }),
		'tracking.png'
	);
	await api(base, ingrid, 'POST', `/api/v1/tickets/${enRef}/replies`, reply);
	for (const [i, subject] of [
		'Invoice with the wrong VAT',
		'Where do I return a parcel?'
	].entries()) {
		const form = new FormData();
		form.set('subject', subject);
		form.set('message', `Question ${i + 1} from Kari.`);
		form.set('locale', 'en');
		await api(base, kari, 'POST', '/api/v1/tickets', form);
	}

	fs.rmSync(OUT, { recursive: true, force: true });
	fs.mkdirSync(OUT, { recursive: true });
	for (const width of WIDTHS) {
		for (const [who, ref, locale] of [
			[kari, enRef, 'en'],
			[layla, arRef, 'ar']
		] as const) {
			const context = await contextFor(browser, base, who, width);
			const home = await context.newPage();
			// the first article the home page leads to, through its category if need be
			const links = (re: RegExp) =>
				home
					.locator('main a')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
					.then((hrefs) => hrefs.filter((h) => re.test(h)));
			await home.goto(`/${locale}`);
			let article = (await links(new RegExp(`^/${locale}/[^/]+/[^/?#]+$`)))[0];
			if (!article) {
				await home.goto((await links(new RegExp(`^/${locale}/[^/?#]+$`)))[0]!);
				article = (await links(new RegExp(`^/${locale}/[^/]+/[^/?#]+$`)))[0];
			}
			await home.close();
			await shoot(context, `${locale}-home`, `/${locale}`);
			await shoot(context, `${locale}-article`, article!);
			await shoot(context, `${locale}-contact`, `/${locale}/contact`);
			await shoot(context, `${locale}-my-tickets`, `/${locale}/support`);
			await shoot(context, `${locale}-ticket`, `/${locale}/support/${ref}`);
			await shoot(context, `${locale}-account`, `/${locale}/account`);
			await context.close();
		}
		for (const [who, locale] of [
			[ingrid, 'en'],
			[omar, 'ar']
		] as const) {
			const context = await contextFor(browser, base, who, width);
			await shoot(context, `${locale}-agent-inbox`, '/agent');
			await shoot(
				context,
				`${locale}-agent-ticket`,
				`/agent/tickets/${locale === 'en' ? enRef : arRef}`
			);
			await shoot(context, `${locale}-agent-canned`, '/agent/canned');
			await shoot(context, `${locale}-agent-reports`, '/agent/reports');
			await shoot(context, `${locale}-agent-settings`, '/agent/settings');
			await shoot(context, `${locale}-agent-teams`, '/agent/teams');
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.stop();
}
if (problems.length) {
	console.error(
		`\n${problems.length} problem(s) on the photographed pages:\n  ${problems.join('\n  ')}`
	);
	process.exitCode = 1;
} else console.log(`\nScreenshots in ${path.relative(process.cwd(), OUT)}/, no console errors.`);
