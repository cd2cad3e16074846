import { fileURLToPath } from 'node:url';

declare global {
  /** Set by the launcher (generator/bin.mjs) when running the bundled generator, whose own URL is elsewhere. */
  var __CS_GENERATOR_ROOT__: string | undefined;
  /** Set by the launcher to the folder of the bundled generator build (prepared templates, runtime, schema). */
  var __CS_GENERATOR_BUILD_DIR__: string | undefined;
}

/** The folder of the bundled generator build this process runs, or undefined when running from source. */
export function generatorBuildDir(): string | undefined {
  const folder: unknown = globalThis.__CS_GENERATOR_BUILD_DIR__;
  return typeof folder === 'string' ? folder : undefined;
}

/** The repository root: templates/ and generator/runtime/ are read relative to it. */
export const PROJECT_ROOT: string = globalThis.__CS_GENERATOR_ROOT__ ?? fileURLToPath(new URL('..', import.meta.url));
