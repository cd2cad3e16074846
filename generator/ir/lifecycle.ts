/**
 * `x-acs-waiters` and `x-acs-pagination` → IR. The loader (load/check-lifecycle.ts) has checked both, so this only
 * reads them and fills in the defaults.
 */
import { escapePointerToken, isRecord } from '../load/pointer.ts';
import type { Operation, Pagination, Waiter, WaiterAcceptor, WaiterMatcher } from './types.ts';

type Node = Record<string, unknown>;

/** Smithy's defaults: 2 s and 120 s between polls; a total of 30 minutes unless the spec says otherwise. */
const DEFAULT_MIN_DELAY = 2;
const DEFAULT_MAX_DELAY = 120;
const DEFAULT_MAX_WAIT = 1800;

export function readPagination(operation: Node): Pagination | undefined {
  const raw = operation['x-acs-pagination'];
  if (!isRecord(raw)) return undefined;
  if (raw.style === 'token') {
    return {
      style: 'token',
      tokenParam: String(raw.token),
      ...(typeof raw.pageSize === 'string' ? { pageSizeParam: raw.pageSize } : {}),
      nextTokenPath: String(raw.nextToken),
      itemsPath: String(raw.items),
    };
  }
  return {
    style: 'pageNumber',
    pageNumberParam: String(raw.pageNumber),
    pageSizeParam: String(raw.pageSize),
    itemsPath: String(raw.items),
    ...(typeof raw.totalCount === 'string' ? { totalCountPath: raw.totalCount } : {}),
  };
}

/** The document's waiters, sorted by name; inputs default to the polled operation's required parameters. */
export function readWaiters(document: Node, operations: readonly Operation[]): Waiter[] {
  const raw = document['x-acs-waiters'];
  if (!isRecord(raw)) return [];
  return Object.keys(raw)
    .sort()
    .map((name): Waiter => {
      const waiter = raw[name] as Node;
      const action = String(waiter.operation);
      const polled = operations.find((op) => op.action === action);
      const input = isRecord(waiter.input)
        ? Object.entries(waiter.input).map(([field, parameter]) => ({ name: field, parameter: String(parameter) }))
        : (polled?.parameters ?? []).filter((p) => p.required).map((p) => ({ name: p.wireName, parameter: p.wireName }));
      return {
        name,
        description: typeof waiter.description === 'string' ? waiter.description.trim() : '',
        operation: action,
        input,
        acceptors: (waiter.acceptors as Node[]).map(readAcceptor),
        minDelay: typeof waiter.minDelay === 'number' ? waiter.minDelay : DEFAULT_MIN_DELAY,
        maxDelay: typeof waiter.maxDelay === 'number' ? waiter.maxDelay : DEFAULT_MAX_DELAY,
        maxWait: typeof waiter.maxWait === 'number' ? waiter.maxWait : DEFAULT_MAX_WAIT,
        source: `/x-acs-waiters/${escapePointerToken(name)}`,
      };
    });
}

function readAcceptor(acceptor: Node): WaiterAcceptor {
  const matcher = acceptor.matcher as Node;
  const read: WaiterMatcher =
    typeof matcher.errorType === 'string'
      ? { kind: 'errorType', errorCode: matcher.errorType }
      : {
          kind: 'path',
          path: String(matcher.path),
          comparator: matcher.comparator as Extract<WaiterMatcher, { kind: 'path' }>['comparator'],
          expected: matcher.expected as string | boolean,
        };
  return { state: acceptor.state as WaiterAcceptor['state'], matcher: read };
}
