// SPDX-License-Identifier: BSD-3-Clause
import { number } from '../../i18n/plural.js';

export const en = {
  // A kernel's session (jupyter.ts).
  jupyterSocketNotOpen: (server: string) => `The kernel started, but its connection to ${server} does not open.`,
  jupyterSocketNotOpenHint: 'Check that websockets reach the server (a proxy in front of it must pass them), then press Restart.',
  jupyterNotRunning: 'The kernel is not running.',
  jupyterConnectionDown: 'The kernel’s connection is down.',
  jupyterFreshKernelInstead: 'A fresh kernel is started instead.',
  jupyterRestartNoAnswer: 'The restarted kernel does not answer.',
  jupyterRestartFailed: (detail: string) => `Could not restart the kernel: ${detail}`,
  jupyterReloadToStartOver: 'Reload the page to start over.',
  jupyterCodeNotSent: 'The code did not reach the kernel: the connection dropped while it was being sent.',
  jupyterRunCellAgain: 'Run the cell again.',
  jupyterReconnected: 'Reconnected to the Jupyter server: the kernel kept its variables.',
  jupyterKernelGone: (server: string) =>
    `The Jupyter server at ${server} no longer has this kernel (the server was restarted, or it shut the kernel down): the kernel’s variables are lost.`,
  jupyterRestartThenRunCells: 'Press Restart to start a fresh kernel, then run the cells you need again.',
  jupyterKernelDied: 'The kernel stopped while running this code (it may have crashed or run out of memory). Its variables are lost.',
  jupyterConnectionLost: (server: string) => `Lost the connection to the Jupyter server at ${server}.`,
  jupyterConnectionLostHint:
    'The cell reconnects by itself once the server can be reached again; if it does not, check that the server is still running, then press Restart.',
  jupyterCodeTooLarge: (mb: number, maxMb: number) =>
    `This code is too large to send to a Jupyter server (${mb.toFixed(1)} MB; a server takes at most ${maxMb.toFixed(1)} MB).`,
  jupyterCodeTooLargeHint: 'Make the cell shorter: load large data from a file or a URL instead of pasting it into the code.',

  // Where a kernel's live widgets were, once they stop working.
  jupyterWidgetsRestarted: 'The kernel restarted: these widgets no longer work. Run the cell again to get live ones.',
  jupyterWidgetsShutDown: 'The kernel was shut down: these widgets no longer work. Run the cell again to get live ones.',
  jupyterWidgetsKernelStopped: 'The kernel stopped: these widgets no longer work. Press Restart, then run the cell again.',
  jupyterWidgetsKernelGone: 'The kernel is gone: these widgets no longer work. Press Restart, then run the cell again.',

  // The reader's own JupyterHub server (hub/).
  hubPhaseSigningIn: 'signing in',
  hubAskingForServer: 'Asking this site for your Jupyter server…',
  hubPhaseStartingServer: 'starting your server',
  hubStartingServer: 'Starting your Jupyter server…',
  hubSignInUnreachable: (url: string) => `Could not reach this site's Jupyter sign-in at ${url}.`,
  hubSignInUnreachableHint: 'Check your network connection, then run the cell again.',
  hubNoCapability: 'You may not run code on this site’s Jupyter hub here.',
  hubNoCapabilityHint: 'Ask your teacher or the site’s administrator for access (the capability filter/execcell:runjupyter).',
  hubNotRecognised: 'Sign in again: this site did not recognise you for running code on your Jupyter server.',
  hubNotRecognisedHint:
    'Your session may have ended. Sign in to the site again (or ask its administrator for access), then run the cell again.',
  hubAnswerCutOff: 'The hub is not reachable: the answer about your Jupyter server was cut off.',
  hubAnswerCutOffHint: 'Run the cell again in a moment; if it keeps happening, tell the site’s administrator.',
  hubBadAnswer: 'This site’s Jupyter sign-in answered without a server and a token.',
  hubBadAnswerHint: 'Tell the site’s administrator: the token endpoint must answer {"server", "token", "expires_at"}.',
  hubSpawnFailed: (detail: string) => `Your server could not start: ${detail}`,
  hubSpawnFailedNoReason: 'Your server could not start: the hub gave no reason',
  hubSpawnFailedHint: 'Run the cell again in a moment; if it fails again, tell the site’s administrator.',
  hubRateLimited: (detail: string) => `Too many requests for a Jupyter token: ${detail}`,
  hubRateLimitedNoDetail: 'Too many requests for a Jupyter token.',
  hubRateLimitedHint: 'Wait a minute, then run the cell again.',
  hubSignInAgain: 'Sign in again: this site did not recognise you.',
  hubSignInAgainHint: 'Sign in to the site again, then run the cell again.',
  hubUnreachable: (detail: string) => `The hub is not reachable: ${detail}`,
  hubUnreachableStatus: (status: number) => `The hub is not reachable (the site answered ${number('en', status)})`,
  hubUnreachableHint: 'Run the cell again in a few minutes; if it keeps failing, tell the site’s administrator.',
  hubTokenRefused: (server: string) => `Your Jupyter server at ${server} refused the token this site gave for it.`,
  hubTokenRefusedHint:
    'Reload the page; if it happens again, tell the site’s administrator (the token endpoint may mint tokens for another user).',
};
