// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import {
  ClientCore,
  type CallOptions,
  type ClientFeatures,
  type ClientOptions,
  type OperationDescriptor,
  type ServiceDescriptor,
  type WithMetadata,
} from './runtime/client-core.js';
import { allFeatures } from './runtime/features.js';
import type {
  AttachInstancesRequest,
  AttachInstancesResponse,
  AttachInstancesToNodePoolRequest,
  AttachInstancesToNodePoolResponse,
  CancelClusterUpgradeRequest,
  CancelClusterUpgradeResponse,
  CancelComponentUpgradeRequest,
  CancelComponentUpgradeResponse,
  CancelOperationPlanRequest,
  CancelOperationPlanResponse,
  CancelTaskRequest,
  CancelTaskResponse,
  CancelWorkflowRequest,
  CancelWorkflowResponse,
  CheckControlPlaneLogEnableRequest,
  CheckControlPlaneLogEnableResponse,
  CheckServiceRoleRequest,
  CheckServiceRoleResponse,
  CleanClusterUserPermissionsRequest,
  CleanClusterUserPermissionsResponse,
  CleanUserPermissionsRequest,
  CleanUserPermissionsResponse,
  CreateAutoscalingConfigRequest,
  CreateAutoscalingConfigResponse,
  CreateClusterRequest,
  CreateClusterResponse,
  CreateClusterDiagnosisRequest,
  CreateClusterDiagnosisResponse,
  CreateClusterInspectConfigRequest,
  CreateClusterInspectConfigResponse,
  CreateClusterNodePoolRequest,
  CreateClusterNodePoolResponse,
  CreateKubernetesTriggerRequest,
  CreateKubernetesTriggerResponse,
  CreateTemplateRequest,
  CreateTemplateResponse,
  CreateTriggerRequest,
  CreateTriggerResponse,
  DeleteAlertContactRequest,
  DeleteAlertContactResponse,
  DeleteAlertContactGroupRequest,
  DeleteAlertContactGroupResponse,
  DeleteClusterRequest,
  DeleteClusterResponse,
  DeleteClusterInspectConfigRequest,
  DeleteClusterInspectConfigResponse,
  DeleteClusterNodepoolRequest,
  DeleteClusterNodepoolResponse,
  DeleteClusterNodesRequest,
  DeleteClusterNodesResponse,
  DeleteKubernetesTriggerRequest,
  DeleteKubernetesTriggerResponse,
  DeletePolicyInstanceRequest,
  DeletePolicyInstanceResponse,
  DeleteTemplateRequest,
  DeleteTemplateResponse,
  DeleteTriggerRequest,
  DeleteTriggerResponse,
  DeployPolicyInstanceRequest,
  DeployPolicyInstanceResponse,
  DescirbeWorkflowRequest,
  DescirbeWorkflowResponse,
  DescribeAddonRequest,
  DescribeAddonResponse,
  DescribeAddonsRequest,
  DescribeAddonsResponse,
  DescribeClusterAddonInstanceRequest,
  DescribeClusterAddonInstanceResponse,
  DescribeClusterAddonMetadataRequest,
  DescribeClusterAddonMetadataResponse,
  DescribeClusterAddonUpgradeStatusRequest,
  DescribeClusterAddonUpgradeStatusResponse,
  DescribeClusterAddonsUpgradeStatusRequest,
  DescribeClusterAddonsUpgradeStatusResponse,
  DescribeClusterAddonsVersionRequest,
  DescribeClusterAddonsVersionResponse,
  DescribeClusterAttachScriptsRequest,
  DescribeClusterAttachScriptsResponse,
  DescribeClusterDetailRequest,
  DescribeClusterDetailResponse,
  DescribeClusterEventsRequest,
  DescribeClusterEventsResponse,
  DescribeClusterLogsRequest,
  DescribeClusterLogsResponse,
  DescribeClusterNodePoolDetailRequest,
  DescribeClusterNodePoolDetailResponse,
  DescribeClusterNodePoolsRequest,
  DescribeClusterNodePoolsResponse,
  DescribeClusterNodesRequest,
  DescribeClusterNodesResponse,
  DescribeClusterResourcesRequest,
  DescribeClusterResourcesResponse,
  DescribeClusterTasksRequest,
  DescribeClusterTasksResponse,
  DescribeClusterUserKubeconfigRequest,
  DescribeClusterUserKubeconfigResponse,
  DescribeClusterV2UserKubeconfigRequest,
  DescribeClusterV2UserKubeconfigResponse,
  DescribeClusterVulsRequest,
  DescribeClusterVulsResponse,
  DescribeClustersRequest,
  DescribeClustersResponse,
  DescribeClustersForRegionRequest,
  DescribeClustersForRegionResponse,
  DescribeClustersV1Request,
  DescribeClustersV1Response,
  DescribeEventsRequest,
  DescribeEventsResponse,
  DescribeEventsForRegionRequest,
  DescribeEventsForRegionResponse,
  DescribeExternalAgentRequest,
  DescribeExternalAgentResponse,
  DescribeKubernetesVersionMetadataRequest,
  DescribeKubernetesVersionMetadataResponse,
  DescribeNodePoolVulsRequest,
  DescribeNodePoolVulsResponse,
  DescribePoliciesRequest,
  DescribePoliciesResponse,
  DescribePolicyDetailsRequest,
  DescribePolicyDetailsResponse,
  DescribePolicyGovernanceInClusterRequest,
  DescribePolicyGovernanceInClusterResponse,
  DescribePolicyInstancesRequest,
  DescribePolicyInstancesResponse,
  DescribePolicyInstancesStatusRequest,
  DescribePolicyInstancesStatusResponse,
  DescribeResourcesDeleteProtectionRequest,
  DescribeResourcesDeleteProtectionResponse,
  DescribeSubaccountK8sClusterUserConfigRequest,
  DescribeSubaccountK8sClusterUserConfigResponse,
  DescribeTaskInfoRequest,
  DescribeTaskInfoResponse,
  DescribeTemplateAttributeRequest,
  DescribeTemplateAttributeResponse,
  DescribeTemplatesRequest,
  DescribeTemplatesResponse,
  DescribeTriggerRequest,
  DescribeTriggerResponse,
  DescribeUserClusterNamespacesRequest,
  DescribeUserClusterNamespacesResponse,
  DescribeUserPermissionRequest,
  DescribeUserPermissionResponse,
  DescribeUserQuotaRequest,
  DescribeUserQuotaResponse,
  DescribeWorkflowsRequest,
  DescribeWorkflowsResponse,
  FixNodePoolVulsRequest,
  FixNodePoolVulsResponse,
  GetClusterAddonInstanceRequest,
  GetClusterAddonInstanceResponse,
  GetClusterAuditProjectRequest,
  GetClusterAuditProjectResponse,
  GetClusterCheckRequest,
  GetClusterCheckResponse,
  GetClusterDiagnosisCheckItemsRequest,
  GetClusterDiagnosisCheckItemsResponse,
  GetClusterDiagnosisResultRequest,
  GetClusterDiagnosisResultResponse,
  GetClusterInspectConfigRequest,
  GetClusterInspectConfigResponse,
  GetClusterInspectReportDetailRequest,
  GetClusterInspectReportDetailResponse,
  GetKubernetesTriggerRequest,
  GetKubernetesTriggerResponse,
  GetUpgradeStatusRequest,
  GetUpgradeStatusResponse,
  GrantPermissionsRequest,
  GrantPermissionsResponse,
  InstallClusterAddonsRequest,
  InstallClusterAddonsResponse,
  ListAddonsRequest,
  ListAddonsResponse,
  ListClusterAddonInstancesRequest,
  ListClusterAddonInstancesResponse,
  ListClusterChecksRequest,
  ListClusterChecksResponse,
  ListClusterInspectReportsRequest,
  ListClusterInspectReportsResponse,
  ListClusterKubeconfigStatesRequest,
  ListClusterKubeconfigStatesResponse,
  ListOperationPlansRequest,
  ListOperationPlansResponse,
  ListOperationPlansForRegionRequest,
  ListOperationPlansForRegionResponse,
  ListTagResourcesRequest,
  ListTagResourcesResponse,
  ListUserKubeConfigStatesRequest,
  ListUserKubeConfigStatesResponse,
  MigrateClusterRequest,
  MigrateClusterResponse,
  ModifyClusterRequest,
  ModifyClusterResponse,
  ModifyClusterAddonRequest,
  ModifyClusterAddonResponse,
  ModifyClusterNodePoolRequest,
  ModifyClusterNodePoolResponse,
  ModifyClusterTagsRequest,
  ModifyClusterTagsResponse,
  ModifyNodePoolNodeConfigRequest,
  ModifyNodePoolNodeConfigResponse,
  ModifyPolicyInstanceRequest,
  ModifyPolicyInstanceResponse,
  OpenAckServiceRequest,
  OpenAckServiceResponse,
  PauseClusterUpgradeRequest,
  PauseClusterUpgradeResponse,
  PauseComponentUpgradeRequest,
  PauseComponentUpgradeResponse,
  PauseTaskRequest,
  PauseTaskResponse,
  RemoveNodePoolNodesRequest,
  RemoveNodePoolNodesResponse,
  RemoveWorkflowRequest,
  RemoveWorkflowResponse,
  RepairClusterNodePoolRequest,
  RepairClusterNodePoolResponse,
  ResumeComponentUpgradeRequest,
  ResumeComponentUpgradeResponse,
  ResumeTaskRequest,
  ResumeTaskResponse,
  ResumeUpgradeClusterRequest,
  ResumeUpgradeClusterResponse,
  RevokeK8sClusterKubeConfigRequest,
  RevokeK8sClusterKubeConfigResponse,
  RunClusterCheckRequest,
  RunClusterCheckResponse,
  RunClusterInspectRequest,
  RunClusterInspectResponse,
  ScaleClusterNodePoolRequest,
  ScaleClusterNodePoolResponse,
  ScanClusterVulsRequest,
  ScanClusterVulsResponse,
  StartAlertRequest,
  StartAlertResponse,
  StartWorkflowRequest,
  StartWorkflowResponse,
  StopAlertRequest,
  StopAlertResponse,
  SyncClusterNodePoolRequest,
  SyncClusterNodePoolResponse,
  TagResourcesRequest,
  TagResourcesResponse,
  UnInstallClusterAddonsRequest,
  UnInstallClusterAddonsResponse,
  UntagResourcesRequest,
  UntagResourcesResponse,
  UpdateClusterAuditLogConfigRequest,
  UpdateClusterAuditLogConfigResponse,
  UpdateClusterInspectConfigRequest,
  UpdateClusterInspectConfigResponse,
  UpdateContactGroupForAlertRequest,
  UpdateContactGroupForAlertResponse,
  UpdateControlPlaneLogRequest,
  UpdateControlPlaneLogResponse,
  UpdateK8sClusterUserConfigExpireRequest,
  UpdateK8sClusterUserConfigExpireResponse,
  UpdateResourcesDeleteProtectionRequest,
  UpdateResourcesDeleteProtectionResponse,
  UpdateTemplateRequest,
  UpdateTemplateResponse,
  UpdateUserPermissionsRequest,
  UpdateUserPermissionsResponse,
  UpgradeClusterRequest,
  UpgradeClusterResponse,
  UpgradeClusterAddonsRequest,
  UpgradeClusterAddonsResponse,
  UpgradeClusterNodepoolRequest,
  UpgradeClusterNodepoolResponse,
} from './models.js';
import {
  validateAttachInstancesRequest,
  validateAttachInstancesToNodePoolRequest,
  validateCancelClusterUpgradeRequest,
  validateCancelComponentUpgradeRequest,
  validateCancelOperationPlanRequest,
  validateCancelTaskRequest,
  validateCancelWorkflowRequest,
  validateCheckControlPlaneLogEnableRequest,
  validateCheckServiceRoleRequest,
  validateCleanClusterUserPermissionsRequest,
  validateCleanUserPermissionsRequest,
  validateCreateAutoscalingConfigRequest,
  validateCreateClusterRequest,
  validateCreateClusterDiagnosisRequest,
  validateCreateClusterInspectConfigRequest,
  validateCreateClusterNodePoolRequest,
  validateCreateKubernetesTriggerRequest,
  validateCreateTemplateRequest,
  validateCreateTriggerRequest,
  validateDeleteAlertContactRequest,
  validateDeleteAlertContactGroupRequest,
  validateDeleteClusterRequest,
  validateDeleteClusterInspectConfigRequest,
  validateDeleteClusterNodepoolRequest,
  validateDeleteClusterNodesRequest,
  validateDeleteKubernetesTriggerRequest,
  validateDeletePolicyInstanceRequest,
  validateDeleteTemplateRequest,
  validateDeleteTriggerRequest,
  validateDeployPolicyInstanceRequest,
  validateDescirbeWorkflowRequest,
  validateDescribeAddonRequest,
  validateDescribeAddonsRequest,
  validateDescribeClusterAddonInstanceRequest,
  validateDescribeClusterAddonMetadataRequest,
  validateDescribeClusterAddonUpgradeStatusRequest,
  validateDescribeClusterAddonsUpgradeStatusRequest,
  validateDescribeClusterAddonsVersionRequest,
  validateDescribeClusterAttachScriptsRequest,
  validateDescribeClusterDetailRequest,
  validateDescribeClusterEventsRequest,
  validateDescribeClusterLogsRequest,
  validateDescribeClusterNodePoolDetailRequest,
  validateDescribeClusterNodePoolsRequest,
  validateDescribeClusterNodesRequest,
  validateDescribeClusterResourcesRequest,
  validateDescribeClusterTasksRequest,
  validateDescribeClusterUserKubeconfigRequest,
  validateDescribeClusterV2UserKubeconfigRequest,
  validateDescribeClusterVulsRequest,
  validateDescribeClustersRequest,
  validateDescribeClustersForRegionRequest,
  validateDescribeClustersV1Request,
  validateDescribeEventsRequest,
  validateDescribeEventsForRegionRequest,
  validateDescribeExternalAgentRequest,
  validateDescribeKubernetesVersionMetadataRequest,
  validateDescribeNodePoolVulsRequest,
  validateDescribePoliciesRequest,
  validateDescribePolicyDetailsRequest,
  validateDescribePolicyGovernanceInClusterRequest,
  validateDescribePolicyInstancesRequest,
  validateDescribePolicyInstancesStatusRequest,
  validateDescribeResourcesDeleteProtectionRequest,
  validateDescribeSubaccountK8sClusterUserConfigRequest,
  validateDescribeTaskInfoRequest,
  validateDescribeTemplateAttributeRequest,
  validateDescribeTemplatesRequest,
  validateDescribeTriggerRequest,
  validateDescribeUserClusterNamespacesRequest,
  validateDescribeUserPermissionRequest,
  validateDescribeUserQuotaRequest,
  validateDescribeWorkflowsRequest,
  validateFixNodePoolVulsRequest,
  validateGetClusterAddonInstanceRequest,
  validateGetClusterAuditProjectRequest,
  validateGetClusterCheckRequest,
  validateGetClusterDiagnosisCheckItemsRequest,
  validateGetClusterDiagnosisResultRequest,
  validateGetClusterInspectConfigRequest,
  validateGetClusterInspectReportDetailRequest,
  validateGetKubernetesTriggerRequest,
  validateGetUpgradeStatusRequest,
  validateGrantPermissionsRequest,
  validateInstallClusterAddonsRequest,
  validateListAddonsRequest,
  validateListClusterAddonInstancesRequest,
  validateListClusterChecksRequest,
  validateListClusterInspectReportsRequest,
  validateListClusterKubeconfigStatesRequest,
  validateListOperationPlansRequest,
  validateListOperationPlansForRegionRequest,
  validateListTagResourcesRequest,
  validateListUserKubeConfigStatesRequest,
  validateMigrateClusterRequest,
  validateModifyClusterRequest,
  validateModifyClusterAddonRequest,
  validateModifyClusterNodePoolRequest,
  validateModifyClusterTagsRequest,
  validateModifyNodePoolNodeConfigRequest,
  validateModifyPolicyInstanceRequest,
  validateOpenAckServiceRequest,
  validatePauseClusterUpgradeRequest,
  validatePauseComponentUpgradeRequest,
  validatePauseTaskRequest,
  validateRemoveNodePoolNodesRequest,
  validateRemoveWorkflowRequest,
  validateRepairClusterNodePoolRequest,
  validateResumeComponentUpgradeRequest,
  validateResumeTaskRequest,
  validateResumeUpgradeClusterRequest,
  validateRevokeK8sClusterKubeConfigRequest,
  validateRunClusterCheckRequest,
  validateRunClusterInspectRequest,
  validateScaleClusterNodePoolRequest,
  validateScanClusterVulsRequest,
  validateStartAlertRequest,
  validateStartWorkflowRequest,
  validateStopAlertRequest,
  validateSyncClusterNodePoolRequest,
  validateTagResourcesRequest,
  validateUnInstallClusterAddonsRequest,
  validateUntagResourcesRequest,
  validateUpdateClusterAuditLogConfigRequest,
  validateUpdateClusterInspectConfigRequest,
  validateUpdateContactGroupForAlertRequest,
  validateUpdateControlPlaneLogRequest,
  validateUpdateK8sClusterUserConfigExpireRequest,
  validateUpdateResourcesDeleteProtectionRequest,
  validateUpdateTemplateRequest,
  validateUpdateUserPermissionsRequest,
  validateUpgradeClusterRequest,
  validateUpgradeClusterAddonsRequest,
  validateUpgradeClusterNodepoolRequest,
} from './validators.js';

/** Where the CS API (version 2015-12-15) is reached. */
export const CS_SERVICE: ServiceDescriptor = {
  product: 'CS',
  version: '2015-12-15',
  endpointTemplate: 'cs.{region}.aliyuncs.com',
  regions: {},
  defaultRegion: 'cn-hangzhou',
};

/** How `AttachInstances` goes over the wire. */
export const AttachInstancesOperation: OperationDescriptor = {
  action: 'AttachInstances',
  method: 'POST',
  path: '/clusters/{ClusterId}/attach',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `AttachInstancesToNodePool` goes over the wire. */
export const AttachInstancesToNodePoolOperation: OperationDescriptor = {
  action: 'AttachInstancesToNodePool',
  method: 'POST',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}/attach',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: true,
  idempotent: false,
};

/** How `CancelClusterUpgrade` goes over the wire. */
export const CancelClusterUpgradeOperation: OperationDescriptor = {
  action: 'CancelClusterUpgrade',
  method: 'POST',
  path: '/api/v2/clusters/{ClusterId}/upgrade/cancel',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: false,
};

/** How `CancelComponentUpgrade` goes over the wire. */
export const CancelComponentUpgradeOperation: OperationDescriptor = {
  action: 'CancelComponentUpgrade',
  method: 'POST',
  path: '/clusters/{clusterId}/components/{componentId}/cancel',
  params: [
    { name: 'clusterId', in: 'path' },
    { name: 'componentId', in: 'path' },
  ],
  body: false,
  idempotent: false,
};

