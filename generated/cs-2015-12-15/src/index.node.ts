// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

export * from './index.js';
export * from './runtime/node.js';
