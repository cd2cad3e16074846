/**
 * A minimal HTTP server in its own process (forked by the client benchmark) that answers every request with the same
 * canned CreateClusterNodePool response, after reading the request body. It checks nothing, so that the benchmark
 * measures the clients rather than the server (the signature-verifying mock is bench/mock-process.ts).
 *
 * Speaks the same messages as bench/mock-process.ts: `ready` once listening, `stats` on request, exits on `close`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockProcessMessage } from './mock-process.ts';

const BODY = Buffer.from('{"nodepool_id":"np0123456789abcdef0123456789abcd","request_id":"F1C3A2B4-0000-4000-8000-000000000000"}');
const HEADERS = {
  'content-type': 'application/json;charset=utf-8',
  'content-length': String(BODY.length),
  'x-acs-request-id': 'F1C3A2B4-0000-4000-8000-000000000000',
};

let handled = 0;
const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
  request.on('data', () => undefined);
  request.on('end', () => {
    handled++;
    response.writeHead(200, HEADERS);
    response.end(BODY);
  });
});

const send = (message: MockProcessMessage): void => {
  process.send?.(message);
};
const close = (): void => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      send({ type: 'stats', stats: { handled, signaturesChecked: 0, signaturesRejected: 0 }, cpuMs: (cpu.user + cpu.system) / 1000 });
    }
    if (message.type === 'close') close();
  });
  process.on('disconnect', close);
  send({ type: 'ready', url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}` });
});
