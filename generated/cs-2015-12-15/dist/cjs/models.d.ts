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
/** The body of a successful DescribeClusterNodePoolDetail response. */
export type DescribeClusterNodePoolDetailResponse = NodePool;
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
/** Auto scaling of the node pool. The other fields only take effect when `enable` is `true`. `min_instances` must not exceed `max_instances`. */
export interface AutoScaling {
    /**
     * Whether the node pool scales automatically. Default: `false`.
     * @example true
     * @defaultValue false
     */
    enable?: boolean;
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
     * Kind of instances added on scale-out. Known values: `cpu` (regular instances), `gpu` (GPU instances), `gpushare` (shared-GPU instances), `spot` (preemptible instances). Default: `cpu`. Cannot be changed after the pool is created.
     * @example "cpu"
     * @defaultValue "cpu"
     */
    type?: AutoScalingType;
}
/**
 * Kind of instances added on scale-out. Known values: `cpu` (regular instances), `gpu` (GPU instances), `gpushare` (shared-GPU instances), `spot` (preemptible instances). Default: `cpu`. Cannot be changed after the pool is created.
 *
 * Known values are listed; the service may accept others.
 * @example "cpu"
 * @defaultValue "cpu"
 */
export type AutoScalingType = 'cpu' | 'gpu' | 'gpushare' | 'spot' | (string & {});
/** The known values of {@link AutoScalingType}. */
export declare const AutoScalingTypeValues: readonly ["cpu", "gpu", "gpushare", "spot"];
/** The configuration of the node pool to create. */
export interface CreateClusterNodePoolBody {
    /** Name and resource group of the node pool. */
    nodepool_info?: NodepoolInfo;
    /**
     * How the nodes of the pool are created: network placement, instance types, disks, image, login credentials and billing.
     *
     * Rules checked before sending:
     *
     * - Either `key_pair` or `login_password` must be set.
     * - With `instance_charge_type` set to `PrePaid`, `period`, `period_unit` and `auto_renew` are required, and when `auto_renew` is also `true`, `auto_renew_period` is required too.
     * - `period_unit` defaults to `Month`, so an absent `period_unit` is treated as `Month`: `period` must then be one of 1–9, 12, 24, 36, 48 or 60 and `auto_renew_period` one of 1, 2, 3, 6 or 12. With `Week`, `period` must be 1–4; no list of weekly `auto_renew_period` values is documented, so it is not constrained.
     */
    scaling_group?: ScalingGroup;
    /** Kubernetes-level settings of the nodes of the pool. */
    kubernetes_config?: KubernetesConfig;
    /** Auto scaling of the node pool. The other fields only take effect when `enable` is `true`. `min_instances` must not exceed `max_instances`. */
    auto_scaling?: AutoScaling;
    /** Confidential computing settings. */
    tee_config?: TeeConfig;
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
     * Whether the disk is encrypted. Note that the API takes this flag as a string, not a boolean: send `"true"` to encrypt the disk or `"false"` to leave it unencrypted. Default: `"false"`.
     * @example "false"
     * @defaultValue "false"
     */
    encrypted?: DataDiskEncrypted;
    /**
     * Disk size in GiB, from 40 to 32768. Default: 120.
     * @example 40
     * @defaultValue 120
     */
    size?: number;
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
     * @example "T-655ace947e0e6603af00****"
     */
    task_id?: string;
}
/**
 * The node pools of a cluster.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface DescribeClusterNodePoolsResponse {
    /** One entry per node pool. */
    nodepools?: NodePool[];
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
/** Attributes that select instance types for the pool instead of naming them: the service picks the types that match. */
export interface InstancePattern {
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
export interface InstancePatternOutput {
    /**
     * Number of vCPUs.
     * @example 4
     */
    core?: number;
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
    /**
     * Highest hourly price of a preemptible instance.
     * @example 2
     */
    max_price?: number;
    /** Architectures picked from. */
    architectures?: string[];
    /**
     * Whether burstable instance types are included.
     * @example "Exclude"
     */
    burst_performance_option?: string;
    /** Instance types never picked. */
    excluded_instance_types?: string[];
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
}
/** Kubernetes-level settings of the nodes of the pool. */
export interface KubernetesConfig {
    /**
     * Whether to install the Cloud Monitor agent on the nodes. Default: `false`.
     * @example true
     * @defaultValue false
     */
    cms_enabled?: boolean;
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
    cpu_policy?: KubernetesConfigCpuPolicy;
    /** Kubernetes labels put on every node of the pool. */
    labels?: Tag[];
    /**
     * Container runtime of the nodes. Known values: `containerd`, `docker`, `Sandboxed-Container.runv` (sandboxed containers).
     * @example "docker"
     */
    runtime?: KubernetesConfigRuntime;
    /**
     * Version of the container runtime.
     * @example "19.03.5"
     */
    runtime_version?: string;
    /** Kubernetes taints put on every node of the pool. */
    taints?: Taint[];
    /**
     * Custom user data run on each node, Base64-encoded. The empty string is valid Base64 (it encodes no data).
     * @example "dGhpcyBpcyBhIGV4YW1wbGU="
     */
    user_data?: string;
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
export type KubernetesConfigCpuPolicy = 'static' | 'none';
/** Every value of {@link KubernetesConfigCpuPolicy}. */
export declare const KubernetesConfigCpuPolicyValues: readonly ["static", "none"];
/**
 * Container runtime of the nodes. Known values: `containerd`, `docker`, `Sandboxed-Container.runv` (sandboxed containers).
 *
 * Known values are listed; the service may accept others.
 * @example "docker"
 */
export type KubernetesConfigRuntime = 'containerd' | 'docker' | 'Sandboxed-Container.runv' | (string & {});
/** The known values of {@link KubernetesConfigRuntime}. */
export declare const KubernetesConfigRuntimeValues: readonly ["containerd", "docker", "Sandboxed-Container.runv"];
/** The settings of the node pool to change. Every field is optional; fields left out keep their current value. */
export interface ModifyClusterNodePoolBody {
    /** Name and resource group of the node pool. */
    nodepool_info?: ModifyClusterNodePoolBodyNodepoolInfo;
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
    scaling_group?: ModifyClusterNodePoolScalingGroup;
    /** Kubernetes-level settings of the nodes of the pool. */
    kubernetes_config?: ModifyClusterNodePoolBodyKubernetesConfig;
    /** Confidential computing settings. */
    tee_config?: TeeConfig;
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
export interface ModifyClusterNodePoolBodyNodepoolInfo {
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
     * @example "np31da1b38983f4511b490fc62108a****"
     */
    nodepool_id?: string;
    /**
     * ID of the request.
     * @example "687C5BAA-D103-4993-884B-C35E4314****"
     */
    request_id?: string;
}
/**
 * New settings of the scaling group. They apply to nodes created from now on.
 *
 * Rules checked before sending:
 *
 * - With `instance_charge_type` set to `PrePaid`, `period` is required, and when `auto_renew` is also `true`, `auto_renew_period` is required too.
 */
export interface ModifyClusterNodePoolScalingGroup {
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
    instance_charge_type?: ModifyClusterNodePoolScalingGroupInstanceChargeType;
    /**
     * Subscription term in units of `period_unit`. Required with `PrePaid`. Monthly terms: 1, 2, 3, 6, 12, 24, 36, 48 or 60.
     * @example 1
     */
    period?: number;
    /**
     * Unit of `period` and `auto_renew_period`. Only `Month` is documented for this operation.
     * @example "Month"
     */
    period_unit?: ModifyClusterNodePoolScalingGroupPeriodUnit;
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
    spot_strategy?: ModifyClusterNodePoolScalingGroupSpotStrategy;
    /** Price caps per instance type, for `SpotWithPriceLimit`. */
    spot_price_limit?: SpotPriceLimit[];
    /**
     * Operating system image family of the nodes; the preferred way to choose the OS.
     * @example "AliyunLinux3"
     */
    image_type?: ModifyClusterNodePoolScalingGroupImageType;
    /**
     * ID of a custom image. Default the latest system image.
     * @example "aliyun_2_1903_x64_20G_alibase_20200904.vhd"
     */
    image_id?: string;
    /**
     * Category of the system disk.
     * @example "cloud_essd"
     */
    system_disk_category?: ModifyClusterNodePoolScalingGroupSystemDiskCategory;
    /** Up to 10 system disk categories, tried in order when the preferred one is unavailable. */
    system_disk_categories?: ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItem[];
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
    system_disk_encrypt_algorithm?: ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithm;
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
    /**
     * ID of the automatic snapshot policy of the system disk.
     * @example "sp-2zej1nogjvovnz4z****"
     */
    system_disk_snapshot_policy_id?: string;
    /** Data disks of each node, at most 10. */
    data_disks?: NodePoolDataDisk[];
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
    internet_charge_type?: ModifyClusterNodePoolScalingGroupInternetChargeType;
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
    multi_az_policy?: ModifyClusterNodePoolScalingGroupMultiAzPolicy;
    /**
     * Scaling mode.
     *
     * - `release`: instances are created on scale-out and released on scale-in.
     * - `recycle`: instances are stopped on scale-in and started again on scale-out.
     * @example "release"
     */
    scaling_policy?: ModifyClusterNodePoolScalingGroupScalingPolicy;
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
    private_pool_options?: PrivatePoolOptions;
    /**
     * Operating system distribution. Deprecated; use `image_type`.
     * @example "AliyunLinux"
     * @deprecated
     */
    platform?: ModifyClusterNodePoolScalingGroupPlatform;
    /** Attributes that select instance types, instead of listing them in `instance_types`. */
    instance_patterns?: InstancePattern[];
    /**
     * ID of a deployment set that spreads the nodes over physical servers.
     * @example "ds-bp1d19mmbsv3jf6x****"
     */
    deploymentset_id?: string;
    /** Security groups of the nodes. */
    security_group_ids?: string[];
    /** Which capacity (private pools or public) new instances are drawn from. */
    resource_pool_options?: ModifyClusterNodePoolScalingGroupResourcePoolOptions;
}
/**
 * Operating system image family of the nodes; the preferred way to choose the OS.
 *
 * Known values are listed; the service may accept others.
 * @example "AliyunLinux3"
 */
export type ModifyClusterNodePoolScalingGroupImageType = 'AliyunLinux' | 'AliyunLinuxSecurity' | 'AliyunLinux3' | 'AliyunLinux3Arm64' | 'AliyunLinux3Security' | 'CentOS' | 'Windows' | 'WindowsCore' | 'ContainerOS' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupImageType}. */
export declare const ModifyClusterNodePoolScalingGroupImageTypeValues: readonly ["AliyunLinux", "AliyunLinuxSecurity", "AliyunLinux3", "AliyunLinux3Arm64", "AliyunLinux3Security", "CentOS", "Windows", "WindowsCore", "ContainerOS"];
/**
 * Billing method of the nodes.
 *
 * - `PrePaid`: subscription; requires `period`.
 * - `PostPaid`: pay-as-you-go.
 *
 * No other value is accepted.
 * @example "PostPaid"
 */
export type ModifyClusterNodePoolScalingGroupInstanceChargeType = 'PrePaid' | 'PostPaid';
/** Every value of {@link ModifyClusterNodePoolScalingGroupInstanceChargeType}. */
export declare const ModifyClusterNodePoolScalingGroupInstanceChargeTypeValues: readonly ["PrePaid", "PostPaid"];
/**
 * Billing of the public IPs of the nodes (`PayByBandwidth` or `PayByTraffic`).
 *
 * Known values are listed; the service may accept others.
 * @example "PayByTraffic"
 */
export type ModifyClusterNodePoolScalingGroupInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupInternetChargeType}. */
export declare const ModifyClusterNodePoolScalingGroupInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
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
export type ModifyClusterNodePoolScalingGroupMultiAzPolicy = 'PRIORITY' | 'COST_OPTIMIZED' | 'BALANCE' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupMultiAzPolicy}. */
export declare const ModifyClusterNodePoolScalingGroupMultiAzPolicyValues: readonly ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
/**
 * Unit of `period` and `auto_renew_period`. Only `Month` is documented for this operation.
 *
 * Known values are listed; the service may accept others.
 * @example "Month"
 */
