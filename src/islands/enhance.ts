// Progressive enhancement for the prerendered pages. Everything here also works without it: the vote form
// posts and redirects to a thank-you page. Keep this entry tiny; load anything bigger with import() on use.

function enhanceVotes(root: ParentNode) {
	for (const form of root.querySelectorAll<HTMLFormElement>('form[data-vote]')) {
		form.addEventListener('submit', async (event) => {
			const button = event.submitter;
			if (!(button instanceof HTMLButtonElement)) return;
			event.preventDefault();
			const status = form.querySelector<HTMLElement>('[role="status"]');
			const fieldset = form.querySelector('fieldset');
			const data = new FormData(form);
			fieldset?.setAttribute('disabled', '');
			let ok = false;
			try {
				const response = await fetch(form.action, {
					method: 'POST',
					headers: { 'content-type': 'application/json', accept: 'application/json' },
					body: JSON.stringify({
						articleId: data.get('articleId'),
						locale: data.get('locale'),
						helpful: button.value
					})
				});
				ok = response.ok;
			} catch {
				ok = false;
			}
			if (ok) button.setAttribute('aria-pressed', 'true');
			else fieldset?.removeAttribute('disabled');
			if (status) status.textContent = (ok ? form.dataset.thanks : form.dataset.failed) ?? '';
		});
	}
}

/** The search combobox and its index load on the first focus of a search box, never on a plain read. */
function enhanceSearch(visit: string) {
	const start = (event: Event) => {
		const input = event.target;
		if (
			!(input instanceof HTMLInputElement) ||
			!input.matches('[data-search-input]') ||
			input.dataset.enhanced
		)
			return;
		const form = input.form;
		if (!form?.dataset.index) return;
		input.dataset.enhanced = 'true';
		void import('./search').then((m) => m.attach(form, input, visit));
	};
	document.addEventListener('focusin', start);
}

/** Articles read in this visit (this tab), for the contact form to attach: what the customer already tried. */
function rememberRead() {
	const article = document.querySelector<HTMLElement>('article[data-article-id]');
	if (!article) return;
	try {
		const read = JSON.parse(sessionStorage.getItem('svar_read') ?? '[]') as {
			id: string;
			locale: string;
			at?: number;
		}[];
		// one entry per view, with its time: the server counts repeats and keeps first and last read
		read.push({
			id: article.dataset.articleId!,
			locale: article.dataset.articleLocale!,
			at: Date.now()
		});
		sessionStorage.setItem('svar_read', JSON.stringify(read.slice(-20)));
	} catch {
		// storage blocked: nothing remembered
	}
}

/**
 * This tab's visit, begun by its first page: the id search events and the contact form send ('' when storage
 * is blocked), and whether this page began it.
 */
function startVisit(): { id: string; isNew: boolean } {
	try {
		const id = sessionStorage.getItem('svar_visit');
		if (id) return { id, isNew: false };
		const created = crypto.randomUUID().replace(/-/g, '');
		sessionStorage.setItem('svar_visit', created);
		return { id: created, isNew: true };
	} catch {
		return { id: '', isNew: false };
	}
}

/**
 * Count this page view for the team's reports: the locale, the article if it is one, and whether this tab's
 * visit just began. Daily totals only, nothing that identifies the reader.
 */
function countView(newVisit: boolean) {
	const article = document.querySelector<HTMLElement>('article[data-article-id]');
	navigator.sendBeacon?.(
		'/api/v1/views',
		JSON.stringify({
			locale: document.documentElement.lang,
			articleId: article?.dataset.articleId,
			newVisit
		})
	);
}

/**
 * "My tickets" on the prerendered pages, which know no reader: shown when the readable sign-in hint (set and
 * cleared with the session) says someone is signed in, with how many tickets wait for their answer. Nobody
 * signed in: no request at all (asking /api/v1/me for nobody answers 401, which the console reports).
 */
async function showMyTickets() {
	const links = document.querySelectorAll<HTMLElement>('[data-my-tickets]');
	if (!links.length || !/(^|;\s*)svar_signed_in=1/.test(document.cookie)) return;
	const response = await fetch('/api/v1/me').catch(() => undefined);
	if (response?.status === 401) document.cookie = 'svar_signed_in=; path=/; max-age=0';
	if (!response?.ok) return;
	const count = Number((await response.json()).ticketsAwaiting) || 0;
	for (const link of links) link.hidden = false;
	for (const badge of document.querySelectorAll<HTMLElement>('[data-awaiting]')) {
		badge.hidden = !count;
		badge.textContent = (badge.dataset.awaiting ?? '{count}').replace('{count}', String(count));
	}
}

const visit = startVisit();
enhanceVotes(document);
countView(visit.isNew);
enhanceSearch(visit.id);
rememberRead();
void showMyTickets();
