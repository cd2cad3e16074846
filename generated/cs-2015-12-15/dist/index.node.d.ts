export * from './index.js';
export * from './runtime/node.js';
