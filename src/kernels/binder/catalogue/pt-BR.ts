// SPDX-License-Identifier: BSD-3-Clause
import { plural } from '../../../i18n/plural.js';
import { quoted, clock, inMinutes } from './shared.js';
import type { en } from './en.js';

// Brazilian Portuguese: the reader is "você", as in pt-BR.ts ("Clique em…").
const ptDuring = {
  connecting: (label: string) => `durante o pedido para iniciar ${label}`,
  waiting: (label: string) => `durante a espera pela construção de ${label}`,
  fetching: (label: string) => `durante a obtenção de ${label}`,
  building: (label: string) => `durante a construção de ${label}`,
  pushing: (label: string) => `durante o salvamento da imagem de ${label}`,
  launching: (label: string) => `durante a inicialização de um servidor para ${label}`,
  starting: (label: string) => `durante a inicialização de ${label}`,
};
const ptLost = (host: string, during: string) => `A conexão com o BinderHub em ${host} caiu ${during}.`;
const ptSilent = (host: string, seconds: number, during: string) =>
  `O BinderHub em ${host} não enviou nada por ${plural('pt-BR', seconds, { one: '# segundo', other: '# segundos' })} ${during}, então a conexão foi abandonada.`;
const ptBuildFailed = (label: string, phase: string, reason: string) =>
  `A construção do Binder de ${label} falhou durante ${phase}: ${reason || 'o registro da construção mostra o motivo'}`;

