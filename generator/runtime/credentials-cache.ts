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

/** Refresh this long before expiry at the latest; credentials that live less than twice this refresh at half-life. */
const REFRESH_MARGIN_MS = 3 * 60_000;
/** After a failed refresh, still-valid credentials are served this long before the next attempt. */
const RETRY_AFTER_FAILURE_MS = 10_000;

/**
 * Wraps a fetch of credentials with a cache and single-flight refresh. A failed refresh while the cached keys are
 * still valid keeps them (and is tried again 10 s later); otherwise the failure is thrown.
 */
export function refreshing(fetch: () => Promise<ExpiringCredentials>): CredentialsProvider {
  let cached: { credentials: Credentials; refreshAt: number; expiresAt: number } | undefined;
  let pending: Promise<Credentials> | undefined;

  const refresh = (): Promise<Credentials> =>
    (pending ??= fetch()
      .then(
        ({ expiresAt = Infinity, ...credentials }) => {
          const margin = Math.min(REFRESH_MARGIN_MS, Math.max(0, (expiresAt - Date.now()) / 2));
          cached = { credentials, expiresAt, refreshAt: expiresAt - margin };
          return credentials;
        },
        (error: unknown) => {
          if (!cached || Date.now() >= cached.expiresAt) throw error;
          cached.refreshAt = Math.min(cached.expiresAt, Date.now() + RETRY_AFTER_FAILURE_MS);
          return cached.credentials;
        },
      )
      .finally(() => {
        pending = undefined;
      }));

  return async () => (cached && Date.now() < cached.refreshAt ? cached.credentials : refresh());
}

/** An STS-style `Expiration` (`2026-11-29T10:00:00Z`) in milliseconds; unreadable means "already due". */
export function expirationTime(expiration: unknown): number {
  const time = typeof expiration === 'string' ? Date.parse(expiration) : Number.NaN;
  return Number.isNaN(time) ? Date.now() : time;
}
