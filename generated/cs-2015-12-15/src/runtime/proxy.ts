/**
 * Which proxy a request goes through: the `proxy` client option, or else the environment — `https_proxy` for https
 * URLs, `http_proxy` for http URLs, `no_proxy` for exceptions (either case; the lowercase name wins when both are set,
 * as in curl). Read by the Node transport only: browsers and other runtimes apply their own proxy settings.
 */
import { SdkError } from './errors.js';
import { readEnv } from './env.js';

/** A proxy to send through; never rendered with its credentials. */
export interface Proxy {
  hostname: string;
  port: number;
  /** host:port, for messages. */
  host: string;
  /** `Basic …` when the proxy URL carries a user name; sent as Proxy-Authorization. */
  authorization: string | undefined;
}

/** The client option: a proxy URL, `false` for a direct connection whatever the environment says, or unset. */
export type ProxyOption = string | false | undefined;

/** The proxy for a request to `hostname:port`, or undefined for a direct connection. */
export function proxyFor(secure: boolean, hostname: string, port: number, option: ProxyOption): Proxy | undefined {
  if (option === false) return undefined;
  if (option !== undefined) return parseProxyUrl(option, 'The `proxy` option');
  const variable = envPair(secure ? 'https_proxy' : 'http_proxy');
  if (variable === undefined || bypassesProxy(hostname, port, envPair('no_proxy')?.value)) return undefined;
  return parseProxyUrl(variable.value, variable.name);
}

function envPair(lowercase: string): { name: string; value: string } | undefined {
  for (const name of [lowercase, lowercase.toUpperCase()]) {
    const value = readEnv(name)?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

/**
 * Parses `http://[user:password@]host[:port]` (a missing scheme means http, a missing port 80). The error names where
 * the URL came from, never the URL itself: it may hold a password.
 */
export function parseProxyUrl(text: string, source: string): Proxy {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new SdkError('InvalidProxy', `${source} is not a valid URL`);
  }
  if (url.protocol !== 'http:') {
    throw new SdkError(
      'InvalidProxy',
      `${source} must be an http:// proxy URL (${url.protocol}// proxies are not supported)`,
    );
  }
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? 80 : Number(url.port);
  let authorization: string | undefined;
  if (url.username !== '') {
    const userPass = `${safeDecode(url.username)}:${safeDecode(url.password)}`;
    authorization = `Basic ${Buffer.from(userPass, 'utf8').toString('base64')}`;
  }
  return { hostname, port, host: `${url.hostname}:${port}`, authorization };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether NO_PROXY exempts `hostname:port`. Entries are separated by commas or spaces: `*` exempts every host; a name
 * (`example.com`, `.example.com` or `*.example.com`) exempts that host and every subdomain; an IP address exempts
 * itself; a `:port` suffix (`[::1]:8080` for IPv6) limits the entry to that port. Names compare case-insensitively.
 */
export function bypassesProxy(hostname: string, port: number, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  for (const entry of noProxy.toLowerCase().split(/[\s,]+/)) {
    if (entry === '') continue;
    if (entry === '*') return true;
    const { name, port: entryPort } = splitHostPort(entry);
    if (entryPort !== undefined && entryPort !== port) continue;
    const domain = name.replace(/^\*?\./, '').replace(/\.$/, '');
    if (domain !== '' && (host === domain || host.endsWith(`.${domain}`))) return true;
  }
  return false;
}

function splitHostPort(entry: string): { name: string; port: number | undefined } {
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
  if (bracketed)
    return { name: bracketed[1] ?? '', port: bracketed[2] === undefined ? undefined : Number(bracketed[2]) };
  const withPort = /^([^:]+):(\d+)$/.exec(entry);
  if (withPort) return { name: withPort[1] ?? '', port: Number(withPort[2]) };
  return { name: entry, port: undefined };
}
