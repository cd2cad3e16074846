export {
  ClientCore,
  type CallOptions,
  type ClientOptions,
  type OperationDescriptor,
  type ParamDescriptor,
  type ResponseMetadata,
  type ServiceDescriptor,
  type WithMetadata,
} from './client-core.js';
export { fromEnv, type Credentials, type CredentialsProvider } from './credentials.js';
export {
  AbortError,
  CredentialsError,
  CsError,
  CsServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
  type ErrorMetadata,
} from './errors.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './limits.js';
export { ConfigurationError, RedirectError, ResponseTooLargeError } from './safety-errors.js';
export type { HttpRequest, HttpResponse, Transport, TransportContext } from './transport.js';
export { createFetchTransport } from './transport-fetch.js';
export { createNodeTransport, type NodeTransport, type NodeTransportOptions } from './transport-node.js';
export type { ValidationIssue, ValidationResult, Validator } from './validation.js';
