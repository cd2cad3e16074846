/**
 * The stateful part of the mock: clusters, node pools and tasks that are created, move through their transitional
 * states, and disappear, so that automation (and waiters) can be tested offline.
 *
 * A resource reports its transitional state (`initial`, `scaling`, `updating`, `deleting`, a task's `running`) for
 * `transitionPolls` reads — by its detail operation or as an item of its list — and then its next state; a deleted
 * one is then gone (404 with the service's not-found code). Actions it does not know are answered from their
 * response samples; an answer whose body has a `task_id` gets a fresh task that progresses to `success`.
 *
 * The action names and not-found codes are those of Container Service for Kubernetes (2015-12-15); a product
 * without these actions simply never reaches these handlers. `ErrorNodePoolNotFound` and `ErrorClusterNotFound`
 * are the codes the service returns (Alibaba's metadata lists none; the Terraform provider matches these);
 * `ErrorTaskNotFound` is our choice for an unknown task id.
 */
import { randomUUID } from 'node:crypto';
import { errorBody, requestId, type MockReply } from './http-server.js';
import type { Dict } from './wire.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A state, and the reads left before it moves on to `next` (`null`: the resource is then gone). */
interface Progress {
  state: string;
  readsLeft: number;
  next?: string | null;
}

interface Cluster {
  id: string;
  name: string;
  type: string;
  regionId: string;
  created: string;
  progress: Progress;
}

interface NodePool {
  id: string;
  clusterId: string;
  name: string;
  desiredSize: number;
  created: string;
  progress: Progress;
}

interface Task {
  id: string;
  clusterId: string;
  type: string;
  target: { id: string; type: string };
  created: string;
  progress: Progress;
}

export interface LifecycleOptions {
  /** Reads a resource stays in a transitional state. */
  transitionPolls: number;
  /** Resources of each kind kept at most; the oldest tasks are forgotten first, creates beyond it are refused. */
  maxResources: number;
  /** false: every action is answered from its sample (tasks included). */
  stateful: boolean;
  /** A fresh copy of the action's response sample (an empty object when it has none). */
  sample: (action: string) => Json;
}

type Handler = (input: Dict<unknown>) => MockReply;

const GONE = null;

export class ResourceLifecycle {
  private readonly clusters = new Map<string, Cluster>();
  private readonly pools = new Map<string, NodePool>();
  private readonly tasks = new Map<string, Task>();
  private readonly handlers: Readonly<Record<string, Handler>>;

  constructor(private readonly options: LifecycleOptions) {
    this.handlers = {
      CreateCluster: (input) => this.createCluster(input),
      DescribeClusterDetail: (input) => this.describeCluster(input),
      DescribeClustersV1: (input) => this.listClusters(input),
      DeleteCluster: (input) => this.deleteCluster(input),
      CreateClusterNodePool: (input) => this.createPool(input),
      DescribeClusterNodePoolDetail: (input) => this.describePool(input),
      DescribeClusterNodePools: (input) => this.listPools(input),
      ScaleClusterNodePool: (input) => this.changePool(input, 'scaling', 'nodepool_scale'),
      ModifyClusterNodePool: (input) => this.changePool(input, 'updating', 'nodepool_update'),
      DeleteClusterNodepool: (input) => this.deletePool(input),
      DescribeTaskInfo: (input) => this.describeTask(input),
    };
  }

  /** The answer to one validated request: stateful for the actions above, the sample (plus a task) otherwise. */
  respond(action: string, method: string, input: Dict<unknown>): MockReply {
    if (this.options.stateful && Object.hasOwn(this.handlers, action)) return this.handlers[action]!(input);
    const body = this.options.sample(action);
    // A string body would be sent as raw text: a sample that is not an object goes out as JSON text.
    if (!isObject(body)) return { status: 200, body: JSON.stringify(body) };
    if (this.options.stateful && method !== 'GET' && typeof body.task_id === 'string') {
      body.task_id = this.startTask(text(input.ClusterId) ?? text(input.cluster_id) ?? '', toTaskType(action), {
        id: '',
        type: '',
      });
    }
    return ok(body);
  }

  private createCluster(input: Dict<unknown>): MockReply {
    if (this.clusters.size >= this.options.maxResources) return quotaExceeded('clusters');
    const body = record(input.body);
    const cluster: Cluster = {
      id: newId('c'),
      name: text(body.name) ?? 'cluster',
      type: text(body.cluster_type) ?? 'ManagedKubernetes',
      regionId: text(body.region_id) ?? 'cn-hangzhou',
      created: now(),
      progress: this.transition('initial', 'running'),
    };
    this.clusters.set(cluster.id, cluster);
    const task = this.startTask(cluster.id, 'cluster_create', { id: cluster.id, type: 'Cluster' });
    return ok(this.merge(this.sampleObject('CreateCluster'), { cluster_id: cluster.id, task_id: task }));
  }

