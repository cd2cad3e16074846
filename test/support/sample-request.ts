/** See dev/sample-request.ts (shared with the benchmarks). */
export * from '../../dev/sample-request.ts';