export type ModifyClusterNodePoolScalingGroupPeriodUnit = 'Month' | 'Week' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupPeriodUnit}. */
export declare const ModifyClusterNodePoolScalingGroupPeriodUnitValues: readonly ["Month", "Week"];
/**
 * Operating system distribution. Deprecated; use `image_type`.
 *
 * Known values are listed; the service may accept others.
 * @example "AliyunLinux"
 * @deprecated
 */
export type ModifyClusterNodePoolScalingGroupPlatform = 'AliyunLinux' | 'CentOS' | 'Windows' | 'WindowsCore' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupPlatform}. */
export declare const ModifyClusterNodePoolScalingGroupPlatformValues: readonly ["AliyunLinux", "CentOS", "Windows", "WindowsCore"];
/** Which capacity (private pools or public) new instances are drawn from. */
export interface ModifyClusterNodePoolScalingGroupResourcePoolOptions {
    /**
     * Where capacity comes from.
     *
     * - `PrivatePoolFirst`: the private pools in `private_pool_ids` first, public capacity otherwise.
     * - `PrivatePoolOnly`: only those private pools.
     * - `None`: public capacity only.
     * @example "PrivatePoolFirst"
     */
    strategy?: ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategy;
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
export type ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategy = 'PrivatePoolFirst' | 'PrivatePoolOnly' | 'None';
/** Every value of {@link ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategy}. */
export declare const ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategyValues: readonly ["PrivatePoolFirst", "PrivatePoolOnly", "None"];
/**
 * Scaling mode.
 *
 * - `release`: instances are created on scale-out and released on scale-in.
 * - `recycle`: instances are stopped on scale-in and started again on scale-out.
 *
 * Known values are listed; the service may accept others.
 * @example "release"
 */
export type ModifyClusterNodePoolScalingGroupScalingPolicy = 'release' | 'recycle' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupScalingPolicy}. */
export declare const ModifyClusterNodePoolScalingGroupScalingPolicyValues: readonly ["release", "recycle"];
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
export type ModifyClusterNodePoolScalingGroupSpotStrategy = 'NoSpot' | 'SpotWithPriceLimit' | 'SpotAsPriceGo' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupSpotStrategy}. */
export declare const ModifyClusterNodePoolScalingGroupSpotStrategyValues: readonly ["NoSpot", "SpotWithPriceLimit", "SpotAsPriceGo"];
/**
 * Known values are listed; the service may accept others.
 * @example "cloud_essd"
 */
