import { type Transport } from './transport.js';
export declare function createFetchTransport(fetchImpl?: typeof fetch): Transport;
