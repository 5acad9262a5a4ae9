// Every e2e test runs under a watch: a console error, a Content-Security-Policy violation or an uncaught page
// error on any page it opens (in its own context or in one it makes with browser.newContext/newPage, closed
// after the test) fails the test, listing what the browser said. A test that provokes one on purpose says which with allowConsoleErrors().
// Every /api/v1 response, to the test's API clients or to the browser, is checked against the OpenAPI document
// (openapi.ts); the API clients a test opens are closed after it.
import {
	test as base,
	expect,
	type Browser,
	type BrowserContext,
	type Page
} from '@playwright/test';
import { closeClients } from './api.ts';
import { checked, judgeBrowserResponse, REQUIRE_DOCUMENTED, seen, settle } from './openapi.ts';

let allowed: RegExp[] = [];

/** This test expects the browser to log these (e.g. the resource errors of a deliberate 404). */
export function allowConsoleErrors(...patterns: RegExp[]) {
	allowed.push(...patterns);
}

const open = new Set<Page>();

function watch(page: Page, seen: string[]) {
	open.add(page);
	page.on('close', () => open.delete(page));
	const where = () => {
		try {
			return new URL(page.url()).pathname;
		} catch {
			return page.url();
		}
	};
	page.on('console', (message) => {
		if (message.type() === 'error') seen.push(`console error on ${where()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => seen.push(`uncaught error on ${where()}: ${error.message}`));
}

async function watchContext(context: BrowserContext, seen: string[]) {
	// a violation is also logged by Chromium; the event makes it explicit and catches report-only cases
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)
		);
	});
	for (const page of context.pages()) watch(page, seen);
	context.on('page', (page) => watch(page, seen));
	context.on('response', judgeBrowserResponse);
}

export const test = base.extend<{ browserErrors: string[]; apiResponses: void }>({
	browserErrors: [
		async ({ browser }, use) => {
			const seen: string[] = [];
			allowed = [];
			const original = { newContext: browser.newContext, newPage: browser.newPage };
			const b = browser as Browser;
			const made: BrowserContext[] = [];
			b.newContext = async (...args: Parameters<Browser['newContext']>) => {
				const context = await original.newContext.apply(browser, args);
				made.push(context);
				await watchContext(context, seen);
				return context;
			};
			b.newPage = async (...args: Parameters<Browser['newPage']>) => {
				// newPage makes its own context: watch it through newContext
				const context = await b.newContext(...args);
				const page = await context.newPage();
				page.on('close', () => void context.close().catch(() => {}));
				return page;
			};
			await use(seen);
			// what a page logged just before the test's last step may still be on its way: one round trip to
			// each open page delivers it before the verdict
			for (const page of open) await page.evaluate(() => 0).catch(() => undefined);
			open.clear();
			// the contexts the test made and did not close
			for (const context of made) await context.close().catch(() => undefined);
			b.newContext = original.newContext;
			b.newPage = original.newPage;
			const unexpected = seen.filter((line) => !allowed.some((p) => p.test(line)));
			expect(unexpected, 'the browser logged errors on the pages this test visited').toEqual([]);
		},
		{ auto: true }
	],
	apiResponses: [
		async ({ playwright }, use) => {
			seen.undocumented.clear();
			seen.mismatches = [];
			// clients made with playwright.request.newContext are checked too
			const newContext = playwright.request.newContext;
			playwright.request.newContext = async (...args) =>
				checked(await newContext.apply(playwright.request, args));
			await use();
			playwright.request.newContext = newContext;
			await settle();
			await closeClients();
			expect(seen.mismatches, 'API responses that do not match the OpenAPI document').toEqual([]);
			if (REQUIRE_DOCUMENTED)
				expect(
					[...seen.undocumented],
					'API responses the OpenAPI document has no schema for'
				).toEqual([]);
		},
		{ auto: true }
	],
	request: async ({ request }, use) => {
		await use(checked(request));
	},
	context: async ({ context, browserErrors }, use) => {
		await watchContext(context, browserErrors);
		await use(context);
	}
});

export { expect };
