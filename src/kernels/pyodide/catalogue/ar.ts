// SPDX-License-Identifier: BSD-3-Clause
import { answer } from './shared.js';
import type { en } from './en.js';

// Each interpolated string is isolated (\u2068…\u2069), as in ar.ts: a left-to-right name, URL
// or browser message then keeps its own order inside the right-to-left sentence.
export const ar: typeof en = {
  pyodideWidgetsRestarted: 'أُعيد تشغيل النواة: لم تعد هذه الأدوات تعمل. شغِّل الخلية مجددًا للحصول على أدوات نشطة.',
  pyodideWidgetsFailedName: 'الأدوات التفاعلية غير متاحة',
  pyodideWidgetsFailed: 'تعذّر تثبيت ipywidgets في Python هذه الصفحة، لذا لن تظهر الأدوات التفاعلية. أعد تحميل الصفحة لإعادة المحاولة.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `ردّ \u2068${url}\u2069 بالرمز \u2068${answer(status, statusText)}\u2069.`,
  pyodidePhaseLoadingPackages: 'تحميل الحزم',
  pyodidePhasePackages: 'الحزم',
  pyodideLoadingFromPublic: (packages: string, host: string) =>
    `جارٍ تحميل \u2068${packages}\u2069 من توزيعة Pyodide العامة (\u2068${host}\u2069)…`,
  pyodideLoadingFromSite: (packages: string) => `جارٍ تحميل \u2068${packages}\u2069 من هذا الموقع…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `جارٍ تحميل \u2068${packages}\u2069 من \u2068${host}\u2069…`,
  pyodideLoadedFromPublic: (packages: string, host: string) =>
    `اكتمل تحميل \u2068${packages}\u2069 من توزيعة Pyodide العامة (\u2068${host}\u2069).`,
  pyodideLoadedFromSite: (packages: string) => `اكتمل تحميل \u2068${packages}\u2069 من هذا الموقع.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `اكتمل تحميل \u2068${packages}\u2069 من \u2068${host}\u2069.`,
  pyodideNotLoaded: (packages: string) => `تعذّر تحميل \u2068${packages}\u2069.`,

  pyodideStartDownloadFailed: (file: string, detail: string) =>
    `تعذّر بدء تشغيل Python: تعذّر تنزيل \u2068${file}\u2069 (\u2068${detail}\u2069).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `تعذّر بدء تشغيل Python: ردّ \u2068${url}\u2069 بالرمز \u2068${answer(status, statusText)}\u2069.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) =>
    `تعذّر بدء تشغيل Python: تعذّرت الترجمة البرمجية للملف \u2068${file}\u2069 (\u2068${detail}\u2069).`,
  pyodideStartCspBlocksWasm: 'تعذّر بدء تشغيل Python: لا تسمح سياسة أمان المحتوى (Content Security Policy) في هذا الموقع بتشغيل WebAssembly.',
  pyodideCspHint: "أضِف \u2068'wasm-unsafe-eval'\u2069 إلى script-src في السياسة التي يرسلها الموقع مع ملفات exec-cell.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) =>
    `تعذّر بدء تشغيل Python: لم يُحمَّل \u2068${url}\u2069 (\u2068${detail}\u2069).`,
  pyodideStartFailed: (detail: string) => `تعذّر بدء تشغيل Python: \u2068${detail}\u2069`,
  pyodideServeFolderHint: 'يجب أن يقدّم الموقع المجلد pyodide/ الخاص بـ exec-cell (بجوار exec-cell.js) كما هو في الحزمة.',
  pyodideServeModulesHint:
    'يجب أن يقدّم الموقع المجلد pyodide/ الخاص بـ exec-cell، وأن يقدّم ملفات \u2068.mjs\u2069 بنوع JavaScript (text/javascript).',
  pyodideReloadHint: 'أعد تحميل الصفحة؛ وإن استمر الفشل، فأبلغ مؤلف الصفحة.',
};
