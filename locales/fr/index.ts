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
		tryArticles: 'Beaucoup de questions ont déjà leur réponse ici :'
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
