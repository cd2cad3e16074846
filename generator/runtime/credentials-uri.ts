/** Credentials URI: a local endpoint (e.g. a sidecar) answering GET with temporary credentials as JSON. */
import { refreshing } from './credentials-cache.js';
import { credentialsRequest, jsonBody, temporaryCredentials } from './credentials-http.js';
import { nodeOnly, type CredentialsProvider } from './credentials.js';

const SOURCE = 'credentials URI';
const URI_TIMEOUT_MS = 10_000;

/** Temporary credentials from `uri` (`{ AccessKeyId, AccessKeySecret, SecurityToken, Expiration }`), refreshed before they expire. */
export function fromCredentialsUri(uri: string): CredentialsProvider {
  // A ternary written out (not a helper call or an early return), so that a platform build drops the Node code.
  return typeof __CS_RUNTIME_PLATFORM__ === 'string' && __CS_RUNTIME_PLATFORM__ !== 'node'
    ? nodeOnly(SOURCE)
    : credentialsUriOnNode(uri);
}

function credentialsUriOnNode(uri: string): CredentialsProvider {
  return refreshing(async () => {
    const response = await credentialsRequest(
      SOURCE,
      { method: 'GET', url: uri, headers: { accept: 'application/json' } },
      URI_TIMEOUT_MS,
    );
    return temporaryCredentials(SOURCE, 'the credentials URI', jsonBody(SOURCE, 'the credentials URI', response));
  });
}
