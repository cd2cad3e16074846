import { ClientCore, type CallOptions, type ClientFeatures, type ClientOptions, type OperationDescriptor, type ServiceDescriptor, type WithMetadata } from './runtime/client-core.js';
import type { AttachInstancesRequest, AttachInstancesResponse, AttachInstancesToNodePoolRequest, AttachInstancesToNodePoolResponse, CancelClusterUpgradeRequest, CancelClusterUpgradeResponse, CancelComponentUpgradeRequest, CancelComponentUpgradeResponse, CancelOperationPlanRequest, CancelOperationPlanResponse, CancelTaskRequest, CancelTaskResponse, CancelWorkflowRequest, CancelWorkflowResponse, CheckControlPlaneLogEnableRequest, CheckControlPlaneLogEnableResponse, CheckServiceRoleRequest, CheckServiceRoleResponse, CleanClusterUserPermissionsRequest, CleanClusterUserPermissionsResponse, CleanUserPermissionsRequest, CleanUserPermissionsResponse, CreateAutoscalingConfigRequest, CreateAutoscalingConfigResponse, CreateClusterRequest, CreateClusterResponse, CreateClusterDiagnosisRequest, CreateClusterDiagnosisResponse, CreateClusterInspectConfigRequest, CreateClusterInspectConfigResponse, CreateClusterNodePoolRequest, CreateClusterNodePoolResponse, CreateKubernetesTriggerRequest, CreateKubernetesTriggerResponse, CreateTemplateRequest, CreateTemplateResponse, CreateTriggerRequest, CreateTriggerResponse, DeleteAlertContactRequest, DeleteAlertContactResponse, DeleteAlertContactGroupRequest, DeleteAlertContactGroupResponse, DeleteClusterRequest, DeleteClusterResponse, DeleteClusterInspectConfigRequest, DeleteClusterInspectConfigResponse, DeleteClusterNodepoolRequest, DeleteClusterNodepoolResponse, DeleteClusterNodesRequest, DeleteClusterNodesResponse, DeleteKubernetesTriggerRequest, DeleteKubernetesTriggerResponse, DeletePolicyInstanceRequest, DeletePolicyInstanceResponse, DeleteTemplateRequest, DeleteTemplateResponse, DeleteTriggerRequest, DeleteTriggerResponse, DeployPolicyInstanceRequest, DeployPolicyInstanceResponse, DescirbeWorkflowRequest, DescirbeWorkflowResponse, DescribeAddonRequest, DescribeAddonResponse, DescribeAddonsRequest, DescribeAddonsResponse, DescribeClusterAddonInstanceRequest, DescribeClusterAddonInstanceResponse, DescribeClusterAddonMetadataRequest, DescribeClusterAddonMetadataResponse, DescribeClusterAddonUpgradeStatusRequest, DescribeClusterAddonUpgradeStatusResponse, DescribeClusterAddonsUpgradeStatusRequest, DescribeClusterAddonsUpgradeStatusResponse, DescribeClusterAddonsVersionRequest, DescribeClusterAddonsVersionResponse, DescribeClusterAttachScriptsRequest, DescribeClusterAttachScriptsResponse, DescribeClusterDetailRequest, DescribeClusterDetailResponse, DescribeClusterEventsRequest, DescribeClusterEventsResponse, DescribeClusterLogsRequest, DescribeClusterLogsResponse, DescribeClusterNodePoolDetailRequest, DescribeClusterNodePoolDetailResponse, DescribeClusterNodePoolsRequest, DescribeClusterNodePoolsResponse, DescribeClusterNodesRequest, DescribeClusterNodesResponse, DescribeClusterResourcesRequest, DescribeClusterResourcesResponse, DescribeClusterTasksRequest, DescribeClusterTasksResponse, DescribeClusterUserKubeconfigRequest, DescribeClusterUserKubeconfigResponse, DescribeClusterV2UserKubeconfigRequest, DescribeClusterV2UserKubeconfigResponse, DescribeClusterVulsRequest, DescribeClusterVulsResponse, DescribeClustersRequest, DescribeClustersResponse, DescribeClustersForRegionRequest, DescribeClustersForRegionResponse, DescribeClustersV1Request, DescribeClustersV1Response, DescribeEventsRequest, DescribeEventsResponse, DescribeEventsForRegionRequest, DescribeEventsForRegionResponse, DescribeExternalAgentRequest, DescribeExternalAgentResponse, DescribeKubernetesVersionMetadataRequest, DescribeKubernetesVersionMetadataResponse, DescribeNodePoolVulsRequest, DescribeNodePoolVulsResponse, DescribePoliciesRequest, DescribePoliciesResponse, DescribePolicyDetailsRequest, DescribePolicyDetailsResponse, DescribePolicyGovernanceInClusterRequest, DescribePolicyGovernanceInClusterResponse, DescribePolicyInstancesRequest, DescribePolicyInstancesResponse, DescribePolicyInstancesStatusRequest, DescribePolicyInstancesStatusResponse, DescribeResourcesDeleteProtectionRequest, DescribeResourcesDeleteProtectionResponse, DescribeSubaccountK8sClusterUserConfigRequest, DescribeSubaccountK8sClusterUserConfigResponse, DescribeTaskInfoRequest, DescribeTaskInfoResponse, DescribeTemplateAttributeRequest, DescribeTemplateAttributeResponse, DescribeTemplatesRequest, DescribeTemplatesResponse, DescribeTriggerRequest, DescribeTriggerResponse, DescribeUserClusterNamespacesRequest, DescribeUserClusterNamespacesResponse, DescribeUserPermissionRequest, DescribeUserPermissionResponse, DescribeUserQuotaRequest, DescribeUserQuotaResponse, DescribeWorkflowsRequest, DescribeWorkflowsResponse, FixNodePoolVulsRequest, FixNodePoolVulsResponse, GetClusterAddonInstanceRequest, GetClusterAddonInstanceResponse, GetClusterAuditProjectRequest, GetClusterAuditProjectResponse, GetClusterCheckRequest, GetClusterCheckResponse, GetClusterDiagnosisCheckItemsRequest, GetClusterDiagnosisCheckItemsResponse, GetClusterDiagnosisResultRequest, GetClusterDiagnosisResultResponse, GetClusterInspectConfigRequest, GetClusterInspectConfigResponse, GetClusterInspectReportDetailRequest, GetClusterInspectReportDetailResponse, GetKubernetesTriggerRequest, GetKubernetesTriggerResponse, GetUpgradeStatusRequest, GetUpgradeStatusResponse, GrantPermissionsRequest, GrantPermissionsResponse, InstallClusterAddonsRequest, InstallClusterAddonsResponse, ListAddonsRequest, ListAddonsResponse, ListClusterAddonInstancesRequest, ListClusterAddonInstancesResponse, ListClusterChecksRequest, ListClusterChecksResponse, ListClusterInspectReportsRequest, ListClusterInspectReportsResponse, ListClusterKubeconfigStatesRequest, ListClusterKubeconfigStatesResponse, ListOperationPlansRequest, ListOperationPlansResponse, ListOperationPlansForRegionRequest, ListOperationPlansForRegionResponse, ListTagResourcesRequest, ListTagResourcesResponse, ListUserKubeConfigStatesRequest, ListUserKubeConfigStatesResponse, MigrateClusterRequest, MigrateClusterResponse, ModifyClusterRequest, ModifyClusterResponse, ModifyClusterAddonRequest, ModifyClusterAddonResponse, ModifyClusterNodePoolRequest, ModifyClusterNodePoolResponse, ModifyClusterTagsRequest, ModifyClusterTagsResponse, ModifyNodePoolNodeConfigRequest, ModifyNodePoolNodeConfigResponse, ModifyPolicyInstanceRequest, ModifyPolicyInstanceResponse, OpenAckServiceRequest, OpenAckServiceResponse, PauseClusterUpgradeRequest, PauseClusterUpgradeResponse, PauseComponentUpgradeRequest, PauseComponentUpgradeResponse, PauseTaskRequest, PauseTaskResponse, RemoveNodePoolNodesRequest, RemoveNodePoolNodesResponse, RemoveWorkflowRequest, RemoveWorkflowResponse, RepairClusterNodePoolRequest, RepairClusterNodePoolResponse, ResumeComponentUpgradeRequest, ResumeComponentUpgradeResponse, ResumeTaskRequest, ResumeTaskResponse, ResumeUpgradeClusterRequest, ResumeUpgradeClusterResponse, RevokeK8sClusterKubeConfigRequest, RevokeK8sClusterKubeConfigResponse, RunClusterCheckRequest, RunClusterCheckResponse, RunClusterInspectRequest, RunClusterInspectResponse, ScaleClusterNodePoolRequest, ScaleClusterNodePoolResponse, ScanClusterVulsRequest, ScanClusterVulsResponse, StartAlertRequest, StartAlertResponse, StartWorkflowRequest, StartWorkflowResponse, StopAlertRequest, StopAlertResponse, SyncClusterNodePoolRequest, SyncClusterNodePoolResponse, TagResourcesRequest, TagResourcesResponse, UnInstallClusterAddonsRequest, UnInstallClusterAddonsResponse, UntagResourcesRequest, UntagResourcesResponse, UpdateClusterAuditLogConfigRequest, UpdateClusterAuditLogConfigResponse, UpdateClusterInspectConfigRequest, UpdateClusterInspectConfigResponse, UpdateContactGroupForAlertRequest, UpdateContactGroupForAlertResponse, UpdateControlPlaneLogRequest, UpdateControlPlaneLogResponse, UpdateK8sClusterUserConfigExpireRequest, UpdateK8sClusterUserConfigExpireResponse, UpdateResourcesDeleteProtectionRequest, UpdateResourcesDeleteProtectionResponse, UpdateTemplateRequest, UpdateTemplateResponse, UpdateUserPermissionsRequest, UpdateUserPermissionsResponse, UpgradeClusterRequest, UpgradeClusterResponse, UpgradeClusterAddonsRequest, UpgradeClusterAddonsResponse, UpgradeClusterNodepoolRequest, UpgradeClusterNodepoolResponse } from './models.js';
/** Where the CS API (version 2015-12-15) is reached. */
export declare const CS_SERVICE: ServiceDescriptor;
/** How `AttachInstances` goes over the wire. */
export declare const AttachInstancesOperation: OperationDescriptor;
/** How `AttachInstancesToNodePool` goes over the wire. */
export declare const AttachInstancesToNodePoolOperation: OperationDescriptor;
/** How `CancelClusterUpgrade` goes over the wire. */
export declare const CancelClusterUpgradeOperation: OperationDescriptor;
/** How `CancelComponentUpgrade` goes over the wire. */
export declare const CancelComponentUpgradeOperation: OperationDescriptor;
/** How `CancelOperationPlan` goes over the wire. */
export declare const CancelOperationPlanOperation: OperationDescriptor;
/** How `CancelTask` goes over the wire. */
export declare const CancelTaskOperation: OperationDescriptor;
/** How `CancelWorkflow` goes over the wire. */
export declare const CancelWorkflowOperation: OperationDescriptor;
/** How `CheckControlPlaneLogEnable` goes over the wire. */
export declare const CheckControlPlaneLogEnableOperation: OperationDescriptor;
/** How `CheckServiceRole` goes over the wire. */
export declare const CheckServiceRoleOperation: OperationDescriptor;
/** How `CleanClusterUserPermissions` goes over the wire. */
export declare const CleanClusterUserPermissionsOperation: OperationDescriptor;
/** How `CleanUserPermissions` goes over the wire. */
export declare const CleanUserPermissionsOperation: OperationDescriptor;
/** How `CreateAutoscalingConfig` goes over the wire. */
export declare const CreateAutoscalingConfigOperation: OperationDescriptor;
/** How `CreateCluster` goes over the wire. */
export declare const CreateClusterOperation: OperationDescriptor;
/** How `CreateClusterDiagnosis` goes over the wire. */
export declare const CreateClusterDiagnosisOperation: OperationDescriptor;
/** How `CreateClusterInspectConfig` goes over the wire. */
export declare const CreateClusterInspectConfigOperation: OperationDescriptor;
/** How `CreateClusterNodePool` goes over the wire. */
export declare const CreateClusterNodePoolOperation: OperationDescriptor;
/** How `CreateKubernetesTrigger` goes over the wire. */
export declare const CreateKubernetesTriggerOperation: OperationDescriptor;
/** How `CreateTemplate` goes over the wire. */
export declare const CreateTemplateOperation: OperationDescriptor;
/** How `CreateTrigger` goes over the wire. */
export declare const CreateTriggerOperation: OperationDescriptor;
/** How `DeleteAlertContact` goes over the wire. */
export declare const DeleteAlertContactOperation: OperationDescriptor;
/** How `DeleteAlertContactGroup` goes over the wire. */
export declare const DeleteAlertContactGroupOperation: OperationDescriptor;
/** How `DeleteCluster` goes over the wire. */
export declare const DeleteClusterOperation: OperationDescriptor;
/** How `DeleteClusterInspectConfig` goes over the wire. */
export declare const DeleteClusterInspectConfigOperation: OperationDescriptor;
/** How `DeleteClusterNodepool` goes over the wire. */
export declare const DeleteClusterNodepoolOperation: OperationDescriptor;
/** How `DeleteClusterNodes` goes over the wire. */
export declare const DeleteClusterNodesOperation: OperationDescriptor;
/** How `DeleteKubernetesTrigger` goes over the wire. */
export declare const DeleteKubernetesTriggerOperation: OperationDescriptor;
/** How `DeletePolicyInstance` goes over the wire. */
export declare const DeletePolicyInstanceOperation: OperationDescriptor;
/** How `DeleteTemplate` goes over the wire. */
export declare const DeleteTemplateOperation: OperationDescriptor;
/** How `DeleteTrigger` goes over the wire. */
export declare const DeleteTriggerOperation: OperationDescriptor;
/** How `DeployPolicyInstance` goes over the wire. */
export declare const DeployPolicyInstanceOperation: OperationDescriptor;
/** How `DescirbeWorkflow` goes over the wire. */
export declare const DescirbeWorkflowOperation: OperationDescriptor;
/** How `DescribeAddon` goes over the wire. */
export declare const DescribeAddonOperation: OperationDescriptor;
/** How `DescribeAddons` goes over the wire. */
export declare const DescribeAddonsOperation: OperationDescriptor;
/** How `DescribeClusterAddonInstance` goes over the wire. */
export declare const DescribeClusterAddonInstanceOperation: OperationDescriptor;
/** How `DescribeClusterAddonMetadata` goes over the wire. */
export declare const DescribeClusterAddonMetadataOperation: OperationDescriptor;
/** How `DescribeClusterAddonUpgradeStatus` goes over the wire. */
export declare const DescribeClusterAddonUpgradeStatusOperation: OperationDescriptor;
/** How `DescribeClusterAddonsUpgradeStatus` goes over the wire. */
export declare const DescribeClusterAddonsUpgradeStatusOperation: OperationDescriptor;
/** How `DescribeClusterAddonsVersion` goes over the wire. */
export declare const DescribeClusterAddonsVersionOperation: OperationDescriptor;
/** How `DescribeClusterAttachScripts` goes over the wire. */
export declare const DescribeClusterAttachScriptsOperation: OperationDescriptor;
/** How `DescribeClusterDetail` goes over the wire. */
export declare const DescribeClusterDetailOperation: OperationDescriptor;
/** How `DescribeClusterEvents` goes over the wire. */
export declare const DescribeClusterEventsOperation: OperationDescriptor;
/** How `DescribeClusterLogs` goes over the wire. */
export declare const DescribeClusterLogsOperation: OperationDescriptor;
/** How `DescribeClusterNodePoolDetail` goes over the wire. */
export declare const DescribeClusterNodePoolDetailOperation: OperationDescriptor;
/** How `DescribeClusterNodePools` goes over the wire. */
export declare const DescribeClusterNodePoolsOperation: OperationDescriptor;
/** How `DescribeClusterNodes` goes over the wire. */
export declare const DescribeClusterNodesOperation: OperationDescriptor;
/** How `DescribeClusterResources` goes over the wire. */
export declare const DescribeClusterResourcesOperation: OperationDescriptor;
/** How `DescribeClusterTasks` goes over the wire. */
export declare const DescribeClusterTasksOperation: OperationDescriptor;
/** How `DescribeClusterUserKubeconfig` goes over the wire. */
export declare const DescribeClusterUserKubeconfigOperation: OperationDescriptor;
/** How `DescribeClusterV2UserKubeconfig` goes over the wire. */
export declare const DescribeClusterV2UserKubeconfigOperation: OperationDescriptor;
/** How `DescribeClusterVuls` goes over the wire. */
export declare const DescribeClusterVulsOperation: OperationDescriptor;
/** How `DescribeClusters` goes over the wire. */
export declare const DescribeClustersOperation: OperationDescriptor;
/** How `DescribeClustersForRegion` goes over the wire. */
export declare const DescribeClustersForRegionOperation: OperationDescriptor;
/** How `DescribeClustersV1` goes over the wire. */
export declare const DescribeClustersV1Operation: OperationDescriptor;
/** How `DescribeEvents` goes over the wire. */
export declare const DescribeEventsOperation: OperationDescriptor;
/** How `DescribeEventsForRegion` goes over the wire. */
export declare const DescribeEventsForRegionOperation: OperationDescriptor;
/** How `DescribeExternalAgent` goes over the wire. */
export declare const DescribeExternalAgentOperation: OperationDescriptor;
/** How `DescribeKubernetesVersionMetadata` goes over the wire. */
export declare const DescribeKubernetesVersionMetadataOperation: OperationDescriptor;
/** How `DescribeNodePoolVuls` goes over the wire. */
export declare const DescribeNodePoolVulsOperation: OperationDescriptor;
/** How `DescribePolicies` goes over the wire. */
export declare const DescribePoliciesOperation: OperationDescriptor;
/** How `DescribePolicyDetails` goes over the wire. */
export declare const DescribePolicyDetailsOperation: OperationDescriptor;
/** How `DescribePolicyGovernanceInCluster` goes over the wire. */
export declare const DescribePolicyGovernanceInClusterOperation: OperationDescriptor;
/** How `DescribePolicyInstances` goes over the wire. */
export declare const DescribePolicyInstancesOperation: OperationDescriptor;
/** How `DescribePolicyInstancesStatus` goes over the wire. */
export declare const DescribePolicyInstancesStatusOperation: OperationDescriptor;
/** How `DescribeResourcesDeleteProtection` goes over the wire. */
export declare const DescribeResourcesDeleteProtectionOperation: OperationDescriptor;
/** How `DescribeSubaccountK8sClusterUserConfig` goes over the wire. */
export declare const DescribeSubaccountK8sClusterUserConfigOperation: OperationDescriptor;
/** How `DescribeTaskInfo` goes over the wire. */
export declare const DescribeTaskInfoOperation: OperationDescriptor;
/** How `DescribeTemplateAttribute` goes over the wire. */
export declare const DescribeTemplateAttributeOperation: OperationDescriptor;
/** How `DescribeTemplates` goes over the wire. */
export declare const DescribeTemplatesOperation: OperationDescriptor;
/** How `DescribeTrigger` goes over the wire. */
export declare const DescribeTriggerOperation: OperationDescriptor;
/** How `DescribeUserClusterNamespaces` goes over the wire. */
export declare const DescribeUserClusterNamespacesOperation: OperationDescriptor;
/** How `DescribeUserPermission` goes over the wire. */
export declare const DescribeUserPermissionOperation: OperationDescriptor;
/** How `DescribeUserQuota` goes over the wire. */
export declare const DescribeUserQuotaOperation: OperationDescriptor;
/** How `DescribeWorkflows` goes over the wire. */
export declare const DescribeWorkflowsOperation: OperationDescriptor;
/** How `FixNodePoolVuls` goes over the wire. */
export declare const FixNodePoolVulsOperation: OperationDescriptor;
/** How `GetClusterAddonInstance` goes over the wire. */
export declare const GetClusterAddonInstanceOperation: OperationDescriptor;
/** How `GetClusterAuditProject` goes over the wire. */
export declare const GetClusterAuditProjectOperation: OperationDescriptor;
/** How `GetClusterCheck` goes over the wire. */
export declare const GetClusterCheckOperation: OperationDescriptor;
/** How `GetClusterDiagnosisCheckItems` goes over the wire. */
export declare const GetClusterDiagnosisCheckItemsOperation: OperationDescriptor;
/** How `GetClusterDiagnosisResult` goes over the wire. */
export declare const GetClusterDiagnosisResultOperation: OperationDescriptor;
/** How `GetClusterInspectConfig` goes over the wire. */
export declare const GetClusterInspectConfigOperation: OperationDescriptor;
/** How `GetClusterInspectReportDetail` goes over the wire. */
export declare const GetClusterInspectReportDetailOperation: OperationDescriptor;
/** How `GetKubernetesTrigger` goes over the wire. */
export declare const GetKubernetesTriggerOperation: OperationDescriptor;
/** How `GetUpgradeStatus` goes over the wire. */
export declare const GetUpgradeStatusOperation: OperationDescriptor;
/** How `GrantPermissions` goes over the wire. */
export declare const GrantPermissionsOperation: OperationDescriptor;
/** How `InstallClusterAddons` goes over the wire. */
export declare const InstallClusterAddonsOperation: OperationDescriptor;
/** How `ListAddons` goes over the wire. */
export declare const ListAddonsOperation: OperationDescriptor;
/** How `ListClusterAddonInstances` goes over the wire. */
export declare const ListClusterAddonInstancesOperation: OperationDescriptor;
/** How `ListClusterChecks` goes over the wire. */
export declare const ListClusterChecksOperation: OperationDescriptor;
/** How `ListClusterInspectReports` goes over the wire. */
export declare const ListClusterInspectReportsOperation: OperationDescriptor;
/** How `ListClusterKubeconfigStates` goes over the wire. */
export declare const ListClusterKubeconfigStatesOperation: OperationDescriptor;
/** How `ListOperationPlans` goes over the wire. */
export declare const ListOperationPlansOperation: OperationDescriptor;
/** How `ListOperationPlansForRegion` goes over the wire. */
export declare const ListOperationPlansForRegionOperation: OperationDescriptor;
/** How `ListTagResources` goes over the wire. */
export declare const ListTagResourcesOperation: OperationDescriptor;
/** How `ListUserKubeConfigStates` goes over the wire. */
export declare const ListUserKubeConfigStatesOperation: OperationDescriptor;
/** How `MigrateCluster` goes over the wire. */
export declare const MigrateClusterOperation: OperationDescriptor;
/** How `ModifyCluster` goes over the wire. */
export declare const ModifyClusterOperation: OperationDescriptor;
/** How `ModifyClusterAddon` goes over the wire. */
export declare const ModifyClusterAddonOperation: OperationDescriptor;
/** How `ModifyClusterNodePool` goes over the wire. */
export declare const ModifyClusterNodePoolOperation: OperationDescriptor;
/** How `ModifyClusterTags` goes over the wire. */
export declare const ModifyClusterTagsOperation: OperationDescriptor;
/** How `ModifyNodePoolNodeConfig` goes over the wire. */
export declare const ModifyNodePoolNodeConfigOperation: OperationDescriptor;
/** How `ModifyPolicyInstance` goes over the wire. */
export declare const ModifyPolicyInstanceOperation: OperationDescriptor;
/** How `OpenAckService` goes over the wire. */
export declare const OpenAckServiceOperation: OperationDescriptor;
/** How `PauseClusterUpgrade` goes over the wire. */
export declare const PauseClusterUpgradeOperation: OperationDescriptor;
/** How `PauseComponentUpgrade` goes over the wire. */
export declare const PauseComponentUpgradeOperation: OperationDescriptor;
/** How `PauseTask` goes over the wire. */
export declare const PauseTaskOperation: OperationDescriptor;
/** How `RemoveNodePoolNodes` goes over the wire. */
export declare const RemoveNodePoolNodesOperation: OperationDescriptor;
/** How `RemoveWorkflow` goes over the wire. */
export declare const RemoveWorkflowOperation: OperationDescriptor;
/** How `RepairClusterNodePool` goes over the wire. */
export declare const RepairClusterNodePoolOperation: OperationDescriptor;
/** How `ResumeComponentUpgrade` goes over the wire. */
export declare const ResumeComponentUpgradeOperation: OperationDescriptor;
/** How `ResumeTask` goes over the wire. */
export declare const ResumeTaskOperation: OperationDescriptor;
/** How `ResumeUpgradeCluster` goes over the wire. */
export declare const ResumeUpgradeClusterOperation: OperationDescriptor;
/** How `RevokeK8sClusterKubeConfig` goes over the wire. */
export declare const RevokeK8sClusterKubeConfigOperation: OperationDescriptor;
/** How `RunClusterCheck` goes over the wire. */
export declare const RunClusterCheckOperation: OperationDescriptor;
/** How `RunClusterInspect` goes over the wire. */
export declare const RunClusterInspectOperation: OperationDescriptor;
/** How `ScaleClusterNodePool` goes over the wire. */
export declare const ScaleClusterNodePoolOperation: OperationDescriptor;
/** How `ScanClusterVuls` goes over the wire. */
export declare const ScanClusterVulsOperation: OperationDescriptor;
/** How `StartAlert` goes over the wire. */
export declare const StartAlertOperation: OperationDescriptor;
/** How `StartWorkflow` goes over the wire. */
export declare const StartWorkflowOperation: OperationDescriptor;
/** How `StopAlert` goes over the wire. */
export declare const StopAlertOperation: OperationDescriptor;
/** How `SyncClusterNodePool` goes over the wire. */
export declare const SyncClusterNodePoolOperation: OperationDescriptor;
/** How `TagResources` goes over the wire. */
export declare const TagResourcesOperation: OperationDescriptor;
/** How `UnInstallClusterAddons` goes over the wire. */
export declare const UnInstallClusterAddonsOperation: OperationDescriptor;
/** How `UntagResources` goes over the wire. */
export declare const UntagResourcesOperation: OperationDescriptor;
/** How `UpdateClusterAuditLogConfig` goes over the wire. */
export declare const UpdateClusterAuditLogConfigOperation: OperationDescriptor;
/** How `UpdateClusterInspectConfig` goes over the wire. */
export declare const UpdateClusterInspectConfigOperation: OperationDescriptor;
/** How `UpdateContactGroupForAlert` goes over the wire. */
export declare const UpdateContactGroupForAlertOperation: OperationDescriptor;
/** How `UpdateControlPlaneLog` goes over the wire. */
export declare const UpdateControlPlaneLogOperation: OperationDescriptor;
/** How `UpdateK8sClusterUserConfigExpire` goes over the wire. */
export declare const UpdateK8sClusterUserConfigExpireOperation: OperationDescriptor;
/** How `UpdateResourcesDeleteProtection` goes over the wire. */
export declare const UpdateResourcesDeleteProtectionOperation: OperationDescriptor;
/** How `UpdateTemplate` goes over the wire. */
export declare const UpdateTemplateOperation: OperationDescriptor;
/** How `UpdateUserPermissions` goes over the wire. */
export declare const UpdateUserPermissionsOperation: OperationDescriptor;
/** How `UpgradeCluster` goes over the wire. */
export declare const UpgradeClusterOperation: OperationDescriptor;
/** How `UpgradeClusterAddons` goes over the wire. */
export declare const UpgradeClusterAddonsOperation: OperationDescriptor;
/** How `UpgradeClusterNodepool` goes over the wire. */
export declare const UpgradeClusterNodepoolOperation: OperationDescriptor;
/** Options of {@link CsClient}. */
export type CsClientOptions = ClientOptions;
/**
 * The CS client without operation methods: pass it to the standalone operation functions
 * (`createClusterNodePool(client, request)`) so that bundlers keep only the operations you call.
 *
 * Minimal unless told otherwise: credentials from the `credentials` option or the ALIBABA_CLOUD_* keys, direct
 * connections. The default credential chain, proxies, hooks and debug events come with `features` (`allFeatures`
 * for everything CsClient has) or, for the first two, with `credentials: defaultCredentialsChain()` and
 * `transport: createNodeTransport()`.
 */
