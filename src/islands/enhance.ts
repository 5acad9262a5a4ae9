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

enhanceVotes(document);
