/**
 * CORS for the mock server, so that a page on another origin (the browser test) can call it: a preflight `OPTIONS`
 * is answered with the methods and the request headers an Alibaba Cloud call needs, and every answer lets the page
 * read the body and `x-acs-request-id`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
/**
 * Sets the CORS headers on `res`; answers a preflight itself (204) and returns true then. A preflight that asks for
 * a header outside the allowed set gets no `access-control-allow-headers` for it, so the browser refuses the call.
 */
export declare function applyCors(req: IncomingMessage, res: ServerResponse): boolean;
