import type { Translation } from '../i18n-types.js';

const nb = {
	site: {
		name: 'Lumo hjelpesenter',
		skipToContent: 'Gå til hovedinnholdet',
		footerText:
			'Hjelpesenteret er åpent døgnet rundt. Kundeservice svarer på henvendelser på hverdager.',
		privacy: 'Personvern',
		noTracking: 'Ingen sporingscookies. Vi selger aldri opplysningene dine.'
	},
	header: {
		contactSupport: 'Kontakt kundeservice',
		language: 'Språk',
		chooseLanguage: 'Velg språk'
	},
	search: {
		label: 'Søk i hjelpesenteret',
		placeholder: 'Beskriv spørsmålet ditt, f.eks. «glemt passord»',
		submit: 'Søk',
		title: 'Søk',
		resultsFor: 'Søkeresultater for «{query}»',
		resultCount: '{count} {{treff|treff}}',
		noResults: 'Ingen artikler passer til «{query}».',
		noResultsHelp: 'Prøv andre ord, eller spør kundeservice – vi hjelper deg gjerne.',
		empty: 'Skriv noen ord om hva du trenger hjelp med.',
		loading: 'Søker …'
	},
	home: {
		title: 'Hva kan vi hjelpe deg med?',
		intro: 'Finn svar i artiklene våre, eller send en henvendelse til kundeservice.',
		topics: 'Finn artikler etter tema',
		articleCount: '{count} {{artikkel|artikler}}',
		mostHelpful: 'Mest nyttige artikler',
		notFoundTitle: 'Fant du ikke svaret?',
		notFoundText:
			'Send oss en henvendelse fra Lumo-kontoen din. På hverdager får du som regel svar i løpet av noen timer.'
	},
	category: {
		articlesIn: 'Artikler i {category}'
	},
	article: {
		breadcrumbs: 'Brødsmulesti',
		updated: 'Oppdatert {date}',
		toc: 'På denne siden',
		related: 'Relaterte artikler',
		fallbackNotice: 'Denne artikkelen finnes ikke på norsk ennå, så du leser den på {language}.',
		availableIn: 'Finnes også på:',
		inLanguage: 'på {language}',
		helpfulQuestion: 'Var artikkelen nyttig?',
		yes: 'Ja',
		no: 'Nei',
		helpfulThanks: 'Takk! Svaret ditt hjelper oss med å gjøre artikkelen bedre.',
		voteFailed: 'Vi fikk ikke lagret svaret ditt. Prøv igjen.',
		stillNeedHelp: 'Trenger du fortsatt hjelp?',
		stillNeedHelpText:
			'Send en henvendelse. Denne artikkelen legges ved, så du slipper å forklare hva du allerede har lest.'
	},
	callout: {
		note: 'Merk',
		tip: 'Tips',
		warning: 'Advarsel'
	},
	feedback: {
		title: 'Takk for tilbakemeldingen',
		helpful: 'Så bra at artikkelen hjalp!',
		notHelpful:
			'Beklager at artikkelen ikke svarte på spørsmålet ditt. Vi leser alle svarene og bruker dem til å forbedre artiklene våre.',
		contactInstead: 'Kundeservice kan hjelpe deg direkte.',
		backToArticle: 'Tilbake til «{title}»',
		invalid: 'Vi kunne ikke registrere svaret fordi vi ikke kjente igjen artikkelen eller svaret.'
	},
	contact: {
		title: 'Kontakt kundeservice',
		intro:
			'Kundeservice svarer på henvendelser fra Lumo-kontoen din. Slik vet vi hvilken butikk det gjelder, og ingen andre kan spørre på dine vegne.',
		attached: 'Vedlagt artikkel',
		hours:
			'Kundeservice har åpent mandag til fredag kl. 08.00–16.00 norsk tid. Hjelpesenteret er åpent døgnet rundt.',
		tryArticles: 'Mange spørsmål er allerede besvart her:'
	},
	error: {
		notFoundTitle: 'Fant ikke siden',
		notFoundText:
			'Vi fant ikke siden du lette etter. Den kan ha blitt flyttet, eller det kan være en skrivefeil i lenken.',
		errorTitle: 'Noe gikk galt',
		errorText: 'Beklager, siden kunne ikke vises. Prøv igjen om litt.',
		backHome: 'Gå til hjelpesenteret'
	},
	api: {
		invalidVote: 'Velg Ja eller Nei for en artikkel som finnes.',
		unknownArticle: 'Det finnes ingen artikkel med den ID-en.',
		invalidSearchEvent: 'Søkehendelsen er ikke gyldig.',
		invalidQuery: 'Søket er ikke gyldig.'
	}
} satisfies Translation;

export default nb;
