// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import { ValidationError } from './runtime/errors.js';
import {
  codePointLength,
  isBase64,
  type ValidationCode,
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
/** One object being checked: its own field values, read in one pass over its keys, and where it sits. */
interface Fields {
  readonly run: Run;
  /** Path tokens of the object in `run.path`. */
  readonly depth: number;
  readonly spec: ObjectSpec;
  readonly object: Record<string, unknown>;
  readonly names: readonly string[];
  /** Own value of each field, in list order; undefined when absent. */
  values: unknown[];
  /** The keys expected in this order (the last object's of the type), with their positions. */
  readonly keys: readonly string[];
  readonly positions: readonly number[];
  /** The fields to check for those keys, in list order: the declared ones among them and the required ones. */
  visit: readonly number[];
  /** Own keys read so far, and whether they came in the expected order. */
  count: number;
  inOrder: boolean;
  /** Own keys that are not declared, in key order (shared between objects: never changed). */
  unknown: readonly string[] | undefined;
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

/** A JSON Pointer reference token (RFC 6901): `~` → `~0`, `/` → `~1`. */
function pointerToken(token: Token): string {
  if (typeof token === 'number' || (token.indexOf('~') === -1 && token.indexOf('/') === -1)) return String(token);
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Adds an issue at the first `depth` tokens of the path, then `last` when given. Returns false, for `||` chains. */
function report(run: Run, depth: number, code: ValidationCode, message: string, last?: Token): false {
  let path = '';
  for (let i = 0; i < depth; i++) path += '/' + pointerToken(run.path[i] ?? '');
  if (last !== undefined) path += '/' + pointerToken(last);
  run.issues.push({ path, code, message });
  return false;
}

/** Adds an issue at field `i` of an object. */
function fieldReport(f: Fields, i: number, code: ValidationCode, message: string): false {
  return report(f.run, f.depth, code, message, f.names[i]);
}

/** The JSON type of a value for messages, never the value itself. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'a non-finite number';
    if (!Number.isInteger(value)) return 'number';
    return Number.isSafeInteger(value) ? 'integer' : 'an integer beyond 2^53-1 in magnitude';
  }
  const type = typeof value;
  return type === 'string' || type === 'boolean' || type === 'object' || type === 'undefined' ? type : 'other';
}

/** The message of a `type` issue: what was expected and the JSON type found. */
function expected(type: string, value: unknown, suffix = ''): string {
  return 'expected ' + type + ', got ' + kindOf(value) + suffix;
}

/**
 * The fields of one object type: `list` gives each as a separator (`list[0]`), a kind letter and the name. Kinds:
 * `s` string, `i` integer, `n` number, `b` boolean, `m` object, `a` array of strings, `u` anything; with a
 * handler, in field order: `e` one of a closed list of strings (the list), `o` a named type (its check function),
 * `l` an array of a named type (its check function), `x` checked by a function of the `Fields` and the field's
 * position. An upper-case kind marks a required field.
 */
interface ObjectSpec {
  /** Names the type in `unknown_property` messages; undefined for an open object (unknown keys are allowed). */
  readonly typeName: string | undefined;
  readonly list: string;
  readonly handlers: readonly Handler[];
  /** Fields from this position on are read for rules only (and count as unknown); -1: none is. */
  readonly declared: number;
  /** Parsed from `list` on first use. */
  table: FieldTable | undefined;
  /**
   * The own keys of the last object read, the position of each (-1: not a field) and the undeclared ones: objects
   * of one type mostly come with the same keys in the same order, which then need no lookup.
   */
  keys: readonly string[];
  positions: readonly number[];
  visit: readonly number[] | undefined;
  unknown: readonly string[] | undefined;
}

type Handler = Check | readonly string[] | ((f: Fields, i: number) => void);

interface FieldTable {
  readonly names: string[];
  /** Kind letters as lower-case character codes. */
  readonly kinds: number[];
  readonly required: boolean[];
  readonly handlers: (Handler | undefined)[];
  /** The `enum` message of each `e` field. */
  readonly enumMessages: (string | undefined)[];
  readonly positions: Map<string, number>;
  /** `undefined` for each field: copied for the values of each object. */
  readonly absent: readonly unknown[];
  /** How many fields are declared (the others are read for rules only). */
  readonly declared: number;
  /** Positions of the required fields. */
  readonly requiredPositions: readonly number[];
}

function objectSpec(
  typeName: string | undefined,
  list: string,
  handlers: readonly Handler[] = [],
  declared = -1,
): ObjectSpec {
  return {
    typeName,
    list,
    handlers,
    declared,
    table: undefined,
    keys: [],
    positions: [],
    visit: undefined,
    unknown: undefined,
  };
}

function fieldTable({ list, handlers, declared }: ObjectSpec): FieldTable {
  const entries = list === '' ? [] : list.slice(1).split(list.charAt(0));
  const names = entries.map((entry) => entry.slice(1));
  // Letters differ from their upper case in bit 5 only.
  const kinds = entries.map((entry) => entry.charCodeAt(0) | 32);
  const required = entries.map((entry) => (entry.charCodeAt(0) & 32) === 0);
  let next = 0;
  const fieldHandlers = kinds.map((kind) =>
    'eolx'.includes(String.fromCharCode(kind)) ? handlers[next++] : undefined,
  );
  return {
    names,
    kinds,
    required,
    requiredPositions: required.flatMap((isRequired, position) => (isRequired ? [position] : [])),
    handlers: fieldHandlers,
    enumMessages: kinds.map((kind, i) =>
      kind === 101
        ? 'must be one of ' + (fieldHandlers[i] as readonly string[]).map((v) => JSON.stringify(v)).join(', ')
        : undefined,
    ),
    positions: new Map(names.map((name, position) => [name, position])),
    absent: names.map(() => undefined),
    declared: declared < 0 ? names.length : declared,
  };
}

/** The `Fields` of `value` before its keys are read; reports a value that is not an object. */
function fieldsOf(value: unknown, run: Run, depth: number, spec: ObjectSpec): Fields | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(run, depth, 'type', expected('object', value));
    return undefined;
  }
  const table = (spec.table ??= fieldTable(spec));
  const { keys, positions, unknown } = spec;
  const visit = spec.visit ?? table.requiredPositions;
  const object = value as Record<string, unknown>;
  const values = table.absent.slice();
  return {
    run,
    depth,
    spec,
    object,
    names: table.names,
    values,
    keys,
    positions,
    visit,
    count: 0,
    inOrder: true,
    unknown,
  };
}

/** Takes the next own key of the object and its value. */
function readField(f: Fields, key: string, value: unknown): void {
  const i = f.count++;
  if (f.keys[i] !== key) f.inOrder = false;
  else {
    const position = f.positions[i] as number;
    if (position >= 0) f.values[position] = value;
  }
}

/** Checks the fields of an object (its keys read) in list order, then reports its unknown keys. */
function checkFields(f: Fields): void {
  if (!f.inOrder || f.count !== f.keys.length) readByName(f);
  const { run, depth, spec, values, names, visit } = f;
  const { kinds, required, handlers, enumMessages } = spec.table as FieldTable;
  for (let v = 0; v < visit.length; v++) {
    const i = visit[v] as number;
    const field = values[i];
    if (field === undefined) {
      if (required[i]) fieldReport(f, i, 'required', 'is required');
      continue;
    }
    const handler = handlers[i];
    switch (kinds[i]) {
      case 115: // s
        if (typeof field !== 'string') fieldReport(f, i, 'type', expected('string', field));
        break;
      case 105: // i
        if (!Number.isSafeInteger(field)) fieldReport(f, i, 'type', expected('integer', field));
        break;
      case 110: // n
        if (!Number.isFinite(field)) fieldReport(f, i, 'type', expected('number', field));
        break;
      case 98: // b
        if (typeof field !== 'boolean') fieldReport(f, i, 'type', expected('boolean', field));
        break;
      case 109: // m
        if (typeof field !== 'object' || field === null || Array.isArray(field))
          fieldReport(f, i, 'type', expected('object', field));
        break;
      case 101: // e
        if (typeof field !== 'string') fieldReport(f, i, 'type', expected('string', field));
        else if (!(handler as readonly string[]).includes(field)) fieldReport(f, i, 'enum', enumMessages[i] as string);
        break;
      case 111: // o
        run.path[depth] = names[i] as string;
        (handler as Check)(field, run, depth + 1);
        break;
      case 97: // a
        if (!Array.isArray(field)) {
          fieldReport(f, i, 'type', expected('array', field));
          break;
        }
        for (let j = 0; j < field.length; j++) {
          const item: unknown = field[j];
          if (typeof item === 'string') continue;
          run.path[depth] = names[i] as string;
          report(run, depth + 1, 'type', expected('string', item), j);
        }
        break;
      case 108: // l
        if (!Array.isArray(field)) {
          fieldReport(f, i, 'type', expected('array', field));
          break;
        }
        run.path[depth] = names[i] as string;
        for (let j = 0; j < field.length; j++) {
          run.path[depth + 1] = j;
          (handler as Check)(field[j], run, depth + 2);
        }
        break;
      case 120: // x
        (handler as (f: Fields, i: number) => void)(f, i);
    }
  }
  const unknown = f.unknown;
  if (spec.typeName !== undefined && unknown !== undefined)
    for (let i = 0; i < unknown.length; i++)
      report(run, depth, 'unknown_property', 'is not a property of ' + spec.typeName, unknown[i]);
}

/** Reads an object whose keys differ from the last one's of its type: looks each key up, and remembers them. */
function readByName(f: Fields): void {
  const { spec, object } = f;
  const table = spec.table as FieldTable;
  const values = table.absent.slice();
  const keys = Object.keys(object);
  const positions: number[] = [];
  let unknown: string[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const position = table.positions.get(key) ?? -1;
    positions.push(position);
    if (position >= 0) values[position] = object[key];
    if (position < 0 || position >= table.declared) (unknown ??= []).push(key);
  }
  const visit = [...new Set([...table.requiredPositions, ...positions.filter((p) => p >= 0 && p < table.declared)])];
  visit.sort((a, b) => a - b);
  spec.keys = keys;
  spec.positions = positions;
  spec.visit = visit;
  spec.unknown = unknown;
  f.values = values;
  f.visit = visit;
  f.unknown = unknown;
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

/** Whether field `i` is a JSON object; reports any other present value. */
function objectField(f: Fields, i: number): boolean {
  const value = f.values[i];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
  return value !== undefined && fieldReport(f, i, 'type', expected('object', value));
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
const PATTERN1 = /* @__PURE__ */ new RegExp('^[^-]', 'u');
const VALUES14: readonly string[] = ['PrivatePoolFirst', 'PrivatePoolOnly', 'None'];
const VALUES15: readonly string[] = ['NoSchedule', 'NoExecute', 'PreferNoSchedule'];
const VALUES16: readonly string[] = ['services', 'namespaces'];
const VALUES17: readonly string[] = ['FirstBatch', 'EveryBatch', 'NotPause'];
const stringMinLength1Field = (f: Fields, i: number): void => {
  if (stringField(f, i)) {
    minLength(f, i, 1);
  }
};
const integerArrayField = (f: Fields, i: number): void => {
  const a1 = arrayField(f, i);
  if (a1 !== undefined) {
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      f.run.path[f.depth] = f.names[i] as string;
      f.run.path[f.depth + 1] = i1;
      if (typeof e1 !== 'number' || !Number.isSafeInteger(e1)) {
        report(f.run, f.depth + 2, 'type', expected('integer', e1));
      }
    }
  }
};
const integerInt32Field = (f: Fields, i: number): void => {
  if (integerField(f, i)) {
    const v1 = f.values[i] as number;
    if (!(v1 >= -2147483648 && v1 <= 2147483647)) {
      fieldReport(f, i, 'format', 'must be a valid 32-bit integer (from -2^31 to 2^31-1)');
    }
  }
};
const integerMinimum0Maximum2000Field = (f: Fields, i: number): void => {
  if (integerField(f, i)) {
    minimum(f, i, 0);
    maximum(f, i, 2000);
  }
};
const integerMinimum0Field = (f: Fields, i: number): void => {
  if (integerField(f, i)) {
    minimum(f, i, 0);
  }
};
const stringByteField = (f: Fields, i: number): void => {
  if (stringField(f, i)) {
    const v1 = f.values[i] as string;
    if (!isBase64(v1)) {
      fieldReport(f, i, 'format', 'must be a valid base64 string (RFC 4648, padded)');
    }
  }
};
const stringMapField = (f: Fields, i: number): void => {
  if (objectField(f, i)) {
    const m1 = f.values[i] as Record<string, unknown>;
    const k1 = Object.keys(m1);
    for (let i1 = 0; i1 < k1.length; i1++) {
      const key1 = k1[i1] as string;
      const e1 = m1[key1];
      f.run.path[f.depth] = f.names[i] as string;
      f.run.path[f.depth + 1] = key1;
      if (typeof e1 !== 'string') {
        report(f.run, f.depth + 2, 'type', expected('string', e1));
      }
    }
  }
};
const stringArrayMaxItems10Field = (f: Fields, i: number): void => {
  stringsField(f, i, 0, 10);
};
const integerMinimum20Maximum2048Field = (f: Fields, i: number): void => {
  if (integerField(f, i)) {
    minimum(f, i, 20);
    maximum(f, i, 2048);
  }
};
const stringMaxLength30Field = (f: Fields, i: number): void => {
  if (stringField(f, i)) {
    maxLength(f, i, 30);
  }
};
const fieldsAttachInstancesRequest = /* @__PURE__ */ objectSpec('AttachInstancesRequest', ' SClusterId Obody', [
  checkAttachInstancesBody,
]);
const fieldsAttachInstancesToNodePoolRequest = /* @__PURE__ */ objectSpec(
  'AttachInstancesToNodePoolRequest',
  ' SClusterId SNodepoolId obody',
  [checkAttachInstancesToNodePoolBody],
);
const fieldsCancelClusterUpgradeRequest = /* @__PURE__ */ objectSpec('CancelClusterUpgradeRequest', ' SClusterId');
const fieldsCancelComponentUpgradeRequest = /* @__PURE__ */ objectSpec(
  'CancelComponentUpgradeRequest',
  ' SclusterId ScomponentId',
);
const fieldsCancelOperationPlanRequest = /* @__PURE__ */ objectSpec('CancelOperationPlanRequest', ' Splan_id');
const fieldsCancelTaskRequest = /* @__PURE__ */ objectSpec('CancelTaskRequest', ' Stask_id');
const fieldsCancelWorkflowRequest = /* @__PURE__ */ objectSpec('CancelWorkflowRequest', ' SworkflowName Obody', [
  checkCancelWorkflowBody,
]);
const fieldsCheckControlPlaneLogEnableRequest = /* @__PURE__ */ objectSpec(
  'CheckControlPlaneLogEnableRequest',
  ' SClusterId',
);
const fieldsCheckServiceRoleRequest = /* @__PURE__ */ objectSpec('CheckServiceRoleRequest', ' Obody', [
  checkCheckServiceRoleBody,
]);
const fieldsCleanClusterUserPermissionsRequest = /* @__PURE__ */ objectSpec(
  'CleanClusterUserPermissionsRequest',
  ' SClusterId SUid bForce',
);
const fieldsCleanUserPermissionsRequest = /* @__PURE__ */ objectSpec(
  'CleanUserPermissionsRequest',
  ' SUid bForce aClusterIds',
);
const fieldsCreateAutoscalingConfigRequest = /* @__PURE__ */ objectSpec(
  'CreateAutoscalingConfigRequest',
  ' SClusterId obody',
  [checkCreateAutoscalingConfigBody],
);
const fieldsCreateClusterRequest = /* @__PURE__ */ objectSpec('CreateClusterRequest', ' Obody', [
  checkCreateClusterBody,
]);
const fieldsCreateClusterDiagnosisRequest = /* @__PURE__ */ objectSpec(
  'CreateClusterDiagnosisRequest',
  ' Scluster_id obody',
  [checkCreateClusterDiagnosisBody],
);
const fieldsCreateClusterInspectConfigRequest = /* @__PURE__ */ objectSpec(
  'CreateClusterInspectConfigRequest',
  ' SclusterId Obody',
  [checkCreateClusterInspectConfigBody],
);
const fieldsCreateClusterNodePoolRequest = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolRequest',
  ' XClusterId obody',
  [stringMinLength1Field, checkCreateClusterNodePoolBody],
);
const fieldsCreateKubernetesTriggerRequest = /* @__PURE__ */ objectSpec('CreateKubernetesTriggerRequest', ' Obody', [
  checkCreateKubernetesTriggerBody,
]);
const fieldsCreateTemplateRequest = /* @__PURE__ */ objectSpec('CreateTemplateRequest', ' Obody', [
  checkCreateTemplateBody,
]);
const fieldsCreateTriggerRequest = /* @__PURE__ */ objectSpec('CreateTriggerRequest', ' Scluster_id Obody', [
  checkCreateTriggerBody,
]);
const fieldsDeleteAlertContactRequest = /* @__PURE__ */ objectSpec('DeleteAlertContactRequest', ' Xcontact_ids', [
  integerArrayField,
]);
const fieldsDeleteAlertContactGroupRequest = /* @__PURE__ */ objectSpec(
  'DeleteAlertContactGroupRequest',
  ' Xcontact_group_ids',
  [integerArrayField],
);
const fieldsDeleteClusterRequest = /* @__PURE__ */ objectSpec(
  'DeleteClusterRequest',
  ' SClusterId bretain_all_resources bkeep_slb aretain_resources ldelete_options',
  [checkDeleteClusterDeleteOptionsItem],
);
const fieldsDeleteClusterInspectConfigRequest = /* @__PURE__ */ objectSpec(
  'DeleteClusterInspectConfigRequest',
  ' SclusterId',
);
const fieldsDeleteClusterNodepoolRequest = /* @__PURE__ */ objectSpec(
  'DeleteClusterNodepoolRequest',
  ' XClusterId XNodepoolId bforce',
  [stringMinLength1Field, stringMinLength1Field],
);
const fieldsDeleteClusterNodesRequest = /* @__PURE__ */ objectSpec('DeleteClusterNodesRequest', ' SClusterId Obody', [
  checkDeleteClusterNodesBody,
]);
const fieldsDeleteKubernetesTriggerRequest = /* @__PURE__ */ objectSpec('DeleteKubernetesTriggerRequest', ' SId');
const fieldsDeletePolicyInstanceRequest = /* @__PURE__ */ objectSpec(
  'DeletePolicyInstanceRequest',
  ' Scluster_id Spolicy_name sinstance_name',
);
const fieldsDeleteTemplateRequest = /* @__PURE__ */ objectSpec('DeleteTemplateRequest', ' STemplateId');
const fieldsDeleteTriggerRequest = /* @__PURE__ */ objectSpec('DeleteTriggerRequest', ' Scluster_id SId');
const fieldsDeployPolicyInstanceRequest = /* @__PURE__ */ objectSpec(
  'DeployPolicyInstanceRequest',
  ' Scluster_id Spolicy_name obody',
  [checkDeployPolicyInstanceBody],
);
const fieldsDescirbeWorkflowRequest = /* @__PURE__ */ objectSpec('DescirbeWorkflowRequest', ' SworkflowName');
const fieldsDescribeAddonRequest = /* @__PURE__ */ objectSpec(
  'DescribeAddonRequest',
  ' Saddon_name sregion_id scluster_type sprofile scluster_spec scluster_version scluster_id sversion',
);
const fieldsDescribeAddonsRequest = /* @__PURE__ */ objectSpec(
  'DescribeAddonsRequest',
  ' Sregion scluster_type scluster_profile scluster_spec scluster_version',
);
const fieldsDescribeClusterAddonInstanceRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterAddonInstanceRequest',
  ' SClusterID SAddonName',
);
const fieldsDescribeClusterAddonMetadataRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterAddonMetadataRequest',
  ' Scluster_id Scomponent_id sversion',
);
const fieldsDescribeClusterAddonUpgradeStatusRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterAddonUpgradeStatusRequest',
  ' SClusterId SComponentId',
);
const fieldsDescribeClusterAddonsUpgradeStatusRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterAddonsUpgradeStatusRequest',
  ' SClusterId AcomponentIds',
);
const fieldsDescribeClusterAddonsVersionRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterAddonsVersionRequest',
  ' SClusterId',
);
const fieldsDescribeClusterAttachScriptsRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterAttachScriptsRequest',
  ' SClusterId obody',
  [checkDescribeClusterAttachScriptsBody],
);
const fieldsDescribeClusterDetailRequest = /* @__PURE__ */ objectSpec('DescribeClusterDetailRequest', ' SClusterId');
const fieldsDescribeClusterEventsRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterEventsRequest',
  ' SClusterId ipage_size ipage_number stask_id',
);
const fieldsDescribeClusterLogsRequest = /* @__PURE__ */ objectSpec('DescribeClusterLogsRequest', ' SClusterId');
const fieldsDescribeClusterNodePoolDetailRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterNodePoolDetailRequest',
  ' XClusterId XNodepoolId',
  [stringMinLength1Field, stringMinLength1Field],
);
const fieldsDescribeClusterNodePoolsRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterNodePoolsRequest',
  ' XClusterId sNodepoolName',
  [stringMinLength1Field],
);
const fieldsDescribeClusterNodesRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterNodesRequest',
  ' SClusterId sinstanceIds snodepool_id sstate spageSize spageNumber',
);
const fieldsDescribeClusterResourcesRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterResourcesRequest',
  ' SClusterId bwith_addon_resources',
);
const fieldsDescribeClusterTasksRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterTasksRequest',
  ' Scluster_id xpage_size xpage_number',
  [integerInt32Field, integerInt32Field],
);
const fieldsDescribeClusterUserKubeconfigRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterUserKubeconfigRequest',
  ' SClusterId bPrivateIpAddress iTemporaryDurationMinutes',
);
const fieldsDescribeClusterV2UserKubeconfigRequest = /* @__PURE__ */ objectSpec(
  'DescribeClusterV2UserKubeconfigRequest',
  ' SClusterId bPrivateIpAddress iTemporaryDurationMinutes',
);
const fieldsDescribeClusterVulsRequest = /* @__PURE__ */ objectSpec('DescribeClusterVulsRequest', ' Scluster_id');
const fieldsDescribeClustersRequest = /* @__PURE__ */ objectSpec(
  'DescribeClustersRequest',
  ' sname sclusterType sresource_group_id',
);
const fieldsDescribeClustersForRegionRequest = /* @__PURE__ */ objectSpec(
  'DescribeClustersForRegionRequest',
  ' sname scluster_type ipage_size ipage_number sprofile scluster_spec scluster_id Sregion_id',
);
const fieldsDescribeClustersV1Request = /* @__PURE__ */ objectSpec(
  'DescribeClustersV1Request',
  ' sname scluster_type ipage_size ipage_number sprofile scluster_spec sregion_id scluster_id',
);
const fieldsDescribeEventsRequest = /* @__PURE__ */ objectSpec(
  'DescribeEventsRequest',
  ' scluster_id stype ipage_size ipage_number',
);
const fieldsDescribeEventsForRegionRequest = /* @__PURE__ */ objectSpec(
  'DescribeEventsForRegionRequest',
  ' scluster_id ipage_size ipage_number Sregion_id',
);
const fieldsDescribeExternalAgentRequest = /* @__PURE__ */ objectSpec(
  'DescribeExternalAgentRequest',
  ' SClusterId sPrivateIpAddress sAgentMode',
);
const fieldsDescribeKubernetesVersionMetadataRequest = /* @__PURE__ */ objectSpec(
  'DescribeKubernetesVersionMetadataRequest',
  ' SRegion SClusterType sKubernetesVersion sProfile sruntime sMode bQueryUpgradableVersion',
);
const fieldsDescribeNodePoolVulsRequest = /* @__PURE__ */ objectSpec(
  'DescribeNodePoolVulsRequest',
  ' Scluster_id Snodepool_id snecessity',
);
const fieldsDescribePoliciesRequest = /* @__PURE__ */ objectSpec('DescribePoliciesRequest', '');
const fieldsDescribePolicyDetailsRequest = /* @__PURE__ */ objectSpec('DescribePolicyDetailsRequest', ' Spolicy_name');
const fieldsDescribePolicyGovernanceInClusterRequest = /* @__PURE__ */ objectSpec(
  'DescribePolicyGovernanceInClusterRequest',
  ' Scluster_id',
);
const fieldsDescribePolicyInstancesRequest = /* @__PURE__ */ objectSpec(
  'DescribePolicyInstancesRequest',
  ' Scluster_id spolicy_name sinstance_name',
);
const fieldsDescribePolicyInstancesStatusRequest = /* @__PURE__ */ objectSpec(
  'DescribePolicyInstancesStatusRequest',
  ' Scluster_id',
);
const fieldsDescribeResourcesDeleteProtectionRequest = /* @__PURE__ */ objectSpec(
  'DescribeResourcesDeleteProtectionRequest',
  ' SClusterId EResourceType snamespace sresources',
  [VALUES1],
);
const fieldsDescribeSubaccountK8sClusterUserConfigRequest = /* @__PURE__ */ objectSpec(
  'DescribeSubaccountK8sClusterUserConfigRequest',
  ' SClusterId SUid bPrivateIpAddress iTemporaryDurationMinutes',
);
const fieldsDescribeTaskInfoRequest = /* @__PURE__ */ objectSpec('DescribeTaskInfoRequest', ' Stask_id');
const fieldsDescribeTemplateAttributeRequest = /* @__PURE__ */ objectSpec(
  'DescribeTemplateAttributeRequest',
  ' STemplateId stemplate_type',
);
const fieldsDescribeTemplatesRequest = /* @__PURE__ */ objectSpec(
  'DescribeTemplatesRequest',
  ' stemplate_type ipage_num ipage_size',
);
const fieldsDescribeTriggerRequest = /* @__PURE__ */ objectSpec(
  'DescribeTriggerRequest',
  ' Scluster_id SNamespace sType SName saction',
);
const fieldsDescribeUserClusterNamespacesRequest = /* @__PURE__ */ objectSpec(
  'DescribeUserClusterNamespacesRequest',
  ' SClusterId',
);
const fieldsDescribeUserPermissionRequest = /* @__PURE__ */ objectSpec('DescribeUserPermissionRequest', ' Suid');
const fieldsDescribeUserQuotaRequest = /* @__PURE__ */ objectSpec('DescribeUserQuotaRequest', '');
const fieldsDescribeWorkflowsRequest = /* @__PURE__ */ objectSpec('DescribeWorkflowsRequest', '');
const fieldsFixNodePoolVulsRequest = /* @__PURE__ */ objectSpec(
  'FixNodePoolVulsRequest',
  ' Scluster_id Snodepool_id obody',
  [checkFixNodePoolVulsBody],
);
const fieldsGetClusterAddonInstanceRequest = /* @__PURE__ */ objectSpec(
  'GetClusterAddonInstanceRequest',
  ' Scluster_id Sinstance_name',
);
const fieldsGetClusterAuditProjectRequest = /* @__PURE__ */ objectSpec('GetClusterAuditProjectRequest', ' Sclusterid');
const fieldsGetClusterCheckRequest = /* @__PURE__ */ objectSpec('GetClusterCheckRequest', ' Scluster_id Scheck_id');
const fieldsGetClusterDiagnosisCheckItemsRequest = /* @__PURE__ */ objectSpec(
  'GetClusterDiagnosisCheckItemsRequest',
  ' Scluster_id Sdiagnosis_id slanguage',
);
const fieldsGetClusterDiagnosisResultRequest = /* @__PURE__ */ objectSpec(
  'GetClusterDiagnosisResultRequest',
  ' Scluster_id Sdiagnosis_id slanguage',
);
const fieldsGetClusterInspectConfigRequest = /* @__PURE__ */ objectSpec(
  'GetClusterInspectConfigRequest',
  ' SclusterId',
);
const fieldsGetClusterInspectReportDetailRequest = /* @__PURE__ */ objectSpec(
  'GetClusterInspectReportDetailRequest',
  ' SclusterId SreportId slanguage scategory stargetType slevel benableFilter snextToken xmaxResults',
  [integerInt32Field],
);
const fieldsGetKubernetesTriggerRequest = /* @__PURE__ */ objectSpec(
  'GetKubernetesTriggerRequest',
  ' SClusterId SNamespace sType SName saction',
);
const fieldsGetUpgradeStatusRequest = /* @__PURE__ */ objectSpec('GetUpgradeStatusRequest', ' SClusterId');
const fieldsGrantPermissionsRequest = /* @__PURE__ */ objectSpec('GrantPermissionsRequest', ' Suid obody', [
  checkGrantPermissionsBody,
]);
const fieldsInstallClusterAddonsRequest = /* @__PURE__ */ objectSpec(
  'InstallClusterAddonsRequest',
  ' SClusterId obody',
  [checkInstallClusterAddonsBody],
);
const fieldsListAddonsRequest = /* @__PURE__ */ objectSpec(
  'ListAddonsRequest',
  ' sregion_id scluster_type sprofile scluster_spec scluster_version scluster_id',
);
const fieldsListClusterAddonInstancesRequest = /* @__PURE__ */ objectSpec(
  'ListClusterAddonInstancesRequest',
  ' Scluster_id',
);
const fieldsListClusterChecksRequest = /* @__PURE__ */ objectSpec(
  'ListClusterChecksRequest',
  ' Scluster_id stype starget',
);
const fieldsListClusterInspectReportsRequest = /* @__PURE__ */ objectSpec(
  'ListClusterInspectReportsRequest',
  ' SclusterId snextToken xmaxResults',
  [integerInt32Field],
);
const fieldsListClusterKubeconfigStatesRequest = /* @__PURE__ */ objectSpec(
  'ListClusterKubeconfigStatesRequest',
  ' SClusterId xpageNumber xpageSize',
  [integerInt32Field, integerInt32Field],
);
const fieldsListOperationPlansRequest = /* @__PURE__ */ objectSpec('ListOperationPlansRequest', ' scluster_id stype');
const fieldsListOperationPlansForRegionRequest = /* @__PURE__ */ objectSpec(
  'ListOperationPlansForRegionRequest',
  ' Sregion_id scluster_id stype sstate',
);
const fieldsListTagResourcesRequest = /* @__PURE__ */ objectSpec(
  'ListTagResourcesRequest',
  ' Aresource_ids Sresource_type Sregion_id ltags snext_token',
  [checkTag],
);
const fieldsListUserKubeConfigStatesRequest = /* @__PURE__ */ objectSpec(
  'ListUserKubeConfigStatesRequest',
  ' SUid xpage_number xpage_size',
  [integerInt32Field, integerInt32Field],
);
const fieldsMigrateClusterRequest = /* @__PURE__ */ objectSpec('MigrateClusterRequest', ' Scluster_id obody', [
  checkMigrateClusterBody,
]);
const fieldsModifyClusterRequest = /* @__PURE__ */ objectSpec('ModifyClusterRequest', ' SClusterId obody', [
  checkModifyClusterBody,
]);
const fieldsModifyClusterAddonRequest = /* @__PURE__ */ objectSpec(
  'ModifyClusterAddonRequest',
  ' Scluster_id Scomponent_id obody',
  [checkModifyClusterAddonBody],
);
const fieldsModifyClusterNodePoolRequest = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolRequest',
  ' XClusterId XNodepoolId obody',
  [stringMinLength1Field, stringMinLength1Field, checkModifyClusterNodePoolBody],
);
const fieldsModifyClusterTagsRequest = /* @__PURE__ */ objectSpec('ModifyClusterTagsRequest', ' SClusterId obody', [
  checkModifyClusterTagsBody,
]);
const fieldsModifyNodePoolNodeConfigRequest = /* @__PURE__ */ objectSpec(
  'ModifyNodePoolNodeConfigRequest',
  ' SClusterId SNodepoolId obody',
  [checkModifyNodePoolNodeConfigBody],
);
const fieldsModifyPolicyInstanceRequest = /* @__PURE__ */ objectSpec(
  'ModifyPolicyInstanceRequest',
  ' Scluster_id Spolicy_name obody',
  [checkModifyPolicyInstanceBody],
);
const fieldsOpenAckServiceRequest = /* @__PURE__ */ objectSpec('OpenAckServiceRequest', ' stype');
const fieldsPauseClusterUpgradeRequest = /* @__PURE__ */ objectSpec('PauseClusterUpgradeRequest', ' SClusterId');
const fieldsPauseComponentUpgradeRequest = /* @__PURE__ */ objectSpec(
  'PauseComponentUpgradeRequest',
  ' Sclusterid Scomponentid',
);
const fieldsPauseTaskRequest = /* @__PURE__ */ objectSpec('PauseTaskRequest', ' Stask_id');
const fieldsRemoveNodePoolNodesRequest = /* @__PURE__ */ objectSpec(
  'RemoveNodePoolNodesRequest',
  ' SClusterId SNodepoolId brelease_node bdrain_node anodes ainstance_ids bconcurrency',
);
const fieldsRemoveWorkflowRequest = /* @__PURE__ */ objectSpec('RemoveWorkflowRequest', ' SworkflowName');
const fieldsRepairClusterNodePoolRequest = /* @__PURE__ */ objectSpec(
  'RepairClusterNodePoolRequest',
  ' Scluster_id Snodepool_id obody',
  [checkRepairClusterNodePoolBody],
);
const fieldsResumeComponentUpgradeRequest = /* @__PURE__ */ objectSpec(
  'ResumeComponentUpgradeRequest',
  ' Sclusterid Scomponentid',
);
const fieldsResumeTaskRequest = /* @__PURE__ */ objectSpec('ResumeTaskRequest', ' Stask_id');
const fieldsResumeUpgradeClusterRequest = /* @__PURE__ */ objectSpec('ResumeUpgradeClusterRequest', ' SClusterId');
const fieldsRevokeK8sClusterKubeConfigRequest = /* @__PURE__ */ objectSpec(
  'RevokeK8sClusterKubeConfigRequest',
  ' SClusterId',
);
const fieldsRunClusterCheckRequest = /* @__PURE__ */ objectSpec('RunClusterCheckRequest', ' Scluster_id Obody', [
  checkRunClusterCheckBody,
]);
const fieldsRunClusterInspectRequest = /* @__PURE__ */ objectSpec('RunClusterInspectRequest', ' SclusterId obody', [
  checkRunClusterInspectBody,
]);
const fieldsScaleClusterNodePoolRequest = /* @__PURE__ */ objectSpec(
  'ScaleClusterNodePoolRequest',
  ' XClusterId XNodepoolId obody',
  [stringMinLength1Field, stringMinLength1Field, checkScaleClusterNodePoolBody],
);
const fieldsScanClusterVulsRequest = /* @__PURE__ */ objectSpec('ScanClusterVulsRequest', ' Scluster_id');
const fieldsStartAlertRequest = /* @__PURE__ */ objectSpec('StartAlertRequest', ' SClusterId obody', [
  checkStartAlertBody,
]);
const fieldsStartWorkflowRequest = /* @__PURE__ */ objectSpec('StartWorkflowRequest', ' Obody', [
  checkStartWorkflowBody,
]);
const fieldsStopAlertRequest = /* @__PURE__ */ objectSpec('StopAlertRequest', ' SClusterId obody', [
  checkStopAlertBody,
]);
const fieldsSyncClusterNodePoolRequest = /* @__PURE__ */ objectSpec('SyncClusterNodePoolRequest', ' SClusterId');
const fieldsTagResourcesRequest = /* @__PURE__ */ objectSpec('TagResourcesRequest', ' Obody', [checkTagResourcesBody]);
const fieldsUnInstallClusterAddonsRequest = /* @__PURE__ */ objectSpec(
  'UnInstallClusterAddonsRequest',
  ' SClusterId obody',
  [checkUnInstallClusterAddonsBody],
);
const fieldsUntagResourcesRequest = /* @__PURE__ */ objectSpec(
  'UntagResourcesRequest',
  ' Sregion_id Aresource_ids Sresource_type Atag_keys ball',
);
const fieldsUpdateClusterAuditLogConfigRequest = /* @__PURE__ */ objectSpec(
  'UpdateClusterAuditLogConfigRequest',
  ' Sclusterid obody',
  [checkUpdateClusterAuditLogConfigBody],
);
const fieldsUpdateClusterInspectConfigRequest = /* @__PURE__ */ objectSpec(
  'UpdateClusterInspectConfigRequest',
  ' SclusterId obody',
  [checkUpdateClusterInspectConfigBody],
);
const fieldsUpdateContactGroupForAlertRequest = /* @__PURE__ */ objectSpec(
  'UpdateContactGroupForAlertRequest',
  ' SClusterId obody',
  [checkUpdateContactGroupForAlertBody],
);
const fieldsUpdateControlPlaneLogRequest = /* @__PURE__ */ objectSpec(
  'UpdateControlPlaneLogRequest',
  ' SClusterId obody',
  [checkUpdateControlPlaneLogBody],
);
const fieldsUpdateK8sClusterUserConfigExpireRequest = /* @__PURE__ */ objectSpec(
  'UpdateK8sClusterUserConfigExpireRequest',
  ' SClusterId Obody',
  [checkUpdateK8sClusterUserConfigExpireBody],
);
const fieldsUpdateResourcesDeleteProtectionRequest = /* @__PURE__ */ objectSpec(
  'UpdateResourcesDeleteProtectionRequest',
  ' SClusterId Obody',
  [checkUpdateResourcesDeleteProtectionBody],
);
const fieldsUpdateTemplateRequest = /* @__PURE__ */ objectSpec('UpdateTemplateRequest', ' STemplateId obody', [
  checkUpdateTemplateBody,
]);
const fieldsUpdateUserPermissionsRequest = /* @__PURE__ */ objectSpec(
  'UpdateUserPermissionsRequest',
  ' Suid emode obody',
  [VALUES2, checkUpdateUserPermissionsBody],
);
const fieldsUpgradeClusterRequest = /* @__PURE__ */ objectSpec('UpgradeClusterRequest', ' SClusterId obody', [
  checkUpgradeClusterBody,
]);
const fieldsUpgradeClusterAddonsRequest = /* @__PURE__ */ objectSpec(
  'UpgradeClusterAddonsRequest',
  ' SClusterId obody',
  [checkUpgradeClusterAddonsBody],
);
const fieldsUpgradeClusterNodepoolRequest = /* @__PURE__ */ objectSpec(
  'UpgradeClusterNodepoolRequest',
  ' SClusterId SNodepoolId obody',
  [checkUpgradeClusterNodepoolBody],
);
const fieldsAddon = /* @__PURE__ */ objectSpec('Addon', ' sname sconfig bdisabled sversion');
const fieldsAttachInstancesBody = /* @__PURE__ */ objectSpec(
  'AttachInstancesBody',
  ' Ainstances skey_pair spassword bformat_disk bkeep_instance_name bis_edge_worker snodepool_id simage_id scpu_policy suser_data ards_instances oruntime ltags',
  [checkRuntime, checkTag],
);
const fieldsAttachInstancesToNodePoolBody = /* @__PURE__ */ objectSpec(
  'AttachInstancesToNodePoolBody',
  ' ainstances spassword bformat_disk bkeep_instance_name',
);
const fieldsCancelWorkflowBody = /* @__PURE__ */ objectSpec('CancelWorkflowBody', ' Saction');
const fieldsCheckServiceRoleBody = /* @__PURE__ */ objectSpec('CheckServiceRoleBody', ' Lroles', [
  checkCheckServiceRoleBodyRolesItem,
]);
const fieldsCheckServiceRoleBodyRolesItem = /* @__PURE__ */ objectSpec('CheckServiceRoleBodyRolesItem', ' Sname');
const fieldsContainerdConfig = /* @__PURE__ */ objectSpec(
  'ContainerdConfig',
  ' aregistryMirrors ainsecureRegistries imaxConcurrentDownloads bignoreImageDefinedVolume ilimitCore ilimitNoFile ilimitMemLock',
);
const fieldsCreateAutoscalingConfigBody = /* @__PURE__ */ objectSpec(
  'CreateAutoscalingConfigBody',
  ' scool_down_duration sunneeded_duration sutilization_threshold sgpu_utilization_threshold sscan_interval bscale_down_enabled sexpander bskip_nodes_with_system_pods bskip_nodes_with_local_storage bdaemonset_eviction_for_nodes xmax_graceful_termination_sec xmin_replica_count brecycle_node_deletion_enabled bscale_up_from_zero sscaler_type xpriorities',
  [
    integerInt32Field,
    integerInt32Field,
    (f: Fields, i: number): void => {
      if (objectField(f, i)) {
        const m1 = f.values[i] as Record<string, unknown>;
        const k1 = Object.keys(m1);
        for (let i1 = 0; i1 < k1.length; i1++) {
          const key1 = k1[i1] as string;
          const e1 = m1[key1];
          f.run.path[f.depth] = f.names[i] as string;
          f.run.path[f.depth + 1] = key1;
          if (!Array.isArray(e1)) {
            report(f.run, f.depth + 2, 'type', expected('array', e1));
          } else {
            const a1: readonly unknown[] = e1;
            for (let i2 = 0; i2 < a1.length; i2++) {
              const e2 = a1[i2];
              f.run.path[f.depth + 2] = i2;
              if (typeof e2 !== 'string') {
                report(f.run, f.depth + 3, 'type', expected('string', e2));
              }
            }
          }
        }
      }
    },
  ],
);
const fieldsCreateClusterBody = /* @__PURE__ */ objectSpec(
  'CreateClusterBody',
  ' Sname Sregion_id scluster_type scluster_spec sprofile skubernetes_version oauto_mode ltags sresource_group_id bdeletion_protection azone_ids svpcid avswitch_ids eip_stack apod_vswitch_ids scontainer_cidr sservice_cidr ssecurity_group_id bis_enterprise_security_group bsnat_entry bendpoint_public_access sload_balancer_id bssh_flags stimezone snode_cidr_mask sproxy_mode scontrolplane_log_ttl scontrolplane_log_project acontrolplane_log_components oaudit_log_config orrsa_config scluster_domain sencryption_provider_key sservice_account_issuer sapi_audiences aextra_sans omaintenance_window ooperation_policy laddons lnodepools suser_ca ocontrol_plane_config scustom_san oruntime snode_name_mode suser_data simage_id ards_instances ltaints bcloud_monitor_flags splatform sos_type bsoc_enabled bsecurity_hardening_os bcis_enabled scpu_policy snode_port_range amaster_vswitch_ids skey_pair slogin_password imaster_count amaster_instance_types smaster_system_disk_category imaster_system_disk_size smaster_system_disk_performance_level smaster_system_disk_snapshot_policy_id smaster_instance_charge_type smaster_period_unit imaster_period bmaster_auto_renew imaster_auto_renew_period inum_of_nodes aworker_vswitch_ids aworker_instance_types sworker_system_disk_category iworker_system_disk_size sworker_system_disk_snapshot_policy_id sworker_system_disk_performance_level lworker_data_disks sworker_instance_charge_type sworker_period_unit iworker_period bworker_auto_renew iworker_auto_renew_period ainstances bformat_disk bkeep_instance_name aservice_discovery_types bnat_gateway szone_id slogging_type bdisable_rollback itimeout_mins simage_type sload_balancer_spec benable_rrsa scharge_type speriod_unit iperiod bauto_renew iauto_renew_period aaccess_control_list',
  [
    checkCreateClusterBodyAutoMode,
    checkTag,
    VALUES3,
    checkCreateClusterBodyAuditLogConfig,
    checkCreateClusterBodyRrsaConfig,
    checkMaintenanceWindow,
    checkCreateClusterBodyOperationPolicy,
    checkAddon,
    checkNodePool,
    checkCreateClusterBodyControlPlaneConfig,
    checkRuntime,
    checkTaint,
    checkCreateClusterBodyWorkerDataDisksItem,
  ],
);
const fieldsCreateClusterBodyAuditLogConfig = /* @__PURE__ */ objectSpec(
  'CreateClusterBodyAuditLogConfig',
  ' benabled ssls_project_name',
);
const fieldsCreateClusterBodyAutoMode = /* @__PURE__ */ objectSpec('CreateClusterBodyAutoMode', ' benable');
const fieldsCreateClusterBodyControlPlaneConfig = /* @__PURE__ */ objectSpec(
  'CreateClusterBodyControlPlaneConfig',
  ' scharge_type iperiod speriod_unit bauto_renew iauto_renew_period ainstance_types simage_type simage_id skey_pair slogin_password ssystem_disk_category isystem_disk_size ssystem_disk_snapshot_policy_id ssystem_disk_performance_level isystem_disk_provisioned_iops bsystem_disk_bursting_enabled sdeploymentset_id bcloud_monitor_flags oinstance_metadata_options bsoc_enabled bsecurity_hardening_os scpu_policy sruntime snode_port_range isize',
  [checkInstanceMetadataOptions],
);
const fieldsCreateClusterBodyOperationPolicy = /* @__PURE__ */ objectSpec(
  'CreateClusterBodyOperationPolicy',
  ' ocluster_auto_upgrade',
  [checkCreateClusterBodyOperationPolicyClusterAutoUpgrade],
);
const fieldsCreateClusterBodyOperationPolicyClusterAutoUpgrade = /* @__PURE__ */ objectSpec(
  'CreateClusterBodyOperationPolicyClusterAutoUpgrade',
  ' benabled schannel',
);
const fieldsCreateClusterBodyRrsaConfig = /* @__PURE__ */ objectSpec('CreateClusterBodyRrsaConfig', ' benabled');
const fieldsCreateClusterBodyWorkerDataDisksItem = /* @__PURE__ */ objectSpec(
  'CreateClusterBodyWorkerDataDisksItem',
  ' Scategory sencrypted Ssize sperformance_level',
);
const fieldsCreateClusterDiagnosisBody = /* @__PURE__ */ objectSpec('CreateClusterDiagnosisBody', ' stype mtarget');
const fieldsCreateClusterInspectConfigBody = /* @__PURE__ */ objectSpec(
  'CreateClusterInspectConfigBody',
  ' Benabled Srecurrence adisabledCheckItems',
);
const fieldsCreateClusterNodePoolBody = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBody',
  ' onodepool_info oauto_scaling omanagement oscaling_group onode_config okubernetes_config otee_config ointerconnect_config icount imax_nodes sinterconnect_mode bhost_network bintranet oeflo_node_group oauto_mode lnode_components',
  [
    checkCreateClusterNodePoolBodyNodePoolInfo,
    checkCreateClusterNodePoolBodyAutoScaling,
    checkCreateClusterNodePoolBodyManagement,
    checkCreateClusterNodePoolBodyScalingGroup,
    checkCreateClusterNodePoolBodyNodeConfig,
    checkCreateClusterNodePoolBodyKubernetesConfig,
    checkCreateClusterNodePoolBodyTeeConfig,
    checkCreateClusterNodePoolBodyInterconnectConfig,
    checkCreateClusterNodePoolBodyEfloNodeGroup,
    checkCreateClusterNodePoolBodyAutoMode,
    checkCreateClusterNodePoolBodyNodeComponentsItem,
  ],
);
const fieldsCreateClusterNodePoolBodyAutoMode = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyAutoMode',
  ' benable',
);
const fieldsCreateClusterNodePoolBodyAutoScaling = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyAutoScaling',
  ' benable stype xmax_instances xmin_instances bis_bond_eip seip_internet_charge_type ieip_bandwidth',
  [integerMinimum0Maximum2000Field, integerMinimum0Field],
);
const fieldsCreateClusterNodePoolBodyEfloNodeGroup = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyEfloNodeGroup',
  ' scluster_id sgroup_id',
);
const fieldsCreateClusterNodePoolBodyInterconnectConfig = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyInterconnectConfig',
  ' scen_id sccn_id sccn_region_id ibandwidth simproved_period',
);
const fieldsCreateClusterNodePoolBodyKubernetesConfig = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyKubernetesConfig',
  ' llabels ltaints sruntime sruntime_version ecpu_policy xuser_data bunschedulable bcms_enabled snode_name_mode spre_user_data',
  [checkTag, checkTaint, VALUES4, stringByteField],
);
const fieldsCreateClusterNodePoolBodyManagement = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyManagement',
  ' benable bauto_repair oauto_repair_policy bauto_vul_fix oauto_vul_fix_policy bauto_upgrade oauto_upgrade_policy oupgrade_config',
  [
    checkCreateClusterNodePoolBodyManagementAutoRepairPolicy,
    checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy,
    checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy,
    checkCreateClusterNodePoolBodyManagementUpgradeConfig,
  ],
);
const fieldsCreateClusterNodePoolBodyManagementAutoRepairPolicy = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyManagementAutoRepairPolicy',
  ' brestart_node bapproval_required',
);
const fieldsCreateClusterNodePoolBodyManagementAutoUpgradePolicy = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyManagementAutoUpgradePolicy',
  ' bauto_upgrade_kubelet bauto_upgrade_runtime bauto_upgrade_os',
);
const fieldsCreateClusterNodePoolBodyManagementAutoVulFixPolicy = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyManagementAutoVulFixPolicy',
  ' brestart_node svul_level sexclude_packages',
);
const fieldsCreateClusterNodePoolBodyManagementUpgradeConfig = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyManagementUpgradeConfig',
  ' bauto_upgrade isurge isurge_percentage imax_unavailable',
);
const fieldsCreateClusterNodePoolBodyNodeComponentsItem = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyNodeComponentsItem',
  ' sname sversion oconfig',
  [checkCreateClusterNodePoolBodyNodeComponentsItemConfig],
);
const fieldsCreateClusterNodePoolBodyNodeComponentsItemConfig = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyNodeComponentsItemConfig',
  ' xcustom_config',
  [stringMapField],
);
const fieldsCreateClusterNodePoolBodyNodeConfig = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyNodeConfig',
  ' okubelet_configuration',
  [checkKubeletConfig],
);
const fieldsCreateClusterNodePoolBodyNodePoolInfo = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyNodePoolInfo',
  ' sname stype sresource_group_id',
);
const fieldsCreateClusterNodePoolBodyScalingGroup = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyScalingGroup',
  ' xvswitch_ids xinstance_types einstance_charge_type iperiod eperiod_unit bauto_renew iauto_renew_period sspot_strategy lspot_price_limit simage_type simage_id ssystem_disk_category xsystem_disk_categories xsystem_disk_size ssystem_disk_performance_level bsystem_disk_encrypted ssystem_disk_kms_key_id ssystem_disk_encrypt_algorithm bsystem_disk_bursting_enabled isystem_disk_provisioned_iops ldata_disks asecurity_group_ids skey_pair xlogin_password blogin_as_non_root bcis_enabled bsoc_enabled bsecurity_hardening_os sinternet_charge_type iinternet_max_bandwidth_out ltags idesired_size smulti_az_policy sscaling_policy ion_demand_base_capacity ion_demand_percentage_above_base_capacity ispot_instance_pools bspot_instance_remedy bcompensate_with_on_demand sdeploymentset_id ards_instances oprivate_pool_options ssecurity_group_id splatform linstance_patterns sram_role_name oinstance_metadata_options oresource_pool_options ssystem_disk_snapshot_policy_id svpc_id',
  [
    (f: Fields, i: number): void => {
      stringsField(f, i, 1, 8);
    },
    (f: Fields, i: number): void => {
      stringsField(f, i, 1, 10);
    },
    VALUES5,
    VALUES6,
    checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem,
    stringArrayMaxItems10Field,
    integerMinimum20Maximum2048Field,
    checkDataDisk,
    stringMaxLength30Field,
    checkCreateClusterNodePoolBodyScalingGroupTagsItem,
    checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions,
    checkInstancePatterns,
    checkInstanceMetadataOptions,
    checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions,
  ],
);
const fieldsCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyScalingGroupPrivatePoolOptions',
  ' sid smatch_criteria',
);
const fieldsCreateClusterNodePoolBodyScalingGroupResourcePoolOptions = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyScalingGroupResourcePoolOptions',
  ' estrategy aprivate_pool_ids',
  [VALUES10],
);
const fieldsCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem',
  ' sinstance_type sprice_limit',
);
const fieldsCreateClusterNodePoolBodyScalingGroupTagsItem = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyScalingGroupTagsItem',
  ' skey svalue',
);
const fieldsCreateClusterNodePoolBodyTeeConfig = /* @__PURE__ */ objectSpec(
  'CreateClusterNodePoolBodyTeeConfig',
  ' btee_enable',
);
const fieldsCreateKubernetesTriggerBody = /* @__PURE__ */ objectSpec(
  'CreateKubernetesTriggerBody',
  ' Scluster_id Sproject_id Saction stype',
);
const fieldsCreateTemplateBody = /* @__PURE__ */ objectSpec(
  'CreateTemplateBody',
  ' Sname Stemplate stags sdescription stemplate_type',
);
const fieldsCreateTriggerBody = /* @__PURE__ */ objectSpec(
  'CreateTriggerBody',
  ' Scluster_id Sproject_id Saction stype',
);
const fieldsDataDisk = /* @__PURE__ */ objectSpec(
  'DataDisk',
  ' scategory xsize eencrypted skms_key_id sauto_snapshot_policy_id sperformance_level iprovisioned_iops bbursting_enabled bauto_format sfile_system smount_target sdisk_name sdevice ssnapshot_id',
  [
    (f: Fields, i: number): void => {
      if (integerField(f, i)) {
        minimum(f, i, 40);
        maximum(f, i, 32768);
      }
    },
    VALUES11,
  ],
);
const fieldsDeleteClusterDeleteOptionsItem = /* @__PURE__ */ objectSpec(
  'DeleteClusterDeleteOptionsItem',
  ' sresource_type sdelete_mode',
);
const fieldsDeleteClusterNodesBody = /* @__PURE__ */ objectSpec(
  'DeleteClusterNodesBody',
  ' bdrain_node brelease_node Anodes',
);
const fieldsDeployPolicyInstanceBody = /* @__PURE__ */ objectSpec(
  'DeployPolicyInstanceBody',
  ' saction anamespaces mparameters',
);
const fieldsDescribeClusterAttachScriptsBody = /* @__PURE__ */ objectSpec(
  'DescribeClusterAttachScriptsBody',
  ' snodepool_id bformat_disk bkeep_instance_name ards_instances sarch soptions iexpired',
);
const fieldsFixNodePoolVulsBody = /* @__PURE__ */ objectSpec(
  'FixNodePoolVulsBody',
  ' avuls anodes orollout_policy bauto_restart',
  [checkFixNodePoolVulsBodyRolloutPolicy],
);
const fieldsFixNodePoolVulsBodyRolloutPolicy = /* @__PURE__ */ objectSpec(
  'FixNodePoolVulsBodyRolloutPolicy',
  ' imax_parallelism',
);
const fieldsGrantPermissionsBodyItem = /* @__PURE__ */ objectSpec(
  'GrantPermissionsBodyItem',
  ' Scluster bis_custom Srole_name Srole_type snamespace bis_ram_role',
);
const fieldsHugepage = /* @__PURE__ */ objectSpec(
  'Hugepage',
  ' stransparentEnabled stransparentDefrag ikhugepagedDefrag ikhugepagedAllocSleepMillisecs ikhugepagedScanSleepMillisecs ikhugepagedPagesToScan',
);
const fieldsInstallClusterAddonsBodyItem = /* @__PURE__ */ objectSpec(
  'InstallClusterAddonsBodyItem',
  ' Sname Sversion sconfig',
);
const fieldsInstanceMetadataOptions = /* @__PURE__ */ objectSpec('InstanceMetadataOptions', ' ehttp_tokens', [
  VALUES12,
]);
const fieldsInstancePatterns = /* @__PURE__ */ objectSpec(
  'InstancePatterns',
  ' icores nmemory sinstance_family_level aexcluded_instance_types imin_cpu_cores imax_cpu_cores nmin_memory_size nmax_memory_size ainstance_categories acpu_architectures icore nmax_price aarchitectures sburst_performance_option ainstance_type_families iminimum_eni_quantity iminimum_eni_private_ip_address_quantity iminimum_eni_ipv6_address_quantity imaximum_gpu_amount',
);
const fieldsKubeletConfig = /* @__PURE__ */ objectSpec(
  'KubeletConfig',
  ' iregistryPullQPS iregistryBurst ieventRecordQPS ieventBurst ikubeAPIQPS ikubeAPIBurst bserializeImagePulls scpuManagerPolicy mevictionHard mevictionSoft mevictionSoftGracePeriod msystemReserved mkubeReserved ireadOnlyPort imaxPods scontainerLogMaxSize icontainerLogMaxFiles mfeatureGates aallowedUnsafeSysctls lreservedMemory smemoryManagerPolicy bcpuCFSQuota scpuCFSQuotaPeriod ximageGCHighThresholdPercent ximageGCLowThresholdPercent ipodPidsLimit stopologyManagerPolicy aclusterDNS otracing xcontainerLogMaxWorkers scontainerLogMonitorInterval bserverTLSBootstrap',
  [
    checkKubeletConfigReservedMemoryItem,
    integerInt32Field,
    integerInt32Field,
    checkKubeletConfigTracing,
    integerInt32Field,
  ],
);
const fieldsKubeletConfigReservedMemoryItem = /* @__PURE__ */ objectSpec(
  'KubeletConfigReservedMemoryItem',
  ' xnumaNode mlimits',
  [integerInt32Field],
);
const fieldsKubeletConfigTracing = /* @__PURE__ */ objectSpec(
  'KubeletConfigTracing',
  ' sendpoint xsamplingRatePerMillion',
  [integerInt32Field],
);
const fieldsMaintenanceWindow = /* @__PURE__ */ objectSpec(
  'MaintenanceWindow',
  ' benable smaintenance_time sduration sweekly_period srecurrence',
);
const fieldsMigrateClusterBody = /* @__PURE__ */ objectSpec(
  'MigrateClusterBody',
  ' soss_bucket_name soss_bucket_endpoint',
);
const fieldsModifyClusterAddonBody = /* @__PURE__ */ objectSpec('ModifyClusterAddonBody', ' sconfig');
const fieldsModifyClusterBody = /* @__PURE__ */ objectSpec(
  'ModifyClusterBody',
  ' bapi_server_eip sapi_server_eip_id bdeletion_protection sresource_group_id omaintenance_window benable_rrsa aaccess_control_list scluster_name osystem_events_logging ooperation_policy oapi_server_custom_cert_sans avswitch_ids ocontrol_plane_config ssecurity_group_id stimezone binstance_deletion_protection bingress_domain_rebinding singress_loadbalancer_id',
  [
    checkMaintenanceWindow,
    checkModifyClusterBodySystemEventsLogging,
    checkModifyClusterBodyOperationPolicy,
    checkModifyClusterBodyApiServerCustomCertSans,
    checkModifyClusterBodyControlPlaneConfig,
  ],
);
const fieldsModifyClusterBodyApiServerCustomCertSans = /* @__PURE__ */ objectSpec(
  'ModifyClusterBodyApiServerCustomCertSans',
  ' eaction asubject_alternative_names',
  [VALUES13],
);
const fieldsModifyClusterBodyControlPlaneConfig = /* @__PURE__ */ objectSpec(
  'ModifyClusterBodyControlPlaneConfig',
  ' scharge_type iperiod speriod_unit bauto_renew iauto_renew_period ainstance_types simage_type simage_id skey_pair slogin_password ssystem_disk_category isystem_disk_size ssystem_disk_snapshot_policy_id ssystem_disk_performance_level isystem_disk_provisioned_iops bsystem_disk_bursting_enabled sdeploymentset_id bcloud_monitor_flags bsoc_enabled bsecurity_hardening_os scpu_policy sruntime snode_port_range isize',
);
const fieldsModifyClusterBodyOperationPolicy = /* @__PURE__ */ objectSpec(
  'ModifyClusterBodyOperationPolicy',
  ' ocluster_auto_upgrade',
  [checkModifyClusterBodyOperationPolicyClusterAutoUpgrade],
);
const fieldsModifyClusterBodyOperationPolicyClusterAutoUpgrade = /* @__PURE__ */ objectSpec(
  'ModifyClusterBodyOperationPolicyClusterAutoUpgrade',
  ' benabled schannel',
);
const fieldsModifyClusterBodySystemEventsLogging = /* @__PURE__ */ objectSpec(
  'ModifyClusterBodySystemEventsLogging',
  ' benabled slogging_project',
);
const fieldsModifyClusterNodePoolBody = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBody',
  ' onodepool_info oauto_scaling omanagement oscaling_group okubernetes_config otee_config bupdate_nodes bconcurrency',
  [
    checkModifyClusterNodePoolBodyNodePoolInfo,
    checkModifyClusterNodePoolBodyAutoScaling,
    checkModifyClusterNodePoolBodyManagement,
    checkModifyClusterNodePoolBodyScalingGroup,
    checkModifyClusterNodePoolBodyKubernetesConfig,
    checkModifyClusterNodePoolBodyTeeConfig,
  ],
);
const fieldsModifyClusterNodePoolBodyAutoScaling = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyAutoScaling',
  ' benable stype xmax_instances xmin_instances bis_bond_eip seip_internet_charge_type ieip_bandwidth',
  [integerMinimum0Maximum2000Field, integerMinimum0Field],
);
const fieldsModifyClusterNodePoolBodyKubernetesConfig = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyKubernetesConfig',
  ' xlabels ltaints sruntime sruntime_version ecpu_policy bunschedulable xuser_data bcms_enabled xpre_user_data snode_name_mode',
  [
    (f: Fields, i: number): void => {
      objectsField(f, i, checkTag, 0, 20);
    },
    checkTaint,
    VALUES4,
    stringByteField,
    stringByteField,
  ],
);
const fieldsModifyClusterNodePoolBodyManagement = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyManagement',
  ' benable bauto_repair oauto_repair_policy bauto_vul_fix oauto_vul_fix_policy bauto_upgrade oauto_upgrade_policy oupgrade_config',
  [
    checkModifyClusterNodePoolBodyManagementAutoRepairPolicy,
    checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy,
    checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy,
    checkModifyClusterNodePoolBodyManagementUpgradeConfig,
  ],
);
const fieldsModifyClusterNodePoolBodyManagementAutoRepairPolicy = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyManagementAutoRepairPolicy',
  ' brestart_node bapproval_required',
);
const fieldsModifyClusterNodePoolBodyManagementAutoUpgradePolicy = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyManagementAutoUpgradePolicy',
  ' bauto_upgrade_kubelet bauto_upgrade_runtime bauto_upgrade_os',
);
const fieldsModifyClusterNodePoolBodyManagementAutoVulFixPolicy = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyManagementAutoVulFixPolicy',
  ' brestart_node svul_level sexclude_packages',
);
const fieldsModifyClusterNodePoolBodyManagementUpgradeConfig = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyManagementUpgradeConfig',
  ' bauto_upgrade xsurge xsurge_percentage xmax_unavailable',
  [
    integerMinimum0Field,
    integerMinimum0Field,
    (f: Fields, i: number): void => {
      if (integerField(f, i)) {
        minimum(f, i, 1);
        maximum(f, i, 1000);
      }
    },
  ],
);
const fieldsModifyClusterNodePoolBodyNodePoolInfo = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyNodePoolInfo',
  ' xname sresource_group_id',
  [
    (f: Fields, i: number): void => {
      if (stringField(f, i)) {
        const v1 = f.values[i] as string;
        minLength(f, i, 1);
        maxLength(f, i, 63);
        if (!PATTERN1.test(v1)) {
          fieldReport(f, i, 'pattern', 'must match the pattern ^[^-]');
        }
      }
    },
  ],
);
const fieldsModifyClusterNodePoolBodyScalingGroup = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyScalingGroup',
  ' xvswitch_ids xinstance_types einstance_charge_type iperiod speriod_unit bauto_renew iauto_renew_period sspot_strategy lspot_price_limit simage_type simage_id ssystem_disk_category xsystem_disk_categories xsystem_disk_size ssystem_disk_performance_level bsystem_disk_encrypted ssystem_disk_kms_key_id ssystem_disk_encrypt_algorithm xsystem_disk_provisioned_iops bsystem_disk_bursting_enabled xdata_disks skey_pair xlogin_password sinternet_charge_type xinternet_max_bandwidth_out ltags xdesired_size smulti_az_policy sscaling_policy xon_demand_base_capacity xon_demand_percentage_above_base_capacity xspot_instance_pools bspot_instance_remedy bcompensate_with_on_demand ards_instances oprivate_pool_options splatform linstance_patterns sdeploymentset_id asecurity_group_ids oresource_pool_options ssystem_disk_snapshot_policy_id',
  [
    (f: Fields, i: number): void => {
      stringsField(f, i, 1, 20);
    },
    (f: Fields, i: number): void => {
      stringsField(f, i, 1);
    },
    VALUES5,
    checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem,
    (f: Fields, i: number): void => {
      const a1 = arrayField(f, i, 0, 10);
      if (a1 !== undefined) {
        for (let i1 = 0; i1 < a1.length; i1++) {
          const e1 = a1[i1];
          f.run.path[f.depth] = f.names[i] as string;
          f.run.path[f.depth + 1] = i1;
          if (typeof e1 !== 'string') {
            report(f.run, f.depth + 2, 'type', expected('string', e1));
          }
        }
      }
    },
    integerMinimum20Maximum2048Field,
    integerMinimum0Field,
    (f: Fields, i: number): void => {
      objectsField(f, i, checkDataDisk, 0, 10);
    },
    stringMaxLength30Field,
    (f: Fields, i: number): void => {
      if (integerField(f, i)) {
        minimum(f, i, 1);
        maximum(f, i, 100);
      }
    },
    checkTag,
    integerMinimum0Field,
    (f: Fields, i: number): void => {
      if (integerField(f, i)) {
        minimum(f, i, 0);
        maximum(f, i, 1000);
      }
    },
    (f: Fields, i: number): void => {
      if (integerField(f, i)) {
        minimum(f, i, 0);
        maximum(f, i, 100);
      }
    },
    (f: Fields, i: number): void => {
      if (integerField(f, i)) {
        minimum(f, i, 1);
        maximum(f, i, 10);
      }
    },
    checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions,
    checkInstancePatterns,
    checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions,
  ],
);
const fieldsModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions',
  ' sid smatch_criteria',
);
const fieldsModifyClusterNodePoolBodyScalingGroupResourcePoolOptions = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyScalingGroupResourcePoolOptions',
  ' estrategy aprivate_pool_ids',
  [VALUES14],
);
const fieldsModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem',
  ' sinstance_type sprice_limit',
);
const fieldsModifyClusterNodePoolBodyTeeConfig = /* @__PURE__ */ objectSpec(
  'ModifyClusterNodePoolBodyTeeConfig',
  ' btee_enable',
);
const fieldsModifyNodePoolNodeConfigBody = /* @__PURE__ */ objectSpec(
  'ModifyNodePoolNodeConfigBody',
  ' okubelet_config orolling_policy oos_config ocontainerd_config',
  [
    checkKubeletConfig,
    checkModifyNodePoolNodeConfigBodyRollingPolicy,
    checkModifyNodePoolNodeConfigBodyOsConfig,
    checkContainerdConfig,
  ],
);
const fieldsModifyNodePoolNodeConfigBodyOsConfig = /* @__PURE__ */ objectSpec(
  'ModifyNodePoolNodeConfigBodyOsConfig',
  ' msysctl ohugepage',
  [checkHugepage],
);
const fieldsModifyNodePoolNodeConfigBodyRollingPolicy = /* @__PURE__ */ objectSpec(
  'ModifyNodePoolNodeConfigBodyRollingPolicy',
  ' imax_parallelism',
);
const fieldsModifyPolicyInstanceBody = /* @__PURE__ */ objectSpec(
  'ModifyPolicyInstanceBody',
  ' saction sinstance_name anamespaces mparameters',
);
const fieldsNodePool = /* @__PURE__ */ objectSpec(
  'NodePool',
  ' oauto_scaling okubernetes_config onodepool_info oscaling_group otee_config omanagement icount sinterconnect_mode ointerconnect_config imax_nodes onode_config lnode_components',
  [
    checkNodePoolAutoScaling,
    checkNodePoolKubernetesConfig,
    checkNodePoolNodePoolInfo,
    checkNodePoolScalingGroup,
    checkNodePoolTeeConfig,
    checkNodePoolManagement,
    checkNodePoolInterconnectConfig,
    checkNodePoolNodeConfig,
    checkNodePoolNodeComponentsItem,
  ],
);
const fieldsNodePoolAutoScaling = /* @__PURE__ */ objectSpec(
  'NodePoolAutoScaling',
  ' Benable Imax_instances Imin_instances stype bis_bond_eip seip_internet_charge_type ieip_bandwidth',
);
const fieldsNodePoolInterconnectConfig = /* @__PURE__ */ objectSpec(
  'NodePoolInterconnectConfig',
  ' scen_id sccn_id sccn_region_id ibandwidth simproved_period',
);
const fieldsNodePoolKubernetesConfig = /* @__PURE__ */ objectSpec(
  'NodePoolKubernetesConfig',
  ' bcms_enabled scpu_policy llabels Sruntime Sruntime_version ltaints suser_data snode_name_mode',
  [checkTag, checkTaint],
);
const fieldsNodePoolManagement = /* @__PURE__ */ objectSpec(
  'NodePoolManagement',
  ' benable bauto_repair oupgrade_config oauto_repair_policy bauto_vul_fix oauto_vul_fix_policy bauto_upgrade oauto_upgrade_policy',
  [
    checkNodePoolManagementUpgradeConfig,
    checkNodePoolManagementAutoRepairPolicy,
    checkNodePoolManagementAutoVulFixPolicy,
    checkNodePoolManagementAutoUpgradePolicy,
  ],
);
const fieldsNodePoolManagementAutoRepairPolicy = /* @__PURE__ */ objectSpec(
  'NodePoolManagementAutoRepairPolicy',
  ' brestart_node',
);
const fieldsNodePoolManagementAutoUpgradePolicy = /* @__PURE__ */ objectSpec(
  'NodePoolManagementAutoUpgradePolicy',
  ' bauto_upgrade_kubelet',
);
const fieldsNodePoolManagementAutoVulFixPolicy = /* @__PURE__ */ objectSpec(
  'NodePoolManagementAutoVulFixPolicy',
  ' brestart_node svul_level',
);
const fieldsNodePoolManagementUpgradeConfig = /* @__PURE__ */ objectSpec(
  'NodePoolManagementUpgradeConfig',
  ' bauto_upgrade isurge isurge_percentage imax_unavailable',
);
const fieldsNodePoolNodeComponentsItem = /* @__PURE__ */ objectSpec(
  'NodePoolNodeComponentsItem',
  ' sname sversion oconfig',
  [checkNodePoolNodeComponentsItemConfig],
);
const fieldsNodePoolNodeComponentsItemConfig = /* @__PURE__ */ objectSpec(
  'NodePoolNodeComponentsItemConfig',
  ' xcustom_config',
  [stringMapField],
);
const fieldsNodePoolNodeConfig = /* @__PURE__ */ objectSpec('NodePoolNodeConfig', ' okubelet_configuration', [
  checkKubeletConfig,
]);
const fieldsNodePoolNodePoolInfo = /* @__PURE__ */ objectSpec(
  'NodePoolNodePoolInfo',
  ' Sname sresource_group_id stype',
);
const fieldsNodePoolScalingGroup = /* @__PURE__ */ objectSpec(
  'NodePoolScalingGroup',
  ' bauto_renew iauto_renew_period ldata_disks simage_id Sinstance_charge_type Ainstance_types skey_pair slogin_password blogin_as_non_root iperiod speriod_unit splatform ards_instances sspot_strategy lspot_price_limit sscaling_policy ssecurity_group_id asecurity_group_ids ssystem_disk_category xsystem_disk_categories isystem_disk_size ssystem_disk_performance_level bsystem_disk_encrypted ssystem_disk_kms_key_id ssystem_disk_encrypt_algorithm isystem_disk_provisioned_iops bsystem_disk_bursting_enabled ltags Avswitch_ids smulti_az_policy ion_demand_base_capacity ion_demand_percentage_above_base_capacity ispot_instance_pools bspot_instance_remedy bcompensate_with_on_demand sinternet_charge_type iinternet_max_bandwidth_out simage_type sdeploymentset_id idesired_size oprivate_pool_options sram_role_name oinstance_metadata_options oresource_pool_options',
  [
    checkDataDisk,
    checkNodePoolScalingGroupSpotPriceLimitItem,
    stringArrayMaxItems10Field,
    checkNodePoolScalingGroupTagsItem,
    checkNodePoolScalingGroupPrivatePoolOptions,
    checkInstanceMetadataOptions,
    checkNodePoolScalingGroupResourcePoolOptions,
  ],
);
const fieldsNodePoolScalingGroupPrivatePoolOptions = /* @__PURE__ */ objectSpec(
  'NodePoolScalingGroupPrivatePoolOptions',
  ' sid smatch_criteria',
);
const fieldsNodePoolScalingGroupResourcePoolOptions = /* @__PURE__ */ objectSpec(
  'NodePoolScalingGroupResourcePoolOptions',
  ' estrategy xprivate_pool_ids',
  [
    VALUES14,
    (f: Fields, i: number): void => {
      stringsField(f, i, 0, 20);
    },
  ],
);
const fieldsNodePoolScalingGroupSpotPriceLimitItem = /* @__PURE__ */ objectSpec(
  'NodePoolScalingGroupSpotPriceLimitItem',
  ' sinstance_type sprice_limit',
);
const fieldsNodePoolScalingGroupTagsItem = /* @__PURE__ */ objectSpec('NodePoolScalingGroupTagsItem', ' skey svalue');
const fieldsNodePoolTeeConfig = /* @__PURE__ */ objectSpec('NodePoolTeeConfig', ' Btee_enable');
const fieldsRepairClusterNodePoolBody = /* @__PURE__ */ objectSpec(
  'RepairClusterNodePoolBody',
  ' anodes bauto_restart loperations',
  [checkRepairClusterNodePoolBodyOperationsItem],
);
const fieldsRepairClusterNodePoolBodyOperationsItem = /* @__PURE__ */ objectSpec(
  'RepairClusterNodePoolBodyOperationsItem',
  ' soperation_id aargs',
);
const fieldsRunClusterCheckBody = /* @__PURE__ */ objectSpec('RunClusterCheckBody', ' Stype starget xoptions', [
  stringMapField,
]);
const fieldsRunClusterInspectBody = /* @__PURE__ */ objectSpec('RunClusterInspectBody', ' sclientToken');
const fieldsRuntime = /* @__PURE__ */ objectSpec('Runtime', ' sname sversion');
const fieldsScaleClusterNodePoolBody = /* @__PURE__ */ objectSpec('ScaleClusterNodePoolBody', ' xcount', [
  (f: Fields, i: number): void => {
    if (integerField(f, i)) {
      minimum(f, i, 1);
      maximum(f, i, 500);
    }
  },
]);
const fieldsStartAlertBody = /* @__PURE__ */ objectSpec('StartAlertBody', ' salert_rule_group_name salert_rule_name');
const fieldsStartWorkflowBody = /* @__PURE__ */ objectSpec(
  'StartWorkflowBody',
  ' Sworkflow_type sservice smapping_oss_region smapping_fastq_first_filename smapping_fastq_second_filename smapping_bucket_name smapping_fastq_path smapping_reference_path smapping_is_mark_dup smapping_bam_out_path smapping_bam_out_filename swgs_oss_region swgs_fastq_first_filename swgs_fastq_second_filename swgs_bucket_name swgs_fastq_path swgs_reference_path swgs_vcf_out_path swgs_vcf_out_filename',
);
const fieldsStopAlertBody = /* @__PURE__ */ objectSpec('StopAlertBody', ' salert_rule_group_name salert_rule_name');
const fieldsTag = /* @__PURE__ */ objectSpec('Tag', ' skey svalue');
const fieldsTagResourcesBody = /* @__PURE__ */ objectSpec(
  'TagResourcesBody',
  ' Aresource_ids Sresource_type Sregion_id Ltags',
  [checkTag],
);
const fieldsTaint = /* @__PURE__ */ objectSpec('Taint', ' skey svalue eeffect', [VALUES15]);
const fieldsUnInstallClusterAddonsBodyItem = /* @__PURE__ */ objectSpec(
  'UnInstallClusterAddonsBodyItem',
  ' sname bcleanup_cloud_resources',
);
const fieldsUpdateClusterAuditLogConfigBody = /* @__PURE__ */ objectSpec(
  'UpdateClusterAuditLogConfigBody',
  ' ssls_project_name bdisable',
);
const fieldsUpdateClusterInspectConfigBody = /* @__PURE__ */ objectSpec(
  'UpdateClusterInspectConfigBody',
  ' benabled sscheduleTime adisabledCheckItems',
);
const fieldsUpdateContactGroupForAlertBody = /* @__PURE__ */ objectSpec(
  'UpdateContactGroupForAlertBody',
  ' salert_rule_group_name xcontact_group_ids scr_name snamespace',
  [integerArrayField],
);
const fieldsUpdateControlPlaneLogBody = /* @__PURE__ */ objectSpec(
  'UpdateControlPlaneLogBody',
  ' slog_project slog_ttl saliuid acomponents',
);
const fieldsUpdateK8sClusterUserConfigExpireBody = /* @__PURE__ */ objectSpec(
  'UpdateK8sClusterUserConfigExpireBody',
  ' Xexpire_hour Suser',
  [
    (f: Fields, i: number): void => {
      if (integerField(f, i)) {
        minimum(f, i, 0);
        maximum(f, i, 876000);
      }
    },
  ],
);
const fieldsUpdateResourcesDeleteProtectionBody = /* @__PURE__ */ objectSpec(
  'UpdateResourcesDeleteProtectionBody',
  ' snamespace Eresource_type aresources benable',
  [VALUES16],
);
const fieldsUpdateTemplateBody = /* @__PURE__ */ objectSpec(
  'UpdateTemplateBody',
  ' sdescription sname stags stemplate stemplate_type',
);
const fieldsUpdateUserPermissionsBodyItem = /* @__PURE__ */ objectSpec(
  'UpdateUserPermissionsBodyItem',
  ' scluster bis_custom srole_name srole_type snamespace bis_ram_role',
);
const fieldsUpgradeClusterAddonsBodyItem = /* @__PURE__ */ objectSpec(
  'UpgradeClusterAddonsBodyItem',
  ' Scomponent_name Snext_version sversion sconfig spolicy',
);
const fieldsUpgradeClusterBody = /* @__PURE__ */ objectSpec(
  'UpgradeClusterBody',
  ' scomponent_name snext_version sversion bmaster_only orolling_policy',
  [checkUpgradeClusterBodyRollingPolicy],
);
const fieldsUpgradeClusterBodyRollingPolicy = /* @__PURE__ */ objectSpec(
  'UpgradeClusterBodyRollingPolicy',
  ' xmax_parallelism',
  [integerInt32Field],
);
const fieldsUpgradeClusterNodepoolBody = /* @__PURE__ */ objectSpec(
  'UpgradeClusterNodepoolBody',
  ' simage_id sruntime_version skubernetes_version sruntime_type buse_replace orolling_policy anode_names',
  [checkUpgradeClusterNodepoolBodyRollingPolicy],
);
const fieldsUpgradeClusterNodepoolBodyRollingPolicy = /* @__PURE__ */ objectSpec(
  'UpgradeClusterNodepoolBodyRollingPolicy',
  ' epause_policy xbatch_interval xmax_parallelism',
  [VALUES17, integerInt32Field, integerInt32Field],
);

function checkAttachInstancesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsAttachInstancesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkAttachInstancesToNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsAttachInstancesToNodePoolRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCancelClusterUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCancelClusterUpgradeRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCancelComponentUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCancelComponentUpgradeRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCancelOperationPlanRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCancelOperationPlanRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCancelTaskRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCancelTaskRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCancelWorkflowRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCancelWorkflowRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCheckControlPlaneLogEnableRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCheckControlPlaneLogEnableRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCheckServiceRoleRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCheckServiceRoleRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCleanClusterUserPermissionsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCleanClusterUserPermissionsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCleanUserPermissionsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCleanUserPermissionsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateAutoscalingConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateAutoscalingConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterDiagnosisRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterDiagnosisRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterInspectConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterInspectConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateKubernetesTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateKubernetesTriggerRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateTemplateRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateTemplateRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateTriggerRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteAlertContactRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteAlertContactRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteAlertContactGroupRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteAlertContactGroupRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteClusterInspectConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterInspectConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteClusterNodepoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterNodepoolRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteClusterNodesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterNodesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteKubernetesTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteKubernetesTriggerRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeletePolicyInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeletePolicyInstanceRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteTemplateRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteTemplateRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteTriggerRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeployPolicyInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeployPolicyInstanceRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescirbeWorkflowRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescirbeWorkflowRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeAddonRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeAddonRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeAddonsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterAddonInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonInstanceRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterAddonMetadataRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonMetadataRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterAddonUpgradeStatusRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonUpgradeStatusRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterAddonsUpgradeStatusRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonsUpgradeStatusRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterAddonsVersionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonsVersionRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterAttachScriptsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAttachScriptsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterDetailRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterDetailRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterEventsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterEventsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterLogsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterLogsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterNodePoolDetailRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterNodePoolDetailRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterNodePoolsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterNodePoolsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterNodesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterNodesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterResourcesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterResourcesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterTasksRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterTasksRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterUserKubeconfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterUserKubeconfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterV2UserKubeconfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterV2UserKubeconfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterVulsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterVulsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClustersRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClustersRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClustersForRegionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClustersForRegionRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClustersV1Request(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClustersV1Request);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeEventsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeEventsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeEventsForRegionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeEventsForRegionRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeExternalAgentRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeExternalAgentRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeKubernetesVersionMetadataRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeKubernetesVersionMetadataRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeNodePoolVulsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeNodePoolVulsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribePoliciesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribePoliciesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribePolicyDetailsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribePolicyDetailsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribePolicyGovernanceInClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribePolicyGovernanceInClusterRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribePolicyInstancesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribePolicyInstancesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribePolicyInstancesStatusRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribePolicyInstancesStatusRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeResourcesDeleteProtectionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeResourcesDeleteProtectionRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeSubaccountK8sClusterUserConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeSubaccountK8sClusterUserConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeTaskInfoRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeTaskInfoRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeTemplateAttributeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeTemplateAttributeRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeTemplatesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeTemplatesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeTriggerRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeUserClusterNamespacesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeUserClusterNamespacesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeUserPermissionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeUserPermissionRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeUserQuotaRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeUserQuotaRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeWorkflowsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeWorkflowsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkFixNodePoolVulsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsFixNodePoolVulsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetClusterAddonInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetClusterAddonInstanceRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetClusterAuditProjectRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetClusterAuditProjectRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetClusterCheckRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetClusterCheckRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetClusterDiagnosisCheckItemsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetClusterDiagnosisCheckItemsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetClusterDiagnosisResultRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetClusterDiagnosisResultRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetClusterInspectConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetClusterInspectConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetClusterInspectReportDetailRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetClusterInspectReportDetailRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetKubernetesTriggerRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetKubernetesTriggerRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGetUpgradeStatusRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGetUpgradeStatusRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGrantPermissionsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGrantPermissionsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkInstallClusterAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsInstallClusterAddonsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListAddonsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListClusterAddonInstancesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListClusterAddonInstancesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListClusterChecksRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListClusterChecksRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListClusterInspectReportsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListClusterInspectReportsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListClusterKubeconfigStatesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListClusterKubeconfigStatesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListOperationPlansRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListOperationPlansRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListOperationPlansForRegionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListOperationPlansForRegionRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListTagResourcesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListTagResourcesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkListUserKubeConfigStatesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsListUserKubeConfigStatesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkMigrateClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsMigrateClusterRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterAddonRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterAddonRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterTagsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterTagsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyNodePoolNodeConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyNodePoolNodeConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyPolicyInstanceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyPolicyInstanceRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkOpenAckServiceRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsOpenAckServiceRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkPauseClusterUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsPauseClusterUpgradeRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkPauseComponentUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsPauseComponentUpgradeRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkPauseTaskRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsPauseTaskRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRemoveNodePoolNodesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRemoveNodePoolNodesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRemoveWorkflowRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRemoveWorkflowRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRepairClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRepairClusterNodePoolRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkResumeComponentUpgradeRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsResumeComponentUpgradeRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkResumeTaskRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsResumeTaskRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkResumeUpgradeClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsResumeUpgradeClusterRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRevokeK8sClusterKubeConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRevokeK8sClusterKubeConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRunClusterCheckRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRunClusterCheckRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRunClusterInspectRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRunClusterInspectRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkScaleClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsScaleClusterNodePoolRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkScanClusterVulsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsScanClusterVulsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkStartAlertRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsStartAlertRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkStartWorkflowRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsStartWorkflowRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkStopAlertRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsStopAlertRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkSyncClusterNodePoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsSyncClusterNodePoolRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkTagResourcesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsTagResourcesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUnInstallClusterAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUnInstallClusterAddonsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUntagResourcesRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUntagResourcesRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateClusterAuditLogConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateClusterAuditLogConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateClusterInspectConfigRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateClusterInspectConfigRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateContactGroupForAlertRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateContactGroupForAlertRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateControlPlaneLogRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateControlPlaneLogRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateK8sClusterUserConfigExpireRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateK8sClusterUserConfigExpireRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateResourcesDeleteProtectionRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateResourcesDeleteProtectionRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateTemplateRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateTemplateRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateUserPermissionsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateUserPermissionsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpgradeClusterRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpgradeClusterAddonsRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterAddonsRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpgradeClusterNodepoolRequest(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterNodepoolRequest);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkAddon(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsAddon);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkAttachInstancesBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsAttachInstancesBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkAttachInstancesToNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsAttachInstancesToNodePoolBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCancelWorkflowBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCancelWorkflowBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCheckServiceRoleBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCheckServiceRoleBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCheckServiceRoleBodyRolesItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCheckServiceRoleBodyRolesItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkContainerdConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsContainerdConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateAutoscalingConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateAutoscalingConfigBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterBodyAuditLogConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyAuditLogConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterBodyAutoMode(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyAutoMode);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterBodyControlPlaneConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyControlPlaneConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterBodyOperationPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyOperationPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyOperationPolicyClusterAutoUpgrade);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterBodyRrsaConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyRrsaConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterBodyWorkerDataDisksItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyWorkerDataDisksItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterDiagnosisBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterDiagnosisBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterInspectConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterInspectConfigBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyAutoMode(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyAutoMode);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyAutoScaling(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyAutoScaling);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
  lessOrEqual(f, 3, 2);
}

