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
		tryArticles: 'Viele Fragen sind hier schon beantwortet:'
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
