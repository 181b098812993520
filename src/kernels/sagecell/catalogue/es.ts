// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

export const es: typeof en = {
  sagecellNoServer: 'Esta celda no tiene ningún servidor SageCell en el que ejecutarse.',
  sagecellNoServerHint: 'Añada a la celda un atributo server="https://…", o a la página un data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `SageCell no puede ejecutar el lenguaje «${language}».`,
  sagecellUnknownLanguageHint: (languages: string) => `Use uno de estos lenguajes: ${languages} (el atributo language).`,

  sagecellWaitingForSlot: (n: number, root: string) =>
    `Esperando un kernel libre: una página puede usar ${plural('es', n, { one: '# kernel de SageCell', other: '# kernels de SageCell' })} a la vez en ${root}.`,
  sagecellPhaseStarting: 'Iniciando el kernel',
  sagecellStarting: (root: string) => `Iniciando un kernel de Sage en ${root}`,
  sagecellServerBusy: (seconds: number) => `El servidor está ocupado: aún a la espera de un kernel (${number('es', seconds)}\u00a0s)…`,
  sagecellWaitingForRelease: 'El servidor aún cuenta kernels que tenía esta página; esperando a que los libere…',
  sagecellTooManyKernels: (root: string, message: string) => `El servidor SageCell en ${root} se niega a iniciar otro kernel para esta página: «${message}»`,
  sagecellTooManyKernelsHint: 'Espere a que terminen otras celdas de esta página y vuelva a ejecutar esta celda (o recargue la página).',
  sagecellUnreachable: (root: string) => `No se pudo contactar con el servidor SageCell en ${root}.`,
  sagecellUnreachableHint: 'Compruebe su conexión y la dirección del servidor; si la página es suya, compruebe que el servidor esté en marcha.',
  sagecellStartRefused: (root: string) => `El servidor SageCell en ${root} responde, pero se negó a iniciar un kernel para esta página.`,
  sagecellStartRefusedHint: 'Puede que no acepte solicitudes de este sitio. Inténtelo más tarde o consulte al autor de la página.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `El servidor SageCell en ${root} no pudo iniciar un kernel (${status} ${statusText || 'error'}).`,
  sagecellStartFailedHint: 'Inténtelo de nuevo dentro de un minuto; si sigue fallando, puede que el servidor no esté disponible.',
  sagecellNotSageCell: (root: string) => `El servidor en ${root} no respondió como un servidor SageCell.`,
  sagecellNotSageCellHint: 'Revise la dirección: debe ser la raíz de un servidor SageCell, como https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `El servidor SageCell en ${root} está lleno: no tuvo ningún kernel libre durante ${plural('es', seconds, { one: '# segundo', other: '# segundos' })}.`,
  sagecellServerFullHint: 'Puede que mucha gente lo esté usando ahora mismo. Vuelva a ejecutar la celda dentro de un minuto.',

  sagecellTerms: (root: string, terms: string) =>
    `El servidor SageCell en ${root} le pide que acepte sus condiciones de uso antes de ejecutar código: «${terms}»`,
  sagecellTermsHint: '«Aceptar» ejecuta el código (y se recuerda para este servidor en este navegador); «Rechazar» no lo envía.',
  sagecellAccept: 'Aceptar',
  sagecellDecline: 'Rechazar',
  sagecellDeclined: (root: string) =>
    `No se ejecutó: el servidor SageCell en ${root} solo ejecuta código para los lectores que aceptan sus condiciones de uso.`,
  sagecellDeclinedHint: 'Vuelva a ejecutar la celda para leer las condiciones y aceptarlas.',

  sagecellConnectFailed: (root: string, detail: string) => `No se pudo abrir una conexión con el servidor SageCell en ${root} (${detail}).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `No se pudo abrir una conexión con el servidor SageCell en ${root} (sin respuesta en ${number('es', seconds)}\u00a0s).`,
  sagecellConnectClosed: (root: string, code: string) =>
    `No se pudo abrir una conexión con el servidor SageCell en ${root} (la conexión se cerró, código ${code}).`,
  sagecellConnectClosedOpening: (root: string) =>
    `No se pudo abrir una conexión con el servidor SageCell en ${root} (la conexión se cerró mientras se abría).`,
  sagecellConnectFailedHint: 'Compruebe su conexión; una red que bloquea los WebSockets también bloquea SageCell.',

  sagecellShutDown: 'Este kernel de SageCell se ha apagado.',
  sagecellRunAgain: 'Vuelva a ejecutar la celda.',
  sagecellControlsEnded: 'Estos controles ya no funcionan: el kernel que los creó ha terminado.',
  sagecellControlsEndedHint: 'Vuelva a ejecutar la celda para obtener controles que funcionen.',
  sagecellInterrupted: 'Detenido. SageCell no puede interrumpir código en ejecución, así que se cerró su kernel: sus variables se han perdido.',
  sagecellInterruptedHint: 'La próxima ejecución iniciará un kernel nuevo.',
  sagecellConnectionLost: (root: string) =>
    `Se perdió la conexión con el servidor SageCell en ${root}. El servidor cierra un kernel cuya conexión se corta, así que las variables de este kernel se han perdido.`,
  sagecellConnectionLostHint: 'Compruebe su conexión y vuelva a ejecutar la celda: se iniciará un kernel nuevo.',
  sagecellKernelDied:
    'El servidor SageCell cerró el kernel mientras se ejecutaba este código, así que sus variables se han perdido. Un kernel de SageCell puede calcular unos 30 segundos en total y dura como máximo 30 minutos.',
  sagecellKernelDiedHint: 'Haga que el código sea más rápido o divídalo en pasos más pequeños y vuelva a ejecutarlo: se iniciará un kernel nuevo.',
  sagecellKernelEnded: 'El kernel se cerró antes de que terminara esta solicitud.',
  sagecellFreshKernelDied:
    'Se inició un kernel nuevo: el servidor SageCell cerró el kernel anterior (los kernels se cierran tras 15 minutos de inactividad, 30 minutos en total o unos 30 segundos de cálculo), así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelLost:
    'Se inició un kernel nuevo: se cortó la conexión con el servidor SageCell, lo que cerró el kernel anterior, así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelInterrupted:
    'Se inició un kernel nuevo: se cerró el kernel anterior para detener su código, así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelRestarted: 'Se inició un kernel nuevo: se reinició el kernel, así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelClosed: 'Se inició un kernel nuevo: se apagó el kernel anterior, así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelEvicted:
    'Se inició un kernel nuevo: se cerró el kernel anterior para dejar sitio al kernel de otra celda (una página solo puede tener unos pocos kernels de SageCell a la vez), así que se han perdido las variables de ejecuciones anteriores.',
  sagecellFreshKernelHint: 'Vuelva a ejecutar las celdas que esta necesita.',
  sagecellEndedDied:
    'El servidor SageCell cerró este kernel (los kernels se cierran tras 15 minutos de inactividad, 30 minutos en total o unos 30 segundos de cálculo). Sus variables se han perdido.',
  sagecellEndedLost: (root: string) => `Se cortó la conexión con el servidor SageCell en ${root}, lo que cerró este kernel. Sus variables se han perdido.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `Este kernel se cerró para dejar sitio al de otra celda: esta página puede tener ${plural('es', n, {
      one: '# kernel de SageCell',
      other: '# kernels de SageCell',
    })} a la vez en ${root}. Sus variables se han perdido.`,
  sagecellEndedHint: 'Al ejecutar una celda se inicia un kernel nuevo: vuelva a ejecutar las celdas que esta necesite.',
  sagecellControlsStoppedDied: 'Estos controles dejaron de funcionar: el servidor SageCell cerró su kernel. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedLost: 'Estos controles dejaron de funcionar: se cortó la conexión con el servidor SageCell. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedInterrupted:
    'Estos controles dejaron de funcionar: su kernel se cerró para detener el código en ejecución. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedRestarted: 'Estos controles dejaron de funcionar: su kernel se reinició. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedClosed: 'Estos controles dejaron de funcionar: su kernel se apagó. Vuelva a ejecutar la celda para usarlos.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `Estos controles dejaron de funcionar: su kernel se cerró para dejar sitio al de otra celda (esta página puede tener ${plural('es', n, {
      one: '# kernel de SageCell',
      other: '# kernels de SageCell',
    })} a la vez). Vuelva a ejecutar la celda para usarlos.`,

  sagecellJmolPreview: 'Gráfico 3D (una vista previa estática: el visor Jmol no funciona aquí)',
  sagecellJavaScriptNotRun: '[la salida JavaScript del servidor no se ejecuta aquí]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">Abrir el gráfico 3D</a> (se abre en una pestaña nueva).`,
  sagecellNoInput:
    'input() no puede funcionar aquí: un servidor SageCell no pasa lo que usted escribe al código en ejecución. Ponga el valor en el propio código (por ejemplo, n = 5) o use @interact con un input_box.',
  sagecellFilesWritten: (files: string) => `Archivos escritos: ${files}`,
  sagecellOutputNotShown: (detail: string) => `[no se pudo mostrar esta salida: ${detail}]`,
  sagecellInteractControls: (names: string) => `Controles interactivos: ${names}`,

  sagecellEvaluate: 'Evaluar',
};
