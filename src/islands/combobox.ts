// The search combobox (WAI-ARIA 1.2 pattern with a listbox popup), attached to the server-rendered search
// input: results as you type, arrow keys, Enter, Escape, and a "no results" state that offers contact support
// with the query carried into the form (search shows only confident results, issue 16).
// Plain DOM code rather than a Svelte component: the island then carries no framework runtime (≈12 KB gzip),
// which keeps the first search's code near 10 KB (issue 14). Results are rendered as text nodes, never HTML.
import { LOCALE_INFO, type Locale } from '$lib/i18n/locales';
import type { Segment } from '$lib/search/engine';
import type { LinkedResult } from '$lib/search/help-centre';

export interface Strings {
	noResults: string;
	noResultsHelp: string;
	/** the contact link's text, with {query} */
	contact: string;
	contactHref: string;
	inLanguage: string;
	loading: string;
	count: Partial<Record<Intl.LDMLPluralRule, string>>;
}

export interface ComboboxOptions {
	input: HTMLInputElement;
	/** where the popup and the live status go */
	host: HTMLElement;
	locale: Locale;
	strings: Strings;
	search: (query: string) => Promise<LinkedResult[]>;
	onopen: (query: string, results: number, id: string) => void;
	onquery: (query: string, results: number) => void;
}

type Child = Node | string | undefined | false;

function el(tag: string, attrs: Record<string, string | undefined>, ...children: Child[]) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs))
		if (value !== undefined) element.setAttribute(name, value);
	element.append(...(children.filter(Boolean) as (Node | string)[]));
	return element;
}

const highlighted = (segments: Segment[]) =>
	segments.map((s) => (s.hit ? el('mark', {}, s.text) : s.text));

/** A result in another language reads in its own direction: English inside Arabic, and the reverse. */
const dirOf = (lang: Locale | undefined) => lang && LOCALE_INFO[lang].dir;

const keep = (event: Event) => event.preventDefault();

let combos = 0;

