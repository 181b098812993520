// SPDX-License-Identifier: BSD-3-Clause
import { plural } from '../../../i18n/plural.js';
import { quoted, clock, inMinutes } from './shared.js';
import type { en } from './en.js';

// Spanish: the reader is addressed as usted, as in es.ts ("Pulse…").
const esDuring = {
  connecting: (label: string) => `mientras se le pedía que iniciara ${label}`,
  waiting: (label: string) => `mientras se esperaba para construir ${label}`,
  fetching: (label: string) => `mientras se obtenía ${label}`,
  building: (label: string) => `mientras se construía ${label}`,
  pushing: (label: string) => `mientras se guardaba la imagen de ${label}`,
  launching: (label: string) => `mientras se iniciaba un servidor para ${label}`,
  starting: (label: string) => `mientras se iniciaba ${label}`,
};
const esLost = (host: string, during: string) => `Se perdió la conexión con el BinderHub de ${host} ${during}.`;
const esSilent = (host: string, seconds: number, during: string) =>
  `El BinderHub de ${host} no envió nada durante ${plural('es', seconds, { one: '# segundo', other: '# segundos' })} ${during}, así que se abandonó la conexión.`;
const esBuildFailed = (label: string, phase: string, reason: string) =>
  `La construcción de Binder de ${label} falló durante ${phase}: ${reason || 'el registro de construcción indica el motivo'}`;

