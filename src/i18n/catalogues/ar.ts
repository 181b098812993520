// SPDX-License-Identifier: BSD-3-Clause
// Arabic (العربية الفصحى), written right to left.
import type { Messages } from './en.js';
import { number, percent, plural } from '../plural.js';

const L = 'ar';

/** A number of seconds after a preposition (خلال، طوال، منذ): the backends' Arabic catalogues use it too. */
export const arSeconds = (seconds: number) =>
  plural(L, seconds, { zero: '# ثانية', one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' });

export const ar: Messages = {
  // The cell's controls.
  codeLabel: 'الشيفرة',
  toolbarLabel: 'خلية شيفرة',
  run: 'تشغيل',
  runTitle: 'تشغيل (Shift+Enter)',
  stop: 'إيقاف',
  stopTitle: 'إيقاف الشيفرة قيد التشغيل',
  restart: 'إعادة التشغيل',
  restartTitle: 'إعادة تشغيل النواة: تُمحى متغيراتها',
  reset: 'إعادة تعيين',
  resetTitle: 'استعادة الشيفرة الأصلية',
  showCode: 'إظهار الشيفرة',
  hideCode: 'إخفاء الشيفرة',
  executionCount: 'رقم التنفيذ',
  statusIdle: 'جاهز',
  statusConnecting: 'جارٍ البدء…',
  statusBusy: 'جارٍ التشغيل…',
  statusError: 'خطأ',
  stdinLabel: 'الإدخال (stdin)',
  outputLabel: 'المخرجات',
  logSummary: (lines: number) =>
    plural(L, lines, {
      zero: 'السجل (# سطر)',
      one: 'السجل (سطر واحد)',
      two: 'السجل (سطران)',
      few: 'السجل (# أسطر)',
      many: 'السجل (# سطرًا)',
      other: 'السجل (# سطر)',
    }),
  progressLabel: (phase: string, fraction: number) => `${phase}: ${percent(L, fraction)}`,
  codeLine: (line: number, message: string) => `السطر ${number(L, line)}: \u2068${message}\u2069`,

  // What a run is waiting for.
  phaseWaiting: 'انتظار',
  waitingForOtherCell: 'بانتظار انتهاء خلية أخرى تعمل على هذه النواة…',
  phaseStartingPython: 'بدء تشغيل Python',
  loadingPython: 'جارٍ تحميل Python في هذه الصفحة (نحو 6 MB في المرة الأولى)…',

  // The cell's settings.
  pageSettingsInvalid: (problems: string) => `إعدادات exec-cell في هذه الصفحة غير صالحة: \u2068${problems}\u2069.`,
  pageSettingsHint: 'يمكن لمؤلف الصفحة تصحيحها في وسم script الخاص بـ exec-cell (سمات data-*) أو في كتلة data-exec-cell-config في الصفحة.',
  timeoutNotNumber: (value: string) => `القيمة \u2068timeout="${value}"\u2069 ليست عددًا من الثواني.`,
  timeoutHint: 'حدِّد للخلية عددًا من الثواني، مثل timeout="30" (والقيمة 0 تعني بلا حد)، أو احذف السمة.',
  backendUnknown: (name: string) => `واجهة خلفية غير معروفة: «\u2068${name}\u2069».`,
  backendUnknownHint: 'استخدم backend="pyodide" أو "jupyter" أو "binder" أو "sagecell" أو "jobe".',
  cellSettingsInvalid: (detail: string) => `إعدادات هذه الخلية غير صالحة: \u2068${detail}\u2069.`,
  cellSettingsHint: 'تحقَّق من سمات الخلية server وbinder-url وrepo.',

  // How a run ended, when it did not end well.
  timedOut: (seconds: number) =>
    plural(L, seconds, {
      zero: 'أُوقف التنفيذ بعد # ثانية: لا يُسمح لهذه الخلية بالتشغيل أكثر من # ثانية.',
      one: 'أُوقف التنفيذ بعد ثانية واحدة: لا يُسمح لهذه الخلية بالتشغيل أكثر من ثانية واحدة.',
      two: 'أُوقف التنفيذ بعد ثانيتين: لا يُسمح لهذه الخلية بالتشغيل أكثر من ثانيتين.',
      few: 'أُوقف التنفيذ بعد # ثوانٍ: لا يُسمح لهذه الخلية بالتشغيل أكثر من # ثوانٍ.',
      many: 'أُوقف التنفيذ بعد # ثانية: لا يُسمح لهذه الخلية بالتشغيل أكثر من # ثانية.',
      other: 'أُوقف التنفيذ بعد # ثانية: لا يُسمح لهذه الخلية بالتشغيل أكثر من # ثانية.',
    }),
  timedOutHint: 'اجعل الشيفرة أسرع، أو اطلب من مؤلف الصفحة مهلة أطول.',
  restarted: 'أُعيد التشغيل: بدأت النواة من جديد ومُحيت متغيراتها.',
  interruptRestartedKernel: 'لم تتوقف الشيفرة عند مقاطعتها، لذا أُعيد تشغيل نواتها. فُقدت متغيرات النواة.',
  runCellsAgain: 'شغِّل الخلايا التي تحتاج إليها مجددًا.',
  somethingWentWrong: (detail: string) => `حدث خطأ ما: \u2068${detail}\u2069`,
  pressRestartAndRetry: 'اضغط «إعادة التشغيل» وحاول مرة أخرى.',
  kernelStopped: 'توقفت النواة التي تعمل عليها هذه الخلية. فُقدت متغيراتها.',
  pressRestartForFreshKernel: 'اضغط «إعادة التشغيل» لبدء نواة جديدة.',

  // Python in the browser.
  pythonNotRunning: 'لا يعمل Python حاليًا.',
  pressRestartForFreshPython: 'اضغط «إعادة التشغيل» لبدء Python من جديد.',
  pythonCrashed: 'توقف Python على نحو غير متوقع (ربما نفدت ذاكرة المتصفح): فُقدت متغيرات عمليات التشغيل السابقة.',
  pythonCrashedHint: 'شغِّل الخلايا التي تحتاج إليها مجددًا؛ سيبدأ Python من جديد مع التشغيل التالي.',
  stoppedWhilePackagesLoaded: 'أُوقف التنفيذ أثناء تحميل الحزم بإعادة تشغيل Python: فُقدت متغيرات عمليات التشغيل السابقة.',
  interruptRestartedPython: 'لم تتوقف الشيفرة عند مقاطعتها، لذا أُعيد تشغيل Python: فُقدت متغيرات عمليات التشغيل السابقة.',
  stoppedByRestartingPython: 'أُوقف التنفيذ بإعادة تشغيل Python (لا تستطيع هذه الصفحة مقاطعته بطريقة أخرى): فُقدت متغيرات عمليات التشغيل السابقة.',
  pythonStoppedOnLeave: 'أُوقف Python عندما غادرت الصفحة: فُقدت متغيرات عمليات التشغيل السابقة.',
  pythonOutOfMemory: (mib: number) =>
    `نفدت ذاكرة Python (تسمح له هذه الصفحة بـ ${number(L, mib)} MiB)، لذا أُعيد تشغيله: فُقدت متغيرات عمليات التشغيل السابقة.`,
  pythonOutOfMemoryHint: 'استخدم ذاكرة أقل (بيانات أصغر ونسخًا أقل)، ثم شغِّل الخلايا التي تحتاج إليها مجددًا.',
  pythonUnrecoverable: 'تعرَّض Python لعطل لا يمكنه التعافي منه، لذا أُعيد تشغيله: فُقدت متغيرات عمليات التشغيل السابقة.',
  pythonBootTimeout: (seconds: number) =>
    `لم يبدأ Python خلال ${arSeconds(seconds)}.`,
  pythonBootTimeoutHint: 'تُنزَّل في الزيارة الأولى نحو 6 MB: إن كان الاتصال بطيئًا، فأعد تحميل الصفحة وحاول مرة أخرى. وإن استمر الفشل، فربما لا يقدّم الموقع المجلد pyodide/ الخاص بـ exec-cell.',
  pythonStoppedBeforeStart: 'أُوقف Python قبل أن يبدأ.',
  pythonWorkerFailed: (detail: string) => `تعطّل عامل Python${detail ? ` (\u2068${detail}\u2069)` : ''}.`,
  pythonWorkerFailedHint: 'أعد تحميل الصفحة. وإن استمر الفشل، فربما لا يقدّم الموقع ملفات exec-cell (المجلدين chunks/ وpyodide/).',

  // Outputs.
  inputRequested: 'الشيفرة تطلب إدخالًا',
  send: 'إرسال',
  longOutput: (shown: number, total: number) =>
    `مخرجات طويلة: يُعرض آخر ${number(L, shown)} من أصل ${plural(L, total, {
      zero: '# سطر',
      one: 'سطر واحد',
      two: 'سطرين',
      few: '# أسطر',
      many: '# سطرًا',
      other: '# سطر',
    })}.`,
  showAll: 'عرض الكل',
  download: 'تنزيل',
  showingAll: (total: number) =>
    plural(L, total, {
      zero: 'تُعرض الأسطر كلها، وعددها # سطر.',
      one: 'يُعرض السطر الوحيد.',
      two: 'يُعرض السطران كلاهما.',
      few: 'تُعرض الأسطر كلها، وعددها # أسطر.',
      many: 'تُعرض الأسطر كلها، وعددها # سطرًا.',
      other: 'تُعرض الأسطر كلها، وعددها # سطر.',
    }),
  outputNotShown: (detail: string) => `تعذّر عرض هذا المُخرَج: \u2068${detail}\u2069`,
  imageTooLarge: (mb: number, maxMb: number) =>
    `هذه الصورة أكبر من أن تُعرض هنا (${number(L, mb)} MB، والحد الأقصى ${number(L, maxMb)} MB). صغِّرها (بدقة أقل أو بقيمة dpi أقل) ثم شغِّل الخلية مجددًا.`,
  outputTypeUnknown: (types: string) => (types ? `[لا يمكن عرض مُخرَج من النوع \u2068${types}\u2069 هنا]` : '[مُخرَج بلا محتوى]'),

  // An error output in exec-cell's own words (a Jobe compile error): its name, then what happened.
  errorLine: (name: string, value: string) => `\u2068${name}\u2069: \u2068${value}\u2069`,

  // Interactive outputs: Sage's @interact and Jupyter widgets.
  interactControls: 'عناصر تحكم تفاعلية',
  submit: 'تطبيق',
  rangeUpperEnd: 'الحد الأعلى',
  numbered: (name: string, n: number) => `\u2068${name}\u2069 ${number(L, n)}`,
  matrixEntry: (name: string, row: number, column: number) =>
    `\u2068${name}\u2069، الصف ${number(L, row)}، العمود ${number(L, column)}`,
  controlUnsupported: (name: string, type: string) => `[\u2068${name}\u2069: لا يمكن عرض عنصر تحكم من النوع \u2068${type}\u2069 هنا]`,
  widgetValue: 'القيمة',
  widgetLower: (name: string) => `\u2068${name}\u2069 (الحد الأدنى)`,
  widgetUpper: (name: string) => `\u2068${name}\u2069 (الحد الأعلى)`,
  widgetNotShown: (detail: string) => `تعذّر عرض هذه الأداة: \u2068${detail}\u2069`,
  widgetNoModel: 'لا يحدّد مُخرَج هذه الأداة أي نموذج أداة، لذا لا يمكن عرضها.',
  widgetNotLive: 'هذه الأداة غير نشطة: النواة التي أنشأتها غير متصلة بهذه الخلية. شغِّل الخلية للحصول على أداة نشطة.',
  widgetClosed: 'لم تعد هذه الأداة نشطة (أغلقتها نواتها أو أُعيد تشغيل النواة). شغِّل الخلية مجددًا للحصول على أداة نشطة.',
  widgetLibraryMissing: (library: string, supported: string) =>
    `تأتي هذه الأداة من المكتبة \u2068${library}\u2069 غير المتوفرة في هذه الصفحة، لذا يُعرض نصها بدلًا منها. مكتبات الأدوات التي تُعرض نشطةً هنا: \u2068${supported}\u2069.`,
  widgetKernelStopped: 'توقفت النواة: لم تعد هذه الأداة تعمل.',

  // Pages written for the SageCell embed: the menu of a cell that offers several languages.
  languageMenu: 'اللغة',
  // What a screen reader hears when a run ends (once, not each line of output).
  announceFinished: (count: number) =>
    plural(L, count, {
      zero: 'انتهى التشغيل دون مخرجات',
      one: 'انتهى التشغيل، مُخرَج واحد',
      two: 'انتهى التشغيل، مُخرَجان',
      few: 'انتهى التشغيل، # مُخرَجات',
      many: 'انتهى التشغيل، # مُخرَجًا',
      other: 'انتهى التشغيل، # مُخرَج',
    }),
  announceError: (name: string) => `انتهى التشغيل بخطأ: \u2068${name}\u2069`,
  announceStopped: 'أُوقف التشغيل',

  // Starting a kernel on a Jupyter server: said before any backend's code has loaded.
  jupyterNoServer: 'لا يوجد لهذه الخلية خادم Jupyter تعمل عليه.',
  jupyterNoServerHint: 'أعطِ الخلية السمة server="https://…"، أو أعطِ الصفحة السمة data-server في وسم script الخاص بـ exec-cell.',
  jupyterPhaseStartingKernel: 'بدء تشغيل النواة',
  jupyterStartingKernel: (name: string, server: string) => `جارٍ بدء تشغيل نواة \u2068${name}\u2069 على \u2068${server}\u2069`,
  jupyterUnreachable: (server: string) => `تعذّر الوصول إلى خادم Jupyter على \u2068${server}\u2069.`,
  jupyterUnreachableHint:
    'تحقَّق من أن الخادم يعمل ويمكن الوصول إليه من هذه الصفحة، ومن أنه يسمح بأصل هذه الصفحة (ServerApp.allow_origin).',
  jupyterTokenRefused: (server: string, status: number, reason: string) =>
    `رفض خادم Jupyter على \u2068${server}\u2069 الرمز المميز (\u2068${number('ar', status)} ${reason}\u2069).`,
  jupyterTokenRefusedHint: 'تحقَّق من الرمز المميز: يجب أن تطابق سمة token في الخلية أو data-token في الصفحة الرمزَ المميز للخادم.',
  jupyterNoSuchKernel: (server: string, name: string) => `لا توجد على خادم Jupyter على \u2068${server}\u2069 نواة باسم «\u2068${name}\u2069».`,
  jupyterKernelsAvailable: (names: string) => `استخدم إحدى هذه النوى: \u2068${names}\u2069 (السمة kernel).`,
  jupyterStartFailed: (server: string, name: string, detail: string) =>
    `تعذّر على خادم Jupyter على \u2068${server}\u2069 بدء نواة \u2068${name}\u2069: \u2068${detail}\u2069`,
  jupyterTryLater: 'حاول مرة أخرى لاحقًا، أو اسأل مسؤول الخادم.',
  jupyterBackendUnavailable: (backend: string) => `الواجهة الخلفية \u2068${backend}\u2069 غير متاحة في هذا الإصدار من exec-cell.`,
  jupyterBackendUnavailableHint: 'استخدم backend="pyodide" (أي Python في المتصفح)، أو backend="jupyter" مع السمة server="…".',
  jupyterChunkFailed: (backend: string, detail: string) => `تعذّر تحميل شيفرة الواجهة الخلفية \u2068${backend}\u2069 (\u2068${detail}\u2069).`,
  jupyterChunkFailedHint: 'تحقَّق من اتصالك، ثم أعد تحميل الصفحة.',
};
