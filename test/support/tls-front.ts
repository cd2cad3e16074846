/**
 * A TLS front on 127.0.0.1 for a plain-HTTP test server: terminates TLS with a self-signed certificate (made by the
 * openssl CLI at start, valid for IP 127.0.0.1 and one day) and pipes the bytes to the server behind it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect as tcpConnect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer as createTlsServer } from 'node:tls';

export interface TlsFront {
  /** https://127.0.0.1:<port> */
  url: string;
  port: number;
  /** The self-signed certificate (PEM), to trust as a CA. */
  cert: string;
  /** TLS connections accepted. */
  connections: number;
  close(): Promise<void>;
}

export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cs-tls-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startTlsFront(backendPort: number): Promise<TlsFront> {
  const { key, cert } = selfSignedCertificate();
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const front: TlsFront = { url: '', port: 0, cert, connections: 0, close: async () => {} };
  const server = createTlsServer({ key, cert }, (secure) => {
    front.connections++;
    track(secure);
    const backend = tcpConnect(backendPort, '127.0.0.1');
    track(backend);
    secure.pipe(backend).pipe(secure);
    secure.on('close', () => backend.destroy());
    backend.on('close', () => secure.destroy());
  });
  server.on('connection', track);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  front.port = (server.address() as AddressInfo).port;
  front.url = `https://127.0.0.1:${front.port}`;
  front.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return front;
}
