// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';
import type { en } from './en.js';

const L_PT = 'pt-BR';
const charactersPt = (count: number) => plural(L_PT, count, { one: '# caractere', many: '# de caracteres', other: '# caracteres' });

export const ptBR: typeof en = {
  // Reaching the server (api.ts).
  jobeReachHint:
    'Verifique se o servidor Jobe está em execução. O Jobe padrão não envia cabeçalhos CORS, então uma página de outro site não consegue ler as respostas dele: ' +
    'o site precisa de um proxy do Jobe (o plugin do Moodle tem um) ou de um Jobe configurado para permitir a origem desta página.',
  jobeUnreachable: (root: string) => `Não foi possível acessar o servidor Jobe em ${root}.`,
  jobeNotLanguageList: (root: string) => `${root}languages não respondeu com a lista de linguagens do Jobe.`,
  jobeNotLanguageListHint:
    'Verifique o atributo server da célula (ou o data-jobe-url da página): ele deve ser a raiz REST do Jobe, como https://jobe.example.edu/jobe/index.php/restapi/.',
  jobeNotRunResult: (root: string) => `O servidor Jobe em ${root} deu uma resposta que não é um resultado de execução.`,
  jobeNotJson: (root: string) => `O servidor Jobe em ${root} respondeu com algo que não é JSON.`,
  jobeSignIn: 'Faça login para executar este código.',
  jobeSignInHint:
    'Seu código continua nesta célula: faça login (em outra aba, ou recarregue esta página depois de entrar) e clique em “Executar”.',
  jobeRefused: (status: number, detail: string) => `O servidor Jobe se recusou a executar este código (${status}${detail ? `: ${detail}` : ''}).`,
  jobeRefusedHint: 'Se a página pedir que você faça login, faça login e execute a célula novamente; caso contrário, avise o autor da página.',
  jobeTooLarge: (detail: string) => `O programa ou a entrada dele é grande demais para o servidor Jobe${detail ? ` (${detail})` : ''}.`,
  jobeTooLargeHint: 'Reduza o programa ou a entrada dele.',
  jobeRateLimited: (detail: string) => `Execuções demais em pouco tempo${detail ? ` (${detail})` : ''}.`,
  jobeRateLimitedHint: 'Aguarde um minuto e execute a célula novamente.',
  jobeNoApi: (root: string, path: string) => `${root} não tem a API REST do Jobe (404 para ${path || 'a requisição'}).`,
  jobeNoApiHint: 'Verifique o atributo server da célula (ou o data-jobe-url da página): a raiz REST do Jobe termina em /jobe/index.php/restapi/.',
  jobeRejected: (detail: string) => `O servidor Jobe rejeitou a execução: ${detail || 'requisição inválida'}.`,
  jobeRejectedHint: 'Verifique a linguagem e os limites da célula.',
  jobeServerFailed: (root: string, status: number, detail: string) =>
    `O servidor Jobe em ${root} falhou (HTTP ${status}${detail ? `: ${detail}` : ''}).`,
  jobeServerFailedHint: 'Tente novamente daqui a um minuto; se continuar falhando, avise o administrador do site.',

  // The cell's settings (backend.ts).
  jobeNoServer: 'Esta célula não tem um servidor Jobe em que ser executada.',
  jobeNoServerHint:
    'Dê à célula um atributo server="…" (a raiz REST do Jobe, como https://jobe.example.edu/jobe/index.php/restapi/, ou o proxy do Jobe do site) ou à página um atributo data-jobe-url.',
  jobeNoLanguage: 'Esta célula Jobe não informa em que linguagem o código dela está escrito.',
  jobeNoLanguageHint: 'Dê a ela um atributo language, como language="c", "cpp", "java" ou "python".',
  jobeLanguageUnknown: (language: string) => `O servidor Jobe não executa a linguagem “${language}”.`,
  jobeLanguageUnknownHint: (languages: string) => `Ele executa: ${languages} (atributo language da célula).`,

  // A run's outcome (outcomes.ts).
  jobeOutputCutName: 'Saída cortada',
  jobeOutputCut: (n: number) =>
    plural(L_PT, n, {
      one: 'O programa imprimiu mais do que o servidor Jobe guarda: só o primeiro caractere é mostrado.',
      many: 'O programa imprimiu mais do que o servidor Jobe guarda: só os primeiros # de caracteres são mostrados.',
      other: 'O programa imprimiu mais do que o servidor Jobe guarda: só os primeiros # caracteres são mostrados.',
    }),
  jobeCompileErrorName: 'Erro de compilação',
  jobeCompileError: 'O programa não compilou.',
  jobeCompileErrorAt: (line: number) => `O programa não compilou (linha ${number(L_PT, line)}).`,
  jobeRuntimeErrorName: 'Erro de execução',
  jobeRuntimeError: 'O programa parou com um erro (um código de saída diferente de zero ou um sinal).',
  jobeTimeLimitName: 'Limite de tempo',
  jobeTimeLimit: (seconds: number) => `O programa excedeu o limite de tempo (${number(L_PT, seconds)}\u00a0s de tempo de CPU) e foi interrompido.`,
  jobeTimeLimitDefault: (seconds: number) =>
    `O programa excedeu o limite de tempo (${number(L_PT, seconds)}\u00a0s de tempo de CPU, o padrão do servidor) e foi interrompido.`,
  jobeTimeLimitHint: 'Procure um laço que nunca termina ou dê à célula um cputime="…" maior (o servidor impõe um teto).',
  jobeMemoryLimitName: 'Limite de memória',
  jobeMemoryLimit: (mb: number) => `O programa excedeu o limite de memória (${number(L_PT, mb)}\u00a0MB) e foi interrompido.`,
  jobeMemoryLimitDefault: 'O programa excedeu o limite de memória (o padrão do servidor) e foi interrompido.',
  jobeMemoryLimitHint: 'Use menos memória ou dê à célula um memorylimit="…" maior, em megabytes.',
  jobeForbiddenName: 'Proibido',
  jobeForbidden: 'O programa tentou algo que a sandbox do Jobe não permite (uma chamada de sistema proibida) e foi interrompido.',
  jobeBusy: 'O servidor Jobe está sobrecarregado: todas as sandboxes dele ficaram ocupadas por 10\u00a0segundos, então ele não executou este código.',
  jobeBusyHint: 'Aguarde um momento e execute a célula novamente.',
  jobeInternalError: (detail: string) => `O servidor Jobe sofreu um erro interno${detail ? `: ${detail}` : ''}.`,
  jobeInternalErrorHint: 'Tente novamente; se continuar falhando, avise o administrador do site.',
  jobeUnknownOutcome: (n: number) => `O servidor Jobe respondeu com o código de resultado ${n}, que o exec-cell não conhece.`,
  jobeUnknownOutcomeHint: 'Avise o autor da página.',

  // A cell's runs (session.ts).
  jobeStoppedName: 'Interrompido',
  jobeStopped:
    'Esta página parou de esperar a resposta. O servidor Jobe termina a tarefa por conta própria (o limite de tempo dele encerra um programa que não termina).',
  jobeProgramTooLarge: (count: number, n: number) =>
    `O programa é grande demais para ser enviado ao servidor Jobe: ${charactersPt(count)}, e no máximo ${number(L_PT, n)} são enviados.`,
  jobeProgramTooLargeHint: 'Reduza o programa.',
  jobeInputTooLarge: (count: number, n: number) =>
    `A entrada é grande demais para ser enviada ao servidor Jobe: ${charactersPt(count)}, e no máximo ${number(L_PT, n)} são enviados.`,
  jobeInputTooLargeHint: 'Encurte o texto da caixa de entrada.',
};
