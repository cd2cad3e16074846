import type { Doc, GenerationInput, JsonValue, ObjectType, Operation, Service, Shape } from '../ir/types.ts';
import { describeRule, ShapeDescriber } from './describe-shape.ts';
import { cell, fenced, inline } from './markdown.ts';
import { markdownTable } from './markdown-table.ts';
import { tsLiteral } from './ts-literal.ts';
import { render } from './templates.ts';
import { encodeRequest, JSON_CONTENT_TYPE, type EncodedRequest } from '../runtime/request-encoding.ts';
import { regionHost } from '../runtime/options.ts';
import { SpecError } from '../load/spec-error.ts';
import { hasLifecycleDocs } from './lifecycle-docs.ts';
import { productNames } from './product-names.ts';
import type { GeneratedFile } from './types.ts';
import { operationWire } from './wire-descriptor.ts';
import { docsRequestExamples, ExampleIndex } from './request-sample.ts';
import { responseSample } from './mock-samples.ts';

interface ParameterRow {
  name: string;
  type: string;
  required: string;
  example: string;
  description: string;
}

/** `docs/<Action>.md` per operation, reading like the API reference, plus `docs/README.md` as the index. */
export function emitDocs({ service }: GenerationInput): GeneratedFile[] {
  const describer = new ShapeDescriber(service);
  const examples = ExampleIndex.of(service);
  const host = exampleHost(service);
  const pages = service.operations.map((op) => ({
    path: `docs/${op.action}.md`,
    contents: render('docs/operation.md.hbs', operationView(service, op, describer, examples, host)),
  }));
  const index = {
    path: 'docs/README.md',
    contents: render('docs/index.md.hbs', {
      title: inline(service.title),
      product: service.product,
      version: service.version,
      packageName: service.packageName,
      description: inline(service.description),
      lifecycle: hasLifecycleDocs(service),
      operationsTable: markdownTable(
        ['Operation', 'Request', 'Summary'],
        service.operations.map((op) => [`[${op.action}](./${op.action}.md)${op.deprecated ? ' (deprecated)' : ''}`, cell(`\`${op.method} ${op.path}\``), cell(op.summary)]),
      ),
    }),
  };
  return [index, ...pages];
}

function operationView(service: Service, op: Operation, describer: ShapeDescriber, examples: ExampleIndex, host: string): object {
  const rows: ParameterRow[] = op.parameters.map((p) => row(p.wireName, p.shape, p.required, p.doc, describer, [`In the ${p.location}${p.style === 'json' ? ', JSON-encoded' : ''}.`]));
  const rules: string[] = [];
  if (op.body) {
    rows.push(row('body', op.body.shape, op.body.required, op.body.doc, describer, ['The JSON request body.']));
    flatten('body', op.body.shape, describer, rows, rules, new Set());
  }
  const responseRows: ParameterRow[] = [];
  if (op.success.shape) flatten('', op.success.shape, describer, responseRows, [], new Set());
  const errorType = service.errorType ? describer.typeOf(service.errorType) : undefined;
  const errorRows: ParameterRow[] = [];
  if (errorType?.kind === 'object') flatten('', { kind: 'ref', name: errorType.name }, describer, errorRows, [], new Set());
  return {
    action: op.action,
    facts: markdownTable(['Product', 'Version', 'Style', 'Action'], [[service.product, service.version, service.style, `\`${op.action}\``]]),
    summary: inline(op.summary || op.action),
    description: inline(op.description),
    deprecated: op.deprecated,
    method: op.method,
    path: op.path,
    product: service.product,
    version: service.version,
    packageName: service.packageName,
    clientName: service.clientName,
    serviceErrorName: productNames(service).serviceError,
    methodName: op.methodName,
    requestType: op.requestType,
    responseType: op.responseType,
    retries: op.idempotent
      ? 'This operation is idempotent: the client retries it on throttling, 502/503/504 responses and network errors.'
      : 'This operation is not idempotent: the client retries it only when the service provably did not act on it (a throttling response, or a connection refused before the request was sent), so a retry never applies it twice.',
    parametersTable: parameterTable(rows),
    rules,
    responseTable: responseRows.length > 0 ? parameterTable(responseRows) : undefined,
    examples: docsRequestExamples(op, examples).map((example, i) => ({
      title: inline(example.title),
      http: fenced(httpExample(host, op, example.value, op.requestExamples.length > 0 ? `${op.source}/x-acs-request-examples/${i}/value` : op.source)),
      typescript: fenced(`const result = await client.${op.methodName}(${tsLiteral(example.value)});`),
    })),
    requestSampleBuilt: op.requestExamples.length === 0,
    ...responseExampleView(op, service),
    errorTable: errorRows.length > 0 ? parameterTable(errorRows, 'Field') : undefined,
    errorExample: service.errorType ? errorExample(op) : undefined,
  };
}

function parameterTable(rows: ParameterRow[], first = 'Parameter'): string {
  return markdownTable(
    [first, 'Type', 'Required', 'Example', 'Description'],
    rows.map((r) => [cell(r.name), cell(r.type), r.required, cell(r.example), cell(r.description)]),
  );
}

