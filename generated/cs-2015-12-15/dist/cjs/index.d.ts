export * from './models.js';
export * from './validators.js';
export * from './client.js';
export * from './runtime/index.js';