export function combobox(options: ComboboxOptions): void {
	const { input, host, locale, strings, search, onopen, onquery } = options;
	const listId = `search-list-${++combos}`;
	let query = '';
	let results: LinkedResult[] = [];
	let active = -1;
	let open = false;
	let searched = false;
	/** True while the first search waits for the index to arrive. */
	let busy = false;
	/** Closed with Escape: results of keystrokes typed before it arrive, but do not reopen the list. */
	let dismissed = false;
	let sequence = 0;
	/** The search under way, and whether the box changed while it ran. */
	let running: Promise<void> | undefined;
	let again = false;
	const plural = new Intl.PluralRules(locale);
	const languageNames = new Intl.DisplayNames([locale], { type: 'language' });

	const popup = el('div', { class: 'search-popup' });
	const status = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
	host.append(popup, status);

	/** The list as the reader sees it: nothing to show keeps it hidden even while `open`. */
	const popupHidden = () => !open || (!results.length && !searched && !busy);
	/** what the reader typed sits inside a sentence of the page's language: isolated, whichever its direction */
	const withQuery = (template: string) => {
		const [before, after = ''] = template.split('{query}');
		return [before, el('bdi', {}, query), after];
	};
	const countText = () =>
		(strings.count[plural.select(results.length)] ?? strings.count.other ?? '{n}').replace(
			'{n}',
			String(results.length)
		);

	function option(result: LinkedResult, i: number) {
		// a result in another language is laid out in its direction; its language tag keeps the page's
		const link = el(
			'a',
			{ href: result.href, dir: dirOf(result.lang), tabindex: '-1' },
			el(
				'span',
				{ class: 'search-title', lang: result.lang, dir: dirOf(result.lang) },
				...highlighted(result.title)
			),
			result.lang &&
				el(
					'span',
					{ class: 'lang-tag', lang: locale, dir: dirOf(locale) },
					`(${strings.inLanguage.replace('{language}', languageNames.of(result.lang) ?? result.lang)})`
				),
			el(
				'span',
				{ class: 'search-snippet', lang: result.lang, dir: dirOf(result.lang) },
				...highlighted(result.snippet)
			)
		);
		link.addEventListener('click', () => onopen(input.value.trim(), results.length, result.id));
		link.addEventListener('mousedown', keep);
		const selected = i === active;
		return el(
			'li',
			{
				id: `${listId}-${i}`,
				role: 'option',
				'aria-selected': String(selected),
				class: selected ? 'active' : undefined
			},
			link
		);
	}

	function render() {
		popup.hidden = popupHidden();
		const list = el('ul', { id: listId, role: 'listbox', 'aria-label': query });
		list.hidden = !results.length;
		list.append(...results.map(option));
		let empty: HTMLElement | undefined;
		if (searched && !results.length) {
			const href = `${strings.contactHref}?q=${encodeURIComponent(query)}`;
			const contact = el('a', { href }, ...withQuery(strings.contact));
			contact.addEventListener('mousedown', keep);
			empty = el(
				'div',
				{ class: 'search-empty' },
				el('p', {}, ...withQuery(strings.noResults)),
				el('p', {}, `${strings.noResultsHelp} `, contact)
			);
		}
		popup.replaceChildren(
			...[
				busy && !results.length && el('p', { class: 'search-empty' }, strings.loading),
				list,
				empty
			].filter((c): c is HTMLElement => !!c)
		);
		const said = searched ? (results.length ? [countText()] : withQuery(strings.noResults)) : [];
		const next = el('p', {}, ...said);
		// a live region speaks when its text changes, not on every render
		if (next.textContent !== status.textContent) status.replaceChildren(...next.childNodes);
		input.setAttribute('aria-expanded', String(open && (results.length > 0 || searched)));
		if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
		else input.removeAttribute('aria-activedescendant');
	}

	async function run() {
		const q = input.value.trim();
		query = q;
		const mine = ++sequence;
		if (!q) {
			results = [];
			searched = false;
			open = false;
			return render();
		}
		busy = !searched;
		if (busy && !dismissed) open = true;
		render();
		const found = await search(q).finally(() => {
			if (mine === sequence) busy = false;
		});
		if (mine !== sequence) return;
		// an answer that arrives after the reader chose with the arrow keys keeps their choice (the article,
		// wherever it now stands in the list); it is dropped only if that article is no longer there
		const chosen = active >= 0 ? results[active]?.id : undefined;
		results = found;
		searched = true;
		active = chosen ? found.findIndex((r) => r.id === chosen) : -1;
		if (!dismissed) open = true;
		render();
		onquery(q, found.length);
	}

	function go(index: number) {
		const result = results[index];
		if (!result) return;
		// what is in the box now is the final query, even if the search for its last keystrokes has not run yet
		onopen(input.value.trim(), results.length, result.id);
		window.location.assign(result.href);
	}

	function onkeydown(event: KeyboardEvent) {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (!results.length) return;
			event.preventDefault();
			open = true;
			dismissed = false;
			const step = event.key === 'ArrowDown' ? 1 : -1;
			active = (active + step + results.length + 1) % (results.length + 1);
			if (active === results.length) active = -1;
			render();
		} else if (event.key === 'Enter' && open && active >= 0) {
			event.preventDefault();
			go(active);
		} else if (event.key === 'Escape') {
			// WAI-ARIA combobox: Escape closes the list first, and only a second one clears the box. A type=search
			// input clears itself on Escape (Chromium, Safari): that default would wipe the text on the first.
			if (!popupHidden()) {
				event.preventDefault();
				open = false;
				dismissed = true;
				active = -1;
				render();
			} else if (input.value) {
				event.preventDefault();
				input.value = '';
				// at once, not after a search under way: its answer is for the text just cleared
				void run();
			}
		}
	}

	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-controls', listId);
	/**
	 * Each keystroke searches at once, so the files a query needs are on their way while the reader still types;
	 * keystrokes that come while a search runs ask for one more when it ends, with the box as it is then. At most
	 * one search runs, and the last text typed is always searched.
	 */
	function schedule() {
		if (running) {
			again = true;
			return;
		}
		running = run().finally(() => {
			running = undefined;
			if (again) {
				again = false;
				schedule();
			}
		});
	}
	input.addEventListener('input', () => {
		dismissed = false;
		schedule();
	});
	input.addEventListener('keydown', onkeydown);
	input.addEventListener('blur', () =>
		setTimeout(() => {
			open = false;
			render();
		}, 150)
	);
	input.addEventListener('focus', () => {
		if (results.length || searched) {
			open = true;
			render();
		}
	});
	render();
	if (input.value.trim()) schedule();
}
