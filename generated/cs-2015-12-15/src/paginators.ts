// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import { paginate, type PageConfig, type PaginatorOptions } from './runtime/paginator.js';
import type { ClientCore, WithMetadata } from './runtime/client-core.js';
import type {
  DescribeClusterEventsRequest,
  DescribeClusterEventsResponse,
  DescribeClusterNodesRequest,
  DescribeClusterNodesResponse,
  DescribeClusterTasksRequest,
  DescribeClusterTasksResponse,
  DescribeClustersForRegionRequest,
  DescribeClustersForRegionResponse,
  DescribeClustersV1Request,
  DescribeClustersV1Response,
  DescribeEventsRequest,
  DescribeEventsResponse,
  DescribeEventsForRegionRequest,
  DescribeEventsForRegionResponse,
  DescribeTemplatesRequest,
  DescribeTemplatesResponse,
  GetClusterInspectReportDetailRequest,
  GetClusterInspectReportDetailResponse,
  ListClusterInspectReportsRequest,
  ListClusterInspectReportsResponse,
  ListClusterKubeconfigStatesRequest,
  ListClusterKubeconfigStatesResponse,
  ListTagResourcesRequest,
  ListTagResourcesResponse,
  ListUserKubeConfigStatesRequest,
  ListUserKubeConfigStatesResponse,
} from './models.js';
import {
  describeClusterEvents,
  describeClusterNodes,
  describeClusterTasks,
  describeClustersForRegion,
  describeClustersV1,
  describeEvents,
  describeEventsForRegion,
  describeTemplates,
  getClusterInspectReportDetail,
  listClusterInspectReports,
  listClusterKubeconfigStates,
  listTagResources,
  listUserKubeConfigStates,
} from './client.js';

const DESCRIBE_CLUSTER_EVENTS_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'DescribeClusterEvents',
  pageNumber: 'page_number',
  pageSize: 'page_size',
  items: '/events',
  totalCount: '/page_info/total_count',
};

