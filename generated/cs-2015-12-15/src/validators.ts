// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import { ValidationError } from './runtime/errors.js';
import {
  codePointLength,
  escapePointerToken,
  isBase64,
  jsonTypeOf,
  type ValidationIssue,
  type ValidationResult,
} from './runtime/validation.js';
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
export function validateAttachInstancesRequest(value: unknown): ValidationResult<AttachInstancesRequest> {
  return resultOf<AttachInstancesRequest>(value, checkAttachInstancesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `AttachInstances` request. */
export function assertAttachInstancesRequest(value: unknown): asserts value is AttachInstancesRequest {
  assertValid(value, checkAttachInstancesRequest);
}

/** Checks a `AttachInstancesToNodePool` request without throwing: every issue found, or the request typed. */
export function validateAttachInstancesToNodePoolRequest(
  value: unknown,
): ValidationResult<AttachInstancesToNodePoolRequest> {
  return resultOf<AttachInstancesToNodePoolRequest>(value, checkAttachInstancesToNodePoolRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `AttachInstancesToNodePool` request. */
export function assertAttachInstancesToNodePoolRequest(
  value: unknown,
): asserts value is AttachInstancesToNodePoolRequest {
  assertValid(value, checkAttachInstancesToNodePoolRequest);
}

/** Checks a `CancelClusterUpgrade` request without throwing: every issue found, or the request typed. */
export function validateCancelClusterUpgradeRequest(value: unknown): ValidationResult<CancelClusterUpgradeRequest> {
  return resultOf<CancelClusterUpgradeRequest>(value, checkCancelClusterUpgradeRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelClusterUpgrade` request. */
export function assertCancelClusterUpgradeRequest(value: unknown): asserts value is CancelClusterUpgradeRequest {
  assertValid(value, checkCancelClusterUpgradeRequest);
}

/** Checks a `CancelComponentUpgrade` request without throwing: every issue found, or the request typed. */
export function validateCancelComponentUpgradeRequest(value: unknown): ValidationResult<CancelComponentUpgradeRequest> {
  return resultOf<CancelComponentUpgradeRequest>(value, checkCancelComponentUpgradeRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelComponentUpgrade` request. */
export function assertCancelComponentUpgradeRequest(value: unknown): asserts value is CancelComponentUpgradeRequest {
  assertValid(value, checkCancelComponentUpgradeRequest);
}

/** Checks a `CancelOperationPlan` request without throwing: every issue found, or the request typed. */
export function validateCancelOperationPlanRequest(value: unknown): ValidationResult<CancelOperationPlanRequest> {
  return resultOf<CancelOperationPlanRequest>(value, checkCancelOperationPlanRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelOperationPlan` request. */
export function assertCancelOperationPlanRequest(value: unknown): asserts value is CancelOperationPlanRequest {
  assertValid(value, checkCancelOperationPlanRequest);
}

/** Checks a `CancelTask` request without throwing: every issue found, or the request typed. */
export function validateCancelTaskRequest(value: unknown): ValidationResult<CancelTaskRequest> {
  return resultOf<CancelTaskRequest>(value, checkCancelTaskRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelTask` request. */
export function assertCancelTaskRequest(value: unknown): asserts value is CancelTaskRequest {
  assertValid(value, checkCancelTaskRequest);
}

/** Checks a `CancelWorkflow` request without throwing: every issue found, or the request typed. */
export function validateCancelWorkflowRequest(value: unknown): ValidationResult<CancelWorkflowRequest> {
  return resultOf<CancelWorkflowRequest>(value, checkCancelWorkflowRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelWorkflow` request. */
export function assertCancelWorkflowRequest(value: unknown): asserts value is CancelWorkflowRequest {
  assertValid(value, checkCancelWorkflowRequest);
}

/** Checks a `CheckControlPlaneLogEnable` request without throwing: every issue found, or the request typed. */
export function validateCheckControlPlaneLogEnableRequest(
  value: unknown,
): ValidationResult<CheckControlPlaneLogEnableRequest> {
  return resultOf<CheckControlPlaneLogEnableRequest>(value, checkCheckControlPlaneLogEnableRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CheckControlPlaneLogEnable` request. */
export function assertCheckControlPlaneLogEnableRequest(
  value: unknown,
): asserts value is CheckControlPlaneLogEnableRequest {
  assertValid(value, checkCheckControlPlaneLogEnableRequest);
}

/** Checks a `CheckServiceRole` request without throwing: every issue found, or the request typed. */
export function validateCheckServiceRoleRequest(value: unknown): ValidationResult<CheckServiceRoleRequest> {
  return resultOf<CheckServiceRoleRequest>(value, checkCheckServiceRoleRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CheckServiceRole` request. */
export function assertCheckServiceRoleRequest(value: unknown): asserts value is CheckServiceRoleRequest {
  assertValid(value, checkCheckServiceRoleRequest);
}

/** Checks a `CleanClusterUserPermissions` request without throwing: every issue found, or the request typed. */
export function validateCleanClusterUserPermissionsRequest(
  value: unknown,
): ValidationResult<CleanClusterUserPermissionsRequest> {
  return resultOf<CleanClusterUserPermissionsRequest>(value, checkCleanClusterUserPermissionsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CleanClusterUserPermissions` request. */
export function assertCleanClusterUserPermissionsRequest(
  value: unknown,
): asserts value is CleanClusterUserPermissionsRequest {
  assertValid(value, checkCleanClusterUserPermissionsRequest);
}

/** Checks a `CleanUserPermissions` request without throwing: every issue found, or the request typed. */
export function validateCleanUserPermissionsRequest(value: unknown): ValidationResult<CleanUserPermissionsRequest> {
  return resultOf<CleanUserPermissionsRequest>(value, checkCleanUserPermissionsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CleanUserPermissions` request. */
export function assertCleanUserPermissionsRequest(value: unknown): asserts value is CleanUserPermissionsRequest {
  assertValid(value, checkCleanUserPermissionsRequest);
}

/** Checks a `CreateAutoscalingConfig` request without throwing: every issue found, or the request typed. */
export function validateCreateAutoscalingConfigRequest(
  value: unknown,
): ValidationResult<CreateAutoscalingConfigRequest> {
  return resultOf<CreateAutoscalingConfigRequest>(value, checkCreateAutoscalingConfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateAutoscalingConfig` request. */
export function assertCreateAutoscalingConfigRequest(value: unknown): asserts value is CreateAutoscalingConfigRequest {
  assertValid(value, checkCreateAutoscalingConfigRequest);
}

/** Checks a `CreateCluster` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterRequest(value: unknown): ValidationResult<CreateClusterRequest> {
  return resultOf<CreateClusterRequest>(value, checkCreateClusterRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateCluster` request. */
export function assertCreateClusterRequest(value: unknown): asserts value is CreateClusterRequest {
  assertValid(value, checkCreateClusterRequest);
}

/** Checks a `CreateClusterDiagnosis` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterDiagnosisRequest(value: unknown): ValidationResult<CreateClusterDiagnosisRequest> {
  return resultOf<CreateClusterDiagnosisRequest>(value, checkCreateClusterDiagnosisRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterDiagnosis` request. */
export function assertCreateClusterDiagnosisRequest(value: unknown): asserts value is CreateClusterDiagnosisRequest {
  assertValid(value, checkCreateClusterDiagnosisRequest);
}

/** Checks a `CreateClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<CreateClusterInspectConfigRequest> {
  return resultOf<CreateClusterInspectConfigRequest>(value, checkCreateClusterInspectConfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterInspectConfig` request. */
export function assertCreateClusterInspectConfigRequest(
  value: unknown,
): asserts value is CreateClusterInspectConfigRequest {
  assertValid(value, checkCreateClusterInspectConfigRequest);
}

/** Checks a `CreateClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterNodePoolRequest(value: unknown): ValidationResult<CreateClusterNodePoolRequest> {
  return resultOf<CreateClusterNodePoolRequest>(value, checkCreateClusterNodePoolRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterNodePool` request. */
export function assertCreateClusterNodePoolRequest(value: unknown): asserts value is CreateClusterNodePoolRequest {
  assertValid(value, checkCreateClusterNodePoolRequest);
}

/** Checks a `CreateKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export function validateCreateKubernetesTriggerRequest(
  value: unknown,
): ValidationResult<CreateKubernetesTriggerRequest> {
  return resultOf<CreateKubernetesTriggerRequest>(value, checkCreateKubernetesTriggerRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateKubernetesTrigger` request. */
export function assertCreateKubernetesTriggerRequest(value: unknown): asserts value is CreateKubernetesTriggerRequest {
  assertValid(value, checkCreateKubernetesTriggerRequest);
}

/** Checks a `CreateTemplate` request without throwing: every issue found, or the request typed. */
export function validateCreateTemplateRequest(value: unknown): ValidationResult<CreateTemplateRequest> {
  return resultOf<CreateTemplateRequest>(value, checkCreateTemplateRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateTemplate` request. */
export function assertCreateTemplateRequest(value: unknown): asserts value is CreateTemplateRequest {
  assertValid(value, checkCreateTemplateRequest);
}

/** Checks a `CreateTrigger` request without throwing: every issue found, or the request typed. */
export function validateCreateTriggerRequest(value: unknown): ValidationResult<CreateTriggerRequest> {
  return resultOf<CreateTriggerRequest>(value, checkCreateTriggerRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateTrigger` request. */
export function assertCreateTriggerRequest(value: unknown): asserts value is CreateTriggerRequest {
  assertValid(value, checkCreateTriggerRequest);
}

/** Checks a `DeleteAlertContact` request without throwing: every issue found, or the request typed. */
export function validateDeleteAlertContactRequest(value: unknown): ValidationResult<DeleteAlertContactRequest> {
  return resultOf<DeleteAlertContactRequest>(value, checkDeleteAlertContactRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteAlertContact` request. */
export function assertDeleteAlertContactRequest(value: unknown): asserts value is DeleteAlertContactRequest {
  assertValid(value, checkDeleteAlertContactRequest);
}

/** Checks a `DeleteAlertContactGroup` request without throwing: every issue found, or the request typed. */
export function validateDeleteAlertContactGroupRequest(
  value: unknown,
): ValidationResult<DeleteAlertContactGroupRequest> {
  return resultOf<DeleteAlertContactGroupRequest>(value, checkDeleteAlertContactGroupRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteAlertContactGroup` request. */
export function assertDeleteAlertContactGroupRequest(value: unknown): asserts value is DeleteAlertContactGroupRequest {
  assertValid(value, checkDeleteAlertContactGroupRequest);
}

/** Checks a `DeleteCluster` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterRequest(value: unknown): ValidationResult<DeleteClusterRequest> {
  return resultOf<DeleteClusterRequest>(value, checkDeleteClusterRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteCluster` request. */
export function assertDeleteClusterRequest(value: unknown): asserts value is DeleteClusterRequest {
  assertValid(value, checkDeleteClusterRequest);
}

/** Checks a `DeleteClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<DeleteClusterInspectConfigRequest> {
  return resultOf<DeleteClusterInspectConfigRequest>(value, checkDeleteClusterInspectConfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterInspectConfig` request. */
export function assertDeleteClusterInspectConfigRequest(
  value: unknown,
): asserts value is DeleteClusterInspectConfigRequest {
  assertValid(value, checkDeleteClusterInspectConfigRequest);
}

/** Checks a `DeleteClusterNodepool` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterNodepoolRequest(value: unknown): ValidationResult<DeleteClusterNodepoolRequest> {
  return resultOf<DeleteClusterNodepoolRequest>(value, checkDeleteClusterNodepoolRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterNodepool` request. */
export function assertDeleteClusterNodepoolRequest(value: unknown): asserts value is DeleteClusterNodepoolRequest {
  assertValid(value, checkDeleteClusterNodepoolRequest);
}

/** Checks a `DeleteClusterNodes` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterNodesRequest(value: unknown): ValidationResult<DeleteClusterNodesRequest> {
  return resultOf<DeleteClusterNodesRequest>(value, checkDeleteClusterNodesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterNodes` request. */
export function assertDeleteClusterNodesRequest(value: unknown): asserts value is DeleteClusterNodesRequest {
  assertValid(value, checkDeleteClusterNodesRequest);
}

/** Checks a `DeleteKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export function validateDeleteKubernetesTriggerRequest(
  value: unknown,
): ValidationResult<DeleteKubernetesTriggerRequest> {
  return resultOf<DeleteKubernetesTriggerRequest>(value, checkDeleteKubernetesTriggerRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteKubernetesTrigger` request. */
export function assertDeleteKubernetesTriggerRequest(value: unknown): asserts value is DeleteKubernetesTriggerRequest {
  assertValid(value, checkDeleteKubernetesTriggerRequest);
}

/** Checks a `DeletePolicyInstance` request without throwing: every issue found, or the request typed. */
export function validateDeletePolicyInstanceRequest(value: unknown): ValidationResult<DeletePolicyInstanceRequest> {
  return resultOf<DeletePolicyInstanceRequest>(value, checkDeletePolicyInstanceRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeletePolicyInstance` request. */
export function assertDeletePolicyInstanceRequest(value: unknown): asserts value is DeletePolicyInstanceRequest {
  assertValid(value, checkDeletePolicyInstanceRequest);
}

/** Checks a `DeleteTemplate` request without throwing: every issue found, or the request typed. */
export function validateDeleteTemplateRequest(value: unknown): ValidationResult<DeleteTemplateRequest> {
  return resultOf<DeleteTemplateRequest>(value, checkDeleteTemplateRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteTemplate` request. */
export function assertDeleteTemplateRequest(value: unknown): asserts value is DeleteTemplateRequest {
  assertValid(value, checkDeleteTemplateRequest);
}

/** Checks a `DeleteTrigger` request without throwing: every issue found, or the request typed. */
export function validateDeleteTriggerRequest(value: unknown): ValidationResult<DeleteTriggerRequest> {
  return resultOf<DeleteTriggerRequest>(value, checkDeleteTriggerRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteTrigger` request. */
export function assertDeleteTriggerRequest(value: unknown): asserts value is DeleteTriggerRequest {
  assertValid(value, checkDeleteTriggerRequest);
}

/** Checks a `DeployPolicyInstance` request without throwing: every issue found, or the request typed. */
export function validateDeployPolicyInstanceRequest(value: unknown): ValidationResult<DeployPolicyInstanceRequest> {
  return resultOf<DeployPolicyInstanceRequest>(value, checkDeployPolicyInstanceRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeployPolicyInstance` request. */
export function assertDeployPolicyInstanceRequest(value: unknown): asserts value is DeployPolicyInstanceRequest {
  assertValid(value, checkDeployPolicyInstanceRequest);
}

/** Checks a `DescirbeWorkflow` request without throwing: every issue found, or the request typed. */
export function validateDescirbeWorkflowRequest(value: unknown): ValidationResult<DescirbeWorkflowRequest> {
  return resultOf<DescirbeWorkflowRequest>(value, checkDescirbeWorkflowRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescirbeWorkflow` request. */
export function assertDescirbeWorkflowRequest(value: unknown): asserts value is DescirbeWorkflowRequest {
  assertValid(value, checkDescirbeWorkflowRequest);
}

/** Checks a `DescribeAddon` request without throwing: every issue found, or the request typed. */
export function validateDescribeAddonRequest(value: unknown): ValidationResult<DescribeAddonRequest> {
  return resultOf<DescribeAddonRequest>(value, checkDescribeAddonRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeAddon` request. */
export function assertDescribeAddonRequest(value: unknown): asserts value is DescribeAddonRequest {
  assertValid(value, checkDescribeAddonRequest);
}

/** Checks a `DescribeAddons` request without throwing: every issue found, or the request typed. */
export function validateDescribeAddonsRequest(value: unknown): ValidationResult<DescribeAddonsRequest> {
  return resultOf<DescribeAddonsRequest>(value, checkDescribeAddonsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeAddons` request. */
export function assertDescribeAddonsRequest(value: unknown): asserts value is DescribeAddonsRequest {
  assertValid(value, checkDescribeAddonsRequest);
}

/** Checks a `DescribeClusterAddonInstance` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonInstanceRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonInstanceRequest> {
  return resultOf<DescribeClusterAddonInstanceRequest>(value, checkDescribeClusterAddonInstanceRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonInstance` request. */
export function assertDescribeClusterAddonInstanceRequest(
  value: unknown,
): asserts value is DescribeClusterAddonInstanceRequest {
  assertValid(value, checkDescribeClusterAddonInstanceRequest);
}

/** Checks a `DescribeClusterAddonMetadata` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonMetadataRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonMetadataRequest> {
  return resultOf<DescribeClusterAddonMetadataRequest>(value, checkDescribeClusterAddonMetadataRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonMetadata` request. */
export function assertDescribeClusterAddonMetadataRequest(
  value: unknown,
): asserts value is DescribeClusterAddonMetadataRequest {
  assertValid(value, checkDescribeClusterAddonMetadataRequest);
}

/** Checks a `DescribeClusterAddonUpgradeStatus` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonUpgradeStatusRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonUpgradeStatusRequest> {
  return resultOf<DescribeClusterAddonUpgradeStatusRequest>(value, checkDescribeClusterAddonUpgradeStatusRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonUpgradeStatus` request. */
export function assertDescribeClusterAddonUpgradeStatusRequest(
  value: unknown,
): asserts value is DescribeClusterAddonUpgradeStatusRequest {
  assertValid(value, checkDescribeClusterAddonUpgradeStatusRequest);
}

/** Checks a `DescribeClusterAddonsUpgradeStatus` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonsUpgradeStatusRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonsUpgradeStatusRequest> {
  return resultOf<DescribeClusterAddonsUpgradeStatusRequest>(value, checkDescribeClusterAddonsUpgradeStatusRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonsUpgradeStatus` request. */
export function assertDescribeClusterAddonsUpgradeStatusRequest(
  value: unknown,
): asserts value is DescribeClusterAddonsUpgradeStatusRequest {
  assertValid(value, checkDescribeClusterAddonsUpgradeStatusRequest);
}

/** Checks a `DescribeClusterAddonsVersion` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonsVersionRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonsVersionRequest> {
  return resultOf<DescribeClusterAddonsVersionRequest>(value, checkDescribeClusterAddonsVersionRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonsVersion` request. */
export function assertDescribeClusterAddonsVersionRequest(
  value: unknown,
): asserts value is DescribeClusterAddonsVersionRequest {
  assertValid(value, checkDescribeClusterAddonsVersionRequest);
}

/** Checks a `DescribeClusterAttachScripts` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAttachScriptsRequest(
  value: unknown,
): ValidationResult<DescribeClusterAttachScriptsRequest> {
  return resultOf<DescribeClusterAttachScriptsRequest>(value, checkDescribeClusterAttachScriptsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAttachScripts` request. */
export function assertDescribeClusterAttachScriptsRequest(
  value: unknown,
): asserts value is DescribeClusterAttachScriptsRequest {
  assertValid(value, checkDescribeClusterAttachScriptsRequest);
}

/** Checks a `DescribeClusterDetail` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterDetailRequest(value: unknown): ValidationResult<DescribeClusterDetailRequest> {
  return resultOf<DescribeClusterDetailRequest>(value, checkDescribeClusterDetailRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterDetail` request. */
export function assertDescribeClusterDetailRequest(value: unknown): asserts value is DescribeClusterDetailRequest {
  assertValid(value, checkDescribeClusterDetailRequest);
}

/** Checks a `DescribeClusterEvents` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterEventsRequest(value: unknown): ValidationResult<DescribeClusterEventsRequest> {
  return resultOf<DescribeClusterEventsRequest>(value, checkDescribeClusterEventsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterEvents` request. */
export function assertDescribeClusterEventsRequest(value: unknown): asserts value is DescribeClusterEventsRequest {
  assertValid(value, checkDescribeClusterEventsRequest);
}

/** Checks a `DescribeClusterLogs` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterLogsRequest(value: unknown): ValidationResult<DescribeClusterLogsRequest> {
  return resultOf<DescribeClusterLogsRequest>(value, checkDescribeClusterLogsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterLogs` request. */
export function assertDescribeClusterLogsRequest(value: unknown): asserts value is DescribeClusterLogsRequest {
  assertValid(value, checkDescribeClusterLogsRequest);
}

/** Checks a `DescribeClusterNodePoolDetail` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterNodePoolDetailRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolDetailRequest> {
  return resultOf<DescribeClusterNodePoolDetailRequest>(value, checkDescribeClusterNodePoolDetailRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePoolDetail` request. */
export function assertDescribeClusterNodePoolDetailRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolDetailRequest {
  assertValid(value, checkDescribeClusterNodePoolDetailRequest);
}

/** Checks a `DescribeClusterNodePools` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterNodePoolsRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolsRequest> {
  return resultOf<DescribeClusterNodePoolsRequest>(value, checkDescribeClusterNodePoolsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePools` request. */
export function assertDescribeClusterNodePoolsRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolsRequest {
  assertValid(value, checkDescribeClusterNodePoolsRequest);
}

/** Checks a `DescribeClusterNodes` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterNodesRequest(value: unknown): ValidationResult<DescribeClusterNodesRequest> {
  return resultOf<DescribeClusterNodesRequest>(value, checkDescribeClusterNodesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodes` request. */
export function assertDescribeClusterNodesRequest(value: unknown): asserts value is DescribeClusterNodesRequest {
  assertValid(value, checkDescribeClusterNodesRequest);
}

/** Checks a `DescribeClusterResources` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterResourcesRequest(
  value: unknown,
): ValidationResult<DescribeClusterResourcesRequest> {
  return resultOf<DescribeClusterResourcesRequest>(value, checkDescribeClusterResourcesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterResources` request. */
export function assertDescribeClusterResourcesRequest(
  value: unknown,
): asserts value is DescribeClusterResourcesRequest {
  assertValid(value, checkDescribeClusterResourcesRequest);
}

/** Checks a `DescribeClusterTasks` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterTasksRequest(value: unknown): ValidationResult<DescribeClusterTasksRequest> {
  return resultOf<DescribeClusterTasksRequest>(value, checkDescribeClusterTasksRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterTasks` request. */
export function assertDescribeClusterTasksRequest(value: unknown): asserts value is DescribeClusterTasksRequest {
  assertValid(value, checkDescribeClusterTasksRequest);
}

/** Checks a `DescribeClusterUserKubeconfig` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterUserKubeconfigRequest(
  value: unknown,
): ValidationResult<DescribeClusterUserKubeconfigRequest> {
  return resultOf<DescribeClusterUserKubeconfigRequest>(value, checkDescribeClusterUserKubeconfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterUserKubeconfig` request. */
export function assertDescribeClusterUserKubeconfigRequest(
  value: unknown,
): asserts value is DescribeClusterUserKubeconfigRequest {
  assertValid(value, checkDescribeClusterUserKubeconfigRequest);
}

/** Checks a `DescribeClusterV2UserKubeconfig` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterV2UserKubeconfigRequest(
  value: unknown,
): ValidationResult<DescribeClusterV2UserKubeconfigRequest> {
  return resultOf<DescribeClusterV2UserKubeconfigRequest>(value, checkDescribeClusterV2UserKubeconfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterV2UserKubeconfig` request. */
export function assertDescribeClusterV2UserKubeconfigRequest(
  value: unknown,
): asserts value is DescribeClusterV2UserKubeconfigRequest {
  assertValid(value, checkDescribeClusterV2UserKubeconfigRequest);
}

/** Checks a `DescribeClusterVuls` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterVulsRequest(value: unknown): ValidationResult<DescribeClusterVulsRequest> {
  return resultOf<DescribeClusterVulsRequest>(value, checkDescribeClusterVulsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterVuls` request. */
export function assertDescribeClusterVulsRequest(value: unknown): asserts value is DescribeClusterVulsRequest {
  assertValid(value, checkDescribeClusterVulsRequest);
}

/** Checks a `DescribeClusters` request without throwing: every issue found, or the request typed. */
export function validateDescribeClustersRequest(value: unknown): ValidationResult<DescribeClustersRequest> {
  return resultOf<DescribeClustersRequest>(value, checkDescribeClustersRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusters` request. */
export function assertDescribeClustersRequest(value: unknown): asserts value is DescribeClustersRequest {
  assertValid(value, checkDescribeClustersRequest);
}

/** Checks a `DescribeClustersForRegion` request without throwing: every issue found, or the request typed. */
export function validateDescribeClustersForRegionRequest(
  value: unknown,
): ValidationResult<DescribeClustersForRegionRequest> {
  return resultOf<DescribeClustersForRegionRequest>(value, checkDescribeClustersForRegionRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClustersForRegion` request. */
export function assertDescribeClustersForRegionRequest(
  value: unknown,
): asserts value is DescribeClustersForRegionRequest {
  assertValid(value, checkDescribeClustersForRegionRequest);
}

/** Checks a `DescribeClustersV1` request without throwing: every issue found, or the request typed. */
export function validateDescribeClustersV1Request(value: unknown): ValidationResult<DescribeClustersV1Request> {
  return resultOf<DescribeClustersV1Request>(value, checkDescribeClustersV1Request);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClustersV1` request. */
export function assertDescribeClustersV1Request(value: unknown): asserts value is DescribeClustersV1Request {
  assertValid(value, checkDescribeClustersV1Request);
}

/** Checks a `DescribeEvents` request without throwing: every issue found, or the request typed. */
export function validateDescribeEventsRequest(value: unknown): ValidationResult<DescribeEventsRequest> {
  return resultOf<DescribeEventsRequest>(value, checkDescribeEventsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeEvents` request. */
export function assertDescribeEventsRequest(value: unknown): asserts value is DescribeEventsRequest {
  assertValid(value, checkDescribeEventsRequest);
}

/** Checks a `DescribeEventsForRegion` request without throwing: every issue found, or the request typed. */
export function validateDescribeEventsForRegionRequest(
  value: unknown,
): ValidationResult<DescribeEventsForRegionRequest> {
  return resultOf<DescribeEventsForRegionRequest>(value, checkDescribeEventsForRegionRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeEventsForRegion` request. */
export function assertDescribeEventsForRegionRequest(value: unknown): asserts value is DescribeEventsForRegionRequest {
  assertValid(value, checkDescribeEventsForRegionRequest);
}

/** Checks a `DescribeExternalAgent` request without throwing: every issue found, or the request typed. */
export function validateDescribeExternalAgentRequest(value: unknown): ValidationResult<DescribeExternalAgentRequest> {
  return resultOf<DescribeExternalAgentRequest>(value, checkDescribeExternalAgentRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeExternalAgent` request. */
export function assertDescribeExternalAgentRequest(value: unknown): asserts value is DescribeExternalAgentRequest {
  assertValid(value, checkDescribeExternalAgentRequest);
}

/** Checks a `DescribeKubernetesVersionMetadata` request without throwing: every issue found, or the request typed. */
export function validateDescribeKubernetesVersionMetadataRequest(
  value: unknown,
): ValidationResult<DescribeKubernetesVersionMetadataRequest> {
  return resultOf<DescribeKubernetesVersionMetadataRequest>(value, checkDescribeKubernetesVersionMetadataRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeKubernetesVersionMetadata` request. */
export function assertDescribeKubernetesVersionMetadataRequest(
  value: unknown,
): asserts value is DescribeKubernetesVersionMetadataRequest {
  assertValid(value, checkDescribeKubernetesVersionMetadataRequest);
}

/** Checks a `DescribeNodePoolVuls` request without throwing: every issue found, or the request typed. */
export function validateDescribeNodePoolVulsRequest(value: unknown): ValidationResult<DescribeNodePoolVulsRequest> {
  return resultOf<DescribeNodePoolVulsRequest>(value, checkDescribeNodePoolVulsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeNodePoolVuls` request. */
export function assertDescribeNodePoolVulsRequest(value: unknown): asserts value is DescribeNodePoolVulsRequest {
  assertValid(value, checkDescribeNodePoolVulsRequest);
}

/** Checks a `DescribePolicies` request without throwing: every issue found, or the request typed. */
export function validateDescribePoliciesRequest(value: unknown): ValidationResult<DescribePoliciesRequest> {
  return resultOf<DescribePoliciesRequest>(value, checkDescribePoliciesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicies` request. */
export function assertDescribePoliciesRequest(value: unknown): asserts value is DescribePoliciesRequest {
  assertValid(value, checkDescribePoliciesRequest);
}

/** Checks a `DescribePolicyDetails` request without throwing: every issue found, or the request typed. */
export function validateDescribePolicyDetailsRequest(value: unknown): ValidationResult<DescribePolicyDetailsRequest> {
  return resultOf<DescribePolicyDetailsRequest>(value, checkDescribePolicyDetailsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyDetails` request. */
export function assertDescribePolicyDetailsRequest(value: unknown): asserts value is DescribePolicyDetailsRequest {
  assertValid(value, checkDescribePolicyDetailsRequest);
}

/** Checks a `DescribePolicyGovernanceInCluster` request without throwing: every issue found, or the request typed. */
export function validateDescribePolicyGovernanceInClusterRequest(
  value: unknown,
): ValidationResult<DescribePolicyGovernanceInClusterRequest> {
  return resultOf<DescribePolicyGovernanceInClusterRequest>(value, checkDescribePolicyGovernanceInClusterRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyGovernanceInCluster` request. */
export function assertDescribePolicyGovernanceInClusterRequest(
  value: unknown,
): asserts value is DescribePolicyGovernanceInClusterRequest {
  assertValid(value, checkDescribePolicyGovernanceInClusterRequest);
}

/** Checks a `DescribePolicyInstances` request without throwing: every issue found, or the request typed. */
export function validateDescribePolicyInstancesRequest(
  value: unknown,
): ValidationResult<DescribePolicyInstancesRequest> {
  return resultOf<DescribePolicyInstancesRequest>(value, checkDescribePolicyInstancesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyInstances` request. */
export function assertDescribePolicyInstancesRequest(value: unknown): asserts value is DescribePolicyInstancesRequest {
  assertValid(value, checkDescribePolicyInstancesRequest);
}

/** Checks a `DescribePolicyInstancesStatus` request without throwing: every issue found, or the request typed. */
export function validateDescribePolicyInstancesStatusRequest(
  value: unknown,
): ValidationResult<DescribePolicyInstancesStatusRequest> {
  return resultOf<DescribePolicyInstancesStatusRequest>(value, checkDescribePolicyInstancesStatusRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyInstancesStatus` request. */
export function assertDescribePolicyInstancesStatusRequest(
  value: unknown,
): asserts value is DescribePolicyInstancesStatusRequest {
  assertValid(value, checkDescribePolicyInstancesStatusRequest);
}

/** Checks a `DescribeResourcesDeleteProtection` request without throwing: every issue found, or the request typed. */
export function validateDescribeResourcesDeleteProtectionRequest(
  value: unknown,
): ValidationResult<DescribeResourcesDeleteProtectionRequest> {
  return resultOf<DescribeResourcesDeleteProtectionRequest>(value, checkDescribeResourcesDeleteProtectionRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeResourcesDeleteProtection` request. */
export function assertDescribeResourcesDeleteProtectionRequest(
  value: unknown,
): asserts value is DescribeResourcesDeleteProtectionRequest {
  assertValid(value, checkDescribeResourcesDeleteProtectionRequest);
}

/** Checks a `DescribeSubaccountK8sClusterUserConfig` request without throwing: every issue found, or the request typed. */
export function validateDescribeSubaccountK8sClusterUserConfigRequest(
  value: unknown,
): ValidationResult<DescribeSubaccountK8sClusterUserConfigRequest> {
  return resultOf<DescribeSubaccountK8sClusterUserConfigRequest>(
    value,
    checkDescribeSubaccountK8sClusterUserConfigRequest,
  );
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeSubaccountK8sClusterUserConfig` request. */
export function assertDescribeSubaccountK8sClusterUserConfigRequest(
  value: unknown,
): asserts value is DescribeSubaccountK8sClusterUserConfigRequest {
  assertValid(value, checkDescribeSubaccountK8sClusterUserConfigRequest);
}

/** Checks a `DescribeTaskInfo` request without throwing: every issue found, or the request typed. */
export function validateDescribeTaskInfoRequest(value: unknown): ValidationResult<DescribeTaskInfoRequest> {
  return resultOf<DescribeTaskInfoRequest>(value, checkDescribeTaskInfoRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTaskInfo` request. */
export function assertDescribeTaskInfoRequest(value: unknown): asserts value is DescribeTaskInfoRequest {
  assertValid(value, checkDescribeTaskInfoRequest);
}

/** Checks a `DescribeTemplateAttribute` request without throwing: every issue found, or the request typed. */
export function validateDescribeTemplateAttributeRequest(
  value: unknown,
): ValidationResult<DescribeTemplateAttributeRequest> {
  return resultOf<DescribeTemplateAttributeRequest>(value, checkDescribeTemplateAttributeRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTemplateAttribute` request. */
export function assertDescribeTemplateAttributeRequest(
  value: unknown,
): asserts value is DescribeTemplateAttributeRequest {
  assertValid(value, checkDescribeTemplateAttributeRequest);
}

/** Checks a `DescribeTemplates` request without throwing: every issue found, or the request typed. */
export function validateDescribeTemplatesRequest(value: unknown): ValidationResult<DescribeTemplatesRequest> {
  return resultOf<DescribeTemplatesRequest>(value, checkDescribeTemplatesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTemplates` request. */
export function assertDescribeTemplatesRequest(value: unknown): asserts value is DescribeTemplatesRequest {
  assertValid(value, checkDescribeTemplatesRequest);
}

/** Checks a `DescribeTrigger` request without throwing: every issue found, or the request typed. */
export function validateDescribeTriggerRequest(value: unknown): ValidationResult<DescribeTriggerRequest> {
  return resultOf<DescribeTriggerRequest>(value, checkDescribeTriggerRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTrigger` request. */
export function assertDescribeTriggerRequest(value: unknown): asserts value is DescribeTriggerRequest {
  assertValid(value, checkDescribeTriggerRequest);
}

/** Checks a `DescribeUserClusterNamespaces` request without throwing: every issue found, or the request typed. */
export function validateDescribeUserClusterNamespacesRequest(
  value: unknown,
): ValidationResult<DescribeUserClusterNamespacesRequest> {
  return resultOf<DescribeUserClusterNamespacesRequest>(value, checkDescribeUserClusterNamespacesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserClusterNamespaces` request. */
export function assertDescribeUserClusterNamespacesRequest(
  value: unknown,
): asserts value is DescribeUserClusterNamespacesRequest {
  assertValid(value, checkDescribeUserClusterNamespacesRequest);
}

/** Checks a `DescribeUserPermission` request without throwing: every issue found, or the request typed. */
export function validateDescribeUserPermissionRequest(value: unknown): ValidationResult<DescribeUserPermissionRequest> {
  return resultOf<DescribeUserPermissionRequest>(value, checkDescribeUserPermissionRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserPermission` request. */
export function assertDescribeUserPermissionRequest(value: unknown): asserts value is DescribeUserPermissionRequest {
  assertValid(value, checkDescribeUserPermissionRequest);
}

/** Checks a `DescribeUserQuota` request without throwing: every issue found, or the request typed. */
export function validateDescribeUserQuotaRequest(value: unknown): ValidationResult<DescribeUserQuotaRequest> {
  return resultOf<DescribeUserQuotaRequest>(value, checkDescribeUserQuotaRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserQuota` request. */
export function assertDescribeUserQuotaRequest(value: unknown): asserts value is DescribeUserQuotaRequest {
  assertValid(value, checkDescribeUserQuotaRequest);
}

/** Checks a `DescribeWorkflows` request without throwing: every issue found, or the request typed. */
export function validateDescribeWorkflowsRequest(value: unknown): ValidationResult<DescribeWorkflowsRequest> {
  return resultOf<DescribeWorkflowsRequest>(value, checkDescribeWorkflowsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeWorkflows` request. */
export function assertDescribeWorkflowsRequest(value: unknown): asserts value is DescribeWorkflowsRequest {
  assertValid(value, checkDescribeWorkflowsRequest);
}

/** Checks a `FixNodePoolVuls` request without throwing: every issue found, or the request typed. */
export function validateFixNodePoolVulsRequest(value: unknown): ValidationResult<FixNodePoolVulsRequest> {
  return resultOf<FixNodePoolVulsRequest>(value, checkFixNodePoolVulsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `FixNodePoolVuls` request. */
export function assertFixNodePoolVulsRequest(value: unknown): asserts value is FixNodePoolVulsRequest {
  assertValid(value, checkFixNodePoolVulsRequest);
}

/** Checks a `GetClusterAddonInstance` request without throwing: every issue found, or the request typed. */
export function validateGetClusterAddonInstanceRequest(
  value: unknown,
): ValidationResult<GetClusterAddonInstanceRequest> {
  return resultOf<GetClusterAddonInstanceRequest>(value, checkGetClusterAddonInstanceRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterAddonInstance` request. */
export function assertGetClusterAddonInstanceRequest(value: unknown): asserts value is GetClusterAddonInstanceRequest {
  assertValid(value, checkGetClusterAddonInstanceRequest);
}

/** Checks a `GetClusterAuditProject` request without throwing: every issue found, or the request typed. */
export function validateGetClusterAuditProjectRequest(value: unknown): ValidationResult<GetClusterAuditProjectRequest> {
  return resultOf<GetClusterAuditProjectRequest>(value, checkGetClusterAuditProjectRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterAuditProject` request. */
export function assertGetClusterAuditProjectRequest(value: unknown): asserts value is GetClusterAuditProjectRequest {
  assertValid(value, checkGetClusterAuditProjectRequest);
}

/** Checks a `GetClusterCheck` request without throwing: every issue found, or the request typed. */
export function validateGetClusterCheckRequest(value: unknown): ValidationResult<GetClusterCheckRequest> {
  return resultOf<GetClusterCheckRequest>(value, checkGetClusterCheckRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterCheck` request. */
export function assertGetClusterCheckRequest(value: unknown): asserts value is GetClusterCheckRequest {
  assertValid(value, checkGetClusterCheckRequest);
}

/** Checks a `GetClusterDiagnosisCheckItems` request without throwing: every issue found, or the request typed. */
export function validateGetClusterDiagnosisCheckItemsRequest(
  value: unknown,
): ValidationResult<GetClusterDiagnosisCheckItemsRequest> {
  return resultOf<GetClusterDiagnosisCheckItemsRequest>(value, checkGetClusterDiagnosisCheckItemsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterDiagnosisCheckItems` request. */
export function assertGetClusterDiagnosisCheckItemsRequest(
  value: unknown,
): asserts value is GetClusterDiagnosisCheckItemsRequest {
  assertValid(value, checkGetClusterDiagnosisCheckItemsRequest);
}

/** Checks a `GetClusterDiagnosisResult` request without throwing: every issue found, or the request typed. */
export function validateGetClusterDiagnosisResultRequest(
  value: unknown,
): ValidationResult<GetClusterDiagnosisResultRequest> {
  return resultOf<GetClusterDiagnosisResultRequest>(value, checkGetClusterDiagnosisResultRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterDiagnosisResult` request. */
export function assertGetClusterDiagnosisResultRequest(
  value: unknown,
): asserts value is GetClusterDiagnosisResultRequest {
  assertValid(value, checkGetClusterDiagnosisResultRequest);
}

/** Checks a `GetClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export function validateGetClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<GetClusterInspectConfigRequest> {
  return resultOf<GetClusterInspectConfigRequest>(value, checkGetClusterInspectConfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterInspectConfig` request. */
export function assertGetClusterInspectConfigRequest(value: unknown): asserts value is GetClusterInspectConfigRequest {
  assertValid(value, checkGetClusterInspectConfigRequest);
}

/** Checks a `GetClusterInspectReportDetail` request without throwing: every issue found, or the request typed. */
export function validateGetClusterInspectReportDetailRequest(
  value: unknown,
): ValidationResult<GetClusterInspectReportDetailRequest> {
  return resultOf<GetClusterInspectReportDetailRequest>(value, checkGetClusterInspectReportDetailRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterInspectReportDetail` request. */
export function assertGetClusterInspectReportDetailRequest(
  value: unknown,
): asserts value is GetClusterInspectReportDetailRequest {
  assertValid(value, checkGetClusterInspectReportDetailRequest);
}

/** Checks a `GetKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export function validateGetKubernetesTriggerRequest(value: unknown): ValidationResult<GetKubernetesTriggerRequest> {
  return resultOf<GetKubernetesTriggerRequest>(value, checkGetKubernetesTriggerRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetKubernetesTrigger` request. */
export function assertGetKubernetesTriggerRequest(value: unknown): asserts value is GetKubernetesTriggerRequest {
  assertValid(value, checkGetKubernetesTriggerRequest);
}

/** Checks a `GetUpgradeStatus` request without throwing: every issue found, or the request typed. */
export function validateGetUpgradeStatusRequest(value: unknown): ValidationResult<GetUpgradeStatusRequest> {
  return resultOf<GetUpgradeStatusRequest>(value, checkGetUpgradeStatusRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetUpgradeStatus` request. */
export function assertGetUpgradeStatusRequest(value: unknown): asserts value is GetUpgradeStatusRequest {
  assertValid(value, checkGetUpgradeStatusRequest);
}

/** Checks a `GrantPermissions` request without throwing: every issue found, or the request typed. */
export function validateGrantPermissionsRequest(value: unknown): ValidationResult<GrantPermissionsRequest> {
  return resultOf<GrantPermissionsRequest>(value, checkGrantPermissionsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GrantPermissions` request. */
export function assertGrantPermissionsRequest(value: unknown): asserts value is GrantPermissionsRequest {
  assertValid(value, checkGrantPermissionsRequest);
}

/** Checks a `InstallClusterAddons` request without throwing: every issue found, or the request typed. */
export function validateInstallClusterAddonsRequest(value: unknown): ValidationResult<InstallClusterAddonsRequest> {
  return resultOf<InstallClusterAddonsRequest>(value, checkInstallClusterAddonsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `InstallClusterAddons` request. */
export function assertInstallClusterAddonsRequest(value: unknown): asserts value is InstallClusterAddonsRequest {
  assertValid(value, checkInstallClusterAddonsRequest);
}

/** Checks a `ListAddons` request without throwing: every issue found, or the request typed. */
export function validateListAddonsRequest(value: unknown): ValidationResult<ListAddonsRequest> {
  return resultOf<ListAddonsRequest>(value, checkListAddonsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListAddons` request. */
export function assertListAddonsRequest(value: unknown): asserts value is ListAddonsRequest {
  assertValid(value, checkListAddonsRequest);
}

/** Checks a `ListClusterAddonInstances` request without throwing: every issue found, or the request typed. */
export function validateListClusterAddonInstancesRequest(
  value: unknown,
): ValidationResult<ListClusterAddonInstancesRequest> {
  return resultOf<ListClusterAddonInstancesRequest>(value, checkListClusterAddonInstancesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterAddonInstances` request. */
export function assertListClusterAddonInstancesRequest(
  value: unknown,
): asserts value is ListClusterAddonInstancesRequest {
  assertValid(value, checkListClusterAddonInstancesRequest);
}

/** Checks a `ListClusterChecks` request without throwing: every issue found, or the request typed. */
export function validateListClusterChecksRequest(value: unknown): ValidationResult<ListClusterChecksRequest> {
  return resultOf<ListClusterChecksRequest>(value, checkListClusterChecksRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterChecks` request. */
export function assertListClusterChecksRequest(value: unknown): asserts value is ListClusterChecksRequest {
  assertValid(value, checkListClusterChecksRequest);
}

/** Checks a `ListClusterInspectReports` request without throwing: every issue found, or the request typed. */
export function validateListClusterInspectReportsRequest(
  value: unknown,
): ValidationResult<ListClusterInspectReportsRequest> {
  return resultOf<ListClusterInspectReportsRequest>(value, checkListClusterInspectReportsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterInspectReports` request. */
export function assertListClusterInspectReportsRequest(
  value: unknown,
): asserts value is ListClusterInspectReportsRequest {
  assertValid(value, checkListClusterInspectReportsRequest);
}

/** Checks a `ListClusterKubeconfigStates` request without throwing: every issue found, or the request typed. */
export function validateListClusterKubeconfigStatesRequest(
  value: unknown,
): ValidationResult<ListClusterKubeconfigStatesRequest> {
  return resultOf<ListClusterKubeconfigStatesRequest>(value, checkListClusterKubeconfigStatesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterKubeconfigStates` request. */
export function assertListClusterKubeconfigStatesRequest(
  value: unknown,
): asserts value is ListClusterKubeconfigStatesRequest {
  assertValid(value, checkListClusterKubeconfigStatesRequest);
}

/** Checks a `ListOperationPlans` request without throwing: every issue found, or the request typed. */
export function validateListOperationPlansRequest(value: unknown): ValidationResult<ListOperationPlansRequest> {
  return resultOf<ListOperationPlansRequest>(value, checkListOperationPlansRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListOperationPlans` request. */
export function assertListOperationPlansRequest(value: unknown): asserts value is ListOperationPlansRequest {
  assertValid(value, checkListOperationPlansRequest);
}

/** Checks a `ListOperationPlansForRegion` request without throwing: every issue found, or the request typed. */
export function validateListOperationPlansForRegionRequest(
  value: unknown,
): ValidationResult<ListOperationPlansForRegionRequest> {
  return resultOf<ListOperationPlansForRegionRequest>(value, checkListOperationPlansForRegionRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListOperationPlansForRegion` request. */
export function assertListOperationPlansForRegionRequest(
  value: unknown,
): asserts value is ListOperationPlansForRegionRequest {
  assertValid(value, checkListOperationPlansForRegionRequest);
}

/** Checks a `ListTagResources` request without throwing: every issue found, or the request typed. */
export function validateListTagResourcesRequest(value: unknown): ValidationResult<ListTagResourcesRequest> {
  return resultOf<ListTagResourcesRequest>(value, checkListTagResourcesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListTagResources` request. */
export function assertListTagResourcesRequest(value: unknown): asserts value is ListTagResourcesRequest {
  assertValid(value, checkListTagResourcesRequest);
}

/** Checks a `ListUserKubeConfigStates` request without throwing: every issue found, or the request typed. */
export function validateListUserKubeConfigStatesRequest(
  value: unknown,
): ValidationResult<ListUserKubeConfigStatesRequest> {
  return resultOf<ListUserKubeConfigStatesRequest>(value, checkListUserKubeConfigStatesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListUserKubeConfigStates` request. */
export function assertListUserKubeConfigStatesRequest(
  value: unknown,
): asserts value is ListUserKubeConfigStatesRequest {
  assertValid(value, checkListUserKubeConfigStatesRequest);
}

/** Checks a `MigrateCluster` request without throwing: every issue found, or the request typed. */
export function validateMigrateClusterRequest(value: unknown): ValidationResult<MigrateClusterRequest> {
  return resultOf<MigrateClusterRequest>(value, checkMigrateClusterRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `MigrateCluster` request. */
export function assertMigrateClusterRequest(value: unknown): asserts value is MigrateClusterRequest {
  assertValid(value, checkMigrateClusterRequest);
}

/** Checks a `ModifyCluster` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterRequest(value: unknown): ValidationResult<ModifyClusterRequest> {
  return resultOf<ModifyClusterRequest>(value, checkModifyClusterRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyCluster` request. */
export function assertModifyClusterRequest(value: unknown): asserts value is ModifyClusterRequest {
  assertValid(value, checkModifyClusterRequest);
}

/** Checks a `ModifyClusterAddon` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterAddonRequest(value: unknown): ValidationResult<ModifyClusterAddonRequest> {
  return resultOf<ModifyClusterAddonRequest>(value, checkModifyClusterAddonRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterAddon` request. */
export function assertModifyClusterAddonRequest(value: unknown): asserts value is ModifyClusterAddonRequest {
  assertValid(value, checkModifyClusterAddonRequest);
}

/** Checks a `ModifyClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterNodePoolRequest(value: unknown): ValidationResult<ModifyClusterNodePoolRequest> {
  return resultOf<ModifyClusterNodePoolRequest>(value, checkModifyClusterNodePoolRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterNodePool` request. */
export function assertModifyClusterNodePoolRequest(value: unknown): asserts value is ModifyClusterNodePoolRequest {
  assertValid(value, checkModifyClusterNodePoolRequest);
}

/** Checks a `ModifyClusterTags` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterTagsRequest(value: unknown): ValidationResult<ModifyClusterTagsRequest> {
  return resultOf<ModifyClusterTagsRequest>(value, checkModifyClusterTagsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterTags` request. */
export function assertModifyClusterTagsRequest(value: unknown): asserts value is ModifyClusterTagsRequest {
  assertValid(value, checkModifyClusterTagsRequest);
}

/** Checks a `ModifyNodePoolNodeConfig` request without throwing: every issue found, or the request typed. */
export function validateModifyNodePoolNodeConfigRequest(
  value: unknown,
): ValidationResult<ModifyNodePoolNodeConfigRequest> {
  return resultOf<ModifyNodePoolNodeConfigRequest>(value, checkModifyNodePoolNodeConfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyNodePoolNodeConfig` request. */
export function assertModifyNodePoolNodeConfigRequest(
  value: unknown,
): asserts value is ModifyNodePoolNodeConfigRequest {
  assertValid(value, checkModifyNodePoolNodeConfigRequest);
}

/** Checks a `ModifyPolicyInstance` request without throwing: every issue found, or the request typed. */
export function validateModifyPolicyInstanceRequest(value: unknown): ValidationResult<ModifyPolicyInstanceRequest> {
  return resultOf<ModifyPolicyInstanceRequest>(value, checkModifyPolicyInstanceRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyPolicyInstance` request. */
export function assertModifyPolicyInstanceRequest(value: unknown): asserts value is ModifyPolicyInstanceRequest {
  assertValid(value, checkModifyPolicyInstanceRequest);
}

/** Checks a `OpenAckService` request without throwing: every issue found, or the request typed. */
export function validateOpenAckServiceRequest(value: unknown): ValidationResult<OpenAckServiceRequest> {
  return resultOf<OpenAckServiceRequest>(value, checkOpenAckServiceRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `OpenAckService` request. */
export function assertOpenAckServiceRequest(value: unknown): asserts value is OpenAckServiceRequest {
  assertValid(value, checkOpenAckServiceRequest);
}

/** Checks a `PauseClusterUpgrade` request without throwing: every issue found, or the request typed. */
export function validatePauseClusterUpgradeRequest(value: unknown): ValidationResult<PauseClusterUpgradeRequest> {
  return resultOf<PauseClusterUpgradeRequest>(value, checkPauseClusterUpgradeRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseClusterUpgrade` request. */
export function assertPauseClusterUpgradeRequest(value: unknown): asserts value is PauseClusterUpgradeRequest {
  assertValid(value, checkPauseClusterUpgradeRequest);
}

/** Checks a `PauseComponentUpgrade` request without throwing: every issue found, or the request typed. */
export function validatePauseComponentUpgradeRequest(value: unknown): ValidationResult<PauseComponentUpgradeRequest> {
  return resultOf<PauseComponentUpgradeRequest>(value, checkPauseComponentUpgradeRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseComponentUpgrade` request. */
export function assertPauseComponentUpgradeRequest(value: unknown): asserts value is PauseComponentUpgradeRequest {
  assertValid(value, checkPauseComponentUpgradeRequest);
}

/** Checks a `PauseTask` request without throwing: every issue found, or the request typed. */
export function validatePauseTaskRequest(value: unknown): ValidationResult<PauseTaskRequest> {
  return resultOf<PauseTaskRequest>(value, checkPauseTaskRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseTask` request. */
export function assertPauseTaskRequest(value: unknown): asserts value is PauseTaskRequest {
  assertValid(value, checkPauseTaskRequest);
}

/** Checks a `RemoveNodePoolNodes` request without throwing: every issue found, or the request typed. */
export function validateRemoveNodePoolNodesRequest(value: unknown): ValidationResult<RemoveNodePoolNodesRequest> {
  return resultOf<RemoveNodePoolNodesRequest>(value, checkRemoveNodePoolNodesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RemoveNodePoolNodes` request. */
export function assertRemoveNodePoolNodesRequest(value: unknown): asserts value is RemoveNodePoolNodesRequest {
  assertValid(value, checkRemoveNodePoolNodesRequest);
}

/** Checks a `RemoveWorkflow` request without throwing: every issue found, or the request typed. */
export function validateRemoveWorkflowRequest(value: unknown): ValidationResult<RemoveWorkflowRequest> {
  return resultOf<RemoveWorkflowRequest>(value, checkRemoveWorkflowRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RemoveWorkflow` request. */
export function assertRemoveWorkflowRequest(value: unknown): asserts value is RemoveWorkflowRequest {
  assertValid(value, checkRemoveWorkflowRequest);
}

/** Checks a `RepairClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateRepairClusterNodePoolRequest(value: unknown): ValidationResult<RepairClusterNodePoolRequest> {
  return resultOf<RepairClusterNodePoolRequest>(value, checkRepairClusterNodePoolRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RepairClusterNodePool` request. */
export function assertRepairClusterNodePoolRequest(value: unknown): asserts value is RepairClusterNodePoolRequest {
  assertValid(value, checkRepairClusterNodePoolRequest);
}

/** Checks a `ResumeComponentUpgrade` request without throwing: every issue found, or the request typed. */
export function validateResumeComponentUpgradeRequest(value: unknown): ValidationResult<ResumeComponentUpgradeRequest> {
  return resultOf<ResumeComponentUpgradeRequest>(value, checkResumeComponentUpgradeRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeComponentUpgrade` request. */
export function assertResumeComponentUpgradeRequest(value: unknown): asserts value is ResumeComponentUpgradeRequest {
  assertValid(value, checkResumeComponentUpgradeRequest);
}

/** Checks a `ResumeTask` request without throwing: every issue found, or the request typed. */
export function validateResumeTaskRequest(value: unknown): ValidationResult<ResumeTaskRequest> {
  return resultOf<ResumeTaskRequest>(value, checkResumeTaskRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeTask` request. */
export function assertResumeTaskRequest(value: unknown): asserts value is ResumeTaskRequest {
  assertValid(value, checkResumeTaskRequest);
}

/** Checks a `ResumeUpgradeCluster` request without throwing: every issue found, or the request typed. */
export function validateResumeUpgradeClusterRequest(value: unknown): ValidationResult<ResumeUpgradeClusterRequest> {
  return resultOf<ResumeUpgradeClusterRequest>(value, checkResumeUpgradeClusterRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeUpgradeCluster` request. */
export function assertResumeUpgradeClusterRequest(value: unknown): asserts value is ResumeUpgradeClusterRequest {
  assertValid(value, checkResumeUpgradeClusterRequest);
}

/** Checks a `RevokeK8sClusterKubeConfig` request without throwing: every issue found, or the request typed. */
export function validateRevokeK8sClusterKubeConfigRequest(
  value: unknown,
): ValidationResult<RevokeK8sClusterKubeConfigRequest> {
  return resultOf<RevokeK8sClusterKubeConfigRequest>(value, checkRevokeK8sClusterKubeConfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RevokeK8sClusterKubeConfig` request. */
export function assertRevokeK8sClusterKubeConfigRequest(
  value: unknown,
): asserts value is RevokeK8sClusterKubeConfigRequest {
  assertValid(value, checkRevokeK8sClusterKubeConfigRequest);
}

/** Checks a `RunClusterCheck` request without throwing: every issue found, or the request typed. */
export function validateRunClusterCheckRequest(value: unknown): ValidationResult<RunClusterCheckRequest> {
  return resultOf<RunClusterCheckRequest>(value, checkRunClusterCheckRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RunClusterCheck` request. */
export function assertRunClusterCheckRequest(value: unknown): asserts value is RunClusterCheckRequest {
  assertValid(value, checkRunClusterCheckRequest);
}

/** Checks a `RunClusterInspect` request without throwing: every issue found, or the request typed. */
export function validateRunClusterInspectRequest(value: unknown): ValidationResult<RunClusterInspectRequest> {
  return resultOf<RunClusterInspectRequest>(value, checkRunClusterInspectRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RunClusterInspect` request. */
export function assertRunClusterInspectRequest(value: unknown): asserts value is RunClusterInspectRequest {
  assertValid(value, checkRunClusterInspectRequest);
}

/** Checks a `ScaleClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateScaleClusterNodePoolRequest(value: unknown): ValidationResult<ScaleClusterNodePoolRequest> {
  return resultOf<ScaleClusterNodePoolRequest>(value, checkScaleClusterNodePoolRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ScaleClusterNodePool` request. */
export function assertScaleClusterNodePoolRequest(value: unknown): asserts value is ScaleClusterNodePoolRequest {
  assertValid(value, checkScaleClusterNodePoolRequest);
}

/** Checks a `ScanClusterVuls` request without throwing: every issue found, or the request typed. */
export function validateScanClusterVulsRequest(value: unknown): ValidationResult<ScanClusterVulsRequest> {
  return resultOf<ScanClusterVulsRequest>(value, checkScanClusterVulsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ScanClusterVuls` request. */
export function assertScanClusterVulsRequest(value: unknown): asserts value is ScanClusterVulsRequest {
  assertValid(value, checkScanClusterVulsRequest);
}

/** Checks a `StartAlert` request without throwing: every issue found, or the request typed. */
export function validateStartAlertRequest(value: unknown): ValidationResult<StartAlertRequest> {
  return resultOf<StartAlertRequest>(value, checkStartAlertRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StartAlert` request. */
export function assertStartAlertRequest(value: unknown): asserts value is StartAlertRequest {
  assertValid(value, checkStartAlertRequest);
}

/** Checks a `StartWorkflow` request without throwing: every issue found, or the request typed. */
export function validateStartWorkflowRequest(value: unknown): ValidationResult<StartWorkflowRequest> {
  return resultOf<StartWorkflowRequest>(value, checkStartWorkflowRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StartWorkflow` request. */
export function assertStartWorkflowRequest(value: unknown): asserts value is StartWorkflowRequest {
  assertValid(value, checkStartWorkflowRequest);
}

/** Checks a `StopAlert` request without throwing: every issue found, or the request typed. */
export function validateStopAlertRequest(value: unknown): ValidationResult<StopAlertRequest> {
  return resultOf<StopAlertRequest>(value, checkStopAlertRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StopAlert` request. */
export function assertStopAlertRequest(value: unknown): asserts value is StopAlertRequest {
  assertValid(value, checkStopAlertRequest);
}

/** Checks a `SyncClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateSyncClusterNodePoolRequest(value: unknown): ValidationResult<SyncClusterNodePoolRequest> {
  return resultOf<SyncClusterNodePoolRequest>(value, checkSyncClusterNodePoolRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `SyncClusterNodePool` request. */
export function assertSyncClusterNodePoolRequest(value: unknown): asserts value is SyncClusterNodePoolRequest {
  assertValid(value, checkSyncClusterNodePoolRequest);
}

/** Checks a `TagResources` request without throwing: every issue found, or the request typed. */
export function validateTagResourcesRequest(value: unknown): ValidationResult<TagResourcesRequest> {
  return resultOf<TagResourcesRequest>(value, checkTagResourcesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `TagResources` request. */
export function assertTagResourcesRequest(value: unknown): asserts value is TagResourcesRequest {
  assertValid(value, checkTagResourcesRequest);
}

/** Checks a `UnInstallClusterAddons` request without throwing: every issue found, or the request typed. */
export function validateUnInstallClusterAddonsRequest(value: unknown): ValidationResult<UnInstallClusterAddonsRequest> {
  return resultOf<UnInstallClusterAddonsRequest>(value, checkUnInstallClusterAddonsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UnInstallClusterAddons` request. */
export function assertUnInstallClusterAddonsRequest(value: unknown): asserts value is UnInstallClusterAddonsRequest {
  assertValid(value, checkUnInstallClusterAddonsRequest);
}

/** Checks a `UntagResources` request without throwing: every issue found, or the request typed. */
export function validateUntagResourcesRequest(value: unknown): ValidationResult<UntagResourcesRequest> {
  return resultOf<UntagResourcesRequest>(value, checkUntagResourcesRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UntagResources` request. */
export function assertUntagResourcesRequest(value: unknown): asserts value is UntagResourcesRequest {
  assertValid(value, checkUntagResourcesRequest);
}

/** Checks a `UpdateClusterAuditLogConfig` request without throwing: every issue found, or the request typed. */
export function validateUpdateClusterAuditLogConfigRequest(
  value: unknown,
): ValidationResult<UpdateClusterAuditLogConfigRequest> {
  return resultOf<UpdateClusterAuditLogConfigRequest>(value, checkUpdateClusterAuditLogConfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateClusterAuditLogConfig` request. */
export function assertUpdateClusterAuditLogConfigRequest(
  value: unknown,
): asserts value is UpdateClusterAuditLogConfigRequest {
  assertValid(value, checkUpdateClusterAuditLogConfigRequest);
}

/** Checks a `UpdateClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export function validateUpdateClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<UpdateClusterInspectConfigRequest> {
  return resultOf<UpdateClusterInspectConfigRequest>(value, checkUpdateClusterInspectConfigRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateClusterInspectConfig` request. */
export function assertUpdateClusterInspectConfigRequest(
  value: unknown,
): asserts value is UpdateClusterInspectConfigRequest {
  assertValid(value, checkUpdateClusterInspectConfigRequest);
}

/** Checks a `UpdateContactGroupForAlert` request without throwing: every issue found, or the request typed. */
export function validateUpdateContactGroupForAlertRequest(
  value: unknown,
): ValidationResult<UpdateContactGroupForAlertRequest> {
  return resultOf<UpdateContactGroupForAlertRequest>(value, checkUpdateContactGroupForAlertRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateContactGroupForAlert` request. */
export function assertUpdateContactGroupForAlertRequest(
  value: unknown,
): asserts value is UpdateContactGroupForAlertRequest {
  assertValid(value, checkUpdateContactGroupForAlertRequest);
}

/** Checks a `UpdateControlPlaneLog` request without throwing: every issue found, or the request typed. */
export function validateUpdateControlPlaneLogRequest(value: unknown): ValidationResult<UpdateControlPlaneLogRequest> {
  return resultOf<UpdateControlPlaneLogRequest>(value, checkUpdateControlPlaneLogRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateControlPlaneLog` request. */
export function assertUpdateControlPlaneLogRequest(value: unknown): asserts value is UpdateControlPlaneLogRequest {
  assertValid(value, checkUpdateControlPlaneLogRequest);
}

/** Checks a `UpdateK8sClusterUserConfigExpire` request without throwing: every issue found, or the request typed. */
export function validateUpdateK8sClusterUserConfigExpireRequest(
  value: unknown,
): ValidationResult<UpdateK8sClusterUserConfigExpireRequest> {
  return resultOf<UpdateK8sClusterUserConfigExpireRequest>(value, checkUpdateK8sClusterUserConfigExpireRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateK8sClusterUserConfigExpire` request. */
export function assertUpdateK8sClusterUserConfigExpireRequest(
  value: unknown,
): asserts value is UpdateK8sClusterUserConfigExpireRequest {
  assertValid(value, checkUpdateK8sClusterUserConfigExpireRequest);
}

/** Checks a `UpdateResourcesDeleteProtection` request without throwing: every issue found, or the request typed. */
export function validateUpdateResourcesDeleteProtectionRequest(
  value: unknown,
): ValidationResult<UpdateResourcesDeleteProtectionRequest> {
  return resultOf<UpdateResourcesDeleteProtectionRequest>(value, checkUpdateResourcesDeleteProtectionRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateResourcesDeleteProtection` request. */
export function assertUpdateResourcesDeleteProtectionRequest(
  value: unknown,
): asserts value is UpdateResourcesDeleteProtectionRequest {
  assertValid(value, checkUpdateResourcesDeleteProtectionRequest);
}

/** Checks a `UpdateTemplate` request without throwing: every issue found, or the request typed. */
export function validateUpdateTemplateRequest(value: unknown): ValidationResult<UpdateTemplateRequest> {
  return resultOf<UpdateTemplateRequest>(value, checkUpdateTemplateRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateTemplate` request. */
export function assertUpdateTemplateRequest(value: unknown): asserts value is UpdateTemplateRequest {
  assertValid(value, checkUpdateTemplateRequest);
}

/** Checks a `UpdateUserPermissions` request without throwing: every issue found, or the request typed. */
export function validateUpdateUserPermissionsRequest(value: unknown): ValidationResult<UpdateUserPermissionsRequest> {
  return resultOf<UpdateUserPermissionsRequest>(value, checkUpdateUserPermissionsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateUserPermissions` request. */
export function assertUpdateUserPermissionsRequest(value: unknown): asserts value is UpdateUserPermissionsRequest {
  assertValid(value, checkUpdateUserPermissionsRequest);
}

/** Checks a `UpgradeCluster` request without throwing: every issue found, or the request typed. */
export function validateUpgradeClusterRequest(value: unknown): ValidationResult<UpgradeClusterRequest> {
  return resultOf<UpgradeClusterRequest>(value, checkUpgradeClusterRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeCluster` request. */
export function assertUpgradeClusterRequest(value: unknown): asserts value is UpgradeClusterRequest {
  assertValid(value, checkUpgradeClusterRequest);
}

/** Checks a `UpgradeClusterAddons` request without throwing: every issue found, or the request typed. */
export function validateUpgradeClusterAddonsRequest(value: unknown): ValidationResult<UpgradeClusterAddonsRequest> {
  return resultOf<UpgradeClusterAddonsRequest>(value, checkUpgradeClusterAddonsRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeClusterAddons` request. */
export function assertUpgradeClusterAddonsRequest(value: unknown): asserts value is UpgradeClusterAddonsRequest {
  assertValid(value, checkUpgradeClusterAddonsRequest);
}

/** Checks a `UpgradeClusterNodepool` request without throwing: every issue found, or the request typed. */
export function validateUpgradeClusterNodepoolRequest(value: unknown): ValidationResult<UpgradeClusterNodepoolRequest> {
  return resultOf<UpgradeClusterNodepoolRequest>(value, checkUpgradeClusterNodepoolRequest);
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeClusterNodepool` request. */
export function assertUpgradeClusterNodepoolRequest(value: unknown): asserts value is UpgradeClusterNodepoolRequest {
  assertValid(value, checkUpgradeClusterNodepoolRequest);
}

/** A JSON Pointer reference token: a property name or an array index. */
type Token = string | number;
/** One validation: the issues found so far and the path tokens (from the request root) of the value being checked. */
interface Run {
  readonly issues: ValidationIssue[];
  readonly path: Token[];
}

/** Checks the value whose path is the first `depth` tokens of `run.path`. */
type Check = (value: unknown, run: Run, depth: number) => void;
/** The own values of the fields an object declares, read in one pass over its keys. */
interface Fields {
  readonly run: Run;
  /** Path tokens of the object in `run.path`. */
  readonly depth: number;
  /** Own value of each declared (or rule-named) field, in declaration order; undefined when absent. */
  readonly values: unknown[];
  readonly names: readonly string[];
  /** Own keys that are not declared, in key order (shared between reads: never changed). */
  readonly unknown: readonly string[] | undefined;
}

function issuesOf(value: unknown, check: Check): ValidationIssue[] {
  const run: Run = { issues: [], path: [] };
  check(value, run, 0);
  return run.issues;
}

function resultOf<T>(value: unknown, check: Check): ValidationResult<T> {
  const issues = issuesOf(value, check);
  return issues.length === 0 ? { ok: true, value: value as T } : { ok: false, issues };
}

function assertValid(value: unknown, check: Check): void {
  const issues = issuesOf(value, check);
  if (issues.length > 0) throw new ValidationError(issues);
}

function pointerToken(token: Token): Token {
  if (typeof token === 'number' || (token.indexOf('~') === -1 && token.indexOf('/') === -1)) return token;
  return escapePointerToken(token);
}

/** Adds an issue at the first `depth` tokens of the path, then `last` when given. Returns false, for `||` chains. */
function report(run: Run, depth: number, code: string, message: string, last?: Token): false {
  let path = '';
  for (let i = 0; i < depth; i++) path += '/' + pointerToken(run.path[i] ?? '');
  if (last !== undefined) path += '/' + pointerToken(last);
  run.issues.push({ path, code, message });
  return false;
}

/** Adds an issue at field `i` of an object. */
function fieldReport(f: Fields, i: number, code: string, message: string): false {
  return report(f.run, f.depth, code, message, f.names[i]);
}

/** The JSON type of a value for messages, never the value itself. */
function kindOf(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'a non-finite number';
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return 'an integer beyond 2^53-1 in magnitude';
  }
  return jsonTypeOf(value);
}

/** The message of a `type` issue: what was expected and the JSON type found. */
function expected(type: string, value: unknown, suffix = ''): string {
  return 'expected ' + type + ', got ' + kindOf(value) + suffix;
}

/** How `fieldsOf` reads the objects of one type. */
interface FieldIndex {
  /** Field names (declared ones first, then names only rules read), in order. */
  readonly names: string[];
  readonly positions: Map<string, number>;
  /** Fields from this position on are read for rules but are not declared. */
  readonly declared: number;
  /**
   * The own keys of the last object read, the position of each (-1: not a field) and the undeclared ones: objects
   * of one type usually come with the same keys in the same order, which then need no lookup.
   */
  keys: string[];
  keyPositions: number[];
  unknown: string[] | undefined;
}

/** The `FieldIndex` of each object type, by the list of names `fieldsOf` is given (built on first use). */
const FIELD_INDEXES = new Map<string, FieldIndex>();
/**
 * Reads the own fields of `value` named by `list` (the names, each preceded by the separator `list[0]`); names
 * from position `declared` on are read for rules but count as unknown. Reports a value that is not an object.
 */
function fieldsOf(value: unknown, run: Run, depth: number, list: string, declared = Infinity): Fields | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(run, depth, 'type', expected('object', value));
    return undefined;
  }
  const index = FIELD_INDEXES.get(list) ?? fieldIndex(list, declared);
  const object = value as Record<string, unknown>;
  const values = new Array<unknown>(index.names.length);
  const { keys, keyPositions } = index;
  let count = 0;
  for (const key in object) {
    if (!hasOwn.call(object, key)) continue;
    if (keys[count] !== key) return fieldsByLookup(object, run, depth, index);
    const position = keyPositions[count++] as number;
    if (position >= 0) values[position] = object[key];
  }
  if (count !== keys.length) return fieldsByLookup(object, run, depth, index);
  return { run, depth, values, names: index.names, unknown: index.unknown };
}

const hasOwn = Object.prototype.hasOwnProperty;

function fieldIndex(list: string, declared: number): FieldIndex {
  const names = list === '' ? [] : list.slice(1).split(list.charAt(0));
  const index: FieldIndex = {
    names,
    positions: new Map(names.map((name, position) => [name, position])),
    declared,
    keys: [],
    keyPositions: [],
    unknown: undefined,
  };
  FIELD_INDEXES.set(list, index);
  return index;
}

/** `fieldsOf` for an object whose keys differ from the last one's: looks each key up, and remembers them. */
function fieldsByLookup(object: Record<string, unknown>, run: Run, depth: number, index: FieldIndex): Fields {
  const values = new Array<unknown>(index.names.length);
  const keys = Object.keys(object);
  const keyPositions: number[] = [];
  let unknown: string[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const position = index.positions.get(key) ?? -1;
    keyPositions.push(position);
    if (position >= 0) values[position] = object[key];
    if (position < 0 || position >= index.declared) (unknown ??= []).push(key);
  }
  index.keys = keys;
  index.keyPositions = keyPositions;
  index.unknown = unknown;
  return { run, depth, values, names: index.names, unknown };
}

/** Whether field `i` is present; reports it missing when not. */
function requiredField(f: Fields, i: number): boolean {
  return f.values[i] !== undefined || fieldReport(f, i, 'required', 'is required');
}

/** Whether field `i` is a string; reports any other present value. */
function stringField(f: Fields, i: number): boolean {
  const value = f.values[i];
  return typeof value === 'string' || (value !== undefined && fieldReport(f, i, 'type', expected('string', value)));
}

/** Whether field `i` is a safe integer; reports any other present value. */
function integerField(f: Fields, i: number): boolean {
  const value = f.values[i];
  return Number.isSafeInteger(value) || (value !== undefined && fieldReport(f, i, 'type', expected('integer', value)));
}

/** Whether field `i` is a finite number; reports any other present value. */
function numberField(f: Fields, i: number): boolean {
  const value = f.values[i];
  return Number.isFinite(value) || (value !== undefined && fieldReport(f, i, 'type', expected('number', value)));
}

/** Whether field `i` is a boolean; reports any other present value. */
function booleanField(f: Fields, i: number): boolean {
  const value = f.values[i];
  return typeof value === 'boolean' || (value !== undefined && fieldReport(f, i, 'type', expected('boolean', value)));
}

/** Whether field `i` is a JSON object; reports any other present value. */
function objectField(f: Fields, i: number): boolean {
  const value = f.values[i];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
  return value !== undefined && fieldReport(f, i, 'type', expected('object', value));
}

/** Checks field `i`, when present, with the check function of its type. */
function nested(f: Fields, i: number, check: Check): void {
  const value = f.values[i];
  if (value === undefined) return;
  f.run.path[f.depth] = f.names[i] as string;
  check(value, f.run, f.depth + 1);
}

/** Field `i` when it is an array (its length checked), else undefined; reports any other present value. */
function arrayField(f: Fields, i: number, minItems = 0, maxItems = Infinity): readonly unknown[] | undefined {
  const value = f.values[i];
  if (!Array.isArray(value)) {
    if (value !== undefined) fieldReport(f, i, 'type', expected('array', value));
    return undefined;
  }
  if (value.length < minItems)
    fieldReport(f, i, 'min_items', 'must have at least ' + minItems + (minItems === 1 ? ' item' : ' items'));
  if (value.length > maxItems)
    fieldReport(f, i, 'max_items', 'must have at most ' + maxItems + (maxItems === 1 ? ' item' : ' items'));
  return value;
}

/** Checks that field `i`, when present, is an array of strings. */
function stringsField(f: Fields, i: number, minItems?: number, maxItems?: number): void {
  const items = arrayField(f, i, minItems, maxItems);
  if (items === undefined) return;
  for (let j = 0; j < items.length; j++) {
    const item = items[j];
    if (typeof item !== 'string') {
      f.run.path[f.depth] = f.names[i] as string;
      report(f.run, f.depth + 1, 'type', expected('string', item), j);
    }
  }
}

/** Checks that field `i`, when present, is an array, each item with the check function of its type. */
function objectsField(f: Fields, i: number, check: Check, minItems?: number, maxItems?: number): void {
  const items = arrayField(f, i, minItems, maxItems);
  if (items === undefined) return;
  const { run, depth } = f;
  run.path[depth] = f.names[i] as string;
  for (let j = 0; j < items.length; j++) {
    run.path[depth + 1] = j;
    check(items[j], run, depth + 2);
  }
}

/** Checks that field `i` (of the right type) is one of a closed list of values. */
function oneOf(f: Fields, i: number, values: readonly (string | number)[]): void {
  if (!values.includes(f.values[i] as string | number))
    fieldReport(f, i, 'enum', 'must be one of ' + values.map((v) => JSON.stringify(v)).join(', '));
}

function minimum(f: Fields, i: number, bound: number): void {
  if ((f.values[i] as number) < bound) fieldReport(f, i, 'minimum', 'must be greater than or equal to ' + bound);
}

function maximum(f: Fields, i: number, bound: number): void {
  if ((f.values[i] as number) > bound) fieldReport(f, i, 'maximum', 'must be less than or equal to ' + bound);
}

/** Checks a string field's length in code points (UTF-16 length ≥ code points ≥ half of it: counted only when those bounds cannot decide). */
function minLength(f: Fields, i: number, min: number): void {
  const value = f.values[i] as string;
  if (value.length < min || (value.length < 2 * min && codePointLength(value) < min))
    fieldReport(f, i, 'min_length', 'must be at least ' + min + (min === 1 ? ' character' : ' characters') + ' long');
}

function maxLength(f: Fields, i: number, max: number): void {
  const value = f.values[i] as string;
  if (value.length > max && codePointLength(value) > max)
    fieldReport(f, i, 'max_length', 'must be at most ' + max + (max === 1 ? ' character' : ' characters') + ' long');
}

/** One `unknown_property` issue per own key a closed object does not declare. */
function unknownProperties(f: Fields, typeName: string): void {
  const keys = f.unknown;
  if (keys === undefined) return;
  for (let i = 0; i < keys.length; i++)
    report(f.run, f.depth, 'unknown_property', 'is not a property of ' + typeName, keys[i]);
}

/** `x-rules` `lessOrEqual`: field `left` must not exceed field `right` when both are numbers. */
function lessOrEqual(f: Fields, left: number, right: number): void {
  const a = f.values[left];
  const b = f.values[right];
  if (typeof a === 'number' && typeof b === 'number' && a > b)
    fieldReport(f, left, 'less_or_equal', 'must be less than or equal to ' + f.names[right]);
}

const VALUES1: readonly string[] = ['namespaces', 'services'];
const VALUES2: readonly string[] = ['delete', 'patch', 'apply'];
const VALUES3: readonly string[] = ['ipv4', 'dual'];
const VALUES4: readonly string[] = ['static', 'none'];
const VALUES5: readonly string[] = ['PrePaid', 'PostPaid'];
const VALUES6: readonly string[] = ['Month', 'Week'];
const VALUES7: readonly number[] = [1, 2, 3, 4];
const VALUES8: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60];
const VALUES9: readonly number[] = [1, 2, 3, 6, 12];
const VALUES10: readonly string[] = ['PrivatePoolOnly', 'PrivatePoolFirst', 'None'];
const VALUES11: readonly string[] = ['true', 'false'];
const VALUES12: readonly string[] = ['optional', 'required'];
const VALUES13: readonly string[] = ['append', 'overwrite'];
const PATTERN1 = new RegExp('^[^-]', 'u');
const VALUES14: readonly string[] = ['PrivatePoolFirst', 'PrivatePoolOnly', 'None'];
const VALUES15: readonly string[] = ['NoSchedule', 'NoExecute', 'PreferNoSchedule'];
const VALUES16: readonly string[] = ['services', 'namespaces'];
const VALUES17: readonly string[] = ['FirstBatch', 'EveryBatch', 'NotPause'];

function checkAttachInstancesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  if (requiredField(f, 1)) {
    // "body"
    nested(f, 1, checkAttachInstancesBody);
  }

  unknownProperties(f, 'AttachInstancesRequest');
}

function checkAttachInstancesToNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  requiredField(f, 1) && stringField(f, 1); // "NodepoolId"
  nested(f, 2, checkAttachInstancesToNodePoolBody); // "body"
  unknownProperties(f, 'AttachInstancesToNodePoolRequest');
}

function checkCancelClusterUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'CancelClusterUpgradeRequest');
}

function checkCancelComponentUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterId componentId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterId"
  requiredField(f, 1) && stringField(f, 1); // "componentId"
  unknownProperties(f, 'CancelComponentUpgradeRequest');
}

function checkCancelOperationPlanRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' plan_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "plan_id"
  unknownProperties(f, 'CancelOperationPlanRequest');
}

function checkCancelTaskRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' task_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "task_id"
  unknownProperties(f, 'CancelTaskRequest');
}

function checkCancelWorkflowRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' workflowName body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "workflowName"
  if (requiredField(f, 1)) {
    // "body"
    nested(f, 1, checkCancelWorkflowBody);
  }

  unknownProperties(f, 'CancelWorkflowRequest');
}

function checkCheckControlPlaneLogEnableRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'CheckControlPlaneLogEnableRequest');
}

function checkCheckServiceRoleRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' body');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "body"
    nested(f, 0, checkCheckServiceRoleBody);
  }

  unknownProperties(f, 'CheckServiceRoleRequest');
}

function checkCleanClusterUserPermissionsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId Uid Force');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  requiredField(f, 1) && stringField(f, 1); // "Uid"
  booleanField(f, 2); // "Force"
  unknownProperties(f, 'CleanClusterUserPermissionsRequest');
}

function checkCleanUserPermissionsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' Uid Force ClusterIds');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "Uid"
  booleanField(f, 1); // "Force"
  stringsField(f, 2); // "ClusterIds"
  unknownProperties(f, 'CleanUserPermissionsRequest');
}

function checkCreateAutoscalingConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkCreateAutoscalingConfigBody); // "body"
  unknownProperties(f, 'CreateAutoscalingConfigRequest');
}

function checkCreateClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' body');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "body"
    nested(f, 0, checkCreateClusterBody);
  }

  unknownProperties(f, 'CreateClusterRequest');
}

function checkCreateClusterDiagnosisRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  nested(f, 1, checkCreateClusterDiagnosisBody); // "body"
  unknownProperties(f, 'CreateClusterDiagnosisRequest');
}

function checkCreateClusterInspectConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterId"
  if (requiredField(f, 1)) {
    // "body"
    nested(f, 1, checkCreateClusterInspectConfigBody);
  }

  unknownProperties(f, 'CreateClusterInspectConfigRequest');
}

function checkCreateClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  if (requiredField(f, 0) && stringField(f, 0)) {
    // "ClusterId"
    minLength(f, 0, 1);
  }

  nested(f, 1, checkCreateClusterNodePoolBody); // "body"
  unknownProperties(f, 'CreateClusterNodePoolRequest');
}

function checkCreateKubernetesTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' body');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "body"
    nested(f, 0, checkCreateKubernetesTriggerBody);
  }

  unknownProperties(f, 'CreateKubernetesTriggerRequest');
}

function checkCreateTemplateRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' body');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "body"
    nested(f, 0, checkCreateTemplateBody);
  }

  unknownProperties(f, 'CreateTemplateRequest');
}

function checkCreateTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  if (requiredField(f, 1)) {
    // "body"
    nested(f, 1, checkCreateTriggerBody);
  }

  unknownProperties(f, 'CreateTriggerRequest');
}

function checkDeleteAlertContactRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' contact_ids');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "contact_ids"
    const a1 = arrayField(f, 0);
    if (a1 !== undefined) {
      for (let i1 = 0; i1 < a1.length; i1++) {
        const e1 = a1[i1];
        f.run.path[f.depth] = f.names[0] as string;
        f.run.path[f.depth + 1] = i1;
        if (typeof e1 !== 'number' || !Number.isSafeInteger(e1)) {
          report(f.run, f.depth + 2, 'type', expected('integer', e1));
        }
      }
    }
  }

  unknownProperties(f, 'DeleteAlertContactRequest');
}

function checkDeleteAlertContactGroupRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' contact_group_ids');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "contact_group_ids"
    const a2 = arrayField(f, 0);
    if (a2 !== undefined) {
      for (let i2 = 0; i2 < a2.length; i2++) {
        const e2 = a2[i2];
        f.run.path[f.depth] = f.names[0] as string;
        f.run.path[f.depth + 1] = i2;
        if (typeof e2 !== 'number' || !Number.isSafeInteger(e2)) {
          report(f.run, f.depth + 2, 'type', expected('integer', e2));
        }
      }
    }
  }

  unknownProperties(f, 'DeleteAlertContactGroupRequest');
}

function checkDeleteClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId retain_all_resources keep_slb retain_resources delete_options');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  booleanField(f, 1); // "retain_all_resources"
  booleanField(f, 2); // "keep_slb"
  stringsField(f, 3); // "retain_resources"
  objectsField(f, 4, checkDeleteClusterDeleteOptionsItem); // "delete_options"
  unknownProperties(f, 'DeleteClusterRequest');
}

function checkDeleteClusterInspectConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterId"
  unknownProperties(f, 'DeleteClusterInspectConfigRequest');
}

function checkDeleteClusterNodepoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolId force');
  if (f === undefined) return;
  if (requiredField(f, 0) && stringField(f, 0)) {
    // "ClusterId"
    minLength(f, 0, 1);
  }

  if (requiredField(f, 1) && stringField(f, 1)) {
    // "NodepoolId"
    minLength(f, 1, 1);
  }

  booleanField(f, 2); // "force"
  unknownProperties(f, 'DeleteClusterNodepoolRequest');
}

function checkDeleteClusterNodesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  if (requiredField(f, 1)) {
    // "body"
    nested(f, 1, checkDeleteClusterNodesBody);
  }

  unknownProperties(f, 'DeleteClusterNodesRequest');
}

function checkDeleteKubernetesTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' Id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "Id"
  unknownProperties(f, 'DeleteKubernetesTriggerRequest');
}

function checkDeletePolicyInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id policy_name instance_name');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "policy_name"
  stringField(f, 2); // "instance_name"
  unknownProperties(f, 'DeletePolicyInstanceRequest');
}

function checkDeleteTemplateRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' TemplateId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "TemplateId"
  unknownProperties(f, 'DeleteTemplateRequest');
}

function checkDeleteTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id Id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "Id"
  unknownProperties(f, 'DeleteTriggerRequest');
}

function checkDeployPolicyInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id policy_name body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "policy_name"
  nested(f, 2, checkDeployPolicyInstanceBody); // "body"
  unknownProperties(f, 'DeployPolicyInstanceRequest');
}

function checkDescirbeWorkflowRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' workflowName');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "workflowName"
  unknownProperties(f, 'DescirbeWorkflowRequest');
}

function checkDescribeAddonRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' addon_name region_id cluster_type profile cluster_spec cluster_version cluster_id version',
  );
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "addon_name"
  stringField(f, 1); // "region_id"
  stringField(f, 2); // "cluster_type"
  stringField(f, 3); // "profile"
  stringField(f, 4); // "cluster_spec"
  stringField(f, 5); // "cluster_version"
  stringField(f, 6); // "cluster_id"
  stringField(f, 7); // "version"
  unknownProperties(f, 'DescribeAddonRequest');
}

function checkDescribeAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' region cluster_type cluster_profile cluster_spec cluster_version');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "region"
  stringField(f, 1); // "cluster_type"
  stringField(f, 2); // "cluster_profile"
  stringField(f, 3); // "cluster_spec"
  stringField(f, 4); // "cluster_version"
  unknownProperties(f, 'DescribeAddonsRequest');
}

function checkDescribeClusterAddonInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterID AddonName');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterID"
  requiredField(f, 1) && stringField(f, 1); // "AddonName"
  unknownProperties(f, 'DescribeClusterAddonInstanceRequest');
}

function checkDescribeClusterAddonMetadataRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id component_id version');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "component_id"
  stringField(f, 2); // "version"
  unknownProperties(f, 'DescribeClusterAddonMetadataRequest');
}

function checkDescribeClusterAddonUpgradeStatusRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId ComponentId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  requiredField(f, 1) && stringField(f, 1); // "ComponentId"
  unknownProperties(f, 'DescribeClusterAddonUpgradeStatusRequest');
}

function checkDescribeClusterAddonsUpgradeStatusRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId componentIds');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  if (requiredField(f, 1)) {
    // "componentIds"
    stringsField(f, 1);
  }

  unknownProperties(f, 'DescribeClusterAddonsUpgradeStatusRequest');
}

function checkDescribeClusterAddonsVersionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'DescribeClusterAddonsVersionRequest');
}

function checkDescribeClusterAttachScriptsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkDescribeClusterAttachScriptsBody); // "body"
  unknownProperties(f, 'DescribeClusterAttachScriptsRequest');
}

function checkDescribeClusterDetailRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'DescribeClusterDetailRequest');
}

function checkDescribeClusterEventsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId page_size page_number task_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  integerField(f, 1); // "page_size"
  integerField(f, 2); // "page_number"
  stringField(f, 3); // "task_id"
  unknownProperties(f, 'DescribeClusterEventsRequest');
}

function checkDescribeClusterLogsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'DescribeClusterLogsRequest');
}

function checkDescribeClusterNodePoolDetailRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolId');
  if (f === undefined) return;
  if (requiredField(f, 0) && stringField(f, 0)) {
    // "ClusterId"
    minLength(f, 0, 1);
  }

  if (requiredField(f, 1) && stringField(f, 1)) {
    // "NodepoolId"
    minLength(f, 1, 1);
  }

  unknownProperties(f, 'DescribeClusterNodePoolDetailRequest');
}

function checkDescribeClusterNodePoolsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolName');
  if (f === undefined) return;
  if (requiredField(f, 0) && stringField(f, 0)) {
    // "ClusterId"
    minLength(f, 0, 1);
  }

  stringField(f, 1); // "NodepoolName"
  unknownProperties(f, 'DescribeClusterNodePoolsRequest');
}

function checkDescribeClusterNodesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId instanceIds nodepool_id state pageSize pageNumber');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  stringField(f, 1); // "instanceIds"
  stringField(f, 2); // "nodepool_id"
  stringField(f, 3); // "state"
  stringField(f, 4); // "pageSize"
  stringField(f, 5); // "pageNumber"
  unknownProperties(f, 'DescribeClusterNodesRequest');
}

function checkDescribeClusterResourcesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId with_addon_resources');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  booleanField(f, 1); // "with_addon_resources"
  unknownProperties(f, 'DescribeClusterResourcesRequest');
}

function checkDescribeClusterTasksRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id page_size page_number');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  if (integerField(f, 1)) {
    // "page_size"
    const v81 = f.values[1] as number;
    if (!(v81 >= -2147483648 && v81 <= 2147483647)) {
      fieldReport(f, 1, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  if (integerField(f, 2)) {
    // "page_number"
    const v82 = f.values[2] as number;
    if (!(v82 >= -2147483648 && v82 <= 2147483647)) {
      fieldReport(f, 2, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  unknownProperties(f, 'DescribeClusterTasksRequest');
}

function checkDescribeClusterUserKubeconfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId PrivateIpAddress TemporaryDurationMinutes');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  booleanField(f, 1); // "PrivateIpAddress"
  integerField(f, 2); // "TemporaryDurationMinutes"
  unknownProperties(f, 'DescribeClusterUserKubeconfigRequest');
}

function checkDescribeClusterV2UserKubeconfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId PrivateIpAddress TemporaryDurationMinutes');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  booleanField(f, 1); // "PrivateIpAddress"
  integerField(f, 2); // "TemporaryDurationMinutes"
  unknownProperties(f, 'DescribeClusterV2UserKubeconfigRequest');
}

function checkDescribeClusterVulsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  unknownProperties(f, 'DescribeClusterVulsRequest');
}

function checkDescribeClustersRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name clusterType resource_group_id');
  if (f === undefined) return;
  stringField(f, 0); // "name"
  stringField(f, 1); // "clusterType"
  stringField(f, 2); // "resource_group_id"
  unknownProperties(f, 'DescribeClustersRequest');
}

function checkDescribeClustersForRegionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' name cluster_type page_size page_number profile cluster_spec cluster_id region_id',
  );
  if (f === undefined) return;
  stringField(f, 0); // "name"
  stringField(f, 1); // "cluster_type"
  integerField(f, 2); // "page_size"
  integerField(f, 3); // "page_number"
  stringField(f, 4); // "profile"
  stringField(f, 5); // "cluster_spec"
  stringField(f, 6); // "cluster_id"
  requiredField(f, 7) && stringField(f, 7); // "region_id"
  unknownProperties(f, 'DescribeClustersForRegionRequest');
}

function checkDescribeClustersV1Request(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' name cluster_type page_size page_number profile cluster_spec region_id cluster_id',
  );
  if (f === undefined) return;
  stringField(f, 0); // "name"
  stringField(f, 1); // "cluster_type"
  integerField(f, 2); // "page_size"
  integerField(f, 3); // "page_number"
  stringField(f, 4); // "profile"
  stringField(f, 5); // "cluster_spec"
  stringField(f, 6); // "region_id"
  stringField(f, 7); // "cluster_id"
  unknownProperties(f, 'DescribeClustersV1Request');
}

function checkDescribeEventsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id type page_size page_number');
  if (f === undefined) return;
  stringField(f, 0); // "cluster_id"
  stringField(f, 1); // "type"
  integerField(f, 2); // "page_size"
  integerField(f, 3); // "page_number"
  unknownProperties(f, 'DescribeEventsRequest');
}

function checkDescribeEventsForRegionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id page_size page_number region_id');
  if (f === undefined) return;
  stringField(f, 0); // "cluster_id"
  integerField(f, 1); // "page_size"
  integerField(f, 2); // "page_number"
  requiredField(f, 3) && stringField(f, 3); // "region_id"
  unknownProperties(f, 'DescribeEventsForRegionRequest');
}

function checkDescribeExternalAgentRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId PrivateIpAddress AgentMode');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  stringField(f, 1); // "PrivateIpAddress"
  stringField(f, 2); // "AgentMode"
  unknownProperties(f, 'DescribeExternalAgentRequest');
}

function checkDescribeKubernetesVersionMetadataRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' Region ClusterType KubernetesVersion Profile runtime Mode QueryUpgradableVersion',
  );
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "Region"
  requiredField(f, 1) && stringField(f, 1); // "ClusterType"
  stringField(f, 2); // "KubernetesVersion"
  stringField(f, 3); // "Profile"
  stringField(f, 4); // "runtime"
  stringField(f, 5); // "Mode"
  booleanField(f, 6); // "QueryUpgradableVersion"
  unknownProperties(f, 'DescribeKubernetesVersionMetadataRequest');
}

function checkDescribeNodePoolVulsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id nodepool_id necessity');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "nodepool_id"
  stringField(f, 2); // "necessity"
  unknownProperties(f, 'DescribeNodePoolVulsRequest');
}

function checkDescribePoliciesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, '');
  if (f === undefined) return;
  unknownProperties(f, 'DescribePoliciesRequest');
}

function checkDescribePolicyDetailsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' policy_name');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "policy_name"
  unknownProperties(f, 'DescribePolicyDetailsRequest');
}

function checkDescribePolicyGovernanceInClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  unknownProperties(f, 'DescribePolicyGovernanceInClusterRequest');
}

function checkDescribePolicyInstancesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id policy_name instance_name');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  stringField(f, 1); // "policy_name"
  stringField(f, 2); // "instance_name"
  unknownProperties(f, 'DescribePolicyInstancesRequest');
}

function checkDescribePolicyInstancesStatusRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  unknownProperties(f, 'DescribePolicyInstancesStatusRequest');
}

function checkDescribeResourcesDeleteProtectionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId ResourceType namespace resources');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  if (requiredField(f, 1) && stringField(f, 1)) {
    // "ResourceType"
    oneOf(f, 1, VALUES1);
  }

  stringField(f, 2); // "namespace"
  stringField(f, 3); // "resources"
  unknownProperties(f, 'DescribeResourcesDeleteProtectionRequest');
}

function checkDescribeSubaccountK8sClusterUserConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId Uid PrivateIpAddress TemporaryDurationMinutes');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  requiredField(f, 1) && stringField(f, 1); // "Uid"
  booleanField(f, 2); // "PrivateIpAddress"
  integerField(f, 3); // "TemporaryDurationMinutes"
  unknownProperties(f, 'DescribeSubaccountK8sClusterUserConfigRequest');
}

function checkDescribeTaskInfoRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' task_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "task_id"
  unknownProperties(f, 'DescribeTaskInfoRequest');
}

function checkDescribeTemplateAttributeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' TemplateId template_type');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "TemplateId"
  stringField(f, 1); // "template_type"
  unknownProperties(f, 'DescribeTemplateAttributeRequest');
}

function checkDescribeTemplatesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' template_type page_num page_size');
  if (f === undefined) return;
  stringField(f, 0); // "template_type"
  integerField(f, 1); // "page_num"
  integerField(f, 2); // "page_size"
  unknownProperties(f, 'DescribeTemplatesRequest');
}

function checkDescribeTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id Namespace Type Name action');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "Namespace"
  stringField(f, 2); // "Type"
  requiredField(f, 3) && stringField(f, 3); // "Name"
  stringField(f, 4); // "action"
  unknownProperties(f, 'DescribeTriggerRequest');
}

function checkDescribeUserClusterNamespacesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'DescribeUserClusterNamespacesRequest');
}

function checkDescribeUserPermissionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' uid');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "uid"
  unknownProperties(f, 'DescribeUserPermissionRequest');
}

function checkDescribeUserQuotaRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, '');
  if (f === undefined) return;
  unknownProperties(f, 'DescribeUserQuotaRequest');
}

function checkDescribeWorkflowsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, '');
  if (f === undefined) return;
  unknownProperties(f, 'DescribeWorkflowsRequest');
}

function checkFixNodePoolVulsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id nodepool_id body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "nodepool_id"
  nested(f, 2, checkFixNodePoolVulsBody); // "body"
  unknownProperties(f, 'FixNodePoolVulsRequest');
}

function checkGetClusterAddonInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id instance_name');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "instance_name"
  unknownProperties(f, 'GetClusterAddonInstanceRequest');
}

function checkGetClusterAuditProjectRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterid');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterid"
  unknownProperties(f, 'GetClusterAuditProjectRequest');
}

function checkGetClusterCheckRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id check_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "check_id"
  unknownProperties(f, 'GetClusterCheckRequest');
}

function checkGetClusterDiagnosisCheckItemsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id diagnosis_id language');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "diagnosis_id"
  stringField(f, 2); // "language"
  unknownProperties(f, 'GetClusterDiagnosisCheckItemsRequest');
}

function checkGetClusterDiagnosisResultRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id diagnosis_id language');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "diagnosis_id"
  stringField(f, 2); // "language"
  unknownProperties(f, 'GetClusterDiagnosisResultRequest');
}

function checkGetClusterInspectConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterId"
  unknownProperties(f, 'GetClusterInspectConfigRequest');
}

function checkGetClusterInspectReportDetailRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' clusterId reportId language category targetType level enableFilter nextToken maxResults',
  );
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterId"
  requiredField(f, 1) && stringField(f, 1); // "reportId"
  stringField(f, 2); // "language"
  stringField(f, 3); // "category"
  stringField(f, 4); // "targetType"
  stringField(f, 5); // "level"
  booleanField(f, 6); // "enableFilter"
  stringField(f, 7); // "nextToken"
  if (integerField(f, 8)) {
    // "maxResults"
    const v179 = f.values[8] as number;
    if (!(v179 >= -2147483648 && v179 <= 2147483647)) {
      fieldReport(f, 8, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  unknownProperties(f, 'GetClusterInspectReportDetailRequest');
}

function checkGetKubernetesTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId Namespace Type Name action');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  requiredField(f, 1) && stringField(f, 1); // "Namespace"
  stringField(f, 2); // "Type"
  requiredField(f, 3) && stringField(f, 3); // "Name"
  stringField(f, 4); // "action"
  unknownProperties(f, 'GetKubernetesTriggerRequest');
}

function checkGetUpgradeStatusRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'GetUpgradeStatusRequest');
}

function checkGrantPermissionsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' uid body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "uid"
  nested(f, 1, checkGrantPermissionsBody); // "body"
  unknownProperties(f, 'GrantPermissionsRequest');
}

function checkInstallClusterAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkInstallClusterAddonsBody); // "body"
  unknownProperties(f, 'InstallClusterAddonsRequest');
}

function checkListAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' region_id cluster_type profile cluster_spec cluster_version cluster_id');
  if (f === undefined) return;
  stringField(f, 0); // "region_id"
  stringField(f, 1); // "cluster_type"
  stringField(f, 2); // "profile"
  stringField(f, 3); // "cluster_spec"
  stringField(f, 4); // "cluster_version"
  stringField(f, 5); // "cluster_id"
  unknownProperties(f, 'ListAddonsRequest');
}

function checkListClusterAddonInstancesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  unknownProperties(f, 'ListClusterAddonInstancesRequest');
}

function checkListClusterChecksRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id type target');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  stringField(f, 1); // "type"
  stringField(f, 2); // "target"
  unknownProperties(f, 'ListClusterChecksRequest');
}

function checkListClusterInspectReportsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterId nextToken maxResults');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterId"
  stringField(f, 1); // "nextToken"
  if (integerField(f, 2)) {
    // "maxResults"
    const v200 = f.values[2] as number;
    if (!(v200 >= -2147483648 && v200 <= 2147483647)) {
      fieldReport(f, 2, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  unknownProperties(f, 'ListClusterInspectReportsRequest');
}

function checkListClusterKubeconfigStatesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId pageNumber pageSize');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  if (integerField(f, 1)) {
    // "pageNumber"
    const v202 = f.values[1] as number;
    if (!(v202 >= -2147483648 && v202 <= 2147483647)) {
      fieldReport(f, 1, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  if (integerField(f, 2)) {
    // "pageSize"
    const v203 = f.values[2] as number;
    if (!(v203 >= -2147483648 && v203 <= 2147483647)) {
      fieldReport(f, 2, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  unknownProperties(f, 'ListClusterKubeconfigStatesRequest');
}

function checkListOperationPlansRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id type');
  if (f === undefined) return;
  stringField(f, 0); // "cluster_id"
  stringField(f, 1); // "type"
  unknownProperties(f, 'ListOperationPlansRequest');
}

function checkListOperationPlansForRegionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' region_id cluster_id type state');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "region_id"
  stringField(f, 1); // "cluster_id"
  stringField(f, 2); // "type"
  stringField(f, 3); // "state"
  unknownProperties(f, 'ListOperationPlansForRegionRequest');
}

function checkListTagResourcesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' resource_ids resource_type region_id tags next_token');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "resource_ids"
    stringsField(f, 0);
  }

  requiredField(f, 1) && stringField(f, 1); // "resource_type"
  requiredField(f, 2) && stringField(f, 2); // "region_id"
  objectsField(f, 3, checkTag); // "tags"
  stringField(f, 4); // "next_token"
  unknownProperties(f, 'ListTagResourcesRequest');
}

function checkListUserKubeConfigStatesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' Uid page_number page_size');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "Uid"
  if (integerField(f, 1)) {
    // "page_number"
    const v214 = f.values[1] as number;
    if (!(v214 >= -2147483648 && v214 <= 2147483647)) {
      fieldReport(f, 1, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  if (integerField(f, 2)) {
    // "page_size"
    const v215 = f.values[2] as number;
    if (!(v215 >= -2147483648 && v215 <= 2147483647)) {
      fieldReport(f, 2, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  unknownProperties(f, 'ListUserKubeConfigStatesRequest');
}

function checkMigrateClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  nested(f, 1, checkMigrateClusterBody); // "body"
  unknownProperties(f, 'MigrateClusterRequest');
}

function checkModifyClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkModifyClusterBody); // "body"
  unknownProperties(f, 'ModifyClusterRequest');
}

function checkModifyClusterAddonRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id component_id body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "component_id"
  nested(f, 2, checkModifyClusterAddonBody); // "body"
  unknownProperties(f, 'ModifyClusterAddonRequest');
}

function checkModifyClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolId body');
  if (f === undefined) return;
  if (requiredField(f, 0) && stringField(f, 0)) {
    // "ClusterId"
    minLength(f, 0, 1);
  }

  if (requiredField(f, 1) && stringField(f, 1)) {
    // "NodepoolId"
    minLength(f, 1, 1);
  }

  nested(f, 2, checkModifyClusterNodePoolBody); // "body"
  unknownProperties(f, 'ModifyClusterNodePoolRequest');
}

function checkModifyClusterTagsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkModifyClusterTagsBody); // "body"
  unknownProperties(f, 'ModifyClusterTagsRequest');
}

function checkModifyNodePoolNodeConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  requiredField(f, 1) && stringField(f, 1); // "NodepoolId"
  nested(f, 2, checkModifyNodePoolNodeConfigBody); // "body"
  unknownProperties(f, 'ModifyNodePoolNodeConfigRequest');
}

function checkModifyPolicyInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id policy_name body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "policy_name"
  nested(f, 2, checkModifyPolicyInstanceBody); // "body"
  unknownProperties(f, 'ModifyPolicyInstanceRequest');
}

function checkOpenAckServiceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' type');
  if (f === undefined) return;
  stringField(f, 0); // "type"
  unknownProperties(f, 'OpenAckServiceRequest');
}

function checkPauseClusterUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'PauseClusterUpgradeRequest');
}

function checkPauseComponentUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterid componentid');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterid"
  requiredField(f, 1) && stringField(f, 1); // "componentid"
  unknownProperties(f, 'PauseComponentUpgradeRequest');
}

function checkPauseTaskRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' task_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "task_id"
  unknownProperties(f, 'PauseTaskRequest');
}

function checkRemoveNodePoolNodesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolId release_node drain_node nodes instance_ids concurrency');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  requiredField(f, 1) && stringField(f, 1); // "NodepoolId"
  booleanField(f, 2); // "release_node"
  booleanField(f, 3); // "drain_node"
  stringsField(f, 4); // "nodes"
  stringsField(f, 5); // "instance_ids"
  booleanField(f, 6); // "concurrency"
  unknownProperties(f, 'RemoveNodePoolNodesRequest');
}

function checkRemoveWorkflowRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' workflowName');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "workflowName"
  unknownProperties(f, 'RemoveWorkflowRequest');
}

function checkRepairClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id nodepool_id body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "nodepool_id"
  nested(f, 2, checkRepairClusterNodePoolBody); // "body"
  unknownProperties(f, 'RepairClusterNodePoolRequest');
}

function checkResumeComponentUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterid componentid');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterid"
  requiredField(f, 1) && stringField(f, 1); // "componentid"
  unknownProperties(f, 'ResumeComponentUpgradeRequest');
}

function checkResumeTaskRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' task_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "task_id"
  unknownProperties(f, 'ResumeTaskRequest');
}

function checkResumeUpgradeClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'ResumeUpgradeClusterRequest');
}

function checkRevokeK8sClusterKubeConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'RevokeK8sClusterKubeConfigRequest');
}

function checkRunClusterCheckRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  if (requiredField(f, 1)) {
    // "body"
    nested(f, 1, checkRunClusterCheckBody);
  }

  unknownProperties(f, 'RunClusterCheckRequest');
}

function checkRunClusterInspectRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterId"
  nested(f, 1, checkRunClusterInspectBody); // "body"
  unknownProperties(f, 'RunClusterInspectRequest');
}

function checkScaleClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolId body');
  if (f === undefined) return;
  if (requiredField(f, 0) && stringField(f, 0)) {
    // "ClusterId"
    minLength(f, 0, 1);
  }

  if (requiredField(f, 1) && stringField(f, 1)) {
    // "NodepoolId"
    minLength(f, 1, 1);
  }

  nested(f, 2, checkScaleClusterNodePoolBody); // "body"
  unknownProperties(f, 'ScaleClusterNodePoolRequest');
}

function checkScanClusterVulsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  unknownProperties(f, 'ScanClusterVulsRequest');
}

function checkStartAlertRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkStartAlertBody); // "body"
  unknownProperties(f, 'StartAlertRequest');
}

function checkStartWorkflowRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' body');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "body"
    nested(f, 0, checkStartWorkflowBody);
  }

  unknownProperties(f, 'StartWorkflowRequest');
}

function checkStopAlertRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkStopAlertBody); // "body"
  unknownProperties(f, 'StopAlertRequest');
}

function checkSyncClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  unknownProperties(f, 'SyncClusterNodePoolRequest');
}

function checkTagResourcesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' body');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "body"
    nested(f, 0, checkTagResourcesBody);
  }

  unknownProperties(f, 'TagResourcesRequest');
}

function checkUnInstallClusterAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkUnInstallClusterAddonsBody); // "body"
  unknownProperties(f, 'UnInstallClusterAddonsRequest');
}

function checkUntagResourcesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' region_id resource_ids resource_type tag_keys all');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "region_id"
  if (requiredField(f, 1)) {
    // "resource_ids"
    stringsField(f, 1);
  }

  requiredField(f, 2) && stringField(f, 2); // "resource_type"
  if (requiredField(f, 3)) {
    // "tag_keys"
    stringsField(f, 3);
  }

  booleanField(f, 4); // "all"
  unknownProperties(f, 'UntagResourcesRequest');
}

function checkUpdateClusterAuditLogConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterid body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterid"
  nested(f, 1, checkUpdateClusterAuditLogConfigBody); // "body"
  unknownProperties(f, 'UpdateClusterAuditLogConfigRequest');
}

function checkUpdateClusterInspectConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "clusterId"
  nested(f, 1, checkUpdateClusterInspectConfigBody); // "body"
  unknownProperties(f, 'UpdateClusterInspectConfigRequest');
}

function checkUpdateContactGroupForAlertRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkUpdateContactGroupForAlertBody); // "body"
  unknownProperties(f, 'UpdateContactGroupForAlertRequest');
}

function checkUpdateControlPlaneLogRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkUpdateControlPlaneLogBody); // "body"
  unknownProperties(f, 'UpdateControlPlaneLogRequest');
}

function checkUpdateK8sClusterUserConfigExpireRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  if (requiredField(f, 1)) {
    // "body"
    nested(f, 1, checkUpdateK8sClusterUserConfigExpireBody);
  }

  unknownProperties(f, 'UpdateK8sClusterUserConfigExpireRequest');
}

function checkUpdateResourcesDeleteProtectionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  if (requiredField(f, 1)) {
    // "body"
    nested(f, 1, checkUpdateResourcesDeleteProtectionBody);
  }

  unknownProperties(f, 'UpdateResourcesDeleteProtectionRequest');
}

function checkUpdateTemplateRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' TemplateId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "TemplateId"
  nested(f, 1, checkUpdateTemplateBody); // "body"
  unknownProperties(f, 'UpdateTemplateRequest');
}

function checkUpdateUserPermissionsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' uid mode body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "uid"
  if (stringField(f, 1)) {
    // "mode"
    oneOf(f, 1, VALUES2);
  }

  nested(f, 2, checkUpdateUserPermissionsBody); // "body"
  unknownProperties(f, 'UpdateUserPermissionsRequest');
}

function checkUpgradeClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkUpgradeClusterBody); // "body"
  unknownProperties(f, 'UpgradeClusterRequest');
}

function checkUpgradeClusterAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  nested(f, 1, checkUpgradeClusterAddonsBody); // "body"
  unknownProperties(f, 'UpgradeClusterAddonsRequest');
}

function checkUpgradeClusterNodepoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' ClusterId NodepoolId body');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "ClusterId"
  requiredField(f, 1) && stringField(f, 1); // "NodepoolId"
  nested(f, 2, checkUpgradeClusterNodepoolBody); // "body"
  unknownProperties(f, 'UpgradeClusterNodepoolRequest');
}

function checkAddon(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name config disabled version');
  if (f === undefined) return;
  stringField(f, 0); // "name"
  stringField(f, 1); // "config"
  booleanField(f, 2); // "disabled"
  stringField(f, 3); // "version"
  unknownProperties(f, 'Addon');
}

function checkAttachInstancesBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' instances key_pair password format_disk keep_instance_name is_edge_worker nodepool_id image_id cpu_policy user_data rds_instances runtime tags',
  );
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "instances"
    stringsField(f, 0);
  }

  stringField(f, 1); // "key_pair"
  stringField(f, 2); // "password"
  booleanField(f, 3); // "format_disk"
  booleanField(f, 4); // "keep_instance_name"
  booleanField(f, 5); // "is_edge_worker"
  stringField(f, 6); // "nodepool_id"
  stringField(f, 7); // "image_id"
  stringField(f, 8); // "cpu_policy"
  stringField(f, 9); // "user_data"
  stringsField(f, 10); // "rds_instances"
  nested(f, 11, checkRuntime); // "runtime"
  objectsField(f, 12, checkTag); // "tags"
  unknownProperties(f, 'AttachInstancesBody');
}

function checkAttachInstancesToNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' instances password format_disk keep_instance_name');
  if (f === undefined) return;
  stringsField(f, 0); // "instances"
  stringField(f, 1); // "password"
  booleanField(f, 2); // "format_disk"
  booleanField(f, 3); // "keep_instance_name"
  unknownProperties(f, 'AttachInstancesToNodePoolBody');
}

function checkCancelWorkflowBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' action');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "action"
  unknownProperties(f, 'CancelWorkflowBody');
}

function checkCheckServiceRoleBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' roles');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "roles"
    objectsField(f, 0, checkCheckServiceRoleBodyRolesItem);
  }

  unknownProperties(f, 'CheckServiceRoleBody');
}

function checkCheckServiceRoleBodyRolesItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "name"
  unknownProperties(f, 'CheckServiceRoleBodyRolesItem');
}

function checkContainerdConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' registryMirrors insecureRegistries maxConcurrentDownloads ignoreImageDefinedVolume limitCore limitNoFile limitMemLock',
  );
  if (f === undefined) return;
  stringsField(f, 0); // "registryMirrors"
  stringsField(f, 1); // "insecureRegistries"
  integerField(f, 2); // "maxConcurrentDownloads"
  booleanField(f, 3); // "ignoreImageDefinedVolume"
  integerField(f, 4); // "limitCore"
  integerField(f, 5); // "limitNoFile"
  integerField(f, 6); // "limitMemLock"
  unknownProperties(f, 'ContainerdConfig');
}

function checkCreateAutoscalingConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' cool_down_duration unneeded_duration utilization_threshold gpu_utilization_threshold scan_interval scale_down_enabled expander skip_nodes_with_system_pods skip_nodes_with_local_storage daemonset_eviction_for_nodes max_graceful_termination_sec min_replica_count recycle_node_deletion_enabled scale_up_from_zero scaler_type priorities',
  );
  if (f === undefined) return;
  stringField(f, 0); // "cool_down_duration"
  stringField(f, 1); // "unneeded_duration"
  stringField(f, 2); // "utilization_threshold"
  stringField(f, 3); // "gpu_utilization_threshold"
  stringField(f, 4); // "scan_interval"
  booleanField(f, 5); // "scale_down_enabled"
  stringField(f, 6); // "expander"
  booleanField(f, 7); // "skip_nodes_with_system_pods"
  booleanField(f, 8); // "skip_nodes_with_local_storage"
  booleanField(f, 9); // "daemonset_eviction_for_nodes"
  if (integerField(f, 10)) {
    // "max_graceful_termination_sec"
    const v303 = f.values[10] as number;
    if (!(v303 >= -2147483648 && v303 <= 2147483647)) {
      fieldReport(f, 10, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  if (integerField(f, 11)) {
    // "min_replica_count"
    const v304 = f.values[11] as number;
    if (!(v304 >= -2147483648 && v304 <= 2147483647)) {
      fieldReport(f, 11, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  booleanField(f, 12); // "recycle_node_deletion_enabled"
  booleanField(f, 13); // "scale_up_from_zero"
  stringField(f, 14); // "scaler_type"
  if (objectField(f, 15)) {
    // "priorities"
    const m1 = f.values[15] as Record<string, unknown>;
    const k1 = Object.keys(m1);
    for (let i3 = 0; i3 < k1.length; i3++) {
      const key1 = k1[i3] as string;
      const e3 = m1[key1];
      f.run.path[f.depth] = f.names[15] as string;
      f.run.path[f.depth + 1] = key1;
      if (!Array.isArray(e3)) {
        report(f.run, f.depth + 2, 'type', expected('array', e3));
      } else {
        const a3: readonly unknown[] = e3;
        for (let i4 = 0; i4 < a3.length; i4++) {
          const e4 = a3[i4];
          f.run.path[f.depth + 2] = i4;
          if (typeof e4 !== 'string') {
            report(f.run, f.depth + 3, 'type', expected('string', e4));
          }
        }
      }
    }
  }

  unknownProperties(f, 'CreateAutoscalingConfigBody');
}

function checkCreateClusterBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' name region_id cluster_type cluster_spec profile kubernetes_version auto_mode tags resource_group_id deletion_protection zone_ids vpcid vswitch_ids ip_stack pod_vswitch_ids container_cidr service_cidr security_group_id is_enterprise_security_group snat_entry endpoint_public_access load_balancer_id ssh_flags timezone node_cidr_mask proxy_mode controlplane_log_ttl controlplane_log_project controlplane_log_components audit_log_config rrsa_config cluster_domain encryption_provider_key service_account_issuer api_audiences extra_sans maintenance_window operation_policy addons nodepools user_ca control_plane_config custom_san runtime node_name_mode user_data image_id rds_instances taints cloud_monitor_flags platform os_type soc_enabled security_hardening_os cis_enabled cpu_policy node_port_range master_vswitch_ids key_pair login_password master_count master_instance_types master_system_disk_category master_system_disk_size master_system_disk_performance_level master_system_disk_snapshot_policy_id master_instance_charge_type master_period_unit master_period master_auto_renew master_auto_renew_period num_of_nodes worker_vswitch_ids worker_instance_types worker_system_disk_category worker_system_disk_size worker_system_disk_snapshot_policy_id worker_system_disk_performance_level worker_data_disks worker_instance_charge_type worker_period_unit worker_period worker_auto_renew worker_auto_renew_period instances format_disk keep_instance_name service_discovery_types nat_gateway zone_id logging_type disable_rollback timeout_mins image_type load_balancer_spec enable_rrsa charge_type period_unit period auto_renew auto_renew_period access_control_list',
  );
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "name"
  requiredField(f, 1) && stringField(f, 1); // "region_id"
  stringField(f, 2); // "cluster_type"
  stringField(f, 3); // "cluster_spec"
  stringField(f, 4); // "profile"
  stringField(f, 5); // "kubernetes_version"
  nested(f, 6, checkCreateClusterBodyAutoMode); // "auto_mode"
  objectsField(f, 7, checkTag); // "tags"
  stringField(f, 8); // "resource_group_id"
  booleanField(f, 9); // "deletion_protection"
  stringsField(f, 10); // "zone_ids"
  stringField(f, 11); // "vpcid"
  stringsField(f, 12); // "vswitch_ids"
  if (stringField(f, 13)) {
    // "ip_stack"
    oneOf(f, 13, VALUES3);
  }

  stringsField(f, 14); // "pod_vswitch_ids"
  stringField(f, 15); // "container_cidr"
  stringField(f, 16); // "service_cidr"
  stringField(f, 17); // "security_group_id"
  booleanField(f, 18); // "is_enterprise_security_group"
  booleanField(f, 19); // "snat_entry"
  booleanField(f, 20); // "endpoint_public_access"
  stringField(f, 21); // "load_balancer_id"
  booleanField(f, 22); // "ssh_flags"
  stringField(f, 23); // "timezone"
  stringField(f, 24); // "node_cidr_mask"
  stringField(f, 25); // "proxy_mode"
  stringField(f, 26); // "controlplane_log_ttl"
  stringField(f, 27); // "controlplane_log_project"
  stringsField(f, 28); // "controlplane_log_components"
  nested(f, 29, checkCreateClusterBodyAuditLogConfig); // "audit_log_config"
  nested(f, 30, checkCreateClusterBodyRrsaConfig); // "rrsa_config"
  stringField(f, 31); // "cluster_domain"
  stringField(f, 32); // "encryption_provider_key"
  stringField(f, 33); // "service_account_issuer"
  stringField(f, 34); // "api_audiences"
  stringsField(f, 35); // "extra_sans"
  nested(f, 36, checkMaintenanceWindow); // "maintenance_window"
  nested(f, 37, checkCreateClusterBodyOperationPolicy); // "operation_policy"
  objectsField(f, 38, checkAddon); // "addons"
  objectsField(f, 39, checkNodePool); // "nodepools"
  stringField(f, 40); // "user_ca"
  nested(f, 41, checkCreateClusterBodyControlPlaneConfig); // "control_plane_config"
  stringField(f, 42); // "custom_san"
  nested(f, 43, checkRuntime); // "runtime"
  stringField(f, 44); // "node_name_mode"
  stringField(f, 45); // "user_data"
  stringField(f, 46); // "image_id"
  stringsField(f, 47); // "rds_instances"
  objectsField(f, 48, checkTaint); // "taints"
  booleanField(f, 49); // "cloud_monitor_flags"
  stringField(f, 50); // "platform"
  stringField(f, 51); // "os_type"
  booleanField(f, 52); // "soc_enabled"
  booleanField(f, 53); // "security_hardening_os"
  booleanField(f, 54); // "cis_enabled"
  stringField(f, 55); // "cpu_policy"
  stringField(f, 56); // "node_port_range"
  stringsField(f, 57); // "master_vswitch_ids"
  stringField(f, 58); // "key_pair"
  stringField(f, 59); // "login_password"
  integerField(f, 60); // "master_count"
  stringsField(f, 61); // "master_instance_types"
  stringField(f, 62); // "master_system_disk_category"
  integerField(f, 63); // "master_system_disk_size"
  stringField(f, 64); // "master_system_disk_performance_level"
  stringField(f, 65); // "master_system_disk_snapshot_policy_id"
  stringField(f, 66); // "master_instance_charge_type"
  stringField(f, 67); // "master_period_unit"
  integerField(f, 68); // "master_period"
  booleanField(f, 69); // "master_auto_renew"
  integerField(f, 70); // "master_auto_renew_period"
  integerField(f, 71); // "num_of_nodes"
  stringsField(f, 72); // "worker_vswitch_ids"
  stringsField(f, 73); // "worker_instance_types"
  stringField(f, 74); // "worker_system_disk_category"
  integerField(f, 75); // "worker_system_disk_size"
  stringField(f, 76); // "worker_system_disk_snapshot_policy_id"
  stringField(f, 77); // "worker_system_disk_performance_level"
  objectsField(f, 78, checkCreateClusterBodyWorkerDataDisksItem); // "worker_data_disks"
  stringField(f, 79); // "worker_instance_charge_type"
  stringField(f, 80); // "worker_period_unit"
  integerField(f, 81); // "worker_period"
  booleanField(f, 82); // "worker_auto_renew"
  integerField(f, 83); // "worker_auto_renew_period"
  stringsField(f, 84); // "instances"
  booleanField(f, 85); // "format_disk"
  booleanField(f, 86); // "keep_instance_name"
  stringsField(f, 87); // "service_discovery_types"
  booleanField(f, 88); // "nat_gateway"
  stringField(f, 89); // "zone_id"
  stringField(f, 90); // "logging_type"
  booleanField(f, 91); // "disable_rollback"
  integerField(f, 92); // "timeout_mins"
  stringField(f, 93); // "image_type"
  stringField(f, 94); // "load_balancer_spec"
  booleanField(f, 95); // "enable_rrsa"
  stringField(f, 96); // "charge_type"
  stringField(f, 97); // "period_unit"
  integerField(f, 98); // "period"
  booleanField(f, 99); // "auto_renew"
  integerField(f, 100); // "auto_renew_period"
  stringsField(f, 101); // "access_control_list"
  unknownProperties(f, 'CreateClusterBody');
}

function checkCreateClusterBodyAuditLogConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enabled sls_project_name');
  if (f === undefined) return;
  booleanField(f, 0); // "enabled"
  stringField(f, 1); // "sls_project_name"
  unknownProperties(f, 'CreateClusterBodyAuditLogConfig');
}

function checkCreateClusterBodyAutoMode(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enable');
  if (f === undefined) return;
  booleanField(f, 0); // "enable"
  unknownProperties(f, 'CreateClusterBodyAutoMode');
}

function checkCreateClusterBodyControlPlaneConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' charge_type period period_unit auto_renew auto_renew_period instance_types image_type image_id key_pair login_password system_disk_category system_disk_size system_disk_snapshot_policy_id system_disk_performance_level system_disk_provisioned_iops system_disk_bursting_enabled deploymentset_id cloud_monitor_flags instance_metadata_options soc_enabled security_hardening_os cpu_policy runtime node_port_range size',
  );
  if (f === undefined) return;
  stringField(f, 0); // "charge_type"
  integerField(f, 1); // "period"
  stringField(f, 2); // "period_unit"
  booleanField(f, 3); // "auto_renew"
  integerField(f, 4); // "auto_renew_period"
  stringsField(f, 5); // "instance_types"
  stringField(f, 6); // "image_type"
  stringField(f, 7); // "image_id"
  stringField(f, 8); // "key_pair"
  stringField(f, 9); // "login_password"
  stringField(f, 10); // "system_disk_category"
  integerField(f, 11); // "system_disk_size"
  stringField(f, 12); // "system_disk_snapshot_policy_id"
  stringField(f, 13); // "system_disk_performance_level"
  integerField(f, 14); // "system_disk_provisioned_iops"
  booleanField(f, 15); // "system_disk_bursting_enabled"
  stringField(f, 16); // "deploymentset_id"
  booleanField(f, 17); // "cloud_monitor_flags"
  nested(f, 18, checkInstanceMetadataOptions); // "instance_metadata_options"
  booleanField(f, 19); // "soc_enabled"
  booleanField(f, 20); // "security_hardening_os"
  stringField(f, 21); // "cpu_policy"
  stringField(f, 22); // "runtime"
  stringField(f, 23); // "node_port_range"
  integerField(f, 24); // "size"
  unknownProperties(f, 'CreateClusterBodyControlPlaneConfig');
}

function checkCreateClusterBodyOperationPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_auto_upgrade');
  if (f === undefined) return;
  nested(f, 0, checkCreateClusterBodyOperationPolicyClusterAutoUpgrade); // "cluster_auto_upgrade"
  unknownProperties(f, 'CreateClusterBodyOperationPolicy');
}

function checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enabled channel');
  if (f === undefined) return;
  booleanField(f, 0); // "enabled"
  stringField(f, 1); // "channel"
  unknownProperties(f, 'CreateClusterBodyOperationPolicyClusterAutoUpgrade');
}

function checkCreateClusterBodyRrsaConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enabled');
  if (f === undefined) return;
  booleanField(f, 0); // "enabled"
  unknownProperties(f, 'CreateClusterBodyRrsaConfig');
}

function checkCreateClusterBodyWorkerDataDisksItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' category encrypted size performance_level');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "category"
  stringField(f, 1); // "encrypted"
  requiredField(f, 2) && stringField(f, 2); // "size"
  stringField(f, 3); // "performance_level"
  unknownProperties(f, 'CreateClusterBodyWorkerDataDisksItem');
}

function checkCreateClusterDiagnosisBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' type target');
  if (f === undefined) return;
  stringField(f, 0); // "type"
  objectField(f, 1); // "target"
  unknownProperties(f, 'CreateClusterDiagnosisBody');
}

function checkCreateClusterInspectConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enabled recurrence disabledCheckItems');
  if (f === undefined) return;
  requiredField(f, 0) && booleanField(f, 0); // "enabled"
  requiredField(f, 1) && stringField(f, 1); // "recurrence"
  stringsField(f, 2); // "disabledCheckItems"
  unknownProperties(f, 'CreateClusterInspectConfigBody');
}

function checkCreateClusterNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' nodepool_info auto_scaling management scaling_group node_config kubernetes_config tee_config interconnect_config count max_nodes interconnect_mode host_network intranet eflo_node_group auto_mode node_components',
  );
  if (f === undefined) return;
  nested(f, 0, checkCreateClusterNodePoolBodyNodepoolInfo); // "nodepool_info"
  nested(f, 1, checkCreateClusterNodePoolBodyAutoScaling); // "auto_scaling"
  nested(f, 2, checkCreateClusterNodePoolBodyManagement); // "management"
  nested(f, 3, checkCreateClusterNodePoolBodyScalingGroup); // "scaling_group"
  nested(f, 4, checkCreateClusterNodePoolBodyNodeConfig); // "node_config"
  nested(f, 5, checkCreateClusterNodePoolBodyKubernetesConfig); // "kubernetes_config"
  nested(f, 6, checkCreateClusterNodePoolBodyTeeConfig); // "tee_config"
  nested(f, 7, checkCreateClusterNodePoolBodyInterconnectConfig); // "interconnect_config"
  integerField(f, 8); // "count"
  integerField(f, 9); // "max_nodes"
  stringField(f, 10); // "interconnect_mode"
  booleanField(f, 11); // "host_network"
  booleanField(f, 12); // "intranet"
  nested(f, 13, checkCreateClusterNodePoolBodyEfloNodeGroup); // "eflo_node_group"
  nested(f, 14, checkCreateClusterNodePoolBodyAutoMode); // "auto_mode"
  objectsField(f, 15, checkCreateClusterNodePoolBodyNodeComponentsItem); // "node_components"
  unknownProperties(f, 'CreateClusterNodePoolBody');
}

function checkCreateClusterNodePoolBodyAutoMode(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enable');
  if (f === undefined) return;
  booleanField(f, 0); // "enable"
  unknownProperties(f, 'CreateClusterNodePoolBodyAutoMode');
}

function checkCreateClusterNodePoolBodyAutoScaling(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' enable type max_instances min_instances is_bond_eip eip_internet_charge_type eip_bandwidth',
  );
  if (f === undefined) return;
  booleanField(f, 0); // "enable"
  stringField(f, 1); // "type"
  if (integerField(f, 2)) {
    // "max_instances"
    minimum(f, 2, 0);
    maximum(f, 2, 2000);
  }

  if (integerField(f, 3)) {
    // "min_instances"
    minimum(f, 3, 0);
  }

  booleanField(f, 4); // "is_bond_eip"
  stringField(f, 5); // "eip_internet_charge_type"
  integerField(f, 6); // "eip_bandwidth"
  unknownProperties(f, 'CreateClusterNodePoolBodyAutoScaling');
  lessOrEqual(f, 3, 2);
}

function checkCreateClusterNodePoolBodyEfloNodeGroup(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id group_id');
  if (f === undefined) return;
  stringField(f, 0); // "cluster_id"
  stringField(f, 1); // "group_id"
  unknownProperties(f, 'CreateClusterNodePoolBodyEfloNodeGroup');
}

function checkCreateClusterNodePoolBodyInterconnectConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cen_id ccn_id ccn_region_id bandwidth improved_period');
  if (f === undefined) return;
  stringField(f, 0); // "cen_id"
  stringField(f, 1); // "ccn_id"
  stringField(f, 2); // "ccn_region_id"
  integerField(f, 3); // "bandwidth"
  stringField(f, 4); // "improved_period"
  unknownProperties(f, 'CreateClusterNodePoolBodyInterconnectConfig');
}

function checkCreateClusterNodePoolBodyKubernetesConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' labels taints runtime runtime_version cpu_policy user_data unschedulable cms_enabled node_name_mode pre_user_data',
  );
  if (f === undefined) return;
  objectsField(f, 0, checkTag); // "labels"
  objectsField(f, 1, checkTaint); // "taints"
  stringField(f, 2); // "runtime"
  stringField(f, 3); // "runtime_version"
  if (stringField(f, 4)) {
    // "cpu_policy"
    oneOf(f, 4, VALUES4);
  }

  if (stringField(f, 5)) {
    // "user_data"
    const v444 = f.values[5] as string;
    if (!isBase64(v444)) {
      fieldReport(f, 5, 'format', 'must be a valid base64 string (RFC 4648, padded)');
    }
  }

  booleanField(f, 6); // "unschedulable"
  booleanField(f, 7); // "cms_enabled"
  stringField(f, 8); // "node_name_mode"
  stringField(f, 9); // "pre_user_data"
  unknownProperties(f, 'CreateClusterNodePoolBodyKubernetesConfig');
}

function checkCreateClusterNodePoolBodyManagement(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' enable auto_repair auto_repair_policy auto_vul_fix auto_vul_fix_policy auto_upgrade auto_upgrade_policy upgrade_config',
  );
  if (f === undefined) return;
  booleanField(f, 0); // "enable"
  booleanField(f, 1); // "auto_repair"
  nested(f, 2, checkCreateClusterNodePoolBodyManagementAutoRepairPolicy); // "auto_repair_policy"
  booleanField(f, 3); // "auto_vul_fix"
  nested(f, 4, checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy); // "auto_vul_fix_policy"
  booleanField(f, 5); // "auto_upgrade"
  nested(f, 6, checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy); // "auto_upgrade_policy"
  nested(f, 7, checkCreateClusterNodePoolBodyManagementUpgradeConfig); // "upgrade_config"
  unknownProperties(f, 'CreateClusterNodePoolBodyManagement');
}

function checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' restart_node approval_required');
  if (f === undefined) return;
  booleanField(f, 0); // "restart_node"
  booleanField(f, 1); // "approval_required"
  unknownProperties(f, 'CreateClusterNodePoolBodyManagementAutoRepairPolicy');
}

function checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' auto_upgrade_kubelet auto_upgrade_runtime auto_upgrade_os');
  if (f === undefined) return;
  booleanField(f, 0); // "auto_upgrade_kubelet"
  booleanField(f, 1); // "auto_upgrade_runtime"
  booleanField(f, 2); // "auto_upgrade_os"
  unknownProperties(f, 'CreateClusterNodePoolBodyManagementAutoUpgradePolicy');
}

function checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' restart_node vul_level exclude_packages');
  if (f === undefined) return;
  booleanField(f, 0); // "restart_node"
  stringField(f, 1); // "vul_level"
  stringField(f, 2); // "exclude_packages"
  unknownProperties(f, 'CreateClusterNodePoolBodyManagementAutoVulFixPolicy');
}

function checkCreateClusterNodePoolBodyManagementUpgradeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' auto_upgrade surge surge_percentage max_unavailable');
  if (f === undefined) return;
  booleanField(f, 0); // "auto_upgrade"
  integerField(f, 1); // "surge"
  integerField(f, 2); // "surge_percentage"
  integerField(f, 3); // "max_unavailable"
  unknownProperties(f, 'CreateClusterNodePoolBodyManagementUpgradeConfig');
}

function checkCreateClusterNodePoolBodyNodeComponentsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name version config');
  if (f === undefined) return;
  stringField(f, 0); // "name"
  stringField(f, 1); // "version"
  nested(f, 2, checkCreateClusterNodePoolBodyNodeComponentsItemConfig); // "config"
  unknownProperties(f, 'CreateClusterNodePoolBodyNodeComponentsItem');
}

function checkCreateClusterNodePoolBodyNodeComponentsItemConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' custom_config');
  if (f === undefined) return;
  if (objectField(f, 0)) {
    // "custom_config"
    const m2 = f.values[0] as Record<string, unknown>;
    const k2 = Object.keys(m2);
    for (let i5 = 0; i5 < k2.length; i5++) {
      const key2 = k2[i5] as string;
      const e5 = m2[key2];
      f.run.path[f.depth] = f.names[0] as string;
      f.run.path[f.depth + 1] = key2;
      if (typeof e5 !== 'string') {
        report(f.run, f.depth + 2, 'type', expected('string', e5));
      }
    }
  }

  unknownProperties(f, 'CreateClusterNodePoolBodyNodeComponentsItemConfig');
}

function checkCreateClusterNodePoolBodyNodeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' kubelet_configuration');
  if (f === undefined) return;
  nested(f, 0, checkKubeletConfig); // "kubelet_configuration"
  unknownProperties(f, 'CreateClusterNodePoolBodyNodeConfig');
}

function checkCreateClusterNodePoolBodyNodepoolInfo(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name type resource_group_id');
  if (f === undefined) return;
  stringField(f, 0); // "name"
  stringField(f, 1); // "type"
  stringField(f, 2); // "resource_group_id"
  unknownProperties(f, 'CreateClusterNodePoolBodyNodepoolInfo');
}

function checkCreateClusterNodePoolBodyScalingGroup(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' vswitch_ids instance_types instance_charge_type period period_unit auto_renew auto_renew_period spot_strategy spot_price_limit image_type image_id system_disk_category system_disk_categories system_disk_size system_disk_performance_level system_disk_encrypted system_disk_kms_key_id system_disk_encrypt_algorithm system_disk_bursting_enabled system_disk_provisioned_iops data_disks security_group_ids key_pair login_password login_as_non_root cis_enabled soc_enabled security_hardening_os internet_charge_type internet_max_bandwidth_out tags desired_size multi_az_policy scaling_policy on_demand_base_capacity on_demand_percentage_above_base_capacity spot_instance_pools spot_instance_remedy compensate_with_on_demand deploymentset_id rds_instances private_pool_options security_group_id platform instance_patterns ram_role_name instance_metadata_options resource_pool_options system_disk_snapshot_policy_id vpc_id',
  );
  if (f === undefined) return;
  stringsField(f, 0, 1, 8); // "vswitch_ids"
  stringsField(f, 1, 1, 10); // "instance_types"
  if (stringField(f, 2)) {
    // "instance_charge_type"
    oneOf(f, 2, VALUES5);
  }

  integerField(f, 3); // "period"
  if (stringField(f, 4)) {
    // "period_unit"
    oneOf(f, 4, VALUES6);
  }

  booleanField(f, 5); // "auto_renew"
  integerField(f, 6); // "auto_renew_period"
  stringField(f, 7); // "spot_strategy"
  objectsField(f, 8, checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem); // "spot_price_limit"
  stringField(f, 9); // "image_type"
  stringField(f, 10); // "image_id"
  stringField(f, 11); // "system_disk_category"
  stringsField(f, 12, 0, 10); // "system_disk_categories"
  if (integerField(f, 13)) {
    // "system_disk_size"
    minimum(f, 13, 20);
    maximum(f, 13, 2048);
  }

  stringField(f, 14); // "system_disk_performance_level"
  booleanField(f, 15); // "system_disk_encrypted"
  stringField(f, 16); // "system_disk_kms_key_id"
  stringField(f, 17); // "system_disk_encrypt_algorithm"
  booleanField(f, 18); // "system_disk_bursting_enabled"
  integerField(f, 19); // "system_disk_provisioned_iops"
  objectsField(f, 20, checkDataDisk); // "data_disks"
  stringsField(f, 21); // "security_group_ids"
  stringField(f, 22); // "key_pair"
  if (stringField(f, 23)) {
    // "login_password"
    maxLength(f, 23, 30);
  }

  booleanField(f, 24); // "login_as_non_root"
  booleanField(f, 25); // "cis_enabled"
  booleanField(f, 26); // "soc_enabled"
  booleanField(f, 27); // "security_hardening_os"
  stringField(f, 28); // "internet_charge_type"
  integerField(f, 29); // "internet_max_bandwidth_out"
  objectsField(f, 30, checkCreateClusterNodePoolBodyScalingGroupTagsItem); // "tags"
  integerField(f, 31); // "desired_size"
  stringField(f, 32); // "multi_az_policy"
  stringField(f, 33); // "scaling_policy"
  integerField(f, 34); // "on_demand_base_capacity"
  integerField(f, 35); // "on_demand_percentage_above_base_capacity"
  integerField(f, 36); // "spot_instance_pools"
  booleanField(f, 37); // "spot_instance_remedy"
  booleanField(f, 38); // "compensate_with_on_demand"
  stringField(f, 39); // "deploymentset_id"
  stringsField(f, 40); // "rds_instances"
  nested(f, 41, checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions); // "private_pool_options"
  stringField(f, 42); // "security_group_id"
  stringField(f, 43); // "platform"
  objectsField(f, 44, checkInstancePatterns); // "instance_patterns"
  stringField(f, 45); // "ram_role_name"
  nested(f, 46, checkInstanceMetadataOptions); // "instance_metadata_options"
  nested(f, 47, checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions); // "resource_pool_options"
  stringField(f, 48); // "system_disk_snapshot_policy_id"
  stringField(f, 49); // "vpc_id"
  unknownProperties(f, 'CreateClusterNodePoolBodyScalingGroup');
  if (!(f.values[22] !== undefined || f.values[23] !== undefined)) {
    report(run, depth, 'any_required', 'at least one of key_pair or login_password must be set');
  }

  if (f.values[2] === 'PrePaid') {
    if (f.values[3] === undefined) {
      fieldReport(f, 3, 'conditional_required', 'is required when instance_charge_type is "PrePaid"');
    }

    if (f.values[4] === undefined) {
      fieldReport(f, 4, 'conditional_required', 'is required when instance_charge_type is "PrePaid"');
    }

    if (f.values[5] === undefined) {
      fieldReport(f, 5, 'conditional_required', 'is required when instance_charge_type is "PrePaid"');
    }
  }

  if (f.values[2] === 'PrePaid' && f.values[5] === true) {
    if (f.values[6] === undefined) {
      fieldReport(
        f,
        6,
        'conditional_required',
        'is required when instance_charge_type is "PrePaid" and auto_renew is true',
      );
    }
  }

  if (f.values[4] === 'Week') {
    const v508 = f.values[3];
    if (v508 !== undefined) {
      if (!(typeof v508 !== 'number' || !Number.isSafeInteger(v508))) {
        if (!VALUES7.includes(v508)) {
          fieldReport(f, 3, 'enum', 'must be one of 1, 2, 3, 4 when period_unit is "Week"');
        }
      }
    }
  } else {
    const v509 = f.values[3];
    if (v509 !== undefined) {
      if (!(typeof v509 !== 'number' || !Number.isSafeInteger(v509))) {
        if (!VALUES8.includes(v509)) {
          fieldReport(
            f,
            3,
            'enum',
            'must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60 unless period_unit is "Week"',
          );
        }
      }
    }

    const v510 = f.values[6];
    if (v510 !== undefined) {
      if (!(typeof v510 !== 'number' || !Number.isSafeInteger(v510))) {
        if (!VALUES9.includes(v510)) {
          fieldReport(f, 6, 'enum', 'must be one of 1, 2, 3, 6, 12 unless period_unit is "Week"');
        }
      }
    }
  }
}

function checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' id match_criteria');
  if (f === undefined) return;
  stringField(f, 0); // "id"
  stringField(f, 1); // "match_criteria"
  unknownProperties(f, 'CreateClusterNodePoolBodyScalingGroupPrivatePoolOptions');
}

function checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' strategy private_pool_ids');
  if (f === undefined) return;
  if (stringField(f, 0)) {
    // "strategy"
    oneOf(f, 0, VALUES10);
  }

  stringsField(f, 1); // "private_pool_ids"
  unknownProperties(f, 'CreateClusterNodePoolBodyScalingGroupResourcePoolOptions');
}

function checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' instance_type price_limit');
  if (f === undefined) return;
  stringField(f, 0); // "instance_type"
  stringField(f, 1); // "price_limit"
  unknownProperties(f, 'CreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem');
}

function checkCreateClusterNodePoolBodyScalingGroupTagsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' key value');
  if (f === undefined) return;
  stringField(f, 0); // "key"
  stringField(f, 1); // "value"
  unknownProperties(f, 'CreateClusterNodePoolBodyScalingGroupTagsItem');
}

function checkCreateClusterNodePoolBodyTeeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' tee_enable');
  if (f === undefined) return;
  booleanField(f, 0); // "tee_enable"
  unknownProperties(f, 'CreateClusterNodePoolBodyTeeConfig');
}

function checkCreateKubernetesTriggerBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id project_id action type');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "project_id"
  requiredField(f, 2) && stringField(f, 2); // "action"
  stringField(f, 3); // "type"
  unknownProperties(f, 'CreateKubernetesTriggerBody');
}

function checkCreateTemplateBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name template tags description template_type');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "name"
  requiredField(f, 1) && stringField(f, 1); // "template"
  stringField(f, 2); // "tags"
  stringField(f, 3); // "description"
  stringField(f, 4); // "template_type"
  unknownProperties(f, 'CreateTemplateBody');
}

function checkCreateTriggerBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_id project_id action type');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster_id"
  requiredField(f, 1) && stringField(f, 1); // "project_id"
  requiredField(f, 2) && stringField(f, 2); // "action"
  stringField(f, 3); // "type"
  unknownProperties(f, 'CreateTriggerBody');
}

function checkDataDisk(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' category size encrypted kms_key_id auto_snapshot_policy_id performance_level provisioned_iops bursting_enabled auto_format file_system mount_target disk_name device snapshot_id',
  );
  if (f === undefined) return;
  stringField(f, 0); // "category"
  if (integerField(f, 1)) {
    // "size"
    minimum(f, 1, 40);
    maximum(f, 1, 32768);
  }

  if (stringField(f, 2)) {
    // "encrypted"
    oneOf(f, 2, VALUES11);
  }

  stringField(f, 3); // "kms_key_id"
  stringField(f, 4); // "auto_snapshot_policy_id"
  stringField(f, 5); // "performance_level"
  integerField(f, 6); // "provisioned_iops"
  booleanField(f, 7); // "bursting_enabled"
  booleanField(f, 8); // "auto_format"
  stringField(f, 9); // "file_system"
  stringField(f, 10); // "mount_target"
  stringField(f, 11); // "disk_name"
  stringField(f, 12); // "device"
  stringField(f, 13); // "snapshot_id"
  unknownProperties(f, 'DataDisk');
}

function checkDeleteClusterDeleteOptionsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' resource_type delete_mode');
  if (f === undefined) return;
  stringField(f, 0); // "resource_type"
  stringField(f, 1); // "delete_mode"
  unknownProperties(f, 'DeleteClusterDeleteOptionsItem');
}

function checkDeleteClusterNodesBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' drain_node release_node nodes');
  if (f === undefined) return;
  booleanField(f, 0); // "drain_node"
  booleanField(f, 1); // "release_node"
  if (requiredField(f, 2)) {
    // "nodes"
    stringsField(f, 2);
  }

  unknownProperties(f, 'DeleteClusterNodesBody');
}

function checkDeployPolicyInstanceBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' action namespaces parameters');
  if (f === undefined) return;
  stringField(f, 0); // "action"
  stringsField(f, 1); // "namespaces"
  objectField(f, 2); // "parameters"
  unknownProperties(f, 'DeployPolicyInstanceBody');
}

function checkDescribeClusterAttachScriptsBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' nodepool_id format_disk keep_instance_name rds_instances arch options expired',
  );
  if (f === undefined) return;
  stringField(f, 0); // "nodepool_id"
  booleanField(f, 1); // "format_disk"
  booleanField(f, 2); // "keep_instance_name"
  stringsField(f, 3); // "rds_instances"
  stringField(f, 4); // "arch"
  stringField(f, 5); // "options"
  integerField(f, 6); // "expired"
  unknownProperties(f, 'DescribeClusterAttachScriptsBody');
}

function checkFixNodePoolVulsBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' vuls nodes rollout_policy auto_restart');
  if (f === undefined) return;
  stringsField(f, 0); // "vuls"
  stringsField(f, 1); // "nodes"
  nested(f, 2, checkFixNodePoolVulsBodyRolloutPolicy); // "rollout_policy"
  booleanField(f, 3); // "auto_restart"
  unknownProperties(f, 'FixNodePoolVulsBody');
}

function checkFixNodePoolVulsBodyRolloutPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' max_parallelism');
  if (f === undefined) return;
  integerField(f, 0); // "max_parallelism"
  unknownProperties(f, 'FixNodePoolVulsBodyRolloutPolicy');
}

function checkGrantPermissionsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a4: readonly unknown[] = value;
    for (let i6 = 0; i6 < a4.length; i6++) {
      const e6 = a4[i6];
      run.path[depth] = i6;
      checkGrantPermissionsBodyItem(e6, run, depth + 1);
    }
  }
}

function checkGrantPermissionsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster is_custom role_name role_type namespace is_ram_role');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "cluster"
  booleanField(f, 1); // "is_custom"
  requiredField(f, 2) && stringField(f, 2); // "role_name"
  requiredField(f, 3) && stringField(f, 3); // "role_type"
  stringField(f, 4); // "namespace"
  booleanField(f, 5); // "is_ram_role"
  unknownProperties(f, 'GrantPermissionsBodyItem');
}

