// SPDX-License-Identifier: BSD-3-Clause
import { number } from '../../i18n/plural.js';
import { megabytes } from './shared.js';
import type { en } from './en.js';

export const ptBR: typeof en = {

  jupyterSocketNotOpen: (server: string) => `O kernel foi iniciado, mas a conexão dele com ${server} não abre.`,
  jupyterSocketNotOpenHint:
    'Verifique se os websockets chegam ao servidor (um proxy na frente dele precisa deixá-los passar) e clique em “Reiniciar”.',
  jupyterNotRunning: 'O kernel não está em execução.',
  jupyterConnectionDown: 'A conexão com o kernel caiu.',
  jupyterFreshKernelInstead: 'Em vez disso, um novo kernel é iniciado.',
  jupyterRestartNoAnswer: 'O kernel reiniciado não responde.',
  jupyterRestartFailed: (detail: string) => `Não foi possível reiniciar o kernel: ${detail}`,
  jupyterReloadToStartOver: 'Recarregue a página para começar de novo.',
  jupyterCodeNotSent: 'O código não chegou ao kernel: a conexão caiu enquanto ele era enviado.',
  jupyterRunCellAgain: 'Execute a célula novamente.',
  jupyterReconnected: 'Reconectado ao servidor Jupyter: o kernel manteve as variáveis dele.',
  jupyterKernelGone: (server: string) =>
    `O servidor Jupyter ${server} não tem mais este kernel (o servidor foi reiniciado ou encerrou o kernel): as variáveis do kernel foram perdidas.`,
  jupyterRestartThenRunCells: 'Clique em “Reiniciar” para iniciar um novo kernel e execute novamente as células de que você precisa.',
  jupyterKernelDied:
    'O kernel parou enquanto executava este código (talvez tenha travado ou ficado sem memória). As variáveis dele foram perdidas.',
  jupyterConnectionLost: (server: string) => `A conexão com o servidor Jupyter ${server} foi perdida.`,
  jupyterConnectionLostHint:
    'A célula se reconecta sozinha assim que o servidor puder ser acessado de novo; se isso não acontecer, verifique se o servidor ainda está em execução e clique em “Reiniciar”.',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `Este código é grande demais para ser enviado a um servidor Jupyter (${megabytes('pt-BR', mb)}\u00a0MB; um servidor aceita no máximo ${megabytes('pt-BR', maxMb)}\u00a0MB).`,
  jupyterCodeTooLargeHint: 'Encurte a célula: carregue dados grandes de um arquivo ou de uma URL em vez de colá-los no código.',

  jupyterWidgetsRestarted: 'O kernel foi reiniciado: estes widgets não funcionam mais. Execute a célula novamente para obter widgets ativos.',
  jupyterWidgetsShutDown: 'O kernel foi encerrado: estes widgets não funcionam mais. Execute a célula novamente para obter widgets ativos.',
  jupyterWidgetsKernelStopped: 'O kernel parou: estes widgets não funcionam mais. Clique em “Reiniciar” e execute a célula novamente.',
  jupyterWidgetsKernelGone: 'O kernel não existe mais: estes widgets não funcionam mais. Clique em “Reiniciar” e execute a célula novamente.',

  hubPhaseSigningIn: 'Entrando',
  hubAskingForServer: 'Pedindo a este site o seu servidor Jupyter…',
  hubPhaseStartingServer: 'Iniciando seu servidor',
  hubStartingServer: 'Iniciando seu servidor Jupyter…',
  hubSignInUnreachable: (url: string) => `Não foi possível acessar o login do Jupyter deste site em ${url}.`,
  hubSignInUnreachableHint: 'Verifique sua conexão de rede e execute a célula novamente.',
  hubNoCapability: 'Você não tem permissão para executar código aqui no JupyterHub deste site.',
  hubNoCapabilityHint: 'Peça acesso ao seu professor ou ao administrador do site (a permissão filter/execcell:runjupyter).',
  hubNotRecognised: 'Entre novamente: este site não reconheceu você para executar código no seu servidor Jupyter.',
  hubNotRecognisedHint:
    'Sua sessão pode ter expirado. Entre no site de novo (ou peça acesso ao administrador dele) e execute a célula novamente.',
  hubAnswerCutOff: 'Não foi possível acessar o JupyterHub: a resposta sobre seu servidor Jupyter foi interrompida.',
  hubAnswerCutOffHint: 'Execute a célula novamente daqui a pouco; se continuar acontecendo, avise o administrador do site.',
  hubBadAnswer: 'O login do Jupyter deste site respondeu sem servidor nem token.',
  hubBadAnswerHint: 'Avise o administrador do site: o endpoint de tokens precisa responder {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `Não foi possível iniciar seu servidor: ${detail}`,
  hubSpawnFailedNoReason: 'Não foi possível iniciar seu servidor: o JupyterHub não informou o motivo.',
  hubSpawnFailedHint: 'Execute a célula novamente daqui a pouco; se falhar de novo, avise o administrador do site.',
  hubRateLimited: (detail: string) => `Muitas solicitações de token do Jupyter: ${detail}`,
  hubRateLimitedNoDetail: 'Muitas solicitações de token do Jupyter.',
  hubRateLimitedHint: 'Aguarde um minuto e execute a célula novamente.',
  hubSignInAgain: 'Entre novamente: este site não reconheceu você.',
  hubSignInAgainHint: 'Entre no site de novo e execute a célula novamente.',
  hubUnreachable: (detail: string) => `Não foi possível acessar o JupyterHub: ${detail}`,
  hubUnreachableStatus: (status: number) => `Não foi possível acessar o JupyterHub (o site respondeu ${number('pt-BR', status)}).`,
  hubUnreachableHint: 'Execute a célula novamente em alguns minutos; se continuar falhando, avise o administrador do site.',
  hubTokenRefused: (server: string) => `Seu servidor Jupyter ${server} recusou o token que este site forneceu para ele.`,
  hubTokenRefusedHint:
    'Recarregue a página; se acontecer de novo, avise o administrador do site (o endpoint de tokens pode estar emitindo tokens para outro usuário).',
};
