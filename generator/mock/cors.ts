/**
 * CORS for the mock server, so that a page on another origin (the browser test) can call it: a preflight `OPTIONS`
 * is answered with the methods and the request headers an Alibaba Cloud call needs, and every answer lets the page
 * read the body and `x-acs-request-id`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, PATCH, HEAD';

/** A header the page may send: the signature's, the body's type, and any `x-acs-*`. */
function isAllowedRequestHeader(name: string): boolean {
  return name === 'authorization' || name === 'content-type' || name === 'accept' || name.startsWith('x-acs-');
}

/**
 * Sets the CORS headers on `res`; answers a preflight itself (204) and returns true then. A preflight that asks for
 * a header outside the allowed set gets no `access-control-allow-headers` for it, so the browser refuses the call.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-expose-headers', 'x-acs-request-id');
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
  const requested = (req.headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  res.writeHead(204, {
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': requested.filter(isAllowedRequestHeader).join(', '),
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
