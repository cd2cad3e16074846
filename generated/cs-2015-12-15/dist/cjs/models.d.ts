/** Input of `AttachInstances`: path and query parameters by wire name, the JSON body under `body`. */
export interface AttachInstancesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body: AttachInstancesBody;
}
/** Input of `AttachInstancesToNodePool`: path and query parameters by wire name, the JSON body under `body`. */
export interface AttachInstancesToNodePoolRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * ID of the node pool.
     *
     * Sent in the path.
     */
    NodepoolId: string;
    /** The JSON request body. */
    body?: AttachInstancesToNodePoolBody;
}
/** Input of `CancelClusterUpgrade`: path and query parameters by wire name, the JSON body under `body`. */
export interface CancelClusterUpgradeRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `CancelComponentUpgrade`: path and query parameters by wire name, the JSON body under `body`. */
export interface CancelComponentUpgradeRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterId: string;
    /**
     * Name of the add-on.
     *
     * Sent in the path.
     */
    componentId: string;
}
/** Input of `CancelOperationPlan`: path and query parameters by wire name, the JSON body under `body`. */
export interface CancelOperationPlanRequest {
    /**
     * ID of the plan.
     *
     * Sent in the path.
     */
    plan_id: string;
}
/** Input of `CancelTask`: path and query parameters by wire name, the JSON body under `body`. */
export interface CancelTaskRequest {
    /**
     * ID of the task, as returned by the operation that started it.
     *
     * Sent in the path.
     */
    task_id: string;
}
/** Input of `CancelWorkflow`: path and query parameters by wire name, the JSON body under `body`. */
export interface CancelWorkflowRequest {
    /**
     * Name of the workflow.
     *
     * Sent in the path.
     */
    workflowName: string;
    /** The JSON request body. */
    body: CancelWorkflowBody;
}
/** Input of `CheckControlPlaneLogEnable`: path and query parameters by wire name, the JSON body under `body`. */
export interface CheckControlPlaneLogEnableRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `CheckServiceRole`: path and query parameters by wire name, the JSON body under `body`. */
export interface CheckServiceRoleRequest {
    /** The JSON request body. */
    body: CheckServiceRoleBody;
}
/** Input of `CleanClusterUserPermissions`: path and query parameters by wire name, the JSON body under `body`. */
export interface CleanClusterUserPermissionsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * ID of the RAM user or RAM role.
     *
     * Sent in the path.
     */
    Uid: string;
    /**
     * When `false` (default), nothing is deleted if the cluster was accessed with these credentials in the last seven days or the access records cannot be read. `true` deletes without that check.
     *
     * Sent in the query.
     */
    Force?: boolean;
}
/** Input of `CleanUserPermissions`: path and query parameters by wire name, the JSON body under `body`. */
export interface CleanUserPermissionsRequest {
    /**
     * ID of the RAM user or RAM role.
     *
     * Sent in the path.
     */
    Uid: string;
    /**
     * When `false` (default), a cluster's credentials are kept if they were used in the last seven days or the access records cannot be read. `true` deletes without that check.
     *
     * Sent in the query.
     */
    Force?: boolean;
    /**
     * Limits the clean-up to these clusters; all of the user's clusters when omitted.
     *
     * Sent in the query.
     */
    ClusterIds?: string[];
}
/** Input of `CreateAutoscalingConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface CreateAutoscalingConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: CreateAutoscalingConfigBody;
}
/** Input of `CreateCluster`: path and query parameters by wire name, the JSON body under `body`. */
export interface CreateClusterRequest {
    /** The JSON request body. */
    body: CreateClusterBody;
}
/** Input of `CreateClusterDiagnosis`: path and query parameters by wire name, the JSON body under `body`. */
export interface CreateClusterDiagnosisRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /** The JSON request body. */
    body?: CreateClusterDiagnosisBody;
}
/** Input of `CreateClusterInspectConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface CreateClusterInspectConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterId: string;
    /** The JSON request body. */
    body: CreateClusterInspectConfigBody;
}
/** Input of `CreateClusterNodePool`: path and query parameters by wire name, the JSON body under `body`. */
export interface CreateClusterNodePoolRequest {
    /**
     * ID of the cluster that receives the node pool.
     *
     * Sent in the path.
     * @example "c61da77e8bfbc4c4c999af2b51b65****"
     */
    ClusterId: string;
    /**
     * The configuration of the node pool.
     *
     * The JSON request body.
     */
    body?: CreateClusterNodePoolBody;
}
/** Input of `CreateKubernetesTrigger`: path and query parameters by wire name, the JSON body under `body`. */
export interface CreateKubernetesTriggerRequest {
    /** The JSON request body. */
    body: CreateKubernetesTriggerBody;
}
/** Input of `CreateTemplate`: path and query parameters by wire name, the JSON body under `body`. */
export interface CreateTemplateRequest {
    /** The JSON request body. */
    body: CreateTemplateBody;
}
/** Input of `CreateTrigger`: path and query parameters by wire name, the JSON body under `body`. */
export interface CreateTriggerRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /** The JSON request body. */
    body: CreateTriggerBody;
}
/** Input of `DeleteAlertContact`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteAlertContactRequest {
    /**
     * IDs of the contacts to delete.
     *
     * Sent in the query, JSON-encoded.
     */
    contact_ids: number[];
}
/** Input of `DeleteAlertContactGroup`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteAlertContactGroupRequest {
    /**
     * IDs of the contact groups to delete.
     *
     * Sent in the query, JSON-encoded.
     */
    contact_group_ids: number[];
}
/** Input of `DeleteCluster`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteClusterRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * When `true`, every cloud resource the cluster created is kept and `retain_resources` is ignored. When `false` (default), resources that `delete_options` keeps by default are still kept.
     *
     * Sent in the query.
     */
    retain_all_resources?: boolean;
    /**
     * Whether to keep the load balancers created for Services. Deprecated in favour of `delete_options` with type `SLB`.
     *
     * Sent in the query.
     * @deprecated
     */
    keep_slb?: boolean;
    /**
     * IDs of the resources to keep when the cluster is deleted.
     *
     * Sent in the query, JSON-encoded.
     */
    retain_resources?: string[];
    /**
     * Per resource type, whether to delete or keep the resources of that type.
     *
     * Sent in the query, JSON-encoded.
     */
    delete_options?: DeleteClusterDeleteOptionsItem[];
}
/** Input of `DeleteClusterInspectConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteClusterInspectConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterId: string;
}
/** Input of `DeleteClusterNodepool`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteClusterNodepoolRequest {
    /**
     * ID of the cluster the node pool belongs to.
     *
     * Sent in the path.
     * @example "c61da77e8bfbc4c4c999af2b51b65****"
     */
    ClusterId: string;
    /**
     * ID of the node pool to delete.
     *
     * Sent in the path.
     * @example "np30db56bcac7843dca90b999c8928****"
     */
    NodepoolId: string;
    /**
     * Whether to force the deletion. Default `false`.
     *
     * Sent in the query.
     * @example true
     */
    force?: boolean;
}
/** Input of `DeleteClusterNodes`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteClusterNodesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body: DeleteClusterNodesBody;
}
/** Input of `DeleteKubernetesTrigger`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteKubernetesTriggerRequest {
    /**
     * ID of the trigger.
     *
     * Sent in the path.
     */
    Id: string;
}
/** Input of `DeletePolicyInstance`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeletePolicyInstanceRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Name of the policy rule.
     *
     * Sent in the path.
     */
    policy_name: string;
    /**
     * Name of the policy instance to delete.
     *
     * Sent in the query.
     */
    instance_name?: string;
}
/** Input of `DeleteTemplate`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteTemplateRequest {
    /**
     * ID of the template.
     *
     * Sent in the path.
     */
    TemplateId: string;
}
/** Input of `DeleteTrigger`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeleteTriggerRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * ID of the trigger.
     *
     * Sent in the path.
     */
    Id: string;
}
/** Input of `DeployPolicyInstance`: path and query parameters by wire name, the JSON body under `body`. */
export interface DeployPolicyInstanceRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Name of the policy rule to deploy.
     *
     * Sent in the path.
     */
    policy_name: string;
    /** The JSON request body. */
    body?: DeployPolicyInstanceBody;
}
/** Input of `DescirbeWorkflow`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescirbeWorkflowRequest {
    /**
     * Name of the workflow.
     *
     * Sent in the path.
     */
    workflowName: string;
}
/** Input of `DescribeAddon`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeAddonRequest {
    /**
     * Name of the add-on, such as `nginx-ingress-controller`.
     *
     * Sent in the path.
     */
    addon_name: string;
    /**
     * Region of the kind of cluster. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    region_id?: string;
    /**
     * Kind of cluster, such as `ManagedKubernetes`. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    cluster_type?: string;
    /**
     * Sub-type of the cluster, such as `Default`, `Edge` or `Serverless`. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    profile?: string;
    /**
     * Edition of the cluster, such as `ack.pro.small`. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    cluster_spec?: string;
    /**
     * Kubernetes version of the cluster. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    cluster_version?: string;
    /**
     * ID of a cluster for which the add-on is described; the other filters are then ignored.
     *
     * Sent in the query.
     */
    cluster_id?: string;
    /**
     * Version of the add-on; the latest available version when omitted.
     *
     * Sent in the query.
     */
    version?: string;
}
/** Input of `DescribeAddons`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeAddonsRequest {
    /**
     * ID of the region.
     *
     * Sent in the query.
     */
    region: string;
    /**
     * Kind of cluster, `ManagedKubernetes`, `Kubernetes` or `ExternalKubernetes`.
     *
     * Sent in the query.
     */
    cluster_type?: string;
    /**
     * Sub-type of the cluster, `Default`, `Serverless` or `Edge`.
     *
     * Sent in the query.
     */
    cluster_profile?: string;
    /**
     * Edition of a managed cluster, `ack.pro.small` or `ack.standard`.
     *
     * Sent in the query.
     */
    cluster_spec?: string;
    /**
     * Kubernetes version of the cluster.
     *
     * Sent in the query.
     */
    cluster_version?: string;
}
/** Input of `DescribeClusterAddonInstance`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterAddonInstanceRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterID: string;
    /**
     * Name of the add-on.
     *
     * Sent in the path.
     */
    AddonName: string;
}
/** Input of `DescribeClusterAddonMetadata`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterAddonMetadataRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Name of the add-on.
     *
     * Sent in the path.
     */
    component_id: string;
    /**
     * Version of the add-on.
     *
     * Sent in the query.
     */
    version?: string;
}
/** Input of `DescribeClusterAddonUpgradeStatus`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterAddonUpgradeStatusRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * Name of the add-on, such as `metrics-server`.
     *
     * Sent in the path.
     */
    ComponentId: string;
}
/** Input of `DescribeClusterAddonsUpgradeStatus`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterAddonsUpgradeStatusRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * Names of the add-ons.
     *
     * Sent in the query, JSON-encoded.
     */
    componentIds: string[];
}
/** Input of `DescribeClusterAddonsVersion`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterAddonsVersionRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `DescribeClusterAttachScripts`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterAttachScriptsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: DescribeClusterAttachScriptsBody;
}
/** Input of `DescribeClusterDetail`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterDetailRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `DescribeClusterEvents`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterEventsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * Number of events per page, 1 to 50. Default 50.
     *
     * Sent in the query.
     */
    page_size?: number;
    /**
     * Page to return, starting at 1.
     *
     * Sent in the query.
     */
    page_number?: number;
    /**
     * Returns only the events of this task.
     *
     * Sent in the query.
     */
    task_id?: string;
}
/** Input of `DescribeClusterLogs`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterLogsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `DescribeClusterNodePoolDetail`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterNodePoolDetailRequest {
    /**
     * ID of the cluster the node pool belongs to.
     *
     * Sent in the path.
     * @example "c23421cfa74454bc8b37163fd19af****"
     */
    ClusterId: string;
    /**
     * ID of the node pool.
     *
     * Sent in the path.
     * @example "np31da1b38983f4511b490fc62108a****"
     */
    NodepoolId: string;
}
/** Input of `DescribeClusterNodePools`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterNodePoolsRequest {
    /**
     * ID of the cluster whose node pools are listed.
     *
     * Sent in the path.
     * @example "cc0f87de0b8fb403f86e10e204f83****"
     */
    ClusterId: string;
    /**
     * Only return node pools with this name.
     *
     * Sent in the query.
     * @example "nodepool-test"
     */
    NodepoolName?: string;
}
/** Input of `DescribeClusterNodes`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterNodesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * IDs of the ECS instances to return, separated by commas.
     *
     * Sent in the query.
     */
    instanceIds?: string;
    /**
     * Returns only the nodes of this node pool.
     *
     * Sent in the query.
     */
    nodepool_id?: string;
    /**
     * Returns only nodes in this state: `all` (default), `running`, `removing`, `initial` or `failed`.
     *
     * Sent in the query.
     */
    state?: string;
    /**
     * Number of nodes per page, 1 to 100. Default 10.
     *
     * Sent in the query.
     */
    pageSize?: string;
    /**
     * Page to return, starting at 1. Default 1.
     *
     * Sent in the query.
     */
    pageNumber?: string;
}
/** Input of `DescribeClusterResources`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterResourcesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * Whether resources created by the cluster's add-ons are included.
     *
     * Sent in the query.
     */
    with_addon_resources?: boolean;
}
/** Input of `DescribeClusterTasks`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterTasksRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Number of tasks per page.
     *
     * Sent in the query.
     */
    page_size?: number;
    /**
     * Page to return, starting at 1.
     *
     * Sent in the query.
     */
    page_number?: number;
}
/** Input of `DescribeClusterUserKubeconfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterUserKubeconfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * `true` returns a kubeconfig for the internal (VPC) endpoint; `false` (default) for the public endpoint.
     *
     * Sent in the query.
     */
    PrivateIpAddress?: boolean;
    /**
     * Validity of a temporary kubeconfig, in minutes, from 15 to 4320 (3 days). When omitted, the system chooses a longer validity; the response's `expiration` gives it.
     *
     * Sent in the query.
     */
    TemporaryDurationMinutes?: number;
}
/** Input of `DescribeClusterV2UserKubeconfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterV2UserKubeconfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * `true` returns a kubeconfig for the internal (VPC) endpoint; `false` for the public endpoint.
     *
     * Sent in the query.
     */
    PrivateIpAddress?: boolean;
    /**
     * Validity of a temporary kubeconfig, in minutes.
     *
     * Sent in the query.
     */
    TemporaryDurationMinutes?: number;
}
/** Input of `DescribeClusterVuls`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClusterVulsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
}
/** Input of `DescribeClusters`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClustersRequest {
    /**
     * Returns clusters whose name contains this text.
     *
     * Sent in the query.
     */
    name?: string;
    /**
     * Returns only clusters of this kind.
     *
     * Sent in the query.
     */
    clusterType?: string;
    /**
     * Returns only clusters in this resource group.
     *
     * Sent in the query.
     */
    resource_group_id?: string;
}
/** Input of `DescribeClustersForRegion`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClustersForRegionRequest {
    /**
     * Filters by cluster name.
     *
     * Sent in the query.
     */
    name?: string;
    /**
     * Returns only clusters of this kind, `ManagedKubernetes`, `Kubernetes` or `ExternalKubernetes`.
     *
     * Sent in the query.
     */
    cluster_type?: string;
    /**
     * Number of clusters per page.
     *
     * Sent in the query.
     */
    page_size?: number;
    /**
     * Page to return, starting at 1.
     *
     * Sent in the query.
     */
    page_number?: number;
    /**
     * Returns only managed clusters of this sub-type.
     *
     * Sent in the query.
     */
    profile?: string;
    /**
     * Returns only managed clusters of this edition.
     *
     * Sent in the query.
     */
    cluster_spec?: string;
    /**
     * Returns only the cluster with this ID.
     *
     * Sent in the query.
     */
    cluster_id?: string;
    /**
     * ID of the region, for example `cn-hangzhou`.
     *
     * Sent in the path.
     */
    region_id: string;
}
/** Input of `DescribeClustersV1`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeClustersV1Request {
    /**
     * Filters by cluster name.
     *
     * Sent in the query.
     */
    name?: string;
    /**
     * Returns only clusters of this kind, `ManagedKubernetes`, `Kubernetes` or `ExternalKubernetes`.
     *
     * Sent in the query.
     */
    cluster_type?: string;
    /**
     * Number of clusters per page.
     *
     * Sent in the query.
     */
    page_size?: number;
    /**
     * Page to return, starting at 1.
     *
     * Sent in the query.
     */
    page_number?: number;
    /**
     * Returns only managed clusters of this sub-type, such as `Default`, `Edge`, `Serverless` or `Lingjun`.
     *
     * Sent in the query.
     */
    profile?: string;
    /**
     * Returns only managed clusters of this edition, `ack.pro.small` or `ack.standard`.
     *
     * Sent in the query.
     */
    cluster_spec?: string;
    /**
     * Returns only clusters in this region.
     *
     * Sent in the query.
     */
    region_id?: string;
    /**
     * Returns only the cluster with this ID.
     *
     * Sent in the query.
     */
    cluster_id?: string;
}
/** Input of `DescribeEvents`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeEventsRequest {
    /**
     * Returns only the events of this cluster.
     *
     * Sent in the query.
     */
    cluster_id?: string;
    /**
     * Returns only events of this type, such as `cluster_create`, `cluster_scaleout`, `cluster_attach`, `cluster_delete`, `cluster_upgrade`, `cluster_node_delete`, `cluster_addon_install` or `nodepool_upgrade`.
     *
     * Sent in the query.
     */
    type?: string;
    /**
     * Number of events per page.
     *
     * Sent in the query.
     */
    page_size?: number;
    /**
     * Page to return, starting at 1.
     *
     * Sent in the query.
     */
    page_number?: number;
}
/** Input of `DescribeEventsForRegion`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeEventsForRegionRequest {
    /**
     * Returns only the events of this cluster.
     *
     * Sent in the query.
     */
    cluster_id?: string;
    /**
     * Number of events per page.
     *
     * Sent in the query.
     */
    page_size?: number;
    /**
     * Page to return, starting at 1.
     *
     * Sent in the query.
     */
    page_number?: number;
    /**
     * ID of the region, for example `cn-hangzhou`.
     *
     * Sent in the path.
     */
    region_id: string;
}
/** Input of `DescribeExternalAgent`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeExternalAgentRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * `true` returns the configuration for access over the internal network; `false` (default) for the internet.
     *
     * Sent in the query.
     */
    PrivateIpAddress?: string;
    /**
     * Permissions of the agent: `admin` (default; full access) or `restricted` (a limited set).
     *
     * Sent in the query.
     */
    AgentMode?: string;
}
/** Input of `DescribeKubernetesVersionMetadata`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeKubernetesVersionMetadataRequest {
    /**
     * ID of the region.
     *
     * Sent in the query.
     */
    Region: string;
    /**
     * Kind of cluster, `ManagedKubernetes`, `Kubernetes` or `ExternalKubernetes`.
     *
     * Sent in the query.
     */
    ClusterType: string;
    /**
     * Returns only this version. When set, `Mode` is ignored.
     *
     * Sent in the query.
     */
    KubernetesVersion?: string;
    /**
     * Cluster sub-type, `Default`, `Edge` or `Serverless`. Default `Default`.
     *
     * Sent in the query.
     */
    Profile?: string;
    /**
     * Returns only images that support this runtime, such as `containerd` or `Sandboxed-Container.runv`.
     *
     * Sent in the query.
     */
    runtime?: string;
    /**
     * `creatable` (default) lists versions new clusters can use; `supported` lists all versions still supported.
     *
     * Sent in the query.
     */
    Mode?: string;
    /**
     * Whether to return the versions `KubernetesVersion` can be upgraded to; used only with `KubernetesVersion`.
     *
     * Sent in the query.
     */
    QueryUpgradableVersion?: boolean;
}
/** Input of `DescribeNodePoolVuls`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeNodePoolVulsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * ID of the node pool.
     *
     * Sent in the path.
     */
    nodepool_id: string;
    /**
     * Fix priorities to return, separated by commas: `asap` (high), `later` (medium), `nntf` (low).
     *
     * Sent in the query.
     */
    necessity?: string;
}
/** Input of `DescribePolicies`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribePoliciesRequest {
}
/** Input of `DescribePolicyDetails`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribePolicyDetailsRequest {
    /**
     * Name of the policy rule.
     *
     * Sent in the path.
     */
    policy_name: string;
}
/** Input of `DescribePolicyGovernanceInCluster`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribePolicyGovernanceInClusterRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
}
/** Input of `DescribePolicyInstances`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribePolicyInstancesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Returns only instances of this policy rule.
     *
     * Sent in the query.
     */
    policy_name?: string;
    /**
     * Returns only the instance with this name.
     *
     * Sent in the query.
     */
    instance_name?: string;
}
/** Input of `DescribePolicyInstancesStatus`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribePolicyInstancesStatusRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
}
/** Input of `DescribeResourcesDeleteProtection`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeResourcesDeleteProtectionRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * Kind of resource, `namespaces` or `services`.
     *
     * Sent in the path.
     */
    ResourceType: DescribeResourcesDeleteProtectionResourceType;
    /**
     * Namespace of the Services to query.
     *
     * Sent in the query.
     */
    namespace?: string;
    /**
     * Names of the resources to query, separated by commas.
     *
     * Sent in the query.
     */
    resources?: string;
}
/** Input of `DescribeSubaccountK8sClusterUserConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeSubaccountK8sClusterUserConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * ID of the RAM user or RAM role.
     *
     * Sent in the path.
     */
    Uid: string;
    /**
     * `true` returns a kubeconfig for the internal (VPC) endpoint; `false` (default) for the public endpoint.
     *
     * Sent in the query.
     */
    PrivateIpAddress?: boolean;
    /**
     * Validity of a temporary kubeconfig, in minutes, from 15 to 4320 (3 days). When omitted, the system chooses a longer validity.
     *
     * Sent in the query.
     */
    TemporaryDurationMinutes?: number;
}
/** Input of `DescribeTaskInfo`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeTaskInfoRequest {
    /**
     * ID of the task, as returned by the operation that started it.
     *
     * Sent in the path.
     */
    task_id: string;
}
/** Input of `DescribeTemplateAttribute`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeTemplateAttributeRequest {
    /**
     * ID of the template.
     *
     * Sent in the path.
     */
    TemplateId: string;
    /**
     * Type of the template, such as `kubernetes`.
     *
     * Sent in the query.
     */
    template_type?: string;
}
/** Input of `DescribeTemplates`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeTemplatesRequest {
    /**
     * Returns only templates of this type, such as `kubernetes`.
     *
     * Sent in the query.
     */
    template_type?: string;
    /**
     * Page to return, starting at 1. Default 1.
     *
     * Sent in the query.
     */
    page_num?: number;
    /**
     * Number of templates per page. Default 10.
     *
     * Sent in the query.
     */
    page_size?: number;
}
/** Input of `DescribeTrigger`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeTriggerRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Namespace of the application.
     *
     * Sent in the query.
     */
    Namespace: string;
    /**
     * Returns only triggers of this kind of application, `deployment` or `application`; all kinds when omitted.
     *
     * Sent in the query.
     */
    Type?: string;
    /**
     * Name of the application.
     *
     * Sent in the query.
     */
    Name: string;
    /**
     * Returns only triggers with this action, such as `redeploy`; all actions when omitted.
     *
     * Sent in the query.
     */
    action?: string;
}
/** Input of `DescribeUserClusterNamespaces`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeUserClusterNamespacesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `DescribeUserPermission`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeUserPermissionRequest {
    /**
     * ID of the RAM user or RAM role.
     *
     * Sent in the path.
     */
    uid: string;
}
/** Input of `DescribeUserQuota`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeUserQuotaRequest {
}
/** Input of `DescribeWorkflows`: path and query parameters by wire name, the JSON body under `body`. */
export interface DescribeWorkflowsRequest {
}
/** Input of `FixNodePoolVuls`: path and query parameters by wire name, the JSON body under `body`. */
export interface FixNodePoolVulsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * ID of the node pool.
     *
     * Sent in the path.
     */
    nodepool_id: string;
    /** The JSON request body. */
    body?: FixNodePoolVulsBody;
}
/** Input of `GetClusterAddonInstance`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetClusterAddonInstanceRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Name of the installed add-on, such as `ack-node-problem-detector`.
     *
     * Sent in the path.
     */
    instance_name: string;
}
/** Input of `GetClusterAuditProject`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetClusterAuditProjectRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterid: string;
}
/** Input of `GetClusterCheck`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetClusterCheckRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * ID of the check, as returned by RunClusterCheck.
     *
     * Sent in the path.
     */
    check_id: string;
}
/** Input of `GetClusterDiagnosisCheckItems`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetClusterDiagnosisCheckItemsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * ID of the diagnosis, as returned by CreateClusterDiagnosis.
     *
     * Sent in the path.
     */
    diagnosis_id: string;
    /**
     * Language of the returned messages.
     *
     * Sent in the query.
     */
    language?: string;
}
/** Input of `GetClusterDiagnosisResult`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetClusterDiagnosisResultRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * ID of the diagnosis, as returned by CreateClusterDiagnosis.
     *
     * Sent in the path.
     */
    diagnosis_id: string;
    /**
     * Language of the returned messages.
     *
     * Sent in the query.
     */
    language?: string;
}
/** Input of `GetClusterInspectConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetClusterInspectConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterId: string;
}
/** Input of `GetClusterInspectReportDetail`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetClusterInspectReportDetailRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterId: string;
    /**
     * ID of the inspection report.
     *
     * Sent in the path.
     */
    reportId: string;
    /**
     * Language of the returned text, `zh_CN` or `en_US`.
     *
     * Sent in the query.
     */
    language?: string;
    /**
     * Returns only items of this category: `security`, `performance`, `stability`, `limitation` or `cost`.
     *
     * Sent in the query.
     */
    category?: string;
    /**
     * Returns only items about objects of this kind, such as `NodePool`.
     *
     * Sent in the query.
     */
    targetType?: string;
    /**
     * Returns only items of this severity: `advice`, `warning`, `error` or `critical`.
     *
     * Sent in the query.
     */
    level?: string;
    /**
     * When `true`, only items that found a problem are returned.
     *
     * Sent in the query.
     */
    enableFilter?: boolean;
    /**
     * Token returned by the previous call, to fetch the next page.
     *
     * Sent in the query.
     */
    nextToken?: string;
    /**
     * Maximum number of items per page (at most 50).
     *
     * Sent in the query.
     */
    maxResults?: number;
}
/** Input of `GetKubernetesTrigger`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetKubernetesTriggerRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * Namespace of the application.
     *
     * Sent in the query.
     */
    Namespace: string;
    /**
     * Returns only triggers of this kind of application, `deployment` or `application`.
     *
     * Sent in the query.
     */
    Type?: string;
    /**
     * Name of the application.
     *
     * Sent in the query.
     */
    Name: string;
    /**
     * Returns only triggers with this action, such as `redeploy`.
     *
     * Sent in the query.
     */
    action?: string;
}
/** Input of `GetUpgradeStatus`: path and query parameters by wire name, the JSON body under `body`. */
export interface GetUpgradeStatusRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `GrantPermissions`: path and query parameters by wire name, the JSON body under `body`. */
export interface GrantPermissionsRequest {
    /**
     * ID of the RAM user or RAM role.
     *
     * Sent in the path.
     */
    uid: string;
    /** The JSON request body. */
    body?: GrantPermissionsBody;
}
/** Input of `InstallClusterAddons`: path and query parameters by wire name, the JSON body under `body`. */
export interface InstallClusterAddonsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: InstallClusterAddonsBody;
}
/** Input of `ListAddons`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListAddonsRequest {
    /**
     * Region of the kind of cluster. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    region_id?: string;
    /**
     * Kind of cluster, such as `ManagedKubernetes`. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    cluster_type?: string;
    /**
     * Sub-type of the cluster, such as `Default`, `Edge` or `Serverless`. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    profile?: string;
    /**
     * Edition of the cluster, such as `ack.pro.small`. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    cluster_spec?: string;
    /**
     * Kubernetes version of the cluster. Ignored when `cluster_id` is set.
     *
     * Sent in the query.
     */
    cluster_version?: string;
    /**
     * ID of a cluster whose available add-ons are listed; the other filters are then ignored.
     *
     * Sent in the query.
     */
    cluster_id?: string;
}
/** Input of `ListClusterAddonInstances`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListClusterAddonInstancesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
}
/** Input of `ListClusterChecks`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListClusterChecksRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Returns only checks of this kind, such as `ClusterUpgrade`.
     *
     * Sent in the query.
     */
    type?: string;
    /**
     * Returns only checks of this object.
     *
     * Sent in the query.
     */
    target?: string;
}
/** Input of `ListClusterInspectReports`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListClusterInspectReportsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterId: string;
    /**
     * Token returned by the previous call, to fetch the next page.
     *
     * Sent in the query.
     */
    nextToken?: string;
    /**
     * Maximum number of reports per page.
     *
     * Sent in the query.
     */
    maxResults?: number;
}
/** Input of `ListClusterKubeconfigStates`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListClusterKubeconfigStatesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * Page to return, starting at 1.
     *
     * Sent in the query.
     */
    pageNumber?: number;
    /**
     * Number of entries per page.
     *
     * Sent in the query.
     */
    pageSize?: number;
}
/** Input of `ListOperationPlans`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListOperationPlansRequest {
    /**
     * Returns only the plans of this cluster.
     *
     * Sent in the query.
     */
    cluster_id?: string;
    /**
     * Returns only plans of this type, such as `CLUSTER_UPGRADE_MASTER`.
     *
     * Sent in the query.
     */
    type?: string;
}
/** Input of `ListOperationPlansForRegion`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListOperationPlansForRegionRequest {
    /**
     * ID of the region, for example `cn-hangzhou`.
     *
     * Sent in the path.
     */
    region_id: string;
    /**
     * Returns only the plans of this cluster.
     *
     * Sent in the query.
     */
    cluster_id?: string;
    /**
     * Returns only plans of this type, such as `CLUSTER_UPGRADE_MASTER`.
     *
     * Sent in the query.
     */
    type?: string;
    /**
     * Returns only plans in this state, such as `Scheduled`.
     *
     * Sent in the query.
     */
    state?: string;
}
/** Input of `ListTagResources`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListTagResourcesRequest {
    /**
     * IDs of the clusters to query.
     *
     * Sent in the query, JSON-encoded.
     */
    resource_ids: string[];
    /**
     * Kind of resource; only `CLUSTER` is supported.
     *
     * Sent in the query.
     */
    resource_type: string;
    /**
     * ID of the region.
     *
     * Sent in the query.
     */
    region_id: string;
    /**
     * Tags to filter by (at most 20).
     *
     * Sent in the query, JSON-encoded.
     */
    tags?: Tag[];
    /**
     * Token returned by the previous call, to fetch the next page.
     *
     * Sent in the query.
     */
    next_token?: string;
}
/** Input of `ListUserKubeConfigStates`: path and query parameters by wire name, the JSON body under `body`. */
export interface ListUserKubeConfigStatesRequest {
    /**
     * ID of the RAM user or RAM role.
     *
     * Sent in the path.
     */
    Uid: string;
    /**
     * Page to return, starting at 1.
     *
     * Sent in the query.
     */
    page_number?: number;
    /**
     * Number of entries per page.
     *
     * Sent in the query.
     */
    page_size?: number;
}
/** Input of `MigrateCluster`: path and query parameters by wire name, the JSON body under `body`. */
export interface MigrateClusterRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /** The JSON request body. */
    body?: MigrateClusterBody;
}
/** Input of `ModifyCluster`: path and query parameters by wire name, the JSON body under `body`. */
export interface ModifyClusterRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: ModifyClusterBody;
}
/** Input of `ModifyClusterAddon`: path and query parameters by wire name, the JSON body under `body`. */
export interface ModifyClusterAddonRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Name of the add-on.
     *
     * Sent in the path.
     */
    component_id: string;
    /** The JSON request body. */
    body?: ModifyClusterAddonBody;
}
/** Input of `ModifyClusterNodePool`: path and query parameters by wire name, the JSON body under `body`. */
export interface ModifyClusterNodePoolRequest {
    /**
     * ID of the cluster the node pool belongs to.
     *
     * Sent in the path.
     * @example "c23421cfa74454bc8b37163fd19af****"
     */
    ClusterId: string;
    /**
     * ID of the node pool to change.
     *
     * Sent in the path.
     * @example "np31da1b38983f4511b490fc62108a****"
     */
    NodepoolId: string;
    /**
     * The settings to change.
     *
     * The JSON request body.
     */
    body?: ModifyClusterNodePoolBody;
}
/** Input of `ModifyClusterTags`: path and query parameters by wire name, the JSON body under `body`. */
export interface ModifyClusterTagsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: ModifyClusterTagsBody;
}
/** Input of `ModifyNodePoolNodeConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface ModifyNodePoolNodeConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * ID of the node pool.
     *
     * Sent in the path.
     */
    NodepoolId: string;
    /** The JSON request body. */
    body?: ModifyNodePoolNodeConfigBody;
}
/** Input of `ModifyPolicyInstance`: path and query parameters by wire name, the JSON body under `body`. */
export interface ModifyPolicyInstanceRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * Name of the policy rule.
     *
     * Sent in the path.
     */
    policy_name: string;
    /** The JSON request body. */
    body?: ModifyPolicyInstanceBody;
}
/** Input of `OpenAckService`: path and query parameters by wire name, the JSON body under `body`. */
export interface OpenAckServiceRequest {
    /**
     * Service to activate: `propayasgo` (ACK, including managed, dedicated, Serverless and registered clusters) or `edgepayasgo` (ACK Edge).
     *
     * Sent in the query.
     */
    type?: string;
}
/** Input of `PauseClusterUpgrade`: path and query parameters by wire name, the JSON body under `body`. */
export interface PauseClusterUpgradeRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `PauseComponentUpgrade`: path and query parameters by wire name, the JSON body under `body`. */
export interface PauseComponentUpgradeRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterid: string;
    /**
     * Name of the add-on.
     *
     * Sent in the path.
     */
    componentid: string;
}
/** Input of `PauseTask`: path and query parameters by wire name, the JSON body under `body`. */
export interface PauseTaskRequest {
    /**
     * ID of the task, as returned by the operation that started it.
     *
     * Sent in the path.
     */
    task_id: string;
}
/** Input of `RemoveNodePoolNodes`: path and query parameters by wire name, the JSON body under `body`. */
export interface RemoveNodePoolNodesRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * ID of the node pool.
     *
     * Sent in the path.
     */
    NodepoolId: string;
    /**
     * Whether the ECS instances are released as well.
     *
     * Sent in the query.
     */
    release_node?: boolean;
    /**
     * Whether pods are evicted from the nodes before removal.
     *
     * Sent in the query.
     */
    drain_node?: boolean;
    /**
     * Kubernetes names of the nodes to remove.
     *
     * Sent in the query, JSON-encoded.
     * @deprecated
     */
    nodes?: string[];
    /**
     * IDs of the ECS instances to remove.
     *
     * Sent in the query, JSON-encoded.
     */
    instance_ids?: string[];
    /**
     * Whether the nodes are removed in parallel.
     *
     * Sent in the query.
     */
    concurrency?: boolean;
}
/** Input of `RemoveWorkflow`: path and query parameters by wire name, the JSON body under `body`. */
export interface RemoveWorkflowRequest {
    /**
     * Name of the workflow.
     *
     * Sent in the path.
     */
    workflowName: string;
}
/** Input of `RepairClusterNodePool`: path and query parameters by wire name, the JSON body under `body`. */
export interface RepairClusterNodePoolRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /**
     * ID of the node pool.
     *
     * Sent in the path.
     */
    nodepool_id: string;
    /** The JSON request body. */
    body?: RepairClusterNodePoolBody;
}
/** Input of `ResumeComponentUpgrade`: path and query parameters by wire name, the JSON body under `body`. */
export interface ResumeComponentUpgradeRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterid: string;
    /**
     * Name of the add-on.
     *
     * Sent in the path.
     */
    componentid: string;
}
/** Input of `ResumeTask`: path and query parameters by wire name, the JSON body under `body`. */
export interface ResumeTaskRequest {
    /**
     * ID of the task, as returned by the operation that started it.
     *
     * Sent in the path.
     */
    task_id: string;
}
/** Input of `ResumeUpgradeCluster`: path and query parameters by wire name, the JSON body under `body`. */
export interface ResumeUpgradeClusterRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `RevokeK8sClusterKubeConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface RevokeK8sClusterKubeConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `RunClusterCheck`: path and query parameters by wire name, the JSON body under `body`. */
export interface RunClusterCheckRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
    /** The JSON request body. */
    body: RunClusterCheckBody;
}
/** Input of `RunClusterInspect`: path and query parameters by wire name, the JSON body under `body`. */
export interface RunClusterInspectRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterId: string;
    /** The JSON request body. */
    body?: RunClusterInspectBody;
}
/** Input of `ScaleClusterNodePool`: path and query parameters by wire name, the JSON body under `body`. */
export interface ScaleClusterNodePoolRequest {
    /**
     * ID of the cluster the node pool belongs to.
     *
     * Sent in the path.
     * @example "c23421cfa74454bc8b37163fd19af****"
     */
    ClusterId: string;
    /**
     * ID of the node pool to scale out.
     *
     * Sent in the path.
     * @example "np31da1b38983f4511b490fc62108a****"
     */
    NodepoolId: string;
    /**
     * How many nodes to add.
     *
     * The JSON request body.
     */
    body?: ScaleClusterNodePoolBody;
}
/** Input of `ScanClusterVuls`: path and query parameters by wire name, the JSON body under `body`. */
export interface ScanClusterVulsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    cluster_id: string;
}
/** Input of `StartAlert`: path and query parameters by wire name, the JSON body under `body`. */
export interface StartAlertRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: StartAlertBody;
}
/** Input of `StartWorkflow`: path and query parameters by wire name, the JSON body under `body`. */
export interface StartWorkflowRequest {
    /** The JSON request body. */
    body: StartWorkflowBody;
}
/** Input of `StopAlert`: path and query parameters by wire name, the JSON body under `body`. */
export interface StopAlertRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: StopAlertBody;
}
/** Input of `SyncClusterNodePool`: path and query parameters by wire name, the JSON body under `body`. */
export interface SyncClusterNodePoolRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
}
/** Input of `TagResources`: path and query parameters by wire name, the JSON body under `body`. */
export interface TagResourcesRequest {
    /** The JSON request body. */
    body: TagResourcesBody;
}
/** Input of `UnInstallClusterAddons`: path and query parameters by wire name, the JSON body under `body`. */
export interface UnInstallClusterAddonsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: UnInstallClusterAddonsBody;
}
/** Input of `UntagResources`: path and query parameters by wire name, the JSON body under `body`. */
export interface UntagResourcesRequest {
    /**
     * ID of the region the clusters are in.
     *
     * Sent in the query.
     */
    region_id: string;
    /**
     * IDs of the clusters (1 to 50).
     *
     * Sent in the query, JSON-encoded.
     */
    resource_ids: string[];
    /**
     * Kind of resource; only `CLUSTER` is supported.
     *
     * Sent in the query.
     */
    resource_type: string;
    /**
     * Keys of the tags to remove (1 to 20).
     *
     * Sent in the query, JSON-encoded.
     */
    tag_keys: string[];
    /**
     * When `true` and `tag_keys` is empty, removes all custom tags.
     *
     * Sent in the query.
     */
    all?: boolean;
}
/** Input of `UpdateClusterAuditLogConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpdateClusterAuditLogConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterid: string;
    /** The JSON request body. */
    body?: UpdateClusterAuditLogConfigBody;
}
/** Input of `UpdateClusterInspectConfig`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpdateClusterInspectConfigRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    clusterId: string;
    /** The JSON request body. */
    body?: UpdateClusterInspectConfigBody;
}
/** Input of `UpdateContactGroupForAlert`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpdateContactGroupForAlertRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: UpdateContactGroupForAlertBody;
}
/** Input of `UpdateControlPlaneLog`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpdateControlPlaneLogRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: UpdateControlPlaneLogBody;
}
/** Input of `UpdateK8sClusterUserConfigExpire`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpdateK8sClusterUserConfigExpireRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body: UpdateK8sClusterUserConfigExpireBody;
}
/** Input of `UpdateResourcesDeleteProtection`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpdateResourcesDeleteProtectionRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body: UpdateResourcesDeleteProtectionBody;
}
/** Input of `UpdateTemplate`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpdateTemplateRequest {
    /**
     * ID of the template.
     *
     * Sent in the path.
     */
    TemplateId: string;
    /** The JSON request body. */
    body?: UpdateTemplateBody;
}
/** Input of `UpdateUserPermissions`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpdateUserPermissionsRequest {
    /**
     * ID of the RAM user or RAM role.
     *
     * Sent in the path.
     */
    uid: string;
    /**
     * `apply` (default) replaces all of the user's permissions with those in the request; `patch` adds them; `delete` removes them. Other permissions are untouched by `patch` and `delete`.
     *
     * Sent in the query.
     */
    mode?: UpdateUserPermissionsMode;
    /** The JSON request body. */
    body?: UpdateUserPermissionsBody;
}
/** Input of `UpgradeCluster`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpgradeClusterRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: UpgradeClusterBody;
}
/** Input of `UpgradeClusterAddons`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpgradeClusterAddonsRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /** The JSON request body. */
    body?: UpgradeClusterAddonsBody;
}
/** Input of `UpgradeClusterNodepool`: path and query parameters by wire name, the JSON body under `body`. */
export interface UpgradeClusterNodepoolRequest {
    /**
     * ID of the cluster.
     *
     * Sent in the path.
     */
    ClusterId: string;
    /**
     * ID of the node pool.
     *
     * Sent in the path.
     */
    NodepoolId: string;
    /** The JSON request body. */
    body?: UpgradeClusterNodepoolBody;
}
export interface Addon {
    /** Name of the add-on. */
    name?: string;
    /** Custom parameters of the add-on, as a JSON string. */
    config?: string;
    /** When `true`, an add-on that would be installed by default is not installed. */
    disabled?: boolean;
    /** Version of the add-on; the default version when omitted. */
    version?: string;
}
export interface AttachInstancesBody {
    /** IDs of the ECS instances to add. */
    instances: string[];
    /** Name of the key pair for logging on to the instances; use either this or `password`. Not allowed with `nodepool_id`. */
    key_pair?: string;
    /** SSH password of the instances; use either this or `key_pair`. 8 to 30 characters from at least three of upper case, lower case, digits and symbols. */
    password?: string;
    /** Whether container data and images are stored on a data disk. When `true`, the last data disk of an instance is formatted as ext4 if it has no file system, erasing its contents; instances without a data disk get none. Default `false`. */
    format_disk?: boolean;
    /** Whether the instances keep their names. Default `false`. */
    keep_instance_name?: boolean;
    /** Set to `true` when the instances are ENS edge nodes. Default `false`. */
    is_edge_worker?: boolean;
    /** ID of the node pool to add the instances to; the default node pool when omitted. */
    nodepool_id?: string;
    /** ID of a custom image to install on the instances; the default image when omitted. Not allowed with `nodepool_id`. */
    image_id?: string;
    /** kubelet CPU manager policy, `none` (default) or `static`. Not allowed with `nodepool_id`. */
    cpu_policy?: string;
    /** Custom data run on the instances at startup. Not allowed with `nodepool_id`. */
    user_data?: string;
    /** IDs of RDS instances whose allow lists receive the nodes' addresses. Not allowed with `nodepool_id`. */
    rds_instances?: string[];
    /** Container runtime of the nodes, such as `containerd`. Not allowed with `nodepool_id`. */
    runtime?: Runtime;
    /** Kubernetes labels added to the new nodes (at most 20). */
    tags?: Tag[];
}
/** Unknown properties returned by the service are kept as received. */
export interface AttachInstancesResponse {
    list?: AttachInstancesResponseListItem[];
    /** @example "T-5a544aff80282e39ea000039" */
    task_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface AttachInstancesResponseListItem {
    /** @example "200" */
    code?: string;
    /** @example "i-2ze0lgm3y6iylcbt****" */
    instanceId?: string;
    /** @example "successful" */
    message?: string;
}
export interface AttachInstancesToNodePoolBody {
    /** IDs of the ECS instances to add. */
    instances?: string[];
    /** SSH password of the instances. */
    password?: string;
    /** Whether container data and images are stored on a data disk. When `true`, the last data disk of an instance is formatted as ext4 if it has no file system, erasing its contents. Default `false`. */
    format_disk?: boolean;
    /** Whether the instances keep their names. Default `true`. */
    keep_instance_name?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface AttachInstancesToNodePoolResponse {
    /** @example "D7631D83-6E98-1949-B665-766A62xxxxxx" */
    request_id?: string;
    /** @example "T-5a54309c80282e39ea00002f" */
    task_id?: string;
}
export type CancelClusterUpgradeResponse = {
    [key: string]: unknown;
};
export type CancelComponentUpgradeResponse = {
    [key: string]: unknown;
};
/** Unknown properties returned by the service are kept as received. */
export interface CancelOperationPlanResponse {
    /** @example "873DC52C-28AA-5A5C-938C-684D3D4B****" */
    requestId?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface CancelTaskResponse {
    requestId?: string;
}
export interface CancelWorkflowBody {
    /**
     * Operation to perform; only `cancel` is supported.
     * @example "cancel"
     */
    action: string;
}
export type CancelWorkflowResponse = {
    [key: string]: unknown;
};
/** Unknown properties returned by the service are kept as received. */
export interface CheckControlPlaneLogEnableResponse {
    /** @example "k8s-log-c5b5e80b0b64a4bf6939d2d8fbbc5****" */
    log_project?: string;
    /** @example "30" */
    log_ttl?: string;
    /** @example "162981*****" */
    aliuid?: string;
    components: string[];
}
export interface CheckServiceRoleBody {
    /** Service roles to check. */
    roles: CheckServiceRoleBodyRolesItem[];
}
export interface CheckServiceRoleBodyRolesItem {
    /** Name of the RAM service role, such as `AliyunCSDefaultRole`. */
    name: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface CheckServiceRoleResponse {
    roles?: CheckServiceRoleResponseRolesItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface CheckServiceRoleResponseRolesItem {
    /** @example "AliyunCSManagedAutoScalerRole" */
    name?: string;
    /** @example true */
    granted?: boolean;
    /** @example "The role does not exist: AliyunCSManagedAutoScalerRole" */
    message?: string;
}
export type CleanClusterUserPermissionsResponse = {
    [key: string]: unknown;
};
/** Unknown properties returned by the service are kept as received. */
export interface CleanUserPermissionsResponse {
    request_id?: string;
    task_id?: string;
}
export interface ContainerdConfig {
    /** Registry mirror addresses used when pulling images. */
    registryMirrors?: string[];
    /** Registries reached over plain HTTP or without certificate verification. */
    insecureRegistries?: string[];
    /** Maximum number of image layers downloaded at the same time. */
    maxConcurrentDownloads?: number;
    /** Whether volumes declared in image metadata are ignored. */
    ignoreImageDefinedVolume?: boolean;
    /** Core dump size limit (`LimitCORE`) of the containerd service. */
    limitCore?: number;
    /** Open file limit (`LimitNOFILE`) of the containerd service. */
    limitNoFile?: number;
    /** Locked memory limit (`LimitMEMLOCK`) of the containerd service. */
    limitMemLock?: number;
}
export interface CreateAutoscalingConfigBody {
    /** How long a node must stay below the scale-in threshold before it is removed, in minutes. */
    cool_down_duration?: string;
    /** Cool-down after a scale-out before new nodes may be scaled in, in minutes. */
    unneeded_duration?: string;
    /** Scale-in threshold, as the ratio of requested to allocatable CPU and memory on a node (for example `0.5`). */
    utilization_threshold?: string;
    /** Scale-in threshold for GPU nodes, as the ratio of requested to allocatable resources. */
    gpu_utilization_threshold?: string;
    /** How often the autoscaler evaluates the cluster, in seconds. */
    scan_interval?: string;
    /** Whether nodes may be scaled in. */
    scale_down_enabled?: boolean;
    /** How the node pool is chosen when several could scale out: `least-waste` (default; least idle capacity after scaling), `random` or `priority` (by `priorities`). */
    expander?: string;
    /** When `true`, nodes running kube-system pods (other than DaemonSet and mirror pods) are not scaled in. */
    skip_nodes_with_system_pods?: boolean;
    /** When `true`, nodes running pods with local storage such as emptyDir or hostPath are not scaled in. */
    skip_nodes_with_local_storage?: boolean;
    /** Whether DaemonSet pods are evicted from nodes being scaled in. */
    daemonset_eviction_for_nodes?: boolean;
    /** Maximum time to wait for pods to terminate when a node is scaled in, in seconds. */
    max_graceful_termination_sec?: number;
    /** Minimum number of replicas a workload must keep for its pods to be evicted during scale-in. */
    min_replica_count?: number;
    /** Whether the Kubernetes node objects are deleted when nodes of swift-mode pools are scaled in. */
    recycle_node_deletion_enabled?: boolean;
    /** Whether the autoscaler scales out when the cluster has no ready nodes. */
    scale_up_from_zero?: boolean;
    /** Autoscaler to use: `goatscaler` (instant scaling) or `cluster-autoscaler`. The default depends on the cluster version. */
    scaler_type?: string;
    /** Scale-out priorities for the `priority` expander, mapping a priority (1 to 100) to scaling group IDs. */
    priorities?: {
        [key: string]: string[];
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface CreateAutoscalingConfigResponse {
    cluster_id?: string;
    request_id?: string;
    task_id?: string;
}
export interface CreateClusterBody {
    /** Name of the cluster; 1 to 63 characters of letters, digits, Chinese characters or hyphens, not starting with a hyphen. */
    name: string;
    /** ID of the region the cluster is created in, for example `cn-hangzhou`. */
    region_id: string;
    /** Kind of cluster: `ManagedKubernetes` (managed clusters, including Serverless, Edge and Lingjun profiles), `Kubernetes` (dedicated cluster whose control plane runs on your own instances) or `ExternalKubernetes` (registered cluster). */
    cluster_type?: string;
    /** Edition of a managed cluster: `ack.pro.small` (Pro) or `ack.standard` (Basic, used when empty). Applies when `cluster_type` is `ManagedKubernetes`. */
    cluster_spec?: string;
    /** Sub-type of a managed cluster: `Default`, `Edge`, `Serverless` or `Lingjun`. Applies when `cluster_type` is `ManagedKubernetes`. */
    profile?: string;
    /** Kubernetes version of the cluster, such as `1.30.1-aliyun.1`. The latest supported version is used when omitted. */
    kubernetes_version?: string;
    /** Auto mode settings of the cluster. */
    auto_mode?: CreateClusterBodyAutoMode;
    /** Tags attached to the cluster (keys are unique; at most 20). */
    tags?: Tag[];
    /** ID of the resource group the cluster belongs to. */
    resource_group_id?: string;
    /** When `true`, the cluster cannot be deleted from the console or the API until protection is turned off. Default `false`. */
    deletion_protection?: boolean;
    /** Zones in which ACK creates a VPC and virtual switches for the cluster when `vpcid` and `vswitch_ids` are not given. */
    zone_ids?: string[];
    /** ID of the VPC the cluster runs in. */
    vpcid?: string;
    /** IDs of the virtual switches for the cluster's nodes and control plane endpoints; choose switches in different zones for high availability. */
    vswitch_ids?: string[];
    /** IP stack of the cluster network; `dual` enables IPv4/IPv6 dual stack. */
    ip_stack?: CreateClusterBodyIpStack;
    /**
     * Virtual switches for pod IP addresses in Terway networks: at least one per node virtual switch, in the same zone, not overlapping the node switches.
     * @deprecated
     */
    pod_vswitch_ids?: string[];
    /** Pod CIDR block for Flannel networks (required there). Must be a private range that overlaps neither the VPC nor other clusters in it; cannot be changed after creation. */
    container_cidr?: string;
    /** CIDR block of Kubernetes Services. Must overlap neither the VPC nor the pod CIDR; cannot be changed after creation. Defaults to `172.19.0.0/20`. */
    service_cidr?: string;
    /** ID of an existing security group for the nodes. Use either this or `is_enterprise_security_group`. */
    security_group_id?: string;
    /** When no `security_group_id` is given, whether ACK creates an enterprise security group (`true`, default) rather than a basic one. Basic groups limit nodes plus Terway pods to 2000. */
    is_enterprise_security_group?: boolean;
    /** Whether to create a NAT gateway with SNAT rules so that nodes and pods can reach the internet. Default `true`. */
    snat_entry?: boolean;
    /** Whether to expose the API server on the internet through an EIP. Default `false`. */
    endpoint_public_access?: boolean;
    /** ID of an existing CLB instance to use for the API server endpoint. */
    load_balancer_id?: string;
    /** Whether SSH from the internet to the control plane nodes is allowed (dedicated clusters only). Default `false`. */
    ssh_flags?: boolean;
    /** Time zone of the cluster, as a tz database name such as `Asia/Shanghai`. */
    timezone?: string;
    /** Prefix length of the pod CIDR block assigned to each node, which sets how many pods a node can address (Flannel networks only). Default `26`. */
    node_cidr_mask?: string;
    /** kube-proxy mode, `iptables` or `ipvs` (default). `ipvs` scales better with many Services. */
    proxy_mode?: string;
    /** Retention of control plane logs, in days. */
    controlplane_log_ttl?: string;
    /** Simple Log Service project that stores control plane logs. When omitted, ACK creates one named `k8s-log-{ClusterId}`. */
    controlplane_log_project?: string;
    /** Control plane components whose logs are collected, such as `apiserver`, `kcm`, `scheduler`, `ccm`. */
    controlplane_log_components?: string[];
    /** API server audit logging settings. */
    audit_log_config?: CreateClusterBodyAuditLogConfig;
    /** RRSA (RAM Roles for Service Accounts) settings. */
    rrsa_config?: CreateClusterBodyRrsaConfig;
    /** Local DNS domain of the cluster, `cluster.local` by default. */
    cluster_domain?: string;
    /** ID of the KMS key used for encryption at rest (ACK Pro clusters only). */
    encryption_provider_key?: string;
    /** Issuer (`iss` claim) written into service account tokens. */
    service_account_issuer?: string;
    /** Accepted audiences of service account tokens, separated by commas. */
    api_audiences?: string;
    /** Additional subject alternative names (IP addresses or domain names) for the API server certificate. */
    extra_sans?: string[];
    /** Weekly window in which ACK may perform automatic maintenance such as upgrades. */
    maintenance_window?: MaintenanceWindow;
    /** Automatic operations policy of the cluster. */
    operation_policy?: CreateClusterBodyOperationPolicy;
    /** Add-ons to install with the cluster. A network plugin is required (`flannel` or `terway-eniip`); storage, logging, Ingress and other add-ons are optional. Each entry's `config` is a JSON string. */
    addons?: Addon[];
    /** Node pools created together with the cluster. */
    nodepools?: NodePool[];
    /** Custom CA certificate of the cluster. */
    user_ca?: string;
    /** Instances that run the control plane of a dedicated cluster. */
    control_plane_config?: CreateClusterBodyControlPlaneConfig;
    /**
     * Former way of adding API server certificate SANs (comma-separated); use `extra_sans`.
     * @deprecated
     */
    custom_san?: string;
    /**
     * Container runtime of the nodes created with the cluster, such as `containerd`.
     * @deprecated
     */
    runtime?: Runtime;
    /**
     * Former cluster-wide node naming scheme; set `node_name_mode` on node pools instead.
     * @deprecated
     */
    node_name_mode?: string;
    /**
     * Former cluster-wide custom data for the nodes; set `user_data` on node pools instead.
     * @deprecated
     */
    user_data?: string;
    /**
     * Former cluster-wide custom image for the nodes; set `image_id` on node pools instead.
     * @deprecated
     */
    image_id?: string;
    /**
     * Former way of adding the nodes to RDS allow lists; set `rds_instances` on node pools instead.
     * @deprecated
     */
    rds_instances?: string[];
    /**
     * Former cluster-wide node taints; set taints on node pools instead.
     * @deprecated
     */
    taints?: Taint[];
    /**
     * Former switch for installing the CloudMonitor agent on the nodes; set it on node pools instead.
     * @deprecated
     */
    cloud_monitor_flags?: boolean;
    /**
     * Former choice of node OS distribution; use `image_type` on node pools.
     * @deprecated
     */
    platform?: string;
    /**
     * Former choice of node OS platform, `Linux` or `Windows`; use `image_type` on node pools.
     * @deprecated
     */
    os_type?: string;
    /**
     * Former switch for MLPS security hardening of the nodes; set it on node pools instead.
     * @deprecated
     */
    soc_enabled?: boolean;
    /**
     * Former switch for Alibaba Cloud Linux OS hardening of the nodes; set it on node pools instead.
     * @deprecated
     */
    security_hardening_os?: boolean;
    /**
     * Former CIS hardening switch; use `security_hardening_os`.
     * @deprecated
     */
    cis_enabled?: boolean;
    /**
     * Former cluster-wide kubelet CPU manager policy (`none` or `static`); set it on node pools instead.
     * @deprecated
     */
    cpu_policy?: string;
    /**
     * Port range of NodePort Services, such as `30000-32767` (the default).
     * @deprecated
     */
    node_port_range?: string;
    /**
     * Former control plane virtual switches of a dedicated cluster; use `control_plane_config` and `vswitch_ids`.
     * @deprecated
     */
    master_vswitch_ids?: string[];
    /**
     * Former key pair for logging on to the nodes; use either this or `login_password`. Set it on node pools instead.
     * @deprecated
     */
    key_pair?: string;
    /**
     * Former SSH password for the nodes; use either this or `key_pair`. Set it on node pools instead.
     * @deprecated
     */
    login_password?: string;
    /**
     * Former way of sizing the control plane of a dedicated cluster (3 or 5); use `control_plane_config.size`.
     * @deprecated
     */
    master_count?: number;
    /**
     * Former control plane instance types of a dedicated cluster; use `control_plane_config.instance_types`.
     * @deprecated
     */
    master_instance_types?: string[];
    /**
     * Former control plane system disk category; use `control_plane_config.system_disk_category`.
     * @deprecated
     */
    master_system_disk_category?: string;
    /**
     * Former control plane system disk size in GiB; use `control_plane_config.system_disk_size`.
     * @deprecated
     */
    master_system_disk_size?: number;
    /**
     * Former control plane ESSD performance level; use `control_plane_config.system_disk_performance_level`.
     * @deprecated
     */
    master_system_disk_performance_level?: string;
    /**
     * Former control plane snapshot policy; use `control_plane_config.system_disk_snapshot_policy_id`.
     * @deprecated
     */
    master_system_disk_snapshot_policy_id?: string;
    /**
     * Former control plane billing method, `PrePaid` or `PostPaid`; use `control_plane_config.charge_type`.
     * @deprecated
     */
    master_instance_charge_type?: string;
    /**
     * Former control plane subscription unit; use `control_plane_config.period_unit`.
     * @deprecated
     */
    master_period_unit?: string;
    /**
     * Former control plane subscription length; use `control_plane_config.period`.
     * @deprecated
     */
    master_period?: number;
    /**
     * Former control plane auto-renewal switch; use `control_plane_config.auto_renew`.
     * @deprecated
     */
    master_auto_renew?: boolean;
    /**
     * Former control plane renewal length; use `control_plane_config.auto_renew_period`.
     * @deprecated
     */
    master_auto_renew_period?: number;
    /**
     * Former number of worker nodes created with the cluster (0 to 100); use `nodepools`.
     * @deprecated
     */
    num_of_nodes?: number;
    /**
     * Former worker node virtual switches; use `nodepools`.
     * @deprecated
     */
    worker_vswitch_ids?: string[];
    /**
     * Former way of describing worker nodes; use `nodepools`.
     * @deprecated
     */
    worker_instance_types?: string[];
    /**
     * Former worker system disk category; use `nodepools`.
     * @deprecated
     */
    worker_system_disk_category?: string;
    /**
     * Former worker system disk size in GiB; use `nodepools`.
     * @deprecated
     */
    worker_system_disk_size?: number;
    /**
     * Former worker system disk snapshot policy; use `nodepools`.
     * @deprecated
     */
    worker_system_disk_snapshot_policy_id?: string;
    /**
     * Former worker ESSD performance level; use `nodepools`.
     * @deprecated
     */
    worker_system_disk_performance_level?: string;
    /**
     * Former worker data disks; use `nodepools`.
     * @deprecated
     */
    worker_data_disks?: CreateClusterBodyWorkerDataDisksItem[];
    /**
     * Former worker billing method, `PrePaid` or `PostPaid`; use `nodepools`.
     * @deprecated
     */
    worker_instance_charge_type?: string;
    /**
     * Former worker subscription unit; use `nodepools`.
     * @deprecated
     */
    worker_period_unit?: string;
    /**
     * Former worker subscription length; use `nodepools`.
     * @deprecated
     */
    worker_period?: number;
    /**
     * Former worker auto-renewal switch; use `nodepools`.
     * @deprecated
     */
    worker_auto_renew?: boolean;
    /**
     * Former worker renewal length; use `nodepools`.
     * @deprecated
     */
    worker_auto_renew_period?: number;
    /**
     * Former way of building the cluster from existing ECS instances, which join as worker nodes.
     * @deprecated
     */
    instances?: string[];
    /**
     * With `instances`, whether container data and images go on a data disk (its contents are erased). Default `false`.
     * @deprecated
     */
    format_disk?: boolean;
    /**
     * With `instances`, whether the instances keep their names. Default `true`.
     * @deprecated
     */
    keep_instance_name?: boolean;
    /**
     * Service discovery of a Serverless cluster: `CoreDNS` and/or `PrivateZone`.
     * @deprecated
     */
    service_discovery_types?: string[];
    /**
     * Whether a Serverless cluster gets a NAT gateway with SNAT rules for internet access.
     * @deprecated
     */
    nat_gateway?: boolean;
    /**
     * Zone in which a Serverless cluster's VPC and virtual switch are created when none are given.
     * @deprecated
     */
    zone_id?: string;
    /**
     * Set to `SLS` to enable logging in a Serverless cluster.
     * @deprecated
     */
    logging_type?: string;
    /**
     * Whether resources are rolled back when creation fails. Default `true`.
     * @deprecated
     */
    disable_rollback?: boolean;
    /**
     * Creation timeout, in minutes. Default 60.
     * @deprecated
     */
    timeout_mins?: number;
    /**
     * Former cluster-wide node OS image family; set `image_type` on node pools instead.
     * @deprecated
     */
    image_type?: string;
    /**
     * Former CLB specification of the API server endpoint, such as `slb.s2.small`.
     * @deprecated
     */
    load_balancer_spec?: string;
    /**
     * Former RRSA switch; use `rrsa_config.enabled`.
     * @deprecated
     */
    enable_rrsa?: boolean;
    /**
     * Former cluster billing method, `PrePaid` or `PostPaid`.
     * @deprecated
     */
    charge_type?: string;
    /**
     * Former subscription unit for `charge_type` `PrePaid`, such as `Month`.
     * @deprecated
     */
    period_unit?: string;
    /**
     * Former subscription length for `charge_type` `PrePaid`.
     * @deprecated
     */
    period?: number;
    /**
     * Former auto-renewal switch for `charge_type` `PrePaid`.
     * @deprecated
     */
    auto_renew?: boolean;
    /**
     * Former renewal length for `charge_type` `PrePaid`.
     * @deprecated
     */
    auto_renew_period?: number;
    /**
     * CIDR blocks allowed to reach the API server load balancer of a registered cluster.
     * @deprecated
     */
    access_control_list?: string[];
}
/** API server audit logging settings. */
export interface CreateClusterBodyAuditLogConfig {
    /** Whether API server audit logs are collected into Simple Log Service. */
    enabled?: boolean;
    /** Simple Log Service project that stores the audit logs. */
    sls_project_name?: string;
}
/** Auto mode settings of the cluster. */
export interface CreateClusterBodyAutoMode {
    /** Whether to create the cluster in auto mode, where ACK chooses and manages much of the configuration for you. */
    enable?: boolean;
}
/** Instances that run the control plane of a dedicated cluster. */
export interface CreateClusterBodyControlPlaneConfig {
    /** Billing method of the control plane instances, `PrePaid` or `PostPaid`. */
    charge_type?: string;
    /** Subscription length, in units of `period_unit`; used with `PrePaid`. */
    period?: number;
    /** Unit of `period`, such as `Month`. */
    period_unit?: string;
    /** Whether the subscription renews automatically. */
    auto_renew?: boolean;
    /** Length of each automatic renewal. */
    auto_renew_period?: number;
    /** ECS instance types of the control plane nodes. */
    instance_types?: string[];
    /** Operating system image family of the control plane nodes. */
    image_type?: string;
    /** ID of a custom image for the control plane nodes. */
    image_id?: string;
    /** Name of the key pair used to log on to the control plane nodes; use either this or `login_password`. */
    key_pair?: string;
    /** Password used to log on to the control plane nodes; use either this or `key_pair`. */
    login_password?: string;
    /** Category of the system disks of the control plane nodes, such as `cloud_essd`. */
    system_disk_category?: string;
    /** System disk size, in GiB. */
    system_disk_size?: number;
    /** ID of the automatic snapshot policy of those system disks. */
    system_disk_snapshot_policy_id?: string;
    /** Performance level of an ESSD system disk, `PL0` to `PL3`. */
    system_disk_performance_level?: string;
    /** Provisioned IOPS of a `cloud_auto` system disk. */
    system_disk_provisioned_iops?: number;
    /** Whether performance bursting is enabled on a `cloud_auto` system disk. */
    system_disk_bursting_enabled?: boolean;
    /** ID of the deployment set that spreads the control plane instances. */
    deploymentset_id?: string;
    /** Whether the CloudMonitor agent is installed on the control plane nodes. */
    cloud_monitor_flags?: boolean;
    /** Access settings of the instance metadata service on the control plane nodes. */
    instance_metadata_options?: InstanceMetadataOptions;
    /** Whether MLPS (classified protection) security hardening is applied. */
    soc_enabled?: boolean;
    /** Whether Alibaba Cloud Linux OS security hardening is applied. */
    security_hardening_os?: boolean;
    /** kubelet CPU manager policy, `none` or `static`. */
    cpu_policy?: string;
    /** Container runtime of the control plane nodes, such as `containerd`. */
    runtime?: string;
    /** Port range of NodePort Services, such as `30000-32767`. */
    node_port_range?: string;
    /** Number of control plane nodes, such as 3. */
    size?: number;
}
/**
 * IP stack of the cluster network; `dual` enables IPv4/IPv6 dual stack.
 *
 * No other value is accepted.
 */
export type CreateClusterBodyIpStack = 'ipv4' | 'dual';
/** Every value of {@link CreateClusterBodyIpStack}. */
export declare const CreateClusterBodyIpStackValues: readonly ["ipv4", "dual"];
/** Automatic operations policy of the cluster. */
export interface CreateClusterBodyOperationPolicy {
    /** Automatic upgrade of the cluster's Kubernetes version. */
    cluster_auto_upgrade?: CreateClusterBodyOperationPolicyClusterAutoUpgrade;
}
/** Automatic upgrade of the cluster's Kubernetes version. */
export interface CreateClusterBodyOperationPolicyClusterAutoUpgrade {
    /** Whether the cluster is upgraded automatically. */
    enabled?: boolean;
    /** Release channel followed by automatic upgrades, such as `patch`, `stable` or `rapid`. */
    channel?: string;
}
/** RRSA (RAM Roles for Service Accounts) settings. */
export interface CreateClusterBodyRrsaConfig {
    /** Whether RRSA (RAM Roles for Service Accounts) is enabled, so that pods can assume RAM roles through OIDC. */
    enabled?: boolean;
}
export interface CreateClusterBodyWorkerDataDisksItem {
    /** Category of the data disk. */
    category: string;
    /** Whether the data disk is encrypted, as the string `true` or `false`. */
    encrypted?: string;
    /** Size of the data disk in GiB, 40 to 32767. */
    size: string;
    /** Performance level of an ESSD data disk. */
    performance_level?: string;
}
export interface CreateClusterDiagnosisBody {
    /** What to diagnose, such as `cluster`, `node`, `pod`, `service`, `ingress`, `memory` or `network`. */
    type?: string;
    /** Object to diagnose, shaped by `type`, for example `{"name": "cn-hangzhou.10.0.0.1"}` for a node, `{"namespace": "default", "name": "web-0"}` for a pod or `{"src": "10.0.0.1", "dst": "10.0.0.2", "dport": "80"}` for a network path. */
    target?: {
        [key: string]: unknown;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface CreateClusterDiagnosisResponse {
    /** @example "c5cdf7e3938bc4f8eb0e44b21a80f****" */
    cluster_id?: string;
    /** @example "6f719f23098240818eb26fe3a37d****" */
    diagnosis_id?: string;
    /** @example "687C5BAA-D103-4993-884B-C35E4314****" */
    request_id?: string;
}
export interface CreateClusterInspectConfigBody {
    /** Whether scheduled inspection is on. */
    enabled: boolean;
    /** When inspections run, as an RFC 5545 recurrence rule with `FREQ=DAILY` and `BYHOUR`/`BYMINUTE`, such as `FREQ=DAILY;BYHOUR=10;BYMINUTE=15`. */
    recurrence: string;
    /** Inspection items to skip. */
    disabledCheckItems?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface CreateClusterInspectConfigResponse {
    requestId?: string;
}
/** The configuration of the node pool to create. */
export interface CreateClusterNodePoolBody {
    /** Name and resource group of the node pool. */
    nodepool_info?: CreateClusterNodePoolBodyNodePoolInfo;
    /** Auto scaling of the node pool. The other fields only take effect when `enable` is `true`. `min_instances` must not exceed `max_instances`. */
    auto_scaling?: CreateClusterNodePoolBodyAutoScaling;
    /** Managed node pool settings (automatic repair, CVE fixing and upgrades). The other fields only take effect when `enable` is `true`. */
    management?: CreateClusterNodePoolBodyManagement;
    /**
     * How the nodes of the pool are created: network placement, instance types, disks, image, login credentials and billing.
     *
     * Rules checked before sending:
     *
     * - Either `key_pair` or `login_password` must be set.
     * - With `instance_charge_type` set to `PrePaid`, `period`, `period_unit` and `auto_renew` are required, and when `auto_renew` is also `true`, `auto_renew_period` is required too.
     * - `period_unit` defaults to `Month`, so an absent `period_unit` is treated as `Month`: `period` must then be one of 1–9, 12, 24, 36, 48 or 60 and `auto_renew_period` one of 1, 2, 3, 6 or 12. With `Week`, `period` must be 1–4; no list of weekly `auto_renew_period` values is documented, so it is not constrained.
     */
    scaling_group?: CreateClusterNodePoolBodyScalingGroup;
    node_config?: CreateClusterNodePoolBodyNodeConfig;
    /** Kubernetes-level settings of the nodes of the pool. */
    kubernetes_config?: CreateClusterNodePoolBodyKubernetesConfig;
    /** Confidential computing settings. */
    tee_config?: CreateClusterNodePoolBodyTeeConfig;
    /**
     * Former network settings of enhanced edge node pools. Deprecated.
     * @deprecated
     */
    interconnect_config?: CreateClusterNodePoolBodyInterconnectConfig;
    /**
     * Former node count of the pool. Deprecated; use `scaling_group.desired_size`.
     * @deprecated
     */
    count?: number;
    /**
     * Most nodes an edge node pool may hold; 0 means no limit beyond the cluster's. Deprecated.
     * @deprecated
     */
    max_nodes?: number;
    /** Network type of an `edge` node pool: `basic` (nodes reach the cloud over the internet) or `private` (over Express Connect, VPN or CEN; Kubernetes 1.22 and later). */
    interconnect_mode?: string;
    /** Whether pods use the host network (sharing the node's IP address and ports) rather than their own network stack. */
    host_network?: boolean;
    /** Whether the nodes of an edge node pool can reach each other at layer 3. */
    intranet?: boolean;
    /** Lingjun node group that supplies the nodes of a `lingjun` pool. */
    eflo_node_group?: CreateClusterNodePoolBodyEfloNodeGroup;
    auto_mode?: CreateClusterNodePoolBodyAutoMode;
    /** Components installed on the nodes of the pool, with their versions and settings. */
    node_components?: CreateClusterNodePoolBodyNodeComponentsItem[];
}
export interface CreateClusterNodePoolBodyAutoMode {
    /** Whether the pool runs in intelligent managed (auto) mode, where ACK chooses and maintains much of its configuration. */
    enable?: boolean;
}
/** Auto scaling of the node pool. The other fields only take effect when `enable` is `true`. `min_instances` must not exceed `max_instances`. */
export interface CreateClusterNodePoolBodyAutoScaling {
    /**
     * Whether the node pool scales automatically. Default: `false`.
     * @example true
     * @defaultValue false
     */
    enable?: boolean;
    /**
     * Kind of instances added on scale-out. Known values: `cpu` (regular instances), `gpu` (GPU instances), `gpushare` (shared-GPU instances), `spot` (preemptible instances). Default: `cpu`. Cannot be changed after the pool is created.
     * @example "cpu"
     * @defaultValue "cpu"
     */
    type?: CreateClusterNodePoolBodyAutoScalingType;
    /**
     * Upper bound on the number of instances the pool scales out to, from `min_instances` to 2000. Default: 0.
     * @example 10
     * @defaultValue 0
     */
    max_instances?: number;
    /**
     * Lower bound on the number of instances the pool scales in to, from 0 to `max_instances`. Default: 0.
     * @example 1
     * @defaultValue 0
     */
    min_instances?: number;
    /**
     * Whether nodes added by auto scaling get an elastic IP. Deprecated; use `scaling_group.internet_charge_type` and `internet_max_bandwidth_out`.
     * @deprecated
     */
    is_bond_eip?: boolean;
    /**
     * Billing of those elastic IPs, `PayByBandwidth` or `PayByTraffic`. Deprecated.
     * @deprecated
     */
    eip_internet_charge_type?: string;
    /**
     * Peak bandwidth of those elastic IPs, in Mbit/s. Deprecated.
     * @deprecated
     */
    eip_bandwidth?: number;
}
/**
 * Kind of instances added on scale-out. Known values: `cpu` (regular instances), `gpu` (GPU instances), `gpushare` (shared-GPU instances), `spot` (preemptible instances). Default: `cpu`. Cannot be changed after the pool is created.
 *
 * Known values are listed; the service may accept others.
 * @example "cpu"
 * @defaultValue "cpu"
 */
export type CreateClusterNodePoolBodyAutoScalingType = 'cpu' | 'gpu' | 'gpushare' | 'spot' | (string & {});
/** The known values of {@link CreateClusterNodePoolBodyAutoScalingType}. */
export declare const CreateClusterNodePoolBodyAutoScalingTypeValues: readonly ["cpu", "gpu", "gpushare", "spot"];
/** Lingjun node group that supplies the nodes of a `lingjun` pool. */
export interface CreateClusterNodePoolBodyEfloNodeGroup {
    /** ID of the Lingjun cluster. */
    cluster_id?: string;
    /** ID of the Lingjun node group. */
    group_id?: string;
}
/**
 * Former network settings of enhanced edge node pools. Deprecated.
 * @deprecated
 */
export interface CreateClusterNodePoolBodyInterconnectConfig {
    cen_id?: string;
    ccn_id?: string;
    ccn_region_id?: string;
    bandwidth?: number;
    improved_period?: string;
}
/** Kubernetes-level settings of the nodes of the pool. */
export interface CreateClusterNodePoolBodyKubernetesConfig {
    /** Kubernetes labels put on every node of the pool. */
    labels?: Tag[];
    /** Kubernetes taints put on every node of the pool. */
    taints?: Taint[];
    /**
     * Container runtime of the nodes. Known values: `containerd`, `docker`, `Sandboxed-Container.runv` (sandboxed containers).
     * @example "docker"
     */
    runtime?: CreateClusterNodePoolBodyKubernetesConfigRuntime;
    /**
     * Version of the container runtime.
     * @example "19.03.5"
     */
    runtime_version?: string;
    /**
     * kubelet CPU management policy.
     *
     * - `static`: pods with certain resource characteristics get exclusive CPUs and stronger CPU affinity.
     * - `none`: the default CPU affinity behaviour.
     *
     * Default: `none`.
     * @example "none"
     * @defaultValue "none"
     */
    cpu_policy?: CreateClusterNodePoolBodyKubernetesConfigCpuPolicy;
    /**
     * Custom user data run on each node, Base64-encoded. The empty string is valid Base64 (it encodes no data).
     * @example "dGhpcyBpcyBhIGV4YW1wbGU="
     */
    user_data?: string;
    /** Whether new nodes join the cluster unschedulable (cordoned). */
    unschedulable?: boolean;
    /**
     * Whether to install the Cloud Monitor agent on the nodes. Default: `false`.
     * @example true
     * @defaultValue false
     */
    cms_enabled?: boolean;
    /** Naming scheme of new nodes, `customized,<prefix>,<count of trailing IP digits>,<suffix>`. */
    node_name_mode?: string;
    /** Base64-encoded script run on each node before it joins the cluster. */
    pre_user_data?: string;
}
/**
 * kubelet CPU management policy.
 *
 * - `static`: pods with certain resource characteristics get exclusive CPUs and stronger CPU affinity.
 * - `none`: the default CPU affinity behaviour.
 *
 * Default: `none`.
 *
 * No other value is accepted.
 * @example "none"
 * @defaultValue "none"
 */
export type CreateClusterNodePoolBodyKubernetesConfigCpuPolicy = 'static' | 'none';
/** Every value of {@link CreateClusterNodePoolBodyKubernetesConfigCpuPolicy}. */
export declare const CreateClusterNodePoolBodyKubernetesConfigCpuPolicyValues: readonly ["static", "none"];
/**
 * Container runtime of the nodes. Known values: `containerd`, `docker`, `Sandboxed-Container.runv` (sandboxed containers).
 *
 * Known values are listed; the service may accept others.
 * @example "docker"
 */
export type CreateClusterNodePoolBodyKubernetesConfigRuntime = 'containerd' | 'docker' | 'Sandboxed-Container.runv' | (string & {});
/** The known values of {@link CreateClusterNodePoolBodyKubernetesConfigRuntime}. */
export declare const CreateClusterNodePoolBodyKubernetesConfigRuntimeValues: readonly ["containerd", "docker", "Sandboxed-Container.runv"];
/** Managed node pool settings (automatic repair, CVE fixing and upgrades). The other fields only take effect when `enable` is `true`. */
export interface CreateClusterNodePoolBodyManagement {
    /** Whether the pool is a managed node pool. Default `false`. */
    enable?: boolean;
    /** Whether faulty nodes are repaired automatically. Default `true` in a managed pool. */
    auto_repair?: boolean;
    auto_repair_policy?: CreateClusterNodePoolBodyManagementAutoRepairPolicy;
    /** Whether operating system vulnerabilities (CVEs) are fixed automatically. Default `true` in a managed pool. */
    auto_vul_fix?: boolean;
    auto_vul_fix_policy?: CreateClusterNodePoolBodyManagementAutoVulFixPolicy;
    /** Whether node components are upgraded automatically. Default `true` in a managed pool. */
    auto_upgrade?: boolean;
    auto_upgrade_policy?: CreateClusterNodePoolBodyManagementAutoUpgradePolicy;
    /**
     * How an upgrade rolls through the nodes. Deprecated in favour of `auto_upgrade_policy`.
     * @deprecated
     */
    upgrade_config?: CreateClusterNodePoolBodyManagementUpgradeConfig;
}
export interface CreateClusterNodePoolBodyManagementAutoRepairPolicy {
    /** Whether a repair may restart the node. Default `true` when `auto_repair` is on. */
    restart_node?: boolean;
    /** Whether a repair waits for someone to approve it. */
    approval_required?: boolean;
}
export interface CreateClusterNodePoolBodyManagementAutoUpgradePolicy {
    /** Whether the kubelet is upgraded automatically. Default `true` when `auto_upgrade` is on. */
    auto_upgrade_kubelet?: boolean;
    /** Whether the container runtime is upgraded automatically. Default `false`. */
    auto_upgrade_runtime?: boolean;
    /** Whether the operating system is upgraded automatically. Default `false`. */
    auto_upgrade_os?: boolean;
}
export interface CreateClusterNodePoolBodyManagementAutoVulFixPolicy {
    /** Whether a fix may restart the node. Default `false`. */
    restart_node?: boolean;
    /** Comma-separated severities fixed automatically: `asap` (high), `later` (medium), `nntf` (low). Default `asap`. */
    vul_level?: string;
    /** Comma-separated packages that automatic fixes never update. */
    exclude_packages?: string;
}
/**
 * How an upgrade rolls through the nodes. Deprecated in favour of `auto_upgrade_policy`.
 * @deprecated
 */
export interface CreateClusterNodePoolBodyManagementUpgradeConfig {
    /**
     * Whether automatic upgrade is on. Deprecated; use `management.auto_upgrade`.
     * @deprecated
     */
    auto_upgrade?: boolean;
    /** Extra nodes created during an upgrade to carry the load. */
    surge?: number;
    /** Extra nodes as a percentage of the pool; set this or `surge`, not both. */
    surge_percentage?: number;
    /** Most nodes unavailable at once during an upgrade, from 1 to 1000. Default 1. */
    max_unavailable?: number;
}
export interface CreateClusterNodePoolBodyNodeComponentsItem {
    /** Name of the component. */
    name?: string;
    /** Version of the component. */
    version?: string;
    config?: CreateClusterNodePoolBodyNodeComponentsItemConfig;
}
export interface CreateClusterNodePoolBodyNodeComponentsItemConfig {
    /** Custom settings of the component, as string key/value pairs. */
    custom_config?: {
        [key: string]: string;
    };
}
export interface CreateClusterNodePoolBodyNodeConfig {
    /** kubelet settings of the nodes. */
    kubelet_configuration?: KubeletConfig;
}
/** Name and resource group of the node pool. */
export interface CreateClusterNodePoolBodyNodePoolInfo {
    /**
     * Display name of the node pool. The reference page lists it as optional; the current API expects it, so always set it.
     * @example "cluster-demo"
     */
    name?: string;
    /** Kind of node pool: `ess` (regular; supports managed operations and auto scaling), `edge` (ACK Edge) or `lingjun` (Lingjun). */
    type?: string;
    /**
     * ID of the resource group the node pool, and the instances it creates, belong to.
     * @example "rg-acfmyvw3wjmb****"
     */
    resource_group_id?: string;
}
/**
 * How the nodes of the pool are created: network placement, instance types, disks, image, login credentials and billing.
 *
 * Rules checked before sending:
 *
 * - Either `key_pair` or `login_password` must be set.
 * - With `instance_charge_type` set to `PrePaid`, `period`, `period_unit` and `auto_renew` are required, and when `auto_renew` is also `true`, `auto_renew_period` is required too.
 * - `period_unit` defaults to `Month`, so an absent `period_unit` is treated as `Month`: `period` must then be one of 1–9, 12, 24, 36, 48 or 60 and `auto_renew_period` one of 1, 2, 3, 6 or 12. With `Week`, `period` must be 1–4; no list of weekly `auto_renew_period` values is documented, so it is not constrained.
 */
export interface CreateClusterNodePoolBodyScalingGroup {
    /** IDs of the vSwitches the nodes are placed in, from 1 to 8. Choose vSwitches in different zones for high availability. */
    vswitch_ids?: string[];
    /** ECS instance types the pool may use; when it scales out it picks a matching type from this list. From 1 to 10 entries; listing several improves availability. */
    instance_types?: string[];
    /**
     * Billing method of the nodes.
     *
     * - `PrePaid`: subscription; requires `period`, `period_unit` and `auto_renew`.
     * - `PostPaid`: pay-as-you-go.
     *
     * Default: `PostPaid`.
     * @example "PrePaid"
     * @defaultValue "PostPaid"
     */
    instance_charge_type?: CreateClusterNodePoolBodyScalingGroupInstanceChargeType;
    /**
     * Subscription term of the nodes, in units of `period_unit`. Required when `instance_charge_type` is `PrePaid`. Monthly terms: 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48 or 60; weekly terms: 1, 2, 3 or 4.
     * @example 1
     */
    period?: number;
    /**
     * Unit of `period` and `auto_renew_period`: `Month` or `Week`. Required when `instance_charge_type` is `PrePaid`. Default: `Month`.
     * @example "Month"
     * @defaultValue "Month"
     */
    period_unit?: CreateClusterNodePoolBodyScalingGroupPeriodUnit;
    /**
     * Whether subscription nodes are renewed automatically when their term ends. Only meaningful, and then required, when `instance_charge_type` is `PrePaid`.
     * @example true
     */
    auto_renew?: boolean;
    /**
     * Length of each automatic renewal, in units of `period_unit`. Required when `instance_charge_type` is `PrePaid` and `auto_renew` is `true`. For monthly terms the allowed values are 1, 2, 3, 6 and 12. Default: 1.
     * @example 1
     * @defaultValue 1
     */
    auto_renew_period?: number;
    /** Whether, and how, preemptible (spot) instances are used: `NoSpot` (regular instances), `SpotWithPriceLimit` (preemptible, capped by `spot_price_limit`) or `SpotAsPriceGo` (preemptible, at the market price). */
    spot_strategy?: string;
    /** Price caps per instance type, for `SpotWithPriceLimit`. */
    spot_price_limit?: CreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem[];
    /** Operating system image family of the nodes, such as `AliyunLinux3`, `AliyunLinux3Arm64`, `ContainerOS` or `Windows`; the preferred way to choose the OS (instead of `platform`). */
    image_type?: string;
    /**
     * ID of a custom image for the nodes. When omitted, a system-provided image is used.
     * @example "aliyun_2_1903_x64_20G_alibase_20200529.vhd"
     */
    image_id?: string;
    /**
     * Category of the system disk. Known values: `cloud` (basic disk), `cloud_efficiency` (ultra disk), `cloud_ssd` (standard SSD), `cloud_essd` (enterprise SSD), `cloud_auto` (ESSD AutoPL), `cloud_essd_entry` (ESSD Entry). Default: `cloud_efficiency`.
     * @example "cloud_efficiency"
     * @defaultValue "cloud_efficiency"
     */
    system_disk_category?: CreateClusterNodePoolBodyScalingGroupSystemDiskCategory;
    /** System disk categories tried in order when the preferred one cannot be used. */
    system_disk_categories?: string[];
    /**
     * Size of the system disk in GiB, from 20 to 2048. (The 2024-06 metadata prints the upper bound as 20248, evidently a typo; the official SDK documents 2048.)
     * @example 120
     */
    system_disk_size?: number;
    /** Performance level of an ESSD system disk, `PL0` to `PL3`; which levels are available depends on the instance type. */
    system_disk_performance_level?: string;
    /** Whether the system disk is encrypted. */
    system_disk_encrypted?: boolean;
    /** ID of the KMS key that encrypts the system disk. */
    system_disk_kms_key_id?: string;
    /** Encryption algorithm of the system disk, such as `aes-256`. */
    system_disk_encrypt_algorithm?: string;
    /** Whether performance bursting is on for a `cloud_auto` system disk. */
    system_disk_bursting_enabled?: boolean;
    /** Provisioned IOPS of a `cloud_auto` system disk. */
    system_disk_provisioned_iops?: number;
    /** Data disks attached to each node. */
    data_disks?: DataDisk[];
    /** Security groups of the nodes. Preferred over `security_group_id`; when both are set, this list wins. */
    security_group_ids?: string[];
    /**
     * Name of the key pair used for password-less SSH logon. Set this or `login_password`.
     * @example "my-key-pair"
     */
    key_pair?: string;
    /**
     * SSH logon password of the nodes. Set this or `key_pair`. The service expects 8 to 30 characters mixing at least three of: upper-case letters, lower-case letters, digits and special characters; only the 30-character limit is checked here, since published samples mask the value as `****`.
     *
     * Sensitive: the client never logs this value or includes it in error messages.
     * @example (sensitive: not shown)
     */
    login_password?: string;
    /** Whether logons to the nodes use a non-root user. */
    login_as_non_root?: boolean;
    /**
     * Former CIS hardening switch. Deprecated; use `security_hardening_os`.
     * @deprecated
     */
    cis_enabled?: boolean;
    /** Whether MLPS (classified protection) security hardening is applied; Alibaba Cloud Linux 2 and 3 images only. */
    soc_enabled?: boolean;
    /** Whether Alibaba Cloud Linux OS security hardening is applied. Default `false`. */
    security_hardening_os?: boolean;
    /** Billing of the public IPs of the nodes, `PayByBandwidth` or `PayByTraffic`. */
    internet_charge_type?: string;
    /** Peak outbound public bandwidth of a node, from 1 to 100 Mbit/s. */
    internet_max_bandwidth_out?: number;
    /** Tags added to the ECS instances of the pool (not to the Kubernetes node objects; use `kubernetes_config.labels` for those). Keys must be unique and at most 128 characters long; neither keys nor values may start with `aliyun` or `acs:` or contain `http://` or `https://`. */
    tags?: CreateClusterNodePoolBodyScalingGroupTagsItem[];
    /** Number of nodes the pool should keep. The replacement for the deprecated top-level `count`. */
    desired_size?: number;
    /** How instances are spread over the zones of the virtual switches: `PRIORITY` (default; switches in the order listed), `COST_OPTIMIZED` (lowest vCPU price first, preemptible first when configured) or `BALANCE` (evenly). */
    multi_az_policy?: string;
    /**
     * How the scaling group adds and removes nodes.
     *
     * - `release` (standard mode): instances are created on scale-out and released on scale-in.
     * - `recycle` (swift mode): instances are stopped on scale-in and started again on the next scale-out, which is faster; stopped instances incur storage costs only.
     *
     * Default: `release`.
     * @example "release"
     * @defaultValue "release"
     */
    scaling_policy?: CreateClusterNodePoolBodyScalingGroupScalingPolicy;
    /** Pay-as-you-go instances kept before preemptible ones are added, from 0 to 1000. */
    on_demand_base_capacity?: number;
    /** Share of pay-as-you-go instances beyond `on_demand_base_capacity`, from 0 to 100 percent. */
    on_demand_percentage_above_base_capacity?: number;
    /** Number of cheapest instance types preemptible instances are spread over, from 1 to 10. */
    spot_instance_pools?: number;
    /** Whether a preemptible instance about to be reclaimed is replaced ahead of time. */
    spot_instance_remedy?: boolean;
    /** With `COST_OPTIMIZED`, whether pay-as-you-go instances stand in when preemptible ones cannot be created. */
    compensate_with_on_demand?: boolean;
    /** ID of a deployment set that spreads the nodes over physical servers. */
    deploymentset_id?: string;
    /** IDs of ApsaraDB RDS instances to associate with the nodes of the pool. */
    rds_instances?: string[];
    /** Which private capacity pool (from an elasticity assurance or capacity reservation) new instances use. */
    private_pool_options?: CreateClusterNodePoolBodyScalingGroupPrivatePoolOptions;
    /**
     * ID of the security group the nodes join. Deprecated: the current API takes a list of security groups instead.
     * @example "sg-wz9a8g2mt6x5llu0****"
     * @deprecated
     */
    security_group_id?: string;
    /**
     * Operating system distribution of the nodes. Known values: `CentOS`, `AliyunLinux`, `Windows`, `WindowsCore`. Default: `AliyunLinux`. Deprecated: the current API selects the OS through an image type instead.
     * @example "AliyunLinux"
     * @defaultValue "AliyunLinux"
     * @deprecated
     */
    platform?: CreateClusterNodePoolBodyScalingGroupPlatform;
    /** Attributes that select instance types, instead of listing them in `instance_types`. */
    instance_patterns?: InstancePatterns[];
    /** Name of the RAM role attached to the node instances. */
    ram_role_name?: string;
    /** Access settings of the instance metadata service on the nodes. */
    instance_metadata_options?: InstanceMetadataOptions;
    /** Which capacity (private pools or public) new instances are drawn from. */
    resource_pool_options?: CreateClusterNodePoolBodyScalingGroupResourcePoolOptions;
    /** ID of the automatic snapshot policy of the system disk. */
    system_disk_snapshot_policy_id?: string;
    /**
     * ID of the VPC. Deprecated: the service no longer reads this field and the official SDK model has dropped it; the nodes are placed in the VPC of the vSwitches listed in `vswitch_ids`.
     * @example "vpc-wz984yvbd6lck22z3****"
     * @deprecated
     */
    vpc_id?: string;
}
/**
 * Billing method of the nodes.
 *
 * - `PrePaid`: subscription; requires `period`, `period_unit` and `auto_renew`.
 * - `PostPaid`: pay-as-you-go.
 *
 * Default: `PostPaid`.
 *
 * No other value is accepted.
 * @example "PrePaid"
 * @defaultValue "PostPaid"
 */
export type CreateClusterNodePoolBodyScalingGroupInstanceChargeType = 'PrePaid' | 'PostPaid';
/** Every value of {@link CreateClusterNodePoolBodyScalingGroupInstanceChargeType}. */
export declare const CreateClusterNodePoolBodyScalingGroupInstanceChargeTypeValues: readonly ["PrePaid", "PostPaid"];
/**
 * Unit of `period` and `auto_renew_period`: `Month` or `Week`. Required when `instance_charge_type` is `PrePaid`. Default: `Month`.
 *
 * No other value is accepted.
 * @example "Month"
 * @defaultValue "Month"
 */
export type CreateClusterNodePoolBodyScalingGroupPeriodUnit = 'Month' | 'Week';
/** Every value of {@link CreateClusterNodePoolBodyScalingGroupPeriodUnit}. */
export declare const CreateClusterNodePoolBodyScalingGroupPeriodUnitValues: readonly ["Month", "Week"];
/**
 * Operating system distribution of the nodes. Known values: `CentOS`, `AliyunLinux`, `Windows`, `WindowsCore`. Default: `AliyunLinux`. Deprecated: the current API selects the OS through an image type instead.
 *
 * Known values are listed; the service may accept others.
 * @example "AliyunLinux"
 * @defaultValue "AliyunLinux"
 * @deprecated
 */
export type CreateClusterNodePoolBodyScalingGroupPlatform = 'CentOS' | 'AliyunLinux' | 'Windows' | 'WindowsCore' | (string & {});
/** The known values of {@link CreateClusterNodePoolBodyScalingGroupPlatform}. */
export declare const CreateClusterNodePoolBodyScalingGroupPlatformValues: readonly ["CentOS", "AliyunLinux", "Windows", "WindowsCore"];
/** Which private capacity pool (from an elasticity assurance or capacity reservation) new instances use. */
export interface CreateClusterNodePoolBodyScalingGroupPrivatePoolOptions {
    /** ID of the private pool; needed when `match_criteria` is `Target`. */
    id?: string;
    /** How a private pool is chosen: `Open` (any matching open pool, public capacity otherwise), `Target` (only the pool named by `id`) or `None` (private pools are not used). */
    match_criteria?: string;
}
/** Which capacity (private pools or public) new instances are drawn from. */
export interface CreateClusterNodePoolBodyScalingGroupResourcePoolOptions {
    /** `PrivatePoolFirst` (the pools in `private_pool_ids` first, public capacity otherwise), `PrivatePoolOnly` (only those pools) or `None` (public capacity only). */
    strategy?: CreateClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategy;
    /** IDs of the private pools to use. */
    private_pool_ids?: string[];
}
/**
 * `PrivatePoolFirst` (the pools in `private_pool_ids` first, public capacity otherwise), `PrivatePoolOnly` (only those pools) or `None` (public capacity only).
 *
 * No other value is accepted.
 */
export type CreateClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategy = 'PrivatePoolOnly' | 'PrivatePoolFirst' | 'None';
/** Every value of {@link CreateClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategy}. */
export declare const CreateClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues: readonly ["PrivatePoolOnly", "PrivatePoolFirst", "None"];
/**
 * How the scaling group adds and removes nodes.
 *
 * - `release` (standard mode): instances are created on scale-out and released on scale-in.
 * - `recycle` (swift mode): instances are stopped on scale-in and started again on the next scale-out, which is faster; stopped instances incur storage costs only.
 *
 * Default: `release`.
 *
 * Known values are listed; the service may accept others.
 * @example "release"
 * @defaultValue "release"
 */
export type CreateClusterNodePoolBodyScalingGroupScalingPolicy = 'release' | 'recycle' | (string & {});
/** The known values of {@link CreateClusterNodePoolBodyScalingGroupScalingPolicy}. */
export declare const CreateClusterNodePoolBodyScalingGroupScalingPolicyValues: readonly ["release", "recycle"];
export interface CreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem {
    /** Instance type the cap applies to. */
    instance_type?: string;
    /** Highest price per instance per hour, as a decimal string (in the currency of the account's site). */
    price_limit?: string;
}
/**
 * Category of the system disk. Known values: `cloud` (basic disk), `cloud_efficiency` (ultra disk), `cloud_ssd` (standard SSD), `cloud_essd` (enterprise SSD), `cloud_auto` (ESSD AutoPL), `cloud_essd_entry` (ESSD Entry). Default: `cloud_efficiency`.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_efficiency"
 * @defaultValue "cloud_efficiency"
 */
export type CreateClusterNodePoolBodyScalingGroupSystemDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link CreateClusterNodePoolBodyScalingGroupSystemDiskCategory}. */
export declare const CreateClusterNodePoolBodyScalingGroupSystemDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/** A key/value pair. Used both for Kubernetes labels on the nodes and for tags on the ECS instances behind them. */
export interface CreateClusterNodePoolBodyScalingGroupTagsItem {
    /**
     * Tag (or label) key.
     * @example "disk_type"
     */
    key?: string;
    /**
     * Tag (or label) value.
     * @example "ssd"
     */
    value?: string;
}
/** Confidential computing settings. */
export interface CreateClusterNodePoolBodyTeeConfig {
    /**
     * Whether the node pool is a confidential computing (TEE) node pool.
     * @example true
     */
    tee_enable?: boolean;
}
/**
 * Result of creating a node pool.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface CreateClusterNodePoolResponse {
    /**
     * ID of the new node pool.
     * @example "np31da1b38983f4511b490fc62108a****"
     */
    nodepool_id?: string;
    /** @example "T-613b19bbd160ad492800****" */
    task_id?: string;
    /** @example "0527ac9a-c899-4341-a21a-****" */
    request_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface CreateClusterResponse {
    /**
     * ID of the new cluster.
     * @example "cb95aa626a47740afbf6aa099b650****"
     */
    cluster_id?: string;
    /** @example "687C5BAA-D103-4993-884B-C35E4314A1E1" */
    request_id?: string;
    /**
     * ID of the creation task; follow it with DescribeTaskInfo.
     * @example "T-5a54309c80282e39ea****"
     */
    task_id?: string;
}
export interface CreateKubernetesTriggerBody {
    /** ID of the cluster the application runs in. */
    cluster_id: string;
    /** Application to redeploy, as `<namespace>/<name>`, such as `default/web`. */
    project_id: string;
    /** What the trigger does; only `redeploy` is supported. */
    action: string;
    /** Kind of application, `deployment` (default) or `application`. */
    type?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface CreateKubernetesTriggerResponse {
    /** @example "111" */
    id?: string;
    /** @example "c5cdf7e3938bc4f8eb0e44b21a80f****" */
    cluster_id?: string;
    /** @example "default/test-app" */
    project_id?: string;
    /** @example "deployment" */
    type?: string;
    /** @example "redeploy" */
    action?: string;
}
export interface CreateTemplateBody {
    /** Name of the template; 1 to 63 characters, not starting with a hyphen. */
    name: string;
    /** The template content, as Kubernetes YAML. */
    template: string;
    /** Labels of the template, to group and find it. */
    tags?: string;
    /** Description of the template. */
    description?: string;
    /** Free-form type of the template. `kubernetes` templates are shown on the console's template page; `compose` (the default) templates are not. Use `kubernetes`. */
    template_type?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface CreateTemplateResponse {
    /** @example "ba1fe77b-b01e-4640-b77e-8f1b80e3e3cf" */
    template_id?: string;
}
export interface CreateTriggerBody {
    /** ID of the cluster the application runs in. */
    cluster_id: string;
    /** Application to redeploy, as `<namespace>/<name>`, such as `default/web`. */
    project_id: string;
    /** What the trigger does; only `redeploy` is supported. */
    action: string;
    /** Kind of application, `deployment` (default; a Deployment) or `application` (an application-center app). */
    type?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface CreateTriggerResponse {
    /** @example "102536" */
    id?: string;
    /** @example "c93095129fc41463aa455d89444fd****" */
    cluster_id?: string;
    /** @example "default/test-app" */
    project_id?: string;
    /** @example "deployment" */
    type?: string;
    /** @example "redeploy" */
    action?: string;
}
/** A data disk attached to every node of the pool. */
export interface DataDisk {
    /**
     * Disk category. Known values: `cloud` (basic disk), `cloud_efficiency` (ultra disk), `cloud_ssd` (standard SSD), `cloud_essd` (enterprise SSD), `cloud_auto` (ESSD AutoPL). Other categories the service adds later are passed through. Default: `cloud_efficiency`.
     * @example "cloud_ssd"
     * @defaultValue "cloud_efficiency"
     */
    category?: DataDiskCategory;
    /**
     * Disk size in GiB, from 40 to 32768. Default: 120.
     * @example 40
     * @defaultValue 120
     */
    size?: number;
    /**
     * Whether the disk is encrypted. Note that the API takes this flag as a string, not a boolean: send `"true"` to encrypt the disk or `"false"` to leave it unencrypted. Default: `"false"`.
     * @example "false"
     * @defaultValue "false"
     */
    encrypted?: DataDiskEncrypted;
    kms_key_id?: string;
    auto_snapshot_policy_id?: string;
    performance_level?: string;
    provisioned_iops?: number;
    bursting_enabled?: boolean;
    auto_format?: boolean;
    file_system?: string;
    mount_target?: string;
    disk_name?: string;
    device?: string;
    snapshot_id?: string;
}
/**
 * Disk category. Known values: `cloud` (basic disk), `cloud_efficiency` (ultra disk), `cloud_ssd` (standard SSD), `cloud_essd` (enterprise SSD), `cloud_auto` (ESSD AutoPL). Other categories the service adds later are passed through. Default: `cloud_efficiency`.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_ssd"
 * @defaultValue "cloud_efficiency"
 */
export type DataDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | (string & {});
/** The known values of {@link DataDiskCategory}. */
export declare const DataDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto"];
/**
 * Whether the disk is encrypted. Note that the API takes this flag as a string, not a boolean: send `"true"` to encrypt the disk or `"false"` to leave it unencrypted. Default: `"false"`.
 *
 * No other value is accepted.
 * @example "false"
 * @defaultValue "false"
 */
export type DataDiskEncrypted = 'true' | 'false';
/** Every value of {@link DataDiskEncrypted}. */
export declare const DataDiskEncryptedValues: readonly ["true", "false"];
/**
 * A data disk of the nodes of the pool, as the service reports it.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DataDiskOutput {
    /**
     * Disk category, e.g. `cloud_efficiency`, `cloud_ssd`, `cloud_essd` or `cloud_auto`.
     * @example "cloud_essd"
     */
    category?: DataDiskOutputCategory;
    /**
     * Disk size in GiB.
     * @example 100
     */
    size?: number;
    /**
     * Whether the disk is encrypted, as the string `"true"` or `"false"`.
     * @example "false"
     */
    encrypted?: DataDiskOutputEncrypted;
    /**
     * ID of the KMS key that encrypts the disk.
     * @example "0e478b7a-4262-4802-b8cb-00d3fb40****"
     */
    kms_key_id?: string;
    /**
     * ID of the automatic snapshot policy of the disk.
     * @example "sp-2zej1nogjvovnz4z****"
     */
    auto_snapshot_policy_id?: string;
    /**
     * Performance level of an ESSD disk.
     * @example "PL1"
     */
    performance_level?: string;
    /**
     * Provisioned read/write IOPS (`cloud_auto` disks).
     * @example 1000
     */
    provisioned_iops?: number;
    /**
     * Whether performance bursting is on (`cloud_auto` disks).
     * @example true
     */
    bursting_enabled?: boolean;
    /**
     * Whether the disk is formatted and mounted automatically.
     * @example true
     */
    auto_format?: boolean;
    /**
     * File system of an automatically formatted disk.
     * @example "ext4"
     */
    file_system?: string;
    /**
     * Mount directory of an automatically formatted disk.
     * @example "/mnt/data1"
     */
    mount_target?: string;
    /**
     * Name of the disk.
     * @example "data-disk-1"
     */
    disk_name?: string;
    /**
     * Device name of the disk.
     * @example "/dev/xvdb"
     */
    device?: string;
    /**
     * ID of the snapshot the disk was created from.
     * @example "s-280s7****"
     */
    snapshot_id?: string;
}
/**
 * Disk category, e.g. `cloud_efficiency`, `cloud_ssd`, `cloud_essd` or `cloud_auto`.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_essd"
 */
export type DataDiskOutputCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | (string & {});
/** The known values of {@link DataDiskOutputCategory}. */
export declare const DataDiskOutputCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto"];
/**
 * Whether the disk is encrypted, as the string `"true"` or `"false"`.
 *
 * Known values are listed; the service may accept others.
 * @example "false"
 */
export type DataDiskOutputEncrypted = 'true' | 'false' | (string & {});
/** The known values of {@link DataDiskOutputEncrypted}. */
export declare const DataDiskOutputEncryptedValues: readonly ["true", "false"];
export type DeleteAlertContactGroupResponse = DeleteAlertContactGroupResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DeleteAlertContactGroupResponseItem {
    status?: boolean;
    msg?: string;
    contact_group_id?: string;
}
export type DeleteAlertContactResponse = DeleteAlertContactResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DeleteAlertContactResponseItem {
    status?: boolean;
    msg?: string;
    contact_id?: string;
}
export interface DeleteClusterDeleteOptionsItem {
    /** Resource type: `SLB` (Service load balancers; deleted by default), `ALB` (ALB Ingress load balancers; kept by default), `SLS_Data` (log project of the cluster's logging; kept by default), `SLS_ControlPlane` (control plane log project; kept by default) or `PrivateZone` (Serverless clusters; kept by default). */
    resource_type?: string;
    /** `delete` to delete the resources of this type, `retain` to keep them. */
    delete_mode?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DeleteClusterInspectConfigResponse {
    requestId?: string;
}
/**
 * Result of a deletion request.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DeleteClusterNodepoolResponse {
    /**
     * ID of the request.
     * @example "7263C978-3DBD-4E06-B319-793B38A2F388"
     */
    request_id?: string;
    /**
     * ID of the task that deletes the node pool.
     * @example "T-655ace947e0e6603af000004"
     */
    task_id?: string;
}
export interface DeleteClusterNodesBody {
    /** Whether pods are evicted from the nodes before removal. Default `false`. */
    drain_node?: boolean;
    /** Whether the ECS instances are released as well. Subscription instances cannot be released this way. Default `false`. */
    release_node?: boolean;
    /** Kubernetes names of the nodes to remove, such as `cn-hangzhou.192.168.0.70`. */
    nodes: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface DeleteClusterNodesResponse {
    /** @example "c104d5d5f301c4e2a8ee578c37bc****" */
    cluster_id?: string;
    /** @example "A9891419-D125-4D89-AFCA-68846675E2F7" */
    request_id?: string;
    /** @example "T-60fea8ad2e277f0879000ae9" */
    task_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DeleteClusterResponse {
    /** @example "cb95aa626a47740afbf6aa099b650****" */
    cluster_id?: string;
    /** @example "687C5BAA-D103-4993-884B-C35E4314****" */
    request_id?: string;
    /** @example "T-5a54309c80282e39ea****" */
    task_id?: string;
}
export type DeleteKubernetesTriggerResponse = {
    [key: string]: unknown;
};
/** Unknown properties returned by the service are kept as received. */
export interface DeletePolicyInstanceResponse {
    instances?: string[];
}
export type DeleteTemplateResponse = {
    [key: string]: unknown;
};
export type DeleteTriggerResponse = {
    [key: string]: unknown;
};
export interface DeployPolicyInstanceBody {
    /** What happens to a request that breaks the rule, `deny` (reject it) or `warn` (allow it and raise an alert). */
    action?: string;
    /** Namespaces the instance applies to; all namespaces when empty. */
    namespaces?: string[];
    /** Parameters of the rule, as the rule defines them (see DescribePolicyDetails). */
    parameters?: {
        [key: string]: unknown;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface DeployPolicyInstanceResponse {
    instances?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface DescirbeWorkflowResponse {
    /** @example "2020-01-15 16:30:25 +0800 CST" */
    create_time?: string;
    /** @example "1h15m33.529968361s" */
    duration?: string;
    /** @example "0001-01-01 00:00:00 +0000 UTC" */
    finish_time?: string;
    /** @example "0" */
    input_data_size?: string;
    /** @example "wgs-gpu-97xfn" */
    job_name?: string;
    /** @example "1171330362041663" */
    job_namespace?: string;
    /** @example "0" */
    output_data_size?: string;
    /** @example "Running" */
    status?: string;
    /** @example "0" */
    total_bases?: string;
    /** @example "0" */
    total_reads?: string;
    /** @example "{\\\"wgs_oss_region\\\":\\\"cn-shenzhen\\\",\\\"wgs_fastq_first_name\\\":\\\"fastq/huada/MGISEQ-200019SZ0002402\\\",\\\"wgs_fastq_second_name\\\":\\\"fastq/huada/MGISEQ-200019SZ0002402\\\",\\\"wgs_bucket_name\\\":\\\"gene-shenzhen\\\",\\\"wgs_vcf_file_name\\\":\\\"output/vcf/huada.vcf\\\",\\\"wgs_bam_file_name\\\":\\\"output/bam/huada.bam\\\",\\\"wgs_reference_file\\\":\\\"hg19\\\",\\\"wgs_service\\\":\\\"g\\\"}" */
    user_input_data?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeAddonResponse {
    /** @example "coredns" */
    name?: string;
    /** @example "v1.9.3.6-32932850-aliyun" */
    version?: string;
    /** @example "network" */
    category?: string;
    /** @example false */
    managed?: boolean;
    /** @example true */
    install_by_default?: boolean;
    /** @example "{}" */
    config_schema?: string;
    supported_actions?: string[];
    architecture?: string[];
    newer_versions?: DescribeAddonResponseNewerVersionsItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeAddonResponseNewerVersionsItem {
    /** @example "v1.9.3.10-7dfca203-aliyun" */
    version?: string;
    /** @example true */
    upgradable?: boolean;
    /** @example "1.20.4" */
    minimum_cluster_version?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeAddonsResponse {
    ComponentGroups?: DescribeAddonsResponseComponentGroupsItem[];
    StandardComponents?: {
        [key: string]: DescribeAddonsResponseStandardComponentsValue;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeAddonsResponseComponentGroupsItem {
    /** @example "storage" */
    group_name?: string;
    items?: DescribeAddonsResponseComponentGroupsItemItemsItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeAddonsResponseComponentGroupsItemItemsItem {
    /** @example "flexvolume" */
    name?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeAddonsResponseStandardComponentsValue {
    /** @example "ack-arena" */
    name?: string;
    /** @example "0.5.0" */
    version?: string;
    /** @example "***" */
    description?: string;
    /** @example "false" */
    required?: string;
    /** @example false */
    disabled?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonInstanceResponse {
    /** @example "terway-eniip" */
    name?: string;
    /** @example "v1.4.3" */
    version?: string;
    /** @example "active" */
    state?: DescribeClusterAddonInstanceResponseState;
    /** @example "{\"NetworkPolicy\":\"true\"}" */
    config?: string;
}
/**
 * No other value is accepted.
 * @example "active"
 */
export type DescribeClusterAddonInstanceResponseState = 'initial' | 'active' | 'unhealthy' | 'upgrading' | 'updating' | 'deleting' | 'deleted';
/** Every value of {@link DescribeClusterAddonInstanceResponseState}. */
export declare const DescribeClusterAddonInstanceResponseStateValues: readonly ["initial", "active", "unhealthy", "upgrading", "updating", "deleting", "deleted"];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonMetadataResponse {
    /** @example "coredns" */
    name?: string;
    /** @example "1.8.4.1" */
    version?: string;
    /** @example "{\\n  \\\"$schema\\\": \\\"https://json-schema.org/draft-07/schema#\\\",\\n  \\\"properties\\\": {\\n    \\\"controller\\\": {\\n      \\\"description\\\": \\\"\\\",\\n      \\\"properties\\\": {\\n        \\\"resources\\\": {\\n          \\\"properties\\\": {\\n            \\\"armsPrometheusOperator\\\": {\\n              \\\"properties\\\": {\\n                \\\"resources\\\": {\\n                  \\\"properties\\\": {\\n                    \\\"limits\\\": {\\n                      \\\"properties\\\": {\\n                        \\\"memory\\\": {\\n                          \\\"description\\\": \\\"memory limit of arms prometheus operator\\\",\\n                          \\\"type\\\": \\\"string\\\",\\n                          \\\"pattern\\\": \\\"^[1-9][0-9]*(\\\\\\\\.\\\\\\\\d+)?(K|Ki|M|Mi|G|Gi|T|Ti)?$\\\",\\n                          \\\"default\\\": \\\"500m\\\",\\n                          \\\"x-ui-description\\\": \\\"<mds-key>\\\",\\n                          \\\"x-ui-prompt-message\\\": \\\"<mds-key>\\\",\\n                          \\\"x-ui-validation-message\\\": \\\"<mds-key>\\\",\\n                          \\\"x-ui-additional-tips\\\": \\\"<mds-key>\\\"\\n                        },\\n                        \\\"cpu\\\": {\\n                          \\\"description\\\": \\\"cpu limit of arms prometheus operator\\\",\\n                          \\\"type\\\": \\\"string\\\",\\n                          \\\"pattern\\\": \\\"^[1-9][0-9]*(m|\\\\\\\\.\\\\\\\\d+)?$\\\",\\n                          \\\"default\\\": \\\"1.0\\\",\\n                          \\\"x-ui-description\\\": \\\"<mds-key>\\\",\\n                          \\\"x-ui-validation-message\\\": \\\"<mds-key>\\\"\\n                        }\\n                      },\\n                      \\\"type\\\": \\\"object\\\",\\n                      \\\"additionalProperties\\\": false\\n                    },\\n                    \\\"requests\\\": {\\n                      \\\"properties\\\": {\\n                        \\\"memory\\\": {\\n                          \\\"description\\\": \\\"memory request of arms prometheus operator\\\",\\n                          \\\"type\\\": \\\"string\\\",\\n                          \\\"pattern\\\": \\\"^[1-9][0-9]*(\\\\\\\\.\\\\\\\\d+)?(K|Ki|M|Mi|G|Gi|T|Ti)?$\\\",\\n                          \\\"default\\\": \\\"500m\\\",\\n                          \\\"x-ui-description\\\": \\\"<mds-key>\\\",\\n                          \\\"x-ui-validation-message\\\": \\\"<mds-key>\\\"\\n                        },\\n                        \\\"cpu\\\": {\\n                          \\\"description\\\": \\\"cpu request of arms prometheus operator\\\",\\n                          \\\"type\\\": \\\"string\\\",\\n                          \\\"pattern\\\": \\\"^[1-9][0-9]*(m|\\\\\\\\.\\\\\\\\d+)?$\\\",\\n                          \\\"default\\\": \\\"1.0\\\",\\n                          \\\"x-ui-description\\\": \\\"<mds-key>\\\",\\n                          \\\"x-ui-validation-message\\\": \\\"<mds-key>\\\"\\n                        }\\n                      },\\n                      \\\"type\\\": \\\"object\\\",\\n                      \\\"additionalProperties\\\": false\\n                    }\\n                  },\\n                  \\\"type\\\": \\\"object\\\",\\n                  \\\"additionalProperties\\\": false\\n                }\\n              },\\n              \\\"type\\\": \\\"object\\\",\\n              \\\"additionalProperties\\\": false\\n            }\\n          },\\n          \\\"type\\\": \\\"object\\\",\\n          \\\"additionalProperties\\\": false\\n        }\\n      },\\n      \\\"type\\\": \\\"object\\\",\\n      \\\"additionalProperties\\\": false\\n    }\\n  },\\n  \\\"title\\\": \\\"Values\\\",\\n  \\\"type\\\": \\\"object\\\",\\n  \\\"additionalProperties\\\": false\\n}" */
    config_schema?: string;
}
export type DescribeClusterAddonUpgradeStatusResponse = {
    [key: string]: DescribeClusterAddonUpgradeStatusResponseValue;
};
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonUpgradeStatusResponseValue {
    addon_info?: DescribeClusterAddonUpgradeStatusResponseValueAddonInfo;
    tasks?: DescribeClusterAddonUpgradeStatusResponseValueTasks;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonUpgradeStatusResponseValueAddonInfo {
    /** @example "cloud-controller-manager" */
    component_name?: string;
    /** @example "v1.9.3.340-g9830b58-aliyun" */
    version?: string;
    /** @example "true" */
    ready_to_upgrade?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonUpgradeStatusResponseValueTasks {
    /** @example "0001-01-01T00:00:00Z" */
    created_at?: string;
    /** @example "0001-01-01T00:00:00Z" */
    finished_at?: string;
    /** @example "Success" */
    status?: string;
    /** @example false */
    is_canceled?: boolean;
}
export type DescribeClusterAddonsUpgradeStatusResponse = {
    [key: string]: DescribeClusterAddonsUpgradeStatusResponseValue;
};
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonsUpgradeStatusResponseValue {
    addon_info?: DescribeClusterAddonsUpgradeStatusResponseValueAddonInfo;
    tasks?: DescribeClusterAddonsUpgradeStatusResponseValueTasks;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonsUpgradeStatusResponseValueAddonInfo {
    /** @example "cloud-controller-manager" */
    component_name?: string;
    /** @example "v1.9.3.340-g9830b58-aliyun" */
    version?: string;
    /** @example "true" */
    ready_to_upgrade?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonsUpgradeStatusResponseValueTasks {
    /** @example "2020-12-28T17:00:50Z" */
    created_at?: string;
    /** @example "2020-12-28T17:05:36Z" */
    finished_at?: string;
    /** @example "Success" */
    status?: string;
    /** @example false */
    is_canceled?: boolean;
}
export type DescribeClusterAddonsVersionResponse = {
    [key: string]: DescribeClusterAddonsVersionResponseValue;
};
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterAddonsVersionResponseValue {
    /** @example "ack-node-problem-detector" */
    component_name?: string;
    /** @example "1.2.1" */
    version?: string;
    /** @example "1.2.1" */
    next_version?: string;
    /** @example "false" */
    changed?: string;
    /** @example false */
    can_upgrade?: boolean;
    /** @example "overwrite" */
    policy?: string;
    /** @example "false" */
    ready_to_upgrade?: string;
    /** @example true */
    exist?: boolean;
    /** @example false */
    required?: boolean;
    message?: string;
    /** @example "npd:\\n  # Custom monitor definitions to add to Node Problem Detector ****" */
    value?: string;
}
export interface DescribeClusterAttachScriptsBody {
    /** ID of the node pool the machine joins; the default node pool when omitted. */
    nodepool_id?: string;
    /** Whether container data and images are stored on a data disk. When `true`, the last data disk is formatted as ext4 if it has no file system, erasing its contents. Default `false`. */
    format_disk?: boolean;
    /** Whether the instance keeps its name; otherwise it is renamed `worker-k8s-for-cs-<ClusterId>`. Default `true`. */
    keep_instance_name?: boolean;
    /** IDs of RDS instances whose allow lists receive the node's address. */
    rds_instances?: string[];
    /** CPU architecture of the machine, `amd64` (default), `arm` or `arm64`. Required for Edge clusters. */
    arch?: string;
    /** Join options for the machine, as a JSON string. Required for Edge clusters. */
    options?: string;
    /** Expiry of the token embedded in the script, as a Unix timestamp in seconds. */
    expired?: number;
}
/** @example "\"curl http://aliacs-k8s-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/public/pkg/run/attach/1.12.6-aliyunedge.1/edgeadm -O edgeadm; chmod u+x edgeadm; ./edgeadm join --openapi-token=XXX --node-spec=\"{\\\"flannelIface\\\":\\\"eth0\\\",\\\"enableIptables\\\":true,\\\"assumeYes\\\":true,\\\"manageRuntime\\\":true,\\\"nodeNameStrategy\\\":\\\"hostname\\\",\\\"enabledAddons\\\":[\\\"kube-proxy\\\",\\\"flannel\\\",\\\"coredns\\\"]}\"\"" */
export type DescribeClusterAttachScriptsResponse = string;
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterDetailResponse {
    /** @example "c82e6987e2961451182edacd74faf****" */
    cluster_id?: string;
    /**
     * Kind of cluster, `ManagedKubernetes`, `Kubernetes` or `ExternalKubernetes`.
     * @example "Kubernetes"
     */
    cluster_type?: string;
    /**
     * Creation time of the cluster.
     * @example "2019-11-25T15:50:20+08:00"
     */
    created?: string;
    /**
     * Kubernetes version the cluster was created with.
     * @example "1.16.6-aliyun.1"
     */
    init_version?: string;
    /**
     * Kubernetes version the cluster runs now.
     * @example "1.16.6-aliyun.1"
     */
    current_version?: string;
    /**
     * Kubernetes version the cluster can be upgraded to.
     * @example "1.18.8-aliyun.1"
     */
    next_version?: string;
    /** @example true */
    deletion_protection?: boolean;
    /** @example "19.03.5" */
    docker_version?: string;
    /**
     * ID of the load balancer of the default Ingress.
     * @example "lb-2zehc05z3b8dwiifh****"
     */
    external_loadbalancer_id?: string;
    /**
     * Cluster metadata, as a JSON string.
     * @example "\\\"Addons\\\":***"
     */
    meta_data?: string;
    /** @example "cluster-demo" */
    name?: string;
    /**
     * Network type of the cluster, such as `vpc`.
     * @example "vpc"
     */
    network_mode?: string;
    /** @example "cn-beijing" */
    region_id?: string;
    /** @example "rg-acfmyvw3wjm****" */
    resource_group_id?: string;
    /** @example "sg-25yq****" */
    security_group_id?: string;
    /**
     * Number of nodes, control plane nodes included.
     * @example 5
     */
    size?: number;
    /**
     * State of the cluster: `initial`, `failed`, `running`, `updating`, `updating_failed`, `scaling`, `waiting`, `disconnected`, `stopped`, `deleting`, `deleted` or `delete_failed`.
     * @example "running"
     */
    state?: string;
    tags?: TagOutput[];
    /** @example "2020-01-13T23:01:03+08:00" */
    updated?: string;
    /** @example "vpc-2zecuu62b9zw7a7qn****" */
    vpc_id?: string;
    /** @example "vsw-2zete8s4qocqg0mf6****,vsw-2zete8s4qocqg0mf6****" */
    vswitch_id?: string;
    /**
     * Pod CIDR block of the cluster.
     * @example "172.20.0.0/16"
     */
    subnet_cidr?: string;
    /** @example "cn-beijing-a" */
    zone_id?: string;
    /**
     * Endpoints of the API server (internal and, when exposed, public), as a JSON string.
     * @example "{\\\"intranet_api_server_endpoint\\\":\\\"https://192.168.0.251:6443\\\"***}"
     */
    master_url?: string;
    /**
     * Whether PrivateZone service discovery is enabled.
     * @example false
     */
    private_zone?: boolean;
    /**
     * Sub-type of a managed cluster, such as `Default`, `Edge` or `Serverless`.
     * @example "Default"
     */
    profile?: string;
    /**
     * Edition of a managed cluster, such as `ack.pro.small`.
     * @example "ack.pro.small"
     */
    cluster_spec?: string;
    /**
     * Name of the RAM role assumed by the worker nodes.
     * @example "KubernetesWorkerRole-ec87d15b-edca-4302-933f-c8a16bf0****"
     */
    worker_ram_role_name?: string;
    maintenance_window?: MaintenanceWindowOutput;
    /** Resource Orchestration Service parameters the cluster was created with. */
    parameters?: {
        [key: string]: string;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterEventsResponse {
    events?: DescribeClusterEventsResponseEventsItem[];
    page_info?: DescribeClusterEventsResponsePageInfo;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterEventsResponseEventsItem {
    /** @example "e-9ad04f72-8ee7-46bf-a02c-e4a06b39****" */
    event_id?: string;
    /** @example "nodepool_update" */
    type?: string;
    /** @example "cluster" */
    source?: string;
    /** @example "npdd89dc2b76c04f14b06774883b******" */
    subject?: string;
    /** @example "2020-12-01T17:31:00Z" */
    time?: string;
    /** @example "c82e6987e2961451182edacd74faf****" */
    cluster_id?: string;
    data?: DescribeClusterEventsResponseEventsItemData;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterEventsResponseEventsItemData {
    /** @example "info" */
    level?: DescribeClusterEventsResponseEventsItemDataLevel;
    /** @example "Started" */
    reason?: string;
    /** @example "Start to upgrade NodePool nodePool/npdd89dc2b76c04f14b06774883b******" */
    message?: string;
}
/**
 * Known values are listed; the service may accept others.
 * @example "info"
 */
export type DescribeClusterEventsResponseEventsItemDataLevel = 'warning' | 'error' | 'info' | (string & {});
/** The known values of {@link DescribeClusterEventsResponseEventsItemDataLevel}. */
export declare const DescribeClusterEventsResponseEventsItemDataLevelValues: readonly ["warning", "error", "info"];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterEventsResponsePageInfo {
    /** @example 50 */
    page_size?: number;
    /** @example 1 */
    page_number?: number;
    /** @example 3 */
    total_count?: number;
}
export type DescribeClusterLogsResponse = DescribeClusterLogsResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterLogsResponseItem {
    /** @example 590749245 */
    ID?: number;
    /** @example "c23421cfa74454bc8b37163fd19af***" */
    cluster_id?: string;
    /** @example "start to update cluster status to CREATE_COMPLETE" */
    cluster_log?: string;
    /** @example "2020-09-11T10:11:51+08:00" */
    created?: string;
    /** @example "2020-09-11T10:11:51+08:00" */
    updated?: string;
}
/**
 * A node pool as the service reports it: identity, state, scaling settings, managed-pool policies, the scaling group that creates its instances, and the Kubernetes settings of its nodes.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponse {
    /** Identity of the node pool. */
    nodepool_info?: DescribeClusterNodePoolDetailResponseNodePoolInfo;
    /** Current state of the node pool and node counts by state. */
    status?: DescribeClusterNodePoolDetailResponseStatus;
    /** Auto scaling settings; the other fields matter only when `enable` is `true`. */
    auto_scaling?: DescribeClusterNodePoolDetailResponseAutoScaling;
    /** Managed node pool settings; the other fields matter only when `enable` is `true`. */
    management?: DescribeClusterNodePoolDetailResponseManagement;
    /** The auto scaling group behind the pool and the settings of the instances it creates. */
    scaling_group?: DescribeClusterNodePoolDetailResponseScalingGroup;
    /** Node-level component settings. */
    node_config?: DescribeClusterNodePoolDetailResponseNodeConfig;
    /** Kubernetes settings of the nodes. */
    kubernetes_config?: DescribeClusterNodePoolDetailResponseKubernetesConfig;
    /** Confidential computing settings. */
    tee_config?: DescribeClusterNodePoolDetailResponseTeeConfig;
    /**
     * Network settings of an edge node pool. Deprecated; only meaningful for `edge` pools.
     * @deprecated
     */
    interconnect_config?: DescribeClusterNodePoolDetailResponseInterconnectConfig;
    /**
     * Most nodes the pool may hold; 0 means no limit of its own.
     * @example 10
     */
    max_nodes?: number;
    /**
     * Network type of an edge node pool (`basic` or `dedicated`).
     * @example "basic"
     */
    interconnect_mode?: DescribeClusterNodePoolDetailResponseInterconnectMode;
}
/**
 * Auto scaling settings; the other fields matter only when `enable` is `true`.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseAutoScaling {
    /**
     * Whether the pool scales automatically.
     * @example true
     */
    enable?: boolean;
    /**
     * Kind of instances added on scale-out (`cpu`, `gpu`, `gpushare` or `spot`).
     * @example "cpu"
     */
    type?: DescribeClusterNodePoolDetailResponseAutoScalingType;
    /**
     * Upper bound on the number of instances.
     * @example 10
     */
    max_instances?: number;
    /**
     * Lower bound on the number of instances.
     * @example 1
     */
    min_instances?: number;
    /**
     * Billing of the elastic IPs bound to new nodes (`PayByBandwidth` or `PayByTraffic`).
     * @example "PayByBandwidth"
     */
    eip_internet_charge_type?: DescribeClusterNodePoolDetailResponseAutoScalingEipInternetChargeType;
    /**
     * Whether new nodes get an elastic IP.
     * @example true
     */
    is_bond_eip?: boolean;
    /**
     * Peak bandwidth of those elastic IPs, in Mbit/s.
     * @example 5
     */
    eip_bandwidth?: number;
}
/**
 * Billing of the elastic IPs bound to new nodes (`PayByBandwidth` or `PayByTraffic`).
 *
 * Known values are listed; the service may accept others.
 * @example "PayByBandwidth"
 */
export type DescribeClusterNodePoolDetailResponseAutoScalingEipInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseAutoScalingEipInternetChargeType}. */
export declare const DescribeClusterNodePoolDetailResponseAutoScalingEipInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
/**
 * Kind of instances added on scale-out (`cpu`, `gpu`, `gpushare` or `spot`).
 *
 * Known values are listed; the service may accept others.
 * @example "cpu"
 */
export type DescribeClusterNodePoolDetailResponseAutoScalingType = 'cpu' | 'gpu' | 'gpushare' | 'spot' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseAutoScalingType}. */
export declare const DescribeClusterNodePoolDetailResponseAutoScalingTypeValues: readonly ["cpu", "gpu", "gpushare", "spot"];
/**
 * Network settings of an edge node pool. Deprecated; only meaningful for `edge` pools.
 *
 * Unknown properties returned by the service are kept as received.
 * @deprecated
 */
export interface DescribeClusterNodePoolDetailResponseInterconnectConfig {
    /**
     * ID of the Cloud Enterprise Network instance.
     * @example "cen-ey9k9nfhz0f*******"
     */
    cen_id?: string;
    /**
     * ID of the Cloud Connect Network instance.
     * @example "ccn-qm5i0i0q9yi*******"
     */
    ccn_id?: string;
    /**
     * Region of the Cloud Connect Network instance.
     * @example "cn-shanghai"
     */
    ccn_region_id?: string;
    /**
     * Network bandwidth in Mbit/s.
     * @example 10
     */
    bandwidth?: number;
    /**
     * Subscription length in months.
     * @example "1"
     */
    improved_period?: string;
}
/**
 * Network type of an edge node pool (`basic` or `dedicated`).
 *
 * Known values are listed; the service may accept others.
 * @example "basic"
 */
export type DescribeClusterNodePoolDetailResponseInterconnectMode = 'basic' | 'dedicated' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseInterconnectMode}. */
export declare const DescribeClusterNodePoolDetailResponseInterconnectModeValues: readonly ["basic", "dedicated"];
/**
 * Kubernetes settings of the nodes.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseKubernetesConfig {
    /** Kubernetes labels of the nodes. */
    labels?: TagOutput[];
    /** Kubernetes taints of the nodes. */
    taints?: TaintOutput[];
    /**
     * Container runtime of the nodes.
     * @example "docker"
     */
    runtime?: string;
    /**
     * Version of the container runtime.
     * @example "19.03.5"
     */
    runtime_version?: string;
    /**
     * kubelet CPU management policy (`static` or `none`).
     * @example "none"
     */
    cpu_policy?: DescribeClusterNodePoolDetailResponseKubernetesConfigCpuPolicy;
    /**
     * Base64-encoded user data run on each node.
     * @example "IyEvYmluL3NoCmVjaG8gIkhlbGxvIEFDSyEi"
     */
    user_data?: string;
    /**
     * Whether new nodes join unschedulable.
     * @example true
     */
    unschedulable?: boolean;
    /**
     * Whether the Cloud Monitor agent runs on the nodes.
     * @example true
     */
    cms_enabled?: boolean;
    /**
     * Naming scheme of the nodes: `customized,<prefix>,<count of IP digits>,<suffix>`.
     * @example "customized,test.,5,.com"
     */
    node_name_mode?: string;
}
/**
 * kubelet CPU management policy (`static` or `none`).
 *
 * Known values are listed; the service may accept others.
 * @example "none"
 */
export type DescribeClusterNodePoolDetailResponseKubernetesConfigCpuPolicy = 'static' | 'none' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseKubernetesConfigCpuPolicy}. */
export declare const DescribeClusterNodePoolDetailResponseKubernetesConfigCpuPolicyValues: readonly ["static", "none"];
/**
 * Managed node pool settings; the other fields matter only when `enable` is `true`.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseManagement {
    /**
     * Whether the pool is a managed node pool.
     * @example true
     */
    enable?: boolean;
    /**
     * Whether faulty nodes are repaired automatically.
     * @example true
     */
    auto_repair?: boolean;
    /** How nodes are repaired. */
    auto_repair_policy?: DescribeClusterNodePoolDetailResponseManagementAutoRepairPolicy;
    /**
     * Whether operating system vulnerabilities (CVEs) are fixed automatically.
     * @example true
     */
    auto_vul_fix?: boolean;
    /** How vulnerabilities are fixed. */
    auto_vul_fix_policy?: DescribeClusterNodePoolDetailResponseManagementAutoVulFixPolicy;
    /**
     * Whether node components are upgraded automatically.
     * @example true
     */
    auto_upgrade?: boolean;
    /** What is upgraded automatically. */
    auto_upgrade_policy?: DescribeClusterNodePoolDetailResponseManagementAutoUpgradePolicy;
    /** How an upgrade rolls through the nodes. */
    upgrade_config?: DescribeClusterNodePoolDetailResponseManagementUpgradeConfig;
}
/**
 * How nodes are repaired.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseManagementAutoRepairPolicy {
    /**
     * Whether a repair may restart the node.
     * @example true
     */
    restart_node?: boolean;
}
/**
 * What is upgraded automatically.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseManagementAutoUpgradePolicy {
    /**
     * Whether the kubelet is upgraded automatically.
     * @example true
     */
    auto_upgrade_kubelet?: boolean;
}
/**
 * How vulnerabilities are fixed.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseManagementAutoVulFixPolicy {
    /**
     * Whether a fix may restart the node.
     * @example true
     */
    restart_node?: boolean;
    /**
     * Comma-separated severities fixed automatically (e.g. `asap,nntf`).
     * @example "asap,nntf"
     */
    vul_level?: string;
}
/**
 * How an upgrade rolls through the nodes.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseManagementUpgradeConfig {
    /**
     * Whether automatic upgrade is on.
     * @example true
     */
    auto_upgrade?: boolean;
    /**
     * Extra nodes created during an upgrade to carry the load.
     * @example 5
     */
    surge?: number;
    /**
     * Extra nodes as a percentage of the pool (the alternative to `surge`).
     * @example 50
     */
    surge_percentage?: number;
    /**
     * Most nodes unavailable at once during an upgrade.
     * @example 1
     */
    max_unavailable?: number;
}
/**
 * Node-level component settings.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseNodeConfig {
    /** kubelet parameters of the nodes of the pool (field names as kubelet spells them). */
    kubelet_configuration?: KubeletConfigOutput;
}
/**
 * Identity of the node pool.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseNodePoolInfo {
    /**
     * ID of the node pool.
     * @example "np615c0e0966124216a0412e10afe0****"
     */
    nodepool_id?: string;
    /**
     * Display name of the node pool.
     * @example "default-nodepool"
     */
    name?: string;
    /**
     * Kind of node pool. Known values `ess` (backed by an auto scaling group) and `edge`.
     * @example "ess"
     */
    type?: DescribeClusterNodePoolDetailResponseNodePoolInfoType;
    /**
     * Whether this is the cluster's default node pool (a cluster normally has at most one).
     * @example true
     */
    is_default?: boolean;
    /**
     * ID of the resource group of the node pool.
     * @example "rg-acfmyvw3wjmb****"
     */
    resource_group_id?: string;
    /**
     * Region of the node pool.
     * @example "cn-beijing"
     */
    region_id?: string;
    /**
     * When the node pool was created (RFC 3339 timestamp).
     * @example "2020-09-27T19:14:09.156823496+08:00"
     */
    created?: string;
    /**
     * When the node pool was last changed (RFC 3339 timestamp).
     * @example "2020-09-27T20:37:46+08:00"
     */
    updated?: string;
}
/**
 * Kind of node pool. Known values `ess` (backed by an auto scaling group) and `edge`.
 *
 * Known values are listed; the service may accept others.
 * @example "ess"
 */
export type DescribeClusterNodePoolDetailResponseNodePoolInfoType = 'ess' | 'edge' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseNodePoolInfoType}. */
export declare const DescribeClusterNodePoolDetailResponseNodePoolInfoTypeValues: readonly ["ess", "edge"];
/**
 * The auto scaling group behind the pool and the settings of the instances it creates.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseScalingGroup {
    /**
     * ID of the auto scaling group.
     * @example "asg-2zeieod8giqmov7z****"
     */
    scaling_group_id?: string;
    /** vSwitches the nodes are placed in. */
    vswitch_ids?: string[];
    /** Instance types the pool uses, in order of preference. */
    instance_types?: string[];
    /**
     * Billing method of the nodes (`PrePaid` or `PostPaid`).
     * @example "PostPaid"
     */
    instance_charge_type?: DescribeClusterNodePoolDetailResponseScalingGroupInstanceChargeType;
    /**
     * Subscription term, in units of `period_unit` (subscription nodes only).
     * @example 0
     */
    period?: number;
    /**
     * Unit of `period` and `auto_renew_period`.
     * @example "Month"
     */
    period_unit?: DescribeClusterNodePoolDetailResponseScalingGroupPeriodUnit;
    /**
     * Whether subscriptions renew automatically.
     * @example false
     */
    auto_renew?: boolean;
    /**
     * Length of each automatic renewal.
     * @example 1
     */
    auto_renew_period?: number;
    /**
     * Preemptible instance bidding (`NoSpot`, `SpotWithPriceLimit` or `SpotAsPriceGo`).
     * @example "NoSpot"
     */
    spot_strategy?: DescribeClusterNodePoolDetailResponseScalingGroupSpotStrategy;
    /** Price limits per instance type for preemptible instances. */
    spot_price_limit?: DescribeClusterNodePoolDetailResponseScalingGroupSpotPriceLimitItem[];
    /**
     * Operating system image family of the nodes.
     * @example "AliyunLinux"
     */
    image_type?: string;
    /**
     * ID of the image of the nodes.
     * @example "aliyun_2_1903_x64_20G_alibase_20200529.vhd"
     */
    image_id?: string;
    /**
     * Category of the system disk.
     * @example "cloud_efficiency"
     */
    system_disk_category?: DescribeClusterNodePoolDetailResponseScalingGroupSystemDiskCategory;
    /** System disk categories tried in order when the preferred one is unavailable. */
    system_disk_categories?: string[];
    /**
     * Size of the system disk in GiB.
     * @example 120
     */
    system_disk_size?: number;
    /**
     * Performance level of an ESSD system disk.
     * @example "PL1"
     */
    system_disk_performance_level?: string;
    /**
     * Whether the system disk is encrypted.
     * @example false
     */
    system_disk_encrypted?: boolean;
    /**
     * ID of the KMS key of the system disk.
     * @example "0e478b7a-4262-4802-b8cb-00d3fb40****"
     */
    system_disk_kms_key_id?: string;
    /**
     * Encryption algorithm of the system disk (`aes-256`).
     * @example "aes-256"
     */
    system_disk_encrypt_algorithm?: string;
    /**
     * Whether bursting is on for a `cloud_auto` system disk.
     * @example true
     */
    system_disk_bursting_enabled?: boolean;
    /**
     * Provisioned IOPS of a `cloud_auto` system disk.
     * @example 1000
     */
    system_disk_provisioned_iops?: number;
    /** Data disks of each node. */
    data_disks?: DataDiskOutput[];
    /** Security groups of the nodes. */
    security_group_ids?: string[];
    /**
     * Key pair used to log on to the nodes.
     * @example "pro-nodepool"
     */
    key_pair?: string;
    /**
     * Logon password of the nodes. The service returns it masked.
     *
     * Sensitive: the client never logs this value or includes it in error messages.
     * @example (sensitive: not shown)
     */
    login_password?: string;
    /**
     * Whether the nodes are logged on to as a non-root user.
     * @example true
     */
    login_as_non_root?: boolean;
    /**
     * CIS hardening. Deprecated in favour of `security_hardening_os`.
     * @example false
     * @deprecated
     */
    cis_enabled?: boolean;
    /**
     * Whether MLPS (classified protection) hardening is applied; Alibaba Cloud Linux images only.
     * @example false
     */
    soc_enabled?: boolean;
    /**
     * Whether Alibaba Cloud OS security hardening is on.
     * @example false
     */
    security_hardening_os?: boolean;
    /**
     * Billing of the public IPs of the nodes (`PayByBandwidth` or `PayByTraffic`).
     * @example "PayByBandwidth"
     */
    internet_charge_type?: DescribeClusterNodePoolDetailResponseScalingGroupInternetChargeType;
    /**
     * Peak outbound public bandwidth of a node, in Mbit/s.
     * @example 10
     */
    internet_max_bandwidth_out?: number;
    /** Tags of the ECS instances of the pool. */
    tags?: TagOutput[];
    /**
     * Number of nodes the pool aims to keep.
     * @example 2
     */
    desired_size?: number;
    /**
     * How instances are spread over zones (`PRIORITY`, `COST_OPTIMIZED` or `BALANCE`).
     * @example "BALANCE"
     */
    multi_az_policy?: DescribeClusterNodePoolDetailResponseScalingGroupMultiAzPolicy;
    /**
     * Scaling mode (`release` or `recycle`).
     * @example "release"
     */
    scaling_policy?: DescribeClusterNodePoolDetailResponseScalingGroupScalingPolicy;
    /**
     * Pay-as-you-go instances kept before any preemptible instance is added.
     * @example 0
     */
    on_demand_base_capacity?: number;
    /**
     * Share of pay-as-you-go instances beyond `on_demand_base_capacity`, in percent.
     * @example 20
     */
    on_demand_percentage_above_base_capacity?: number;
    /**
     * Number of cheapest instance types preemptible instances are spread over.
     * @example 5
     */
    spot_instance_pools?: number;
    /**
     * Whether preemptible instances about to be reclaimed are replaced ahead of time.
     * @example false
     */
    spot_instance_remedy?: boolean;
    /**
     * Whether pay-as-you-go instances stand in when preemptible ones cannot be created.
     * @example true
     */
    compensate_with_on_demand?: boolean;
    /**
     * ID of the deployment set of the nodes.
     * @example "ds-bp1d19mmbsv3jf6xxxxx"
     */
    deploymentset_id?: string;
    /** ApsaraDB RDS instances whose allowlists include the nodes. */
    rds_instances?: string[];
    /** The private capacity pool settings of the pool, as the service reports them. */
    private_pool_options?: DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptions;
    /**
     * The first security group of the nodes.
     * @example "sg-2ze60ockeekspl3d****"
     */
    security_group_id?: string;
    /**
     * Operating system distribution of the nodes.
     * @example "AliyunLinux"
     */
    platform?: string;
    /**
     * Name of the worker RAM role of the nodes.
     * @example "KubernetesWorkerRole-021dc54f-929b-437a-8ae0-34c24d3e****"
     */
    ram_policy?: string;
    /** Attributes that select the instance types of the pool. */
    instance_patterns?: InstancePatternsOutput[];
}
/**
 * Billing method of the nodes (`PrePaid` or `PostPaid`).
 *
 * Known values are listed; the service may accept others.
 * @example "PostPaid"
 */
export type DescribeClusterNodePoolDetailResponseScalingGroupInstanceChargeType = 'PrePaid' | 'PostPaid' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseScalingGroupInstanceChargeType}. */
export declare const DescribeClusterNodePoolDetailResponseScalingGroupInstanceChargeTypeValues: readonly ["PrePaid", "PostPaid"];
/**
 * Billing of the public IPs of the nodes (`PayByBandwidth` or `PayByTraffic`).
 *
 * Known values are listed; the service may accept others.
 * @example "PayByBandwidth"
 */
export type DescribeClusterNodePoolDetailResponseScalingGroupInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseScalingGroupInternetChargeType}. */
export declare const DescribeClusterNodePoolDetailResponseScalingGroupInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
/**
 * How instances are spread over zones (`PRIORITY`, `COST_OPTIMIZED` or `BALANCE`).
 *
 * Known values are listed; the service may accept others.
 * @example "BALANCE"
 */
export type DescribeClusterNodePoolDetailResponseScalingGroupMultiAzPolicy = 'PRIORITY' | 'COST_OPTIMIZED' | 'BALANCE' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseScalingGroupMultiAzPolicy}. */
export declare const DescribeClusterNodePoolDetailResponseScalingGroupMultiAzPolicyValues: readonly ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
/**
 * Unit of `period` and `auto_renew_period`.
 *
 * Known values are listed; the service may accept others.
 * @example "Month"
 */
export type DescribeClusterNodePoolDetailResponseScalingGroupPeriodUnit = 'Month' | 'Week' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseScalingGroupPeriodUnit}. */
export declare const DescribeClusterNodePoolDetailResponseScalingGroupPeriodUnitValues: readonly ["Month", "Week"];
/**
 * The private capacity pool settings of the pool, as the service reports them.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptions {
    /**
     * ID of the private pool.
     * @example "eap-bp67acfmxazb4****"
     */
    id?: string;
    /**
     * How a private pool is chosen (`Open`, `Target` or `None`).
     * @example "Open"
     */
    match_criteria?: DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptionsMatchCriteria;
}
/**
 * How a private pool is chosen (`Open`, `Target` or `None`).
 *
 * Known values are listed; the service may accept others.
 * @example "Open"
 */
export type DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptionsMatchCriteria = 'Open' | 'Target' | 'None' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptionsMatchCriteria}. */
export declare const DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptionsMatchCriteriaValues: readonly ["Open", "Target", "None"];
/**
 * Scaling mode (`release` or `recycle`).
 *
 * Known values are listed; the service may accept others.
 * @example "release"
 */
export type DescribeClusterNodePoolDetailResponseScalingGroupScalingPolicy = 'release' | 'recycle' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseScalingGroupScalingPolicy}. */
export declare const DescribeClusterNodePoolDetailResponseScalingGroupScalingPolicyValues: readonly ["release", "recycle"];
/**
 * A price limit for preemptible instances of one type, as the service reports it.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseScalingGroupSpotPriceLimitItem {
    /**
     * Instance type the limit applies to.
     * @example "ecs.c6.large"
     */
    instance_type?: string;
    /**
     * Highest price per instance per hour, as a decimal string.
     * @example "0.39"
     */
    price_limit?: string;
}
/**
 * Preemptible instance bidding (`NoSpot`, `SpotWithPriceLimit` or `SpotAsPriceGo`).
 *
 * Known values are listed; the service may accept others.
 * @example "NoSpot"
 */
export type DescribeClusterNodePoolDetailResponseScalingGroupSpotStrategy = 'NoSpot' | 'SpotWithPriceLimit' | 'SpotAsPriceGo' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseScalingGroupSpotStrategy}. */
export declare const DescribeClusterNodePoolDetailResponseScalingGroupSpotStrategyValues: readonly ["NoSpot", "SpotWithPriceLimit", "SpotAsPriceGo"];
/**
 * Category of the system disk.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_efficiency"
 */
export type DescribeClusterNodePoolDetailResponseScalingGroupSystemDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseScalingGroupSystemDiskCategory}. */
export declare const DescribeClusterNodePoolDetailResponseScalingGroupSystemDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/**
 * Current state of the node pool and node counts by state.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseStatus {
    /**
     * State of the node pool. Known values: `active`, `scaling`, `removing`, `deleting`, `updating`.
     * @example "active"
     */
    state?: DescribeClusterNodePoolDetailResponseStatusState;
    /**
     * Nodes that are healthy.
     * @example 3
     */
    healthy_nodes?: number;
    /**
     * Nodes being created.
     * @example 0
     */
    initial_nodes?: number;
    /**
     * Nodes that failed.
     * @example 0
     */
    failed_nodes?: number;
    /**
     * Nodes that are offline.
     * @example 0
     */
    offline_nodes?: number;
    /**
     * Nodes being removed.
     * @example 0
     */
    removing_nodes?: number;
    /**
     * Nodes in service.
     * @example 3
     */
    serving_nodes?: number;
    /**
     * All nodes of the pool.
     * @example 3
     */
    total_nodes?: number;
}
/**
 * State of the node pool. Known values: `active`, `scaling`, `removing`, `deleting`, `updating`.
 *
 * Known values are listed; the service may accept others.
 * @example "active"
 */
export type DescribeClusterNodePoolDetailResponseStatusState = 'active' | 'scaling' | 'removing' | 'deleting' | 'updating' | (string & {});
/** The known values of {@link DescribeClusterNodePoolDetailResponseStatusState}. */
export declare const DescribeClusterNodePoolDetailResponseStatusStateValues: readonly ["active", "scaling", "removing", "deleting", "updating"];
/**
 * Confidential computing settings.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolDetailResponseTeeConfig {
    /**
     * Whether this is a confidential computing (TEE) node pool.
     * @example false
     */
    tee_enable?: boolean;
}
/**
 * The node pools of a cluster.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponse {
    /** One entry per node pool. */
    nodepools?: DescribeClusterNodePoolsResponseNodePoolsItem[];
}
/**
 * A node pool as the service reports it: identity, state, scaling settings, managed-pool policies, the scaling group that creates its instances, and the Kubernetes settings of its nodes.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItem {
    /** Identity of the node pool. */
    nodepool_info?: DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfo;
    /** Current state of the node pool and node counts by state. */
    status?: DescribeClusterNodePoolsResponseNodePoolsItemStatus;
    /** Auto scaling settings; the other fields matter only when `enable` is `true`. */
    auto_scaling?: DescribeClusterNodePoolsResponseNodePoolsItemAutoScaling;
    /** Managed node pool settings; the other fields matter only when `enable` is `true`. */
    management?: DescribeClusterNodePoolsResponseNodePoolsItemManagement;
    /** The auto scaling group behind the pool and the settings of the instances it creates. */
    scaling_group?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroup;
    /** Node-level component settings. */
    node_config?: DescribeClusterNodePoolsResponseNodePoolsItemNodeConfig;
    /** Kubernetes settings of the nodes. */
    kubernetes_config?: DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfig;
    /** Confidential computing settings. */
    tee_config?: DescribeClusterNodePoolsResponseNodePoolsItemTeeConfig;
    /**
     * Network settings of an edge node pool. Deprecated; only meaningful for `edge` pools.
     * @deprecated
     */
    interconnect_config?: DescribeClusterNodePoolsResponseNodePoolsItemInterconnectConfig;
    /**
     * Most nodes the pool may hold; 0 means no limit of its own.
     * @example 10
     */
    max_nodes?: number;
    /**
     * Network type of an edge node pool (`basic` or `dedicated`).
     * @example "basic"
     */
    interconnect_mode?: DescribeClusterNodePoolsResponseNodePoolsItemInterconnectMode;
}
/**
 * Auto scaling settings; the other fields matter only when `enable` is `true`.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemAutoScaling {
    /**
     * Whether the pool scales automatically.
     * @example true
     */
    enable?: boolean;
    /**
     * Kind of instances added on scale-out (`cpu`, `gpu`, `gpushare` or `spot`).
     * @example "cpu"
     */
    type?: DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingType;
    /**
     * Upper bound on the number of instances.
     * @example 10
     */
    max_instances?: number;
    /**
     * Lower bound on the number of instances.
     * @example 2
     */
    min_instances?: number;
    /**
     * Billing of the elastic IPs bound to new nodes (`PayByBandwidth` or `PayByTraffic`).
     * @example "PayByBandwidth"
     */
    eip_internet_charge_type?: DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingEipInternetChargeType;
    /**
     * Whether new nodes get an elastic IP.
     * @example true
     */
    is_bond_eip?: boolean;
    /**
     * Peak bandwidth of those elastic IPs, in Mbit/s.
     * @example 5
     */
    eip_bandwidth?: number;
}
/**
 * Billing of the elastic IPs bound to new nodes (`PayByBandwidth` or `PayByTraffic`).
 *
 * Known values are listed; the service may accept others.
 * @example "PayByBandwidth"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingEipInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingEipInternetChargeType}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingEipInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
/**
 * Kind of instances added on scale-out (`cpu`, `gpu`, `gpushare` or `spot`).
 *
 * Known values are listed; the service may accept others.
 * @example "cpu"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingType = 'cpu' | 'gpu' | 'gpushare' | 'spot' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingType}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingTypeValues: readonly ["cpu", "gpu", "gpushare", "spot"];
/**
 * Network settings of an edge node pool. Deprecated; only meaningful for `edge` pools.
 *
 * Unknown properties returned by the service are kept as received.
 * @deprecated
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemInterconnectConfig {
    /**
     * ID of the Cloud Enterprise Network instance.
     * @example "cen-ey9k9nfhz0f*******"
     */
    cen_id?: string;
    /**
     * ID of the Cloud Connect Network instance.
     * @example "ccn-qm5i0i0q9yi*******"
     */
    ccn_id?: string;
    /**
     * Region of the Cloud Connect Network instance.
     * @example "cn-shanghai"
     */
    ccn_region_id?: string;
    /**
     * Network bandwidth in Mbit/s.
     * @example 10
     */
    bandwidth?: number;
    /**
     * Subscription length in months.
     * @example "1"
     */
    improved_period?: string;
}
/**
 * Network type of an edge node pool (`basic` or `dedicated`).
 *
 * Known values are listed; the service may accept others.
 * @example "basic"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemInterconnectMode = 'basic' | 'dedicated' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemInterconnectMode}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemInterconnectModeValues: readonly ["basic", "dedicated"];
/**
 * Kubernetes settings of the nodes.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfig {
    /** Kubernetes labels of the nodes. */
    labels?: TagOutput[];
    /** Kubernetes taints of the nodes. */
    taints?: TaintOutput[];
    /**
     * Container runtime of the nodes.
     * @example "docker"
     */
    runtime?: string;
    /**
     * Version of the container runtime.
     * @example "19.03.5"
     */
    runtime_version?: string;
    /**
     * kubelet CPU management policy (`static` or `none`).
     * @example "none"
     */
    cpu_policy?: DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfigCpuPolicy;
    /**
     * Base64-encoded user data run on each node.
     * @example "IyEvYmluL3NoCmVjaG8gIkhlbGxvIEFD****"
     */
    user_data?: string;
    /**
     * Whether new nodes join unschedulable.
     * @example true
     */
    unschedulable?: boolean;
    /**
     * Whether the Cloud Monitor agent runs on the nodes.
     * @example true
     */
    cms_enabled?: boolean;
    /**
     * Naming scheme of the nodes: `customized,<prefix>,<count of IP digits>,<suffix>`.
     * @example "customized,test.,5,.com"
     */
    node_name_mode?: string;
}
/**
 * kubelet CPU management policy (`static` or `none`).
 *
 * Known values are listed; the service may accept others.
 * @example "none"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfigCpuPolicy = 'static' | 'none' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfigCpuPolicy}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfigCpuPolicyValues: readonly ["static", "none"];
/**
 * Managed node pool settings; the other fields matter only when `enable` is `true`.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemManagement {
    /**
     * Whether the pool is a managed node pool.
     * @example true
     */
    enable?: boolean;
    /**
     * Whether faulty nodes are repaired automatically.
     * @example true
     */
    auto_repair?: boolean;
    /** How nodes are repaired. */
    auto_repair_policy?: DescribeClusterNodePoolsResponseNodePoolsItemManagementAutoRepairPolicy;
    /**
     * Whether operating system vulnerabilities (CVEs) are fixed automatically.
     * @example true
     */
    auto_vul_fix?: boolean;
    /** How vulnerabilities are fixed. */
    auto_vul_fix_policy?: DescribeClusterNodePoolsResponseNodePoolsItemManagementAutoVulFixPolicy;
    /**
     * Whether node components are upgraded automatically.
     * @example true
     */
    auto_upgrade?: boolean;
    /** What is upgraded automatically. */
    auto_upgrade_policy?: DescribeClusterNodePoolsResponseNodePoolsItemManagementAutoUpgradePolicy;
    /** How an upgrade rolls through the nodes. */
    upgrade_config?: DescribeClusterNodePoolsResponseNodePoolsItemManagementUpgradeConfig;
}
/**
 * How nodes are repaired.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemManagementAutoRepairPolicy {
    /**
     * Whether a repair may restart the node.
     * @example true
     */
    restart_node?: boolean;
}
/**
 * What is upgraded automatically.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemManagementAutoUpgradePolicy {
    /**
     * Whether the kubelet is upgraded automatically.
     * @example true
     */
    auto_upgrade_kubelet?: boolean;
}
/**
 * How vulnerabilities are fixed.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemManagementAutoVulFixPolicy {
    /**
     * Whether a fix may restart the node.
     * @example true
     */
    restart_node?: boolean;
    /**
     * Comma-separated severities fixed automatically (e.g. `asap,nntf`).
     * @example "asap,nntf"
     */
    vul_level?: string;
}
/**
 * How an upgrade rolls through the nodes.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemManagementUpgradeConfig {
    /**
     * Whether automatic upgrade is on.
     * @example true
     */
    auto_upgrade?: boolean;
    /**
     * Extra nodes created during an upgrade to carry the load.
     * @example 5
     */
    surge?: number;
    /**
     * Extra nodes as a percentage of the pool (the alternative to `surge`).
     * @example 50
     */
    surge_percentage?: number;
    /**
     * Most nodes unavailable at once during an upgrade.
     * @example 1
     */
    max_unavailable?: number;
}
/**
 * Node-level component settings.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemNodeConfig {
    /** kubelet parameters of the nodes of the pool (field names as kubelet spells them). */
    kubelet_configuration?: KubeletConfigOutput;
}
/**
 * Identity of the node pool.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfo {
    /**
     * ID of the node pool.
     * @example "np615c0e0966124216a0412e10afe0****"
     */
    nodepool_id?: string;
    /**
     * Display name of the node pool.
     * @example "default-nodepool"
     */
    name?: string;
    /**
     * Kind of node pool. Known values `ess` (backed by an auto scaling group) and `edge`.
     * @example "ess"
     */
    type?: DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfoType;
    /**
     * Whether this is the cluster's default node pool (a cluster normally has at most one).
     * @example true
     */
    is_default?: boolean;
    /**
     * ID of the resource group of the node pool.
     * @example "rg-acfmyvw3wjm****"
     */
    resource_group_id?: string;
    /**
     * Region of the node pool.
     * @example "cn-beijing"
     */
    region_id?: string;
    /**
     * When the node pool was created (RFC 3339 timestamp).
     * @example "2020-09-27T19:14:09.156823496+08:00"
     */
    created?: string;
    /**
     * When the node pool was last changed (RFC 3339 timestamp).
     * @example "2020-09-27T20:37:46+08:00"
     */
    updated?: string;
}
/**
 * Kind of node pool. Known values `ess` (backed by an auto scaling group) and `edge`.
 *
 * Known values are listed; the service may accept others.
 * @example "ess"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfoType = 'ess' | 'edge' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfoType}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfoTypeValues: readonly ["ess", "edge"];
/**
 * The auto scaling group behind the pool and the settings of the instances it creates.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemScalingGroup {
    /**
     * ID of the auto scaling group.
     * @example "asg-2ze8n5qw4atggut8****"
     */
    scaling_group_id?: string;
    /** vSwitches the nodes are placed in. */
    vswitch_ids?: string[];
    /** Instance types the pool uses, in order of preference. */
    instance_types?: string[];
    /**
     * Billing method of the nodes (`PrePaid` or `PostPaid`).
     * @example "PostPaid"
     */
    instance_charge_type?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInstanceChargeType;
    /**
     * Subscription term, in units of `period_unit` (subscription nodes only).
     * @example 1
     */
    period?: number;
    /**
     * Unit of `period` and `auto_renew_period`.
     * @example "Month"
     */
    period_unit?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPeriodUnit;
    /**
     * Whether subscriptions renew automatically.
     * @example false
     */
    auto_renew?: boolean;
    /**
     * Length of each automatic renewal.
     * @example 0
     */
    auto_renew_period?: number;
    /**
     * Preemptible instance bidding (`NoSpot`, `SpotWithPriceLimit` or `SpotAsPriceGo`).
     * @example "NoSpot"
     */
    spot_strategy?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotStrategy;
    /** Price limits per instance type for preemptible instances. */
    spot_price_limit?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotPriceLimitItem[];
    /**
     * Operating system image family of the nodes.
     * @example "AliyunLinux"
     */
    image_type?: string;
    /**
     * ID of the image of the nodes.
     * @example "aliyun_2_1903_x64_20G_alibase_20200529.vhd"
     */
    image_id?: string;
    /**
     * Category of the system disk.
     * @example "cloud_efficiency"
     */
    system_disk_category?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSystemDiskCategory;
    /** System disk categories tried in order when the preferred one is unavailable. */
    system_disk_categories?: string[];
    /**
     * Size of the system disk in GiB.
     * @example 120
     */
    system_disk_size?: number;
    /**
     * Performance level of an ESSD system disk.
     * @example "PL1"
     */
    system_disk_performance_level?: string;
    /**
     * Whether the system disk is encrypted.
     * @example false
     */
    system_disk_encrypted?: boolean;
    /**
     * ID of the KMS key of the system disk.
     * @example "0e478b7a-4262-4802-b8cb-00d3fb40****"
     */
    system_disk_kms_key_id?: string;
    /**
     * Encryption algorithm of the system disk (`aes-256`).
     * @example "aes-256"
     */
    system_disk_encrypt_algorithm?: string;
    /**
     * Whether bursting is on for a `cloud_auto` system disk.
     * @example true
     */
    system_disk_bursting_enabled?: boolean;
    /**
     * Provisioned IOPS of a `cloud_auto` system disk.
     * @example 1000
     */
    system_disk_provisioned_iops?: number;
    /** Data disks of each node. */
    data_disks?: DataDiskOutput[];
    /** Security groups of the nodes. */
    security_group_ids?: string[];
    /**
     * Key pair used to log on to the nodes.
     * @example "pro-nodepool"
     */
    key_pair?: string;
    /**
     * Logon password of the nodes. The service returns it masked.
     *
     * Sensitive: the client never logs this value or includes it in error messages.
     * @example (sensitive: not shown)
     */
    login_password?: string;
    /**
     * Whether the nodes are logged on to as a non-root user.
     * @example true
     */
    login_as_non_root?: boolean;
    /**
     * CIS hardening. Deprecated in favour of `security_hardening_os`.
     * @example false
     * @deprecated
     */
    cis_enabled?: boolean;
    /**
     * Whether MLPS (classified protection) hardening is applied; Alibaba Cloud Linux images only.
     * @example false
     */
    soc_enabled?: boolean;
    /**
     * Whether Alibaba Cloud OS security hardening is on.
     * @example false
     */
    security_hardening_os?: boolean;
    /**
     * Billing of the public IPs of the nodes (`PayByBandwidth` or `PayByTraffic`).
     * @example "PayByBandwidth"
     */
    internet_charge_type?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInternetChargeType;
    /**
     * Peak outbound public bandwidth of a node, in Mbit/s.
     * @example 10
     */
    internet_max_bandwidth_out?: number;
    /** Tags of the ECS instances of the pool. */
    tags?: TagOutput[];
    /**
     * Number of nodes the pool aims to keep.
     * @example 2
     */
    desired_size?: number;
    /**
     * How instances are spread over zones (`PRIORITY`, `COST_OPTIMIZED` or `BALANCE`).
     * @example "COST_OPTIMIZED"
     */
    multi_az_policy?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupMultiAzPolicy;
    /**
     * Scaling mode (`release` or `recycle`).
     * @example "release"
     */
    scaling_policy?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupScalingPolicy;
    /**
     * Pay-as-you-go instances kept before any preemptible instance is added.
     * @example 0
     */
    on_demand_base_capacity?: number;
    /**
     * Share of pay-as-you-go instances beyond `on_demand_base_capacity`, in percent.
     * @example 20
     */
    on_demand_percentage_above_base_capacity?: number;
    /**
     * Number of cheapest instance types preemptible instances are spread over.
     * @example 5
     */
    spot_instance_pools?: number;
    /**
     * Whether preemptible instances about to be reclaimed are replaced ahead of time.
     * @example false
     */
    spot_instance_remedy?: boolean;
    /**
     * Whether pay-as-you-go instances stand in when preemptible ones cannot be created.
     * @example true
     */
    compensate_with_on_demand?: boolean;
    /**
     * ID of the deployment set of the nodes.
     * @example "ds-bp1d19mmbsv3jf6xxxxx"
     */
    deploymentset_id?: string;
    /** ApsaraDB RDS instances whose allowlists include the nodes. */
    rds_instances?: string[];
    /** The private capacity pool settings of the pool, as the service reports them. */
    private_pool_options?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptions;
    /**
     * The first security group of the nodes.
     * @example "sg-2ze1iuk12m2sb4c4****"
     */
    security_group_id?: string;
    /**
     * Operating system distribution of the nodes.
     * @example "AliyunLinux"
     */
    platform?: string;
    /**
     * Name of the worker RAM role of the nodes.
     * @example "KubernetesWorkerRole-021dc54f-929b-437a-8ae0-34c24d3e****"
     */
    ram_policy?: string;
    /** Attributes that select the instance types of the pool. */
    instance_patterns?: InstancePatternsOutput[];
}
/**
 * Billing method of the nodes (`PrePaid` or `PostPaid`).
 *
 * Known values are listed; the service may accept others.
 * @example "PostPaid"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInstanceChargeType = 'PrePaid' | 'PostPaid' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInstanceChargeType}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInstanceChargeTypeValues: readonly ["PrePaid", "PostPaid"];
/**
 * Billing of the public IPs of the nodes (`PayByBandwidth` or `PayByTraffic`).
 *
 * Known values are listed; the service may accept others.
 * @example "PayByBandwidth"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInternetChargeType}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
/**
 * How instances are spread over zones (`PRIORITY`, `COST_OPTIMIZED` or `BALANCE`).
 *
 * Known values are listed; the service may accept others.
 * @example "COST_OPTIMIZED"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupMultiAzPolicy = 'PRIORITY' | 'COST_OPTIMIZED' | 'BALANCE' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupMultiAzPolicy}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupMultiAzPolicyValues: readonly ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
/**
 * Unit of `period` and `auto_renew_period`.
 *
 * Known values are listed; the service may accept others.
 * @example "Month"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPeriodUnit = 'Month' | 'Week' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPeriodUnit}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPeriodUnitValues: readonly ["Month", "Week"];
/**
 * The private capacity pool settings of the pool, as the service reports them.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptions {
    /**
     * ID of the private pool.
     * @example "eap-bp67acfmxazb4****"
     */
    id?: string;
    /**
     * How a private pool is chosen (`Open`, `Target` or `None`).
     * @example "Open"
     */
    match_criteria?: DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptionsMatchCriteria;
}
/**
 * How a private pool is chosen (`Open`, `Target` or `None`).
 *
 * Known values are listed; the service may accept others.
 * @example "Open"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptionsMatchCriteria = 'Open' | 'Target' | 'None' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptionsMatchCriteria}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues: readonly ["Open", "Target", "None"];
/**
 * Scaling mode (`release` or `recycle`).
 *
 * Known values are listed; the service may accept others.
 * @example "release"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupScalingPolicy = 'release' | 'recycle' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupScalingPolicy}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupScalingPolicyValues: readonly ["release", "recycle"];
/**
 * A price limit for preemptible instances of one type, as the service reports it.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotPriceLimitItem {
    /**
     * Instance type the limit applies to.
     * @example "ecs.c6.large"
     */
    instance_type?: string;
    /**
     * Highest price per instance per hour, as a decimal string.
     * @example "0.39"
     */
    price_limit?: string;
}
/**
 * Preemptible instance bidding (`NoSpot`, `SpotWithPriceLimit` or `SpotAsPriceGo`).
 *
 * Known values are listed; the service may accept others.
 * @example "NoSpot"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotStrategy = 'NoSpot' | 'SpotWithPriceLimit' | 'SpotAsPriceGo' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotStrategy}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotStrategyValues: readonly ["NoSpot", "SpotWithPriceLimit", "SpotAsPriceGo"];
/**
 * Category of the system disk.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_efficiency"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSystemDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSystemDiskCategory}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSystemDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/**
 * Current state of the node pool and node counts by state.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemStatus {
    /**
     * State of the node pool. Known values: `active`, `scaling`, `removing`, `deleting`, `updating`.
     * @example "active"
     */
    state?: DescribeClusterNodePoolsResponseNodePoolsItemStatusState;
    /**
     * Nodes that are healthy.
     * @example 3
     */
    healthy_nodes?: number;
    /**
     * Nodes being created.
     * @example 0
     */
    initial_nodes?: number;
    /**
     * Nodes that failed.
     * @example 0
     */
    failed_nodes?: number;
    /**
     * Nodes that are offline.
     * @example 0
     */
    offline_nodes?: number;
    /**
     * Nodes being removed.
     * @example 0
     */
    removing_nodes?: number;
    /**
     * Nodes in service.
     * @example 3
     */
    serving_nodes?: number;
    /**
     * All nodes of the pool.
     * @example 3
     */
    total_nodes?: number;
}
/**
 * State of the node pool. Known values: `active`, `scaling`, `removing`, `deleting`, `updating`.
 *
 * Known values are listed; the service may accept others.
 * @example "active"
 */