export const ptBR: typeof en = {
  binderPhaseConnecting: 'Conectando',
  binderPhaseWaiting: 'Aguardando',
  binderPhaseFetching: 'Obtendo',
  binderPhaseBuilding: 'Construindo',
  binderPhasePushing: 'Salvando',
  binderPhaseBuilt: 'Imagem construída',
  binderPhaseLaunching: 'Iniciando servidor',
  binderPhaseReady: 'Pronto',
  binderAsking: (host: string, label: string) => `Solicitando a ${host} um servidor para ${label}`,
  binderCheckingSaved: (label: string) => `Verificando o servidor Binder iniciado antes para ${label}`,
  binderOtherTab: (label: string) => `Outra aba está iniciando o servidor Binder para ${label}; esta célula também vai usá-lo`,
  binderServerRunning: 'O servidor está em execução',
  binderRetry: 'Tentar novamente',

  binderNoRepo: 'Esta célula Binder não indica nenhum repositório.',
  binderNoRepoHint: 'Adicione a ela um atributo repo="owner/name" (por exemplo, repo="binder-examples/requirements").',
  binderNotProvider: (provider: string) => `“${provider}” não é um provedor do Binder.`,
  binderProviderHint: (providers: string) => `Use um destes valores no atributo provider: ${providers} (o padrão é gh, GitHub).`,
  binderUrlNotUrl: (url: string) => `O endereço do Binder “${url}” não é uma URL.`,
  binderUrlNotHttp: (url: string) => `O endereço do Binder “${url}” não é uma URL http(s).`,
  binderUrlHint: 'Defina binder-url como um BinderHub, por exemplo https://mybinder.org/.',
  binderNotGitHub: (repo: string) => `“${repo}” não é um repositório do GitHub: escreva-o como owner/name.`,
  binderNotGitHubHint: 'Por exemplo, repo="binder-examples/requirements"; para outro host git, use provider="git" com a URL de clonagem.',
  binderNotGitLab: (repo: string) => `“${repo}” não é um projeto do GitLab: escreva-o como group/project.`,
  binderNotGitLabHint: 'Por exemplo, repo="gitlab-org/gitlab-foss".',
  binderNotGitUrl: (repo: string) => `“${repo}” não é uma URL de clonagem do git.`,
  binderNotGitUrlHint: 'Com provider="git", repo é a URL que você usaria para clonar (https://…, git://…, ssh://… ou git@host:path).',
  binderNotGist: (repo: string) => `“${repo}” não é um gist: escreva-o como user/gist-id.`,
  binderNotGistHint: 'Por exemplo, repo="jakevdp/1234567890abcdef".',
  binderNotDoi: (repo: string) => `“${repo}” não é um DOI.`,
  binderNotDoiHint: 'Informe o DOI do registro, por exemplo, repo="10.5281/zenodo.3242074".',
  binderNotHydroShare: (repo: string) => `“${repo}” não é um recurso do HydroShare.`,
  binderNotHydroShareHint: 'Informe o identificador de 32 caracteres do recurso ou a URL dele.',
  binderNotCkan: (repo: string) => `“${repo}” não é a URL de um conjunto de dados do CKAN.`,
  binderNotCkanHint: 'Informe a URL do conjunto de dados, que contém /dataset/.',

  binderUnreachable: (host: string) => `Não foi possível acessar o BinderHub em ${host}.`,
  binderUnreachableHint: 'Verifique sua conexão de rede e o atributo binder-url da célula e clique em “Tentar novamente”.',
  binderLostConnecting: (host: string, label: string) => ptLost(host, ptDuring.connecting(label)),
  binderLostWaiting: (host: string, label: string) => ptLost(host, ptDuring.waiting(label)),
  binderLostFetching: (host: string, label: string) => ptLost(host, ptDuring.fetching(label)),
  binderLostBuilding: (host: string, label: string) => ptLost(host, ptDuring.building(label)),
  binderLostPushing: (host: string, label: string) => ptLost(host, ptDuring.pushing(label)),
  binderLostLaunching: (host: string, label: string) => ptLost(host, ptDuring.launching(label)),
  binderLostStarting: (host: string, label: string) => ptLost(host, ptDuring.starting(label)),
  binderLostHint:
    'Verifique sua rede e clique em “Tentar novamente”: o BinderHub continua de onde parou (uma imagem já concluída é encontrada na hora).',
  binderSilentConnecting: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.connecting(label)),
  binderSilentWaiting: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.waiting(label)),
  binderSilentFetching: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.fetching(label)),
  binderSilentBuilding: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.building(label)),
  binderSilentPushing: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.pushing(label)),
  binderSilentLaunching: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.launching(label)),
  binderSilentStarting: (host: string, label: string, seconds: number) => ptSilent(host, seconds, ptDuring.starting(label)),
  binderSilentHint:
    'A conexão provavelmente caiu no caminho. Clique em “Tentar novamente” para pedir de novo (uma imagem já concluída é encontrada na hora).',
  binderHttpStatus: (host: string, status: number, statusText: string) =>
    `O BinderHub em ${host} respondeu HTTP ${status}${statusText ? ` ${statusText}` : ''} em vez de iniciar a construção.`,
  binderHttpStatusHint: 'Ele pode estar fora do ar ou sobrecarregado: clique em “Tentar novamente” daqui a um minuto ou tente mais tarde.',
  binderNotBinderHub: (url: string, contentType: string) =>
    `${url} não respondeu como um BinderHub (${contentType ? `enviou ${contentType} em vez de um fluxo de eventos` : 'não enviou um fluxo de eventos'}).`,
  binderNotBinderHubHint: 'Verifique o atributo binder-url da célula (por exemplo, https://mybinder.org/) ou o data-binder-url da página.',

  binderRateLimited: (host: string, detail: string) =>
    `${host} não vai iniciar mais servidores para o seu endereço de rede por enquanto: há um limite de servidores iniciados por hora (${detail}).`,
  binderRateLimitedHint: (n: number, minutes: number) =>
    `Tente novamente depois de ${clock('pt-BR', n)} (${inMinutes('pt-BR', minutes)}); esta página não vai pedir de novo antes disso. Os servidores iniciados antes continuam funcionando.`,

  binderProviderUnknown: (host: string, provider: string) => `O BinderHub em ${host} não conhece o provedor “${provider}”.`,
  binderRefNotFound: (label: string, detail: string) => `O Binder não encontrou ${label}: ${detail}`,
  binderRefNotFoundHint:
    'Verifique os atributos repo e ref da célula: o repositório precisa ser público, e ref, um branch, tag ou commit que exista.',
  binderRepoUnreadable: (host: string, label: string, detail: string) => `O BinderHub em ${host} não consegue ler o repositório “${label}”: ${detail}`,
  binderRepoUnreadableHint: 'Verifique os atributos repo, ref e provider da célula.',
  binderNotAllowed: (host: string, label: string, detail: string) => `${host} não permite iniciar ${label}: ${detail}`,
  binderAskAdminsHint: 'Fale com os administradores dele ou use outro BinderHub (binder-url).',
  binderFull: (host: string, detail: string) => `O BinderHub em ${host} está lotado no momento: ${detail}`,
  binderFullHint: 'Clique em “Tentar novamente” daqui a alguns minutos.',
  binderForbidden: (host: string, label: string, detail: string) => `O BinderHub em ${host} se recusou a iniciar ${label}: ${detail}`,
  binderRejected: (host: string, label: string, detail: string) => `O BinderHub em ${host} rejeitou a solicitação para ${label}: ${detail}`,
  binderRejectedHint: 'Verifique o atributo binder-url da célula: este BinderHub não aceita solicitações da forma habitual.',
  binderLaunchFailed: (host: string, label: string, detail: string) => `O BinderHub em ${host} não conseguiu iniciar um servidor para ${label}: ${detail}`,
  binderLaunchFailedHint: 'Ele pode estar ocupado: clique em “Tentar novamente” daqui a alguns minutos.',
  binderBuildFailedWaiting: (label: string, reason: string) => ptBuildFailed(label, 'a espera', reason),
  binderBuildFailedFetching: (label: string, reason: string) => ptBuildFailed(label, 'a obtenção', reason),
  binderBuildFailedBuilding: (label: string, reason: string) => ptBuildFailed(label, 'a construção da imagem', reason),
  binderBuildFailedPushing: (label: string, reason: string) => ptBuildFailed(label, 'o salvamento da imagem', reason),
  binderBuildFailedHint: (tail: string) =>
    `${tail ? `O registro da construção termina com: ${quoted(tail, '“', '”')}. ` : ''}` +
    'O ambiente do repositório (requirements.txt, environment.yml…) precisa ser corrigido pelo autor dele; o registro completo está em “Registro”.',
  binderFailed: (host: string, label: string, detail: string) =>
    `O BinderHub em ${host} não conseguiu iniciar ${label}: ${detail || 'ele não informou o motivo'}`,
  binderReadyNoServer: (host: string, label: string) =>
    `O BinderHub em ${host} não conseguiu iniciar ${label}: informou que a imagem estava pronta, mas não iniciou nenhum servidor (o evento ready dele não tem url nem token).`,
  binderFailedHint: 'Clique em “Tentar novamente”; se continuar falhando, tente mais tarde.',

  binderServerStopped: (label: string) =>
    `O servidor Binder de ${label} parou (o Binder para servidores ociosos): as variáveis dele foram perdidas. O código de todas as células foi mantido.`,
  binderServerStoppedHint: 'Execute uma célula para iniciar um novo servidor.',
  binderKernelStopped: (label: string) =>
    `O kernel no servidor Binder de ${label} foi parado (o Binder para kernels ociosos): as variáveis dele foram perdidas. O código de todas as células foi mantido.`,
  binderKernelStoppedHint: 'Execute uma célula para iniciar um novo kernel.',
  binderRelaunching: (label: string) =>
    `O servidor Binder de ${label} foi encerrado: iniciando um novo. As variáveis anteriores foram perdidas.`,
  binderRestartingKernel: (label: string) => `O kernel de ${label} foi parado: iniciando um novo. As variáveis anteriores foram perdidas.`,
  binderRelaunched: (label: string) =>
    `O servidor Binder de ${label} foi encerrado e um novo foi iniciado: as variáveis anteriores foram perdidas, e nada foi executado novamente.`,
  binderKernelRestarted: (label: string) =>
    `O kernel de ${label} foi parado e um novo foi iniciado: as variáveis anteriores foram perdidas, e nada foi executado novamente.`,
  binderRunAgainHint: 'Execute novamente as células das quais esta depende.',
  binderServerLostDuringRun: (label: string) =>
    `O servidor Binder de ${label} parou enquanto esta célula era executada: as variáveis dele foram perdidas.`,
  binderKernelLostDuringRun: (label: string) => `O kernel de ${label} parou enquanto esta célula era executada: as variáveis dele foram perdidas.`,
  binderServerLostDuringRunHint: 'Clique em “Tentar novamente” para executar esta célula em um novo servidor (o código dela é mantido).',
  binderKernelLostDuringRunHint: 'Clique em “Tentar novamente” para executar esta célula em um novo kernel (o código dela é mantido).',
};
