import type { BaseTranslation } from '../i18n-types.js';

const en = {
	site: {
		name: 'Lumo Help Centre',
		skipToContent: 'Skip to content',
		footerText:
			'The help centre is open around the clock. Our support team answers tickets on weekdays.',
		privacy: 'Privacy',
		noTracking: 'No tracking cookies. We never sell your data.'
	},
	header: {
		contactSupport: 'Contact support',
		language: 'Language',
		chooseLanguage: 'Choose your language'
	},
	search: {
		label: 'Search the help centre',
		placeholder: 'Describe your question, e.g. “forgot password”',
		submit: 'Search',
		title: 'Search',
		resultsFor: 'Search results for “{query:string}”',
		resultCount: '{count:number} {{result|results}}',
		noResults: 'No articles match “{query:string}”.',
		noResultsHelp: 'Try other words, or ask our support team: we’re happy to help.',
		empty: 'Type a few words about what you need help with.',
		loading: 'Searching…'
	},
	home: {
		title: 'How can we help?',
		intro: 'Find answers in our articles, or send the support team a ticket.',
		topics: 'Browse by topic',
		articleCount: '{count:number} {{article|articles}}',
		mostHelpful: 'Most helpful articles',
		notFoundTitle: 'Didn’t find your answer?',
		notFoundText:
			'Send us a ticket from your Lumo account. You’ll usually hear from us within a few hours on weekdays.'
	},
	category: {
		articlesIn: 'Articles in {category:string}'
	},
	article: {
		breadcrumbs: 'Breadcrumbs',
		updated: 'Updated {date:string}',
		toc: 'On this page',
		related: 'Related articles',
		fallbackNotice:
			'This article isn’t available in English yet, so you’re reading it in {language:string}.',
		availableIn: 'Also written in:',
		inLanguage: 'in {language:string}',
		helpfulQuestion: 'Was this article helpful?',
		yes: 'Yes',
		no: 'No',
		helpfulThanks: 'Thanks! Your answer helps us improve this article.',
		voteFailed: 'Your answer could not be saved. Please try again.',
		stillNeedHelp: 'Still need help?',
		stillNeedHelpText:
			'Send a ticket: this article is attached, so you don’t have to explain what you’ve already read.'
	},
	callout: {
		note: 'Note',
		tip: 'Tip',
		warning: 'Warning'
	},
	feedback: {
		title: 'Thanks for your feedback',
		helpful: 'Glad the article helped.',
		notHelpful:
			'Sorry the article didn’t answer your question. We read every answer and use it to improve our articles.',
		contactInstead: 'Our support team can help you directly.',
		backToArticle: 'Back to “{title:string}”',
		invalid: 'We couldn’t record that answer: the article or the answer was not recognised.'
	},
	contact: {
		title: 'Contact support',
		intro:
			'Support answers tickets from your Lumo account, so we know which shop you’re asking about and nobody else can ask on your behalf.',
		attached: 'Attached article',
		hours: 'Support hours: Monday to Friday, 08:00–16:00 CET. The help centre is open 24/7.',
		tryArticles: 'Many questions are already answered here:'
	},
	error: {
		notFoundTitle: 'Page not found',
		notFoundText:
			'We couldn’t find the page you were looking for. It may have moved, or the link may be mistyped.',
		errorTitle: 'Something went wrong',
		errorText: 'Sorry, the page could not be shown. Please try again in a moment.',
		backHome: 'Go to the help centre'
	},
	api: {
		invalidVote: 'Choose Yes or No for an existing article.',
		unknownArticle: 'There is no article with that id.',
		invalidSearchEvent: 'That search event is not valid.',
		invalidQuery: 'That search is not valid.'
	}
} satisfies BaseTranslation;

export default en;
