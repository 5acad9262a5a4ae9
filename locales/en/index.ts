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
		tryArticles: 'Many questions are already answered here:',
		subject: 'Subject',
		message: 'Your question',
		messageHint: 'Tell us what you tried and what happened. Screenshots help a lot.',
		category: 'Topic',
		noCategory: 'Not sure',
		removeArticle: 'Remove',
		files: 'Screenshots and files (optional)',
		filesHint: 'Up to 5 files, 10 MB each: PNG, JPEG, WebP, GIF, PDF or plain text.',
		callback: 'Call me back',
		callbackHint: 'Only when a call really helps. We call within support hours.',
		callbackPhone: 'Phone number',
		callbackWindow: 'When suits you?',
		callbackWindowHint: 'For example: weekdays 10–12',
		send: 'Send to support',
		suggestionsTitle: 'These articles may answer your question',
		solved: 'Yes, this solved it',
		deflected: 'Glad it helped! Nothing was sent, and your draft is cleared.',
		verifyFirst: 'Confirm your email address to send tickets.',
		createdTitle: 'We received your request',
		createdText:
			'Your reference is {ref:string}. You will get an answer by email and here, usually within a few hours on weekdays, and at the latest within one business day.'
	},
	auth: {
		account: 'Account',
		login: 'Log in',
		signup: 'Sign up',
		signupTitle: 'Create your account',
		signupIntro: 'With an account you can send tickets to support and follow them here.',
		name: 'Your name',
		email: 'Email',
		password: 'Password',
		passwordHint: 'At least 8 characters. Avoid passwords that are easy to guess.',
		language: 'Preferred language',
		shopName: 'Shop name (optional)',
		shopUrl: 'Shop address (optional)',
		phone: 'Phone number for call-backs (optional)',
		signupButton: 'Create account',
		haveAccount: 'Already have an account?',
		noAccount: 'New here?',
		checkEmailTitle: 'Check your email',
		checkEmailText:
			'We sent a link to {email:string}. Open it to confirm your address: it works once and is valid for 7 days.',
		loginTitle: 'Log in',
		loginButton: 'Log in',
		forgotLink: 'Forgot your password?',
		logoutTitle: 'Log out',
		logoutText: 'Log out of the help centre on this device.',
		logoutButton: 'Log out',
		loggedOut: 'You are logged out.',
		forgotTitle: 'Reset your password',
		forgotIntro: 'Enter your email address, and we will send you a link to choose a new password.',
		forgotButton: 'Send link',
		forgotSent:
			'If there is an account for {email:string}, a link is on its way. It is valid for one hour and works once. Check your spam folder too.',
		resetTitle: 'Choose a new password',
		newPassword: 'New password',
		resetButton: 'Save password',
		resetInvalid: 'This link has expired or was already used. Ask for a new one.',
		verifyTitle: 'Email confirmed',
		verifyDone: 'Thank you: your email address is confirmed.',
		verifyInvalid: 'This confirmation link has expired or was already used.',
		resendVerification: 'Send a new confirmation link',
		verificationSent: 'A new confirmation link is on its way.',
		notVerified: 'Your email address is not confirmed yet. Confirm it to send tickets.',
		accountTitle: 'Your account',
		profile: 'Profile',
		saveProfile: 'Save profile',
		saved: 'Saved.',
		changePassword: 'Change password',
		currentPassword: 'Current password',
		changePasswordButton: 'Change password',
		passwordChanged: 'Password changed. All your other sessions were logged out.',
		changeEmail: 'Change email address',
		newEmail: 'New email address',
		changeEmailButton: 'Send confirmation link',
		emailChangeSent:
			'We sent a confirmation link to {email:string}. Your address changes when you open it.',
		emailChanged: 'Your email address is now {email:string}.',
		sessions: 'Sessions',
		logoutEverywhere: 'Log out everywhere',
		logoutEverywhereText: 'Ends every session on every device, this one included.',
		deleteAccount: 'Delete account',
		deleteText:
			'Your details are deleted. Your tickets are kept without your name or email address, for the support team’s records.',
		deleteButton: 'Delete my account',
		deleted: 'Your account is deleted.',
		setupTitle: 'Create the first administrator',
		setupIntro:
			'This link works once. The administrator can then add agents and other administrators.',
		setupButton: 'Create administrator',
		setupInvalid: 'This setup link is not valid, or an administrator already exists.',
		loginNeeded: 'Log in to continue.'
	},
	errors: {
		required: 'Please fill in this field.',
		invalidEmail: 'Enter an email address like name@example.com.',
		tooShort: 'Use at least {min:number} characters.',
		tooLong: 'Use at most {max:number} characters.',
		commonPassword:
			'This password is one of the most common ones. Choose one that is harder to guess.',
		invalidUrl: 'Enter an address like https://myshop.example.',
		invalidPhone: 'Enter a phone number, e.g. +47 912 34 567.',
		invalidLocale: 'Choose one of the languages in the list.',
		wrongCredentials: 'Wrong email address or password.',
		wrongPassword: 'The current password is not right.',
		throttled: 'Too many attempts. Please wait {minutes:number} minutes and try again.',
		forbidden: 'You do not have access to this.',
		unauthorized: 'Log in first.',
		invalidRequest: 'Some fields need your attention.',
		tooLarge: 'The request is too large.',
		notFound: 'Not found.',
		tooManyFiles: 'Attach at most {max:number} files.',
		fileTooLarge: '{name:string} is larger than 10 MB.',
		fileType: '{name:string} is not a PNG, JPEG, WebP, GIF, PDF or plain-text file.',
		unknownArticle: 'That article does not exist.',
		ticketLimit:
			'You have sent many tickets in the last hour. Please wait a little, or add to an open ticket.',
		notVerified: 'Confirm your email address first.'
	},
	mail: {
		greeting: 'Hi {name:string},',
		verifySubject: 'Confirm your email address',
		verifyText: 'Welcome to the Lumo help centre. Open this link to confirm your email address:',
		resetSubject: 'Reset your password',
		resetText:
			'Someone, hopefully you, asked to reset the password of your Lumo account. Open this link within an hour to choose a new one:',
		emailSubject: 'Confirm your new email address',
		emailText: 'Open this link to make this the email address of your Lumo account:',
		emailChangedSubject: 'Your email address was changed',
		emailChangedText:
			'The email address of your Lumo account was changed to {email:string}. If this was not you, reset your password at once:',
		passwordChangedSubject: 'Your password was changed',
		passwordChangedText:
			'The password of your Lumo account was just changed. If this was not you, reset it at once:',
		existingSubject: 'You already have an account',
		existingText:
			'Someone tried to create a Lumo account with this address, which already has one. If that was you, log in, or reset your password here:',
		ignore: 'If you did not ask for this, you can ignore this email.',
		signature: 'Lumo support',
		ticketSubject: 'We received your request {ref:string}',
		ticketText:
			'Thank you for writing to Lumo support. Your reference is {ref:string}. We usually answer within a few hours on weekdays, and at the latest within one business day. Follow your ticket here:'
	},
	support: {
		myTickets: 'My tickets',
		none: 'You have not sent any tickets yet.',
		newTicket: 'New ticket',
		ref: 'Reference',
		subject: 'Subject',
		status: 'Status',
		updated: 'Last update',
		statusNew: 'Received',
		statusOpen: 'Open',
		statusPending: 'Waiting for you',
		statusSolved: 'Solved',
		statusClosed: 'Closed',
		reply: 'Add a reply',
		replyButton: 'Send reply',
		close: 'Close ticket',
		reopen: 'Reopen ticket',
		you: 'You',
		team: 'Lumo support',
		attachedArticle: 'Attached article',
		callbackRequested: 'Call-back requested: {phone:string} ({window:string})'
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
