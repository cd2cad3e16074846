import type { ValidationResult } from './runtime/validation.js';
import type {
  AttachInstancesRequest,
  AttachInstancesToNodePoolRequest,
  CancelClusterUpgradeRequest,
  CancelComponentUpgradeRequest,
  CancelOperationPlanRequest,
  CancelTaskRequest,
  CancelWorkflowRequest,
  CheckControlPlaneLogEnableRequest,
  CheckServiceRoleRequest,
  CleanClusterUserPermissionsRequest,
  CleanUserPermissionsRequest,
  CreateAutoscalingConfigRequest,
  CreateClusterDiagnosisRequest,
  CreateClusterInspectConfigRequest,
  CreateClusterNodePoolRequest,
  CreateClusterRequest,
  CreateKubernetesTriggerRequest,
  CreateTemplateRequest,
  CreateTriggerRequest,
  DeleteAlertContactGroupRequest,
  DeleteAlertContactRequest,
  DeleteClusterInspectConfigRequest,
  DeleteClusterNodepoolRequest,
  DeleteClusterNodesRequest,
  DeleteClusterRequest,
  DeleteKubernetesTriggerRequest,
  DeletePolicyInstanceRequest,
  DeleteTemplateRequest,
  DeleteTriggerRequest,
  DeployPolicyInstanceRequest,
  DescirbeWorkflowRequest,
  DescribeAddonRequest,
  DescribeAddonsRequest,
  DescribeClusterAddonInstanceRequest,
  DescribeClusterAddonMetadataRequest,
  DescribeClusterAddonUpgradeStatusRequest,
  DescribeClusterAddonsUpgradeStatusRequest,
  DescribeClusterAddonsVersionRequest,
  DescribeClusterAttachScriptsRequest,
  DescribeClusterDetailRequest,
  DescribeClusterEventsRequest,
  DescribeClusterLogsRequest,
  DescribeClusterNodePoolDetailRequest,
  DescribeClusterNodePoolsRequest,
  DescribeClusterNodesRequest,
  DescribeClusterResourcesRequest,
  DescribeClusterTasksRequest,
  DescribeClusterUserKubeconfigRequest,
  DescribeClusterV2UserKubeconfigRequest,
  DescribeClusterVulsRequest,
  DescribeClustersForRegionRequest,
  DescribeClustersRequest,
  DescribeClustersV1Request,
  DescribeEventsForRegionRequest,
  DescribeEventsRequest,
  DescribeExternalAgentRequest,
  DescribeKubernetesVersionMetadataRequest,
  DescribeNodePoolVulsRequest,
  DescribePoliciesRequest,
  DescribePolicyDetailsRequest,
  DescribePolicyGovernanceInClusterRequest,
  DescribePolicyInstancesRequest,
  DescribePolicyInstancesStatusRequest,
  DescribeResourcesDeleteProtectionRequest,
  DescribeSubaccountK8sClusterUserConfigRequest,
  DescribeTaskInfoRequest,
  DescribeTemplateAttributeRequest,
  DescribeTemplatesRequest,
  DescribeTriggerRequest,
  DescribeUserClusterNamespacesRequest,
  DescribeUserPermissionRequest,
  DescribeUserQuotaRequest,
  DescribeWorkflowsRequest,
  FixNodePoolVulsRequest,
  GetClusterAddonInstanceRequest,
  GetClusterAuditProjectRequest,
  GetClusterCheckRequest,
  GetClusterDiagnosisCheckItemsRequest,
  GetClusterDiagnosisResultRequest,
  GetClusterInspectConfigRequest,
  GetClusterInspectReportDetailRequest,
  GetKubernetesTriggerRequest,
  GetUpgradeStatusRequest,
  GrantPermissionsRequest,
  InstallClusterAddonsRequest,
  ListAddonsRequest,
  ListClusterAddonInstancesRequest,
  ListClusterChecksRequest,
  ListClusterInspectReportsRequest,
  ListClusterKubeconfigStatesRequest,
  ListOperationPlansForRegionRequest,
  ListOperationPlansRequest,
  ListTagResourcesRequest,
  ListUserKubeConfigStatesRequest,
  MigrateClusterRequest,
  ModifyClusterAddonRequest,
  ModifyClusterNodePoolRequest,
  ModifyClusterRequest,
  ModifyClusterTagsRequest,
  ModifyNodePoolNodeConfigRequest,
  ModifyPolicyInstanceRequest,
  OpenAckServiceRequest,
  PauseClusterUpgradeRequest,
  PauseComponentUpgradeRequest,
  PauseTaskRequest,
  RemoveNodePoolNodesRequest,
  RemoveWorkflowRequest,
  RepairClusterNodePoolRequest,
  ResumeComponentUpgradeRequest,
  ResumeTaskRequest,
  ResumeUpgradeClusterRequest,
  RevokeK8sClusterKubeConfigRequest,
  RunClusterCheckRequest,
  RunClusterInspectRequest,
  ScaleClusterNodePoolRequest,
  ScanClusterVulsRequest,
  StartAlertRequest,
  StartWorkflowRequest,
  StopAlertRequest,
  SyncClusterNodePoolRequest,
  TagResourcesRequest,
  UnInstallClusterAddonsRequest,
  UntagResourcesRequest,
  UpdateClusterAuditLogConfigRequest,
  UpdateClusterInspectConfigRequest,
  UpdateContactGroupForAlertRequest,
  UpdateControlPlaneLogRequest,
  UpdateK8sClusterUserConfigExpireRequest,
  UpdateResourcesDeleteProtectionRequest,
  UpdateTemplateRequest,
  UpdateUserPermissionsRequest,
  UpgradeClusterAddonsRequest,
  UpgradeClusterNodepoolRequest,
  UpgradeClusterRequest,
} from './models.js';

/** Checks a `AttachInstances` request without throwing: every issue found, or the request typed. */
export declare function validateAttachInstancesRequest(value: unknown): ValidationResult<AttachInstancesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `AttachInstances` request. */
export declare function assertAttachInstancesRequest(value: unknown): asserts value is AttachInstancesRequest;

/** Checks a `AttachInstancesToNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateAttachInstancesToNodePoolRequest(
  value: unknown,
): ValidationResult<AttachInstancesToNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `AttachInstancesToNodePool` request. */
export declare function assertAttachInstancesToNodePoolRequest(
  value: unknown,
): asserts value is AttachInstancesToNodePoolRequest;

