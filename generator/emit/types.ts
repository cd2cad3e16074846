import type { GenerationInput } from '../ir/types.ts';

/** A file of the generated package: path relative to the package root (POSIX separators) and its text. */
export interface GeneratedFile {
  path: string;
  contents: string;
}

/** Every emitter is a pure function of the IR. */
export type Emitter = (input: GenerationInput) => GeneratedFile[];
