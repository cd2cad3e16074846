export * from './index.js';
export { type NodeTransport, type NodeTransportOptions, createNodeTransport } from './runtime/node.js';
