// SPDX-License-Identifier: BSD-3-Clause
// npm's jquery ships no types; exec-cell only hands it to the page (src/embedded-sagecell.ts).
declare module 'jquery' {
  const jQuery: (...args: unknown[]) => unknown;
  export default jQuery;
}