export type ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItem = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItem}. */
export declare const ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItemValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/**
 * Category of the system disk.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_essd"
 */
export type ModifyClusterNodePoolScalingGroupSystemDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupSystemDiskCategory}. */
export declare const ModifyClusterNodePoolScalingGroupSystemDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/**
 * Encryption algorithm of the system disk. Known value `aes-256`.
 *
 * Known values are listed; the service may accept others.
 * @example "aes-256"
 */
export type ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithm = 'aes-256' | (string & {});
/** The known values of {@link ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithm}. */
export declare const ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithmValues: readonly ["aes-256"];
/**
 * A node pool as the service reports it: identity, state, scaling settings, managed-pool policies, the scaling group that creates its instances, and the Kubernetes settings of its nodes.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePool {
    /** Identity of the node pool. */
    nodepool_info?: NodePoolNodepoolInfo;
    /** Current state of the node pool and node counts by state. */
    status?: NodePoolStatus;
    /** Auto scaling settings; the other fields matter only when `enable` is `true`. */
    auto_scaling?: NodePoolAutoScaling;
    /** Managed node pool settings; the other fields matter only when `enable` is `true`. */
    management?: NodePoolManagement;
    /** The auto scaling group behind the pool and the settings of the instances it creates. */
    scaling_group?: NodePoolScalingGroup;
    /** Node-level component settings. */
    node_config?: NodePoolNodeConfig;
    /** Kubernetes settings of the nodes. */
    kubernetes_config?: NodePoolKubernetesConfig;
    /** Confidential computing settings. */
    tee_config?: NodePoolTeeConfig;
    /**
     * Network settings of an edge node pool. Deprecated; only meaningful for `edge` pools.
     * @deprecated
     */
    interconnect_config?: NodePoolInterconnectConfig;
    /**
     * Most nodes the pool may hold; 0 means no limit of its own.
     * @example 0
     */
    max_nodes?: number;
    /**
     * Network type of an edge node pool (`basic` or `dedicated`).
     * @example "basic"
     */
    interconnect_mode?: NodePoolInterconnectMode;
}
/**
 * Auto scaling settings; the other fields matter only when `enable` is `true`.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePoolAutoScaling {
    /**
     * Whether the pool scales automatically.
     * @example true
     */
    enable?: boolean;
    /**
     * Kind of instances added on scale-out (`cpu`, `gpu`, `gpushare` or `spot`).
     * @example "cpu"
     */
    type?: NodePoolAutoScalingType;
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
    eip_internet_charge_type?: NodePoolAutoScalingEipInternetChargeType;
    /**
     * Whether new nodes get an elastic IP.
     * @example false
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
export type NodePoolAutoScalingEipInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link NodePoolAutoScalingEipInternetChargeType}. */
export declare const NodePoolAutoScalingEipInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
/**
 * Kind of instances added on scale-out (`cpu`, `gpu`, `gpushare` or `spot`).
 *
 * Known values are listed; the service may accept others.
 * @example "cpu"
 */
