/** Credentials URI: a local endpoint (e.g. a sidecar) answering GET with temporary credentials as JSON. */
import { refreshing } from './credentials-cache.js';
import { credentialsRequest, jsonBody, temporaryCredentials } from './credentials-http.js';
import type { CredentialsProvider } from './credentials.js';

const SOURCE = 'credentials URI';
const URI_TIMEOUT_MS = 10_000;

/** Temporary credentials from `uri` (`{ AccessKeyId, AccessKeySecret, SecurityToken, Expiration }`), refreshed before they expire. */
export function fromCredentialsUri(uri: string): CredentialsProvider {
  return refreshing(async () => {
    const response = await credentialsRequest(
      SOURCE,
      { method: 'GET', url: uri, headers: { accept: 'application/json' } },
      URI_TIMEOUT_MS,
    );
    return temporaryCredentials(SOURCE, 'the credentials URI', jsonBody(SOURCE, 'the credentials URI', response));
  });
}
