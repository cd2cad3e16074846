import { type MockReply } from './http-server.js';
import type { Dict } from './wire.js';
export type Json = null | boolean | number | string | Json[] | {
    [key: string]: Json;
};
export type JsonObject = {
    [key: string]: Json;
};
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
export declare class ResourceLifecycle {
    private readonly options;
    private readonly clusters;
    private readonly pools;
    private readonly tasks;
    private readonly handlers;
    constructor(options: LifecycleOptions);
    /** The answer to one validated request: stateful for the actions above, the sample (plus a task) otherwise. */
    respond(action: string, method: string, input: Dict<unknown>): MockReply;
    private createCluster;
    private describeCluster;
    private listClusters;
    private deleteCluster;
    private createPool;
    private describePool;
    private listPools;
    private changePool;
    private deletePool;
    private describeTask;
    /** The cluster by id after one read (a finished deletion removes it); undefined when there is none. */
    private readCluster;
    private readPool;
    private startTask;
    private sampleObject;
    private transition;
    /** `patch` over `base`, object by object; with `onlyKnown`, only the fields the sample already has. */
    private merge;
}
