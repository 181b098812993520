// SPDX-License-Identifier: BSD-3-Clause
import { number } from '../../i18n/plural.js';
import { megabytes } from './shared.js';
import type { en } from './en.js';

export const ar: typeof en = {

  jupyterSocketNotOpen: (server: string) => `بدأت النواة، لكن اتصالها بـ \u2068${server}\u2069 لا يُفتح.`,
  jupyterSocketNotOpenHint: 'تحقَّق من أن اتصالات WebSocket تصل إلى الخادم (على أي خادم وكيل أمامه أن يمرّرها)، ثم اضغط «إعادة التشغيل».',
  jupyterNotRunning: 'النواة لا تعمل.',
  jupyterConnectionDown: 'اتصال النواة منقطع.',
  jupyterFreshKernelInstead: 'ستبدأ نواة جديدة بدلًا منها.',
  jupyterRestartNoAnswer: 'النواة التي أُعيد تشغيلها لا تستجيب.',
  jupyterRestartFailed: (detail: string) => `تعذّرت إعادة تشغيل النواة: \u2068${detail}\u2069`,
  jupyterReloadToStartOver: 'أعد تحميل الصفحة للبدء من جديد.',
  jupyterCodeNotSent: 'لم تصل الشيفرة إلى النواة: انقطع الاتصال أثناء إرسالها.',
  jupyterRunCellAgain: 'شغِّل الخلية مجددًا.',
  jupyterReconnected: 'أُعيد الاتصال بخادم Jupyter: احتفظت النواة بمتغيراتها.',
  jupyterKernelGone: (server: string) =>
    `لم تعد هذه النواة موجودة على خادم Jupyter على \u2068${server}\u2069 (أُعيد تشغيل الخادم، أو أوقف النواة): فُقدت متغيرات النواة.`,
  jupyterRestartThenRunCells: 'اضغط «إعادة التشغيل» لبدء نواة جديدة، ثم شغِّل الخلايا التي تحتاج إليها مجددًا.',
  jupyterKernelDied: 'توقفت النواة أثناء تشغيل هذه الشيفرة (ربما تعطّلت أو نفدت ذاكرتها). فُقدت متغيراتها.',
  jupyterConnectionLost: (server: string) => `انقطع الاتصال بخادم Jupyter على \u2068${server}\u2069.`,
  jupyterConnectionLostHint:
    'تعيد الخلية الاتصال تلقائيًا حين يصبح الوصول إلى الخادم ممكنًا من جديد؛ وإن لم تفعل، فتحقَّق من أن الخادم ما زال يعمل، ثم اضغط «إعادة التشغيل».',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `هذه الشيفرة أكبر من أن تُرسَل إلى خادم Jupyter (${megabytes('ar', mb)} MB؛ يقبل الخادم ${megabytes('ar', maxMb)} MB على الأكثر).`,
  jupyterCodeTooLargeHint: 'اختصر الخلية: حمِّل البيانات الكبيرة من ملف أو من عنوان URL بدلًا من لصقها في الشيفرة.',

  jupyterWidgetsRestarted: 'أُعيد تشغيل النواة: لم تعد هذه الأدوات تعمل. شغِّل الخلية مجددًا للحصول على أدوات نشطة.',
  jupyterWidgetsShutDown: 'أُوقفت النواة: لم تعد هذه الأدوات تعمل. شغِّل الخلية مجددًا للحصول على أدوات نشطة.',
  jupyterWidgetsKernelStopped: 'توقفت النواة: لم تعد هذه الأدوات تعمل. اضغط «إعادة التشغيل»، ثم شغِّل الخلية مجددًا.',
  jupyterWidgetsKernelGone: 'لم تعد النواة موجودة: لم تعد هذه الأدوات تعمل. اضغط «إعادة التشغيل»، ثم شغِّل الخلية مجددًا.',

  hubPhaseSigningIn: 'تسجيل الدخول',
  hubAskingForServer: 'جارٍ سؤال هذا الموقع عن خادم Jupyter الخاص بك…',
  hubPhaseStartingServer: 'بدء تشغيل خادمك',
  hubStartingServer: 'جارٍ بدء تشغيل خادم Jupyter الخاص بك…',
  hubSignInUnreachable: (url: string) => `تعذّر الوصول إلى خدمة تسجيل الدخول إلى Jupyter في هذا الموقع على \u2068${url}\u2069.`,
  hubSignInUnreachableHint: 'تحقَّق من اتصالك بالشبكة، ثم شغِّل الخلية مجددًا.',
  hubNoCapability: 'لا يُسمح لك هنا بتشغيل الشيفرة على JupyterHub الخاص بهذا الموقع.',
  hubNoCapabilityHint: 'اطلب الوصول من معلّمك أو من مسؤول الموقع (الصلاحية filter/execcell:runjupyter).',
  hubNotRecognised: 'سجِّل الدخول مجددًا: لم يتعرّف عليك هذا الموقع لتشغيل الشيفرة على خادم Jupyter الخاص بك.',
  hubNotRecognisedHint: 'ربما انتهت جلستك. سجِّل الدخول إلى الموقع مجددًا (أو اطلب الوصول من مسؤوله)، ثم شغِّل الخلية مجددًا.',
  hubAnswerCutOff: 'لا يمكن الوصول إلى JupyterHub: انقطعت الإجابة عن خادم Jupyter الخاص بك.',
  hubAnswerCutOffHint: 'شغِّل الخلية مجددًا بعد قليل؛ وإن تكرر ذلك، فأبلغ مسؤول الموقع.',
  hubBadAnswer: 'أجابت خدمة تسجيل الدخول إلى Jupyter في هذا الموقع دون خادم ورمز مميز.',
  hubBadAnswerHint: 'أبلغ مسؤول الموقع: يجب أن تُجيب نقطة نهاية الرموز المميزة بـ {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `تعذّر بدء تشغيل خادمك: \u2068${detail}\u2069`,
  hubSpawnFailedNoReason: 'تعذّر بدء تشغيل خادمك: لم يذكر JupyterHub أي سبب.',
  hubSpawnFailedHint: 'شغِّل الخلية مجددًا بعد قليل؛ وإن فشلت مرة أخرى، فأبلغ مسؤول الموقع.',
  hubRateLimited: (detail: string) => `طلبات كثيرة جدًا للحصول على رمز Jupyter مميز: \u2068${detail}\u2069`,
  hubRateLimitedNoDetail: 'طلبات كثيرة جدًا للحصول على رمز Jupyter مميز.',
  hubRateLimitedHint: 'انتظر دقيقة، ثم شغِّل الخلية مجددًا.',
  hubSignInAgain: 'سجِّل الدخول مجددًا: لم يتعرّف عليك هذا الموقع.',
  hubSignInAgainHint: 'سجِّل الدخول إلى الموقع مجددًا، ثم شغِّل الخلية مرة أخرى.',
  hubUnreachable: (detail: string) => `لا يمكن الوصول إلى JupyterHub: \u2068${detail}\u2069`,
  hubUnreachableStatus: (status: number) => `لا يمكن الوصول إلى JupyterHub (أجاب الموقع بالرمز ${number('ar', status)}).`,
  hubUnreachableHint: 'شغِّل الخلية مجددًا بعد بضع دقائق؛ وإن استمر الفشل، فأبلغ مسؤول الموقع.',
  hubTokenRefused: (server: string) => `رفض خادم Jupyter الخاص بك على \u2068${server}\u2069 الرمز المميز الذي منحه له هذا الموقع.`,
  hubTokenRefusedHint:
    'أعد تحميل الصفحة؛ وإن تكرر ذلك، فأبلغ مسؤول الموقع (ربما تُصدر نقطة نهاية الرموز المميزة رموزًا لمستخدم آخر).',
};
