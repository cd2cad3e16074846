import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generatorBuildDir, PROJECT_ROOT } from './paths.ts';

/** What @seriousme/openapi-schema-validator's `Validator#validate` answers. */
export interface SchemaValidation {
  valid: boolean;
  errors?: unknown;
}

type CompiledSchema = ((data: unknown) => boolean) & { errors?: unknown };

/** Set by generator/bin.mjs: the folder of the generator's build. */
const PREBUILT_FILE = 'openapi-3.1-schema.cjs';
const SCHEMA_FILE = path.join(PROJECT_ROOT, 'node_modules', '@seriousme', 'openapi-schema-validator', 'schemas', 'v3.1', 'schema.json');

/**
 * Validates an OpenAPI 3.1 document against the official JSON Schema exactly as
 * `new Validator().validate(document)` of @seriousme/openapi-schema-validator does (the same schema, ajv options
 * and formats, then its reference check), but with the schema compiled once per build of the generator
 * (`prebuildOpenApiSchema`, run by generator/bin.mjs) instead of on every run: compiling it is most of the cost
 * of validating. Without a build (e.g. the generator run from its TypeScript sources), the library compiles it.
 */
export async function validateOpenApiSchema(document: Record<string, unknown>): Promise<SchemaValidation> {
  const compiled = prebuiltSchema();
  if (!compiled) {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    return (await new Validator().validate(document as never)) as SchemaValidation;
  }
  if (!compiled(document)) return { valid: false, ...(compiled.errors ? { errors: compiled.errors } : {}) };
  const { checkRefs } = (await import('@seriousme/openapi-schema-validator/resolve.js' as string)) as { checkRefs: (tree: unknown) => SchemaValidation };
  return checkRefs(document);
}

function prebuiltSchema(): CompiledSchema | undefined {
  const folder = generatorBuildDir();
  if (folder === undefined || !existsSync(path.join(folder, PREBUILT_FILE))) return undefined;
  return createRequire(path.join(folder, 'index.cjs'))(`./${PREBUILT_FILE}`) as CompiledSchema;
}

/** Compiles the OpenAPI 3.1 schema into a standalone module in the build folder, as the library would compile it. */
export async function prebuildOpenApiSchema(buildDir: string): Promise<void> {
  const require = createRequire(path.join(PROJECT_ROOT, 'package.json'));
  const { default: Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const { default: standaloneCode } = require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js');
  const { _ } = require('ajv') as typeof import('ajv');
  const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
  // The library's options: strict off (it is too strict for OpenAPI schemas), ajv-formats, `media-range` accepted.
  const ajv = new Ajv2020({ strict: false, code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
  addFormats(ajv);
  ajv.addFormat('media-range', true);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  writeFileSync(path.join(buildDir, PREBUILT_FILE), standaloneCode(ajv, validate));
}