function checkHugepage(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' transparentEnabled transparentDefrag khugepagedDefrag khugepagedAllocSleepMillisecs khugepagedScanSleepMillisecs khugepagedPagesToScan',
  );
  if (f === undefined) return;
  stringField(f, 0); // "transparentEnabled"
  stringField(f, 1); // "transparentDefrag"
  integerField(f, 2); // "khugepagedDefrag"
  integerField(f, 3); // "khugepagedAllocSleepMillisecs"
  integerField(f, 4); // "khugepagedScanSleepMillisecs"
  integerField(f, 5); // "khugepagedPagesToScan"
  unknownProperties(f, 'Hugepage');
}

function checkInstallClusterAddonsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a5: readonly unknown[] = value;
    for (let i7 = 0; i7 < a5.length; i7++) {
      const e7 = a5[i7];
      run.path[depth] = i7;
      checkInstallClusterAddonsBodyItem(e7, run, depth + 1);
    }
  }
}

function checkInstallClusterAddonsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name version config');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "name"
  requiredField(f, 1) && stringField(f, 1); // "version"
  stringField(f, 2); // "config"
  unknownProperties(f, 'InstallClusterAddonsBodyItem');
}

function checkInstanceMetadataOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' http_tokens');
  if (f === undefined) return;
  if (stringField(f, 0)) {
    // "http_tokens"
    oneOf(f, 0, VALUES12);
  }

  unknownProperties(f, 'InstanceMetadataOptions');
}

function checkInstancePatterns(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' cores memory instance_family_level excluded_instance_types min_cpu_cores max_cpu_cores min_memory_size max_memory_size instance_categories cpu_architectures core max_price architectures burst_performance_option instance_type_families minimum_eni_quantity minimum_eni_private_ip_address_quantity minimum_eni_ipv6_address_quantity maximum_gpu_amount',
  );
  if (f === undefined) return;
  integerField(f, 0); // "cores"
  numberField(f, 1); // "memory"
  stringField(f, 2); // "instance_family_level"
  stringsField(f, 3); // "excluded_instance_types"
  integerField(f, 4); // "min_cpu_cores"
  integerField(f, 5); // "max_cpu_cores"
  numberField(f, 6); // "min_memory_size"
  numberField(f, 7); // "max_memory_size"
  stringsField(f, 8); // "instance_categories"
  stringsField(f, 9); // "cpu_architectures"
  integerField(f, 10); // "core"
  numberField(f, 11); // "max_price"
  stringsField(f, 12); // "architectures"
  stringField(f, 13); // "burst_performance_option"
  stringsField(f, 14); // "instance_type_families"
  integerField(f, 15); // "minimum_eni_quantity"
  integerField(f, 16); // "minimum_eni_private_ip_address_quantity"
  integerField(f, 17); // "minimum_eni_ipv6_address_quantity"
  integerField(f, 18); // "maximum_gpu_amount"
  unknownProperties(f, 'InstancePatterns');
  lessOrEqual(f, 4, 5);
  lessOrEqual(f, 6, 7);
}

function checkKubeletConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' registryPullQPS registryBurst eventRecordQPS eventBurst kubeAPIQPS kubeAPIBurst serializeImagePulls cpuManagerPolicy evictionHard evictionSoft evictionSoftGracePeriod systemReserved kubeReserved readOnlyPort maxPods containerLogMaxSize containerLogMaxFiles featureGates allowedUnsafeSysctls reservedMemory memoryManagerPolicy cpuCFSQuota cpuCFSQuotaPeriod imageGCHighThresholdPercent imageGCLowThresholdPercent podPidsLimit topologyManagerPolicy clusterDNS tracing containerLogMaxWorkers containerLogMonitorInterval serverTLSBootstrap',
  );
  if (f === undefined) return;
  integerField(f, 0); // "registryPullQPS"
  integerField(f, 1); // "registryBurst"
  integerField(f, 2); // "eventRecordQPS"
  integerField(f, 3); // "eventBurst"
  integerField(f, 4); // "kubeAPIQPS"
  integerField(f, 5); // "kubeAPIBurst"
  booleanField(f, 6); // "serializeImagePulls"
  stringField(f, 7); // "cpuManagerPolicy"
  objectField(f, 8); // "evictionHard"
  objectField(f, 9); // "evictionSoft"
  objectField(f, 10); // "evictionSoftGracePeriod"
  objectField(f, 11); // "systemReserved"
  objectField(f, 12); // "kubeReserved"
  integerField(f, 13); // "readOnlyPort"
  integerField(f, 14); // "maxPods"
  stringField(f, 15); // "containerLogMaxSize"
  integerField(f, 16); // "containerLogMaxFiles"
  objectField(f, 17); // "featureGates"
  stringsField(f, 18); // "allowedUnsafeSysctls"
  objectsField(f, 19, checkKubeletConfigReservedMemoryItem); // "reservedMemory"
  stringField(f, 20); // "memoryManagerPolicy"
  booleanField(f, 21); // "cpuCFSQuota"
  stringField(f, 22); // "cpuCFSQuotaPeriod"
  if (integerField(f, 23)) {
    // "imageGCHighThresholdPercent"
    const v604 = f.values[23] as number;
    if (!(v604 >= -2147483648 && v604 <= 2147483647)) {
      fieldReport(f, 23, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  if (integerField(f, 24)) {
    // "imageGCLowThresholdPercent"
    const v605 = f.values[24] as number;
    if (!(v605 >= -2147483648 && v605 <= 2147483647)) {
      fieldReport(f, 24, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  integerField(f, 25); // "podPidsLimit"
  stringField(f, 26); // "topologyManagerPolicy"
  stringsField(f, 27); // "clusterDNS"
  nested(f, 28, checkKubeletConfigTracing); // "tracing"
  if (integerField(f, 29)) {
    // "containerLogMaxWorkers"
    const v608 = f.values[29] as number;
    if (!(v608 >= -2147483648 && v608 <= 2147483647)) {
      fieldReport(f, 29, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  stringField(f, 30); // "containerLogMonitorInterval"
  booleanField(f, 31); // "serverTLSBootstrap"
  unknownProperties(f, 'KubeletConfig');
}

function checkKubeletConfigReservedMemoryItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' numaNode limits');
  if (f === undefined) return;
  if (integerField(f, 0)) {
    // "numaNode"
    const v611 = f.values[0] as number;
    if (!(v611 >= -2147483648 && v611 <= 2147483647)) {
      fieldReport(f, 0, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  objectField(f, 1); // "limits"
  unknownProperties(f, 'KubeletConfigReservedMemoryItem');
}

function checkKubeletConfigTracing(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' endpoint samplingRatePerMillion');
  if (f === undefined) return;
  stringField(f, 0); // "endpoint"
  if (integerField(f, 1)) {
    // "samplingRatePerMillion"
    const v613 = f.values[1] as number;
    if (!(v613 >= -2147483648 && v613 <= 2147483647)) {
      fieldReport(f, 1, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  unknownProperties(f, 'KubeletConfigTracing');
}

function checkMaintenanceWindow(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enable maintenance_time duration weekly_period recurrence');
  if (f === undefined) return;
  booleanField(f, 0); // "enable"
  stringField(f, 1); // "maintenance_time"
  stringField(f, 2); // "duration"
  stringField(f, 3); // "weekly_period"
  stringField(f, 4); // "recurrence"
  unknownProperties(f, 'MaintenanceWindow');
}

function checkMigrateClusterBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' oss_bucket_name oss_bucket_endpoint');
  if (f === undefined) return;
  stringField(f, 0); // "oss_bucket_name"
  stringField(f, 1); // "oss_bucket_endpoint"
  unknownProperties(f, 'MigrateClusterBody');
}

function checkModifyClusterAddonBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' config');
  if (f === undefined) return;
  stringField(f, 0); // "config"
  unknownProperties(f, 'ModifyClusterAddonBody');
}

function checkModifyClusterBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' api_server_eip api_server_eip_id deletion_protection resource_group_id maintenance_window enable_rrsa access_control_list cluster_name system_events_logging operation_policy api_server_custom_cert_sans vswitch_ids control_plane_config security_group_id timezone instance_deletion_protection ingress_domain_rebinding ingress_loadbalancer_id',
  );
  if (f === undefined) return;
  booleanField(f, 0); // "api_server_eip"
  stringField(f, 1); // "api_server_eip_id"
  booleanField(f, 2); // "deletion_protection"
  stringField(f, 3); // "resource_group_id"
  nested(f, 4, checkMaintenanceWindow); // "maintenance_window"
  booleanField(f, 5); // "enable_rrsa"
  stringsField(f, 6); // "access_control_list"
  stringField(f, 7); // "cluster_name"
  nested(f, 8, checkModifyClusterBodySystemEventsLogging); // "system_events_logging"
  nested(f, 9, checkModifyClusterBodyOperationPolicy); // "operation_policy"
  nested(f, 10, checkModifyClusterBodyApiServerCustomCertSans); // "api_server_custom_cert_sans"
  stringsField(f, 11); // "vswitch_ids"
  nested(f, 12, checkModifyClusterBodyControlPlaneConfig); // "control_plane_config"
  stringField(f, 13); // "security_group_id"
  stringField(f, 14); // "timezone"
  booleanField(f, 15); // "instance_deletion_protection"
  booleanField(f, 16); // "ingress_domain_rebinding"
  stringField(f, 17); // "ingress_loadbalancer_id"
  unknownProperties(f, 'ModifyClusterBody');
}

function checkModifyClusterBodyApiServerCustomCertSans(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' action subject_alternative_names');
  if (f === undefined) return;
  if (stringField(f, 0)) {
    // "action"
    oneOf(f, 0, VALUES13);
  }

  stringsField(f, 1); // "subject_alternative_names"
  unknownProperties(f, 'ModifyClusterBodyApiServerCustomCertSans');
}

function checkModifyClusterBodyControlPlaneConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' charge_type period period_unit auto_renew auto_renew_period instance_types image_type image_id key_pair login_password system_disk_category system_disk_size system_disk_snapshot_policy_id system_disk_performance_level system_disk_provisioned_iops system_disk_bursting_enabled deploymentset_id cloud_monitor_flags soc_enabled security_hardening_os cpu_policy runtime node_port_range size',
  );
  if (f === undefined) return;
  stringField(f, 0); // "charge_type"
  integerField(f, 1); // "period"
  stringField(f, 2); // "period_unit"
  booleanField(f, 3); // "auto_renew"
  integerField(f, 4); // "auto_renew_period"
  stringsField(f, 5); // "instance_types"
  stringField(f, 6); // "image_type"
  stringField(f, 7); // "image_id"
  stringField(f, 8); // "key_pair"
  stringField(f, 9); // "login_password"
  stringField(f, 10); // "system_disk_category"
  integerField(f, 11); // "system_disk_size"
  stringField(f, 12); // "system_disk_snapshot_policy_id"
  stringField(f, 13); // "system_disk_performance_level"
  integerField(f, 14); // "system_disk_provisioned_iops"
  booleanField(f, 15); // "system_disk_bursting_enabled"
  stringField(f, 16); // "deploymentset_id"
  booleanField(f, 17); // "cloud_monitor_flags"
  booleanField(f, 18); // "soc_enabled"
  booleanField(f, 19); // "security_hardening_os"
  stringField(f, 20); // "cpu_policy"
  stringField(f, 21); // "runtime"
  stringField(f, 22); // "node_port_range"
  integerField(f, 23); // "size"
  unknownProperties(f, 'ModifyClusterBodyControlPlaneConfig');
}

function checkModifyClusterBodyOperationPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster_auto_upgrade');
  if (f === undefined) return;
  nested(f, 0, checkModifyClusterBodyOperationPolicyClusterAutoUpgrade); // "cluster_auto_upgrade"
  unknownProperties(f, 'ModifyClusterBodyOperationPolicy');
}

function checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enabled channel');
  if (f === undefined) return;
  booleanField(f, 0); // "enabled"
  stringField(f, 1); // "channel"
  unknownProperties(f, 'ModifyClusterBodyOperationPolicyClusterAutoUpgrade');
}

function checkModifyClusterBodySystemEventsLogging(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enabled logging_project');
  if (f === undefined) return;
  booleanField(f, 0); // "enabled"
  stringField(f, 1); // "logging_project"
  unknownProperties(f, 'ModifyClusterBodySystemEventsLogging');
}

function checkModifyClusterNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' nodepool_info auto_scaling management scaling_group kubernetes_config tee_config update_nodes concurrency',
  );
  if (f === undefined) return;
  nested(f, 0, checkModifyClusterNodePoolBodyNodepoolInfo); // "nodepool_info"
  nested(f, 1, checkModifyClusterNodePoolBodyAutoScaling); // "auto_scaling"
  nested(f, 2, checkModifyClusterNodePoolBodyManagement); // "management"
  nested(f, 3, checkModifyClusterNodePoolBodyScalingGroup); // "scaling_group"
  nested(f, 4, checkModifyClusterNodePoolBodyKubernetesConfig); // "kubernetes_config"
  nested(f, 5, checkModifyClusterNodePoolBodyTeeConfig); // "tee_config"
  booleanField(f, 6); // "update_nodes"
  booleanField(f, 7); // "concurrency"
  unknownProperties(f, 'ModifyClusterNodePoolBody');
}

function checkModifyClusterNodePoolBodyAutoScaling(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' enable type max_instances min_instances is_bond_eip eip_internet_charge_type eip_bandwidth',
  );
  if (f === undefined) return;
  booleanField(f, 0); // "enable"
  stringField(f, 1); // "type"
  if (integerField(f, 2)) {
    // "max_instances"
    minimum(f, 2, 0);
    maximum(f, 2, 2000);
  }

  if (integerField(f, 3)) {
    // "min_instances"
    minimum(f, 3, 0);
  }

  booleanField(f, 4); // "is_bond_eip"
  stringField(f, 5); // "eip_internet_charge_type"
  integerField(f, 6); // "eip_bandwidth"
  unknownProperties(f, 'ModifyClusterNodePoolBodyAutoScaling');
  lessOrEqual(f, 3, 2);
}

function checkModifyClusterNodePoolBodyKubernetesConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' labels taints runtime runtime_version cpu_policy unschedulable user_data cms_enabled pre_user_data node_name_mode',
  );
  if (f === undefined) return;
  objectsField(f, 0, checkTag, 0, 20); // "labels"
  objectsField(f, 1, checkTaint); // "taints"
  stringField(f, 2); // "runtime"
  stringField(f, 3); // "runtime_version"
  if (stringField(f, 4)) {
    // "cpu_policy"
    oneOf(f, 4, VALUES4);
  }

  booleanField(f, 5); // "unschedulable"
  if (stringField(f, 6)) {
    // "user_data"
    const v674 = f.values[6] as string;
    if (!isBase64(v674)) {
      fieldReport(f, 6, 'format', 'must be a valid base64 string (RFC 4648, padded)');
    }
  }

  booleanField(f, 7); // "cms_enabled"
  if (stringField(f, 8)) {
    // "pre_user_data"
    const v676 = f.values[8] as string;
    if (!isBase64(v676)) {
      fieldReport(f, 8, 'format', 'must be a valid base64 string (RFC 4648, padded)');
    }
  }

  stringField(f, 9); // "node_name_mode"
  unknownProperties(f, 'ModifyClusterNodePoolBodyKubernetesConfig');
}

function checkModifyClusterNodePoolBodyManagement(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' enable auto_repair auto_repair_policy auto_vul_fix auto_vul_fix_policy auto_upgrade auto_upgrade_policy upgrade_config',
  );
  if (f === undefined) return;
  booleanField(f, 0); // "enable"
  booleanField(f, 1); // "auto_repair"
  nested(f, 2, checkModifyClusterNodePoolBodyManagementAutoRepairPolicy); // "auto_repair_policy"
  booleanField(f, 3); // "auto_vul_fix"
  nested(f, 4, checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy); // "auto_vul_fix_policy"
  booleanField(f, 5); // "auto_upgrade"
  nested(f, 6, checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy); // "auto_upgrade_policy"
  nested(f, 7, checkModifyClusterNodePoolBodyManagementUpgradeConfig); // "upgrade_config"
  unknownProperties(f, 'ModifyClusterNodePoolBodyManagement');
}

function checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' restart_node approval_required');
  if (f === undefined) return;
  booleanField(f, 0); // "restart_node"
  booleanField(f, 1); // "approval_required"
  unknownProperties(f, 'ModifyClusterNodePoolBodyManagementAutoRepairPolicy');
}

function checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' auto_upgrade_kubelet auto_upgrade_runtime auto_upgrade_os');
  if (f === undefined) return;
  booleanField(f, 0); // "auto_upgrade_kubelet"
  booleanField(f, 1); // "auto_upgrade_runtime"
  booleanField(f, 2); // "auto_upgrade_os"
  unknownProperties(f, 'ModifyClusterNodePoolBodyManagementAutoUpgradePolicy');
}

function checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' restart_node vul_level exclude_packages');
  if (f === undefined) return;
  booleanField(f, 0); // "restart_node"
  stringField(f, 1); // "vul_level"
  stringField(f, 2); // "exclude_packages"
  unknownProperties(f, 'ModifyClusterNodePoolBodyManagementAutoVulFixPolicy');
}

function checkModifyClusterNodePoolBodyManagementUpgradeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' auto_upgrade surge surge_percentage max_unavailable');
  if (f === undefined) return;
  booleanField(f, 0); // "auto_upgrade"
  if (integerField(f, 1)) {
    // "surge"
    minimum(f, 1, 0);
  }

  if (integerField(f, 2)) {
    // "surge_percentage"
    minimum(f, 2, 0);
  }

  if (integerField(f, 3)) {
    // "max_unavailable"
    minimum(f, 3, 1);
    maximum(f, 3, 1000);
  }

  unknownProperties(f, 'ModifyClusterNodePoolBodyManagementUpgradeConfig');
}

function checkModifyClusterNodePoolBodyNodepoolInfo(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name resource_group_id');
  if (f === undefined) return;
  if (stringField(f, 0)) {
    // "name"
    const v694 = f.values[0] as string;
    minLength(f, 0, 1);
    maxLength(f, 0, 63);
    if (!PATTERN1.test(v694)) {
      fieldReport(f, 0, 'pattern', 'must match the pattern ^[^-]');
    }
  }

  stringField(f, 1); // "resource_group_id"
  unknownProperties(f, 'ModifyClusterNodePoolBodyNodepoolInfo');
}

function checkModifyClusterNodePoolBodyScalingGroup(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' vswitch_ids instance_types instance_charge_type period period_unit auto_renew auto_renew_period spot_strategy spot_price_limit image_type image_id system_disk_category system_disk_categories system_disk_size system_disk_performance_level system_disk_encrypted system_disk_kms_key_id system_disk_encrypt_algorithm system_disk_provisioned_iops system_disk_bursting_enabled data_disks key_pair login_password internet_charge_type internet_max_bandwidth_out tags desired_size multi_az_policy scaling_policy on_demand_base_capacity on_demand_percentage_above_base_capacity spot_instance_pools spot_instance_remedy compensate_with_on_demand rds_instances private_pool_options platform instance_patterns deploymentset_id security_group_ids resource_pool_options system_disk_snapshot_policy_id',
  );
  if (f === undefined) return;
  stringsField(f, 0, 1, 20); // "vswitch_ids"
  stringsField(f, 1, 1); // "instance_types"
  if (stringField(f, 2)) {
    // "instance_charge_type"
    oneOf(f, 2, VALUES5);
  }

  integerField(f, 3); // "period"
  stringField(f, 4); // "period_unit"
  booleanField(f, 5); // "auto_renew"
  integerField(f, 6); // "auto_renew_period"
  stringField(f, 7); // "spot_strategy"
  objectsField(f, 8, checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem); // "spot_price_limit"
  stringField(f, 9); // "image_type"
  stringField(f, 10); // "image_id"
  stringField(f, 11); // "system_disk_category"
  const a6 = arrayField(f, 12, 0, 10); // "system_disk_categories"
  if (a6 !== undefined) {
    for (let i8 = 0; i8 < a6.length; i8++) {
      const e8 = a6[i8];
      f.run.path[f.depth] = f.names[12] as string;
      f.run.path[f.depth + 1] = i8;
      if (typeof e8 !== 'string') {
        report(f.run, f.depth + 2, 'type', expected('string', e8));
      }
    }
  }

  if (integerField(f, 13)) {
    // "system_disk_size"
    minimum(f, 13, 20);
    maximum(f, 13, 2048);
  }

  stringField(f, 14); // "system_disk_performance_level"
  booleanField(f, 15); // "system_disk_encrypted"
  stringField(f, 16); // "system_disk_kms_key_id"
  stringField(f, 17); // "system_disk_encrypt_algorithm"
  if (integerField(f, 18)) {
    // "system_disk_provisioned_iops"
    minimum(f, 18, 0);
  }

  booleanField(f, 19); // "system_disk_bursting_enabled"
  objectsField(f, 20, checkDataDisk, 0, 10); // "data_disks"
  stringField(f, 21); // "key_pair"
  if (stringField(f, 22)) {
    // "login_password"
    maxLength(f, 22, 30);
  }

  stringField(f, 23); // "internet_charge_type"
  if (integerField(f, 24)) {
    // "internet_max_bandwidth_out"
    minimum(f, 24, 1);
    maximum(f, 24, 100);
  }

  objectsField(f, 25, checkTag); // "tags"
  if (integerField(f, 26)) {
    // "desired_size"
    minimum(f, 26, 0);
  }

  stringField(f, 27); // "multi_az_policy"
  stringField(f, 28); // "scaling_policy"
  if (integerField(f, 29)) {
    // "on_demand_base_capacity"
    minimum(f, 29, 0);
    maximum(f, 29, 1000);
  }

  if (integerField(f, 30)) {
    // "on_demand_percentage_above_base_capacity"
    minimum(f, 30, 0);
    maximum(f, 30, 100);
  }

  if (integerField(f, 31)) {
    // "spot_instance_pools"
    minimum(f, 31, 1);
    maximum(f, 31, 10);
  }

  booleanField(f, 32); // "spot_instance_remedy"
  booleanField(f, 33); // "compensate_with_on_demand"
  stringsField(f, 34); // "rds_instances"
  nested(f, 35, checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions); // "private_pool_options"
  stringField(f, 36); // "platform"
  objectsField(f, 37, checkInstancePatterns); // "instance_patterns"
  stringField(f, 38); // "deploymentset_id"
  stringsField(f, 39); // "security_group_ids"
  nested(f, 40, checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions); // "resource_pool_options"
  stringField(f, 41); // "system_disk_snapshot_policy_id"
  unknownProperties(f, 'ModifyClusterNodePoolBodyScalingGroup');
  if (f.values[2] === 'PrePaid') {
    if (f.values[3] === undefined) {
      fieldReport(f, 3, 'conditional_required', 'is required when instance_charge_type is "PrePaid"');
    }
  }

  if (f.values[2] === 'PrePaid' && f.values[5] === true) {
    if (f.values[6] === undefined) {
      fieldReport(
        f,
        6,
        'conditional_required',
        'is required when instance_charge_type is "PrePaid" and auto_renew is true',
      );
    }
  }
}

function checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' id match_criteria');
  if (f === undefined) return;
  stringField(f, 0); // "id"
  stringField(f, 1); // "match_criteria"
  unknownProperties(f, 'ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions');
}

function checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' strategy private_pool_ids');
  if (f === undefined) return;
  if (stringField(f, 0)) {
    // "strategy"
    oneOf(f, 0, VALUES14);
  }

  stringsField(f, 1); // "private_pool_ids"
  unknownProperties(f, 'ModifyClusterNodePoolBodyScalingGroupResourcePoolOptions');
}

function checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' instance_type price_limit');
  if (f === undefined) return;
  stringField(f, 0); // "instance_type"
  stringField(f, 1); // "price_limit"
  unknownProperties(f, 'ModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem');
}

function checkModifyClusterNodePoolBodyTeeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' tee_enable');
  if (f === undefined) return;
  booleanField(f, 0); // "tee_enable"
  unknownProperties(f, 'ModifyClusterNodePoolBodyTeeConfig');
}

function checkModifyClusterTagsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a7: readonly unknown[] = value;
    for (let i9 = 0; i9 < a7.length; i9++) {
      const e9 = a7[i9];
      run.path[depth] = i9;
      checkTag(e9, run, depth + 1);
    }
  }
}

function checkModifyNodePoolNodeConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' kubelet_config rolling_policy os_config containerd_config');
  if (f === undefined) return;
  nested(f, 0, checkKubeletConfig); // "kubelet_config"
  nested(f, 1, checkModifyNodePoolNodeConfigBodyRollingPolicy); // "rolling_policy"
  nested(f, 2, checkModifyNodePoolNodeConfigBodyOsConfig); // "os_config"
  nested(f, 3, checkContainerdConfig); // "containerd_config"
  unknownProperties(f, 'ModifyNodePoolNodeConfigBody');
}

