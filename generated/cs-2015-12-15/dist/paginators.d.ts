import { type PaginatorOptions } from './runtime/paginator.js';
import type { ClientCore, WithMetadata } from './runtime/client-core.js';
import type { DescribeClusterEventsRequest, DescribeClusterEventsResponse, DescribeClusterNodesRequest, DescribeClusterNodesResponse, DescribeClusterTasksRequest, DescribeClusterTasksResponse, DescribeClustersForRegionRequest, DescribeClustersForRegionResponse, DescribeClustersV1Request, DescribeClustersV1Response, DescribeEventsRequest, DescribeEventsResponse, DescribeEventsForRegionRequest, DescribeEventsForRegionResponse, DescribeTemplatesRequest, DescribeTemplatesResponse, GetClusterInspectReportDetailRequest, GetClusterInspectReportDetailResponse, ListClusterInspectReportsRequest, ListClusterInspectReportsResponse, ListClusterKubeconfigStatesRequest, ListClusterKubeconfigStatesResponse, ListTagResourcesRequest, ListTagResourcesResponse, ListUserKubeConfigStatesRequest, ListUserKubeConfigStatesResponse } from './models.js';
/**
 * Every page of DescribeClusterEvents, one response per page: pages by `page_number`/`page_size`; items at `/events`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateDescribeClusterEvents(client: ClientCore, request: DescribeClusterEventsRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<DescribeClusterEventsResponse>, void, undefined>;
/**
 * Every page of DescribeClusterNodes, one response per page: pages by `pageNumber`/`pageSize`; items at `/nodes`, total at `/page/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateDescribeClusterNodes(client: ClientCore, request: DescribeClusterNodesRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<DescribeClusterNodesResponse>, void, undefined>;
/**
 * Every page of DescribeClusterTasks, one response per page: pages by `page_number`/`page_size`; items at `/tasks`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateDescribeClusterTasks(client: ClientCore, request: DescribeClusterTasksRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<DescribeClusterTasksResponse>, void, undefined>;
/**
 * Every page of DescribeClustersForRegion, one response per page: pages by `page_number`/`page_size`; items at `/clusters`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateDescribeClustersForRegion(client: ClientCore, request: DescribeClustersForRegionRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<DescribeClustersForRegionResponse>, void, undefined>;
/**
 * Every page of DescribeClustersV1, one response per page: pages by `page_number`/`page_size`; items at `/clusters`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateDescribeClustersV1(client: ClientCore, request?: DescribeClustersV1Request, options?: PaginatorOptions): AsyncGenerator<WithMetadata<DescribeClustersV1Response>, void, undefined>;
/**
 * Every page of DescribeEvents, one response per page: pages by `page_number`/`page_size`; items at `/events`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateDescribeEvents(client: ClientCore, request?: DescribeEventsRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<DescribeEventsResponse>, void, undefined>;
/**
 * Every page of DescribeEventsForRegion, one response per page: pages by `page_number`/`page_size`; items at `/events`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateDescribeEventsForRegion(client: ClientCore, request: DescribeEventsForRegionRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<DescribeEventsForRegionResponse>, void, undefined>;
/**
 * Every page of DescribeTemplates, one response per page: pages by `page_num`/`page_size`; items at `/templates`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateDescribeTemplates(client: ClientCore, request?: DescribeTemplatesRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<DescribeTemplatesResponse>, void, undefined>;
/**
 * Every page of GetClusterInspectReportDetail, one response per page: pages by the token `nextToken` (next at `/nextToken`), page size `maxResults`; items at `/checkItemResults`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateGetClusterInspectReportDetail(client: ClientCore, request: GetClusterInspectReportDetailRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<GetClusterInspectReportDetailResponse>, void, undefined>;
/**
 * Every page of ListClusterInspectReports, one response per page: pages by the token `nextToken` (next at `/nextToken`), page size `maxResults`; items at `/reports`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateListClusterInspectReports(client: ClientCore, request: ListClusterInspectReportsRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<ListClusterInspectReportsResponse>, void, undefined>;
/**
 * Every page of ListClusterKubeconfigStates, one response per page: pages by `pageNumber`/`pageSize`; items at `/states`, total at `/page/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateListClusterKubeconfigStates(client: ClientCore, request: ListClusterKubeconfigStatesRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<ListClusterKubeconfigStatesResponse>, void, undefined>;
/**
 * Every page of ListTagResources, one response per page: pages by the token `next_token` (next at `/next_token`); items at `/tag_resources/tag_resource`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * The options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateListTagResources(client: ClientCore, request: ListTagResourcesRequest, options?: Omit<PaginatorOptions, 'pageSize'>): AsyncGenerator<WithMetadata<ListTagResourcesResponse>, void, undefined>;
/**
 * Every page of ListUserKubeConfigStates, one response per page: pages by `page_number`/`page_size`; items at `/states`, total at `/page/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export declare function paginateListUserKubeConfigStates(client: ClientCore, request: ListUserKubeConfigStatesRequest, options?: PaginatorOptions): AsyncGenerator<WithMetadata<ListUserKubeConfigStatesResponse>, void, undefined>;
