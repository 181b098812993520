// SPDX-License-Identifier: BSD-3-Clause
// What several languages of this catalogue share (see ../catalogue.ts).
/** "404 Not Found", or "404" when the server sent no reason phrase. */
export const answer = (status: number, statusText: string) => `${status}${statusText ? ` ${statusText}` : ''}`;