/** Checks a `CancelClusterUpgrade` request without throwing: every issue found, or the request typed. */
export declare function validateCancelClusterUpgradeRequest(
  value: unknown,
): ValidationResult<CancelClusterUpgradeRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelClusterUpgrade` request. */
export declare function assertCancelClusterUpgradeRequest(value: unknown): asserts value is CancelClusterUpgradeRequest;

/** Checks a `CancelComponentUpgrade` request without throwing: every issue found, or the request typed. */
export declare function validateCancelComponentUpgradeRequest(
  value: unknown,
): ValidationResult<CancelComponentUpgradeRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelComponentUpgrade` request. */
export declare function assertCancelComponentUpgradeRequest(
  value: unknown,
): asserts value is CancelComponentUpgradeRequest;

/** Checks a `CancelOperationPlan` request without throwing: every issue found, or the request typed. */
export declare function validateCancelOperationPlanRequest(
  value: unknown,
): ValidationResult<CancelOperationPlanRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelOperationPlan` request. */
export declare function assertCancelOperationPlanRequest(value: unknown): asserts value is CancelOperationPlanRequest;

/** Checks a `CancelTask` request without throwing: every issue found, or the request typed. */
export declare function validateCancelTaskRequest(value: unknown): ValidationResult<CancelTaskRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelTask` request. */
export declare function assertCancelTaskRequest(value: unknown): asserts value is CancelTaskRequest;

/** Checks a `CancelWorkflow` request without throwing: every issue found, or the request typed. */
export declare function validateCancelWorkflowRequest(value: unknown): ValidationResult<CancelWorkflowRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelWorkflow` request. */
export declare function assertCancelWorkflowRequest(value: unknown): asserts value is CancelWorkflowRequest;

/** Checks a `CheckControlPlaneLogEnable` request without throwing: every issue found, or the request typed. */
export declare function validateCheckControlPlaneLogEnableRequest(
  value: unknown,
): ValidationResult<CheckControlPlaneLogEnableRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CheckControlPlaneLogEnable` request. */
export declare function assertCheckControlPlaneLogEnableRequest(
  value: unknown,
): asserts value is CheckControlPlaneLogEnableRequest;

/** Checks a `CheckServiceRole` request without throwing: every issue found, or the request typed. */
export declare function validateCheckServiceRoleRequest(value: unknown): ValidationResult<CheckServiceRoleRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CheckServiceRole` request. */
export declare function assertCheckServiceRoleRequest(value: unknown): asserts value is CheckServiceRoleRequest;

/** Checks a `CleanClusterUserPermissions` request without throwing: every issue found, or the request typed. */
export declare function validateCleanClusterUserPermissionsRequest(
  value: unknown,
): ValidationResult<CleanClusterUserPermissionsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CleanClusterUserPermissions` request. */
export declare function assertCleanClusterUserPermissionsRequest(
  value: unknown,
): asserts value is CleanClusterUserPermissionsRequest;

/** Checks a `CleanUserPermissions` request without throwing: every issue found, or the request typed. */
export declare function validateCleanUserPermissionsRequest(
  value: unknown,
): ValidationResult<CleanUserPermissionsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CleanUserPermissions` request. */
export declare function assertCleanUserPermissionsRequest(value: unknown): asserts value is CleanUserPermissionsRequest;

/** Checks a `CreateAutoscalingConfig` request without throwing: every issue found, or the request typed. */
export declare function validateCreateAutoscalingConfigRequest(
  value: unknown,
): ValidationResult<CreateAutoscalingConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateAutoscalingConfig` request. */
export declare function assertCreateAutoscalingConfigRequest(
  value: unknown,
): asserts value is CreateAutoscalingConfigRequest;

/** Checks a `CreateCluster` request without throwing: every issue found, or the request typed. */
export declare function validateCreateClusterRequest(value: unknown): ValidationResult<CreateClusterRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateCluster` request. */
export declare function assertCreateClusterRequest(value: unknown): asserts value is CreateClusterRequest;

/** Checks a `CreateClusterDiagnosis` request without throwing: every issue found, or the request typed. */
export declare function validateCreateClusterDiagnosisRequest(
  value: unknown,
): ValidationResult<CreateClusterDiagnosisRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterDiagnosis` request. */
export declare function assertCreateClusterDiagnosisRequest(
  value: unknown,
): asserts value is CreateClusterDiagnosisRequest;

/** Checks a `CreateClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export declare function validateCreateClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<CreateClusterInspectConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterInspectConfig` request. */
export declare function assertCreateClusterInspectConfigRequest(
  value: unknown,
): asserts value is CreateClusterInspectConfigRequest;

/** Checks a `CreateClusterNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateCreateClusterNodePoolRequest(
  value: unknown,
): ValidationResult<CreateClusterNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterNodePool` request. */
export declare function assertCreateClusterNodePoolRequest(
  value: unknown,
): asserts value is CreateClusterNodePoolRequest;

/** Checks a `CreateKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export declare function validateCreateKubernetesTriggerRequest(
  value: unknown,
): ValidationResult<CreateKubernetesTriggerRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateKubernetesTrigger` request. */
export declare function assertCreateKubernetesTriggerRequest(
  value: unknown,
): asserts value is CreateKubernetesTriggerRequest;

/** Checks a `CreateTemplate` request without throwing: every issue found, or the request typed. */
export declare function validateCreateTemplateRequest(value: unknown): ValidationResult<CreateTemplateRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateTemplate` request. */
export declare function assertCreateTemplateRequest(value: unknown): asserts value is CreateTemplateRequest;

/** Checks a `CreateTrigger` request without throwing: every issue found, or the request typed. */
export declare function validateCreateTriggerRequest(value: unknown): ValidationResult<CreateTriggerRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateTrigger` request. */
export declare function assertCreateTriggerRequest(value: unknown): asserts value is CreateTriggerRequest;

/** Checks a `DeleteAlertContact` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteAlertContactRequest(value: unknown): ValidationResult<DeleteAlertContactRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteAlertContact` request. */
export declare function assertDeleteAlertContactRequest(value: unknown): asserts value is DeleteAlertContactRequest;

