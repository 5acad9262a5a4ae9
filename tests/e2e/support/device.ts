// A person on a slow phone: the CPU throttled as Chromium's DevTools does it, and pages whose scripts arrive
// late, so what they type lands before the page hydrates. Hydration is held deterministically (the app's
// scripts are answered only after the typing), never raced against a timer.
import type { Page, Route } from '@playwright/test';
import { expect } from './test.ts';

/** Slow the page's CPU down `rate` times (Chromium's Emulation.setCPUThrottlingRate). */
export async function slowCpu(page: Page, rate = 6) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Open `path` on a throttled CPU, do `act` (type, pick, click…) while the page is still server-rendered
 * HTML, then let its scripts load and wait until it has hydrated. What `act` typed must survive that.
 */
export async function beforeHydration(page: Page, path: string, act: () => Promise<void>) {
	await slowCpu(page);
	const held: Route[] = [];
	let holding = true;
	const hold = (route: Route) => (holding ? void held.push(route) : route.continue());
	await page.route(/\/_app\/immutable\/.+\.js(\?.*)?$/, hold);
	await page.goto(path, { waitUntil: 'domcontentloaded' });
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');
	await act();
	holding = false;
	for (const route of held.splice(0)) await route.continue();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
	await page.unroute(/\/_app\/immutable\/.+\.js(\?.*)?$/, hold);
}

/** Wait until a client-rendered page has hydrated (its controls answer clicks and keys). */
export async function hydrated(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '', { timeout: 20_000 });
}
