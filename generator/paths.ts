import { fileURLToPath } from 'node:url';

declare global {
  /** Set by the launcher (generator/bin.mjs) when running the bundled generator, whose own URL is elsewhere. */
  var __CS_GENERATOR_ROOT__: string | undefined;
}

/** The repository root: templates/ and generator/runtime/ are read relative to it. */
export const PROJECT_ROOT: string = globalThis.__CS_GENERATOR_ROOT__ ?? fileURLToPath(new URL('..', import.meta.url));