/** How `CancelOperationPlan` goes over the wire. */
export const CancelOperationPlanOperation: OperationDescriptor = {
  action: 'CancelOperationPlan',
  method: 'DELETE',
  path: '/operation/plans/{plan_id}',
  params: [{ name: 'plan_id', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `CancelTask` goes over the wire. */
export const CancelTaskOperation: OperationDescriptor = {
  action: 'CancelTask',
  method: 'POST',
  path: '/tasks/{task_id}/cancel',
  params: [{ name: 'task_id', in: 'path' }],
  body: false,
  idempotent: false,
};

/** How `CancelWorkflow` goes over the wire. */
export const CancelWorkflowOperation: OperationDescriptor = {
  action: 'CancelWorkflow',
  method: 'PUT',
  path: '/gs/workflow/{workflowName}',
  params: [{ name: 'workflowName', in: 'path' }],
  body: true,
  idempotent: true,
};

/** How `CheckControlPlaneLogEnable` goes over the wire. */
export const CheckControlPlaneLogEnableOperation: OperationDescriptor = {
  action: 'CheckControlPlaneLogEnable',
  method: 'GET',
  path: '/clusters/{ClusterId}/controlplanelog',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `CheckServiceRole` goes over the wire. */
export const CheckServiceRoleOperation: OperationDescriptor = {
  action: 'CheckServiceRole',
  method: 'POST',
  path: '/ram/check-service-role',
  params: [],
  body: true,
  idempotent: false,
};

/** How `CleanClusterUserPermissions` goes over the wire. */
export const CleanClusterUserPermissionsOperation: OperationDescriptor = {
  action: 'CleanClusterUserPermissions',
  method: 'DELETE',
  path: '/cluster/{ClusterId}/user/{Uid}/permissions',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'Uid', in: 'path' },
    { name: 'Force', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `CleanUserPermissions` goes over the wire. */
export const CleanUserPermissionsOperation: OperationDescriptor = {
  action: 'CleanUserPermissions',
  method: 'DELETE',
  path: '/users/{Uid}/permissions',
  params: [
    { name: 'Uid', in: 'path' },
    { name: 'Force', in: 'query' },
    { name: 'ClusterIds', in: 'query', explode: false },
  ],
  body: false,
  idempotent: true,
};

/** How `CreateAutoscalingConfig` goes over the wire. */
export const CreateAutoscalingConfigOperation: OperationDescriptor = {
  action: 'CreateAutoscalingConfig',
  method: 'POST',
  path: '/cluster/{ClusterId}/autoscale/config/',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `CreateCluster` goes over the wire. */
export const CreateClusterOperation: OperationDescriptor = {
  action: 'CreateCluster',
  method: 'POST',
  path: '/clusters',
  params: [],
  body: true,
  idempotent: false,
};

/** How `CreateClusterDiagnosis` goes over the wire. */
export const CreateClusterDiagnosisOperation: OperationDescriptor = {
  action: 'CreateClusterDiagnosis',
  method: 'POST',
  path: '/clusters/{cluster_id}/diagnosis',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `CreateClusterInspectConfig` goes over the wire. */
export const CreateClusterInspectConfigOperation: OperationDescriptor = {
  action: 'CreateClusterInspectConfig',
  method: 'POST',
  path: '/clusters/{clusterId}/inspectConfig',
  params: [{ name: 'clusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `CreateClusterNodePool` goes over the wire. */
export const CreateClusterNodePoolOperation: OperationDescriptor = {
  action: 'CreateClusterNodePool',
  method: 'POST',
  path: '/clusters/{ClusterId}/nodepools',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
  sensitive: ['/body/scaling_group/login_password'],
};

/** How `CreateKubernetesTrigger` goes over the wire. */
export const CreateKubernetesTriggerOperation: OperationDescriptor = {
  action: 'CreateKubernetesTrigger',
  method: 'POST',
  path: '/triggers',
  params: [],
  body: true,
  idempotent: false,
};

/** How `CreateTemplate` goes over the wire. */
export const CreateTemplateOperation: OperationDescriptor = {
  action: 'CreateTemplate',
  method: 'POST',
  path: '/templates',
  params: [],
  body: true,
  idempotent: false,
};

/** How `CreateTrigger` goes over the wire. */
export const CreateTriggerOperation: OperationDescriptor = {
  action: 'CreateTrigger',
  method: 'POST',
  path: '/clusters/{cluster_id}/triggers',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `DeleteAlertContact` goes over the wire. */
export const DeleteAlertContactOperation: OperationDescriptor = {
  action: 'DeleteAlertContact',
  method: 'DELETE',
  path: '/alert/contacts',
  params: [{ name: 'contact_ids', in: 'query', style: 'json' }],
  body: false,
  idempotent: true,
};

/** How `DeleteAlertContactGroup` goes over the wire. */
export const DeleteAlertContactGroupOperation: OperationDescriptor = {
  action: 'DeleteAlertContactGroup',
  method: 'DELETE',
  path: '/alert/contact_groups',
  params: [{ name: 'contact_group_ids', in: 'query', style: 'json' }],
  body: false,
  idempotent: true,
};

/** How `DeleteCluster` goes over the wire. */
export const DeleteClusterOperation: OperationDescriptor = {
  action: 'DeleteCluster',
  method: 'DELETE',
  path: '/clusters/{ClusterId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'retain_all_resources', in: 'query' },
    { name: 'keep_slb', in: 'query' },
    { name: 'retain_resources', in: 'query', style: 'json' },
    { name: 'delete_options', in: 'query', style: 'json' },
  ],
  body: false,
  idempotent: true,
};

/** How `DeleteClusterInspectConfig` goes over the wire. */
export const DeleteClusterInspectConfigOperation: OperationDescriptor = {
  action: 'DeleteClusterInspectConfig',
  method: 'DELETE',
  path: '/clusters/{clusterId}/inspectConfig',
  params: [{ name: 'clusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DeleteClusterNodepool` goes over the wire. */
export const DeleteClusterNodepoolOperation: OperationDescriptor = {
  action: 'DeleteClusterNodepool',
  method: 'DELETE',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
    { name: 'force', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DeleteClusterNodes` goes over the wire. */
export const DeleteClusterNodesOperation: OperationDescriptor = {
  action: 'DeleteClusterNodes',
  method: 'POST',
  path: '/clusters/{ClusterId}/nodes',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `DeleteKubernetesTrigger` goes over the wire. */
export const DeleteKubernetesTriggerOperation: OperationDescriptor = {
  action: 'DeleteKubernetesTrigger',
  method: 'DELETE',
  path: '/triggers/revoke/{Id}',
  params: [{ name: 'Id', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DeletePolicyInstance` goes over the wire. */
export const DeletePolicyInstanceOperation: OperationDescriptor = {
  action: 'DeletePolicyInstance',
  method: 'DELETE',
  path: '/clusters/{cluster_id}/policies/{policy_name}',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'policy_name', in: 'path' },
    { name: 'instance_name', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DeleteTemplate` goes over the wire. */
export const DeleteTemplateOperation: OperationDescriptor = {
  action: 'DeleteTemplate',
  method: 'DELETE',
  path: '/templates/{TemplateId}',
  params: [{ name: 'TemplateId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DeleteTrigger` goes over the wire. */
export const DeleteTriggerOperation: OperationDescriptor = {
  action: 'DeleteTrigger',
  method: 'DELETE',
  path: '/clusters/{cluster_id}/triggers/{Id}',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'Id', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `DeployPolicyInstance` goes over the wire. */
export const DeployPolicyInstanceOperation: OperationDescriptor = {
  action: 'DeployPolicyInstance',
  method: 'POST',
  path: '/clusters/{cluster_id}/policies/{policy_name}',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'policy_name', in: 'path' },
  ],
  body: true,
  idempotent: false,
};

/** How `DescirbeWorkflow` goes over the wire. */
export const DescirbeWorkflowOperation: OperationDescriptor = {
  action: 'DescirbeWorkflow',
  method: 'GET',
  path: '/gs/workflow/{workflowName}',
  params: [{ name: 'workflowName', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeAddon` goes over the wire. */
export const DescribeAddonOperation: OperationDescriptor = {
  action: 'DescribeAddon',
  method: 'GET',
  path: '/addons/{addon_name}',
  params: [
    { name: 'addon_name', in: 'path' },
    { name: 'region_id', in: 'query' },
    { name: 'cluster_type', in: 'query' },
    { name: 'profile', in: 'query' },
    { name: 'cluster_spec', in: 'query' },
    { name: 'cluster_version', in: 'query' },
    { name: 'cluster_id', in: 'query' },
    { name: 'version', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeAddons` goes over the wire. */
export const DescribeAddonsOperation: OperationDescriptor = {
  action: 'DescribeAddons',
  method: 'GET',
  path: '/clusters/components/metadata',
  params: [
    { name: 'region', in: 'query' },
    { name: 'cluster_type', in: 'query' },
    { name: 'cluster_profile', in: 'query' },
    { name: 'cluster_spec', in: 'query' },
    { name: 'cluster_version', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterAddonInstance` goes over the wire. */
export const DescribeClusterAddonInstanceOperation: OperationDescriptor = {
  action: 'DescribeClusterAddonInstance',
  method: 'GET',
  path: '/clusters/{ClusterID}/components/{AddonName}/instance',
  params: [
    { name: 'ClusterID', in: 'path' },
    { name: 'AddonName', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterAddonMetadata` goes over the wire. */
export const DescribeClusterAddonMetadataOperation: OperationDescriptor = {
  action: 'DescribeClusterAddonMetadata',
  method: 'GET',
  path: '/clusters/{cluster_id}/components/{component_id}/metadata',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'component_id', in: 'path' },
    { name: 'version', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterAddonUpgradeStatus` goes over the wire. */
export const DescribeClusterAddonUpgradeStatusOperation: OperationDescriptor = {
  action: 'DescribeClusterAddonUpgradeStatus',
  method: 'GET',
  path: '/clusters/{ClusterId}/components/{ComponentId}/upgradestatus',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'ComponentId', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterAddonsUpgradeStatus` goes over the wire. */
export const DescribeClusterAddonsUpgradeStatusOperation: OperationDescriptor = {
  action: 'DescribeClusterAddonsUpgradeStatus',
  method: 'GET',
  path: '/clusters/{ClusterId}/components/upgradestatus',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'componentIds', in: 'query', style: 'json' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterAddonsVersion` goes over the wire. */
export const DescribeClusterAddonsVersionOperation: OperationDescriptor = {
  action: 'DescribeClusterAddonsVersion',
  method: 'GET',
  path: '/clusters/{ClusterId}/components/version',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterAttachScripts` goes over the wire. */
export const DescribeClusterAttachScriptsOperation: OperationDescriptor = {
  action: 'DescribeClusterAttachScripts',
  method: 'POST',
  path: '/clusters/{ClusterId}/attachscript',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
  textResponse: true,
};

/** How `DescribeClusterDetail` goes over the wire. */
export const DescribeClusterDetailOperation: OperationDescriptor = {
  action: 'DescribeClusterDetail',
  method: 'GET',
  path: '/clusters/{ClusterId}',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterEvents` goes over the wire. */
export const DescribeClusterEventsOperation: OperationDescriptor = {
  action: 'DescribeClusterEvents',
  method: 'GET',
  path: '/clusters/{ClusterId}/events',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'page_size', in: 'query' },
    { name: 'page_number', in: 'query' },
    { name: 'task_id', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterLogs` goes over the wire. */
export const DescribeClusterLogsOperation: OperationDescriptor = {
  action: 'DescribeClusterLogs',
  method: 'GET',
  path: '/clusters/{ClusterId}/logs',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterNodePoolDetail` goes over the wire. */
export const DescribeClusterNodePoolDetailOperation: OperationDescriptor = {
  action: 'DescribeClusterNodePoolDetail',
  method: 'GET',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterNodePools` goes over the wire. */
export const DescribeClusterNodePoolsOperation: OperationDescriptor = {
  action: 'DescribeClusterNodePools',
  method: 'GET',
  path: '/clusters/{ClusterId}/nodepools',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolName', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterNodes` goes over the wire. */
export const DescribeClusterNodesOperation: OperationDescriptor = {
  action: 'DescribeClusterNodes',
  method: 'GET',
  path: '/clusters/{ClusterId}/nodes',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'instanceIds', in: 'query' },
    { name: 'nodepool_id', in: 'query' },
    { name: 'state', in: 'query' },
    { name: 'pageSize', in: 'query' },
    { name: 'pageNumber', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterResources` goes over the wire. */
export const DescribeClusterResourcesOperation: OperationDescriptor = {
  action: 'DescribeClusterResources',
  method: 'GET',
  path: '/clusters/{ClusterId}/resources',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'with_addon_resources', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterTasks` goes over the wire. */
export const DescribeClusterTasksOperation: OperationDescriptor = {
  action: 'DescribeClusterTasks',
  method: 'GET',
  path: '/clusters/{cluster_id}/tasks',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'page_size', in: 'query' },
    { name: 'page_number', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterUserKubeconfig` goes over the wire. */
export const DescribeClusterUserKubeconfigOperation: OperationDescriptor = {
  action: 'DescribeClusterUserKubeconfig',
  method: 'GET',
  path: '/k8s/{ClusterId}/user_config',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'PrivateIpAddress', in: 'query' },
    { name: 'TemporaryDurationMinutes', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterV2UserKubeconfig` goes over the wire. */
export const DescribeClusterV2UserKubeconfigOperation: OperationDescriptor = {
  action: 'DescribeClusterV2UserKubeconfig',
  method: 'GET',
  path: '/api/v2/k8s/{ClusterId}/user_config',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'PrivateIpAddress', in: 'query' },
    { name: 'TemporaryDurationMinutes', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterVuls` goes over the wire. */
export const DescribeClusterVulsOperation: OperationDescriptor = {
  action: 'DescribeClusterVuls',
  method: 'GET',
  path: '/clusters/{cluster_id}/vuls',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeClusters` goes over the wire. */
export const DescribeClustersOperation: OperationDescriptor = {
  action: 'DescribeClusters',
  method: 'GET',
  path: '/clusters',
  params: [
    { name: 'name', in: 'query' },
    { name: 'clusterType', in: 'query' },
    { name: 'resource_group_id', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClustersForRegion` goes over the wire. */
export const DescribeClustersForRegionOperation: OperationDescriptor = {
  action: 'DescribeClustersForRegion',
  method: 'GET',
  path: '/regions/{region_id}/clusters',
  params: [
    { name: 'name', in: 'query' },
    { name: 'cluster_type', in: 'query' },
    { name: 'page_size', in: 'query' },
    { name: 'page_number', in: 'query' },
    { name: 'profile', in: 'query' },
    { name: 'cluster_spec', in: 'query' },
    { name: 'cluster_id', in: 'query' },
    { name: 'region_id', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClustersV1` goes over the wire. */
export const DescribeClustersV1Operation: OperationDescriptor = {
  action: 'DescribeClustersV1',
  method: 'GET',
  path: '/api/v1/clusters',
  params: [
    { name: 'name', in: 'query' },
    { name: 'cluster_type', in: 'query' },
    { name: 'page_size', in: 'query' },
    { name: 'page_number', in: 'query' },
    { name: 'profile', in: 'query' },
    { name: 'cluster_spec', in: 'query' },
    { name: 'region_id', in: 'query' },
    { name: 'cluster_id', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeEvents` goes over the wire. */
export const DescribeEventsOperation: OperationDescriptor = {
  action: 'DescribeEvents',
  method: 'GET',
  path: '/events',
  params: [
    { name: 'cluster_id', in: 'query' },
    { name: 'type', in: 'query' },
    { name: 'page_size', in: 'query' },
    { name: 'page_number', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeEventsForRegion` goes over the wire. */
export const DescribeEventsForRegionOperation: OperationDescriptor = {
  action: 'DescribeEventsForRegion',
  method: 'GET',
  path: '/regions/{region_id}/events',
  params: [
    { name: 'cluster_id', in: 'query' },
    { name: 'page_size', in: 'query' },
    { name: 'page_number', in: 'query' },
    { name: 'region_id', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeExternalAgent` goes over the wire. */
export const DescribeExternalAgentOperation: OperationDescriptor = {
  action: 'DescribeExternalAgent',
  method: 'GET',
  path: '/k8s/{ClusterId}/external/agent/deployment',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'PrivateIpAddress', in: 'query' },
    { name: 'AgentMode', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeKubernetesVersionMetadata` goes over the wire. */
export const DescribeKubernetesVersionMetadataOperation: OperationDescriptor = {
  action: 'DescribeKubernetesVersionMetadata',
  method: 'GET',
  path: '/api/v1/metadata/versions',
  params: [
    { name: 'Region', in: 'query' },
    { name: 'ClusterType', in: 'query' },
    { name: 'KubernetesVersion', in: 'query' },
    { name: 'Profile', in: 'query' },
    { name: 'runtime', in: 'query' },
    { name: 'Mode', in: 'query' },
    { name: 'QueryUpgradableVersion', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeNodePoolVuls` goes over the wire. */
export const DescribeNodePoolVulsOperation: OperationDescriptor = {
  action: 'DescribeNodePoolVuls',
  method: 'GET',
  path: '/clusters/{cluster_id}/nodepools/{nodepool_id}/vuls',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'nodepool_id', in: 'path' },
    { name: 'necessity', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribePolicies` goes over the wire. */
export const DescribePoliciesOperation: OperationDescriptor = {
  action: 'DescribePolicies',
  method: 'GET',
  path: '/policies',
  params: [],
  body: false,
  idempotent: true,
};

/** How `DescribePolicyDetails` goes over the wire. */
export const DescribePolicyDetailsOperation: OperationDescriptor = {
  action: 'DescribePolicyDetails',
  method: 'GET',
  path: '/policies/{policy_name}',
  params: [{ name: 'policy_name', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribePolicyGovernanceInCluster` goes over the wire. */
export const DescribePolicyGovernanceInClusterOperation: OperationDescriptor = {
  action: 'DescribePolicyGovernanceInCluster',
  method: 'GET',
  path: '/clusters/{cluster_id}/policygovernance',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribePolicyInstances` goes over the wire. */
export const DescribePolicyInstancesOperation: OperationDescriptor = {
  action: 'DescribePolicyInstances',
  method: 'GET',
  path: '/clusters/{cluster_id}/policies',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'policy_name', in: 'query' },
    { name: 'instance_name', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribePolicyInstancesStatus` goes over the wire. */
export const DescribePolicyInstancesStatusOperation: OperationDescriptor = {
  action: 'DescribePolicyInstancesStatus',
  method: 'GET',
  path: '/clusters/{cluster_id}/policies/status',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeResourcesDeleteProtection` goes over the wire. */
export const DescribeResourcesDeleteProtectionOperation: OperationDescriptor = {
  action: 'DescribeResourcesDeleteProtection',
  method: 'GET',
  path: '/clusters/{ClusterId}/resources/{ResourceType}/protection',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'ResourceType', in: 'path' },
    { name: 'namespace', in: 'query' },
    { name: 'resources', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeSubaccountK8sClusterUserConfig` goes over the wire. */
export const DescribeSubaccountK8sClusterUserConfigOperation: OperationDescriptor = {
  action: 'DescribeSubaccountK8sClusterUserConfig',
  method: 'GET',
  path: '/k8s/{ClusterId}/users/{Uid}/user_config',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'Uid', in: 'path' },
    { name: 'PrivateIpAddress', in: 'query' },
    { name: 'TemporaryDurationMinutes', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeTaskInfo` goes over the wire. */
export const DescribeTaskInfoOperation: OperationDescriptor = {
  action: 'DescribeTaskInfo',
  method: 'GET',
  path: '/tasks/{task_id}',
  params: [{ name: 'task_id', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeTemplateAttribute` goes over the wire. */
export const DescribeTemplateAttributeOperation: OperationDescriptor = {
  action: 'DescribeTemplateAttribute',
  method: 'GET',
  path: '/templates/{TemplateId}',
  params: [
    { name: 'TemplateId', in: 'path' },
    { name: 'template_type', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeTemplates` goes over the wire. */
export const DescribeTemplatesOperation: OperationDescriptor = {
  action: 'DescribeTemplates',
  method: 'GET',
  path: '/templates',
  params: [
    { name: 'template_type', in: 'query' },
    { name: 'page_num', in: 'query' },
    { name: 'page_size', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeTrigger` goes over the wire. */
export const DescribeTriggerOperation: OperationDescriptor = {
  action: 'DescribeTrigger',
  method: 'GET',
  path: '/clusters/{cluster_id}/triggers',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'Namespace', in: 'query' },
    { name: 'Type', in: 'query' },
    { name: 'Name', in: 'query' },
    { name: 'action', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeUserClusterNamespaces` goes over the wire. */
export const DescribeUserClusterNamespacesOperation: OperationDescriptor = {
  action: 'DescribeUserClusterNamespaces',
  method: 'GET',
  path: '/api/v2/k8s/{ClusterId}/namespaces',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeUserPermission` goes over the wire. */
export const DescribeUserPermissionOperation: OperationDescriptor = {
  action: 'DescribeUserPermission',
  method: 'GET',
  path: '/permissions/users/{uid}',
  params: [{ name: 'uid', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `DescribeUserQuota` goes over the wire. */
export const DescribeUserQuotaOperation: OperationDescriptor = {
  action: 'DescribeUserQuota',
  method: 'GET',
  path: '/quota',
  params: [],
  body: false,
  idempotent: true,
};

/** How `DescribeWorkflows` goes over the wire. */
export const DescribeWorkflowsOperation: OperationDescriptor = {
  action: 'DescribeWorkflows',
  method: 'GET',
  path: '/gs/workflows',
  params: [],
  body: false,
  idempotent: true,
};

/** How `FixNodePoolVuls` goes over the wire. */
export const FixNodePoolVulsOperation: OperationDescriptor = {
  action: 'FixNodePoolVuls',
  method: 'POST',
  path: '/clusters/{cluster_id}/nodepools/{nodepool_id}/vuls/fix',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'nodepool_id', in: 'path' },
  ],
  body: true,
  idempotent: false,
};

/** How `GetClusterAddonInstance` goes over the wire. */
export const GetClusterAddonInstanceOperation: OperationDescriptor = {
  action: 'GetClusterAddonInstance',
  method: 'GET',
  path: '/clusters/{cluster_id}/addon_instances/{instance_name}',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'instance_name', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `GetClusterAuditProject` goes over the wire. */
export const GetClusterAuditProjectOperation: OperationDescriptor = {
  action: 'GetClusterAuditProject',
  method: 'GET',
  path: '/clusters/{clusterid}/audit',
  params: [{ name: 'clusterid', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `GetClusterCheck` goes over the wire. */
export const GetClusterCheckOperation: OperationDescriptor = {
  action: 'GetClusterCheck',
  method: 'GET',
  path: '/clusters/{cluster_id}/checks/{check_id}',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'check_id', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `GetClusterDiagnosisCheckItems` goes over the wire. */
export const GetClusterDiagnosisCheckItemsOperation: OperationDescriptor = {
  action: 'GetClusterDiagnosisCheckItems',
  method: 'GET',
  path: '/clusters/{cluster_id}/diagnosis/{diagnosis_id}/check_items',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'diagnosis_id', in: 'path' },
    { name: 'language', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `GetClusterDiagnosisResult` goes over the wire. */
export const GetClusterDiagnosisResultOperation: OperationDescriptor = {
  action: 'GetClusterDiagnosisResult',
  method: 'GET',
  path: '/clusters/{cluster_id}/diagnosis/{diagnosis_id}/result',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'diagnosis_id', in: 'path' },
    { name: 'language', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `GetClusterInspectConfig` goes over the wire. */
export const GetClusterInspectConfigOperation: OperationDescriptor = {
  action: 'GetClusterInspectConfig',
  method: 'GET',
  path: '/clusters/{clusterId}/inspectConfig',
  params: [{ name: 'clusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `GetClusterInspectReportDetail` goes over the wire. */
export const GetClusterInspectReportDetailOperation: OperationDescriptor = {
  action: 'GetClusterInspectReportDetail',
  method: 'GET',
  path: '/clusters/{clusterId}/inspectReports/{reportId}',
  params: [
    { name: 'clusterId', in: 'path' },
    { name: 'reportId', in: 'path' },
    { name: 'language', in: 'query' },
    { name: 'category', in: 'query' },
    { name: 'targetType', in: 'query' },
    { name: 'level', in: 'query' },
    { name: 'enableFilter', in: 'query' },
    { name: 'nextToken', in: 'query' },
    { name: 'maxResults', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `GetKubernetesTrigger` goes over the wire. */
export const GetKubernetesTriggerOperation: OperationDescriptor = {
  action: 'GetKubernetesTrigger',
  method: 'GET',
  path: '/triggers/{ClusterId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'Namespace', in: 'query' },
    { name: 'Type', in: 'query' },
    { name: 'Name', in: 'query' },
    { name: 'action', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `GetUpgradeStatus` goes over the wire. */
export const GetUpgradeStatusOperation: OperationDescriptor = {
  action: 'GetUpgradeStatus',
  method: 'GET',
  path: '/api/v2/clusters/{ClusterId}/upgrade/status',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `GrantPermissions` goes over the wire. */
export const GrantPermissionsOperation: OperationDescriptor = {
  action: 'GrantPermissions',
  method: 'POST',
  path: '/permissions/users/{uid}',
  params: [{ name: 'uid', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `InstallClusterAddons` goes over the wire. */
export const InstallClusterAddonsOperation: OperationDescriptor = {
  action: 'InstallClusterAddons',
  method: 'POST',
  path: '/clusters/{ClusterId}/components/install',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `ListAddons` goes over the wire. */
export const ListAddonsOperation: OperationDescriptor = {
  action: 'ListAddons',
  method: 'GET',
  path: '/addons',
  params: [
    { name: 'region_id', in: 'query' },
    { name: 'cluster_type', in: 'query' },
    { name: 'profile', in: 'query' },
    { name: 'cluster_spec', in: 'query' },
    { name: 'cluster_version', in: 'query' },
    { name: 'cluster_id', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `ListClusterAddonInstances` goes over the wire. */
export const ListClusterAddonInstancesOperation: OperationDescriptor = {
  action: 'ListClusterAddonInstances',
  method: 'GET',
  path: '/clusters/{cluster_id}/addon_instances',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `ListClusterChecks` goes over the wire. */
export const ListClusterChecksOperation: OperationDescriptor = {
  action: 'ListClusterChecks',
  method: 'GET',
  path: '/clusters/{cluster_id}/checks',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'type', in: 'query' },
    { name: 'target', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `ListClusterInspectReports` goes over the wire. */
export const ListClusterInspectReportsOperation: OperationDescriptor = {
  action: 'ListClusterInspectReports',
  method: 'GET',
  path: '/clusters/{clusterId}/inspectReports',
  params: [
    { name: 'clusterId', in: 'path' },
    { name: 'nextToken', in: 'query' },
    { name: 'maxResults', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `ListClusterKubeconfigStates` goes over the wire. */
export const ListClusterKubeconfigStatesOperation: OperationDescriptor = {
  action: 'ListClusterKubeconfigStates',
  method: 'GET',
  path: '/clusters/{ClusterId}/kubeconfig/states',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'pageNumber', in: 'query' },
    { name: 'pageSize', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `ListOperationPlans` goes over the wire. */
export const ListOperationPlansOperation: OperationDescriptor = {
  action: 'ListOperationPlans',
  method: 'GET',
  path: '/operation/plans',
  params: [
    { name: 'cluster_id', in: 'query' },
    { name: 'type', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `ListOperationPlansForRegion` goes over the wire. */
export const ListOperationPlansForRegionOperation: OperationDescriptor = {
  action: 'ListOperationPlansForRegion',
  method: 'GET',
  path: '/regions/{region_id}/operation/plans',
  params: [
    { name: 'region_id', in: 'path' },
    { name: 'cluster_id', in: 'query' },
    { name: 'type', in: 'query' },
    { name: 'state', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `ListTagResources` goes over the wire. */
export const ListTagResourcesOperation: OperationDescriptor = {
  action: 'ListTagResources',
  method: 'GET',
  path: '/tags',
  params: [
    { name: 'resource_ids', in: 'query', style: 'json' },
    { name: 'resource_type', in: 'query' },
    { name: 'region_id', in: 'query' },
    { name: 'tags', in: 'query', style: 'json' },
    { name: 'next_token', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `ListUserKubeConfigStates` goes over the wire. */
export const ListUserKubeConfigStatesOperation: OperationDescriptor = {
  action: 'ListUserKubeConfigStates',
  method: 'GET',
  path: '/users/{Uid}/kubeconfig/states',
  params: [
    { name: 'Uid', in: 'path' },
    { name: 'page_number', in: 'query' },
    { name: 'page_size', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `MigrateCluster` goes over the wire. */
export const MigrateClusterOperation: OperationDescriptor = {
  action: 'MigrateCluster',
  method: 'POST',
  path: '/clusters/{cluster_id}/migrate',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `ModifyCluster` goes over the wire. */
export const ModifyClusterOperation: OperationDescriptor = {
  action: 'ModifyCluster',
  method: 'PUT',
  path: '/api/v2/clusters/{ClusterId}',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: true,
};

/** How `ModifyClusterAddon` goes over the wire. */
export const ModifyClusterAddonOperation: OperationDescriptor = {
  action: 'ModifyClusterAddon',
  method: 'POST',
  path: '/clusters/{cluster_id}/components/{component_id}/config',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'component_id', in: 'path' },
  ],
  body: true,
  idempotent: false,
};

/** How `ModifyClusterNodePool` goes over the wire. */
export const ModifyClusterNodePoolOperation: OperationDescriptor = {
  action: 'ModifyClusterNodePool',
  method: 'PUT',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: true,
  idempotent: true,
  sensitive: ['/body/scaling_group/login_password'],
};

/** How `ModifyClusterTags` goes over the wire. */
export const ModifyClusterTagsOperation: OperationDescriptor = {
  action: 'ModifyClusterTags',
  method: 'POST',
  path: '/clusters/{ClusterId}/tags',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `ModifyNodePoolNodeConfig` goes over the wire. */
export const ModifyNodePoolNodeConfigOperation: OperationDescriptor = {
  action: 'ModifyNodePoolNodeConfig',
  method: 'PUT',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}/node_config',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: true,
  idempotent: true,
};

/** How `ModifyPolicyInstance` goes over the wire. */
export const ModifyPolicyInstanceOperation: OperationDescriptor = {
  action: 'ModifyPolicyInstance',
  method: 'PUT',
  path: '/clusters/{cluster_id}/policies/{policy_name}',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'policy_name', in: 'path' },
  ],
  body: true,
  idempotent: true,
};

/** How `OpenAckService` goes over the wire. */
export const OpenAckServiceOperation: OperationDescriptor = {
  action: 'OpenAckService',
  method: 'POST',
  path: '/service/open',
  params: [{ name: 'type', in: 'query' }],
  body: false,
  idempotent: false,
};

/** How `PauseClusterUpgrade` goes over the wire. */
export const PauseClusterUpgradeOperation: OperationDescriptor = {
  action: 'PauseClusterUpgrade',
  method: 'POST',
  path: '/api/v2/clusters/{ClusterId}/upgrade/pause',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: false,
};

/** How `PauseComponentUpgrade` goes over the wire. */
export const PauseComponentUpgradeOperation: OperationDescriptor = {
  action: 'PauseComponentUpgrade',
  method: 'POST',
  path: '/clusters/{clusterid}/components/{componentid}/pause',
  params: [
    { name: 'clusterid', in: 'path' },
    { name: 'componentid', in: 'path' },
  ],
  body: false,
  idempotent: false,
};

/** How `PauseTask` goes over the wire. */
export const PauseTaskOperation: OperationDescriptor = {
  action: 'PauseTask',
  method: 'POST',
  path: '/tasks/{task_id}/pause',
  params: [{ name: 'task_id', in: 'path' }],
  body: false,
  idempotent: false,
};

/** How `RemoveNodePoolNodes` goes over the wire. */
export const RemoveNodePoolNodesOperation: OperationDescriptor = {
  action: 'RemoveNodePoolNodes',
  method: 'DELETE',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}/nodes',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
    { name: 'release_node', in: 'query' },
    { name: 'drain_node', in: 'query' },
    { name: 'nodes', in: 'query', style: 'json' },
    { name: 'instance_ids', in: 'query', style: 'json' },
    { name: 'concurrency', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `RemoveWorkflow` goes over the wire. */
export const RemoveWorkflowOperation: OperationDescriptor = {
  action: 'RemoveWorkflow',
  method: 'DELETE',
  path: '/gs/workflow/{workflowName}',
  params: [{ name: 'workflowName', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `RepairClusterNodePool` goes over the wire. */
export const RepairClusterNodePoolOperation: OperationDescriptor = {
  action: 'RepairClusterNodePool',
  method: 'POST',
  path: '/clusters/{cluster_id}/nodepools/{nodepool_id}/repair',
  params: [
    { name: 'cluster_id', in: 'path' },
    { name: 'nodepool_id', in: 'path' },
  ],
  body: true,
  idempotent: false,
};

/** How `ResumeComponentUpgrade` goes over the wire. */
export const ResumeComponentUpgradeOperation: OperationDescriptor = {
  action: 'ResumeComponentUpgrade',
  method: 'POST',
  path: '/clusters/{clusterid}/components/{componentid}/resume',
  params: [
    { name: 'clusterid', in: 'path' },
    { name: 'componentid', in: 'path' },
  ],
  body: false,
  idempotent: false,
};

/** How `ResumeTask` goes over the wire. */
export const ResumeTaskOperation: OperationDescriptor = {
  action: 'ResumeTask',
  method: 'POST',
  path: '/tasks/{task_id}/resume',
  params: [{ name: 'task_id', in: 'path' }],
  body: false,
  idempotent: false,
};

/** How `ResumeUpgradeCluster` goes over the wire. */
export const ResumeUpgradeClusterOperation: OperationDescriptor = {
  action: 'ResumeUpgradeCluster',
  method: 'POST',
  path: '/api/v2/clusters/{ClusterId}/upgrade/resume',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: false,
};

/** How `RevokeK8sClusterKubeConfig` goes over the wire. */
export const RevokeK8sClusterKubeConfigOperation: OperationDescriptor = {
  action: 'RevokeK8sClusterKubeConfig',
  method: 'DELETE',
  path: '/k8s/{ClusterId}/certs',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: true,
};

/** How `RunClusterCheck` goes over the wire. */
export const RunClusterCheckOperation: OperationDescriptor = {
  action: 'RunClusterCheck',
  method: 'POST',
  path: '/clusters/{cluster_id}/checks',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `RunClusterInspect` goes over the wire. */
export const RunClusterInspectOperation: OperationDescriptor = {
  action: 'RunClusterInspect',
  method: 'POST',
  path: '/clusters/{clusterId}/inspectReports',
  params: [{ name: 'clusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `ScaleClusterNodePool` goes over the wire. */
export const ScaleClusterNodePoolOperation: OperationDescriptor = {
  action: 'ScaleClusterNodePool',
  method: 'POST',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: true,
  idempotent: false,
};

/** How `ScanClusterVuls` goes over the wire. */
export const ScanClusterVulsOperation: OperationDescriptor = {
  action: 'ScanClusterVuls',
  method: 'POST',
  path: '/clusters/{cluster_id}/vuls/scan',
  params: [{ name: 'cluster_id', in: 'path' }],
  body: false,
  idempotent: false,
};

/** How `StartAlert` goes over the wire. */
export const StartAlertOperation: OperationDescriptor = {
  action: 'StartAlert',
  method: 'POST',
  path: '/alert/{ClusterId}/alert_rule/start',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `StartWorkflow` goes over the wire. */
export const StartWorkflowOperation: OperationDescriptor = {
  action: 'StartWorkflow',
  method: 'POST',
  path: '/gs/workflow',
  params: [],
  body: true,
  idempotent: false,
};

/** How `StopAlert` goes over the wire. */
export const StopAlertOperation: OperationDescriptor = {
  action: 'StopAlert',
  method: 'POST',
  path: '/alert/{ClusterId}/alert_rule/stop',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `SyncClusterNodePool` goes over the wire. */
export const SyncClusterNodePoolOperation: OperationDescriptor = {
  action: 'SyncClusterNodePool',
  method: 'POST',
  path: '/clusters/{ClusterId}/sync_nodepools',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: false,
};

/** How `TagResources` goes over the wire. */
export const TagResourcesOperation: OperationDescriptor = {
  action: 'TagResources',
  method: 'PUT',
  path: '/tags',
  params: [],
  body: true,
  idempotent: true,
};

/** How `UnInstallClusterAddons` goes over the wire. */
export const UnInstallClusterAddonsOperation: OperationDescriptor = {
  action: 'UnInstallClusterAddons',
  method: 'POST',
  path: '/clusters/{ClusterId}/components/uninstall',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `UntagResources` goes over the wire. */
export const UntagResourcesOperation: OperationDescriptor = {
  action: 'UntagResources',
  method: 'DELETE',
  path: '/tags',
  params: [
    { name: 'region_id', in: 'query' },
    { name: 'resource_ids', in: 'query', style: 'json' },
    { name: 'resource_type', in: 'query' },
    { name: 'tag_keys', in: 'query', style: 'json' },
    { name: 'all', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `UpdateClusterAuditLogConfig` goes over the wire. */
export const UpdateClusterAuditLogConfigOperation: OperationDescriptor = {
  action: 'UpdateClusterAuditLogConfig',
  method: 'PUT',
  path: '/clusters/{clusterid}/audit_log',
  params: [{ name: 'clusterid', in: 'path' }],
  body: true,
  idempotent: true,
};

/** How `UpdateClusterInspectConfig` goes over the wire. */
export const UpdateClusterInspectConfigOperation: OperationDescriptor = {
  action: 'UpdateClusterInspectConfig',
  method: 'PUT',
  path: '/clusters/{clusterId}/inspectConfig',
  params: [{ name: 'clusterId', in: 'path' }],
  body: true,
  idempotent: true,
};

/** How `UpdateContactGroupForAlert` goes over the wire. */
export const UpdateContactGroupForAlertOperation: OperationDescriptor = {
  action: 'UpdateContactGroupForAlert',
  method: 'POST',
  path: '/alert/{ClusterId}/alert_rule/contact_groups',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `UpdateControlPlaneLog` goes over the wire. */
export const UpdateControlPlaneLogOperation: OperationDescriptor = {
  action: 'UpdateControlPlaneLog',
  method: 'PUT',
  path: '/clusters/{ClusterId}/controlplanelog',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: true,
};

/** How `UpdateK8sClusterUserConfigExpire` goes over the wire. */
export const UpdateK8sClusterUserConfigExpireOperation: OperationDescriptor = {
  action: 'UpdateK8sClusterUserConfigExpire',
  method: 'POST',
  path: '/k8s/{ClusterId}/user_config/expire',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `UpdateResourcesDeleteProtection` goes over the wire. */
export const UpdateResourcesDeleteProtectionOperation: OperationDescriptor = {
  action: 'UpdateResourcesDeleteProtection',
  method: 'PUT',
  path: '/clusters/{ClusterId}/resources/protection',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: true,
};

/** How `UpdateTemplate` goes over the wire. */
export const UpdateTemplateOperation: OperationDescriptor = {
  action: 'UpdateTemplate',
  method: 'PUT',
  path: '/templates/{TemplateId}',
  params: [{ name: 'TemplateId', in: 'path' }],
  body: true,
  idempotent: true,
};

/** How `UpdateUserPermissions` goes over the wire. */
export const UpdateUserPermissionsOperation: OperationDescriptor = {
  action: 'UpdateUserPermissions',
  method: 'POST',
  path: '/permissions/users/{uid}/update',
  params: [
    { name: 'uid', in: 'path' },
    { name: 'mode', in: 'query' },
  ],
  body: true,
  idempotent: false,
};

/** How `UpgradeCluster` goes over the wire. */
export const UpgradeClusterOperation: OperationDescriptor = {
  action: 'UpgradeCluster',
  method: 'POST',
  path: '/api/v2/clusters/{ClusterId}/upgrade',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `UpgradeClusterAddons` goes over the wire. */
export const UpgradeClusterAddonsOperation: OperationDescriptor = {
  action: 'UpgradeClusterAddons',
  method: 'POST',
  path: '/clusters/{ClusterId}/components/upgrade',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
};

/** How `UpgradeClusterNodepool` goes over the wire. */
export const UpgradeClusterNodepoolOperation: OperationDescriptor = {
  action: 'UpgradeClusterNodepool',
  method: 'POST',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}/upgrade',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: true,
  idempotent: false,
};

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
export class CsBaseClient extends ClientCore {
  constructor(options: CsClientOptions = {}, features: ClientFeatures = {}) {
    super(CS_SERVICE, options, features);
  }
}

/**
 * Adds existing ECS instances to a cluster as worker nodes.
 *
 * `POST /clusters/{ClusterId}/attach` — see docs/AttachInstances.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function attachInstances(
  client: ClientCore,
  request: AttachInstancesRequest,
  options?: CallOptions,
): Promise<WithMetadata<AttachInstancesResponse>> {
  return client.send(AttachInstancesOperation, request, validateAttachInstancesRequest, options);
}

/**
 * Adds existing ECS instances to a node pool.
 *
 * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/attach` — see docs/AttachInstancesToNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function attachInstancesToNodePool(
  client: ClientCore,
  request: AttachInstancesToNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<AttachInstancesToNodePoolResponse>> {
  return client.send(AttachInstancesToNodePoolOperation, request, validateAttachInstancesToNodePoolRequest, options);
}

/**
 * Cancels a cluster upgrade in progress (legacy; use CancelTask).
 *
 * `POST /api/v2/clusters/{ClusterId}/upgrade/cancel` — see docs/CancelClusterUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export function cancelClusterUpgrade(
  client: ClientCore,
  request: CancelClusterUpgradeRequest,
  options?: CallOptions,
): Promise<WithMetadata<CancelClusterUpgradeResponse>> {
  return client.send(CancelClusterUpgradeOperation, request, validateCancelClusterUpgradeRequest, options);
}

/**
 * Cancels an add-on upgrade in progress (legacy).
 *
 * `POST /clusters/{clusterId}/components/{componentId}/cancel` — see docs/CancelComponentUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export function cancelComponentUpgrade(
  client: ClientCore,
  request: CancelComponentUpgradeRequest,
  options?: CallOptions,
): Promise<WithMetadata<CancelComponentUpgradeResponse>> {
  return client.send(CancelComponentUpgradeOperation, request, validateCancelComponentUpgradeRequest, options);
}

/**
 * Cancels a scheduled automatic operations plan that has not run yet.
 *
 * `DELETE /operation/plans/{plan_id}` — see docs/CancelOperationPlan.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function cancelOperationPlan(
  client: ClientCore,
  request: CancelOperationPlanRequest,
  options?: CallOptions,
): Promise<WithMetadata<CancelOperationPlanResponse>> {
  return client.send(CancelOperationPlanOperation, request, validateCancelOperationPlanRequest, options);
}

/**
 * Cancels a running task.
 *
 * `POST /tasks/{task_id}/cancel` — see docs/CancelTask.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function cancelTask(
  client: ClientCore,
  request: CancelTaskRequest,
  options?: CallOptions,
): Promise<WithMetadata<CancelTaskResponse>> {
  return client.send(CancelTaskOperation, request, validateCancelTaskRequest, options);
}

/**
 * Cancels a running genomics workflow (deprecated).
 *
 * `PUT /gs/workflow/{workflowName}` — see docs/CancelWorkflow.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function cancelWorkflow(
  client: ClientCore,
  request: CancelWorkflowRequest,
  options?: CallOptions,
): Promise<WithMetadata<CancelWorkflowResponse>> {
  return client.send(CancelWorkflowOperation, request, validateCancelWorkflowRequest, options);
}

/**
 * Returns the control plane log collection settings of a cluster.
 *
 * `GET /clusters/{ClusterId}/controlplanelog` — see docs/CheckControlPlaneLogEnable.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function checkControlPlaneLogEnable(
  client: ClientCore,
  request: CheckControlPlaneLogEnableRequest,
  options?: CallOptions,
): Promise<WithMetadata<CheckControlPlaneLogEnableResponse>> {
  return client.send(CheckControlPlaneLogEnableOperation, request, validateCheckControlPlaneLogEnableRequest, options);
}

/**
 * Checks whether the account has authorized the given service roles.
 *
 * `POST /ram/check-service-role` — see docs/CheckServiceRole.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function checkServiceRole(
  client: ClientCore,
  request: CheckServiceRoleRequest,
  options?: CallOptions,
): Promise<WithMetadata<CheckServiceRoleResponse>> {
  return client.send(CheckServiceRoleOperation, request, validateCheckServiceRoleRequest, options);
}

/**
 * Revokes a user's kubeconfig and RBAC permissions in one cluster.
 *
 * `DELETE /cluster/{ClusterId}/user/{Uid}/permissions` — see docs/CleanClusterUserPermissions.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function cleanClusterUserPermissions(
  client: ClientCore,
  request: CleanClusterUserPermissionsRequest,
  options?: CallOptions,
): Promise<WithMetadata<CleanClusterUserPermissionsResponse>> {
  return client.send(
    CleanClusterUserPermissionsOperation,
    request,
    validateCleanClusterUserPermissionsRequest,
    options,
  );
}

/**
 * Revokes a user's kubeconfigs and RBAC permissions across clusters.
 *
 * `DELETE /users/{Uid}/permissions` — see docs/CleanUserPermissions.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function cleanUserPermissions(
  client: ClientCore,
  request: CleanUserPermissionsRequest,
  options?: CallOptions,
): Promise<WithMetadata<CleanUserPermissionsResponse>> {
  return client.send(CleanUserPermissionsOperation, request, validateCleanUserPermissionsRequest, options);
}

/**
 * Sets the cluster-wide node auto scaling configuration.
 *
 * `POST /cluster/{ClusterId}/autoscale/config/` — see docs/CreateAutoscalingConfig.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function createAutoscalingConfig(
  client: ClientCore,
  request: CreateAutoscalingConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateAutoscalingConfigResponse>> {
  return client.send(CreateAutoscalingConfigOperation, request, validateCreateAutoscalingConfigRequest, options);
}

/**
 * Creates a cluster (managed, dedicated, Serverless, Edge or registered).
 *
 * `POST /clusters` — see docs/CreateCluster.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function createCluster(
  client: ClientCore,
  request: CreateClusterRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateClusterResponse>> {
  return client.send(CreateClusterOperation, request, validateCreateClusterRequest, options);
}

/**
 * Starts a diagnosis of a cluster or of one of its objects.
 *
 * `POST /clusters/{cluster_id}/diagnosis` — see docs/CreateClusterDiagnosis.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function createClusterDiagnosis(
  client: ClientCore,
  request: CreateClusterDiagnosisRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateClusterDiagnosisResponse>> {
  return client.send(CreateClusterDiagnosisOperation, request, validateCreateClusterDiagnosisRequest, options);
}

/**
 * Enables scheduled inspection of a cluster.
 *
 * `POST /clusters/{clusterId}/inspectConfig` — see docs/CreateClusterInspectConfig.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function createClusterInspectConfig(
  client: ClientCore,
  request: CreateClusterInspectConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateClusterInspectConfigResponse>> {
  return client.send(CreateClusterInspectConfigOperation, request, validateCreateClusterInspectConfigRequest, options);
}

/**
 * Creates a node pool in a cluster.
 *
 * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function createClusterNodePool(
  client: ClientCore,
  request: CreateClusterNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateClusterNodePoolResponse>> {
  return client.send(CreateClusterNodePoolOperation, request, validateCreateClusterNodePoolRequest, options);
}

/**
 * Creates a trigger that redeploys an application (legacy; use CreateTrigger).
 *
 * `POST /triggers` — see docs/CreateKubernetesTrigger.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export function createKubernetesTrigger(
  client: ClientCore,
  request: CreateKubernetesTriggerRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateKubernetesTriggerResponse>> {
  return client.send(CreateKubernetesTriggerOperation, request, validateCreateKubernetesTriggerRequest, options);
}

/**
 * Creates an orchestration template.
 *
 * `POST /templates` — see docs/CreateTemplate.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function createTemplate(
  client: ClientCore,
  request: CreateTemplateRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateTemplateResponse>> {
  return client.send(CreateTemplateOperation, request, validateCreateTemplateRequest, options);
}

/**
 * Creates a trigger that redeploys an application.
 *
 * `POST /clusters/{cluster_id}/triggers` — see docs/CreateTrigger.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function createTrigger(
  client: ClientCore,
  request: CreateTriggerRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateTriggerResponse>> {
  return client.send(CreateTriggerOperation, request, validateCreateTriggerRequest, options);
}

/**
 * Deletes alert contacts.
 *
 * `DELETE /alert/contacts` — see docs/DeleteAlertContact.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deleteAlertContact(
  client: ClientCore,
  request: DeleteAlertContactRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteAlertContactResponse>> {
  return client.send(DeleteAlertContactOperation, request, validateDeleteAlertContactRequest, options);
}

/**
 * Deletes alert contact groups.
 *
 * `DELETE /alert/contact_groups` — see docs/DeleteAlertContactGroup.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deleteAlertContactGroup(
  client: ClientCore,
  request: DeleteAlertContactGroupRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteAlertContactGroupResponse>> {
  return client.send(DeleteAlertContactGroupOperation, request, validateDeleteAlertContactGroupRequest, options);
}

/**
 * Deletes a cluster and, optionally, the cloud resources it created.
 *
 * `DELETE /clusters/{ClusterId}` — see docs/DeleteCluster.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deleteCluster(
  client: ClientCore,
  request: DeleteClusterRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteClusterResponse>> {
  return client.send(DeleteClusterOperation, request, validateDeleteClusterRequest, options);
}

/**
 * Turns off scheduled inspection of a cluster and deletes its settings.
 *
 * `DELETE /clusters/{clusterId}/inspectConfig` — see docs/DeleteClusterInspectConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deleteClusterInspectConfig(
  client: ClientCore,
  request: DeleteClusterInspectConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteClusterInspectConfigResponse>> {
  return client.send(DeleteClusterInspectConfigOperation, request, validateDeleteClusterInspectConfigRequest, options);
}

/**
 * Deletes a node pool.
 *
 * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deleteClusterNodepool(
  client: ClientCore,
  request: DeleteClusterNodepoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteClusterNodepoolResponse>> {
  return client.send(DeleteClusterNodepoolOperation, request, validateDeleteClusterNodepoolRequest, options);
}

/**
 * Removes nodes from a cluster.
 *
 * `POST /clusters/{ClusterId}/nodes` — see docs/DeleteClusterNodes.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function deleteClusterNodes(
  client: ClientCore,
  request: DeleteClusterNodesRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteClusterNodesResponse>> {
  return client.send(DeleteClusterNodesOperation, request, validateDeleteClusterNodesRequest, options);
}

/**
 * Deletes an application trigger (legacy; use DeleteTrigger).
 *
 * `DELETE /triggers/revoke/{Id}` — see docs/DeleteKubernetesTrigger.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function deleteKubernetesTrigger(
  client: ClientCore,
  request: DeleteKubernetesTriggerRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteKubernetesTriggerResponse>> {
  return client.send(DeleteKubernetesTriggerOperation, request, validateDeleteKubernetesTriggerRequest, options);
}

/**
 * Deletes policy instances of a rule from a cluster.
 *
 * `DELETE /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeletePolicyInstance.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deletePolicyInstance(
  client: ClientCore,
  request: DeletePolicyInstanceRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeletePolicyInstanceResponse>> {
  return client.send(DeletePolicyInstanceOperation, request, validateDeletePolicyInstanceRequest, options);
}

/**
 * Deletes an orchestration template.
 *
 * `DELETE /templates/{TemplateId}` — see docs/DeleteTemplate.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deleteTemplate(
  client: ClientCore,
  request: DeleteTemplateRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteTemplateResponse>> {
  return client.send(DeleteTemplateOperation, request, validateDeleteTemplateRequest, options);
}

/**
 * Deletes an application trigger.
 *
 * `DELETE /clusters/{cluster_id}/triggers/{Id}` — see docs/DeleteTrigger.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deleteTrigger(
  client: ClientCore,
  request: DeleteTriggerRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteTriggerResponse>> {
  return client.send(DeleteTriggerOperation, request, validateDeleteTriggerRequest, options);
}

/**
 * Deploys a policy instance of a security policy rule in a cluster.
 *
 * `POST /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeployPolicyInstance.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function deployPolicyInstance(
  client: ClientCore,
  request: DeployPolicyInstanceRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeployPolicyInstanceResponse>> {
  return client.send(DeployPolicyInstanceOperation, request, validateDeployPolicyInstanceRequest, options);
}

/**
 * Returns the details of a genomics workflow (deprecated).
 *
 * `GET /gs/workflow/{workflowName}` — see docs/DescirbeWorkflow.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function descirbeWorkflow(
  client: ClientCore,
  request: DescirbeWorkflowRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescirbeWorkflowResponse>> {
  return client.send(DescirbeWorkflowOperation, request, validateDescirbeWorkflowRequest, options);
}

/**
 * Returns the details of one add-on available for a cluster or a kind of cluster.
 *
 * `GET /addons/{addon_name}` — see docs/DescribeAddon.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeAddon(
  client: ClientCore,
  request: DescribeAddonRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeAddonResponse>> {
  return client.send(DescribeAddonOperation, request, validateDescribeAddonRequest, options);
}

/**
 * Lists the add-ons ACK offers (legacy; use ListAddons).
 *
 * `GET /clusters/components/metadata` — see docs/DescribeAddons.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeAddons(
  client: ClientCore,
  request: DescribeAddonsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeAddonsResponse>> {
  return client.send(DescribeAddonsOperation, request, validateDescribeAddonsRequest, options);
}

/**
 * Returns the version, state and configuration of an installed add-on (legacy).
 *
 * `GET /clusters/{ClusterID}/components/{AddonName}/instance` — see docs/DescribeClusterAddonInstance.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeClusterAddonInstance(
  client: ClientCore,
  request: DescribeClusterAddonInstanceRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterAddonInstanceResponse>> {
  return client.send(
    DescribeClusterAddonInstanceOperation,
    request,
    validateDescribeClusterAddonInstanceRequest,
    options,
  );
}

/**
 * Returns the configurable parameters of an add-on version for a cluster (legacy).
 *
 * `GET /clusters/{cluster_id}/components/{component_id}/metadata` — see docs/DescribeClusterAddonMetadata.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeClusterAddonMetadata(
  client: ClientCore,
  request: DescribeClusterAddonMetadataRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterAddonMetadataResponse>> {
  return client.send(
    DescribeClusterAddonMetadataOperation,
    request,
    validateDescribeClusterAddonMetadataRequest,
    options,
  );
}

/**
 * Returns the upgrade progress of one add-on (legacy).
 *
 * `GET /clusters/{ClusterId}/components/{ComponentId}/upgradestatus` — see docs/DescribeClusterAddonUpgradeStatus.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeClusterAddonUpgradeStatus(
  client: ClientCore,
  request: DescribeClusterAddonUpgradeStatusRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterAddonUpgradeStatusResponse>> {
  return client.send(
    DescribeClusterAddonUpgradeStatusOperation,
    request,
    validateDescribeClusterAddonUpgradeStatusRequest,
    options,
  );
}

/**
 * Returns the upgrade progress of several add-ons (legacy).
 *
 * `GET /clusters/{ClusterId}/components/upgradestatus` — see docs/DescribeClusterAddonsUpgradeStatus.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeClusterAddonsUpgradeStatus(
  client: ClientCore,
  request: DescribeClusterAddonsUpgradeStatusRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterAddonsUpgradeStatusResponse>> {
  return client.send(
    DescribeClusterAddonsUpgradeStatusOperation,
    request,
    validateDescribeClusterAddonsUpgradeStatusRequest,
    options,
  );
}

/**
 * Lists the add-ons installed in a cluster with their versions (legacy).
 *
 * `GET /clusters/{ClusterId}/components/version` — see docs/DescribeClusterAddonsVersion.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeClusterAddonsVersion(
  client: ClientCore,
  request: DescribeClusterAddonsVersionRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterAddonsVersionResponse>> {
  return client.send(
    DescribeClusterAddonsVersionOperation,
    request,
    validateDescribeClusterAddonsVersionRequest,
    options,
  );
}

/**
 * Returns a script that joins an existing machine to a cluster.
 *
 * `POST /clusters/{ClusterId}/attachscript` — see docs/DescribeClusterAttachScripts.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function describeClusterAttachScripts(
  client: ClientCore,
  request: DescribeClusterAttachScriptsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterAttachScriptsResponse>> {
  return client.send(
    DescribeClusterAttachScriptsOperation,
    request,
    validateDescribeClusterAttachScriptsRequest,
    options,
  );
}

/**
 * Returns the details of a cluster.
 *
 * `GET /clusters/{ClusterId}` — see docs/DescribeClusterDetail.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterDetail(
  client: ClientCore,
  request: DescribeClusterDetailRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterDetailResponse>> {
  return client.send(DescribeClusterDetailOperation, request, validateDescribeClusterDetailRequest, options);
}

/**
 * Lists the events of a cluster.
 *
 * `GET /clusters/{ClusterId}/events` — see docs/DescribeClusterEvents.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterEvents(
  client: ClientCore,
  request: DescribeClusterEventsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterEventsResponse>> {
  return client.send(DescribeClusterEventsOperation, request, validateDescribeClusterEventsRequest, options);
}

/**
 * Returns the operation logs of a cluster.
 *
 * `GET /clusters/{ClusterId}/logs` — see docs/DescribeClusterLogs.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterLogs(
  client: ClientCore,
  request: DescribeClusterLogsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterLogsResponse>> {
  return client.send(DescribeClusterLogsOperation, request, validateDescribeClusterLogsRequest, options);
}

/**
 * Returns the configuration and status of a node pool.
 *
 * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterNodePoolDetail(
  client: ClientCore,
  request: DescribeClusterNodePoolDetailRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>> {
  return client.send(
    DescribeClusterNodePoolDetailOperation,
    request,
    validateDescribeClusterNodePoolDetailRequest,
    options,
  );
}

/**
 * Lists the node pools of a cluster.
 *
 * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterNodePools(
  client: ClientCore,
  request: DescribeClusterNodePoolsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterNodePoolsResponse>> {
  return client.send(DescribeClusterNodePoolsOperation, request, validateDescribeClusterNodePoolsRequest, options);
}

/**
 * Lists the nodes of a cluster.
 *
 * `GET /clusters/{ClusterId}/nodes` — see docs/DescribeClusterNodes.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterNodes(
  client: ClientCore,
  request: DescribeClusterNodesRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterNodesResponse>> {
  return client.send(DescribeClusterNodesOperation, request, validateDescribeClusterNodesRequest, options);
}

/**
 * Lists the cloud resources that belong to a cluster.
 *
 * `GET /clusters/{ClusterId}/resources` — see docs/DescribeClusterResources.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterResources(
  client: ClientCore,
  request: DescribeClusterResourcesRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterResourcesResponse>> {
  return client.send(DescribeClusterResourcesOperation, request, validateDescribeClusterResourcesRequest, options);
}

/**
 * Lists the tasks of a cluster.
 *
 * `GET /clusters/{cluster_id}/tasks` — see docs/DescribeClusterTasks.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterTasks(
  client: ClientCore,
  request: DescribeClusterTasksRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterTasksResponse>> {
  return client.send(DescribeClusterTasksOperation, request, validateDescribeClusterTasksRequest, options);
}

/**
 * Returns a kubeconfig for the caller to access a cluster.
 *
 * `GET /k8s/{ClusterId}/user_config` — see docs/DescribeClusterUserKubeconfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterUserKubeconfig(
  client: ClientCore,
  request: DescribeClusterUserKubeconfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterUserKubeconfigResponse>> {
  return client.send(
    DescribeClusterUserKubeconfigOperation,
    request,
    validateDescribeClusterUserKubeconfigRequest,
    options,
  );
}

/**
 * Returns a kubeconfig for the caller to access a cluster (legacy).
 *
 * `GET /api/v2/k8s/{ClusterId}/user_config` — see docs/DescribeClusterV2UserKubeconfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeClusterV2UserKubeconfig(
  client: ClientCore,
  request: DescribeClusterV2UserKubeconfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterV2UserKubeconfigResponse>> {
  return client.send(
    DescribeClusterV2UserKubeconfigOperation,
    request,
    validateDescribeClusterV2UserKubeconfigRequest,
    options,
  );
}

/**
 * Lists the security vulnerabilities found in a cluster.
 *
 * `GET /clusters/{cluster_id}/vuls` — see docs/DescribeClusterVuls.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterVuls(
  client: ClientCore,
  request: DescribeClusterVulsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterVulsResponse>> {
  return client.send(DescribeClusterVulsOperation, request, validateDescribeClusterVulsRequest, options);
}

/**
 * Lists the clusters of the account (legacy; use DescribeClustersV1).
 *
 * `GET /clusters` — see docs/DescribeClusters.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeClusters(
  client: ClientCore,
  request: DescribeClustersRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClustersResponse>> {
  return client.send(DescribeClustersOperation, request, validateDescribeClustersRequest, options);
}

/**
 * Lists the clusters in a region, with filters and pagination.
 *
 * `GET /regions/{region_id}/clusters` — see docs/DescribeClustersForRegion.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClustersForRegion(
  client: ClientCore,
  request: DescribeClustersForRegionRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClustersForRegionResponse>> {
  return client.send(DescribeClustersForRegionOperation, request, validateDescribeClustersForRegionRequest, options);
}

/**
 * Lists the clusters of the account, with filters and pagination.
 *
 * `GET /api/v1/clusters` — see docs/DescribeClustersV1.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClustersV1(
  client: ClientCore,
  request: DescribeClustersV1Request,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClustersV1Response>> {
  return client.send(DescribeClustersV1Operation, request, validateDescribeClustersV1Request, options);
}

/**
 * Lists operation events, optionally of one cluster or one type.
 *
 * `GET /events` — see docs/DescribeEvents.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeEvents(
  client: ClientCore,
  request: DescribeEventsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeEventsResponse>> {
  return client.send(DescribeEventsOperation, request, validateDescribeEventsRequest, options);
}

/**
 * Lists the operation events of the clusters in a region.
 *
 * `GET /regions/{region_id}/events` — see docs/DescribeEventsForRegion.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeEventsForRegion(
  client: ClientCore,
  request: DescribeEventsForRegionRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeEventsForRegionResponse>> {
  return client.send(DescribeEventsForRegionOperation, request, validateDescribeEventsForRegionRequest, options);
}

/**
 * Returns the agent manifest that connects an external cluster to ACK (registered clusters).
 *
 * `GET /k8s/{ClusterId}/external/agent/deployment` — see docs/DescribeExternalAgent.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeExternalAgent(
  client: ClientCore,
  request: DescribeExternalAgentRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeExternalAgentResponse>> {
  return client.send(DescribeExternalAgentOperation, request, validateDescribeExternalAgentRequest, options);
}

/**
 * Lists Kubernetes versions with their release dates, images and runtimes.
 *
 * `GET /api/v1/metadata/versions` — see docs/DescribeKubernetesVersionMetadata.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeKubernetesVersionMetadata(
  client: ClientCore,
  request: DescribeKubernetesVersionMetadataRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeKubernetesVersionMetadataResponse>> {
  return client.send(
    DescribeKubernetesVersionMetadataOperation,
    request,
    validateDescribeKubernetesVersionMetadataRequest,
    options,
  );
}

/**
 * Lists the security vulnerabilities found on the nodes of a node pool.
 *
 * `GET /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls` — see docs/DescribeNodePoolVuls.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeNodePoolVuls(
  client: ClientCore,
  request: DescribeNodePoolVulsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeNodePoolVulsResponse>> {
  return client.send(DescribeNodePoolVulsOperation, request, validateDescribeNodePoolVulsRequest, options);
}

/**
 * Lists the security policy rules ACK offers.
 *
 * `GET /policies` — see docs/DescribePolicies.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describePolicies(
  client: ClientCore,
  request: DescribePoliciesRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribePoliciesResponse>> {
  return client.send(DescribePoliciesOperation, request, validateDescribePoliciesRequest, options);
}

/**
 * Returns the details of a security policy rule.
 *
 * `GET /policies/{policy_name}` — see docs/DescribePolicyDetails.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describePolicyDetails(
  client: ClientCore,
  request: DescribePolicyDetailsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribePolicyDetailsResponse>> {
  return client.send(DescribePolicyDetailsOperation, request, validateDescribePolicyDetailsRequest, options);
}

/**
 * Returns the policy governance overview of a cluster.
 *
 * `GET /clusters/{cluster_id}/policygovernance` — see docs/DescribePolicyGovernanceInCluster.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describePolicyGovernanceInCluster(
  client: ClientCore,
  request: DescribePolicyGovernanceInClusterRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribePolicyGovernanceInClusterResponse>> {
  return client.send(
    DescribePolicyGovernanceInClusterOperation,
    request,
    validateDescribePolicyGovernanceInClusterRequest,
    options,
  );
}

/**
 * Lists the policy instances deployed in a cluster.
 *
 * `GET /clusters/{cluster_id}/policies` — see docs/DescribePolicyInstances.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describePolicyInstances(
  client: ClientCore,
  request: DescribePolicyInstancesRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribePolicyInstancesResponse>> {
  return client.send(DescribePolicyInstancesOperation, request, validateDescribePolicyInstancesRequest, options);
}

/**
 * Returns the deployment counts of policy instances in a cluster.
 *
 * `GET /clusters/{cluster_id}/policies/status` — see docs/DescribePolicyInstancesStatus.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describePolicyInstancesStatus(
  client: ClientCore,
  request: DescribePolicyInstancesStatusRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribePolicyInstancesStatusResponse>> {
  return client.send(
    DescribePolicyInstancesStatusOperation,
    request,
    validateDescribePolicyInstancesStatusRequest,
    options,
  );
}

/**
 * Returns whether deletion protection is on for namespaces or Services.
 *
 * `GET /clusters/{ClusterId}/resources/{ResourceType}/protection` — see docs/DescribeResourcesDeleteProtection.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeResourcesDeleteProtection(
  client: ClientCore,
  request: DescribeResourcesDeleteProtectionRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeResourcesDeleteProtectionResponse>> {
  return client.send(
    DescribeResourcesDeleteProtectionOperation,
    request,
    validateDescribeResourcesDeleteProtectionRequest,
    options,
  );
}

/**
 * Returns a kubeconfig for a RAM user or role to access a cluster.
 *
 * `GET /k8s/{ClusterId}/users/{Uid}/user_config` — see docs/DescribeSubaccountK8sClusterUserConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeSubaccountK8sClusterUserConfig(
  client: ClientCore,
  request: DescribeSubaccountK8sClusterUserConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeSubaccountK8sClusterUserConfigResponse>> {
  return client.send(
    DescribeSubaccountK8sClusterUserConfigOperation,
    request,
    validateDescribeSubaccountK8sClusterUserConfigRequest,
    options,
  );
}

/**
 * Returns the state and progress of a task.
 *
 * `GET /tasks/{task_id}` — see docs/DescribeTaskInfo.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeTaskInfo(
  client: ClientCore,
  request: DescribeTaskInfoRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeTaskInfoResponse>> {
  return client.send(DescribeTaskInfoOperation, request, validateDescribeTaskInfoRequest, options);
}

/**
 * Returns an orchestration template.
 *
 * `GET /templates/{TemplateId}` — see docs/DescribeTemplateAttribute.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeTemplateAttribute(
  client: ClientCore,
  request: DescribeTemplateAttributeRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeTemplateAttributeResponse>> {
  return client.send(DescribeTemplateAttributeOperation, request, validateDescribeTemplateAttributeRequest, options);
}

/**
 * Lists orchestration templates.
 *
 * `GET /templates` — see docs/DescribeTemplates.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeTemplates(
  client: ClientCore,
  request: DescribeTemplatesRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeTemplatesResponse>> {
  return client.send(DescribeTemplatesOperation, request, validateDescribeTemplatesRequest, options);
}

/**
 * Lists the triggers of an application.
 *
 * `GET /clusters/{cluster_id}/triggers` — see docs/DescribeTrigger.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeTrigger(
  client: ClientCore,
  request: DescribeTriggerRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeTriggerResponse>> {
  return client.send(DescribeTriggerOperation, request, validateDescribeTriggerRequest, options);
}

/**
 * Lists the namespaces of a cluster in which the caller has RBAC permissions.
 *
 * `GET /api/v2/k8s/{ClusterId}/namespaces` — see docs/DescribeUserClusterNamespaces.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeUserClusterNamespaces(
  client: ClientCore,
  request: DescribeUserClusterNamespacesRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeUserClusterNamespacesResponse>> {
  return client.send(
    DescribeUserClusterNamespacesOperation,
    request,
    validateDescribeUserClusterNamespacesRequest,
    options,
  );
}

/**
 * Lists the RBAC permissions a RAM user or role has in clusters.
 *
 * `GET /permissions/users/{uid}` — see docs/DescribeUserPermission.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeUserPermission(
  client: ClientCore,
  request: DescribeUserPermissionRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeUserPermissionResponse>> {
  return client.send(DescribeUserPermissionOperation, request, validateDescribeUserPermissionRequest, options);
}

/**
 * Returns the ACK quotas of the account.
 *
 * `GET /quota` — see docs/DescribeUserQuota.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeUserQuota(
  client: ClientCore,
  request: DescribeUserQuotaRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeUserQuotaResponse>> {
  return client.send(DescribeUserQuotaOperation, request, validateDescribeUserQuotaRequest, options);
}

/**
 * Lists genomics workflows (deprecated).
 *
 * `GET /gs/workflows` — see docs/DescribeWorkflows.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function describeWorkflows(
  client: ClientCore,
  request: DescribeWorkflowsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeWorkflowsResponse>> {
  return client.send(DescribeWorkflowsOperation, request, validateDescribeWorkflowsRequest, options);
}

/**
 * Fixes CVE vulnerabilities on the nodes of a node pool.
 *
 * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls/fix` — see docs/FixNodePoolVuls.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function fixNodePoolVuls(
  client: ClientCore,
  request: FixNodePoolVulsRequest,
  options?: CallOptions,
): Promise<WithMetadata<FixNodePoolVulsResponse>> {
  return client.send(FixNodePoolVulsOperation, request, validateFixNodePoolVulsRequest, options);
}

/**
 * Returns the details of an add-on installed in a cluster.
 *
 * `GET /clusters/{cluster_id}/addon_instances/{instance_name}` — see docs/GetClusterAddonInstance.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function getClusterAddonInstance(
  client: ClientCore,
  request: GetClusterAddonInstanceRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetClusterAddonInstanceResponse>> {
  return client.send(GetClusterAddonInstanceOperation, request, validateGetClusterAddonInstanceRequest, options);
}

/**
 * Returns the API server audit log settings of a cluster.
 *
 * `GET /clusters/{clusterid}/audit` — see docs/GetClusterAuditProject.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function getClusterAuditProject(
  client: ClientCore,
  request: GetClusterAuditProjectRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetClusterAuditProjectResponse>> {
  return client.send(GetClusterAuditProjectOperation, request, validateGetClusterAuditProjectRequest, options);
}

/**
 * Returns the result of a cluster check.
 *
 * `GET /clusters/{cluster_id}/checks/{check_id}` — see docs/GetClusterCheck.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function getClusterCheck(
  client: ClientCore,
  request: GetClusterCheckRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetClusterCheckResponse>> {
  return client.send(GetClusterCheckOperation, request, validateGetClusterCheckRequest, options);
}

/**
 * Lists the check items of a cluster diagnosis and their results.
 *
 * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/check_items` — see docs/GetClusterDiagnosisCheckItems.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function getClusterDiagnosisCheckItems(
  client: ClientCore,
  request: GetClusterDiagnosisCheckItemsRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetClusterDiagnosisCheckItemsResponse>> {
  return client.send(
    GetClusterDiagnosisCheckItemsOperation,
    request,
    validateGetClusterDiagnosisCheckItemsRequest,
    options,
  );
}

/**
 * Returns the result of a cluster diagnosis.
 *
 * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/result` — see docs/GetClusterDiagnosisResult.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function getClusterDiagnosisResult(
  client: ClientCore,
  request: GetClusterDiagnosisResultRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetClusterDiagnosisResultResponse>> {
  return client.send(GetClusterDiagnosisResultOperation, request, validateGetClusterDiagnosisResultRequest, options);
}

/**
 * Returns the scheduled inspection settings of a cluster.
 *
 * `GET /clusters/{clusterId}/inspectConfig` — see docs/GetClusterInspectConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function getClusterInspectConfig(
  client: ClientCore,
  request: GetClusterInspectConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetClusterInspectConfigResponse>> {
  return client.send(GetClusterInspectConfigOperation, request, validateGetClusterInspectConfigRequest, options);
}

/**
 * Returns the results of a cluster inspection report.
 *
 * `GET /clusters/{clusterId}/inspectReports/{reportId}` — see docs/GetClusterInspectReportDetail.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function getClusterInspectReportDetail(
  client: ClientCore,
  request: GetClusterInspectReportDetailRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetClusterInspectReportDetailResponse>> {
  return client.send(
    GetClusterInspectReportDetailOperation,
    request,
    validateGetClusterInspectReportDetailRequest,
    options,
  );
}

/**
 * Lists the triggers of an application (legacy; use DescribeTrigger).
 *
 * `GET /triggers/{ClusterId}` — see docs/GetKubernetesTrigger.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function getKubernetesTrigger(
  client: ClientCore,
  request: GetKubernetesTriggerRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetKubernetesTriggerResponse>> {
  return client.send(GetKubernetesTriggerOperation, request, validateGetKubernetesTriggerRequest, options);
}

/**
 * Returns the progress of a cluster upgrade (legacy; use DescribeTaskInfo).
 *
 * `GET /api/v2/clusters/{ClusterId}/upgrade/status` — see docs/GetUpgradeStatus.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function getUpgradeStatus(
  client: ClientCore,
  request: GetUpgradeStatusRequest,
  options?: CallOptions,
): Promise<WithMetadata<GetUpgradeStatusResponse>> {
  return client.send(GetUpgradeStatusOperation, request, validateGetUpgradeStatusRequest, options);
}

/**
 * Replaces the RBAC permissions of a RAM user or role.
 *
 * `POST /permissions/users/{uid}` — see docs/GrantPermissions.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function grantPermissions(
  client: ClientCore,
  request: GrantPermissionsRequest,
  options?: CallOptions,
): Promise<WithMetadata<GrantPermissionsResponse>> {
  return client.send(GrantPermissionsOperation, request, validateGrantPermissionsRequest, options);
}

/**
 * Installs add-ons in a cluster.
 *
 * `POST /clusters/{ClusterId}/components/install` — see docs/InstallClusterAddons.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function installClusterAddons(
  client: ClientCore,
  request: InstallClusterAddonsRequest,
  options?: CallOptions,
): Promise<WithMetadata<InstallClusterAddonsResponse>> {
  return client.send(InstallClusterAddonsOperation, request, validateInstallClusterAddonsRequest, options);
}

/**
 * Lists the add-ons available for a cluster or a kind of cluster.
 *
 * `GET /addons` — see docs/ListAddons.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listAddons(
  client: ClientCore,
  request: ListAddonsRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListAddonsResponse>> {
  return client.send(ListAddonsOperation, request, validateListAddonsRequest, options);
}

/**
 * Lists the add-ons installed in a cluster.
 *
 * `GET /clusters/{cluster_id}/addon_instances` — see docs/ListClusterAddonInstances.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listClusterAddonInstances(
  client: ClientCore,
  request: ListClusterAddonInstancesRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListClusterAddonInstancesResponse>> {
  return client.send(ListClusterAddonInstancesOperation, request, validateListClusterAddonInstancesRequest, options);
}

/**
 * Lists the checks run on a cluster.
 *
 * `GET /clusters/{cluster_id}/checks` — see docs/ListClusterChecks.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listClusterChecks(
  client: ClientCore,
  request: ListClusterChecksRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListClusterChecksResponse>> {
  return client.send(ListClusterChecksOperation, request, validateListClusterChecksRequest, options);
}

/**
 * Lists the inspection reports of a cluster.
 *
 * `GET /clusters/{clusterId}/inspectReports` — see docs/ListClusterInspectReports.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listClusterInspectReports(
  client: ClientCore,
  request: ListClusterInspectReportsRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListClusterInspectReportsResponse>> {
  return client.send(ListClusterInspectReportsOperation, request, validateListClusterInspectReportsRequest, options);
}

/**
 * Lists the kubeconfigs issued for a cluster and their certificate states.
 *
 * `GET /clusters/{ClusterId}/kubeconfig/states` — see docs/ListClusterKubeconfigStates.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listClusterKubeconfigStates(
  client: ClientCore,
  request: ListClusterKubeconfigStatesRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListClusterKubeconfigStatesResponse>> {
  return client.send(
    ListClusterKubeconfigStatesOperation,
    request,
    validateListClusterKubeconfigStatesRequest,
    options,
  );
}

/**
 * Lists scheduled automatic operations plans, such as automatic upgrades.
 *
 * `GET /operation/plans` — see docs/ListOperationPlans.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listOperationPlans(
  client: ClientCore,
  request: ListOperationPlansRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListOperationPlansResponse>> {
  return client.send(ListOperationPlansOperation, request, validateListOperationPlansRequest, options);
}

/**
 * Lists scheduled automatic operations plans of the clusters in a region.
 *
 * `GET /regions/{region_id}/operation/plans` — see docs/ListOperationPlansForRegion.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listOperationPlansForRegion(
  client: ClientCore,
  request: ListOperationPlansForRegionRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListOperationPlansForRegionResponse>> {
  return client.send(
    ListOperationPlansForRegionOperation,
    request,
    validateListOperationPlansForRegionRequest,
    options,
  );
}

/**
 * Lists the tags of clusters.
 *
 * `GET /tags` — see docs/ListTagResources.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listTagResources(
  client: ClientCore,
  request: ListTagResourcesRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListTagResourcesResponse>> {
  return client.send(ListTagResourcesOperation, request, validateListTagResourcesRequest, options);
}

/**
 * Lists the kubeconfigs issued to a user across clusters and their certificate states.
 *
 * `GET /users/{Uid}/kubeconfig/states` — see docs/ListUserKubeConfigStates.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function listUserKubeConfigStates(
  client: ClientCore,
  request: ListUserKubeConfigStatesRequest,
  options?: CallOptions,
): Promise<WithMetadata<ListUserKubeConfigStatesResponse>> {
  return client.send(ListUserKubeConfigStatesOperation, request, validateListUserKubeConfigStatesRequest, options);
}

/**
 * Migrates an ACK Basic cluster to ACK Pro.
 *
 * `POST /clusters/{cluster_id}/migrate` — see docs/MigrateCluster.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function migrateCluster(
  client: ClientCore,
  request: MigrateClusterRequest,
  options?: CallOptions,
): Promise<WithMetadata<MigrateClusterResponse>> {
  return client.send(MigrateClusterOperation, request, validateMigrateClusterRequest, options);
}

/**
 * Changes the settings of a cluster.
 *
 * `PUT /api/v2/clusters/{ClusterId}` — see docs/ModifyCluster.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function modifyCluster(
  client: ClientCore,
  request: ModifyClusterRequest,
  options?: CallOptions,
): Promise<WithMetadata<ModifyClusterResponse>> {
  return client.send(ModifyClusterOperation, request, validateModifyClusterRequest, options);
}

/**
 * Changes the configuration of an installed add-on.
 *
 * `POST /clusters/{cluster_id}/components/{component_id}/config` — see docs/ModifyClusterAddon.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function modifyClusterAddon(
  client: ClientCore,
  request: ModifyClusterAddonRequest,
  options?: CallOptions,
): Promise<WithMetadata<ModifyClusterAddonResponse>> {
  return client.send(ModifyClusterAddonOperation, request, validateModifyClusterAddonRequest, options);
}

/**
 * Changes the configuration of a node pool.
 *
 * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function modifyClusterNodePool(
  client: ClientCore,
  request: ModifyClusterNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<ModifyClusterNodePoolResponse>> {
  return client.send(ModifyClusterNodePoolOperation, request, validateModifyClusterNodePoolRequest, options);
}

/**
 * Replaces the tags of a cluster.
 *
 * `POST /clusters/{ClusterId}/tags` — see docs/ModifyClusterTags.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function modifyClusterTags(
  client: ClientCore,
  request: ModifyClusterTagsRequest,
  options?: CallOptions,
): Promise<WithMetadata<ModifyClusterTagsResponse>> {
  return client.send(ModifyClusterTagsOperation, request, validateModifyClusterTagsRequest, options);
}

/**
 * Changes the kubelet, OS and containerd settings of the nodes in a node pool.
 *
 * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}/node_config` — see docs/ModifyNodePoolNodeConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function modifyNodePoolNodeConfig(
  client: ClientCore,
  request: ModifyNodePoolNodeConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<ModifyNodePoolNodeConfigResponse>> {
  return client.send(ModifyNodePoolNodeConfigOperation, request, validateModifyNodePoolNodeConfigRequest, options);
}

/**
 * Changes a policy instance deployed in a cluster.
 *
 * `PUT /clusters/{cluster_id}/policies/{policy_name}` — see docs/ModifyPolicyInstance.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function modifyPolicyInstance(
  client: ClientCore,
  request: ModifyPolicyInstanceRequest,
  options?: CallOptions,
): Promise<WithMetadata<ModifyPolicyInstanceResponse>> {
  return client.send(ModifyPolicyInstanceOperation, request, validateModifyPolicyInstanceRequest, options);
}

/**
 * Activates ACK for the account.
 *
 * `POST /service/open` — see docs/OpenAckService.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function openAckService(
  client: ClientCore,
  request: OpenAckServiceRequest,
  options?: CallOptions,
): Promise<WithMetadata<OpenAckServiceResponse>> {
  return client.send(OpenAckServiceOperation, request, validateOpenAckServiceRequest, options);
}

/**
 * Pauses a cluster upgrade in progress (legacy; use PauseTask).
 *
 * `POST /api/v2/clusters/{ClusterId}/upgrade/pause` — see docs/PauseClusterUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export function pauseClusterUpgrade(
  client: ClientCore,
  request: PauseClusterUpgradeRequest,
  options?: CallOptions,
): Promise<WithMetadata<PauseClusterUpgradeResponse>> {
  return client.send(PauseClusterUpgradeOperation, request, validatePauseClusterUpgradeRequest, options);
}

/**
 * Pauses an add-on upgrade in progress (legacy).
 *
 * `POST /clusters/{clusterid}/components/{componentid}/pause` — see docs/PauseComponentUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export function pauseComponentUpgrade(
  client: ClientCore,
  request: PauseComponentUpgradeRequest,
  options?: CallOptions,
): Promise<WithMetadata<PauseComponentUpgradeResponse>> {
  return client.send(PauseComponentUpgradeOperation, request, validatePauseComponentUpgradeRequest, options);
}

/**
 * Pauses a running task.
 *
 * `POST /tasks/{task_id}/pause` — see docs/PauseTask.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function pauseTask(
  client: ClientCore,
  request: PauseTaskRequest,
  options?: CallOptions,
): Promise<WithMetadata<PauseTaskResponse>> {
  return client.send(PauseTaskOperation, request, validatePauseTaskRequest, options);
}

/**
 * Removes nodes from a node pool and lowers its desired size.
 *
 * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}/nodes` — see docs/RemoveNodePoolNodes.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function removeNodePoolNodes(
  client: ClientCore,
  request: RemoveNodePoolNodesRequest,
  options?: CallOptions,
): Promise<WithMetadata<RemoveNodePoolNodesResponse>> {
  return client.send(RemoveNodePoolNodesOperation, request, validateRemoveNodePoolNodesRequest, options);
}

/**
 * Deletes a genomics workflow (deprecated).
 *
 * `DELETE /gs/workflow/{workflowName}` — see docs/RemoveWorkflow.md.
 * Retried on throttling, 502/503/504 and network errors.
 * @deprecated
 */
export function removeWorkflow(
  client: ClientCore,
  request: RemoveWorkflowRequest,
  options?: CallOptions,
): Promise<WithMetadata<RemoveWorkflowResponse>> {
  return client.send(RemoveWorkflowOperation, request, validateRemoveWorkflowRequest, options);
}

/**
 * Repairs faulty nodes of a node pool.
 *
 * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/repair` — see docs/RepairClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function repairClusterNodePool(
  client: ClientCore,
  request: RepairClusterNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<RepairClusterNodePoolResponse>> {
  return client.send(RepairClusterNodePoolOperation, request, validateRepairClusterNodePoolRequest, options);
}

/**
 * Resumes a paused add-on upgrade (legacy).
 *
 * `POST /clusters/{clusterid}/components/{componentid}/resume` — see docs/ResumeComponentUpgrade.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export function resumeComponentUpgrade(
  client: ClientCore,
  request: ResumeComponentUpgradeRequest,
  options?: CallOptions,
): Promise<WithMetadata<ResumeComponentUpgradeResponse>> {
  return client.send(ResumeComponentUpgradeOperation, request, validateResumeComponentUpgradeRequest, options);
}

/**
 * Resumes a paused task.
 *
 * `POST /tasks/{task_id}/resume` — see docs/ResumeTask.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function resumeTask(
  client: ClientCore,
  request: ResumeTaskRequest,
  options?: CallOptions,
): Promise<WithMetadata<ResumeTaskResponse>> {
  return client.send(ResumeTaskOperation, request, validateResumeTaskRequest, options);
}

/**
 * Resumes a paused cluster upgrade (legacy; use ResumeTask).
 *
 * `POST /api/v2/clusters/{ClusterId}/upgrade/resume` — see docs/ResumeUpgradeCluster.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export function resumeUpgradeCluster(
  client: ClientCore,
  request: ResumeUpgradeClusterRequest,
  options?: CallOptions,
): Promise<WithMetadata<ResumeUpgradeClusterResponse>> {
  return client.send(ResumeUpgradeClusterOperation, request, validateResumeUpgradeClusterRequest, options);
}

/**
 * Revokes the caller's kubeconfig for a cluster.
 *
 * `DELETE /k8s/{ClusterId}/certs` — see docs/RevokeK8sClusterKubeConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function revokeK8sClusterKubeConfig(
  client: ClientCore,
  request: RevokeK8sClusterKubeConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<RevokeK8sClusterKubeConfigResponse>> {
  return client.send(RevokeK8sClusterKubeConfigOperation, request, validateRevokeK8sClusterKubeConfigRequest, options);
}

/**
 * Starts a check of a cluster, such as a pre-upgrade check.
 *
 * `POST /clusters/{cluster_id}/checks` — see docs/RunClusterCheck.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function runClusterCheck(
  client: ClientCore,
  request: RunClusterCheckRequest,
  options?: CallOptions,
): Promise<WithMetadata<RunClusterCheckResponse>> {
  return client.send(RunClusterCheckOperation, request, validateRunClusterCheckRequest, options);
}

/**
 * Starts an inspection of a cluster now.
 *
 * `POST /clusters/{clusterId}/inspectReports` — see docs/RunClusterInspect.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function runClusterInspect(
  client: ClientCore,
  request: RunClusterInspectRequest,
  options?: CallOptions,
): Promise<WithMetadata<RunClusterInspectResponse>> {
  return client.send(RunClusterInspectOperation, request, validateRunClusterInspectRequest, options);
}

/**
 * Adds nodes to a node pool.
 *
 * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function scaleClusterNodePool(
  client: ClientCore,
  request: ScaleClusterNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<ScaleClusterNodePoolResponse>> {
  return client.send(ScaleClusterNodePoolOperation, request, validateScaleClusterNodePoolRequest, options);
}

/**
 * Starts a vulnerability scan of a cluster.
 *
 * `POST /clusters/{cluster_id}/vuls/scan` — see docs/ScanClusterVuls.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function scanClusterVuls(
  client: ClientCore,
  request: ScanClusterVulsRequest,
  options?: CallOptions,
): Promise<WithMetadata<ScanClusterVulsResponse>> {
  return client.send(ScanClusterVulsOperation, request, validateScanClusterVulsRequest, options);
}

/**
 * Enables alert rules of a cluster's alert center.
 *
 * `POST /alert/{ClusterId}/alert_rule/start` — see docs/StartAlert.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function startAlert(
  client: ClientCore,
  request: StartAlertRequest,
  options?: CallOptions,
): Promise<WithMetadata<StartAlertResponse>> {
  return client.send(StartAlertOperation, request, validateStartAlertRequest, options);
}

/**
 * Starts a genomics workflow (deprecated).
 *
 * `POST /gs/workflow` — see docs/StartWorkflow.md.
 * Not idempotent: retried only when the service provably did not act on it.
 * @deprecated
 */
export function startWorkflow(
  client: ClientCore,
  request: StartWorkflowRequest,
  options?: CallOptions,
): Promise<WithMetadata<StartWorkflowResponse>> {
  return client.send(StartWorkflowOperation, request, validateStartWorkflowRequest, options);
}

/**
 * Disables alert rules of a cluster's alert center.
 *
 * `POST /alert/{ClusterId}/alert_rule/stop` — see docs/StopAlert.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function stopAlert(
  client: ClientCore,
  request: StopAlertRequest,
  options?: CallOptions,
): Promise<WithMetadata<StopAlertResponse>> {
  return client.send(StopAlertOperation, request, validateStopAlertRequest, options);
}

/**
 * Refreshes the node pool information of a cluster.
 *
 * `POST /clusters/{ClusterId}/sync_nodepools` — see docs/SyncClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function syncClusterNodePool(
  client: ClientCore,
  request: SyncClusterNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<SyncClusterNodePoolResponse>> {
  return client.send(SyncClusterNodePoolOperation, request, validateSyncClusterNodePoolRequest, options);
}

/**
 * Adds tags to clusters.
 *
 * `PUT /tags` — see docs/TagResources.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function tagResources(
  client: ClientCore,
  request: TagResourcesRequest,
  options?: CallOptions,
): Promise<WithMetadata<TagResourcesResponse>> {
  return client.send(TagResourcesOperation, request, validateTagResourcesRequest, options);
}

/**
 * Uninstalls add-ons from a cluster.
 *
 * `POST /clusters/{ClusterId}/components/uninstall` — see docs/UnInstallClusterAddons.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function unInstallClusterAddons(
  client: ClientCore,
  request: UnInstallClusterAddonsRequest,
  options?: CallOptions,
): Promise<WithMetadata<UnInstallClusterAddonsResponse>> {
  return client.send(UnInstallClusterAddonsOperation, request, validateUnInstallClusterAddonsRequest, options);
}

/**
 * Removes tags from clusters.
 *
 * `DELETE /tags` — see docs/UntagResources.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function untagResources(
  client: ClientCore,
  request: UntagResourcesRequest,
  options?: CallOptions,
): Promise<WithMetadata<UntagResourcesResponse>> {
  return client.send(UntagResourcesOperation, request, validateUntagResourcesRequest, options);
}

/**
 * Enables, disables or reconfigures API server audit logging of a cluster.
 *
 * `PUT /clusters/{clusterid}/audit_log` — see docs/UpdateClusterAuditLogConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function updateClusterAuditLogConfig(
  client: ClientCore,
  request: UpdateClusterAuditLogConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpdateClusterAuditLogConfigResponse>> {
  return client.send(
    UpdateClusterAuditLogConfigOperation,
    request,
    validateUpdateClusterAuditLogConfigRequest,
    options,
  );
}

/**
 * Changes the scheduled inspection settings of a cluster.
 *
 * `PUT /clusters/{clusterId}/inspectConfig` — see docs/UpdateClusterInspectConfig.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function updateClusterInspectConfig(
  client: ClientCore,
  request: UpdateClusterInspectConfigRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpdateClusterInspectConfigResponse>> {
  return client.send(UpdateClusterInspectConfigOperation, request, validateUpdateClusterInspectConfigRequest, options);
}

/**
 * Sets the contact groups notified by an alert rule group of a cluster.
 *
 * `POST /alert/{ClusterId}/alert_rule/contact_groups` — see docs/UpdateContactGroupForAlert.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function updateContactGroupForAlert(
  client: ClientCore,
  request: UpdateContactGroupForAlertRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpdateContactGroupForAlertResponse>> {
  return client.send(UpdateContactGroupForAlertOperation, request, validateUpdateContactGroupForAlertRequest, options);
}

/**
 * Changes the control plane log collection settings of a cluster.
 *
 * `PUT /clusters/{ClusterId}/controlplanelog` — see docs/UpdateControlPlaneLog.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function updateControlPlaneLog(
  client: ClientCore,
  request: UpdateControlPlaneLogRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpdateControlPlaneLogResponse>> {
  return client.send(UpdateControlPlaneLogOperation, request, validateUpdateControlPlaneLogRequest, options);
}

/**
 * Sets how long kubeconfigs issued to a user for a cluster remain valid.
 *
 * `POST /k8s/{ClusterId}/user_config/expire` — see docs/UpdateK8sClusterUserConfigExpire.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function updateK8sClusterUserConfigExpire(
  client: ClientCore,
  request: UpdateK8sClusterUserConfigExpireRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpdateK8sClusterUserConfigExpireResponse>> {
  return client.send(
    UpdateK8sClusterUserConfigExpireOperation,
    request,
    validateUpdateK8sClusterUserConfigExpireRequest,
    options,
  );
}

/**
 * Turns deletion protection on or off for namespaces or Services.
 *
 * `PUT /clusters/{ClusterId}/resources/protection` — see docs/UpdateResourcesDeleteProtection.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function updateResourcesDeleteProtection(
  client: ClientCore,
  request: UpdateResourcesDeleteProtectionRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpdateResourcesDeleteProtectionResponse>> {
  return client.send(
    UpdateResourcesDeleteProtectionOperation,
    request,
    validateUpdateResourcesDeleteProtectionRequest,
    options,
  );
}

/**
 * Changes an orchestration template.
 *
 * `PUT /templates/{TemplateId}` — see docs/UpdateTemplate.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function updateTemplate(
  client: ClientCore,
  request: UpdateTemplateRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpdateTemplateResponse>> {
  return client.send(UpdateTemplateOperation, request, validateUpdateTemplateRequest, options);
}

/**
 * Adds, removes or replaces RBAC permissions of a RAM user or role.
 *
 * `POST /permissions/users/{uid}/update` — see docs/UpdateUserPermissions.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function updateUserPermissions(
  client: ClientCore,
  request: UpdateUserPermissionsRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpdateUserPermissionsResponse>> {
  return client.send(UpdateUserPermissionsOperation, request, validateUpdateUserPermissionsRequest, options);
}

/**
 * Upgrades a cluster to a newer Kubernetes version.
 *
 * `POST /api/v2/clusters/{ClusterId}/upgrade` — see docs/UpgradeCluster.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function upgradeCluster(
  client: ClientCore,
  request: UpgradeClusterRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpgradeClusterResponse>> {
  return client.send(UpgradeClusterOperation, request, validateUpgradeClusterRequest, options);
}

/**
 * Upgrades add-ons of a cluster to newer versions.
 *
 * `POST /clusters/{ClusterId}/components/upgrade` — see docs/UpgradeClusterAddons.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function upgradeClusterAddons(
  client: ClientCore,
  request: UpgradeClusterAddonsRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpgradeClusterAddonsResponse>> {
  return client.send(UpgradeClusterAddonsOperation, request, validateUpgradeClusterAddonsRequest, options);
}

/**
 * Upgrades the kubelet, OS image or container runtime of a node pool.
 *
 * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/upgrade` — see docs/UpgradeClusterNodepool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function upgradeClusterNodepool(
  client: ClientCore,
  request: UpgradeClusterNodepoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<UpgradeClusterNodepoolResponse>> {
  return client.send(UpgradeClusterNodepoolOperation, request, validateUpgradeClusterNodepoolRequest, options);
}

/**
 * Client for Container Service for Kubernetes (CS 2015-12-15): one method per operation.
 *
 * Requests are validated before they are sent, signed with ACS3-HMAC-SHA256 and retried when that is safe.
 * Credentials come from the default credential chain and the region from ALIBABA_CLOUD_REGION_ID unless given;
 * proxies, hooks and debug events are supported (`allFeatures`).
 */
export class CsClient extends CsBaseClient {
  constructor(options: CsClientOptions = {}) {
    super(options, allFeatures);
  }

  /**
   * Adds existing ECS instances to a cluster as worker nodes.
   *
   * `POST /clusters/{ClusterId}/attach` — see docs/AttachInstances.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public attachInstances(
    request: AttachInstancesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<AttachInstancesResponse>> {
    return attachInstances(this, request, options);
  }

  /**
   * Adds existing ECS instances to a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/attach` — see docs/AttachInstancesToNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public attachInstancesToNodePool(
    request: AttachInstancesToNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<AttachInstancesToNodePoolResponse>> {
    return attachInstancesToNodePool(this, request, options);
  }

  /**
   * Cancels a cluster upgrade in progress (legacy; use CancelTask).
   *
   * `POST /api/v2/clusters/{ClusterId}/upgrade/cancel` — see docs/CancelClusterUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  public cancelClusterUpgrade(
    request: CancelClusterUpgradeRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CancelClusterUpgradeResponse>> {
    return cancelClusterUpgrade(this, request, options);
  }

  /**
   * Cancels an add-on upgrade in progress (legacy).
   *
   * `POST /clusters/{clusterId}/components/{componentId}/cancel` — see docs/CancelComponentUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  public cancelComponentUpgrade(
    request: CancelComponentUpgradeRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CancelComponentUpgradeResponse>> {
    return cancelComponentUpgrade(this, request, options);
  }

  /**
   * Cancels a scheduled automatic operations plan that has not run yet.
   *
   * `DELETE /operation/plans/{plan_id}` — see docs/CancelOperationPlan.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public cancelOperationPlan(
    request: CancelOperationPlanRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CancelOperationPlanResponse>> {
    return cancelOperationPlan(this, request, options);
  }

  /**
   * Cancels a running task.
   *
   * `POST /tasks/{task_id}/cancel` — see docs/CancelTask.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public cancelTask(request: CancelTaskRequest, options?: CallOptions): Promise<WithMetadata<CancelTaskResponse>> {
    return cancelTask(this, request, options);
  }

  /**
   * Cancels a running genomics workflow (deprecated).
   *
   * `PUT /gs/workflow/{workflowName}` — see docs/CancelWorkflow.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public cancelWorkflow(
    request: CancelWorkflowRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CancelWorkflowResponse>> {
    return cancelWorkflow(this, request, options);
  }

  /**
   * Returns the control plane log collection settings of a cluster.
   *
   * `GET /clusters/{ClusterId}/controlplanelog` — see docs/CheckControlPlaneLogEnable.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public checkControlPlaneLogEnable(
    request: CheckControlPlaneLogEnableRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CheckControlPlaneLogEnableResponse>> {
    return checkControlPlaneLogEnable(this, request, options);
  }

  /**
   * Checks whether the account has authorized the given service roles.
   *
   * `POST /ram/check-service-role` — see docs/CheckServiceRole.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public checkServiceRole(
    request: CheckServiceRoleRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CheckServiceRoleResponse>> {
    return checkServiceRole(this, request, options);
  }

  /**
   * Revokes a user's kubeconfig and RBAC permissions in one cluster.
   *
   * `DELETE /cluster/{ClusterId}/user/{Uid}/permissions` — see docs/CleanClusterUserPermissions.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public cleanClusterUserPermissions(
    request: CleanClusterUserPermissionsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CleanClusterUserPermissionsResponse>> {
    return cleanClusterUserPermissions(this, request, options);
  }

  /**
   * Revokes a user's kubeconfigs and RBAC permissions across clusters.
   *
   * `DELETE /users/{Uid}/permissions` — see docs/CleanUserPermissions.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public cleanUserPermissions(
    request: CleanUserPermissionsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CleanUserPermissionsResponse>> {
    return cleanUserPermissions(this, request, options);
  }

  /**
   * Sets the cluster-wide node auto scaling configuration.
   *
   * `POST /cluster/{ClusterId}/autoscale/config/` — see docs/CreateAutoscalingConfig.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public createAutoscalingConfig(
    request: CreateAutoscalingConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateAutoscalingConfigResponse>> {
    return createAutoscalingConfig(this, request, options);
  }

  /**
   * Creates a cluster (managed, dedicated, Serverless, Edge or registered).
   *
   * `POST /clusters` — see docs/CreateCluster.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public createCluster(
    request: CreateClusterRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateClusterResponse>> {
    return createCluster(this, request, options);
  }

  /**
   * Starts a diagnosis of a cluster or of one of its objects.
   *
   * `POST /clusters/{cluster_id}/diagnosis` — see docs/CreateClusterDiagnosis.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public createClusterDiagnosis(
    request: CreateClusterDiagnosisRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateClusterDiagnosisResponse>> {
    return createClusterDiagnosis(this, request, options);
  }

  /**
   * Enables scheduled inspection of a cluster.
   *
   * `POST /clusters/{clusterId}/inspectConfig` — see docs/CreateClusterInspectConfig.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public createClusterInspectConfig(
    request: CreateClusterInspectConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateClusterInspectConfigResponse>> {
    return createClusterInspectConfig(this, request, options);
  }

  /**
   * Creates a node pool in a cluster.
   *
   * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public createClusterNodePool(
    request: CreateClusterNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateClusterNodePoolResponse>> {
    return createClusterNodePool(this, request, options);
  }

  /**
   * Creates a trigger that redeploys an application (legacy; use CreateTrigger).
   *
   * `POST /triggers` — see docs/CreateKubernetesTrigger.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  public createKubernetesTrigger(
    request: CreateKubernetesTriggerRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateKubernetesTriggerResponse>> {
    return createKubernetesTrigger(this, request, options);
  }

  /**
   * Creates an orchestration template.
   *
   * `POST /templates` — see docs/CreateTemplate.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public createTemplate(
    request: CreateTemplateRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateTemplateResponse>> {
    return createTemplate(this, request, options);
  }

  /**
   * Creates a trigger that redeploys an application.
   *
   * `POST /clusters/{cluster_id}/triggers` — see docs/CreateTrigger.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public createTrigger(
    request: CreateTriggerRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateTriggerResponse>> {
    return createTrigger(this, request, options);
  }

  /**
   * Deletes alert contacts.
   *
   * `DELETE /alert/contacts` — see docs/DeleteAlertContact.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deleteAlertContact(
    request: DeleteAlertContactRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteAlertContactResponse>> {
    return deleteAlertContact(this, request, options);
  }

  /**
   * Deletes alert contact groups.
   *
   * `DELETE /alert/contact_groups` — see docs/DeleteAlertContactGroup.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deleteAlertContactGroup(
    request: DeleteAlertContactGroupRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteAlertContactGroupResponse>> {
    return deleteAlertContactGroup(this, request, options);
  }

  /**
   * Deletes a cluster and, optionally, the cloud resources it created.
   *
   * `DELETE /clusters/{ClusterId}` — see docs/DeleteCluster.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deleteCluster(
    request: DeleteClusterRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteClusterResponse>> {
    return deleteCluster(this, request, options);
  }

  /**
   * Turns off scheduled inspection of a cluster and deletes its settings.
   *
   * `DELETE /clusters/{clusterId}/inspectConfig` — see docs/DeleteClusterInspectConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deleteClusterInspectConfig(
    request: DeleteClusterInspectConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteClusterInspectConfigResponse>> {
    return deleteClusterInspectConfig(this, request, options);
  }

  /**
   * Deletes a node pool.
   *
   * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deleteClusterNodepool(
    request: DeleteClusterNodepoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteClusterNodepoolResponse>> {
    return deleteClusterNodepool(this, request, options);
  }

  /**
   * Removes nodes from a cluster.
   *
   * `POST /clusters/{ClusterId}/nodes` — see docs/DeleteClusterNodes.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public deleteClusterNodes(
    request: DeleteClusterNodesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteClusterNodesResponse>> {
    return deleteClusterNodes(this, request, options);
  }

  /**
   * Deletes an application trigger (legacy; use DeleteTrigger).
   *
   * `DELETE /triggers/revoke/{Id}` — see docs/DeleteKubernetesTrigger.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public deleteKubernetesTrigger(
    request: DeleteKubernetesTriggerRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteKubernetesTriggerResponse>> {
    return deleteKubernetesTrigger(this, request, options);
  }

  /**
   * Deletes policy instances of a rule from a cluster.
   *
   * `DELETE /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeletePolicyInstance.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deletePolicyInstance(
    request: DeletePolicyInstanceRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeletePolicyInstanceResponse>> {
    return deletePolicyInstance(this, request, options);
  }

  /**
   * Deletes an orchestration template.
   *
   * `DELETE /templates/{TemplateId}` — see docs/DeleteTemplate.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deleteTemplate(
    request: DeleteTemplateRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteTemplateResponse>> {
    return deleteTemplate(this, request, options);
  }

  /**
   * Deletes an application trigger.
   *
   * `DELETE /clusters/{cluster_id}/triggers/{Id}` — see docs/DeleteTrigger.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deleteTrigger(
    request: DeleteTriggerRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteTriggerResponse>> {
    return deleteTrigger(this, request, options);
  }

  /**
   * Deploys a policy instance of a security policy rule in a cluster.
   *
   * `POST /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeployPolicyInstance.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public deployPolicyInstance(
    request: DeployPolicyInstanceRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeployPolicyInstanceResponse>> {
    return deployPolicyInstance(this, request, options);
  }

  /**
   * Returns the details of a genomics workflow (deprecated).
   *
   * `GET /gs/workflow/{workflowName}` — see docs/DescirbeWorkflow.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public descirbeWorkflow(
    request: DescirbeWorkflowRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescirbeWorkflowResponse>> {
    return descirbeWorkflow(this, request, options);
  }

  /**
   * Returns the details of one add-on available for a cluster or a kind of cluster.
   *
   * `GET /addons/{addon_name}` — see docs/DescribeAddon.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeAddon(
    request: DescribeAddonRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeAddonResponse>> {
    return describeAddon(this, request, options);
  }

  /**
   * Lists the add-ons ACK offers (legacy; use ListAddons).
   *
   * `GET /clusters/components/metadata` — see docs/DescribeAddons.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeAddons(
    request: DescribeAddonsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeAddonsResponse>> {
    return describeAddons(this, request, options);
  }

  /**
   * Returns the version, state and configuration of an installed add-on (legacy).
   *
   * `GET /clusters/{ClusterID}/components/{AddonName}/instance` — see docs/DescribeClusterAddonInstance.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeClusterAddonInstance(
    request: DescribeClusterAddonInstanceRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterAddonInstanceResponse>> {
    return describeClusterAddonInstance(this, request, options);
  }

  /**
   * Returns the configurable parameters of an add-on version for a cluster (legacy).
   *
   * `GET /clusters/{cluster_id}/components/{component_id}/metadata` — see docs/DescribeClusterAddonMetadata.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeClusterAddonMetadata(
    request: DescribeClusterAddonMetadataRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterAddonMetadataResponse>> {
    return describeClusterAddonMetadata(this, request, options);
  }

  /**
   * Returns the upgrade progress of one add-on (legacy).
   *
   * `GET /clusters/{ClusterId}/components/{ComponentId}/upgradestatus` — see docs/DescribeClusterAddonUpgradeStatus.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeClusterAddonUpgradeStatus(
    request: DescribeClusterAddonUpgradeStatusRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterAddonUpgradeStatusResponse>> {
    return describeClusterAddonUpgradeStatus(this, request, options);
  }

  /**
   * Returns the upgrade progress of several add-ons (legacy).
   *
   * `GET /clusters/{ClusterId}/components/upgradestatus` — see docs/DescribeClusterAddonsUpgradeStatus.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeClusterAddonsUpgradeStatus(
    request: DescribeClusterAddonsUpgradeStatusRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterAddonsUpgradeStatusResponse>> {
    return describeClusterAddonsUpgradeStatus(this, request, options);
  }

  /**
   * Lists the add-ons installed in a cluster with their versions (legacy).
   *
   * `GET /clusters/{ClusterId}/components/version` — see docs/DescribeClusterAddonsVersion.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeClusterAddonsVersion(
    request: DescribeClusterAddonsVersionRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterAddonsVersionResponse>> {
    return describeClusterAddonsVersion(this, request, options);
  }

  /**
   * Returns a script that joins an existing machine to a cluster.
   *
   * `POST /clusters/{ClusterId}/attachscript` — see docs/DescribeClusterAttachScripts.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public describeClusterAttachScripts(
    request: DescribeClusterAttachScriptsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterAttachScriptsResponse>> {
    return describeClusterAttachScripts(this, request, options);
  }

  /**
   * Returns the details of a cluster.
   *
   * `GET /clusters/{ClusterId}` — see docs/DescribeClusterDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterDetail(
    request: DescribeClusterDetailRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterDetailResponse>> {
    return describeClusterDetail(this, request, options);
  }

  /**
   * Lists the events of a cluster.
   *
   * `GET /clusters/{ClusterId}/events` — see docs/DescribeClusterEvents.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterEvents(
    request: DescribeClusterEventsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterEventsResponse>> {
    return describeClusterEvents(this, request, options);
  }

  /**
   * Returns the operation logs of a cluster.
   *
   * `GET /clusters/{ClusterId}/logs` — see docs/DescribeClusterLogs.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterLogs(
    request: DescribeClusterLogsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterLogsResponse>> {
    return describeClusterLogs(this, request, options);
  }

  /**
   * Returns the configuration and status of a node pool.
   *
   * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterNodePoolDetail(
    request: DescribeClusterNodePoolDetailRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>> {
    return describeClusterNodePoolDetail(this, request, options);
  }

  /**
   * Lists the node pools of a cluster.
   *
   * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterNodePools(
    request: DescribeClusterNodePoolsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterNodePoolsResponse>> {
    return describeClusterNodePools(this, request, options);
  }

  /**
   * Lists the nodes of a cluster.
   *
   * `GET /clusters/{ClusterId}/nodes` — see docs/DescribeClusterNodes.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterNodes(
    request: DescribeClusterNodesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterNodesResponse>> {
    return describeClusterNodes(this, request, options);
  }

  /**
   * Lists the cloud resources that belong to a cluster.
   *
   * `GET /clusters/{ClusterId}/resources` — see docs/DescribeClusterResources.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterResources(
    request: DescribeClusterResourcesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterResourcesResponse>> {
    return describeClusterResources(this, request, options);
  }

  /**
   * Lists the tasks of a cluster.
   *
   * `GET /clusters/{cluster_id}/tasks` — see docs/DescribeClusterTasks.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterTasks(
    request: DescribeClusterTasksRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterTasksResponse>> {
    return describeClusterTasks(this, request, options);
  }

  /**
   * Returns a kubeconfig for the caller to access a cluster.
   *
   * `GET /k8s/{ClusterId}/user_config` — see docs/DescribeClusterUserKubeconfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterUserKubeconfig(
    request: DescribeClusterUserKubeconfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterUserKubeconfigResponse>> {
    return describeClusterUserKubeconfig(this, request, options);
  }

  /**
   * Returns a kubeconfig for the caller to access a cluster (legacy).
   *
   * `GET /api/v2/k8s/{ClusterId}/user_config` — see docs/DescribeClusterV2UserKubeconfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeClusterV2UserKubeconfig(
    request: DescribeClusterV2UserKubeconfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterV2UserKubeconfigResponse>> {
    return describeClusterV2UserKubeconfig(this, request, options);
  }

  /**
   * Lists the security vulnerabilities found in a cluster.
   *
   * `GET /clusters/{cluster_id}/vuls` — see docs/DescribeClusterVuls.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterVuls(
    request: DescribeClusterVulsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterVulsResponse>> {
    return describeClusterVuls(this, request, options);
  }

  /**
   * Lists the clusters of the account (legacy; use DescribeClustersV1).
   *
   * `GET /clusters` — see docs/DescribeClusters.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeClusters(
    request: DescribeClustersRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClustersResponse>> {
    return describeClusters(this, request, options);
  }

  /**
   * Lists the clusters in a region, with filters and pagination.
   *
   * `GET /regions/{region_id}/clusters` — see docs/DescribeClustersForRegion.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClustersForRegion(
    request: DescribeClustersForRegionRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClustersForRegionResponse>> {
    return describeClustersForRegion(this, request, options);
  }

  /**
   * Lists the clusters of the account, with filters and pagination.
   *
   * `GET /api/v1/clusters` — see docs/DescribeClustersV1.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClustersV1(
    request: DescribeClustersV1Request,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClustersV1Response>> {
    return describeClustersV1(this, request, options);
  }

  /**
   * Lists operation events, optionally of one cluster or one type.
   *
   * `GET /events` — see docs/DescribeEvents.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeEvents(
    request: DescribeEventsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeEventsResponse>> {
    return describeEvents(this, request, options);
  }

  /**
   * Lists the operation events of the clusters in a region.
   *
   * `GET /regions/{region_id}/events` — see docs/DescribeEventsForRegion.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeEventsForRegion(
    request: DescribeEventsForRegionRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeEventsForRegionResponse>> {
    return describeEventsForRegion(this, request, options);
  }

  /**
   * Returns the agent manifest that connects an external cluster to ACK (registered clusters).
   *
   * `GET /k8s/{ClusterId}/external/agent/deployment` — see docs/DescribeExternalAgent.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeExternalAgent(
    request: DescribeExternalAgentRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeExternalAgentResponse>> {
    return describeExternalAgent(this, request, options);
  }

  /**
   * Lists Kubernetes versions with their release dates, images and runtimes.
   *
   * `GET /api/v1/metadata/versions` — see docs/DescribeKubernetesVersionMetadata.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeKubernetesVersionMetadata(
    request: DescribeKubernetesVersionMetadataRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeKubernetesVersionMetadataResponse>> {
    return describeKubernetesVersionMetadata(this, request, options);
  }

  /**
   * Lists the security vulnerabilities found on the nodes of a node pool.
   *
   * `GET /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls` — see docs/DescribeNodePoolVuls.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeNodePoolVuls(
    request: DescribeNodePoolVulsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeNodePoolVulsResponse>> {
    return describeNodePoolVuls(this, request, options);
  }

  /**
   * Lists the security policy rules ACK offers.
   *
   * `GET /policies` — see docs/DescribePolicies.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describePolicies(
    request: DescribePoliciesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribePoliciesResponse>> {
    return describePolicies(this, request, options);
  }

  /**
   * Returns the details of a security policy rule.
   *
   * `GET /policies/{policy_name}` — see docs/DescribePolicyDetails.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describePolicyDetails(
    request: DescribePolicyDetailsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribePolicyDetailsResponse>> {
    return describePolicyDetails(this, request, options);
  }

  /**
   * Returns the policy governance overview of a cluster.
   *
   * `GET /clusters/{cluster_id}/policygovernance` — see docs/DescribePolicyGovernanceInCluster.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describePolicyGovernanceInCluster(
    request: DescribePolicyGovernanceInClusterRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribePolicyGovernanceInClusterResponse>> {
    return describePolicyGovernanceInCluster(this, request, options);
  }

  /**
   * Lists the policy instances deployed in a cluster.
   *
   * `GET /clusters/{cluster_id}/policies` — see docs/DescribePolicyInstances.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describePolicyInstances(
    request: DescribePolicyInstancesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribePolicyInstancesResponse>> {
    return describePolicyInstances(this, request, options);
  }

  /**
   * Returns the deployment counts of policy instances in a cluster.
   *
   * `GET /clusters/{cluster_id}/policies/status` — see docs/DescribePolicyInstancesStatus.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describePolicyInstancesStatus(
    request: DescribePolicyInstancesStatusRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribePolicyInstancesStatusResponse>> {
    return describePolicyInstancesStatus(this, request, options);
  }

  /**
   * Returns whether deletion protection is on for namespaces or Services.
   *
   * `GET /clusters/{ClusterId}/resources/{ResourceType}/protection` — see docs/DescribeResourcesDeleteProtection.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeResourcesDeleteProtection(
    request: DescribeResourcesDeleteProtectionRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeResourcesDeleteProtectionResponse>> {
    return describeResourcesDeleteProtection(this, request, options);
  }

  /**
   * Returns a kubeconfig for a RAM user or role to access a cluster.
   *
   * `GET /k8s/{ClusterId}/users/{Uid}/user_config` — see docs/DescribeSubaccountK8sClusterUserConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeSubaccountK8sClusterUserConfig(
    request: DescribeSubaccountK8sClusterUserConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeSubaccountK8sClusterUserConfigResponse>> {
    return describeSubaccountK8sClusterUserConfig(this, request, options);
  }

  /**
   * Returns the state and progress of a task.
   *
   * `GET /tasks/{task_id}` — see docs/DescribeTaskInfo.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeTaskInfo(
    request: DescribeTaskInfoRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeTaskInfoResponse>> {
    return describeTaskInfo(this, request, options);
  }

  /**
   * Returns an orchestration template.
   *
   * `GET /templates/{TemplateId}` — see docs/DescribeTemplateAttribute.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeTemplateAttribute(
    request: DescribeTemplateAttributeRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeTemplateAttributeResponse>> {
    return describeTemplateAttribute(this, request, options);
  }

  /**
   * Lists orchestration templates.
   *
   * `GET /templates` — see docs/DescribeTemplates.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeTemplates(
    request: DescribeTemplatesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeTemplatesResponse>> {
    return describeTemplates(this, request, options);
  }

  /**
   * Lists the triggers of an application.
   *
   * `GET /clusters/{cluster_id}/triggers` — see docs/DescribeTrigger.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeTrigger(
    request: DescribeTriggerRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeTriggerResponse>> {
    return describeTrigger(this, request, options);
  }

  /**
   * Lists the namespaces of a cluster in which the caller has RBAC permissions.
   *
   * `GET /api/v2/k8s/{ClusterId}/namespaces` — see docs/DescribeUserClusterNamespaces.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeUserClusterNamespaces(
    request: DescribeUserClusterNamespacesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeUserClusterNamespacesResponse>> {
    return describeUserClusterNamespaces(this, request, options);
  }

  /**
   * Lists the RBAC permissions a RAM user or role has in clusters.
   *
   * `GET /permissions/users/{uid}` — see docs/DescribeUserPermission.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeUserPermission(
    request: DescribeUserPermissionRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeUserPermissionResponse>> {
    return describeUserPermission(this, request, options);
  }

  /**
   * Returns the ACK quotas of the account.
   *
   * `GET /quota` — see docs/DescribeUserQuota.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeUserQuota(
    request: DescribeUserQuotaRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeUserQuotaResponse>> {
    return describeUserQuota(this, request, options);
  }

  /**
   * Lists genomics workflows (deprecated).
   *
   * `GET /gs/workflows` — see docs/DescribeWorkflows.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public describeWorkflows(
    request: DescribeWorkflowsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeWorkflowsResponse>> {
    return describeWorkflows(this, request, options);
  }

  /**
   * Fixes CVE vulnerabilities on the nodes of a node pool.
   *
   * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls/fix` — see docs/FixNodePoolVuls.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public fixNodePoolVuls(
    request: FixNodePoolVulsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<FixNodePoolVulsResponse>> {
    return fixNodePoolVuls(this, request, options);
  }

  /**
   * Returns the details of an add-on installed in a cluster.
   *
   * `GET /clusters/{cluster_id}/addon_instances/{instance_name}` — see docs/GetClusterAddonInstance.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public getClusterAddonInstance(
    request: GetClusterAddonInstanceRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetClusterAddonInstanceResponse>> {
    return getClusterAddonInstance(this, request, options);
  }

  /**
   * Returns the API server audit log settings of a cluster.
   *
   * `GET /clusters/{clusterid}/audit` — see docs/GetClusterAuditProject.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public getClusterAuditProject(
    request: GetClusterAuditProjectRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetClusterAuditProjectResponse>> {
    return getClusterAuditProject(this, request, options);
  }

  /**
   * Returns the result of a cluster check.
   *
   * `GET /clusters/{cluster_id}/checks/{check_id}` — see docs/GetClusterCheck.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public getClusterCheck(
    request: GetClusterCheckRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetClusterCheckResponse>> {
    return getClusterCheck(this, request, options);
  }

  /**
   * Lists the check items of a cluster diagnosis and their results.
   *
   * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/check_items` — see docs/GetClusterDiagnosisCheckItems.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public getClusterDiagnosisCheckItems(
    request: GetClusterDiagnosisCheckItemsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetClusterDiagnosisCheckItemsResponse>> {
    return getClusterDiagnosisCheckItems(this, request, options);
  }

  /**
   * Returns the result of a cluster diagnosis.
   *
   * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/result` — see docs/GetClusterDiagnosisResult.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public getClusterDiagnosisResult(
    request: GetClusterDiagnosisResultRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetClusterDiagnosisResultResponse>> {
    return getClusterDiagnosisResult(this, request, options);
  }

  /**
   * Returns the scheduled inspection settings of a cluster.
   *
   * `GET /clusters/{clusterId}/inspectConfig` — see docs/GetClusterInspectConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public getClusterInspectConfig(
    request: GetClusterInspectConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetClusterInspectConfigResponse>> {
    return getClusterInspectConfig(this, request, options);
  }

  /**
   * Returns the results of a cluster inspection report.
   *
   * `GET /clusters/{clusterId}/inspectReports/{reportId}` — see docs/GetClusterInspectReportDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public getClusterInspectReportDetail(
    request: GetClusterInspectReportDetailRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetClusterInspectReportDetailResponse>> {
    return getClusterInspectReportDetail(this, request, options);
  }

  /**
   * Lists the triggers of an application (legacy; use DescribeTrigger).
   *
   * `GET /triggers/{ClusterId}` — see docs/GetKubernetesTrigger.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public getKubernetesTrigger(
    request: GetKubernetesTriggerRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetKubernetesTriggerResponse>> {
    return getKubernetesTrigger(this, request, options);
  }

  /**
   * Returns the progress of a cluster upgrade (legacy; use DescribeTaskInfo).
   *
   * `GET /api/v2/clusters/{ClusterId}/upgrade/status` — see docs/GetUpgradeStatus.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public getUpgradeStatus(
    request: GetUpgradeStatusRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GetUpgradeStatusResponse>> {
    return getUpgradeStatus(this, request, options);
  }

  /**
   * Replaces the RBAC permissions of a RAM user or role.
   *
   * `POST /permissions/users/{uid}` — see docs/GrantPermissions.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public grantPermissions(
    request: GrantPermissionsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<GrantPermissionsResponse>> {
    return grantPermissions(this, request, options);
  }

  /**
   * Installs add-ons in a cluster.
   *
   * `POST /clusters/{ClusterId}/components/install` — see docs/InstallClusterAddons.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public installClusterAddons(
    request: InstallClusterAddonsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<InstallClusterAddonsResponse>> {
    return installClusterAddons(this, request, options);
  }

  /**
   * Lists the add-ons available for a cluster or a kind of cluster.
   *
   * `GET /addons` — see docs/ListAddons.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listAddons(request: ListAddonsRequest, options?: CallOptions): Promise<WithMetadata<ListAddonsResponse>> {
    return listAddons(this, request, options);
  }

  /**
   * Lists the add-ons installed in a cluster.
   *
   * `GET /clusters/{cluster_id}/addon_instances` — see docs/ListClusterAddonInstances.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listClusterAddonInstances(
    request: ListClusterAddonInstancesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ListClusterAddonInstancesResponse>> {
    return listClusterAddonInstances(this, request, options);
  }

  /**
   * Lists the checks run on a cluster.
   *
   * `GET /clusters/{cluster_id}/checks` — see docs/ListClusterChecks.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listClusterChecks(
    request: ListClusterChecksRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ListClusterChecksResponse>> {
    return listClusterChecks(this, request, options);
  }

  /**
   * Lists the inspection reports of a cluster.
   *
   * `GET /clusters/{clusterId}/inspectReports` — see docs/ListClusterInspectReports.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listClusterInspectReports(
    request: ListClusterInspectReportsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ListClusterInspectReportsResponse>> {
    return listClusterInspectReports(this, request, options);
  }

  /**
   * Lists the kubeconfigs issued for a cluster and their certificate states.
   *
   * `GET /clusters/{ClusterId}/kubeconfig/states` — see docs/ListClusterKubeconfigStates.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listClusterKubeconfigStates(
    request: ListClusterKubeconfigStatesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ListClusterKubeconfigStatesResponse>> {
    return listClusterKubeconfigStates(this, request, options);
  }

  /**
   * Lists scheduled automatic operations plans, such as automatic upgrades.
   *
   * `GET /operation/plans` — see docs/ListOperationPlans.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listOperationPlans(
    request: ListOperationPlansRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ListOperationPlansResponse>> {
    return listOperationPlans(this, request, options);
  }

  /**
   * Lists scheduled automatic operations plans of the clusters in a region.
   *
   * `GET /regions/{region_id}/operation/plans` — see docs/ListOperationPlansForRegion.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listOperationPlansForRegion(
    request: ListOperationPlansForRegionRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ListOperationPlansForRegionResponse>> {
    return listOperationPlansForRegion(this, request, options);
  }

  /**
   * Lists the tags of clusters.
   *
   * `GET /tags` — see docs/ListTagResources.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listTagResources(
    request: ListTagResourcesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ListTagResourcesResponse>> {
    return listTagResources(this, request, options);
  }

  /**
   * Lists the kubeconfigs issued to a user across clusters and their certificate states.
   *
   * `GET /users/{Uid}/kubeconfig/states` — see docs/ListUserKubeConfigStates.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public listUserKubeConfigStates(
    request: ListUserKubeConfigStatesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ListUserKubeConfigStatesResponse>> {
    return listUserKubeConfigStates(this, request, options);
  }

  /**
   * Migrates an ACK Basic cluster to ACK Pro.
   *
   * `POST /clusters/{cluster_id}/migrate` — see docs/MigrateCluster.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public migrateCluster(
    request: MigrateClusterRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<MigrateClusterResponse>> {
    return migrateCluster(this, request, options);
  }

  /**
   * Changes the settings of a cluster.
   *
   * `PUT /api/v2/clusters/{ClusterId}` — see docs/ModifyCluster.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public modifyCluster(
    request: ModifyClusterRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ModifyClusterResponse>> {
    return modifyCluster(this, request, options);
  }

  /**
   * Changes the configuration of an installed add-on.
   *
   * `POST /clusters/{cluster_id}/components/{component_id}/config` — see docs/ModifyClusterAddon.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public modifyClusterAddon(
    request: ModifyClusterAddonRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ModifyClusterAddonResponse>> {
    return modifyClusterAddon(this, request, options);
  }

  /**
   * Changes the configuration of a node pool.
   *
   * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public modifyClusterNodePool(
    request: ModifyClusterNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ModifyClusterNodePoolResponse>> {
    return modifyClusterNodePool(this, request, options);
  }

  /**
   * Replaces the tags of a cluster.
   *
   * `POST /clusters/{ClusterId}/tags` — see docs/ModifyClusterTags.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public modifyClusterTags(
    request: ModifyClusterTagsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ModifyClusterTagsResponse>> {
    return modifyClusterTags(this, request, options);
  }

  /**
   * Changes the kubelet, OS and containerd settings of the nodes in a node pool.
   *
   * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}/node_config` — see docs/ModifyNodePoolNodeConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public modifyNodePoolNodeConfig(
    request: ModifyNodePoolNodeConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ModifyNodePoolNodeConfigResponse>> {
    return modifyNodePoolNodeConfig(this, request, options);
  }

  /**
   * Changes a policy instance deployed in a cluster.
   *
   * `PUT /clusters/{cluster_id}/policies/{policy_name}` — see docs/ModifyPolicyInstance.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public modifyPolicyInstance(
    request: ModifyPolicyInstanceRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ModifyPolicyInstanceResponse>> {
    return modifyPolicyInstance(this, request, options);
  }

  /**
   * Activates ACK for the account.
   *
   * `POST /service/open` — see docs/OpenAckService.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public openAckService(
    request: OpenAckServiceRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<OpenAckServiceResponse>> {
    return openAckService(this, request, options);
  }

  /**
   * Pauses a cluster upgrade in progress (legacy; use PauseTask).
   *
   * `POST /api/v2/clusters/{ClusterId}/upgrade/pause` — see docs/PauseClusterUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  public pauseClusterUpgrade(
    request: PauseClusterUpgradeRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<PauseClusterUpgradeResponse>> {
    return pauseClusterUpgrade(this, request, options);
  }

  /**
   * Pauses an add-on upgrade in progress (legacy).
   *
   * `POST /clusters/{clusterid}/components/{componentid}/pause` — see docs/PauseComponentUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  public pauseComponentUpgrade(
    request: PauseComponentUpgradeRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<PauseComponentUpgradeResponse>> {
    return pauseComponentUpgrade(this, request, options);
  }

  /**
   * Pauses a running task.
   *
   * `POST /tasks/{task_id}/pause` — see docs/PauseTask.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public pauseTask(request: PauseTaskRequest, options?: CallOptions): Promise<WithMetadata<PauseTaskResponse>> {
    return pauseTask(this, request, options);
  }

  /**
   * Removes nodes from a node pool and lowers its desired size.
   *
   * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}/nodes` — see docs/RemoveNodePoolNodes.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public removeNodePoolNodes(
    request: RemoveNodePoolNodesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<RemoveNodePoolNodesResponse>> {
    return removeNodePoolNodes(this, request, options);
  }

  /**
   * Deletes a genomics workflow (deprecated).
   *
   * `DELETE /gs/workflow/{workflowName}` — see docs/RemoveWorkflow.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  public removeWorkflow(
    request: RemoveWorkflowRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<RemoveWorkflowResponse>> {
    return removeWorkflow(this, request, options);
  }

  /**
   * Repairs faulty nodes of a node pool.
   *
   * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/repair` — see docs/RepairClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public repairClusterNodePool(
    request: RepairClusterNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<RepairClusterNodePoolResponse>> {
    return repairClusterNodePool(this, request, options);
  }

  /**
   * Resumes a paused add-on upgrade (legacy).
   *
   * `POST /clusters/{clusterid}/components/{componentid}/resume` — see docs/ResumeComponentUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  public resumeComponentUpgrade(
    request: ResumeComponentUpgradeRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ResumeComponentUpgradeResponse>> {
    return resumeComponentUpgrade(this, request, options);
  }

  /**
   * Resumes a paused task.
   *
   * `POST /tasks/{task_id}/resume` — see docs/ResumeTask.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public resumeTask(request: ResumeTaskRequest, options?: CallOptions): Promise<WithMetadata<ResumeTaskResponse>> {
    return resumeTask(this, request, options);
  }

  /**
   * Resumes a paused cluster upgrade (legacy; use ResumeTask).
   *
   * `POST /api/v2/clusters/{ClusterId}/upgrade/resume` — see docs/ResumeUpgradeCluster.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  public resumeUpgradeCluster(
    request: ResumeUpgradeClusterRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ResumeUpgradeClusterResponse>> {
    return resumeUpgradeCluster(this, request, options);
  }

  /**
   * Revokes the caller's kubeconfig for a cluster.
   *
   * `DELETE /k8s/{ClusterId}/certs` — see docs/RevokeK8sClusterKubeConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public revokeK8sClusterKubeConfig(
    request: RevokeK8sClusterKubeConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<RevokeK8sClusterKubeConfigResponse>> {
    return revokeK8sClusterKubeConfig(this, request, options);
  }

  /**
   * Starts a check of a cluster, such as a pre-upgrade check.
   *
   * `POST /clusters/{cluster_id}/checks` — see docs/RunClusterCheck.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public runClusterCheck(
    request: RunClusterCheckRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<RunClusterCheckResponse>> {
    return runClusterCheck(this, request, options);
  }

  /**
   * Starts an inspection of a cluster now.
   *
   * `POST /clusters/{clusterId}/inspectReports` — see docs/RunClusterInspect.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public runClusterInspect(
    request: RunClusterInspectRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<RunClusterInspectResponse>> {
    return runClusterInspect(this, request, options);
  }

  /**
   * Adds nodes to a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public scaleClusterNodePool(
    request: ScaleClusterNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ScaleClusterNodePoolResponse>> {
    return scaleClusterNodePool(this, request, options);
  }

  /**
   * Starts a vulnerability scan of a cluster.
   *
   * `POST /clusters/{cluster_id}/vuls/scan` — see docs/ScanClusterVuls.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public scanClusterVuls(
    request: ScanClusterVulsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ScanClusterVulsResponse>> {
    return scanClusterVuls(this, request, options);
  }

  /**
   * Enables alert rules of a cluster's alert center.
   *
   * `POST /alert/{ClusterId}/alert_rule/start` — see docs/StartAlert.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public startAlert(request: StartAlertRequest, options?: CallOptions): Promise<WithMetadata<StartAlertResponse>> {
    return startAlert(this, request, options);
  }

  /**
   * Starts a genomics workflow (deprecated).
   *
   * `POST /gs/workflow` — see docs/StartWorkflow.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  public startWorkflow(
    request: StartWorkflowRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<StartWorkflowResponse>> {
    return startWorkflow(this, request, options);
  }

  /**
   * Disables alert rules of a cluster's alert center.
   *
   * `POST /alert/{ClusterId}/alert_rule/stop` — see docs/StopAlert.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public stopAlert(request: StopAlertRequest, options?: CallOptions): Promise<WithMetadata<StopAlertResponse>> {
    return stopAlert(this, request, options);
  }

  /**
   * Refreshes the node pool information of a cluster.
   *
   * `POST /clusters/{ClusterId}/sync_nodepools` — see docs/SyncClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public syncClusterNodePool(
    request: SyncClusterNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<SyncClusterNodePoolResponse>> {
    return syncClusterNodePool(this, request, options);
  }

  /**
   * Adds tags to clusters.
   *
   * `PUT /tags` — see docs/TagResources.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public tagResources(
    request: TagResourcesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<TagResourcesResponse>> {
    return tagResources(this, request, options);
  }

  /**
   * Uninstalls add-ons from a cluster.
   *
   * `POST /clusters/{ClusterId}/components/uninstall` — see docs/UnInstallClusterAddons.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public unInstallClusterAddons(
    request: UnInstallClusterAddonsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UnInstallClusterAddonsResponse>> {
    return unInstallClusterAddons(this, request, options);
  }

  /**
   * Removes tags from clusters.
   *
   * `DELETE /tags` — see docs/UntagResources.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public untagResources(
    request: UntagResourcesRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UntagResourcesResponse>> {
    return untagResources(this, request, options);
  }

  /**
   * Enables, disables or reconfigures API server audit logging of a cluster.
   *
   * `PUT /clusters/{clusterid}/audit_log` — see docs/UpdateClusterAuditLogConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public updateClusterAuditLogConfig(
    request: UpdateClusterAuditLogConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpdateClusterAuditLogConfigResponse>> {
    return updateClusterAuditLogConfig(this, request, options);
  }

  /**
   * Changes the scheduled inspection settings of a cluster.
   *
   * `PUT /clusters/{clusterId}/inspectConfig` — see docs/UpdateClusterInspectConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public updateClusterInspectConfig(
    request: UpdateClusterInspectConfigRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpdateClusterInspectConfigResponse>> {
    return updateClusterInspectConfig(this, request, options);
  }

  /**
   * Sets the contact groups notified by an alert rule group of a cluster.
   *
   * `POST /alert/{ClusterId}/alert_rule/contact_groups` — see docs/UpdateContactGroupForAlert.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public updateContactGroupForAlert(
    request: UpdateContactGroupForAlertRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpdateContactGroupForAlertResponse>> {
    return updateContactGroupForAlert(this, request, options);
  }

  /**
   * Changes the control plane log collection settings of a cluster.
   *
   * `PUT /clusters/{ClusterId}/controlplanelog` — see docs/UpdateControlPlaneLog.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public updateControlPlaneLog(
    request: UpdateControlPlaneLogRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpdateControlPlaneLogResponse>> {
    return updateControlPlaneLog(this, request, options);
  }

  /**
   * Sets how long kubeconfigs issued to a user for a cluster remain valid.
   *
   * `POST /k8s/{ClusterId}/user_config/expire` — see docs/UpdateK8sClusterUserConfigExpire.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public updateK8sClusterUserConfigExpire(
    request: UpdateK8sClusterUserConfigExpireRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpdateK8sClusterUserConfigExpireResponse>> {
    return updateK8sClusterUserConfigExpire(this, request, options);
  }

  /**
   * Turns deletion protection on or off for namespaces or Services.
   *
   * `PUT /clusters/{ClusterId}/resources/protection` — see docs/UpdateResourcesDeleteProtection.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public updateResourcesDeleteProtection(
    request: UpdateResourcesDeleteProtectionRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpdateResourcesDeleteProtectionResponse>> {
    return updateResourcesDeleteProtection(this, request, options);
  }

  /**
   * Changes an orchestration template.
   *
   * `PUT /templates/{TemplateId}` — see docs/UpdateTemplate.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public updateTemplate(
    request: UpdateTemplateRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpdateTemplateResponse>> {
    return updateTemplate(this, request, options);
  }

  /**
   * Adds, removes or replaces RBAC permissions of a RAM user or role.
   *
   * `POST /permissions/users/{uid}/update` — see docs/UpdateUserPermissions.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public updateUserPermissions(
    request: UpdateUserPermissionsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpdateUserPermissionsResponse>> {
    return updateUserPermissions(this, request, options);
  }

  /**
   * Upgrades a cluster to a newer Kubernetes version.
   *
   * `POST /api/v2/clusters/{ClusterId}/upgrade` — see docs/UpgradeCluster.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public upgradeCluster(
    request: UpgradeClusterRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpgradeClusterResponse>> {
    return upgradeCluster(this, request, options);
  }

  /**
   * Upgrades add-ons of a cluster to newer versions.
   *
   * `POST /clusters/{ClusterId}/components/upgrade` — see docs/UpgradeClusterAddons.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public upgradeClusterAddons(
    request: UpgradeClusterAddonsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpgradeClusterAddonsResponse>> {
    return upgradeClusterAddons(this, request, options);
  }

  /**
   * Upgrades the kubelet, OS image or container runtime of a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/upgrade` — see docs/UpgradeClusterNodepool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public upgradeClusterNodepool(
    request: UpgradeClusterNodepoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<UpgradeClusterNodepoolResponse>> {
    return upgradeClusterNodepool(this, request, options);
  }
}
