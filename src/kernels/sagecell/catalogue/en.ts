// SPDX-License-Identifier: BSD-3-Clause
import { number, plural } from '../../../i18n/plural.js';

export const en = {
  // Settings (backend.ts).
  sagecellNoServer: 'This cell has no SageCell server to run on.',
  sagecellNoServerHint: 'Give the cell a server="https://…" attribute, or the page a data-sagecell-url.',
  sagecellUnknownLanguage: (language: string) => `SageCell cannot run language “${language}”.`,
  sagecellUnknownLanguageHint: (languages: string) => `Use one of: ${languages} (the language attribute).`,

  // Starting a kernel (start.ts, http.ts).
  sagecellWaitingForSlot: (n: number, root: string) =>
    `Waiting for a free kernel: a page may use ${plural('en', n, { one: '# SageCell kernel', other: '# SageCell kernels' })} at a time on ${root}.`,
  sagecellPhaseStarting: 'starting kernel',
  sagecellStarting: (root: string) => `Starting a Sage kernel on ${root}`,
  sagecellServerBusy: (seconds: number) => `The server is busy: still waiting for a kernel (${number('en', seconds)} s)…`,
  sagecellWaitingForRelease: 'The server still counts kernels this page had; waiting for it to let them go…',
  sagecellTooManyKernels: (root: string, message: string) => `The SageCell server at ${root} refuses to start another kernel for this page: “${message}”`,
  sagecellTooManyKernelsHint: 'Wait until other cells on this page have finished, then run this cell again (or reload the page).',
  sagecellUnreachable: (root: string) => `Could not reach the SageCell server at ${root}.`,
  sagecellUnreachableHint: 'Check your connection and the server address; if the page is yours, check that the server is running.',
  sagecellStartRefused: (root: string) => `The SageCell server at ${root} answers, but refused to start a kernel for this page.`,
  sagecellStartRefusedHint: 'It may not accept requests from this site. Try again later, or ask the page’s author.',
  sagecellStartFailed: (root: string, status: number, statusText: string) =>
    `The SageCell server at ${root} could not start a kernel (${status} ${statusText || 'error'}).`,
  sagecellStartFailedHint: 'Try again in a minute; if it keeps failing, the server may be down.',
  sagecellNotSageCell: (root: string) => `The server at ${root} did not answer like a SageCell server.`,
  sagecellNotSageCellHint: 'Check the address: it must be the root of a SageCell server, such as https://sagecell.sagemath.org/.',
  sagecellServerFull: (root: string, seconds: number) =>
    `The SageCell server at ${root} is full: it had no free kernel for ${plural('en', seconds, { one: '# second', other: '# seconds' })}.`,
  sagecellServerFullHint: 'Many people may be using it right now. Run the cell again in a minute.',

  // Terms of service (terms.ts).
  sagecellTerms: (root: string, terms: string) => `The SageCell server at ${root} asks you to accept its terms of service before it runs code: “${terms}”`,
  sagecellTermsHint: 'Accept runs the code (and is remembered for this server in this browser); Decline leaves it unsent.',
  sagecellAccept: 'Accept',
  sagecellDecline: 'Decline',
  sagecellDeclined: (root: string) => `Not run: the SageCell server at ${root} runs code only for readers who accept its terms of service.`,
  sagecellDeclinedHint: 'Run the cell again to read the terms and accept them.',

  // The page's connection (holder.ts, from sockjs.ts and multiplex.ts).
  sagecellConnectFailed: (root: string, detail: string) => `Could not open a connection to the SageCell server at ${root} (${detail}).`,
  sagecellConnectNoAnswer: (root: string, seconds: number) =>
    `Could not open a connection to the SageCell server at ${root} (no answer within ${number('en', seconds)} s).`,
  sagecellConnectClosed: (root: string, code: string) => `Could not open a connection to the SageCell server at ${root} (the connection closed (code ${code})).`,
  sagecellConnectClosedOpening: (root: string) => `Could not open a connection to the SageCell server at ${root} (the connection closed while it opened).`,
  sagecellConnectFailedHint: 'Check your connection; a network that blocks websockets blocks SageCell too.',

  // A kernel that ends (holder.ts).
  sagecellShutDown: 'This SageCell kernel has been shut down.',
  sagecellRunAgain: 'Run the cell again.',
  sagecellControlsEnded: 'These controls no longer work: the kernel that made them has ended.',
  sagecellControlsEndedHint: 'Run the cell again to get working controls.',
  sagecellInterrupted: 'Stopped. SageCell cannot interrupt running code, so its kernel was ended: its variables are lost.',
  sagecellInterruptedHint: 'The next run starts a fresh kernel.',
  sagecellConnectionLost: (root: string) =>
    `Lost the connection to the SageCell server at ${root}. The server ends a kernel whose connection drops, so this kernel's variables are lost.`,
  sagecellConnectionLostHint: 'Check your connection, then run the cell again: a fresh kernel starts.',
  sagecellKernelDied:
    'The SageCell server ended the kernel while this code ran, so its variables are lost. A SageCell kernel may compute for about 30 seconds in all, and lives at most 30 minutes.',
  sagecellKernelDiedHint: 'Make the code faster or split it into smaller steps, then run it again: a fresh kernel starts.',
  sagecellKernelEnded: 'The kernel was ended before this request finished.',
  // The next run, on a fresh kernel: why the previous one ended.
  sagecellFreshKernelDied:
    'A fresh kernel started: the SageCell server ended the previous kernel (kernels end after 15 idle minutes, 30 minutes in all, or about 30 seconds of computing), so variables from earlier runs are gone.',
  sagecellFreshKernelLost: 'A fresh kernel started: the connection to the SageCell server dropped, which ended the previous kernel, so variables from earlier runs are gone.',
  sagecellFreshKernelInterrupted: 'A fresh kernel started: the previous kernel was ended to stop its code, so variables from earlier runs are gone.',
  sagecellFreshKernelRestarted: 'A fresh kernel started: the kernel was restarted, so variables from earlier runs are gone.',
  sagecellFreshKernelClosed: 'A fresh kernel started: the previous kernel was shut down, so variables from earlier runs are gone.',
  sagecellFreshKernelEvicted:
    'A fresh kernel started: the previous kernel was ended to make room for another cell’s kernel (a page may hold only a few SageCell kernels at once), so variables from earlier runs are gone.',
  sagecellFreshKernelHint: 'Run the cells this one needs again.',
  // A shared kernel that ends between runs.
  sagecellEndedDied:
    'The SageCell server ended this kernel (kernels end after 15 idle minutes, 30 minutes in all, or about 30 seconds of computing). Its variables are lost.',
  sagecellEndedLost: (root: string) => `The connection to the SageCell server at ${root} dropped, which ended this kernel. Its variables are lost.`,
  sagecellEndedEvicted: (n: number, root: string) =>
    `This kernel was ended to make room for another cell’s: this page may hold ${plural('en', n, { one: '# SageCell kernel', other: '# SageCell kernels' })} at once on ${root}. Its variables are lost.`,
  sagecellEndedHint: 'Running a cell starts a fresh kernel: run the cells it needs again.',
  // Interact controls whose kernel ended.
  sagecellControlsStoppedDied: 'These controls stopped working: the SageCell server ended their kernel. Run the cell again to use them.',
  sagecellControlsStoppedLost: 'These controls stopped working: the connection to the SageCell server dropped. Run the cell again to use them.',
  sagecellControlsStoppedInterrupted: 'These controls stopped working: their kernel was ended to stop running code. Run the cell again to use them.',
  sagecellControlsStoppedRestarted: 'These controls stopped working: their kernel was restarted. Run the cell again to use them.',
  sagecellControlsStoppedClosed: 'These controls stopped working: their kernel was shut down. Run the cell again to use them.',
  sagecellControlsStoppedEvicted: (n: number) =>
    `These controls stopped working: their kernel was ended to make room for another cell’s (this page may hold ${plural('en', n, { one: '# SageCell kernel', other: '# SageCell kernels' })} at once). Run the cell again to use them.`,

  // Outputs (outputs.ts, conversation.ts, interacts.ts).
  sagecellJmolPreview: '3-D plot (a still preview: the Jmol viewer does not run here)',
  sagecellJavaScriptNotRun: '[JavaScript output from the server is not run here]',
  sagecellOpen3dPlot: (href: string) => `<a href="${href}">Open the 3-D plot</a> (it opens in a new tab).`,
  sagecellNoInput:
    'input() cannot work here: a SageCell server does not pass what you type to running code. Put the value in the code instead (for example n = 5), or use @interact with an input_box.',
  sagecellFilesWritten: (files: string) => `Files written: ${files}`,
  sagecellOutputNotShown: (detail: string) => `[this output could not be shown: ${detail}]`,
  sagecellInteractControls: (names: string) => `Interact controls: ${names}`,

  // Pages written for the SageCell embed (shim/sagecell.ts, loader.ts).
  sagecellEvaluate: 'Evaluate',
};
