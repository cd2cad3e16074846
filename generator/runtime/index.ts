/**
 * The public runtime for every platform. Node-only exports (which pull in `node:*` modules) live in `node.ts`, which
 * only the package's Node entry re-exports, so that browser and worker builds never see them.
 */
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
export type { HttpRequest, HttpResponse, Transport, TransportContext } from './transport.js';
export { createFetchTransport } from './transport-fetch.js';
export type { ValidationIssue, ValidationResult, Validator } from './validation.js';
