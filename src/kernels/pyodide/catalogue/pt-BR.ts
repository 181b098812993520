// SPDX-License-Identifier: BSD-3-Clause
import { answer } from './shared.js';
import type { en } from './en.js';

export const ptBR: typeof en = {
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
