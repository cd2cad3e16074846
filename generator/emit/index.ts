import type { Emitter } from './types.ts';
import { emitClient } from './client.ts';
import { emitDocs } from './docs.ts';
import { emitMock } from './mock.ts';
import { emitModels } from './models.ts';
import { emitPackageFiles } from './package-files.ts';
import { emitValidators } from './validators.ts';

/** Every emitter, each a pure function IR → files. `src/index.ts` is derived from their output afterwards. */
export const EMITTERS: readonly Emitter[] = [emitModels, emitValidators, emitClient, emitDocs, emitPackageFiles, emitMock];
