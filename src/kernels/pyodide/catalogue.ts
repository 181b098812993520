// SPDX-License-Identifier: BSD-3-Clause
/**
 * What the in-browser Python backend (its worker and package loading) says to the reader, in
 * every language exec-cell speaks; the messages of its page side (backend.ts, interpreter.ts)
 * are the core catalogue's `python*`. Each language has exactly English's keys and parameters
 * (the type checker and test/unit/i18n.test.ts hold them to it). They join the catalogues
 * when the page side's code loads (interpreter.ts imports them; the worker only names
 * messages, and carries no catalogue). Keys begin with the backend's name, as they share one catalogue
 * with every other backend.
 *
 * `packages` is a list the worker writes (package-plan.ts): names and versions, with sizes
 * while they load ("six 1.17.0 (11 kB), python-dateutil 2.9.0.post0"). `status` is an HTTP
 * status code, written as it is (not as a number of the language); `statusText` may be empty.
 */
import { addCatalogue } from '../../i18n/language.js';

/** "404 Not Found", or "404" when the server sent no reason phrase. */
const answer = (status: number, statusText: string) => `${status}${statusText ? ` ${statusText}` : ''}`;

const en = {
  // Widgets of an interpreter that Restart or Stop replaced: the words of a Jupyter kernel's restart.
  pyodideWidgetsRestarted: 'The kernel restarted: these widgets no longer work. Run the cell again to get live ones.',
  // The widget wheels could not be installed (an error output: its name, then what it means).
  pyodideWidgetsFailedName: 'Widgets unavailable',
  pyodideWidgetsFailed: 'ipywidgets could not be installed in this page’s Python, so widgets will not show. Reload the page to try again.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} answered ${answer(status, statusText)}.`,
  // The progress line while a run's packages load (the phase, then what, from where).
  pyodidePhaseLoadingPackages: 'loading packages',
  pyodidePhasePackages: 'packages',
  pyodideLoadingFromPublic: (packages: string, host: string) => `Loading ${packages} from the public Pyodide distribution (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Loading ${packages} from this site…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Loading ${packages} from ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) => `Loaded ${packages} from the public Pyodide distribution (${host}).`,
  pyodideLoadedFromSite: (packages: string) => `Loaded ${packages} from this site.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `Loaded ${packages} from ${host}.`,
  pyodideNotLoaded: (packages: string) => `Could not load ${packages}.`,

  // Python did not start: what failed, and what the site must do.
  pyodideStartDownloadFailed: (file: string, detail: string) => `Python could not start: could not download ${file} (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `Python could not start: ${url} answered ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) => `Python could not start: ${file} could not be compiled (${detail}).`,
  pyodideStartCspBlocksWasm: 'Python could not start: this site’s Content Security Policy does not allow WebAssembly.',
  pyodideCspHint: "Add 'wasm-unsafe-eval' to the script-src of the policy the site sends with exec-cell’s files.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) => `Python could not start: ${url} did not load (${detail}).`,
  pyodideStartFailed: (detail: string) => `Python could not start: ${detail}`,
  pyodideServeFolderHint: 'The site must serve exec-cell’s pyodide/ folder (beside exec-cell.js) as it is in the package.',
  pyodideServeModulesHint: 'The site must serve exec-cell’s pyodide/ folder, and .mjs files with a JavaScript type (text/javascript).',
  pyodideReloadHint: 'Reload the page; if it keeps failing, tell the page’s author.',
};


const de: typeof en = {
  pyodideWidgetsRestarted: 'Der Kernel wurde neu gestartet: Diese Widgets funktionieren nicht mehr. Führen Sie die Zelle erneut aus, um aktive Widgets zu erhalten.',
  pyodideWidgetsFailedName: 'Widgets nicht verfügbar',
  pyodideWidgetsFailed: 'ipywidgets konnte im Python dieser Seite nicht installiert werden, daher werden keine Widgets angezeigt. Laden Sie die Seite neu, um es noch einmal zu versuchen.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} antwortete mit ${answer(status, statusText)}.`,
  pyodidePhaseLoadingPackages: 'Laden der Pakete',
  pyodidePhasePackages: 'Pakete',
  pyodideLoadingFromPublic: (packages: string, host: string) => `Lädt ${packages} aus der öffentlichen Pyodide-Distribution (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Lädt ${packages} von dieser Website…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Lädt ${packages} von ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) => `${packages} aus der öffentlichen Pyodide-Distribution (${host}) geladen.`,
  pyodideLoadedFromSite: (packages: string) => `${packages} von dieser Website geladen.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `${packages} von ${host} geladen.`,
  pyodideNotLoaded: (packages: string) => `Laden fehlgeschlagen: ${packages}.`,

  pyodideStartDownloadFailed: (file: string, detail: string) =>
    `Python konnte nicht starten: ${file} konnte nicht heruntergeladen werden (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `Python konnte nicht starten: ${url} antwortete mit ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) =>
    `Python konnte nicht starten: ${file} konnte nicht kompiliert werden (${detail}).`,
  pyodideStartCspBlocksWasm: 'Python konnte nicht starten: Die Content Security Policy dieser Website erlaubt kein WebAssembly.',
  pyodideCspHint:
    "Fügen Sie 'wasm-unsafe-eval' zu script-src in der Policy hinzu, die die Website mit den Dateien von exec-cell sendet.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) => `Python konnte nicht starten: ${url} wurde nicht geladen (${detail}).`,
  pyodideStartFailed: (detail: string) => `Python konnte nicht starten: ${detail}`,
  pyodideServeFolderHint:
    'Die Website muss den Ordner pyodide/ von exec-cell (neben exec-cell.js) so bereitstellen, wie er im Paket enthalten ist.',
  pyodideServeModulesHint:
    'Die Website muss den Ordner pyodide/ von exec-cell bereitstellen und .mjs-Dateien mit einem JavaScript-Typ (text/javascript) ausliefern.',
  pyodideReloadHint: 'Laden Sie die Seite neu. Schlägt es weiterhin fehl, wenden Sie sich an die Autorin oder den Autor der Seite.',
};

