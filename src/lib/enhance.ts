import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance={refusedForm}` for forms with a password: fields keep what the person typed (they render with
 * `defaultValue`, so neither hydration nor a refusal overwrites it), but a refused password is emptied, never
 * echoed back, and focus goes to the first field in error.
 */
export const refusedForm: SubmitFunction =
	({ formElement }) =>
	async ({ result, update }) => {
		await update();
		if (result.type !== 'failure') return;
		for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]'))
			input.value = '';
		formElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
	};
