/**
 * The HTTP boundary. A transport sends one request and resolves with the whole response, or rejects:
 * with a NetworkError when the connection fails (saying whether the request may have been written),
 * or with anything once `ctx.signal` has fired (the client core tells timeouts and user aborts apart).
 */
/** Error codes meaning the connection was never established, so the server cannot have seen the request. */
const NOT_CONNECTED_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'EADDRNOTAVAIL',
    'UND_ERR_CONNECT_TIMEOUT',
]);
export function isNotConnectedCode(code) {
    return code !== undefined && NOT_CONNECTED_CODES.has(code);
}
/** The `code` of a system error (or of its `cause`, as fetch wraps them), if any. */
export function systemErrorCode(error) {
    for (let current = error, depth = 0; current && depth < 3; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        current = current.cause;
    }
    return undefined;
}