/** Checks a `DeleteAlertContactGroup` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteAlertContactGroupRequest(
  value: unknown,
): ValidationResult<DeleteAlertContactGroupRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteAlertContactGroup` request. */
export declare function assertDeleteAlertContactGroupRequest(
  value: unknown,
): asserts value is DeleteAlertContactGroupRequest;

/** Checks a `DeleteCluster` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteClusterRequest(value: unknown): ValidationResult<DeleteClusterRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteCluster` request. */
export declare function assertDeleteClusterRequest(value: unknown): asserts value is DeleteClusterRequest;

/** Checks a `DeleteClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<DeleteClusterInspectConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterInspectConfig` request. */
export declare function assertDeleteClusterInspectConfigRequest(
  value: unknown,
): asserts value is DeleteClusterInspectConfigRequest;

/** Checks a `DeleteClusterNodepool` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteClusterNodepoolRequest(
  value: unknown,
): ValidationResult<DeleteClusterNodepoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterNodepool` request. */
export declare function assertDeleteClusterNodepoolRequest(
  value: unknown,
): asserts value is DeleteClusterNodepoolRequest;

/** Checks a `DeleteClusterNodes` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteClusterNodesRequest(value: unknown): ValidationResult<DeleteClusterNodesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterNodes` request. */
export declare function assertDeleteClusterNodesRequest(value: unknown): asserts value is DeleteClusterNodesRequest;

/** Checks a `DeleteKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteKubernetesTriggerRequest(
  value: unknown,
): ValidationResult<DeleteKubernetesTriggerRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteKubernetesTrigger` request. */
export declare function assertDeleteKubernetesTriggerRequest(
  value: unknown,
): asserts value is DeleteKubernetesTriggerRequest;

/** Checks a `DeletePolicyInstance` request without throwing: every issue found, or the request typed. */
export declare function validateDeletePolicyInstanceRequest(
  value: unknown,
): ValidationResult<DeletePolicyInstanceRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeletePolicyInstance` request. */
export declare function assertDeletePolicyInstanceRequest(value: unknown): asserts value is DeletePolicyInstanceRequest;

/** Checks a `DeleteTemplate` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteTemplateRequest(value: unknown): ValidationResult<DeleteTemplateRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteTemplate` request. */
export declare function assertDeleteTemplateRequest(value: unknown): asserts value is DeleteTemplateRequest;

/** Checks a `DeleteTrigger` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteTriggerRequest(value: unknown): ValidationResult<DeleteTriggerRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteTrigger` request. */
export declare function assertDeleteTriggerRequest(value: unknown): asserts value is DeleteTriggerRequest;

/** Checks a `DeployPolicyInstance` request without throwing: every issue found, or the request typed. */
export declare function validateDeployPolicyInstanceRequest(
  value: unknown,
): ValidationResult<DeployPolicyInstanceRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeployPolicyInstance` request. */
export declare function assertDeployPolicyInstanceRequest(value: unknown): asserts value is DeployPolicyInstanceRequest;

/** Checks a `DescirbeWorkflow` request without throwing: every issue found, or the request typed. */
export declare function validateDescirbeWorkflowRequest(value: unknown): ValidationResult<DescirbeWorkflowRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescirbeWorkflow` request. */
export declare function assertDescirbeWorkflowRequest(value: unknown): asserts value is DescirbeWorkflowRequest;

/** Checks a `DescribeAddon` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeAddonRequest(value: unknown): ValidationResult<DescribeAddonRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeAddon` request. */
export declare function assertDescribeAddonRequest(value: unknown): asserts value is DescribeAddonRequest;

/** Checks a `DescribeAddons` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeAddonsRequest(value: unknown): ValidationResult<DescribeAddonsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeAddons` request. */
export declare function assertDescribeAddonsRequest(value: unknown): asserts value is DescribeAddonsRequest;

/** Checks a `DescribeClusterAddonInstance` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterAddonInstanceRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonInstanceRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonInstance` request. */
export declare function assertDescribeClusterAddonInstanceRequest(
  value: unknown,
): asserts value is DescribeClusterAddonInstanceRequest;

/** Checks a `DescribeClusterAddonMetadata` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterAddonMetadataRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonMetadataRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonMetadata` request. */
export declare function assertDescribeClusterAddonMetadataRequest(
  value: unknown,
): asserts value is DescribeClusterAddonMetadataRequest;

/** Checks a `DescribeClusterAddonUpgradeStatus` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterAddonUpgradeStatusRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonUpgradeStatusRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonUpgradeStatus` request. */
export declare function assertDescribeClusterAddonUpgradeStatusRequest(
  value: unknown,
): asserts value is DescribeClusterAddonUpgradeStatusRequest;

/** Checks a `DescribeClusterAddonsUpgradeStatus` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterAddonsUpgradeStatusRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonsUpgradeStatusRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonsUpgradeStatus` request. */
export declare function assertDescribeClusterAddonsUpgradeStatusRequest(
  value: unknown,
): asserts value is DescribeClusterAddonsUpgradeStatusRequest;

/** Checks a `DescribeClusterAddonsVersion` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterAddonsVersionRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonsVersionRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonsVersion` request. */
export declare function assertDescribeClusterAddonsVersionRequest(
  value: unknown,
): asserts value is DescribeClusterAddonsVersionRequest;

/** Checks a `DescribeClusterAttachScripts` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterAttachScriptsRequest(
  value: unknown,
): ValidationResult<DescribeClusterAttachScriptsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAttachScripts` request. */
export declare function assertDescribeClusterAttachScriptsRequest(
  value: unknown,
): asserts value is DescribeClusterAttachScriptsRequest;

/** Checks a `DescribeClusterDetail` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterDetailRequest(
  value: unknown,
): ValidationResult<DescribeClusterDetailRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterDetail` request. */
export declare function assertDescribeClusterDetailRequest(
  value: unknown,
): asserts value is DescribeClusterDetailRequest;

/** Checks a `DescribeClusterEvents` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterEventsRequest(
  value: unknown,
): ValidationResult<DescribeClusterEventsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterEvents` request. */
export declare function assertDescribeClusterEventsRequest(
  value: unknown,
): asserts value is DescribeClusterEventsRequest;

