import type { Translation } from '../i18n-types.js';

const nl = {
	site: {
		name: 'Lumo Helpcentrum',
		skipToContent: 'Naar de inhoud',
		footerText:
			'Het helpcentrum is dag en nacht open. Ons supportteam beantwoordt tickets op werkdagen.',
		privacy: 'Privacy',
		noTracking: 'Geen trackingcookies. We verkopen je gegevens nooit.'
	},
	header: {
		contactSupport: 'Contact opnemen',
		language: 'Taal',
		chooseLanguage: 'Kies je taal'
	},
	search: {
		label: 'Zoeken in het helpcentrum',
		placeholder: 'Beschrijf je vraag, bijv. ‘wachtwoord vergeten’',
		submit: 'Zoeken',
		title: 'Zoeken',
		resultsFor: 'Zoekresultaten voor ‘{query}’',
		resultCount: '{count} {{resultaat|resultaten}}',
		noResults: 'Geen artikelen gevonden voor ‘{query}’.',
		noResultsHelp: 'Probeer andere woorden, of vraag het ons supportteam: we helpen je graag.',
		empty: 'Beschrijf in een paar woorden waar je hulp bij nodig hebt.',
		loading: 'Bezig met zoeken…'
	},
	home: {
		title: 'Waarmee kunnen we je helpen?',
		intro: 'Vind antwoorden in onze artikelen of stuur het supportteam een ticket.',
		topics: 'Bekijk per onderwerp',
		articleCount: '{count} {{artikel|artikelen}}',
		mostHelpful: 'Meest nuttige artikelen',
		notFoundTitle: 'Geen antwoord gevonden?',
		notFoundText:
			'Stuur ons een ticket vanuit je Lumo-account. Op werkdagen hoor je meestal binnen een paar uur van ons.'
	},
	category: {
		articlesIn: 'Artikelen in {category}'
	},
	article: {
		breadcrumbs: 'Kruimelpad',
		updated: 'Bijgewerkt op {date}',
		toc: 'Op deze pagina',
		related: 'Gerelateerde artikelen',
		fallbackNotice:
			'Dit artikel is nog niet in het Nederlands beschikbaar, dus je leest het in het {language}.',
		availableIn: 'Ook beschikbaar in:',
		inLanguage: 'in het {language}',
		helpfulQuestion: 'Was dit artikel nuttig?',
		yes: 'Ja',
		no: 'Nee',
		helpfulThanks: 'Bedankt! Met je antwoord kunnen we dit artikel verbeteren.',
		voteFailed: 'Je antwoord kon niet worden opgeslagen. Probeer het opnieuw.',
		stillNeedHelp: 'Nog hulp nodig?',
		stillNeedHelpText:
			'Stuur een ticket: dit artikel gaat automatisch mee, dus je hoeft niet uit te leggen wat je al hebt gelezen.'
	},
	callout: {
		note: 'Opmerking',
		tip: 'Tip',
		warning: 'Waarschuwing'
	},
	feedback: {
		title: 'Bedankt voor je feedback',
		helpful: 'Fijn dat het artikel je heeft geholpen.',
		notHelpful:
			'Jammer dat het artikel je vraag niet heeft beantwoord. We lezen elk antwoord en gebruiken het om onze artikelen te verbeteren.',
		contactInstead: 'Ons supportteam helpt je graag verder.',
		backToArticle: 'Terug naar ‘{title}’',
		invalid:
			'We konden dat antwoord niet registreren: het artikel of het antwoord werd niet herkend.'
	},
	contact: {
		title: 'Contact opnemen met support',
		intro:
			'Support beantwoordt tickets vanuit je Lumo-account. Zo weten we om welke winkel het gaat en kan niemand anders namens jou een vraag stellen.',
		attached: 'Bijgevoegd artikel',
		hours:
			'Support is bereikbaar van maandag t/m vrijdag, 8.00–16.00 uur (CET). Het helpcentrum is 24/7 open.',
		tryArticles: 'Op veel vragen vind je hier al het antwoord:'
	},
	error: {
		notFoundTitle: 'Pagina niet gevonden',
		notFoundText:
			'We kunnen de pagina die je zoekt niet vinden. Misschien is die verplaatst, of zit er een typfout in de link.',
		errorTitle: 'Er ging iets mis',
		errorText: 'Sorry, de pagina kan niet worden weergegeven. Probeer het zo nog eens.',
		backHome: 'Naar het helpcentrum'
	},
	api: {
		invalidVote: 'Kies Ja of Nee voor een bestaand artikel.',
		unknownArticle: 'Er bestaat geen artikel met die id.',
		invalidSearchEvent: 'Deze zoekgebeurtenis is ongeldig.',
		invalidQuery: 'Deze zoekopdracht is ongeldig.'
	}
} satisfies Translation;

export default nl;