/**
 * Every page of DescribeClusterEvents, one response per page: pages by `page_number`/`page_size`; items at `/events`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateDescribeClusterEvents(
  client: ClientCore,
  request: DescribeClusterEventsRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<DescribeClusterEventsResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => describeClusterEvents(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTER_EVENTS_PAGES,
  );
}

const DESCRIBE_CLUSTER_NODES_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'DescribeClusterNodes',
  pageNumber: 'pageNumber',
  pageSize: 'pageSize',
  items: '/nodes',
  totalCount: '/page/total_count',
  numbersAsText: true,
};

/**
 * Every page of DescribeClusterNodes, one response per page: pages by `pageNumber`/`pageSize`; items at `/nodes`, total at `/page/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateDescribeClusterNodes(
  client: ClientCore,
  request: DescribeClusterNodesRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<DescribeClusterNodesResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => describeClusterNodes(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTER_NODES_PAGES,
  );
}

const DESCRIBE_CLUSTER_TASKS_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'DescribeClusterTasks',
  pageNumber: 'page_number',
  pageSize: 'page_size',
  items: '/tasks',
  totalCount: '/page_info/total_count',
};

/**
 * Every page of DescribeClusterTasks, one response per page: pages by `page_number`/`page_size`; items at `/tasks`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateDescribeClusterTasks(
  client: ClientCore,
  request: DescribeClusterTasksRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<DescribeClusterTasksResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => describeClusterTasks(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTER_TASKS_PAGES,
  );
}

const DESCRIBE_CLUSTERS_FOR_REGION_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'DescribeClustersForRegion',
  pageNumber: 'page_number',
  pageSize: 'page_size',
  items: '/clusters',
  totalCount: '/page_info/total_count',
};

/**
 * Every page of DescribeClustersForRegion, one response per page: pages by `page_number`/`page_size`; items at `/clusters`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateDescribeClustersForRegion(
  client: ClientCore,
  request: DescribeClustersForRegionRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<DescribeClustersForRegionResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => describeClustersForRegion(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTERS_FOR_REGION_PAGES,
  );
}

const DESCRIBE_CLUSTERS_V1_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'DescribeClustersV1',
  pageNumber: 'page_number',
  pageSize: 'page_size',
  items: '/clusters',
  totalCount: '/page_info/total_count',
};

/**
 * Every page of DescribeClustersV1, one response per page: pages by `page_number`/`page_size`; items at `/clusters`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateDescribeClustersV1(
  client: ClientCore,
  request: DescribeClustersV1Request = {},
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<DescribeClustersV1Response>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => describeClustersV1(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTERS_V1_PAGES,
  );
}

const DESCRIBE_EVENTS_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'DescribeEvents',
  pageNumber: 'page_number',
  pageSize: 'page_size',
  items: '/events',
  totalCount: '/page_info/total_count',
};

/**
 * Every page of DescribeEvents, one response per page: pages by `page_number`/`page_size`; items at `/events`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateDescribeEvents(
  client: ClientCore,
  request: DescribeEventsRequest = {},
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<DescribeEventsResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => describeEvents(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_EVENTS_PAGES,
  );
}

const DESCRIBE_EVENTS_FOR_REGION_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'DescribeEventsForRegion',
  pageNumber: 'page_number',
  pageSize: 'page_size',
  items: '/events',
  totalCount: '/page_info/total_count',
};

/**
 * Every page of DescribeEventsForRegion, one response per page: pages by `page_number`/`page_size`; items at `/events`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateDescribeEventsForRegion(
  client: ClientCore,
  request: DescribeEventsForRegionRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<DescribeEventsForRegionResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => describeEventsForRegion(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_EVENTS_FOR_REGION_PAGES,
  );
}

const DESCRIBE_TEMPLATES_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'DescribeTemplates',
  pageNumber: 'page_num',
  pageSize: 'page_size',
  items: '/templates',
  totalCount: '/page_info/total_count',
};

/**
 * Every page of DescribeTemplates, one response per page: pages by `page_num`/`page_size`; items at `/templates`, total at `/page_info/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateDescribeTemplates(
  client: ClientCore,
  request: DescribeTemplatesRequest = {},
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<DescribeTemplatesResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => describeTemplates(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_TEMPLATES_PAGES,
  );
}

const GET_CLUSTER_INSPECT_REPORT_DETAIL_PAGES: PageConfig = {
  style: 'token',
  action: 'GetClusterInspectReportDetail',
  token: 'nextToken',
  pageSize: 'maxResults',
  nextToken: '/nextToken',
  items: '/checkItemResults',
};

/**
 * Every page of GetClusterInspectReportDetail, one response per page: pages by the token `nextToken` (next at `/nextToken`), page size `maxResults`; items at `/checkItemResults`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateGetClusterInspectReportDetail(
  client: ClientCore,
  request: GetClusterInspectReportDetailRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<GetClusterInspectReportDetailResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => getClusterInspectReportDetail(client, pageRequest, callOptions),
    request,
    options,
    GET_CLUSTER_INSPECT_REPORT_DETAIL_PAGES,
  );
}

const LIST_CLUSTER_INSPECT_REPORTS_PAGES: PageConfig = {
  style: 'token',
  action: 'ListClusterInspectReports',
  token: 'nextToken',
  pageSize: 'maxResults',
  nextToken: '/nextToken',
  items: '/reports',
};

/**
 * Every page of ListClusterInspectReports, one response per page: pages by the token `nextToken` (next at `/nextToken`), page size `maxResults`; items at `/reports`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateListClusterInspectReports(
  client: ClientCore,
  request: ListClusterInspectReportsRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<ListClusterInspectReportsResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => listClusterInspectReports(client, pageRequest, callOptions),
    request,
    options,
    LIST_CLUSTER_INSPECT_REPORTS_PAGES,
  );
}

const LIST_CLUSTER_KUBECONFIG_STATES_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'ListClusterKubeconfigStates',
  pageNumber: 'pageNumber',
  pageSize: 'pageSize',
  items: '/states',
  totalCount: '/page/total_count',
};

/**
 * Every page of ListClusterKubeconfigStates, one response per page: pages by `pageNumber`/`pageSize`; items at `/states`, total at `/page/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateListClusterKubeconfigStates(
  client: ClientCore,
  request: ListClusterKubeconfigStatesRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<ListClusterKubeconfigStatesResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => listClusterKubeconfigStates(client, pageRequest, callOptions),
    request,
    options,
    LIST_CLUSTER_KUBECONFIG_STATES_PAGES,
  );
}

const LIST_TAG_RESOURCES_PAGES: PageConfig = {
  style: 'token',
  action: 'ListTagResources',
  token: 'next_token',
  nextToken: '/next_token',
  items: '/tag_resources/tag_resource',
};

/**
 * Every page of ListTagResources, one response per page: pages by the token `next_token` (next at `/next_token`); items at `/tag_resources/tag_resource`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * The options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateListTagResources(
  client: ClientCore,
  request: ListTagResourcesRequest,
  options: Omit<PaginatorOptions, 'pageSize'> = {},
): AsyncGenerator<WithMetadata<ListTagResourcesResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => listTagResources(client, pageRequest, callOptions),
    request,
    options,
    LIST_TAG_RESOURCES_PAGES,
  );
}

const LIST_USER_KUBE_CONFIG_STATES_PAGES: PageConfig = {
  style: 'pageNumber',
  action: 'ListUserKubeConfigStates',
  pageNumber: 'page_number',
  pageSize: 'page_size',
  items: '/states',
  totalCount: '/page/total_count',
};

/**
 * Every page of ListUserKubeConfigStates, one response per page: pages by `page_number`/`page_size`; items at `/states`, total at `/page/total_count`.
 *
 * Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.
 * `options.pageSize` sets the page size; the other options apply to every request.
 * See docs/waiters-and-paginators.md.
 */
export function paginateListUserKubeConfigStates(
  client: ClientCore,
  request: ListUserKubeConfigStatesRequest,
  options: PaginatorOptions = {},
): AsyncGenerator<WithMetadata<ListUserKubeConfigStatesResponse>, void, undefined> {
  return paginate(
    (pageRequest, callOptions) => listUserKubeConfigStates(client, pageRequest, callOptions),
    request,
    options,
    LIST_USER_KUBE_CONFIG_STATES_PAGES,
  );
}
