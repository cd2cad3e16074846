import type { ValidationIssue } from './validation.js';
/** What is known about the HTTP exchange(s) behind a result or an error. */
export interface ErrorMetadata {
    requestId?: string;
    httpStatusCode?: number;
    attempts: number;
}
/**
 * Base of every error the SDK throws. `code` is stable: switch on it (or use `instanceof`).
 * Messages never quote credentials or values of fields marked sensitive: server text that repeats one is withheld
 * before the error is built (see redact.ts), so `message`, `stack`, `toString()`, `toJSON()` and util.inspect are
 * all safe.
 */
export declare class SdkError extends Error {
    name: string;
    readonly code: string;
    $metadata?: ErrorMetadata;
    constructor(code: string, message: string, options?: {
        cause?: unknown;
    });
    /** Every public field (`cause` and `stack` are left out: they may carry what the SDK was given). */
    toJSON(): Record<string, unknown>;
}
/** The service answered with a non-2xx status. `code` is Alibaba's error code (e.g. `InvalidParameter`). */
export declare class ServiceError extends SdkError {
    name: string;
    readonly statusCode: number;
    readonly requestId: string | undefined;
    readonly recommend: string | undefined;
    readonly retryable: boolean;
    constructor(fields: {
        statusCode: number;
        code: string;
        message: string;
        requestId?: string | undefined;
        recommend?: string | undefined;
        retryable: boolean;
    });
}
/** The request failed client-side validation; nothing was sent. */
export declare class ValidationError extends SdkError {
    name: string;
    readonly issues: readonly ValidationIssue[];
    constructor(issues: readonly ValidationIssue[]);
}
/** An attempt took longer than the configured timeout. */
export declare class TimeoutError extends SdkError {
    name: string;
    readonly timeoutMs: number;
    constructor(timeoutMs: number);
}
/**
 * The connection failed. `requestWritten` says whether the request may have reached the server:
 * when it is false (e.g. connection refused) the server provably did not act on it.
 */
export declare class NetworkError extends SdkError {
    name: string;
    /** The system error code, e.g. `ECONNREFUSED`, `ECONNRESET`, when known. */
    readonly causeCode: string | undefined;
    readonly requestWritten: boolean;
    constructor(message: string, { causeCode, requestWritten, cause }: {
        causeCode?: string | undefined;
        requestWritten: boolean;
        cause?: unknown;
    });
}
/** The caller's AbortSignal fired. */
export declare class AbortError extends SdkError {
    name: string;
    constructor();
}
/** A 2xx response whose body is not valid JSON. The server may have acted on the request. */
export declare class ResponseParseError extends SdkError {
    name: string;
    readonly statusCode: number;
    constructor(statusCode: number);
}
/** No credentials were configured, they are incomplete, or the source that should provide them failed. */
export declare class CredentialsError extends SdkError {
    name: string;
    /** The credential source that failed (e.g. `ECS RAM role`), when one is to blame. */
    readonly source: string | undefined;
    constructor(message: string, options?: {
        cause?: unknown;
        source?: string;
    });
}
