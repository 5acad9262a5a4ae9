import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AgentField from './AgentField.svelte';
import LabelledSelect from './LabelledSelect.svelte';

describe('AgentField', () => {
	it('labels an input by the caller’s id, named after it unless told, and shows its value', () => {
		const body = render(AgentField, {
			props: { id: 'start', label: 'Opens', type: 'time', value: '09:00' }
		}).body;
		expect(body).toMatch(/<div class="field[^"]*">/);
		expect(body).toContain('<label for="start">Opens</label>');
		expect(body).toMatch(
			/<input id="start" aria-invalid="false" name="start" type="time" value="09:00"/
		);
		expect(body).not.toContain('field-error');
	});

	it('shows the refusal: marked invalid, announced unless the form announces it, and the hint linked', () => {
		const props = {
			id: 'team-name-new',
			name: 'name',
			label: 'Team name',
			error: 'Too long',
			hint: 'Short'
		};
		const body = render(AgentField, { props }).body;
		expect(body).toMatch(/<div class="field has-error">/);
		expect(body).toMatch(
			/<input id="team-name-new" aria-invalid="true" aria-describedby="team-name-new-hint" name="name"/
		);
		expect(body).toContain('<p class="field-hint" id="team-name-new-hint">Short</p>');
		expect(body).toContain(
			'<p class="field-error" id="team-name-new-error" role="alert">Too long</p>'
		);
		expect(render(AgentField, { props: { ...props, alert: false } }).body).toContain(
			'<p class="field-error" id="team-name-new-error">Too long</p>'
		);
	});

	it('is a textarea when given rows', () => {
		const body = render(AgentField, {
			props: { id: 'body-new', name: 'body', label: 'Text', rows: 6, dir: 'auto' }
		}).body;
		expect(body).toMatch(
			/<textarea id="body-new" aria-invalid="false" name="body" dir="auto" rows="6"><\/textarea>/
		);
	});
});

describe('LabelledSelect', () => {
	it('puts the select inside its label, the empty choice first, and marks the chosen value', () => {
		const options = [
			{ value: 'nb', label: 'Norsk' },
			{ value: 'sv', label: 'Svenska' }
		];
		const chosen = render(LabelledSelect, {
			props: { label: 'Language', name: 'locale', value: 'sv', options, empty: 'All', hint: 'Pick' }
		}).body;
		expect(chosen).toMatch(/<label>\s*Language\s*<select name="locale">/);
		expect(chosen).toMatch(
			/<option value="">All<\/option>.*<option value="sv" selected[^>]*>Svenska/s
		);
		expect(chosen).toContain('<p class="field-hint">Pick</p>');
		const none = render(LabelledSelect, {
			props: { label: 'Language', name: 'locale', value: null, options, empty: 'All' }
		}).body;
		expect(none).toMatch(/<option value="" selected[^>]*>All<\/option>/);
	});
});
