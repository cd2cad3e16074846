/** See dev/spec-operations.ts (shared with the benchmarks). */
export * from '../../dev/spec-operations.ts';
