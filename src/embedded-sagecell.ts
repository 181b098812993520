// SPDX-License-Identifier: BSD-3-Clause
/**
 * `dist/embedded_sagecell.js`: the SageCell embed's own file name, so a page written for the
 * embed switches by pointing its script tag here. It is exec-cell's script tag (loader.ts,
 * with its `sagecell.makeSagecell` shim) plus what the embed's file gave every page: jQuery,
 * as `window.jQuery` and `window.$`, where the page has none of its own. Pages rely on it:
 * `$(function () { sagecell.makeSagecell({...}) })` is how the embed's documentation calls it.
 * jQuery is npm's `jquery` (its ES module build: no AMD `define`, so RequireJS pages are left
 * alone), and only pages that load this file carry it.
 *
 * @packageDocumentation
 */
import jQuery from 'jquery';
import './loader.js';

const page = window as Window & { jQuery?: unknown; $?: unknown };
page.jQuery ??= jQuery;
page.$ ??= jQuery;
