/** Runtime exports that only the package's Node entry offers: they load `node:*` modules. */
export { createNodeTransport, type NodeTransport, type NodeTransportOptions } from './transport-node.js';