export type NodePoolAutoScalingType = 'cpu' | 'gpu' | 'gpushare' | 'spot' | (string & {});
/** The known values of {@link NodePoolAutoScalingType}. */
export declare const NodePoolAutoScalingTypeValues: readonly ["cpu", "gpu", "gpushare", "spot"];
/** A data disk attached to every node of the pool, with every setting the node-pool API accepts when a pool is changed. (`DataDisk`, used by CreateClusterNodePool, is the subset its reference page documents.) */
export interface NodePoolDataDisk {
    /**
     * Disk category. Known values: `cloud` (basic disk), `cloud_efficiency` (ultra disk), `cloud_ssd` (standard SSD), `cloud_essd` (enterprise SSD), `cloud_auto` (ESSD AutoPL). Default: `cloud_efficiency`.
     * @example "cloud_essd"
     * @defaultValue "cloud_efficiency"
     */
    category?: NodePoolDataDiskCategory;
    /**
     * Disk size in GiB, from 40 to 32768. Ignored when `snapshot_id` is set. Default 120.
     * @example 100
     * @defaultValue 120
     */
    size?: number;
    /**
     * Whether the disk is encrypted, as the string `"true"` or `"false"` (the API does not take a boolean here). Default: `"false"`.
     * @example "false"
     * @defaultValue "false"
     */
    encrypted?: NodePoolDataDiskEncrypted;
    /**
     * ID of the KMS key that encrypts the disk.
     * @example "0e478b7a-4262-4802-b8cb-00d3fb40****"
     */
    kms_key_id?: string;
    /**
     * ID of an automatic snapshot policy that backs the disk up. Unset means no automatic backup.
     * @example "sp-2zej1nogjvovnz4z****"
     */
    auto_snapshot_policy_id?: string;
    /**
     * Performance level of an ESSD disk (e.g. `PL1`); it depends on the disk size. Ignored for other categories.
     * @example "PL1"
     */
    performance_level?: string;
    /**
     * Provisioned read/write IOPS. Only for the `cloud_auto` category.
     * @example 1000
     */
    provisioned_iops?: number;
    /**
     * Whether performance bursting is on. Only for the `cloud_auto` category.
     * @example true
     */
    bursting_enabled?: boolean;
    /**
     * Whether the disk is formatted and mounted on the node automatically.
     * @example true
     */
    auto_format?: boolean;
    /**
     * File system created when `auto_format` is `true`. Known values `ext4` and `xfs`.
     * @example "ext4"
     */
    file_system?: NodePoolDataDiskFileSystem;
    /**
     * Directory the disk is mounted on when `auto_format` is `true`.
     * @example "/mnt/data1"
     */
    mount_target?: string;
    /**
     * Name of the disk, 2 to 128 characters. It starts with a letter and must not start with `http://` or `https://`.
     * @example "data-disk-1"
     */
    disk_name?: string;
    /**
     * Device name of the disk, from `/dev/xvdb` to `/dev/xvdz`. Assigned by the system when omitted.
     * @example "/dev/xvdb"
     */
    device?: string;
    /**
     * ID of a snapshot the disk is created from; the disk then takes the snapshot's size.
     * @example "s-280s7****"
     */
    snapshot_id?: string;
}
/**
 * Disk category. Known values: `cloud` (basic disk), `cloud_efficiency` (ultra disk), `cloud_ssd` (standard SSD), `cloud_essd` (enterprise SSD), `cloud_auto` (ESSD AutoPL). Default: `cloud_efficiency`.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_essd"
 * @defaultValue "cloud_efficiency"
 */
