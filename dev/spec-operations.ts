/**
 * The generated package's operations with their validators, request examples and ajv oracles: shared by the tests
 * (test/validators/support.ts re-exports it) and the validator benchmark, so that bench code never imports test/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import * as validators from '../generated/cs-2015-12-15/src/validators.ts';
import type { ValidationIssue, ValidationResult } from '../generated/cs-2015-12-15/src/runtime/validation.ts';
import { requestSchemaOf, sampleRequest } from './sample-request.ts';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const packageDir = path.join(repoRoot, 'generated/cs-2015-12-15');

type Json = Record<string, unknown>;

/** The bundled document shipped in the generated package. */
export const openapi: Json = JSON.parse(readFileSync(path.join(packageDir, 'openapi.json'), 'utf8')) as Json;

export interface OperationUnderTest {
  action: string;
  /** Request schema built from the document: parameters by name and the JSON body under `body`. */
  schema: Json;
  /** The spec's request examples; where it has none, two requests synthesized from the schema (all fields, required only). */
  examples: { title: string; value: Json }[];
  validate: (value: unknown) => ValidationResult<unknown>;
  assert: (value: unknown) => void;
}

const generated = validators as unknown as Record<string, (value: unknown) => unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every operation of the document, with its generated validate/assert functions. */
export function operations(): OperationUnderTest[] {
  const found: OperationUnderTest[] = [];
  for (const item of Object.values(openapi.paths as Json)) {
    if (!isRecord(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isRecord(operation) || typeof operation.operationId !== 'string') continue;
      const action = operation.operationId;
      const validate = generated[`validate${action}Request`];
      const assert = generated[`assert${action}Request`];
      if (!validate || !assert) throw new Error(`no generated validator for ${action}`);
      const written = (operation['x-acs-request-examples'] as { title: string; value: Json }[] | undefined) ?? [];
      found.push({
        action,
        schema: requestSchema(operation),
        examples: written.length > 0 ? written : synthesizedExamples(operation, validate as OperationUnderTest['validate']),
        validate: validate as OperationUnderTest['validate'],
        assert: assert as OperationUnderTest['assert'],
      });
    }
  }
  return found.sort((a, b) => (a.action < b.action ? -1 : 1));
}

export function operation(action: string): OperationUnderTest {
  const op = operations().find((o) => o.action === action);
  if (!op) throw new Error(`no operation ${action}`);
  return op;
}

function synthesizedExamples(operation: Json, validate: OperationUnderTest['validate']): { title: string; value: Json }[] {
  return [
    { title: 'synthesized: every field', value: sampleRequest(openapi, operation, validate, { full: true }) },
    { title: 'synthesized: required fields only', value: sampleRequest(openapi, operation, validate) },
  ];
}

/** `{ type: object, properties: { <params>, body }, required, additionalProperties: false }`, from the document. */
function requestSchema(operation: Json): Json {
  return { ...requestSchemaOf(operation), additionalProperties: false, components: openapi.components };
}

/** Every `x-*` keyword used inside the document's schemas. */
function extensionKeywords(): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isRecord(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('x-')) found.add(key);
        walk(value);
      }
    }
  };
  walk(openapi.components);
  return [...found].sort();
}

/** `x-rules` as a custom keyword: `lessOrEqual: [a, b]` fails when both are numbers and a > b. */
function xRulesHolds(rules: unknown, data: unknown): boolean {
  if (!Array.isArray(rules) || !isRecord(data)) return true;
  for (const rule of rules as { lessOrEqual?: [string, string] }[]) {
    const [left, right] = rule.lessOrEqual ?? [];
    if (left === undefined || right === undefined) continue;
    const a = data[left];
    const b = data[right];
    if (typeof a === 'number' && typeof b === 'number' && a > b) return false;
  }
  return true;
}

/** ajv 2020 (allErrors, ajv-formats, strict false), our extensions registered; `x-rules` implemented. */
export function makeAjv(options: { xRules: boolean } = { xRules: true }): InstanceType<typeof Ajv2020> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const keyword of extensionKeywords()) {
    if (keyword === 'x-rules' && options.xRules) {
      ajv.addKeyword({ keyword, schemaType: 'array', validate: xRulesHolds, errors: false });
    } else {
      ajv.addKeyword({ keyword });
    }
  }
  return ajv;
}

export function compileAjv(schema: Json, options?: { xRules: boolean }): ValidateFunction {
  return makeAjv(options).compile(schema);
}

export type { ValidationIssue };
