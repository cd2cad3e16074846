import type { Emitter } from './types.ts';

/**
 * One emitter of the package, with what it brings besides the files it writes: the hand-written files it ships and
 * the symbols the package index exports of it. The pipeline runs the registry (plugins.ts) in order; a plugin whose
 * emitter writes nothing for a spec (no waiters) ships nothing, neither its hand-written files nor its symbols.
 */
export interface EmitterPlugin {
  /** Names the plugin in errors (`the waiters plugin`). */
  readonly name: string;
  /** The files it writes from the IR. None for a plugin that only ships hand-written files (the runtime). */
  readonly emit?: Emitter;
  /** Hand-written files it owns, from a folder of the generator (`generator/runtime/`), copied into `src/<folder>/`. */
  readonly handWritten?: HandWritten;
  /** The modules of the package whose exports the package entry (`src/index.ts`) re-exports by name. */
  readonly exports?: readonly PublicModule[];
  /** It writes documentation and package metadata only, no TypeScript: it runs while esbuild bundles the code. */
  readonly documentsOnly?: true;
}

export interface HandWritten {
  readonly folder: 'runtime' | 'mock';
  /** The files it owns; left out: every TypeScript file of the folder that no other plugin names. */
  readonly files?: readonly string[];
}

export interface PublicModule {
  /** A TypeScript file the plugin writes or owns (`src/waiters.ts`, `src/runtime/waiter.ts`). */
  readonly module: string;
  /** Only these of its exports (a runtime file also exports what its tests need); left out: every export. */
  readonly only?: readonly string[];
  /** `node`: exported by the Node entry only (`src/index.node.ts`), as it loads `node:*` modules. */
  readonly entry?: 'node';
}
