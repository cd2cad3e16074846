// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

export * from './index.js';
export { type NodeTransport, type NodeTransportOptions, createNodeTransport } from './runtime/node.js';
