import type { RequiredParams } from 'typesafe-i18n';
import type { Translation } from '../i18n-types.js';

const ar = {
	site: {
		name: 'مركز مساعدة Lumo',
		skipToContent: 'الانتقال إلى المحتوى',
		footerText: 'مركز المساعدة متاح على مدار الساعة، ويرد فريق الدعم على التذاكر في أيام العمل.',
		privacy: 'الخصوصية',
		noTracking: 'لا نستخدم ملفات تعريف ارتباط للتتبع، ولا نبيع بياناتك أبدًا.'
	},
	header: {
		contactSupport: 'تواصل مع الدعم',
		language: 'اللغة',
		chooseLanguage: 'اختر لغتك'
	},
	search: {
		label: 'ابحث في مركز المساعدة',
		placeholder: 'صِف سؤالك، مثلًا: «نسيت كلمة المرور»',
		submit: 'بحث',
		title: 'بحث',
		resultsFor: 'نتائج البحث عن «{query}»',
		resultCount:
			'{{count:لا توجد نتائج|نتيجة واحدة|نتيجتان|?? نتائج|?? نتيجة|?? نتيجة}}' as RequiredParams<'count'>,
		noResults: 'لا توجد مقالات تطابق «{query}».',
		noResultsHelp: 'جرّب كلمات أخرى، أو اسأل فريق الدعم، يسعدنا مساعدتك.',
		empty: 'اكتب بضع كلمات عمّا تحتاج المساعدة فيه.',
		loading: 'جارٍ البحث…'
	},
	home: {
		title: 'كيف يمكننا مساعدتك؟',
		intro: 'ابحث عن إجابتك في مقالاتنا، أو أرسل تذكرة إلى فريق الدعم.',
		topics: 'تصفّح حسب الموضوع',
		// Arabic drops the numeral for one and two ("مقال واحد", "مقالان"), so the number is injected with ?? per form.
		// The plural names its argument (count:) because no {count} precedes it; the cast tells the type checker the same.
		articleCount:
			'{{count:لا توجد مقالات|مقال واحد|مقالان|?? مقالات|?? مقالًا|?? مقال}}' as RequiredParams<'count'>,
		mostHelpful: 'المقالات الأكثر فائدة',
		notFoundTitle: 'لم تجد إجابتك؟',
		notFoundText:
			'أرسل إلينا تذكرة من حسابك في Lumo، وسيصلك الرد عادةً خلال ساعات قليلة في أيام العمل.'
	},
	category: {
		articlesIn: 'المقالات في قسم {category}'
	},
	article: {
		breadcrumbs: 'مسار التنقل',
		updated: 'آخر تحديث: {date}',
		toc: 'في هذه الصفحة',
		related: 'مقالات ذات صلة',
		fallbackNotice: 'هذا المقال غير متوفر بالعربية بعد، لذا تقرؤه باللغة {language}.',
		availableIn: 'متوفر أيضًا باللغات:',
		inLanguage: 'باللغة {language}',
		helpfulQuestion: 'هل كان هذا المقال مفيدًا؟',
		yes: 'نعم',
		no: 'لا',
		helpfulThanks: 'شكرًا! تساعدنا إجابتك على تحسين هذا المقال.',
		voteFailed: 'تعذّر حفظ إجابتك. يُرجى المحاولة مرة أخرى.',
		stillNeedHelp: 'هل ما زلت بحاجة إلى مساعدة؟',
		stillNeedHelpText: 'أرسل تذكرة وسنرفق بها هذا المقال، فلا داعي لأن تشرح ما قرأته بالفعل.'
	},
	callout: {
		note: 'ملاحظة',
		tip: 'نصيحة',
		warning: 'تحذير'
	},
	feedback: {
		title: 'شكرًا على ملاحظاتك',
		helpful: 'يسعدنا أن المقال أفادك.',
		notHelpful: 'نأسف لأن المقال لم يُجب عن سؤالك. نقرأ كل إجابة ونستفيد منها في تحسين مقالاتنا.',
		contactInstead: 'يمكن لفريق الدعم مساعدتك مباشرة.',
		backToArticle: 'العودة إلى «{title}»',
		invalid: 'تعذّر تسجيل هذه الإجابة: لم نتعرّف على المقال أو على الإجابة.'
	},
	contact: {
		title: 'تواصل مع الدعم',
		intro:
			'يرد فريق الدعم على التذاكر المرسلة من حسابك في Lumo، فنعرف بذلك المتجر الذي تسأل عنه، ولا يستطيع أحد غيرك أن يسأل نيابةً عنك.',
		attached: 'المقال المرفق',
		hours:
			'مواعيد الدعم: من الاثنين إلى الجمعة، من 08:00 حتى 16:00 بتوقيت وسط أوروبا. أما مركز المساعدة فمتاح على مدار الساعة طوال أيام الأسبوع.',
		tryArticles: 'تجد هنا إجابات عن كثير من الأسئلة:'
	},
	error: {
		notFoundTitle: 'الصفحة غير موجودة',
		notFoundText:
			'لم نعثر على الصفحة التي تبحث عنها. ربما نُقلت إلى مكان آخر، أو أن في الرابط خطأً مطبعيًا.',
		errorTitle: 'حدث خطأ ما',
		errorText: 'عذرًا، تعذّر عرض الصفحة. يُرجى المحاولة مرة أخرى بعد قليل.',
		backHome: 'الانتقال إلى مركز المساعدة'
	},
	api: {
		invalidVote: 'اختر «نعم» أو «لا» لمقال موجود.',
		unknownArticle: 'لا يوجد مقال بهذا المعرّف.',
		invalidSearchEvent: 'حدث البحث غير صالح.',
		invalidQuery: 'طلب البحث غير صالح.'
	}
} satisfies Translation;

export default ar;
