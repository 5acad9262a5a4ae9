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
		tryArticles: 'Mange spørsmål er allerede besvart her:',
		subject: 'Emne',
		message: 'Spørsmålet ditt',
		messageHint: 'Fortell hva du har prøvd, og hva som skjedde. Skjermbilder hjelper mye.',
		category: 'Kategori',
		noCategory: 'Vet ikke',
		removeArticle: 'Fjern',
		files: 'Skjermbilder og filer (valgfritt)',
		filesHint: 'Opptil 5 filer på maks 10 MB hver: PNG, JPEG, WebP, GIF, PDF eller ren tekst.',
		callback: 'Ring meg opp',
		callbackHint: 'Bare når en samtale virkelig hjelper. Vi ringer innenfor åpningstiden.',
		callbackPhone: 'Telefonnummer',
		callbackWindow: 'Når passer det best?',
		callbackWindowHint: 'For eksempel: hverdager 10–12',
		send: 'Send til kundeservice',
		suggestionsTitle: 'Kanskje finner du svaret i disse artiklene',
		solved: 'Ja, det løste problemet',
		deflected: 'Så bra at det hjalp! Ingenting ble sendt, og utkastet ditt er slettet.',
		verifyFirst: 'Bekreft e-postadressen din for å kunne sende henvendelser.',
		createdTitle: 'Vi har mottatt henvendelsen din',
		createdText:
			'Saksnummeret ditt er {ref}. Du får svar på e-post og her, som regel i løpet av noen timer på hverdager og senest innen én virkedag.'
	},
	auth: {
		account: 'Konto',
		login: 'Logg inn',
		signup: 'Registrer deg',
		signupTitle: 'Opprett konto',
		signupIntro: 'Med en konto kan du sende henvendelser til kundeservice og følge dem opp her.',
		name: 'Navn',
		email: 'E-post',
		password: 'Passord',
		passwordHint: 'Minst 8 tegn. Unngå passord som er lette å gjette.',
		language: 'Foretrukket språk',
		shopName: 'Navn på butikken (valgfritt)',
		shopUrl: 'Nettadressen til butikken (valgfritt)',
		phone: 'Telefonnummer vi kan ringe deg tilbake på (valgfritt)',
		signupButton: 'Opprett konto',
		haveAccount: 'Har du allerede en konto?',
		noAccount: 'Er du ny her?',
		checkEmailTitle: 'Sjekk e-posten din',
		checkEmailText:
			'Vi har sendt en lenke til {email}. Åpne den for å bekrefte e-postadressen din. Lenken kan bare brukes én gang og gjelder i 7 dager.',
		loginTitle: 'Logg inn',
		loginButton: 'Logg inn',
		forgotLink: 'Glemt passordet?',
		logoutTitle: 'Logg ut',
		logoutText: 'Logg ut av hjelpesenteret på denne enheten.',
		logoutButton: 'Logg ut',
		loggedOut: 'Du er logget ut.',
		forgotTitle: 'Tilbakestill passordet',
		forgotIntro:
			'Skriv inn e-postadressen din, så sender vi deg en lenke der du kan velge et nytt passord.',
		forgotButton: 'Send lenke',
		forgotSent:
			'Hvis det finnes en konto for {email}, er en lenke på vei. Den gjelder i én time og kan bare brukes én gang. Se også i søppelposten.',
		resetTitle: 'Velg et nytt passord',
		newPassword: 'Nytt passord',
		resetButton: 'Lagre passordet',
		resetInvalid: 'Lenken er utløpt eller allerede brukt. Be om en ny.',
		verifyTitle: 'E-postadressen er bekreftet',
		verifyDone: 'Takk! E-postadressen din er bekreftet.',
		verifyInvalid: 'Bekreftelseslenken er utløpt eller allerede brukt.',
		resendVerification: 'Send en ny bekreftelseslenke',
		verificationSent: 'En ny bekreftelseslenke er på vei.',
		notVerified:
			'Du har ikke bekreftet e-postadressen din ennå. Bekreft den for å kunne sende henvendelser.',
		accountTitle: 'Kontoen din',
		profile: 'Profil',
		saveProfile: 'Lagre profilen',
		saved: 'Lagret.',
		changePassword: 'Bytt passord',
		currentPassword: 'Nåværende passord',
		changePasswordButton: 'Bytt passord',
		passwordChanged: 'Passordet er byttet. Du er logget ut alle andre steder.',
		changeEmail: 'Endre e-postadresse',
		newEmail: 'Ny e-postadresse',
		changeEmailButton: 'Send bekreftelseslenke',
		emailChangeSent:
			'Vi har sendt en bekreftelseslenke til {email}. E-postadressen endres når du åpner lenken.',
		emailChanged: 'E-postadressen din er nå {email}.',
		sessions: 'Økter',
		logoutEverywhere: 'Logg ut overalt',
		logoutEverywhereText: 'Avslutter alle økter på alle enheter, også denne.',
		deleteAccount: 'Slett kontoen',
		deleteText:
			'Opplysningene dine slettes. Kundeservice beholder henvendelsene dine i arkivet, men uten navnet og e-postadressen din.',
		deleteButton: 'Slett kontoen min',
		deleted: 'Kontoen din er slettet.',
		setupTitle: 'Opprett den første administratoren',
		setupIntro:
			'Lenken kan bare brukes én gang. Etterpå kan administratoren legge til kundebehandlere og flere administratorer.',
		setupButton: 'Opprett administrator',
		setupInvalid: 'Oppsettlenken er ikke gyldig, eller det finnes allerede en administrator.',
		loginNeeded: 'Logg inn for å fortsette.'
	},
	errors: {
		required: 'Fyll ut dette feltet.',
		invalidEmail: 'Skriv inn en e-postadresse, f.eks. navn@example.com.',
		tooShort: 'Bruk minst {min} tegn.',
		tooLong: 'Bruk høyst {max} tegn.',
		commonPassword: 'Dette er et av de vanligste passordene. Velg et som er vanskeligere å gjette.',
		invalidUrl: 'Skriv inn en adresse, f.eks. https://minbutikk.example.',
		invalidPhone: 'Skriv inn et telefonnummer, f.eks. +47 912 34 567.',
		invalidLocale: 'Velg et av språkene i listen.',
		wrongCredentials: 'Feil e-postadresse eller passord.',
		wrongPassword: 'Det nåværende passordet er feil.',
		throttled: 'For mange forsøk. Vent {minutes} min og prøv igjen.',
		forbidden: 'Du har ikke tilgang til dette.',
		unauthorized: 'Logg inn først.',
		invalidRequest: 'Noen av feltene må rettes.',
		tooLarge: 'Forespørselen er for stor.',
		notFound: 'Fant ikke det du lette etter.',
		tooManyFiles: 'Du kan legge ved høyst {max} filer.',
		fileTooLarge: '{name} er større enn 10 MB.',
		fileType: '{name} er ikke en PNG-, JPEG-, WebP-, GIF-, PDF- eller tekstfil.',
		unknownArticle: 'Artikkelen finnes ikke.',
		ticketLimit:
			'Du har sendt mange henvendelser den siste timen. Vent litt, eller skriv videre i en sak som allerede er åpen.',
		notVerified: 'Bekreft e-postadressen din først.'
	},
	mail: {
		greeting: 'Hei, {name}!',
		verifySubject: 'Bekreft e-postadressen din',
		verifyText:
			'Velkommen til Lumo hjelpesenter. Åpne denne lenken for å bekrefte e-postadressen din:',
		resetSubject: 'Tilbakestill passordet ditt',
		resetText:
			'Noen, forhåpentligvis du, har bedt om å tilbakestille passordet til Lumo-kontoen din. Åpne denne lenken innen én time for å velge et nytt:',
		emailSubject: 'Bekreft den nye e-postadressen din',
		emailText: 'Åpne denne lenken for å bruke denne e-postadressen på Lumo-kontoen din:',
		emailChangedSubject: 'E-postadressen din er endret',
		emailChangedText:
			'E-postadressen til Lumo-kontoen din er endret til {email}. Var det ikke deg? Tilbakestill passordet med en gang:',
		passwordChangedSubject: 'Passordet ditt er endret',
		passwordChangedText:
			'Passordet til Lumo-kontoen din ble nettopp endret. Var det ikke deg? Tilbakestill det med en gang:',
		existingSubject: 'Du har allerede en konto',
		existingText:
			'Noen prøvde å opprette en Lumo-konto med denne adressen, men det finnes allerede en konto for den. Var det deg? Logg inn, eller tilbakestill passordet her:',
		ignore: 'Har du ikke bedt om dette, kan du se bort fra denne e-posten.',
		signature: 'Lumo kundeservice',
		ticketSubject: 'Vi har mottatt henvendelsen din ({ref})',
		ticketText:
			'Takk for at du kontaktet Lumo kundeservice. Saksnummeret ditt er {ref}. Vi svarer som regel i løpet av noen timer på hverdager, og senest innen én virkedag. Følg saken din her:'
	},
	support: {
		myTickets: 'Mine saker',
		none: 'Du har ikke sendt noen henvendelser ennå.',
		newTicket: 'Ny henvendelse',
		ref: 'Saksnummer',
		subject: 'Emne',
		status: 'Status',
		updated: 'Sist oppdatert',
		statusNew: 'Mottatt',
		statusOpen: 'Åpen',
		statusPending: 'Venter på svar fra deg',
		statusSolved: 'Løst',
		statusClosed: 'Lukket',
		reply: 'Skriv et svar',
		replyButton: 'Send svar',
		close: 'Lukk saken',
		reopen: 'Åpne saken igjen',
		you: 'Du',
		team: 'Lumo kundeservice',
		attachedArticle: 'Vedlagt artikkel',
		callbackRequested: 'Ønsker å bli ringt opp: {phone} ({window})'
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
