/** paginate against in-memory services: which requests it sends, which pages it yields, when it stops. */
import { describe, expect, it } from 'vitest';
import type { CallOptions } from '../../generator/runtime/client-core.ts';
import { SdkError } from '../../generator/runtime/errors.ts';
import { paginate, type PageConfig } from '../../generator/runtime/paginator.ts';

type Request = Record<string, unknown>;
type Page = { items?: number[]; page_info?: { total_count?: number }; next?: string };

const BY_NUMBER: PageConfig = { style: 'pageNumber', action: 'ListThings', pageNumber: 'page_number', pageSize: 'page_size', items: '/items', totalCount: '/page_info/total_count' };
const BY_TOKEN: PageConfig = { style: 'token', action: 'ListTags', token: 'next_token', pageSize: 'max_results', nextToken: '/next', items: '/items' };

/** A page-number service over `total` items (1…total); records every request. */
function numbered(total: number, options: { defaultSize?: number; reportTotal?: boolean; ignorePageNumber?: boolean } = {}) {
  const requests: Request[] = [];
  const send = async (request: Request, _call: CallOptions): Promise<Page> => {
    requests.push(request);
    const size = Number(request.page_size ?? options.defaultSize ?? 10);
    const page = options.ignorePageNumber ? 1 : Number(request.page_number ?? 1);
    const items = Array.from({ length: total }, (_, i) => i + 1).slice((page - 1) * size, page * size);
    return { items, ...(options.reportTotal === false ? {} : { page_info: { total_count: total } }) };
  };
  return { send, requests };
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

const itemsOf = (pages: Page[]): number[] => pages.flatMap((p) => p.items ?? []);

describe('page-number style', () => {
  it('yields each item exactly once and stops at the reported total (23 items, pages of 10)', async () => {
    const { send, requests } = numbered(23);
    const pages = await collect(paginate(send, { name: 'x' }, { pageSize: 10 }, BY_NUMBER));
    expect(pages.map((p) => p.items?.length)).toEqual([10, 10, 3]);
    expect(itemsOf(pages)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(requests).toEqual([
      { name: 'x', page_number: 1, page_size: 10 },
      { name: 'x', page_number: 2, page_size: 10 },
      { name: 'x', page_number: 3, page_size: 10 },
    ]);
  });

  it('stops at the total without asking for an empty page when the total is a multiple of the page size', async () => {
    const { send, requests } = numbered(20);
    const pages = await collect(paginate(send, {}, { pageSize: 10 }, BY_NUMBER));
    expect(itemsOf(pages)).toHaveLength(20);
    expect(requests).toHaveLength(2);
  });

  it('without a total, stops at an empty page', async () => {
    const { send, requests } = numbered(20, { reportTotal: false, defaultSize: 10 });
    const pages = await collect(paginate(send, {}, {}, BY_NUMBER));
    expect(itemsOf(pages)).toHaveLength(20);
    expect(requests).toHaveLength(3);
    expect(requests[0]).toEqual({ page_number: 1 });
  });

  it('starts at the request\'s own page and size', async () => {
    const { send, requests } = numbered(25);
    const pages = await collect(paginate(send, { page_number: 2, page_size: 10 }, {}, BY_NUMBER));
    expect(itemsOf(pages)).toEqual(Array.from({ length: 15 }, (_, i) => i + 11));
    expect(requests.map((r) => r.page_number)).toEqual([2, 3]);
  });

  it('sends the numbers as text when the operation declares its page fields as strings', async () => {
    const { send, requests } = numbered(5);
    await collect(paginate(send, {}, { pageSize: 2 }, { ...BY_NUMBER, numbersAsText: true }));
    expect(requests.map((r) => [r.page_number, r.page_size])).toEqual([
      ['1', '2'],
      ['2', '2'],
      ['3', '2'],
    ]);
  });

  it('ends with PaginationLoop when the service repeats a page, instead of looping forever', async () => {
    const { send, requests } = numbered(50, { ignorePageNumber: true, reportTotal: false });
    const seen: Page[] = [];
    const error = await (async () => {
      for await (const page of paginate(send, {}, { pageSize: 10 }, BY_NUMBER)) seen.push(page);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect(error).toMatchObject({ code: 'PaginationLoop' });
    expect(seen).toHaveLength(1);
    expect(requests).toHaveLength(2);
  });

  it('refuses a page size that is not a positive integer', async () => {
    const { send, requests } = numbered(5);
    await expect(collect(paginate(send, {}, { pageSize: 0 }, BY_NUMBER))).rejects.toMatchObject({ code: 'InvalidPaginatorOptions' });
    await expect(collect(paginate(send, {}, { pageSize: 2.5 }, BY_NUMBER))).rejects.toMatchObject({ code: 'InvalidPaginatorOptions' });
    expect(requests).toHaveLength(0);
  });

  it('passes the call options to every request and sends nothing more once the consumer stops', async () => {
    const calls: CallOptions[] = [];
    const { send: inner, requests } = numbered(100);
    const send = (request: Request, call: CallOptions): Promise<Page> => {
      calls.push(call);
      return inner(request, call);
    };
    const controller = new AbortController();
    for await (const page of paginate(send, {}, { pageSize: 10, signal: controller.signal, timeoutMs: 5000 }, BY_NUMBER)) {
      if ((page.items ?? []).includes(15)) break;
    }
    expect(requests).toHaveLength(2);
    expect(calls.every((c) => c.signal === controller.signal && c.timeoutMs === 5000 && !('pageSize' in c))).toBe(true);
  });
});

describe('token style', () => {
  /** A token service over pages of items; `loop` makes its last page hand out its own token again. */
  function tokens(pages: number[][], loop = false) {
    const requests: Request[] = [];
    const send = async (request: Request): Promise<Page> => {
      requests.push(request);
      const index = request.next_token === undefined ? 0 : Number(String(request.next_token).slice(1));
      const next = index + 1 < pages.length ? `t${index + 1}` : loop ? `t${index}` : '';
      return { items: pages[index], ...(next ? { next } : {}) };
    };
    return { send, requests };
  }

  it('follows next tokens until there is none', async () => {
    const { send, requests } = tokens([[1, 2], [3], [4, 5]]);
    const pages = await collect(paginate(send, { region_id: 'cn-hangzhou' }, { pageSize: 2 }, BY_TOKEN));
    expect(itemsOf(pages)).toEqual([1, 2, 3, 4, 5]);
    expect(requests).toEqual([
      { region_id: 'cn-hangzhou', max_results: 2 },
      { region_id: 'cn-hangzhou', max_results: 2, next_token: 't1' },
      { region_id: 'cn-hangzhou', max_results: 2, next_token: 't2' },
    ]);
  });

  it('ends with PaginationLoop when a token comes back', async () => {
    const { send, requests } = tokens([[1], [2]], true);
    await expect(collect(paginate(send, {}, {}, BY_TOKEN))).rejects.toMatchObject({ code: 'PaginationLoop' });
    expect(requests).toHaveLength(2);
  });

  it('refuses pageSize for an operation without a page size field', async () => {
    const { send, requests } = tokens([[1]]);
    const { pageSize: _, ...noSize } = BY_TOKEN as Extract<PageConfig, { style: 'token' }>;
    await expect(collect(paginate(send, {}, { pageSize: 5 }, noSize))).rejects.toMatchObject({ code: 'InvalidPaginatorOptions' });
    expect(requests).toHaveLength(0);
  });
});
