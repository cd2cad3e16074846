/**
 * Paginators: an async iterable of the pages of a list operation. Each generated `paginate…` function is a thin call
 * into `paginate` with where its operation keeps the page fields.
 *
 * Page-number style stops after a page without items, a page shorter than the page size, or once the items seen
 * reach the total the service reports. Token style stops when the answer carries no next token. A service that
 * answers the same page again, or hands out a token already followed, would loop forever: that ends the iteration
 * with a SdkError `PaginationLoop` instead.
 */
import type { CallOptions } from './client-core.js';
import { SdkError } from './errors.js';
import { parsePointer } from './validation.js';

/** Where a list operation keeps its paging fields: request parameter names and JSON Pointers into the response. */
export type PageConfig =
  | {
      style: 'pageNumber';
      action: string;
      pageNumber: string;
      pageSize: string;
      items: string;
      totalCount?: string;
      /** The operation declares its page fields as strings: numbers are sent as text. */
      numbersAsText?: boolean;
    }
  | {
      style: 'token';
      action: string;
      token: string;
      pageSize?: string;
      nextToken: string;
      items: string;
      numbersAsText?: boolean;
    };

/** Options of every `paginate…` function; the call options apply to each page's request. */
export interface PaginatorOptions extends CallOptions {
  /** Items per page, sent in the operation's page size field (when it has one). */
  pageSize?: number;
}

/** Yields each page as the operation returns it, starting at the request's own page (or token), if it sets one. */
export async function* paginate<Req extends object, Res>(
  send: (request: Req, options: CallOptions) => Promise<Res>,
  request: Req,
  options: PaginatorOptions,
  config: PageConfig,
): AsyncGenerator<Res, void, undefined> {
  const { pageSize, ...callOptions } = options;
  if (pageSize !== undefined && (!Number.isSafeInteger(pageSize) || pageSize < 1)) {
    throw new SdkError('InvalidPaginatorOptions', 'pageSize must be a positive integer');
  }
  if (config.style === 'token') {
    yield* byToken(send, request, callOptions, config, pageSize);
  } else {
    yield* byPageNumber(send, request, callOptions, config, pageSize);
  }
}

async function* byPageNumber<Req extends object, Res>(
  send: (request: Req, options: CallOptions) => Promise<Res>,
  request: Req,
  callOptions: CallOptions,
  config: Extract<PageConfig, { style: 'pageNumber' }>,
  pageSize: number | undefined,
): AsyncGenerator<Res, void, undefined> {
  const fields = request as Record<string, unknown>;
  const firstPage = positiveInteger(fields[config.pageNumber]) ?? 1;
  const size = pageSize ?? positiveInteger(fields[config.pageSize]);
  const encode = (n: number): number | string => (config.numbersAsText ? String(n) : n);
  // Items on the pages before the first one asked for, when that can be known.
  const before = firstPage === 1 ? 0 : size === undefined ? undefined : (firstPage - 1) * size;
  let page = firstPage;
  let seen = 0;
  let previous: string | undefined;
  for (;;) {
    const pageRequest = {
      ...fields,
      [config.pageNumber]: encode(page),
      ...(size === undefined ? {} : { [config.pageSize]: encode(size) }),
    } as Req;
    const response = await send(pageRequest, callOptions);
    const items = itemsAt(response, config.items);
    const fingerprint = JSON.stringify(items);
    if (items.length > 0 && fingerprint === previous) {
      throw new SdkError(
        'PaginationLoop',
        `${config.action}: page ${page} repeats page ${page - 1}; stopping instead of looping forever`,
      );
    }
    previous = fingerprint;
    yield response;
    seen += items.length;
    if (items.length === 0 || (size !== undefined && items.length < size)) return;
    const total = valueAt(response, config.totalCount);
    if (typeof total === 'number' && before !== undefined && before + seen >= total) return;
    page++;
  }
}

async function* byToken<Req extends object, Res>(
  send: (request: Req, options: CallOptions) => Promise<Res>,
  request: Req,
  callOptions: CallOptions,
  config: Extract<PageConfig, { style: 'token' }>,
  pageSize: number | undefined,
): AsyncGenerator<Res, void, undefined> {
  const fields = request as Record<string, unknown>;
  if (pageSize !== undefined && config.pageSize === undefined) {
    throw new SdkError('InvalidPaginatorOptions', `${config.action} has no page size field`);
  }
  const sizeField =
    pageSize === undefined || config.pageSize === undefined
      ? {}
      : { [config.pageSize]: config.numbersAsText ? String(pageSize) : pageSize };
  let token = fields[config.token];
  const followed = new Set<unknown>([token]);
  for (;;) {
    const pageRequest = {
      ...fields,
      ...sizeField,
      ...(typeof token === 'string' && token !== '' ? { [config.token]: token } : {}),
    } as Req;
    const response = await send(pageRequest, callOptions);
    yield response;
    const next = valueAt(response, config.nextToken);
    if (typeof next !== 'string' || next === '') return;
    if (followed.has(next))
      throw new SdkError(
        'PaginationLoop',
        `${config.action}: the service handed out a page token it had already given; stopping instead of looping forever`,
      );
    followed.add(next);
    token = next;
  }
}

function positiveInteger(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function itemsAt(response: unknown, pointer: string): unknown[] {
  const items = valueAt(response, pointer);
  return Array.isArray(items) ? items : [];
}

/** Follows a JSON Pointer (no wildcards) through a response body. */
function valueAt(root: unknown, pointer: string | undefined): unknown {
  if (pointer === undefined) return undefined;
  let node = root;
  for (const token of parsePointer(pointer)) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, token))
      return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