const fr: typeof en = {
  pyodideWidgetsRestarted: 'Le noyau a redémarré\u00a0: ces widgets ne fonctionnent plus. Réexécutez la cellule pour obtenir des widgets actifs.',
  pyodideWidgetsFailedName: 'Widgets indisponibles',
  pyodideWidgetsFailed: 'Impossible d’installer ipywidgets dans le Python de cette page\u00a0: les widgets ne s’afficheront pas. Rechargez la page pour réessayer.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} a répondu ${answer(status, statusText)}.`,
  pyodidePhaseLoadingPackages: 'Chargement des paquets',
  pyodidePhasePackages: 'Paquets',
  pyodideLoadingFromPublic: (packages: string, host: string) =>
    `Chargement de ${packages} depuis la distribution publique de Pyodide (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Chargement de ${packages} depuis ce site…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Chargement de ${packages} depuis ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) =>
    `Chargement de ${packages} depuis la distribution publique de Pyodide (${host}) terminé.`,
  pyodideLoadedFromSite: (packages: string) => `Chargement de ${packages} depuis ce site terminé.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `Chargement de ${packages} depuis ${host} terminé.`,
  pyodideNotLoaded: (packages: string) => `Impossible de charger ${packages}.`,

  pyodideStartDownloadFailed: (file: string, detail: string) =>
    `Python n’a pas pu démarrer\u00a0: impossible de télécharger ${file} (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `Python n’a pas pu démarrer\u00a0: ${url} a répondu ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) =>
    `Python n’a pas pu démarrer\u00a0: ${file} n’a pas pu être compilé (${detail}).`,
  pyodideStartCspBlocksWasm: 'Python n’a pas pu démarrer\u00a0: la Content Security Policy de ce site n’autorise pas WebAssembly.',
  pyodideCspHint: "Ajoutez 'wasm-unsafe-eval' à la directive script-src de la politique que le site envoie avec les fichiers d’exec-cell.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) =>
    `Python n’a pas pu démarrer\u00a0: ${url} ne s’est pas chargé (${detail}).`,
  pyodideStartFailed: (detail: string) => `Python n’a pas pu démarrer\u00a0: ${detail}`,
  pyodideServeFolderHint: 'Le site doit servir le dossier pyodide/ d’exec-cell (à côté d’exec-cell.js) tel qu’il figure dans le paquet.',
  pyodideServeModulesHint:
    'Le site doit servir le dossier pyodide/ d’exec-cell, et les fichiers .mjs avec un type JavaScript (text/javascript).',
  pyodideReloadHint: 'Rechargez la page\u00a0; si l’échec persiste, prévenez l’auteur de la page.',
};

