import type { Translation } from '../i18n-types.js';

const fr = {
	site: {
		name: 'Centre d’aide Lumo',
		skipToContent: 'Aller au contenu',
		footerText:
			'Le centre d’aide est accessible jour et nuit. Notre équipe support répond aux demandes en semaine.',
		privacy: 'Confidentialité',
		noTracking: 'Aucun cookie de suivi. Nous ne vendons jamais vos données.'
	},
	header: {
		contactSupport: 'Contacter le support',
		language: 'Langue',
		chooseLanguage: 'Choisissez votre langue'
	},
	search: {
		label: 'Rechercher dans le centre d’aide',
		placeholder: 'Décrivez votre question, par ex. « mot de passe oublié »',
		submit: 'Rechercher',
		title: 'Recherche',
		resultsFor: 'Résultats pour « {query} »',
		resultCount: '{count} {{résultat|résultats}}',
		noResults: 'Aucun article ne correspond à « {query} ».',
		noResultsHelp:
			'Essayez d’autres mots ou contactez notre équipe support : nous sommes là pour vous aider.',
		empty: 'Décrivez en quelques mots ce dont vous avez besoin.',
		loading: 'Recherche en cours…'
	},
	home: {
		title: 'Comment pouvons-nous vous aider ?',
		intro: 'Trouvez des réponses dans nos articles ou envoyez une demande à l’équipe support.',
		topics: 'Parcourir par thème',
		articleCount: '{count} {{article|articles}}',
		mostHelpful: 'Articles les plus utiles',
		notFoundTitle: 'Vous n’avez pas trouvé de réponse ?',
		notFoundText:
			'Envoyez-nous une demande depuis votre compte Lumo. En semaine, nous vous répondons généralement en quelques heures.'
	},
	category: {
		articlesIn: 'Articles de la rubrique {category}'
	},
	article: {
		breadcrumbs: 'Fil d’Ariane',
		updated: 'Mis à jour le {date}',
		toc: 'Sur cette page',
		related: 'Articles associés',
		fallbackNotice:
			'Cet article n’est pas encore disponible en français : vous le lisez donc en {language}.',
		availableIn: 'Également disponible en :',
		inLanguage: 'en {language}',
		helpfulQuestion: 'Cet article vous a-t-il été utile ?',
		yes: 'Oui',
		no: 'Non',
		helpfulThanks: 'Merci ! Votre réponse nous aide à améliorer cet article.',
		voteFailed: 'Votre réponse n’a pas pu être enregistrée. Veuillez réessayer.',
		stillNeedHelp: 'Vous avez encore besoin d’aide ?',
		stillNeedHelpText:
			'Envoyez une demande : cet article y sera joint, vous n’aurez donc pas à expliquer ce que vous avez déjà lu.'
	},
	callout: {
		note: 'Remarque',
		tip: 'Astuce',
		warning: 'Attention'
	},
	feedback: {
		title: 'Merci pour votre retour',
		helpful: 'Nous sommes ravis que l’article vous ait aidé.',
		notHelpful:
			'Désolés que l’article n’ait pas répondu à votre question. Nous lisons chaque réponse et nous en servons pour améliorer nos articles.',
		contactInstead: 'Notre équipe support peut vous aider directement.',
		backToArticle: 'Retour à « {title} »',
		invalid:
			'Nous n’avons pas pu enregistrer cette réponse : l’article ou la réponse n’a pas été reconnu.'
	},
	contact: {
		title: 'Contacter le support',
		intro:
			'Le support répond aux demandes envoyées depuis votre compte Lumo : nous savons ainsi de quelle boutique il s’agit, et personne d’autre ne peut faire une demande en votre nom.',
		attached: 'Article joint',
		hours:
			'Horaires du support : du lundi au vendredi, de 8 h à 16 h (heure d’Europe centrale). Le centre d’aide est accessible 24 h/24, 7 j/7.',
		tryArticles: 'Beaucoup de questions ont déjà leur réponse ici :',
		subject: 'Objet',
		message: 'Votre question',
		messageHint:
			'Dites-nous ce que vous avez essayé et ce qui s’est passé. Les captures d’écran nous aident beaucoup.',
		category: 'Catégorie',
		noCategory: 'Je ne sais pas',
		removeArticle: 'Retirer',
		files: 'Captures d’écran et fichiers (facultatif)',
		filesHint:
			'Jusqu’à 5 fichiers, 10 Mo maximum chacun : PNG, JPEG, WebP, GIF, PDF ou texte brut.',
		callback: 'Rappelez-moi',
		callbackHint:
			'Uniquement si un appel est vraiment utile. Nous appelons pendant les horaires du support.',
		callbackPhone: 'Numéro de téléphone',
		callbackWindow: 'Quand êtes-vous disponible ?',
		callbackWindowHint: 'Par exemple : en semaine, de 10 h à 12 h',
		send: 'Envoyer au support',
		suggestionsTitle: 'Ces articles répondent peut-être à votre question',
		solved: 'Oui, c’est résolu',
		deflected:
			'Ravis que cela vous ait aidé ! Rien n’a été envoyé et votre brouillon a été effacé.',
		verifyFirst: 'Confirmez votre adresse e-mail pour pouvoir envoyer des demandes.',
		createdTitle: 'Nous avons bien reçu votre demande',
		createdText:
			'Votre référence est {ref}. Vous recevrez une réponse par e-mail et ici, généralement en quelques heures en semaine, et au plus tard sous un jour ouvré.'
	},
	auth: {
		account: 'Compte',
		login: 'Se connecter',
		signup: 'S’inscrire',
		signupTitle: 'Créez votre compte',
		signupIntro: 'Avec un compte, vous pouvez envoyer des demandes au support et les suivre ici.',
		name: 'Nom',
		email: 'Adresse e-mail',
		password: 'Mot de passe',
		passwordHint: 'Au moins 8 caractères. Évitez les mots de passe faciles à deviner.',
		language: 'Langue préférée',
		shopName: 'Nom de la boutique (facultatif)',
		shopUrl: 'Adresse web de la boutique (facultatif)',
		phone: 'Numéro de téléphone pour vous rappeler (facultatif)',
		signupButton: 'Créer mon compte',
		haveAccount: 'Vous avez déjà un compte ?',
		noAccount: 'Pas encore de compte ?',
		checkEmailTitle: 'Consultez votre boîte de réception',
		checkEmailText:
			'Nous avons envoyé un lien à {email}. Ouvrez-le pour confirmer votre adresse : il ne fonctionne qu’une fois et reste valable 7 jours.',
		loginTitle: 'Connexion',
		loginButton: 'Se connecter',
		forgotLink: 'Mot de passe oublié ?',
		logoutTitle: 'Déconnexion',
		logoutText: 'Déconnectez-vous du centre d’aide sur cet appareil.',
		logoutButton: 'Se déconnecter',
		loggedOut: 'Déconnexion effectuée.',
		forgotTitle: 'Réinitialiser votre mot de passe',
		forgotIntro:
			'Saisissez votre adresse e-mail : nous vous enverrons un lien pour choisir un nouveau mot de passe.',
		forgotButton: 'Envoyer le lien',
		forgotSent:
			'Si un compte est associé à {email}, un lien est en route. Il est valable une heure et ne fonctionne qu’une seule fois. Pensez à vérifier vos spams.',
		resetTitle: 'Choisissez un nouveau mot de passe',
		newPassword: 'Nouveau mot de passe',
		resetButton: 'Enregistrer le mot de passe',
		resetInvalid: 'Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.',
		verifyTitle: 'Adresse e-mail confirmée',
		verifyDone: 'Merci : votre adresse e-mail est confirmée.',
		verifyInvalid: 'Ce lien de confirmation a expiré ou a déjà été utilisé.',
		resendVerification: 'Envoyer un nouveau lien de confirmation',
		verificationSent: 'Un nouveau lien de confirmation est en route.',
		notVerified:
			'Votre adresse e-mail n’est pas encore confirmée. Confirmez-la pour pouvoir envoyer des demandes.',
		accountTitle: 'Votre compte',
		profile: 'Profil',
		saveProfile: 'Enregistrer le profil',
		saved: 'Enregistré.',
		changePassword: 'Changer de mot de passe',
		currentPassword: 'Mot de passe actuel',
		changePasswordButton: 'Changer de mot de passe',
		passwordChanged: 'Mot de passe modifié. Toutes vos autres sessions ont été fermées.',
		changeEmail: 'Changer d’adresse e-mail',
		newEmail: 'Nouvelle adresse e-mail',
		changeEmailButton: 'Envoyer le lien de confirmation',
		emailChangeSent:
			'Nous avons envoyé un lien de confirmation à {email}. Votre adresse sera modifiée dès que vous l’ouvrirez.',
		emailChanged: 'Votre adresse e-mail est désormais {email}.',
		sessions: 'Sessions',
		logoutEverywhere: 'Se déconnecter partout',
		logoutEverywhereText: 'Ferme toutes les sessions sur tous les appareils, y compris celui-ci.',
		deleteAccount: 'Supprimer le compte',
		deleteText:
			'Vos données personnelles sont supprimées. Vos demandes sont conservées dans les archives du support, sans votre nom ni votre adresse e-mail.',
		deleteButton: 'Supprimer mon compte',
		deleted: 'Votre compte a été supprimé.',
		setupTitle: 'Créer le premier administrateur',
		setupIntro:
			'Ce lien ne fonctionne qu’une seule fois. L’administrateur pourra ensuite ajouter des agents du support et d’autres administrateurs.',
		setupButton: 'Créer l’administrateur',
		setupInvalid: 'Ce lien de configuration n’est pas valide, ou un administrateur existe déjà.',
		loginNeeded: 'Connectez-vous pour continuer.'
	},
	errors: {
		required: 'Veuillez remplir ce champ.',
		invalidEmail: 'Saisissez une adresse e-mail au format nom@example.com.',
		tooShort: 'Utilisez au moins {min} caractères.',
		tooLong: 'Utilisez au maximum {max} caractères.',
		commonPassword:
			'Ce mot de passe fait partie des plus courants. Choisissez-en un plus difficile à deviner.',
		invalidUrl: 'Saisissez une adresse au format https://maboutique.example.',
		invalidPhone: 'Saisissez un numéro de téléphone, par ex. +33 6 12 34 56 78.',
		invalidLocale: 'Choisissez l’une des langues de la liste.',
		wrongCredentials: 'Adresse e-mail ou mot de passe incorrect.',
		wrongPassword: 'Le mot de passe actuel est incorrect.',
		throttled: 'Trop de tentatives. Veuillez patienter {minutes} min avant de réessayer.',
		forbidden: 'Vous n’avez pas accès à ce contenu.',
		unauthorized: 'Veuillez d’abord vous connecter.',
		invalidRequest: 'Certains champs sont à vérifier.',
		tooLarge: 'La requête est trop volumineuse.',
		notFound: 'Introuvable.',
		tooManyFiles: 'Joignez au maximum {max} fichiers.',
		fileTooLarge: '{name} dépasse 10 Mo.',
		fileType: '{name} n’est pas un fichier PNG, JPEG, WebP, GIF, PDF ou texte brut.',
		unknownArticle: 'Cet article n’existe pas.',
		ticketLimit:
			'Vous avez envoyé beaucoup de demandes au cours de la dernière heure. Patientez un peu, ou complétez une demande déjà ouverte.',
		notVerified: 'Confirmez d’abord votre adresse e-mail.'
	},
	mail: {
		greeting: 'Bonjour {name},',
		verifySubject: 'Confirmez votre adresse e-mail',
		verifyText:
			'Bienvenue dans le centre d’aide Lumo. Ouvrez ce lien pour confirmer votre adresse e-mail :',
		resetSubject: 'Réinitialisez votre mot de passe',
		resetText:
			'Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte Lumo. Ouvrez ce lien dans l’heure pour en choisir un nouveau :',
		emailSubject: 'Confirmez votre nouvelle adresse e-mail',
		emailText: 'Ouvrez ce lien pour associer cette adresse e-mail à votre compte Lumo :',
		emailChangedSubject: 'Votre adresse e-mail a été modifiée',
		emailChangedText:
			'L’adresse e-mail de votre compte Lumo a été remplacée par {email}. Si vous n’êtes pas à l’origine de ce changement, réinitialisez immédiatement votre mot de passe :',
		passwordChangedSubject: 'Votre mot de passe a été modifié',
		passwordChangedText:
			'Le mot de passe de votre compte Lumo vient d’être modifié. Si vous n’êtes pas à l’origine de ce changement, réinitialisez-le immédiatement :',
		existingSubject: 'Vous avez déjà un compte',
		existingText:
			'Quelqu’un a essayé de créer un compte Lumo avec cette adresse, qui est déjà associée à un compte. Si c’était vous, connectez-vous ou réinitialisez votre mot de passe ici :',
		ignore: 'Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer cet e-mail.',
		signature: 'L’équipe support Lumo',
		ticketSubject: 'Nous avons bien reçu votre demande {ref}',
		ticketText:
			'Merci d’avoir contacté le support Lumo. Votre référence est {ref}. En semaine, nous répondons généralement en quelques heures, et au plus tard sous un jour ouvré. Suivez votre demande ici :'
	},
	support: {
		myTickets: 'Mes demandes',
		none: 'Vous n’avez encore envoyé aucune demande.',
		newTicket: 'Nouvelle demande',
		ref: 'Référence',
		subject: 'Objet',
		status: 'Statut',
		updated: 'Dernière mise à jour',
		statusNew: 'Reçue',
		statusOpen: 'Ouverte',
		statusPending: 'En attente de votre réponse',
		statusSolved: 'Résolue',
		statusClosed: 'Clôturée',
		reply: 'Ajouter une réponse',
		replyButton: 'Envoyer la réponse',
		close: 'Clôturer la demande',
		reopen: 'Rouvrir la demande',
		you: 'Vous',
		team: 'Support Lumo',
		attachedArticle: 'Article joint',
		callbackRequested: 'Rappel demandé : {phone} ({window})'
	},
	error: {
		notFoundTitle: 'Page introuvable',
		notFoundText:
			'Nous n’avons pas trouvé la page que vous cherchez. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
		errorTitle: 'Une erreur s’est produite',
		errorText: 'Désolés, la page n’a pas pu s’afficher. Veuillez réessayer dans un instant.',
		backHome: 'Aller au centre d’aide'
	},
	api: {
		invalidVote: 'Choisissez Oui ou Non pour un article existant.',
		unknownArticle: 'Aucun article ne correspond à cet identifiant.',
		invalidSearchEvent: 'Cet événement de recherche n’est pas valide.',
		invalidQuery: 'Cette recherche n’est pas valide.'
	}
} satisfies Translation;

export default fr;