function checkCreateClusterNodePoolBodyEfloNodeGroup(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyEfloNodeGroup);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyInterconnectConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyInterconnectConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyKubernetesConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyKubernetesConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyManagement(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagement);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagementAutoRepairPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagementAutoUpgradePolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagementAutoVulFixPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyManagementUpgradeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagementUpgradeConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyNodeComponentsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyNodeComponentsItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyNodeComponentsItemConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyNodeComponentsItemConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyNodeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyNodeConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyNodePoolInfo(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyNodePoolInfo);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyScalingGroup(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroup);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
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
    const v1 = f.values[3];
    if (v1 !== undefined) {
      if (!(typeof v1 !== 'number' || !Number.isSafeInteger(v1))) {
        if (!VALUES7.includes(v1)) {
          fieldReport(f, 3, 'enum', 'must be one of 1, 2, 3, 4 when period_unit is "Week"');
        }
      }
    }
  } else {
    const v2 = f.values[3];
    if (v2 !== undefined) {
      if (!(typeof v2 !== 'number' || !Number.isSafeInteger(v2))) {
        if (!VALUES8.includes(v2)) {
          fieldReport(
            f,
            3,
            'enum',
            'must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60 unless period_unit is "Week"',
          );
        }
      }
    }

    const v3 = f.values[6];
    if (v3 !== undefined) {
      if (!(typeof v3 !== 'number' || !Number.isSafeInteger(v3))) {
        if (!VALUES9.includes(v3)) {
          fieldReport(f, 6, 'enum', 'must be one of 1, 2, 3, 6, 12 unless period_unit is "Week"');
        }
      }
    }
  }
}

function checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroupResourcePoolOptions);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyScalingGroupTagsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroupTagsItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateClusterNodePoolBodyTeeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyTeeConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateKubernetesTriggerBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateKubernetesTriggerBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateTemplateBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateTemplateBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkCreateTriggerBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsCreateTriggerBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDataDisk(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDataDisk);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteClusterDeleteOptionsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterDeleteOptionsItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeleteClusterNodesBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterNodesBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDeployPolicyInstanceBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDeployPolicyInstanceBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkDescribeClusterAttachScriptsBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAttachScriptsBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkFixNodePoolVulsBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsFixNodePoolVulsBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkFixNodePoolVulsBodyRolloutPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsFixNodePoolVulsBodyRolloutPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkGrantPermissionsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a1: readonly unknown[] = value;
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      run.path[depth] = i1;
      checkGrantPermissionsBodyItem(e1, run, depth + 1);
    }
  }
}

function checkGrantPermissionsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsGrantPermissionsBodyItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkHugepage(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsHugepage);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkInstallClusterAddonsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a2: readonly unknown[] = value;
    for (let i2 = 0; i2 < a2.length; i2++) {
      const e2 = a2[i2];
      run.path[depth] = i2;
      checkInstallClusterAddonsBodyItem(e2, run, depth + 1);
    }
  }
}

function checkInstallClusterAddonsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsInstallClusterAddonsBodyItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkInstanceMetadataOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsInstanceMetadataOptions);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkInstancePatterns(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsInstancePatterns);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
  lessOrEqual(f, 4, 5);
  lessOrEqual(f, 6, 7);
}

function checkKubeletConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsKubeletConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkKubeletConfigReservedMemoryItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsKubeletConfigReservedMemoryItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkKubeletConfigTracing(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsKubeletConfigTracing);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkMaintenanceWindow(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsMaintenanceWindow);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkMigrateClusterBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsMigrateClusterBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterAddonBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterAddonBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterBodyApiServerCustomCertSans(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodyApiServerCustomCertSans);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterBodyControlPlaneConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodyControlPlaneConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterBodyOperationPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodyOperationPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodyOperationPolicyClusterAutoUpgrade);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterBodySystemEventsLogging(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodySystemEventsLogging);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyAutoScaling(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyAutoScaling);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
  lessOrEqual(f, 3, 2);
}

function checkModifyClusterNodePoolBodyKubernetesConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyKubernetesConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyManagement(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagement);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagementAutoRepairPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagementAutoUpgradePolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagementAutoVulFixPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyManagementUpgradeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagementUpgradeConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyNodePoolInfo(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyNodePoolInfo);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyScalingGroup(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyScalingGroup);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
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
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyScalingGroupResourcePoolOptions);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterNodePoolBodyTeeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyTeeConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyClusterTagsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a3: readonly unknown[] = value;
    for (let i3 = 0; i3 < a3.length; i3++) {
      const e3 = a3[i3];
      run.path[depth] = i3;
      checkTag(e3, run, depth + 1);
    }
  }
}

function checkModifyNodePoolNodeConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyNodePoolNodeConfigBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyNodePoolNodeConfigBodyOsConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyNodePoolNodeConfigBodyOsConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyNodePoolNodeConfigBodyRollingPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyNodePoolNodeConfigBodyRollingPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkModifyPolicyInstanceBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsModifyPolicyInstanceBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePool(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePool);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolAutoScaling(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolAutoScaling);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolInterconnectConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolInterconnectConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolKubernetesConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolKubernetesConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolManagement(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagement);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolManagementAutoRepairPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagementAutoRepairPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolManagementAutoUpgradePolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagementAutoUpgradePolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolManagementAutoVulFixPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagementAutoVulFixPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolManagementUpgradeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagementUpgradeConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolNodeComponentsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolNodeComponentsItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolNodeComponentsItemConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolNodeComponentsItemConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolNodeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolNodeConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolNodePoolInfo(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolNodePoolInfo);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolScalingGroup(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroup);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolScalingGroupPrivatePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroupPrivatePoolOptions);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolScalingGroupResourcePoolOptions(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroupResourcePoolOptions);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolScalingGroupSpotPriceLimitItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroupSpotPriceLimitItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolScalingGroupTagsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroupTagsItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkNodePoolTeeConfig(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsNodePoolTeeConfig);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRepairClusterNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRepairClusterNodePoolBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRepairClusterNodePoolBodyOperationsItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRepairClusterNodePoolBodyOperationsItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRunClusterCheckBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRunClusterCheckBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRunClusterInspectBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRunClusterInspectBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkRuntime(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsRuntime);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkScaleClusterNodePoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsScaleClusterNodePoolBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkStartAlertBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsStartAlertBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkStartWorkflowBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsStartWorkflowBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkStopAlertBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsStopAlertBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkTag(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsTag);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkTagResourcesBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsTagResourcesBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkTaint(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsTaint);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUnInstallClusterAddonsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a4: readonly unknown[] = value;
    for (let i4 = 0; i4 < a4.length; i4++) {
      const e4 = a4[i4];
      run.path[depth] = i4;
      checkUnInstallClusterAddonsBodyItem(e4, run, depth + 1);
    }
  }
}

function checkUnInstallClusterAddonsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUnInstallClusterAddonsBodyItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateClusterAuditLogConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateClusterAuditLogConfigBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateClusterInspectConfigBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateClusterInspectConfigBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateContactGroupForAlertBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateContactGroupForAlertBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateControlPlaneLogBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateControlPlaneLogBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateK8sClusterUserConfigExpireBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateK8sClusterUserConfigExpireBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateResourcesDeleteProtectionBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateResourcesDeleteProtectionBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateTemplateBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateTemplateBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpdateUserPermissionsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a5: readonly unknown[] = value;
    for (let i5 = 0; i5 < a5.length; i5++) {
      const e5 = a5[i5];
      run.path[depth] = i5;
      checkUpdateUserPermissionsBodyItem(e5, run, depth + 1);
    }
  }
}

function checkUpdateUserPermissionsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpdateUserPermissionsBodyItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpgradeClusterAddonsBody(value: unknown, run: Run, depth: number): void {
  if (!Array.isArray(value)) {
    report(run, depth, 'type', expected('array', value));
  } else {
    const a6: readonly unknown[] = value;
    for (let i6 = 0; i6 < a6.length; i6++) {
      const e6 = a6[i6];
      run.path[depth] = i6;
      checkUpgradeClusterAddonsBodyItem(e6, run, depth + 1);
    }
  }
}

function checkUpgradeClusterAddonsBodyItem(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterAddonsBodyItem);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpgradeClusterBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpgradeClusterBodyRollingPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterBodyRollingPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpgradeClusterNodepoolBody(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterNodepoolBody);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}

function checkUpgradeClusterNodepoolBodyRollingPolicy(value: unknown, run: Run, depth: number): void {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterNodepoolBodyRollingPolicy);
  if (f === undefined) return;
  const o = value as Record<string, unknown>;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
