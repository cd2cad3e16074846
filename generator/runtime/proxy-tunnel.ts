/**
 * HTTPS through an HTTP proxy: an https.Agent whose connections are CONNECT tunnels with TLS to the target run over
 * them, pooled and kept alive like direct connections. Node only (the Node transport creates it on demand).
 */
import type { Proxy } from './proxy.js';

type HttpModule = typeof import('node:http');
type HttpsModule = typeof import('node:https');
type TlsModule = typeof import('node:tls');
type HttpsAgent = import('node:https').Agent;
type Duplex = import('node:stream').Duplex;

/** `code` of the error a connection fails with when the proxy refuses the tunnel; its message says why. */
export const PROXY_TUNNEL_FAILED = 'ERR_PROXY_TUNNEL';

/** What an https.Agent passes to createConnection (the request's options merged with the agent's). */
interface ConnectionOptions {
  host?: string | null;
  port?: number | string | null;
  ca?: import('node:tls').ConnectionOptions['ca'];
}

type ConnectionCallback = (error: Error | null, socket?: Duplex) => void;

export function createTunnelAgent(
  modules: { http: HttpModule; https: HttpsModule; tls: TlsModule },
  proxy: Proxy,
  agentOptions: import('node:https').AgentOptions,
): HttpsAgent {
  const agent = new modules.https.Agent(agentOptions);
  // CONNECTs still waiting for the proxy; destroy() ends them with the pooled sockets.
  const pending = new Set<import('node:http').ClientRequest>();

  const createConnection = (options: ConnectionOptions, callback: ConnectionCallback): undefined => {
    const host = options.host ?? 'localhost';
    const authority = `${host.includes(':') ? `[${host}]` : host}:${Number(options.port ?? 443)}`;
    const headers: Record<string, string> = { host: authority };
    if (proxy.authorization !== undefined) headers['proxy-authorization'] = proxy.authorization;
    const connect = modules.http.request({
      hostname: proxy.hostname,
      port: proxy.port,
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false,
    });
    pending.add(connect);
    // The attempt's own timer keeps the process alive while it waits; a CONNECT left over from an attempt that timed
    // out or was aborted must not.
    connect.once('socket', (socket) => socket.unref());
    connect.once('error', (error) => {
      pending.delete(connect);
      callback(error);
    });
    connect.once('connect', (response, socket, head) => {
      pending.delete(connect);
      if (response.statusCode !== 200) {
        socket.destroy();
        const reason = `proxy ${proxy.host} answered ${response.statusCode} to CONNECT ${authority}`;
        return callback(Object.assign(new Error(reason), { code: PROXY_TUNNEL_FAILED }));
      }
      if (head.length > 0) socket.unshift(head);
      // `host` is what the certificate is checked against; SNI carries names only.
      const secure = modules.tls.connect({
        socket,
        host,
        ...(isIpAddress(host) ? {} : { servername: host }),
        ...(options.ca === undefined ? {} : { ca: options.ca }),
      });
      const onTlsError = (error: Error): void => callback(error);
      secure.once('error', onTlsError);
      // Handed to the agent only once TLS is up, so that a request on it may be counted as sent.
      secure.once('secureConnect', () => {
        secure.removeListener('error', onTlsError);
        callback(null, secure);
      });
    });
    connect.end();
    return undefined;
  };

  const destroyPooled = agent.destroy.bind(agent);
  return Object.assign(agent, {
    createConnection,
    destroy(): void {
      for (const request of pending) request.destroy();
      pending.clear();
      destroyPooled();
    },
  });
}

function isIpAddress(host: string): boolean {
  return host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}