export type NodePoolDataDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | (string & {});
/** The known values of {@link NodePoolDataDiskCategory}. */
export declare const NodePoolDataDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto"];
/**
 * Whether the disk is encrypted, as the string `"true"` or `"false"` (the API does not take a boolean here). Default: `"false"`.
 *
 * No other value is accepted.
 * @example "false"
 * @defaultValue "false"
 */
export type NodePoolDataDiskEncrypted = 'true' | 'false';
/** Every value of {@link NodePoolDataDiskEncrypted}. */
export declare const NodePoolDataDiskEncryptedValues: readonly ["true", "false"];
/**
 * File system created when `auto_format` is `true`. Known values `ext4` and `xfs`.
 *
 * Known values are listed; the service may accept others.
 * @example "ext4"
 */
export type NodePoolDataDiskFileSystem = 'ext4' | 'xfs' | (string & {});
/** The known values of {@link NodePoolDataDiskFileSystem}. */
export declare const NodePoolDataDiskFileSystemValues: readonly ["ext4", "xfs"];
/**
 * Network settings of an edge node pool. Deprecated; only meaningful for `edge` pools.
 *
 * Unknown properties returned by the service are kept as received.
 * @deprecated
 */
export interface NodePoolInterconnectConfig {
    /**
     * ID of the Cloud Enterprise Network instance.
     * @example "cen-ey9k9nfhz0f****"
     */
    cen_id?: string;
    /**
     * ID of the Cloud Connect Network instance.
     * @example "ccn-qm5i0i0q9yi****"
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
export type NodePoolInterconnectMode = 'basic' | 'dedicated' | (string & {});
/** The known values of {@link NodePoolInterconnectMode}. */
export declare const NodePoolInterconnectModeValues: readonly ["basic", "dedicated"];
/**
 * Kubernetes settings of the nodes.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePoolKubernetesConfig {
    /** Kubernetes labels of the nodes. */
    labels?: TagOutput[];
    /** Kubernetes taints of the nodes. */
    taints?: TaintOutput[];
    /**
     * Container runtime of the nodes.
     * @example "containerd"
     */
    runtime?: string;
    /**
     * Version of the container runtime.
     * @example "1.6.28"
     */
    runtime_version?: string;
    /**
     * kubelet CPU management policy (`static` or `none`).
     * @example "none"
     */
    cpu_policy?: NodePoolKubernetesConfigCpuPolicy;
    /**
     * Base64-encoded user data run on each node.
     * @example "IyEvYmluL3NoCmVjaG8gaGVsbG8="
     */
    user_data?: string;
    /**
     * Whether new nodes join unschedulable.
     * @example false
     */
    unschedulable?: boolean;
    /**
     * Whether the Cloud Monitor agent runs on the nodes.
     * @example true
     */
    cms_enabled?: boolean;
    /**
     * Naming scheme of the nodes: `customized,<prefix>,<count of IP digits>,<suffix>`.
     * @example "customized,aliyun.com,5,test"
     */
    node_name_mode?: string;
}
/**
 * kubelet CPU management policy (`static` or `none`).
 *
 * Known values are listed; the service may accept others.
 * @example "none"
 */