function checkModifyNodePoolNodeConfigBodyOsConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' sysctl hugepage');
  if (f === undefined) return;
  objectField(f, 0); // "sysctl"
  nested(f, 1, checkHugepage); // "hugepage"
  unknownProperties(f, 'ModifyNodePoolNodeConfigBodyOsConfig');
}

function checkModifyNodePoolNodeConfigBodyRollingPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' max_parallelism');
  if (f === undefined) return;
  integerField(f, 0); // "max_parallelism"
  unknownProperties(f, 'ModifyNodePoolNodeConfigBodyRollingPolicy');
}

function checkModifyPolicyInstanceBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' action instance_name namespaces parameters');
  if (f === undefined) return;
  stringField(f, 0); // "action"
  stringField(f, 1); // "instance_name"
  stringsField(f, 2); // "namespaces"
  objectField(f, 3); // "parameters"
  unknownProperties(f, 'ModifyPolicyInstanceBody');
}

function checkNodePool(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' auto_scaling kubernetes_config nodepool_info scaling_group tee_config management count interconnect_mode interconnect_config max_nodes node_config node_components',
  );
  if (f === undefined) return;
  nested(f, 0, checkNodePoolAutoScaling); // "auto_scaling"
  nested(f, 1, checkNodePoolKubernetesConfig); // "kubernetes_config"
  nested(f, 2, checkNodePoolNodepoolInfo); // "nodepool_info"
  nested(f, 3, checkNodePoolScalingGroup); // "scaling_group"
  nested(f, 4, checkNodePoolTeeConfig); // "tee_config"
  nested(f, 5, checkNodePoolManagement); // "management"
  integerField(f, 6); // "count"
  stringField(f, 7); // "interconnect_mode"
  nested(f, 8, checkNodePoolInterconnectConfig); // "interconnect_config"
  integerField(f, 9); // "max_nodes"
  nested(f, 10, checkNodePoolNodeConfig); // "node_config"
  objectsField(f, 11, checkNodePoolNodeComponentsItem); // "node_components"
  unknownProperties(f, 'NodePool');
}

function checkNodePoolAutoScaling(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' enable max_instances min_instances type is_bond_eip eip_internet_charge_type eip_bandwidth',
  );
  if (f === undefined) return;
  requiredField(f, 0) && booleanField(f, 0); // "enable"
  requiredField(f, 1) && integerField(f, 1); // "max_instances"
  requiredField(f, 2) && integerField(f, 2); // "min_instances"
  stringField(f, 3); // "type"
  booleanField(f, 4); // "is_bond_eip"
  stringField(f, 5); // "eip_internet_charge_type"
  integerField(f, 6); // "eip_bandwidth"
  unknownProperties(f, 'NodePoolAutoScaling');
}

function checkNodePoolInterconnectConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cen_id ccn_id ccn_region_id bandwidth improved_period');
  if (f === undefined) return;
  stringField(f, 0); // "cen_id"
  stringField(f, 1); // "ccn_id"
  stringField(f, 2); // "ccn_region_id"
  integerField(f, 3); // "bandwidth"
  stringField(f, 4); // "improved_period"
  unknownProperties(f, 'NodePoolInterconnectConfig');
}

function checkNodePoolKubernetesConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' cms_enabled cpu_policy labels runtime runtime_version taints user_data node_name_mode',
  );
  if (f === undefined) return;
  booleanField(f, 0); // "cms_enabled"
  stringField(f, 1); // "cpu_policy"
  objectsField(f, 2, checkTag); // "labels"
  requiredField(f, 3) && stringField(f, 3); // "runtime"
  requiredField(f, 4) && stringField(f, 4); // "runtime_version"
  objectsField(f, 5, checkTaint); // "taints"
  stringField(f, 6); // "user_data"
  stringField(f, 7); // "node_name_mode"
  unknownProperties(f, 'NodePoolKubernetesConfig');
}

function checkNodePoolManagement(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' enable auto_repair upgrade_config auto_repair_policy auto_vul_fix auto_vul_fix_policy auto_upgrade auto_upgrade_policy',
  );
  if (f === undefined) return;
  booleanField(f, 0); // "enable"
  booleanField(f, 1); // "auto_repair"
  nested(f, 2, checkNodePoolManagementUpgradeConfig); // "upgrade_config"
  nested(f, 3, checkNodePoolManagementAutoRepairPolicy); // "auto_repair_policy"
  booleanField(f, 4); // "auto_vul_fix"
  nested(f, 5, checkNodePoolManagementAutoVulFixPolicy); // "auto_vul_fix_policy"
  booleanField(f, 6); // "auto_upgrade"
  nested(f, 7, checkNodePoolManagementAutoUpgradePolicy); // "auto_upgrade_policy"
  unknownProperties(f, 'NodePoolManagement');
}

function checkNodePoolManagementAutoRepairPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' restart_node');
  if (f === undefined) return;
  booleanField(f, 0); // "restart_node"
  unknownProperties(f, 'NodePoolManagementAutoRepairPolicy');
}

function checkNodePoolManagementAutoUpgradePolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' auto_upgrade_kubelet');
  if (f === undefined) return;
  booleanField(f, 0); // "auto_upgrade_kubelet"
  unknownProperties(f, 'NodePoolManagementAutoUpgradePolicy');
}

function checkNodePoolManagementAutoVulFixPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' restart_node vul_level');
  if (f === undefined) return;
  booleanField(f, 0); // "restart_node"
  stringField(f, 1); // "vul_level"
  unknownProperties(f, 'NodePoolManagementAutoVulFixPolicy');
}

function checkNodePoolManagementUpgradeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' auto_upgrade surge surge_percentage max_unavailable');
  if (f === undefined) return;
  booleanField(f, 0); // "auto_upgrade"
  integerField(f, 1); // "surge"
  integerField(f, 2); // "surge_percentage"
  integerField(f, 3); // "max_unavailable"
  unknownProperties(f, 'NodePoolManagementUpgradeConfig');
}

function checkNodePoolNodeComponentsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name version config');
  if (f === undefined) return;
  stringField(f, 0); // "name"
  stringField(f, 1); // "version"
  nested(f, 2, checkNodePoolNodeComponentsItemConfig); // "config"
  unknownProperties(f, 'NodePoolNodeComponentsItem');
}

function checkNodePoolNodeComponentsItemConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' custom_config');
  if (f === undefined) return;
  if (objectField(f, 0)) {
    // "custom_config"
    const m3 = f.values[0] as Record<string, unknown>;
    const k3 = Object.keys(m3);
    for (let i10 = 0; i10 < k3.length; i10++) {
      const key3 = k3[i10] as string;
      const e10 = m3[key3];
      f.run.path[f.depth] = f.names[0] as string;
      f.run.path[f.depth + 1] = key3;
      if (typeof e10 !== 'string') {
        report(f.run, f.depth + 2, 'type', expected('string', e10));
      }
    }
  }

  unknownProperties(f, 'NodePoolNodeComponentsItemConfig');
}

function checkNodePoolNodeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' kubelet_configuration');
  if (f === undefined) return;
  nested(f, 0, checkKubeletConfig); // "kubelet_configuration"
  unknownProperties(f, 'NodePoolNodeConfig');
}

function checkNodePoolNodepoolInfo(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name resource_group_id type');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "name"
  stringField(f, 1); // "resource_group_id"
  stringField(f, 2); // "type"
  unknownProperties(f, 'NodePoolNodepoolInfo');
}

function checkNodePoolScalingGroup(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' auto_renew auto_renew_period data_disks image_id instance_charge_type instance_types key_pair login_password login_as_non_root period period_unit platform rds_instances spot_strategy spot_price_limit scaling_policy security_group_id security_group_ids system_disk_category system_disk_categories system_disk_size system_disk_performance_level system_disk_encrypted system_disk_kms_key_id system_disk_encrypt_algorithm system_disk_provisioned_iops system_disk_bursting_enabled tags vswitch_ids multi_az_policy on_demand_base_capacity on_demand_percentage_above_base_capacity spot_instance_pools spot_instance_remedy compensate_with_on_demand internet_charge_type internet_max_bandwidth_out image_type deploymentset_id desired_size private_pool_options ram_role_name instance_metadata_options resource_pool_options',
  );
  if (f === undefined) return;
  booleanField(f, 0); // "auto_renew"
  integerField(f, 1); // "auto_renew_period"
  objectsField(f, 2, checkDataDisk); // "data_disks"
  stringField(f, 3); // "image_id"
  requiredField(f, 4) && stringField(f, 4); // "instance_charge_type"
  if (requiredField(f, 5)) {
    // "instance_types"
    stringsField(f, 5);
  }

  stringField(f, 6); // "key_pair"
  stringField(f, 7); // "login_password"
  booleanField(f, 8); // "login_as_non_root"
  integerField(f, 9); // "period"
  stringField(f, 10); // "period_unit"
  stringField(f, 11); // "platform"
  stringsField(f, 12); // "rds_instances"
  stringField(f, 13); // "spot_strategy"
  objectsField(f, 14, checkNodePoolScalingGroupSpotPriceLimitItem); // "spot_price_limit"
  stringField(f, 15); // "scaling_policy"
  stringField(f, 16); // "security_group_id"
  stringsField(f, 17); // "security_group_ids"
  stringField(f, 18); // "system_disk_category"
  stringsField(f, 19, 0, 10); // "system_disk_categories"
  integerField(f, 20); // "system_disk_size"
  stringField(f, 21); // "system_disk_performance_level"
  booleanField(f, 22); // "system_disk_encrypted"
  stringField(f, 23); // "system_disk_kms_key_id"
  stringField(f, 24); // "system_disk_encrypt_algorithm"
  integerField(f, 25); // "system_disk_provisioned_iops"
  booleanField(f, 26); // "system_disk_bursting_enabled"
  objectsField(f, 27, checkNodePoolScalingGroupTagsItem); // "tags"
  if (requiredField(f, 28)) {
    // "vswitch_ids"
    stringsField(f, 28);
  }

  stringField(f, 29); // "multi_az_policy"
  integerField(f, 30); // "on_demand_base_capacity"
  integerField(f, 31); // "on_demand_percentage_above_base_capacity"
  integerField(f, 32); // "spot_instance_pools"
  booleanField(f, 33); // "spot_instance_remedy"
  booleanField(f, 34); // "compensate_with_on_demand"
  stringField(f, 35); // "internet_charge_type"
  integerField(f, 36); // "internet_max_bandwidth_out"
  stringField(f, 37); // "image_type"
  stringField(f, 38); // "deploymentset_id"
  integerField(f, 39); // "desired_size"
  nested(f, 40, checkNodePoolScalingGroupPrivatePoolOptions); // "private_pool_options"
  stringField(f, 41); // "ram_role_name"
  nested(f, 42, checkInstanceMetadataOptions); // "instance_metadata_options"
  nested(f, 43, checkNodePoolScalingGroupResourcePoolOptions); // "resource_pool_options"
  unknownProperties(f, 'NodePoolScalingGroup');
}

function checkNodePoolScalingGroupPrivatePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' id match_criteria');
  if (f === undefined) return;
  stringField(f, 0); // "id"
  stringField(f, 1); // "match_criteria"
  unknownProperties(f, 'NodePoolScalingGroupPrivatePoolOptions');
}

function checkNodePoolScalingGroupResourcePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' strategy private_pool_ids');
  if (f === undefined) return;
  if (stringField(f, 0)) {
    // "strategy"
    oneOf(f, 0, VALUES14);
  }

  stringsField(f, 1, 0, 20); // "private_pool_ids"
  unknownProperties(f, 'NodePoolScalingGroupResourcePoolOptions');
}

function checkNodePoolScalingGroupSpotPriceLimitItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' instance_type price_limit');
  if (f === undefined) return;
  stringField(f, 0); // "instance_type"
  stringField(f, 1); // "price_limit"
  unknownProperties(f, 'NodePoolScalingGroupSpotPriceLimitItem');
}

function checkNodePoolScalingGroupTagsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' key value');
  if (f === undefined) return;
  stringField(f, 0); // "key"
  stringField(f, 1); // "value"
  unknownProperties(f, 'NodePoolScalingGroupTagsItem');
}

function checkNodePoolTeeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' tee_enable');
  if (f === undefined) return;
  requiredField(f, 0) && booleanField(f, 0); // "tee_enable"
  unknownProperties(f, 'NodePoolTeeConfig');
}

function checkRepairClusterNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' nodes auto_restart operations');
  if (f === undefined) return;
  stringsField(f, 0); // "nodes"
  booleanField(f, 1); // "auto_restart"
  objectsField(f, 2, checkRepairClusterNodePoolBodyOperationsItem); // "operations"
  unknownProperties(f, 'RepairClusterNodePoolBody');
}

function checkRepairClusterNodePoolBodyOperationsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' operation_id args');
  if (f === undefined) return;
  stringField(f, 0); // "operation_id"
  stringsField(f, 1); // "args"
  unknownProperties(f, 'RepairClusterNodePoolBodyOperationsItem');
}

function checkRunClusterCheckBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' type target options');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "type"
  stringField(f, 1); // "target"
  if (objectField(f, 2)) {
    // "options"
    const m4 = f.values[2] as Record<string, unknown>;
    const k4 = Object.keys(m4);
    for (let i11 = 0; i11 < k4.length; i11++) {
      const key4 = k4[i11] as string;
      const e11 = m4[key4];
      f.run.path[f.depth] = f.names[2] as string;
      f.run.path[f.depth + 1] = key4;
      if (typeof e11 !== 'string') {
        report(f.run, f.depth + 2, 'type', expected('string', e11));
      }
    }
  }

  unknownProperties(f, 'RunClusterCheckBody');
}

function checkRunClusterInspectBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' clientToken');
  if (f === undefined) return;
  stringField(f, 0); // "clientToken"
  unknownProperties(f, 'RunClusterInspectBody');
}

function checkRuntime(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name version');
  if (f === undefined) return;
  stringField(f, 0); // "name"
  stringField(f, 1); // "version"
  unknownProperties(f, 'Runtime');
}

function checkScaleClusterNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' count');
  if (f === undefined) return;
  if (integerField(f, 0)) {
    // "count"
    minimum(f, 0, 1);
    maximum(f, 0, 500);
  }

  unknownProperties(f, 'ScaleClusterNodePoolBody');
}

function checkStartAlertBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' alert_rule_group_name alert_rule_name');
  if (f === undefined) return;
  stringField(f, 0); // "alert_rule_group_name"
  stringField(f, 1); // "alert_rule_name"
  unknownProperties(f, 'StartAlertBody');
}

function checkStartWorkflowBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' workflow_type service mapping_oss_region mapping_fastq_first_filename mapping_fastq_second_filename mapping_bucket_name mapping_fastq_path mapping_reference_path mapping_is_mark_dup mapping_bam_out_path mapping_bam_out_filename wgs_oss_region wgs_fastq_first_filename wgs_fastq_second_filename wgs_bucket_name wgs_fastq_path wgs_reference_path wgs_vcf_out_path wgs_vcf_out_filename',
  );
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "workflow_type"
  stringField(f, 1); // "service"
  stringField(f, 2); // "mapping_oss_region"
  stringField(f, 3); // "mapping_fastq_first_filename"
  stringField(f, 4); // "mapping_fastq_second_filename"
  stringField(f, 5); // "mapping_bucket_name"
  stringField(f, 6); // "mapping_fastq_path"
  stringField(f, 7); // "mapping_reference_path"
  stringField(f, 8); // "mapping_is_mark_dup"
  stringField(f, 9); // "mapping_bam_out_path"
  stringField(f, 10); // "mapping_bam_out_filename"
  stringField(f, 11); // "wgs_oss_region"
  stringField(f, 12); // "wgs_fastq_first_filename"
  stringField(f, 13); // "wgs_fastq_second_filename"
  stringField(f, 14); // "wgs_bucket_name"
  stringField(f, 15); // "wgs_fastq_path"
  stringField(f, 16); // "wgs_reference_path"
  stringField(f, 17); // "wgs_vcf_out_path"
  stringField(f, 18); // "wgs_vcf_out_filename"
  unknownProperties(f, 'StartWorkflowBody');
}

function checkStopAlertBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' alert_rule_group_name alert_rule_name');
  if (f === undefined) return;
  stringField(f, 0); // "alert_rule_group_name"
  stringField(f, 1); // "alert_rule_name"
  unknownProperties(f, 'StopAlertBody');
}

function checkTag(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' key value');
  if (f === undefined) return;
  stringField(f, 0); // "key"
  stringField(f, 1); // "value"
  unknownProperties(f, 'Tag');
}

function checkTagResourcesBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' resource_ids resource_type region_id tags');
  if (f === undefined) return;
  if (requiredField(f, 0)) {
    // "resource_ids"
    stringsField(f, 0);
  }

  requiredField(f, 1) && stringField(f, 1); // "resource_type"
  requiredField(f, 2) && stringField(f, 2); // "region_id"
  if (requiredField(f, 3)) {
    // "tags"
    objectsField(f, 3, checkTag);
  }

  unknownProperties(f, 'TagResourcesBody');
}

function checkTaint(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' key value effect');
  if (f === undefined) return;
  stringField(f, 0); // "key"
  stringField(f, 1); // "value"
  if (stringField(f, 2)) {
    // "effect"
    oneOf(f, 2, VALUES15);
  }

  unknownProperties(f, 'Taint');
}

function checkUnInstallClusterAddonsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a8: readonly unknown[] = value;
    for (let i12 = 0; i12 < a8.length; i12++) {
      const e12 = a8[i12];
      run.path[depth] = i12;
      checkUnInstallClusterAddonsBodyItem(e12, run, depth + 1);
    }
  }
}

function checkUnInstallClusterAddonsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' name cleanup_cloud_resources');
  if (f === undefined) return;
  stringField(f, 0); // "name"
  booleanField(f, 1); // "cleanup_cloud_resources"
  unknownProperties(f, 'UnInstallClusterAddonsBodyItem');
}

function checkUpdateClusterAuditLogConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' sls_project_name disable');
  if (f === undefined) return;
  stringField(f, 0); // "sls_project_name"
  booleanField(f, 1); // "disable"
  unknownProperties(f, 'UpdateClusterAuditLogConfigBody');
}

function checkUpdateClusterInspectConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' enabled scheduleTime disabledCheckItems');
  if (f === undefined) return;
  booleanField(f, 0); // "enabled"
  stringField(f, 1); // "scheduleTime"
  stringsField(f, 2); // "disabledCheckItems"
  unknownProperties(f, 'UpdateClusterInspectConfigBody');
}

function checkUpdateContactGroupForAlertBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' alert_rule_group_name contact_group_ids cr_name namespace');
  if (f === undefined) return;
  stringField(f, 0); // "alert_rule_group_name"
  const a9 = arrayField(f, 1); // "contact_group_ids"
  if (a9 !== undefined) {
    for (let i13 = 0; i13 < a9.length; i13++) {
      const e13 = a9[i13];
      f.run.path[f.depth] = f.names[1] as string;
      f.run.path[f.depth + 1] = i13;
      if (typeof e13 !== 'number' || !Number.isSafeInteger(e13)) {
        report(f.run, f.depth + 2, 'type', expected('integer', e13));
      }
    }
  }

  stringField(f, 2); // "cr_name"
  stringField(f, 3); // "namespace"
  unknownProperties(f, 'UpdateContactGroupForAlertBody');
}

function checkUpdateControlPlaneLogBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' log_project log_ttl aliuid components');
  if (f === undefined) return;
  stringField(f, 0); // "log_project"
  stringField(f, 1); // "log_ttl"
  stringField(f, 2); // "aliuid"
  stringsField(f, 3); // "components"
  unknownProperties(f, 'UpdateControlPlaneLogBody');
}

function checkUpdateK8sClusterUserConfigExpireBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' expire_hour user');
  if (f === undefined) return;
  if (requiredField(f, 0) && integerField(f, 0)) {
    // "expire_hour"
    minimum(f, 0, 0);
    maximum(f, 0, 876000);
  }

  requiredField(f, 1) && stringField(f, 1); // "user"
  unknownProperties(f, 'UpdateK8sClusterUserConfigExpireBody');
}

function checkUpdateResourcesDeleteProtectionBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' namespace resource_type resources enable');
  if (f === undefined) return;
  stringField(f, 0); // "namespace"
  if (requiredField(f, 1) && stringField(f, 1)) {
    // "resource_type"
    oneOf(f, 1, VALUES16);
  }

  stringsField(f, 2); // "resources"
  booleanField(f, 3); // "enable"
  unknownProperties(f, 'UpdateResourcesDeleteProtectionBody');
}

function checkUpdateTemplateBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' description name tags template template_type');
  if (f === undefined) return;
  stringField(f, 0); // "description"
  stringField(f, 1); // "name"
  stringField(f, 2); // "tags"
  stringField(f, 3); // "template"
  stringField(f, 4); // "template_type"
  unknownProperties(f, 'UpdateTemplateBody');
}

function checkUpdateUserPermissionsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a10: readonly unknown[] = value;
    for (let i14 = 0; i14 < a10.length; i14++) {
      const e14 = a10[i14];
      run.path[depth] = i14;
      checkUpdateUserPermissionsBodyItem(e14, run, depth + 1);
    }
  }
}

function checkUpdateUserPermissionsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' cluster is_custom role_name role_type namespace is_ram_role');
  if (f === undefined) return;
  stringField(f, 0); // "cluster"
  booleanField(f, 1); // "is_custom"
  stringField(f, 2); // "role_name"
  stringField(f, 3); // "role_type"
  stringField(f, 4); // "namespace"
  booleanField(f, 5); // "is_ram_role"
  unknownProperties(f, 'UpdateUserPermissionsBodyItem');
}

function checkUpgradeClusterAddonsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a11: readonly unknown[] = value;
    for (let i15 = 0; i15 < a11.length; i15++) {
      const e15 = a11[i15];
      run.path[depth] = i15;
      checkUpgradeClusterAddonsBodyItem(e15, run, depth + 1);
    }
  }
}

function checkUpgradeClusterAddonsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' component_name next_version version config policy');
  if (f === undefined) return;
  requiredField(f, 0) && stringField(f, 0); // "component_name"
  requiredField(f, 1) && stringField(f, 1); // "next_version"
  stringField(f, 2); // "version"
  stringField(f, 3); // "config"
  stringField(f, 4); // "policy"
  unknownProperties(f, 'UpgradeClusterAddonsBodyItem');
}

function checkUpgradeClusterBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' component_name next_version version master_only rolling_policy');
  if (f === undefined) return;
  stringField(f, 0); // "component_name"
  stringField(f, 1); // "next_version"
  stringField(f, 2); // "version"
  booleanField(f, 3); // "master_only"
  nested(f, 4, checkUpgradeClusterBodyRollingPolicy); // "rolling_policy"
  unknownProperties(f, 'UpgradeClusterBody');
}

function checkUpgradeClusterBodyRollingPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' max_parallelism');
  if (f === undefined) return;
  if (integerField(f, 0)) {
    // "max_parallelism"
    const v890 = f.values[0] as number;
    if (!(v890 >= -2147483648 && v890 <= 2147483647)) {
      fieldReport(f, 0, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  unknownProperties(f, 'UpgradeClusterBodyRollingPolicy');
}

function checkUpgradeClusterNodepoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(
    value,
    run,
    depth,
    ' image_id runtime_version kubernetes_version runtime_type use_replace rolling_policy node_names',
  );
  if (f === undefined) return;
  stringField(f, 0); // "image_id"
  stringField(f, 1); // "runtime_version"
  stringField(f, 2); // "kubernetes_version"
  stringField(f, 3); // "runtime_type"
  booleanField(f, 4); // "use_replace"
  nested(f, 5, checkUpgradeClusterNodepoolBodyRollingPolicy); // "rolling_policy"
  stringsField(f, 6); // "node_names"
  unknownProperties(f, 'UpgradeClusterNodepoolBody');
}

function checkUpgradeClusterNodepoolBodyRollingPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, ' pause_policy batch_interval max_parallelism');
  if (f === undefined) return;
  if (stringField(f, 0)) {
    // "pause_policy"
    oneOf(f, 0, VALUES17);
  }

  if (integerField(f, 1)) {
    // "batch_interval"
    const v897 = f.values[1] as number;
    if (!(v897 >= -2147483648 && v897 <= 2147483647)) {
      fieldReport(f, 1, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  if (integerField(f, 2)) {
    // "max_parallelism"
    const v898 = f.values[2] as number;
    if (!(v898 >= -2147483648 && v898 <= 2147483647)) {
      fieldReport(f, 2, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }

  unknownProperties(f, 'UpgradeClusterNodepoolBodyRollingPolicy');
}
