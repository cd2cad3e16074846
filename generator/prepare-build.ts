import { prepareRuntime } from './emit/prepare-runtime.ts';
import { prebuildOpenApiSchema } from './openapi-schema.ts';
import { precompileTemplates } from './emit/templates.ts';

/**
 * Run by generator/bin.mjs once per build of the generator (a change of its sources), beside the bundle: the work
 * that depends only on the generator, not on the spec (the runtime formatted and declared, the OpenAPI 3.1 schema
 * compiled, the templates precompiled), so that no generation repeats it.
 */
export async function prepareBuild(buildDir: string): Promise<void> {
  await prepareRuntime(buildDir);
  await prebuildOpenApiSchema(buildDir);
  precompileTemplates(buildDir);
}
