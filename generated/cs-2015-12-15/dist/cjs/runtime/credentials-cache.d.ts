/**
 * Temporary credentials: reused until shortly before they expire, then refreshed by one request however many calls
 * are waiting for it.
 */
import type { Credentials, CredentialsProvider } from './credentials.js';
/** Credentials as a source hands them out: temporary ones say when they stop working. */
export interface ExpiringCredentials extends Credentials {
    /** Milliseconds since the epoch; absent for long-term keys, which are then kept for the provider's lifetime. */
    expiresAt?: number;
}
/**
 * Wraps a fetch of credentials with a cache and single-flight refresh. A failed refresh while the cached keys are
 * still valid keeps them (and is tried again 10 s later); otherwise the failure is thrown.
 */
export declare function refreshing(fetch: () => Promise<ExpiringCredentials>): CredentialsProvider;
/** An STS-style `Expiration` (`2026-11-29T10:00:00Z`) in milliseconds; unreadable means "already due". */
export declare function expirationTime(expiration: unknown): number;
