import type { Translation } from '../i18n-types.js';

const de = {
	site: {
		name: 'Lumo-Hilfecenter',
		skipToContent: 'Zum Inhalt springen',
		footerText:
			'Das Hilfecenter ist rund um die Uhr für dich da. Unser Support-Team beantwortet Tickets werktags.',
		privacy: 'Datenschutz',
		noTracking: 'Keine Tracking-Cookies. Wir verkaufen deine Daten niemals.'
	},
	header: {
		contactSupport: 'Support kontaktieren',
		language: 'Sprache',
		chooseLanguage: 'Sprache wählen'
	},
	search: {
		label: 'Im Hilfecenter suchen',
		placeholder: 'Beschreib deine Frage, z. B. „Passwort vergessen“',
		submit: 'Suchen',
		title: 'Suche',
		resultsFor: 'Suchergebnisse für „{query}“',
		resultCount: '{count} {{Treffer|Treffer}}',
		noResults: 'Keine Artikel passen zu „{query}“.',
		noResultsHelp: 'Versuch es mit anderen Wörtern oder frag unser Support-Team – wir helfen gern.',
		empty: 'Beschreib in ein paar Worten, wobei du Hilfe brauchst.',
		loading: 'Suche läuft …'
	},
	home: {
		title: 'Wie können wir helfen?',
		intro: 'Finde Antworten in unseren Artikeln oder schick unserem Support-Team ein Ticket.',
		topics: 'Themen im Überblick',
		articleCount: '{count} {{Artikel|Artikel}}',
		mostHelpful: 'Die hilfreichsten Artikel',
		notFoundTitle: 'Keine Antwort gefunden?',
		notFoundText:
			'Schick uns ein Ticket aus deinem Lumo-Konto. Werktags hörst du meist schon nach ein paar Stunden von uns.'
	},
	category: {
		articlesIn: 'Artikel zum Thema {category}'
	},
	article: {
		breadcrumbs: 'Brotkrümelnavigation',
		updated: 'Aktualisiert am {date}',
		toc: 'Auf dieser Seite',
		related: 'Ähnliche Artikel',
		fallbackNotice:
			'Diesen Artikel gibt es noch nicht auf Deutsch, deshalb liest du ihn auf {language}.',
		availableIn: 'Auch verfügbar auf:',
		inLanguage: 'auf {language}',
		helpfulQuestion: 'War dieser Artikel hilfreich?',
		yes: 'Ja',
		no: 'Nein',
		helpfulThanks: 'Danke! Deine Antwort hilft uns, den Artikel zu verbessern.',
		voteFailed: 'Deine Antwort konnte nicht gespeichert werden. Bitte versuch es noch einmal.',
		stillNeedHelp: 'Brauchst du noch Hilfe?',
		stillNeedHelpText:
			'Schick uns ein Ticket: Dieser Artikel wird automatisch angehängt, du musst also nicht erklären, was du schon gelesen hast.'
	},
	callout: {
		note: 'Hinweis',
		tip: 'Tipp',
		warning: 'Achtung'
	},
	feedback: {
		title: 'Danke für dein Feedback',
		helpful: 'Schön, dass dir der Artikel geholfen hat.',
		notHelpful:
			'Schade, dass der Artikel deine Frage nicht beantwortet hat. Wir lesen jede Rückmeldung und verbessern damit unsere Artikel.',
		contactInstead: 'Unser Support-Team hilft dir gern direkt weiter.',
		backToArticle: 'Zurück zu „{title}“',
		invalid:
			'Deine Antwort konnte nicht erfasst werden: Der Artikel oder die Antwort wurde nicht erkannt.'
	},
	contact: {
		title: 'Support kontaktieren',
		intro:
			'Der Support beantwortet Tickets aus deinem Lumo-Konto. So wissen wir, um welchen Shop es geht, und niemand sonst kann in deinem Namen anfragen.',
		attached: 'Angehängter Artikel',
		hours:
			'Support-Zeiten: Montag bis Freitag, 8–16 Uhr MEZ. Das Hilfecenter ist rund um die Uhr erreichbar.',
		tryArticles: 'Viele Fragen sind hier schon beantwortet:',
		subject: 'Betreff',
		message: 'Deine Frage',
		messageHint: 'Beschreib, was du versucht hast und was passiert ist. Screenshots helfen sehr.',
		category: 'Kategorie',
		noCategory: 'Weiß ich nicht',
		removeArticle: 'Entfernen',
		files: 'Screenshots und Dateien (optional)',
		filesHint: 'Bis zu 5 Dateien, je höchstens 10 MB: PNG, JPEG, WebP, GIF, PDF oder reiner Text.',
		callback: 'Rückruf erwünscht',
		callbackHint:
			'Nur wenn ein Gespräch wirklich weiterhilft. Wir rufen während der Support-Zeiten an.',
		callbackPhone: 'Telefonnummer',
		callbackWindow: 'Wann passt es dir?',
		callbackWindowHint: 'Zum Beispiel: werktags 10–12 Uhr',
		send: 'An den Support senden',
		suggestionsTitle: 'Diese Artikel beantworten vielleicht deine Frage',
		solved: 'Ja, das hat geholfen',
		deflected:
			'Schön, dass es geholfen hat! Es wurde nichts gesendet, und dein Entwurf ist gelöscht.',
		verifyFirst: 'Bestätige deine E-Mail-Adresse, damit du Tickets senden kannst.',
		createdTitle: 'Wir haben deine Anfrage erhalten',
		createdText:
			'Deine Ticketnummer ist {ref}. Die Antwort bekommst du per E-Mail und hier – werktags meist innerhalb weniger Stunden, spätestens innerhalb eines Werktags.'
	},
	auth: {
		account: 'Konto',
		login: 'Anmelden',
		signup: 'Registrieren',
		signupTitle: 'Konto erstellen',
		signupIntro:
			'Mit einem Konto kannst du Tickets an den Support schicken und sie hier verfolgen.',
		name: 'Name',
		email: 'E-Mail-Adresse',
		password: 'Passwort',
		passwordHint: 'Mindestens 8 Zeichen. Vermeide Passwörter, die leicht zu erraten sind.',
		language: 'Bevorzugte Sprache',
		shopName: 'Name deines Shops (optional)',
		shopUrl: 'Webadresse deines Shops (optional)',
		phone: 'Telefonnummer für Rückrufe (optional)',
		signupButton: 'Konto erstellen',
		haveAccount: 'Du hast schon ein Konto?',
		noAccount: 'Neu hier?',
		checkEmailTitle: 'Schau in dein Postfach',
		checkEmailText:
			'Wir haben einen Link an {email} geschickt. Öffne ihn, um deine Adresse zu bestätigen. Er funktioniert nur einmal und ist 7 Tage gültig.',
		loginTitle: 'Anmelden',
		loginButton: 'Anmelden',
		forgotLink: 'Passwort vergessen?',
		logoutTitle: 'Abmelden',
		logoutText: 'Melde dich auf diesem Gerät vom Hilfecenter ab.',
		logoutButton: 'Abmelden',
		loggedOut: 'Du bist abgemeldet.',
		forgotTitle: 'Passwort zurücksetzen',
		forgotIntro:
			'Gib deine E-Mail-Adresse ein. Wir schicken dir dann einen Link, über den du ein neues Passwort wählen kannst.',
		forgotButton: 'Link senden',
		forgotSent:
			'Falls es ein Konto für {email} gibt, ist ein Link unterwegs. Er ist eine Stunde gültig und funktioniert nur einmal. Schau auch in deinem Spam-Ordner nach.',
		resetTitle: 'Neues Passwort wählen',
		newPassword: 'Neues Passwort',
		resetButton: 'Passwort speichern',
		resetInvalid:
			'Dieser Link ist abgelaufen oder wurde schon verwendet. Fordere einfach einen neuen an.',
		verifyTitle: 'E-Mail-Adresse bestätigt',
		verifyDone: 'Danke! Deine E-Mail-Adresse ist bestätigt.',
		verifyInvalid: 'Dieser Bestätigungslink ist abgelaufen oder wurde schon verwendet.',
		resendVerification: 'Neuen Bestätigungslink senden',
		verificationSent: 'Ein neuer Bestätigungslink ist unterwegs.',
		notVerified:
			'Deine E-Mail-Adresse ist noch nicht bestätigt. Bestätige sie, damit du Tickets senden kannst.',
		accountTitle: 'Dein Konto',
		profile: 'Profil',
		saveProfile: 'Profil speichern',
		saved: 'Gespeichert.',
		changePassword: 'Passwort ändern',
		currentPassword: 'Aktuelles Passwort',
		changePasswordButton: 'Passwort ändern',
		passwordChanged: 'Passwort geändert. Alle deine anderen Sitzungen wurden beendet.',
		changeEmail: 'E-Mail-Adresse ändern',
		newEmail: 'Neue E-Mail-Adresse',
		changeEmailButton: 'Bestätigungslink senden',
		emailChangeSent:
			'Wir haben einen Bestätigungslink an {email} geschickt. Deine Adresse ändert sich, sobald du ihn öffnest.',
		emailChanged: 'Deine E-Mail-Adresse lautet jetzt {email}.',
		sessions: 'Sitzungen',
		logoutEverywhere: 'Überall abmelden',
		logoutEverywhereText: 'Beendet alle Sitzungen auf allen Geräten, auch diese hier.',
		deleteAccount: 'Konto löschen',
		deleteText:
			'Deine Daten werden gelöscht. Deine Tickets bleiben für die Unterlagen des Support-Teams erhalten, aber ohne deinen Namen und deine E-Mail-Adresse.',
		deleteButton: 'Mein Konto löschen',
		deleted: 'Dein Konto wurde gelöscht.',
		setupTitle: 'Ersten Administrator anlegen',
		setupIntro:
			'Dieser Link funktioniert nur einmal. Danach kann der Administrator Support-Mitarbeitende und weitere Administratoren hinzufügen.',
		setupButton: 'Administrator anlegen',
		setupInvalid: 'Dieser Einrichtungslink ist ungültig, oder es gibt schon einen Administrator.',
		loginNeeded: 'Melde dich an, um fortzufahren.'
	},
	errors: {
		required: 'Bitte füll dieses Feld aus.',
		invalidEmail: 'Gib eine E-Mail-Adresse wie name@example.com ein.',
		tooShort: 'Verwende mindestens {min} Zeichen.',
		tooLong: 'Verwende höchstens {max} Zeichen.',
		commonPassword:
			'Dieses Passwort gehört zu den häufigsten überhaupt. Wähl eins, das schwerer zu erraten ist.',
		invalidUrl: 'Gib eine Adresse wie https://meinshop.example ein.',
		invalidPhone: 'Gib eine Telefonnummer ein, z. B. +49 151 23456789.',
		invalidLocale: 'Wähl eine der Sprachen aus der Liste.',
		wrongCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
		wrongPassword: 'Das aktuelle Passwort ist nicht richtig.',
		throttled: 'Zu viele Versuche. Warte {minutes} Min. und versuch es dann noch einmal.',
		forbidden: 'Darauf hast du keinen Zugriff.',
		unauthorized: 'Bitte melde dich zuerst an.',
		invalidRequest: 'Bitte überprüf deine Angaben.',
		tooLarge: 'Die Anfrage ist zu groß.',
		notFound: 'Nicht gefunden.',
		tooManyFiles: 'Du kannst höchstens {max} Dateien anhängen.',
		fileTooLarge: '{name} ist größer als 10 MB.',
		fileType: '{name} ist keine PNG-, JPEG-, WebP-, GIF-, PDF- oder reine Textdatei.',
		unknownArticle: 'Diesen Artikel gibt es nicht.',
		ticketLimit:
			'Du hast in der letzten Stunde viele Tickets gesendet. Warte bitte kurz oder schreib in einem offenen Ticket weiter.',
		notVerified: 'Bestätige zuerst deine E-Mail-Adresse.'
	},
	mail: {
		greeting: 'Hallo {name}!',
		verifySubject: 'Bestätige deine E-Mail-Adresse',
		verifyText:
			'Willkommen im Lumo-Hilfecenter! Öffne diesen Link, um deine E-Mail-Adresse zu bestätigen:',
		resetSubject: 'Passwort zurücksetzen',
		resetText:
			'Jemand – hoffentlich du – möchte das Passwort deines Lumo-Kontos zurücksetzen. Öffne diesen Link innerhalb einer Stunde, um ein neues zu wählen:',
		emailSubject: 'Bestätige deine neue E-Mail-Adresse',
		emailText:
			'Öffne diesen Link, um diese Adresse als E-Mail-Adresse für dein Lumo-Konto zu verwenden:',
		emailChangedSubject: 'Deine E-Mail-Adresse wurde geändert',
		emailChangedText:
			'Die E-Mail-Adresse deines Lumo-Kontos wurde in {email} geändert. Warst du das nicht? Dann setz sofort dein Passwort zurück:',
		passwordChangedSubject: 'Dein Passwort wurde geändert',
		passwordChangedText:
			'Das Passwort deines Lumo-Kontos wurde gerade geändert. Warst du das nicht? Dann setz es sofort zurück:',
		existingSubject: 'Du hast schon ein Konto',
		existingText:
			'Jemand wollte mit dieser Adresse ein Lumo-Konto erstellen, aber es gibt schon eins. Warst du das? Dann melde dich an oder setz dein Passwort hier zurück:',
		ignore: 'Falls du das nicht angefordert hast, kannst du diese E-Mail einfach ignorieren.',
		signature: 'Dein Lumo-Support-Team',
		ticketSubject: 'Wir haben deine Anfrage {ref} erhalten',
		ticketText:
			'Danke für deine Nachricht an den Lumo-Support. Deine Ticketnummer ist {ref}. Werktags antworten wir meist innerhalb weniger Stunden, spätestens innerhalb eines Werktags. Hier kannst du dein Ticket verfolgen:'
	},
	support: {
		myTickets: 'Meine Tickets',
		none: 'Du hast noch keine Tickets gesendet.',
		newTicket: 'Neues Ticket',
		ref: 'Ticketnummer',
		subject: 'Betreff',
		status: 'Status',
		updated: 'Zuletzt aktualisiert',
		statusNew: 'Eingegangen',
		statusOpen: 'Offen',
		statusPending: 'Wartet auf deine Antwort',
		statusSolved: 'Gelöst',
		statusClosed: 'Geschlossen',
		reply: 'Antwort schreiben',
		replyButton: 'Antwort senden',
		close: 'Ticket schließen',
		reopen: 'Ticket wieder öffnen',
		you: 'Du',
		team: 'Lumo-Support',
		attachedArticle: 'Angehängter Artikel',
		callbackRequested: 'Rückruf erwünscht: {phone} ({window})'
	},
	error: {
		notFoundTitle: 'Seite nicht gefunden',
		notFoundText:
			'Die gesuchte Seite konnten wir nicht finden. Vielleicht wurde sie verschoben, oder der Link enthält einen Tippfehler.',
		errorTitle: 'Etwas ist schiefgelaufen',
		errorText:
			'Die Seite konnte leider nicht angezeigt werden. Bitte versuch es gleich noch einmal.',
		backHome: 'Zum Hilfecenter'
	},
	api: {
		invalidVote: 'Wähle Ja oder Nein für einen vorhandenen Artikel.',
		unknownArticle: 'Es gibt keinen Artikel mit dieser ID.',
		invalidSearchEvent: 'Das Suchereignis ist ungültig.',
		invalidQuery: 'Die Suchanfrage ist ungültig.'
	}
} satisfies Translation;

export default de;
