// Number formats made once per language, style and precision: a page of reports formats hundreds of figures,
// and making an Intl.NumberFormat costs far more than using one.
const formats = new Map<string, Intl.NumberFormat>();

export function numberFormat(
	locale: string,
	style: 'decimal' | 'percent',
	digits: number
): Intl.NumberFormat {
	const key = `${locale} ${style} ${digits}`;
	let format = formats.get(key);
	if (!format) {
		if (formats.size > 200) formats.clear();
		format = new Intl.NumberFormat(locale, { style, maximumFractionDigits: digits });
		formats.set(key, format);
	}
	return format;
}