export type NodePoolKubernetesConfigCpuPolicy = 'static' | 'none' | (string & {});
/** The known values of {@link NodePoolKubernetesConfigCpuPolicy}. */
export declare const NodePoolKubernetesConfigCpuPolicyValues: readonly ["static", "none"];
/**
 * Managed node pool settings; the other fields matter only when `enable` is `true`.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePoolManagement {
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
    auto_repair_policy?: NodePoolManagementAutoRepairPolicy;
    /**
     * Whether operating system vulnerabilities (CVEs) are fixed automatically.
     * @example true
     */
    auto_vul_fix?: boolean;
    /** How vulnerabilities are fixed. */
    auto_vul_fix_policy?: NodePoolManagementAutoVulFixPolicy;
    /**
     * Whether node components are upgraded automatically.
     * @example true
     */
    auto_upgrade?: boolean;
    /** What is upgraded automatically. */
    auto_upgrade_policy?: NodePoolManagementAutoUpgradePolicy;
    /** How an upgrade rolls through the nodes. */
    upgrade_config?: NodePoolManagementUpgradeConfig;
}
/**
 * How nodes are repaired.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePoolManagementAutoRepairPolicy {
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
export interface NodePoolManagementAutoUpgradePolicy {
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
export interface NodePoolManagementAutoVulFixPolicy {
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
export interface NodePoolManagementUpgradeConfig {
    /**
     * Whether automatic upgrade is on.
     * @example true
     */
    auto_upgrade?: boolean;
    /**
     * Extra nodes created during an upgrade to carry the load.
     * @example 1
     */
    surge?: number;
    /**
     * Extra nodes as a percentage of the pool (the alternative to `surge`).
     * @example 0
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
export interface NodePoolNodeConfig {
    /** kubelet parameters of the nodes of the pool (field names as kubelet spells them). */
    kubelet_configuration?: KubeletConfigOutput;
}
/**
 * Identity of the node pool.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePoolNodepoolInfo {
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
    type?: NodePoolNodepoolInfoType;
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
export type NodePoolNodepoolInfoType = 'ess' | 'edge' | (string & {});
/** The known values of {@link NodePoolNodepoolInfoType}. */
export declare const NodePoolNodepoolInfoTypeValues: readonly ["ess", "edge"];
/**
 * The auto scaling group behind the pool and the settings of the instances it creates.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePoolScalingGroup {
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
    instance_charge_type?: NodePoolScalingGroupInstanceChargeType;
    /**
     * Subscription term, in units of `period_unit` (subscription nodes only).
     * @example 1
     */
    period?: number;
    /**
     * Unit of `period` and `auto_renew_period`.
     * @example "Month"
     */
    period_unit?: NodePoolScalingGroupPeriodUnit;
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
    spot_strategy?: NodePoolScalingGroupSpotStrategy;
    /** Price limits per instance type for preemptible instances. */
    spot_price_limit?: SpotPriceLimitOutput[];
    /**
     * Operating system image family of the nodes.
     * @example "AliyunLinux3"
     */
    image_type?: string;
    /**
     * ID of the image of the nodes.
     * @example "aliyun_3_x64_20G_alibase_20240819.vhd"
     */
    image_id?: string;
    /**
     * Category of the system disk.
     * @example "cloud_essd"
     */
    system_disk_category?: NodePoolScalingGroupSystemDiskCategory;
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
     * @example false
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
    internet_charge_type?: NodePoolScalingGroupInternetChargeType;
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
    multi_az_policy?: NodePoolScalingGroupMultiAzPolicy;
    /**
     * Scaling mode (`release` or `recycle`).
     * @example "release"
     */
    scaling_policy?: NodePoolScalingGroupScalingPolicy;
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
     * @example "ds-bp1d19mmbsv3jf6x****"
     */
    deploymentset_id?: string;
    /** ApsaraDB RDS instances whose allowlists include the nodes. */
    rds_instances?: string[];
    /** The private capacity pool settings of the pool, as the service reports them. */
    private_pool_options?: PrivatePoolOptionsOutput;
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
    instance_patterns?: InstancePatternOutput[];
}
/**
 * Billing method of the nodes (`PrePaid` or `PostPaid`).
 *
 * Known values are listed; the service may accept others.
 * @example "PostPaid"
 */
export type NodePoolScalingGroupInstanceChargeType = 'PrePaid' | 'PostPaid' | (string & {});
/** The known values of {@link NodePoolScalingGroupInstanceChargeType}. */
export declare const NodePoolScalingGroupInstanceChargeTypeValues: readonly ["PrePaid", "PostPaid"];
/**
 * Billing of the public IPs of the nodes (`PayByBandwidth` or `PayByTraffic`).
 *
 * Known values are listed; the service may accept others.
 * @example "PayByBandwidth"
 */
export type NodePoolScalingGroupInternetChargeType = 'PayByBandwidth' | 'PayByTraffic' | (string & {});
/** The known values of {@link NodePoolScalingGroupInternetChargeType}. */
export declare const NodePoolScalingGroupInternetChargeTypeValues: readonly ["PayByBandwidth", "PayByTraffic"];
/**
 * How instances are spread over zones (`PRIORITY`, `COST_OPTIMIZED` or `BALANCE`).
 *
 * Known values are listed; the service may accept others.
 * @example "BALANCE"
 */
export type NodePoolScalingGroupMultiAzPolicy = 'PRIORITY' | 'COST_OPTIMIZED' | 'BALANCE' | (string & {});
/** The known values of {@link NodePoolScalingGroupMultiAzPolicy}. */
export declare const NodePoolScalingGroupMultiAzPolicyValues: readonly ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
/**
 * Unit of `period` and `auto_renew_period`.
 *
 * Known values are listed; the service may accept others.
 * @example "Month"
 */
export type NodePoolScalingGroupPeriodUnit = 'Month' | 'Week' | (string & {});
/** The known values of {@link NodePoolScalingGroupPeriodUnit}. */
export declare const NodePoolScalingGroupPeriodUnitValues: readonly ["Month", "Week"];
/**
 * Scaling mode (`release` or `recycle`).
 *
 * Known values are listed; the service may accept others.
 * @example "release"
 */