/** Checks a `DescribeClusterLogs` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterLogsRequest(
  value: unknown,
): ValidationResult<DescribeClusterLogsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterLogs` request. */
export declare function assertDescribeClusterLogsRequest(value: unknown): asserts value is DescribeClusterLogsRequest;

/** Checks a `DescribeClusterNodePoolDetail` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterNodePoolDetailRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolDetailRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePoolDetail` request. */
export declare function assertDescribeClusterNodePoolDetailRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolDetailRequest;

/** Checks a `DescribeClusterNodePools` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterNodePoolsRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePools` request. */
export declare function assertDescribeClusterNodePoolsRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolsRequest;

/** Checks a `DescribeClusterNodes` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterNodesRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodes` request. */
export declare function assertDescribeClusterNodesRequest(value: unknown): asserts value is DescribeClusterNodesRequest;

/** Checks a `DescribeClusterResources` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterResourcesRequest(
  value: unknown,
): ValidationResult<DescribeClusterResourcesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterResources` request. */
export declare function assertDescribeClusterResourcesRequest(
  value: unknown,
): asserts value is DescribeClusterResourcesRequest;

/** Checks a `DescribeClusterTasks` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterTasksRequest(
  value: unknown,
): ValidationResult<DescribeClusterTasksRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterTasks` request. */
export declare function assertDescribeClusterTasksRequest(value: unknown): asserts value is DescribeClusterTasksRequest;

/** Checks a `DescribeClusterUserKubeconfig` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterUserKubeconfigRequest(
  value: unknown,
): ValidationResult<DescribeClusterUserKubeconfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterUserKubeconfig` request. */
export declare function assertDescribeClusterUserKubeconfigRequest(
  value: unknown,
): asserts value is DescribeClusterUserKubeconfigRequest;

/** Checks a `DescribeClusterV2UserKubeconfig` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterV2UserKubeconfigRequest(
  value: unknown,
): ValidationResult<DescribeClusterV2UserKubeconfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterV2UserKubeconfig` request. */
export declare function assertDescribeClusterV2UserKubeconfigRequest(
  value: unknown,
): asserts value is DescribeClusterV2UserKubeconfigRequest;

/** Checks a `DescribeClusterVuls` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterVulsRequest(
  value: unknown,
): ValidationResult<DescribeClusterVulsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterVuls` request. */
export declare function assertDescribeClusterVulsRequest(value: unknown): asserts value is DescribeClusterVulsRequest;

/** Checks a `DescribeClusters` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClustersRequest(value: unknown): ValidationResult<DescribeClustersRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusters` request. */
export declare function assertDescribeClustersRequest(value: unknown): asserts value is DescribeClustersRequest;

/** Checks a `DescribeClustersForRegion` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClustersForRegionRequest(
  value: unknown,
): ValidationResult<DescribeClustersForRegionRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClustersForRegion` request. */
export declare function assertDescribeClustersForRegionRequest(
  value: unknown,
): asserts value is DescribeClustersForRegionRequest;

/** Checks a `DescribeClustersV1` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClustersV1Request(value: unknown): ValidationResult<DescribeClustersV1Request>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClustersV1` request. */
export declare function assertDescribeClustersV1Request(value: unknown): asserts value is DescribeClustersV1Request;

/** Checks a `DescribeEvents` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeEventsRequest(value: unknown): ValidationResult<DescribeEventsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeEvents` request. */
export declare function assertDescribeEventsRequest(value: unknown): asserts value is DescribeEventsRequest;

/** Checks a `DescribeEventsForRegion` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeEventsForRegionRequest(
  value: unknown,
): ValidationResult<DescribeEventsForRegionRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeEventsForRegion` request. */
export declare function assertDescribeEventsForRegionRequest(
  value: unknown,
): asserts value is DescribeEventsForRegionRequest;

/** Checks a `DescribeExternalAgent` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeExternalAgentRequest(
  value: unknown,
): ValidationResult<DescribeExternalAgentRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeExternalAgent` request. */
export declare function assertDescribeExternalAgentRequest(
  value: unknown,
): asserts value is DescribeExternalAgentRequest;

/** Checks a `DescribeKubernetesVersionMetadata` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeKubernetesVersionMetadataRequest(
  value: unknown,
): ValidationResult<DescribeKubernetesVersionMetadataRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeKubernetesVersionMetadata` request. */
export declare function assertDescribeKubernetesVersionMetadataRequest(
  value: unknown,
): asserts value is DescribeKubernetesVersionMetadataRequest;

/** Checks a `DescribeNodePoolVuls` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeNodePoolVulsRequest(
  value: unknown,
): ValidationResult<DescribeNodePoolVulsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeNodePoolVuls` request. */
export declare function assertDescribeNodePoolVulsRequest(value: unknown): asserts value is DescribeNodePoolVulsRequest;

/** Checks a `DescribePolicies` request without throwing: every issue found, or the request typed. */
export declare function validateDescribePoliciesRequest(value: unknown): ValidationResult<DescribePoliciesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicies` request. */
export declare function assertDescribePoliciesRequest(value: unknown): asserts value is DescribePoliciesRequest;

/** Checks a `DescribePolicyDetails` request without throwing: every issue found, or the request typed. */
export declare function validateDescribePolicyDetailsRequest(
  value: unknown,
): ValidationResult<DescribePolicyDetailsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyDetails` request. */
export declare function assertDescribePolicyDetailsRequest(
  value: unknown,
): asserts value is DescribePolicyDetailsRequest;

/** Checks a `DescribePolicyGovernanceInCluster` request without throwing: every issue found, or the request typed. */
export declare function validateDescribePolicyGovernanceInClusterRequest(
  value: unknown,
): ValidationResult<DescribePolicyGovernanceInClusterRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyGovernanceInCluster` request. */
export declare function assertDescribePolicyGovernanceInClusterRequest(
  value: unknown,
): asserts value is DescribePolicyGovernanceInClusterRequest;

/** Checks a `DescribePolicyInstances` request without throwing: every issue found, or the request typed. */
export declare function validateDescribePolicyInstancesRequest(
  value: unknown,
): ValidationResult<DescribePolicyInstancesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyInstances` request. */
export declare function assertDescribePolicyInstancesRequest(
  value: unknown,
): asserts value is DescribePolicyInstancesRequest;

