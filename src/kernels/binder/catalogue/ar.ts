// SPDX-License-Identifier: BSD-3-Clause
import { arSeconds } from '../../../i18n/catalogues/ar.js';
import { quoted, clock, inMinutes, iso } from './shared.js';
import type { en } from './en.js';

// Arabic: each interpolated string is isolated (\u2068…\u2069), as in ar.ts.
const arDuring = {
  connecting: (label: string) => `أثناء طلب تشغيل ${iso(label)}`,
  waiting: (label: string) => `أثناء انتظار بناء ${iso(label)}`,
  fetching: (label: string) => `أثناء جلب ${iso(label)}`,
  building: (label: string) => `أثناء بناء ${iso(label)}`,
  pushing: (label: string) => `أثناء حفظ صورة ${iso(label)}`,
  launching: (label: string) => `أثناء تشغيل خادم لـ ${iso(label)}`,
  starting: (label: string) => `أثناء تشغيل ${iso(label)}`,
};
const arLost = (host: string, during: string) => `انقطع الاتصال بـ BinderHub على ${iso(host)} ${during}.`;
const arSilent = (host: string, seconds: number, during: string) =>
  `لم يرسل BinderHub على ${iso(host)} أي شيء طوال ${arSeconds(seconds)} ${during}، لذا أُنهي الاتصال.`;
const arBuildFailed = (label: string, phase: string, reason: string) =>
  `فشل بناء Binder لـ ${iso(label)} أثناء ${phase}: ${reason ? iso(reason) : 'يوضح سجل البناء السبب'}`;

