// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

const L_ES = 'es';
const charactersEs = (count: number) => plural(L_ES, count, { one: '# carácter', many: '# de caracteres', other: '# caracteres' });

export const es: typeof en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'Compruebe que el servidor Jobe esté en marcha. Jobe, tal como se distribuye, no envía cabeceras CORS, así que una página de otro sitio no puede leer sus respuestas: ' +
    'el sitio necesita un proxy de Jobe (el plugin de Moodle incluye uno) o un Jobe configurado para admitir el origen de esta página.',
  jobeUnreachable: (root: string) => `No se pudo conectar con el servidor Jobe en ${root}.`,
  jobeNotLanguageList: (root: string) => `${root}languages no respondió con la lista de lenguajes de Jobe.`,
  jobeNotLanguageListHint:
    'Revise el atributo server de la celda (o data-jobe-url de la página): debe ser la raíz REST de Jobe, como https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `El servidor Jobe en ${root} dio una respuesta que no es un resultado de ejecución.`,
  jobeNotJson: (root: string) => `El servidor Jobe en ${root} respondió con algo que no es JSON.`,
  jobeSignIn: 'Inicie sesión para ejecutar este código.',
  jobeSignInHint:
    'Su código se queda en esta celda: inicie sesión (en otra pestaña, o recargue esta página después de iniciarla) y luego pulse «Ejecutar».',
  jobeRefused: (status: number, detail: string) => `El servidor Jobe se negó a ejecutar este código (${status}${detail ? `: ${detail}` : ''}).`,
  jobeRefusedHint: 'Si la página le pide que inicie sesión, iníciela y vuelva a ejecutar la celda; si no, avise al autor de la página.',
  jobeTooLarge: (detail: string) => `El programa o su entrada es demasiado grande para el servidor Jobe${detail ? ` (${detail})` : ''}.`,
  jobeTooLargeHint: 'Reduzca el programa o su entrada.',
  jobeRateLimited: (detail: string) => `Demasiadas ejecuciones en poco tiempo${detail ? ` (${detail})` : ''}.`,
  jobeRateLimitedHint: 'Espere un minuto y vuelva a ejecutar la celda.',
  jobeNoApi: (root: string, path: string) => `${root} no tiene la API REST de Jobe (404 para ${path || 'la solicitud'}).`,
  jobeNoApiHint: 'Revise el atributo server de la celda (o data-jobe-url de la página): la raíz REST de Jobe termina en /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `El servidor Jobe rechazó la ejecución: ${detail || 'solicitud incorrecta'}.`,
  jobeRejectedHint: 'Revise el lenguaje y los límites de la celda.',
  jobeServerFailed: (root: string, status: number, detail: string) =>
    `El servidor Jobe en ${root} falló (HTTP ${status}${detail ? `: ${detail}` : ''}).`,
  jobeServerFailedHint: 'Inténtelo de nuevo dentro de un minuto; si sigue fallando, avise al administrador del sitio.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'Esta celda no tiene ningún servidor Jobe en el que ejecutarse.',
  jobeNoServerHint:
    'Dé a la celda un atributo server="…" (la raíz REST de Jobe, como https://jobe.example.edu/jobe/index.php/restapi/, o el proxy de Jobe del sitio), o a la página un atributo data-jobe-url.',
  jobeNoLanguage: 'Esta celda Jobe no indica en qué lenguaje está escrito su código.',
  jobeNoLanguageHint: 'Dele un atributo language, como language="c", "cpp", "java" o "python".',
  jobeLanguageUnknown: (language: string) => `El servidor Jobe no ejecuta el lenguaje «${language}».`,
  jobeLanguageUnknownHint: (languages: string) => `Ejecuta: ${languages} (atributo language de la celda).`,

  // A run's outcome (outcomes.ts).
  jobeOutputCutName: 'Salida recortada',
  jobeOutputCut: (n: number) =>
    plural(L_ES, n, {
      one: 'El programa imprimió más de lo que conserva el servidor Jobe: solo se muestra el primer carácter.',
      many: 'El programa imprimió más de lo que conserva el servidor Jobe: solo se muestran los primeros # de caracteres.',
      other: 'El programa imprimió más de lo que conserva el servidor Jobe: solo se muestran los primeros # caracteres.',
    }),
  jobeCompileErrorName: 'Error de compilación',
  jobeCompileError: 'El programa no se pudo compilar.',
  jobeCompileErrorAt: (line: number) => `El programa no se pudo compilar (línea ${number(L_ES, line)}).`,
  jobeRuntimeErrorName: 'Error de ejecución',
  jobeRuntimeError: 'El programa se detuvo con un error (un código de salida distinto de cero o una señal).',
  jobeTimeLimitName: 'Límite de tiempo',
  jobeTimeLimit: (seconds: number) => `El programa superó su límite de tiempo (${number(L_ES, seconds)}\u00a0s de tiempo de CPU) y se detuvo.`,
  jobeTimeLimitDefault: (seconds: number) =>
    `El programa superó su límite de tiempo (${number(L_ES, seconds)}\u00a0s de tiempo de CPU, el valor predeterminado del servidor) y se detuvo.`,
  jobeTimeLimitHint: 'Busque un bucle que nunca termine, o dé a la celda un cputime="…" mayor (el servidor lo limita).',
  jobeMemoryLimitName: 'Límite de memoria',
  jobeMemoryLimit: (mb: number) => `El programa superó su límite de memoria (${number(L_ES, mb)}\u00a0MB) y se detuvo.`,
  jobeMemoryLimitDefault: 'El programa superó su límite de memoria (el valor predeterminado del servidor) y se detuvo.',
  jobeMemoryLimitHint: 'Use menos memoria, o dé a la celda un memorylimit="…" mayor, en megabytes.',
  jobeForbiddenName: 'No permitido',
  jobeForbidden: 'El programa intentó algo que el entorno aislado de Jobe no permite (una llamada al sistema prohibida) y se detuvo.',
  jobeBusy: 'El servidor Jobe está saturado: todos sus entornos aislados estuvieron ocupados durante 10\u00a0segundos, así que no ejecutó este código.',
  jobeBusyHint: 'Espere un momento y vuelva a ejecutar la celda.',
  jobeInternalError: (detail: string) => `El servidor Jobe sufrió un error interno${detail ? `: ${detail}` : ''}.`,
  jobeInternalErrorHint: 'Inténtelo de nuevo; si sigue fallando, avise al administrador del sitio.',
  jobeUnknownOutcome: (n: number) => `El servidor Jobe respondió con el código de resultado ${n}, que exec-cell no conoce.`,
  jobeUnknownOutcomeHint: 'Avise al autor de la página.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'Detenido',
  jobeStopped:
    'Esta página dejó de esperar la respuesta. El servidor Jobe termina el trabajo por su cuenta (su límite de tiempo detiene un programa que no termine).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `El programa es demasiado grande para enviarlo al servidor Jobe: ${charactersEs(count)}, y se envían como máximo ${number(L_ES, n)}.`,
  jobeProgramTooLargeHint: 'Reduzca el programa.',
  jobeInputTooLarge: (count: number, n: number) =>
    `La entrada es demasiado grande para enviarla al servidor Jobe: ${charactersEs(count)}, y se envían como máximo ${number(L_ES, n)}.`,
  jobeInputTooLargeHint: 'Acorte el texto del cuadro de entrada.',
};