/** Checks a `DescribePolicyInstancesStatus` request without throwing: every issue found, or the request typed. */
export declare function validateDescribePolicyInstancesStatusRequest(
  value: unknown,
): ValidationResult<DescribePolicyInstancesStatusRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyInstancesStatus` request. */
export declare function assertDescribePolicyInstancesStatusRequest(
  value: unknown,
): asserts value is DescribePolicyInstancesStatusRequest;

/** Checks a `DescribeResourcesDeleteProtection` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeResourcesDeleteProtectionRequest(
  value: unknown,
): ValidationResult<DescribeResourcesDeleteProtectionRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeResourcesDeleteProtection` request. */
export declare function assertDescribeResourcesDeleteProtectionRequest(
  value: unknown,
): asserts value is DescribeResourcesDeleteProtectionRequest;

/** Checks a `DescribeSubaccountK8sClusterUserConfig` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeSubaccountK8sClusterUserConfigRequest(
  value: unknown,
): ValidationResult<DescribeSubaccountK8sClusterUserConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeSubaccountK8sClusterUserConfig` request. */
export declare function assertDescribeSubaccountK8sClusterUserConfigRequest(
  value: unknown,
): asserts value is DescribeSubaccountK8sClusterUserConfigRequest;

/** Checks a `DescribeTaskInfo` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeTaskInfoRequest(value: unknown): ValidationResult<DescribeTaskInfoRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTaskInfo` request. */
export declare function assertDescribeTaskInfoRequest(value: unknown): asserts value is DescribeTaskInfoRequest;

/** Checks a `DescribeTemplateAttribute` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeTemplateAttributeRequest(
  value: unknown,
): ValidationResult<DescribeTemplateAttributeRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTemplateAttribute` request. */
export declare function assertDescribeTemplateAttributeRequest(
  value: unknown,
): asserts value is DescribeTemplateAttributeRequest;

/** Checks a `DescribeTemplates` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeTemplatesRequest(value: unknown): ValidationResult<DescribeTemplatesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTemplates` request. */
export declare function assertDescribeTemplatesRequest(value: unknown): asserts value is DescribeTemplatesRequest;

/** Checks a `DescribeTrigger` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeTriggerRequest(value: unknown): ValidationResult<DescribeTriggerRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTrigger` request. */
export declare function assertDescribeTriggerRequest(value: unknown): asserts value is DescribeTriggerRequest;

/** Checks a `DescribeUserClusterNamespaces` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeUserClusterNamespacesRequest(
  value: unknown,
): ValidationResult<DescribeUserClusterNamespacesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserClusterNamespaces` request. */
export declare function assertDescribeUserClusterNamespacesRequest(
  value: unknown,
): asserts value is DescribeUserClusterNamespacesRequest;

/** Checks a `DescribeUserPermission` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeUserPermissionRequest(
  value: unknown,
): ValidationResult<DescribeUserPermissionRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserPermission` request. */
export declare function assertDescribeUserPermissionRequest(
  value: unknown,
): asserts value is DescribeUserPermissionRequest;

/** Checks a `DescribeUserQuota` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeUserQuotaRequest(value: unknown): ValidationResult<DescribeUserQuotaRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserQuota` request. */
export declare function assertDescribeUserQuotaRequest(value: unknown): asserts value is DescribeUserQuotaRequest;

/** Checks a `DescribeWorkflows` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeWorkflowsRequest(value: unknown): ValidationResult<DescribeWorkflowsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeWorkflows` request. */
export declare function assertDescribeWorkflowsRequest(value: unknown): asserts value is DescribeWorkflowsRequest;

/** Checks a `FixNodePoolVuls` request without throwing: every issue found, or the request typed. */
export declare function validateFixNodePoolVulsRequest(value: unknown): ValidationResult<FixNodePoolVulsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `FixNodePoolVuls` request. */
export declare function assertFixNodePoolVulsRequest(value: unknown): asserts value is FixNodePoolVulsRequest;

/** Checks a `GetClusterAddonInstance` request without throwing: every issue found, or the request typed. */
export declare function validateGetClusterAddonInstanceRequest(
  value: unknown,
): ValidationResult<GetClusterAddonInstanceRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterAddonInstance` request. */
export declare function assertGetClusterAddonInstanceRequest(
  value: unknown,
): asserts value is GetClusterAddonInstanceRequest;

/** Checks a `GetClusterAuditProject` request without throwing: every issue found, or the request typed. */
export declare function validateGetClusterAuditProjectRequest(
  value: unknown,
): ValidationResult<GetClusterAuditProjectRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterAuditProject` request. */
export declare function assertGetClusterAuditProjectRequest(
  value: unknown,
): asserts value is GetClusterAuditProjectRequest;

/** Checks a `GetClusterCheck` request without throwing: every issue found, or the request typed. */
export declare function validateGetClusterCheckRequest(value: unknown): ValidationResult<GetClusterCheckRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterCheck` request. */
export declare function assertGetClusterCheckRequest(value: unknown): asserts value is GetClusterCheckRequest;

/** Checks a `GetClusterDiagnosisCheckItems` request without throwing: every issue found, or the request typed. */
export declare function validateGetClusterDiagnosisCheckItemsRequest(
  value: unknown,
): ValidationResult<GetClusterDiagnosisCheckItemsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterDiagnosisCheckItems` request. */
export declare function assertGetClusterDiagnosisCheckItemsRequest(
  value: unknown,
): asserts value is GetClusterDiagnosisCheckItemsRequest;

/** Checks a `GetClusterDiagnosisResult` request without throwing: every issue found, or the request typed. */
export declare function validateGetClusterDiagnosisResultRequest(
  value: unknown,
): ValidationResult<GetClusterDiagnosisResultRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterDiagnosisResult` request. */
export declare function assertGetClusterDiagnosisResultRequest(
  value: unknown,
): asserts value is GetClusterDiagnosisResultRequest;

/** Checks a `GetClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export declare function validateGetClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<GetClusterInspectConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterInspectConfig` request. */
export declare function assertGetClusterInspectConfigRequest(
  value: unknown,
): asserts value is GetClusterInspectConfigRequest;

/** Checks a `GetClusterInspectReportDetail` request without throwing: every issue found, or the request typed. */
export declare function validateGetClusterInspectReportDetailRequest(
  value: unknown,
): ValidationResult<GetClusterInspectReportDetailRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterInspectReportDetail` request. */
export declare function assertGetClusterInspectReportDetailRequest(
  value: unknown,
): asserts value is GetClusterInspectReportDetailRequest;