function row(name: string, shape: Shape, required: boolean, doc: Doc, describer: ShapeDescriber, extra: string[] = []): ParameterRow {
  const prose = doc.description || doc.summary;
  // Facts the author already wrote out in prose are not repeated from the schema.
  const notes = [prose, ...describer.constraints(shape).filter((note) => !saysAlready(prose, note))];
  if (doc.default !== undefined && !/\bdefault\b/i.test(prose)) notes.push(`Default: \`${JSON.stringify(doc.default)}\`.`);
  if (doc.deprecated && !/\bdeprecated\b/i.test(prose)) notes.push(doc.deprecatedReason !== undefined ? `**Deprecated** (${doc.deprecatedReason}).` : '**Deprecated.**');
  if (doc.sensitive) notes.push('Sensitive: never logged or echoed in errors.');
  if (!prose) notes.push(...extra);
  const example = doc.examples[0];
  return {
    name,
    type: describer.label(shape),
    required: required ? 'Yes' : 'No',
    example: example === undefined ? '' : doc.sensitive ? '\\*\\*\\*\\*' : exampleText(example),
    description: notes.filter((n) => n !== '').join(' '),
  };
}

/** A constraint note is redundant when every value or number it names already appears in the prose. */
function saysAlready(prose: string, note: string): boolean {
  if (/^Base64/.test(note)) return /base64/i.test(prose);
  const facts = [...note.matchAll(/`([^`]+)`|\b(\d+)\b/g)].map((m) => m[1] ?? m[2]!);
  return facts.length > 0 && facts.every((fact) => prose.includes(fact));
}

/** Longest example (in code points) a parameter table shows: a glance at the format; the full one is in the JSDoc. */
const MAX_TABLE_EXAMPLE_LENGTH = 60;

function exampleText(value: JsonValue): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const points = [...text];
  return points.length > MAX_TABLE_EXAMPLE_LENGTH ? `${points.slice(0, MAX_TABLE_EXAMPLE_LENGTH - 1).join('').trimEnd()}…` : text;
}

/** One row per nested field, named by its full path (`body.scaling_group.data_disks[].size`). */
function flatten(prefix: string, shape: Shape, describer: ShapeDescriber, rows: ParameterRow[], rules: string[], seen: Set<string>): void {
  const target = describer.objectOf(shape);
  if (!target || seen.has(target.object.name)) return;
  const base = `${prefix}${target.viaArray ? '[]' : ''}`;
  const object: ObjectType = target.object;
  const inPath = new Set(seen).add(object.name);
  for (const rule of object.rules) rules.push(`${base ? `\`${base}\`: ` : ''}${describeRule(rule, describer)}`);
  for (const field of object.fields) {
    const path = base ? `${base}.${field.wireName}` : field.wireName;
    rows.push(row(path, field.shape, field.required, field.doc, describer));
    flatten(path, field.shape, describer, rows, rules, inPath);
  }
}

/**
 * The request the client sends for an example, encoded by the runtime itself (request-encoding.ts): request line,
 * host, header parameters and JSON body (shown indented), without the signature headers, which change on every call.
 */
function httpExample(host: string, op: Operation, value: { [key: string]: JsonValue }, pointer: string): string {
  let encoded: EncodedRequest;
  try {
    encoded = encodeRequest(operationWire(op), value);
  } catch (error) {
    throw new SpecError(`request example of ${op.action} cannot be sent: ${(error as Error).message}`, undefined, pointer);
  }
  const lines = [`${op.method} ${encoded.path}${encoded.search ? `?${encoded.search}` : ''} HTTP/1.1`, `Host: ${host}`];
  for (const [name, text] of Object.entries(encoded.headers)) lines.push(`${name}: ${text}`);
  if (encoded.body !== undefined) lines.push(`Content-Type: ${JSON_CONTENT_TYPE}`, '', JSON.stringify(JSON.parse(encoded.body), null, 2));
  return lines.join('\n');
}

/** The host the examples' requests go to: the default region's (`cn-hangzhou` when the spec names none). */
function exampleHost(service: Service): string {
  const regions = Object.fromEntries(service.regions.map((r) => [r.regionId, r.host]));
  return regionHost(regions, service.endpointTemplate, service.defaultRegion ?? 'cn-hangzhou');
}

/**
 * The success response a page shows: the spec's first example, else (when the response has a schema) the body the
 * package's mock answers with, built from the schema, and marked as built.
 */
function responseExampleView(op: Operation, service: Service): { responseExample?: string; responseSampleBuilt?: boolean } {
  const written = op.success.examples[0];
  if (written !== undefined) return { responseExample: fenced(JSON.stringify(written, null, 2)) };
  if (!op.success.shape) return {};
  return { responseExample: fenced(JSON.stringify(responseSample(op, service), null, 2)), responseSampleBuilt: true };
}

function errorExample(op: Operation): string | undefined {
  const example = op.errors.flatMap((e) => e.examples)[0];
  return example === undefined ? undefined : fenced(JSON.stringify(example, null, 2));
}
