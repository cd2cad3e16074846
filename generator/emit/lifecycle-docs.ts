import type { GenerationInput, JsonValue, Operation, Pagination, Service, Waiter } from '../ir/types.ts';
import { baseClientName } from './client.ts';
import { cell, fenced, inline } from './markdown.ts';
import { markdownTable } from './markdown-table.ts';
import { paginatedOperations, paginationText, paginatorName, takesPageSize } from './paginators.ts';
import { render } from './templates.ts';
import { productNames } from './product-names.ts';
import { ExampleIndex, parameterSample, requiredRequestSample } from './request-sample.ts';
import { tsLiteral } from './ts-literal.ts';
import { propertyKey } from './type-text.ts';
import type { GeneratedFile } from './types.ts';
import { acceptorText, pollOperation, waiterFunctionName, waiterInputType, waiterMayEndWithoutResponse } from './waiters.ts';
import { unescapePointerToken } from '../load/pointer.ts';

/** Whether the package has waiters or paginators (and so `docs/waiters-and-paginators.md`). */
export function hasLifecycleDocs(service: Service): boolean {
  return (service.waiters ?? []).length > 0 || paginatedOperations(service.operations).length > 0;
}

/** What the package README says about waiters and paginators: the first of each, for its example. */
export function lifecycleReadmeView(service: Service): { waiter?: string; waiterOperation?: string; paginator?: string } | undefined {
  if (!hasLifecycleDocs(service)) return undefined;
  // The example promises a response, so it names a waiter whose success is a state, not a "not found" error.
  const waiter = (service.waiters ?? []).find((w) => !waiterMayEndWithoutResponse(w));
  const paginated = paginatedOperations(service.operations)[0];
  // Every key present (possibly undefined): the templates run in Handlebars' strict mode.
  return {
    waiter: waiter ? waiterFunctionName(waiter) : undefined,
    waiterOperation: waiter?.operation,
    paginator: paginated ? paginatorName(paginated) : undefined,
  };
}

/** `docs/waiters-and-paginators.md`: every waiter and paginator, what it does, and an example of each. */
export function emitLifecycleDocs({ service }: GenerationInput): GeneratedFile[] {
  if (!hasLifecycleDocs(service)) return [];
  const base = baseClientName(service);
  const examples = ExampleIndex.of(service);
  const waiters = (service.waiters ?? []).map((w) => waiterView(service, w, base, examples));
  const paginators = paginatedOperations(service.operations).map((op) => paginatorView(op, base, service.packageName, examples));
  const view = {
    title: inline(service.title),
    product: service.product,
    version: service.version,
    packageName: service.packageName,
    baseClientName: base,
    errorName: productNames(service).error,
    waitersTable: markdownTable(
      ['Waiter', 'Polls', 'Input'],
      waiters.map((w) => [`[\`${w.functionName}\`](#${w.functionName.toLowerCase()})`, `[${w.operation}](./${w.operation}.md)`, cell(w.inputNames)]),
    ),
    paginatorsTable: markdownTable(
      ['Paginator', 'Operation', 'Paging'],
      paginators.map((p) => [`[\`${p.functionName}\`](#${p.functionName.toLowerCase()})`, `[${p.action}](./${p.action}.md)`, cell(p.paging)]),
    ),
    waiters,
    paginators,
  };
  return [{ path: 'docs/waiters-and-paginators.md', contents: render('docs/waiters-and-paginators.md.hbs', view) }];
}

interface WaiterView {
  functionName: string;
  inputType: string;
  operation: string;
  responseType: string;
  description: string;
  inputNames: string;
  acceptors: string[];
  minDelay: number;
  maxDelay: number;
  maxWait: number;
  resolves: string;
  example: string;
}

interface PaginatorView {
  functionName: string;
  action: string;
  requestType: string;
  responseType: string;
  paging: string;
  pageSize: boolean;
  example: string;
}

function waiterView(service: Service, waiter: Waiter, base: string, examples: ExampleIndex): WaiterView {
  const op = pollOperation(service, waiter);
  const input: { [key: string]: JsonValue } = {};
  for (const field of waiter.input) {
    // The loader has checked that each input names a parameter of the polled operation (check-lifecycle.ts).
    const param = op.parameters.find((p) => p.wireName === field.parameter)!;
    input[field.name] = parameterSample(op, param, examples);
  }
  const functionName = waiterFunctionName(waiter);
  const gone = waiterMayEndWithoutResponse(waiter);
  const firstPath = waiter.acceptors.map((a) => a.matcher).find((m) => m.kind === 'path');
  const example = [
    `import { ${base}, ${functionName}, WaiterError } from '${service.packageName}';`,
    '',
    `const client = new ${base}({ region: 'cn-hangzhou' });`,
    'try {',
    `  const ${gone ? 'last' : 'result'} = await ${functionName}(client, ${oneLine(input)}, { maxWaitSeconds: ${Math.min(waiter.maxWait, 900)} });`,
    gone
      ? '  // `last` is undefined once the resource is gone.'
      : `  console.log(result${firstPath?.kind === 'path' ? accessor(firstPath.path) : ''});`,
    '} catch (error) {',
    "  if (error instanceof WaiterError) console.error(error.reason, error.state); // 'failure' | 'timeout' | 'aborted'",
    '  throw error;',
    '}',
  ].join('\n');
  return {
    functionName,
    inputType: waiterInputType(waiter),
    operation: op.action,
    responseType: op.responseType,
    description: inline(waiter.description),
    inputNames: waiter.input.map((f) => (f.name === f.parameter ? `\`${f.name}\`` : `\`${f.name}\` (→ \`${f.parameter}\`)`)).join(', '),
    acceptors: waiter.acceptors.map((a) => inline(acceptorText(a))),
    minDelay: waiter.minDelay,
    maxDelay: waiter.maxDelay,
    maxWait: waiter.maxWait,
    resolves: gone ? `the last \`${op.responseType}\`, or \`undefined\` when an error meant success (the resource is gone)` : `the last \`${op.responseType}\``,
    example: fenced(example),
  };
}

function paginatorView(op: Operation & { pagination: Pagination }, base: string, packageName: string, examples: ExampleIndex): PaginatorView {
  const { pagination } = op;
  const request = requiredRequestSample(op, examples);
  const functionName = paginatorName(op);
  const options = takesPageSize(pagination) ? ', { pageSize: 50 }' : '';
  const example = [
    `import { ${base}, ${functionName} } from '${packageName}';`,
    '',
    `const client = new ${base}({ region: 'cn-hangzhou' });`,
    `for await (const page of ${functionName}(client, ${oneLine(request)}${options})) {`,
    `  for (const item of page${accessor(pagination.itemsPath)} ?? []) console.log(item);`,
    '}',
  ].join('\n');
  return {
    functionName,
    action: op.action,
    requestType: op.requestType,
    responseType: op.responseType,
    paging: paginationText(pagination),
    pageSize: takesPageSize(pagination),
    example: fenced(example),
  };
}

/** A flat object of scalars on one line: `{ ClusterId: 'c-1', NodepoolId: 'np-1' }`. */
function oneLine(value: { [key: string]: JsonValue }): string {
  const entries = Object.entries(value);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${tsLiteral(v)}`).join(', ')} }`;
}

/** `/status/state` → `.status?.state`, as optional chaining over a response. */
function accessor(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((raw, i) => {
      const key = propertyKey(unescapePointerToken(raw));
      const step = key.startsWith('"') ? `[${key}]` : `.${key}`;
      return i === 0 ? step : `?${key.startsWith('"') ? '.' : ''}${step}`;
    })
    .join('');
}