/** Checks a `GetKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export declare function validateGetKubernetesTriggerRequest(
  value: unknown,
): ValidationResult<GetKubernetesTriggerRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetKubernetesTrigger` request. */
export declare function assertGetKubernetesTriggerRequest(value: unknown): asserts value is GetKubernetesTriggerRequest;

/** Checks a `GetUpgradeStatus` request without throwing: every issue found, or the request typed. */
export declare function validateGetUpgradeStatusRequest(value: unknown): ValidationResult<GetUpgradeStatusRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetUpgradeStatus` request. */
export declare function assertGetUpgradeStatusRequest(value: unknown): asserts value is GetUpgradeStatusRequest;

/** Checks a `GrantPermissions` request without throwing: every issue found, or the request typed. */
export declare function validateGrantPermissionsRequest(value: unknown): ValidationResult<GrantPermissionsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GrantPermissions` request. */
export declare function assertGrantPermissionsRequest(value: unknown): asserts value is GrantPermissionsRequest;

/** Checks a `InstallClusterAddons` request without throwing: every issue found, or the request typed. */
export declare function validateInstallClusterAddonsRequest(
  value: unknown,
): ValidationResult<InstallClusterAddonsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `InstallClusterAddons` request. */
export declare function assertInstallClusterAddonsRequest(value: unknown): asserts value is InstallClusterAddonsRequest;

/** Checks a `ListAddons` request without throwing: every issue found, or the request typed. */
export declare function validateListAddonsRequest(value: unknown): ValidationResult<ListAddonsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListAddons` request. */
export declare function assertListAddonsRequest(value: unknown): asserts value is ListAddonsRequest;

/** Checks a `ListClusterAddonInstances` request without throwing: every issue found, or the request typed. */
export declare function validateListClusterAddonInstancesRequest(
  value: unknown,
): ValidationResult<ListClusterAddonInstancesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterAddonInstances` request. */
export declare function assertListClusterAddonInstancesRequest(
  value: unknown,
): asserts value is ListClusterAddonInstancesRequest;

/** Checks a `ListClusterChecks` request without throwing: every issue found, or the request typed. */
export declare function validateListClusterChecksRequest(value: unknown): ValidationResult<ListClusterChecksRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterChecks` request. */
export declare function assertListClusterChecksRequest(value: unknown): asserts value is ListClusterChecksRequest;

/** Checks a `ListClusterInspectReports` request without throwing: every issue found, or the request typed. */
export declare function validateListClusterInspectReportsRequest(
  value: unknown,
): ValidationResult<ListClusterInspectReportsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterInspectReports` request. */
export declare function assertListClusterInspectReportsRequest(
  value: unknown,
): asserts value is ListClusterInspectReportsRequest;

/** Checks a `ListClusterKubeconfigStates` request without throwing: every issue found, or the request typed. */
export declare function validateListClusterKubeconfigStatesRequest(
  value: unknown,
): ValidationResult<ListClusterKubeconfigStatesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterKubeconfigStates` request. */
export declare function assertListClusterKubeconfigStatesRequest(
  value: unknown,
): asserts value is ListClusterKubeconfigStatesRequest;

/** Checks a `ListOperationPlans` request without throwing: every issue found, or the request typed. */
export declare function validateListOperationPlansRequest(value: unknown): ValidationResult<ListOperationPlansRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListOperationPlans` request. */
export declare function assertListOperationPlansRequest(value: unknown): asserts value is ListOperationPlansRequest;

/** Checks a `ListOperationPlansForRegion` request without throwing: every issue found, or the request typed. */
export declare function validateListOperationPlansForRegionRequest(
  value: unknown,
): ValidationResult<ListOperationPlansForRegionRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListOperationPlansForRegion` request. */
export declare function assertListOperationPlansForRegionRequest(
  value: unknown,
): asserts value is ListOperationPlansForRegionRequest;

/** Checks a `ListTagResources` request without throwing: every issue found, or the request typed. */
export declare function validateListTagResourcesRequest(value: unknown): ValidationResult<ListTagResourcesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListTagResources` request. */
export declare function assertListTagResourcesRequest(value: unknown): asserts value is ListTagResourcesRequest;

/** Checks a `ListUserKubeConfigStates` request without throwing: every issue found, or the request typed. */
export declare function validateListUserKubeConfigStatesRequest(
  value: unknown,
): ValidationResult<ListUserKubeConfigStatesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListUserKubeConfigStates` request. */
export declare function assertListUserKubeConfigStatesRequest(
  value: unknown,
): asserts value is ListUserKubeConfigStatesRequest;

/** Checks a `MigrateCluster` request without throwing: every issue found, or the request typed. */
export declare function validateMigrateClusterRequest(value: unknown): ValidationResult<MigrateClusterRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `MigrateCluster` request. */
export declare function assertMigrateClusterRequest(value: unknown): asserts value is MigrateClusterRequest;

/** Checks a `ModifyCluster` request without throwing: every issue found, or the request typed. */
export declare function validateModifyClusterRequest(value: unknown): ValidationResult<ModifyClusterRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyCluster` request. */
export declare function assertModifyClusterRequest(value: unknown): asserts value is ModifyClusterRequest;

/** Checks a `ModifyClusterAddon` request without throwing: every issue found, or the request typed. */
export declare function validateModifyClusterAddonRequest(value: unknown): ValidationResult<ModifyClusterAddonRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterAddon` request. */
export declare function assertModifyClusterAddonRequest(value: unknown): asserts value is ModifyClusterAddonRequest;

/** Checks a `ModifyClusterNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateModifyClusterNodePoolRequest(
  value: unknown,
): ValidationResult<ModifyClusterNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterNodePool` request. */
export declare function assertModifyClusterNodePoolRequest(
  value: unknown,
): asserts value is ModifyClusterNodePoolRequest;

/** Checks a `ModifyClusterTags` request without throwing: every issue found, or the request typed. */
export declare function validateModifyClusterTagsRequest(value: unknown): ValidationResult<ModifyClusterTagsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterTags` request. */
export declare function assertModifyClusterTagsRequest(value: unknown): asserts value is ModifyClusterTagsRequest;