export type DescribeClusterNodePoolsResponseNodePoolsItemStatusState = 'active' | 'scaling' | 'removing' | 'deleting' | 'updating' | (string & {});
/** The known values of {@link DescribeClusterNodePoolsResponseNodePoolsItemStatusState}. */
export declare const DescribeClusterNodePoolsResponseNodePoolsItemStatusStateValues: readonly ["active", "scaling", "removing", "deleting", "updating"];
/**
 * Confidential computing settings.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponseNodePoolsItemTeeConfig {
    /**
     * Whether this is a confidential computing (TEE) node pool.
     * @example false
     */
    tee_enable?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterNodesResponse {
    /** Nodes on this page. */
    nodes?: DescribeClusterNodesResponseNodesItem[];
    page?: DescribeClusterNodesResponsePage;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterNodesResponseNodesItem {
    /** @example "2020-08-25T11:25:35+08:00" */
    creation_time?: string;
    /** @example "error***" */
    error_message?: string;
    /** @example "2099-12-31T23:59:00+08:00" */
    expired_time?: string;
    /** @example "iZ2vcckdmxp7u0urj2k****" */
    host_name?: string;
    /** @example "aliyun_2_1903_x64_20G_alibase_20200529.vhd" */
    image_id?: string;
    /** @example "PostPaid" */
    instance_charge_type?: string;
    /** @example "i-2vcckdmxp7u0urj2****" */
    instance_id?: string;
    /** @example "worker-k8s-for-cs-c5cdf7e3938bc4f8eb0e44b21a80f****" */
    instance_name?: string;
    /**
     * Role of the node, `Master` or `Worker`.
     * @example "Worker"
     */
    instance_role?: string;
    /** @example "Running" */
    instance_status?: string;
    /** @example "ecs.c5.xlarge" */
    instance_type?: string;
    /** @example "ecs.c5" */
    instance_type_family?: string;
    /** IP addresses of the node. */
    ip_address?: string[];
    /**
     * Whether the node is an Alibaba Cloud instance.
     * @example true
     */
    is_aliyun_node?: boolean;
    /**
     * Kubernetes name of the node.
     * @example "cn-chengdu.192.168.0.36"
     */
    node_name?: string;
    /**
     * Kubernetes readiness of the node, `Ready`, `NotReady`, `Unknown` or `Offline`.
     * @example "Ready"
     */
    node_status?: string;
    /** @example "np0794239424a84eb7a95327369d56****" */
    nodepool_id?: string;
    /**
     * How the node was created, for example by ACK or added by hand.
     * @example "ess_attach"
     */
    source?: string;
    /**
     * State of the node, such as `running`, `pending`, `starting`, `stopping` or `stopped`.
     * @example "running"
     */
    state?: string;
    /** @example "NoSpot" */
    spot_strategy?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterNodesResponsePage {
    /** @example 1 */
    page_number?: number;
    /** @example 10 */
    page_size?: number;
    /**
     * Total number of nodes that match the filters.
     * @example 5
     */
    total_count?: number;
}
export type DescribeClusterResourcesResponse = DescribeClusterResourcesResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterResourcesResponseItem {
    /** @example "cb95aa626a47740afbf6aa099b65****" */
    cluster_id?: string;
    /** @example "2023-08-15T14:34:42+08:00" */
    created?: string;
    /** @example "ngw-wz9sphwk42sdtjixo****" */
    instance_id?: string;
    /** @example "{\\\"Id\\\":\\\"k8s_NAT_Gateway\\\",\\\"Name\\\":\\\"k8s_NAT_Gateway\\\",\\\"Type\\\":\\\"ALIYUN::VPC::NatGateway\\\",\\\"Status\\\":\\\"CREATE_COMPLETE\\\",\\\"StatusReason\\\":\\\"state changed\\\",\\\"Updated\\\":\\\"2023-08-15T06:33:10\\\",\\\"PhysicalId\\\":\\\"ngw-wz9sphwk42sdtjixo****\\\"}" */
    resource_info?: string;
    /** @example "ALIYUN::VPC::NatGateway" */
    resource_type?: string;
    /** @example "CREATE_COMPLETE" */
    state?: string;
    /** @example 1 */
    auto_create?: number;
    dependencies?: DescribeClusterResourcesResponseItemDependenciesItem[];
    associated_object?: DescribeClusterResourcesResponseItemAssociatedObject;
    delete_behavior?: DescribeClusterResourcesResponseItemDeleteBehavior;
    /** @example "addon" */
    creator_type?: DescribeClusterResourcesResponseItemCreatorType;
    /** @example {"IP":"xx.xx.xx.xx"} */
    extra_info?: {
        [key: string]: unknown;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterResourcesResponseItemAssociatedObject {
    /** @example "Service" */
    kind?: string;
    /** @example "kube-system" */
    namespace?: string;
    /** @example "nginx-ingress-lb" */
    name?: string;
}
/**
 * No other value is accepted.
 * @example "addon"
 */
export type DescribeClusterResourcesResponseItemCreatorType = 'user' | 'system' | 'addon';
/** Every value of {@link DescribeClusterResourcesResponseItemCreatorType}. */
export declare const DescribeClusterResourcesResponseItemCreatorTypeValues: readonly ["user", "system", "addon"];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterResourcesResponseItemDeleteBehavior {
    /** @example false */
    delete_by_default?: boolean;
    /** @example false */
    changeable?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterResourcesResponseItemDependenciesItem {
    /** @example "cc5ee03f63e43425cb6f71f1a1756****" */
    cluster_id?: string;
    /** @example "ALIYUN::VPC::NatGateway" */
    resource_type?: string;
    /** @example "ngw-wz9sphwk42sdtjixo****" */
    instance_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterTasksResponse {
    page_info?: DescribeClusterTasksResponsePageInfo;
    /** Tasks on this page. */
    tasks?: DescribeClusterTasksResponseTasksItem[];
    /** @example "0527ac9a-c899-4341-a21a-xxxxxxxxx" */
    requestId?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterTasksResponsePageInfo {
    /** @example 10 */
    page_size?: number;
    /** @example 1 */
    page_number?: number;
    /**
     * Total number of tasks.
     * @example 10
     */
    total_count?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterTasksResponseTasksItem {
    /** @example "install-addons-c3xxxxxx" */
    task_id?: string;
    /** @example "cluster_addon_install" */
    task_type?: string;
    /**
     * State of the task, such as `running`, `success` or `fail`.
     * @example "success"
     */
    state?: string;
    /** @example "2022-08-03T10:11:33+08:00" */
    created?: string;
    /** @example "2022-08-03T10:12:03.482+08:00" */
    updated?: string;
    error?: DescribeClusterTasksResponseTasksItemErrorModel;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterTasksResponseTasksItemErrorModel {
    /** @example "Addon status not match" */
    message?: string;
    /** @example "BadRequest" */
    code?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterUserKubeconfigResponse {
    /**
     * The kubeconfig, as YAML text. It holds a credential; keep it secret.
     * @example "apiVersion: v1****"
     */
    config?: string;
    /**
     * Expiry time of the kubeconfig's certificate, in RFC 3339 format (UTC).
     * @example "2024-03-10T09:56:17Z"
     */
    expiration?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterV2UserKubeconfigResponse {
    config?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterVulsResponse {
    vul_records?: DescribeClusterVulsResponseVulRecordsItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClusterVulsResponseVulRecordsItem {
    /** @example "test" */
    nodepool_name?: string;
    /** @example "np0156da1082b54fa987e32618dd45f5d3" */
    nodepool_id?: string;
    /** @example 1 */
    node_count?: number;
    /** @example "oval:com.redhat.rhsa:def:xxxxxxx" */
    vul_name?: string;
    vul_alias_name?: string;
    /** @example "cve" */
    vul_type?: DescribeClusterVulsResponseVulRecordsItemVulType;
    /** @example "asap" */
    necessity?: DescribeClusterVulsResponseVulRecordsItemNecessity;
    cve_list?: string[];
}
/**
 * Known values are listed; the service may accept others.
 * @example "asap"
 */
export type DescribeClusterVulsResponseVulRecordsItemNecessity = 'nntf' | 'later' | 'asap' | (string & {});
/** The known values of {@link DescribeClusterVulsResponseVulRecordsItemNecessity}. */
export declare const DescribeClusterVulsResponseVulRecordsItemNecessityValues: readonly ["nntf", "later", "asap"];
/**
 * Known values are listed; the service may accept others.
 * @example "cve"
 */
export type DescribeClusterVulsResponseVulRecordsItemVulType = 'app' | 'sca' | 'cve' | 'cms' | 'sys' | 'emg' | (string & {});
/** The known values of {@link DescribeClusterVulsResponseVulRecordsItemVulType}. */
export declare const DescribeClusterVulsResponseVulRecordsItemVulTypeValues: readonly ["app", "sca", "cve", "cms", "sys", "emg"];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClustersForRegionResponse {
    clusters?: DescribeClustersForRegionResponseClustersItem[];
    page_info?: DescribeClustersForRegionResponsePageInfo;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClustersForRegionResponseClustersItem {
    cluster_domain?: string;
    cluster_id?: string;
    cluster_spec?: string;
    cluster_type?: string;
    container_cidr?: string;
    created?: string;
    current_version?: string;
    deletion_protection?: boolean;
    init_version?: string;
    ip_stack?: string;
    name?: string;
    next_version?: string;
    profile?: string;
    proxy_mode?: string;
    region_id?: string;
    resource_group_id?: string;
    security_group_id?: string;
    service_cidr?: string;
    size?: number;
    state?: string;
    tags?: TagOutput[];
    timezone?: string;
    updated?: string;
    vpc_id?: string;
    vswitch_ids?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClustersForRegionResponsePageInfo {
    page_number?: number;
    page_size?: number;
    total_count?: number;
}
export type DescribeClustersResponse = DescribeClustersResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClustersResponseItem {
    cluster_id?: string;
    cluster_type?: string;
    created?: string;
    current_version?: string;
    data_disk_category?: string;
    data_disk_size?: number;
    deletion_protection?: boolean;
    docker_version?: string;
    external_loadbalancer_id?: string;
    init_version?: string;
    master_url?: string;
    meta_data?: string;
    name?: string;
    network_mode?: string;
    private_zone?: boolean;
    profile?: string;
    region_id?: string;
    resource_group_id?: string;
    security_group_id?: string;
    size?: number;
    state?: string;
    subnet_cidr?: string;
    tags?: DescribeClustersResponseItemTagsItem[];
    updated?: string;
    vpc_id?: string;
    vswitch_cidr?: string;
    vswitch_id?: string;
    worker_ram_role_name?: string;
    zone_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClustersResponseItemTagsItem {
    key?: string;
    value?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClustersV1Response {
    /** Clusters on this page. */
    clusters?: DescribeClustersV1ResponseClustersItem[];
    page_info?: DescribeClustersV1ResponsePageInfo;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClustersV1ResponseClustersItem {
    /** @example "c3fb96524f9274b4495df0f12a6b5****" */
    cluster_id?: string;
    /** @example "Kubernetes" */
    cluster_type?: string;
    /** @example "2020-08-20T10:51:29+08:00" */
    created?: string;
    /** @example "1.16.9-aliyun.1" */
    init_version?: string;
    /**
     * Kubernetes version the cluster runs now.
     * @example "1.16.9-aliyun.1"
     */
    current_version?: string;
    /** @example "1.18.8-aliyun.1" */
    next_version?: string;
    /** @example true */
    deletion_protection?: boolean;
    /** @example "19.03.5" */
    docker_version?: string;
    /** @example "lb-2vcrbmlevo6kjpgch****" */
    external_loadbalancer_id?: string;
    /** @example "{\\\"api_server_endpoint\\\":\\\"\\\",\\\"intranet_api_server_endpoint\\\":\\\"https://192.168.0.251:6443\\\"}" */
    master_url?: string;
    /** @example "{\\\"Addons\\\":[{\\\"config\\\":***}" */
    meta_data?: string;
    /** @example "cluster-demo" */
    name?: string;
    /** @example "vpc" */
    network_mode?: string;
    /** @example false */
    private_zone?: boolean;
    /** @example "Default" */
    profile?: string;
    /** @example "cn-beijing" */
    region_id?: string;
    /** @example "rg-acfmyvw3wjm****" */
    resource_group_id?: string;
    /** @example "sg-2vcgwsrwgt5mp0yi****" */
    security_group_id?: string;
    /**
     * Number of nodes, control plane nodes included.
     * @example 5
     */
    size?: number;
    /**
     * State of the cluster, such as `running`, `initial`, `updating` or `failed`.
     * @example "running"
     */
    state?: string;
    /** @example "172.21.0.0/16" */
    subnet_cidr?: string;
    tags?: TagOutput[];
    /** @example "2020-09-16T11:09:55+08:00" */
    updated?: string;
    /** @example "vpc-2vcg932hsxsxuqbgl****" */
    vpc_id?: string;
    /** @example "vsw-2vc41xuumx5z2rdma****,vsw-2vc41xuumx5z2rdma****" */
    vswitch_id?: string;
    /** @example "KubernetesWorkerRole-ec87d15b-edca-4302-933f-c8a16bf0****" */
    worker_ram_role_name?: string;
    /** @example "cn-beijing-b" */
    zone_id?: string;
    /** @example "ack.standard" */
    cluster_spec?: string;
    maintenance_window?: MaintenanceWindowOutput;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeClustersV1ResponsePageInfo {
    /** @example 3 */
    page_number?: number;
    /** @example 20 */
    page_size?: number;
    /**
     * Total number of clusters that match the filters.
     * @example 50
     */
    total_count?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeEventsForRegionResponse {
    events?: DescribeEventsForRegionResponseEventsItem[];
    next_token?: string;
    page_info?: DescribeEventsForRegionResponsePageInfo;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeEventsForRegionResponseEventsItem {
    cluster_id?: string;
    data?: DescribeEventsForRegionResponseEventsItemData;
    event_id?: string;
    source?: string;
    subject?: string;
    time?: string;
    type?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeEventsForRegionResponseEventsItemData {
    level?: string;
    message?: string;
    reason?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeEventsForRegionResponsePageInfo {
    page_number?: number;
    page_size?: number;
    total_count?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeEventsResponse {
    events?: DescribeEventsResponseEventsItem[];
    page_info?: DescribeEventsResponsePageInfo;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeEventsResponseEventsItem {
    /** @example "A234-1234-1234" */
    event_id?: string;
    /** @example "nodepool_upgrade" */
    type?: string;
    /** @example "/clusters/cf62854ac2130470897be7a27ed1f****\/nodepools" */
    source?: string;
    /** @example "nodePool-id" */
    subject?: string;
    /** @example "2022-11-23T20:48:01+08:00" */
    time?: string;
    /** @example "cluster-id" */
    cluster_id?: string;
    data?: DescribeEventsResponseEventsItemData;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeEventsResponseEventsItemData {
    /** @example "info" */
    level?: string;
    /** @example "Started" */
    reason?: string;
    /** @example "Start to upgrade NodePool nodePool/nodePool-A" */
    message?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeEventsResponsePageInfo {
    /** @example 50 */
    page_size?: number;
    /** @example 1 */
    page_number?: number;
    /** @example 3 */
    total_count?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeExternalAgentResponse {
    /** @example "apiVersion: v1****" */
    config?: string;
}
export type DescribeKubernetesVersionMetadataResponse = DescribeKubernetesVersionMetadataResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeKubernetesVersionMetadataResponseItem {
    capabilities?: {
        [key: string]: unknown;
    };
    images?: DescribeKubernetesVersionMetadataResponseItemImagesItem[];
    meta_data?: {
        [key: string]: unknown;
    };
    runtimes?: RuntimeOutput[];
    /** @example "1.26.3-aliyun.1" */
    version?: string;
    /** @example "2023-04-30T00:00:00Z" */
    release_date?: string;
    /** @example "2025-04-30T00:00:00Z" */
    expiration_date?: string;
    /** @example true */
    creatable?: boolean;
    upgradable_versions?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeKubernetesVersionMetadataResponseItemImagesItem {
    /** @example "centos_7_9_x64_20G_alibase_20221129.vhd" */
    image_id?: string;
    /** @example "CentOS 7.9" */
    image_name?: string;
    /** @example "CentOS" */
    platform?: string;
    /** @example "7.9" */
    os_version?: string;
    /** @example "CentOS" */
    image_type?: string;
    /** @example "Linux" */
    os_type?: string;
    /** @example "system" */
    image_category?: string;
    /** @example "x86_64" */
    architecture?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeNodePoolVulsResponse {
    vul_records?: DescribeNodePoolVulsResponseVulRecordsItem[];
    /** @example false */
    vuls_fix_service_purchased?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeNodePoolVulsResponseVulRecordsItem {
    /** @example "i-t4n2qolb0wtzt0pz****" */
    instance_id?: string;
    vul_list?: DescribeNodePoolVulsResponseVulRecordsItemVulListItem[];
    /** @example "cn-hangzhou.192.168.x.x" */
    node_name?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeNodePoolVulsResponseVulRecordsItemVulListItem {
    /** @example "oval:com.redhat.rhsa:def:20193197" */
    name?: string;
    /** @example "RHSA-2019:3197-Important: sudo security update" */
    alias_name?: string;
    /** @example "asap" */
    necessity?: DescribeNodePoolVulsResponseVulRecordsItemVulListItemNecessity;
    cve_list?: string[];
    need_reboot?: boolean;
}
/**
 * Known values are listed; the service may accept others.
 * @example "asap"
 */
export type DescribeNodePoolVulsResponseVulRecordsItemVulListItemNecessity = 'nntf' | 'later' | 'asap' | (string & {});
/** The known values of {@link DescribeNodePoolVulsResponseVulRecordsItemVulListItemNecessity}. */
export declare const DescribeNodePoolVulsResponseVulRecordsItemVulListItemNecessityValues: readonly ["nntf", "later", "asap"];
export type DescribePoliciesResponse = {
    [key: string]: string[];
};
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyDetailsResponse {
    /** @example "ACKAllowedRepos" */
    name?: string;
    /** @example "k8s-general" */
    category?: string;
    /** @example "Requires container images to begin with a repo string from a specified list" */
    description?: string;
    /** @example "enforce" */
    action?: string;
    /** @example "high" */
    severity?: string;
    template?: string;
    /** @example 0 */
    no_config?: number;
    /** @example 0 */
    is_deleted?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponse {
    on_state?: DescribePolicyGovernanceInClusterResponseOnStateItem[];
    admit_log?: DescribePolicyGovernanceInClusterResponseAdmitLog;
    totalViolations?: DescribePolicyGovernanceInClusterResponseTotalViolations;
    violations?: DescribePolicyGovernanceInClusterResponseViolations;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseAdmitLog {
    /** @example "Complete" */
    progress?: string;
    /** @example 100 */
    count?: number;
    log?: DescribePolicyGovernanceInClusterResponseAdmitLogLog;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseAdmitLogLog {
    /** @example "d4hdhs*****" */
    msg?: string;
    /** @example "c8155823d057948c69a****" */
    cluster_id?: string;
    /** @example "ACKAllowedRepos" */
    constraint_kind?: string;
    /** @example "nginx-deployment-basic2-84ccb74bfc-df22p" */
    resource_name?: string;
    /** @example "Pod" */
    resource_kind?: string;
    /** @example "default" */
    resource_namespace?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseOnStateItem {
    /** @example 3 */
    enabled_count?: number;
    /** @example 8 */
    total?: number;
    /** @example "high" */
    severity?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseTotalViolations {
    deny?: DescribePolicyGovernanceInClusterResponseTotalViolationsDeny;
    warn?: DescribePolicyGovernanceInClusterResponseTotalViolationsWarn;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseTotalViolationsDeny {
    /** @example "high" */
    severity?: string;
    /** @example 0 */
    violations?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseTotalViolationsWarn {
    /** @example "low" */
    severity?: string;
    /** @example 5 */
    violations?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseViolations {
    deny?: DescribePolicyGovernanceInClusterResponseViolationsDeny;
    warn?: DescribePolicyGovernanceInClusterResponseViolationsWarn;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseViolationsDeny {
    /** @example "policy-gatekeeper-ackallowedrepos" */
    policyName?: string;
    /** @example "Requires container images to begin with a repo string from a specified list." */
    policyDescription?: string;
    /** @example 11 */
    violations?: number;
    /** @example "high" */
    severity?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyGovernanceInClusterResponseViolationsWarn {
    /** @example "policy-gatekeeper-ackpspcapabilities" */
    policyName?: string;
    /** @example "Controls Linux capabilities." */
    policyDescription?: string;
    /** @example 81 */
    violations?: number;
    /** @example "high" */
    severity?: string;
}
export type DescribePolicyInstancesResponse = DescribePolicyInstancesResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyInstancesResponseItem {
    /** @example "16298168****" */
    ali_uid?: string;
    /** @example "c8155823d057948c69a****" */
    cluster_id?: string;
    /** @example "no-env-var-secrets-****" */
    instance_name?: string;
    /** @example "ACKPSPCapabilities" */
    policy_name?: string;
    /** @example "k8s-general" */
    policy_category?: string;
    /** @example "Restricts secrets used in pod envs" */
    policy_description?: string;
    /** @example "\"restrictedNamespaces\": [ \"test\" ]" */
    policy_parameters?: string;
    /** @example "low" */
    policy_severity?: string;
    /** @example "*" */
    policy_scope?: string;
    /** @example "deny" */
    policy_action?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyInstancesStatusResponse {
    policy_instances?: DescribePolicyInstancesStatusResponsePolicyInstancesItem[];
    /** @example {"high":11,"medium":1} */
    instances_severity_count?: {
        [key: string]: unknown;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribePolicyInstancesStatusResponsePolicyInstancesItem {
    /** @example "compliance" */
    policy_category?: string;
    /** @example "ACKRestrictRoleBindings" */
    policy_name?: string;
    /** @example "Restricts use of the cluster-admin role." */
    policy_description?: string;
    /** @example "medium" */
    policy_severity?: string;
    /** @example 1 */
    policy_instances_count?: number;
}
/** No other value is accepted. */
export type DescribeResourcesDeleteProtectionResourceType = 'namespaces' | 'services';
/** Every value of {@link DescribeResourcesDeleteProtectionResourceType}. */
export declare const DescribeResourcesDeleteProtectionResourceTypeValues: readonly ["namespaces", "services"];
export type DescribeResourcesDeleteProtectionResponse = DescribeResourcesDeleteProtectionResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeResourcesDeleteProtectionResponseItem {
    /** @example "test" */
    name: string;
    /** @example "default" */
    namespace?: string;
    /** @example "namespaces" */
    resource?: string;
    /** @example false */
    protection?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeSubaccountK8sClusterUserConfigResponse {
    /** @example "apiVersion: v1****" */
    config: string;
    /** @example "2024-03-10T09:56:17Z" */
    expiration?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTaskInfoResponse {
    /** @example "T-5faa48fb31b6b8078d000006" */
    task_id?: string;
    /** @example "c78592bfe92244365b3c3ad47f1de****" */
    cluster_id?: string;
    /**
     * Kind of task, such as `cluster_scaleout`.
     * @example "cluster_scaleout"
     */
    task_type?: string;
    /**
     * State of the task, such as `running`, `success` or `fail`.
     * @example "running"
     */
    state?: string;
    /** @example "2020-11-10T16:02:04+08:00" */
    created?: string;
    /** @example "2020-11-10T16:03:06+08:00" */
    updated?: string;
    /** Object the task acts on. */
    target?: DescribeTaskInfoResponseTarget;
    /** Parameters the task was started with. */
    parameters?: {
        [key: string]: unknown;
    };
    /** Stages of the task with their state and times. */
    stages?: DescribeTaskInfoResponseStagesItem[];
    /**
     * Stage the task is in now.
     * @example "DrainNodes"
     */
    current_stage?: string;
    /** Events recorded while the task ran. */
    events?: DescribeTaskInfoResponseEventsItem[];
    /** Per-resource results of the task. */
    task_result?: DescribeTaskInfoResponseTaskResultItem[];
    /** Error that made the task fail, if any. */
    error?: DescribeTaskInfoResponseErrorModel;
}
/**
 * Error that made the task fail, if any.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeTaskInfoResponseErrorModel {
    /** @example "400" */
    code?: string;
    /** @example "failed to xxx" */
    message?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTaskInfoResponseEventsItem {
    /** @example "start" */
    action?: string;
    /** @example "Normal" */
    level?: string;
    /** @example "start to xxx" */
    message?: string;
    /** @example "NodePoolUpgradeStart" */
    reason?: string;
    /** @example "ACK" */
    source?: string;
    /** @example "1669706229286" */
    timestamp?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTaskInfoResponseStagesItem {
    /** @example "running" */
    state?: string;
    /** @example "2022-12-15 23:00:00" */
    start_time?: string;
    /** @example "2022-12-15 23:00:00" */
    end_time?: string;
    /** @example "success to xxxxx" */
    message?: string;
    outputs?: {
        [key: string]: unknown;
    };
}
/**
 * Object the task acts on.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeTaskInfoResponseTarget {
    /**
     * ID of that object.
     * @example "c78592bfe92244365b3c3ad47f1de****"
     */
    id?: string;
    /**
     * Kind of that object.
     * @example "cluster"
     */
    type?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTaskInfoResponseTaskResultItem {
    /**
     * Resource the result is about, such as an instance ID.
     * @example "i-xxx"
     */
    data?: string;
    /**
     * Result for that resource, such as `success`, `failed` or `initial`.
     * @example "success"
     */
    status?: string;
}
export type DescribeTemplateAttributeResponse = DescribeTemplateAttributeResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTemplateAttributeResponseItem {
    /** @example "72d20cf8-a533-4ea9-a10d-e7630d3d****" */
    id?: string;
    /** @example "private" */
    acl?: string;
    /** @example "web" */
    name?: string;
    /** @example "apiVersion: V1\\n***" */
    template?: string;
    /** @example "kubernetes" */
    template_type?: string;
    /** @example "test template" */
    description?: string;
    /** @example "sa" */
    tags?: string;
    /** @example "874ec485-e7e6-4373-8a3b-47bde8ae****" */
    template_with_hist_id?: string;
    /** @example "2020-09-16T19:21:29+08:00" */
    created?: string;
    /** @example "2020-09-16T19:21:29+08:00" */
    updated?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTemplatesResponse {
    templates?: DescribeTemplatesResponseTemplatesItem[];
    page_info?: DescribeTemplatesResponsePageInfo;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTemplatesResponsePageInfo {
    /** @example 20 */
    page_number?: number;
    /** @example 3 */
    page_size?: number;
    /** @example 50 */
    total_count?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTemplatesResponseTemplatesItem {
    /** @example "private" */
    acl?: string;
    /** @example "874ec485-e7e6-4373-8a3b-47bde8ae789f" */
    id?: string;
    /** @example "webserver" */
    name?: string;
    /** @example "a web server" */
    description?: string;
    /** @example "kubernetes" */
    tags?: string;
    /** @example "apiVersion: apps/v1\\nkind: Deployment\\nmetadata:\\n  name: nginx-deployment-basic\\n  labels:\\n    app: nginx\\nspec:\\n  replicas: 2\\n  selector:\\n    matchLabels:\\n      app: nginx\\n  template:\\n    metadata:\\n      labels:\\n        app: nginx\\n    spec:\\n      containers:\\n      - name: nginx\\n        image: busybox:latest\\n        ports:\\n        - containerPort: 80" */
    template?: string;
    /** @example "kubernetes" */
    template_type?: string;
    /** @example "2020-06-10T16:30:16+08:00" */
    created?: string;
    /** @example "2020-06-10T16:30:16+08:00" */
    updated?: string;
    /** @example "ad81d115-7c8b-47e7-a222-9c28d7f6e588" */
    template_with_hist_id?: string;
}
export type DescribeTriggerResponse = DescribeTriggerResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeTriggerResponseItem {
    /** @example "1234" */
    id?: string;
    /** @example "test" */
    name?: string;
    /** @example "c259f563386444ebb8d7****" */
    cluster_id?: string;
    /** @example "default/test-app" */
    project_id?: string;
    /** @example "deployment" */
    type?: string;
    /** @example "redeploy" */
    action?: string;
    /** @example "eyJhbGci***" */
    token?: string;
}
export type DescribeUserClusterNamespacesResponse = string[];
export type DescribeUserPermissionResponse = DescribeUserPermissionResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface DescribeUserPermissionResponseItem {
    /** @example "c1b542****" */
    resource_id?: string;
    /** @example "cluster" */
    resource_type?: string;
    /** @example "view" */
    role_name?: string;
    /** @example "admin" */
    role_type?: string;
    /** @example 1 */
    is_owner?: number;
    /** @example 1 */
    is_ram_role?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeUserQuotaResponse {
    /** @example 20 */
    amk_cluster_quota?: number;
    /** @example 3 */
    ask_cluster_quota?: number;
    /** @example 10 */
    cluster_nodepool_quota?: number;
    /** @example 50 */
    cluster_quota?: number;
    /** @example 100 */
    node_quota?: number;
    edge_improved_nodepool_quota?: DescribeUserQuotaResponseEdgeImprovedNodePoolQuota;
    quotas?: {
        [key: string]: DescribeUserQuotaResponseQuotasValue;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeUserQuotaResponseEdgeImprovedNodePoolQuota {
    /** @example 10 */
    bandwidth?: number;
    /** @example 3 */
    count?: number;
    /** @example 3 */
    period?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeUserQuotaResponseQuotasValue {
    /** @example "1" */
    quota?: string;
    /** @example "q_Kubernetes_Cluster" */
    operation_code?: string;
    /** @example true */
    adjustable?: boolean;
    /** @example "Cluster" */
    unit?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeWorkflowsResponse {
    jobs?: DescribeWorkflowsResponseJobsItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface DescribeWorkflowsResponseJobsItem {
    /** @example "cb1a7214cfc0b41d9bb086affc2d8f51c" */
    cluster_id?: string;
    /** @example "wgs-gpu-qb4dk" */
    job_name?: string;
    /** @example "2020-01-15T13:18:52Z" */
    create_time?: string;
}
/**
 * The JSON body Alibaba Cloud returns with a failed call. Fields may be added by the service at any time, so the object is open.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface ErrorBody {
    /**
     * Machine-readable error code, such as `ErrorClusterNotFound`.
     * @example "ErrorClusterNotFound"
     */
    code?: string;
    /**
     * Human-readable explanation of the failure.
     * @example "The specified cluster does not exist."
     */
    message?: string;
    /**
     * ID of the failed request; quote it when contacting Alibaba Cloud support.
     * @example "0527ac9a-c899-4341-a21a-****"
     */
    requestId?: string;
    /**
     * A link to a diagnosis page for this error, when the service provides one.
     * @example "https://api.aliyun.com/troubleshoot?q=ErrorClusterNotFound&product=CS"
     */
    recommend?: string;
}
export interface FixNodePoolVulsBody {
    /** Names of the vulnerabilities to fix. */
    vuls?: string[];
    /** Names of the nodes to fix. */
    nodes?: string[];
    /** How the fix rolls through the nodes. */
    rollout_policy?: FixNodePoolVulsBodyRolloutPolicy;
    /** Whether nodes may be restarted when a fix requires it. */
    auto_restart?: boolean;
}
/** How the fix rolls through the nodes. */
export interface FixNodePoolVulsBodyRolloutPolicy {
    /** Maximum number of nodes fixed at the same time, from 1 to the size of the pool. */
    max_parallelism?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface FixNodePoolVulsResponse {
    /** @example "T-60fea8ad2e277f087900****" */
    task_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterAddonInstanceResponse {
    /** @example "ack-node-problem-detector" */
    name?: string;
    /** @example "active" */
    state?: string;
    /** @example "1.2.16" */
    version?: string;
    /** @example "{\"sls_project_name\":\"\"}" */
    config?: string;
    logging?: GetClusterAddonInstanceResponseLogging;
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterAddonInstanceResponseLogging {
    /** @example false */
    capable?: boolean;
    /** @example false */
    enabled?: boolean;
    /** @example "my-log-project" */
    log_project?: string;
    /** @example "my-logstore" */
    logstore?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterAuditProjectResponse {
    audit_enabled?: boolean;
    sls_project_name?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterCheckResponse {
    /** @example "1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto" */
    check_id?: string;
    /** @example "ClusterUpgrade" */
    type?: string;
    /** @example "Succeeded" */
    status?: string;
    /** @example "task succeed" */
    message?: string;
    /** @example "2023-10-16T08:31:20.292030178Z" */
    created_at?: string;
    /** @example "2023-10-16T08:35:20.292030178Z" */
    finished_at?: string;
    check_items?: {
        [key: string]: {
            [key: string]: unknown;
        }[];
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterDiagnosisCheckItemsResponse {
    /** @example "1DFFD8C6-259E-582B-8B40-002C17DC****" */
    request_id?: string;
    /** @example "success" */
    code?: string;
    /** @example true */
    is_success?: boolean;
    check_items?: GetClusterDiagnosisCheckItemsResponseCheckItemsItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterDiagnosisCheckItemsResponseCheckItemsItem {
    /** @example "Check whether the node can access host dns service" */
    desc?: string;
    /** @example "HostDNS" */
    display?: string;
    /** @example "Node" */
    group?: string;
    /** @example "normal" */
    level?: GetClusterDiagnosisCheckItemsResponseCheckItemsItemLevel;
    /** @example "success" */
    message?: string;
    /** @example "HostDNS" */
    name?: string;
    /** @example "True" */
    refer?: string;
    /** @example "True" */
    value?: string;
}
/**
 * Known values are listed; the service may accept others.
 * @example "normal"
 */
export type GetClusterDiagnosisCheckItemsResponseCheckItemsItemLevel = 'normal' | 'warning' | 'error' | (string & {});
/** The known values of {@link GetClusterDiagnosisCheckItemsResponseCheckItemsItemLevel}. */
export declare const GetClusterDiagnosisCheckItemsResponseCheckItemsItemLevelValues: readonly ["normal", "warning", "error"];
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterDiagnosisResultResponse {
    /** @example 0 */
    code?: number;
    /** @example "2024-05-28T11:29Z" */
    created?: string;
    /** @example "6cf6b62e334e4583bdfd26707516****" */
    diagnosis_id?: string;
    /** @example "2024-05-28T11:29Z" */
    finished?: string;
    /** @example "success" */
    message?: string;
    /** @example "{\"phase\":5,\"version\":\"20240101\"}" */
    result?: string;
    /** @example 2 */
    status?: number;
    /** @example "{\"name\":\"cn-hongkong.10.0.0.246\"}" */
    target?: string;
    /** @example "Node" */
    type?: GetClusterDiagnosisResultResponseType;
}
/**
 * Known values are listed; the service may accept others.
 * @example "Node"
 */
export type GetClusterDiagnosisResultResponseType = 'node' | 'ingress' | 'cluster' | 'memory' | 'pod' | 'service' | 'network' | (string & {});
/** The known values of {@link GetClusterDiagnosisResultResponseType}. */
export declare const GetClusterDiagnosisResultResponseTypeValues: readonly ["node", "ingress", "cluster", "memory", "pod", "service", "network"];
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterInspectConfigResponse {
    disabledCheckItems?: string[];
    enabled?: boolean;
    recurrence?: string;
    requestId?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterInspectReportDetailResponse {
    checkItemResults?: GetClusterInspectReportDetailResponseCheckItemResultsItem[];
    endTime?: string;
    nextToken?: string;
    reportId?: string;
    requestId?: string;
    startTime?: string;
    status?: string;
    summary?: GetClusterInspectReportDetailResponseSummary;
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterInspectReportDetailResponseCheckItemResultsItem {
    category?: string;
    checkItemUid?: string;
    description?: string;
    fix?: string;
    level?: string;
    name?: string;
    result?: string;
    targetType?: string;
    targets?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface GetClusterInspectReportDetailResponseSummary {
    adviceCount?: number;
    code?: string;
    errorCount?: number;
    normalCount?: number;
    warnCount?: number;
}
export type GetKubernetesTriggerResponse = GetKubernetesTriggerResponseItem[];
/** Unknown properties returned by the service are kept as received. */
export interface GetKubernetesTriggerResponseItem {
    /** @example "1234" */
    id?: string;
    /** @example "test" */
    name?: string;
    /** @example "c259f563386444ebb8d7**" */
    cluster_id?: string;
    /** @example "default/test-app" */
    project_id?: string;
    /** @example "deployment" */
    type?: string;
    /** @example "redeploy" */
    action?: string;
    /** @example "eyJhbGci***" */
    token?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface GetUpgradeStatusResponse {
    /** @example "subject to actual return" */
    error_message?: string;
    /** @example "be4c8eb72de94d459ea7ace7c811d119" */
    precheck_report_id?: string;
    /** @example "running" */
    status?: string;
    /** @example "prechecking" */
    upgrade_step?: string;
    upgrade_task?: GetUpgradeStatusResponseUpgradeTask;
}
/** Unknown properties returned by the service are kept as received. */
export interface GetUpgradeStatusResponseUpgradeTask {
    /** @example "running" */
    status?: string;
    /** @example "subject to actual return" */
    message?: string;
}
export type GrantPermissionsBody = GrantPermissionsBodyItem[];
export interface GrantPermissionsBodyItem {
    /** ID of the cluster; an empty string when `role_type` is `all-clusters`. */
    cluster: string;
    /** Whether `role_name` names a custom ClusterRole rather than a predefined role. */
    is_custom?: boolean;
    /** Predefined role, `admin`, `ops`, `dev` or `restricted`, or the name of a custom ClusterRole. */
    role_name: string;
    /** Scope of the permission, `cluster`, `namespace` or `all-clusters`. */
    role_type: string;
    /** Namespace the permission applies to; empty for cluster-wide permissions. */
    namespace?: string;
    /** Whether the grantee is a RAM role rather than a RAM user. */
    is_ram_role?: boolean;
}
export type GrantPermissionsResponse = {
    [key: string]: unknown;
};
export interface Hugepage {
    /** Transparent huge page mode, such as `always`, `madvise` or `never`. */
    transparentEnabled?: string;
    /** Defragmentation mode of transparent huge pages, such as `always`, `defer`, `madvise` or `never`. */
    transparentDefrag?: string;
    /** Whether khugepaged defragments memory (0 or 1). */
    khugepagedDefrag?: number;
    /** Milliseconds khugepaged waits after a failed huge page allocation. */
    khugepagedAllocSleepMillisecs?: number;
    /** Milliseconds between khugepaged scans. */
    khugepagedScanSleepMillisecs?: number;
    /** Number of pages khugepaged scans on each pass. */
    khugepagedPagesToScan?: number;
}
export type InstallClusterAddonsBody = InstallClusterAddonsBodyItem[];
export interface InstallClusterAddonsBodyItem {
    /** Name of the add-on. */
    name: string;
    /** Version to install; ListAddons lists the available versions. */
    version: string;
    /** Custom parameters of the add-on, as a JSON string. */
    config?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface InstallClusterAddonsResponse {
    cluster_id?: string;
    request_id?: string;
    task_id?: string;
}
export interface InstanceMetadataOptions {
    /** Whether the instance metadata service requires tokens (IMDSv2), `optional` or `required`. */
    http_tokens?: InstanceMetadataOptionsHttpTokens;
}
/**
 * Whether the instance metadata service requires tokens (IMDSv2), `optional` or `required`.
 *
 * No other value is accepted.
 */
export type InstanceMetadataOptionsHttpTokens = 'optional' | 'required';
/** Every value of {@link InstanceMetadataOptionsHttpTokens}. */
export declare const InstanceMetadataOptionsHttpTokensValues: readonly ["optional", "required"];
/** Attributes that select instance types for the pool instead of naming them: the service picks the types that match. */
export interface InstancePatterns {
    /**
     * Number of vCPUs.
     * @example 4
     */
    cores?: number;
    /**
     * Memory size in GiB.
     * @example 8
     */
    memory?: number;
    /**
     * Level of the instance family, such as `EnterpriseLevel`.
     * @example "EnterpriseLevel"
     */
    instance_family_level?: string;
    /** Instance types (wildcards allowed) never picked. */
    excluded_instance_types?: string[];
    /**
     * Fewest vCPUs an instance type may have.
     * @example 2
     */
    min_cpu_cores?: number;
    /**
     * Most vCPUs an instance type may have.
     * @example 8
     */
    max_cpu_cores?: number;
    /**
     * Least memory, in GiB, an instance type may have.
     * @example 4
     */
    min_memory_size?: number;
    /**
     * Most memory, in GiB, an instance type may have.
     * @example 16
     */
    max_memory_size?: number;
    /** Instance categories to pick from, e.g. `General-purpose` or `Compute-optimized`. */
    instance_categories?: string[];
    /** CPU architectures to pick from, e.g. `X86` or `ARM`. */
    cpu_architectures?: string[];
    /**
     * Number of vCPUs. Deprecated; use `cores`.
     * @example 4
     * @deprecated
     */
    core?: number;
    /**
     * Highest hourly price of a preemptible instance. Deprecated.
     * @example 2
     * @deprecated
     */
    max_price?: number;
    /**
     * Architectures to pick from. Deprecated; use `cpu_architectures`.
     * @deprecated
     */
    architectures?: string[];
    /**
     * Whether burstable instance types are included, such as `Exclude`. Deprecated.
     * @example "Exclude"
     * @deprecated
     */
    burst_performance_option?: string;
    /** Instance families to pick from. */
    instance_type_families?: string[];
    /**
     * Fewest elastic network interfaces an instance type must support.
     * @example 2
     */
    minimum_eni_quantity?: number;
    /**
     * Fewest private IPv4 addresses per network interface an instance type must support.
     * @example 2
     */
    minimum_eni_private_ip_address_quantity?: number;
    /**
     * Fewest IPv6 addresses per network interface an instance type must support.
     * @example 1
     */
    minimum_eni_ipv6_address_quantity?: number;
    /**
     * Most GPUs an instance type may have.
     * @example 1
     */
    maximum_gpu_amount?: number;
}
/**
 * Attributes that select instance types for the pool, as the service reports them.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface InstancePatternsOutput {
    cores?: number;
    /**
     * Memory size in GiB.
     * @example 8
     */
    memory?: number;
    /**
     * Level of the instance family.
     * @example "EnterpriseLevel"
     */
    instance_family_level?: string;
    /** Instance types never picked. */
    excluded_instance_types?: string[];
    min_cpu_cores?: number;
    max_cpu_cores?: number;
    min_memory_size?: number;
    max_memory_size?: number;
    instance_categories?: string[];
    cpu_architectures?: string[];
    /**
     * Number of vCPUs.
     * @example 4
     * @deprecated
     */
    core?: number;
    /**
     * Highest hourly price of a preemptible instance.
     * @example 2
     * @deprecated
     */
    max_price?: number;
    /**
     * Architectures picked from.
     * @deprecated
     */
    architectures?: string[];
    /**
     * Whether burstable instance types are included.
     * @example "Exclude"
     * @deprecated
     */
    burst_performance_option?: string;
    instance_type_families?: string[];
    minimum_eni_quantity?: number;
    minimum_eni_private_ip_address_quantity?: number;
    minimum_eni_ipv6_address_quantity?: number;
    maximum_gpu_amount?: number;
}
export interface KubeletConfig {
    /** Maximum image pulls per second. */
    registryPullQPS?: number;
    /** Maximum burst of image pulls, used with `registryPullQPS`. */
    registryBurst?: number;
    /** Maximum events created per second. */
    eventRecordQPS?: number;
    /** Maximum burst of event creations, used with `eventRecordQPS`. */
    eventBurst?: number;
    /** Maximum requests per second from kubelet to the API server. */
    kubeAPIQPS?: number;
    /** Maximum burst of requests to the API server, used with `kubeAPIQPS`. */
    kubeAPIBurst?: number;
    /** When `true`, images are pulled one at a time. */
    serializeImagePulls?: boolean;
    /** CPU manager policy, `none` or `static`. */
    cpuManagerPolicy?: string;
    /** Hard eviction thresholds, such as `{"memory.available":"300Mi"}`. */
    evictionHard?: {
        [key: string]: unknown;
    };
    /** Soft eviction thresholds, applied after `evictionSoftGracePeriod`. */
    evictionSoft?: {
        [key: string]: unknown;
    };
    /** Grace period of each soft eviction threshold, such as `{"memory.available":"30s"}`. */
    evictionSoftGracePeriod?: {
        [key: string]: unknown;
    };
    /** Resources reserved for system daemons, such as `{"cpu":"500m","memory":"1Gi"}`. */
    systemReserved?: {
        [key: string]: unknown;
    };
    /** Resources reserved for Kubernetes components. */
    kubeReserved?: {
        [key: string]: unknown;
    };
    /** Port of kubelet's read-only API; 0 disables it. */
    readOnlyPort?: number;
    /** Maximum number of pods on a node. */
    maxPods?: number;
    /** Size at which a container log file is rotated, such as `10Mi`. */
    containerLogMaxSize?: string;
    /** Maximum number of log files kept per container. */
    containerLogMaxFiles?: number;
    /** Kubernetes feature gates to turn on or off, by name. */
    featureGates?: {
        [key: string]: unknown;
    };
    /** Unsafe sysctls (or patterns such as `net.*`) that pods may set. */
    allowedUnsafeSysctls?: string[];
    /** Memory reserved per NUMA node, for the static memory manager. */
    reservedMemory?: KubeletConfigReservedMemoryItem[];
    /** Memory manager policy, `None` or `Static`. */
    memoryManagerPolicy?: string;
    /** Whether CPU CFS quota enforces container CPU limits. */
    cpuCFSQuota?: boolean;
    /** CFS quota period, such as `100ms`. */
    cpuCFSQuotaPeriod?: string;
    /** Disk usage (percent) above which image garbage collection always runs. */
    imageGCHighThresholdPercent?: number;
    /** Disk usage (percent) that image garbage collection frees down to. */
    imageGCLowThresholdPercent?: number;
    /** Maximum number of process IDs per pod. */
    podPidsLimit?: number;
    /** Topology manager policy, such as `none`, `best-effort`, `restricted` or `single-numa-node`. */
    topologyManagerPolicy?: string;
    /** IP addresses of the cluster DNS servers given to pods. */
    clusterDNS?: string[];
    tracing?: KubeletConfigTracing;
    /** Number of workers that rotate container logs concurrently. */
    containerLogMaxWorkers?: number;
    /** How often container logs are checked for rotation, such as `10s`. */
    containerLogMonitorInterval?: string;
    /** Whether kubelet requests its serving certificate from the cluster's certificate API. */
    serverTLSBootstrap?: boolean;
}
/**
 * kubelet parameters of the nodes of the pool (field names as kubelet spells them).
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface KubeletConfigOutput {
    /**
     * Image pulls per second allowed against registries.
     * @example 5
     */
    registryPullQPS?: number;
    /**
     * Image pulls allowed in a burst.
     * @example 10
     */
    registryBurst?: number;
    /**
     * Events per second the kubelet may record.
     * @example 5
     */
    eventRecordQPS?: number;
    /**
     * Events allowed in a burst.
     * @example 10
     */
    eventBurst?: number;
    /**
     * Requests per second to the API server.
     * @example 5
     */
    kubeAPIQPS?: number;
    /**
     * Requests to the API server allowed in a burst.
     * @example 10
     */
    kubeAPIBurst?: number;
    /**
     * Whether images are pulled one at a time.
     * @example true
     */
    serializeImagePulls?: boolean;
    /**
     * CPU manager policy (`none` or `static`).
     * @example "none"
     */
    cpuManagerPolicy?: string;
    /**
     * Hard eviction thresholds, by signal.
     * @example {"memory.available":"100Mi"}
     */
    evictionHard?: {
        [key: string]: unknown;
    };
    /**
     * Soft eviction thresholds, by signal.
     * @example {"memory.available":"200Mi"}
     */
    evictionSoft?: {
        [key: string]: unknown;
    };
    /**
     * Grace period of each soft eviction threshold.
     * @example {"memory.available":"30s"}
     */
    evictionSoftGracePeriod?: {
        [key: string]: unknown;
    };
    /**
     * Resources reserved for system daemons.
     * @example {"cpu":"100m","memory":"300Mi"}
     */
    systemReserved?: {
        [key: string]: unknown;
    };
    /**
     * Resources reserved for Kubernetes components.
     * @example {"cpu":"100m","memory":"300Mi"}
     */
    kubeReserved?: {
        [key: string]: unknown;
    };
    /**
     * Read-only port of the kubelet (0 turns it off).
     * @example 0
     */
    readOnlyPort?: number;
    /**
     * Most pods a node runs.
     * @example 110
     */
    maxPods?: number;
    /**
     * Size a container log file reaches before it is rotated.
     * @example "10Mi"
     */
    containerLogMaxSize?: string;
    /**
     * Most log files kept per container.
     * @example 5
     */
    containerLogMaxFiles?: number;
    /**
     * Feature gates switched on or off, by name.
     * @example {"CPUManager":true}
     */
    featureGates?: {
        [key: string]: unknown;
    };
    /** Unsafe sysctls (or patterns) pods may set. */
    allowedUnsafeSysctls?: string[];
    reservedMemory?: KubeletConfigOutputReservedMemoryItem[];
    memoryManagerPolicy?: string;
    cpuCFSQuota?: boolean;
    cpuCFSQuotaPeriod?: string;
    imageGCHighThresholdPercent?: number;
    imageGCLowThresholdPercent?: number;
    podPidsLimit?: number;
    topologyManagerPolicy?: string;
    clusterDNS?: string[];
    tracing?: KubeletConfigOutputTracing;
    containerLogMaxWorkers?: number;
    containerLogMonitorInterval?: string;
    serverTLSBootstrap?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface KubeletConfigOutputReservedMemoryItem {
    numaNode?: number;
    limits?: {
        [key: string]: unknown;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface KubeletConfigOutputTracing {
    endpoint?: string;
    samplingRatePerMillion?: number;
}
export interface KubeletConfigReservedMemoryItem {
    numaNode?: number;
    limits?: {
        [key: string]: unknown;
    };
}
export interface KubeletConfigTracing {
    endpoint?: string;
    samplingRatePerMillion?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListAddonsResponse {
    addons?: ListAddonsResponseAddonsItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListAddonsResponseAddonsItem {
    /** @example "arms-prometheus" */
    name?: string;
    /** @example "1.1.9" */
    version?: string;
    /** @example false */
    managed?: boolean;
    /** @example false */
    install_by_default?: boolean;
    /** @example "monitor" */
    category?: string;
    /** @example "{}" */
    config_schema?: string;
    supported_actions?: string[];
    architecture?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterAddonInstancesResponse {
    addons?: ListClusterAddonInstancesResponseAddonsItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterAddonInstancesResponseAddonsItem {
    /** @example "coredns" */
    name?: string;
    /** @example "active" */
    state?: string;
    /** @example "v1.9.3.10-7dfca203-aliyun" */
    version?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterChecksResponse {
    checks?: ListClusterChecksResponseChecksItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterChecksResponseChecksItem {
    /** @example "1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto" */
    check_id?: string;
    /** @example "ClusterUpgrade" */
    type?: string;
    /** @example "Succeeded" */
    status?: string;
    /** @example "task succeed" */
    message?: string;
    /** @example "2023-10-16T08:31:20.292030178Z" */
    created_at?: string;
    /** @example "2023-10-16T08:35:20.292030178Z" */
    finished_at?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterInspectReportsResponse {
    nextToken?: string;
    reports?: ListClusterInspectReportsResponseReportsItem[];
    requestId?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterInspectReportsResponseReportsItem {
    endTime?: string;
    reportId?: string;
    startTime?: string;
    status?: string;
    summary?: ListClusterInspectReportsResponseReportsItemSummary;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterInspectReportsResponseReportsItemSummary {
    adviceCount?: number;
    code?: string;
    errorCount?: number;
    normalCount?: number;
    warnCount?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterKubeconfigStatesResponse {
    page?: ListClusterKubeconfigStatesResponsePage;
    states?: ListClusterKubeconfigStatesResponseStatesItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterKubeconfigStatesResponsePage {
    page_number?: number;
    page_size?: number;
    total_count?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterKubeconfigStatesResponseStatesItem {
    account_display_name?: string;
    account_id?: string;
    account_name?: string;
    account_state?: string;
    account_type?: string;
    cert_expire_time?: string;
    cert_state?: string;
    cloud_service_name?: string;
    cloud_service_roles?: ListClusterKubeconfigStatesResponseStatesItemCloudServiceRolesItem[];
    revokable?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListClusterKubeconfigStatesResponseStatesItemCloudServiceRolesItem {
    is_default_template?: boolean;
    role_name?: string;
    role_namespace?: string;
    type?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListOperationPlansForRegionResponse {
    plans?: ListOperationPlansForRegionResponsePlansItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListOperationPlansForRegionResponsePlansItem {
    cluster_id?: string;
    created?: string;
    end_time?: string;
    plan_id?: string;
    start_time?: string;
    state?: string;
    state_reason?: ListOperationPlansForRegionResponsePlansItemStateReason;
    target_id?: string;
    target_type?: string;
    task_id?: string;
    type?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListOperationPlansForRegionResponsePlansItemStateReason {
    code?: string;
    message?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListOperationPlansResponse {
    plans?: ListOperationPlansResponsePlansItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListOperationPlansResponsePlansItem {
    /** @example "P-655c9c127e0e6603ef00****" */
    plan_id?: string;
    /** @example "c29ced64b3dfe4f33b57ca0aa9f68****" */
    cluster_id?: string;
    /** @example "2023-11-21T20:01:22+08:00" */
    created?: string;
    /** @example "2023-11-22T15:18:00+08:00" */
    start_time?: string;
    /** @example "2023-11-22T18:00:00+08:00" */
    end_time?: string;
    /** @example "scheduled" */
    state?: string;
    /** @example "cluster_upgrade" */
    type?: string;
    /** @example "cluster" */
    target_type?: string;
    /** @example "c29ced64b3dfe4f33b57ca0aa9f68****" */
    target_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListTagResourcesResponse {
    /** @example "c374bf4864448****" */
    next_token?: string;
    /** @example "E368C761-F8F6-4A36-9B58-BD53D5CD0CEB" */
    request_id?: string;
    tag_resources?: ListTagResourcesResponseTagResources;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListTagResourcesResponseTagResources {
    tag_resource?: ListTagResourcesResponseTagResourcesTagResourceItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListTagResourcesResponseTagResourcesTagResourceItem {
    /** @example "ack.aliyun.com" */
    tag_key?: string;
    /** @example "c71cf3d796c374bf48644482cb0c3****" */
    tag_value?: string;
    /** @example "i-xxx" */
    resource_id?: string;
    /** @example "CLUSTER" */
    resource_type?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListUserKubeConfigStatesResponse {
    page?: ListUserKubeConfigStatesResponsePage;
    states?: ListUserKubeConfigStatesResponseStatesItem[];
}
/** Unknown properties returned by the service are kept as received. */
export interface ListUserKubeConfigStatesResponsePage {
    page_number?: number;
    page_size?: number;
    total_count?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface ListUserKubeConfigStatesResponseStatesItem {
    cert_expire_time?: string;
    cert_state?: string;
    cluster_id?: string;
    cluster_name?: string;
    cluster_state?: string;
}
export interface MaintenanceWindow {
    /** Whether the maintenance window is in effect. */
    enable?: boolean;
    /** Time at which the maintenance window opens, such as `03:00:00Z`. */
    maintenance_time?: string;
    /** Length of the maintenance window, 1 to 24 hours, such as `3h` (the default). */
    duration?: string;
    /** Days of the week on which the window opens, separated by commas, such as `Monday,Thursday`. Default `Thursday`. */
    weekly_period?: string;
    /** When the window recurs, as an RFC 5545 recurrence rule such as `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO`. Only weekly rules are accepted, without `COUNT` or `UNTIL`. */
    recurrence?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface MaintenanceWindowOutput {
    enable?: boolean;
    maintenance_time?: string;
    duration?: string;
    weekly_period?: string;
    recurrence?: string;
}
export interface MigrateClusterBody {
    /** Name of the OSS bucket used during the migration. */
    oss_bucket_name?: string;
    /** Endpoint of that OSS bucket. */
    oss_bucket_endpoint?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface MigrateClusterResponse {
    /** @example "c21e0591548ba4c10bdb535d6572b" */
    cluster_id?: string;
    /** @example "687C5BAA-D103-4993-884B-C35E4314A1E1" */
    request_id?: string;
    /** @example "T-62ccd14aacb8db06ca00****" */
    task_id?: string;
}
export interface ModifyClusterAddonBody {
    /** Custom parameters of the add-on, as a JSON string matching the add-on's configuration schema. */
    config?: string;
}
export type ModifyClusterAddonResponse = {
    [key: string]: unknown;
};
export interface ModifyClusterBody {
    /** Whether the API server is exposed on the internet through an EIP. */
    api_server_eip?: boolean;
    /** ID of the EIP to bind to the API server; used when `api_server_eip` is `true`. */
    api_server_eip_id?: string;
    /** When `true`, the cluster cannot be deleted from the console or the API. */
    deletion_protection?: boolean;
    /** ID of the resource group to move the cluster to. */
    resource_group_id?: string;
    /** Weekly window in which ACK may perform automatic maintenance such as upgrades. */
    maintenance_window?: MaintenanceWindow;
    /** Enables or disables RRSA (RAM Roles for Service Accounts); managed clusters only. */
    enable_rrsa?: boolean;
    /**
     * CIDR blocks allowed to reach the API server load balancer of a registered cluster; `0.0.0.0/0` is not accepted.
     * @deprecated
     */
    access_control_list?: string[];
    /** New name of the cluster; 1 to 63 characters, not starting with a hyphen. */
    cluster_name?: string;
    /** Storage of the cluster's system events in Simple Log Service. */
    system_events_logging?: ModifyClusterBodySystemEventsLogging;
    /** Automatic operations policy of the cluster. */
    operation_policy?: ModifyClusterBodyOperationPolicy;
    /** Extra subject alternative names of the API server certificate (managed clusters only). */
    api_server_custom_cert_sans?: ModifyClusterBodyApiServerCustomCertSans;
    /** Virtual switches used by the control plane. */
    vswitch_ids?: string[];
    /** Instances that run the control plane of a dedicated cluster. */
    control_plane_config?: ModifyClusterBodyControlPlaneConfig;
    /** ID of the security group of the control plane. */
    security_group_id?: string;
    /** Time zone of the cluster, as a tz database name such as `Asia/Shanghai`. */
    timezone?: string;
    /**
     * Whether the cluster's instances are protected from release through the console or API.
     * @deprecated
     */
    instance_deletion_protection?: boolean;
    /**
     * Whether to rebind the cluster's test domain name.
     * @deprecated
     */
    ingress_domain_rebinding?: boolean;
    /**
     * ID of the Ingress load balancer to change.
     * @deprecated
     */
    ingress_loadbalancer_id?: string;
}
/** Extra subject alternative names of the API server certificate (managed clusters only). */
export interface ModifyClusterBodyApiServerCustomCertSans {
    /** `append` adds the names to the existing ones; `overwrite` replaces them. */
    action?: ModifyClusterBodyApiServerCustomCertSansAction;
    /** IP addresses or domain names to include. */
    subject_alternative_names?: string[];
}
/**
 * `append` adds the names to the existing ones; `overwrite` replaces them.
 *
 * No other value is accepted.
 */
export type ModifyClusterBodyApiServerCustomCertSansAction = 'append' | 'overwrite';
/** Every value of {@link ModifyClusterBodyApiServerCustomCertSansAction}. */
export declare const ModifyClusterBodyApiServerCustomCertSansActionValues: readonly ["append", "overwrite"];
/** Instances that run the control plane of a dedicated cluster. */
export interface ModifyClusterBodyControlPlaneConfig {
    /** Billing method of the control plane instances, `PrePaid` or `PostPaid`. */
    charge_type?: string;
    /** Subscription length, in units of `period_unit`; used with `PrePaid`. */
    period?: number;
    /** Unit of `period`, such as `Month`. */
    period_unit?: string;
    /** Whether the subscription renews automatically. */
    auto_renew?: boolean;
    /** Length of each automatic renewal. */
    auto_renew_period?: number;
    /** ECS instance types of the control plane nodes. */
    instance_types?: string[];
    /** Operating system image family of the control plane nodes. */
    image_type?: string;
    /** ID of a custom image for the control plane nodes. */
    image_id?: string;
    /** Name of the key pair used to log on to the control plane nodes; use either this or `login_password`. */
    key_pair?: string;
    /** Password used to log on to the control plane nodes; use either this or `key_pair`. */
    login_password?: string;
    /** Category of the system disks of the control plane nodes, such as `cloud_essd`. */
    system_disk_category?: string;
    /** System disk size, in GiB. */
    system_disk_size?: number;
    /** ID of the automatic snapshot policy of the system disks. */
    system_disk_snapshot_policy_id?: string;
    /** Performance level of an ESSD system disk, `PL0` to `PL3`. */
    system_disk_performance_level?: string;
    /** Provisioned IOPS of a `cloud_auto` system disk. */
    system_disk_provisioned_iops?: number;
    /** Whether performance bursting is enabled on a `cloud_auto` system disk. */
    system_disk_bursting_enabled?: boolean;
    /** ID of the deployment set that spreads the control plane instances. */
    deploymentset_id?: string;
    /** Whether the CloudMonitor agent is installed on the control plane nodes. */
    cloud_monitor_flags?: boolean;
    /** Whether MLPS (classified protection) security hardening is applied. */
    soc_enabled?: boolean;
    /** Whether Alibaba Cloud Linux OS security hardening is applied. */
    security_hardening_os?: boolean;
    /** kubelet CPU manager policy, `none` or `static`. */
    cpu_policy?: string;
    /** Container runtime of the control plane nodes, such as `containerd`. */
    runtime?: string;
    /** Port range of NodePort Services, such as `30000-32767`. */
    node_port_range?: string;
    /** Number of control plane nodes. */
    size?: number;
}
/** Automatic operations policy of the cluster. */
export interface ModifyClusterBodyOperationPolicy {
    /** Automatic upgrade of the cluster's Kubernetes version. */
    cluster_auto_upgrade?: ModifyClusterBodyOperationPolicyClusterAutoUpgrade;
}
/** Automatic upgrade of the cluster's Kubernetes version. */
export interface ModifyClusterBodyOperationPolicyClusterAutoUpgrade {
    /** Whether the cluster is upgraded automatically. */
    enabled?: boolean;
    /** Release channel followed by automatic upgrades, `patch`, `stable` or `rapid`. */
    channel?: string;
}
/** Storage of the cluster's system events in Simple Log Service. */
export interface ModifyClusterBodySystemEventsLogging {
    /** Whether system events of the cluster are stored in Simple Log Service. */
    enabled?: boolean;
    /** Simple Log Service project that stores the system events. */
    logging_project?: string;
}
/** The settings of the node pool to change. Every field is optional; fields left out keep their current value. */
export interface ModifyClusterNodePoolBody {
    /** Name and resource group of the node pool. */
    nodepool_info?: ModifyClusterNodePoolBodyNodePoolInfo;
    /** Auto scaling of the node pool. The other fields only take effect when `enable` is `true`. `min_instances` must not exceed `max_instances`. */
    auto_scaling?: ModifyClusterNodePoolBodyAutoScaling;
    /** Managed node pool: automatic repair, vulnerability fixing and upgrades. The other fields only take effect when `enable` is `true`. */
    management?: ModifyClusterNodePoolBodyManagement;
    /**
     * New settings of the scaling group. They apply to nodes created from now on.
     *
     * Rules checked before sending:
     *
     * - With `instance_charge_type` set to `PrePaid`, `period` is required, and when `auto_renew` is also `true`, `auto_renew_period` is required too.
     */
    scaling_group?: ModifyClusterNodePoolBodyScalingGroup;
    /** Kubernetes-level settings of the nodes of the pool. */
    kubernetes_config?: ModifyClusterNodePoolBodyKubernetesConfig;
    /** Confidential computing settings. */
    tee_config?: ModifyClusterNodePoolBodyTeeConfig;
    /**
     * Whether label and taint changes are applied to the existing nodes too.
     * @example true
     */
    update_nodes?: boolean;
    /**
     * Whether existing nodes are updated concurrently.
     * @example false
     */
    concurrency?: boolean;
}
/** Auto scaling of the node pool. The other fields only take effect when `enable` is `true`. `min_instances` must not exceed `max_instances`. */
export interface ModifyClusterNodePoolBodyAutoScaling {
    /**
     * Whether the node pool scales automatically.
     * @example true
     */
    enable?: boolean;
    /**
     * Kind of instances added on scale-out: `cpu`, `gpu`, `gpushare` or `spot`. Deprecated; it cannot be changed after the pool is created.
     * @example "cpu"
     * @deprecated
     */
    type?: ModifyClusterNodePoolBodyAutoScalingType;
    /**
     * Upper bound on the number of instances, from `min_instances` to 2000.
     * @example 20
     */
    max_instances?: number;
    /**
     * Lower bound on the number of instances, from 0 to `max_instances`.
     * @example 2
     */
    min_instances?: number;
    /**
     * Whether new nodes get an elastic IP. Deprecated.
     * @example false
     * @deprecated
     */
    is_bond_eip?: boolean;
    /**
     * Billing of those elastic IPs (`PayByBandwidth` or `PayByTraffic`). Deprecated.
     * @example "PayByBandwidth"
     * @deprecated
     */
    eip_internet_charge_type?: ModifyClusterNodePoolBodyAutoScalingEipInternetChargeType;
    /**
     * Peak bandwidth of those elastic IPs, in Mbit/s. Deprecated.
     * @example 5
     * @deprecated
     */
    eip_bandwidth?: number;
}
/**
 * Billing of those elastic IPs (`PayByBandwidth` or `PayByTraffic`). Deprecated.
 *
 * Known values are listed; the service may accept others.
 * @example "PayByBandwidth"
 * @deprecated
 */
export type ModifyClusterNodePoolBodyAutoScalingEipInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyAutoScalingEipInternetChargeType}. */
export declare const ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
/**
 * Kind of instances added on scale-out: `cpu`, `gpu`, `gpushare` or `spot`. Deprecated; it cannot be changed after the pool is created.
 *
 * Known values are listed; the service may accept others.
 * @example "cpu"
 * @deprecated
 */
export type ModifyClusterNodePoolBodyAutoScalingType = 'cpu' | 'gpu' | 'gpushare' | 'spot' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyAutoScalingType}. */
export declare const ModifyClusterNodePoolBodyAutoScalingTypeValues: readonly ["cpu", "gpu", "gpushare", "spot"];
/** Kubernetes-level settings of the nodes of the pool. */
export interface ModifyClusterNodePoolBodyKubernetesConfig {
    /** Kubernetes labels of the nodes, at most 20. Keys are unique and at most 64 characters, values at most 128; neither may start with `aliyun`, `acs:`, `http://` or `https://`. */
    labels?: Tag[];
    /** Kubernetes taints of the nodes. */
    taints?: Taint[];
    /**
     * Container runtime of the nodes, e.g. `containerd`.
     * @example "containerd"
     */
    runtime?: ModifyClusterNodePoolBodyKubernetesConfigRuntime;
    /**
     * Version of the container runtime.
     * @example "1.6.28"
     */
    runtime_version?: string;
    /**
     * kubelet CPU management policy.
     *
     * - `static`: pods with certain resource characteristics get exclusive CPUs.
     * - `none`: the default CPU affinity behaviour.
     * @example "none"
     */
    cpu_policy?: ModifyClusterNodePoolBodyKubernetesConfigCpuPolicy;
    /**
     * Whether nodes added from now on join unschedulable.
     * @example false
     */
    unschedulable?: boolean;
    /**
     * Base64-encoded script run on each node after it joins the cluster.
     * @example "IyEvdXNyL2Jpbi9iYXNoCmVjaG8gIkhlbGxvIEFDSyEi"
     */
    user_data?: string;
    /**
     * Whether the Cloud Monitor agent is installed on the nodes.
     * @example true
     */
    cms_enabled?: boolean;
    /**
     * Base64-encoded script run on each node before it joins the cluster.
     * @example "IyEvYmluL3NoCmVjaG8gcHJl"
     */
    pre_user_data?: string;
    /**
     * Naming scheme of new nodes, `customized,<prefix>,<count of trailing IP digits>,<suffix>`.
     * @example "customized,aliyun.com,5,test"
     */
    node_name_mode?: string;
}
/**
 * kubelet CPU management policy.
 *
 * - `static`: pods with certain resource characteristics get exclusive CPUs.
 * - `none`: the default CPU affinity behaviour.
 *
 * No other value is accepted.
 * @example "none"
 */
export type ModifyClusterNodePoolBodyKubernetesConfigCpuPolicy = 'static' | 'none';
/** Every value of {@link ModifyClusterNodePoolBodyKubernetesConfigCpuPolicy}. */
export declare const ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues: readonly ["static", "none"];
/**
 * Container runtime of the nodes, e.g. `containerd`.
 *
 * Known values are listed; the service may accept others.
 * @example "containerd"
 */
export type ModifyClusterNodePoolBodyKubernetesConfigRuntime = 'containerd' | 'docker' | 'Sandboxed-Container.runv' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyKubernetesConfigRuntime}. */
export declare const ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues: readonly ["containerd", "docker", "Sandboxed-Container.runv"];
/** Managed node pool: automatic repair, vulnerability fixing and upgrades. The other fields only take effect when `enable` is `true`. */
export interface ModifyClusterNodePoolBodyManagement {
    /**
     * Whether the pool is a managed node pool. Default `false`.
     * @example true
     */
    enable?: boolean;
    /**
     * Whether faulty nodes are repaired automatically. Default `true`.
     * @example true
     */
    auto_repair?: boolean;
    /** How nodes are repaired. */
    auto_repair_policy?: ModifyClusterNodePoolBodyManagementAutoRepairPolicy;
    /**
     * Whether operating system vulnerabilities (CVEs) are fixed automatically.
     * @example true
     */
    auto_vul_fix?: boolean;
    /** How vulnerabilities are fixed. */
    auto_vul_fix_policy?: ModifyClusterNodePoolBodyManagementAutoVulFixPolicy;
    /**
     * Whether node components are upgraded automatically.
     * @example true
     */
    auto_upgrade?: boolean;
    /** What is upgraded automatically when `auto_upgrade` is `true`. */
    auto_upgrade_policy?: ModifyClusterNodePoolBodyManagementAutoUpgradePolicy;
    /**
     * How an upgrade rolls through the nodes. Deprecated in favour of `auto_upgrade_policy`.
     * @deprecated
     */
    upgrade_config?: ModifyClusterNodePoolBodyManagementUpgradeConfig;
}
/** How nodes are repaired. */
export interface ModifyClusterNodePoolBodyManagementAutoRepairPolicy {
    /**
     * Whether a repair may restart the node.
     * @example true
     */
    restart_node?: boolean;
    /**
     * Whether a repair waits for someone to approve it.
     * @example false
     */
    approval_required?: boolean;
}
/** What is upgraded automatically when `auto_upgrade` is `true`. */
export interface ModifyClusterNodePoolBodyManagementAutoUpgradePolicy {
    /**
     * Whether the kubelet is upgraded.
     * @example true
     */
    auto_upgrade_kubelet?: boolean;
    /**
     * Whether the container runtime is upgraded. Default `false`.
     * @example false
     */
    auto_upgrade_runtime?: boolean;
    /**
     * Whether the operating system is upgraded. Default `false`.
     * @example false
     */
    auto_upgrade_os?: boolean;
}
/** How vulnerabilities are fixed. */
export interface ModifyClusterNodePoolBodyManagementAutoVulFixPolicy {
    /**
     * Whether a fix may restart the node.
     * @example false
     */
    restart_node?: boolean;
    /**
     * Comma-separated severities fixed automatically, e.g. `asap,nntf`.
     * @example "asap,nntf"
     */
    vul_level?: string;
    /**
     * Comma-separated packages never updated by an automatic fix.
     * @example "kernel,docker"
     */
    exclude_packages?: string;
}
/**
 * How an upgrade rolls through the nodes. Deprecated in favour of `auto_upgrade_policy`.
 * @deprecated
 */
export interface ModifyClusterNodePoolBodyManagementUpgradeConfig {
    /**
     * Whether automatic upgrade is on. Deprecated; use `management.auto_upgrade`.
     * @example true
     * @deprecated
     */
    auto_upgrade?: boolean;
    /**
     * Extra nodes created during an upgrade to carry the load; best kept below the pool size.
     * @example 1
     */
    surge?: number;
    /**
     * Extra nodes as a percentage of the pool; set this or `surge`, not both.
     * @example 0
     */
    surge_percentage?: number;
    /**
     * Most nodes unavailable at once during an upgrade, from 1 to 1000. Default 1.
     * @example 1
     * @defaultValue 1
     */
    max_unavailable?: number;
}
/** Name and resource group of the node pool. */
export interface ModifyClusterNodePoolBodyNodePoolInfo {
    /**
     * New display name, 1 to 63 characters: letters, digits, Chinese characters and hyphens, not starting with a hyphen.
     * @example "web-pool"
     */
    name?: string;
    /**
     * ID of the resource group to move the node pool to.
     * @example "rg-acfmyvw3wjm****"
     */
    resource_group_id?: string;
}
/**
 * New settings of the scaling group. They apply to nodes created from now on.
 *
 * Rules checked before sending:
 *
 * - With `instance_charge_type` set to `PrePaid`, `period` is required, and when `auto_renew` is also `true`, `auto_renew_period` is required too.
 */
export interface ModifyClusterNodePoolBodyScalingGroup {
    /** vSwitches the nodes are placed in, 1 to 20; pick several zones for high availability. */
    vswitch_ids?: string[];
    /** Instance types, tried in order until one can be created; which one a node gets depends on stock. */
    instance_types?: string[];
    /**
     * Billing method of the nodes.
     *
     * - `PrePaid`: subscription; requires `period`.
     * - `PostPaid`: pay-as-you-go.
     * @example "PostPaid"
     */
    instance_charge_type?: ModifyClusterNodePoolBodyScalingGroupInstanceChargeType;
    /**
     * Subscription term in units of `period_unit`. Required with `PrePaid`. Monthly terms: 1, 2, 3, 6, 12, 24, 36, 48 or 60.
     * @example 1
     */
    period?: number;
    /**
     * Unit of `period` and `auto_renew_period`. Only `Month` is documented for this operation.
     * @example "Month"
     */
    period_unit?: ModifyClusterNodePoolBodyScalingGroupPeriodUnit;
    /**
     * Whether subscription nodes renew automatically (`PrePaid` only).
     * @example true
     */
    auto_renew?: boolean;
    /**
     * Length of each automatic renewal. Required with `PrePaid` and `auto_renew`. Monthly: 1, 2, 3, 6 or 12.
     * @example 1
     */
    auto_renew_period?: number;
    /**
     * Whether, and how, preemptible instances are used.
     *
     * - `NoSpot`: regular instances.
     * - `SpotWithPriceLimit`: preemptible, with the price caps of `spot_price_limit`.
     * - `SpotAsPriceGo`: preemptible, at the market price.
     * @example "SpotWithPriceLimit"
     */
    spot_strategy?: ModifyClusterNodePoolBodyScalingGroupSpotStrategy;
    /** Price caps per instance type, for `SpotWithPriceLimit`. */
    spot_price_limit?: ModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem[];
    /**
     * Operating system image family of the nodes; the preferred way to choose the OS.
     * @example "AliyunLinux3"
     */
    image_type?: ModifyClusterNodePoolBodyScalingGroupImageType;
    /**
     * ID of a custom image. Default the latest system image.
     * @example "aliyun_2_1903_x64_20G_alibase_20200904.vhd"
     */
    image_id?: string;
    /**
     * Category of the system disk.
     * @example "cloud_essd"
     */
    system_disk_category?: ModifyClusterNodePoolBodyScalingGroupSystemDiskCategory;
    /** Up to 10 system disk categories, tried in order when the preferred one is unavailable. */
    system_disk_categories?: ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoriesItem[];
    /**
     * Size of the system disk in GiB, from 20 to 2048, and at least the image size. (The 2024-06 metadata of this operation still states 500 as the upper bound; CreateClusterNodePool's page and the official SDK document 2048.)
     * @example 120
     */
    system_disk_size?: number;
    /**
     * Performance level of an ESSD system disk, e.g. `PL1`.
     * @example "PL1"
     */
    system_disk_performance_level?: string;
    /**
     * Whether the system disk is encrypted.
     * @example false
     */
    system_disk_encrypted?: boolean;
    /**
     * ID of the KMS key that encrypts the system disk.
     * @example "0e478b7a-4262-4802-b8cb-00d3fb40****"
     */
    system_disk_kms_key_id?: string;
    /**
     * Encryption algorithm of the system disk. Known value `aes-256`.
     * @example "aes-256"
     */
    system_disk_encrypt_algorithm?: ModifyClusterNodePoolBodyScalingGroupSystemDiskEncryptAlgorithm;
    /**
     * Provisioned IOPS of a `cloud_auto` system disk.
     * @example 1000
     */
    system_disk_provisioned_iops?: number;
    /**
     * Whether bursting is on for a `cloud_auto` system disk.
     * @example true
     */
    system_disk_bursting_enabled?: boolean;
    /** Data disks of each node, at most 10. */
    data_disks?: DataDisk[];
    /**
     * Key pair for SSH logon; the only choice for managed node pools. Alternative to `login_password`.
     * @example "pro-nodepool"
     */
    key_pair?: string;
    /**
     * SSH logon password of the nodes, an alternative to `key_pair`. The service expects 8 to 30 characters from at least three of: upper-case, lower-case, digits, special characters; only the upper bound is checked here, since samples mask the value as `****`.
     *
     * Sensitive: the client never logs this value or includes it in error messages.
     * @example (sensitive: not shown)
     */
    login_password?: string;
    /**
     * Billing of the public IPs of the nodes (`PayByBandwidth` or `PayByTraffic`).
     * @example "PayByTraffic"
     */
    internet_charge_type?: ModifyClusterNodePoolBodyScalingGroupInternetChargeType;
    /**
     * Peak outbound public bandwidth of a node, from 1 to 100 Mbit/s.
     * @example 5
     */
    internet_max_bandwidth_out?: number;
    /** Tags of the ECS instances (not of the Kubernetes nodes). Keys are unique and at most 128 characters; neither keys nor values may start with `aliyun` or `acs:` or contain `http://` or `https://`. */
    tags?: Tag[];
    /**
     * Number of nodes the pool should keep.
     * @example 3
     */
    desired_size?: number;
    /**
     * How instances are spread over the zones of the vSwitches.
     *
     * - `PRIORITY`: vSwitches in the order listed; the next one when a zone has no stock.
     * - `COST_OPTIMIZED`: cheapest vCPU price first (preemptible first, when configured).
     * - `BALANCE`: evenly across zones.
     * @example "BALANCE"
     */
    multi_az_policy?: ModifyClusterNodePoolBodyScalingGroupMultiAzPolicy;
    /**
     * Scaling mode.
     *
     * - `release`: instances are created on scale-out and released on scale-in.
     * - `recycle`: instances are stopped on scale-in and started again on scale-out.
     * @example "release"
     */
    scaling_policy?: ModifyClusterNodePoolBodyScalingGroupScalingPolicy;
    /**
     * Pay-as-you-go instances kept before preemptible ones are added, from 0 to 1000.
     * @example 0
     */
    on_demand_base_capacity?: number;
    /**
     * Share of pay-as-you-go instances beyond `on_demand_base_capacity`, from 0 to 100 percent.
     * @example 20
     */
    on_demand_percentage_above_base_capacity?: number;
    /**
     * Number of cheapest instance types preemptible instances are spread over, from 1 to 10.
     * @example 5
     */
    spot_instance_pools?: number;
    /**
     * Whether a preemptible instance about to be reclaimed is replaced ahead of time.
     * @example false
     */
    spot_instance_remedy?: boolean;
    /**
     * With `COST_OPTIMIZED`, whether pay-as-you-go instances stand in when preemptible ones cannot be created.
     * @example true
     */
    compensate_with_on_demand?: boolean;
    /** ApsaraDB RDS instances whose allowlists receive the nodes. */
    rds_instances?: string[];
    /** Which private capacity pool (from an elasticity assurance or capacity reservation) new instances use. */
    private_pool_options?: ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions;
    /**
     * Operating system distribution. Deprecated; use `image_type`.
     * @example "AliyunLinux"
     * @deprecated
     */
    platform?: ModifyClusterNodePoolBodyScalingGroupPlatform;
    /** Attributes that select instance types, instead of listing them in `instance_types`. */
    instance_patterns?: InstancePatterns[];
    /**
     * ID of a deployment set that spreads the nodes over physical servers.
     * @example "ds-bp1d19mmbsv3jf6x****"
     */
    deploymentset_id?: string;
    /** Security groups of the nodes. */
    security_group_ids?: string[];
    /** Which capacity (private pools or public) new instances are drawn from. */
    resource_pool_options?: ModifyClusterNodePoolBodyScalingGroupResourcePoolOptions;
    /**
     * ID of the automatic snapshot policy of the system disk.
     * @example "sp-2zej1nogjvovnz4z****"
     */
    system_disk_snapshot_policy_id?: string;
}
/**
 * Operating system image family of the nodes; the preferred way to choose the OS.
 *
 * Known values are listed; the service may accept others.
 * @example "AliyunLinux3"
 */
export type ModifyClusterNodePoolBodyScalingGroupImageType = 'AliyunLinux' | 'AliyunLinuxSecurity' | 'AliyunLinux3' | 'AliyunLinux3Arm64' | 'AliyunLinux3Security' | 'CentOS' | 'Windows' | 'WindowsCore' | 'ContainerOS' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupImageType}. */
export declare const ModifyClusterNodePoolBodyScalingGroupImageTypeValues: readonly ["AliyunLinux", "AliyunLinuxSecurity", "AliyunLinux3", "AliyunLinux3Arm64", "AliyunLinux3Security", "CentOS", "Windows", "WindowsCore", "ContainerOS"];
/**
 * Billing method of the nodes.
 *
 * - `PrePaid`: subscription; requires `period`.
 * - `PostPaid`: pay-as-you-go.
 *
 * No other value is accepted.
 * @example "PostPaid"
 */
export type ModifyClusterNodePoolBodyScalingGroupInstanceChargeType = 'PrePaid' | 'PostPaid';
/** Every value of {@link ModifyClusterNodePoolBodyScalingGroupInstanceChargeType}. */
export declare const ModifyClusterNodePoolBodyScalingGroupInstanceChargeTypeValues: readonly ["PrePaid", "PostPaid"];
/**
 * Billing of the public IPs of the nodes (`PayByBandwidth` or `PayByTraffic`).
 *
 * Known values are listed; the service may accept others.
 * @example "PayByTraffic"
 */
export type ModifyClusterNodePoolBodyScalingGroupInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupInternetChargeType}. */
export declare const ModifyClusterNodePoolBodyScalingGroupInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
/**
 * How instances are spread over the zones of the vSwitches.
 *
 * - `PRIORITY`: vSwitches in the order listed; the next one when a zone has no stock.
 * - `COST_OPTIMIZED`: cheapest vCPU price first (preemptible first, when configured).
 * - `BALANCE`: evenly across zones.
 *
 * Known values are listed; the service may accept others.
 * @example "BALANCE"
 */
export type ModifyClusterNodePoolBodyScalingGroupMultiAzPolicy = 'PRIORITY' | 'COST_OPTIMIZED' | 'BALANCE' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupMultiAzPolicy}. */
export declare const ModifyClusterNodePoolBodyScalingGroupMultiAzPolicyValues: readonly ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
/**
 * Unit of `period` and `auto_renew_period`. Only `Month` is documented for this operation.
 *
 * Known values are listed; the service may accept others.
 * @example "Month"
 */
export type ModifyClusterNodePoolBodyScalingGroupPeriodUnit = 'Month' | 'Week' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupPeriodUnit}. */
export declare const ModifyClusterNodePoolBodyScalingGroupPeriodUnitValues: readonly ["Month", "Week"];
/**
 * Operating system distribution. Deprecated; use `image_type`.
 *
 * Known values are listed; the service may accept others.
 * @example "AliyunLinux"
 * @deprecated
 */
export type ModifyClusterNodePoolBodyScalingGroupPlatform = 'AliyunLinux' | 'CentOS' | 'Windows' | 'WindowsCore' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupPlatform}. */
export declare const ModifyClusterNodePoolBodyScalingGroupPlatformValues: readonly ["AliyunLinux", "CentOS", "Windows", "WindowsCore"];
/** Which private capacity pool (from an elasticity assurance or capacity reservation) new instances use. */
export interface ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions {
    /**
     * ID of the private pool. Needed when `match_criteria` is `Target`.
     * @example "eap-bp67acfmxazb4****"
     */
    id?: string;
    /**
     * How a private pool is chosen.
     *
     * - `Open`: any open private pool that matches is used; public capacity otherwise.
     * - `Target`: only the pool named by `id`; the launch fails when it has no capacity.
     * - `None`: private pools are not used.
     * @example "Open"
     */
    match_criteria?: ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptionsMatchCriteria;
}
/**
 * How a private pool is chosen.
 *
 * - `Open`: any open private pool that matches is used; public capacity otherwise.
 * - `Target`: only the pool named by `id`; the launch fails when it has no capacity.
 * - `None`: private pools are not used.
 *
 * Known values are listed; the service may accept others.
 * @example "Open"
 */
export type ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptionsMatchCriteria = 'Open' | 'Target' | 'None' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptionsMatchCriteria}. */
export declare const ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptionsMatchCriteriaValues: readonly ["Open", "Target", "None"];
/** Which capacity (private pools or public) new instances are drawn from. */
export interface ModifyClusterNodePoolBodyScalingGroupResourcePoolOptions {
    /**
     * Where capacity comes from.
     *
     * - `PrivatePoolFirst`: the private pools in `private_pool_ids` first, public capacity otherwise.
     * - `PrivatePoolOnly`: only those private pools.
     * - `None`: public capacity only.
     * @example "PrivatePoolFirst"
     */
    strategy?: ModifyClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategy;
    /** IDs of the private pools to use. */
    private_pool_ids?: string[];
}
/**
 * Where capacity comes from.
 *
 * - `PrivatePoolFirst`: the private pools in `private_pool_ids` first, public capacity otherwise.
 * - `PrivatePoolOnly`: only those private pools.
 * - `None`: public capacity only.
 *
 * No other value is accepted.
 * @example "PrivatePoolFirst"
 */
export type ModifyClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategy = 'PrivatePoolFirst' | 'PrivatePoolOnly' | 'None';
/** Every value of {@link ModifyClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategy}. */
export declare const ModifyClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues: readonly ["PrivatePoolFirst", "PrivatePoolOnly", "None"];
/**
 * Scaling mode.
 *
 * - `release`: instances are created on scale-out and released on scale-in.
 * - `recycle`: instances are stopped on scale-in and started again on scale-out.
 *
 * Known values are listed; the service may accept others.
 * @example "release"
 */
export type ModifyClusterNodePoolBodyScalingGroupScalingPolicy = 'release' | 'recycle' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupScalingPolicy}. */
export declare const ModifyClusterNodePoolBodyScalingGroupScalingPolicyValues: readonly ["release", "recycle"];
/** The highest hourly price to bid for one preemptible instance of a given type. */
export interface ModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem {
    /**
     * Instance type the limit applies to.
     * @example "ecs.c6.large"
     */
    instance_type?: string;
    /**
     * Highest price per instance per hour, as a decimal string (currency of the account's site).
     * @example "0.39"
     */
    price_limit?: string;
}
/**
 * Whether, and how, preemptible instances are used.
 *
 * - `NoSpot`: regular instances.
 * - `SpotWithPriceLimit`: preemptible, with the price caps of `spot_price_limit`.
 * - `SpotAsPriceGo`: preemptible, at the market price.
 *
 * Known values are listed; the service may accept others.
 * @example "SpotWithPriceLimit"
 */
export type ModifyClusterNodePoolBodyScalingGroupSpotStrategy = 'NoSpot' | 'SpotWithPriceLimit' | 'SpotAsPriceGo' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupSpotStrategy}. */
export declare const ModifyClusterNodePoolBodyScalingGroupSpotStrategyValues: readonly ["NoSpot", "SpotWithPriceLimit", "SpotAsPriceGo"];
/**
 * Known values are listed; the service may accept others.
 * @example "cloud_essd"
 */
export type ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoriesItem = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoriesItem}. */
export declare const ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoriesItemValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/**
 * Category of the system disk.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_essd"
 */
export type ModifyClusterNodePoolBodyScalingGroupSystemDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupSystemDiskCategory}. */
export declare const ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/**
 * Encryption algorithm of the system disk. Known value `aes-256`.
 *
 * Known values are listed; the service may accept others.
 * @example "aes-256"
 */
export type ModifyClusterNodePoolBodyScalingGroupSystemDiskEncryptAlgorithm = 'aes-256' | (string & {});
/** The known values of {@link ModifyClusterNodePoolBodyScalingGroupSystemDiskEncryptAlgorithm}. */
export declare const ModifyClusterNodePoolBodyScalingGroupSystemDiskEncryptAlgorithmValues: readonly ["aes-256"];
/** Confidential computing settings. */
export interface ModifyClusterNodePoolBodyTeeConfig {
    /**
     * Whether the node pool is a confidential computing (TEE) node pool.
     * @example true
     */
    tee_enable?: boolean;
}
/**
 * Result of a change request.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface ModifyClusterNodePoolResponse {
    /**
     * ID of the task that applies the change.
     * @example "T-5fd211e924e1d00787000293"
     */
    task_id?: string;
    /**
     * ID of the changed node pool.
     * @example "np737c3ac1ac684703b9e10673aa2c****"
     */
    nodepool_id?: string;
    /**
     * ID of the request.
     * @example "687C5BAA-D103-4993-884B-C35E4314****"
     */
    request_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ModifyClusterResponse {
    /** @example "cb95aa626a47740afbf6aa09****" */
    cluster_id?: string;
    /** @example "687C5BAA-D103-4993-884B-C35E4314****" */
    request_id?: string;
    /** @example "T-5a54309c80282e39ea00****" */
    task_id?: string;
}
export type ModifyClusterTagsBody = Tag[];
export type ModifyClusterTagsResponse = {
    [key: string]: unknown;
};
export interface ModifyNodePoolNodeConfigBody {
    /** kubelet settings to apply. */
    kubelet_config?: KubeletConfig;
    /** How the change rolls through the nodes. */
    rolling_policy?: ModifyNodePoolNodeConfigBodyRollingPolicy;
    /** Operating system settings of the nodes. */
    os_config?: ModifyNodePoolNodeConfigBodyOsConfig;
    /** containerd settings to apply. */
    containerd_config?: ContainerdConfig;
}
/** Operating system settings of the nodes. */
export interface ModifyNodePoolNodeConfigBodyOsConfig {
    /** Kernel parameters to set, as a map of sysctl name to value. */
    sysctl?: {
        [key: string]: unknown;
    };
    /** Transparent huge page settings. */
    hugepage?: Hugepage;
}
/** How the change rolls through the nodes. */
export interface ModifyNodePoolNodeConfigBodyRollingPolicy {
    /** Maximum number of nodes updated at the same time. */
    max_parallelism?: number;
}
/** Unknown properties returned by the service are kept as received. */
export interface ModifyNodePoolNodeConfigResponse {
    /** @example "D7631D83-6E98-1949-B665-766A62****" */
    request_id?: string;
    /** @example "T-5fd211e924e1d00787****" */
    task_id?: string;
    /** @example "np737c3ac1ac684703b9e10673aa2c****" */
    nodepool_id?: string;
}
export interface ModifyPolicyInstanceBody {
    /** What happens to a request that breaks the rule, `deny` (reject it) or `warn` (allow it and raise an alert). */
    action?: string;
    /** Name of the policy instance to change. */
    instance_name?: string;
    /** Namespaces the instance applies to; all namespaces when empty. */
    namespaces?: string[];
    /** Parameters of the rule, as the rule defines them (see DescribePolicyDetails). */
    parameters?: {
        [key: string]: unknown;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface ModifyPolicyInstanceResponse {
    instances?: string[];
}
export interface NodePool {
    auto_scaling?: NodePoolAutoScaling;
    kubernetes_config?: NodePoolKubernetesConfig;
    nodepool_info?: NodePoolNodePoolInfo;
    scaling_group?: NodePoolScalingGroup;
    tee_config?: NodePoolTeeConfig;
    management?: NodePoolManagement;
    /** @deprecated */
    count?: number;
    interconnect_mode?: string;
    /** @deprecated */
    interconnect_config?: NodePoolInterconnectConfig;
    max_nodes?: number;
    node_config?: NodePoolNodeConfig;
    node_components?: NodePoolNodeComponentsItem[];
}
export interface NodePoolAutoScaling {
    enable: boolean;
    max_instances: number;
    min_instances: number;
    type?: string;
    /** @deprecated */
    is_bond_eip?: boolean;
    /** @deprecated */
    eip_internet_charge_type?: string;
    /** @deprecated */
    eip_bandwidth?: number;
}
/** @deprecated */
export interface NodePoolInterconnectConfig {
    /** @deprecated */
    cen_id?: string;
    /** @deprecated */
    ccn_id?: string;
    /** @deprecated */
    ccn_region_id?: string;
    /** @deprecated */
    bandwidth?: number;
    /** @deprecated */
    improved_period?: string;
}
export interface NodePoolKubernetesConfig {
    cms_enabled?: boolean;
    cpu_policy?: string;
    labels?: Tag[];
    runtime: string;
    runtime_version: string;
    taints?: Taint[];
    user_data?: string;
    node_name_mode?: string;
}
export interface NodePoolManagement {
    enable?: boolean;
    auto_repair?: boolean;
    /** @deprecated */
    upgrade_config?: NodePoolManagementUpgradeConfig;
    auto_repair_policy?: NodePoolManagementAutoRepairPolicy;
    auto_vul_fix?: boolean;
    auto_vul_fix_policy?: NodePoolManagementAutoVulFixPolicy;
    auto_upgrade?: boolean;
    auto_upgrade_policy?: NodePoolManagementAutoUpgradePolicy;
}
export interface NodePoolManagementAutoRepairPolicy {
    restart_node?: boolean;
}
export interface NodePoolManagementAutoUpgradePolicy {
    auto_upgrade_kubelet?: boolean;
}
export interface NodePoolManagementAutoVulFixPolicy {
    restart_node?: boolean;
    vul_level?: string;
}
/** @deprecated */
export interface NodePoolManagementUpgradeConfig {
    auto_upgrade?: boolean;
    surge?: number;
    surge_percentage?: number;
    max_unavailable?: number;
}
export interface NodePoolNodeComponentsItem {
    name?: string;
    version?: string;
    config?: NodePoolNodeComponentsItemConfig;
}
export interface NodePoolNodeComponentsItemConfig {
    custom_config?: {
        [key: string]: string;
    };
}
export interface NodePoolNodeConfig {
    kubelet_configuration?: KubeletConfig;
}
export interface NodePoolNodePoolInfo {
    name: string;
    resource_group_id?: string;
    type?: string;
}
export interface NodePoolScalingGroup {
    auto_renew?: boolean;
    auto_renew_period?: number;
    data_disks?: DataDisk[];
    image_id?: string;
    instance_charge_type: string;
    instance_types: string[];
    key_pair?: string;
    login_password?: string;
    login_as_non_root?: boolean;
    period?: number;
    period_unit?: string;
    /** @deprecated */
    platform?: string;
    rds_instances?: string[];
    spot_strategy?: string;
    spot_price_limit?: NodePoolScalingGroupSpotPriceLimitItem[];
    scaling_policy?: string;
    security_group_id?: string;
    security_group_ids?: string[];
    system_disk_category?: string;
    system_disk_categories?: string[];
    system_disk_size?: number;
    system_disk_performance_level?: string;
    system_disk_encrypted?: boolean;
    system_disk_kms_key_id?: string;
    system_disk_encrypt_algorithm?: string;
    system_disk_provisioned_iops?: number;
    system_disk_bursting_enabled?: boolean;
    tags?: NodePoolScalingGroupTagsItem[];
    vswitch_ids: string[];
    multi_az_policy?: string;
    on_demand_base_capacity?: number;
    on_demand_percentage_above_base_capacity?: number;
    spot_instance_pools?: number;
    spot_instance_remedy?: boolean;
    compensate_with_on_demand?: boolean;
    internet_charge_type?: string;
    internet_max_bandwidth_out?: number;
    image_type?: string;
    deploymentset_id?: string;
    desired_size?: number;
    private_pool_options?: NodePoolScalingGroupPrivatePoolOptions;
    ram_role_name?: string;
    instance_metadata_options?: InstanceMetadataOptions;
    resource_pool_options?: NodePoolScalingGroupResourcePoolOptions;
}
export interface NodePoolScalingGroupPrivatePoolOptions {
    id?: string;
    match_criteria?: string;
}
export interface NodePoolScalingGroupResourcePoolOptions {
    strategy?: NodePoolScalingGroupResourcePoolOptionsStrategy;
    private_pool_ids?: string[];
}
/** No other value is accepted. */
export type NodePoolScalingGroupResourcePoolOptionsStrategy = 'PrivatePoolFirst' | 'PrivatePoolOnly' | 'None';
/** Every value of {@link NodePoolScalingGroupResourcePoolOptionsStrategy}. */
export declare const NodePoolScalingGroupResourcePoolOptionsStrategyValues: readonly ["PrivatePoolFirst", "PrivatePoolOnly", "None"];
export interface NodePoolScalingGroupSpotPriceLimitItem {
    instance_type?: string;
    price_limit?: string;
}
export interface NodePoolScalingGroupTagsItem {
    key?: string;
    value?: string;
}
export interface NodePoolTeeConfig {
    tee_enable: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface OpenAckServiceResponse {
    /** @example "20758A-585D-4A41-A9B2-28DA8F4F534F" */
    request_id?: string;
    /** @example "2067*******0374" */
    order_id?: string;
}
export type PauseClusterUpgradeResponse = {
    [key: string]: unknown;
};
export type PauseComponentUpgradeResponse = {
    [key: string]: unknown;
};
export type PauseTaskResponse = {
    [key: string]: unknown;
};
/** Unknown properties returned by the service are kept as received. */
export interface RemoveNodePoolNodesResponse {
    /** @example "A9891419-D125-4D89-AFCA-68846675E2F7" */
    request_id?: string;
    /** @example "T-62a944794ee141074400****" */
    task_id?: string;
}
export type RemoveWorkflowResponse = {
    [key: string]: unknown;
};
export interface RepairClusterNodePoolBody {
    /** Names of the nodes to repair; all nodes of the pool when omitted. */
    nodes?: string[];
    /**
     * Whether instances may be restarted during the repair.
     * @deprecated
     */
    auto_restart?: boolean;
    /** Repair operations to run; all of them when omitted, which suits most cases. */
    operations?: RepairClusterNodePoolBodyOperationsItem[];
}
export interface RepairClusterNodePoolBodyOperationsItem {
    /** ID of the repair operation. */
    operation_id?: string;
    /** Arguments of the repair operation. */
    args?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface RepairClusterNodePoolResponse {
    /** @example "db82195b-75a8-40e5-9be4-16f1829dc624" */
    request_id?: string;
    /** @example "T-613b19bbd160ad4928000001" */
    task_id?: string;
}
export type ResumeComponentUpgradeResponse = {
    [key: string]: unknown;
};
/** Unknown properties returned by the service are kept as received. */
export interface ResumeTaskResponse {
    requestId?: string;
}
export type ResumeUpgradeClusterResponse = {
    [key: string]: unknown;
};
export type RevokeK8sClusterKubeConfigResponse = {
    [key: string]: unknown;
};
export interface RunClusterCheckBody {
    /** Kind of check, such as `ClusterUpgrade`. */
    type: string;
    /** Object to check, such as a node pool ID, when the check type needs one. */
    target?: string;
    /** Options of the check, as string key/value pairs. */
    options?: {
        [key: string]: string;
    };
}
/** Unknown properties returned by the service are kept as received. */
export interface RunClusterCheckResponse {
    /** @example "F04DF81D-5C12-1524-B36A-86E02526****" */
    request_id?: string;
    /** @example "1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto" */
    check_id?: string;
}
export interface RunClusterInspectBody {
    /** Client-chosen token that makes the request idempotent. */
    clientToken?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface RunClusterInspectResponse {
    reportId?: string;
    requestId?: string;
    taskId?: string;
}
export interface Runtime {
    /** Container runtime, such as `containerd`. */
    name?: string;
    /** Version of the container runtime. */
    version?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface RuntimeOutput {
    name?: string;
    version?: string;
}
/** The size of the scale-out. */
export interface ScaleClusterNodePoolBody {
    /**
     * Number of nodes to add, from 1 to 500 per call. The cluster's node quota may allow fewer.
     * @example 2
     */
    count?: number;
}
/**
 * Result of a scale-out request.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface ScaleClusterNodePoolResponse {
    /**
     * ID of the task that adds the nodes.
     * @example "T-5faa48fb31b6b8078d00****"
     */
    task_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface ScanClusterVulsResponse {
    /** @example "687C5BAA-D103-4993-884B-C35E4314A1E1" */
    request_id?: string;
    /** @example "T-xascadasd*****" */
    task_id?: string;
}
export interface StartAlertBody {
    /** Name of the alert rule group to enable. */
    alert_rule_group_name?: string;
    /** Name of a single rule in that group; the whole group when omitted. */
    alert_rule_name?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface StartAlertResponse {
    /** @example true */
    status?: boolean;
    /** @example "success" */
    msg?: string;
}
export interface StartWorkflowBody {
    /**
     * Kind of workflow, `wgs` or `mapping`.
     * @example "mapping"
     */
    workflow_type: string;
    /**
     * Service level, `s` (silver), `g` (gold) or `p` (platinum); higher levels process faster.
     * @example "s"
     */
    service?: string;
    /**
     * Region of the OSS bucket with the mapping input.
     * @example "cn-hangzhou"
     */
    mapping_oss_region?: string;
    /**
     * Name of the first FASTQ file of the mapping input.
     * @example "MGISEQ2000_PCR-free_NA12878_1_V100003043_L01_1.fq.gz"
     */
    mapping_fastq_first_filename?: string;
    /**
     * Name of the second FASTQ file of the mapping input.
     * @example "MGISEQ2000_PCR-free_NA12878_1_V100003043_L01_2.fq.gz"
     */
    mapping_fastq_second_filename?: string;
    /**
     * Name of the OSS bucket for the mapping workflow.
     * @example "gene-shenzhen"
     */
    mapping_bucket_name?: string;
    /**
     * Path of the mapping FASTQ files in the bucket.
     * @example "fastq/MGISEQ2000"
     */
    mapping_fastq_path?: string;
    /**
     * Path of the reference genome for mapping.
     * @example "reference/hg19"
     */
    mapping_reference_path?: string;
    /**
     * Whether duplicate reads are marked.
     * @example "true"
     */
    mapping_is_mark_dup?: string;
    /**
     * Path that receives the BAM output.
     * @example "output/bamDirName"
     */
    mapping_bam_out_path?: string;
    /**
     * Name of the BAM output file.
     * @example "abc.bam"
     */
    mapping_bam_out_filename?: string;
    /**
     * Region of the OSS bucket with the WGS input.
     * @example "cn-shenzhen"
     */
    wgs_oss_region?: string;
    /**
     * Name of the first FASTQ file of the WGS input.
     * @example "MGISEQ2000_PCR-free_NA12878_1_V100003043_L01_1.fq.gz"
     */
    wgs_fastq_first_filename?: string;
    /**
     * Name of the second FASTQ file of the WGS input.
     * @example "MGISEQ2000_PCR-free_NA12878_1_V100003043_L01_2.fq.gz"
     */
    wgs_fastq_second_filename?: string;
    /**
     * Name of the OSS bucket for the WGS workflow.
     * @example "gene-shenzhen"
     */
    wgs_bucket_name?: string;
    /**
     * Path of the WGS FASTQ files in the bucket.
     * @example "fastq/MGISEQ2000"
     */
    wgs_fastq_path?: string;
    /**
     * Path of the reference genome for WGS.
     * @example "reference/hg19"
     */
    wgs_reference_path?: string;
    /**
     * Path that receives the VCF output.
     * @example "output/vcf"
     */
    wgs_vcf_out_path?: string;
    /**
     * Name of the VCF output file.
     * @example "abc.vcf"
     */
    wgs_vcf_out_filename?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface StartWorkflowResponse {
    /** @example "mapping-gpu-66xv7" */
    JobName?: string;
}
export interface StopAlertBody {
    /** Name of the alert rule group to disable. */
    alert_rule_group_name?: string;
    /** Name of a single rule in that group; the whole group when omitted. */
    alert_rule_name?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface StopAlertResponse {
    status?: boolean;
    /** @example "Success" */
    msg?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface SyncClusterNodePoolResponse {
    /** @example "2D69A58F-345C-4FDE-88E4-BF51894XXXXX" */
    RequestId?: string;
}
/** A key/value pair. Used both for Kubernetes labels on the nodes and for tags on the ECS instances behind them. */
export interface Tag {
    /**
     * Tag (or label) key.
     * @example "disk_type"
     */
    key?: string;
    /**
     * Tag (or label) value.
     * @example "ssd"
     */
    value?: string;
}
/**
 * A key/value pair (an ECS tag or a Kubernetes label), as the service reports it.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface TagOutput {
    /**
     * Tag (or label) key.
     * @example "env"
     */
    key?: string;
    /**
     * Tag (or label) value.
     * @example "prod"
     */
    value?: string;
}
export interface TagResourcesBody {
    /** IDs of the clusters to tag (1 to 50). */
    resource_ids: string[];
    /** Kind of resource; only `CLUSTER` is supported. */
    resource_type: string;
    /** ID of the region the clusters are in. */
    region_id: string;
    /** Tags to add (1 to 20). Keys and values must not start with `aliyun` or `acs:`. */
    tags: Tag[];
}
/** Unknown properties returned by the service are kept as received. */
export interface TagResourcesResponse {
    /** @example "2D69A58F-345C-4FDE-88E4-BF51894XXXXX" */
    RequestId?: string;
}
/** A Kubernetes taint put on every node of the pool. Pods that do not tolerate it are kept off the nodes (or evicted, depending on `effect`). */
export interface Taint {
    /**
     * Taint key.
     * @example "k-1"
     */
    key?: string;
    /**
     * Taint value.
     * @example "v-1"
     */
    value?: string;
    /**
     * What happens to pods that do not tolerate the taint.
     *
     * - `NoSchedule`: new pods are not scheduled onto the node; pods already running stay.
     * - `NoExecute`: new pods are not scheduled and running pods that do not tolerate the taint are evicted.
     * - `PreferNoSchedule`: the scheduler tries to avoid the node but may still use it.
     *
     * Default: `NoSchedule`.
     * @example "NoSchedule"
     * @defaultValue "NoSchedule"
     */
    effect?: TaintEffect;
}
/**
 * What happens to pods that do not tolerate the taint.
 *
 * - `NoSchedule`: new pods are not scheduled onto the node; pods already running stay.
 * - `NoExecute`: new pods are not scheduled and running pods that do not tolerate the taint are evicted.
 * - `PreferNoSchedule`: the scheduler tries to avoid the node but may still use it.
 *
 * Default: `NoSchedule`.
 *
 * No other value is accepted.
 * @example "NoSchedule"
 * @defaultValue "NoSchedule"
 */
export type TaintEffect = 'NoSchedule' | 'NoExecute' | 'PreferNoSchedule';
/** Every value of {@link TaintEffect}. */
export declare const TaintEffectValues: readonly ["NoSchedule", "NoExecute", "PreferNoSchedule"];
/**
 * A Kubernetes taint of the nodes of the pool, as the service reports it.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface TaintOutput {
    /**
     * Taint key.
     * @example "dedicated"
     */
    key?: string;
    /**
     * Taint value.
     * @example "gpu"
     */
    value?: string;
    /**
     * Effect on pods that do not tolerate the taint.
     * @example "NoSchedule"
     */
    effect?: TaintOutputEffect;
}
/**
 * Effect on pods that do not tolerate the taint.
 *
 * Known values are listed; the service may accept others.
 * @example "NoSchedule"
 */
export type TaintOutputEffect = 'NoSchedule' | 'NoExecute' | 'PreferNoSchedule' | (string & {});
/** The known values of {@link TaintOutputEffect}. */
export declare const TaintOutputEffectValues: readonly ["NoSchedule", "NoExecute", "PreferNoSchedule"];
export type UnInstallClusterAddonsBody = UnInstallClusterAddonsBodyItem[];
export interface UnInstallClusterAddonsBodyItem {
    /** Name of the add-on. */
    name?: string;
    /** Whether cloud resources created by the add-on are deleted as well. */
    cleanup_cloud_resources?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface UnInstallClusterAddonsResponse {
    cluster_id?: string;
    request_id?: string;
    task_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface UntagResourcesResponse {
    /** @example "2D69A58F-345C-4FDE-88E4-BF51894XXXXX" */
    RequestId?: string;
}
export interface UpdateClusterAuditLogConfigBody {
    /** Simple Log Service project that receives the audit logs, `k8s-log-{ClusterId}` by default. Sending it on a cluster that already logs moves the logs to another project (managed clusters only). */
    sls_project_name?: string;
    /** `true` turns audit logging off; `false` turns it on or updates its settings. */
    disable?: boolean;
}
/** Unknown properties returned by the service are kept as received. */
export interface UpdateClusterAuditLogConfigResponse {
    cluster_id?: string;
    request_id?: string;
    task_id?: string;
}
export interface UpdateClusterInspectConfigBody {
    /** Whether scheduled inspection is on. */
    enabled?: boolean;
    /** When inspections run, as a recurrence rule such as `FREQ=DAILY;BYHOUR=10;BYMINUTE=15`. */
    scheduleTime?: string;
    /** Inspection items to skip. */
    disabledCheckItems?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface UpdateClusterInspectConfigResponse {
    requestId?: string;
}
export interface UpdateContactGroupForAlertBody {
    /** Name of the alert rule group. */
    alert_rule_group_name?: string;
    /** IDs of the contact groups to notify. */
    contact_group_ids?: number[];
    /** Name of the Kubernetes custom resource that holds the alert rules. */
    cr_name?: string;
    /** Namespace of that resource. */
    namespace?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface UpdateContactGroupForAlertResponse {
    msg?: string;
    status?: boolean;
}
export interface UpdateControlPlaneLogBody {
    /** Simple Log Service project that stores the logs. Default `k8s-log-{ClusterId}`. */
    log_project?: string;
    /** Retention of the logs, in days (1 to 3000). Default 30. */
    log_ttl?: string;
    /** ID of the Alibaba Cloud account that owns the log project. */
    aliuid?: string;
    /** Components whose logs are collected, such as `apiserver`, `kcm`, `scheduler`, `ccm` and `controlplane-events`; some components exist only in particular cluster kinds. */
    components?: string[];
}
/** Unknown properties returned by the service are kept as received. */
export interface UpdateControlPlaneLogResponse {
    /** @example "cb95aa626a47740afbf6aa099b650****" */
    cluster_id?: string;
    /** @example "687C5BAA-D103-4993-884B-C35E4314****" */
    request_id?: string;
    /** @example "T-5a54309c80282e39ea00****" */
    task_id?: string;
}
export interface UpdateK8sClusterUserConfigExpireBody {
    /** Validity, in hours, from 1 to 876000 (100 years). */
    expire_hour: number;
    /** ID of the RAM user or RAM role. */
    user: string;
}
export type UpdateK8sClusterUserConfigExpireResponse = {
    [key: string]: unknown;
};
export interface UpdateResourcesDeleteProtectionBody {
    /** Namespace of the Services; not used for namespaces. */
    namespace?: string;
    /** Kind of resource, `namespaces` or `services`. */
    resource_type: UpdateResourcesDeleteProtectionBodyResourceType;
    /** Names of the resources. */
    resources?: string[];
    /** `true` turns deletion protection on, `false` turns it off. */
    enable?: boolean;
}
/**
 * Kind of resource, `namespaces` or `services`.
 *
 * No other value is accepted.
 */
export type UpdateResourcesDeleteProtectionBodyResourceType = 'services' | 'namespaces';
/** Every value of {@link UpdateResourcesDeleteProtectionBodyResourceType}. */
export declare const UpdateResourcesDeleteProtectionBodyResourceTypeValues: readonly ["services", "namespaces"];
/** Unknown properties returned by the service are kept as received. */
export interface UpdateResourcesDeleteProtectionResponse {
    /** @example "0527ac9a-c899-4341-a21a-xxxxxxxxx" */
    requestId?: string;
    /** @example "default" */
    namespace?: string;
    resource_type?: string;
    resources?: string[];
    protection?: string;
}
export interface UpdateTemplateBody {
    /** Description of the template. */
    description?: string;
    /** Name of the template. */
    name?: string;
    /** Labels of the template. */
    tags?: string;
    /** The template content, as Kubernetes YAML. */
    template?: string;
    /** Free-form type of the template; `kubernetes` templates are shown on the console's template page. */
    template_type?: string;
}
export type UpdateTemplateResponse = {
    [key: string]: unknown;
};
export type UpdateUserPermissionsBody = UpdateUserPermissionsBodyItem[];
export interface UpdateUserPermissionsBodyItem {
    /** ID of the cluster; an empty string when `role_type` is `all-clusters`. */
    cluster?: string;
    /** Whether `role_name` names a custom ClusterRole rather than a predefined role. */
    is_custom?: boolean;
    /** Predefined role, `admin`, `ops`, `dev` or `restricted`, or the name of a custom ClusterRole. */
    role_name?: string;
    /** Scope of the permission, `cluster`, `namespace` or `all-clusters`. */
    role_type?: string;
    /** Namespace the permission applies to; empty for cluster-wide permissions. */
    namespace?: string;
    /** Whether the grantee is a RAM role rather than a RAM user. */
    is_ram_role?: boolean;
}
/** No other value is accepted. */
export type UpdateUserPermissionsMode = 'delete' | 'patch' | 'apply';
/** Every value of {@link UpdateUserPermissionsMode}. */
export declare const UpdateUserPermissionsModeValues: readonly ["delete", "patch", "apply"];
export type UpdateUserPermissionsResponse = {
    [key: string]: unknown;
};
export type UpgradeClusterAddonsBody = UpgradeClusterAddonsBodyItem[];
export interface UpgradeClusterAddonsBodyItem {
    /** Name of the add-on. */
    component_name: string;
    /** Version to upgrade to. */
    next_version: string;
    /** Version installed now. */
    version?: string;
    /** Custom parameters of the add-on, as a JSON string. */
    config?: string;
    /** How the upgrade is applied, `overwrite` or `canary`. */
    policy?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface UpgradeClusterAddonsResponse {
    cluster_id?: string;
    request_id?: string;
    task_id?: string;
}
export interface UpgradeClusterBody {
    /**
     * Former field; no longer needed.
     * @deprecated
     */
    component_name?: string;
    /** Kubernetes version to upgrade to. */
    next_version?: string;
    /**
     * Former field for the current version; no longer needed.
     * @deprecated
     */
    version?: string;
    /** When `true`, only the control plane is upgraded (upgrade node pools later with UpgradeClusterNodepool); when `false`, the nodes are upgraded too. */
    master_only?: boolean;
    /**
     * Former batch settings for upgrading nodes with the cluster. Deprecated.
     * @deprecated
     */
    rolling_policy?: UpgradeClusterBodyRollingPolicy;
}
/**
 * Former batch settings for upgrading nodes with the cluster. Deprecated.
 * @deprecated
 */
export interface UpgradeClusterBodyRollingPolicy {
    /**
     * Maximum number of nodes upgraded at the same time. Deprecated.
     * @deprecated
     */
    max_parallelism?: number;
}
export interface UpgradeClusterNodepoolBody {
    /** ID of the OS image to move the nodes to. */
    image_id?: string;
    /** Container runtime version to upgrade to; DescribeKubernetesVersionMetadata lists the choices. */
    runtime_version?: string;
    /** Kubernetes (kubelet) version to upgrade to, usually the control plane's version. */
    kubernetes_version?: string;
    /** Container runtime to use, such as `containerd`. */
    runtime_type?: string;
    /** Whether nodes are upgraded by replacing their system disk. Default `false`. */
    use_replace?: boolean;
    /** How the upgrade proceeds in batches. */
    rolling_policy?: UpgradeClusterNodepoolBodyRollingPolicy;
    /** Names of the nodes to upgrade; all nodes of the pool when omitted. */
    node_names?: string[];
}
/** How the upgrade proceeds in batches. */
export interface UpgradeClusterNodepoolBodyRollingPolicy {
    /** When the upgrade pauses, `FirstBatch` (after the first batch), `EveryBatch` or `NotPause`. */
    pause_policy?: UpgradeClusterNodepoolBodyRollingPolicyPausePolicy;
    /** Minutes between batches, 5 to 120; used only with `NotPause`. */
    batch_interval?: number;
    /** Maximum number of nodes upgraded at the same time. */
    max_parallelism?: number;
}
/**
 * When the upgrade pauses, `FirstBatch` (after the first batch), `EveryBatch` or `NotPause`.
 *
 * No other value is accepted.
 */
export type UpgradeClusterNodepoolBodyRollingPolicyPausePolicy = 'FirstBatch' | 'EveryBatch' | 'NotPause';
/** Every value of {@link UpgradeClusterNodepoolBodyRollingPolicyPausePolicy}. */
export declare const UpgradeClusterNodepoolBodyRollingPolicyPausePolicyValues: readonly ["FirstBatch", "EveryBatch", "NotPause"];
/** Unknown properties returned by the service are kept as received. */
export interface UpgradeClusterNodepoolResponse {
    /** @example "2D69A58F-345C-4FDE-88E4-BF518944****" */
    RequestId?: string;
    /** @example "T-5fd211e924e1d0078700****" */
    task_id?: string;
}
/** Unknown properties returned by the service are kept as received. */
export interface UpgradeClusterResponse {
    /** @example "c82e6987e2961451182edacd74faf****" */
    cluster_id?: string;
    /** @example "T-5faa48fb31b6b8078d00****" */
    task_id?: string;
    /** @example "0527ac9a-c899-4341-a21a-****" */
    request_id?: string;
}
