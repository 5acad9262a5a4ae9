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
		tryArticles: 'Många frågor har redan svar här:',
		subject: 'Rubrik',
		message: 'Din fråga',
		messageHint: 'Berätta vad du har provat och vad som hände. Skärmdumpar hjälper mycket.',
		category: 'Kategori',
		noCategory: 'Vet inte',
		removeArticle: 'Ta bort',
		files: 'Skärmdumpar och filer (valfritt)',
		filesHint: 'Upp till 5 filer, max 10 MB per fil: PNG, JPEG, WebP, GIF, PDF eller vanlig text.',
		callback: 'Ring upp mig',
		callbackHint: 'Bara när ett samtal verkligen hjälper. Vi ringer under våra öppettider.',
		callbackPhone: 'Telefonnummer',
		callbackWindow: 'När passar det dig?',
		callbackWindowHint: 'Till exempel: vardagar 10–12',
		send: 'Skicka till kundtjänst',
		suggestionsTitle: 'De här artiklarna kanske har svaret på din fråga',
		solved: 'Ja, det löste problemet',
		deflected: 'Vad bra att det hjälpte! Inget har skickats, och ditt utkast är raderat.',
		verifyFirst: 'Bekräfta din e-postadress för att kunna skicka ärenden.',
		createdTitle: 'Vi har tagit emot ditt ärende',
		createdText:
			'Ditt ärendenummer är {ref}. Du får svar via mejl och här, oftast inom några timmar på vardagar och senast inom en arbetsdag.'
	},
	auth: {
		account: 'Konto',
		login: 'Logga in',
		signup: 'Registrera dig',
		signupTitle: 'Skapa ditt konto',
		signupIntro: 'Med ett konto kan du skicka ärenden till kundtjänst och följa dem här.',
		name: 'Namn',
		email: 'E-post',
		password: 'Lösenord',
		passwordHint: 'Minst 8 tecken. Undvik lösenord som är lätta att gissa.',
		language: 'Önskat språk',
		shopName: 'Butikens namn (valfritt)',
		shopUrl: 'Butikens webbadress (valfritt)',
		phone: 'Telefonnummer för återuppringning (valfritt)',
		signupButton: 'Skapa konto',
		haveAccount: 'Har du redan ett konto?',
		noAccount: 'Ny här?',
		checkEmailTitle: 'Kolla din inkorg',
		checkEmailText:
			'Vi har skickat en länk till {email}. Öppna den för att bekräfta din adress. Länken fungerar en gång och gäller i 7 dagar.',
		loginTitle: 'Logga in',
		loginButton: 'Logga in',
		forgotLink: 'Glömt lösenordet?',
		logoutTitle: 'Logga ut',
		logoutText: 'Logga ut från hjälpcentret på den här enheten.',
		logoutButton: 'Logga ut',
		loggedOut: 'Du är utloggad.',
		forgotTitle: 'Återställ lösenordet',
		forgotIntro: 'Ange din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord.',
		forgotButton: 'Skicka länk',
		forgotSent:
			'Om det finns ett konto för {email} är en länk på väg. Den gäller i en timme och fungerar bara en gång. Titta även i skräpposten.',
		resetTitle: 'Välj ett nytt lösenord',
		newPassword: 'Nytt lösenord',
		resetButton: 'Spara lösenordet',
		resetInvalid: 'Länken har gått ut eller har redan använts. Begär en ny.',
		verifyTitle: 'E-postadressen är bekräftad',
		verifyDone: 'Tack! Din e-postadress är nu bekräftad.',
		verifyInvalid: 'Bekräftelselänken har gått ut eller har redan använts.',
		resendVerification: 'Skicka en ny bekräftelselänk',
		verificationSent: 'En ny bekräftelselänk är på väg.',
		notVerified:
			'Din e-postadress är inte bekräftad än. Bekräfta den för att kunna skicka ärenden.',
		accountTitle: 'Ditt konto',
		profile: 'Profil',
		saveProfile: 'Spara profilen',
		saved: 'Sparat.',
		changePassword: 'Byt lösenord',
		currentPassword: 'Nuvarande lösenord',
		changePasswordButton: 'Byt lösenord',
		passwordChanged: 'Lösenordet är bytt. Du har loggats ut överallt annars.',
		changeEmail: 'Byt e-postadress',
		newEmail: 'Ny e-postadress',
		changeEmailButton: 'Skicka bekräftelselänk',
		emailChangeSent:
			'Vi har skickat en bekräftelselänk till {email}. Adressen byts när du öppnar länken.',
		emailChanged: 'Din e-postadress är nu {email}.',
		sessions: 'Inloggningar',
		logoutEverywhere: 'Logga ut överallt',
		logoutEverywhereText: 'Avslutar alla inloggningar på alla enheter, även den här.',
		deleteAccount: 'Radera kontot',
		deleteText:
			'Dina uppgifter raderas. Kundtjänst sparar dina ärenden i sitt arkiv, men utan ditt namn och din e-postadress.',
		deleteButton: 'Radera mitt konto',
		deleted: 'Ditt konto är raderat.',
		setupTitle: 'Skapa den första administratören',
		setupIntro:
			'Länken fungerar bara en gång. Sedan kan administratören lägga till supportmedarbetare och fler administratörer.',
		setupButton: 'Skapa administratör',
		setupInvalid: 'Installationslänken är ogiltig, eller så finns det redan en administratör.',
		loginNeeded: 'Logga in för att fortsätta.'
	},
	errors: {
		required: 'Fyll i det här fältet.',
		invalidEmail: 'Ange en e-postadress, t.ex. namn@example.com.',
		tooShort: 'Använd minst {min} tecken.',
		tooLong: 'Använd högst {max} tecken.',
		commonPassword:
			'Det här är ett av de vanligaste lösenorden. Välj ett som är svårare att gissa.',
		invalidUrl: 'Ange en adress, t.ex. https://minbutik.example.',
		invalidPhone: 'Ange ett telefonnummer, t.ex. +46 70 123 45 67.',
		invalidLocale: 'Välj ett av språken i listan.',
		wrongCredentials: 'Fel e-postadress eller lösenord.',
		wrongPassword: 'Det nuvarande lösenordet stämmer inte.',
		throttled: 'För många försök. Vänta {minutes} min och försök sedan igen.',
		forbidden: 'Du har inte behörighet till det här.',
		unauthorized: 'Logga in först.',
		invalidRequest: 'Några fält behöver ses över.',
		tooLarge: 'Förfrågan är för stor.',
		notFound: 'Hittades inte.',
		tooManyFiles: 'Du kan bifoga högst {max} filer.',
		fileTooLarge: '{name} är större än 10 MB.',
		fileType: '{name} är inte en PNG-, JPEG-, WebP-, GIF-, PDF- eller textfil.',
		unknownArticle: 'Artikeln finns inte.',
		ticketLimit:
			'Du har skickat många ärenden den senaste timmen. Vänta en stund, eller skriv i ett ärende som redan är öppet.',
		notVerified: 'Bekräfta din e-postadress först.'
	},
	mail: {
		greeting: 'Hej {name}!',
		verifySubject: 'Bekräfta din e-postadress',
		verifyText: 'Välkommen till Lumo hjälpcenter. Öppna länken för att bekräfta din e-postadress:',
		resetSubject: 'Återställ ditt lösenord',
		resetText:
			'Någon, förhoppningsvis du, har bett om att få återställa lösenordet till ditt Lumo-konto. Öppna länken inom en timme för att välja ett nytt:',
		emailSubject: 'Bekräfta din nya e-postadress',
		emailText: 'Öppna länken för att koppla den här e-postadressen till ditt Lumo-konto:',
		emailChangedSubject: 'Din e-postadress har ändrats',
		emailChangedText:
			'E-postadressen till ditt Lumo-konto har ändrats till {email}. Var det inte du? Återställ lösenordet direkt:',
		passwordChangedSubject: 'Ditt lösenord har ändrats',
		passwordChangedText:
			'Lösenordet till ditt Lumo-konto har precis ändrats. Var det inte du? Återställ det direkt:',
		existingSubject: 'Du har redan ett konto',
		existingText:
			'Någon försökte skapa ett Lumo-konto med den här adressen, men det finns redan ett konto för den. Var det du? Logga in, eller återställ lösenordet här:',
		ignore: 'Om du inte har bett om det här kan du bortse från mejlet.',
		signature: 'Lumo kundtjänst',
		ticketSubject: 'Vi har tagit emot ditt ärende ({ref})',
		ticketText:
			'Tack för att du kontaktade Lumo kundtjänst. Ditt ärendenummer är {ref}. Vi svarar oftast inom några timmar på vardagar, och senast inom en arbetsdag. Följ ditt ärende här:'
	},
	support: {
		myTickets: 'Mina ärenden',
		none: 'Du har inte skickat några ärenden än.',
		newTicket: 'Nytt ärende',
		ref: 'Ärendenummer',
		subject: 'Rubrik',
		status: 'Status',
		updated: 'Senast uppdaterat',
		statusNew: 'Mottaget',
		statusOpen: 'Öppet',
		statusPending: 'Väntar på ditt svar',
		statusSolved: 'Löst',
		statusClosed: 'Stängt',
		reply: 'Skriv ett svar',
		replyButton: 'Skicka svar',
		close: 'Stäng ärendet',
		reopen: 'Öppna ärendet igen',
		you: 'Du',
		team: 'Lumo kundtjänst',
		attachedArticle: 'Bifogad artikel',
		callbackRequested: 'Vill bli uppringd: {phone} ({window})'
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