/** Checks a `ModifyNodePoolNodeConfig` request without throwing: every issue found, or the request typed. */
export declare function validateModifyNodePoolNodeConfigRequest(
  value: unknown,
): ValidationResult<ModifyNodePoolNodeConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyNodePoolNodeConfig` request. */
export declare function assertModifyNodePoolNodeConfigRequest(
  value: unknown,
): asserts value is ModifyNodePoolNodeConfigRequest;

/** Checks a `ModifyPolicyInstance` request without throwing: every issue found, or the request typed. */
export declare function validateModifyPolicyInstanceRequest(
  value: unknown,
): ValidationResult<ModifyPolicyInstanceRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyPolicyInstance` request. */
export declare function assertModifyPolicyInstanceRequest(value: unknown): asserts value is ModifyPolicyInstanceRequest;

/** Checks a `OpenAckService` request without throwing: every issue found, or the request typed. */
export declare function validateOpenAckServiceRequest(value: unknown): ValidationResult<OpenAckServiceRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `OpenAckService` request. */
export declare function assertOpenAckServiceRequest(value: unknown): asserts value is OpenAckServiceRequest;

/** Checks a `PauseClusterUpgrade` request without throwing: every issue found, or the request typed. */
export declare function validatePauseClusterUpgradeRequest(
  value: unknown,
): ValidationResult<PauseClusterUpgradeRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseClusterUpgrade` request. */
export declare function assertPauseClusterUpgradeRequest(value: unknown): asserts value is PauseClusterUpgradeRequest;

/** Checks a `PauseComponentUpgrade` request without throwing: every issue found, or the request typed. */
export declare function validatePauseComponentUpgradeRequest(
  value: unknown,
): ValidationResult<PauseComponentUpgradeRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseComponentUpgrade` request. */
export declare function assertPauseComponentUpgradeRequest(
  value: unknown,
): asserts value is PauseComponentUpgradeRequest;

/** Checks a `PauseTask` request without throwing: every issue found, or the request typed. */
export declare function validatePauseTaskRequest(value: unknown): ValidationResult<PauseTaskRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseTask` request. */
export declare function assertPauseTaskRequest(value: unknown): asserts value is PauseTaskRequest;

/** Checks a `RemoveNodePoolNodes` request without throwing: every issue found, or the request typed. */
export declare function validateRemoveNodePoolNodesRequest(
  value: unknown,
): ValidationResult<RemoveNodePoolNodesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RemoveNodePoolNodes` request. */
export declare function assertRemoveNodePoolNodesRequest(value: unknown): asserts value is RemoveNodePoolNodesRequest;

/** Checks a `RemoveWorkflow` request without throwing: every issue found, or the request typed. */
export declare function validateRemoveWorkflowRequest(value: unknown): ValidationResult<RemoveWorkflowRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RemoveWorkflow` request. */
export declare function assertRemoveWorkflowRequest(value: unknown): asserts value is RemoveWorkflowRequest;

/** Checks a `RepairClusterNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateRepairClusterNodePoolRequest(
  value: unknown,
): ValidationResult<RepairClusterNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RepairClusterNodePool` request. */
export declare function assertRepairClusterNodePoolRequest(
  value: unknown,
): asserts value is RepairClusterNodePoolRequest;

/** Checks a `ResumeComponentUpgrade` request without throwing: every issue found, or the request typed. */
export declare function validateResumeComponentUpgradeRequest(
  value: unknown,
): ValidationResult<ResumeComponentUpgradeRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeComponentUpgrade` request. */
export declare function assertResumeComponentUpgradeRequest(
  value: unknown,
): asserts value is ResumeComponentUpgradeRequest;

/** Checks a `ResumeTask` request without throwing: every issue found, or the request typed. */
export declare function validateResumeTaskRequest(value: unknown): ValidationResult<ResumeTaskRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeTask` request. */
export declare function assertResumeTaskRequest(value: unknown): asserts value is ResumeTaskRequest;

/** Checks a `ResumeUpgradeCluster` request without throwing: every issue found, or the request typed. */
export declare function validateResumeUpgradeClusterRequest(
  value: unknown,
): ValidationResult<ResumeUpgradeClusterRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeUpgradeCluster` request. */
export declare function assertResumeUpgradeClusterRequest(value: unknown): asserts value is ResumeUpgradeClusterRequest;

/** Checks a `RevokeK8sClusterKubeConfig` request without throwing: every issue found, or the request typed. */
export declare function validateRevokeK8sClusterKubeConfigRequest(
  value: unknown,
): ValidationResult<RevokeK8sClusterKubeConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RevokeK8sClusterKubeConfig` request. */
export declare function assertRevokeK8sClusterKubeConfigRequest(
  value: unknown,
): asserts value is RevokeK8sClusterKubeConfigRequest;

/** Checks a `RunClusterCheck` request without throwing: every issue found, or the request typed. */
export declare function validateRunClusterCheckRequest(value: unknown): ValidationResult<RunClusterCheckRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RunClusterCheck` request. */
export declare function assertRunClusterCheckRequest(value: unknown): asserts value is RunClusterCheckRequest;

/** Checks a `RunClusterInspect` request without throwing: every issue found, or the request typed. */
export declare function validateRunClusterInspectRequest(value: unknown): ValidationResult<RunClusterInspectRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RunClusterInspect` request. */
export declare function assertRunClusterInspectRequest(value: unknown): asserts value is RunClusterInspectRequest;

/** Checks a `ScaleClusterNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateScaleClusterNodePoolRequest(
  value: unknown,
): ValidationResult<ScaleClusterNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ScaleClusterNodePool` request. */
export declare function assertScaleClusterNodePoolRequest(value: unknown): asserts value is ScaleClusterNodePoolRequest;

/** Checks a `ScanClusterVuls` request without throwing: every issue found, or the request typed. */
export declare function validateScanClusterVulsRequest(value: unknown): ValidationResult<ScanClusterVulsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ScanClusterVuls` request. */
export declare function assertScanClusterVulsRequest(value: unknown): asserts value is ScanClusterVulsRequest;

