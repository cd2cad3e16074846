export declare const SIGNATURE_ALGORITHM = "ACS3-HMAC-SHA256";
/** Hashing primitives; node:crypto answers synchronously, WebCrypto asynchronously. */
export interface SigningCrypto {
    sha256Hex(data: string): string | Promise<string>;
    hmacSha256Hex(key: string, data: string): string | Promise<string>;
}
export interface SignableRequest {
    method: string;
    /** The path exactly as sent on the wire (already percent-encoded), without the query. */
    path: string;
    /** Decoded query parameters, in any order; a key may repeat. */
    query: readonly (readonly [string, string])[];
    /** Headers to send; host, content-type and every x-acs-* header are signed. */
    headers: Readonly<Record<string, string>>;
    /** hex(sha256(body)), also sent as x-acs-content-sha256. */
    payloadHash: string;
}
/** RFC 3986 percent-encoding: everything but A–Z a–z 0–9 - _ . ~ is encoded (UTF-8). */
export declare function percentEncode(value: string): string;
export declare function canonicalQueryString(query: readonly (readonly [string, string])[]): string;
export declare function canonicalHeaders(headers: Readonly<Record<string, string>>): {
    canonical: string;
    signedHeaders: string;
};
export declare function canonicalRequest(request: SignableRequest): {
    text: string;
    signedHeaders: string;
};
/**
 * Computes the Authorization header value for a request: at once with a synchronous SigningCrypto (node:crypto),
 * as a promise with an asynchronous one (WebCrypto).
 */
export declare function authorization(request: SignableRequest, accessKeyId: string, accessKeySecret: string, crypto: SigningCrypto): string | Promise<string>;
/** `next(value)`, synchronously when `value` is not a promise. */
export declare function chain<T, R>(value: T | Promise<T>, next: (value: T) => R | Promise<R>): R | Promise<R>;
type NodeCryptoModule = typeof import('node:crypto');
export declare function nodeSigningCrypto(nodeCrypto: NodeCryptoModule): SigningCrypto;
/** The part of WebCrypto's SubtleCrypto used here (declared locally so no DOM typings are needed). */
export interface SubtleLike {
    digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
    importKey(format: 'raw', keyData: Uint8Array, algorithm: {
        name: 'HMAC';
        hash: 'SHA-256';
    }, extractable: false, keyUsages: ['sign']): Promise<object>;
    sign(algorithm: 'HMAC', key: never, data: Uint8Array): Promise<ArrayBuffer>;
}
/** SigningCrypto on WebCrypto (browsers, Deno, Bun, workers). */
export declare function webSigningCrypto(subtle: SubtleLike): SigningCrypto;
/** The default SigningCrypto once loaded, so that signing needs no await after the first request. */
export declare let loadedSigningCrypto: SigningCrypto | undefined;
/** node:crypto (fast, synchronous) on Node, WebCrypto elsewhere; loaded once, lazily. */
export declare function loadSigningCrypto(): Promise<SigningCrypto>;
export {};
