export * from './models.js';
export * from './validators.js';
export * from './client.js';
export * from './waiters.js';
export * from './paginators.js';
export * from './runtime/index.js';
