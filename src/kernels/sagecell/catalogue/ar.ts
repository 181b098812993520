// SPDX-License-Identifier: BSD-3-Clause
import { number } from '../../../i18n/plural.js';
import { arSeconds } from '../../../i18n/catalogues/ar.js';
import type { en } from './en.js';

export const ar: typeof en = {
  sagecellNoServer: 'ليس لهذه الخلية خادم SageCell تعمل عليه.',
  sagecellNoServerHint: 'أضِف إلى الخلية السمة server="https://…"، أو إلى الصفحة السمة data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `لا يستطيع SageCell تشغيل اللغة «\u2068${language}\u2069».`,
  sagecellUnknownLanguageHint: (languages: string) => `استخدم إحدى هذه اللغات: \u2068${languages}\u2069 (السمة language).`,

  sagecellWaitingForSlot: (n: number, root: string) =>
    `بانتظار نواة متاحة: الحد الأقصى لعدد نوى SageCell التي يمكن للصفحة استخدامها في آن واحد على \u2068${root}\u2069 هو ${number('ar', n)}.`,
  sagecellPhaseStarting: 'بدء تشغيل النواة',
  sagecellStarting: (root: string) => `جارٍ بدء نواة Sage على \u2068${root}\u2069`,
  sagecellServerBusy: (seconds: number) => `الخادم مشغول: لا يزال الانتظار مستمرًا للحصول على نواة (منذ ${arSeconds(seconds)})…`,
  sagecellWaitingForRelease: 'لا يزال الخادم يحتسب نوى كانت لهذه الصفحة؛ بانتظار أن يحررها…',
  sagecellTooManyKernels: (root: string, message: string) =>
    `يرفض خادم SageCell على \u2068${root}\u2069 بدء نواة أخرى لهذه الصفحة: «\u2068${message}\u2069»`,
  sagecellTooManyKernelsHint: 'انتظر حتى تنتهي الخلايا الأخرى في هذه الصفحة، ثم شغِّل هذه الخلية مجددًا (أو أعد تحميل الصفحة).',
  sagecellUnreachable: (root: string) => `تعذّر الوصول إلى خادم SageCell على \u2068${root}\u2069.`,
  sagecellUnreachableHint: 'تحقَّق من اتصالك ومن عنوان الخادم؛ وإن كانت الصفحة صفحتك، فتحقَّق من أن الخادم يعمل.',
  sagecellStartRefused: (root: string) => `يستجيب خادم SageCell على \u2068${root}\u2069، لكنه رفض بدء نواة لهذه الصفحة.`,
  sagecellStartRefusedHint: 'ربما لا يقبل الطلبات من هذا الموقع. حاول مرة أخرى لاحقًا، أو اسأل مؤلف الصفحة.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `تعذّر على خادم SageCell على \u2068${root}\u2069 بدء نواة (\u2068${status} ${statusText || 'خطأ'}\u2069).`,
  sagecellStartFailedHint: 'حاول مرة أخرى بعد دقيقة؛ وإن استمر الفشل، فربما يكون الخادم متوقفًا.',
  sagecellNotSageCell: (root: string) => `لم يستجب الخادم على \u2068${root}\u2069 كما يستجيب خادم SageCell.`,
  sagecellNotSageCellHint: 'تحقَّق من العنوان: يجب أن يكون جذر خادم SageCell، مثل https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `خادم SageCell على \u2068${root}\u2069 ممتلئ: لم تتوفر لديه نواة شاغرة طوال ${arSeconds(seconds)}.`,
  sagecellServerFullHint: 'ربما يستخدمه كثيرون الآن. شغِّل الخلية مجددًا بعد دقيقة.',

  sagecellTerms: (root: string, terms: string) =>
    `يطلب منك خادم SageCell على \u2068${root}\u2069 قبول شروط الخدمة الخاصة به قبل أن يشغّل الشيفرة: «\u2068${terms}\u2069»`,
  sagecellTermsHint: '«قبول» يشغّل الشيفرة (ويُحفظ اختيارك لهذا الخادم في هذا المتصفح)؛ «رفض» لا يرسلها.',
  sagecellAccept: 'قبول',
  sagecellDecline: 'رفض',
  sagecellDeclined: (root: string) =>
    `لم يُشغَّل: لا يشغّل خادم SageCell على \u2068${root}\u2069 الشيفرة إلا للقرّاء الذين يقبلون شروط الخدمة الخاصة به.`,
  sagecellDeclinedHint: 'شغِّل الخلية مجددًا لقراءة الشروط وقبولها.',

  sagecellConnectFailed: (root: string, detail: string) => `تعذّر فتح اتصال بخادم SageCell على \u2068${root}\u2069 (\u2068${detail}\u2069).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `تعذّر فتح اتصال بخادم SageCell على \u2068${root}\u2069 (لا رد خلال ${arSeconds(seconds)}).`,
  sagecellConnectClosed: (root: string, code: string) =>
    `تعذّر فتح اتصال بخادم SageCell على \u2068${root}\u2069 (أُغلق الاتصال، الرمز \u2068${code}\u2069).`,
  sagecellConnectClosedOpening: (root: string) => `تعذّر فتح اتصال بخادم SageCell على \u2068${root}\u2069 (أُغلق الاتصال أثناء فتحه).`,
  sagecellConnectFailedHint: 'تحقَّق من اتصالك؛ فالشبكة التي تحظر WebSockets تحظر SageCell أيضًا.',

  sagecellShutDown: 'أُوقفت نواة SageCell هذه.',
  sagecellRunAgain: 'شغِّل الخلية مجددًا.',
  sagecellControlsEnded: 'لم تعد عناصر التحكم هذه تعمل: انتهت النواة التي أنشأتها.',
  sagecellControlsEndedHint: 'شغِّل الخلية مجددًا للحصول على عناصر تحكم تعمل.',
  sagecellInterrupted: 'أُوقف التنفيذ. لا يستطيع SageCell مقاطعة الشيفرة قيد التشغيل، لذا أُنهيت نواتها: فُقدت متغيراتها.',
  sagecellInterruptedHint: 'سيبدأ التشغيل التالي نواة جديدة.',
  sagecellConnectionLost: (root: string) =>
    `انقطع الاتصال بخادم SageCell على \u2068${root}\u2069. يُنهي الخادم أي نواة ينقطع اتصالها، لذا فُقدت متغيرات هذه النواة.`,
  sagecellConnectionLostHint: 'تحقَّق من اتصالك، ثم شغِّل الخلية مجددًا: ستبدأ نواة جديدة.',
  sagecellKernelDied:
    'أنهى خادم SageCell النواة أثناء تشغيل هذه الشيفرة، لذا فُقدت متغيراتها. يمكن لنواة SageCell أن تحسب نحو 30 ثانية إجمالًا، وتبقى 30 دقيقة على الأكثر.',
  sagecellKernelDiedHint: 'اجعل الشيفرة أسرع أو قسِّمها إلى خطوات أصغر، ثم شغِّلها مجددًا: ستبدأ نواة جديدة.',
  sagecellKernelEnded: 'أُنهيت النواة قبل أن يكتمل هذا الطلب.',
  sagecellFreshKernelDied:
    'بدأت نواة جديدة: أنهى خادم SageCell النواة السابقة (تنتهي النوى بعد 15 دقيقة من الخمول، أو 30 دقيقة إجمالًا، أو نحو 30 ثانية من الحساب)، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelLost: 'بدأت نواة جديدة: انقطع الاتصال بخادم SageCell فانتهت النواة السابقة، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelInterrupted: 'بدأت نواة جديدة: أُنهيت النواة السابقة لإيقاف شيفرتها، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelRestarted: 'بدأت نواة جديدة: أُعيد تشغيل النواة، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelClosed: 'بدأت نواة جديدة: أُغلقت النواة السابقة، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelEvicted:
    'بدأت نواة جديدة: أُنهيت النواة السابقة لإفساح المجال لنواة خلية أخرى (لا يمكن للصفحة أن تحتفظ إلا بعدد قليل من نوى SageCell في آن واحد)، لذا فُقدت متغيرات عمليات التشغيل السابقة.',
  sagecellFreshKernelHint: 'شغِّل مجددًا الخلايا التي تحتاج إليها هذه الخلية.',
  sagecellEndedDied:
    'أنهى خادم SageCell هذه النواة (تنتهي النوى بعد 15 دقيقة من الخمول، أو 30 دقيقة إجمالًا، أو نحو 30 ثانية من الحساب). فُقدت متغيراتها.',
  sagecellEndedLost: (root: string) => `انقطع الاتصال بخادم SageCell على \u2068${root}\u2069 فانتهت هذه النواة. فُقدت متغيراتها.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `أُنهيت هذه النواة لإفساح المجال لنواة خلية أخرى: الحد الأقصى لعدد نوى SageCell التي يمكن لهذه الصفحة الاحتفاظ بها في آن واحد على \u2068${root}\u2069 هو ${number('ar', n)}. فُقدت متغيراتها.`,
  sagecellEndedHint: 'يبدأ تشغيل أي خلية نواة جديدة: شغِّل مجددًا الخلايا التي تحتاج إليها.',
  sagecellControlsStoppedDied: 'توقفت عناصر التحكم هذه عن العمل: أنهى خادم SageCell نواتها. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedLost: 'توقفت عناصر التحكم هذه عن العمل: انقطع الاتصال بخادم SageCell. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedInterrupted: 'توقفت عناصر التحكم هذه عن العمل: أُنهيت نواتها لإيقاف الشيفرة قيد التشغيل. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedRestarted: 'توقفت عناصر التحكم هذه عن العمل: أُعيد تشغيل نواتها. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedClosed: 'توقفت عناصر التحكم هذه عن العمل: أُغلقت نواتها. شغِّل الخلية مجددًا لاستخدامها.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `توقفت عناصر التحكم هذه عن العمل: أُنهيت نواتها لإفساح المجال لنواة خلية أخرى (الحد الأقصى لعدد نوى SageCell في هذه الصفحة في آن واحد هو ${number('ar', n)}). شغِّل الخلية مجددًا لاستخدامها.`,

  sagecellJmolPreview: 'رسم ثلاثي الأبعاد (معاينة ثابتة: لا يعمل عارض Jmol هنا)',
  sagecellJavaScriptNotRun: '[لا تُشغَّل هنا مخرجات JavaScript القادمة من الخادم]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">فتح الرسم ثلاثي الأبعاد</a> (يُفتح في علامة تبويب جديدة).`,
  sagecellNoInput:
    'لا يمكن أن تعمل input() هنا: لا يمرِّر خادم SageCell ما تكتبه إلى الشيفرة قيد التشغيل. ضع القيمة في الشيفرة نفسها بدلًا من ذلك (مثل n = 5)، أو استخدم @interact مع input_box.',
  sagecellFilesWritten: (files: string) => `الملفات المكتوبة: \u2068${files}\u2069`,
  sagecellOutputNotShown: (detail: string) => `[تعذّر عرض هذا المُخرَج: \u2068${detail}\u2069]`,
  sagecellInteractControls: (names: string) => `عناصر تحكم تفاعلية: \u2068${names}\u2069`,

  sagecellEvaluate: 'تقييم',
};