export const es: typeof en = {
  binderPhaseConnecting: 'Conectando',
  binderPhaseWaiting: 'Esperando',
  binderPhaseFetching: 'Obteniendo',
  binderPhaseBuilding: 'Construyendo',
  binderPhasePushing: 'Guardando',
  binderPhaseBuilt: 'Imagen construida',
  binderPhaseLaunching: 'Iniciando servidor',
  binderPhaseReady: 'Listo',
  binderAsking: (host: string, label: string) => `Solicitando a ${host} un servidor para ${label}`,
  binderCheckingSaved: (label: string) => `Comprobando el servidor de Binder iniciado antes para ${label}`,
  binderOtherTab: (label: string) => `Otra pestaña está iniciando el servidor de Binder para ${label}; esta celda también lo usará`,
  binderServerRunning: 'El servidor está en marcha',
  binderRetry: 'Reintentar',

  binderNoRepo: 'Esta celda de Binder no indica ningún repositorio.',
  binderNoRepoHint: 'Añádale un atributo repo="owner/name" (por ejemplo, repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `«${provider}» no es un proveedor de Binder.`,
  binderProviderHint: (providers: string) => `Use uno de estos valores en el atributo provider: ${providers} (el predeterminado es gh, GitHub).`,
  binderUrlNotUrl: (url: string) => `La dirección de Binder «${url}» no es una URL.`,
  binderUrlNotHttp: (url: string) => `La dirección de Binder «${url}» no es una URL http(s).`,
  binderUrlHint: 'Asigne a binder-url un BinderHub como https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `«${repo}» no es un repositorio de GitHub: escríbalo como owner/name.`,
  binderNotGitHubHint: 'Por ejemplo, repo="binder-examples/requirements"; para otro servidor git, use provider="git" con la URL de clonación.',
  binderNotGitLab: (repo: string) => `«${repo}» no es un proyecto de GitLab: escríbalo como group/project.`,
  binderNotGitLabHint: 'Por ejemplo, repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `«${repo}» no es una URL de clonación de git.`,
  binderNotGitUrlHint: 'Con provider="git", repo es la URL que usaría para clonar (https://…, git://…, ssh://… o git@host:path).',
  binderNotGist: (repo: string) => `«${repo}» no es un gist: escríbalo como user/gist-id.`,
  binderNotGistHint: 'Por ejemplo, repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `«${repo}» no es un DOI.`,
  binderNotDoiHint: 'Escriba el DOI del registro, por ejemplo, repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `«${repo}» no es un recurso de HydroShare.`,
  binderNotHydroShareHint: 'Escriba el identificador de 32 caracteres del recurso o su URL.',
  binderNotCkan: (repo: string) => `«${repo}» no es la URL de un conjunto de datos de CKAN.`,
  binderNotCkanHint: 'Escriba la URL del conjunto de datos, que contiene /dataset/.',

  binderUnreachable: (host: string) => `No se pudo conectar con el BinderHub de ${host}.`,
  binderUnreachableHint: 'Compruebe su conexión de red y el atributo binder-url de la celda, y pulse «Reintentar».',
  binderLostConnecting: (host: string, label: string) => esLost(host, esDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => esLost(host, esDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => esLost(host, esDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => esLost(host, esDuring.building(label)),
  binderLostPushing: (host: string, label: string) => esLost(host, esDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => esLost(host, esDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => esLost(host, esDuring.starting(label)),
  binderLostHint: 'Compruebe su red y pulse «Reintentar»: BinderHub continúa donde lo dejó (una imagen ya terminada se encuentra al instante).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => esSilent(host, seconds, esDuring.starting(label)),
  binderSilentHint:
    'Probablemente la conexión se cortó por el camino. Pulse «Reintentar» para volver a pedirlo (una imagen ya terminada se encuentra al instante).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `El BinderHub de ${host} respondió HTTP ${status}${statusText ? ` ${statusText}` : ''} en lugar de iniciar la construcción.`,
  binderHttpStatusHint: 'Puede que esté caído o sobrecargado: pulse «Reintentar» dentro de un minuto o inténtelo más tarde.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `${url} no respondió como un BinderHub (${contentType ? `envió ${contentType} en lugar de un flujo de eventos` : 'no envió un flujo de eventos'}).`,
  binderNotBinderHubHint: 'Revise el atributo binder-url de la celda (por ejemplo, https://mybinder.org/) o el data-binder-url de la página.',

  binderRateLimited: (host: string, detail: string) =>
    `${host} no iniciará más servidores para su dirección de red por ahora: limita cuántos inicia por hora (${detail}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `Vuelva a intentarlo después de ${clock('es', n)} (${inMinutes('es', minutes)}); esta página no volverá a pedírselo antes. Los servidores iniciados antes siguen funcionando.`,

  binderProviderUnknown: (host: string, provider: string) => `El BinderHub de ${host} no conoce el proveedor «${provider}».`,
  binderRefNotFound: (label: string, detail: string) => `Binder no encontró ${label}: ${detail}`,
  binderRefNotFoundHint:
    'Revise los atributos repo y ref de la celda: el repositorio debe ser público, y ref, una rama, etiqueta o commit que exista.',
  binderRepoUnreadable: (host: string, label: string, detail: string) => `El BinderHub de ${host} no puede leer el repositorio «${label}»: ${detail}`,
  binderRepoUnreadableHint: 'Revise los atributos repo, ref y provider de la celda.',
  binderNotAllowed: (host: string, label: string, detail: string) => `${host} no permite iniciar ${label}: ${detail}`,
  binderAskAdminsHint: 'Consulte a sus administradores o use otro BinderHub (binder-url).',
  binderFull: (host: string, detail: string) => `El BinderHub de ${host} está lleno por ahora: ${detail}`,
  binderFullHint: 'Pulse «Reintentar» dentro de unos minutos.',
  binderForbidden: (host: string, label: string, detail: string) => `El BinderHub de ${host} se negó a iniciar ${label}: ${detail}`,
  binderRejected: (host: string, label: string, detail: string) => `El BinderHub de ${host} rechazó la solicitud de ${label}: ${detail}`,
  binderRejectedHint: 'Revise el atributo binder-url de la celda: este BinderHub no acepta solicitudes de la forma habitual.',
  binderLaunchFailed: (host: string, label: string, detail: string) => `El BinderHub de ${host} no pudo iniciar un servidor para ${label}: ${detail}`,
  binderLaunchFailedHint: 'Puede que esté ocupado: pulse «Reintentar» dentro de unos minutos.',
  binderBuildFailedWaiting: (label: string, reason: string) => esBuildFailed(label, 'la espera', reason),
  binderBuildFailedFetching: (label: string, reason: string) => esBuildFailed(label, 'la obtención', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => esBuildFailed(label, 'la construcción de la imagen', reason),
  binderBuildFailedPushing: (label: string, reason: string) => esBuildFailed(label, 'el guardado de la imagen', reason),
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `El registro de construcción termina con: ${quoted(tail, '«', '»')}. ` : ''}` +
    'El entorno del repositorio (requirements.txt, environment.yml…) debe corregirlo su autor; el registro completo está en «Registro».',
  binderFailed: (host: string, label: string, detail: string) => `El BinderHub de ${host} no pudo iniciar ${label}: ${detail || 'no dio ningún motivo'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `El BinderHub de ${host} no pudo iniciar ${label}: informó de que la imagen estaba lista, pero no inició ningún servidor (su evento ready no tiene url ni token).`,
  binderFailedHint: 'Pulse «Reintentar»; si sigue fallando, inténtelo más tarde.',

  binderServerStopped: (label: string) =>
    `El servidor de Binder para ${label} se ha detenido (Binder detiene los servidores inactivos): sus variables se han perdido. El código de todas las celdas se conserva.`,
  binderServerStoppedHint: 'Ejecute una celda para iniciar un servidor nuevo.',
  binderKernelStopped: (label: string) =>
    `El kernel del servidor de Binder para ${label} se detuvo (Binder detiene los kernels inactivos): sus variables se han perdido. El código de todas las celdas se conserva.`,
  binderKernelStoppedHint: 'Ejecute una celda para iniciar un kernel nuevo.',
  binderRelaunching: (label: string) =>
    `El servidor de Binder para ${label} se eliminó: se está iniciando uno nuevo. Las variables anteriores se han perdido.`,
  binderRestartingKernel: (label: string) => `El kernel de ${label} se detuvo: se está iniciando uno nuevo. Las variables anteriores se han perdido.`,
  binderRelaunched: (label: string) =>
    `El servidor de Binder para ${label} se eliminó y se inició uno nuevo: las variables anteriores se han perdido y no se ha vuelto a ejecutar nada.`,
  binderKernelRestarted: (label: string) =>
    `El kernel de ${label} se detuvo y se inició uno nuevo: las variables anteriores se han perdido y no se ha vuelto a ejecutar nada.`,
  binderRunAgainHint: 'Vuelva a ejecutar las celdas de las que depende esta.',
  binderServerLostDuringRun: (label: string) =>
    `El servidor de Binder para ${label} se detuvo mientras se ejecutaba esta celda: sus variables se han perdido.`,
  binderKernelLostDuringRun: (label: string) => `El kernel de ${label} se detuvo mientras se ejecutaba esta celda: sus variables se han perdido.`,
  binderServerLostDuringRunHint: 'Pulse «Reintentar» para ejecutar esta celda en un servidor nuevo (su código se conserva).',
  binderKernelLostDuringRunHint: 'Pulse «Reintentar» para ejecutar esta celda en un kernel nuevo (su código se conserva).',
};
