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
		tryArticles: 'Op veel vragen vind je hier al het antwoord:',
		subject: 'Onderwerp',
		message: 'Je vraag',
		messageHint: 'Vertel wat je hebt geprobeerd en wat er gebeurde. Screenshots helpen enorm.',
		category: 'Categorie',
		noCategory: 'Weet ik niet',
		removeArticle: 'Verwijderen',
		files: 'Screenshots en bestanden (optioneel)',
		filesHint:
			'Tot 5 bestanden van max. 10 MB per stuk: PNG, JPEG, WebP, GIF, PDF of platte tekst.',
		callback: 'Bel me terug',
		callbackHint:
			'Alleen als een gesprek echt helpt. We bellen binnen de openingstijden van support.',
		callbackPhone: 'Telefoonnummer',
		callbackWindow: 'Wanneer komt het je uit?',
		callbackWindowHint: 'Bijvoorbeeld: op werkdagen tussen 10 en 12 uur',
		send: 'Naar support sturen',
		suggestionsTitle: 'Misschien staat het antwoord in deze artikelen',
		solved: 'Ja, hiermee is het opgelost',
		deflected: 'Fijn dat het heeft geholpen! Er is niets verstuurd en je concept is gewist.',
		verifyFirst: 'Bevestig je e-mailadres om tickets te kunnen sturen.',
		createdTitle: 'We hebben je ticket ontvangen',
		createdText:
			'Je ticketnummer is {ref}. Je krijgt antwoord per e-mail en hier, op werkdagen meestal binnen een paar uur en uiterlijk binnen één werkdag.'
	},
	auth: {
		account: 'Account',
		login: 'Inloggen',
		signup: 'Registreren',
		signupTitle: 'Maak je account aan',
		signupIntro: 'Met een account kun je tickets naar support sturen en ze hier volgen.',
		name: 'Naam',
		email: 'E-mailadres',
		password: 'Wachtwoord',
		passwordHint: 'Minstens 8 tekens. Vermijd wachtwoorden die makkelijk te raden zijn.',
		language: 'Voorkeurstaal',
		shopName: 'Naam van je winkel (optioneel)',
		shopUrl: 'Webadres van je winkel (optioneel)',
		phone: 'Telefoonnummer om je terug te bellen (optioneel)',
		signupButton: 'Account aanmaken',
		haveAccount: 'Heb je al een account?',
		noAccount: 'Nieuw hier?',
		checkEmailTitle: 'Kijk in je inbox',
		checkEmailText:
			'We hebben een link gestuurd naar {email}. Open die om je e-mailadres te bevestigen. De link werkt één keer en is 7 dagen geldig.',
		loginTitle: 'Inloggen',
		loginButton: 'Inloggen',
		forgotLink: 'Wachtwoord vergeten?',
		logoutTitle: 'Uitloggen',
		logoutText: 'Log op dit apparaat uit bij het helpcentrum.',
		logoutButton: 'Uitloggen',
		loggedOut: 'Je bent uitgelogd.',
		forgotTitle: 'Wachtwoord opnieuw instellen',
		forgotIntro:
			'Vul je e-mailadres in, dan sturen we je een link om een nieuw wachtwoord te kiezen.',
		forgotButton: 'Link versturen',
		forgotSent:
			'Als er een account bestaat voor {email}, is er een link naar je onderweg. Die is een uur geldig en werkt maar één keer. Kijk ook in je spammap.',
		resetTitle: 'Kies een nieuw wachtwoord',
		newPassword: 'Nieuw wachtwoord',
		resetButton: 'Wachtwoord opslaan',
		resetInvalid: 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
		verifyTitle: 'E-mailadres bevestigd',
		verifyDone: 'Bedankt! Je e-mailadres is bevestigd.',
		verifyInvalid: 'Deze bevestigingslink is verlopen of al gebruikt.',
		resendVerification: 'Nieuwe bevestigingslink sturen',
		verificationSent: 'Er is een nieuwe bevestigingslink naar je onderweg.',
		notVerified: 'Je e-mailadres is nog niet bevestigd. Bevestig het om tickets te kunnen sturen.',
		accountTitle: 'Je account',
		profile: 'Profiel',
		saveProfile: 'Profiel opslaan',
		saved: 'Opgeslagen.',
		changePassword: 'Wachtwoord wijzigen',
		currentPassword: 'Huidig wachtwoord',
		changePasswordButton: 'Wachtwoord wijzigen',
		passwordChanged: 'Wachtwoord gewijzigd. Al je andere sessies zijn beëindigd.',
		changeEmail: 'E-mailadres wijzigen',
		newEmail: 'Nieuw e-mailadres',
		changeEmailButton: 'Bevestigingslink sturen',
		emailChangeSent:
			'We hebben een bevestigingslink gestuurd naar {email}. Je e-mailadres verandert zodra je die link opent.',
		emailChanged: 'Je e-mailadres is nu {email}.',
		sessions: 'Sessies',
		logoutEverywhere: 'Overal uitloggen',
		logoutEverywhereText: 'Beëindigt alle sessies op alle apparaten, ook deze.',
		deleteAccount: 'Account verwijderen',
		deleteText:
			'Je gegevens worden verwijderd. Je tickets blijven bewaard voor de administratie van het supportteam, maar zonder je naam en e-mailadres.',
		deleteButton: 'Mijn account verwijderen',
		deleted: 'Je account is verwijderd.',
		setupTitle: 'Eerste beheerder aanmaken',
		setupIntro:
			'Deze link werkt maar één keer. Daarna kan de beheerder supportmedewerkers en andere beheerders toevoegen.',
		setupButton: 'Beheerder aanmaken',
		setupInvalid: 'Deze installatielink is ongeldig, of er is al een beheerder.',
		loginNeeded: 'Log in om verder te gaan.'
	},
	errors: {
		required: 'Vul dit veld in.',
		invalidEmail: 'Vul een e-mailadres in, zoals naam@example.com.',
		tooShort: 'Gebruik minstens {min} tekens.',
		tooLong: 'Gebruik maximaal {max} tekens.',
		commonPassword:
			'Dit is een van de meest gebruikte wachtwoorden. Kies er een dat moeilijker te raden is.',
		invalidUrl: 'Vul een adres in, zoals https://mijnwinkel.example.',
		invalidPhone: 'Vul een telefoonnummer in, bijv. +31 6 12345678.',
		invalidLocale: 'Kies een van de talen uit de lijst.',
		wrongCredentials: 'Onjuist e-mailadres of wachtwoord.',
		wrongPassword: 'Je huidige wachtwoord klopt niet.',
		throttled: 'Te veel pogingen. Wacht {minutes} min. en probeer het dan opnieuw.',
		forbidden: 'Je hebt hier geen toegang toe.',
		unauthorized: 'Log eerst in.',
		invalidRequest: 'Niet alle velden zijn goed ingevuld.',
		tooLarge: 'Het verzoek is te groot.',
		notFound: 'Niet gevonden.',
		tooManyFiles: 'Voeg maximaal {max} bestanden toe.',
		fileTooLarge: '{name} is groter dan 10 MB.',
		fileType: '{name} is geen PNG-, JPEG-, WebP-, GIF-, PDF- of tekstbestand.',
		unknownArticle: 'Dat artikel bestaat niet.',
		ticketLimit:
			'Je hebt het afgelopen uur veel tickets gestuurd. Wacht even, of vul een ticket aan dat nog openstaat.',
		notVerified: 'Bevestig eerst je e-mailadres.'
	},
	mail: {
		greeting: 'Hoi {name},',
		verifySubject: 'Bevestig je e-mailadres',
		verifyText: 'Welkom bij het Lumo Helpcentrum. Open deze link om je e-mailadres te bevestigen:',
		resetSubject: 'Wachtwoord opnieuw instellen',
		resetText:
			'Iemand (hopelijk jij) heeft gevraagd om het wachtwoord van je Lumo-account opnieuw in te stellen. Open deze link binnen een uur om een nieuw wachtwoord te kiezen:',
		emailSubject: 'Bevestig je nieuwe e-mailadres',
		emailText: 'Open deze link om dit e-mailadres aan je Lumo-account te koppelen:',
		emailChangedSubject: 'Je e-mailadres is gewijzigd',
		emailChangedText:
			'Het e-mailadres van je Lumo-account is gewijzigd in {email}. Was jij dit niet? Stel dan meteen je wachtwoord opnieuw in:',
		passwordChangedSubject: 'Je wachtwoord is gewijzigd',
		passwordChangedText:
			'Het wachtwoord van je Lumo-account is zojuist gewijzigd. Was jij dit niet? Stel het dan meteen opnieuw in:',
		existingSubject: 'Je hebt al een account',
		existingText:
			'Iemand probeerde een Lumo-account aan te maken met dit e-mailadres, maar daar hoort al een account bij. Was jij dat? Log dan in, of stel hier je wachtwoord opnieuw in:',
		ignore: 'Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren.',
		signature: 'Het supportteam van Lumo',
		ticketSubject: 'We hebben je ticket {ref} ontvangen',
		ticketText:
			'Bedankt dat je contact hebt opgenomen met het supportteam van Lumo. Je ticketnummer is {ref}. Op werkdagen antwoorden we meestal binnen een paar uur, en uiterlijk binnen één werkdag. Volg je ticket hier:'
	},
	support: {
		myTickets: 'Mijn tickets',
		none: 'Je hebt nog geen tickets gestuurd.',
		newTicket: 'Nieuw ticket',
		ref: 'Ticketnummer',
		subject: 'Onderwerp',
		status: 'Status',
		updated: 'Laatst bijgewerkt',
		statusNew: 'Ontvangen',
		statusOpen: 'Open',
		statusPending: 'Wacht op jouw reactie',
		statusSolved: 'Opgelost',
		statusClosed: 'Gesloten',
		reply: 'Reactie toevoegen',
		replyButton: 'Reactie versturen',
		close: 'Ticket sluiten',
		reopen: 'Ticket heropenen',
		you: 'Jij',
		team: 'Lumo Support',
		attachedArticle: 'Bijgevoegd artikel',
		callbackRequested: 'Terugbelverzoek: {phone} ({window})'
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
