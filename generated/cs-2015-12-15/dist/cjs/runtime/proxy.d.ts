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
export declare function proxyFor(secure: boolean, hostname: string, port: number, option: ProxyOption): Proxy | undefined;
/**
 * Parses `http://[user:password@]host[:port]` (a missing scheme means http, a missing port 80). The error names where
 * the URL came from, never the URL itself: it may hold a password.
 */
export declare function parseProxyUrl(text: string, source: string): Proxy;
/**
 * Whether NO_PROXY exempts `hostname:port`. Entries are separated by commas or spaces: `*` exempts every host; a name
 * (`example.com`, `.example.com` or `*.example.com`) exempts that host and every subdomain; an IP address exempts
 * itself; a `:port` suffix (`[::1]:8080` for IPv6) limits the entry to that port. Names compare case-insensitively.
 */
export declare function bypassesProxy(hostname: string, port: number, noProxy: string | undefined): boolean;
