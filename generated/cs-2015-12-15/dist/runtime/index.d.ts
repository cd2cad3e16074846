/**
 * The public runtime for every platform. Node-only exports (which pull in `node:*` modules) live in `node.ts`, which
 * only the package's Node entry re-exports, so that browser and worker builds never see them. The files a plugin owns
 * (waiter.ts, paginator.ts: generator/emit/index.ts) are not named here: the package entry exports them from there.
 */
export { ClientCore, type CallOptions, type ClientFeatures, type ClientOptions, type OperationDescriptor, type ParamDescriptor, type ResponseMetadata, type ServiceDescriptor, type WithMetadata, } from './client-core.js';
export { fromEnv, type Credentials, type CredentialsProvider } from './credentials.js';
export { defaultCredentialsChain, type CredentialEndpoints } from './credentials-chain.js';
export { fromEcsRamRole, type EcsRamRoleOptions } from './credentials-ecs.js';
export { fromOidcRole, type OidcRoleOptions } from './credentials-oidc.js';
export { fromCliProfile, fromCredentialsFile, type ProfileEndpoints } from './credentials-profile.js';
export { fromRamRoleArn, type RamRoleArnOptions } from './credentials-ram-role-arn.js';
export { fromCredentialsUri } from './credentials-uri.js';
export { AbortError, CredentialsError, SdkError, ServiceError, NetworkError, ResponseParseError, TimeoutError, ValidationError, type ErrorMetadata, } from './errors.js';
export { allFeatures } from './features.js';
export { HookError, hookSupport, RESERVED_HEADERS, type AttemptInfo, type ErrorHookContext, type Hook, type HookSupport, type RequestHookContext, type ResponseHookContext, } from './hooks.js';
export { debugEvents, type AttemptEvents, type EventSupport, type LogEvent, type LogEventName, type Logger, } from './log.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './limits.js';
export { ConfigurationError, RedirectError, ResponseTooLargeError } from './safety-errors.js';
export type { HttpRequest, HttpResponse, Transport, TransportContext } from './transport.js';
export { createFetchTransport } from './transport-fetch.js';
export type { ValidationCode, ValidationIssue, ValidationResult, Validator } from './validation.js';