export declare class CsBaseClient extends ClientCore {
    constructor(options?: CsClientOptions, features?: ClientFeatures);
}
/**
 * Adds existing ECS instances to a cluster as worker nodes.
 *
 * `POST /clusters/{ClusterId}/attach` — see docs/AttachInstances.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function attachInstances(client: ClientCore, request: AttachInstancesRequest, options?: CallOptions): Promise<WithMetadata<AttachInstancesResponse>>;
/**
 * Adds existing ECS instances to a node pool.
 *
 * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/attach` — see docs/AttachInstancesToNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function attachInstancesToNodePool(client: ClientCore, request: AttachInstancesToNodePoolRequest, options?: CallOptions): Promise<WithMetadata<AttachInstancesToNodePoolResponse>>;
/**
 * Cancels a cluster upgrade in progress (legacy; use CancelTask).
 *
 * `POST /api/v2/clusters/{ClusterId}/upgrade/cancel` — see docs/CancelClusterUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export declare function cancelClusterUpgrade(client: ClientCore, request: CancelClusterUpgradeRequest, options?: CallOptions): Promise<WithMetadata<CancelClusterUpgradeResponse>>;
/**
 * Cancels an add-on upgrade in progress (legacy).
 *
 * `POST /clusters/{clusterId}/components/{componentId}/cancel` — see docs/CancelComponentUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export declare function cancelComponentUpgrade(client: ClientCore, request: CancelComponentUpgradeRequest, options?: CallOptions): Promise<WithMetadata<CancelComponentUpgradeResponse>>;
/**
 * Cancels a scheduled automatic operations plan that has not run yet.
 *
 * `DELETE /operation/plans/{plan_id}` — see docs/CancelOperationPlan.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function cancelOperationPlan(client: ClientCore, request: CancelOperationPlanRequest, options?: CallOptions): Promise<WithMetadata<CancelOperationPlanResponse>>;
/**
 * Cancels a running task.
 *
 * `POST /tasks/{task_id}/cancel` — see docs/CancelTask.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function cancelTask(client: ClientCore, request: CancelTaskRequest, options?: CallOptions): Promise<WithMetadata<CancelTaskResponse>>;
/**
 * Cancels a running genomics workflow (deprecated).
 *
 * `PUT /gs/workflow/{workflowName}` — see docs/CancelWorkflow.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function cancelWorkflow(client: ClientCore, request: CancelWorkflowRequest, options?: CallOptions): Promise<WithMetadata<CancelWorkflowResponse>>;
/**
 * Returns the control plane log collection settings of a cluster.
 *
 * `GET /clusters/{ClusterId}/controlplanelog` — see docs/CheckControlPlaneLogEnable.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function checkControlPlaneLogEnable(client: ClientCore, request: CheckControlPlaneLogEnableRequest, options?: CallOptions): Promise<WithMetadata<CheckControlPlaneLogEnableResponse>>;
/**
 * Checks whether the account has authorized the given service roles.
 *
 * `POST /ram/check-service-role` — see docs/CheckServiceRole.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function checkServiceRole(client: ClientCore, request: CheckServiceRoleRequest, options?: CallOptions): Promise<WithMetadata<CheckServiceRoleResponse>>;
/**
 * Revokes a user's kubeconfig and RBAC permissions in one cluster.
 *
 * `DELETE /cluster/{ClusterId}/user/{Uid}/permissions` — see docs/CleanClusterUserPermissions.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function cleanClusterUserPermissions(client: ClientCore, request: CleanClusterUserPermissionsRequest, options?: CallOptions): Promise<WithMetadata<CleanClusterUserPermissionsResponse>>;
/**
 * Revokes a user's kubeconfigs and RBAC permissions across clusters.
 *
 * `DELETE /users/{Uid}/permissions` — see docs/CleanUserPermissions.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function cleanUserPermissions(client: ClientCore, request: CleanUserPermissionsRequest, options?: CallOptions): Promise<WithMetadata<CleanUserPermissionsResponse>>;
/**
 * Sets the cluster-wide node auto scaling configuration.
 *
 * `POST /cluster/{ClusterId}/autoscale/config/` — see docs/CreateAutoscalingConfig.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function createAutoscalingConfig(client: ClientCore, request: CreateAutoscalingConfigRequest, options?: CallOptions): Promise<WithMetadata<CreateAutoscalingConfigResponse>>;
/**
 * Creates a cluster (managed, dedicated, Serverless, Edge or registered).
 *
 * `POST /clusters` — see docs/CreateCluster.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function createCluster(client: ClientCore, request: CreateClusterRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterResponse>>;
/**
 * Starts a diagnosis of a cluster or of one of its objects.
 *
 * `POST /clusters/{cluster_id}/diagnosis` — see docs/CreateClusterDiagnosis.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function createClusterDiagnosis(client: ClientCore, request: CreateClusterDiagnosisRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterDiagnosisResponse>>;
/**
 * Enables scheduled inspection of a cluster.
 *
 * `POST /clusters/{clusterId}/inspectConfig` — see docs/CreateClusterInspectConfig.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function createClusterInspectConfig(client: ClientCore, request: CreateClusterInspectConfigRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterInspectConfigResponse>>;
/**
 * Creates a node pool in a cluster.
 *
 * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function createClusterNodePool(client: ClientCore, request: CreateClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterNodePoolResponse>>;
/**
 * Creates a trigger that redeploys an application (legacy; use CreateTrigger).
 *
 * `POST /triggers` — see docs/CreateKubernetesTrigger.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export declare function createKubernetesTrigger(client: ClientCore, request: CreateKubernetesTriggerRequest, options?: CallOptions): Promise<WithMetadata<CreateKubernetesTriggerResponse>>;
/**
 * Creates an orchestration template.
 *
 * `POST /templates` — see docs/CreateTemplate.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function createTemplate(client: ClientCore, request: CreateTemplateRequest, options?: CallOptions): Promise<WithMetadata<CreateTemplateResponse>>;
/**
 * Creates a trigger that redeploys an application.
 *
 * `POST /clusters/{cluster_id}/triggers` — see docs/CreateTrigger.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function createTrigger(client: ClientCore, request: CreateTriggerRequest, options?: CallOptions): Promise<WithMetadata<CreateTriggerResponse>>;
/**
 * Deletes alert contacts.
 *
 * `DELETE /alert/contacts` — see docs/DeleteAlertContact.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deleteAlertContact(client: ClientCore, request: DeleteAlertContactRequest, options?: CallOptions): Promise<WithMetadata<DeleteAlertContactResponse>>;
/**
 * Deletes alert contact groups.
 *
 * `DELETE /alert/contact_groups` — see docs/DeleteAlertContactGroup.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deleteAlertContactGroup(client: ClientCore, request: DeleteAlertContactGroupRequest, options?: CallOptions): Promise<WithMetadata<DeleteAlertContactGroupResponse>>;
/**
 * Deletes a cluster and, optionally, the cloud resources it created.
 *
 * `DELETE /clusters/{ClusterId}` — see docs/DeleteCluster.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deleteCluster(client: ClientCore, request: DeleteClusterRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterResponse>>;
/**
 * Turns off scheduled inspection of a cluster and deletes its settings.
 *
 * `DELETE /clusters/{clusterId}/inspectConfig` — see docs/DeleteClusterInspectConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deleteClusterInspectConfig(client: ClientCore, request: DeleteClusterInspectConfigRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterInspectConfigResponse>>;
/**
 * Deletes a node pool.
 *
 * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deleteClusterNodepool(client: ClientCore, request: DeleteClusterNodepoolRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterNodepoolResponse>>;
/**
 * Removes nodes from a cluster.
 *
 * `POST /clusters/{ClusterId}/nodes` — see docs/DeleteClusterNodes.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function deleteClusterNodes(client: ClientCore, request: DeleteClusterNodesRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterNodesResponse>>;
/**
 * Deletes an application trigger (legacy; use DeleteTrigger).
 *
 * `DELETE /triggers/revoke/{Id}` — see docs/DeleteKubernetesTrigger.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function deleteKubernetesTrigger(client: ClientCore, request: DeleteKubernetesTriggerRequest, options?: CallOptions): Promise<WithMetadata<DeleteKubernetesTriggerResponse>>;
/**
 * Deletes policy instances of a rule from a cluster.
 *
 * `DELETE /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeletePolicyInstance.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deletePolicyInstance(client: ClientCore, request: DeletePolicyInstanceRequest, options?: CallOptions): Promise<WithMetadata<DeletePolicyInstanceResponse>>;
/**
 * Deletes an orchestration template.
 *
 * `DELETE /templates/{TemplateId}` — see docs/DeleteTemplate.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deleteTemplate(client: ClientCore, request: DeleteTemplateRequest, options?: CallOptions): Promise<WithMetadata<DeleteTemplateResponse>>;
/**
 * Deletes an application trigger.
 *
 * `DELETE /clusters/{cluster_id}/triggers/{Id}` — see docs/DeleteTrigger.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deleteTrigger(client: ClientCore, request: DeleteTriggerRequest, options?: CallOptions): Promise<WithMetadata<DeleteTriggerResponse>>;
/**
 * Deploys a policy instance of a security policy rule in a cluster.
 *
 * `POST /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeployPolicyInstance.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function deployPolicyInstance(client: ClientCore, request: DeployPolicyInstanceRequest, options?: CallOptions): Promise<WithMetadata<DeployPolicyInstanceResponse>>;
/**
 * Returns the details of a genomics workflow (deprecated).
 *
 * `GET /gs/workflow/{workflowName}` — see docs/DescirbeWorkflow.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function descirbeWorkflow(client: ClientCore, request: DescirbeWorkflowRequest, options?: CallOptions): Promise<WithMetadata<DescirbeWorkflowResponse>>;
/**
 * Returns the details of one add-on available for a cluster or a kind of cluster.
 *
 * `GET /addons/{addon_name}` — see docs/DescribeAddon.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeAddon(client: ClientCore, request: DescribeAddonRequest, options?: CallOptions): Promise<WithMetadata<DescribeAddonResponse>>;
/**
 * Lists the add-ons ACK offers (legacy; use ListAddons).
 *
 * `GET /clusters/components/metadata` — see docs/DescribeAddons.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeAddons(client: ClientCore, request: DescribeAddonsRequest, options?: CallOptions): Promise<WithMetadata<DescribeAddonsResponse>>;
/**
 * Returns the version, state and configuration of an installed add-on (legacy).
 *
 * `GET /clusters/{ClusterID}/components/{AddonName}/instance` — see docs/DescribeClusterAddonInstance.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeClusterAddonInstance(client: ClientCore, request: DescribeClusterAddonInstanceRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonInstanceResponse>>;
/**
 * Returns the configurable parameters of an add-on version for a cluster (legacy).
 *
 * `GET /clusters/{cluster_id}/components/{component_id}/metadata` — see docs/DescribeClusterAddonMetadata.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeClusterAddonMetadata(client: ClientCore, request: DescribeClusterAddonMetadataRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonMetadataResponse>>;
/**
 * Returns the upgrade progress of one add-on (legacy).
 *
 * `GET /clusters/{ClusterId}/components/{ComponentId}/upgradestatus` — see docs/DescribeClusterAddonUpgradeStatus.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeClusterAddonUpgradeStatus(client: ClientCore, request: DescribeClusterAddonUpgradeStatusRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonUpgradeStatusResponse>>;
/**
 * Returns the upgrade progress of several add-ons (legacy).
 *
 * `GET /clusters/{ClusterId}/components/upgradestatus` — see docs/DescribeClusterAddonsUpgradeStatus.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeClusterAddonsUpgradeStatus(client: ClientCore, request: DescribeClusterAddonsUpgradeStatusRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonsUpgradeStatusResponse>>;
/**
 * Lists the add-ons installed in a cluster with their versions (legacy).
 *
 * `GET /clusters/{ClusterId}/components/version` — see docs/DescribeClusterAddonsVersion.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeClusterAddonsVersion(client: ClientCore, request: DescribeClusterAddonsVersionRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonsVersionResponse>>;
/**
 * Returns a script that joins an existing machine to a cluster.
 *
 * `POST /clusters/{ClusterId}/attachscript` — see docs/DescribeClusterAttachScripts.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function describeClusterAttachScripts(client: ClientCore, request: DescribeClusterAttachScriptsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAttachScriptsResponse>>;
/**
 * Returns the details of a cluster.
 *
 * `GET /clusters/{ClusterId}` — see docs/DescribeClusterDetail.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterDetail(client: ClientCore, request: DescribeClusterDetailRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterDetailResponse>>;
/**
 * Lists the events of a cluster.
 *
 * `GET /clusters/{ClusterId}/events` — see docs/DescribeClusterEvents.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterEvents(client: ClientCore, request: DescribeClusterEventsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterEventsResponse>>;
/**
 * Returns the operation logs of a cluster.
 *
 * `GET /clusters/{ClusterId}/logs` — see docs/DescribeClusterLogs.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterLogs(client: ClientCore, request: DescribeClusterLogsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterLogsResponse>>;
/**
 * Returns the configuration and status of a node pool.
 *
 * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterNodePoolDetail(client: ClientCore, request: DescribeClusterNodePoolDetailRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>>;
/**
 * Lists the node pools of a cluster.
 *
 * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterNodePools(client: ClientCore, request: DescribeClusterNodePoolsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodePoolsResponse>>;
/**
 * Lists the nodes of a cluster.
 *
 * `GET /clusters/{ClusterId}/nodes` — see docs/DescribeClusterNodes.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterNodes(client: ClientCore, request: DescribeClusterNodesRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodesResponse>>;
/**
 * Lists the cloud resources that belong to a cluster.
 *
 * `GET /clusters/{ClusterId}/resources` — see docs/DescribeClusterResources.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterResources(client: ClientCore, request: DescribeClusterResourcesRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterResourcesResponse>>;
/**
 * Lists the tasks of a cluster.
 *
 * `GET /clusters/{cluster_id}/tasks` — see docs/DescribeClusterTasks.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterTasks(client: ClientCore, request: DescribeClusterTasksRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterTasksResponse>>;
/**
 * Returns a kubeconfig for the caller to access a cluster.
 *
 * `GET /k8s/{ClusterId}/user_config` — see docs/DescribeClusterUserKubeconfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterUserKubeconfig(client: ClientCore, request: DescribeClusterUserKubeconfigRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterUserKubeconfigResponse>>;
/**
 * Returns a kubeconfig for the caller to access a cluster (legacy).
 *
 * `GET /api/v2/k8s/{ClusterId}/user_config` — see docs/DescribeClusterV2UserKubeconfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeClusterV2UserKubeconfig(client: ClientCore, request: DescribeClusterV2UserKubeconfigRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterV2UserKubeconfigResponse>>;
/**
 * Lists the security vulnerabilities found in a cluster.
 *
 * `GET /clusters/{cluster_id}/vuls` — see docs/DescribeClusterVuls.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterVuls(client: ClientCore, request: DescribeClusterVulsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterVulsResponse>>;
/**
 * Lists the clusters of the account (legacy; use DescribeClustersV1).
 *
 * `GET /clusters` — see docs/DescribeClusters.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeClusters(client: ClientCore, request: DescribeClustersRequest, options?: CallOptions): Promise<WithMetadata<DescribeClustersResponse>>;
/**
 * Lists the clusters in a region, with filters and pagination.
 *
 * `GET /regions/{region_id}/clusters` — see docs/DescribeClustersForRegion.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClustersForRegion(client: ClientCore, request: DescribeClustersForRegionRequest, options?: CallOptions): Promise<WithMetadata<DescribeClustersForRegionResponse>>;
/**
 * Lists the clusters of the account, with filters and pagination.
 *
 * `GET /api/v1/clusters` — see docs/DescribeClustersV1.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClustersV1(client: ClientCore, request: DescribeClustersV1Request, options?: CallOptions): Promise<WithMetadata<DescribeClustersV1Response>>;
/**
 * Lists operation events, optionally of one cluster or one type.
 *
 * `GET /events` — see docs/DescribeEvents.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeEvents(client: ClientCore, request: DescribeEventsRequest, options?: CallOptions): Promise<WithMetadata<DescribeEventsResponse>>;
/**
 * Lists the operation events of the clusters in a region.
 *
 * `GET /regions/{region_id}/events` — see docs/DescribeEventsForRegion.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeEventsForRegion(client: ClientCore, request: DescribeEventsForRegionRequest, options?: CallOptions): Promise<WithMetadata<DescribeEventsForRegionResponse>>;
/**
 * Returns the agent manifest that connects an external cluster to ACK (registered clusters).
 *
 * `GET /k8s/{ClusterId}/external/agent/deployment` — see docs/DescribeExternalAgent.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeExternalAgent(client: ClientCore, request: DescribeExternalAgentRequest, options?: CallOptions): Promise<WithMetadata<DescribeExternalAgentResponse>>;
/**
 * Lists Kubernetes versions with their release dates, images and runtimes.
 *
 * `GET /api/v1/metadata/versions` — see docs/DescribeKubernetesVersionMetadata.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeKubernetesVersionMetadata(client: ClientCore, request: DescribeKubernetesVersionMetadataRequest, options?: CallOptions): Promise<WithMetadata<DescribeKubernetesVersionMetadataResponse>>;
/**
 * Lists the security vulnerabilities found on the nodes of a node pool.
 *
 * `GET /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls` — see docs/DescribeNodePoolVuls.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeNodePoolVuls(client: ClientCore, request: DescribeNodePoolVulsRequest, options?: CallOptions): Promise<WithMetadata<DescribeNodePoolVulsResponse>>;
/**
 * Lists the security policy rules ACK offers.
 *
 * `GET /policies` — see docs/DescribePolicies.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describePolicies(client: ClientCore, request: DescribePoliciesRequest, options?: CallOptions): Promise<WithMetadata<DescribePoliciesResponse>>;
/**
 * Returns the details of a security policy rule.
 *
 * `GET /policies/{policy_name}` — see docs/DescribePolicyDetails.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describePolicyDetails(client: ClientCore, request: DescribePolicyDetailsRequest, options?: CallOptions): Promise<WithMetadata<DescribePolicyDetailsResponse>>;
/**
 * Returns the policy governance overview of a cluster.
 *
 * `GET /clusters/{cluster_id}/policygovernance` — see docs/DescribePolicyGovernanceInCluster.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describePolicyGovernanceInCluster(client: ClientCore, request: DescribePolicyGovernanceInClusterRequest, options?: CallOptions): Promise<WithMetadata<DescribePolicyGovernanceInClusterResponse>>;
/**
 * Lists the policy instances deployed in a cluster.
 *
 * `GET /clusters/{cluster_id}/policies` — see docs/DescribePolicyInstances.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describePolicyInstances(client: ClientCore, request: DescribePolicyInstancesRequest, options?: CallOptions): Promise<WithMetadata<DescribePolicyInstancesResponse>>;
/**
 * Returns the deployment counts of policy instances in a cluster.
 *
 * `GET /clusters/{cluster_id}/policies/status` — see docs/DescribePolicyInstancesStatus.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describePolicyInstancesStatus(client: ClientCore, request: DescribePolicyInstancesStatusRequest, options?: CallOptions): Promise<WithMetadata<DescribePolicyInstancesStatusResponse>>;
/**
 * Returns whether deletion protection is on for namespaces or Services.
 *
 * `GET /clusters/{ClusterId}/resources/{ResourceType}/protection` — see docs/DescribeResourcesDeleteProtection.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeResourcesDeleteProtection(client: ClientCore, request: DescribeResourcesDeleteProtectionRequest, options?: CallOptions): Promise<WithMetadata<DescribeResourcesDeleteProtectionResponse>>;
/**
 * Returns a kubeconfig for a RAM user or role to access a cluster.
 *
 * `GET /k8s/{ClusterId}/users/{Uid}/user_config` — see docs/DescribeSubaccountK8sClusterUserConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeSubaccountK8sClusterUserConfig(client: ClientCore, request: DescribeSubaccountK8sClusterUserConfigRequest, options?: CallOptions): Promise<WithMetadata<DescribeSubaccountK8sClusterUserConfigResponse>>;
/**
 * Returns the state and progress of a task.
 *
 * `GET /tasks/{task_id}` — see docs/DescribeTaskInfo.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeTaskInfo(client: ClientCore, request: DescribeTaskInfoRequest, options?: CallOptions): Promise<WithMetadata<DescribeTaskInfoResponse>>;
/**
 * Returns an orchestration template.
 *
 * `GET /templates/{TemplateId}` — see docs/DescribeTemplateAttribute.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeTemplateAttribute(client: ClientCore, request: DescribeTemplateAttributeRequest, options?: CallOptions): Promise<WithMetadata<DescribeTemplateAttributeResponse>>;
/**
 * Lists orchestration templates.
 *
 * `GET /templates` — see docs/DescribeTemplates.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeTemplates(client: ClientCore, request: DescribeTemplatesRequest, options?: CallOptions): Promise<WithMetadata<DescribeTemplatesResponse>>;
/**
 * Lists the triggers of an application.
 *
 * `GET /clusters/{cluster_id}/triggers` — see docs/DescribeTrigger.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeTrigger(client: ClientCore, request: DescribeTriggerRequest, options?: CallOptions): Promise<WithMetadata<DescribeTriggerResponse>>;
/**
 * Lists the namespaces of a cluster in which the caller has RBAC permissions.
 *
 * `GET /api/v2/k8s/{ClusterId}/namespaces` — see docs/DescribeUserClusterNamespaces.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeUserClusterNamespaces(client: ClientCore, request: DescribeUserClusterNamespacesRequest, options?: CallOptions): Promise<WithMetadata<DescribeUserClusterNamespacesResponse>>;
/**
 * Lists the RBAC permissions a RAM user or role has in clusters.
 *
 * `GET /permissions/users/{uid}` — see docs/DescribeUserPermission.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeUserPermission(client: ClientCore, request: DescribeUserPermissionRequest, options?: CallOptions): Promise<WithMetadata<DescribeUserPermissionResponse>>;
/**
 * Returns the ACK quotas of the account.
 *
 * `GET /quota` — see docs/DescribeUserQuota.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeUserQuota(client: ClientCore, request: DescribeUserQuotaRequest, options?: CallOptions): Promise<WithMetadata<DescribeUserQuotaResponse>>;
/**
 * Lists genomics workflows (deprecated).
 *
 * `GET /gs/workflows` — see docs/DescribeWorkflows.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function describeWorkflows(client: ClientCore, request: DescribeWorkflowsRequest, options?: CallOptions): Promise<WithMetadata<DescribeWorkflowsResponse>>;
/**
 * Fixes CVE vulnerabilities on the nodes of a node pool.
 *
 * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls/fix` — see docs/FixNodePoolVuls.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function fixNodePoolVuls(client: ClientCore, request: FixNodePoolVulsRequest, options?: CallOptions): Promise<WithMetadata<FixNodePoolVulsResponse>>;
/**
 * Returns the details of an add-on installed in a cluster.
 *
 * `GET /clusters/{cluster_id}/addon_instances/{instance_name}` — see docs/GetClusterAddonInstance.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function getClusterAddonInstance(client: ClientCore, request: GetClusterAddonInstanceRequest, options?: CallOptions): Promise<WithMetadata<GetClusterAddonInstanceResponse>>;
/**
 * Returns the API server audit log settings of a cluster.
 *
 * `GET /clusters/{clusterid}/audit` — see docs/GetClusterAuditProject.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function getClusterAuditProject(client: ClientCore, request: GetClusterAuditProjectRequest, options?: CallOptions): Promise<WithMetadata<GetClusterAuditProjectResponse>>;
/**
 * Returns the result of a cluster check.
 *
 * `GET /clusters/{cluster_id}/checks/{check_id}` — see docs/GetClusterCheck.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function getClusterCheck(client: ClientCore, request: GetClusterCheckRequest, options?: CallOptions): Promise<WithMetadata<GetClusterCheckResponse>>;
/**
 * Lists the check items of a cluster diagnosis and their results.
 *
 * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/check_items` — see docs/GetClusterDiagnosisCheckItems.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function getClusterDiagnosisCheckItems(client: ClientCore, request: GetClusterDiagnosisCheckItemsRequest, options?: CallOptions): Promise<WithMetadata<GetClusterDiagnosisCheckItemsResponse>>;
/**
 * Returns the result of a cluster diagnosis.
 *
 * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/result` — see docs/GetClusterDiagnosisResult.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function getClusterDiagnosisResult(client: ClientCore, request: GetClusterDiagnosisResultRequest, options?: CallOptions): Promise<WithMetadata<GetClusterDiagnosisResultResponse>>;
/**
 * Returns the scheduled inspection settings of a cluster.
 *
 * `GET /clusters/{clusterId}/inspectConfig` — see docs/GetClusterInspectConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function getClusterInspectConfig(client: ClientCore, request: GetClusterInspectConfigRequest, options?: CallOptions): Promise<WithMetadata<GetClusterInspectConfigResponse>>;
/**
 * Returns the results of a cluster inspection report.
 *
 * `GET /clusters/{clusterId}/inspectReports/{reportId}` — see docs/GetClusterInspectReportDetail.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function getClusterInspectReportDetail(client: ClientCore, request: GetClusterInspectReportDetailRequest, options?: CallOptions): Promise<WithMetadata<GetClusterInspectReportDetailResponse>>;
/**
 * Lists the triggers of an application (legacy; use DescribeTrigger).
 *
 * `GET /triggers/{ClusterId}` — see docs/GetKubernetesTrigger.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function getKubernetesTrigger(client: ClientCore, request: GetKubernetesTriggerRequest, options?: CallOptions): Promise<WithMetadata<GetKubernetesTriggerResponse>>;
/**
 * Returns the progress of a cluster upgrade (legacy; use DescribeTaskInfo).
 *
 * `GET /api/v2/clusters/{ClusterId}/upgrade/status` — see docs/GetUpgradeStatus.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function getUpgradeStatus(client: ClientCore, request: GetUpgradeStatusRequest, options?: CallOptions): Promise<WithMetadata<GetUpgradeStatusResponse>>;
/**
 * Replaces the RBAC permissions of a RAM user or role.
 *
 * `POST /permissions/users/{uid}` — see docs/GrantPermissions.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function grantPermissions(client: ClientCore, request: GrantPermissionsRequest, options?: CallOptions): Promise<WithMetadata<GrantPermissionsResponse>>;
/**
 * Installs add-ons in a cluster.
 *
 * `POST /clusters/{ClusterId}/components/install` — see docs/InstallClusterAddons.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function installClusterAddons(client: ClientCore, request: InstallClusterAddonsRequest, options?: CallOptions): Promise<WithMetadata<InstallClusterAddonsResponse>>;
/**
 * Lists the add-ons available for a cluster or a kind of cluster.
 *
 * `GET /addons` — see docs/ListAddons.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listAddons(client: ClientCore, request: ListAddonsRequest, options?: CallOptions): Promise<WithMetadata<ListAddonsResponse>>;
/**
 * Lists the add-ons installed in a cluster.
 *
 * `GET /clusters/{cluster_id}/addon_instances` — see docs/ListClusterAddonInstances.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listClusterAddonInstances(client: ClientCore, request: ListClusterAddonInstancesRequest, options?: CallOptions): Promise<WithMetadata<ListClusterAddonInstancesResponse>>;
/**
 * Lists the checks run on a cluster.
 *
 * `GET /clusters/{cluster_id}/checks` — see docs/ListClusterChecks.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listClusterChecks(client: ClientCore, request: ListClusterChecksRequest, options?: CallOptions): Promise<WithMetadata<ListClusterChecksResponse>>;
/**
 * Lists the inspection reports of a cluster.
 *
 * `GET /clusters/{clusterId}/inspectReports` — see docs/ListClusterInspectReports.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listClusterInspectReports(client: ClientCore, request: ListClusterInspectReportsRequest, options?: CallOptions): Promise<WithMetadata<ListClusterInspectReportsResponse>>;
/**
 * Lists the kubeconfigs issued for a cluster and their certificate states.
 *
 * `GET /clusters/{ClusterId}/kubeconfig/states` — see docs/ListClusterKubeconfigStates.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listClusterKubeconfigStates(client: ClientCore, request: ListClusterKubeconfigStatesRequest, options?: CallOptions): Promise<WithMetadata<ListClusterKubeconfigStatesResponse>>;
/**
 * Lists scheduled automatic operations plans, such as automatic upgrades.
 *
 * `GET /operation/plans` — see docs/ListOperationPlans.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listOperationPlans(client: ClientCore, request: ListOperationPlansRequest, options?: CallOptions): Promise<WithMetadata<ListOperationPlansResponse>>;
/**
 * Lists scheduled automatic operations plans of the clusters in a region.
 *
 * `GET /regions/{region_id}/operation/plans` — see docs/ListOperationPlansForRegion.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listOperationPlansForRegion(client: ClientCore, request: ListOperationPlansForRegionRequest, options?: CallOptions): Promise<WithMetadata<ListOperationPlansForRegionResponse>>;
/**
 * Lists the tags of clusters.
 *
 * `GET /tags` — see docs/ListTagResources.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listTagResources(client: ClientCore, request: ListTagResourcesRequest, options?: CallOptions): Promise<WithMetadata<ListTagResourcesResponse>>;
/**
 * Lists the kubeconfigs issued to a user across clusters and their certificate states.
 *
 * `GET /users/{Uid}/kubeconfig/states` — see docs/ListUserKubeConfigStates.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function listUserKubeConfigStates(client: ClientCore, request: ListUserKubeConfigStatesRequest, options?: CallOptions): Promise<WithMetadata<ListUserKubeConfigStatesResponse>>;
/**
 * Migrates an ACK Basic cluster to ACK Pro.
 *
 * `POST /clusters/{cluster_id}/migrate` — see docs/MigrateCluster.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function migrateCluster(client: ClientCore, request: MigrateClusterRequest, options?: CallOptions): Promise<WithMetadata<MigrateClusterResponse>>;
/**
 * Changes the settings of a cluster.
 *
 * `PUT /api/v2/clusters/{ClusterId}` — see docs/ModifyCluster.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function modifyCluster(client: ClientCore, request: ModifyClusterRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterResponse>>;
/**
 * Changes the configuration of an installed add-on.
 *
 * `POST /clusters/{cluster_id}/components/{component_id}/config` — see docs/ModifyClusterAddon.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function modifyClusterAddon(client: ClientCore, request: ModifyClusterAddonRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterAddonResponse>>;
/**
 * Changes the configuration of a node pool.
 *
 * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function modifyClusterNodePool(client: ClientCore, request: ModifyClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterNodePoolResponse>>;
/**
 * Replaces the tags of a cluster.
 *
 * `POST /clusters/{ClusterId}/tags` — see docs/ModifyClusterTags.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function modifyClusterTags(client: ClientCore, request: ModifyClusterTagsRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterTagsResponse>>;
/**
 * Changes the kubelet, OS and containerd settings of the nodes in a node pool.
 *
 * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}/node_config` — see docs/ModifyNodePoolNodeConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function modifyNodePoolNodeConfig(client: ClientCore, request: ModifyNodePoolNodeConfigRequest, options?: CallOptions): Promise<WithMetadata<ModifyNodePoolNodeConfigResponse>>;
/**
 * Changes a policy instance deployed in a cluster.
 *
 * `PUT /clusters/{cluster_id}/policies/{policy_name}` — see docs/ModifyPolicyInstance.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function modifyPolicyInstance(client: ClientCore, request: ModifyPolicyInstanceRequest, options?: CallOptions): Promise<WithMetadata<ModifyPolicyInstanceResponse>>;
/**
 * Activates ACK for the account.
 *
 * `POST /service/open` — see docs/OpenAckService.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function openAckService(client: ClientCore, request: OpenAckServiceRequest, options?: CallOptions): Promise<WithMetadata<OpenAckServiceResponse>>;
/**
 * Pauses a cluster upgrade in progress (legacy; use PauseTask).
 *
 * `POST /api/v2/clusters/{ClusterId}/upgrade/pause` — see docs/PauseClusterUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export declare function pauseClusterUpgrade(client: ClientCore, request: PauseClusterUpgradeRequest, options?: CallOptions): Promise<WithMetadata<PauseClusterUpgradeResponse>>;
/**
 * Pauses an add-on upgrade in progress (legacy).
 *
 * `POST /clusters/{clusterid}/components/{componentid}/pause` — see docs/PauseComponentUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export declare function pauseComponentUpgrade(client: ClientCore, request: PauseComponentUpgradeRequest, options?: CallOptions): Promise<WithMetadata<PauseComponentUpgradeResponse>>;
/**
 * Pauses a running task.
 *
 * `POST /tasks/{task_id}/pause` — see docs/PauseTask.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function pauseTask(client: ClientCore, request: PauseTaskRequest, options?: CallOptions): Promise<WithMetadata<PauseTaskResponse>>;
/**
 * Removes nodes from a node pool and lowers its desired size.
 *
 * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}/nodes` — see docs/RemoveNodePoolNodes.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function removeNodePoolNodes(client: ClientCore, request: RemoveNodePoolNodesRequest, options?: CallOptions): Promise<WithMetadata<RemoveNodePoolNodesResponse>>;
/**
 * Deletes a genomics workflow (deprecated).
 *
 * `DELETE /gs/workflow/{workflowName}` — see docs/RemoveWorkflow.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export declare function removeWorkflow(client: ClientCore, request: RemoveWorkflowRequest, options?: CallOptions): Promise<WithMetadata<RemoveWorkflowResponse>>;
/**
 * Repairs faulty nodes of a node pool.
 *
 * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/repair` — see docs/RepairClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function repairClusterNodePool(client: ClientCore, request: RepairClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<RepairClusterNodePoolResponse>>;
/**
 * Resumes a paused add-on upgrade (legacy).
 *
 * `POST /clusters/{clusterid}/components/{componentid}/resume` — see docs/ResumeComponentUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export declare function resumeComponentUpgrade(client: ClientCore, request: ResumeComponentUpgradeRequest, options?: CallOptions): Promise<WithMetadata<ResumeComponentUpgradeResponse>>;
/**
 * Resumes a paused task.
 *
 * `POST /tasks/{task_id}/resume` — see docs/ResumeTask.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function resumeTask(client: ClientCore, request: ResumeTaskRequest, options?: CallOptions): Promise<WithMetadata<ResumeTaskResponse>>;
/**
 * Resumes a paused cluster upgrade (legacy; use ResumeTask).
 *
 * `POST /api/v2/clusters/{ClusterId}/upgrade/resume` — see docs/ResumeUpgradeCluster.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export declare function resumeUpgradeCluster(client: ClientCore, request: ResumeUpgradeClusterRequest, options?: CallOptions): Promise<WithMetadata<ResumeUpgradeClusterResponse>>;
/**
 * Revokes the caller's kubeconfig for a cluster.
 *
 * `DELETE /k8s/{ClusterId}/certs` — see docs/RevokeK8sClusterKubeConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function revokeK8sClusterKubeConfig(client: ClientCore, request: RevokeK8sClusterKubeConfigRequest, options?: CallOptions): Promise<WithMetadata<RevokeK8sClusterKubeConfigResponse>>;
/**
 * Starts a check of a cluster, such as a pre-upgrade check.
 *
 * `POST /clusters/{cluster_id}/checks` — see docs/RunClusterCheck.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function runClusterCheck(client: ClientCore, request: RunClusterCheckRequest, options?: CallOptions): Promise<WithMetadata<RunClusterCheckResponse>>;
/**
 * Starts an inspection of a cluster now.
 *
 * `POST /clusters/{clusterId}/inspectReports` — see docs/RunClusterInspect.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function runClusterInspect(client: ClientCore, request: RunClusterInspectRequest, options?: CallOptions): Promise<WithMetadata<RunClusterInspectResponse>>;
/**
 * Adds nodes to a node pool.
 *
 * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function scaleClusterNodePool(client: ClientCore, request: ScaleClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<ScaleClusterNodePoolResponse>>;
/**
 * Starts a vulnerability scan of a cluster.
 *
 * `POST /clusters/{cluster_id}/vuls/scan` — see docs/ScanClusterVuls.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function scanClusterVuls(client: ClientCore, request: ScanClusterVulsRequest, options?: CallOptions): Promise<WithMetadata<ScanClusterVulsResponse>>;
/**
 * Enables alert rules of a cluster's alert center.
 *
 * `POST /alert/{ClusterId}/alert_rule/start` — see docs/StartAlert.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function startAlert(client: ClientCore, request: StartAlertRequest, options?: CallOptions): Promise<WithMetadata<StartAlertResponse>>;
/**
 * Starts a genomics workflow (deprecated).
 *
 * `POST /gs/workflow` — see docs/StartWorkflow.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export declare function startWorkflow(client: ClientCore, request: StartWorkflowRequest, options?: CallOptions): Promise<WithMetadata<StartWorkflowResponse>>;
/**
 * Disables alert rules of a cluster's alert center.
 *
 * `POST /alert/{ClusterId}/alert_rule/stop` — see docs/StopAlert.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function stopAlert(client: ClientCore, request: StopAlertRequest, options?: CallOptions): Promise<WithMetadata<StopAlertResponse>>;
/**
 * Refreshes the node pool information of a cluster.
 *
 * `POST /clusters/{ClusterId}/sync_nodepools` — see docs/SyncClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function syncClusterNodePool(client: ClientCore, request: SyncClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<SyncClusterNodePoolResponse>>;
/**
 * Adds tags to clusters.
 *
 * `PUT /tags` — see docs/TagResources.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function tagResources(client: ClientCore, request: TagResourcesRequest, options?: CallOptions): Promise<WithMetadata<TagResourcesResponse>>;
/**
 * Uninstalls add-ons from a cluster.
 *
 * `POST /clusters/{ClusterId}/components/uninstall` — see docs/UnInstallClusterAddons.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function unInstallClusterAddons(client: ClientCore, request: UnInstallClusterAddonsRequest, options?: CallOptions): Promise<WithMetadata<UnInstallClusterAddonsResponse>>;
/**
 * Removes tags from clusters.
 *
 * `DELETE /tags` — see docs/UntagResources.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function untagResources(client: ClientCore, request: UntagResourcesRequest, options?: CallOptions): Promise<WithMetadata<UntagResourcesResponse>>;
/**
 * Enables, disables or reconfigures API server audit logging of a cluster.
 *
 * `PUT /clusters/{clusterid}/audit_log` — see docs/UpdateClusterAuditLogConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function updateClusterAuditLogConfig(client: ClientCore, request: UpdateClusterAuditLogConfigRequest, options?: CallOptions): Promise<WithMetadata<UpdateClusterAuditLogConfigResponse>>;
/**
 * Changes the scheduled inspection settings of a cluster.
 *
 * `PUT /clusters/{clusterId}/inspectConfig` — see docs/UpdateClusterInspectConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function updateClusterInspectConfig(client: ClientCore, request: UpdateClusterInspectConfigRequest, options?: CallOptions): Promise<WithMetadata<UpdateClusterInspectConfigResponse>>;
/**
 * Sets the contact groups notified by an alert rule group of a cluster.
 *
 * `POST /alert/{ClusterId}/alert_rule/contact_groups` — see docs/UpdateContactGroupForAlert.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function updateContactGroupForAlert(client: ClientCore, request: UpdateContactGroupForAlertRequest, options?: CallOptions): Promise<WithMetadata<UpdateContactGroupForAlertResponse>>;
/**
 * Changes the control plane log collection settings of a cluster.
 *
 * `PUT /clusters/{ClusterId}/controlplanelog` — see docs/UpdateControlPlaneLog.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function updateControlPlaneLog(client: ClientCore, request: UpdateControlPlaneLogRequest, options?: CallOptions): Promise<WithMetadata<UpdateControlPlaneLogResponse>>;
/**
 * Sets how long kubeconfigs issued to a user for a cluster remain valid.
 *
 * `POST /k8s/{ClusterId}/user_config/expire` — see docs/UpdateK8sClusterUserConfigExpire.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function updateK8sClusterUserConfigExpire(client: ClientCore, request: UpdateK8sClusterUserConfigExpireRequest, options?: CallOptions): Promise<WithMetadata<UpdateK8sClusterUserConfigExpireResponse>>;
/**
 * Turns deletion protection on or off for namespaces or Services.
 *
 * `PUT /clusters/{ClusterId}/resources/protection` — see docs/UpdateResourcesDeleteProtection.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function updateResourcesDeleteProtection(client: ClientCore, request: UpdateResourcesDeleteProtectionRequest, options?: CallOptions): Promise<WithMetadata<UpdateResourcesDeleteProtectionResponse>>;
/**
 * Changes an orchestration template.
 *
 * `PUT /templates/{TemplateId}` — see docs/UpdateTemplate.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function updateTemplate(client: ClientCore, request: UpdateTemplateRequest, options?: CallOptions): Promise<WithMetadata<UpdateTemplateResponse>>;
/**
 * Adds, removes or replaces RBAC permissions of a RAM user or role.
 *
 * `POST /permissions/users/{uid}/update` — see docs/UpdateUserPermissions.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function updateUserPermissions(client: ClientCore, request: UpdateUserPermissionsRequest, options?: CallOptions): Promise<WithMetadata<UpdateUserPermissionsResponse>>;
/**
 * Upgrades a cluster to a newer Kubernetes version.
 *
 * `POST /api/v2/clusters/{ClusterId}/upgrade` — see docs/UpgradeCluster.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function upgradeCluster(client: ClientCore, request: UpgradeClusterRequest, options?: CallOptions): Promise<WithMetadata<UpgradeClusterResponse>>;
/**
 * Upgrades add-ons of a cluster to newer versions.
 *
 * `POST /clusters/{ClusterId}/components/upgrade` — see docs/UpgradeClusterAddons.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function upgradeClusterAddons(client: ClientCore, request: UpgradeClusterAddonsRequest, options?: CallOptions): Promise<WithMetadata<UpgradeClusterAddonsResponse>>;
/**
 * Upgrades the kubelet, OS image or container runtime of a node pool.
 *
 * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/upgrade` — see docs/UpgradeClusterNodepool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function upgradeClusterNodepool(client: ClientCore, request: UpgradeClusterNodepoolRequest, options?: CallOptions): Promise<WithMetadata<UpgradeClusterNodepoolResponse>>;
/**
 * Client for Container Service for Kubernetes (CS 2015-12-15): one method per operation.
 *
 * Requests are validated before they are sent, signed with ACS3-HMAC-SHA256 and retried when that is safe.
 * Credentials come from the default credential chain and the region from ALIBABA_CLOUD_REGION_ID unless given;
 * proxies, hooks and debug events are supported (`allFeatures`).
 */
