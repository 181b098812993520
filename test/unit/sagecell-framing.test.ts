// SPDX-License-Identifier: BSD-3-Clause
// SockJS frames and SageCell's `<kernel-id>/channels,<json>` multiplexing, against every frame
// of the recorded exchanges.
import { describe, expect, test } from 'vitest';
import { decodeChannel, encodeChannel, encodeSend, parseFrame, transportUrl } from '../../src/kernels/sagecell/sockjs.js';
import { TRANSCRIPTS, transcript } from './sagecell-transcripts.js';

const sockjsLines = TRANSCRIPTS.flatMap((name) => transcript(name)).filter(
  (l) => (l.kind === 'ws_recv' || l.kind === 'ws_send') && (l.decoded as { type?: string; prefix?: string } | undefined) !== undefined,
);

describe('SockJS frames', () => {
  test('every frame the server sent parses as the recorder decoded it', () => {
    const received = sockjsLines.filter((l) => l.kind === 'ws_recv');
    expect(received.length).toBeGreaterThan(100);
    for (const line of received) {
      const recorded = line.decoded as { type: string; items?: Array<{ prefix: string }> };
      const frame = parseFrame(String(line.data));
      expect(frame.type).toBe(recorded.type === 'heartbeat' ? 'heartbeat' : recorded.type);
      if (frame.type === 'messages') {
        expect(frame.messages.map((m) => decodeChannel(m)!.prefix)).toEqual(recorded.items!.map((i) => i.prefix));
      }
    }
  });

  test('a close frame carries its code and reason; junk is refused', () => {
    expect(parseFrame('c[3000,"Go away!"]')).toEqual({ type: 'close', code: 3000, reason: 'Go away!' });
    expect(parseFrame('m"one"')).toEqual({ type: 'messages', messages: ['one'] });
    expect(() => parseFrame('x')).toThrow(/bad SockJS frame/);
    expect(() => parseFrame('a[1,2]')).toThrow(/bad SockJS frame/);
  });

  test('what we send is what the embed sent: a JSON array of "<kernel-id>/channels,<json>"', () => {
    const sent = sockjsLines.filter((l) => l.kind === 'ws_send' && (l.decoded as { prefix?: string }).prefix?.endsWith('/channels'));
    expect(sent.length).toBeGreaterThan(10);
    for (const line of sent) {
      const { prefix, msg } = line.decoded as { prefix: string; msg: unknown };
      const ours = encodeSend([encodeChannel(prefix.slice(0, -'/channels'.length), msg)]);
      // The recorder's JSON had spaces after separators (Python's json.dumps): compare values.
      const [theirs] = JSON.parse(String(line.data)) as string[];
      const [mine] = JSON.parse(ours) as string[];
      expect(decodeChannel(mine!)!.prefix).toBe(decodeChannel(theirs!)!.prefix);
      expect(JSON.parse(decodeChannel(mine!)!.body)).toEqual(JSON.parse(decodeChannel(theirs!)!.body));
    }
  });

  test('a message is split at its first comma only: the JSON after it keeps its own', () => {
    expect(decodeChannel('abc/channels,{"a":[1,2],"b":"x,y"}')).toEqual({ prefix: 'abc/channels', body: '{"a":[1,2],"b":"x,y"}' });
    expect(decodeChannel('no comma')).toBeNull();
  });

  test('the transport URL: ws(s)://…/sockjs/<3 digits>/<8 characters>/websocket, keeping the CellSessionID', () => {
    const url = transportUrl('https://sagecell.example.org/base/', { CellSessionID: 'abc123' });
    expect(url).toMatch(/^wss:\/\/sagecell\.example\.org\/base\/sockjs\/\d{3}\/[a-z0-9]{8}\/websocket\?CellSessionID=abc123$/);
    expect(transportUrl('http://127.0.0.1:8888/', {})).toMatch(/^ws:\/\/127\.0\.0\.1:8888\/sockjs\/\d{3}\/[a-z0-9]{8}\/websocket$/);
    // A new session each time.
    expect(transportUrl('http://h/', {})).not.toBe(transportUrl('http://h/', {}));
  });
});
