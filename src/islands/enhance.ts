// Progressive enhancement for the prerendered pages. Everything here also works without it: the vote form
// posts and redirects to a thank-you page. Keep this entry tiny; load anything bigger with import() on use.

/** The reader's answer per article, kept in this browser so a prerendered page can show it without a request. */
const voteKey = (articleId: unknown) => `svar_vote:${String(articleId)}`;

/** localStorage, or nothing when it is blocked or full: the vote still counts, the page just cannot show it later. */
function stored(key: string, value?: string): string | null {
	try {
		if (value !== undefined) localStorage.setItem(key, value);
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/**
 * Yes/No are toggle buttons showing the reader's own answer (also after a reload), and either can be pressed
 * again to change it: the server keeps one vote per visitor and article, the last one.
 */
function enhanceVotes(root: ParentNode) {
	for (const form of root.querySelectorAll<HTMLFormElement>('form[data-vote]')) {
		const key = voteKey(new FormData(form).get('articleId'));
		const buttons = form.querySelectorAll<HTMLButtonElement>('button[name="helpful"]');
		const status = form.querySelector<HTMLElement>('[role="status"]');
		const show = (answer: string | null | undefined) =>
			buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.value === answer)));
		show(stored(key));
		let sending = false;
		form.addEventListener('submit', async (event) => {
			const button = event.submitter;
			if (!(button instanceof HTMLButtonElement)) return;
			event.preventDefault();
			// one at a time: answers arriving out of order could show a choice the server did not keep
			if (sending) return;
			sending = true;
			// the form's own fields with the pressed button's value, as the plain post sends them
			const ok = await fetch(form.action, {
				method: 'POST',
				body: new FormData(form, button)
			}).then(
				(r) => r.ok,
				() => false
			);
			sending = false;
			if (ok) {
				show(button.value);
				stored(key, button.value);
			}
			if (status) status.textContent = (ok ? form.dataset.thanks : form.dataset.failed) ?? '';
		});
	}
}

/** A vote sent as a plain form post (before this script ran) lands on the thanks page: remember it too. */
function rememberPostedVote() {
	const query = new URLSearchParams(location.search);
	const answer = query.get('helpful');
	if (!location.pathname.endsWith('/feedback') || query.has('error')) return;
	if (answer === 'yes' || answer === 'no') stored(voteKey(query.get('article')), answer);
}

/** The search combobox and its index load on the first focus of a search box, never on a plain read. */
function enhanceSearch(visit: string) {
	// a search sent as a form (Enter, or no combobox yet) lands on the search page, which records it: with the
	// visit, so it joins the trail a ticket carries. Added to the sent data, not the DOM: this script also runs
	// on pages Svelte hydrates, and an element it did not render would make it render the page anew.
	if (visit)
		document.addEventListener('formdata', (event) => {
			if (event.target instanceof HTMLFormElement && event.target.matches('form[data-index]'))
				event.formData.set('visit', visit);
		});
	// …and the id is taken out of the address bar again
	const url = new URL(location.href);
	if (url.searchParams.has('visit')) {
		url.searchParams.delete('visit');
		history.replaceState(history.state, '', url);
	}
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
 * visit just began. Daily totals only, nothing that identifies the reader; the visit id lets the server count a
 * page read again in this visit once.
 */
function countView(visit: { id: string; isNew: boolean }) {
	const article = document.querySelector<HTMLElement>('article[data-article-id]');
	navigator.sendBeacon?.(
		'/api/v1/views',
		JSON.stringify({
			locale: document.documentElement.lang,
			articleId: article?.dataset.articleId,
			newVisit: visit.isNew,
			visit: visit.id || undefined
		})
	);
}

/**
 * "My tickets" on the prerendered pages, which know no reader: shown when the readable sign-in hint (set and
 * cleared with the session) says someone is signed in, with how many tickets wait for their answer. Nobody
 * signed in: no request at all.
 */
async function showMyTickets() {
	const links = document.querySelectorAll<HTMLElement>('[data-my-tickets]');
	if (!links.length || !/(^|;\s*)svar_signed_in=1/.test(document.cookie)) return;
	const response = await fetch('/api/v1/me/summary').catch(() => undefined);
	if (!response?.ok) return;
	const me = (await response.json()) as { signedIn: boolean; ticketsAwaiting: number };
	// the hint outlived its session (logged out everywhere from another device): forget it, show nothing
	if (!me.signedIn) return void (document.cookie = 'svar_signed_in=; path=/; max-age=0');
	const count = Number(me.ticketsAwaiting) || 0;
	for (const link of links) link.hidden = false;
	for (const badge of document.querySelectorAll<HTMLElement>('[data-awaiting]')) {
		badge.hidden = !count;
		badge.textContent = (badge.dataset.awaiting ?? '{count}').replace('{count}', String(count));
	}
}

const visit = startVisit();
enhanceVotes(document);
rememberPostedVote();
countView(visit);
enhanceSearch(visit.id);
rememberRead();
void showMyTickets();
