// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

const L_AR = 'ar';
/** A count of characters, in the form Arabic gives the counted noun after each number. */
const charactersAr = (count: number) =>
  plural(L_AR, count, { zero: '# حرف', one: 'حرف واحد', two: 'حرفان', few: '# أحرف', many: '# حرفًا', other: '# حرف' });
const secondsAr = (seconds: number) =>
  plural(L_AR, seconds, { zero: '# ثانية', one: 'ثانية واحدة', two: 'ثانيتان', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' });

export const ar: typeof en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'تحقَّق من أن خادم Jobe يعمل. لا يرسل Jobe في إعداده الافتراضي ترويسات CORS، لذا لا تستطيع صفحة على موقع آخر قراءة ردوده: ' +
    'يحتاج الموقع إلى وكيل Jobe (تتضمن إضافة Moodle واحدًا) أو إلى Jobe مهيَّأ للسماح بأصل هذه الصفحة.',
  jobeUnreachable: (root: string) => `تعذّر الوصول إلى خادم Jobe على \u2068${root}\u2069.`,
  jobeNotLanguageList: (root: string) => `لم يُجب \u2068${root}languages\u2069 بقائمة اللغات التي يشغّلها Jobe.`,
  jobeNotLanguageListHint:
    'تحقَّق من السمة server في الخلية (أو data-jobe-url في الصفحة): يجب أن تكون جذر واجهة REST في Jobe، مثل https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `أعطى خادم Jobe على \u2068${root}\u2069 ردًّا ليس نتيجة تشغيل.`,
  jobeNotJson: (root: string) => `أجاب خادم Jobe على \u2068${root}\u2069 بشيء ليس JSON.`,
  jobeSignIn: 'سجِّل الدخول لتشغيل هذه الشيفرة.',
  jobeSignInHint: 'تبقى شيفرتك في هذه الخلية: سجِّل الدخول (في علامة تبويب أخرى، أو أعد تحميل هذه الصفحة بعد تسجيل الدخول)، ثم اضغط «تشغيل».',
  jobeRefused: (status: number, detail: string) => `امتنع خادم Jobe عن تشغيل هذه الشيفرة (${status}${detail ? `: \u2068${detail}\u2069` : ''}).`,
  jobeRefusedHint: 'إن طلبت منك الصفحة تسجيل الدخول، فسجِّل الدخول وشغِّل الخلية مجددًا؛ وإلا فأبلغ مؤلف الصفحة.',
  jobeTooLarge: (detail: string) => `البرنامج أو مدخلاته أكبر مما يقبله خادم Jobe${detail ? ` (\u2068${detail}\u2069)` : ''}.`,
  jobeTooLargeHint: 'صغِّر البرنامج أو مدخلاته.',
  jobeRateLimited: (detail: string) => `عمليات تشغيل كثيرة جدًّا في وقت قصير${detail ? ` (\u2068${detail}\u2069)` : ''}.`,
  jobeRateLimitedHint: 'انتظر دقيقة، ثم شغِّل الخلية مجددًا.',
  jobeNoApi: (root: string, path: string) =>
    `لا يوفّر \u2068${root}\u2069 واجهة REST الخاصة بـ Jobe (الخطأ 404 ${path ? `للمسار \u2068${path}\u2069` : 'للطلب'}).`,
  jobeNoApiHint: 'تحقَّق من السمة server في الخلية (أو data-jobe-url في الصفحة): ينتهي جذر واجهة REST في Jobe بـ /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `رفض خادم Jobe عملية التشغيل: ${detail ? `\u2068${detail}\u2069` : 'طلب غير صالح'}.`,
  jobeRejectedHint: 'تحقَّق من لغة الخلية وحدودها.',
  jobeServerFailed: (root: string, status: number, detail: string) =>
    `فشل خادم Jobe على \u2068${root}\u2069 (HTTP ${status}${detail ? `: \u2068${detail}\u2069` : ''}).`,
  jobeServerFailedHint: 'حاول مرة أخرى بعد دقيقة؛ وإن استمر الفشل، فأبلغ مسؤول الموقع.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'ليس لهذه الخلية خادم Jobe تعمل عليه.',
  jobeNoServerHint:
    'أعطِ الخلية السمة server="…" (جذر واجهة REST في Jobe، مثل https://jobe.example.edu/jobe/index.php/restapi/، أو وكيل Jobe الخاص بالموقع)، أو أعطِ الصفحة السمة data-jobe-url.',
  jobeNoLanguage: 'لا تحدّد خلية Jobe هذه لغة شيفرتها.',
  jobeNoLanguageHint: 'أعطِها السمة language، مثل language="c" أو "cpp" أو "java" أو "python".',
  jobeLanguageUnknown: (language: string) => `لا يشغّل خادم Jobe اللغة «\u2068${language}\u2069».`,
  jobeLanguageUnknownHint: (languages: string) => `اللغات التي يشغّلها: \u2068${languages}\u2069 (السمة language في الخلية).`,

  // A run's outcome (outcomes.ts).
  jobeOutputCutName: 'مخرجات مقتطعة',
  jobeOutputCut: (n: number) =>
    `طبع البرنامج أكثر مما يحتفظ به خادم Jobe: ${plural(L_AR, n, {
      zero: 'لا يُعرض إلا أول # حرف.',
      one: 'لا يُعرض إلا الحرف الأول.',
      two: 'لا يُعرض إلا الحرفان الأولان.',
      few: 'لا يُعرض إلا أول # أحرف.',
      many: 'لا يُعرض إلا أول # حرفًا.',
      other: 'لا يُعرض إلا أول # حرف.',
    })}`,
  jobeCompileErrorName: 'خطأ في الترجمة',
  jobeCompileError: 'تعذّرت ترجمة البرنامج.',
  jobeCompileErrorAt: (line: number) => `تعذّرت ترجمة البرنامج (السطر ${number(L_AR, line)}).`,
  jobeRuntimeErrorName: 'خطأ في أثناء التشغيل',
  jobeRuntimeError: 'توقف البرنامج بخطأ (رمز خروج غير صفري أو إشارة).',
  jobeTimeLimitName: 'الحد الزمني',
  jobeTimeLimit: (seconds: number) => `تجاوز البرنامج حدَّه الزمني (${secondsAr(seconds)} من وقت المعالج) فأُوقف.`,
  jobeTimeLimitDefault: (seconds: number) => `تجاوز البرنامج حدَّه الزمني (${secondsAr(seconds)} من وقت المعالج، وهو الحد الافتراضي للخادم) فأُوقف.`,
  jobeTimeLimitHint: 'ابحث عن حلقة لا تنتهي أبدًا، أو أعطِ الخلية قيمة أكبر لـ cputime="…" (للخادم حد أقصى لها).',
  jobeMemoryLimitName: 'حد الذاكرة',
  jobeMemoryLimit: (mb: number) => `تجاوز البرنامج حدَّ الذاكرة (${number(L_AR, mb)} MB) فأُوقف.`,
  jobeMemoryLimitDefault: 'تجاوز البرنامج حدَّ الذاكرة (الحد الافتراضي للخادم) فأُوقف.',
  jobeMemoryLimitHint: 'استخدم ذاكرة أقل، أو أعطِ الخلية قيمة أكبر لـ memorylimit="…" بالميغابايت.',
  jobeForbiddenName: 'غير مسموح',
  jobeForbidden: 'حاول البرنامج أمرًا لا تسمح به بيئة Jobe المعزولة (استدعاء نظام محظور) فأُوقف.',
  jobeBusy: 'خادم Jobe مشغول: كانت كل بيئاته المعزولة قيد الاستخدام مدة 10 ثوانٍ، لذا لم يشغّل هذه الشيفرة.',
  jobeBusyHint: 'انتظر قليلًا، ثم شغِّل الخلية مجددًا.',
  jobeInternalError: (detail: string) => `تعرّض خادم Jobe لخطأ داخلي${detail ? `: \u2068${detail}\u2069` : ''}.`,
  jobeInternalErrorHint: 'حاول مرة أخرى؛ وإن استمر الفشل، فأبلغ مسؤول الموقع.',
  jobeUnknownOutcome: (n: number) => `أجاب خادم Jobe برمز النتيجة ${n}، وهو رمز لا يعرفه exec-cell.`,
  jobeUnknownOutcomeHint: 'أبلغ مؤلف الصفحة.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'أُوقف الانتظار',
  jobeStopped: 'توقفت هذه الصفحة عن انتظار الرد. يُكمل خادم Jobe المهمة وحده (ويُنهي حدُّه الزمني أي برنامج لا ينتهي).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `البرنامج أكبر من أن يُرسل إلى خادم Jobe: فيه ${charactersAr(count)}، ولا يُرسل أكثر من ${number(L_AR, n)}.`,
  jobeProgramTooLargeHint: 'صغِّر البرنامج.',
  jobeInputTooLarge: (count: number, n: number) =>
    `المدخلات أكبر من أن تُرسل إلى خادم Jobe: فيها ${charactersAr(count)}، ولا يُرسل أكثر من ${number(L_AR, n)}.`,
  jobeInputTooLargeHint: 'اختصر النص في مربع الإدخال.',
};
