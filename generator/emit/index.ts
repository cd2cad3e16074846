import type { GenerationInput } from '../ir/types.ts';
import { emitClient } from './client.ts';
import { emitDocs } from './docs.ts';
import { emitLifecycleDocs } from './lifecycle-docs.ts';
import { emitMock } from './mock.ts';
import { emitModels } from './models.ts';
import { emitPackageFiles } from './package-files.ts';
import { emitPaginators } from './paginators.ts';
import type { EmitterPlugin } from './plugin.ts';
import { emitValidators } from './validators.ts';
import { emitWaiters } from './waiters.ts';

/**
 * Every plugin, in the order the package index lists their symbols. The runtime plugin ships the hand-written
 * runtime that no other plugin owns; `src/index.ts` is derived afterwards from the symbols of them all.
 */
export const PLUGINS: readonly EmitterPlugin[] = [
  { name: 'models', emit: emitModels, exports: [{ module: 'src/models.ts' }] },
  { name: 'validators', emit: emitValidators, exports: [{ module: 'src/validators.ts' }] },
  { name: 'client', emit: emitClient, exports: [{ module: 'src/client.ts' }] },
  {
    name: 'waiters',
    emit: emitWaiters,
    handWritten: { folder: 'runtime', files: ['waiter.ts'] },
    exports: [
      { module: 'src/waiters.ts' },
      {
        module: 'src/runtime/waiter.ts',
        only: ['runWaiter', 'WaiterAcceptor', 'WaiterConfig', 'WaiterError', 'WaiterFailureReason', 'WaiterOptions'],
      },
    ],
  },
  {
    name: 'paginators',
    emit: emitPaginators,
    handWritten: { folder: 'runtime', files: ['paginator.ts'] },
    exports: [{ module: 'src/paginators.ts' }, { module: 'src/runtime/paginator.ts', only: ['paginate', 'PageConfig', 'PaginatorOptions'] }],
  },
  {
    name: 'runtime',
    handWritten: { folder: 'runtime' },
    exports: [{ module: 'src/runtime/index.ts' }, { module: 'src/runtime/node.ts', entry: 'node' }],
  },
  { name: 'docs', emit: (input: GenerationInput) => [...emitDocs(input), ...emitLifecycleDocs(input)], documentsOnly: true },
  { name: 'package files', emit: emitPackageFiles, documentsOnly: true },
  { name: 'mock', emit: emitMock, handWritten: { folder: 'mock' } },
];