/** Checks a `StartAlert` request without throwing: every issue found, or the request typed. */
export declare function validateStartAlertRequest(value: unknown): ValidationResult<StartAlertRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StartAlert` request. */
export declare function assertStartAlertRequest(value: unknown): asserts value is StartAlertRequest;

/** Checks a `StartWorkflow` request without throwing: every issue found, or the request typed. */
export declare function validateStartWorkflowRequest(value: unknown): ValidationResult<StartWorkflowRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StartWorkflow` request. */
export declare function assertStartWorkflowRequest(value: unknown): asserts value is StartWorkflowRequest;

/** Checks a `StopAlert` request without throwing: every issue found, or the request typed. */
export declare function validateStopAlertRequest(value: unknown): ValidationResult<StopAlertRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StopAlert` request. */
export declare function assertStopAlertRequest(value: unknown): asserts value is StopAlertRequest;

/** Checks a `SyncClusterNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateSyncClusterNodePoolRequest(
  value: unknown,
): ValidationResult<SyncClusterNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `SyncClusterNodePool` request. */
export declare function assertSyncClusterNodePoolRequest(value: unknown): asserts value is SyncClusterNodePoolRequest;

/** Checks a `TagResources` request without throwing: every issue found, or the request typed. */
export declare function validateTagResourcesRequest(value: unknown): ValidationResult<TagResourcesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `TagResources` request. */
export declare function assertTagResourcesRequest(value: unknown): asserts value is TagResourcesRequest;

/** Checks a `UnInstallClusterAddons` request without throwing: every issue found, or the request typed. */
export declare function validateUnInstallClusterAddonsRequest(
  value: unknown,
): ValidationResult<UnInstallClusterAddonsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UnInstallClusterAddons` request. */
export declare function assertUnInstallClusterAddonsRequest(
  value: unknown,
): asserts value is UnInstallClusterAddonsRequest;

/** Checks a `UntagResources` request without throwing: every issue found, or the request typed. */
export declare function validateUntagResourcesRequest(value: unknown): ValidationResult<UntagResourcesRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UntagResources` request. */
export declare function assertUntagResourcesRequest(value: unknown): asserts value is UntagResourcesRequest;

/** Checks a `UpdateClusterAuditLogConfig` request without throwing: every issue found, or the request typed. */
export declare function validateUpdateClusterAuditLogConfigRequest(
  value: unknown,
): ValidationResult<UpdateClusterAuditLogConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateClusterAuditLogConfig` request. */
export declare function assertUpdateClusterAuditLogConfigRequest(
  value: unknown,
): asserts value is UpdateClusterAuditLogConfigRequest;

/** Checks a `UpdateClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export declare function validateUpdateClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<UpdateClusterInspectConfigRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateClusterInspectConfig` request. */
export declare function assertUpdateClusterInspectConfigRequest(
  value: unknown,
): asserts value is UpdateClusterInspectConfigRequest;

/** Checks a `UpdateContactGroupForAlert` request without throwing: every issue found, or the request typed. */
export declare function validateUpdateContactGroupForAlertRequest(
  value: unknown,
): ValidationResult<UpdateContactGroupForAlertRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateContactGroupForAlert` request. */
export declare function assertUpdateContactGroupForAlertRequest(
  value: unknown,
): asserts value is UpdateContactGroupForAlertRequest;

/** Checks a `UpdateControlPlaneLog` request without throwing: every issue found, or the request typed. */
export declare function validateUpdateControlPlaneLogRequest(
  value: unknown,
): ValidationResult<UpdateControlPlaneLogRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateControlPlaneLog` request. */
export declare function assertUpdateControlPlaneLogRequest(
  value: unknown,
): asserts value is UpdateControlPlaneLogRequest;

/** Checks a `UpdateK8sClusterUserConfigExpire` request without throwing: every issue found, or the request typed. */
export declare function validateUpdateK8sClusterUserConfigExpireRequest(
  value: unknown,
): ValidationResult<UpdateK8sClusterUserConfigExpireRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateK8sClusterUserConfigExpire` request. */
export declare function assertUpdateK8sClusterUserConfigExpireRequest(
  value: unknown,
): asserts value is UpdateK8sClusterUserConfigExpireRequest;

/** Checks a `UpdateResourcesDeleteProtection` request without throwing: every issue found, or the request typed. */
export declare function validateUpdateResourcesDeleteProtectionRequest(
  value: unknown,
): ValidationResult<UpdateResourcesDeleteProtectionRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateResourcesDeleteProtection` request. */
export declare function assertUpdateResourcesDeleteProtectionRequest(
  value: unknown,
): asserts value is UpdateResourcesDeleteProtectionRequest;

/** Checks a `UpdateTemplate` request without throwing: every issue found, or the request typed. */
export declare function validateUpdateTemplateRequest(value: unknown): ValidationResult<UpdateTemplateRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateTemplate` request. */
export declare function assertUpdateTemplateRequest(value: unknown): asserts value is UpdateTemplateRequest;

/** Checks a `UpdateUserPermissions` request without throwing: every issue found, or the request typed. */
export declare function validateUpdateUserPermissionsRequest(
  value: unknown,
): ValidationResult<UpdateUserPermissionsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateUserPermissions` request. */
export declare function assertUpdateUserPermissionsRequest(
  value: unknown,
): asserts value is UpdateUserPermissionsRequest;

/** Checks a `UpgradeCluster` request without throwing: every issue found, or the request typed. */
export declare function validateUpgradeClusterRequest(value: unknown): ValidationResult<UpgradeClusterRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeCluster` request. */
export declare function assertUpgradeClusterRequest(value: unknown): asserts value is UpgradeClusterRequest;

/** Checks a `UpgradeClusterAddons` request without throwing: every issue found, or the request typed. */
export declare function validateUpgradeClusterAddonsRequest(
  value: unknown,
): ValidationResult<UpgradeClusterAddonsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeClusterAddons` request. */
export declare function assertUpgradeClusterAddonsRequest(value: unknown): asserts value is UpgradeClusterAddonsRequest;

/** Checks a `UpgradeClusterNodepool` request without throwing: every issue found, or the request typed. */
export declare function validateUpgradeClusterNodepoolRequest(
  value: unknown,
): ValidationResult<UpgradeClusterNodepoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeClusterNodepool` request. */
export declare function assertUpgradeClusterNodepoolRequest(
  value: unknown,
): asserts value is UpgradeClusterNodepoolRequest;
