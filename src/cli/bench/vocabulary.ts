// Word material for the bench corpus, per locale: function words (the most frequent, as in any text), the
// stems a help centre writes about with the endings the language puts on them, stems that join into compounds
// (Norwegian and Swedish write "betalingskort" as one word), and syllables that make the long tail of rare
// words and product names. Written for this bench; the generator (corpus.ts) ranks them and draws by Zipf's law.

export interface Language {
	/** the most frequent words, most frequent first */
	common: string;
	/** nouns and verbs of support articles */
	stems: string;
	/** endings a stem takes ('' for the bare stem) */
	endings: string[];
	/** how compounds join: nb/sv insert a linking s after some stems; '' for languages that do not compound */
	link?: string;
	/** syllables for rare words */
	syllables: string;
	/** title openers readers recognise from FAQs */
	openers: string[];
}

export const LANGUAGES: Record<'en' | 'nb' | 'sv' | 'ru', Language> = {
	en: {
		common:
			'the to and a of you your in is for it on that can this with be or if we are not from at as by will have an do use when all more which one they then there',
		stems:
			'order deliver parcel invoice pay refund account password shop product customer support ticket answer return warranty ship address card terminal printer label setting subscript course question change cancel track receipt charge bill phone email contact message reply team agent store check open close sign log reset verify confirm update install download upload file attach photo document report error fail problem help guide step screen button menu page link list form field name number date time day week month price cost fee discount voucher code coupon gift balance credit debit bank transfer wallet basket cart stock size colour model device app browser window tab profile privacy data delete export request notice consent cookie secure lock block key token session limit plan renew upgrade downgrade trial member share invite user role admin owner manage schedule book appointment visit location branch courier post box pickup collect drop weight package damage replace repair exchange complain claim dispute wait delay estimate arrive dispatch warehouse carrier note comment review rate feedback survey',
		endings: ['', 's', 'ed', 'ing', 'er', 'ment', 'able'],
		syllables:
			'ka ra to mi ne lo sa ve tri pro dex max nor bel cor fin tal ser vin lux ton gra pel mod rix zen',
		openers: [
			'How do I',
			'Why is my',
			'What happens to',
			'Can I change',
			'Where is my',
			'When will I get'
		]
	} as Language,
	nb: {
		common:
			'og i det som er på å til en du for av med at har ikke vi kan den de om et så fra eller hvis når deg din ditt dine vår også men skal må vil etter',
		stems:
			'bestill lever pakk faktur betal refusjon konto passord butikk produkt kunde sak svar retur garanti frakt adresse kort terminal skriver etikett innstilling abonnement kurs spørsmål endr kanseller spor kvittering belast regning telefon epost kontakt melding team agent lagr sjekk åpn lukk logg tilbakestill bekreft oppdater installer last fil vedlegg bilde dokument rapport feil problem hjelp veiledning steg skjerm knapp meny side lenke liste skjema felt navn nummer dato tid dag uke måned pris kostnad gebyr rabatt gavekort kode saldo kreditt bank overføring lommebok handlekurv lager størrelse farge modell enhet app nettleser vindu profil personvern data slett eksport forespørsel samtykke lås blokk nøkkel økt grense plan forny oppgrader prøve medlem del inviter bruker rolle eier timeavtale besøk filial bud post hentested vekt skade erstatt reparer bytt klage krav vent forsinkelse ankomst lagerhus transportør notat kommentar vurdering tilbakemelding undersøkelse',
		endings: ['', 'en', 'et', 'er', 'ene', 'ing', 'ingen', 'e', 'te', 'es'],
		link: 's',
		syllables:
			'ka ro ti me ne lo sa ve tre pro dal ny bor fjell heim lund vik berg strand stad haug skog',
		openers: [
			'Hvordan kan jeg',
			'Hvorfor er',
			'Hva skjer med',
			'Kan jeg endre',
			'Hvor er',
			'Når får jeg'
		]
	} as Language,
	sv: {
		common:
			'och i att det som är på en du för av med har inte vi kan den de om ett så från eller när dig din ditt dina vår också men ska måste vill efter till',
		stems:
			'beställ lever paket faktur betal återbetal konto lösenord butik produkt kund ärende svar retur garanti frakt adress kort terminal skrivar etikett inställning abonnemang kurs fråg ändr avbryt spår kvitto debiter räkning telefon epost kontakt meddelande team agent sparr kontroll öppn stäng logga återställ bekräft uppdater installer ladd fil bilaga bild dokument rapport fel problem hjälp guide steg skärm knapp meny sida länk lista formulär fält namn nummer datum tid dag vecka månad pris kostnad avgift rabatt presentkort kod saldo kredit bank överföring plånbok varukorg lager storlek färg modell enhet app webbläsare fönster profil integritet data radera export begäran samtycke lås block nyckel session gräns plan förnya uppgrader prov medlem dela bjud användare roll ägare bokning besök filial bud post utlämning vikt skada ersätt reparer byt klagomål krav vänt försening ankomst lagerhus transportör anteckning kommentar omdöme återkoppling enkät',
		endings: ['', 'en', 'et', 'ar', 'or', 'na', 'ning', 'ade', 'er', 'arna'],
		link: 's',
		syllables:
			'ka ro ti me ne lo sa ve tre pro dal ny borg fjäll hem lund vik berg strand stad hög skog',
		openers: [
			'Hur kan jag',
			'Varför är',
			'Vad händer med',
			'Kan jag ändra',
			'Var är',
			'När får jag'
		]
	} as Language,
	ru: {
		common:
			'и в не на что с по вы это как для к мы если или из у вам ваш ваша ваши от о же когда можно нужно только после при все будет есть',
		stems:
			'заказ доставк посылк счёт оплат возврат аккаунт парол магазин товар клиент поддержк обращени ответ гаранти отправк адрес карт терминал принтер этикетк настройк подписк курс вопрос измен отмен отслеживани чек списани квитанци телефон почт контакт сообщени команд агент сохран провер открыт закрыт вход сброс подтвержд обновлени установк загрузк файл вложени фото документ отчёт ошибк проблем помощ инструкци шаг экран кнопк меню страниц ссылк списк форм пол имен номер дат врем дн недел месяц цен стоимост комисси скидк сертификат код баланс кредит банк перевод кошел корзин склад размер цвет модел устройств приложени браузер окн профил конфиденциальност данн удалени экспорт запрос согласи блокировк ключ сеанс лимит тариф продлени пробн участник пользовател рол владел запис визит филиал курьер пункт выдач вес поврежд замен ремонт обмен жалоб претензи ожидани задержк прибыти склад перевозчик заметк комментари оценк отзыв опрос',
		endings: ['', 'а', 'у', 'ом', 'е', 'и', 'ы', 'ов', 'ам', 'ами', 'ах', 'ой', 'ю'],
		syllables: 'ка ро ти ме не ло са ве тре про дал ни бор град гор лес вол мир свет стан зор дар',
		openers: ['Как мне', 'Почему не', 'Что будет с', 'Можно ли изменить', 'Где мой', 'Когда придёт']
	} as Language
};
