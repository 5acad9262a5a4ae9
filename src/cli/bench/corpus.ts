// A generated corpus for build benchmarks: N articles per locale in 10 categories, about 250 words each,
// with headings (for the table of contents) and links between articles, in the content/ layout editors use.
import fs from 'node:fs';
import path from 'node:path';

const WORDS: Record<string, string[]> = {
	en: 'order delivery parcel invoice payment refund account password shop product customer support ticket answer return warranty shipping address card terminal printer label settings subscription course question'.split(
		' '
	),
	nb: 'bestilling levering pakke faktura betaling refusjon konto passord butikk produkt kunde kundeservice sak svar retur garanti frakt adresse kort terminal skriver etikett innstillinger abonnement kurs spørsmål'.split(
		' '
	),
	sv: 'beställning leverans paket faktura betalning återbetalning konto lösenord butik produkt kund kundtjänst ärende svar retur garanti frakt adress kort terminal skrivare etikett inställningar abonnemang kurs fråga'.split(
		' '
	),
	ru: 'заказ доставка посылка счёт оплата возврат аккаунт пароль магазин товар клиент поддержка обращение ответ гарантия отправка адрес карта терминал принтер этикетка настройки подписка курс вопрос'.split(
		' '
	)
};

function rng(seed: number) {
	return () => {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		return seed / 0x7fffffff;
	};
}

export function writeCorpus(dir: string, perLocale: number, locales = Object.keys(WORDS)): void {
	fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
	const categories = Array.from({ length: 10 }, (_, i) => `topic-${i + 1}`);
	for (const locale of locales) {
		const words = WORDS[locale]!;
		const random = rng(locale.charCodeAt(0) * 7919);
		const pick = (n: number) =>
			Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
		categories.forEach((category, i) => {
			const folder = path.join(dir, 'content', locale, category);
			fs.mkdirSync(folder, { recursive: true });
			fs.writeFileSync(
				path.join(folder, 'index.md'),
				`---\ntitle: ${pick(2)} ${i + 1}\ndescription: ${pick(8)}\norder: ${i + 1}\n---\n`
			);
		});
		for (let n = 0; n < perLocale; n++) {
			const id = `article-${n + 1}`;
			const category = categories[n % categories.length]!;
			const sections = [1, 2, 3]
				.map(
					(s) => `## ${pick(3)} ${s}\n\n${pick(45)}.\n\n- ${pick(6)}\n- ${pick(6)}\n\n${pick(25)}.`
				)
				.join('\n\n');
			const link = `article-${((n + 7) % perLocale) + 1}`;
			const body = `${pick(30)}. See [${pick(2)}](article:${link}).\n\n${sections}\n`;
			fs.writeFileSync(
				path.join(dir, 'content', locale, category, `${id}.md`),
				`---\ntitle: ${pick(5)} ${n + 1}\ndescription: ${pick(14)}\nkeywords:\n  - ${pick(2)}\n  - ${pick(3)}\nupdated: 2026-10-${String((n % 28) + 1).padStart(2, '0')}\n---\n${body}`
			);
		}
	}
}
