import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './ts-kinds.ts';
import { toConstantCase } from '../ir/naming.ts';
import type { GenerationInput, Operation, Service, Waiter, WaiterAcceptor } from '../ir/types.ts';
import { GENERATED_HEADER } from './header.ts';
import { commentSafe } from './jsdoc.ts';
import { tsFile } from './ts-source.ts';
import { propertyKey } from './type-text.ts';
import type { GeneratedFile } from './types.ts';

/** Name of the function of a waiter: `waitUntilNodePoolActive`. */
export function waiterFunctionName(waiter: Waiter): string {
  return `waitUntil${waiter.name}`;
}

/** Name of the input type of a waiter: `NodePoolActiveWaiterInput`. */
export function waiterInputType(waiter: Waiter): string {
  return `${waiter.name}WaiterInput`;
}

/** Whether an error may end the waiter with success (a deleted resource is "not found"): it then resolves undefined. */
export function waiterMayEndWithoutResponse(waiter: Waiter): boolean {
  return waiter.acceptors.some((a) => a.state === 'success' && a.matcher.kind === 'errorType');
}

/**
 * `src/waiters.ts`: one `waitUntil<Name>(client, input, options?)` per `x-acs-waiters` entry, each a thin call into
 * the runtime's `runWaiter` with its acceptors, so that bundlers drop the waiters a program does not call.
 */
export function emitWaiters({ service }: GenerationInput): GeneratedFile[] {
  const waiters = service.waiters ?? [];
  if (waiters.length === 0) return [];
  const polled = waiters.map((w) => pollOperation(service, w));
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/waiter.js', namedImports: ['runWaiter', 'type WaiterConfig', 'type WaiterOptions'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/client-core.js', namedImports: ['ClientCore', 'WithMetadata'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './models.js', namedImports: unique(polled.flatMap((op) => [op.requestType, op.responseType])) },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './client.js', namedImports: unique(polled.map((op) => op.methodName)) },
    ...waiters.flatMap((waiter, i) => waiterStatements(waiter, polled[i]!)),
  ];
  return [tsFile('src/waiters.ts', { leadingTrivia: GENERATED_HEADER, statements })];
}

/** The operation a waiter polls. */
export function pollOperation(service: Service, waiter: Waiter): Operation {
  const op = service.operations.find((o) => o.action === waiter.operation);
  if (!op) throw new Error(`waiter ${waiter.name}: operation ${waiter.operation} is not in the IR`);
  return op;
}

function unique(names: string[]): string[] {
  return [...new Set(names)].sort();
}

function waiterStatements(waiter: Waiter, op: Operation): StatementStructures[] {
  const configName = `${toConstantCase(waiter.name)}_WAITER`;
  const config = {
    name: waiter.name,
    minDelay: waiter.minDelay,
    maxDelay: waiter.maxDelay,
    maxWait: waiter.maxWait,
    acceptors: waiter.acceptors.map(runtimeAcceptor),
  };
  const gone = waiterMayEndWithoutResponse(waiter);
  const response = `WithMetadata<${op.responseType}>`;
  const request = `{ ${waiter.input.map((f) => `${propertyKey(f.parameter)}: input.${f.name}`).join(', ')} }`;
  return [
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: waiterInputType(waiter),
      docs: [{ description: `Input of {@link ${waiterFunctionName(waiter)}}: the fields of the ${op.action} request it polls with.` }],
      properties: waiter.input.map((field) => {
        const param = op.parameters.find((p) => p.wireName === field.parameter);
        return {
          name: propertyKey(field.name),
          type: `${op.requestType}[${JSON.stringify(field.parameter)}]`,
          hasQuestionToken: param?.required !== true,
          docs: [{ description: `Sent as \`${commentSafe(field.parameter)}\` of ${op.action}.` }],
        };
      }),
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: configName, type: 'WaiterConfig', initializer: JSON.stringify(config) }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: waiterFunctionName(waiter),
      docs: [{ description: waiterDoc(waiter, op, gone) }],
      parameters: [
        { name: 'client', type: 'ClientCore' },
        { name: 'input', type: waiterInputType(waiter) },
        { name: 'options', type: 'WaiterOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<${response}${gone ? ' | undefined' : ''}>`,
      statements: [
        `return runWaiter<${response}${gone ? ', undefined' : ''}>((callOptions) => ${op.methodName}(client, ${request}, callOptions), ${configName}, options);`,
      ],
    },
  ];
}

function runtimeAcceptor(acceptor: WaiterAcceptor): object {
  const { state, matcher } = acceptor;
  return matcher.kind === 'errorType'
    ? { state, errorCode: matcher.errorCode }
    : { state, path: matcher.path, comparator: matcher.comparator, expected: matcher.expected };
}

function waiterDoc(waiter: Waiter, op: Operation, gone: boolean): string {
  const lines = [
    commentSafe(waiter.description || `Waits for ${waiter.name}.`),
    '',
    `Polls ${op.action} every ${waiter.minDelay}–${waiter.maxDelay} s (backoff with jitter) for at most ${waiter.maxWait} s by default:`,
    ...waiter.acceptors.map((a) => `- ${commentSafe(acceptorText(a))}`),
    '',
    gone
      ? 'Resolves with the last response, or `undefined` when an error meant success (the resource is gone).'
      : 'Resolves with the last response.',
    'Rejects with a `WaiterError` whose `reason` is `failure`, `timeout` or `aborted`. Throttling and transient errors keep polling.',
    `See docs/waiters-and-paginators.md.`,
  ];
  return lines.join('\n');
}

/** One acceptor in words, e.g. "`/status/state` is `active` → success". */
export function acceptorText(acceptor: WaiterAcceptor): string {
  const { state, matcher } = acceptor;
  if (matcher.kind === 'errorType') return `error \`${matcher.errorCode}\` → ${state}`;
  const expected = `\`${String(matcher.expected)}\``;
  const condition =
    matcher.comparator === 'anyStringEquals'
      ? `any of \`${matcher.path}\` is ${expected}`
      : matcher.comparator === 'allStringEquals'
        ? `all of \`${matcher.path}\` are ${expected}`
        : `\`${matcher.path}\` is ${expected}`;
  return `${condition} → ${state}`;
}
