// SPDX-License-Identifier: BSD-3-Clause
import { number } from '../../i18n/plural.js';
import { megabytes } from './shared.js';
import type { en } from './en.js';

export const es: typeof en = {

  jupyterSocketNotOpen: (server: string) => `El kernel se inició, pero su conexión con ${server} no se abre.`,
  jupyterSocketNotOpenHint:
    'Compruebe que los websockets lleguen al servidor (un proxy delante de él debe dejarlos pasar) y luego pulse «Reiniciar».',
  jupyterNotRunning: 'El kernel no se está ejecutando.',
  jupyterConnectionDown: 'La conexión con el kernel está caída.',
  jupyterFreshKernelInstead: 'En su lugar se inicia un kernel nuevo.',
  jupyterRestartNoAnswer: 'El kernel reiniciado no responde.',
  jupyterRestartFailed: (detail: string) => `No se pudo reiniciar el kernel: ${detail}`,
  jupyterReloadToStartOver: 'Recargue la página para empezar de nuevo.',
  jupyterCodeNotSent: 'El código no llegó al kernel: la conexión se cortó mientras se enviaba.',
  jupyterRunCellAgain: 'Vuelva a ejecutar la celda.',
  jupyterReconnected: 'Conectado de nuevo al servidor Jupyter: el kernel conservó sus variables.',
  jupyterKernelGone: (server: string) =>
    `El servidor Jupyter ${server} ya no tiene este kernel (el servidor se reinició o cerró el kernel): se han perdido las variables del kernel.`,
  jupyterRestartThenRunCells: 'Pulse «Reiniciar» para iniciar un kernel nuevo y vuelva a ejecutar las celdas que necesite.',
  jupyterKernelDied:
    'El kernel se detuvo mientras ejecutaba este código (puede que haya fallado o se haya quedado sin memoria). Sus variables se han perdido.',
  jupyterConnectionLost: (server: string) => `Se perdió la conexión con el servidor Jupyter ${server}.`,
  jupyterConnectionLostHint:
    'La celda se vuelve a conectar sola en cuanto se pueda llegar de nuevo al servidor; si no lo hace, compruebe que el servidor siga en marcha y luego pulse «Reiniciar».',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `Este código es demasiado grande para enviarlo a un servidor Jupyter (${megabytes('es', mb)}\u00a0MB; un servidor acepta como máximo ${megabytes('es', maxMb)}\u00a0MB).`,
  jupyterCodeTooLargeHint: 'Acorte la celda: cargue los datos grandes desde un archivo o una URL en lugar de pegarlos en el código.',

  jupyterWidgetsRestarted: 'El kernel se reinició: estos widgets ya no funcionan. Vuelva a ejecutar la celda para obtener widgets activos.',
  jupyterWidgetsShutDown: 'El kernel se cerró: estos widgets ya no funcionan. Vuelva a ejecutar la celda para obtener widgets activos.',
  jupyterWidgetsKernelStopped: 'El kernel se detuvo: estos widgets ya no funcionan. Pulse «Reiniciar» y vuelva a ejecutar la celda.',
  jupyterWidgetsKernelGone: 'El kernel ya no existe: estos widgets ya no funcionan. Pulse «Reiniciar» y vuelva a ejecutar la celda.',

  hubPhaseSigningIn: 'Iniciando sesión',
  hubAskingForServer: 'Pidiendo a este sitio su servidor Jupyter…',
  hubPhaseStartingServer: 'Iniciando su servidor',
  hubStartingServer: 'Iniciando su servidor Jupyter…',
  hubSignInUnreachable: (url: string) => `No se pudo conectar con el inicio de sesión de Jupyter de este sitio en ${url}.`,
  hubSignInUnreachableHint: 'Compruebe su conexión de red y vuelva a ejecutar la celda.',
  hubNoCapability: 'No tiene permiso para ejecutar código aquí en el JupyterHub de este sitio.',
  hubNoCapabilityHint: 'Pida acceso a su profesor o al administrador del sitio (la capacidad filter/execcell:runjupyter).',
  hubNotRecognised: 'Vuelva a iniciar sesión: este sitio no lo reconoció para ejecutar código en su servidor Jupyter.',
  hubNotRecognisedHint:
    'Puede que su sesión haya terminado. Vuelva a iniciar sesión en el sitio (o pida acceso a su administrador) y vuelva a ejecutar la celda.',
  hubAnswerCutOff: 'No se puede conectar con el JupyterHub: la respuesta sobre su servidor Jupyter se cortó.',
  hubAnswerCutOffHint: 'Vuelva a ejecutar la celda en un momento; si sigue ocurriendo, avise al administrador del sitio.',
  hubBadAnswer: 'El inicio de sesión de Jupyter de este sitio respondió sin servidor ni token.',
  hubBadAnswerHint: 'Avise al administrador del sitio: el punto de acceso de tokens debe responder {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `Su servidor no pudo iniciarse: ${detail}`,
  hubSpawnFailedNoReason: 'Su servidor no pudo iniciarse: el JupyterHub no indicó el motivo.',
  hubSpawnFailedHint: 'Vuelva a ejecutar la celda en un momento; si vuelve a fallar, avise al administrador del sitio.',
  hubRateLimited: (detail: string) => `Demasiadas solicitudes de un token de Jupyter: ${detail}`,
  hubRateLimitedNoDetail: 'Demasiadas solicitudes de un token de Jupyter.',
  hubRateLimitedHint: 'Espere un minuto y vuelva a ejecutar la celda.',
  hubSignInAgain: 'Vuelva a iniciar sesión: este sitio no lo reconoció.',
  hubSignInAgainHint: 'Vuelva a iniciar sesión en el sitio y luego ejecute de nuevo la celda.',
  hubUnreachable: (detail: string) => `No se puede conectar con el JupyterHub: ${detail}`,
  hubUnreachableStatus: (status: number) => `No se puede conectar con el JupyterHub (el sitio respondió ${number('es', status)}).`,
  hubUnreachableHint: 'Vuelva a ejecutar la celda dentro de unos minutos; si sigue fallando, avise al administrador del sitio.',
  hubTokenRefused: (server: string) => `Su servidor Jupyter ${server} rechazó el token que este sitio emitió para él.`,
  hubTokenRefusedHint:
    'Recargue la página; si vuelve a ocurrir, avise al administrador del sitio (puede que el punto de acceso de tokens emita tokens para otro usuario).',
};
