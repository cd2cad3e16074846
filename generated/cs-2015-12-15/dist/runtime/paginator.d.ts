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
/** Where a list operation keeps its paging fields: request parameter names and JSON Pointers into the response. */
export type PageConfig = {
    style: 'pageNumber';
    action: string;
    pageNumber: string;
    pageSize: string;
    items: string;
    totalCount?: string;
    /** The operation declares its page fields as strings: numbers are sent as text. */
    numbersAsText?: boolean;
} | {
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
export declare function paginate<Req extends object, Res>(send: (request: Req, options: CallOptions) => Promise<Res>, request: Req, options: PaginatorOptions, config: PageConfig): AsyncGenerator<Res, void, undefined>;