export type NodePoolScalingGroupScalingPolicy = 'release' | 'recycle' | (string & {});
/** The known values of {@link NodePoolScalingGroupScalingPolicy}. */
export declare const NodePoolScalingGroupScalingPolicyValues: readonly ["release", "recycle"];
/**
 * Preemptible instance bidding (`NoSpot`, `SpotWithPriceLimit` or `SpotAsPriceGo`).
 *
 * Known values are listed; the service may accept others.
 * @example "NoSpot"
 */
export type NodePoolScalingGroupSpotStrategy = 'NoSpot' | 'SpotWithPriceLimit' | 'SpotAsPriceGo' | (string & {});
/** The known values of {@link NodePoolScalingGroupSpotStrategy}. */
export declare const NodePoolScalingGroupSpotStrategyValues: readonly ["NoSpot", "SpotWithPriceLimit", "SpotAsPriceGo"];
/**
 * Category of the system disk.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_essd"
 */
export type NodePoolScalingGroupSystemDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link NodePoolScalingGroupSystemDiskCategory}. */
export declare const NodePoolScalingGroupSystemDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/**
 * Current state of the node pool and node counts by state.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePoolStatus {
    /**
     * State of the node pool. Known values: `active`, `scaling`, `removing`, `deleting`, `updating`.
     * @example "active"
     */
    state?: NodePoolStatusState;
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
export type NodePoolStatusState = 'active' | 'scaling' | 'removing' | 'deleting' | 'updating' | (string & {});
/** The known values of {@link NodePoolStatusState}. */
export declare const NodePoolStatusStateValues: readonly ["active", "scaling", "removing", "deleting", "updating"];
/**
 * Confidential computing settings.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface NodePoolTeeConfig {
    /**
     * Whether this is a confidential computing (TEE) node pool.
     * @example false
     */
    tee_enable?: boolean;
}
/** Name and resource group of the node pool. */
export interface NodepoolInfo {
    /**
     * Display name of the node pool. The reference page lists it as optional; the current API expects it, so always set it.
     * @example "cluster-demo"
     */
    name?: string;
    /**
     * ID of the resource group the node pool, and the instances it creates, belong to.
     * @example "rg-acfmyvw3wjmb****"
     */
    resource_group_id?: string;
}
/** Which private capacity pool (from an elasticity assurance or capacity reservation) new instances use. */
export interface PrivatePoolOptions {
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
    match_criteria?: PrivatePoolOptionsMatchCriteria;
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
export type PrivatePoolOptionsMatchCriteria = 'Open' | 'Target' | 'None' | (string & {});
/** The known values of {@link PrivatePoolOptionsMatchCriteria}. */
export declare const PrivatePoolOptionsMatchCriteriaValues: readonly ["Open", "Target", "None"];
/**
 * The private capacity pool settings of the pool, as the service reports them.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface PrivatePoolOptionsOutput {
    /**
     * ID of the private pool.
     * @example "eap-bp67acfmxazb4****"
     */
    id?: string;
    /**
     * How a private pool is chosen (`Open`, `Target` or `None`).
     * @example "Open"
     */
    match_criteria?: PrivatePoolOptionsOutputMatchCriteria;
}
/**
 * How a private pool is chosen (`Open`, `Target` or `None`).
 *
 * Known values are listed; the service may accept others.
 * @example "Open"
 */
export type PrivatePoolOptionsOutputMatchCriteria = 'Open' | 'Target' | 'None' | (string & {});
/** The known values of {@link PrivatePoolOptionsOutputMatchCriteria}. */
export declare const PrivatePoolOptionsOutputMatchCriteriaValues: readonly ["Open", "Target", "None"];
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
/**
 * How the nodes of the pool are created: network placement, instance types, disks, image, login credentials and billing.
 *
 * Rules checked before sending:
 *
 * - Either `key_pair` or `login_password` must be set.
 * - With `instance_charge_type` set to `PrePaid`, `period`, `period_unit` and `auto_renew` are required, and when `auto_renew` is also `true`, `auto_renew_period` is required too.
 * - `period_unit` defaults to `Month`, so an absent `period_unit` is treated as `Month`: `period` must then be one of 1–9, 12, 24, 36, 48 or 60 and `auto_renew_period` one of 1, 2, 3, 6 or 12. With `Week`, `period` must be 1–4; no list of weekly `auto_renew_period` values is documented, so it is not constrained.
 */
