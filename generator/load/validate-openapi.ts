import { validateOpenApiSchema } from '../openapi-schema.ts';
import { isRecord } from './pointer.ts';
import { SpecError, specErrorAt, type Locator } from './spec-error.ts';

interface SchemaError {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** Checks the document's version, then validates it against the official OpenAPI 3.1 JSON Schema. */
export async function validateOpenApi(document: Record<string, unknown>, locator: Locator): Promise<void> {
  assertOpenApi31(document, locator);
  // The validator mutates nothing it is given, but copy anyway: it must never see our later edits.
  const result = await validateOpenApiSchema(structuredClone(document));
  if (result.valid) return;
  // The validator reports problems it meets before schema validation (e.g. references it cannot follow) as a string.
  if (typeof result.errors === 'string') throw specErrorAt(locator, '', `not valid OpenAPI 3.1: ${result.errors}`);
  const errors = (Array.isArray(result.errors) ? result.errors : []) as SchemaError[];
  const chosen = mostSpecific(errors);
  const pointer = chosen?.instancePath ?? '';
  throw specErrorAt(locator, pointer, `not valid OpenAPI 3.1: ${describe(chosen)}`);
}

function assertOpenApi31(document: Record<string, unknown>, locator: Locator): void {
  if ('swagger' in document) {
    throw specErrorAt(locator, '/swagger', 'Swagger 2.0 is not supported: convert the document to OpenAPI 3.1');
  }
  const version = document.openapi;
  if (version === undefined) {
    // Name the file that looks like the product file (it has `info` or the product code), not just any file.
    const productPointer = ['/info', '/x-acs-product', '/x-acs-version'].find((p) => p.slice(1) in document) ?? '';
    const where = locator.locate(productPointer);
    throw new SpecError('no file of the folder declares "openapi: 3.1.x" (the product file should)', where?.file, '/openapi');
  }
  if (typeof version !== 'string' || !/^3\.1\.\d+$/.test(version)) {
    throw specErrorAt(locator, '/openapi', `OpenAPI ${String(version)} is not supported: use 3.1.x`);
  }
  if (!isRecord(document.info)) throw specErrorAt(locator, '/info', 'the product file must have an "info" object');
}

/** The error deepest in the document is the one a user can act on; ties go to the first reported. */
function mostSpecific(errors: SchemaError[]): SchemaError | undefined {
  let best: SchemaError | undefined;
  for (const error of errors) {
    const depth = (error.instancePath ?? '').split('/').length;
    const bestDepth = (best?.instancePath ?? '').split('/').length;
    if (!best || depth > bestDepth) best = error;
  }
  return best;
}

function describe(error: SchemaError | undefined): string {
  if (!error) return 'the document does not match the OpenAPI 3.1 schema';
  const params = error.params ?? {};
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return `unexpected field "${params.additionalProperty}"`;
  }
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    return `missing required field "${params.missingProperty}"`;
  }
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return error.message ?? 'does not match the OpenAPI 3.1 schema';
}
