import type { GenerationInput } from '../ir/types.ts';

/** A file of the generated package: path relative to the package root (POSIX separators) and its text. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /** Set on TypeScript the emitter could not print in prettier's layout itself: the pipeline formats it. */
  unformatted?: true;
}

/** Every emitter is a pure function of the IR. */
export type Emitter = (input: GenerationInput) => GeneratedFile[];
