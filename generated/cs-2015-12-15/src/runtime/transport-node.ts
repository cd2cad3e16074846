/**
 * The Node transport: HTTP/1.1 with keep-alive straight to the endpoint (http1.ts), or through the proxy the `proxy`
 * option or the environment (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, see proxy.ts) names, HTTPS through a CONNECT
 * tunnel (node:http over proxy-route.ts). A client built without it (the generated base client given no `transport`) sends
 * through the platform's fetch, and its bundle carries none of this.
 */
import { createHttpTransport, type AgentSettings, type NodeTransport, type Router } from './node-http.js';
import { proxyFor, type Proxy } from './proxy.js';
import { sendThroughRoute, type HttpModules, type Route } from './proxy-route.js';
import { createTunnelAgent, PROXY_TUNNEL_FAILED } from './proxy-tunnel.js';

export type { NodeTransport } from './node-http.js';

export interface NodeTransportOptions extends AgentSettings {
  /**
   * An http:// proxy URL (`http://user:password@proxy:3128`), or `false` for direct connections whatever the
   * environment says. Unset: HTTPS_PROXY / HTTP_PROXY / NO_PROXY decide (see proxy.ts).
   */
  proxy?: string | false;
}

export function createNodeTransport(options: NodeTransportOptions = {}): NodeTransport {
  // Keyed by proxy (host and credentials) and kind: a forward proxy for http URLs, CONNECT tunnels for https.
  const proxyAgents = new Map<string, Route['agent']>();
  let modules: Promise<HttpModules> | undefined;
  const route: Router = (target, agentOptions) => {
    const proxy = proxyFor(target.secure, target.hostname, target.port, options.proxy);
    if (proxy === undefined) return undefined;
    const via = ` through proxy ${proxy.host}`;
    const reason = (error: unknown): string =>
      (error as { code?: unknown } | undefined)?.code === PROXY_TUNNEL_FAILED ? `: ${(error as Error).message}` : '';
    return async (request, path, signal, maxResponseBytes) => {
      modules ??= Promise.all([import('node:http'), import('node:https')]).then(([http, https]) => ({ http, https }));
      const { http, https } = await modules;
      signal.throwIfAborted();
      const key = `${target.secure ? 'tunnel' : 'forward'} ${proxy.host} ${proxy.authorization ?? ''}`;
      let agent = proxyAgents.get(key);
      if (agent === undefined) {
        agent = target.secure
          ? createTunnelAgent({ http, https, tls: await import('node:tls') }, proxy, agentOptions)
          : new http.Agent(agentOptions);
        proxyAgents.set(key, agent);
      }
      // A forward proxy takes the absolute URL as the request target.
      const way: Route = target.secure
        ? { agent, path, via, reason }
        : {
            agent,
            path: target.origin + path,
            via,
            reason,
            connectTo: forwardTo(proxy),
            headers: forwardHeaders(proxy, target.host),
          };
      return sendThroughRoute(target.secure ? https : http, way, target, request, signal, maxResponseBytes);
    };
  };
  return createHttpTransport(options, {
    route,
    destroy: () => {
      for (const agent of proxyAgents.values()) agent.destroy();
    },
  });
}

function forwardTo(proxy: Proxy): Route['connectTo'] {
  return { protocol: 'http:', hostname: proxy.hostname, port: proxy.port };
}

function forwardHeaders(proxy: Proxy, host: string): Record<string, string> {
  return proxy.authorization === undefined ? { host } : { host, 'proxy-authorization': proxy.authorization };
}