  private describeCluster(input: Dict<unknown>): MockReply {
    const cluster = this.readCluster(text(input.ClusterId));
    if (!cluster) return clusterNotFound();
    return ok(this.merge(this.sampleObject('DescribeClusterDetail'), clusterFields(cluster)));
  }

  private listClusters(input: Dict<unknown>): MockReply {
    const pageSize = positive(input.page_size) ?? 10;
    const pageNumber = positive(input.page_number) ?? 1;
    const name = text(input.name);
    const id = text(input.cluster_id);
    const type = text(input.cluster_type);
    const matching = [...this.clusters.values()].filter(
      (c) =>
        (name === undefined || c.name.includes(name)) &&
        (id === undefined || c.id === id) &&
        (type === undefined || c.type === type),
    );
    const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    const sample = this.sampleObject('DescribeClustersV1');
    const template = firstItem(sample.clusters);
    const clusters: Json[] = [];
    for (const cluster of page) {
      if (readProgress(cluster.progress) === GONE) this.clusters.delete(cluster.id);
      else clusters.push(this.merge(structuredClone(template), clusterFields(cluster)));
    }
    return ok(
      this.merge(sample, {
        clusters,
        page_info: { page_number: pageNumber, page_size: pageSize, total_count: matching.length },
      }),
    );
  }

  private deleteCluster(input: Dict<unknown>): MockReply {
    const cluster = this.readCluster(text(input.ClusterId));
    if (!cluster) return clusterNotFound();
    cluster.progress = this.transition('deleting', GONE);
    const task = this.startTask(cluster.id, 'cluster_delete', { id: cluster.id, type: 'Cluster' });
    return ok(this.merge(this.sampleObject('DeleteCluster'), { cluster_id: cluster.id, task_id: task }));
  }

  private createPool(input: Dict<unknown>): MockReply {
    if (this.pools.size >= this.options.maxResources) return quotaExceeded('node pools');
    const body = record(input.body);
    const pool: NodePool = {
      id: newId('np'),
      clusterId: text(input.ClusterId) ?? '',
      name: text(record(body.nodepool_info).name) ?? 'nodepool',
      desiredSize: positive(record(body.scaling_group).desired_size) ?? 0,
      created: now(),
      progress: this.transition('initial', 'active'),
    };
    this.pools.set(pool.id, pool);
    const task = this.startTask(pool.clusterId, 'nodepool_create', { id: pool.id, type: 'NodePool' });
    return ok(this.merge(this.sampleObject('CreateClusterNodePool'), { nodepool_id: pool.id, task_id: task }));
  }

  private describePool(input: Dict<unknown>): MockReply {
    const pool = this.readPool(input);
    if (!pool) return poolNotFound();
    return ok(this.merge(this.sampleObject('DescribeClusterNodePoolDetail'), poolFields(pool)));
  }

  private listPools(input: Dict<unknown>): MockReply {
    const clusterId = text(input.ClusterId);
    const name = text(input.NodepoolName);
    const sample = this.sampleObject('DescribeClusterNodePools');
    const template = firstItem(sample.nodepools);
    const nodepools: Json[] = [];
    for (const pool of [...this.pools.values()]) {
      if (pool.clusterId !== clusterId || (name !== undefined && pool.name !== name)) continue;
      if (readProgress(pool.progress) === GONE) this.pools.delete(pool.id);
      else nodepools.push(this.merge(structuredClone(template), poolFields(pool)));
    }
    return ok(this.merge(sample, { nodepools }));
  }

  private changePool(input: Dict<unknown>, transitional: string, taskType: string): MockReply {
    const pool = this.readPool(input);
    if (!pool) return poolNotFound();
    const body = record(input.body);
    if (transitional === 'scaling') pool.desiredSize += positive(body.count) ?? 0;
    pool.progress = this.transition(transitional, 'active');
    const task = this.startTask(pool.clusterId, taskType, { id: pool.id, type: 'NodePool' });
    const action = transitional === 'scaling' ? 'ScaleClusterNodePool' : 'ModifyClusterNodePool';
    return ok(this.merge(this.sampleObject(action), { nodepool_id: pool.id, task_id: task }, true));
  }

