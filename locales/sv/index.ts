import type { Translation } from '../i18n-types.js';

const sv = {
	site: {
		name: 'Lumo hjälpcenter',
		skipToContent: 'Hoppa till innehållet',
		footerText: 'Hjälpcentret är öppet dygnet runt. Kundtjänst svarar på ärenden på vardagar.',
		privacy: 'Integritet',
		noTracking: 'Inga spårningscookies. Vi säljer aldrig dina uppgifter.'
	},
	header: {
		contactSupport: 'Kontakta kundtjänst',
		language: 'Språk',
		chooseLanguage: 'Välj språk'
	},
	search: {
		label: 'Sök i hjälpcentret',
		placeholder: 'Beskriv din fråga, t.ex. ”glömt lösenord”',
		submit: 'Sök',
		title: 'Sök',
		resultsFor: 'Sökresultat för ”{query}”',
		resultCount: '{count} {{träff|träffar}}',
		noResults: 'Inga artiklar matchar ”{query}”.',
		noResultsHelp: 'Prova andra ord, eller fråga kundtjänst – vi hjälper gärna till.',
		empty: 'Skriv några ord om vad du behöver hjälp med.',
		loading: 'Söker …'
	},
	home: {
		title: 'Hur kan vi hjälpa dig?',
		intro: 'Hitta svar i våra artiklar eller skicka ett ärende till kundtjänst.',
		topics: 'Bläddra bland ämnen',
		articleCount: '{count} {{artikel|artiklar}}',
		mostHelpful: 'Mest hjälpsamma artiklar',
		notFoundTitle: 'Hittade du inte svaret?',
		notFoundText:
			'Skicka ett ärende från ditt Lumo-konto. På vardagar får du oftast svar inom några timmar.'
	},
	category: {
		articlesIn: 'Artiklar i {category}'
	},
	article: {
		breadcrumbs: 'Brödsmulor',
		updated: 'Uppdaterad {date}',
		toc: 'På den här sidan',
		related: 'Relaterade artiklar',
		fallbackNotice: 'Den här artikeln finns inte på svenska än, så du läser den på {language}.',
		availableIn: 'Finns även på:',
		inLanguage: 'på {language}',
		helpfulQuestion: 'Var artikeln till hjälp?',
		yes: 'Ja',
		no: 'Nej',
		helpfulThanks: 'Tack! Ditt svar hjälper oss att förbättra artikeln.',
		voteFailed: 'Ditt svar kunde inte sparas. Försök igen.',
		stillNeedHelp: 'Behöver du mer hjälp?',
		stillNeedHelpText:
			'Skicka ett ärende. Den här artikeln bifogas, så du behöver inte förklara vad du redan har läst.'
	},
	callout: {
		note: 'Observera',
		tip: 'Tips',
		warning: 'Varning'
	},
	feedback: {
		title: 'Tack för din feedback',
		helpful: 'Vad bra att artikeln hjälpte!',
		notHelpful:
			'Vi beklagar att artikeln inte besvarade din fråga. Vi läser alla svar och använder dem för att förbättra våra artiklar.',
		contactInstead: 'Kundtjänst kan hjälpa dig direkt.',
		backToArticle: 'Tillbaka till ”{title}”',
		invalid: 'Vi kunde inte registrera svaret eftersom artikeln eller svaret inte kändes igen.'
	},
	contact: {
		title: 'Kontakta kundtjänst',
		intro:
			'Kundtjänst svarar på ärenden från ditt Lumo-konto. Då vet vi vilken butik det gäller, och ingen annan kan fråga för din räkning.',
		attached: 'Bifogad artikel',
		hours:
			'Kundtjänst har öppet måndag–fredag kl. 08.00–16.00 svensk tid. Hjälpcentret är öppet dygnet runt.',
		tryArticles: 'Många frågor har redan svar här:'
	},
	error: {
		notFoundTitle: 'Sidan hittades inte',
		notFoundText:
			'Vi hittade inte sidan du letade efter. Den kan ha flyttats, eller så är länken felskriven.',
		errorTitle: 'Något gick fel',
		errorText: 'Sidan kunde tyvärr inte visas. Försök igen om en stund.',
		backHome: 'Gå till hjälpcentret'
	},
	api: {
		invalidVote: 'Välj Ja eller Nej för en artikel som finns.',
		unknownArticle: 'Det finns ingen artikel med det id:t.',
		invalidSearchEvent: 'Sökhändelsen är inte giltig.',
		invalidQuery: 'Sökningen är inte giltig.'
	}
} satisfies Translation;

export default sv;