export interface ScalingGroup {
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
    /** Data disks attached to each node. */
    data_disks?: DataDisk[];
    /**
     * ID of a custom image for the nodes. When omitted, a system-provided image is used.
     * @example "aliyun_2_1903_x64_20G_alibase_20200529.vhd"
     */
    image_id?: string;
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
    instance_charge_type?: ScalingGroupInstanceChargeType;
    /** ECS instance types the pool may use; when it scales out it picks a matching type from this list. From 1 to 10 entries; listing several improves availability. */
    instance_types?: string[];
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
    period_unit?: ScalingGroupPeriodUnit;
    /**
     * Operating system distribution of the nodes. Known values: `CentOS`, `AliyunLinux`, `Windows`, `WindowsCore`. Default: `AliyunLinux`. Deprecated: the current API selects the OS through an image type instead.
     * @example "AliyunLinux"
     * @defaultValue "AliyunLinux"
     * @deprecated
     */
    platform?: ScalingGroupPlatform;
    /** IDs of ApsaraDB RDS instances to associate with the nodes of the pool. */
    rds_instances?: string[];
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
    scaling_policy?: ScalingGroupScalingPolicy;
    /**
     * ID of the security group the nodes join. Deprecated: the current API takes a list of security groups instead.
     * @example "sg-wz9a8g2mt6x5llu0****"
     * @deprecated
     */
    security_group_id?: string;
    /**
     * Category of the system disk. Known values: `cloud` (basic disk), `cloud_efficiency` (ultra disk), `cloud_ssd` (standard SSD), `cloud_essd` (enterprise SSD), `cloud_auto` (ESSD AutoPL), `cloud_essd_entry` (ESSD Entry). Default: `cloud_efficiency`.
     * @example "cloud_efficiency"
     * @defaultValue "cloud_efficiency"
     */
    system_disk_category?: ScalingGroupSystemDiskCategory;
    /**
     * Size of the system disk in GiB, from 20 to 2048. (The 2024-06 metadata prints the upper bound as 20248, evidently a typo; the official SDK documents 2048.)
     * @example 120
     */
    system_disk_size?: number;
    /** Tags added to the ECS instances of the pool (not to the Kubernetes node objects; use `kubernetes_config.labels` for those). Keys must be unique and at most 128 characters long; neither keys nor values may start with `aliyun` or `acs:` or contain `http://` or `https://`. */
    tags?: Tag[];
    /**
     * ID of the VPC. Deprecated: the service no longer reads this field and the official SDK model has dropped it; the nodes are placed in the VPC of the vSwitches listed in `vswitch_ids`.
     * @example "vpc-wz984yvbd6lck22z3****"
     * @deprecated
     */
    vpc_id?: string;
    /** IDs of the vSwitches the nodes are placed in, from 1 to 8. Choose vSwitches in different zones for high availability. */
    vswitch_ids?: string[];
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
export type ScalingGroupInstanceChargeType = 'PrePaid' | 'PostPaid';
/** Every value of {@link ScalingGroupInstanceChargeType}. */
export declare const ScalingGroupInstanceChargeTypeValues: readonly ["PrePaid", "PostPaid"];
/**
 * Unit of `period` and `auto_renew_period`: `Month` or `Week`. Required when `instance_charge_type` is `PrePaid`. Default: `Month`.
 *
 * No other value is accepted.
 * @example "Month"
 * @defaultValue "Month"
 */
export type ScalingGroupPeriodUnit = 'Month' | 'Week';
/** Every value of {@link ScalingGroupPeriodUnit}. */
export declare const ScalingGroupPeriodUnitValues: readonly ["Month", "Week"];
/**
 * Operating system distribution of the nodes. Known values: `CentOS`, `AliyunLinux`, `Windows`, `WindowsCore`. Default: `AliyunLinux`. Deprecated: the current API selects the OS through an image type instead.
 *
 * Known values are listed; the service may accept others.
 * @example "AliyunLinux"
 * @defaultValue "AliyunLinux"
 * @deprecated
 */
export type ScalingGroupPlatform = 'CentOS' | 'AliyunLinux' | 'Windows' | 'WindowsCore' | (string & {});
/** The known values of {@link ScalingGroupPlatform}. */
export declare const ScalingGroupPlatformValues: readonly ["CentOS", "AliyunLinux", "Windows", "WindowsCore"];
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
export type ScalingGroupScalingPolicy = 'release' | 'recycle' | (string & {});
/** The known values of {@link ScalingGroupScalingPolicy}. */
export declare const ScalingGroupScalingPolicyValues: readonly ["release", "recycle"];
/**
 * Category of the system disk. Known values: `cloud` (basic disk), `cloud_efficiency` (ultra disk), `cloud_ssd` (standard SSD), `cloud_essd` (enterprise SSD), `cloud_auto` (ESSD AutoPL), `cloud_essd_entry` (ESSD Entry). Default: `cloud_efficiency`.
 *
 * Known values are listed; the service may accept others.
 * @example "cloud_efficiency"
 * @defaultValue "cloud_efficiency"
 */
export type ScalingGroupSystemDiskCategory = 'cloud' | 'cloud_efficiency' | 'cloud_ssd' | 'cloud_essd' | 'cloud_auto' | 'cloud_essd_entry' | (string & {});
/** The known values of {@link ScalingGroupSystemDiskCategory}. */
export declare const ScalingGroupSystemDiskCategoryValues: readonly ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto", "cloud_essd_entry"];
/** The highest hourly price to bid for one preemptible instance of a given type. */
export interface SpotPriceLimit {
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
 * A price limit for preemptible instances of one type, as the service reports it.
 *
 * Unknown properties returned by the service are kept as received.
 */
export interface SpotPriceLimitOutput {
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
/** Confidential computing settings. */
export interface TeeConfig {
    /**
     * Whether the node pool is a confidential computing (TEE) node pool.
     * @example true
     */
    tee_enable?: boolean;
}