  private deletePool(input: Dict<unknown>): MockReply {
    const pool = this.readPool(input);
    if (!pool) return poolNotFound();
    pool.progress = this.transition('deleting', GONE);
    const task = this.startTask(pool.clusterId, 'nodepool_delete', { id: pool.id, type: 'NodePool' });
    return ok(this.merge(this.sampleObject('DeleteClusterNodepool'), { task_id: task }, true));
  }

  private describeTask(input: Dict<unknown>): MockReply {
    const id = text(input.task_id);
    const task = id === undefined ? undefined : this.tasks.get(id);
    if (!task) return { status: 404, body: errorBody('ErrorTaskNotFound', 'The specified task does not exist.') };
    const state = readProgress(task.progress) ?? 'success';
    return ok(
      this.merge(this.sampleObject('DescribeTaskInfo'), {
        task_id: task.id,
        cluster_id: task.clusterId,
        task_type: task.type,
        state,
        created: task.created,
        updated: now(),
        target: task.target,
      }),
    );
  }

  /** The cluster by id after one read (a finished deletion removes it); undefined when there is none. */
  private readCluster(id: string | undefined): Cluster | undefined {
    const cluster = id === undefined ? undefined : this.clusters.get(id);
    if (!cluster || readProgress(cluster.progress) !== GONE) return cluster;
    this.clusters.delete(cluster.id);
    return undefined;
  }

  private readPool(input: Dict<unknown>): NodePool | undefined {
    const id = text(input.NodepoolId);
    const pool = id === undefined ? undefined : this.pools.get(id);
    if (!pool || pool.clusterId !== text(input.ClusterId)) return undefined;
    if (readProgress(pool.progress) !== GONE) return pool;
    this.pools.delete(pool.id);
    return undefined;
  }

  private startTask(clusterId: string, type: string, target: { id: string; type: string }): string {
    const task: Task = {
      id: newId('T-'),
      clusterId,
      type,
      target,
      created: now(),
      progress: this.transition('running', 'success'),
    };
    this.tasks.set(task.id, task);
    if (this.tasks.size > this.options.maxResources) this.tasks.delete(this.tasks.keys().next().value as string);
    return task.id;
  }

  private sampleObject(action: string): JsonObject {
    const sample = this.options.sample(action);
    return isObject(sample) ? sample : {};
  }

  private transition(state: string, next: string | null): Progress {
    return { state, readsLeft: this.options.transitionPolls, next };
  }

  /** `patch` over `base`, object by object; with `onlyKnown`, only the fields the sample already has. */
  private merge(base: JsonObject, patch: { [key: string]: unknown }, onlyKnown = false): JsonObject {
    for (const [key, value] of Object.entries(patch)) {
      if (onlyKnown && !Object.hasOwn(base, key)) continue;
      const current = base[key];
      base[key] = isObject(current) && isObject(value) ? this.merge(current, value) : (value as Json);
    }
    return base;
  }
}

/** The state to report for this read; null when the resource is gone. */
function readProgress(progress: Progress): string | null {
  if (progress.readsLeft > 0) {
    progress.readsLeft--;
    return progress.state;
  }
  if (progress.next === undefined) return progress.state;
  if (progress.next === GONE) return GONE;
  progress.state = progress.next;
  delete progress.next;
  return progress.state;
}

function clusterFields(cluster: Cluster): JsonObject {
  return {
    cluster_id: cluster.id,
    name: cluster.name,
    cluster_type: cluster.type,
    region_id: cluster.regionId,
    state: cluster.progress.state,
    created: cluster.created,
  };
}

function poolFields(pool: NodePool): JsonObject {
  return {
    nodepool_info: { nodepool_id: pool.id, name: pool.name, created: pool.created },
    status: { state: pool.progress.state, total_nodes: pool.desiredSize },
    scaling_group: { desired_size: pool.desiredSize },
  };
}

function ok(body: JsonObject): MockReply {
  if (Object.hasOwn(body, 'request_id')) body.request_id = requestId();
  return { status: 200, body };
}

function clusterNotFound(): MockReply {
  return { status: 404, body: errorBody('ErrorClusterNotFound', 'The specified cluster does not exist.') };
}

function poolNotFound(): MockReply {
  return { status: 404, body: errorBody('ErrorNodePoolNotFound', 'The specified node pool does not exist.') };
}

function quotaExceeded(kind: string): MockReply {
  return { status: 400, body: errorBody('QuotaExceeded', `The mock server holds no more ${kind}.`) };
}

function toTaskType(action: string): string {
  return action.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function newId(prefix: string): string {
  return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 24)}`;
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Dict<unknown> {
  return isObject(value) ? value : {};
}

function firstItem(value: Json | undefined): JsonObject {
  return Array.isArray(value) && isObject(value[0]) ? value[0] : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
