// SPDX-License-Identifier: BSD-3-Clause
// Brazilian Portuguese (português do Brasil).
import type { Messages } from './en.js';
import { number, percent, plural } from '../plural.js';

const L = 'pt-BR';

export const ptBR: Messages = {
  // The cell's controls.
  codeLabel: 'Código',
  toolbarLabel: 'Célula de código',
  run: 'Executar',
  runTitle: 'Executar (Shift+Enter)',
  stop: 'Parar',
  stopTitle: 'Parar o código em execução',
  restart: 'Reiniciar',
  restartTitle: 'Reiniciar o kernel: apaga suas variáveis',
  reset: 'Redefinir',
  resetTitle: 'Restaurar o código original',
  showCode: 'Mostrar código',
  hideCode: 'Ocultar código',
  executionCount: 'Número de execução',
  statusIdle: 'Pronto',
  statusConnecting: 'Iniciando…',
  statusBusy: 'Executando…',
  statusError: 'Erro',
  stdinLabel: 'Entrada (stdin)',
  outputLabel: 'Saída',
  logSummary: (lines: number) => plural(L, lines, { one: 'Registro (# linha)', other: 'Registro (# linhas)' }),
  progressLabel: (phase: string, fraction: number) => `${phase}: ${percent(L, fraction)}`,
  codeLine: (line: number, message: string) => `Linha ${number(L, line)}: ${message}`,

  // What a run is waiting for.
  phaseWaiting: 'Aguardando',
  waitingForOtherCell: 'Aguardando o término de outra célula que usa este kernel…',
  phaseStartingPython: 'Iniciando Python',
  loadingPython: 'Carregando o Python nesta página (cerca de 6\u00a0MB na primeira vez)…',

  // The cell's settings.
  pageSettingsInvalid: (problems: string) => `As configurações do exec-cell desta página não são válidas: ${problems}.`,
  pageSettingsHint: 'O autor da página pode corrigi-las na tag script do exec-cell (atributos data-*) ou no bloco data-exec-cell-config da página.',
  timeoutNotNumber: (value: string) => `timeout="${value}" não é um número de segundos.`,
  timeoutHint: 'Informe um número de segundos para a célula, como timeout="30" (0 para sem limite), ou remova o atributo.',
  backendUnknown: (name: string) => `Backend desconhecido: “${name}”.`,
  backendUnknownHint: 'Use backend="pyodide", "jupyter", "binder", "sagecell" ou "jobe".',
  cellSettingsInvalid: (detail: string) => `As configurações desta célula não são válidas: ${detail}.`,
  cellSettingsHint: 'Verifique os atributos server, binder-url e repo da célula.',

  // How a run ended, when it did not end well.
  timedOut: (seconds: number) =>
    plural(L, seconds, {
      one: 'Execução interrompida após #\u00a0s: esta célula pode ser executada por no máximo # segundo.',
      other: 'Execução interrompida após #\u00a0s: esta célula pode ser executada por no máximo # segundos.',
    }),
  timedOutHint: 'Deixe o código mais rápido ou peça ao autor da página um limite de tempo maior.',
  restarted: 'Reiniciado: o kernel recomeçou do zero e suas variáveis foram apagadas.',
  interruptRestartedKernel: 'O código não parou ao ser interrompido, então o kernel dele foi reiniciado. As variáveis do kernel foram perdidas.',
  runCellsAgain: 'Execute novamente as células de que você precisa.',
  somethingWentWrong: (detail: string) => `Algo deu errado: ${detail}`,
  pressRestartAndRetry: 'Clique em “Reiniciar” e tente novamente.',
  kernelStopped: 'O kernel desta célula parou. As variáveis dele foram perdidas.',
  pressRestartForFreshKernel: 'Clique em “Reiniciar” para iniciar um novo kernel.',

  // Python in the browser.
  pythonNotRunning: 'O Python não está em execução.',
  pressRestartForFreshPython: 'Clique em “Reiniciar” para iniciar o Python de novo.',
  pythonCrashed: 'O Python parou inesperadamente (talvez o navegador tenha ficado sem memória): as variáveis de execuções anteriores foram perdidas.',
  pythonCrashedHint: 'Execute novamente as células de que você precisa; o Python será iniciado de novo na próxima execução.',
  stoppedWhilePackagesLoaded: 'Execução interrompida durante o carregamento de pacotes, reiniciando o Python: as variáveis de execuções anteriores foram perdidas.',
  interruptRestartedPython: 'O código não parou ao ser interrompido, então o Python foi reiniciado: as variáveis de execuções anteriores foram perdidas.',
  stoppedByRestartingPython: 'Execução interrompida reiniciando o Python (esta página não consegue interrompê-lo de outra forma): as variáveis de execuções anteriores foram perdidas.',
  pythonStoppedOnLeave: 'O Python foi encerrado quando você saiu da página: as variáveis de execuções anteriores foram perdidas.',
  pythonOutOfMemory: (mib: number) =>
    `O Python ficou sem memória (esta página permite até ${number(L, mib)}\u00a0MiB), então foi reiniciado: as variáveis de execuções anteriores foram perdidas.`,
  pythonOutOfMemoryHint: 'Use menos memória (dados menores, menos cópias) e execute novamente as células de que você precisa.',
  pythonUnrecoverable: 'O Python sofreu uma falha irrecuperável, então foi reiniciado: as variáveis de execuções anteriores foram perdidas.',
  pythonBootTimeout: (seconds: number) => `O Python não iniciou em ${number(L, seconds)}\u00a0s.`,
  pythonBootTimeoutHint: 'A primeira visita baixa cerca de 6\u00a0MB: em uma conexão lenta, recarregue a página e tente novamente. Se continuar falhando, talvez o site não esteja servindo a pasta pyodide/ do exec-cell.',
  pythonStoppedBeforeStart: 'O Python foi encerrado antes de iniciar.',
  pythonWorkerFailed: (detail: string) => `O worker do Python falhou${detail ? ` (${detail})` : ''}.`,
  pythonWorkerFailedHint: 'Recarregue a página. Se continuar falhando, talvez o site não esteja servindo os arquivos do exec-cell (as pastas chunks/ e pyodide/).',

  // Outputs.
  inputRequested: 'Entrada solicitada pelo código',
  send: 'Enviar',
  longOutput: (shown: number, total: number) =>
    `Saída longa: mostrando as últimas ${number(L, shown)} de ${number(L, total)} linhas.`,
  showAll: 'Mostrar tudo',
  download: 'Baixar',
  showingAll: (total: number) => plural(L, total, { one: 'Mostrando # linha.', other: 'Mostrando todas as # linhas.' }),
  outputNotShown: (detail: string) => `Não foi possível mostrar esta saída: ${detail}`,
  imageTooLarge: (mb: number, maxMb: number) =>
    `Esta imagem é grande demais para ser mostrada aqui (${number(L, mb)}\u00a0MB; no máximo ${number(L, maxMb)}\u00a0MB). Reduza-a (resolução ou dpi menor) e execute a célula novamente.`,
  outputTypeUnknown: (types: string) => (types ? `[não é possível mostrar aqui uma saída do tipo ${types}]` : '[uma saída sem conteúdo]'),

  // An error output in exec-cell's own words (a Jobe compile error): its name, then what happened.
  errorLine: (name: string, value: string) => `${name}: ${value}`,

  // Interactive outputs: Sage's @interact and Jupyter widgets.
  interactControls: 'Controles interativos',
  submit: 'Aplicar',
  rangeUpperEnd: 'extremo superior',
  numbered: (name: string, n: number) => `${name} ${number(L, n)}`,
  matrixEntry: (name: string, row: number, column: number) => `${name}, linha ${number(L, row)}, coluna ${number(L, column)}`,
  controlUnsupported: (name: string, type: string) => `[${name}: não é possível mostrar aqui um controle do tipo ${type}]`,
  widgetValue: 'Valor',
  widgetLower: (name: string) => `${name} (extremo inferior)`,
  widgetUpper: (name: string) => `${name} (extremo superior)`,
  widgetNotShown: (detail: string) => `Não foi possível mostrar este widget: ${detail}`,
  widgetNoModel: 'Esta saída de widget não indica nenhum modelo de widget, então não pode ser mostrada.',
  widgetNotLive: 'Este widget não está ativo: o kernel que o criou não está conectado a esta célula. Execute a célula para obter um widget ativo.',
  widgetClosed: 'Este widget não está mais ativo (o kernel dele o fechou ou foi reiniciado). Execute a célula novamente para obter um widget ativo.',
  widgetLibraryMissing: (library: string, supported: string) =>
    `Este widget vem da biblioteca ${library}, que esta página não tem, então o texto dele é mostrado no lugar. Bibliotecas de widgets ativos disponíveis aqui: ${supported}.`,
  widgetKernelStopped: 'O kernel parou: este widget não funciona mais.',

  // Pages written for the SageCell embed: the menu of a cell that offers several languages.
  languageMenu: 'Linguagem',
  // What a screen reader hears when a run ends (once, not each line of output).
  announceFinished: (count: number) =>
    count === 0 ? 'Execução concluída, sem saída' : plural(L, count, { one: 'Execução concluída, # saída', other: 'Execução concluída, # saídas' }),
  announceError: (name: string) => `A execução terminou com um erro: ${name}`,
  announceStopped: 'Execução interrompida',

  // Starting a kernel on a Jupyter server: said before any backend's code has loaded.
  jupyterNoServer: 'Esta célula não tem um servidor Jupyter em que ser executada.',
  jupyterNoServerHint: 'Dê à célula um atributo server="https://…" ou à página um atributo data-server na tag script do exec-cell.',
  jupyterPhaseStartingKernel: 'Iniciando o kernel',
  jupyterStartingKernel: (name: string, server: string) => `Iniciando um kernel ${name} em ${server}`,
  jupyterUnreachable: (server: string) => `Não foi possível acessar o servidor Jupyter ${server}.`,
  jupyterUnreachableHint:
    'Verifique se o servidor está em execução e acessível a partir desta página e se ele permite a origem desta página (ServerApp.allow_origin).',
  jupyterTokenRefused: (server: string, status: number, reason: string) =>
    `O servidor Jupyter ${server} recusou o token (${number('pt-BR', status)} ${reason}).`,
  jupyterTokenRefusedHint: 'Verifique o token: o atributo token da célula ou o data-token da página precisa coincidir com o token do servidor.',
  jupyterNoSuchKernel: (server: string, name: string) => `O servidor Jupyter ${server} não tem nenhum kernel chamado “${name}”.`,
  jupyterKernelsAvailable: (names: string) => `Use um destes: ${names} (o atributo kernel).`,
  jupyterStartFailed: (server: string, name: string, detail: string) =>
    `O servidor Jupyter ${server} não conseguiu iniciar um kernel ${name}: ${detail}`,
  jupyterTryLater: 'Tente novamente mais tarde ou fale com o administrador do servidor.',
  jupyterBackendUnavailable: (backend: string) => `O backend ${backend} não está disponível nesta versão do exec-cell.`,
  jupyterBackendUnavailableHint: 'Use backend="pyodide" (Python no navegador) ou backend="jupyter" com um atributo server="…".',
  jupyterChunkFailed: (backend: string, detail: string) => `Não foi possível carregar o código do backend ${backend} (${detail}).`,
  jupyterChunkFailedHint: 'Verifique sua conexão e recarregue a página.',
};
