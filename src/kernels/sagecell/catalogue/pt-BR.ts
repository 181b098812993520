// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

export const ptBR: typeof en = {
  sagecellNoServer: 'Esta célula não tem um servidor SageCell onde ser executada.',
  sagecellNoServerHint: 'Adicione à célula um atributo server="https://…" ou à página um data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `O SageCell não pode executar a linguagem “${language}”.`,
  sagecellUnknownLanguageHint: (languages: string) => `Use uma destas linguagens: ${languages} (o atributo language).`,

  sagecellWaitingForSlot: (n: number, root: string) =>
    `Aguardando um kernel livre: uma página pode usar ${plural('pt-BR', n, {
      one: '# kernel do SageCell',
      other: '# kernels do SageCell',
    })} ao mesmo tempo em ${root}.`,
  sagecellPhaseStarting: 'Iniciando o kernel',
  sagecellStarting: (root: string) => `Iniciando um kernel do Sage em ${root}`,
  sagecellServerBusy: (seconds: number) => `O servidor está ocupado: ainda aguardando um kernel (${number('pt-BR', seconds)}\u00a0s)…`,
  sagecellWaitingForRelease: 'O servidor ainda conta kernels que esta página tinha; aguardando que ele os libere…',
  sagecellTooManyKernels: (root: string, message: string) =>
    `O servidor SageCell em ${root} se recusa a iniciar outro kernel para esta página: “${message}”`,
  sagecellTooManyKernelsHint: 'Aguarde até que outras células desta página terminem e execute esta célula novamente (ou recarregue a página).',
  sagecellUnreachable: (root: string) => `Não foi possível acessar o servidor SageCell em ${root}.`,
  sagecellUnreachableHint: 'Verifique sua conexão e o endereço do servidor; se a página for sua, verifique se o servidor está em execução.',
  sagecellStartRefused: (root: string) => `O servidor SageCell em ${root} responde, mas se recusou a iniciar um kernel para esta página.`,
  sagecellStartRefusedHint: 'Talvez ele não aceite solicitações deste site. Tente novamente mais tarde ou fale com o autor da página.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `O servidor SageCell em ${root} não conseguiu iniciar um kernel (${status} ${statusText || 'erro'}).`,
  sagecellStartFailedHint: 'Tente novamente em um minuto; se continuar falhando, talvez o servidor esteja fora do ar.',
  sagecellNotSageCell: (root: string) => `O servidor em ${root} não respondeu como um servidor SageCell.`,
  sagecellNotSageCellHint: 'Verifique o endereço: ele deve ser a raiz de um servidor SageCell, como https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `O servidor SageCell em ${root} está cheio: ficou sem nenhum kernel livre por ${plural('pt-BR', seconds, { one: '# segundo', other: '# segundos' })}.`,
  sagecellServerFullHint: 'Talvez muitas pessoas estejam usando o servidor agora. Execute a célula novamente em um minuto.',

  sagecellTerms: (root: string, terms: string) =>
    `O servidor SageCell em ${root} pede que você aceite os termos de uso dele antes de executar código: “${terms}”`,
  sagecellTermsHint: '“Aceitar” executa o código (e fica salvo para este servidor neste navegador); “Recusar” não o envia.',
  sagecellAccept: 'Aceitar',
  sagecellDecline: 'Recusar',
  sagecellDeclined: (root: string) =>
    `Não executado: o servidor SageCell em ${root} só executa código para leitores que aceitam os termos de uso dele.`,
  sagecellDeclinedHint: 'Execute a célula novamente para ler os termos e aceitá-los.',

  sagecellConnectFailed: (root: string, detail: string) => `Não foi possível abrir uma conexão com o servidor SageCell em ${root} (${detail}).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `Não foi possível abrir uma conexão com o servidor SageCell em ${root} (sem resposta em ${number('pt-BR', seconds)}\u00a0s).`,
  sagecellConnectClosed: (root: string, code: string) =>
    `Não foi possível abrir uma conexão com o servidor SageCell em ${root} (a conexão foi fechada, código ${code}).`,
  sagecellConnectClosedOpening: (root: string) =>
    `Não foi possível abrir uma conexão com o servidor SageCell em ${root} (a conexão foi fechada enquanto era aberta).`,
  sagecellConnectFailedHint: 'Verifique sua conexão; uma rede que bloqueia WebSockets também bloqueia o SageCell.',

  sagecellShutDown: 'Este kernel do SageCell foi desligado.',
  sagecellRunAgain: 'Execute a célula novamente.',
  sagecellControlsEnded: 'Estes controles não funcionam mais: o kernel que os criou foi encerrado.',
  sagecellControlsEndedHint: 'Execute a célula novamente para obter controles que funcionem.',
  sagecellInterrupted:
    'Interrompido. O SageCell não consegue interromper código em execução, então o kernel foi encerrado: as variáveis dele foram perdidas.',
  sagecellInterruptedHint: 'A próxima execução iniciará um novo kernel.',
  sagecellConnectionLost: (root: string) =>
    `A conexão com o servidor SageCell em ${root} foi perdida. O servidor encerra um kernel cuja conexão cai, então as variáveis deste kernel foram perdidas.`,
  sagecellConnectionLostHint: 'Verifique sua conexão e execute a célula novamente: um novo kernel será iniciado.',
  sagecellKernelDied:
    'O servidor SageCell encerrou o kernel enquanto este código era executado, então as variáveis dele foram perdidas. Um kernel do SageCell pode processar por cerca de 30 segundos no total e dura no máximo 30 minutos.',
  sagecellKernelDiedHint: 'Deixe o código mais rápido ou divida-o em etapas menores e execute-o novamente: um novo kernel será iniciado.',
  sagecellKernelEnded: 'O kernel foi encerrado antes que esta solicitação terminasse.',
  sagecellFreshKernelDied:
    'Um novo kernel foi iniciado: o servidor SageCell encerrou o kernel anterior (os kernels são encerrados após 15 minutos ociosos, 30 minutos no total ou cerca de 30 segundos de processamento), então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelLost:
    'Um novo kernel foi iniciado: a conexão com o servidor SageCell caiu, o que encerrou o kernel anterior, então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelInterrupted:
    'Um novo kernel foi iniciado: o kernel anterior foi encerrado para parar o código dele, então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelRestarted: 'Um novo kernel foi iniciado: o kernel foi reiniciado, então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelClosed: 'Um novo kernel foi iniciado: o kernel anterior foi desligado, então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelEvicted:
    'Um novo kernel foi iniciado: o kernel anterior foi encerrado para dar lugar ao kernel de outra célula (uma página pode manter apenas alguns kernels do SageCell ao mesmo tempo), então as variáveis de execuções anteriores foram perdidas.',
  sagecellFreshKernelHint: 'Execute novamente as células de que esta precisa.',
  sagecellEndedDied:
    'O servidor SageCell encerrou este kernel (os kernels são encerrados após 15 minutos ociosos, 30 minutos no total ou cerca de 30 segundos de processamento). As variáveis dele foram perdidas.',
  sagecellEndedLost: (root: string) => `A conexão com o servidor SageCell em ${root} caiu, o que encerrou este kernel. As variáveis dele foram perdidas.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `Este kernel foi encerrado para dar lugar ao de outra célula: esta página pode manter ${plural('pt-BR', n, {
      one: '# kernel do SageCell',
      other: '# kernels do SageCell',
    })} ao mesmo tempo em ${root}. As variáveis dele foram perdidas.`,
  sagecellEndedHint: 'Executar uma célula inicia um novo kernel: execute novamente as células de que ela precisa.',
  sagecellControlsStoppedDied: 'Estes controles pararam de funcionar: o servidor SageCell encerrou o kernel deles. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedLost: 'Estes controles pararam de funcionar: a conexão com o servidor SageCell caiu. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedInterrupted:
    'Estes controles pararam de funcionar: o kernel deles foi encerrado para parar o código em execução. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedRestarted: 'Estes controles pararam de funcionar: o kernel deles foi reiniciado. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedClosed: 'Estes controles pararam de funcionar: o kernel deles foi desligado. Execute a célula novamente para usá-los.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `Estes controles pararam de funcionar: o kernel deles foi encerrado para dar lugar ao de outra célula (esta página pode manter ${plural('pt-BR', n, {
      one: '# kernel do SageCell',
      other: '# kernels do SageCell',
    })} ao mesmo tempo). Execute a célula novamente para usá-los.`,

  sagecellJmolPreview: 'Gráfico 3D (uma prévia estática: o visualizador Jmol não funciona aqui)',
  sagecellJavaScriptNotRun: '[a saída JavaScript do servidor não é executada aqui]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">Abrir o gráfico 3D</a> (ele abre em uma nova aba).`,
  sagecellNoInput:
    'input() não funciona aqui: um servidor SageCell não repassa o que você digita ao código em execução. Coloque o valor no próprio código (por exemplo, n = 5) ou use @interact com um input_box.',
  sagecellFilesWritten: (files: string) => `Arquivos gravados: ${files}`,
  sagecellOutputNotShown: (detail: string) => `[não foi possível mostrar esta saída: ${detail}]`,
  sagecellInteractControls: (names: string) => `Controles interativos: ${names}`,

  sagecellEvaluate: 'Avaliar',
};