export const ar: typeof en = {
  binderPhaseConnecting: 'اتصال',
  binderPhaseWaiting: 'انتظار',
  binderPhaseFetching: 'جلب',
  binderPhaseBuilding: 'بناء',
  binderPhasePushing: 'حفظ الصورة',
  binderPhaseBuilt: 'اكتمل البناء',
  binderPhaseLaunching: 'تشغيل الخادم',
  binderPhaseReady: 'جاهز',
  binderAsking: (host: string, label: string) => `جارٍ طلب خادم لـ ${iso(label)} من ${iso(host)}`,
  binderCheckingSaved: (label: string) => `جارٍ التحقق من خادم Binder الذي بدأ سابقًا لـ ${iso(label)}`,
  binderOtherTab: (label: string) => `تبويب آخر يبدأ خادم Binder لـ ${iso(label)}؛ وستستخدمه هذه الخلية أيضًا`,
  binderServerRunning: 'الخادم يعمل',
  binderRetry: 'إعادة المحاولة',

  binderNoRepo: 'لا تحدّد خلية Binder هذه أي مستودع.',
  binderNoRepoHint: 'أضف إليها السمة repo="owner/name" (مثل repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `«${iso(provider)}» ليس من مزوّدي Binder.`,
  binderProviderHint: (providers: string) => `استخدم في السمة provider إحدى القيم التالية: ${iso(providers)} (والقيمة الافتراضية gh، أي GitHub).`,
  binderUrlNotUrl: (url: string) => `عنوان Binder «${iso(url)}» ليس عنوان URL.`,
  binderUrlNotHttp: (url: string) => `عنوان Binder «${iso(url)}» ليس عنوان URL من نوع http(s).`,
  binderUrlHint: 'اضبط binder-url على BinderHub مثل https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `«${iso(repo)}» ليس مستودع GitHub: اكتبه بالصيغة owner/name.`,
  binderNotGitHubHint: 'مثل repo="binder-examples/requirements"؛ ولمضيف git آخر استخدم provider="git" مع عنوان URL الخاص بالاستنساخ.',
  binderNotGitLab: (repo: string) => `«${iso(repo)}» ليس مشروع GitLab: اكتبه بالصيغة group/project.`,
  binderNotGitLabHint: 'مثال: repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `«${iso(repo)}» ليس عنوان URL لاستنساخ git.`,
  binderNotGitUrlHint: 'مع provider="git" تكون قيمة repo هي عنوان URL الذي تستنسخ منه (https://… أو git://… أو ssh://… أو git@host:path).',
  binderNotGist: (repo: string) => `«${iso(repo)}» ليس gist: اكتبه بالصيغة user/gist-id.`,
  binderNotGistHint: 'مثال: repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `«${iso(repo)}» ليس معرّف DOI.`,
  binderNotDoiHint: 'اكتب معرّف DOI الخاص بالسجل، مثل repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `«${iso(repo)}» ليس موردًا في HydroShare.`,
  binderNotHydroShareHint: 'اكتب معرّف المورد المؤلف من 32 محرفًا أو عنوان URL الخاص به.',
  binderNotCkan: (repo: string) => `«${iso(repo)}» ليس عنوان URL لمجموعة بيانات في CKAN.`,
  binderNotCkanHint: 'اكتب عنوان URL لمجموعة البيانات، وهو يتضمن /dataset/.',

  binderUnreachable: (host: string) => `تعذّر الوصول إلى BinderHub على ${iso(host)}.`,
  binderUnreachableHint: 'تحقَّق من اتصالك بالشبكة ومن السمة binder-url للخلية، ثم اضغط «إعادة المحاولة».',
  binderLostConnecting: (host: string, label: string) => arLost(host, arDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => arLost(host, arDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => arLost(host, arDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => arLost(host, arDuring.building(label)),
  binderLostPushing: (host: string, label: string) => arLost(host, arDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => arLost(host, arDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => arLost(host, arDuring.starting(label)),
  binderLostHint: 'تحقَّق من شبكتك، ثم اضغط «إعادة المحاولة»: يستأنف BinderHub من حيث توقف (ويُعثر على الصورة المكتملة فورًا).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => arSilent(host, seconds, arDuring.starting(label)),
  binderSilentHint: 'ربما انقطع الاتصال في الطريق. اضغط «إعادة المحاولة» لإرسال الطلب مجددًا (ويُعثر على الصورة المكتملة فورًا).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `ردّ BinderHub على ${iso(host)} بالرمز ${iso(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`)} بدلًا من بدء البناء.`,
  binderHttpStatusHint: 'ربما يكون متوقفًا أو مثقلًا بالطلبات: اضغط «إعادة المحاولة» بعد دقيقة، أو حاول لاحقًا.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `لم يستجب ${iso(url)} كما يستجيب BinderHub (${contentType ? `أرسل ${iso(contentType)} بدلًا من تدفق أحداث` : 'لم يرسل تدفق أحداث'}).`,
  binderNotBinderHubHint: 'تحقَّق من السمة binder-url للخلية (مثل https://mybinder.org/) أو من data-binder-url في الصفحة.',

  binderRateLimited: (host: string, detail: string) =>
    `لن يبدأ ${iso(host)} مزيدًا من الخوادم لعنوان شبكتك في الوقت الحالي: فهو يحدّ عدد الخوادم التي يبدؤها كل ساعة (${iso(detail)}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `حاول مرة أخرى بعد الساعة ${clock('ar', n)} (${inMinutes('ar', minutes)})؛ لن تطلب هذه الصفحة منه ذلك مجددًا قبل هذا الوقت. وتظل الخوادم التي بدأت سابقًا تعمل.`,

  binderProviderUnknown: (host: string, provider: string) => `لا يعرف BinderHub على ${iso(host)} المزوّد «${iso(provider)}».`,
  binderRefNotFound: (label: string, detail: string) => `تعذّر على Binder العثور على ${iso(label)}: ${iso(detail)}`,
  binderRefNotFoundHint: 'تحقَّق من سمتي الخلية repo وref: يجب أن يكون المستودع عامًا، وأن تشير ref إلى فرع أو وسم أو إيداع (commit) موجود.',
  binderRepoUnreadable: (host: string, label: string, detail: string) =>
    `لا يستطيع BinderHub على ${iso(host)} قراءة المستودع «${iso(label)}»: ${iso(detail)}`,
  binderRepoUnreadableHint: 'تحقَّق من سمات الخلية repo وref وprovider.',
  binderNotAllowed: (host: string, label: string, detail: string) => `لا يسمح ${iso(host)} بتشغيل ${iso(label)}: ${iso(detail)}`,
  binderAskAdminsHint: 'تواصل مع مسؤوليه، أو استخدم BinderHub آخر (binder-url).',
  binderFull: (host: string, detail: string) => `BinderHub على ${iso(host)} ممتلئ حاليًا: ${iso(detail)}`,
  binderFullHint: 'اضغط «إعادة المحاولة» بعد بضع دقائق.',
  binderForbidden: (host: string, label: string, detail: string) => `رفض BinderHub على ${iso(host)} تشغيل ${iso(label)}: ${iso(detail)}`,
  binderRejected: (host: string, label: string, detail: string) => `رفض BinderHub على ${iso(host)} الطلب الخاص بـ ${iso(label)}: ${iso(detail)}`,
  binderRejectedHint: 'تحقَّق من السمة binder-url للخلية: لا يقبل BinderHub هذا الطلبات بالطريقة المعتادة.',
  binderLaunchFailed: (host: string, label: string, detail: string) =>
    `تعذّر على BinderHub على ${iso(host)} تشغيل خادم لـ ${iso(label)}: ${iso(detail)}`,
  binderLaunchFailedHint: 'ربما يكون مشغولًا: اضغط «إعادة المحاولة» بعد بضع دقائق.',
  binderBuildFailedWaiting: (label: string, reason: string) => arBuildFailed(label, 'الانتظار', reason),
  binderBuildFailedFetching: (label: string, reason: string) => arBuildFailed(label, 'الجلب', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => arBuildFailed(label, 'بناء الصورة', reason),
  binderBuildFailedPushing: (label: string, reason: string) => arBuildFailed(label, 'حفظ الصورة', reason),
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `ينتهي سجل البناء بما يلي: ${quoted(tail, '«\u2068', '\u2069»')}. ` : ''}` +
    'يجب أن يصلح مؤلف المستودع بيئته (requirements.txt وenvironment.yml…)؛ والسجل كاملًا تحت «السجل».',
  binderFailed: (host: string, label: string, detail: string) =>
    `تعذّر على BinderHub على ${iso(host)} تشغيل ${iso(label)}: ${detail ? iso(detail) : 'لم يذكر أي سبب'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `تعذّر على BinderHub على ${iso(host)} تشغيل ${iso(label)}: أفاد بأن الصورة جاهزة لكنه لم يبدأ أي خادم (حدث ready الخاص به بلا url وtoken).`,
  binderFailedHint: 'اضغط «إعادة المحاولة»؛ وإن استمر الفشل، فحاول لاحقًا.',

  binderServerStopped: (label: string) =>
    `توقف خادم Binder الخاص بـ ${iso(label)} (يوقف Binder الخوادم الخاملة): فُقدت متغيراته. وتبقى الشيفرة في كل الخلايا محفوظة.`,
  binderServerStoppedHint: 'شغِّل خلية لبدء خادم جديد.',
  binderKernelStopped: (label: string) =>
    `أُوقفت النواة على خادم Binder الخاص بـ ${iso(label)} (يوقف Binder الأنوية الخاملة): فُقدت متغيراتها. وتبقى الشيفرة في كل الخلايا محفوظة.`,
  binderKernelStoppedHint: 'شغِّل خلية لبدء نواة جديدة.',
  binderRelaunching: (label: string) => `أُزيل خادم Binder الخاص بـ ${iso(label)}: جارٍ تشغيل خادم جديد. فُقدت المتغيرات السابقة.`,
  binderRestartingKernel: (label: string) => `أُوقفت نواة ${iso(label)}: جارٍ بدء نواة جديدة. فُقدت المتغيرات السابقة.`,
  binderRelaunched: (label: string) =>
    `أُزيل خادم Binder الخاص بـ ${iso(label)} وشُغِّل خادم جديد: فُقدت المتغيرات السابقة، ولم يُعَد تشغيل أي شيء.`,
  binderKernelRestarted: (label: string) => `أُوقفت نواة ${iso(label)} وبدأت نواة جديدة: فُقدت المتغيرات السابقة، ولم يُعَد تشغيل أي شيء.`,
  binderRunAgainHint: 'شغِّل مجددًا الخلايا التي تعتمد عليها هذه الخلية.',
  binderServerLostDuringRun: (label: string) => `توقف خادم Binder الخاص بـ ${iso(label)} أثناء تشغيل هذه الخلية: فُقدت متغيراته.`,
  binderKernelLostDuringRun: (label: string) => `توقفت نواة ${iso(label)} أثناء تشغيل هذه الخلية: فُقدت متغيراتها.`,
  binderServerLostDuringRunHint: 'اضغط «إعادة المحاولة» لتشغيل هذه الخلية على خادم جديد (تبقى شيفرتها محفوظة).',
  binderKernelLostDuringRunHint: 'اضغط «إعادة المحاولة» لتشغيل هذه الخلية على نواة جديدة (تبقى شيفرتها محفوظة).',
};
