import type { Emitter } from './types.ts';
import { emitClient } from './client.ts';
import { emitDocs } from './docs.ts';
import { emitMock } from './mock.ts';
import { emitModels } from './models.ts';
import { emitPackageFiles } from './package-files.ts';
import { emitValidators } from './validators.ts';
import { emitPaginators } from './paginators.ts';
import { emitWaiters } from './waiters.ts';
import { emitLifecycleDocs } from './lifecycle-docs.ts';

/** Every emitter, each a pure function IR → files. `src/index.ts` is derived from their output afterwards. */
export const EMITTERS: readonly Emitter[] = [
  emitModels,
  emitValidators,
  emitClient,
  emitWaiters,
  emitPaginators,
  emitDocs,
  emitLifecycleDocs,
  emitPackageFiles,
  emitMock,
];
