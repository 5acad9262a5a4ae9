// Search queries are stored anonymously: whatever could name or reach a person is masked before storage.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** 7+ digits, possibly grouped by spaces, dots, dashes or parentheses, possibly after +: a phone number. */
const PHONE = /\+?\d[\d\s().-]{5,}\d/g;
/** An unbroken run of 5+ digits: order numbers, card numbers… (masked before grouped phone numbers). */
const DIGITS = /\d{5,}/g;

export function maskQuery(query: string): string {
	return query
		.replace(EMAIL, '[email]')
		.replace(DIGITS, '[number]')
		.replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 7 ? '[phone]' : match))
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 200);
}