export declare class CsClient extends CsBaseClient {
    constructor(options?: CsClientOptions);
    /**
     * Adds existing ECS instances to a cluster as worker nodes.
     *
     * `POST /clusters/{ClusterId}/attach` — see docs/AttachInstances.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    attachInstances(request: AttachInstancesRequest, options?: CallOptions): Promise<WithMetadata<AttachInstancesResponse>>;
    /**
     * Adds existing ECS instances to a node pool.
     *
     * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/attach` — see docs/AttachInstancesToNodePool.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    attachInstancesToNodePool(request: AttachInstancesToNodePoolRequest, options?: CallOptions): Promise<WithMetadata<AttachInstancesToNodePoolResponse>>;
    /**
     * Cancels a cluster upgrade in progress (legacy; use CancelTask).
     *
     * `POST /api/v2/clusters/{ClusterId}/upgrade/cancel` — see docs/CancelClusterUpgrade.md.
     * Not idempotent: retried only when the service provably did not act on it.
     * @deprecated
     */
    cancelClusterUpgrade(request: CancelClusterUpgradeRequest, options?: CallOptions): Promise<WithMetadata<CancelClusterUpgradeResponse>>;
    /**
     * Cancels an add-on upgrade in progress (legacy).
     *
     * `POST /clusters/{clusterId}/components/{componentId}/cancel` — see docs/CancelComponentUpgrade.md.
     * Not idempotent: retried only when the service provably did not act on it.
     * @deprecated
     */
    cancelComponentUpgrade(request: CancelComponentUpgradeRequest, options?: CallOptions): Promise<WithMetadata<CancelComponentUpgradeResponse>>;
    /**
     * Cancels a scheduled automatic operations plan that has not run yet.
     *
     * `DELETE /operation/plans/{plan_id}` — see docs/CancelOperationPlan.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    cancelOperationPlan(request: CancelOperationPlanRequest, options?: CallOptions): Promise<WithMetadata<CancelOperationPlanResponse>>;
    /**
     * Cancels a running task.
     *
     * `POST /tasks/{task_id}/cancel` — see docs/CancelTask.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    cancelTask(request: CancelTaskRequest, options?: CallOptions): Promise<WithMetadata<CancelTaskResponse>>;
    /**
     * Cancels a running genomics workflow (deprecated).
     *
     * `PUT /gs/workflow/{workflowName}` — see docs/CancelWorkflow.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    cancelWorkflow(request: CancelWorkflowRequest, options?: CallOptions): Promise<WithMetadata<CancelWorkflowResponse>>;
    /**
     * Returns the control plane log collection settings of a cluster.
     *
     * `GET /clusters/{ClusterId}/controlplanelog` — see docs/CheckControlPlaneLogEnable.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    checkControlPlaneLogEnable(request: CheckControlPlaneLogEnableRequest, options?: CallOptions): Promise<WithMetadata<CheckControlPlaneLogEnableResponse>>;
    /**
     * Checks whether the account has authorized the given service roles.
     *
     * `POST /ram/check-service-role` — see docs/CheckServiceRole.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    checkServiceRole(request: CheckServiceRoleRequest, options?: CallOptions): Promise<WithMetadata<CheckServiceRoleResponse>>;
    /**
     * Revokes a user's kubeconfig and RBAC permissions in one cluster.
     *
     * `DELETE /cluster/{ClusterId}/user/{Uid}/permissions` — see docs/CleanClusterUserPermissions.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    cleanClusterUserPermissions(request: CleanClusterUserPermissionsRequest, options?: CallOptions): Promise<WithMetadata<CleanClusterUserPermissionsResponse>>;
    /**
     * Revokes a user's kubeconfigs and RBAC permissions across clusters.
     *
     * `DELETE /users/{Uid}/permissions` — see docs/CleanUserPermissions.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    cleanUserPermissions(request: CleanUserPermissionsRequest, options?: CallOptions): Promise<WithMetadata<CleanUserPermissionsResponse>>;
    /**
     * Sets the cluster-wide node auto scaling configuration.
     *
     * `POST /cluster/{ClusterId}/autoscale/config/` — see docs/CreateAutoscalingConfig.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    createAutoscalingConfig(request: CreateAutoscalingConfigRequest, options?: CallOptions): Promise<WithMetadata<CreateAutoscalingConfigResponse>>;
    /**
     * Creates a cluster (managed, dedicated, Serverless, Edge or registered).
     *
     * `POST /clusters` — see docs/CreateCluster.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    createCluster(request: CreateClusterRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterResponse>>;
    /**
     * Starts a diagnosis of a cluster or of one of its objects.
     *
     * `POST /clusters/{cluster_id}/diagnosis` — see docs/CreateClusterDiagnosis.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    createClusterDiagnosis(request: CreateClusterDiagnosisRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterDiagnosisResponse>>;
    /**
     * Enables scheduled inspection of a cluster.
     *
     * `POST /clusters/{clusterId}/inspectConfig` — see docs/CreateClusterInspectConfig.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    createClusterInspectConfig(request: CreateClusterInspectConfigRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterInspectConfigResponse>>;
    /**
     * Creates a node pool in a cluster.
     *
     * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    createClusterNodePool(request: CreateClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterNodePoolResponse>>;
    /**
     * Creates a trigger that redeploys an application (legacy; use CreateTrigger).
     *
     * `POST /triggers` — see docs/CreateKubernetesTrigger.md.
     * Not idempotent: retried only when the service provably did not act on it.
     * @deprecated
     */
    createKubernetesTrigger(request: CreateKubernetesTriggerRequest, options?: CallOptions): Promise<WithMetadata<CreateKubernetesTriggerResponse>>;
    /**
     * Creates an orchestration template.
     *
     * `POST /templates` — see docs/CreateTemplate.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    createTemplate(request: CreateTemplateRequest, options?: CallOptions): Promise<WithMetadata<CreateTemplateResponse>>;
    /**
     * Creates a trigger that redeploys an application.
     *
     * `POST /clusters/{cluster_id}/triggers` — see docs/CreateTrigger.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    createTrigger(request: CreateTriggerRequest, options?: CallOptions): Promise<WithMetadata<CreateTriggerResponse>>;
    /**
     * Deletes alert contacts.
     *
     * `DELETE /alert/contacts` — see docs/DeleteAlertContact.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deleteAlertContact(request: DeleteAlertContactRequest, options?: CallOptions): Promise<WithMetadata<DeleteAlertContactResponse>>;
    /**
     * Deletes alert contact groups.
     *
     * `DELETE /alert/contact_groups` — see docs/DeleteAlertContactGroup.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deleteAlertContactGroup(request: DeleteAlertContactGroupRequest, options?: CallOptions): Promise<WithMetadata<DeleteAlertContactGroupResponse>>;
    /**
     * Deletes a cluster and, optionally, the cloud resources it created.
     *
     * `DELETE /clusters/{ClusterId}` — see docs/DeleteCluster.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deleteCluster(request: DeleteClusterRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterResponse>>;
    /**
     * Turns off scheduled inspection of a cluster and deletes its settings.
     *
     * `DELETE /clusters/{clusterId}/inspectConfig` — see docs/DeleteClusterInspectConfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deleteClusterInspectConfig(request: DeleteClusterInspectConfigRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterInspectConfigResponse>>;
    /**
     * Deletes a node pool.
     *
     * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deleteClusterNodepool(request: DeleteClusterNodepoolRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterNodepoolResponse>>;
    /**
     * Removes nodes from a cluster.
     *
     * `POST /clusters/{ClusterId}/nodes` — see docs/DeleteClusterNodes.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    deleteClusterNodes(request: DeleteClusterNodesRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterNodesResponse>>;
    /**
     * Deletes an application trigger (legacy; use DeleteTrigger).
     *
     * `DELETE /triggers/revoke/{Id}` — see docs/DeleteKubernetesTrigger.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    deleteKubernetesTrigger(request: DeleteKubernetesTriggerRequest, options?: CallOptions): Promise<WithMetadata<DeleteKubernetesTriggerResponse>>;
    /**
     * Deletes policy instances of a rule from a cluster.
     *
     * `DELETE /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeletePolicyInstance.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deletePolicyInstance(request: DeletePolicyInstanceRequest, options?: CallOptions): Promise<WithMetadata<DeletePolicyInstanceResponse>>;
    /**
     * Deletes an orchestration template.
     *
     * `DELETE /templates/{TemplateId}` — see docs/DeleteTemplate.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deleteTemplate(request: DeleteTemplateRequest, options?: CallOptions): Promise<WithMetadata<DeleteTemplateResponse>>;
    /**
     * Deletes an application trigger.
     *
     * `DELETE /clusters/{cluster_id}/triggers/{Id}` — see docs/DeleteTrigger.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deleteTrigger(request: DeleteTriggerRequest, options?: CallOptions): Promise<WithMetadata<DeleteTriggerResponse>>;
    /**
     * Deploys a policy instance of a security policy rule in a cluster.
     *
     * `POST /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeployPolicyInstance.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    deployPolicyInstance(request: DeployPolicyInstanceRequest, options?: CallOptions): Promise<WithMetadata<DeployPolicyInstanceResponse>>;
    /**
     * Returns the details of a genomics workflow (deprecated).
     *
     * `GET /gs/workflow/{workflowName}` — see docs/DescirbeWorkflow.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    descirbeWorkflow(request: DescirbeWorkflowRequest, options?: CallOptions): Promise<WithMetadata<DescirbeWorkflowResponse>>;
    /**
     * Returns the details of one add-on available for a cluster or a kind of cluster.
     *
     * `GET /addons/{addon_name}` — see docs/DescribeAddon.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeAddon(request: DescribeAddonRequest, options?: CallOptions): Promise<WithMetadata<DescribeAddonResponse>>;
    /**
     * Lists the add-ons ACK offers (legacy; use ListAddons).
     *
     * `GET /clusters/components/metadata` — see docs/DescribeAddons.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeAddons(request: DescribeAddonsRequest, options?: CallOptions): Promise<WithMetadata<DescribeAddonsResponse>>;
    /**
     * Returns the version, state and configuration of an installed add-on (legacy).
     *
     * `GET /clusters/{ClusterID}/components/{AddonName}/instance` — see docs/DescribeClusterAddonInstance.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeClusterAddonInstance(request: DescribeClusterAddonInstanceRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonInstanceResponse>>;
    /**
     * Returns the configurable parameters of an add-on version for a cluster (legacy).
     *
     * `GET /clusters/{cluster_id}/components/{component_id}/metadata` — see docs/DescribeClusterAddonMetadata.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeClusterAddonMetadata(request: DescribeClusterAddonMetadataRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonMetadataResponse>>;
    /**
     * Returns the upgrade progress of one add-on (legacy).
     *
     * `GET /clusters/{ClusterId}/components/{ComponentId}/upgradestatus` — see docs/DescribeClusterAddonUpgradeStatus.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeClusterAddonUpgradeStatus(request: DescribeClusterAddonUpgradeStatusRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonUpgradeStatusResponse>>;
    /**
     * Returns the upgrade progress of several add-ons (legacy).
     *
     * `GET /clusters/{ClusterId}/components/upgradestatus` — see docs/DescribeClusterAddonsUpgradeStatus.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeClusterAddonsUpgradeStatus(request: DescribeClusterAddonsUpgradeStatusRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonsUpgradeStatusResponse>>;
    /**
     * Lists the add-ons installed in a cluster with their versions (legacy).
     *
     * `GET /clusters/{ClusterId}/components/version` — see docs/DescribeClusterAddonsVersion.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeClusterAddonsVersion(request: DescribeClusterAddonsVersionRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAddonsVersionResponse>>;
    /**
     * Returns a script that joins an existing machine to a cluster.
     *
     * `POST /clusters/{ClusterId}/attachscript` — see docs/DescribeClusterAttachScripts.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    describeClusterAttachScripts(request: DescribeClusterAttachScriptsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterAttachScriptsResponse>>;
    /**
     * Returns the details of a cluster.
     *
     * `GET /clusters/{ClusterId}` — see docs/DescribeClusterDetail.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterDetail(request: DescribeClusterDetailRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterDetailResponse>>;
    /**
     * Lists the events of a cluster.
     *
     * `GET /clusters/{ClusterId}/events` — see docs/DescribeClusterEvents.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterEvents(request: DescribeClusterEventsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterEventsResponse>>;
    /**
     * Returns the operation logs of a cluster.
     *
     * `GET /clusters/{ClusterId}/logs` — see docs/DescribeClusterLogs.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterLogs(request: DescribeClusterLogsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterLogsResponse>>;
    /**
     * Returns the configuration and status of a node pool.
     *
     * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterNodePoolDetail(request: DescribeClusterNodePoolDetailRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>>;
    /**
     * Lists the node pools of a cluster.
     *
     * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterNodePools(request: DescribeClusterNodePoolsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodePoolsResponse>>;
    /**
     * Lists the nodes of a cluster.
     *
     * `GET /clusters/{ClusterId}/nodes` — see docs/DescribeClusterNodes.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterNodes(request: DescribeClusterNodesRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodesResponse>>;
    /**
     * Lists the cloud resources that belong to a cluster.
     *
     * `GET /clusters/{ClusterId}/resources` — see docs/DescribeClusterResources.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterResources(request: DescribeClusterResourcesRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterResourcesResponse>>;
    /**
     * Lists the tasks of a cluster.
     *
     * `GET /clusters/{cluster_id}/tasks` — see docs/DescribeClusterTasks.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterTasks(request: DescribeClusterTasksRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterTasksResponse>>;
    /**
     * Returns a kubeconfig for the caller to access a cluster.
     *
     * `GET /k8s/{ClusterId}/user_config` — see docs/DescribeClusterUserKubeconfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterUserKubeconfig(request: DescribeClusterUserKubeconfigRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterUserKubeconfigResponse>>;
    /**
     * Returns a kubeconfig for the caller to access a cluster (legacy).
     *
     * `GET /api/v2/k8s/{ClusterId}/user_config` — see docs/DescribeClusterV2UserKubeconfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeClusterV2UserKubeconfig(request: DescribeClusterV2UserKubeconfigRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterV2UserKubeconfigResponse>>;
    /**
     * Lists the security vulnerabilities found in a cluster.
     *
     * `GET /clusters/{cluster_id}/vuls` — see docs/DescribeClusterVuls.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterVuls(request: DescribeClusterVulsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterVulsResponse>>;
    /**
     * Lists the clusters of the account (legacy; use DescribeClustersV1).
     *
     * `GET /clusters` — see docs/DescribeClusters.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeClusters(request: DescribeClustersRequest, options?: CallOptions): Promise<WithMetadata<DescribeClustersResponse>>;
    /**
     * Lists the clusters in a region, with filters and pagination.
     *
     * `GET /regions/{region_id}/clusters` — see docs/DescribeClustersForRegion.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClustersForRegion(request: DescribeClustersForRegionRequest, options?: CallOptions): Promise<WithMetadata<DescribeClustersForRegionResponse>>;
    /**
     * Lists the clusters of the account, with filters and pagination.
     *
     * `GET /api/v1/clusters` — see docs/DescribeClustersV1.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClustersV1(request: DescribeClustersV1Request, options?: CallOptions): Promise<WithMetadata<DescribeClustersV1Response>>;
    /**
     * Lists operation events, optionally of one cluster or one type.
     *
     * `GET /events` — see docs/DescribeEvents.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeEvents(request: DescribeEventsRequest, options?: CallOptions): Promise<WithMetadata<DescribeEventsResponse>>;
    /**
     * Lists the operation events of the clusters in a region.
     *
     * `GET /regions/{region_id}/events` — see docs/DescribeEventsForRegion.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeEventsForRegion(request: DescribeEventsForRegionRequest, options?: CallOptions): Promise<WithMetadata<DescribeEventsForRegionResponse>>;
    /**
     * Returns the agent manifest that connects an external cluster to ACK (registered clusters).
     *
     * `GET /k8s/{ClusterId}/external/agent/deployment` — see docs/DescribeExternalAgent.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeExternalAgent(request: DescribeExternalAgentRequest, options?: CallOptions): Promise<WithMetadata<DescribeExternalAgentResponse>>;
    /**
     * Lists Kubernetes versions with their release dates, images and runtimes.
     *
     * `GET /api/v1/metadata/versions` — see docs/DescribeKubernetesVersionMetadata.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeKubernetesVersionMetadata(request: DescribeKubernetesVersionMetadataRequest, options?: CallOptions): Promise<WithMetadata<DescribeKubernetesVersionMetadataResponse>>;
    /**
     * Lists the security vulnerabilities found on the nodes of a node pool.
     *
     * `GET /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls` — see docs/DescribeNodePoolVuls.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeNodePoolVuls(request: DescribeNodePoolVulsRequest, options?: CallOptions): Promise<WithMetadata<DescribeNodePoolVulsResponse>>;
    /**
     * Lists the security policy rules ACK offers.
     *
     * `GET /policies` — see docs/DescribePolicies.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describePolicies(request: DescribePoliciesRequest, options?: CallOptions): Promise<WithMetadata<DescribePoliciesResponse>>;
    /**
     * Returns the details of a security policy rule.
     *
     * `GET /policies/{policy_name}` — see docs/DescribePolicyDetails.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describePolicyDetails(request: DescribePolicyDetailsRequest, options?: CallOptions): Promise<WithMetadata<DescribePolicyDetailsResponse>>;
    /**
     * Returns the policy governance overview of a cluster.
     *
     * `GET /clusters/{cluster_id}/policygovernance` — see docs/DescribePolicyGovernanceInCluster.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describePolicyGovernanceInCluster(request: DescribePolicyGovernanceInClusterRequest, options?: CallOptions): Promise<WithMetadata<DescribePolicyGovernanceInClusterResponse>>;
    /**
     * Lists the policy instances deployed in a cluster.
     *
     * `GET /clusters/{cluster_id}/policies` — see docs/DescribePolicyInstances.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describePolicyInstances(request: DescribePolicyInstancesRequest, options?: CallOptions): Promise<WithMetadata<DescribePolicyInstancesResponse>>;
    /**
     * Returns the deployment counts of policy instances in a cluster.
     *
     * `GET /clusters/{cluster_id}/policies/status` — see docs/DescribePolicyInstancesStatus.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describePolicyInstancesStatus(request: DescribePolicyInstancesStatusRequest, options?: CallOptions): Promise<WithMetadata<DescribePolicyInstancesStatusResponse>>;
    /**
     * Returns whether deletion protection is on for namespaces or Services.
     *
     * `GET /clusters/{ClusterId}/resources/{ResourceType}/protection` — see docs/DescribeResourcesDeleteProtection.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeResourcesDeleteProtection(request: DescribeResourcesDeleteProtectionRequest, options?: CallOptions): Promise<WithMetadata<DescribeResourcesDeleteProtectionResponse>>;
    /**
     * Returns a kubeconfig for a RAM user or role to access a cluster.
     *
     * `GET /k8s/{ClusterId}/users/{Uid}/user_config` — see docs/DescribeSubaccountK8sClusterUserConfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeSubaccountK8sClusterUserConfig(request: DescribeSubaccountK8sClusterUserConfigRequest, options?: CallOptions): Promise<WithMetadata<DescribeSubaccountK8sClusterUserConfigResponse>>;
    /**
     * Returns the state and progress of a task.
     *
     * `GET /tasks/{task_id}` — see docs/DescribeTaskInfo.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeTaskInfo(request: DescribeTaskInfoRequest, options?: CallOptions): Promise<WithMetadata<DescribeTaskInfoResponse>>;
    /**
     * Returns an orchestration template.
     *
     * `GET /templates/{TemplateId}` — see docs/DescribeTemplateAttribute.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeTemplateAttribute(request: DescribeTemplateAttributeRequest, options?: CallOptions): Promise<WithMetadata<DescribeTemplateAttributeResponse>>;
    /**
     * Lists orchestration templates.
     *
     * `GET /templates` — see docs/DescribeTemplates.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeTemplates(request: DescribeTemplatesRequest, options?: CallOptions): Promise<WithMetadata<DescribeTemplatesResponse>>;
    /**
     * Lists the triggers of an application.
     *
     * `GET /clusters/{cluster_id}/triggers` — see docs/DescribeTrigger.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeTrigger(request: DescribeTriggerRequest, options?: CallOptions): Promise<WithMetadata<DescribeTriggerResponse>>;
    /**
     * Lists the namespaces of a cluster in which the caller has RBAC permissions.
     *
     * `GET /api/v2/k8s/{ClusterId}/namespaces` — see docs/DescribeUserClusterNamespaces.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeUserClusterNamespaces(request: DescribeUserClusterNamespacesRequest, options?: CallOptions): Promise<WithMetadata<DescribeUserClusterNamespacesResponse>>;
    /**
     * Lists the RBAC permissions a RAM user or role has in clusters.
     *
     * `GET /permissions/users/{uid}` — see docs/DescribeUserPermission.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeUserPermission(request: DescribeUserPermissionRequest, options?: CallOptions): Promise<WithMetadata<DescribeUserPermissionResponse>>;
    /**
     * Returns the ACK quotas of the account.
     *
     * `GET /quota` — see docs/DescribeUserQuota.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeUserQuota(request: DescribeUserQuotaRequest, options?: CallOptions): Promise<WithMetadata<DescribeUserQuotaResponse>>;
    /**
     * Lists genomics workflows (deprecated).
     *
     * `GET /gs/workflows` — see docs/DescribeWorkflows.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    describeWorkflows(request: DescribeWorkflowsRequest, options?: CallOptions): Promise<WithMetadata<DescribeWorkflowsResponse>>;
    /**
     * Fixes CVE vulnerabilities on the nodes of a node pool.
     *
     * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls/fix` — see docs/FixNodePoolVuls.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    fixNodePoolVuls(request: FixNodePoolVulsRequest, options?: CallOptions): Promise<WithMetadata<FixNodePoolVulsResponse>>;
    /**
     * Returns the details of an add-on installed in a cluster.
     *
     * `GET /clusters/{cluster_id}/addon_instances/{instance_name}` — see docs/GetClusterAddonInstance.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    getClusterAddonInstance(request: GetClusterAddonInstanceRequest, options?: CallOptions): Promise<WithMetadata<GetClusterAddonInstanceResponse>>;
    /**
     * Returns the API server audit log settings of a cluster.
     *
     * `GET /clusters/{clusterid}/audit` — see docs/GetClusterAuditProject.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    getClusterAuditProject(request: GetClusterAuditProjectRequest, options?: CallOptions): Promise<WithMetadata<GetClusterAuditProjectResponse>>;
    /**
     * Returns the result of a cluster check.
     *
     * `GET /clusters/{cluster_id}/checks/{check_id}` — see docs/GetClusterCheck.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    getClusterCheck(request: GetClusterCheckRequest, options?: CallOptions): Promise<WithMetadata<GetClusterCheckResponse>>;
    /**
     * Lists the check items of a cluster diagnosis and their results.
     *
     * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/check_items` — see docs/GetClusterDiagnosisCheckItems.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    getClusterDiagnosisCheckItems(request: GetClusterDiagnosisCheckItemsRequest, options?: CallOptions): Promise<WithMetadata<GetClusterDiagnosisCheckItemsResponse>>;
    /**
     * Returns the result of a cluster diagnosis.
     *
     * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/result` — see docs/GetClusterDiagnosisResult.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    getClusterDiagnosisResult(request: GetClusterDiagnosisResultRequest, options?: CallOptions): Promise<WithMetadata<GetClusterDiagnosisResultResponse>>;
    /**
     * Returns the scheduled inspection settings of a cluster.
     *
     * `GET /clusters/{clusterId}/inspectConfig` — see docs/GetClusterInspectConfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    getClusterInspectConfig(request: GetClusterInspectConfigRequest, options?: CallOptions): Promise<WithMetadata<GetClusterInspectConfigResponse>>;
    /**
     * Returns the results of a cluster inspection report.
     *
     * `GET /clusters/{clusterId}/inspectReports/{reportId}` — see docs/GetClusterInspectReportDetail.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    getClusterInspectReportDetail(request: GetClusterInspectReportDetailRequest, options?: CallOptions): Promise<WithMetadata<GetClusterInspectReportDetailResponse>>;
    /**
     * Lists the triggers of an application (legacy; use DescribeTrigger).
     *
     * `GET /triggers/{ClusterId}` — see docs/GetKubernetesTrigger.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    getKubernetesTrigger(request: GetKubernetesTriggerRequest, options?: CallOptions): Promise<WithMetadata<GetKubernetesTriggerResponse>>;
    /**
     * Returns the progress of a cluster upgrade (legacy; use DescribeTaskInfo).
     *
     * `GET /api/v2/clusters/{ClusterId}/upgrade/status` — see docs/GetUpgradeStatus.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    getUpgradeStatus(request: GetUpgradeStatusRequest, options?: CallOptions): Promise<WithMetadata<GetUpgradeStatusResponse>>;
    /**
     * Replaces the RBAC permissions of a RAM user or role.
     *
     * `POST /permissions/users/{uid}` — see docs/GrantPermissions.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    grantPermissions(request: GrantPermissionsRequest, options?: CallOptions): Promise<WithMetadata<GrantPermissionsResponse>>;
    /**
     * Installs add-ons in a cluster.
     *
     * `POST /clusters/{ClusterId}/components/install` — see docs/InstallClusterAddons.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    installClusterAddons(request: InstallClusterAddonsRequest, options?: CallOptions): Promise<WithMetadata<InstallClusterAddonsResponse>>;
    /**
     * Lists the add-ons available for a cluster or a kind of cluster.
     *
     * `GET /addons` — see docs/ListAddons.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listAddons(request: ListAddonsRequest, options?: CallOptions): Promise<WithMetadata<ListAddonsResponse>>;
    /**
     * Lists the add-ons installed in a cluster.
     *
     * `GET /clusters/{cluster_id}/addon_instances` — see docs/ListClusterAddonInstances.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listClusterAddonInstances(request: ListClusterAddonInstancesRequest, options?: CallOptions): Promise<WithMetadata<ListClusterAddonInstancesResponse>>;
    /**
     * Lists the checks run on a cluster.
     *
     * `GET /clusters/{cluster_id}/checks` — see docs/ListClusterChecks.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listClusterChecks(request: ListClusterChecksRequest, options?: CallOptions): Promise<WithMetadata<ListClusterChecksResponse>>;
    /**
     * Lists the inspection reports of a cluster.
     *
     * `GET /clusters/{clusterId}/inspectReports` — see docs/ListClusterInspectReports.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listClusterInspectReports(request: ListClusterInspectReportsRequest, options?: CallOptions): Promise<WithMetadata<ListClusterInspectReportsResponse>>;
    /**
     * Lists the kubeconfigs issued for a cluster and their certificate states.
     *
     * `GET /clusters/{ClusterId}/kubeconfig/states` — see docs/ListClusterKubeconfigStates.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listClusterKubeconfigStates(request: ListClusterKubeconfigStatesRequest, options?: CallOptions): Promise<WithMetadata<ListClusterKubeconfigStatesResponse>>;
    /**
     * Lists scheduled automatic operations plans, such as automatic upgrades.
     *
     * `GET /operation/plans` — see docs/ListOperationPlans.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listOperationPlans(request: ListOperationPlansRequest, options?: CallOptions): Promise<WithMetadata<ListOperationPlansResponse>>;
    /**
     * Lists scheduled automatic operations plans of the clusters in a region.
     *
     * `GET /regions/{region_id}/operation/plans` — see docs/ListOperationPlansForRegion.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listOperationPlansForRegion(request: ListOperationPlansForRegionRequest, options?: CallOptions): Promise<WithMetadata<ListOperationPlansForRegionResponse>>;
    /**
     * Lists the tags of clusters.
     *
     * `GET /tags` — see docs/ListTagResources.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listTagResources(request: ListTagResourcesRequest, options?: CallOptions): Promise<WithMetadata<ListTagResourcesResponse>>;
    /**
     * Lists the kubeconfigs issued to a user across clusters and their certificate states.
     *
     * `GET /users/{Uid}/kubeconfig/states` — see docs/ListUserKubeConfigStates.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    listUserKubeConfigStates(request: ListUserKubeConfigStatesRequest, options?: CallOptions): Promise<WithMetadata<ListUserKubeConfigStatesResponse>>;
    /**
     * Migrates an ACK Basic cluster to ACK Pro.
     *
     * `POST /clusters/{cluster_id}/migrate` — see docs/MigrateCluster.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    migrateCluster(request: MigrateClusterRequest, options?: CallOptions): Promise<WithMetadata<MigrateClusterResponse>>;
    /**
     * Changes the settings of a cluster.
     *
     * `PUT /api/v2/clusters/{ClusterId}` — see docs/ModifyCluster.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    modifyCluster(request: ModifyClusterRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterResponse>>;
    /**
     * Changes the configuration of an installed add-on.
     *
     * `POST /clusters/{cluster_id}/components/{component_id}/config` — see docs/ModifyClusterAddon.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    modifyClusterAddon(request: ModifyClusterAddonRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterAddonResponse>>;
    /**
     * Changes the configuration of a node pool.
     *
     * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    modifyClusterNodePool(request: ModifyClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterNodePoolResponse>>;
    /**
     * Replaces the tags of a cluster.
     *
     * `POST /clusters/{ClusterId}/tags` — see docs/ModifyClusterTags.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    modifyClusterTags(request: ModifyClusterTagsRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterTagsResponse>>;
    /**
     * Changes the kubelet, OS and containerd settings of the nodes in a node pool.
     *
     * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}/node_config` — see docs/ModifyNodePoolNodeConfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    modifyNodePoolNodeConfig(request: ModifyNodePoolNodeConfigRequest, options?: CallOptions): Promise<WithMetadata<ModifyNodePoolNodeConfigResponse>>;
    /**
     * Changes a policy instance deployed in a cluster.
     *
     * `PUT /clusters/{cluster_id}/policies/{policy_name}` — see docs/ModifyPolicyInstance.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    modifyPolicyInstance(request: ModifyPolicyInstanceRequest, options?: CallOptions): Promise<WithMetadata<ModifyPolicyInstanceResponse>>;
    /**
     * Activates ACK for the account.
     *
     * `POST /service/open` — see docs/OpenAckService.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    openAckService(request: OpenAckServiceRequest, options?: CallOptions): Promise<WithMetadata<OpenAckServiceResponse>>;
    /**
     * Pauses a cluster upgrade in progress (legacy; use PauseTask).
     *
     * `POST /api/v2/clusters/{ClusterId}/upgrade/pause` — see docs/PauseClusterUpgrade.md.
     * Not idempotent: retried only when the service provably did not act on it.
     * @deprecated
     */
    pauseClusterUpgrade(request: PauseClusterUpgradeRequest, options?: CallOptions): Promise<WithMetadata<PauseClusterUpgradeResponse>>;
    /**
     * Pauses an add-on upgrade in progress (legacy).
     *
     * `POST /clusters/{clusterid}/components/{componentid}/pause` — see docs/PauseComponentUpgrade.md.
     * Not idempotent: retried only when the service provably did not act on it.
     * @deprecated
     */
    pauseComponentUpgrade(request: PauseComponentUpgradeRequest, options?: CallOptions): Promise<WithMetadata<PauseComponentUpgradeResponse>>;
    /**
     * Pauses a running task.
     *
     * `POST /tasks/{task_id}/pause` — see docs/PauseTask.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    pauseTask(request: PauseTaskRequest, options?: CallOptions): Promise<WithMetadata<PauseTaskResponse>>;
    /**
     * Removes nodes from a node pool and lowers its desired size.
     *
     * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}/nodes` — see docs/RemoveNodePoolNodes.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    removeNodePoolNodes(request: RemoveNodePoolNodesRequest, options?: CallOptions): Promise<WithMetadata<RemoveNodePoolNodesResponse>>;
    /**
     * Deletes a genomics workflow (deprecated).
     *
     * `DELETE /gs/workflow/{workflowName}` — see docs/RemoveWorkflow.md.
     * Retried on throttling, 502/503/504 and network errors.
     * @deprecated
     */
    removeWorkflow(request: RemoveWorkflowRequest, options?: CallOptions): Promise<WithMetadata<RemoveWorkflowResponse>>;
    /**
     * Repairs faulty nodes of a node pool.
     *
     * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/repair` — see docs/RepairClusterNodePool.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    repairClusterNodePool(request: RepairClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<RepairClusterNodePoolResponse>>;
    /**
     * Resumes a paused add-on upgrade (legacy).
     *
     * `POST /clusters/{clusterid}/components/{componentid}/resume` — see docs/ResumeComponentUpgrade.md.
     * Not idempotent: retried only when the service provably did not act on it.
     * @deprecated
     */
    resumeComponentUpgrade(request: ResumeComponentUpgradeRequest, options?: CallOptions): Promise<WithMetadata<ResumeComponentUpgradeResponse>>;
    /**
     * Resumes a paused task.
     *
     * `POST /tasks/{task_id}/resume` — see docs/ResumeTask.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    resumeTask(request: ResumeTaskRequest, options?: CallOptions): Promise<WithMetadata<ResumeTaskResponse>>;
    /**
     * Resumes a paused cluster upgrade (legacy; use ResumeTask).
     *
     * `POST /api/v2/clusters/{ClusterId}/upgrade/resume` — see docs/ResumeUpgradeCluster.md.
     * Not idempotent: retried only when the service provably did not act on it.
     * @deprecated
     */
    resumeUpgradeCluster(request: ResumeUpgradeClusterRequest, options?: CallOptions): Promise<WithMetadata<ResumeUpgradeClusterResponse>>;
    /**
     * Revokes the caller's kubeconfig for a cluster.
     *
     * `DELETE /k8s/{ClusterId}/certs` — see docs/RevokeK8sClusterKubeConfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    revokeK8sClusterKubeConfig(request: RevokeK8sClusterKubeConfigRequest, options?: CallOptions): Promise<WithMetadata<RevokeK8sClusterKubeConfigResponse>>;
    /**
     * Starts a check of a cluster, such as a pre-upgrade check.
     *
     * `POST /clusters/{cluster_id}/checks` — see docs/RunClusterCheck.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    runClusterCheck(request: RunClusterCheckRequest, options?: CallOptions): Promise<WithMetadata<RunClusterCheckResponse>>;
    /**
     * Starts an inspection of a cluster now.
     *
     * `POST /clusters/{clusterId}/inspectReports` — see docs/RunClusterInspect.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    runClusterInspect(request: RunClusterInspectRequest, options?: CallOptions): Promise<WithMetadata<RunClusterInspectResponse>>;
    /**
     * Adds nodes to a node pool.
     *
     * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    scaleClusterNodePool(request: ScaleClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<ScaleClusterNodePoolResponse>>;
    /**
     * Starts a vulnerability scan of a cluster.
     *
     * `POST /clusters/{cluster_id}/vuls/scan` — see docs/ScanClusterVuls.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    scanClusterVuls(request: ScanClusterVulsRequest, options?: CallOptions): Promise<WithMetadata<ScanClusterVulsResponse>>;
    /**
     * Enables alert rules of a cluster's alert center.
     *
     * `POST /alert/{ClusterId}/alert_rule/start` — see docs/StartAlert.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    startAlert(request: StartAlertRequest, options?: CallOptions): Promise<WithMetadata<StartAlertResponse>>;
    /**
     * Starts a genomics workflow (deprecated).
     *
     * `POST /gs/workflow` — see docs/StartWorkflow.md.
     * Not idempotent: retried only when the service provably did not act on it.
     * @deprecated
     */
    startWorkflow(request: StartWorkflowRequest, options?: CallOptions): Promise<WithMetadata<StartWorkflowResponse>>;
    /**
     * Disables alert rules of a cluster's alert center.
     *
     * `POST /alert/{ClusterId}/alert_rule/stop` — see docs/StopAlert.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    stopAlert(request: StopAlertRequest, options?: CallOptions): Promise<WithMetadata<StopAlertResponse>>;
    /**
     * Refreshes the node pool information of a cluster.
     *
     * `POST /clusters/{ClusterId}/sync_nodepools` — see docs/SyncClusterNodePool.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    syncClusterNodePool(request: SyncClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<SyncClusterNodePoolResponse>>;
    /**
     * Adds tags to clusters.
     *
     * `PUT /tags` — see docs/TagResources.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    tagResources(request: TagResourcesRequest, options?: CallOptions): Promise<WithMetadata<TagResourcesResponse>>;
    /**
     * Uninstalls add-ons from a cluster.
     *
     * `POST /clusters/{ClusterId}/components/uninstall` — see docs/UnInstallClusterAddons.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    unInstallClusterAddons(request: UnInstallClusterAddonsRequest, options?: CallOptions): Promise<WithMetadata<UnInstallClusterAddonsResponse>>;
    /**
     * Removes tags from clusters.
     *
     * `DELETE /tags` — see docs/UntagResources.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    untagResources(request: UntagResourcesRequest, options?: CallOptions): Promise<WithMetadata<UntagResourcesResponse>>;
    /**
     * Enables, disables or reconfigures API server audit logging of a cluster.
     *
     * `PUT /clusters/{clusterid}/audit_log` — see docs/UpdateClusterAuditLogConfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    updateClusterAuditLogConfig(request: UpdateClusterAuditLogConfigRequest, options?: CallOptions): Promise<WithMetadata<UpdateClusterAuditLogConfigResponse>>;
    /**
     * Changes the scheduled inspection settings of a cluster.
     *
     * `PUT /clusters/{clusterId}/inspectConfig` — see docs/UpdateClusterInspectConfig.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    updateClusterInspectConfig(request: UpdateClusterInspectConfigRequest, options?: CallOptions): Promise<WithMetadata<UpdateClusterInspectConfigResponse>>;
    /**
     * Sets the contact groups notified by an alert rule group of a cluster.
     *
     * `POST /alert/{ClusterId}/alert_rule/contact_groups` — see docs/UpdateContactGroupForAlert.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    updateContactGroupForAlert(request: UpdateContactGroupForAlertRequest, options?: CallOptions): Promise<WithMetadata<UpdateContactGroupForAlertResponse>>;
    /**
     * Changes the control plane log collection settings of a cluster.
     *
     * `PUT /clusters/{ClusterId}/controlplanelog` — see docs/UpdateControlPlaneLog.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    updateControlPlaneLog(request: UpdateControlPlaneLogRequest, options?: CallOptions): Promise<WithMetadata<UpdateControlPlaneLogResponse>>;
    /**
     * Sets how long kubeconfigs issued to a user for a cluster remain valid.
     *
     * `POST /k8s/{ClusterId}/user_config/expire` — see docs/UpdateK8sClusterUserConfigExpire.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    updateK8sClusterUserConfigExpire(request: UpdateK8sClusterUserConfigExpireRequest, options?: CallOptions): Promise<WithMetadata<UpdateK8sClusterUserConfigExpireResponse>>;
    /**
     * Turns deletion protection on or off for namespaces or Services.
     *
     * `PUT /clusters/{ClusterId}/resources/protection` — see docs/UpdateResourcesDeleteProtection.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    updateResourcesDeleteProtection(request: UpdateResourcesDeleteProtectionRequest, options?: CallOptions): Promise<WithMetadata<UpdateResourcesDeleteProtectionResponse>>;
    /**
     * Changes an orchestration template.
     *
     * `PUT /templates/{TemplateId}` — see docs/UpdateTemplate.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    updateTemplate(request: UpdateTemplateRequest, options?: CallOptions): Promise<WithMetadata<UpdateTemplateResponse>>;
    /**
     * Adds, removes or replaces RBAC permissions of a RAM user or role.
     *
     * `POST /permissions/users/{uid}/update` — see docs/UpdateUserPermissions.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    updateUserPermissions(request: UpdateUserPermissionsRequest, options?: CallOptions): Promise<WithMetadata<UpdateUserPermissionsResponse>>;
    /**
     * Upgrades a cluster to a newer Kubernetes version.
     *
     * `POST /api/v2/clusters/{ClusterId}/upgrade` — see docs/UpgradeCluster.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    upgradeCluster(request: UpgradeClusterRequest, options?: CallOptions): Promise<WithMetadata<UpgradeClusterResponse>>;
    /**
     * Upgrades add-ons of a cluster to newer versions.
     *
     * `POST /clusters/{ClusterId}/components/upgrade` — see docs/UpgradeClusterAddons.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    upgradeClusterAddons(request: UpgradeClusterAddonsRequest, options?: CallOptions): Promise<WithMetadata<UpgradeClusterAddonsResponse>>;
    /**
     * Upgrades the kubelet, OS image or container runtime of a node pool.
     *
     * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/upgrade` — see docs/UpgradeClusterNodepool.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    upgradeClusterNodepool(request: UpgradeClusterNodepoolRequest, options?: CallOptions): Promise<WithMetadata<UpgradeClusterNodepoolResponse>>;
}