const es: typeof en = {
  pyodideWidgetsRestarted: 'El kernel se reinició: estos widgets ya no funcionan. Vuelva a ejecutar la celda para obtener widgets activos.',
  pyodideWidgetsFailedName: 'Widgets no disponibles',
  pyodideWidgetsFailed: 'No se pudo instalar ipywidgets en el Python de esta página, así que los widgets no se mostrarán. Recargue la página para volver a intentarlo.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} respondió ${answer(status, statusText)}.`,
  pyodidePhaseLoadingPackages: 'Cargando paquetes',
  pyodidePhasePackages: 'Paquetes',
  pyodideLoadingFromPublic: (packages: string, host: string) => `Cargando ${packages} desde la distribución pública de Pyodide (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Cargando ${packages} desde este sitio…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Cargando ${packages} desde ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) =>
    `Carga de ${packages} desde la distribución pública de Pyodide (${host}) completada.`,
  pyodideLoadedFromSite: (packages: string) => `Carga de ${packages} desde este sitio completada.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `Carga de ${packages} desde ${host} completada.`,
  pyodideNotLoaded: (packages: string) => `No se pudo cargar ${packages}.`,

  pyodideStartDownloadFailed: (file: string, detail: string) => `Python no pudo iniciarse: no se pudo descargar ${file} (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `Python no pudo iniciarse: ${url} respondió ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) => `Python no pudo iniciarse: no se pudo compilar ${file} (${detail}).`,
  pyodideStartCspBlocksWasm: 'Python no pudo iniciarse: la Content Security Policy de este sitio no permite WebAssembly.',
  pyodideCspHint: "Añada 'wasm-unsafe-eval' a la directiva script-src de la política que el sitio envía con los archivos de exec-cell.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) => `Python no pudo iniciarse: ${url} no se cargó (${detail}).`,
  pyodideStartFailed: (detail: string) => `Python no pudo iniciarse: ${detail}`,
  pyodideServeFolderHint: 'El sitio debe servir la carpeta pyodide/ de exec-cell (junto a exec-cell.js) tal como viene en el paquete.',
  pyodideServeModulesHint:
    'El sitio debe servir la carpeta pyodide/ de exec-cell, y los archivos .mjs con un tipo JavaScript (text/javascript).',
  pyodideReloadHint: 'Recargue la página; si sigue fallando, avise al autor de la página.',
};

const ptBR: typeof en = {
  pyodideWidgetsRestarted: 'O kernel foi reiniciado: estes widgets não funcionam mais. Execute a célula novamente para obter widgets ativos.',
  pyodideWidgetsFailedName: 'Widgets indisponíveis',
  pyodideWidgetsFailed: 'Não foi possível instalar o ipywidgets no Python desta página, então os widgets não serão exibidos. Recarregue a página para tentar novamente.',
  pyodideFileAnswered: (url: string, status: number, statusText: string) => `${url} respondeu ${answer(status, statusText)}.`,
  pyodidePhaseLoadingPackages: 'Carregando pacotes',
  pyodidePhasePackages: 'Pacotes',
  pyodideLoadingFromPublic: (packages: string, host: string) => `Carregando ${packages} da distribuição pública do Pyodide (${host})…`,
  pyodideLoadingFromSite: (packages: string) => `Carregando ${packages} deste site…`,
  pyodideLoadingFromHost: (packages: string, host: string) => `Carregando ${packages} de ${host}…`,
  pyodideLoadedFromPublic: (packages: string, host: string) =>
    `Carregamento de ${packages} da distribuição pública do Pyodide (${host}) concluído.`,
  pyodideLoadedFromSite: (packages: string) => `Carregamento de ${packages} deste site concluído.`,
  pyodideLoadedFromHost: (packages: string, host: string) => `Carregamento de ${packages} de ${host} concluído.`,
  pyodideNotLoaded: (packages: string) => `Não foi possível carregar ${packages}.`,

  pyodideStartDownloadFailed: (file: string, detail: string) =>
    `O Python não conseguiu iniciar: não foi possível baixar ${file} (${detail}).`,
  pyodideStartFileAnswered: (url: string, status: number, statusText: string) =>
    `O Python não conseguiu iniciar: ${url} respondeu ${answer(status, statusText)}.`,
  pyodideStartWasmNotCompiled: (file: string, detail: string) =>
    `O Python não conseguiu iniciar: não foi possível compilar ${file} (${detail}).`,
  pyodideStartCspBlocksWasm: 'O Python não conseguiu iniciar: a Content Security Policy deste site não permite WebAssembly.',
  pyodideCspHint: "Adicione 'wasm-unsafe-eval' à diretiva script-src da política que o site envia com os arquivos do exec-cell.",
  pyodideStartModuleNotLoaded: (url: string, detail: string) => `O Python não conseguiu iniciar: ${url} não foi carregado (${detail}).`,
  pyodideStartFailed: (detail: string) => `O Python não conseguiu iniciar: ${detail}`,
  pyodideServeFolderHint: 'O site precisa servir a pasta pyodide/ do exec-cell (ao lado de exec-cell.js) exatamente como ela vem no pacote.',
  pyodideServeModulesHint:
    'O site precisa servir a pasta pyodide/ do exec-cell, e os arquivos .mjs com um tipo JavaScript (text/javascript).',
  pyodideReloadHint: 'Recarregue a página; se continuar falhando, avise o autor da página.',
};

// Each interpolated string is isolated (\u2068…\u2069), as in ar.ts: a left-to-right name, URL
// or browser message then keeps its own order inside the right-to-left sentence.
const ar: typeof en = {
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

export type PyodideMessages = typeof en;

// With the backend's code, not before: a page loads the messages of the backends it uses.
addCatalogue({ en, de, fr, es, 'pt-BR': ptBR, ar });
