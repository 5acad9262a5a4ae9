import { describe, expect, it } from 'vitest';
import { itMaps } from '$lib/testing/maps';
import type { Locale } from '$lib/i18n/locales';
import { collapseDoubles, fold, loadAnalyzer, words } from './analyzer';
import { buildIndexData, openIndexData } from './split';

/** Does `query` find the one article whose summary is `text`? */
async function finds(locale: Locale, query: string, text: string): Promise<boolean> {
	const data = await buildIndexData(
		locale,
		[{ id: 'a', title: 'x', description: text, keywords: [], headings: [], body: '' }],
		[]
	);
	return (await openIndexData(data)).search(query).length > 0;
}

/** A test that `query` does (or does not) find the article whose summary is `text`. */
const expectFinds = (found: boolean) => async (locale: Locale, query: string, text: string) => {
	expect(await finds(locale, query, text)).toBe(found);
};

describe('folding', () => {
	itMaps(fold, [
		['telefonstøtte', 'telefonstotte'],
		['glömt lösenord', 'glomt losenord'],
		['Ærlig', 'Aerlig'],
		['ещё', 'еще'],
		['Straße', 'Strasse'],
		['أمان', 'امان'],
		['войти', 'войти']
	]);

	it('keeps й, a letter of its own', () => {
		expect(fold('й')).toBe('й');
	});

	it('collapses doubled letters of any script', () => {
		expect(collapseDoubles('passsword')).toBe('pasword');
		expect(collapseDoubles('ввод')).toBe('вод');
	});

	it('splits words of any script, keeping apostrophes inside words', () => {
		expect(words('can’t log in — почему? 24/7').map((w) => w.text)).toEqual([
			'can’t',
			'log',
			'in',
			'почему',
			'24',
			'7'
		]);
	});
});

describe('matching per language: inflections, missing diacritics, typos', () => {
	it.each([
		['nb', 'telefonstotte', 'Vi har ikke telefonstøtte.'],
		['nb', 'passordet', 'Glemt passord?'],
		['nb', 'fakturaene', 'Her finner du faktura'],
		['nb', 'pakken', 'Pakke ikke kommet'],
		['nb', 'bestillingen forsinket pa posten', 'Bestilling er forsinket på posten'],
		['sv', 'glomt losenord', 'Glömt lösenord'],
		['sv', 'paketet', 'Var är mitt paket?'],
		['sv', 'leveransen', 'Försenad leverans'],
		['ru', 'доставку', 'Доставка задерживается'],
		['ru', 'паролем', 'Забыли пароль'],
		['ru', 'пришел', 'Заказ ещё не пришёл'],
		['ru', 'посылки', 'Где моя посылка'],
		['en', 'deliveries', 'Late delivery'],
		['en', 'returning', 'Returned items'],
		['en', 'pasword', 'Forgot password'],
		['en', 'trackig', 'Your tracking number'],
		['en', 'waranty', 'Warranty claims'],
		['de', 'Rucksendung', 'Rücksendungen'],
		['de', 'Passworter', 'Passwort vergessen'],
		['de', 'gruesse', 'Viele Grüße'],
		['de', 'Ruecksendung', 'Rücksendungen'],
		['de', 'Dateigroesse', 'Welche Größe darf eine Datei haben?'],
		['de', 'strasse', 'Straße und Hausnummer'],
		['fr', 'adresse mail', "Écrivez à l'adresse e-mail du support"],
		['fr', 'l’attente', "Temps d'attente"],
		['fr', 'je narrive pas a me connecter', 'Vous n’arrivez plus à vous connecter'],
		['fr', 'donnees personnelles', 'Vos données personnelles'],
		['fr', 'telephone', 'Pas de support par téléphone'],
		['fr', 'remboursements', 'Demander un remboursement'],
		['nl', 'bestellingen', 'Mijn bestelling is te laat'],
		['nl', 'wachtwoorden', 'Wachtwoord vergeten'],
		['nl', 'telefoonnummer', 'Welk nummer heeft de telefoon van de klantenservice?'],
		['ar', 'كلمه المرور', 'نسيت كلمة المرور'],
		['ar', 'اين طلبيتي', 'الطلبية لم تصل'],
		['ar', 'بياناتي', 'كيف نستخدم البيانات'],
		['ar', 'بالتذكره', 'افتح تذكرة جديدة'],
		['ar', 'ببياناتي', 'كيف نستخدم البيانات'],
		['ar', 'اسالة', 'أسئلة شائعة'],
		['ar', 'رقم ٣', 'الخطوة 3']
	] as const)('%s: "%s" finds "%s"', expectFinds(true));

	it.each([
		['en', 'cart', 'Card terminal'],
		['en', 'card', 'Shopping cart'],
		['de', 'Kasse', 'Karte'],
		['ru', 'указ', 'Заказ'],
		['sv', 'kart', 'Kort'],
		// one edit, but short words are never "corrected": too many real words are one letter apart
		['en', 'mail', 'Nail'],
		['nb', 'pakt', 'Pakke']
	] as const)('%s: "%s" does not find "%s"', expectFinds(false));

	it('drops the stop words of spoken Arabic too', async () => {
		const ar = await loadAnalyzer('ar');
		expect(ar.terms('ممكن وش عشان ابي')).toEqual([]);
		// prepositions with a pronoun glued on, but not a word that only looks like one (بنك, a bank)
		expect(ar.terms('قبلي غيري عندكم منها')).toEqual([]);
		expect(ar.terms('بنك')).toEqual(['بنك']);
		expect(ar.terms('ليش مافي تلفون').length).toBe(2);
		// "can", spoken and written, with or without hamza: "can I message you on Instagram" is about Instagram
		expect(ar.terms('اقدر أقدر تقدرون أستطيع يمكنني')).toEqual([]);
		expect(ar.terms('اقدر اراسلكم على الانستقرام').length).toBe(2);
	});

	it('drops stop words but keeps question words, and a question of only those finds nothing', async () => {
		const en = await loadAnalyzer('en');
		expect(en.terms('how do I')).toEqual(['?how']);
		expect(en.question('?how')).toBe(true);
		expect(en.question('password')).toBe(false);
		expect(await finds('en', 'how do I', 'How do I reset my password')).toBe(false);
		expect(await finds('en', 'why?', 'Why does Lumo use tickets?')).toBe(false);
		const fr = await loadAnalyzer('fr');
		expect(fr.terms('comment je peux')).toEqual(['?how']);
	});

	it('reads a language’s words for one question as one word', async () => {
		const [de, ar, nl] = await Promise.all([
			loadAnalyzer('de'),
			loadAnalyzer('ar'),
			loadAnalyzer('nl')
		]);
		expect(de.terms('wieso weshalb Warum')).toEqual(['?why', '?why', '?why']);
		expect(ar.terms('ليش ليه لماذا')).toEqual(['?why', '?why', '?why']);
		// wie is how in German and who in Dutch
		expect(de.terms('wie')).toEqual(['?how']);
		expect(nl.terms('wie')).toEqual(['?who']);
		expect(await finds('de', 'wieso telefon', 'Warum kein Telefon?')).toBe(true);
	});
});
