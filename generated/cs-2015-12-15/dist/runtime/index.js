export { ClientCore, } from './client-core.js';
export { fromEnv } from './credentials.js';
export { AbortError, CredentialsError, CsError, CsServiceError, NetworkError, ResponseParseError, TimeoutError, ValidationError, } from './errors.js';
export { createFetchTransport } from './transport-fetch.js';
export { createNodeTransport } from './transport-node.js';
