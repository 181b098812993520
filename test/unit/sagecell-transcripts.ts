// SPDX-License-Identifier: BSD-3-Clause
/**
 * The SageCell transcripts (test/servers/sagecell/transcripts/): every HTTP request and
 * SockJS frame of 18 exchanges with a real SageCell server, and a replay that drives this
 * backend's message handling with them: our requests go out where the recording sent its
 * own, and every frame the server sent comes back in the recorded order, its parent ids
 * pointed at our requests.
 */
import { readFileSync } from 'node:fs';

export interface Line {
  seq: number;
  t: number;
  kind: string;
  [k: string]: unknown;
}

export interface Message {
  channel?: string;
  header: { msg_type: string; msg_id?: string };
  parent_header: { msg_id?: string };
  metadata?: Record<string, unknown>;
  content: Record<string, unknown>;
}

const DIR = new URL('../servers/sagecell/transcripts/', import.meta.url);

export const TRANSCRIPTS = [
  'completion',
  'error',
  'gp_language',
  'html_language',
  'html_output',
  'http_errors',
  'interact',
  'kernel_dead_cpu_limit',
  'linked_cells',
  'matplotlib_image',
  'plot_image',
  'print_sockjs_embed',
  'print_sockjs_embed_no_tos',
  'print_websocket',
  'python_language',
  'service_and_permalink',
  'stdin_input',
  'tos_not_required',
] as const;

export function transcript(name: (typeof TRANSCRIPTS)[number]): Line[] {
  return readFileSync(new URL(`${name}.jsonl`, DIR), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
}

/** Events of a SockJS exchange, in order: a kernel message we must send, or one the server sent. */
export type Step = { send: Message; prefix: string } | { receive: Message; prefix: string };

const REQUESTS = new Set(['execute_request', 'sagenb.interact.update_interact']);

/** The kernel requests the recording sent and the messages it received (SockJS frames only). */
export function steps(lines: Line[]): Step[] {
  const out: Step[] = [];
  for (const line of lines) {
    if (line.kind === 'ws_send') {
      const d = line.decoded as { prefix?: string; msg?: Message } | undefined;
      if (d?.msg && REQUESTS.has(d.msg.header.msg_type)) out.push({ send: d.msg, prefix: d.prefix! });
    } else if (line.kind === 'ws_recv') {
      const d = line.decoded as { type: string; items?: Array<{ prefix: string; msg: Message }> };
      for (const item of d.items ?? []) if (typeof item.msg === 'object') out.push({ receive: item.msg, prefix: item.prefix });
    }
  }
  return out;
}

/** The recorded HTTP responses by URL, as a fetch: replays the files a kernel served. */
export function recordedFetch(lines: Line[]): typeof fetch {
  const responses = new Map<string, Line>();
  for (let i = 0; i < lines.length; i++) {
    const req = lines[i]!;
    if (req.kind === 'http_request' && lines[i + 1]?.kind === 'http_response') responses.set(String(req.url), lines[i + 1]!);
  }
  return (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const r = responses.get(url);
    if (!r) throw new TypeError(`fetch failed: ${url} is not in the transcript`);
    const headers = new Headers(r.headers as Array<[string, string]>);
    const body = r.body_base64 ? Buffer.from(String(r.body_base64), 'base64') : String(r.body ?? '');
    return new Response(body, { status: Number(r.status), headers });
  }) as typeof fetch;
}

/** The kernel id the transcript's POST /kernel got. */
export function kernelIdOf(lines: Line[]): string {
  for (const l of lines) {
    if (l.kind === 'http_response' && typeof l.body === 'string' && l.body.includes('"ws_url"')) return (JSON.parse(l.body) as { id: string }).id;
  }
  throw new Error('no kernel in this transcript');
}
