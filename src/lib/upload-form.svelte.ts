import type { ActionResult, SubmitFunction } from '@sveltejs/kit';
import type { TranslationFunctions } from '$locales/i18n-types';
import { chosenFileProblems, filesMessage } from '$lib/uploads';

/**
 * A form that sends files, as the contact form and the customer's reply box do: one send at a time (a double
 * click or a second Enter sends nothing more), every bad file named before anything leaves the browser (nobody
 * waits for a 10 MB upload only to hear it was too large), and focus on the first field in error after a
 * refusal. The server still checks everything.
 */
export class UploadForm {
	/** A send is under way: the button waits. */
	sending = $state(false);
	/** The browser's verdict on the chosen files; null until they are chosen again after the server answered. */
	filesError = $state<string | null>(null);

	constructor(private readonly LL: () => TranslationFunctions) {}

	/** The file input's onchange. */
	checkFiles = (event: Event & { currentTarget: HTMLInputElement }) => {
		// this field's error is the browser's own verdict, not a stale refusal to hide
		event.stopPropagation();
		const files = [...(event.currentTarget.files ?? [])];
		this.filesError = filesMessage(chosenFileProblems(files), this.LL()) ?? '';
	};

	/**
	 * For `use:enhance`: `before` runs as the form goes (after the checks), `after` with any answer that is not
	 * a refusal, once the page has it.
	 */
	submit(
		hooks: {
			before?: () => void;
			after?: (result: ActionResult, form: HTMLFormElement) => void;
		} = {}
	): SubmitFunction {
		return ({ formElement, formData, cancel }) => {
			if (this.sending) return cancel();
			const chosen = formData.getAll('files').filter((f): f is File => typeof f !== 'string');
			const problem = filesMessage(chosenFileProblems(chosen), this.LL());
			if (problem) {
				cancel();
				this.filesError = problem;
				formElement.querySelector<HTMLElement>('input[type="file"]')?.focus();
				return;
			}
			this.sending = true;
			hooks.before?.();
			return async ({ result, update }) => {
				try {
					this.filesError = null;
					await update({ reset: false });
					if (result.type === 'failure')
						formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
					else hooks.after?.(result, formElement);
				} finally {
					this.sending = false;
				}
			};
		};
	}
}
