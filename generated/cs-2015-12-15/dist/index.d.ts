export * from './models.js';
export * from './validators.js';
export * from './client.js';
export * from './waiters.js';
export * from './paginators.js';
export * from './runtime/index.js';
export { SdkError as CsError, ServiceError as CsServiceError } from './runtime/index.js';
