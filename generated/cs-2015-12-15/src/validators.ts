// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import { ValidationError } from './runtime/errors.js';
import {
  codePointLength,
  escapePointerToken,
  isBase64,
  jsonTypeOf,
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
  const issues = checkAttachInstancesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as AttachInstancesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `AttachInstances` request. */
export function assertAttachInstancesRequest(value: unknown): asserts value is AttachInstancesRequest {
  const issues = checkAttachInstancesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `AttachInstancesToNodePool` request without throwing: every issue found, or the request typed. */
export function validateAttachInstancesToNodePoolRequest(
  value: unknown,
): ValidationResult<AttachInstancesToNodePoolRequest> {
  const issues = checkAttachInstancesToNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as AttachInstancesToNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `AttachInstancesToNodePool` request. */
export function assertAttachInstancesToNodePoolRequest(
  value: unknown,
): asserts value is AttachInstancesToNodePoolRequest {
  const issues = checkAttachInstancesToNodePoolRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CancelClusterUpgrade` request without throwing: every issue found, or the request typed. */
export function validateCancelClusterUpgradeRequest(value: unknown): ValidationResult<CancelClusterUpgradeRequest> {
  const issues = checkCancelClusterUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CancelClusterUpgradeRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelClusterUpgrade` request. */
export function assertCancelClusterUpgradeRequest(value: unknown): asserts value is CancelClusterUpgradeRequest {
  const issues = checkCancelClusterUpgradeRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CancelComponentUpgrade` request without throwing: every issue found, or the request typed. */
export function validateCancelComponentUpgradeRequest(value: unknown): ValidationResult<CancelComponentUpgradeRequest> {
  const issues = checkCancelComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CancelComponentUpgradeRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelComponentUpgrade` request. */
export function assertCancelComponentUpgradeRequest(value: unknown): asserts value is CancelComponentUpgradeRequest {
  const issues = checkCancelComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CancelOperationPlan` request without throwing: every issue found, or the request typed. */
export function validateCancelOperationPlanRequest(value: unknown): ValidationResult<CancelOperationPlanRequest> {
  const issues = checkCancelOperationPlanRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CancelOperationPlanRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelOperationPlan` request. */
export function assertCancelOperationPlanRequest(value: unknown): asserts value is CancelOperationPlanRequest {
  const issues = checkCancelOperationPlanRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CancelTask` request without throwing: every issue found, or the request typed. */
export function validateCancelTaskRequest(value: unknown): ValidationResult<CancelTaskRequest> {
  const issues = checkCancelTaskRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CancelTaskRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelTask` request. */
export function assertCancelTaskRequest(value: unknown): asserts value is CancelTaskRequest {
  const issues = checkCancelTaskRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CancelWorkflow` request without throwing: every issue found, or the request typed. */
export function validateCancelWorkflowRequest(value: unknown): ValidationResult<CancelWorkflowRequest> {
  const issues = checkCancelWorkflowRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CancelWorkflowRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CancelWorkflow` request. */
export function assertCancelWorkflowRequest(value: unknown): asserts value is CancelWorkflowRequest {
  const issues = checkCancelWorkflowRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CheckControlPlaneLogEnable` request without throwing: every issue found, or the request typed. */
export function validateCheckControlPlaneLogEnableRequest(
  value: unknown,
): ValidationResult<CheckControlPlaneLogEnableRequest> {
  const issues = checkCheckControlPlaneLogEnableRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CheckControlPlaneLogEnableRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CheckControlPlaneLogEnable` request. */
export function assertCheckControlPlaneLogEnableRequest(
  value: unknown,
): asserts value is CheckControlPlaneLogEnableRequest {
  const issues = checkCheckControlPlaneLogEnableRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CheckServiceRole` request without throwing: every issue found, or the request typed. */
export function validateCheckServiceRoleRequest(value: unknown): ValidationResult<CheckServiceRoleRequest> {
  const issues = checkCheckServiceRoleRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CheckServiceRoleRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CheckServiceRole` request. */
export function assertCheckServiceRoleRequest(value: unknown): asserts value is CheckServiceRoleRequest {
  const issues = checkCheckServiceRoleRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CleanClusterUserPermissions` request without throwing: every issue found, or the request typed. */
export function validateCleanClusterUserPermissionsRequest(
  value: unknown,
): ValidationResult<CleanClusterUserPermissionsRequest> {
  const issues = checkCleanClusterUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CleanClusterUserPermissionsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CleanClusterUserPermissions` request. */
export function assertCleanClusterUserPermissionsRequest(
  value: unknown,
): asserts value is CleanClusterUserPermissionsRequest {
  const issues = checkCleanClusterUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CleanUserPermissions` request without throwing: every issue found, or the request typed. */
export function validateCleanUserPermissionsRequest(value: unknown): ValidationResult<CleanUserPermissionsRequest> {
  const issues = checkCleanUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CleanUserPermissionsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CleanUserPermissions` request. */
export function assertCleanUserPermissionsRequest(value: unknown): asserts value is CleanUserPermissionsRequest {
  const issues = checkCleanUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CreateAutoscalingConfig` request without throwing: every issue found, or the request typed. */
export function validateCreateAutoscalingConfigRequest(
  value: unknown,
): ValidationResult<CreateAutoscalingConfigRequest> {
  const issues = checkCreateAutoscalingConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CreateAutoscalingConfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateAutoscalingConfig` request. */
export function assertCreateAutoscalingConfigRequest(value: unknown): asserts value is CreateAutoscalingConfigRequest {
  const issues = checkCreateAutoscalingConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CreateCluster` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterRequest(value: unknown): ValidationResult<CreateClusterRequest> {
  const issues = checkCreateClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CreateClusterRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateCluster` request. */
export function assertCreateClusterRequest(value: unknown): asserts value is CreateClusterRequest {
  const issues = checkCreateClusterRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CreateClusterDiagnosis` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterDiagnosisRequest(value: unknown): ValidationResult<CreateClusterDiagnosisRequest> {
  const issues = checkCreateClusterDiagnosisRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CreateClusterDiagnosisRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterDiagnosis` request. */
export function assertCreateClusterDiagnosisRequest(value: unknown): asserts value is CreateClusterDiagnosisRequest {
  const issues = checkCreateClusterDiagnosisRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CreateClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<CreateClusterInspectConfigRequest> {
  const issues = checkCreateClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CreateClusterInspectConfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterInspectConfig` request. */
export function assertCreateClusterInspectConfigRequest(
  value: unknown,
): asserts value is CreateClusterInspectConfigRequest {
  const issues = checkCreateClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CreateClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterNodePoolRequest(value: unknown): ValidationResult<CreateClusterNodePoolRequest> {
  const issues = checkCreateClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CreateClusterNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterNodePool` request. */
export function assertCreateClusterNodePoolRequest(value: unknown): asserts value is CreateClusterNodePoolRequest {
  const issues = checkCreateClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CreateKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export function validateCreateKubernetesTriggerRequest(
  value: unknown,
): ValidationResult<CreateKubernetesTriggerRequest> {
  const issues = checkCreateKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CreateKubernetesTriggerRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateKubernetesTrigger` request. */
export function assertCreateKubernetesTriggerRequest(value: unknown): asserts value is CreateKubernetesTriggerRequest {
  const issues = checkCreateKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CreateTemplate` request without throwing: every issue found, or the request typed. */
export function validateCreateTemplateRequest(value: unknown): ValidationResult<CreateTemplateRequest> {
  const issues = checkCreateTemplateRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CreateTemplateRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateTemplate` request. */
export function assertCreateTemplateRequest(value: unknown): asserts value is CreateTemplateRequest {
  const issues = checkCreateTemplateRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `CreateTrigger` request without throwing: every issue found, or the request typed. */
export function validateCreateTriggerRequest(value: unknown): ValidationResult<CreateTriggerRequest> {
  const issues = checkCreateTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as CreateTriggerRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateTrigger` request. */
export function assertCreateTriggerRequest(value: unknown): asserts value is CreateTriggerRequest {
  const issues = checkCreateTriggerRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteAlertContact` request without throwing: every issue found, or the request typed. */
export function validateDeleteAlertContactRequest(value: unknown): ValidationResult<DeleteAlertContactRequest> {
  const issues = checkDeleteAlertContactRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteAlertContactRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteAlertContact` request. */
export function assertDeleteAlertContactRequest(value: unknown): asserts value is DeleteAlertContactRequest {
  const issues = checkDeleteAlertContactRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteAlertContactGroup` request without throwing: every issue found, or the request typed. */
export function validateDeleteAlertContactGroupRequest(
  value: unknown,
): ValidationResult<DeleteAlertContactGroupRequest> {
  const issues = checkDeleteAlertContactGroupRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteAlertContactGroupRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteAlertContactGroup` request. */
export function assertDeleteAlertContactGroupRequest(value: unknown): asserts value is DeleteAlertContactGroupRequest {
  const issues = checkDeleteAlertContactGroupRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteCluster` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterRequest(value: unknown): ValidationResult<DeleteClusterRequest> {
  const issues = checkDeleteClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteClusterRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteCluster` request. */
export function assertDeleteClusterRequest(value: unknown): asserts value is DeleteClusterRequest {
  const issues = checkDeleteClusterRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<DeleteClusterInspectConfigRequest> {
  const issues = checkDeleteClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteClusterInspectConfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterInspectConfig` request. */
export function assertDeleteClusterInspectConfigRequest(
  value: unknown,
): asserts value is DeleteClusterInspectConfigRequest {
  const issues = checkDeleteClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteClusterNodepool` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterNodepoolRequest(value: unknown): ValidationResult<DeleteClusterNodepoolRequest> {
  const issues = checkDeleteClusterNodepoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteClusterNodepoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterNodepool` request. */
export function assertDeleteClusterNodepoolRequest(value: unknown): asserts value is DeleteClusterNodepoolRequest {
  const issues = checkDeleteClusterNodepoolRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteClusterNodes` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterNodesRequest(value: unknown): ValidationResult<DeleteClusterNodesRequest> {
  const issues = checkDeleteClusterNodesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteClusterNodesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterNodes` request. */
export function assertDeleteClusterNodesRequest(value: unknown): asserts value is DeleteClusterNodesRequest {
  const issues = checkDeleteClusterNodesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export function validateDeleteKubernetesTriggerRequest(
  value: unknown,
): ValidationResult<DeleteKubernetesTriggerRequest> {
  const issues = checkDeleteKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteKubernetesTriggerRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteKubernetesTrigger` request. */
export function assertDeleteKubernetesTriggerRequest(value: unknown): asserts value is DeleteKubernetesTriggerRequest {
  const issues = checkDeleteKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeletePolicyInstance` request without throwing: every issue found, or the request typed. */
export function validateDeletePolicyInstanceRequest(value: unknown): ValidationResult<DeletePolicyInstanceRequest> {
  const issues = checkDeletePolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeletePolicyInstanceRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeletePolicyInstance` request. */
export function assertDeletePolicyInstanceRequest(value: unknown): asserts value is DeletePolicyInstanceRequest {
  const issues = checkDeletePolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteTemplate` request without throwing: every issue found, or the request typed. */
export function validateDeleteTemplateRequest(value: unknown): ValidationResult<DeleteTemplateRequest> {
  const issues = checkDeleteTemplateRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteTemplateRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteTemplate` request. */
export function assertDeleteTemplateRequest(value: unknown): asserts value is DeleteTemplateRequest {
  const issues = checkDeleteTemplateRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteTrigger` request without throwing: every issue found, or the request typed. */
export function validateDeleteTriggerRequest(value: unknown): ValidationResult<DeleteTriggerRequest> {
  const issues = checkDeleteTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeleteTriggerRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteTrigger` request. */
export function assertDeleteTriggerRequest(value: unknown): asserts value is DeleteTriggerRequest {
  const issues = checkDeleteTriggerRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeployPolicyInstance` request without throwing: every issue found, or the request typed. */
export function validateDeployPolicyInstanceRequest(value: unknown): ValidationResult<DeployPolicyInstanceRequest> {
  const issues = checkDeployPolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DeployPolicyInstanceRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeployPolicyInstance` request. */
export function assertDeployPolicyInstanceRequest(value: unknown): asserts value is DeployPolicyInstanceRequest {
  const issues = checkDeployPolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescirbeWorkflow` request without throwing: every issue found, or the request typed. */
export function validateDescirbeWorkflowRequest(value: unknown): ValidationResult<DescirbeWorkflowRequest> {
  const issues = checkDescirbeWorkflowRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescirbeWorkflowRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescirbeWorkflow` request. */
export function assertDescirbeWorkflowRequest(value: unknown): asserts value is DescirbeWorkflowRequest {
  const issues = checkDescirbeWorkflowRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeAddon` request without throwing: every issue found, or the request typed. */
export function validateDescribeAddonRequest(value: unknown): ValidationResult<DescribeAddonRequest> {
  const issues = checkDescribeAddonRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeAddonRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeAddon` request. */
export function assertDescribeAddonRequest(value: unknown): asserts value is DescribeAddonRequest {
  const issues = checkDescribeAddonRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeAddons` request without throwing: every issue found, or the request typed. */
export function validateDescribeAddonsRequest(value: unknown): ValidationResult<DescribeAddonsRequest> {
  const issues = checkDescribeAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeAddonsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeAddons` request. */
export function assertDescribeAddonsRequest(value: unknown): asserts value is DescribeAddonsRequest {
  const issues = checkDescribeAddonsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterAddonInstance` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonInstanceRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonInstanceRequest> {
  const issues = checkDescribeClusterAddonInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterAddonInstanceRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonInstance` request. */
export function assertDescribeClusterAddonInstanceRequest(
  value: unknown,
): asserts value is DescribeClusterAddonInstanceRequest {
  const issues = checkDescribeClusterAddonInstanceRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterAddonMetadata` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonMetadataRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonMetadataRequest> {
  const issues = checkDescribeClusterAddonMetadataRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterAddonMetadataRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonMetadata` request. */
export function assertDescribeClusterAddonMetadataRequest(
  value: unknown,
): asserts value is DescribeClusterAddonMetadataRequest {
  const issues = checkDescribeClusterAddonMetadataRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterAddonUpgradeStatus` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonUpgradeStatusRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonUpgradeStatusRequest> {
  const issues = checkDescribeClusterAddonUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  return issues === null
    ? { ok: true, value: value as DescribeClusterAddonUpgradeStatusRequest }
    : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonUpgradeStatus` request. */
export function assertDescribeClusterAddonUpgradeStatusRequest(
  value: unknown,
): asserts value is DescribeClusterAddonUpgradeStatusRequest {
  const issues = checkDescribeClusterAddonUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterAddonsUpgradeStatus` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonsUpgradeStatusRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonsUpgradeStatusRequest> {
  const issues = checkDescribeClusterAddonsUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  return issues === null
    ? { ok: true, value: value as DescribeClusterAddonsUpgradeStatusRequest }
    : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonsUpgradeStatus` request. */
export function assertDescribeClusterAddonsUpgradeStatusRequest(
  value: unknown,
): asserts value is DescribeClusterAddonsUpgradeStatusRequest {
  const issues = checkDescribeClusterAddonsUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterAddonsVersion` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAddonsVersionRequest(
  value: unknown,
): ValidationResult<DescribeClusterAddonsVersionRequest> {
  const issues = checkDescribeClusterAddonsVersionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterAddonsVersionRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAddonsVersion` request. */
export function assertDescribeClusterAddonsVersionRequest(
  value: unknown,
): asserts value is DescribeClusterAddonsVersionRequest {
  const issues = checkDescribeClusterAddonsVersionRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterAttachScripts` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterAttachScriptsRequest(
  value: unknown,
): ValidationResult<DescribeClusterAttachScriptsRequest> {
  const issues = checkDescribeClusterAttachScriptsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterAttachScriptsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterAttachScripts` request. */
export function assertDescribeClusterAttachScriptsRequest(
  value: unknown,
): asserts value is DescribeClusterAttachScriptsRequest {
  const issues = checkDescribeClusterAttachScriptsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterDetail` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterDetailRequest(value: unknown): ValidationResult<DescribeClusterDetailRequest> {
  const issues = checkDescribeClusterDetailRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterDetailRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterDetail` request. */
export function assertDescribeClusterDetailRequest(value: unknown): asserts value is DescribeClusterDetailRequest {
  const issues = checkDescribeClusterDetailRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterEvents` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterEventsRequest(value: unknown): ValidationResult<DescribeClusterEventsRequest> {
  const issues = checkDescribeClusterEventsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterEventsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterEvents` request. */
export function assertDescribeClusterEventsRequest(value: unknown): asserts value is DescribeClusterEventsRequest {
  const issues = checkDescribeClusterEventsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterLogs` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterLogsRequest(value: unknown): ValidationResult<DescribeClusterLogsRequest> {
  const issues = checkDescribeClusterLogsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterLogsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterLogs` request. */
export function assertDescribeClusterLogsRequest(value: unknown): asserts value is DescribeClusterLogsRequest {
  const issues = checkDescribeClusterLogsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterNodePoolDetail` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterNodePoolDetailRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolDetailRequest> {
  const issues = checkDescribeClusterNodePoolDetailRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterNodePoolDetailRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePoolDetail` request. */
export function assertDescribeClusterNodePoolDetailRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolDetailRequest {
  const issues = checkDescribeClusterNodePoolDetailRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterNodePools` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterNodePoolsRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolsRequest> {
  const issues = checkDescribeClusterNodePoolsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterNodePoolsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePools` request. */
export function assertDescribeClusterNodePoolsRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolsRequest {
  const issues = checkDescribeClusterNodePoolsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterNodes` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterNodesRequest(value: unknown): ValidationResult<DescribeClusterNodesRequest> {
  const issues = checkDescribeClusterNodesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterNodesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodes` request. */
export function assertDescribeClusterNodesRequest(value: unknown): asserts value is DescribeClusterNodesRequest {
  const issues = checkDescribeClusterNodesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterResources` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterResourcesRequest(
  value: unknown,
): ValidationResult<DescribeClusterResourcesRequest> {
  const issues = checkDescribeClusterResourcesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterResourcesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterResources` request. */
export function assertDescribeClusterResourcesRequest(
  value: unknown,
): asserts value is DescribeClusterResourcesRequest {
  const issues = checkDescribeClusterResourcesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterTasks` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterTasksRequest(value: unknown): ValidationResult<DescribeClusterTasksRequest> {
  const issues = checkDescribeClusterTasksRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterTasksRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterTasks` request. */
export function assertDescribeClusterTasksRequest(value: unknown): asserts value is DescribeClusterTasksRequest {
  const issues = checkDescribeClusterTasksRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterUserKubeconfig` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterUserKubeconfigRequest(
  value: unknown,
): ValidationResult<DescribeClusterUserKubeconfigRequest> {
  const issues = checkDescribeClusterUserKubeconfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterUserKubeconfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterUserKubeconfig` request. */
export function assertDescribeClusterUserKubeconfigRequest(
  value: unknown,
): asserts value is DescribeClusterUserKubeconfigRequest {
  const issues = checkDescribeClusterUserKubeconfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterV2UserKubeconfig` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterV2UserKubeconfigRequest(
  value: unknown,
): ValidationResult<DescribeClusterV2UserKubeconfigRequest> {
  const issues = checkDescribeClusterV2UserKubeconfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterV2UserKubeconfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterV2UserKubeconfig` request. */
export function assertDescribeClusterV2UserKubeconfigRequest(
  value: unknown,
): asserts value is DescribeClusterV2UserKubeconfigRequest {
  const issues = checkDescribeClusterV2UserKubeconfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterVuls` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterVulsRequest(value: unknown): ValidationResult<DescribeClusterVulsRequest> {
  const issues = checkDescribeClusterVulsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClusterVulsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterVuls` request. */
export function assertDescribeClusterVulsRequest(value: unknown): asserts value is DescribeClusterVulsRequest {
  const issues = checkDescribeClusterVulsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusters` request without throwing: every issue found, or the request typed. */
export function validateDescribeClustersRequest(value: unknown): ValidationResult<DescribeClustersRequest> {
  const issues = checkDescribeClustersRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClustersRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusters` request. */
export function assertDescribeClustersRequest(value: unknown): asserts value is DescribeClustersRequest {
  const issues = checkDescribeClustersRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClustersForRegion` request without throwing: every issue found, or the request typed. */
export function validateDescribeClustersForRegionRequest(
  value: unknown,
): ValidationResult<DescribeClustersForRegionRequest> {
  const issues = checkDescribeClustersForRegionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClustersForRegionRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClustersForRegion` request. */
export function assertDescribeClustersForRegionRequest(
  value: unknown,
): asserts value is DescribeClustersForRegionRequest {
  const issues = checkDescribeClustersForRegionRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClustersV1` request without throwing: every issue found, or the request typed. */
export function validateDescribeClustersV1Request(value: unknown): ValidationResult<DescribeClustersV1Request> {
  const issues = checkDescribeClustersV1Request(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeClustersV1Request } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClustersV1` request. */
export function assertDescribeClustersV1Request(value: unknown): asserts value is DescribeClustersV1Request {
  const issues = checkDescribeClustersV1Request(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeEvents` request without throwing: every issue found, or the request typed. */
export function validateDescribeEventsRequest(value: unknown): ValidationResult<DescribeEventsRequest> {
  const issues = checkDescribeEventsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeEventsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeEvents` request. */
export function assertDescribeEventsRequest(value: unknown): asserts value is DescribeEventsRequest {
  const issues = checkDescribeEventsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeEventsForRegion` request without throwing: every issue found, or the request typed. */
export function validateDescribeEventsForRegionRequest(
  value: unknown,
): ValidationResult<DescribeEventsForRegionRequest> {
  const issues = checkDescribeEventsForRegionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeEventsForRegionRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeEventsForRegion` request. */
export function assertDescribeEventsForRegionRequest(value: unknown): asserts value is DescribeEventsForRegionRequest {
  const issues = checkDescribeEventsForRegionRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeExternalAgent` request without throwing: every issue found, or the request typed. */
export function validateDescribeExternalAgentRequest(value: unknown): ValidationResult<DescribeExternalAgentRequest> {
  const issues = checkDescribeExternalAgentRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeExternalAgentRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeExternalAgent` request. */
export function assertDescribeExternalAgentRequest(value: unknown): asserts value is DescribeExternalAgentRequest {
  const issues = checkDescribeExternalAgentRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeKubernetesVersionMetadata` request without throwing: every issue found, or the request typed. */
export function validateDescribeKubernetesVersionMetadataRequest(
  value: unknown,
): ValidationResult<DescribeKubernetesVersionMetadataRequest> {
  const issues = checkDescribeKubernetesVersionMetadataRequest(value, null, { tokens: [], depth: 0 });
  return issues === null
    ? { ok: true, value: value as DescribeKubernetesVersionMetadataRequest }
    : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeKubernetesVersionMetadata` request. */
export function assertDescribeKubernetesVersionMetadataRequest(
  value: unknown,
): asserts value is DescribeKubernetesVersionMetadataRequest {
  const issues = checkDescribeKubernetesVersionMetadataRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeNodePoolVuls` request without throwing: every issue found, or the request typed. */
export function validateDescribeNodePoolVulsRequest(value: unknown): ValidationResult<DescribeNodePoolVulsRequest> {
  const issues = checkDescribeNodePoolVulsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeNodePoolVulsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeNodePoolVuls` request. */
export function assertDescribeNodePoolVulsRequest(value: unknown): asserts value is DescribeNodePoolVulsRequest {
  const issues = checkDescribeNodePoolVulsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribePolicies` request without throwing: every issue found, or the request typed. */
export function validateDescribePoliciesRequest(value: unknown): ValidationResult<DescribePoliciesRequest> {
  const issues = checkDescribePoliciesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribePoliciesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicies` request. */
export function assertDescribePoliciesRequest(value: unknown): asserts value is DescribePoliciesRequest {
  const issues = checkDescribePoliciesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribePolicyDetails` request without throwing: every issue found, or the request typed. */
export function validateDescribePolicyDetailsRequest(value: unknown): ValidationResult<DescribePolicyDetailsRequest> {
  const issues = checkDescribePolicyDetailsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribePolicyDetailsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyDetails` request. */
export function assertDescribePolicyDetailsRequest(value: unknown): asserts value is DescribePolicyDetailsRequest {
  const issues = checkDescribePolicyDetailsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribePolicyGovernanceInCluster` request without throwing: every issue found, or the request typed. */
export function validateDescribePolicyGovernanceInClusterRequest(
  value: unknown,
): ValidationResult<DescribePolicyGovernanceInClusterRequest> {
  const issues = checkDescribePolicyGovernanceInClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null
    ? { ok: true, value: value as DescribePolicyGovernanceInClusterRequest }
    : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyGovernanceInCluster` request. */
export function assertDescribePolicyGovernanceInClusterRequest(
  value: unknown,
): asserts value is DescribePolicyGovernanceInClusterRequest {
  const issues = checkDescribePolicyGovernanceInClusterRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribePolicyInstances` request without throwing: every issue found, or the request typed. */
export function validateDescribePolicyInstancesRequest(
  value: unknown,
): ValidationResult<DescribePolicyInstancesRequest> {
  const issues = checkDescribePolicyInstancesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribePolicyInstancesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyInstances` request. */
export function assertDescribePolicyInstancesRequest(value: unknown): asserts value is DescribePolicyInstancesRequest {
  const issues = checkDescribePolicyInstancesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribePolicyInstancesStatus` request without throwing: every issue found, or the request typed. */
export function validateDescribePolicyInstancesStatusRequest(
  value: unknown,
): ValidationResult<DescribePolicyInstancesStatusRequest> {
  const issues = checkDescribePolicyInstancesStatusRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribePolicyInstancesStatusRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribePolicyInstancesStatus` request. */
export function assertDescribePolicyInstancesStatusRequest(
  value: unknown,
): asserts value is DescribePolicyInstancesStatusRequest {
  const issues = checkDescribePolicyInstancesStatusRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeResourcesDeleteProtection` request without throwing: every issue found, or the request typed. */
export function validateDescribeResourcesDeleteProtectionRequest(
  value: unknown,
): ValidationResult<DescribeResourcesDeleteProtectionRequest> {
  const issues = checkDescribeResourcesDeleteProtectionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null
    ? { ok: true, value: value as DescribeResourcesDeleteProtectionRequest }
    : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeResourcesDeleteProtection` request. */
export function assertDescribeResourcesDeleteProtectionRequest(
  value: unknown,
): asserts value is DescribeResourcesDeleteProtectionRequest {
  const issues = checkDescribeResourcesDeleteProtectionRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeSubaccountK8sClusterUserConfig` request without throwing: every issue found, or the request typed. */
export function validateDescribeSubaccountK8sClusterUserConfigRequest(
  value: unknown,
): ValidationResult<DescribeSubaccountK8sClusterUserConfigRequest> {
  const issues = checkDescribeSubaccountK8sClusterUserConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null
    ? { ok: true, value: value as DescribeSubaccountK8sClusterUserConfigRequest }
    : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeSubaccountK8sClusterUserConfig` request. */
export function assertDescribeSubaccountK8sClusterUserConfigRequest(
  value: unknown,
): asserts value is DescribeSubaccountK8sClusterUserConfigRequest {
  const issues = checkDescribeSubaccountK8sClusterUserConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeTaskInfo` request without throwing: every issue found, or the request typed. */
export function validateDescribeTaskInfoRequest(value: unknown): ValidationResult<DescribeTaskInfoRequest> {
  const issues = checkDescribeTaskInfoRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeTaskInfoRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTaskInfo` request. */
export function assertDescribeTaskInfoRequest(value: unknown): asserts value is DescribeTaskInfoRequest {
  const issues = checkDescribeTaskInfoRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeTemplateAttribute` request without throwing: every issue found, or the request typed. */
export function validateDescribeTemplateAttributeRequest(
  value: unknown,
): ValidationResult<DescribeTemplateAttributeRequest> {
  const issues = checkDescribeTemplateAttributeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeTemplateAttributeRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTemplateAttribute` request. */
export function assertDescribeTemplateAttributeRequest(
  value: unknown,
): asserts value is DescribeTemplateAttributeRequest {
  const issues = checkDescribeTemplateAttributeRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeTemplates` request without throwing: every issue found, or the request typed. */
export function validateDescribeTemplatesRequest(value: unknown): ValidationResult<DescribeTemplatesRequest> {
  const issues = checkDescribeTemplatesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeTemplatesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTemplates` request. */
export function assertDescribeTemplatesRequest(value: unknown): asserts value is DescribeTemplatesRequest {
  const issues = checkDescribeTemplatesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeTrigger` request without throwing: every issue found, or the request typed. */
export function validateDescribeTriggerRequest(value: unknown): ValidationResult<DescribeTriggerRequest> {
  const issues = checkDescribeTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeTriggerRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeTrigger` request. */
export function assertDescribeTriggerRequest(value: unknown): asserts value is DescribeTriggerRequest {
  const issues = checkDescribeTriggerRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeUserClusterNamespaces` request without throwing: every issue found, or the request typed. */
export function validateDescribeUserClusterNamespacesRequest(
  value: unknown,
): ValidationResult<DescribeUserClusterNamespacesRequest> {
  const issues = checkDescribeUserClusterNamespacesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeUserClusterNamespacesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserClusterNamespaces` request. */
export function assertDescribeUserClusterNamespacesRequest(
  value: unknown,
): asserts value is DescribeUserClusterNamespacesRequest {
  const issues = checkDescribeUserClusterNamespacesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeUserPermission` request without throwing: every issue found, or the request typed. */
export function validateDescribeUserPermissionRequest(value: unknown): ValidationResult<DescribeUserPermissionRequest> {
  const issues = checkDescribeUserPermissionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeUserPermissionRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserPermission` request. */
export function assertDescribeUserPermissionRequest(value: unknown): asserts value is DescribeUserPermissionRequest {
  const issues = checkDescribeUserPermissionRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeUserQuota` request without throwing: every issue found, or the request typed. */
export function validateDescribeUserQuotaRequest(value: unknown): ValidationResult<DescribeUserQuotaRequest> {
  const issues = checkDescribeUserQuotaRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeUserQuotaRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeUserQuota` request. */
export function assertDescribeUserQuotaRequest(value: unknown): asserts value is DescribeUserQuotaRequest {
  const issues = checkDescribeUserQuotaRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeWorkflows` request without throwing: every issue found, or the request typed. */
export function validateDescribeWorkflowsRequest(value: unknown): ValidationResult<DescribeWorkflowsRequest> {
  const issues = checkDescribeWorkflowsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as DescribeWorkflowsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeWorkflows` request. */
export function assertDescribeWorkflowsRequest(value: unknown): asserts value is DescribeWorkflowsRequest {
  const issues = checkDescribeWorkflowsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `FixNodePoolVuls` request without throwing: every issue found, or the request typed. */
export function validateFixNodePoolVulsRequest(value: unknown): ValidationResult<FixNodePoolVulsRequest> {
  const issues = checkFixNodePoolVulsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as FixNodePoolVulsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `FixNodePoolVuls` request. */
export function assertFixNodePoolVulsRequest(value: unknown): asserts value is FixNodePoolVulsRequest {
  const issues = checkFixNodePoolVulsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetClusterAddonInstance` request without throwing: every issue found, or the request typed. */
export function validateGetClusterAddonInstanceRequest(
  value: unknown,
): ValidationResult<GetClusterAddonInstanceRequest> {
  const issues = checkGetClusterAddonInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetClusterAddonInstanceRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterAddonInstance` request. */
export function assertGetClusterAddonInstanceRequest(value: unknown): asserts value is GetClusterAddonInstanceRequest {
  const issues = checkGetClusterAddonInstanceRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetClusterAuditProject` request without throwing: every issue found, or the request typed. */
export function validateGetClusterAuditProjectRequest(value: unknown): ValidationResult<GetClusterAuditProjectRequest> {
  const issues = checkGetClusterAuditProjectRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetClusterAuditProjectRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterAuditProject` request. */
export function assertGetClusterAuditProjectRequest(value: unknown): asserts value is GetClusterAuditProjectRequest {
  const issues = checkGetClusterAuditProjectRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetClusterCheck` request without throwing: every issue found, or the request typed. */
export function validateGetClusterCheckRequest(value: unknown): ValidationResult<GetClusterCheckRequest> {
  const issues = checkGetClusterCheckRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetClusterCheckRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterCheck` request. */
export function assertGetClusterCheckRequest(value: unknown): asserts value is GetClusterCheckRequest {
  const issues = checkGetClusterCheckRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetClusterDiagnosisCheckItems` request without throwing: every issue found, or the request typed. */
export function validateGetClusterDiagnosisCheckItemsRequest(
  value: unknown,
): ValidationResult<GetClusterDiagnosisCheckItemsRequest> {
  const issues = checkGetClusterDiagnosisCheckItemsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetClusterDiagnosisCheckItemsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterDiagnosisCheckItems` request. */
export function assertGetClusterDiagnosisCheckItemsRequest(
  value: unknown,
): asserts value is GetClusterDiagnosisCheckItemsRequest {
  const issues = checkGetClusterDiagnosisCheckItemsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetClusterDiagnosisResult` request without throwing: every issue found, or the request typed. */
export function validateGetClusterDiagnosisResultRequest(
  value: unknown,
): ValidationResult<GetClusterDiagnosisResultRequest> {
  const issues = checkGetClusterDiagnosisResultRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetClusterDiagnosisResultRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterDiagnosisResult` request. */
export function assertGetClusterDiagnosisResultRequest(
  value: unknown,
): asserts value is GetClusterDiagnosisResultRequest {
  const issues = checkGetClusterDiagnosisResultRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export function validateGetClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<GetClusterInspectConfigRequest> {
  const issues = checkGetClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetClusterInspectConfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterInspectConfig` request. */
export function assertGetClusterInspectConfigRequest(value: unknown): asserts value is GetClusterInspectConfigRequest {
  const issues = checkGetClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetClusterInspectReportDetail` request without throwing: every issue found, or the request typed. */
export function validateGetClusterInspectReportDetailRequest(
  value: unknown,
): ValidationResult<GetClusterInspectReportDetailRequest> {
  const issues = checkGetClusterInspectReportDetailRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetClusterInspectReportDetailRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetClusterInspectReportDetail` request. */
export function assertGetClusterInspectReportDetailRequest(
  value: unknown,
): asserts value is GetClusterInspectReportDetailRequest {
  const issues = checkGetClusterInspectReportDetailRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetKubernetesTrigger` request without throwing: every issue found, or the request typed. */
export function validateGetKubernetesTriggerRequest(value: unknown): ValidationResult<GetKubernetesTriggerRequest> {
  const issues = checkGetKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetKubernetesTriggerRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetKubernetesTrigger` request. */
export function assertGetKubernetesTriggerRequest(value: unknown): asserts value is GetKubernetesTriggerRequest {
  const issues = checkGetKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GetUpgradeStatus` request without throwing: every issue found, or the request typed. */
export function validateGetUpgradeStatusRequest(value: unknown): ValidationResult<GetUpgradeStatusRequest> {
  const issues = checkGetUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GetUpgradeStatusRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GetUpgradeStatus` request. */
export function assertGetUpgradeStatusRequest(value: unknown): asserts value is GetUpgradeStatusRequest {
  const issues = checkGetUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `GrantPermissions` request without throwing: every issue found, or the request typed. */
export function validateGrantPermissionsRequest(value: unknown): ValidationResult<GrantPermissionsRequest> {
  const issues = checkGrantPermissionsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as GrantPermissionsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `GrantPermissions` request. */
export function assertGrantPermissionsRequest(value: unknown): asserts value is GrantPermissionsRequest {
  const issues = checkGrantPermissionsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `InstallClusterAddons` request without throwing: every issue found, or the request typed. */
export function validateInstallClusterAddonsRequest(value: unknown): ValidationResult<InstallClusterAddonsRequest> {
  const issues = checkInstallClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as InstallClusterAddonsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `InstallClusterAddons` request. */
export function assertInstallClusterAddonsRequest(value: unknown): asserts value is InstallClusterAddonsRequest {
  const issues = checkInstallClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListAddons` request without throwing: every issue found, or the request typed. */
export function validateListAddonsRequest(value: unknown): ValidationResult<ListAddonsRequest> {
  const issues = checkListAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListAddonsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListAddons` request. */
export function assertListAddonsRequest(value: unknown): asserts value is ListAddonsRequest {
  const issues = checkListAddonsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListClusterAddonInstances` request without throwing: every issue found, or the request typed. */
export function validateListClusterAddonInstancesRequest(
  value: unknown,
): ValidationResult<ListClusterAddonInstancesRequest> {
  const issues = checkListClusterAddonInstancesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListClusterAddonInstancesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterAddonInstances` request. */
export function assertListClusterAddonInstancesRequest(
  value: unknown,
): asserts value is ListClusterAddonInstancesRequest {
  const issues = checkListClusterAddonInstancesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListClusterChecks` request without throwing: every issue found, or the request typed. */
export function validateListClusterChecksRequest(value: unknown): ValidationResult<ListClusterChecksRequest> {
  const issues = checkListClusterChecksRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListClusterChecksRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterChecks` request. */
export function assertListClusterChecksRequest(value: unknown): asserts value is ListClusterChecksRequest {
  const issues = checkListClusterChecksRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListClusterInspectReports` request without throwing: every issue found, or the request typed. */
export function validateListClusterInspectReportsRequest(
  value: unknown,
): ValidationResult<ListClusterInspectReportsRequest> {
  const issues = checkListClusterInspectReportsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListClusterInspectReportsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterInspectReports` request. */
export function assertListClusterInspectReportsRequest(
  value: unknown,
): asserts value is ListClusterInspectReportsRequest {
  const issues = checkListClusterInspectReportsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListClusterKubeconfigStates` request without throwing: every issue found, or the request typed. */
export function validateListClusterKubeconfigStatesRequest(
  value: unknown,
): ValidationResult<ListClusterKubeconfigStatesRequest> {
  const issues = checkListClusterKubeconfigStatesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListClusterKubeconfigStatesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListClusterKubeconfigStates` request. */
export function assertListClusterKubeconfigStatesRequest(
  value: unknown,
): asserts value is ListClusterKubeconfigStatesRequest {
  const issues = checkListClusterKubeconfigStatesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListOperationPlans` request without throwing: every issue found, or the request typed. */
export function validateListOperationPlansRequest(value: unknown): ValidationResult<ListOperationPlansRequest> {
  const issues = checkListOperationPlansRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListOperationPlansRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListOperationPlans` request. */
export function assertListOperationPlansRequest(value: unknown): asserts value is ListOperationPlansRequest {
  const issues = checkListOperationPlansRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListOperationPlansForRegion` request without throwing: every issue found, or the request typed. */
export function validateListOperationPlansForRegionRequest(
  value: unknown,
): ValidationResult<ListOperationPlansForRegionRequest> {
  const issues = checkListOperationPlansForRegionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListOperationPlansForRegionRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListOperationPlansForRegion` request. */
export function assertListOperationPlansForRegionRequest(
  value: unknown,
): asserts value is ListOperationPlansForRegionRequest {
  const issues = checkListOperationPlansForRegionRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListTagResources` request without throwing: every issue found, or the request typed. */
export function validateListTagResourcesRequest(value: unknown): ValidationResult<ListTagResourcesRequest> {
  const issues = checkListTagResourcesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListTagResourcesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListTagResources` request. */
export function assertListTagResourcesRequest(value: unknown): asserts value is ListTagResourcesRequest {
  const issues = checkListTagResourcesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ListUserKubeConfigStates` request without throwing: every issue found, or the request typed. */
export function validateListUserKubeConfigStatesRequest(
  value: unknown,
): ValidationResult<ListUserKubeConfigStatesRequest> {
  const issues = checkListUserKubeConfigStatesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ListUserKubeConfigStatesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ListUserKubeConfigStates` request. */
export function assertListUserKubeConfigStatesRequest(
  value: unknown,
): asserts value is ListUserKubeConfigStatesRequest {
  const issues = checkListUserKubeConfigStatesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `MigrateCluster` request without throwing: every issue found, or the request typed. */
export function validateMigrateClusterRequest(value: unknown): ValidationResult<MigrateClusterRequest> {
  const issues = checkMigrateClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as MigrateClusterRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `MigrateCluster` request. */
export function assertMigrateClusterRequest(value: unknown): asserts value is MigrateClusterRequest {
  const issues = checkMigrateClusterRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ModifyCluster` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterRequest(value: unknown): ValidationResult<ModifyClusterRequest> {
  const issues = checkModifyClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ModifyClusterRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyCluster` request. */
export function assertModifyClusterRequest(value: unknown): asserts value is ModifyClusterRequest {
  const issues = checkModifyClusterRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ModifyClusterAddon` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterAddonRequest(value: unknown): ValidationResult<ModifyClusterAddonRequest> {
  const issues = checkModifyClusterAddonRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ModifyClusterAddonRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterAddon` request. */
export function assertModifyClusterAddonRequest(value: unknown): asserts value is ModifyClusterAddonRequest {
  const issues = checkModifyClusterAddonRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ModifyClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterNodePoolRequest(value: unknown): ValidationResult<ModifyClusterNodePoolRequest> {
  const issues = checkModifyClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ModifyClusterNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterNodePool` request. */
export function assertModifyClusterNodePoolRequest(value: unknown): asserts value is ModifyClusterNodePoolRequest {
  const issues = checkModifyClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ModifyClusterTags` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterTagsRequest(value: unknown): ValidationResult<ModifyClusterTagsRequest> {
  const issues = checkModifyClusterTagsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ModifyClusterTagsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterTags` request. */
export function assertModifyClusterTagsRequest(value: unknown): asserts value is ModifyClusterTagsRequest {
  const issues = checkModifyClusterTagsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ModifyNodePoolNodeConfig` request without throwing: every issue found, or the request typed. */
export function validateModifyNodePoolNodeConfigRequest(
  value: unknown,
): ValidationResult<ModifyNodePoolNodeConfigRequest> {
  const issues = checkModifyNodePoolNodeConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ModifyNodePoolNodeConfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyNodePoolNodeConfig` request. */
export function assertModifyNodePoolNodeConfigRequest(
  value: unknown,
): asserts value is ModifyNodePoolNodeConfigRequest {
  const issues = checkModifyNodePoolNodeConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ModifyPolicyInstance` request without throwing: every issue found, or the request typed. */
export function validateModifyPolicyInstanceRequest(value: unknown): ValidationResult<ModifyPolicyInstanceRequest> {
  const issues = checkModifyPolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ModifyPolicyInstanceRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyPolicyInstance` request. */
export function assertModifyPolicyInstanceRequest(value: unknown): asserts value is ModifyPolicyInstanceRequest {
  const issues = checkModifyPolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `OpenAckService` request without throwing: every issue found, or the request typed. */
export function validateOpenAckServiceRequest(value: unknown): ValidationResult<OpenAckServiceRequest> {
  const issues = checkOpenAckServiceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as OpenAckServiceRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `OpenAckService` request. */
export function assertOpenAckServiceRequest(value: unknown): asserts value is OpenAckServiceRequest {
  const issues = checkOpenAckServiceRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `PauseClusterUpgrade` request without throwing: every issue found, or the request typed. */
export function validatePauseClusterUpgradeRequest(value: unknown): ValidationResult<PauseClusterUpgradeRequest> {
  const issues = checkPauseClusterUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as PauseClusterUpgradeRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseClusterUpgrade` request. */
export function assertPauseClusterUpgradeRequest(value: unknown): asserts value is PauseClusterUpgradeRequest {
  const issues = checkPauseClusterUpgradeRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `PauseComponentUpgrade` request without throwing: every issue found, or the request typed. */
export function validatePauseComponentUpgradeRequest(value: unknown): ValidationResult<PauseComponentUpgradeRequest> {
  const issues = checkPauseComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as PauseComponentUpgradeRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseComponentUpgrade` request. */
export function assertPauseComponentUpgradeRequest(value: unknown): asserts value is PauseComponentUpgradeRequest {
  const issues = checkPauseComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `PauseTask` request without throwing: every issue found, or the request typed. */
export function validatePauseTaskRequest(value: unknown): ValidationResult<PauseTaskRequest> {
  const issues = checkPauseTaskRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as PauseTaskRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `PauseTask` request. */
export function assertPauseTaskRequest(value: unknown): asserts value is PauseTaskRequest {
  const issues = checkPauseTaskRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `RemoveNodePoolNodes` request without throwing: every issue found, or the request typed. */
export function validateRemoveNodePoolNodesRequest(value: unknown): ValidationResult<RemoveNodePoolNodesRequest> {
  const issues = checkRemoveNodePoolNodesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as RemoveNodePoolNodesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RemoveNodePoolNodes` request. */
export function assertRemoveNodePoolNodesRequest(value: unknown): asserts value is RemoveNodePoolNodesRequest {
  const issues = checkRemoveNodePoolNodesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `RemoveWorkflow` request without throwing: every issue found, or the request typed. */
export function validateRemoveWorkflowRequest(value: unknown): ValidationResult<RemoveWorkflowRequest> {
  const issues = checkRemoveWorkflowRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as RemoveWorkflowRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RemoveWorkflow` request. */
export function assertRemoveWorkflowRequest(value: unknown): asserts value is RemoveWorkflowRequest {
  const issues = checkRemoveWorkflowRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `RepairClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateRepairClusterNodePoolRequest(value: unknown): ValidationResult<RepairClusterNodePoolRequest> {
  const issues = checkRepairClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as RepairClusterNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RepairClusterNodePool` request. */
export function assertRepairClusterNodePoolRequest(value: unknown): asserts value is RepairClusterNodePoolRequest {
  const issues = checkRepairClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ResumeComponentUpgrade` request without throwing: every issue found, or the request typed. */
export function validateResumeComponentUpgradeRequest(value: unknown): ValidationResult<ResumeComponentUpgradeRequest> {
  const issues = checkResumeComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ResumeComponentUpgradeRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeComponentUpgrade` request. */
export function assertResumeComponentUpgradeRequest(value: unknown): asserts value is ResumeComponentUpgradeRequest {
  const issues = checkResumeComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ResumeTask` request without throwing: every issue found, or the request typed. */
export function validateResumeTaskRequest(value: unknown): ValidationResult<ResumeTaskRequest> {
  const issues = checkResumeTaskRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ResumeTaskRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeTask` request. */
export function assertResumeTaskRequest(value: unknown): asserts value is ResumeTaskRequest {
  const issues = checkResumeTaskRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ResumeUpgradeCluster` request without throwing: every issue found, or the request typed. */
export function validateResumeUpgradeClusterRequest(value: unknown): ValidationResult<ResumeUpgradeClusterRequest> {
  const issues = checkResumeUpgradeClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ResumeUpgradeClusterRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ResumeUpgradeCluster` request. */
export function assertResumeUpgradeClusterRequest(value: unknown): asserts value is ResumeUpgradeClusterRequest {
  const issues = checkResumeUpgradeClusterRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `RevokeK8sClusterKubeConfig` request without throwing: every issue found, or the request typed. */
export function validateRevokeK8sClusterKubeConfigRequest(
  value: unknown,
): ValidationResult<RevokeK8sClusterKubeConfigRequest> {
  const issues = checkRevokeK8sClusterKubeConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as RevokeK8sClusterKubeConfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RevokeK8sClusterKubeConfig` request. */
export function assertRevokeK8sClusterKubeConfigRequest(
  value: unknown,
): asserts value is RevokeK8sClusterKubeConfigRequest {
  const issues = checkRevokeK8sClusterKubeConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `RunClusterCheck` request without throwing: every issue found, or the request typed. */
export function validateRunClusterCheckRequest(value: unknown): ValidationResult<RunClusterCheckRequest> {
  const issues = checkRunClusterCheckRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as RunClusterCheckRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RunClusterCheck` request. */
export function assertRunClusterCheckRequest(value: unknown): asserts value is RunClusterCheckRequest {
  const issues = checkRunClusterCheckRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `RunClusterInspect` request without throwing: every issue found, or the request typed. */
export function validateRunClusterInspectRequest(value: unknown): ValidationResult<RunClusterInspectRequest> {
  const issues = checkRunClusterInspectRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as RunClusterInspectRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `RunClusterInspect` request. */
export function assertRunClusterInspectRequest(value: unknown): asserts value is RunClusterInspectRequest {
  const issues = checkRunClusterInspectRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ScaleClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateScaleClusterNodePoolRequest(value: unknown): ValidationResult<ScaleClusterNodePoolRequest> {
  const issues = checkScaleClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ScaleClusterNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ScaleClusterNodePool` request. */
export function assertScaleClusterNodePoolRequest(value: unknown): asserts value is ScaleClusterNodePoolRequest {
  const issues = checkScaleClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ScanClusterVuls` request without throwing: every issue found, or the request typed. */
export function validateScanClusterVulsRequest(value: unknown): ValidationResult<ScanClusterVulsRequest> {
  const issues = checkScanClusterVulsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as ScanClusterVulsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ScanClusterVuls` request. */
export function assertScanClusterVulsRequest(value: unknown): asserts value is ScanClusterVulsRequest {
  const issues = checkScanClusterVulsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `StartAlert` request without throwing: every issue found, or the request typed. */
export function validateStartAlertRequest(value: unknown): ValidationResult<StartAlertRequest> {
  const issues = checkStartAlertRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as StartAlertRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StartAlert` request. */
export function assertStartAlertRequest(value: unknown): asserts value is StartAlertRequest {
  const issues = checkStartAlertRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `StartWorkflow` request without throwing: every issue found, or the request typed. */
export function validateStartWorkflowRequest(value: unknown): ValidationResult<StartWorkflowRequest> {
  const issues = checkStartWorkflowRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as StartWorkflowRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StartWorkflow` request. */
export function assertStartWorkflowRequest(value: unknown): asserts value is StartWorkflowRequest {
  const issues = checkStartWorkflowRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `StopAlert` request without throwing: every issue found, or the request typed. */
export function validateStopAlertRequest(value: unknown): ValidationResult<StopAlertRequest> {
  const issues = checkStopAlertRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as StopAlertRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `StopAlert` request. */
export function assertStopAlertRequest(value: unknown): asserts value is StopAlertRequest {
  const issues = checkStopAlertRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `SyncClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateSyncClusterNodePoolRequest(value: unknown): ValidationResult<SyncClusterNodePoolRequest> {
  const issues = checkSyncClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as SyncClusterNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `SyncClusterNodePool` request. */
export function assertSyncClusterNodePoolRequest(value: unknown): asserts value is SyncClusterNodePoolRequest {
  const issues = checkSyncClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `TagResources` request without throwing: every issue found, or the request typed. */
export function validateTagResourcesRequest(value: unknown): ValidationResult<TagResourcesRequest> {
  const issues = checkTagResourcesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as TagResourcesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `TagResources` request. */
export function assertTagResourcesRequest(value: unknown): asserts value is TagResourcesRequest {
  const issues = checkTagResourcesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UnInstallClusterAddons` request without throwing: every issue found, or the request typed. */
export function validateUnInstallClusterAddonsRequest(value: unknown): ValidationResult<UnInstallClusterAddonsRequest> {
  const issues = checkUnInstallClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UnInstallClusterAddonsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UnInstallClusterAddons` request. */
export function assertUnInstallClusterAddonsRequest(value: unknown): asserts value is UnInstallClusterAddonsRequest {
  const issues = checkUnInstallClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UntagResources` request without throwing: every issue found, or the request typed. */
export function validateUntagResourcesRequest(value: unknown): ValidationResult<UntagResourcesRequest> {
  const issues = checkUntagResourcesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UntagResourcesRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UntagResources` request. */
export function assertUntagResourcesRequest(value: unknown): asserts value is UntagResourcesRequest {
  const issues = checkUntagResourcesRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpdateClusterAuditLogConfig` request without throwing: every issue found, or the request typed. */
export function validateUpdateClusterAuditLogConfigRequest(
  value: unknown,
): ValidationResult<UpdateClusterAuditLogConfigRequest> {
  const issues = checkUpdateClusterAuditLogConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpdateClusterAuditLogConfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateClusterAuditLogConfig` request. */
export function assertUpdateClusterAuditLogConfigRequest(
  value: unknown,
): asserts value is UpdateClusterAuditLogConfigRequest {
  const issues = checkUpdateClusterAuditLogConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpdateClusterInspectConfig` request without throwing: every issue found, or the request typed. */
export function validateUpdateClusterInspectConfigRequest(
  value: unknown,
): ValidationResult<UpdateClusterInspectConfigRequest> {
  const issues = checkUpdateClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpdateClusterInspectConfigRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateClusterInspectConfig` request. */
export function assertUpdateClusterInspectConfigRequest(
  value: unknown,
): asserts value is UpdateClusterInspectConfigRequest {
  const issues = checkUpdateClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpdateContactGroupForAlert` request without throwing: every issue found, or the request typed. */
export function validateUpdateContactGroupForAlertRequest(
  value: unknown,
): ValidationResult<UpdateContactGroupForAlertRequest> {
  const issues = checkUpdateContactGroupForAlertRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpdateContactGroupForAlertRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateContactGroupForAlert` request. */
export function assertUpdateContactGroupForAlertRequest(
  value: unknown,
): asserts value is UpdateContactGroupForAlertRequest {
  const issues = checkUpdateContactGroupForAlertRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpdateControlPlaneLog` request without throwing: every issue found, or the request typed. */
export function validateUpdateControlPlaneLogRequest(value: unknown): ValidationResult<UpdateControlPlaneLogRequest> {
  const issues = checkUpdateControlPlaneLogRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpdateControlPlaneLogRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateControlPlaneLog` request. */
export function assertUpdateControlPlaneLogRequest(value: unknown): asserts value is UpdateControlPlaneLogRequest {
  const issues = checkUpdateControlPlaneLogRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpdateK8sClusterUserConfigExpire` request without throwing: every issue found, or the request typed. */
export function validateUpdateK8sClusterUserConfigExpireRequest(
  value: unknown,
): ValidationResult<UpdateK8sClusterUserConfigExpireRequest> {
  const issues = checkUpdateK8sClusterUserConfigExpireRequest(value, null, { tokens: [], depth: 0 });
  return issues === null
    ? { ok: true, value: value as UpdateK8sClusterUserConfigExpireRequest }
    : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateK8sClusterUserConfigExpire` request. */
export function assertUpdateK8sClusterUserConfigExpireRequest(
  value: unknown,
): asserts value is UpdateK8sClusterUserConfigExpireRequest {
  const issues = checkUpdateK8sClusterUserConfigExpireRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpdateResourcesDeleteProtection` request without throwing: every issue found, or the request typed. */
export function validateUpdateResourcesDeleteProtectionRequest(
  value: unknown,
): ValidationResult<UpdateResourcesDeleteProtectionRequest> {
  const issues = checkUpdateResourcesDeleteProtectionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpdateResourcesDeleteProtectionRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateResourcesDeleteProtection` request. */
export function assertUpdateResourcesDeleteProtectionRequest(
  value: unknown,
): asserts value is UpdateResourcesDeleteProtectionRequest {
  const issues = checkUpdateResourcesDeleteProtectionRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpdateTemplate` request without throwing: every issue found, or the request typed. */
export function validateUpdateTemplateRequest(value: unknown): ValidationResult<UpdateTemplateRequest> {
  const issues = checkUpdateTemplateRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpdateTemplateRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateTemplate` request. */
export function assertUpdateTemplateRequest(value: unknown): asserts value is UpdateTemplateRequest {
  const issues = checkUpdateTemplateRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpdateUserPermissions` request without throwing: every issue found, or the request typed. */
export function validateUpdateUserPermissionsRequest(value: unknown): ValidationResult<UpdateUserPermissionsRequest> {
  const issues = checkUpdateUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpdateUserPermissionsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpdateUserPermissions` request. */
export function assertUpdateUserPermissionsRequest(value: unknown): asserts value is UpdateUserPermissionsRequest {
  const issues = checkUpdateUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpgradeCluster` request without throwing: every issue found, or the request typed. */
export function validateUpgradeClusterRequest(value: unknown): ValidationResult<UpgradeClusterRequest> {
  const issues = checkUpgradeClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpgradeClusterRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeCluster` request. */
export function assertUpgradeClusterRequest(value: unknown): asserts value is UpgradeClusterRequest {
  const issues = checkUpgradeClusterRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpgradeClusterAddons` request without throwing: every issue found, or the request typed. */
export function validateUpgradeClusterAddonsRequest(value: unknown): ValidationResult<UpgradeClusterAddonsRequest> {
  const issues = checkUpgradeClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpgradeClusterAddonsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeClusterAddons` request. */
export function assertUpgradeClusterAddonsRequest(value: unknown): asserts value is UpgradeClusterAddonsRequest {
  const issues = checkUpgradeClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `UpgradeClusterNodepool` request without throwing: every issue found, or the request typed. */
export function validateUpgradeClusterNodepoolRequest(value: unknown): ValidationResult<UpgradeClusterNodepoolRequest> {
  const issues = checkUpgradeClusterNodepoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value: value as UpgradeClusterNodepoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `UpgradeClusterNodepool` request. */
export function assertUpgradeClusterNodepoolRequest(value: unknown): asserts value is UpgradeClusterNodepoolRequest {
  const issues = checkUpgradeClusterNodepoolRequest(value, null, { tokens: [], depth: 0 });
  if (issues !== null) throw new ValidationError(issues);
}

type Issues = ValidationIssue[] | null;

/** The keys and indexes from the request root to the value being checked: `tokens[0..depth)`. */
interface Path {
  tokens: (string | number)[];
  depth: number;
}

/** JSON Pointer of the current path, extended by `tokens`. */
function at(path: Path, ...tokens: (string | number)[]): string {
  let pointer = '';
  for (let i = 0; i < path.depth; i++) pointer += '/' + pointerToken(path.tokens[i] ?? '');
  for (let i = 0; i < tokens.length; i++) pointer += '/' + pointerToken(tokens[i] ?? '');
  return pointer;
}

function pointerToken(token: string | number): string | number {
  if (typeof token === 'number' || (token.indexOf('~') === -1 && token.indexOf('/') === -1)) return token;
  return escapePointerToken(token);
}

function report(issues: Issues, path: string, code: ValidationCode, message: string): ValidationIssue[] {
  const found: ValidationIssue = { path, code, message };
  if (issues === null) return [found];
  issues.push(found);
  return issues;
}

/** A `type` issue: what was expected and the JSON type found (never the value). */
function mistyped(issues: Issues, path: string, expected: string, value: unknown, suffix = ''): ValidationIssue[] {
  return report(issues, path, 'type', 'expected ' + expected + ', got ' + kindOf(value) + suffix);
}

/** One `unknown_property` issue per key a closed object does not declare. */
function unknownProperties(issues: Issues, path: Path, keys: string[], typeName: string): ValidationIssue[] | null {
  for (let i = 0; i < keys.length; i++)
    issues = report(issues, at(path, keys[i] as string), 'unknown_property', 'is not a property of ' + typeName);
  return issues;
}

/** The JSON type of a value for messages, never the value itself. */
function kindOf(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'a non-finite number';
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return 'an integer beyond 2^53-1 in magnitude';
  }
  return jsonTypeOf(value);
}

const VALUES1 = new Set<unknown>([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60]);
const PATTERN1 = new RegExp('^[^-]', 'u');

function checkAttachInstancesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkAttachInstancesBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'AttachInstancesRequest');
  return issues;
}

function checkAttachInstancesToNodePoolRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolId':
        f2 = o['NodepoolId'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolId'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkAttachInstancesToNodePoolBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'AttachInstancesToNodePoolRequest');
  return issues;
}

function checkCancelClusterUpgradeRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CancelClusterUpgradeRequest');
  return issues;
}

function checkCancelComponentUpgradeRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterId':
        f1 = o['clusterId'];
        break;
      case 'componentId':
        f2 = o['componentId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'componentId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'componentId'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CancelComponentUpgradeRequest');
  return issues;
}

function checkCancelOperationPlanRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'plan_id':
        f1 = o['plan_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'plan_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'plan_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CancelOperationPlanRequest');
  return issues;
}

function checkCancelTaskRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'task_id':
        f1 = o['task_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'task_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'task_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CancelTaskRequest');
  return issues;
}

function checkCancelWorkflowRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'workflowName':
        f1 = o['workflowName'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'workflowName'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'workflowName'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkCancelWorkflowBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CancelWorkflowRequest');
  return issues;
}

function checkCheckControlPlaneLogEnableRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CheckControlPlaneLogEnableRequest');
  return issues;
}

function checkCheckServiceRoleRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'body':
        f1 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkCheckServiceRoleBody(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CheckServiceRoleRequest');
  return issues;
}

function checkCleanClusterUserPermissionsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'Uid':
        f2 = o['Uid'];
        break;
      case 'Force':
        f3 = o['Force'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'Uid'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'Uid'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'Force'), 'boolean', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CleanClusterUserPermissionsRequest');
  return issues;
}

function checkCleanUserPermissionsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'Uid':
        f1 = o['Uid'];
        break;
      case 'Force':
        f2 = o['Force'];
        break;
      case 'ClusterIds':
        f3 = o['ClusterIds'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'Uid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'Uid'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'Force'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'ClusterIds'), 'array', f3);
    } else {
      const a1: readonly unknown[] = f3;
      for (let i1 = 0; i1 < a1.length; i1++) {
        const e1 = a1[i1];
        if (typeof e1 !== 'string') {
          issues = mistyped(issues, at(path, 'ClusterIds', i1), 'string', e1);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CleanUserPermissionsRequest');
  return issues;
}

function checkCreateAutoscalingConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkCreateAutoscalingConfigBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateAutoscalingConfigRequest');
  return issues;
}

function checkCreateClusterRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'body':
        f1 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkCreateClusterBody(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterRequest');
  return issues;
}

function checkCreateClusterDiagnosisRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkCreateClusterDiagnosisBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterDiagnosisRequest');
  return issues;
}

function checkCreateClusterInspectConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterId':
        f1 = o['clusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkCreateClusterInspectConfigBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterInspectConfigRequest');
  return issues;
}

function checkCreateClusterNodePoolRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at(path, 'ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkCreateClusterNodePoolBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolRequest');
  return issues;
}

function checkCreateKubernetesTriggerRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'body':
        f1 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkCreateKubernetesTriggerBody(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateKubernetesTriggerRequest');
  return issues;
}

function checkCreateTemplateRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'body':
        f1 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkCreateTemplateBody(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateTemplateRequest');
  return issues;
}

function checkCreateTriggerRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkCreateTriggerBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateTriggerRequest');
  return issues;
}

function checkDeleteAlertContactRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'contact_ids':
        f1 = o['contact_ids'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'contact_ids'), 'required', 'is required');
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'contact_ids'), 'array', f1);
    } else {
      const a2: readonly unknown[] = f1;
      for (let i2 = 0; i2 < a2.length; i2++) {
        const e2 = a2[i2];
        if (typeof e2 !== 'number' || !Number.isSafeInteger(e2)) {
          issues = mistyped(issues, at(path, 'contact_ids', i2), 'integer', e2);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteAlertContactRequest');
  return issues;
}

function checkDeleteAlertContactGroupRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'contact_group_ids':
        f1 = o['contact_group_ids'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'contact_group_ids'), 'required', 'is required');
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'contact_group_ids'), 'array', f1);
    } else {
      const a3: readonly unknown[] = f1;
      for (let i3 = 0; i3 < a3.length; i3++) {
        const e3 = a3[i3];
        if (typeof e3 !== 'number' || !Number.isSafeInteger(e3)) {
          issues = mistyped(issues, at(path, 'contact_group_ids', i3), 'integer', e3);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteAlertContactGroupRequest');
  return issues;
}

function checkDeleteClusterRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'retain_all_resources':
        f2 = o['retain_all_resources'];
        break;
      case 'keep_slb':
        f3 = o['keep_slb'];
        break;
      case 'retain_resources':
        f4 = o['retain_resources'];
        break;
      case 'delete_options':
        f5 = o['delete_options'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'retain_all_resources'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'keep_slb'), 'boolean', f3);
    }
  }

  if (f4 !== undefined) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, 'retain_resources'), 'array', f4);
    } else {
      const a4: readonly unknown[] = f4;
      for (let i4 = 0; i4 < a4.length; i4++) {
        const e4 = a4[i4];
        if (typeof e4 !== 'string') {
          issues = mistyped(issues, at(path, 'retain_resources', i4), 'string', e4);
        }
      }
    }
  }

  if (f5 !== undefined) {
    if (!Array.isArray(f5)) {
      issues = mistyped(issues, at(path, 'delete_options'), 'array', f5);
    } else {
      const a5: readonly unknown[] = f5;
      for (let i5 = 0; i5 < a5.length; i5++) {
        const e5 = a5[i5];
        path.tokens[path.depth++] = 'delete_options';
        path.tokens[path.depth++] = i5;
        issues = checkDeleteClusterDeleteOptionsItem(e5, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteClusterRequest');
  return issues;
}

function checkDeleteClusterInspectConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterId':
        f1 = o['clusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteClusterInspectConfigRequest');
  return issues;
}

function checkDeleteClusterNodepoolRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolId':
        f2 = o['NodepoolId'];
        break;
      case 'force':
        f3 = o['force'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at(path, 'ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolId'), 'string', f2);
    } else {
      if (f2.length < 1 || (f2.length < 2 && codePointLength(f2) < 1)) {
        issues = report(issues, at(path, 'NodepoolId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'force'), 'boolean', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteClusterNodepoolRequest');
  return issues;
}

function checkDeleteClusterNodesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkDeleteClusterNodesBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteClusterNodesRequest');
  return issues;
}

function checkDeleteKubernetesTriggerRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'Id':
        f1 = o['Id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'Id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'Id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteKubernetesTriggerRequest');
  return issues;
}

function checkDeletePolicyInstanceRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'policy_name':
        f2 = o['policy_name'];
        break;
      case 'instance_name':
        f3 = o['instance_name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'policy_name'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'policy_name'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_name'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeletePolicyInstanceRequest');
  return issues;
}

function checkDeleteTemplateRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'TemplateId':
        f1 = o['TemplateId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'TemplateId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'TemplateId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteTemplateRequest');
  return issues;
}

function checkDeleteTriggerRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'Id':
        f2 = o['Id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'Id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'Id'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteTriggerRequest');
  return issues;
}

function checkDeployPolicyInstanceRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'policy_name':
        f2 = o['policy_name'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'policy_name'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'policy_name'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkDeployPolicyInstanceBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeployPolicyInstanceRequest');
  return issues;
}

function checkDescirbeWorkflowRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'workflowName':
        f1 = o['workflowName'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'workflowName'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'workflowName'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescirbeWorkflowRequest');
  return issues;
}

function checkDescribeAddonRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'addon_name':
        f1 = o['addon_name'];
        break;
      case 'region_id':
        f2 = o['region_id'];
        break;
      case 'cluster_type':
        f3 = o['cluster_type'];
        break;
      case 'profile':
        f4 = o['profile'];
        break;
      case 'cluster_spec':
        f5 = o['cluster_spec'];
        break;
      case 'cluster_version':
        f6 = o['cluster_version'];
        break;
      case 'cluster_id':
        f7 = o['cluster_id'];
        break;
      case 'version':
        f8 = o['version'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'addon_name'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'addon_name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_type'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'profile'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_spec'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_version'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f8);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeAddonRequest');
  return issues;
}

function checkDescribeAddonsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'region':
        f1 = o['region'];
        break;
      case 'cluster_type':
        f2 = o['cluster_type'];
        break;
      case 'cluster_profile':
        f3 = o['cluster_profile'];
        break;
      case 'cluster_spec':
        f4 = o['cluster_spec'];
        break;
      case 'cluster_version':
        f5 = o['cluster_version'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'region'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'region'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_profile'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_spec'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_version'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeAddonsRequest');
  return issues;
}

function checkDescribeClusterAddonInstanceRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterID':
        f1 = o['ClusterID'];
        break;
      case 'AddonName':
        f2 = o['AddonName'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterID'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterID'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'AddonName'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'AddonName'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterAddonInstanceRequest');
  return issues;
}

function checkDescribeClusterAddonMetadataRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'component_id':
        f2 = o['component_id'];
        break;
      case 'version':
        f3 = o['version'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'component_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'component_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterAddonMetadataRequest');
  return issues;
}

function checkDescribeClusterAddonUpgradeStatusRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'ComponentId':
        f2 = o['ComponentId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'ComponentId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'ComponentId'), 'string', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'DescribeClusterAddonUpgradeStatusRequest');
  return issues;
}

function checkDescribeClusterAddonsUpgradeStatusRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'componentIds':
        f2 = o['componentIds'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'componentIds'), 'required', 'is required');
  } else {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'componentIds'), 'array', f2);
    } else {
      const a6: readonly unknown[] = f2;
      for (let i6 = 0; i6 < a6.length; i6++) {
        const e6 = a6[i6];
        if (typeof e6 !== 'string') {
          issues = mistyped(issues, at(path, 'componentIds', i6), 'string', e6);
        }
      }
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'DescribeClusterAddonsUpgradeStatusRequest');
  return issues;
}

function checkDescribeClusterAddonsVersionRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterAddonsVersionRequest');
  return issues;
}

function checkDescribeClusterAttachScriptsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkDescribeClusterAttachScriptsBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterAttachScriptsRequest');
  return issues;
}

function checkDescribeClusterDetailRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterDetailRequest');
  return issues;
}

function checkDescribeClusterEventsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'page_size':
        f2 = o['page_size'];
        break;
      case 'page_number':
        f3 = o['page_number'];
        break;
      case 'task_id':
        f4 = o['task_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'page_size'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'page_number'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'task_id'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterEventsRequest');
  return issues;
}

function checkDescribeClusterLogsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterLogsRequest');
  return issues;
}

function checkDescribeClusterNodePoolDetailRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolId':
        f2 = o['NodepoolId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at(path, 'ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolId'), 'string', f2);
    } else {
      if (f2.length < 1 || (f2.length < 2 && codePointLength(f2) < 1)) {
        issues = report(issues, at(path, 'NodepoolId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterNodePoolDetailRequest');
  return issues;
}

function checkDescribeClusterNodePoolsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolName':
        f2 = o['NodepoolName'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at(path, 'ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolName'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterNodePoolsRequest');
  return issues;
}

function checkDescribeClusterNodesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'instanceIds':
        f2 = o['instanceIds'];
        break;
      case 'nodepool_id':
        f3 = o['nodepool_id'];
        break;
      case 'state':
        f4 = o['state'];
        break;
      case 'pageSize':
        f5 = o['pageSize'];
        break;
      case 'pageNumber':
        f6 = o['pageNumber'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'instanceIds'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'nodepool_id'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'state'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'pageSize'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'pageNumber'), 'string', f6);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterNodesRequest');
  return issues;
}

function checkDescribeClusterResourcesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'with_addon_resources':
        f2 = o['with_addon_resources'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'with_addon_resources'), 'boolean', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterResourcesRequest');
  return issues;
}

function checkDescribeClusterTasksRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'page_size':
        f2 = o['page_size'];
        break;
      case 'page_number':
        f3 = o['page_number'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'page_size'), 'integer', f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'page_size'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'page_number'), 'integer', f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'page_number'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterTasksRequest');
  return issues;
}

function checkDescribeClusterUserKubeconfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'PrivateIpAddress':
        f2 = o['PrivateIpAddress'];
        break;
      case 'TemporaryDurationMinutes':
        f3 = o['TemporaryDurationMinutes'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'PrivateIpAddress'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'TemporaryDurationMinutes'), 'integer', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterUserKubeconfigRequest');
  return issues;
}

function checkDescribeClusterV2UserKubeconfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'PrivateIpAddress':
        f2 = o['PrivateIpAddress'];
        break;
      case 'TemporaryDurationMinutes':
        f3 = o['TemporaryDurationMinutes'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'PrivateIpAddress'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'TemporaryDurationMinutes'), 'integer', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterV2UserKubeconfigRequest');
  return issues;
}

function checkDescribeClusterVulsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterVulsRequest');
  return issues;
}

function checkDescribeClustersRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'clusterType':
        f2 = o['clusterType'];
        break;
      case 'resource_group_id':
        f3 = o['resource_group_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterType'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_group_id'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClustersRequest');
  return issues;
}

function checkDescribeClustersForRegionRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'cluster_type':
        f2 = o['cluster_type'];
        break;
      case 'page_size':
        f3 = o['page_size'];
        break;
      case 'page_number':
        f4 = o['page_number'];
        break;
      case 'profile':
        f5 = o['profile'];
        break;
      case 'cluster_spec':
        f6 = o['cluster_spec'];
        break;
      case 'cluster_id':
        f7 = o['cluster_id'];
        break;
      case 'region_id':
        f8 = o['region_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'page_size'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'page_number'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'profile'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_spec'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f7);
    }
  }

  if (f8 === undefined) {
    issues = report(issues, at(path, 'region_id'), 'required', 'is required');
  } else {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f8);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClustersForRegionRequest');
  return issues;
}

function checkDescribeClustersV1Request(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'cluster_type':
        f2 = o['cluster_type'];
        break;
      case 'page_size':
        f3 = o['page_size'];
        break;
      case 'page_number':
        f4 = o['page_number'];
        break;
      case 'profile':
        f5 = o['profile'];
        break;
      case 'cluster_spec':
        f6 = o['cluster_spec'];
        break;
      case 'region_id':
        f7 = o['region_id'];
        break;
      case 'cluster_id':
        f8 = o['cluster_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'page_size'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'page_number'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'profile'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_spec'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f8);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClustersV1Request');
  return issues;
}

function checkDescribeEventsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'type':
        f2 = o['type'];
        break;
      case 'page_size':
        f3 = o['page_size'];
        break;
      case 'page_number':
        f4 = o['page_number'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'page_size'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'page_number'), 'integer', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeEventsRequest');
  return issues;
}

function checkDescribeEventsForRegionRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'page_size':
        f2 = o['page_size'];
        break;
      case 'page_number':
        f3 = o['page_number'];
        break;
      case 'region_id':
        f4 = o['region_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'page_size'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'page_number'), 'integer', f3);
    }
  }

  if (f4 === undefined) {
    issues = report(issues, at(path, 'region_id'), 'required', 'is required');
  } else {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeEventsForRegionRequest');
  return issues;
}

function checkDescribeExternalAgentRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'PrivateIpAddress':
        f2 = o['PrivateIpAddress'];
        break;
      case 'AgentMode':
        f3 = o['AgentMode'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'PrivateIpAddress'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'AgentMode'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeExternalAgentRequest');
  return issues;
}

function checkDescribeKubernetesVersionMetadataRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'Region':
        f1 = o['Region'];
        break;
      case 'ClusterType':
        f2 = o['ClusterType'];
        break;
      case 'KubernetesVersion':
        f3 = o['KubernetesVersion'];
        break;
      case 'Profile':
        f4 = o['Profile'];
        break;
      case 'runtime':
        f5 = o['runtime'];
        break;
      case 'Mode':
        f6 = o['Mode'];
        break;
      case 'QueryUpgradableVersion':
        f7 = o['QueryUpgradableVersion'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'Region'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'Region'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'ClusterType'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterType'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'KubernetesVersion'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'Profile'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'Mode'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'boolean') {
      issues = mistyped(issues, at(path, 'QueryUpgradableVersion'), 'boolean', f7);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'DescribeKubernetesVersionMetadataRequest');
  return issues;
}

function checkDescribeNodePoolVulsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'nodepool_id':
        f2 = o['nodepool_id'];
        break;
      case 'necessity':
        f3 = o['necessity'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'nodepool_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'nodepool_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'necessity'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeNodePoolVulsRequest');
  return issues;
}

function checkDescribePoliciesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    (others ??= []).push(key);
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribePoliciesRequest');
  return issues;
}

function checkDescribePolicyDetailsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'policy_name':
        f1 = o['policy_name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'policy_name'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'policy_name'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribePolicyDetailsRequest');
  return issues;
}

function checkDescribePolicyGovernanceInClusterRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'DescribePolicyGovernanceInClusterRequest');
  return issues;
}

function checkDescribePolicyInstancesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'policy_name':
        f2 = o['policy_name'];
        break;
      case 'instance_name':
        f3 = o['instance_name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'policy_name'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_name'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribePolicyInstancesRequest');
  return issues;
}

function checkDescribePolicyInstancesStatusRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribePolicyInstancesStatusRequest');
  return issues;
}

function checkDescribeResourcesDeleteProtectionRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'ResourceType':
        f2 = o['ResourceType'];
        break;
      case 'namespace':
        f3 = o['namespace'];
        break;
      case 'resources':
        f4 = o['resources'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'ResourceType'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'ResourceType'), 'string', f2);
    } else {
      if (!(f2 === 'namespaces' || f2 === 'services')) {
        issues = report(issues, at(path, 'ResourceType'), 'enum', 'must be one of "namespaces", "services"');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'namespace'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'resources'), 'string', f4);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'DescribeResourcesDeleteProtectionRequest');
  return issues;
}

function checkDescribeSubaccountK8sClusterUserConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'Uid':
        f2 = o['Uid'];
        break;
      case 'PrivateIpAddress':
        f3 = o['PrivateIpAddress'];
        break;
      case 'TemporaryDurationMinutes':
        f4 = o['TemporaryDurationMinutes'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'Uid'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'Uid'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'PrivateIpAddress'), 'boolean', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'TemporaryDurationMinutes'), 'integer', f4);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'DescribeSubaccountK8sClusterUserConfigRequest');
  return issues;
}

function checkDescribeTaskInfoRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'task_id':
        f1 = o['task_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'task_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'task_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeTaskInfoRequest');
  return issues;
}

function checkDescribeTemplateAttributeRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'TemplateId':
        f1 = o['TemplateId'];
        break;
      case 'template_type':
        f2 = o['template_type'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'TemplateId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'TemplateId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'template_type'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeTemplateAttributeRequest');
  return issues;
}

function checkDescribeTemplatesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'template_type':
        f1 = o['template_type'];
        break;
      case 'page_num':
        f2 = o['page_num'];
        break;
      case 'page_size':
        f3 = o['page_size'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'template_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'page_num'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'page_size'), 'integer', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeTemplatesRequest');
  return issues;
}

function checkDescribeTriggerRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'Namespace':
        f2 = o['Namespace'];
        break;
      case 'Type':
        f3 = o['Type'];
        break;
      case 'Name':
        f4 = o['Name'];
        break;
      case 'action':
        f5 = o['action'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'Namespace'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'Namespace'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'Type'), 'string', f3);
    }
  }

  if (f4 === undefined) {
    issues = report(issues, at(path, 'Name'), 'required', 'is required');
  } else {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'Name'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'action'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeTriggerRequest');
  return issues;
}

function checkDescribeUserClusterNamespacesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeUserClusterNamespacesRequest');
  return issues;
}

function checkDescribeUserPermissionRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'uid':
        f1 = o['uid'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'uid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'uid'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeUserPermissionRequest');
  return issues;
}

function checkDescribeUserQuotaRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    (others ??= []).push(key);
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeUserQuotaRequest');
  return issues;
}

function checkDescribeWorkflowsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    (others ??= []).push(key);
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeWorkflowsRequest');
  return issues;
}

function checkFixNodePoolVulsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'nodepool_id':
        f2 = o['nodepool_id'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'nodepool_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'nodepool_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkFixNodePoolVulsBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'FixNodePoolVulsRequest');
  return issues;
}

function checkGetClusterAddonInstanceRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'instance_name':
        f2 = o['instance_name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'instance_name'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_name'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetClusterAddonInstanceRequest');
  return issues;
}

function checkGetClusterAuditProjectRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterid':
        f1 = o['clusterid'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterid'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetClusterAuditProjectRequest');
  return issues;
}

function checkGetClusterCheckRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'check_id':
        f2 = o['check_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'check_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'check_id'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetClusterCheckRequest');
  return issues;
}

function checkGetClusterDiagnosisCheckItemsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'diagnosis_id':
        f2 = o['diagnosis_id'];
        break;
      case 'language':
        f3 = o['language'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'diagnosis_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'diagnosis_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'language'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetClusterDiagnosisCheckItemsRequest');
  return issues;
}

function checkGetClusterDiagnosisResultRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'diagnosis_id':
        f2 = o['diagnosis_id'];
        break;
      case 'language':
        f3 = o['language'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'diagnosis_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'diagnosis_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'language'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetClusterDiagnosisResultRequest');
  return issues;
}

function checkGetClusterInspectConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterId':
        f1 = o['clusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetClusterInspectConfigRequest');
  return issues;
}

function checkGetClusterInspectReportDetailRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterId':
        f1 = o['clusterId'];
        break;
      case 'reportId':
        f2 = o['reportId'];
        break;
      case 'language':
        f3 = o['language'];
        break;
      case 'category':
        f4 = o['category'];
        break;
      case 'targetType':
        f5 = o['targetType'];
        break;
      case 'level':
        f6 = o['level'];
        break;
      case 'enableFilter':
        f7 = o['enableFilter'];
        break;
      case 'nextToken':
        f8 = o['nextToken'];
        break;
      case 'maxResults':
        f9 = o['maxResults'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'reportId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'reportId'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'language'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'category'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'targetType'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'level'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enableFilter'), 'boolean', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'nextToken'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'number' || !Number.isSafeInteger(f9)) {
      issues = mistyped(issues, at(path, 'maxResults'), 'integer', f9);
    } else {
      if (!(f9 >= -2147483648 && f9 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'maxResults'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetClusterInspectReportDetailRequest');
  return issues;
}

function checkGetKubernetesTriggerRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'Namespace':
        f2 = o['Namespace'];
        break;
      case 'Type':
        f3 = o['Type'];
        break;
      case 'Name':
        f4 = o['Name'];
        break;
      case 'action':
        f5 = o['action'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'Namespace'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'Namespace'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'Type'), 'string', f3);
    }
  }

  if (f4 === undefined) {
    issues = report(issues, at(path, 'Name'), 'required', 'is required');
  } else {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'Name'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'action'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetKubernetesTriggerRequest');
  return issues;
}

function checkGetUpgradeStatusRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GetUpgradeStatusRequest');
  return issues;
}

function checkGrantPermissionsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'uid':
        f1 = o['uid'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'uid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'uid'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkGrantPermissionsBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GrantPermissionsRequest');
  return issues;
}

function checkInstallClusterAddonsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkInstallClusterAddonsBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'InstallClusterAddonsRequest');
  return issues;
}

function checkListAddonsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'region_id':
        f1 = o['region_id'];
        break;
      case 'cluster_type':
        f2 = o['cluster_type'];
        break;
      case 'profile':
        f3 = o['profile'];
        break;
      case 'cluster_spec':
        f4 = o['cluster_spec'];
        break;
      case 'cluster_version':
        f5 = o['cluster_version'];
        break;
      case 'cluster_id':
        f6 = o['cluster_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'profile'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_spec'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_version'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f6);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListAddonsRequest');
  return issues;
}

function checkListClusterAddonInstancesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListClusterAddonInstancesRequest');
  return issues;
}

function checkListClusterChecksRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'type':
        f2 = o['type'];
        break;
      case 'target':
        f3 = o['target'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'target'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListClusterChecksRequest');
  return issues;
}

function checkListClusterInspectReportsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterId':
        f1 = o['clusterId'];
        break;
      case 'nextToken':
        f2 = o['nextToken'];
        break;
      case 'maxResults':
        f3 = o['maxResults'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'nextToken'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'maxResults'), 'integer', f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'maxResults'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListClusterInspectReportsRequest');
  return issues;
}

function checkListClusterKubeconfigStatesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'pageNumber':
        f2 = o['pageNumber'];
        break;
      case 'pageSize':
        f3 = o['pageSize'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'pageNumber'), 'integer', f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'pageNumber'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'pageSize'), 'integer', f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'pageSize'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListClusterKubeconfigStatesRequest');
  return issues;
}

function checkListOperationPlansRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'type':
        f2 = o['type'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListOperationPlansRequest');
  return issues;
}

function checkListOperationPlansForRegionRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'region_id':
        f1 = o['region_id'];
        break;
      case 'cluster_id':
        f2 = o['cluster_id'];
        break;
      case 'type':
        f3 = o['type'];
        break;
      case 'state':
        f4 = o['state'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'region_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'state'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListOperationPlansForRegionRequest');
  return issues;
}

function checkListTagResourcesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'resource_ids':
        f1 = o['resource_ids'];
        break;
      case 'resource_type':
        f2 = o['resource_type'];
        break;
      case 'region_id':
        f3 = o['region_id'];
        break;
      case 'tags':
        f4 = o['tags'];
        break;
      case 'next_token':
        f5 = o['next_token'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'resource_ids'), 'required', 'is required');
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'resource_ids'), 'array', f1);
    } else {
      const a7: readonly unknown[] = f1;
      for (let i7 = 0; i7 < a7.length; i7++) {
        const e7 = a7[i7];
        if (typeof e7 !== 'string') {
          issues = mistyped(issues, at(path, 'resource_ids', i7), 'string', e7);
        }
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'resource_type'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_type'), 'string', f2);
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'region_id'), 'required', 'is required');
  } else {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, 'tags'), 'array', f4);
    } else {
      const a8: readonly unknown[] = f4;
      for (let i8 = 0; i8 < a8.length; i8++) {
        const e8 = a8[i8];
        path.tokens[path.depth++] = 'tags';
        path.tokens[path.depth++] = i8;
        issues = checkTag(e8, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'next_token'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListTagResourcesRequest');
  return issues;
}

function checkListUserKubeConfigStatesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'Uid':
        f1 = o['Uid'];
        break;
      case 'page_number':
        f2 = o['page_number'];
        break;
      case 'page_size':
        f3 = o['page_size'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'Uid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'Uid'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'page_number'), 'integer', f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'page_number'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'page_size'), 'integer', f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'page_size'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ListUserKubeConfigStatesRequest');
  return issues;
}

function checkMigrateClusterRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkMigrateClusterBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'MigrateClusterRequest');
  return issues;
}

function checkModifyClusterRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkModifyClusterBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterRequest');
  return issues;
}

function checkModifyClusterAddonRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'component_id':
        f2 = o['component_id'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'component_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'component_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkModifyClusterAddonBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterAddonRequest');
  return issues;
}

function checkModifyClusterNodePoolRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolId':
        f2 = o['NodepoolId'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at(path, 'ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolId'), 'string', f2);
    } else {
      if (f2.length < 1 || (f2.length < 2 && codePointLength(f2) < 1)) {
        issues = report(issues, at(path, 'NodepoolId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkModifyClusterNodePoolBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolRequest');
  return issues;
}

function checkModifyClusterTagsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkModifyClusterTagsBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterTagsRequest');
  return issues;
}

function checkModifyNodePoolNodeConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolId':
        f2 = o['NodepoolId'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolId'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkModifyNodePoolNodeConfigBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyNodePoolNodeConfigRequest');
  return issues;
}

function checkModifyPolicyInstanceRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'policy_name':
        f2 = o['policy_name'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'policy_name'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'policy_name'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkModifyPolicyInstanceBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyPolicyInstanceRequest');
  return issues;
}

function checkOpenAckServiceRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'type':
        f1 = o['type'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'OpenAckServiceRequest');
  return issues;
}

function checkPauseClusterUpgradeRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'PauseClusterUpgradeRequest');
  return issues;
}

function checkPauseComponentUpgradeRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterid':
        f1 = o['clusterid'];
        break;
      case 'componentid':
        f2 = o['componentid'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterid'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'componentid'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'componentid'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'PauseComponentUpgradeRequest');
  return issues;
}

function checkPauseTaskRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'task_id':
        f1 = o['task_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'task_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'task_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'PauseTaskRequest');
  return issues;
}

function checkRemoveNodePoolNodesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolId':
        f2 = o['NodepoolId'];
        break;
      case 'release_node':
        f3 = o['release_node'];
        break;
      case 'drain_node':
        f4 = o['drain_node'];
        break;
      case 'nodes':
        f5 = o['nodes'];
        break;
      case 'instance_ids':
        f6 = o['instance_ids'];
        break;
      case 'concurrency':
        f7 = o['concurrency'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolId'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'release_node'), 'boolean', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'drain_node'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    if (!Array.isArray(f5)) {
      issues = mistyped(issues, at(path, 'nodes'), 'array', f5);
    } else {
      const a9: readonly unknown[] = f5;
      for (let i9 = 0; i9 < a9.length; i9++) {
        const e9 = a9[i9];
        if (typeof e9 !== 'string') {
          issues = mistyped(issues, at(path, 'nodes', i9), 'string', e9);
        }
      }
    }
  }

  if (f6 !== undefined) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, 'instance_ids'), 'array', f6);
    } else {
      const a10: readonly unknown[] = f6;
      for (let i10 = 0; i10 < a10.length; i10++) {
        const e10 = a10[i10];
        if (typeof e10 !== 'string') {
          issues = mistyped(issues, at(path, 'instance_ids', i10), 'string', e10);
        }
      }
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'boolean') {
      issues = mistyped(issues, at(path, 'concurrency'), 'boolean', f7);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RemoveNodePoolNodesRequest');
  return issues;
}

function checkRemoveWorkflowRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'workflowName':
        f1 = o['workflowName'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'workflowName'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'workflowName'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RemoveWorkflowRequest');
  return issues;
}

function checkRepairClusterNodePoolRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'nodepool_id':
        f2 = o['nodepool_id'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'nodepool_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'nodepool_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkRepairClusterNodePoolBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RepairClusterNodePoolRequest');
  return issues;
}

function checkResumeComponentUpgradeRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterid':
        f1 = o['clusterid'];
        break;
      case 'componentid':
        f2 = o['componentid'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterid'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'componentid'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'componentid'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ResumeComponentUpgradeRequest');
  return issues;
}

function checkResumeTaskRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'task_id':
        f1 = o['task_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'task_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'task_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ResumeTaskRequest');
  return issues;
}

function checkResumeUpgradeClusterRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ResumeUpgradeClusterRequest');
  return issues;
}

function checkRevokeK8sClusterKubeConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RevokeK8sClusterKubeConfigRequest');
  return issues;
}

function checkRunClusterCheckRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkRunClusterCheckBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RunClusterCheckRequest');
  return issues;
}

function checkRunClusterInspectRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterId':
        f1 = o['clusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkRunClusterInspectBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RunClusterInspectRequest');
  return issues;
}

function checkScaleClusterNodePoolRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolId':
        f2 = o['NodepoolId'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at(path, 'ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolId'), 'string', f2);
    } else {
      if (f2.length < 1 || (f2.length < 2 && codePointLength(f2) < 1)) {
        issues = report(issues, at(path, 'NodepoolId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkScaleClusterNodePoolBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ScaleClusterNodePoolRequest');
  return issues;
}

function checkScanClusterVulsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ScanClusterVulsRequest');
  return issues;
}

function checkStartAlertRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkStartAlertBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'StartAlertRequest');
  return issues;
}

function checkStartWorkflowRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'body':
        f1 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkStartWorkflowBody(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'StartWorkflowRequest');
  return issues;
}

function checkStopAlertRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkStopAlertBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'StopAlertRequest');
  return issues;
}

function checkSyncClusterNodePoolRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'SyncClusterNodePoolRequest');
  return issues;
}

function checkTagResourcesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'body':
        f1 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkTagResourcesBody(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'TagResourcesRequest');
  return issues;
}

function checkUnInstallClusterAddonsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUnInstallClusterAddonsBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UnInstallClusterAddonsRequest');
  return issues;
}

function checkUntagResourcesRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'region_id':
        f1 = o['region_id'];
        break;
      case 'resource_ids':
        f2 = o['resource_ids'];
        break;
      case 'resource_type':
        f3 = o['resource_type'];
        break;
      case 'tag_keys':
        f4 = o['tag_keys'];
        break;
      case 'all':
        f5 = o['all'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'region_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'resource_ids'), 'required', 'is required');
  } else {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'resource_ids'), 'array', f2);
    } else {
      const a11: readonly unknown[] = f2;
      for (let i11 = 0; i11 < a11.length; i11++) {
        const e11 = a11[i11];
        if (typeof e11 !== 'string') {
          issues = mistyped(issues, at(path, 'resource_ids', i11), 'string', e11);
        }
      }
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'resource_type'), 'required', 'is required');
  } else {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_type'), 'string', f3);
    }
  }

  if (f4 === undefined) {
    issues = report(issues, at(path, 'tag_keys'), 'required', 'is required');
  } else {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, 'tag_keys'), 'array', f4);
    } else {
      const a12: readonly unknown[] = f4;
      for (let i12 = 0; i12 < a12.length; i12++) {
        const e12 = a12[i12];
        if (typeof e12 !== 'string') {
          issues = mistyped(issues, at(path, 'tag_keys', i12), 'string', e12);
        }
      }
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'boolean') {
      issues = mistyped(issues, at(path, 'all'), 'boolean', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UntagResourcesRequest');
  return issues;
}

function checkUpdateClusterAuditLogConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterid':
        f1 = o['clusterid'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterid'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpdateClusterAuditLogConfigBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateClusterAuditLogConfigRequest');
  return issues;
}

function checkUpdateClusterInspectConfigRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clusterId':
        f1 = o['clusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'clusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpdateClusterInspectConfigBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateClusterInspectConfigRequest');
  return issues;
}

function checkUpdateContactGroupForAlertRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpdateContactGroupForAlertBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateContactGroupForAlertRequest');
  return issues;
}

function checkUpdateControlPlaneLogRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpdateControlPlaneLogBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateControlPlaneLogRequest');
  return issues;
}

function checkUpdateK8sClusterUserConfigExpireRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkUpdateK8sClusterUserConfigExpireBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateK8sClusterUserConfigExpireRequest');
  return issues;
}

function checkUpdateResourcesDeleteProtectionRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'body'), 'required', 'is required');
  } else {
    path.tokens[path.depth++] = 'body';
    issues = checkUpdateResourcesDeleteProtectionBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateResourcesDeleteProtectionRequest');
  return issues;
}

function checkUpdateTemplateRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'TemplateId':
        f1 = o['TemplateId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'TemplateId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'TemplateId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpdateTemplateBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateTemplateRequest');
  return issues;
}

function checkUpdateUserPermissionsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'uid':
        f1 = o['uid'];
        break;
      case 'mode':
        f2 = o['mode'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'uid'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'uid'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'mode'), 'string', f2);
    } else {
      if (!(f2 === 'delete' || f2 === 'patch' || f2 === 'apply')) {
        issues = report(issues, at(path, 'mode'), 'enum', 'must be one of "delete", "patch", "apply"');
      }
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpdateUserPermissionsBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateUserPermissionsRequest');
  return issues;
}

function checkUpgradeClusterRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpgradeClusterBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpgradeClusterRequest');
  return issues;
}

function checkUpgradeClusterAddonsRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'body':
        f2 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpgradeClusterAddonsBody(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpgradeClusterAddonsRequest');
  return issues;
}

function checkUpgradeClusterNodepoolRequest(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'ClusterId':
        f1 = o['ClusterId'];
        break;
      case 'NodepoolId':
        f2 = o['NodepoolId'];
        break;
      case 'body':
        f3 = o['body'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'ClusterId'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'NodepoolId'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'body';
    issues = checkUpgradeClusterNodepoolBody(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpgradeClusterNodepoolRequest');
  return issues;
}

function checkAddon(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'config':
        f2 = o['config'];
        break;
      case 'disabled':
        f3 = o['disabled'];
        break;
      case 'version':
        f4 = o['version'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'config'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'disabled'), 'boolean', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'Addon');
  return issues;
}

function checkAttachInstancesBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'instances':
        f1 = o['instances'];
        break;
      case 'key_pair':
        f2 = o['key_pair'];
        break;
      case 'password':
        f3 = o['password'];
        break;
      case 'format_disk':
        f4 = o['format_disk'];
        break;
      case 'keep_instance_name':
        f5 = o['keep_instance_name'];
        break;
      case 'is_edge_worker':
        f6 = o['is_edge_worker'];
        break;
      case 'nodepool_id':
        f7 = o['nodepool_id'];
        break;
      case 'image_id':
        f8 = o['image_id'];
        break;
      case 'cpu_policy':
        f9 = o['cpu_policy'];
        break;
      case 'user_data':
        f10 = o['user_data'];
        break;
      case 'rds_instances':
        f11 = o['rds_instances'];
        break;
      case 'runtime':
        f12 = o['runtime'];
        break;
      case 'tags':
        f13 = o['tags'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'instances'), 'required', 'is required');
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'instances'), 'array', f1);
    } else {
      const a13: readonly unknown[] = f1;
      for (let i13 = 0; i13 < a13.length; i13++) {
        const e13 = a13[i13];
        if (typeof e13 !== 'string') {
          issues = mistyped(issues, at(path, 'instances', i13), 'string', e13);
        }
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'key_pair'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'password'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'format_disk'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'boolean') {
      issues = mistyped(issues, at(path, 'keep_instance_name'), 'boolean', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_edge_worker'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'nodepool_id'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'image_id'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'string') {
      issues = mistyped(issues, at(path, 'cpu_policy'), 'string', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'user_data'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (!Array.isArray(f11)) {
      issues = mistyped(issues, at(path, 'rds_instances'), 'array', f11);
    } else {
      const a14: readonly unknown[] = f11;
      for (let i14 = 0; i14 < a14.length; i14++) {
        const e14 = a14[i14];
        if (typeof e14 !== 'string') {
          issues = mistyped(issues, at(path, 'rds_instances', i14), 'string', e14);
        }
      }
    }
  }

  if (f12 !== undefined) {
    path.tokens[path.depth++] = 'runtime';
    issues = checkRuntime(f12, issues, path);
    path.depth--;
  }

  if (f13 !== undefined) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, 'tags'), 'array', f13);
    } else {
      const a15: readonly unknown[] = f13;
      for (let i15 = 0; i15 < a15.length; i15++) {
        const e15 = a15[i15];
        path.tokens[path.depth++] = 'tags';
        path.tokens[path.depth++] = i15;
        issues = checkTag(e15, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'AttachInstancesBody');
  return issues;
}

function checkAttachInstancesToNodePoolBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'instances':
        f1 = o['instances'];
        break;
      case 'password':
        f2 = o['password'];
        break;
      case 'format_disk':
        f3 = o['format_disk'];
        break;
      case 'keep_instance_name':
        f4 = o['keep_instance_name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'instances'), 'array', f1);
    } else {
      const a16: readonly unknown[] = f1;
      for (let i16 = 0; i16 < a16.length; i16++) {
        const e16 = a16[i16];
        if (typeof e16 !== 'string') {
          issues = mistyped(issues, at(path, 'instances', i16), 'string', e16);
        }
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'password'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'format_disk'), 'boolean', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'keep_instance_name'), 'boolean', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'AttachInstancesToNodePoolBody');
  return issues;
}

function checkCancelWorkflowBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'action':
        f1 = o['action'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'action'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'action'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CancelWorkflowBody');
  return issues;
}

function checkCheckServiceRoleBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'roles':
        f1 = o['roles'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'roles'), 'required', 'is required');
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'roles'), 'array', f1);
    } else {
      const a17: readonly unknown[] = f1;
      for (let i17 = 0; i17 < a17.length; i17++) {
        const e17 = a17[i17];
        path.tokens[path.depth++] = 'roles';
        path.tokens[path.depth++] = i17;
        issues = checkCheckServiceRoleBodyRolesItem(e17, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CheckServiceRoleBody');
  return issues;
}

function checkCheckServiceRoleBodyRolesItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'name'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CheckServiceRoleBodyRolesItem');
  return issues;
}

function checkContainerdConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'registryMirrors':
        f1 = o['registryMirrors'];
        break;
      case 'insecureRegistries':
        f2 = o['insecureRegistries'];
        break;
      case 'maxConcurrentDownloads':
        f3 = o['maxConcurrentDownloads'];
        break;
      case 'ignoreImageDefinedVolume':
        f4 = o['ignoreImageDefinedVolume'];
        break;
      case 'limitCore':
        f5 = o['limitCore'];
        break;
      case 'limitNoFile':
        f6 = o['limitNoFile'];
        break;
      case 'limitMemLock':
        f7 = o['limitMemLock'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'registryMirrors'), 'array', f1);
    } else {
      const a18: readonly unknown[] = f1;
      for (let i18 = 0; i18 < a18.length; i18++) {
        const e18 = a18[i18];
        if (typeof e18 !== 'string') {
          issues = mistyped(issues, at(path, 'registryMirrors', i18), 'string', e18);
        }
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'insecureRegistries'), 'array', f2);
    } else {
      const a19: readonly unknown[] = f2;
      for (let i19 = 0; i19 < a19.length; i19++) {
        const e19 = a19[i19];
        if (typeof e19 !== 'string') {
          issues = mistyped(issues, at(path, 'insecureRegistries', i19), 'string', e19);
        }
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'maxConcurrentDownloads'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'ignoreImageDefinedVolume'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'number' || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, 'limitCore'), 'integer', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'number' || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at(path, 'limitNoFile'), 'integer', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'limitMemLock'), 'integer', f7);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ContainerdConfig');
  return issues;
}

function checkCreateAutoscalingConfigBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cool_down_duration':
        f1 = o['cool_down_duration'];
        break;
      case 'unneeded_duration':
        f2 = o['unneeded_duration'];
        break;
      case 'utilization_threshold':
        f3 = o['utilization_threshold'];
        break;
      case 'gpu_utilization_threshold':
        f4 = o['gpu_utilization_threshold'];
        break;
      case 'scan_interval':
        f5 = o['scan_interval'];
        break;
      case 'scale_down_enabled':
        f6 = o['scale_down_enabled'];
        break;
      case 'expander':
        f7 = o['expander'];
        break;
      case 'skip_nodes_with_system_pods':
        f8 = o['skip_nodes_with_system_pods'];
        break;
      case 'skip_nodes_with_local_storage':
        f9 = o['skip_nodes_with_local_storage'];
        break;
      case 'daemonset_eviction_for_nodes':
        f10 = o['daemonset_eviction_for_nodes'];
        break;
      case 'max_graceful_termination_sec':
        f11 = o['max_graceful_termination_sec'];
        break;
      case 'min_replica_count':
        f12 = o['min_replica_count'];
        break;
      case 'recycle_node_deletion_enabled':
        f13 = o['recycle_node_deletion_enabled'];
        break;
      case 'scale_up_from_zero':
        f14 = o['scale_up_from_zero'];
        break;
      case 'scaler_type':
        f15 = o['scaler_type'];
        break;
      case 'priorities':
        f16 = o['priorities'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cool_down_duration'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'unneeded_duration'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'utilization_threshold'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'gpu_utilization_threshold'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'scan_interval'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'scale_down_enabled'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'expander'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'boolean') {
      issues = mistyped(issues, at(path, 'skip_nodes_with_system_pods'), 'boolean', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'boolean') {
      issues = mistyped(issues, at(path, 'skip_nodes_with_local_storage'), 'boolean', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'boolean') {
      issues = mistyped(issues, at(path, 'daemonset_eviction_for_nodes'), 'boolean', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'number' || !Number.isSafeInteger(f11)) {
      issues = mistyped(issues, at(path, 'max_graceful_termination_sec'), 'integer', f11);
    } else {
      if (!(f11 >= -2147483648 && f11 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'max_graceful_termination_sec'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'number' || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at(path, 'min_replica_count'), 'integer', f12);
    } else {
      if (!(f12 >= -2147483648 && f12 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'min_replica_count'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'boolean') {
      issues = mistyped(issues, at(path, 'recycle_node_deletion_enabled'), 'boolean', f13);
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'boolean') {
      issues = mistyped(issues, at(path, 'scale_up_from_zero'), 'boolean', f14);
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'string') {
      issues = mistyped(issues, at(path, 'scaler_type'), 'string', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'object' || f16 === null || Array.isArray(f16)) {
      issues = mistyped(issues, at(path, 'priorities'), 'object', f16);
    } else {
      const m1 = f16 as Record<string, unknown>;
      const k1 = Object.keys(m1);
      for (let i20 = 0; i20 < k1.length; i20++) {
        const key1 = k1[i20] as string;
        const e20 = m1[key1];
        if (!Array.isArray(e20)) {
          issues = mistyped(issues, at(path, 'priorities', key1), 'array', e20);
        } else {
          const a20: readonly unknown[] = e20;
          for (let i21 = 0; i21 < a20.length; i21++) {
            const e21 = a20[i21];
            if (typeof e21 !== 'string') {
              issues = mistyped(issues, at(path, 'priorities', key1, i21), 'string', e21);
            }
          }
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateAutoscalingConfigBody');
  return issues;
}

function checkCreateClusterBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  let f20: unknown;
  let f21: unknown;
  let f22: unknown;
  let f23: unknown;
  let f24: unknown;
  let f25: unknown;
  let f26: unknown;
  let f27: unknown;
  let f28: unknown;
  let f29: unknown;
  let f30: unknown;
  let f31: unknown;
  let f32: unknown;
  let f33: unknown;
  let f34: unknown;
  let f35: unknown;
  let f36: unknown;
  let f37: unknown;
  let f38: unknown;
  let f39: unknown;
  let f40: unknown;
  let f41: unknown;
  let f42: unknown;
  let f43: unknown;
  let f44: unknown;
  let f45: unknown;
  let f46: unknown;
  let f47: unknown;
  let f48: unknown;
  let f49: unknown;
  let f50: unknown;
  let f51: unknown;
  let f52: unknown;
  let f53: unknown;
  let f54: unknown;
  let f55: unknown;
  let f56: unknown;
  let f57: unknown;
  let f58: unknown;
  let f59: unknown;
  let f60: unknown;
  let f61: unknown;
  let f62: unknown;
  let f63: unknown;
  let f64: unknown;
  let f65: unknown;
  let f66: unknown;
  let f67: unknown;
  let f68: unknown;
  let f69: unknown;
  let f70: unknown;
  let f71: unknown;
  let f72: unknown;
  let f73: unknown;
  let f74: unknown;
  let f75: unknown;
  let f76: unknown;
  let f77: unknown;
  let f78: unknown;
  let f79: unknown;
  let f80: unknown;
  let f81: unknown;
  let f82: unknown;
  let f83: unknown;
  let f84: unknown;
  let f85: unknown;
  let f86: unknown;
  let f87: unknown;
  let f88: unknown;
  let f89: unknown;
  let f90: unknown;
  let f91: unknown;
  let f92: unknown;
  let f93: unknown;
  let f94: unknown;
  let f95: unknown;
  let f96: unknown;
  let f97: unknown;
  let f98: unknown;
  let f99: unknown;
  let f100: unknown;
  let f101: unknown;
  let f102: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'region_id':
        f2 = o['region_id'];
        break;
      case 'cluster_type':
        f3 = o['cluster_type'];
        break;
      case 'cluster_spec':
        f4 = o['cluster_spec'];
        break;
      case 'profile':
        f5 = o['profile'];
        break;
      case 'kubernetes_version':
        f6 = o['kubernetes_version'];
        break;
      case 'auto_mode':
        f7 = o['auto_mode'];
        break;
      case 'tags':
        f8 = o['tags'];
        break;
      case 'resource_group_id':
        f9 = o['resource_group_id'];
        break;
      case 'deletion_protection':
        f10 = o['deletion_protection'];
        break;
      case 'zone_ids':
        f11 = o['zone_ids'];
        break;
      case 'vpcid':
        f12 = o['vpcid'];
        break;
      case 'vswitch_ids':
        f13 = o['vswitch_ids'];
        break;
      case 'ip_stack':
        f14 = o['ip_stack'];
        break;
      case 'pod_vswitch_ids':
        f15 = o['pod_vswitch_ids'];
        break;
      case 'container_cidr':
        f16 = o['container_cidr'];
        break;
      case 'service_cidr':
        f17 = o['service_cidr'];
        break;
      case 'security_group_id':
        f18 = o['security_group_id'];
        break;
      case 'is_enterprise_security_group':
        f19 = o['is_enterprise_security_group'];
        break;
      case 'snat_entry':
        f20 = o['snat_entry'];
        break;
      case 'endpoint_public_access':
        f21 = o['endpoint_public_access'];
        break;
      case 'load_balancer_id':
        f22 = o['load_balancer_id'];
        break;
      case 'ssh_flags':
        f23 = o['ssh_flags'];
        break;
      case 'timezone':
        f24 = o['timezone'];
        break;
      case 'node_cidr_mask':
        f25 = o['node_cidr_mask'];
        break;
      case 'proxy_mode':
        f26 = o['proxy_mode'];
        break;
      case 'controlplane_log_ttl':
        f27 = o['controlplane_log_ttl'];
        break;
      case 'controlplane_log_project':
        f28 = o['controlplane_log_project'];
        break;
      case 'controlplane_log_components':
        f29 = o['controlplane_log_components'];
        break;
      case 'audit_log_config':
        f30 = o['audit_log_config'];
        break;
      case 'rrsa_config':
        f31 = o['rrsa_config'];
        break;
      case 'cluster_domain':
        f32 = o['cluster_domain'];
        break;
      case 'encryption_provider_key':
        f33 = o['encryption_provider_key'];
        break;
      case 'service_account_issuer':
        f34 = o['service_account_issuer'];
        break;
      case 'api_audiences':
        f35 = o['api_audiences'];
        break;
      case 'extra_sans':
        f36 = o['extra_sans'];
        break;
      case 'maintenance_window':
        f37 = o['maintenance_window'];
        break;
      case 'operation_policy':
        f38 = o['operation_policy'];
        break;
      case 'addons':
        f39 = o['addons'];
        break;
      case 'nodepools':
        f40 = o['nodepools'];
        break;
      case 'user_ca':
        f41 = o['user_ca'];
        break;
      case 'control_plane_config':
        f42 = o['control_plane_config'];
        break;
      case 'custom_san':
        f43 = o['custom_san'];
        break;
      case 'runtime':
        f44 = o['runtime'];
        break;
      case 'node_name_mode':
        f45 = o['node_name_mode'];
        break;
      case 'user_data':
        f46 = o['user_data'];
        break;
      case 'image_id':
        f47 = o['image_id'];
        break;
      case 'rds_instances':
        f48 = o['rds_instances'];
        break;
      case 'taints':
        f49 = o['taints'];
        break;
      case 'cloud_monitor_flags':
        f50 = o['cloud_monitor_flags'];
        break;
      case 'platform':
        f51 = o['platform'];
        break;
      case 'os_type':
        f52 = o['os_type'];
        break;
      case 'soc_enabled':
        f53 = o['soc_enabled'];
        break;
      case 'security_hardening_os':
        f54 = o['security_hardening_os'];
        break;
      case 'cis_enabled':
        f55 = o['cis_enabled'];
        break;
      case 'cpu_policy':
        f56 = o['cpu_policy'];
        break;
      case 'node_port_range':
        f57 = o['node_port_range'];
        break;
      case 'master_vswitch_ids':
        f58 = o['master_vswitch_ids'];
        break;
      case 'key_pair':
        f59 = o['key_pair'];
        break;
      case 'login_password':
        f60 = o['login_password'];
        break;
      case 'master_count':
        f61 = o['master_count'];
        break;
      case 'master_instance_types':
        f62 = o['master_instance_types'];
        break;
      case 'master_system_disk_category':
        f63 = o['master_system_disk_category'];
        break;
      case 'master_system_disk_size':
        f64 = o['master_system_disk_size'];
        break;
      case 'master_system_disk_performance_level':
        f65 = o['master_system_disk_performance_level'];
        break;
      case 'master_system_disk_snapshot_policy_id':
        f66 = o['master_system_disk_snapshot_policy_id'];
        break;
      case 'master_instance_charge_type':
        f67 = o['master_instance_charge_type'];
        break;
      case 'master_period_unit':
        f68 = o['master_period_unit'];
        break;
      case 'master_period':
        f69 = o['master_period'];
        break;
      case 'master_auto_renew':
        f70 = o['master_auto_renew'];
        break;
      case 'master_auto_renew_period':
        f71 = o['master_auto_renew_period'];
        break;
      case 'num_of_nodes':
        f72 = o['num_of_nodes'];
        break;
      case 'worker_vswitch_ids':
        f73 = o['worker_vswitch_ids'];
        break;
      case 'worker_instance_types':
        f74 = o['worker_instance_types'];
        break;
      case 'worker_system_disk_category':
        f75 = o['worker_system_disk_category'];
        break;
      case 'worker_system_disk_size':
        f76 = o['worker_system_disk_size'];
        break;
      case 'worker_system_disk_snapshot_policy_id':
        f77 = o['worker_system_disk_snapshot_policy_id'];
        break;
      case 'worker_system_disk_performance_level':
        f78 = o['worker_system_disk_performance_level'];
        break;
      case 'worker_data_disks':
        f79 = o['worker_data_disks'];
        break;
      case 'worker_instance_charge_type':
        f80 = o['worker_instance_charge_type'];
        break;
      case 'worker_period_unit':
        f81 = o['worker_period_unit'];
        break;
      case 'worker_period':
        f82 = o['worker_period'];
        break;
      case 'worker_auto_renew':
        f83 = o['worker_auto_renew'];
        break;
      case 'worker_auto_renew_period':
        f84 = o['worker_auto_renew_period'];
        break;
      case 'instances':
        f85 = o['instances'];
        break;
      case 'format_disk':
        f86 = o['format_disk'];
        break;
      case 'keep_instance_name':
        f87 = o['keep_instance_name'];
        break;
      case 'service_discovery_types':
        f88 = o['service_discovery_types'];
        break;
      case 'nat_gateway':
        f89 = o['nat_gateway'];
        break;
      case 'zone_id':
        f90 = o['zone_id'];
        break;
      case 'logging_type':
        f91 = o['logging_type'];
        break;
      case 'disable_rollback':
        f92 = o['disable_rollback'];
        break;
      case 'timeout_mins':
        f93 = o['timeout_mins'];
        break;
      case 'image_type':
        f94 = o['image_type'];
        break;
      case 'load_balancer_spec':
        f95 = o['load_balancer_spec'];
        break;
      case 'enable_rrsa':
        f96 = o['enable_rrsa'];
        break;
      case 'charge_type':
        f97 = o['charge_type'];
        break;
      case 'period_unit':
        f98 = o['period_unit'];
        break;
      case 'period':
        f99 = o['period'];
        break;
      case 'auto_renew':
        f100 = o['auto_renew'];
        break;
      case 'auto_renew_period':
        f101 = o['auto_renew_period'];
        break;
      case 'access_control_list':
        f102 = o['access_control_list'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'name'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'region_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_type'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_spec'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'profile'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'kubernetes_version'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    path.tokens[path.depth++] = 'auto_mode';
    issues = checkCreateClusterBodyAutoMode(f7, issues, path);
    path.depth--;
  }

  if (f8 !== undefined) {
    if (!Array.isArray(f8)) {
      issues = mistyped(issues, at(path, 'tags'), 'array', f8);
    } else {
      const a21: readonly unknown[] = f8;
      for (let i22 = 0; i22 < a21.length; i22++) {
        const e22 = a21[i22];
        path.tokens[path.depth++] = 'tags';
        path.tokens[path.depth++] = i22;
        issues = checkTag(e22, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_group_id'), 'string', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'boolean') {
      issues = mistyped(issues, at(path, 'deletion_protection'), 'boolean', f10);
    }
  }

  if (f11 !== undefined) {
    if (!Array.isArray(f11)) {
      issues = mistyped(issues, at(path, 'zone_ids'), 'array', f11);
    } else {
      const a22: readonly unknown[] = f11;
      for (let i23 = 0; i23 < a22.length; i23++) {
        const e23 = a22[i23];
        if (typeof e23 !== 'string') {
          issues = mistyped(issues, at(path, 'zone_ids', i23), 'string', e23);
        }
      }
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'string') {
      issues = mistyped(issues, at(path, 'vpcid'), 'string', f12);
    }
  }

  if (f13 !== undefined) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, 'vswitch_ids'), 'array', f13);
    } else {
      const a23: readonly unknown[] = f13;
      for (let i24 = 0; i24 < a23.length; i24++) {
        const e24 = a23[i24];
        if (typeof e24 !== 'string') {
          issues = mistyped(issues, at(path, 'vswitch_ids', i24), 'string', e24);
        }
      }
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at(path, 'ip_stack'), 'string', f14);
    } else {
      if (!(f14 === 'ipv4' || f14 === 'dual')) {
        issues = report(issues, at(path, 'ip_stack'), 'enum', 'must be one of "ipv4", "dual"');
      }
    }
  }

  if (f15 !== undefined) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at(path, 'pod_vswitch_ids'), 'array', f15);
    } else {
      const a24: readonly unknown[] = f15;
      for (let i25 = 0; i25 < a24.length; i25++) {
        const e25 = a24[i25];
        if (typeof e25 !== 'string') {
          issues = mistyped(issues, at(path, 'pod_vswitch_ids', i25), 'string', e25);
        }
      }
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'string') {
      issues = mistyped(issues, at(path, 'container_cidr'), 'string', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'string') {
      issues = mistyped(issues, at(path, 'service_cidr'), 'string', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'string') {
      issues = mistyped(issues, at(path, 'security_group_id'), 'string', f18);
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_enterprise_security_group'), 'boolean', f19);
    }
  }

  if (f20 !== undefined) {
    if (typeof f20 !== 'boolean') {
      issues = mistyped(issues, at(path, 'snat_entry'), 'boolean', f20);
    }
  }

  if (f21 !== undefined) {
    if (typeof f21 !== 'boolean') {
      issues = mistyped(issues, at(path, 'endpoint_public_access'), 'boolean', f21);
    }
  }

  if (f22 !== undefined) {
    if (typeof f22 !== 'string') {
      issues = mistyped(issues, at(path, 'load_balancer_id'), 'string', f22);
    }
  }

  if (f23 !== undefined) {
    if (typeof f23 !== 'boolean') {
      issues = mistyped(issues, at(path, 'ssh_flags'), 'boolean', f23);
    }
  }

  if (f24 !== undefined) {
    if (typeof f24 !== 'string') {
      issues = mistyped(issues, at(path, 'timezone'), 'string', f24);
    }
  }

  if (f25 !== undefined) {
    if (typeof f25 !== 'string') {
      issues = mistyped(issues, at(path, 'node_cidr_mask'), 'string', f25);
    }
  }

  if (f26 !== undefined) {
    if (typeof f26 !== 'string') {
      issues = mistyped(issues, at(path, 'proxy_mode'), 'string', f26);
    }
  }

  if (f27 !== undefined) {
    if (typeof f27 !== 'string') {
      issues = mistyped(issues, at(path, 'controlplane_log_ttl'), 'string', f27);
    }
  }

  if (f28 !== undefined) {
    if (typeof f28 !== 'string') {
      issues = mistyped(issues, at(path, 'controlplane_log_project'), 'string', f28);
    }
  }

  if (f29 !== undefined) {
    if (!Array.isArray(f29)) {
      issues = mistyped(issues, at(path, 'controlplane_log_components'), 'array', f29);
    } else {
      const a25: readonly unknown[] = f29;
      for (let i26 = 0; i26 < a25.length; i26++) {
        const e26 = a25[i26];
        if (typeof e26 !== 'string') {
          issues = mistyped(issues, at(path, 'controlplane_log_components', i26), 'string', e26);
        }
      }
    }
  }

  if (f30 !== undefined) {
    path.tokens[path.depth++] = 'audit_log_config';
    issues = checkCreateClusterBodyAuditLogConfig(f30, issues, path);
    path.depth--;
  }

  if (f31 !== undefined) {
    path.tokens[path.depth++] = 'rrsa_config';
    issues = checkCreateClusterBodyRrsaConfig(f31, issues, path);
    path.depth--;
  }

  if (f32 !== undefined) {
    if (typeof f32 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_domain'), 'string', f32);
    }
  }

  if (f33 !== undefined) {
    if (typeof f33 !== 'string') {
      issues = mistyped(issues, at(path, 'encryption_provider_key'), 'string', f33);
    }
  }

  if (f34 !== undefined) {
    if (typeof f34 !== 'string') {
      issues = mistyped(issues, at(path, 'service_account_issuer'), 'string', f34);
    }
  }

  if (f35 !== undefined) {
    if (typeof f35 !== 'string') {
      issues = mistyped(issues, at(path, 'api_audiences'), 'string', f35);
    }
  }

  if (f36 !== undefined) {
    if (!Array.isArray(f36)) {
      issues = mistyped(issues, at(path, 'extra_sans'), 'array', f36);
    } else {
      const a26: readonly unknown[] = f36;
      for (let i27 = 0; i27 < a26.length; i27++) {
        const e27 = a26[i27];
        if (typeof e27 !== 'string') {
          issues = mistyped(issues, at(path, 'extra_sans', i27), 'string', e27);
        }
      }
    }
  }

  if (f37 !== undefined) {
    path.tokens[path.depth++] = 'maintenance_window';
    issues = checkMaintenanceWindow(f37, issues, path);
    path.depth--;
  }

  if (f38 !== undefined) {
    path.tokens[path.depth++] = 'operation_policy';
    issues = checkCreateClusterBodyOperationPolicy(f38, issues, path);
    path.depth--;
  }

  if (f39 !== undefined) {
    if (!Array.isArray(f39)) {
      issues = mistyped(issues, at(path, 'addons'), 'array', f39);
    } else {
      const a27: readonly unknown[] = f39;
      for (let i28 = 0; i28 < a27.length; i28++) {
        const e28 = a27[i28];
        path.tokens[path.depth++] = 'addons';
        path.tokens[path.depth++] = i28;
        issues = checkAddon(e28, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f40 !== undefined) {
    if (!Array.isArray(f40)) {
      issues = mistyped(issues, at(path, 'nodepools'), 'array', f40);
    } else {
      const a28: readonly unknown[] = f40;
      for (let i29 = 0; i29 < a28.length; i29++) {
        const e29 = a28[i29];
        path.tokens[path.depth++] = 'nodepools';
        path.tokens[path.depth++] = i29;
        issues = checkNodePool(e29, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f41 !== undefined) {
    if (typeof f41 !== 'string') {
      issues = mistyped(issues, at(path, 'user_ca'), 'string', f41);
    }
  }

  if (f42 !== undefined) {
    path.tokens[path.depth++] = 'control_plane_config';
    issues = checkCreateClusterBodyControlPlaneConfig(f42, issues, path);
    path.depth--;
  }

  if (f43 !== undefined) {
    if (typeof f43 !== 'string') {
      issues = mistyped(issues, at(path, 'custom_san'), 'string', f43);
    }
  }

  if (f44 !== undefined) {
    path.tokens[path.depth++] = 'runtime';
    issues = checkRuntime(f44, issues, path);
    path.depth--;
  }

  if (f45 !== undefined) {
    if (typeof f45 !== 'string') {
      issues = mistyped(issues, at(path, 'node_name_mode'), 'string', f45);
    }
  }

  if (f46 !== undefined) {
    if (typeof f46 !== 'string') {
      issues = mistyped(issues, at(path, 'user_data'), 'string', f46);
    }
  }

  if (f47 !== undefined) {
    if (typeof f47 !== 'string') {
      issues = mistyped(issues, at(path, 'image_id'), 'string', f47);
    }
  }

  if (f48 !== undefined) {
    if (!Array.isArray(f48)) {
      issues = mistyped(issues, at(path, 'rds_instances'), 'array', f48);
    } else {
      const a29: readonly unknown[] = f48;
      for (let i30 = 0; i30 < a29.length; i30++) {
        const e30 = a29[i30];
        if (typeof e30 !== 'string') {
          issues = mistyped(issues, at(path, 'rds_instances', i30), 'string', e30);
        }
      }
    }
  }

  if (f49 !== undefined) {
    if (!Array.isArray(f49)) {
      issues = mistyped(issues, at(path, 'taints'), 'array', f49);
    } else {
      const a30: readonly unknown[] = f49;
      for (let i31 = 0; i31 < a30.length; i31++) {
        const e31 = a30[i31];
        path.tokens[path.depth++] = 'taints';
        path.tokens[path.depth++] = i31;
        issues = checkTaint(e31, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f50 !== undefined) {
    if (typeof f50 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cloud_monitor_flags'), 'boolean', f50);
    }
  }

  if (f51 !== undefined) {
    if (typeof f51 !== 'string') {
      issues = mistyped(issues, at(path, 'platform'), 'string', f51);
    }
  }

  if (f52 !== undefined) {
    if (typeof f52 !== 'string') {
      issues = mistyped(issues, at(path, 'os_type'), 'string', f52);
    }
  }

  if (f53 !== undefined) {
    if (typeof f53 !== 'boolean') {
      issues = mistyped(issues, at(path, 'soc_enabled'), 'boolean', f53);
    }
  }

  if (f54 !== undefined) {
    if (typeof f54 !== 'boolean') {
      issues = mistyped(issues, at(path, 'security_hardening_os'), 'boolean', f54);
    }
  }

  if (f55 !== undefined) {
    if (typeof f55 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cis_enabled'), 'boolean', f55);
    }
  }

  if (f56 !== undefined) {
    if (typeof f56 !== 'string') {
      issues = mistyped(issues, at(path, 'cpu_policy'), 'string', f56);
    }
  }

  if (f57 !== undefined) {
    if (typeof f57 !== 'string') {
      issues = mistyped(issues, at(path, 'node_port_range'), 'string', f57);
    }
  }

  if (f58 !== undefined) {
    if (!Array.isArray(f58)) {
      issues = mistyped(issues, at(path, 'master_vswitch_ids'), 'array', f58);
    } else {
      const a31: readonly unknown[] = f58;
      for (let i32 = 0; i32 < a31.length; i32++) {
        const e32 = a31[i32];
        if (typeof e32 !== 'string') {
          issues = mistyped(issues, at(path, 'master_vswitch_ids', i32), 'string', e32);
        }
      }
    }
  }

  if (f59 !== undefined) {
    if (typeof f59 !== 'string') {
      issues = mistyped(issues, at(path, 'key_pair'), 'string', f59);
    }
  }

  if (f60 !== undefined) {
    if (typeof f60 !== 'string') {
      issues = mistyped(issues, at(path, 'login_password'), 'string', f60);
    }
  }

  if (f61 !== undefined) {
    if (typeof f61 !== 'number' || !Number.isSafeInteger(f61)) {
      issues = mistyped(issues, at(path, 'master_count'), 'integer', f61);
    }
  }

  if (f62 !== undefined) {
    if (!Array.isArray(f62)) {
      issues = mistyped(issues, at(path, 'master_instance_types'), 'array', f62);
    } else {
      const a32: readonly unknown[] = f62;
      for (let i33 = 0; i33 < a32.length; i33++) {
        const e33 = a32[i33];
        if (typeof e33 !== 'string') {
          issues = mistyped(issues, at(path, 'master_instance_types', i33), 'string', e33);
        }
      }
    }
  }

  if (f63 !== undefined) {
    if (typeof f63 !== 'string') {
      issues = mistyped(issues, at(path, 'master_system_disk_category'), 'string', f63);
    }
  }

  if (f64 !== undefined) {
    if (typeof f64 !== 'number' || !Number.isSafeInteger(f64)) {
      issues = mistyped(issues, at(path, 'master_system_disk_size'), 'integer', f64);
    }
  }

  if (f65 !== undefined) {
    if (typeof f65 !== 'string') {
      issues = mistyped(issues, at(path, 'master_system_disk_performance_level'), 'string', f65);
    }
  }

  if (f66 !== undefined) {
    if (typeof f66 !== 'string') {
      issues = mistyped(issues, at(path, 'master_system_disk_snapshot_policy_id'), 'string', f66);
    }
  }

  if (f67 !== undefined) {
    if (typeof f67 !== 'string') {
      issues = mistyped(issues, at(path, 'master_instance_charge_type'), 'string', f67);
    }
  }

  if (f68 !== undefined) {
    if (typeof f68 !== 'string') {
      issues = mistyped(issues, at(path, 'master_period_unit'), 'string', f68);
    }
  }

  if (f69 !== undefined) {
    if (typeof f69 !== 'number' || !Number.isSafeInteger(f69)) {
      issues = mistyped(issues, at(path, 'master_period'), 'integer', f69);
    }
  }

  if (f70 !== undefined) {
    if (typeof f70 !== 'boolean') {
      issues = mistyped(issues, at(path, 'master_auto_renew'), 'boolean', f70);
    }
  }

  if (f71 !== undefined) {
    if (typeof f71 !== 'number' || !Number.isSafeInteger(f71)) {
      issues = mistyped(issues, at(path, 'master_auto_renew_period'), 'integer', f71);
    }
  }

  if (f72 !== undefined) {
    if (typeof f72 !== 'number' || !Number.isSafeInteger(f72)) {
      issues = mistyped(issues, at(path, 'num_of_nodes'), 'integer', f72);
    }
  }

  if (f73 !== undefined) {
    if (!Array.isArray(f73)) {
      issues = mistyped(issues, at(path, 'worker_vswitch_ids'), 'array', f73);
    } else {
      const a33: readonly unknown[] = f73;
      for (let i34 = 0; i34 < a33.length; i34++) {
        const e34 = a33[i34];
        if (typeof e34 !== 'string') {
          issues = mistyped(issues, at(path, 'worker_vswitch_ids', i34), 'string', e34);
        }
      }
    }
  }

  if (f74 !== undefined) {
    if (!Array.isArray(f74)) {
      issues = mistyped(issues, at(path, 'worker_instance_types'), 'array', f74);
    } else {
      const a34: readonly unknown[] = f74;
      for (let i35 = 0; i35 < a34.length; i35++) {
        const e35 = a34[i35];
        if (typeof e35 !== 'string') {
          issues = mistyped(issues, at(path, 'worker_instance_types', i35), 'string', e35);
        }
      }
    }
  }

  if (f75 !== undefined) {
    if (typeof f75 !== 'string') {
      issues = mistyped(issues, at(path, 'worker_system_disk_category'), 'string', f75);
    }
  }

  if (f76 !== undefined) {
    if (typeof f76 !== 'number' || !Number.isSafeInteger(f76)) {
      issues = mistyped(issues, at(path, 'worker_system_disk_size'), 'integer', f76);
    }
  }

  if (f77 !== undefined) {
    if (typeof f77 !== 'string') {
      issues = mistyped(issues, at(path, 'worker_system_disk_snapshot_policy_id'), 'string', f77);
    }
  }

  if (f78 !== undefined) {
    if (typeof f78 !== 'string') {
      issues = mistyped(issues, at(path, 'worker_system_disk_performance_level'), 'string', f78);
    }
  }

  if (f79 !== undefined) {
    if (!Array.isArray(f79)) {
      issues = mistyped(issues, at(path, 'worker_data_disks'), 'array', f79);
    } else {
      const a35: readonly unknown[] = f79;
      for (let i36 = 0; i36 < a35.length; i36++) {
        const e36 = a35[i36];
        path.tokens[path.depth++] = 'worker_data_disks';
        path.tokens[path.depth++] = i36;
        issues = checkCreateClusterBodyWorkerDataDisksItem(e36, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f80 !== undefined) {
    if (typeof f80 !== 'string') {
      issues = mistyped(issues, at(path, 'worker_instance_charge_type'), 'string', f80);
    }
  }

  if (f81 !== undefined) {
    if (typeof f81 !== 'string') {
      issues = mistyped(issues, at(path, 'worker_period_unit'), 'string', f81);
    }
  }

  if (f82 !== undefined) {
    if (typeof f82 !== 'number' || !Number.isSafeInteger(f82)) {
      issues = mistyped(issues, at(path, 'worker_period'), 'integer', f82);
    }
  }

  if (f83 !== undefined) {
    if (typeof f83 !== 'boolean') {
      issues = mistyped(issues, at(path, 'worker_auto_renew'), 'boolean', f83);
    }
  }

  if (f84 !== undefined) {
    if (typeof f84 !== 'number' || !Number.isSafeInteger(f84)) {
      issues = mistyped(issues, at(path, 'worker_auto_renew_period'), 'integer', f84);
    }
  }

  if (f85 !== undefined) {
    if (!Array.isArray(f85)) {
      issues = mistyped(issues, at(path, 'instances'), 'array', f85);
    } else {
      const a36: readonly unknown[] = f85;
      for (let i37 = 0; i37 < a36.length; i37++) {
        const e37 = a36[i37];
        if (typeof e37 !== 'string') {
          issues = mistyped(issues, at(path, 'instances', i37), 'string', e37);
        }
      }
    }
  }

  if (f86 !== undefined) {
    if (typeof f86 !== 'boolean') {
      issues = mistyped(issues, at(path, 'format_disk'), 'boolean', f86);
    }
  }

  if (f87 !== undefined) {
    if (typeof f87 !== 'boolean') {
      issues = mistyped(issues, at(path, 'keep_instance_name'), 'boolean', f87);
    }
  }

  if (f88 !== undefined) {
    if (!Array.isArray(f88)) {
      issues = mistyped(issues, at(path, 'service_discovery_types'), 'array', f88);
    } else {
      const a37: readonly unknown[] = f88;
      for (let i38 = 0; i38 < a37.length; i38++) {
        const e38 = a37[i38];
        if (typeof e38 !== 'string') {
          issues = mistyped(issues, at(path, 'service_discovery_types', i38), 'string', e38);
        }
      }
    }
  }

  if (f89 !== undefined) {
    if (typeof f89 !== 'boolean') {
      issues = mistyped(issues, at(path, 'nat_gateway'), 'boolean', f89);
    }
  }

  if (f90 !== undefined) {
    if (typeof f90 !== 'string') {
      issues = mistyped(issues, at(path, 'zone_id'), 'string', f90);
    }
  }

  if (f91 !== undefined) {
    if (typeof f91 !== 'string') {
      issues = mistyped(issues, at(path, 'logging_type'), 'string', f91);
    }
  }

  if (f92 !== undefined) {
    if (typeof f92 !== 'boolean') {
      issues = mistyped(issues, at(path, 'disable_rollback'), 'boolean', f92);
    }
  }

  if (f93 !== undefined) {
    if (typeof f93 !== 'number' || !Number.isSafeInteger(f93)) {
      issues = mistyped(issues, at(path, 'timeout_mins'), 'integer', f93);
    }
  }

  if (f94 !== undefined) {
    if (typeof f94 !== 'string') {
      issues = mistyped(issues, at(path, 'image_type'), 'string', f94);
    }
  }

  if (f95 !== undefined) {
    if (typeof f95 !== 'string') {
      issues = mistyped(issues, at(path, 'load_balancer_spec'), 'string', f95);
    }
  }

  if (f96 !== undefined) {
    if (typeof f96 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable_rrsa'), 'boolean', f96);
    }
  }

  if (f97 !== undefined) {
    if (typeof f97 !== 'string') {
      issues = mistyped(issues, at(path, 'charge_type'), 'string', f97);
    }
  }

  if (f98 !== undefined) {
    if (typeof f98 !== 'string') {
      issues = mistyped(issues, at(path, 'period_unit'), 'string', f98);
    }
  }

  if (f99 !== undefined) {
    if (typeof f99 !== 'number' || !Number.isSafeInteger(f99)) {
      issues = mistyped(issues, at(path, 'period'), 'integer', f99);
    }
  }

  if (f100 !== undefined) {
    if (typeof f100 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_renew'), 'boolean', f100);
    }
  }

  if (f101 !== undefined) {
    if (typeof f101 !== 'number' || !Number.isSafeInteger(f101)) {
      issues = mistyped(issues, at(path, 'auto_renew_period'), 'integer', f101);
    }
  }

  if (f102 !== undefined) {
    if (!Array.isArray(f102)) {
      issues = mistyped(issues, at(path, 'access_control_list'), 'array', f102);
    } else {
      const a38: readonly unknown[] = f102;
      for (let i39 = 0; i39 < a38.length; i39++) {
        const e39 = a38[i39];
        if (typeof e39 !== 'string') {
          issues = mistyped(issues, at(path, 'access_control_list', i39), 'string', e39);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterBody');
  return issues;
}

function checkCreateClusterBodyAuditLogConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enabled':
        f1 = o['enabled'];
        break;
      case 'sls_project_name':
        f2 = o['sls_project_name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enabled'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'sls_project_name'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterBodyAuditLogConfig');
  return issues;
}

function checkCreateClusterBodyAutoMode(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterBodyAutoMode');
  return issues;
}

function checkCreateClusterBodyControlPlaneConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  let f20: unknown;
  let f21: unknown;
  let f22: unknown;
  let f23: unknown;
  let f24: unknown;
  let f25: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'charge_type':
        f1 = o['charge_type'];
        break;
      case 'period':
        f2 = o['period'];
        break;
      case 'period_unit':
        f3 = o['period_unit'];
        break;
      case 'auto_renew':
        f4 = o['auto_renew'];
        break;
      case 'auto_renew_period':
        f5 = o['auto_renew_period'];
        break;
      case 'instance_types':
        f6 = o['instance_types'];
        break;
      case 'image_type':
        f7 = o['image_type'];
        break;
      case 'image_id':
        f8 = o['image_id'];
        break;
      case 'key_pair':
        f9 = o['key_pair'];
        break;
      case 'login_password':
        f10 = o['login_password'];
        break;
      case 'system_disk_category':
        f11 = o['system_disk_category'];
        break;
      case 'system_disk_size':
        f12 = o['system_disk_size'];
        break;
      case 'system_disk_snapshot_policy_id':
        f13 = o['system_disk_snapshot_policy_id'];
        break;
      case 'system_disk_performance_level':
        f14 = o['system_disk_performance_level'];
        break;
      case 'system_disk_provisioned_iops':
        f15 = o['system_disk_provisioned_iops'];
        break;
      case 'system_disk_bursting_enabled':
        f16 = o['system_disk_bursting_enabled'];
        break;
      case 'deploymentset_id':
        f17 = o['deploymentset_id'];
        break;
      case 'cloud_monitor_flags':
        f18 = o['cloud_monitor_flags'];
        break;
      case 'instance_metadata_options':
        f19 = o['instance_metadata_options'];
        break;
      case 'soc_enabled':
        f20 = o['soc_enabled'];
        break;
      case 'security_hardening_os':
        f21 = o['security_hardening_os'];
        break;
      case 'cpu_policy':
        f22 = o['cpu_policy'];
        break;
      case 'runtime':
        f23 = o['runtime'];
        break;
      case 'node_port_range':
        f24 = o['node_port_range'];
        break;
      case 'size':
        f25 = o['size'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'charge_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'period'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'period_unit'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_renew'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'number' || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, 'auto_renew_period'), 'integer', f5);
    }
  }

  if (f6 !== undefined) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, 'instance_types'), 'array', f6);
    } else {
      const a39: readonly unknown[] = f6;
      for (let i40 = 0; i40 < a39.length; i40++) {
        const e40 = a39[i40];
        if (typeof e40 !== 'string') {
          issues = mistyped(issues, at(path, 'instance_types', i40), 'string', e40);
        }
      }
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'image_type'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'image_id'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'string') {
      issues = mistyped(issues, at(path, 'key_pair'), 'string', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'login_password'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_category'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'number' || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at(path, 'system_disk_size'), 'integer', f12);
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_snapshot_policy_id'), 'string', f13);
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_performance_level'), 'string', f14);
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'number' || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at(path, 'system_disk_provisioned_iops'), 'integer', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'boolean') {
      issues = mistyped(issues, at(path, 'system_disk_bursting_enabled'), 'boolean', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'string') {
      issues = mistyped(issues, at(path, 'deploymentset_id'), 'string', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cloud_monitor_flags'), 'boolean', f18);
    }
  }

  if (f19 !== undefined) {
    path.tokens[path.depth++] = 'instance_metadata_options';
    issues = checkInstanceMetadataOptions(f19, issues, path);
    path.depth--;
  }

  if (f20 !== undefined) {
    if (typeof f20 !== 'boolean') {
      issues = mistyped(issues, at(path, 'soc_enabled'), 'boolean', f20);
    }
  }

  if (f21 !== undefined) {
    if (typeof f21 !== 'boolean') {
      issues = mistyped(issues, at(path, 'security_hardening_os'), 'boolean', f21);
    }
  }

  if (f22 !== undefined) {
    if (typeof f22 !== 'string') {
      issues = mistyped(issues, at(path, 'cpu_policy'), 'string', f22);
    }
  }

  if (f23 !== undefined) {
    if (typeof f23 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime'), 'string', f23);
    }
  }

  if (f24 !== undefined) {
    if (typeof f24 !== 'string') {
      issues = mistyped(issues, at(path, 'node_port_range'), 'string', f24);
    }
  }

  if (f25 !== undefined) {
    if (typeof f25 !== 'number' || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at(path, 'size'), 'integer', f25);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterBodyControlPlaneConfig');
  return issues;
}

function checkCreateClusterBodyOperationPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_auto_upgrade':
        f1 = o['cluster_auto_upgrade'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    path.tokens[path.depth++] = 'cluster_auto_upgrade';
    issues = checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterBodyOperationPolicy');
  return issues;
}

function checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enabled':
        f1 = o['enabled'];
        break;
      case 'channel':
        f2 = o['channel'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enabled'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'channel'), 'string', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterBodyOperationPolicyClusterAutoUpgrade');
  return issues;
}

function checkCreateClusterBodyRrsaConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enabled':
        f1 = o['enabled'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enabled'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterBodyRrsaConfig');
  return issues;
}

function checkCreateClusterBodyWorkerDataDisksItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'category':
        f1 = o['category'];
        break;
      case 'encrypted':
        f2 = o['encrypted'];
        break;
      case 'size':
        f3 = o['size'];
        break;
      case 'performance_level':
        f4 = o['performance_level'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'category'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'category'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'encrypted'), 'string', f2);
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'size'), 'required', 'is required');
  } else {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'size'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'performance_level'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterBodyWorkerDataDisksItem');
  return issues;
}

function checkCreateClusterDiagnosisBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'type':
        f1 = o['type'];
        break;
      case 'target':
        f2 = o['target'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'object' || f2 === null || Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'target'), 'object', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterDiagnosisBody');
  return issues;
}

function checkCreateClusterInspectConfigBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enabled':
        f1 = o['enabled'];
        break;
      case 'recurrence':
        f2 = o['recurrence'];
        break;
      case 'disabledCheckItems':
        f3 = o['disabledCheckItems'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'enabled'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enabled'), 'boolean', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'recurrence'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'recurrence'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'disabledCheckItems'), 'array', f3);
    } else {
      const a40: readonly unknown[] = f3;
      for (let i42 = 0; i42 < a40.length; i42++) {
        const e42 = a40[i42];
        if (typeof e42 !== 'string') {
          issues = mistyped(issues, at(path, 'disabledCheckItems', i42), 'string', e42);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterInspectConfigBody');
  return issues;
}

function checkCreateClusterNodePoolBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'nodepool_info':
        f1 = o['nodepool_info'];
        break;
      case 'auto_scaling':
        f2 = o['auto_scaling'];
        break;
      case 'management':
        f3 = o['management'];
        break;
      case 'scaling_group':
        f4 = o['scaling_group'];
        break;
      case 'node_config':
        f5 = o['node_config'];
        break;
      case 'kubernetes_config':
        f6 = o['kubernetes_config'];
        break;
      case 'tee_config':
        f7 = o['tee_config'];
        break;
      case 'interconnect_config':
        f8 = o['interconnect_config'];
        break;
      case 'count':
        f9 = o['count'];
        break;
      case 'max_nodes':
        f10 = o['max_nodes'];
        break;
      case 'interconnect_mode':
        f11 = o['interconnect_mode'];
        break;
      case 'host_network':
        f12 = o['host_network'];
        break;
      case 'intranet':
        f13 = o['intranet'];
        break;
      case 'eflo_node_group':
        f14 = o['eflo_node_group'];
        break;
      case 'auto_mode':
        f15 = o['auto_mode'];
        break;
      case 'node_components':
        f16 = o['node_components'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    path.tokens[path.depth++] = 'nodepool_info';
    issues = checkCreateClusterNodePoolBodyNodePoolInfo(f1, issues, path);
    path.depth--;
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'auto_scaling';
    issues = checkCreateClusterNodePoolBodyAutoScaling(f2, issues, path);
    path.depth--;
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'management';
    issues = checkCreateClusterNodePoolBodyManagement(f3, issues, path);
    path.depth--;
  }

  if (f4 !== undefined) {
    path.tokens[path.depth++] = 'scaling_group';
    issues = checkCreateClusterNodePoolBodyScalingGroup(f4, issues, path);
    path.depth--;
  }

  if (f5 !== undefined) {
    path.tokens[path.depth++] = 'node_config';
    issues = checkCreateClusterNodePoolBodyNodeConfig(f5, issues, path);
    path.depth--;
  }

  if (f6 !== undefined) {
    path.tokens[path.depth++] = 'kubernetes_config';
    issues = checkCreateClusterNodePoolBodyKubernetesConfig(f6, issues, path);
    path.depth--;
  }

  if (f7 !== undefined) {
    path.tokens[path.depth++] = 'tee_config';
    issues = checkCreateClusterNodePoolBodyTeeConfig(f7, issues, path);
    path.depth--;
  }

  if (f8 !== undefined) {
    path.tokens[path.depth++] = 'interconnect_config';
    issues = checkCreateClusterNodePoolBodyInterconnectConfig(f8, issues, path);
    path.depth--;
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'number' || !Number.isSafeInteger(f9)) {
      issues = mistyped(issues, at(path, 'count'), 'integer', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'number' || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at(path, 'max_nodes'), 'integer', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at(path, 'interconnect_mode'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'boolean') {
      issues = mistyped(issues, at(path, 'host_network'), 'boolean', f12);
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'boolean') {
      issues = mistyped(issues, at(path, 'intranet'), 'boolean', f13);
    }
  }

  if (f14 !== undefined) {
    path.tokens[path.depth++] = 'eflo_node_group';
    issues = checkCreateClusterNodePoolBodyEfloNodeGroup(f14, issues, path);
    path.depth--;
  }

  if (f15 !== undefined) {
    path.tokens[path.depth++] = 'auto_mode';
    issues = checkCreateClusterNodePoolBodyAutoMode(f15, issues, path);
    path.depth--;
  }

  if (f16 !== undefined) {
    if (!Array.isArray(f16)) {
      issues = mistyped(issues, at(path, 'node_components'), 'array', f16);
    } else {
      const a41: readonly unknown[] = f16;
      for (let i43 = 0; i43 < a41.length; i43++) {
        const e43 = a41[i43];
        path.tokens[path.depth++] = 'node_components';
        path.tokens[path.depth++] = i43;
        issues = checkCreateClusterNodePoolBodyNodeComponentsItem(e43, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBody');
  return issues;
}

function checkCreateClusterNodePoolBodyAutoMode(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyAutoMode');
  return issues;
}

function checkCreateClusterNodePoolBodyAutoScaling(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      case 'type':
        f2 = o['type'];
        break;
      case 'max_instances':
        f3 = o['max_instances'];
        break;
      case 'min_instances':
        f4 = o['min_instances'];
        break;
      case 'is_bond_eip':
        f5 = o['is_bond_eip'];
        break;
      case 'eip_internet_charge_type':
        f6 = o['eip_internet_charge_type'];
        break;
      case 'eip_bandwidth':
        f7 = o['eip_bandwidth'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'max_instances'), 'integer', f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at(path, 'max_instances'), 'minimum', 'must be greater than or equal to 0');
      }

      if (f3 > 2000) {
        issues = report(issues, at(path, 'max_instances'), 'maximum', 'must be less than or equal to 2000');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'min_instances'), 'integer', f4);
    } else {
      if (f4 < 0) {
        issues = report(issues, at(path, 'min_instances'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_bond_eip'), 'boolean', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'eip_internet_charge_type'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'eip_bandwidth'), 'integer', f7);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyAutoScaling');
  if (typeof f4 === 'number' && typeof f3 === 'number' && f4 > f3) {
    issues = report(issues, at(path, 'min_instances'), 'less_or_equal', 'must be less than or equal to max_instances');
  }

  return issues;
}

function checkCreateClusterNodePoolBodyEfloNodeGroup(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'group_id':
        f2 = o['group_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'group_id'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyEfloNodeGroup');
  return issues;
}

function checkCreateClusterNodePoolBodyInterconnectConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cen_id':
        f1 = o['cen_id'];
        break;
      case 'ccn_id':
        f2 = o['ccn_id'];
        break;
      case 'ccn_region_id':
        f3 = o['ccn_region_id'];
        break;
      case 'bandwidth':
        f4 = o['bandwidth'];
        break;
      case 'improved_period':
        f5 = o['improved_period'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cen_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'ccn_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'ccn_region_id'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'bandwidth'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'improved_period'), 'string', f5);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyInterconnectConfig');
  return issues;
}

function checkCreateClusterNodePoolBodyKubernetesConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'labels':
        f1 = o['labels'];
        break;
      case 'taints':
        f2 = o['taints'];
        break;
      case 'runtime':
        f3 = o['runtime'];
        break;
      case 'runtime_version':
        f4 = o['runtime_version'];
        break;
      case 'cpu_policy':
        f5 = o['cpu_policy'];
        break;
      case 'user_data':
        f6 = o['user_data'];
        break;
      case 'unschedulable':
        f7 = o['unschedulable'];
        break;
      case 'cms_enabled':
        f8 = o['cms_enabled'];
        break;
      case 'node_name_mode':
        f9 = o['node_name_mode'];
        break;
      case 'pre_user_data':
        f10 = o['pre_user_data'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'labels'), 'array', f1);
    } else {
      const a42: readonly unknown[] = f1;
      for (let i44 = 0; i44 < a42.length; i44++) {
        const e44 = a42[i44];
        path.tokens[path.depth++] = 'labels';
        path.tokens[path.depth++] = i44;
        issues = checkTag(e44, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'taints'), 'array', f2);
    } else {
      const a43: readonly unknown[] = f2;
      for (let i45 = 0; i45 < a43.length; i45++) {
        const e45 = a43[i45];
        path.tokens[path.depth++] = 'taints';
        path.tokens[path.depth++] = i45;
        issues = checkTaint(e45, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime_version'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'cpu_policy'), 'string', f5);
    } else {
      if (!(f5 === 'static' || f5 === 'none')) {
        issues = report(issues, at(path, 'cpu_policy'), 'enum', 'must be one of "static", "none"');
      }
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'user_data'), 'string', f6);
    } else {
      if (!isBase64(f6)) {
        issues = report(issues, at(path, 'user_data'), 'format', 'must be a valid base64 string (RFC 4648, padded)');
      }
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'boolean') {
      issues = mistyped(issues, at(path, 'unschedulable'), 'boolean', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cms_enabled'), 'boolean', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'string') {
      issues = mistyped(issues, at(path, 'node_name_mode'), 'string', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'pre_user_data'), 'string', f10);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyKubernetesConfig');
  return issues;
}

function checkCreateClusterNodePoolBodyManagement(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      case 'auto_repair':
        f2 = o['auto_repair'];
        break;
      case 'auto_repair_policy':
        f3 = o['auto_repair_policy'];
        break;
      case 'auto_vul_fix':
        f4 = o['auto_vul_fix'];
        break;
      case 'auto_vul_fix_policy':
        f5 = o['auto_vul_fix_policy'];
        break;
      case 'auto_upgrade':
        f6 = o['auto_upgrade'];
        break;
      case 'auto_upgrade_policy':
        f7 = o['auto_upgrade_policy'];
        break;
      case 'upgrade_config':
        f8 = o['upgrade_config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_repair'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'auto_repair_policy';
    issues = checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(f3, issues, path);
    path.depth--;
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_vul_fix'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    path.tokens[path.depth++] = 'auto_vul_fix_policy';
    issues = checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(f5, issues, path);
    path.depth--;
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    path.tokens[path.depth++] = 'auto_upgrade_policy';
    issues = checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(f7, issues, path);
    path.depth--;
  }

  if (f8 !== undefined) {
    path.tokens[path.depth++] = 'upgrade_config';
    issues = checkCreateClusterNodePoolBodyManagementUpgradeConfig(f8, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyManagement');
  return issues;
}

function checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'restart_node':
        f1 = o['restart_node'];
        break;
      case 'approval_required':
        f2 = o['approval_required'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'restart_node'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'approval_required'), 'boolean', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyManagementAutoRepairPolicy');
  return issues;
}

function checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'auto_upgrade_kubelet':
        f1 = o['auto_upgrade_kubelet'];
        break;
      case 'auto_upgrade_runtime':
        f2 = o['auto_upgrade_runtime'];
        break;
      case 'auto_upgrade_os':
        f3 = o['auto_upgrade_os'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade_kubelet'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade_runtime'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade_os'), 'boolean', f3);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyManagementAutoUpgradePolicy');
  return issues;
}

function checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'restart_node':
        f1 = o['restart_node'];
        break;
      case 'vul_level':
        f2 = o['vul_level'];
        break;
      case 'exclude_packages':
        f3 = o['exclude_packages'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'restart_node'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'vul_level'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'exclude_packages'), 'string', f3);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyManagementAutoVulFixPolicy');
  return issues;
}

function checkCreateClusterNodePoolBodyManagementUpgradeConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'auto_upgrade':
        f1 = o['auto_upgrade'];
        break;
      case 'surge':
        f2 = o['surge'];
        break;
      case 'surge_percentage':
        f3 = o['surge_percentage'];
        break;
      case 'max_unavailable':
        f4 = o['max_unavailable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'surge'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'surge_percentage'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'max_unavailable'), 'integer', f4);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyManagementUpgradeConfig');
  return issues;
}

function checkCreateClusterNodePoolBodyNodeComponentsItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'version':
        f2 = o['version'];
        break;
      case 'config':
        f3 = o['config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'config';
    issues = checkCreateClusterNodePoolBodyNodeComponentsItemConfig(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyNodeComponentsItem');
  return issues;
}

function checkCreateClusterNodePoolBodyNodeComponentsItemConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'custom_config':
        f1 = o['custom_config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'object' || f1 === null || Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'custom_config'), 'object', f1);
    } else {
      const m3 = f1 as Record<string, unknown>;
      const k3 = Object.keys(m3);
      for (let i46 = 0; i46 < k3.length; i46++) {
        const key3 = k3[i46] as string;
        const e46 = m3[key3];
        if (typeof e46 !== 'string') {
          issues = mistyped(issues, at(path, 'custom_config', key3), 'string', e46);
        }
      }
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyNodeComponentsItemConfig');
  return issues;
}

function checkCreateClusterNodePoolBodyNodeConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'kubelet_configuration':
        f1 = o['kubelet_configuration'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    path.tokens[path.depth++] = 'kubelet_configuration';
    issues = checkKubeletConfig(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyNodeConfig');
  return issues;
}

function checkCreateClusterNodePoolBodyNodePoolInfo(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'type':
        f2 = o['type'];
        break;
      case 'resource_group_id':
        f3 = o['resource_group_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_group_id'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyNodePoolInfo');
  return issues;
}

function checkCreateClusterNodePoolBodyScalingGroup(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  let f20: unknown;
  let f21: unknown;
  let f22: unknown;
  let f23: unknown;
  let f24: unknown;
  let f25: unknown;
  let f26: unknown;
  let f27: unknown;
  let f28: unknown;
  let f29: unknown;
  let f30: unknown;
  let f31: unknown;
  let f32: unknown;
  let f33: unknown;
  let f34: unknown;
  let f35: unknown;
  let f36: unknown;
  let f37: unknown;
  let f38: unknown;
  let f39: unknown;
  let f40: unknown;
  let f41: unknown;
  let f42: unknown;
  let f43: unknown;
  let f44: unknown;
  let f45: unknown;
  let f46: unknown;
  let f47: unknown;
  let f48: unknown;
  let f49: unknown;
  let f50: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'vswitch_ids':
        f1 = o['vswitch_ids'];
        break;
      case 'instance_types':
        f2 = o['instance_types'];
        break;
      case 'instance_charge_type':
        f3 = o['instance_charge_type'];
        break;
      case 'period':
        f4 = o['period'];
        break;
      case 'period_unit':
        f5 = o['period_unit'];
        break;
      case 'auto_renew':
        f6 = o['auto_renew'];
        break;
      case 'auto_renew_period':
        f7 = o['auto_renew_period'];
        break;
      case 'spot_strategy':
        f8 = o['spot_strategy'];
        break;
      case 'spot_price_limit':
        f9 = o['spot_price_limit'];
        break;
      case 'image_type':
        f10 = o['image_type'];
        break;
      case 'image_id':
        f11 = o['image_id'];
        break;
      case 'system_disk_category':
        f12 = o['system_disk_category'];
        break;
      case 'system_disk_categories':
        f13 = o['system_disk_categories'];
        break;
      case 'system_disk_size':
        f14 = o['system_disk_size'];
        break;
      case 'system_disk_performance_level':
        f15 = o['system_disk_performance_level'];
        break;
      case 'system_disk_encrypted':
        f16 = o['system_disk_encrypted'];
        break;
      case 'system_disk_kms_key_id':
        f17 = o['system_disk_kms_key_id'];
        break;
      case 'system_disk_encrypt_algorithm':
        f18 = o['system_disk_encrypt_algorithm'];
        break;
      case 'system_disk_bursting_enabled':
        f19 = o['system_disk_bursting_enabled'];
        break;
      case 'system_disk_provisioned_iops':
        f20 = o['system_disk_provisioned_iops'];
        break;
      case 'data_disks':
        f21 = o['data_disks'];
        break;
      case 'security_group_ids':
        f22 = o['security_group_ids'];
        break;
      case 'key_pair':
        f23 = o['key_pair'];
        break;
      case 'login_password':
        f24 = o['login_password'];
        break;
      case 'login_as_non_root':
        f25 = o['login_as_non_root'];
        break;
      case 'cis_enabled':
        f26 = o['cis_enabled'];
        break;
      case 'soc_enabled':
        f27 = o['soc_enabled'];
        break;
      case 'security_hardening_os':
        f28 = o['security_hardening_os'];
        break;
      case 'internet_charge_type':
        f29 = o['internet_charge_type'];
        break;
      case 'internet_max_bandwidth_out':
        f30 = o['internet_max_bandwidth_out'];
        break;
      case 'tags':
        f31 = o['tags'];
        break;
      case 'desired_size':
        f32 = o['desired_size'];
        break;
      case 'multi_az_policy':
        f33 = o['multi_az_policy'];
        break;
      case 'scaling_policy':
        f34 = o['scaling_policy'];
        break;
      case 'on_demand_base_capacity':
        f35 = o['on_demand_base_capacity'];
        break;
      case 'on_demand_percentage_above_base_capacity':
        f36 = o['on_demand_percentage_above_base_capacity'];
        break;
      case 'spot_instance_pools':
        f37 = o['spot_instance_pools'];
        break;
      case 'spot_instance_remedy':
        f38 = o['spot_instance_remedy'];
        break;
      case 'compensate_with_on_demand':
        f39 = o['compensate_with_on_demand'];
        break;
      case 'deploymentset_id':
        f40 = o['deploymentset_id'];
        break;
      case 'rds_instances':
        f41 = o['rds_instances'];
        break;
      case 'private_pool_options':
        f42 = o['private_pool_options'];
        break;
      case 'security_group_id':
        f43 = o['security_group_id'];
        break;
      case 'platform':
        f44 = o['platform'];
        break;
      case 'instance_patterns':
        f45 = o['instance_patterns'];
        break;
      case 'ram_role_name':
        f46 = o['ram_role_name'];
        break;
      case 'instance_metadata_options':
        f47 = o['instance_metadata_options'];
        break;
      case 'resource_pool_options':
        f48 = o['resource_pool_options'];
        break;
      case 'system_disk_snapshot_policy_id':
        f49 = o['system_disk_snapshot_policy_id'];
        break;
      case 'vpc_id':
        f50 = o['vpc_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'vswitch_ids'), 'array', f1);
    } else {
      const a44: readonly unknown[] = f1;
      if (a44.length < 1) {
        issues = report(issues, at(path, 'vswitch_ids'), 'min_items', 'must have at least 1 item');
      }

      if (a44.length > 8) {
        issues = report(issues, at(path, 'vswitch_ids'), 'max_items', 'must have at most 8 items');
      }

      for (let i47 = 0; i47 < a44.length; i47++) {
        const e47 = a44[i47];
        if (typeof e47 !== 'string') {
          issues = mistyped(issues, at(path, 'vswitch_ids', i47), 'string', e47);
        }
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'instance_types'), 'array', f2);
    } else {
      const a45: readonly unknown[] = f2;
      if (a45.length < 1) {
        issues = report(issues, at(path, 'instance_types'), 'min_items', 'must have at least 1 item');
      }

      if (a45.length > 10) {
        issues = report(issues, at(path, 'instance_types'), 'max_items', 'must have at most 10 items');
      }

      for (let i48 = 0; i48 < a45.length; i48++) {
        const e48 = a45[i48];
        if (typeof e48 !== 'string') {
          issues = mistyped(issues, at(path, 'instance_types', i48), 'string', e48);
        }
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_charge_type'), 'string', f3);
    } else {
      if (!(f3 === 'PrePaid' || f3 === 'PostPaid')) {
        issues = report(issues, at(path, 'instance_charge_type'), 'enum', 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'period'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'period_unit'), 'string', f5);
    } else {
      if (!(f5 === 'Month' || f5 === 'Week')) {
        issues = report(issues, at(path, 'period_unit'), 'enum', 'must be one of "Month", "Week"');
      }
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_renew'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'auto_renew_period'), 'integer', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'spot_strategy'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at(path, 'spot_price_limit'), 'array', f9);
    } else {
      const a46: readonly unknown[] = f9;
      for (let i49 = 0; i49 < a46.length; i49++) {
        const e49 = a46[i49];
        path.tokens[path.depth++] = 'spot_price_limit';
        path.tokens[path.depth++] = i49;
        issues = checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(e49, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'image_type'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at(path, 'image_id'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_category'), 'string', f12);
    }
  }

  if (f13 !== undefined) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, 'system_disk_categories'), 'array', f13);
    } else {
      const a47: readonly unknown[] = f13;
      if (a47.length > 10) {
        issues = report(issues, at(path, 'system_disk_categories'), 'max_items', 'must have at most 10 items');
      }

      for (let i50 = 0; i50 < a47.length; i50++) {
        const e50 = a47[i50];
        if (typeof e50 !== 'string') {
          issues = mistyped(issues, at(path, 'system_disk_categories', i50), 'string', e50);
        }
      }
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'number' || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at(path, 'system_disk_size'), 'integer', f14);
    } else {
      if (f14 < 20) {
        issues = report(issues, at(path, 'system_disk_size'), 'minimum', 'must be greater than or equal to 20');
      }

      if (f14 > 2048) {
        issues = report(issues, at(path, 'system_disk_size'), 'maximum', 'must be less than or equal to 2048');
      }
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_performance_level'), 'string', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'boolean') {
      issues = mistyped(issues, at(path, 'system_disk_encrypted'), 'boolean', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_kms_key_id'), 'string', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_encrypt_algorithm'), 'string', f18);
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'boolean') {
      issues = mistyped(issues, at(path, 'system_disk_bursting_enabled'), 'boolean', f19);
    }
  }

  if (f20 !== undefined) {
    if (typeof f20 !== 'number' || !Number.isSafeInteger(f20)) {
      issues = mistyped(issues, at(path, 'system_disk_provisioned_iops'), 'integer', f20);
    }
  }

  if (f21 !== undefined) {
    if (!Array.isArray(f21)) {
      issues = mistyped(issues, at(path, 'data_disks'), 'array', f21);
    } else {
      const a48: readonly unknown[] = f21;
      for (let i51 = 0; i51 < a48.length; i51++) {
        const e51 = a48[i51];
        path.tokens[path.depth++] = 'data_disks';
        path.tokens[path.depth++] = i51;
        issues = checkDataDisk(e51, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f22 !== undefined) {
    if (!Array.isArray(f22)) {
      issues = mistyped(issues, at(path, 'security_group_ids'), 'array', f22);
    } else {
      const a49: readonly unknown[] = f22;
      for (let i52 = 0; i52 < a49.length; i52++) {
        const e52 = a49[i52];
        if (typeof e52 !== 'string') {
          issues = mistyped(issues, at(path, 'security_group_ids', i52), 'string', e52);
        }
      }
    }
  }

  if (f23 !== undefined) {
    if (typeof f23 !== 'string') {
      issues = mistyped(issues, at(path, 'key_pair'), 'string', f23);
    }
  }

  if (f24 !== undefined) {
    if (typeof f24 !== 'string') {
      issues = mistyped(issues, at(path, 'login_password'), 'string', f24);
    } else {
      if (f24.length > 30 && codePointLength(f24) > 30) {
        issues = report(issues, at(path, 'login_password'), 'max_length', 'must be at most 30 characters long');
      }
    }
  }

  if (f25 !== undefined) {
    if (typeof f25 !== 'boolean') {
      issues = mistyped(issues, at(path, 'login_as_non_root'), 'boolean', f25);
    }
  }

  if (f26 !== undefined) {
    if (typeof f26 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cis_enabled'), 'boolean', f26);
    }
  }

  if (f27 !== undefined) {
    if (typeof f27 !== 'boolean') {
      issues = mistyped(issues, at(path, 'soc_enabled'), 'boolean', f27);
    }
  }

  if (f28 !== undefined) {
    if (typeof f28 !== 'boolean') {
      issues = mistyped(issues, at(path, 'security_hardening_os'), 'boolean', f28);
    }
  }

  if (f29 !== undefined) {
    if (typeof f29 !== 'string') {
      issues = mistyped(issues, at(path, 'internet_charge_type'), 'string', f29);
    }
  }

  if (f30 !== undefined) {
    if (typeof f30 !== 'number' || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at(path, 'internet_max_bandwidth_out'), 'integer', f30);
    }
  }

  if (f31 !== undefined) {
    if (!Array.isArray(f31)) {
      issues = mistyped(issues, at(path, 'tags'), 'array', f31);
    } else {
      const a50: readonly unknown[] = f31;
      for (let i53 = 0; i53 < a50.length; i53++) {
        const e53 = a50[i53];
        path.tokens[path.depth++] = 'tags';
        path.tokens[path.depth++] = i53;
        issues = checkCreateClusterNodePoolBodyScalingGroupTagsItem(e53, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f32 !== undefined) {
    if (typeof f32 !== 'number' || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at(path, 'desired_size'), 'integer', f32);
    }
  }

  if (f33 !== undefined) {
    if (typeof f33 !== 'string') {
      issues = mistyped(issues, at(path, 'multi_az_policy'), 'string', f33);
    }
  }

  if (f34 !== undefined) {
    if (typeof f34 !== 'string') {
      issues = mistyped(issues, at(path, 'scaling_policy'), 'string', f34);
    }
  }

  if (f35 !== undefined) {
    if (typeof f35 !== 'number' || !Number.isSafeInteger(f35)) {
      issues = mistyped(issues, at(path, 'on_demand_base_capacity'), 'integer', f35);
    }
  }

  if (f36 !== undefined) {
    if (typeof f36 !== 'number' || !Number.isSafeInteger(f36)) {
      issues = mistyped(issues, at(path, 'on_demand_percentage_above_base_capacity'), 'integer', f36);
    }
  }

  if (f37 !== undefined) {
    if (typeof f37 !== 'number' || !Number.isSafeInteger(f37)) {
      issues = mistyped(issues, at(path, 'spot_instance_pools'), 'integer', f37);
    }
  }

  if (f38 !== undefined) {
    if (typeof f38 !== 'boolean') {
      issues = mistyped(issues, at(path, 'spot_instance_remedy'), 'boolean', f38);
    }
  }

  if (f39 !== undefined) {
    if (typeof f39 !== 'boolean') {
      issues = mistyped(issues, at(path, 'compensate_with_on_demand'), 'boolean', f39);
    }
  }

  if (f40 !== undefined) {
    if (typeof f40 !== 'string') {
      issues = mistyped(issues, at(path, 'deploymentset_id'), 'string', f40);
    }
  }

  if (f41 !== undefined) {
    if (!Array.isArray(f41)) {
      issues = mistyped(issues, at(path, 'rds_instances'), 'array', f41);
    } else {
      const a51: readonly unknown[] = f41;
      for (let i54 = 0; i54 < a51.length; i54++) {
        const e54 = a51[i54];
        if (typeof e54 !== 'string') {
          issues = mistyped(issues, at(path, 'rds_instances', i54), 'string', e54);
        }
      }
    }
  }

  if (f42 !== undefined) {
    path.tokens[path.depth++] = 'private_pool_options';
    issues = checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(f42, issues, path);
    path.depth--;
  }

  if (f43 !== undefined) {
    if (typeof f43 !== 'string') {
      issues = mistyped(issues, at(path, 'security_group_id'), 'string', f43);
    }
  }

  if (f44 !== undefined) {
    if (typeof f44 !== 'string') {
      issues = mistyped(issues, at(path, 'platform'), 'string', f44);
    }
  }

  if (f45 !== undefined) {
    if (!Array.isArray(f45)) {
      issues = mistyped(issues, at(path, 'instance_patterns'), 'array', f45);
    } else {
      const a52: readonly unknown[] = f45;
      for (let i55 = 0; i55 < a52.length; i55++) {
        const e55 = a52[i55];
        path.tokens[path.depth++] = 'instance_patterns';
        path.tokens[path.depth++] = i55;
        issues = checkInstancePatterns(e55, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f46 !== undefined) {
    if (typeof f46 !== 'string') {
      issues = mistyped(issues, at(path, 'ram_role_name'), 'string', f46);
    }
  }

  if (f47 !== undefined) {
    path.tokens[path.depth++] = 'instance_metadata_options';
    issues = checkInstanceMetadataOptions(f47, issues, path);
    path.depth--;
  }

  if (f48 !== undefined) {
    path.tokens[path.depth++] = 'resource_pool_options';
    issues = checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(f48, issues, path);
    path.depth--;
  }

  if (f49 !== undefined) {
    if (typeof f49 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_snapshot_policy_id'), 'string', f49);
    }
  }

  if (f50 !== undefined) {
    if (typeof f50 !== 'string') {
      issues = mistyped(issues, at(path, 'vpc_id'), 'string', f50);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyScalingGroup');
  if (!(f23 !== undefined || f24 !== undefined)) {
    issues = report(issues, at(path), 'any_required', 'at least one of key_pair or login_password must be set');
  }

  if (f3 === 'PrePaid') {
    if (f4 === undefined) {
      issues = report(
        issues,
        at(path, 'period'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid"',
      );
    }

    if (f5 === undefined) {
      issues = report(
        issues,
        at(path, 'period_unit'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid"',
      );
    }

    if (f6 === undefined) {
      issues = report(
        issues,
        at(path, 'auto_renew'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid"',
      );
    }
  }

  if (f3 === 'PrePaid' && f6 === true) {
    if (f7 === undefined) {
      issues = report(
        issues,
        at(path, 'auto_renew_period'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid" and auto_renew is true',
      );
    }
  }

  if (f5 === 'Week') {
    if (f4 !== undefined) {
      if (!(typeof f4 !== 'number' || !Number.isSafeInteger(f4))) {
        if (!(f4 === 1 || f4 === 2 || f4 === 3 || f4 === 4)) {
          issues = report(issues, at(path, 'period'), 'enum', 'must be one of 1, 2, 3, 4 when period_unit is "Week"');
        }
      }
    }
  } else {
    if (f4 !== undefined) {
      if (!(typeof f4 !== 'number' || !Number.isSafeInteger(f4))) {
        if (!VALUES1.has(f4)) {
          issues = report(
            issues,
            at(path, 'period'),
            'enum',
            'must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60 unless period_unit is "Week"',
          );
        }
      }
    }

    if (f7 !== undefined) {
      if (!(typeof f7 !== 'number' || !Number.isSafeInteger(f7))) {
        if (!(f7 === 1 || f7 === 2 || f7 === 3 || f7 === 6 || f7 === 12)) {
          issues = report(
            issues,
            at(path, 'auto_renew_period'),
            'enum',
            'must be one of 1, 2, 3, 6, 12 unless period_unit is "Week"',
          );
        }
      }
    }
  }

  return issues;
}

function checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(
  value: unknown,
  issues: Issues,
  path: Path,
): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'id':
        f1 = o['id'];
        break;
      case 'match_criteria':
        f2 = o['match_criteria'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'match_criteria'), 'string', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyScalingGroupPrivatePoolOptions');
  return issues;
}

function checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(
  value: unknown,
  issues: Issues,
  path: Path,
): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'strategy':
        f1 = o['strategy'];
        break;
      case 'private_pool_ids':
        f2 = o['private_pool_ids'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'strategy'), 'string', f1);
    } else {
      if (!(f1 === 'PrivatePoolOnly' || f1 === 'PrivatePoolFirst' || f1 === 'None')) {
        issues = report(
          issues,
          at(path, 'strategy'),
          'enum',
          'must be one of "PrivatePoolOnly", "PrivatePoolFirst", "None"',
        );
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'private_pool_ids'), 'array', f2);
    } else {
      const a53: readonly unknown[] = f2;
      for (let i56 = 0; i56 < a53.length; i56++) {
        const e56 = a53[i56];
        if (typeof e56 !== 'string') {
          issues = mistyped(issues, at(path, 'private_pool_ids', i56), 'string', e56);
        }
      }
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyScalingGroupResourcePoolOptions');
  return issues;
}

function checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(
  value: unknown,
  issues: Issues,
  path: Path,
): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'instance_type':
        f1 = o['instance_type'];
        break;
      case 'price_limit':
        f2 = o['price_limit'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'price_limit'), 'string', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem');
  return issues;
}

function checkCreateClusterNodePoolBodyScalingGroupTagsItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'key':
        f1 = o['key'];
        break;
      case 'value':
        f2 = o['value'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'key'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'value'), 'string', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyScalingGroupTagsItem');
  return issues;
}

function checkCreateClusterNodePoolBodyTeeConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'tee_enable':
        f1 = o['tee_enable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'tee_enable'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateClusterNodePoolBodyTeeConfig');
  return issues;
}

function checkCreateKubernetesTriggerBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'project_id':
        f2 = o['project_id'];
        break;
      case 'action':
        f3 = o['action'];
        break;
      case 'type':
        f4 = o['type'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'project_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'project_id'), 'string', f2);
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'action'), 'required', 'is required');
  } else {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'action'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateKubernetesTriggerBody');
  return issues;
}

function checkCreateTemplateBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'template':
        f2 = o['template'];
        break;
      case 'tags':
        f3 = o['tags'];
        break;
      case 'description':
        f4 = o['description'];
        break;
      case 'template_type':
        f5 = o['template_type'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'name'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'template'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'template'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'tags'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'description'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'template_type'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateTemplateBody');
  return issues;
}

function checkCreateTriggerBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_id':
        f1 = o['cluster_id'];
        break;
      case 'project_id':
        f2 = o['project_id'];
        break;
      case 'action':
        f3 = o['action'];
        break;
      case 'type':
        f4 = o['type'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster_id'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_id'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'project_id'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'project_id'), 'string', f2);
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'action'), 'required', 'is required');
  } else {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'action'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'CreateTriggerBody');
  return issues;
}

function checkDataDisk(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'category':
        f1 = o['category'];
        break;
      case 'size':
        f2 = o['size'];
        break;
      case 'encrypted':
        f3 = o['encrypted'];
        break;
      case 'kms_key_id':
        f4 = o['kms_key_id'];
        break;
      case 'auto_snapshot_policy_id':
        f5 = o['auto_snapshot_policy_id'];
        break;
      case 'performance_level':
        f6 = o['performance_level'];
        break;
      case 'provisioned_iops':
        f7 = o['provisioned_iops'];
        break;
      case 'bursting_enabled':
        f8 = o['bursting_enabled'];
        break;
      case 'auto_format':
        f9 = o['auto_format'];
        break;
      case 'file_system':
        f10 = o['file_system'];
        break;
      case 'mount_target':
        f11 = o['mount_target'];
        break;
      case 'disk_name':
        f12 = o['disk_name'];
        break;
      case 'device':
        f13 = o['device'];
        break;
      case 'snapshot_id':
        f14 = o['snapshot_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'category'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'size'), 'integer', f2);
    } else {
      if (f2 < 40) {
        issues = report(issues, at(path, 'size'), 'minimum', 'must be greater than or equal to 40');
      }

      if (f2 > 32768) {
        issues = report(issues, at(path, 'size'), 'maximum', 'must be less than or equal to 32768');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'encrypted'), 'string', f3);
    } else {
      if (!(f3 === 'true' || f3 === 'false')) {
        issues = report(issues, at(path, 'encrypted'), 'enum', 'must be one of "true", "false"');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'kms_key_id'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'auto_snapshot_policy_id'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'performance_level'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'provisioned_iops'), 'integer', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'boolean') {
      issues = mistyped(issues, at(path, 'bursting_enabled'), 'boolean', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_format'), 'boolean', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'file_system'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at(path, 'mount_target'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'string') {
      issues = mistyped(issues, at(path, 'disk_name'), 'string', f12);
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'string') {
      issues = mistyped(issues, at(path, 'device'), 'string', f13);
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at(path, 'snapshot_id'), 'string', f14);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DataDisk');
  return issues;
}

function checkDeleteClusterDeleteOptionsItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'resource_type':
        f1 = o['resource_type'];
        break;
      case 'delete_mode':
        f2 = o['delete_mode'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'delete_mode'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteClusterDeleteOptionsItem');
  return issues;
}

function checkDeleteClusterNodesBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'drain_node':
        f1 = o['drain_node'];
        break;
      case 'release_node':
        f2 = o['release_node'];
        break;
      case 'nodes':
        f3 = o['nodes'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'drain_node'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'release_node'), 'boolean', f2);
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'nodes'), 'required', 'is required');
  } else {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'nodes'), 'array', f3);
    } else {
      const a54: readonly unknown[] = f3;
      for (let i57 = 0; i57 < a54.length; i57++) {
        const e57 = a54[i57];
        if (typeof e57 !== 'string') {
          issues = mistyped(issues, at(path, 'nodes', i57), 'string', e57);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeleteClusterNodesBody');
  return issues;
}

function checkDeployPolicyInstanceBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'action':
        f1 = o['action'];
        break;
      case 'namespaces':
        f2 = o['namespaces'];
        break;
      case 'parameters':
        f3 = o['parameters'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'action'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'namespaces'), 'array', f2);
    } else {
      const a55: readonly unknown[] = f2;
      for (let i58 = 0; i58 < a55.length; i58++) {
        const e58 = a55[i58];
        if (typeof e58 !== 'string') {
          issues = mistyped(issues, at(path, 'namespaces', i58), 'string', e58);
        }
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'object' || f3 === null || Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'parameters'), 'object', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DeployPolicyInstanceBody');
  return issues;
}

function checkDescribeClusterAttachScriptsBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'nodepool_id':
        f1 = o['nodepool_id'];
        break;
      case 'format_disk':
        f2 = o['format_disk'];
        break;
      case 'keep_instance_name':
        f3 = o['keep_instance_name'];
        break;
      case 'rds_instances':
        f4 = o['rds_instances'];
        break;
      case 'arch':
        f5 = o['arch'];
        break;
      case 'options':
        f6 = o['options'];
        break;
      case 'expired':
        f7 = o['expired'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'nodepool_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'format_disk'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'keep_instance_name'), 'boolean', f3);
    }
  }

  if (f4 !== undefined) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, 'rds_instances'), 'array', f4);
    } else {
      const a56: readonly unknown[] = f4;
      for (let i60 = 0; i60 < a56.length; i60++) {
        const e60 = a56[i60];
        if (typeof e60 !== 'string') {
          issues = mistyped(issues, at(path, 'rds_instances', i60), 'string', e60);
        }
      }
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'arch'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'options'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'expired'), 'integer', f7);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'DescribeClusterAttachScriptsBody');
  return issues;
}

function checkFixNodePoolVulsBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'vuls':
        f1 = o['vuls'];
        break;
      case 'nodes':
        f2 = o['nodes'];
        break;
      case 'rollout_policy':
        f3 = o['rollout_policy'];
        break;
      case 'auto_restart':
        f4 = o['auto_restart'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'vuls'), 'array', f1);
    } else {
      const a57: readonly unknown[] = f1;
      for (let i61 = 0; i61 < a57.length; i61++) {
        const e61 = a57[i61];
        if (typeof e61 !== 'string') {
          issues = mistyped(issues, at(path, 'vuls', i61), 'string', e61);
        }
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'nodes'), 'array', f2);
    } else {
      const a58: readonly unknown[] = f2;
      for (let i62 = 0; i62 < a58.length; i62++) {
        const e62 = a58[i62];
        if (typeof e62 !== 'string') {
          issues = mistyped(issues, at(path, 'nodes', i62), 'string', e62);
        }
      }
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'rollout_policy';
    issues = checkFixNodePoolVulsBodyRolloutPolicy(f3, issues, path);
    path.depth--;
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_restart'), 'boolean', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'FixNodePoolVulsBody');
  return issues;
}

function checkFixNodePoolVulsBodyRolloutPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'max_parallelism':
        f1 = o['max_parallelism'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'number' || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, 'max_parallelism'), 'integer', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'FixNodePoolVulsBodyRolloutPolicy');
  return issues;
}

function checkGrantPermissionsBody(value: unknown, issues: Issues, path: Path): Issues {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), 'array', value);
  } else {
    const a59: readonly unknown[] = value;
    for (let i63 = 0; i63 < a59.length; i63++) {
      const e63 = a59[i63];
      path.tokens[path.depth++] = i63;
      issues = checkGrantPermissionsBodyItem(e63, issues, path);
      path.depth--;
    }
  }

  return issues;
}

function checkGrantPermissionsBodyItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster':
        f1 = o['cluster'];
        break;
      case 'is_custom':
        f2 = o['is_custom'];
        break;
      case 'role_name':
        f3 = o['role_name'];
        break;
      case 'role_type':
        f4 = o['role_type'];
        break;
      case 'namespace':
        f5 = o['namespace'];
        break;
      case 'is_ram_role':
        f6 = o['is_ram_role'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'cluster'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_custom'), 'boolean', f2);
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'role_name'), 'required', 'is required');
  } else {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'role_name'), 'string', f3);
    }
  }

  if (f4 === undefined) {
    issues = report(issues, at(path, 'role_type'), 'required', 'is required');
  } else {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'role_type'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'namespace'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_ram_role'), 'boolean', f6);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'GrantPermissionsBodyItem');
  return issues;
}

function checkHugepage(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'transparentEnabled':
        f1 = o['transparentEnabled'];
        break;
      case 'transparentDefrag':
        f2 = o['transparentDefrag'];
        break;
      case 'khugepagedDefrag':
        f3 = o['khugepagedDefrag'];
        break;
      case 'khugepagedAllocSleepMillisecs':
        f4 = o['khugepagedAllocSleepMillisecs'];
        break;
      case 'khugepagedScanSleepMillisecs':
        f5 = o['khugepagedScanSleepMillisecs'];
        break;
      case 'khugepagedPagesToScan':
        f6 = o['khugepagedPagesToScan'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'transparentEnabled'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'transparentDefrag'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'khugepagedDefrag'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'khugepagedAllocSleepMillisecs'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'number' || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, 'khugepagedScanSleepMillisecs'), 'integer', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'number' || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at(path, 'khugepagedPagesToScan'), 'integer', f6);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'Hugepage');
  return issues;
}

function checkInstallClusterAddonsBody(value: unknown, issues: Issues, path: Path): Issues {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), 'array', value);
  } else {
    const a60: readonly unknown[] = value;
    for (let i64 = 0; i64 < a60.length; i64++) {
      const e64 = a60[i64];
      path.tokens[path.depth++] = i64;
      issues = checkInstallClusterAddonsBodyItem(e64, issues, path);
      path.depth--;
    }
  }

  return issues;
}

function checkInstallClusterAddonsBodyItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'version':
        f2 = o['version'];
        break;
      case 'config':
        f3 = o['config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'name'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'version'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'config'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'InstallClusterAddonsBodyItem');
  return issues;
}

function checkInstanceMetadataOptions(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'http_tokens':
        f1 = o['http_tokens'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'http_tokens'), 'string', f1);
    } else {
      if (!(f1 === 'optional' || f1 === 'required')) {
        issues = report(issues, at(path, 'http_tokens'), 'enum', 'must be one of "optional", "required"');
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'InstanceMetadataOptions');
  return issues;
}

function checkInstancePatterns(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cores':
        f1 = o['cores'];
        break;
      case 'memory':
        f2 = o['memory'];
        break;
      case 'instance_family_level':
        f3 = o['instance_family_level'];
        break;
      case 'excluded_instance_types':
        f4 = o['excluded_instance_types'];
        break;
      case 'min_cpu_cores':
        f5 = o['min_cpu_cores'];
        break;
      case 'max_cpu_cores':
        f6 = o['max_cpu_cores'];
        break;
      case 'min_memory_size':
        f7 = o['min_memory_size'];
        break;
      case 'max_memory_size':
        f8 = o['max_memory_size'];
        break;
      case 'instance_categories':
        f9 = o['instance_categories'];
        break;
      case 'cpu_architectures':
        f10 = o['cpu_architectures'];
        break;
      case 'core':
        f11 = o['core'];
        break;
      case 'max_price':
        f12 = o['max_price'];
        break;
      case 'architectures':
        f13 = o['architectures'];
        break;
      case 'burst_performance_option':
        f14 = o['burst_performance_option'];
        break;
      case 'instance_type_families':
        f15 = o['instance_type_families'];
        break;
      case 'minimum_eni_quantity':
        f16 = o['minimum_eni_quantity'];
        break;
      case 'minimum_eni_private_ip_address_quantity':
        f17 = o['minimum_eni_private_ip_address_quantity'];
        break;
      case 'minimum_eni_ipv6_address_quantity':
        f18 = o['minimum_eni_ipv6_address_quantity'];
        break;
      case 'maximum_gpu_amount':
        f19 = o['maximum_gpu_amount'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'number' || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, 'cores'), 'integer', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isFinite(f2)) {
      issues = mistyped(issues, at(path, 'memory'), 'number', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_family_level'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, 'excluded_instance_types'), 'array', f4);
    } else {
      const a61: readonly unknown[] = f4;
      for (let i65 = 0; i65 < a61.length; i65++) {
        const e65 = a61[i65];
        if (typeof e65 !== 'string') {
          issues = mistyped(issues, at(path, 'excluded_instance_types', i65), 'string', e65);
        }
      }
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'number' || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, 'min_cpu_cores'), 'integer', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'number' || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at(path, 'max_cpu_cores'), 'integer', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isFinite(f7)) {
      issues = mistyped(issues, at(path, 'min_memory_size'), 'number', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'number' || !Number.isFinite(f8)) {
      issues = mistyped(issues, at(path, 'max_memory_size'), 'number', f8);
    }
  }

  if (f9 !== undefined) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at(path, 'instance_categories'), 'array', f9);
    } else {
      const a62: readonly unknown[] = f9;
      for (let i66 = 0; i66 < a62.length; i66++) {
        const e66 = a62[i66];
        if (typeof e66 !== 'string') {
          issues = mistyped(issues, at(path, 'instance_categories', i66), 'string', e66);
        }
      }
    }
  }

  if (f10 !== undefined) {
    if (!Array.isArray(f10)) {
      issues = mistyped(issues, at(path, 'cpu_architectures'), 'array', f10);
    } else {
      const a63: readonly unknown[] = f10;
      for (let i67 = 0; i67 < a63.length; i67++) {
        const e67 = a63[i67];
        if (typeof e67 !== 'string') {
          issues = mistyped(issues, at(path, 'cpu_architectures', i67), 'string', e67);
        }
      }
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'number' || !Number.isSafeInteger(f11)) {
      issues = mistyped(issues, at(path, 'core'), 'integer', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'number' || !Number.isFinite(f12)) {
      issues = mistyped(issues, at(path, 'max_price'), 'number', f12);
    }
  }

  if (f13 !== undefined) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, 'architectures'), 'array', f13);
    } else {
      const a64: readonly unknown[] = f13;
      for (let i68 = 0; i68 < a64.length; i68++) {
        const e68 = a64[i68];
        if (typeof e68 !== 'string') {
          issues = mistyped(issues, at(path, 'architectures', i68), 'string', e68);
        }
      }
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at(path, 'burst_performance_option'), 'string', f14);
    }
  }

  if (f15 !== undefined) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at(path, 'instance_type_families'), 'array', f15);
    } else {
      const a65: readonly unknown[] = f15;
      for (let i69 = 0; i69 < a65.length; i69++) {
        const e69 = a65[i69];
        if (typeof e69 !== 'string') {
          issues = mistyped(issues, at(path, 'instance_type_families', i69), 'string', e69);
        }
      }
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'number' || !Number.isSafeInteger(f16)) {
      issues = mistyped(issues, at(path, 'minimum_eni_quantity'), 'integer', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'number' || !Number.isSafeInteger(f17)) {
      issues = mistyped(issues, at(path, 'minimum_eni_private_ip_address_quantity'), 'integer', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'number' || !Number.isSafeInteger(f18)) {
      issues = mistyped(issues, at(path, 'minimum_eni_ipv6_address_quantity'), 'integer', f18);
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'number' || !Number.isSafeInteger(f19)) {
      issues = mistyped(issues, at(path, 'maximum_gpu_amount'), 'integer', f19);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'InstancePatterns');
  if (typeof f5 === 'number' && typeof f6 === 'number' && f5 > f6) {
    issues = report(issues, at(path, 'min_cpu_cores'), 'less_or_equal', 'must be less than or equal to max_cpu_cores');
  }

  if (typeof f7 === 'number' && typeof f8 === 'number' && f7 > f8) {
    issues = report(
      issues,
      at(path, 'min_memory_size'),
      'less_or_equal',
      'must be less than or equal to max_memory_size',
    );
  }

  return issues;
}

function checkKubeletConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  let f20: unknown;
  let f21: unknown;
  let f22: unknown;
  let f23: unknown;
  let f24: unknown;
  let f25: unknown;
  let f26: unknown;
  let f27: unknown;
  let f28: unknown;
  let f29: unknown;
  let f30: unknown;
  let f31: unknown;
  let f32: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'registryPullQPS':
        f1 = o['registryPullQPS'];
        break;
      case 'registryBurst':
        f2 = o['registryBurst'];
        break;
      case 'eventRecordQPS':
        f3 = o['eventRecordQPS'];
        break;
      case 'eventBurst':
        f4 = o['eventBurst'];
        break;
      case 'kubeAPIQPS':
        f5 = o['kubeAPIQPS'];
        break;
      case 'kubeAPIBurst':
        f6 = o['kubeAPIBurst'];
        break;
      case 'serializeImagePulls':
        f7 = o['serializeImagePulls'];
        break;
      case 'cpuManagerPolicy':
        f8 = o['cpuManagerPolicy'];
        break;
      case 'evictionHard':
        f9 = o['evictionHard'];
        break;
      case 'evictionSoft':
        f10 = o['evictionSoft'];
        break;
      case 'evictionSoftGracePeriod':
        f11 = o['evictionSoftGracePeriod'];
        break;
      case 'systemReserved':
        f12 = o['systemReserved'];
        break;
      case 'kubeReserved':
        f13 = o['kubeReserved'];
        break;
      case 'readOnlyPort':
        f14 = o['readOnlyPort'];
        break;
      case 'maxPods':
        f15 = o['maxPods'];
        break;
      case 'containerLogMaxSize':
        f16 = o['containerLogMaxSize'];
        break;
      case 'containerLogMaxFiles':
        f17 = o['containerLogMaxFiles'];
        break;
      case 'featureGates':
        f18 = o['featureGates'];
        break;
      case 'allowedUnsafeSysctls':
        f19 = o['allowedUnsafeSysctls'];
        break;
      case 'reservedMemory':
        f20 = o['reservedMemory'];
        break;
      case 'memoryManagerPolicy':
        f21 = o['memoryManagerPolicy'];
        break;
      case 'cpuCFSQuota':
        f22 = o['cpuCFSQuota'];
        break;
      case 'cpuCFSQuotaPeriod':
        f23 = o['cpuCFSQuotaPeriod'];
        break;
      case 'imageGCHighThresholdPercent':
        f24 = o['imageGCHighThresholdPercent'];
        break;
      case 'imageGCLowThresholdPercent':
        f25 = o['imageGCLowThresholdPercent'];
        break;
      case 'podPidsLimit':
        f26 = o['podPidsLimit'];
        break;
      case 'topologyManagerPolicy':
        f27 = o['topologyManagerPolicy'];
        break;
      case 'clusterDNS':
        f28 = o['clusterDNS'];
        break;
      case 'tracing':
        f29 = o['tracing'];
        break;
      case 'containerLogMaxWorkers':
        f30 = o['containerLogMaxWorkers'];
        break;
      case 'containerLogMonitorInterval':
        f31 = o['containerLogMonitorInterval'];
        break;
      case 'serverTLSBootstrap':
        f32 = o['serverTLSBootstrap'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'number' || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, 'registryPullQPS'), 'integer', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'registryBurst'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'eventRecordQPS'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'eventBurst'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'number' || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, 'kubeAPIQPS'), 'integer', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'number' || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at(path, 'kubeAPIBurst'), 'integer', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'boolean') {
      issues = mistyped(issues, at(path, 'serializeImagePulls'), 'boolean', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'cpuManagerPolicy'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'object' || f9 === null || Array.isArray(f9)) {
      issues = mistyped(issues, at(path, 'evictionHard'), 'object', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'object' || f10 === null || Array.isArray(f10)) {
      issues = mistyped(issues, at(path, 'evictionSoft'), 'object', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'object' || f11 === null || Array.isArray(f11)) {
      issues = mistyped(issues, at(path, 'evictionSoftGracePeriod'), 'object', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'object' || f12 === null || Array.isArray(f12)) {
      issues = mistyped(issues, at(path, 'systemReserved'), 'object', f12);
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'object' || f13 === null || Array.isArray(f13)) {
      issues = mistyped(issues, at(path, 'kubeReserved'), 'object', f13);
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'number' || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at(path, 'readOnlyPort'), 'integer', f14);
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'number' || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at(path, 'maxPods'), 'integer', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'string') {
      issues = mistyped(issues, at(path, 'containerLogMaxSize'), 'string', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'number' || !Number.isSafeInteger(f17)) {
      issues = mistyped(issues, at(path, 'containerLogMaxFiles'), 'integer', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'object' || f18 === null || Array.isArray(f18)) {
      issues = mistyped(issues, at(path, 'featureGates'), 'object', f18);
    }
  }

  if (f19 !== undefined) {
    if (!Array.isArray(f19)) {
      issues = mistyped(issues, at(path, 'allowedUnsafeSysctls'), 'array', f19);
    } else {
      const a66: readonly unknown[] = f19;
      for (let i76 = 0; i76 < a66.length; i76++) {
        const e76 = a66[i76];
        if (typeof e76 !== 'string') {
          issues = mistyped(issues, at(path, 'allowedUnsafeSysctls', i76), 'string', e76);
        }
      }
    }
  }

  if (f20 !== undefined) {
    if (!Array.isArray(f20)) {
      issues = mistyped(issues, at(path, 'reservedMemory'), 'array', f20);
    } else {
      const a67: readonly unknown[] = f20;
      for (let i77 = 0; i77 < a67.length; i77++) {
        const e77 = a67[i77];
        path.tokens[path.depth++] = 'reservedMemory';
        path.tokens[path.depth++] = i77;
        issues = checkKubeletConfigReservedMemoryItem(e77, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f21 !== undefined) {
    if (typeof f21 !== 'string') {
      issues = mistyped(issues, at(path, 'memoryManagerPolicy'), 'string', f21);
    }
  }

  if (f22 !== undefined) {
    if (typeof f22 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cpuCFSQuota'), 'boolean', f22);
    }
  }

  if (f23 !== undefined) {
    if (typeof f23 !== 'string') {
      issues = mistyped(issues, at(path, 'cpuCFSQuotaPeriod'), 'string', f23);
    }
  }

  if (f24 !== undefined) {
    if (typeof f24 !== 'number' || !Number.isSafeInteger(f24)) {
      issues = mistyped(issues, at(path, 'imageGCHighThresholdPercent'), 'integer', f24);
    } else {
      if (!(f24 >= -2147483648 && f24 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'imageGCHighThresholdPercent'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f25 !== undefined) {
    if (typeof f25 !== 'number' || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at(path, 'imageGCLowThresholdPercent'), 'integer', f25);
    } else {
      if (!(f25 >= -2147483648 && f25 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'imageGCLowThresholdPercent'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f26 !== undefined) {
    if (typeof f26 !== 'number' || !Number.isSafeInteger(f26)) {
      issues = mistyped(issues, at(path, 'podPidsLimit'), 'integer', f26);
    }
  }

  if (f27 !== undefined) {
    if (typeof f27 !== 'string') {
      issues = mistyped(issues, at(path, 'topologyManagerPolicy'), 'string', f27);
    }
  }

  if (f28 !== undefined) {
    if (!Array.isArray(f28)) {
      issues = mistyped(issues, at(path, 'clusterDNS'), 'array', f28);
    } else {
      const a68: readonly unknown[] = f28;
      for (let i78 = 0; i78 < a68.length; i78++) {
        const e78 = a68[i78];
        if (typeof e78 !== 'string') {
          issues = mistyped(issues, at(path, 'clusterDNS', i78), 'string', e78);
        }
      }
    }
  }

  if (f29 !== undefined) {
    path.tokens[path.depth++] = 'tracing';
    issues = checkKubeletConfigTracing(f29, issues, path);
    path.depth--;
  }

  if (f30 !== undefined) {
    if (typeof f30 !== 'number' || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at(path, 'containerLogMaxWorkers'), 'integer', f30);
    } else {
      if (!(f30 >= -2147483648 && f30 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'containerLogMaxWorkers'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f31 !== undefined) {
    if (typeof f31 !== 'string') {
      issues = mistyped(issues, at(path, 'containerLogMonitorInterval'), 'string', f31);
    }
  }

  if (f32 !== undefined) {
    if (typeof f32 !== 'boolean') {
      issues = mistyped(issues, at(path, 'serverTLSBootstrap'), 'boolean', f32);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'KubeletConfig');
  return issues;
}

function checkKubeletConfigReservedMemoryItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'numaNode':
        f1 = o['numaNode'];
        break;
      case 'limits':
        f2 = o['limits'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'number' || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, 'numaNode'), 'integer', f1);
    } else {
      if (!(f1 >= -2147483648 && f1 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'numaNode'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'object' || f2 === null || Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'limits'), 'object', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'KubeletConfigReservedMemoryItem');
  return issues;
}

function checkKubeletConfigTracing(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'endpoint':
        f1 = o['endpoint'];
        break;
      case 'samplingRatePerMillion':
        f2 = o['samplingRatePerMillion'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'endpoint'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'samplingRatePerMillion'), 'integer', f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'samplingRatePerMillion'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'KubeletConfigTracing');
  return issues;
}

function checkMaintenanceWindow(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      case 'maintenance_time':
        f2 = o['maintenance_time'];
        break;
      case 'duration':
        f3 = o['duration'];
        break;
      case 'weekly_period':
        f4 = o['weekly_period'];
        break;
      case 'recurrence':
        f5 = o['recurrence'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'maintenance_time'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'duration'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'weekly_period'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'recurrence'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'MaintenanceWindow');
  return issues;
}

function checkMigrateClusterBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'oss_bucket_name':
        f1 = o['oss_bucket_name'];
        break;
      case 'oss_bucket_endpoint':
        f2 = o['oss_bucket_endpoint'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'oss_bucket_name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'oss_bucket_endpoint'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'MigrateClusterBody');
  return issues;
}

function checkModifyClusterAddonBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'config':
        f1 = o['config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'config'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterAddonBody');
  return issues;
}

function checkModifyClusterBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'api_server_eip':
        f1 = o['api_server_eip'];
        break;
      case 'api_server_eip_id':
        f2 = o['api_server_eip_id'];
        break;
      case 'deletion_protection':
        f3 = o['deletion_protection'];
        break;
      case 'resource_group_id':
        f4 = o['resource_group_id'];
        break;
      case 'maintenance_window':
        f5 = o['maintenance_window'];
        break;
      case 'enable_rrsa':
        f6 = o['enable_rrsa'];
        break;
      case 'access_control_list':
        f7 = o['access_control_list'];
        break;
      case 'cluster_name':
        f8 = o['cluster_name'];
        break;
      case 'system_events_logging':
        f9 = o['system_events_logging'];
        break;
      case 'operation_policy':
        f10 = o['operation_policy'];
        break;
      case 'api_server_custom_cert_sans':
        f11 = o['api_server_custom_cert_sans'];
        break;
      case 'vswitch_ids':
        f12 = o['vswitch_ids'];
        break;
      case 'control_plane_config':
        f13 = o['control_plane_config'];
        break;
      case 'security_group_id':
        f14 = o['security_group_id'];
        break;
      case 'timezone':
        f15 = o['timezone'];
        break;
      case 'instance_deletion_protection':
        f16 = o['instance_deletion_protection'];
        break;
      case 'ingress_domain_rebinding':
        f17 = o['ingress_domain_rebinding'];
        break;
      case 'ingress_loadbalancer_id':
        f18 = o['ingress_loadbalancer_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'api_server_eip'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'api_server_eip_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'deletion_protection'), 'boolean', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_group_id'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    path.tokens[path.depth++] = 'maintenance_window';
    issues = checkMaintenanceWindow(f5, issues, path);
    path.depth--;
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable_rrsa'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    if (!Array.isArray(f7)) {
      issues = mistyped(issues, at(path, 'access_control_list'), 'array', f7);
    } else {
      const a69: readonly unknown[] = f7;
      for (let i80 = 0; i80 < a69.length; i80++) {
        const e80 = a69[i80];
        if (typeof e80 !== 'string') {
          issues = mistyped(issues, at(path, 'access_control_list', i80), 'string', e80);
        }
      }
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster_name'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    path.tokens[path.depth++] = 'system_events_logging';
    issues = checkModifyClusterBodySystemEventsLogging(f9, issues, path);
    path.depth--;
  }

  if (f10 !== undefined) {
    path.tokens[path.depth++] = 'operation_policy';
    issues = checkModifyClusterBodyOperationPolicy(f10, issues, path);
    path.depth--;
  }

  if (f11 !== undefined) {
    path.tokens[path.depth++] = 'api_server_custom_cert_sans';
    issues = checkModifyClusterBodyApiServerCustomCertSans(f11, issues, path);
    path.depth--;
  }

  if (f12 !== undefined) {
    if (!Array.isArray(f12)) {
      issues = mistyped(issues, at(path, 'vswitch_ids'), 'array', f12);
    } else {
      const a70: readonly unknown[] = f12;
      for (let i81 = 0; i81 < a70.length; i81++) {
        const e81 = a70[i81];
        if (typeof e81 !== 'string') {
          issues = mistyped(issues, at(path, 'vswitch_ids', i81), 'string', e81);
        }
      }
    }
  }

  if (f13 !== undefined) {
    path.tokens[path.depth++] = 'control_plane_config';
    issues = checkModifyClusterBodyControlPlaneConfig(f13, issues, path);
    path.depth--;
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at(path, 'security_group_id'), 'string', f14);
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'string') {
      issues = mistyped(issues, at(path, 'timezone'), 'string', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'boolean') {
      issues = mistyped(issues, at(path, 'instance_deletion_protection'), 'boolean', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'boolean') {
      issues = mistyped(issues, at(path, 'ingress_domain_rebinding'), 'boolean', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'string') {
      issues = mistyped(issues, at(path, 'ingress_loadbalancer_id'), 'string', f18);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterBody');
  return issues;
}

function checkModifyClusterBodyApiServerCustomCertSans(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'action':
        f1 = o['action'];
        break;
      case 'subject_alternative_names':
        f2 = o['subject_alternative_names'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'action'), 'string', f1);
    } else {
      if (!(f1 === 'append' || f1 === 'overwrite')) {
        issues = report(issues, at(path, 'action'), 'enum', 'must be one of "append", "overwrite"');
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'subject_alternative_names'), 'array', f2);
    } else {
      const a71: readonly unknown[] = f2;
      for (let i82 = 0; i82 < a71.length; i82++) {
        const e82 = a71[i82];
        if (typeof e82 !== 'string') {
          issues = mistyped(issues, at(path, 'subject_alternative_names', i82), 'string', e82);
        }
      }
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterBodyApiServerCustomCertSans');
  return issues;
}

function checkModifyClusterBodyControlPlaneConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  let f20: unknown;
  let f21: unknown;
  let f22: unknown;
  let f23: unknown;
  let f24: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'charge_type':
        f1 = o['charge_type'];
        break;
      case 'period':
        f2 = o['period'];
        break;
      case 'period_unit':
        f3 = o['period_unit'];
        break;
      case 'auto_renew':
        f4 = o['auto_renew'];
        break;
      case 'auto_renew_period':
        f5 = o['auto_renew_period'];
        break;
      case 'instance_types':
        f6 = o['instance_types'];
        break;
      case 'image_type':
        f7 = o['image_type'];
        break;
      case 'image_id':
        f8 = o['image_id'];
        break;
      case 'key_pair':
        f9 = o['key_pair'];
        break;
      case 'login_password':
        f10 = o['login_password'];
        break;
      case 'system_disk_category':
        f11 = o['system_disk_category'];
        break;
      case 'system_disk_size':
        f12 = o['system_disk_size'];
        break;
      case 'system_disk_snapshot_policy_id':
        f13 = o['system_disk_snapshot_policy_id'];
        break;
      case 'system_disk_performance_level':
        f14 = o['system_disk_performance_level'];
        break;
      case 'system_disk_provisioned_iops':
        f15 = o['system_disk_provisioned_iops'];
        break;
      case 'system_disk_bursting_enabled':
        f16 = o['system_disk_bursting_enabled'];
        break;
      case 'deploymentset_id':
        f17 = o['deploymentset_id'];
        break;
      case 'cloud_monitor_flags':
        f18 = o['cloud_monitor_flags'];
        break;
      case 'soc_enabled':
        f19 = o['soc_enabled'];
        break;
      case 'security_hardening_os':
        f20 = o['security_hardening_os'];
        break;
      case 'cpu_policy':
        f21 = o['cpu_policy'];
        break;
      case 'runtime':
        f22 = o['runtime'];
        break;
      case 'node_port_range':
        f23 = o['node_port_range'];
        break;
      case 'size':
        f24 = o['size'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'charge_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'period'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'period_unit'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_renew'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'number' || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, 'auto_renew_period'), 'integer', f5);
    }
  }

  if (f6 !== undefined) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, 'instance_types'), 'array', f6);
    } else {
      const a72: readonly unknown[] = f6;
      for (let i83 = 0; i83 < a72.length; i83++) {
        const e83 = a72[i83];
        if (typeof e83 !== 'string') {
          issues = mistyped(issues, at(path, 'instance_types', i83), 'string', e83);
        }
      }
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'image_type'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'image_id'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'string') {
      issues = mistyped(issues, at(path, 'key_pair'), 'string', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'login_password'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_category'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'number' || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at(path, 'system_disk_size'), 'integer', f12);
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_snapshot_policy_id'), 'string', f13);
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_performance_level'), 'string', f14);
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'number' || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at(path, 'system_disk_provisioned_iops'), 'integer', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'boolean') {
      issues = mistyped(issues, at(path, 'system_disk_bursting_enabled'), 'boolean', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'string') {
      issues = mistyped(issues, at(path, 'deploymentset_id'), 'string', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cloud_monitor_flags'), 'boolean', f18);
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'boolean') {
      issues = mistyped(issues, at(path, 'soc_enabled'), 'boolean', f19);
    }
  }

  if (f20 !== undefined) {
    if (typeof f20 !== 'boolean') {
      issues = mistyped(issues, at(path, 'security_hardening_os'), 'boolean', f20);
    }
  }

  if (f21 !== undefined) {
    if (typeof f21 !== 'string') {
      issues = mistyped(issues, at(path, 'cpu_policy'), 'string', f21);
    }
  }

  if (f22 !== undefined) {
    if (typeof f22 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime'), 'string', f22);
    }
  }

  if (f23 !== undefined) {
    if (typeof f23 !== 'string') {
      issues = mistyped(issues, at(path, 'node_port_range'), 'string', f23);
    }
  }

  if (f24 !== undefined) {
    if (typeof f24 !== 'number' || !Number.isSafeInteger(f24)) {
      issues = mistyped(issues, at(path, 'size'), 'integer', f24);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterBodyControlPlaneConfig');
  return issues;
}

function checkModifyClusterBodyOperationPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster_auto_upgrade':
        f1 = o['cluster_auto_upgrade'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    path.tokens[path.depth++] = 'cluster_auto_upgrade';
    issues = checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterBodyOperationPolicy');
  return issues;
}

function checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enabled':
        f1 = o['enabled'];
        break;
      case 'channel':
        f2 = o['channel'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enabled'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'channel'), 'string', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterBodyOperationPolicyClusterAutoUpgrade');
  return issues;
}

function checkModifyClusterBodySystemEventsLogging(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enabled':
        f1 = o['enabled'];
        break;
      case 'logging_project':
        f2 = o['logging_project'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enabled'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'logging_project'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterBodySystemEventsLogging');
  return issues;
}

function checkModifyClusterNodePoolBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'nodepool_info':
        f1 = o['nodepool_info'];
        break;
      case 'auto_scaling':
        f2 = o['auto_scaling'];
        break;
      case 'management':
        f3 = o['management'];
        break;
      case 'scaling_group':
        f4 = o['scaling_group'];
        break;
      case 'kubernetes_config':
        f5 = o['kubernetes_config'];
        break;
      case 'tee_config':
        f6 = o['tee_config'];
        break;
      case 'update_nodes':
        f7 = o['update_nodes'];
        break;
      case 'concurrency':
        f8 = o['concurrency'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    path.tokens[path.depth++] = 'nodepool_info';
    issues = checkModifyClusterNodePoolBodyNodePoolInfo(f1, issues, path);
    path.depth--;
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'auto_scaling';
    issues = checkModifyClusterNodePoolBodyAutoScaling(f2, issues, path);
    path.depth--;
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'management';
    issues = checkModifyClusterNodePoolBodyManagement(f3, issues, path);
    path.depth--;
  }

  if (f4 !== undefined) {
    path.tokens[path.depth++] = 'scaling_group';
    issues = checkModifyClusterNodePoolBodyScalingGroup(f4, issues, path);
    path.depth--;
  }

  if (f5 !== undefined) {
    path.tokens[path.depth++] = 'kubernetes_config';
    issues = checkModifyClusterNodePoolBodyKubernetesConfig(f5, issues, path);
    path.depth--;
  }

  if (f6 !== undefined) {
    path.tokens[path.depth++] = 'tee_config';
    issues = checkModifyClusterNodePoolBodyTeeConfig(f6, issues, path);
    path.depth--;
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'boolean') {
      issues = mistyped(issues, at(path, 'update_nodes'), 'boolean', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'boolean') {
      issues = mistyped(issues, at(path, 'concurrency'), 'boolean', f8);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBody');
  return issues;
}

function checkModifyClusterNodePoolBodyAutoScaling(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      case 'type':
        f2 = o['type'];
        break;
      case 'max_instances':
        f3 = o['max_instances'];
        break;
      case 'min_instances':
        f4 = o['min_instances'];
        break;
      case 'is_bond_eip':
        f5 = o['is_bond_eip'];
        break;
      case 'eip_internet_charge_type':
        f6 = o['eip_internet_charge_type'];
        break;
      case 'eip_bandwidth':
        f7 = o['eip_bandwidth'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'max_instances'), 'integer', f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at(path, 'max_instances'), 'minimum', 'must be greater than or equal to 0');
      }

      if (f3 > 2000) {
        issues = report(issues, at(path, 'max_instances'), 'maximum', 'must be less than or equal to 2000');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'min_instances'), 'integer', f4);
    } else {
      if (f4 < 0) {
        issues = report(issues, at(path, 'min_instances'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_bond_eip'), 'boolean', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'eip_internet_charge_type'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'eip_bandwidth'), 'integer', f7);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyAutoScaling');
  if (typeof f4 === 'number' && typeof f3 === 'number' && f4 > f3) {
    issues = report(issues, at(path, 'min_instances'), 'less_or_equal', 'must be less than or equal to max_instances');
  }

  return issues;
}

function checkModifyClusterNodePoolBodyKubernetesConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'labels':
        f1 = o['labels'];
        break;
      case 'taints':
        f2 = o['taints'];
        break;
      case 'runtime':
        f3 = o['runtime'];
        break;
      case 'runtime_version':
        f4 = o['runtime_version'];
        break;
      case 'cpu_policy':
        f5 = o['cpu_policy'];
        break;
      case 'unschedulable':
        f6 = o['unschedulable'];
        break;
      case 'user_data':
        f7 = o['user_data'];
        break;
      case 'cms_enabled':
        f8 = o['cms_enabled'];
        break;
      case 'pre_user_data':
        f9 = o['pre_user_data'];
        break;
      case 'node_name_mode':
        f10 = o['node_name_mode'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'labels'), 'array', f1);
    } else {
      const a73: readonly unknown[] = f1;
      if (a73.length > 20) {
        issues = report(issues, at(path, 'labels'), 'max_items', 'must have at most 20 items');
      }

      for (let i84 = 0; i84 < a73.length; i84++) {
        const e84 = a73[i84];
        path.tokens[path.depth++] = 'labels';
        path.tokens[path.depth++] = i84;
        issues = checkTag(e84, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'taints'), 'array', f2);
    } else {
      const a74: readonly unknown[] = f2;
      for (let i85 = 0; i85 < a74.length; i85++) {
        const e85 = a74[i85];
        path.tokens[path.depth++] = 'taints';
        path.tokens[path.depth++] = i85;
        issues = checkTaint(e85, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime_version'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'cpu_policy'), 'string', f5);
    } else {
      if (!(f5 === 'static' || f5 === 'none')) {
        issues = report(issues, at(path, 'cpu_policy'), 'enum', 'must be one of "static", "none"');
      }
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'unschedulable'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'user_data'), 'string', f7);
    } else {
      if (!isBase64(f7)) {
        issues = report(issues, at(path, 'user_data'), 'format', 'must be a valid base64 string (RFC 4648, padded)');
      }
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cms_enabled'), 'boolean', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'string') {
      issues = mistyped(issues, at(path, 'pre_user_data'), 'string', f9);
    } else {
      if (!isBase64(f9)) {
        issues = report(
          issues,
          at(path, 'pre_user_data'),
          'format',
          'must be a valid base64 string (RFC 4648, padded)',
        );
      }
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'node_name_mode'), 'string', f10);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyKubernetesConfig');
  return issues;
}

function checkModifyClusterNodePoolBodyManagement(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      case 'auto_repair':
        f2 = o['auto_repair'];
        break;
      case 'auto_repair_policy':
        f3 = o['auto_repair_policy'];
        break;
      case 'auto_vul_fix':
        f4 = o['auto_vul_fix'];
        break;
      case 'auto_vul_fix_policy':
        f5 = o['auto_vul_fix_policy'];
        break;
      case 'auto_upgrade':
        f6 = o['auto_upgrade'];
        break;
      case 'auto_upgrade_policy':
        f7 = o['auto_upgrade_policy'];
        break;
      case 'upgrade_config':
        f8 = o['upgrade_config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_repair'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'auto_repair_policy';
    issues = checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(f3, issues, path);
    path.depth--;
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_vul_fix'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    path.tokens[path.depth++] = 'auto_vul_fix_policy';
    issues = checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(f5, issues, path);
    path.depth--;
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    path.tokens[path.depth++] = 'auto_upgrade_policy';
    issues = checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(f7, issues, path);
    path.depth--;
  }

  if (f8 !== undefined) {
    path.tokens[path.depth++] = 'upgrade_config';
    issues = checkModifyClusterNodePoolBodyManagementUpgradeConfig(f8, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyManagement');
  return issues;
}

function checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'restart_node':
        f1 = o['restart_node'];
        break;
      case 'approval_required':
        f2 = o['approval_required'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'restart_node'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'approval_required'), 'boolean', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyManagementAutoRepairPolicy');
  return issues;
}

function checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'auto_upgrade_kubelet':
        f1 = o['auto_upgrade_kubelet'];
        break;
      case 'auto_upgrade_runtime':
        f2 = o['auto_upgrade_runtime'];
        break;
      case 'auto_upgrade_os':
        f3 = o['auto_upgrade_os'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade_kubelet'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade_runtime'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade_os'), 'boolean', f3);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyManagementAutoUpgradePolicy');
  return issues;
}

function checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'restart_node':
        f1 = o['restart_node'];
        break;
      case 'vul_level':
        f2 = o['vul_level'];
        break;
      case 'exclude_packages':
        f3 = o['exclude_packages'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'restart_node'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'vul_level'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'exclude_packages'), 'string', f3);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyManagementAutoVulFixPolicy');
  return issues;
}

function checkModifyClusterNodePoolBodyManagementUpgradeConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'auto_upgrade':
        f1 = o['auto_upgrade'];
        break;
      case 'surge':
        f2 = o['surge'];
        break;
      case 'surge_percentage':
        f3 = o['surge_percentage'];
        break;
      case 'max_unavailable':
        f4 = o['max_unavailable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'surge'), 'integer', f2);
    } else {
      if (f2 < 0) {
        issues = report(issues, at(path, 'surge'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'surge_percentage'), 'integer', f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at(path, 'surge_percentage'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'max_unavailable'), 'integer', f4);
    } else {
      if (f4 < 1) {
        issues = report(issues, at(path, 'max_unavailable'), 'minimum', 'must be greater than or equal to 1');
      }

      if (f4 > 1000) {
        issues = report(issues, at(path, 'max_unavailable'), 'maximum', 'must be less than or equal to 1000');
      }
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyManagementUpgradeConfig');
  return issues;
}

function checkModifyClusterNodePoolBodyNodePoolInfo(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'resource_group_id':
        f2 = o['resource_group_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at(path, 'name'), 'min_length', 'must be at least 1 character long');
      }

      if (f1.length > 63 && codePointLength(f1) > 63) {
        issues = report(issues, at(path, 'name'), 'max_length', 'must be at most 63 characters long');
      }

      if (!PATTERN1.test(f1)) {
        issues = report(issues, at(path, 'name'), 'pattern', 'must match the pattern ^[^-]');
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_group_id'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyNodePoolInfo');
  return issues;
}

function checkModifyClusterNodePoolBodyScalingGroup(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  let f20: unknown;
  let f21: unknown;
  let f22: unknown;
  let f23: unknown;
  let f24: unknown;
  let f25: unknown;
  let f26: unknown;
  let f27: unknown;
  let f28: unknown;
  let f29: unknown;
  let f30: unknown;
  let f31: unknown;
  let f32: unknown;
  let f33: unknown;
  let f34: unknown;
  let f35: unknown;
  let f36: unknown;
  let f37: unknown;
  let f38: unknown;
  let f39: unknown;
  let f40: unknown;
  let f41: unknown;
  let f42: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'vswitch_ids':
        f1 = o['vswitch_ids'];
        break;
      case 'instance_types':
        f2 = o['instance_types'];
        break;
      case 'instance_charge_type':
        f3 = o['instance_charge_type'];
        break;
      case 'period':
        f4 = o['period'];
        break;
      case 'period_unit':
        f5 = o['period_unit'];
        break;
      case 'auto_renew':
        f6 = o['auto_renew'];
        break;
      case 'auto_renew_period':
        f7 = o['auto_renew_period'];
        break;
      case 'spot_strategy':
        f8 = o['spot_strategy'];
        break;
      case 'spot_price_limit':
        f9 = o['spot_price_limit'];
        break;
      case 'image_type':
        f10 = o['image_type'];
        break;
      case 'image_id':
        f11 = o['image_id'];
        break;
      case 'system_disk_category':
        f12 = o['system_disk_category'];
        break;
      case 'system_disk_categories':
        f13 = o['system_disk_categories'];
        break;
      case 'system_disk_size':
        f14 = o['system_disk_size'];
        break;
      case 'system_disk_performance_level':
        f15 = o['system_disk_performance_level'];
        break;
      case 'system_disk_encrypted':
        f16 = o['system_disk_encrypted'];
        break;
      case 'system_disk_kms_key_id':
        f17 = o['system_disk_kms_key_id'];
        break;
      case 'system_disk_encrypt_algorithm':
        f18 = o['system_disk_encrypt_algorithm'];
        break;
      case 'system_disk_provisioned_iops':
        f19 = o['system_disk_provisioned_iops'];
        break;
      case 'system_disk_bursting_enabled':
        f20 = o['system_disk_bursting_enabled'];
        break;
      case 'data_disks':
        f21 = o['data_disks'];
        break;
      case 'key_pair':
        f22 = o['key_pair'];
        break;
      case 'login_password':
        f23 = o['login_password'];
        break;
      case 'internet_charge_type':
        f24 = o['internet_charge_type'];
        break;
      case 'internet_max_bandwidth_out':
        f25 = o['internet_max_bandwidth_out'];
        break;
      case 'tags':
        f26 = o['tags'];
        break;
      case 'desired_size':
        f27 = o['desired_size'];
        break;
      case 'multi_az_policy':
        f28 = o['multi_az_policy'];
        break;
      case 'scaling_policy':
        f29 = o['scaling_policy'];
        break;
      case 'on_demand_base_capacity':
        f30 = o['on_demand_base_capacity'];
        break;
      case 'on_demand_percentage_above_base_capacity':
        f31 = o['on_demand_percentage_above_base_capacity'];
        break;
      case 'spot_instance_pools':
        f32 = o['spot_instance_pools'];
        break;
      case 'spot_instance_remedy':
        f33 = o['spot_instance_remedy'];
        break;
      case 'compensate_with_on_demand':
        f34 = o['compensate_with_on_demand'];
        break;
      case 'rds_instances':
        f35 = o['rds_instances'];
        break;
      case 'private_pool_options':
        f36 = o['private_pool_options'];
        break;
      case 'platform':
        f37 = o['platform'];
        break;
      case 'instance_patterns':
        f38 = o['instance_patterns'];
        break;
      case 'deploymentset_id':
        f39 = o['deploymentset_id'];
        break;
      case 'security_group_ids':
        f40 = o['security_group_ids'];
        break;
      case 'resource_pool_options':
        f41 = o['resource_pool_options'];
        break;
      case 'system_disk_snapshot_policy_id':
        f42 = o['system_disk_snapshot_policy_id'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'vswitch_ids'), 'array', f1);
    } else {
      const a75: readonly unknown[] = f1;
      if (a75.length < 1) {
        issues = report(issues, at(path, 'vswitch_ids'), 'min_items', 'must have at least 1 item');
      }

      if (a75.length > 20) {
        issues = report(issues, at(path, 'vswitch_ids'), 'max_items', 'must have at most 20 items');
      }

      for (let i86 = 0; i86 < a75.length; i86++) {
        const e86 = a75[i86];
        if (typeof e86 !== 'string') {
          issues = mistyped(issues, at(path, 'vswitch_ids', i86), 'string', e86);
        }
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'instance_types'), 'array', f2);
    } else {
      const a76: readonly unknown[] = f2;
      if (a76.length < 1) {
        issues = report(issues, at(path, 'instance_types'), 'min_items', 'must have at least 1 item');
      }

      for (let i87 = 0; i87 < a76.length; i87++) {
        const e87 = a76[i87];
        if (typeof e87 !== 'string') {
          issues = mistyped(issues, at(path, 'instance_types', i87), 'string', e87);
        }
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_charge_type'), 'string', f3);
    } else {
      if (!(f3 === 'PrePaid' || f3 === 'PostPaid')) {
        issues = report(issues, at(path, 'instance_charge_type'), 'enum', 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'period'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'period_unit'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_renew'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'auto_renew_period'), 'integer', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'spot_strategy'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at(path, 'spot_price_limit'), 'array', f9);
    } else {
      const a77: readonly unknown[] = f9;
      for (let i88 = 0; i88 < a77.length; i88++) {
        const e88 = a77[i88];
        path.tokens[path.depth++] = 'spot_price_limit';
        path.tokens[path.depth++] = i88;
        issues = checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(e88, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'image_type'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at(path, 'image_id'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_category'), 'string', f12);
    }
  }

  if (f13 !== undefined) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, 'system_disk_categories'), 'array', f13);
    } else {
      const a78: readonly unknown[] = f13;
      if (a78.length > 10) {
        issues = report(issues, at(path, 'system_disk_categories'), 'max_items', 'must have at most 10 items');
      }

      for (let i89 = 0; i89 < a78.length; i89++) {
        const e89 = a78[i89];
        if (typeof e89 !== 'string') {
          issues = mistyped(issues, at(path, 'system_disk_categories', i89), 'string', e89);
        }
      }
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'number' || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at(path, 'system_disk_size'), 'integer', f14);
    } else {
      if (f14 < 20) {
        issues = report(issues, at(path, 'system_disk_size'), 'minimum', 'must be greater than or equal to 20');
      }

      if (f14 > 2048) {
        issues = report(issues, at(path, 'system_disk_size'), 'maximum', 'must be less than or equal to 2048');
      }
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_performance_level'), 'string', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'boolean') {
      issues = mistyped(issues, at(path, 'system_disk_encrypted'), 'boolean', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_kms_key_id'), 'string', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_encrypt_algorithm'), 'string', f18);
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'number' || !Number.isSafeInteger(f19)) {
      issues = mistyped(issues, at(path, 'system_disk_provisioned_iops'), 'integer', f19);
    } else {
      if (f19 < 0) {
        issues = report(
          issues,
          at(path, 'system_disk_provisioned_iops'),
          'minimum',
          'must be greater than or equal to 0',
        );
      }
    }
  }

  if (f20 !== undefined) {
    if (typeof f20 !== 'boolean') {
      issues = mistyped(issues, at(path, 'system_disk_bursting_enabled'), 'boolean', f20);
    }
  }

  if (f21 !== undefined) {
    if (!Array.isArray(f21)) {
      issues = mistyped(issues, at(path, 'data_disks'), 'array', f21);
    } else {
      const a79: readonly unknown[] = f21;
      if (a79.length > 10) {
        issues = report(issues, at(path, 'data_disks'), 'max_items', 'must have at most 10 items');
      }

      for (let i90 = 0; i90 < a79.length; i90++) {
        const e90 = a79[i90];
        path.tokens[path.depth++] = 'data_disks';
        path.tokens[path.depth++] = i90;
        issues = checkDataDisk(e90, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f22 !== undefined) {
    if (typeof f22 !== 'string') {
      issues = mistyped(issues, at(path, 'key_pair'), 'string', f22);
    }
  }

  if (f23 !== undefined) {
    if (typeof f23 !== 'string') {
      issues = mistyped(issues, at(path, 'login_password'), 'string', f23);
    } else {
      if (f23.length > 30 && codePointLength(f23) > 30) {
        issues = report(issues, at(path, 'login_password'), 'max_length', 'must be at most 30 characters long');
      }
    }
  }

  if (f24 !== undefined) {
    if (typeof f24 !== 'string') {
      issues = mistyped(issues, at(path, 'internet_charge_type'), 'string', f24);
    }
  }

  if (f25 !== undefined) {
    if (typeof f25 !== 'number' || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at(path, 'internet_max_bandwidth_out'), 'integer', f25);
    } else {
      if (f25 < 1) {
        issues = report(
          issues,
          at(path, 'internet_max_bandwidth_out'),
          'minimum',
          'must be greater than or equal to 1',
        );
      }

      if (f25 > 100) {
        issues = report(issues, at(path, 'internet_max_bandwidth_out'), 'maximum', 'must be less than or equal to 100');
      }
    }
  }

  if (f26 !== undefined) {
    if (!Array.isArray(f26)) {
      issues = mistyped(issues, at(path, 'tags'), 'array', f26);
    } else {
      const a80: readonly unknown[] = f26;
      for (let i91 = 0; i91 < a80.length; i91++) {
        const e91 = a80[i91];
        path.tokens[path.depth++] = 'tags';
        path.tokens[path.depth++] = i91;
        issues = checkTag(e91, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f27 !== undefined) {
    if (typeof f27 !== 'number' || !Number.isSafeInteger(f27)) {
      issues = mistyped(issues, at(path, 'desired_size'), 'integer', f27);
    } else {
      if (f27 < 0) {
        issues = report(issues, at(path, 'desired_size'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f28 !== undefined) {
    if (typeof f28 !== 'string') {
      issues = mistyped(issues, at(path, 'multi_az_policy'), 'string', f28);
    }
  }

  if (f29 !== undefined) {
    if (typeof f29 !== 'string') {
      issues = mistyped(issues, at(path, 'scaling_policy'), 'string', f29);
    }
  }

  if (f30 !== undefined) {
    if (typeof f30 !== 'number' || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at(path, 'on_demand_base_capacity'), 'integer', f30);
    } else {
      if (f30 < 0) {
        issues = report(issues, at(path, 'on_demand_base_capacity'), 'minimum', 'must be greater than or equal to 0');
      }

      if (f30 > 1000) {
        issues = report(issues, at(path, 'on_demand_base_capacity'), 'maximum', 'must be less than or equal to 1000');
      }
    }
  }

  if (f31 !== undefined) {
    if (typeof f31 !== 'number' || !Number.isSafeInteger(f31)) {
      issues = mistyped(issues, at(path, 'on_demand_percentage_above_base_capacity'), 'integer', f31);
    } else {
      if (f31 < 0) {
        issues = report(
          issues,
          at(path, 'on_demand_percentage_above_base_capacity'),
          'minimum',
          'must be greater than or equal to 0',
        );
      }

      if (f31 > 100) {
        issues = report(
          issues,
          at(path, 'on_demand_percentage_above_base_capacity'),
          'maximum',
          'must be less than or equal to 100',
        );
      }
    }
  }

  if (f32 !== undefined) {
    if (typeof f32 !== 'number' || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at(path, 'spot_instance_pools'), 'integer', f32);
    } else {
      if (f32 < 1) {
        issues = report(issues, at(path, 'spot_instance_pools'), 'minimum', 'must be greater than or equal to 1');
      }

      if (f32 > 10) {
        issues = report(issues, at(path, 'spot_instance_pools'), 'maximum', 'must be less than or equal to 10');
      }
    }
  }

  if (f33 !== undefined) {
    if (typeof f33 !== 'boolean') {
      issues = mistyped(issues, at(path, 'spot_instance_remedy'), 'boolean', f33);
    }
  }

  if (f34 !== undefined) {
    if (typeof f34 !== 'boolean') {
      issues = mistyped(issues, at(path, 'compensate_with_on_demand'), 'boolean', f34);
    }
  }

  if (f35 !== undefined) {
    if (!Array.isArray(f35)) {
      issues = mistyped(issues, at(path, 'rds_instances'), 'array', f35);
    } else {
      const a81: readonly unknown[] = f35;
      for (let i92 = 0; i92 < a81.length; i92++) {
        const e92 = a81[i92];
        if (typeof e92 !== 'string') {
          issues = mistyped(issues, at(path, 'rds_instances', i92), 'string', e92);
        }
      }
    }
  }

  if (f36 !== undefined) {
    path.tokens[path.depth++] = 'private_pool_options';
    issues = checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions(f36, issues, path);
    path.depth--;
  }

  if (f37 !== undefined) {
    if (typeof f37 !== 'string') {
      issues = mistyped(issues, at(path, 'platform'), 'string', f37);
    }
  }

  if (f38 !== undefined) {
    if (!Array.isArray(f38)) {
      issues = mistyped(issues, at(path, 'instance_patterns'), 'array', f38);
    } else {
      const a82: readonly unknown[] = f38;
      for (let i93 = 0; i93 < a82.length; i93++) {
        const e93 = a82[i93];
        path.tokens[path.depth++] = 'instance_patterns';
        path.tokens[path.depth++] = i93;
        issues = checkInstancePatterns(e93, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f39 !== undefined) {
    if (typeof f39 !== 'string') {
      issues = mistyped(issues, at(path, 'deploymentset_id'), 'string', f39);
    }
  }

  if (f40 !== undefined) {
    if (!Array.isArray(f40)) {
      issues = mistyped(issues, at(path, 'security_group_ids'), 'array', f40);
    } else {
      const a83: readonly unknown[] = f40;
      for (let i94 = 0; i94 < a83.length; i94++) {
        const e94 = a83[i94];
        if (typeof e94 !== 'string') {
          issues = mistyped(issues, at(path, 'security_group_ids', i94), 'string', e94);
        }
      }
    }
  }

  if (f41 !== undefined) {
    path.tokens[path.depth++] = 'resource_pool_options';
    issues = checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(f41, issues, path);
    path.depth--;
  }

  if (f42 !== undefined) {
    if (typeof f42 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_snapshot_policy_id'), 'string', f42);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyScalingGroup');
  if (f3 === 'PrePaid') {
    if (f4 === undefined) {
      issues = report(
        issues,
        at(path, 'period'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid"',
      );
    }
  }

  if (f3 === 'PrePaid' && f6 === true) {
    if (f7 === undefined) {
      issues = report(
        issues,
        at(path, 'auto_renew_period'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid" and auto_renew is true',
      );
    }
  }

  return issues;
}

function checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions(
  value: unknown,
  issues: Issues,
  path: Path,
): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'id':
        f1 = o['id'];
        break;
      case 'match_criteria':
        f2 = o['match_criteria'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'match_criteria'), 'string', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions');
  return issues;
}

function checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(
  value: unknown,
  issues: Issues,
  path: Path,
): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'strategy':
        f1 = o['strategy'];
        break;
      case 'private_pool_ids':
        f2 = o['private_pool_ids'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'strategy'), 'string', f1);
    } else {
      if (!(f1 === 'PrivatePoolFirst' || f1 === 'PrivatePoolOnly' || f1 === 'None')) {
        issues = report(
          issues,
          at(path, 'strategy'),
          'enum',
          'must be one of "PrivatePoolFirst", "PrivatePoolOnly", "None"',
        );
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'private_pool_ids'), 'array', f2);
    } else {
      const a84: readonly unknown[] = f2;
      for (let i95 = 0; i95 < a84.length; i95++) {
        const e95 = a84[i95];
        if (typeof e95 !== 'string') {
          issues = mistyped(issues, at(path, 'private_pool_ids', i95), 'string', e95);
        }
      }
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyScalingGroupResourcePoolOptions');
  return issues;
}

function checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(
  value: unknown,
  issues: Issues,
  path: Path,
): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'instance_type':
        f1 = o['instance_type'];
        break;
      case 'price_limit':
        f2 = o['price_limit'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'price_limit'), 'string', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem');
  return issues;
}

function checkModifyClusterNodePoolBodyTeeConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'tee_enable':
        f1 = o['tee_enable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'tee_enable'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyClusterNodePoolBodyTeeConfig');
  return issues;
}

function checkModifyClusterTagsBody(value: unknown, issues: Issues, path: Path): Issues {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), 'array', value);
  } else {
    const a85: readonly unknown[] = value;
    for (let i96 = 0; i96 < a85.length; i96++) {
      const e96 = a85[i96];
      path.tokens[path.depth++] = i96;
      issues = checkTag(e96, issues, path);
      path.depth--;
    }
  }

  return issues;
}

function checkModifyNodePoolNodeConfigBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'kubelet_config':
        f1 = o['kubelet_config'];
        break;
      case 'rolling_policy':
        f2 = o['rolling_policy'];
        break;
      case 'os_config':
        f3 = o['os_config'];
        break;
      case 'containerd_config':
        f4 = o['containerd_config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    path.tokens[path.depth++] = 'kubelet_config';
    issues = checkKubeletConfig(f1, issues, path);
    path.depth--;
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'rolling_policy';
    issues = checkModifyNodePoolNodeConfigBodyRollingPolicy(f2, issues, path);
    path.depth--;
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'os_config';
    issues = checkModifyNodePoolNodeConfigBodyOsConfig(f3, issues, path);
    path.depth--;
  }

  if (f4 !== undefined) {
    path.tokens[path.depth++] = 'containerd_config';
    issues = checkContainerdConfig(f4, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyNodePoolNodeConfigBody');
  return issues;
}

function checkModifyNodePoolNodeConfigBodyOsConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'sysctl':
        f1 = o['sysctl'];
        break;
      case 'hugepage':
        f2 = o['hugepage'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'object' || f1 === null || Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'sysctl'), 'object', f1);
    }
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'hugepage';
    issues = checkHugepage(f2, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyNodePoolNodeConfigBodyOsConfig');
  return issues;
}

function checkModifyNodePoolNodeConfigBodyRollingPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'max_parallelism':
        f1 = o['max_parallelism'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'number' || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, 'max_parallelism'), 'integer', f1);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, path, others, 'ModifyNodePoolNodeConfigBodyRollingPolicy');
  return issues;
}

function checkModifyPolicyInstanceBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'action':
        f1 = o['action'];
        break;
      case 'instance_name':
        f2 = o['instance_name'];
        break;
      case 'namespaces':
        f3 = o['namespaces'];
        break;
      case 'parameters':
        f4 = o['parameters'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'action'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_name'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'namespaces'), 'array', f3);
    } else {
      const a86: readonly unknown[] = f3;
      for (let i98 = 0; i98 < a86.length; i98++) {
        const e98 = a86[i98];
        if (typeof e98 !== 'string') {
          issues = mistyped(issues, at(path, 'namespaces', i98), 'string', e98);
        }
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'object' || f4 === null || Array.isArray(f4)) {
      issues = mistyped(issues, at(path, 'parameters'), 'object', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ModifyPolicyInstanceBody');
  return issues;
}

function checkNodePool(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'auto_scaling':
        f1 = o['auto_scaling'];
        break;
      case 'kubernetes_config':
        f2 = o['kubernetes_config'];
        break;
      case 'nodepool_info':
        f3 = o['nodepool_info'];
        break;
      case 'scaling_group':
        f4 = o['scaling_group'];
        break;
      case 'tee_config':
        f5 = o['tee_config'];
        break;
      case 'management':
        f6 = o['management'];
        break;
      case 'count':
        f7 = o['count'];
        break;
      case 'interconnect_mode':
        f8 = o['interconnect_mode'];
        break;
      case 'interconnect_config':
        f9 = o['interconnect_config'];
        break;
      case 'max_nodes':
        f10 = o['max_nodes'];
        break;
      case 'node_config':
        f11 = o['node_config'];
        break;
      case 'node_components':
        f12 = o['node_components'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    path.tokens[path.depth++] = 'auto_scaling';
    issues = checkNodePoolAutoScaling(f1, issues, path);
    path.depth--;
  }

  if (f2 !== undefined) {
    path.tokens[path.depth++] = 'kubernetes_config';
    issues = checkNodePoolKubernetesConfig(f2, issues, path);
    path.depth--;
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'nodepool_info';
    issues = checkNodePoolNodePoolInfo(f3, issues, path);
    path.depth--;
  }

  if (f4 !== undefined) {
    path.tokens[path.depth++] = 'scaling_group';
    issues = checkNodePoolScalingGroup(f4, issues, path);
    path.depth--;
  }

  if (f5 !== undefined) {
    path.tokens[path.depth++] = 'tee_config';
    issues = checkNodePoolTeeConfig(f5, issues, path);
    path.depth--;
  }

  if (f6 !== undefined) {
    path.tokens[path.depth++] = 'management';
    issues = checkNodePoolManagement(f6, issues, path);
    path.depth--;
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'count'), 'integer', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'interconnect_mode'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    path.tokens[path.depth++] = 'interconnect_config';
    issues = checkNodePoolInterconnectConfig(f9, issues, path);
    path.depth--;
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'number' || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at(path, 'max_nodes'), 'integer', f10);
    }
  }

  if (f11 !== undefined) {
    path.tokens[path.depth++] = 'node_config';
    issues = checkNodePoolNodeConfig(f11, issues, path);
    path.depth--;
  }

  if (f12 !== undefined) {
    if (!Array.isArray(f12)) {
      issues = mistyped(issues, at(path, 'node_components'), 'array', f12);
    } else {
      const a87: readonly unknown[] = f12;
      for (let i100 = 0; i100 < a87.length; i100++) {
        const e100 = a87[i100];
        path.tokens[path.depth++] = 'node_components';
        path.tokens[path.depth++] = i100;
        issues = checkNodePoolNodeComponentsItem(e100, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePool');
  return issues;
}

function checkNodePoolAutoScaling(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      case 'max_instances':
        f2 = o['max_instances'];
        break;
      case 'min_instances':
        f3 = o['min_instances'];
        break;
      case 'type':
        f4 = o['type'];
        break;
      case 'is_bond_eip':
        f5 = o['is_bond_eip'];
        break;
      case 'eip_internet_charge_type':
        f6 = o['eip_internet_charge_type'];
        break;
      case 'eip_bandwidth':
        f7 = o['eip_bandwidth'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'enable'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'max_instances'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'max_instances'), 'integer', f2);
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'min_instances'), 'required', 'is required');
  } else {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'min_instances'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_bond_eip'), 'boolean', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'eip_internet_charge_type'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, 'eip_bandwidth'), 'integer', f7);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolAutoScaling');
  return issues;
}

function checkNodePoolInterconnectConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cen_id':
        f1 = o['cen_id'];
        break;
      case 'ccn_id':
        f2 = o['ccn_id'];
        break;
      case 'ccn_region_id':
        f3 = o['ccn_region_id'];
        break;
      case 'bandwidth':
        f4 = o['bandwidth'];
        break;
      case 'improved_period':
        f5 = o['improved_period'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cen_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'ccn_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'ccn_region_id'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'bandwidth'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'improved_period'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolInterconnectConfig');
  return issues;
}

function checkNodePoolKubernetesConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cms_enabled':
        f1 = o['cms_enabled'];
        break;
      case 'cpu_policy':
        f2 = o['cpu_policy'];
        break;
      case 'labels':
        f3 = o['labels'];
        break;
      case 'runtime':
        f4 = o['runtime'];
        break;
      case 'runtime_version':
        f5 = o['runtime_version'];
        break;
      case 'taints':
        f6 = o['taints'];
        break;
      case 'user_data':
        f7 = o['user_data'];
        break;
      case 'node_name_mode':
        f8 = o['node_name_mode'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cms_enabled'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'cpu_policy'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'labels'), 'array', f3);
    } else {
      const a88: readonly unknown[] = f3;
      for (let i101 = 0; i101 < a88.length; i101++) {
        const e101 = a88[i101];
        path.tokens[path.depth++] = 'labels';
        path.tokens[path.depth++] = i101;
        issues = checkTag(e101, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f4 === undefined) {
    issues = report(issues, at(path, 'runtime'), 'required', 'is required');
  } else {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime'), 'string', f4);
    }
  }

  if (f5 === undefined) {
    issues = report(issues, at(path, 'runtime_version'), 'required', 'is required');
  } else {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime_version'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, 'taints'), 'array', f6);
    } else {
      const a89: readonly unknown[] = f6;
      for (let i102 = 0; i102 < a89.length; i102++) {
        const e102 = a89[i102];
        path.tokens[path.depth++] = 'taints';
        path.tokens[path.depth++] = i102;
        issues = checkTaint(e102, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'user_data'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'node_name_mode'), 'string', f8);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolKubernetesConfig');
  return issues;
}

function checkNodePoolManagement(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enable':
        f1 = o['enable'];
        break;
      case 'auto_repair':
        f2 = o['auto_repair'];
        break;
      case 'upgrade_config':
        f3 = o['upgrade_config'];
        break;
      case 'auto_repair_policy':
        f4 = o['auto_repair_policy'];
        break;
      case 'auto_vul_fix':
        f5 = o['auto_vul_fix'];
        break;
      case 'auto_vul_fix_policy':
        f6 = o['auto_vul_fix_policy'];
        break;
      case 'auto_upgrade':
        f7 = o['auto_upgrade'];
        break;
      case 'auto_upgrade_policy':
        f8 = o['auto_upgrade_policy'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_repair'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'upgrade_config';
    issues = checkNodePoolManagementUpgradeConfig(f3, issues, path);
    path.depth--;
  }

  if (f4 !== undefined) {
    path.tokens[path.depth++] = 'auto_repair_policy';
    issues = checkNodePoolManagementAutoRepairPolicy(f4, issues, path);
    path.depth--;
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_vul_fix'), 'boolean', f5);
    }
  }

  if (f6 !== undefined) {
    path.tokens[path.depth++] = 'auto_vul_fix_policy';
    issues = checkNodePoolManagementAutoVulFixPolicy(f6, issues, path);
    path.depth--;
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade'), 'boolean', f7);
    }
  }

  if (f8 !== undefined) {
    path.tokens[path.depth++] = 'auto_upgrade_policy';
    issues = checkNodePoolManagementAutoUpgradePolicy(f8, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolManagement');
  return issues;
}

function checkNodePoolManagementAutoRepairPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'restart_node':
        f1 = o['restart_node'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'restart_node'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolManagementAutoRepairPolicy');
  return issues;
}

function checkNodePoolManagementAutoUpgradePolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'auto_upgrade_kubelet':
        f1 = o['auto_upgrade_kubelet'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade_kubelet'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolManagementAutoUpgradePolicy');
  return issues;
}

function checkNodePoolManagementAutoVulFixPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'restart_node':
        f1 = o['restart_node'];
        break;
      case 'vul_level':
        f2 = o['vul_level'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'restart_node'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'vul_level'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolManagementAutoVulFixPolicy');
  return issues;
}

function checkNodePoolManagementUpgradeConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'auto_upgrade':
        f1 = o['auto_upgrade'];
        break;
      case 'surge':
        f2 = o['surge'];
        break;
      case 'surge_percentage':
        f3 = o['surge_percentage'];
        break;
      case 'max_unavailable':
        f4 = o['max_unavailable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_upgrade'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'surge'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'surge_percentage'), 'integer', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, 'max_unavailable'), 'integer', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolManagementUpgradeConfig');
  return issues;
}

function checkNodePoolNodeComponentsItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'version':
        f2 = o['version'];
        break;
      case 'config':
        f3 = o['config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    path.tokens[path.depth++] = 'config';
    issues = checkNodePoolNodeComponentsItemConfig(f3, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolNodeComponentsItem');
  return issues;
}

function checkNodePoolNodeComponentsItemConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'custom_config':
        f1 = o['custom_config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'object' || f1 === null || Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'custom_config'), 'object', f1);
    } else {
      const m14 = f1 as Record<string, unknown>;
      const k14 = Object.keys(m14);
      for (let i103 = 0; i103 < k14.length; i103++) {
        const key14 = k14[i103] as string;
        const e103 = m14[key14];
        if (typeof e103 !== 'string') {
          issues = mistyped(issues, at(path, 'custom_config', key14), 'string', e103);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolNodeComponentsItemConfig');
  return issues;
}

function checkNodePoolNodeConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'kubelet_configuration':
        f1 = o['kubelet_configuration'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    path.tokens[path.depth++] = 'kubelet_configuration';
    issues = checkKubeletConfig(f1, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolNodeConfig');
  return issues;
}

function checkNodePoolNodePoolInfo(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'resource_group_id':
        f2 = o['resource_group_id'];
        break;
      case 'type':
        f3 = o['type'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'name'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_group_id'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolNodePoolInfo');
  return issues;
}

function checkNodePoolScalingGroup(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  let f20: unknown;
  let f21: unknown;
  let f22: unknown;
  let f23: unknown;
  let f24: unknown;
  let f25: unknown;
  let f26: unknown;
  let f27: unknown;
  let f28: unknown;
  let f29: unknown;
  let f30: unknown;
  let f31: unknown;
  let f32: unknown;
  let f33: unknown;
  let f34: unknown;
  let f35: unknown;
  let f36: unknown;
  let f37: unknown;
  let f38: unknown;
  let f39: unknown;
  let f40: unknown;
  let f41: unknown;
  let f42: unknown;
  let f43: unknown;
  let f44: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'auto_renew':
        f1 = o['auto_renew'];
        break;
      case 'auto_renew_period':
        f2 = o['auto_renew_period'];
        break;
      case 'data_disks':
        f3 = o['data_disks'];
        break;
      case 'image_id':
        f4 = o['image_id'];
        break;
      case 'instance_charge_type':
        f5 = o['instance_charge_type'];
        break;
      case 'instance_types':
        f6 = o['instance_types'];
        break;
      case 'key_pair':
        f7 = o['key_pair'];
        break;
      case 'login_password':
        f8 = o['login_password'];
        break;
      case 'login_as_non_root':
        f9 = o['login_as_non_root'];
        break;
      case 'period':
        f10 = o['period'];
        break;
      case 'period_unit':
        f11 = o['period_unit'];
        break;
      case 'platform':
        f12 = o['platform'];
        break;
      case 'rds_instances':
        f13 = o['rds_instances'];
        break;
      case 'spot_strategy':
        f14 = o['spot_strategy'];
        break;
      case 'spot_price_limit':
        f15 = o['spot_price_limit'];
        break;
      case 'scaling_policy':
        f16 = o['scaling_policy'];
        break;
      case 'security_group_id':
        f17 = o['security_group_id'];
        break;
      case 'security_group_ids':
        f18 = o['security_group_ids'];
        break;
      case 'system_disk_category':
        f19 = o['system_disk_category'];
        break;
      case 'system_disk_categories':
        f20 = o['system_disk_categories'];
        break;
      case 'system_disk_size':
        f21 = o['system_disk_size'];
        break;
      case 'system_disk_performance_level':
        f22 = o['system_disk_performance_level'];
        break;
      case 'system_disk_encrypted':
        f23 = o['system_disk_encrypted'];
        break;
      case 'system_disk_kms_key_id':
        f24 = o['system_disk_kms_key_id'];
        break;
      case 'system_disk_encrypt_algorithm':
        f25 = o['system_disk_encrypt_algorithm'];
        break;
      case 'system_disk_provisioned_iops':
        f26 = o['system_disk_provisioned_iops'];
        break;
      case 'system_disk_bursting_enabled':
        f27 = o['system_disk_bursting_enabled'];
        break;
      case 'tags':
        f28 = o['tags'];
        break;
      case 'vswitch_ids':
        f29 = o['vswitch_ids'];
        break;
      case 'multi_az_policy':
        f30 = o['multi_az_policy'];
        break;
      case 'on_demand_base_capacity':
        f31 = o['on_demand_base_capacity'];
        break;
      case 'on_demand_percentage_above_base_capacity':
        f32 = o['on_demand_percentage_above_base_capacity'];
        break;
      case 'spot_instance_pools':
        f33 = o['spot_instance_pools'];
        break;
      case 'spot_instance_remedy':
        f34 = o['spot_instance_remedy'];
        break;
      case 'compensate_with_on_demand':
        f35 = o['compensate_with_on_demand'];
        break;
      case 'internet_charge_type':
        f36 = o['internet_charge_type'];
        break;
      case 'internet_max_bandwidth_out':
        f37 = o['internet_max_bandwidth_out'];
        break;
      case 'image_type':
        f38 = o['image_type'];
        break;
      case 'deploymentset_id':
        f39 = o['deploymentset_id'];
        break;
      case 'desired_size':
        f40 = o['desired_size'];
        break;
      case 'private_pool_options':
        f41 = o['private_pool_options'];
        break;
      case 'ram_role_name':
        f42 = o['ram_role_name'];
        break;
      case 'instance_metadata_options':
        f43 = o['instance_metadata_options'];
        break;
      case 'resource_pool_options':
        f44 = o['resource_pool_options'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_renew'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'auto_renew_period'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'data_disks'), 'array', f3);
    } else {
      const a90: readonly unknown[] = f3;
      for (let i104 = 0; i104 < a90.length; i104++) {
        const e104 = a90[i104];
        path.tokens[path.depth++] = 'data_disks';
        path.tokens[path.depth++] = i104;
        issues = checkDataDisk(e104, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'image_id'), 'string', f4);
    }
  }

  if (f5 === undefined) {
    issues = report(issues, at(path, 'instance_charge_type'), 'required', 'is required');
  } else {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_charge_type'), 'string', f5);
    }
  }

  if (f6 === undefined) {
    issues = report(issues, at(path, 'instance_types'), 'required', 'is required');
  } else {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, 'instance_types'), 'array', f6);
    } else {
      const a91: readonly unknown[] = f6;
      for (let i105 = 0; i105 < a91.length; i105++) {
        const e105 = a91[i105];
        if (typeof e105 !== 'string') {
          issues = mistyped(issues, at(path, 'instance_types', i105), 'string', e105);
        }
      }
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'key_pair'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'login_password'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'boolean') {
      issues = mistyped(issues, at(path, 'login_as_non_root'), 'boolean', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'number' || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at(path, 'period'), 'integer', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at(path, 'period_unit'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'string') {
      issues = mistyped(issues, at(path, 'platform'), 'string', f12);
    }
  }

  if (f13 !== undefined) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, 'rds_instances'), 'array', f13);
    } else {
      const a92: readonly unknown[] = f13;
      for (let i106 = 0; i106 < a92.length; i106++) {
        const e106 = a92[i106];
        if (typeof e106 !== 'string') {
          issues = mistyped(issues, at(path, 'rds_instances', i106), 'string', e106);
        }
      }
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at(path, 'spot_strategy'), 'string', f14);
    }
  }

  if (f15 !== undefined) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at(path, 'spot_price_limit'), 'array', f15);
    } else {
      const a93: readonly unknown[] = f15;
      for (let i107 = 0; i107 < a93.length; i107++) {
        const e107 = a93[i107];
        path.tokens[path.depth++] = 'spot_price_limit';
        path.tokens[path.depth++] = i107;
        issues = checkNodePoolScalingGroupSpotPriceLimitItem(e107, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'string') {
      issues = mistyped(issues, at(path, 'scaling_policy'), 'string', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'string') {
      issues = mistyped(issues, at(path, 'security_group_id'), 'string', f17);
    }
  }

  if (f18 !== undefined) {
    if (!Array.isArray(f18)) {
      issues = mistyped(issues, at(path, 'security_group_ids'), 'array', f18);
    } else {
      const a94: readonly unknown[] = f18;
      for (let i108 = 0; i108 < a94.length; i108++) {
        const e108 = a94[i108];
        if (typeof e108 !== 'string') {
          issues = mistyped(issues, at(path, 'security_group_ids', i108), 'string', e108);
        }
      }
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_category'), 'string', f19);
    }
  }

  if (f20 !== undefined) {
    if (!Array.isArray(f20)) {
      issues = mistyped(issues, at(path, 'system_disk_categories'), 'array', f20);
    } else {
      const a95: readonly unknown[] = f20;
      if (a95.length > 10) {
        issues = report(issues, at(path, 'system_disk_categories'), 'max_items', 'must have at most 10 items');
      }

      for (let i109 = 0; i109 < a95.length; i109++) {
        const e109 = a95[i109];
        if (typeof e109 !== 'string') {
          issues = mistyped(issues, at(path, 'system_disk_categories', i109), 'string', e109);
        }
      }
    }
  }

  if (f21 !== undefined) {
    if (typeof f21 !== 'number' || !Number.isSafeInteger(f21)) {
      issues = mistyped(issues, at(path, 'system_disk_size'), 'integer', f21);
    }
  }

  if (f22 !== undefined) {
    if (typeof f22 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_performance_level'), 'string', f22);
    }
  }

  if (f23 !== undefined) {
    if (typeof f23 !== 'boolean') {
      issues = mistyped(issues, at(path, 'system_disk_encrypted'), 'boolean', f23);
    }
  }

  if (f24 !== undefined) {
    if (typeof f24 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_kms_key_id'), 'string', f24);
    }
  }

  if (f25 !== undefined) {
    if (typeof f25 !== 'string') {
      issues = mistyped(issues, at(path, 'system_disk_encrypt_algorithm'), 'string', f25);
    }
  }

  if (f26 !== undefined) {
    if (typeof f26 !== 'number' || !Number.isSafeInteger(f26)) {
      issues = mistyped(issues, at(path, 'system_disk_provisioned_iops'), 'integer', f26);
    }
  }

  if (f27 !== undefined) {
    if (typeof f27 !== 'boolean') {
      issues = mistyped(issues, at(path, 'system_disk_bursting_enabled'), 'boolean', f27);
    }
  }

  if (f28 !== undefined) {
    if (!Array.isArray(f28)) {
      issues = mistyped(issues, at(path, 'tags'), 'array', f28);
    } else {
      const a96: readonly unknown[] = f28;
      for (let i110 = 0; i110 < a96.length; i110++) {
        const e110 = a96[i110];
        path.tokens[path.depth++] = 'tags';
        path.tokens[path.depth++] = i110;
        issues = checkNodePoolScalingGroupTagsItem(e110, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (f29 === undefined) {
    issues = report(issues, at(path, 'vswitch_ids'), 'required', 'is required');
  } else {
    if (!Array.isArray(f29)) {
      issues = mistyped(issues, at(path, 'vswitch_ids'), 'array', f29);
    } else {
      const a97: readonly unknown[] = f29;
      for (let i111 = 0; i111 < a97.length; i111++) {
        const e111 = a97[i111];
        if (typeof e111 !== 'string') {
          issues = mistyped(issues, at(path, 'vswitch_ids', i111), 'string', e111);
        }
      }
    }
  }

  if (f30 !== undefined) {
    if (typeof f30 !== 'string') {
      issues = mistyped(issues, at(path, 'multi_az_policy'), 'string', f30);
    }
  }

  if (f31 !== undefined) {
    if (typeof f31 !== 'number' || !Number.isSafeInteger(f31)) {
      issues = mistyped(issues, at(path, 'on_demand_base_capacity'), 'integer', f31);
    }
  }

  if (f32 !== undefined) {
    if (typeof f32 !== 'number' || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at(path, 'on_demand_percentage_above_base_capacity'), 'integer', f32);
    }
  }

  if (f33 !== undefined) {
    if (typeof f33 !== 'number' || !Number.isSafeInteger(f33)) {
      issues = mistyped(issues, at(path, 'spot_instance_pools'), 'integer', f33);
    }
  }

  if (f34 !== undefined) {
    if (typeof f34 !== 'boolean') {
      issues = mistyped(issues, at(path, 'spot_instance_remedy'), 'boolean', f34);
    }
  }

  if (f35 !== undefined) {
    if (typeof f35 !== 'boolean') {
      issues = mistyped(issues, at(path, 'compensate_with_on_demand'), 'boolean', f35);
    }
  }

  if (f36 !== undefined) {
    if (typeof f36 !== 'string') {
      issues = mistyped(issues, at(path, 'internet_charge_type'), 'string', f36);
    }
  }

  if (f37 !== undefined) {
    if (typeof f37 !== 'number' || !Number.isSafeInteger(f37)) {
      issues = mistyped(issues, at(path, 'internet_max_bandwidth_out'), 'integer', f37);
    }
  }

  if (f38 !== undefined) {
    if (typeof f38 !== 'string') {
      issues = mistyped(issues, at(path, 'image_type'), 'string', f38);
    }
  }

  if (f39 !== undefined) {
    if (typeof f39 !== 'string') {
      issues = mistyped(issues, at(path, 'deploymentset_id'), 'string', f39);
    }
  }

  if (f40 !== undefined) {
    if (typeof f40 !== 'number' || !Number.isSafeInteger(f40)) {
      issues = mistyped(issues, at(path, 'desired_size'), 'integer', f40);
    }
  }

  if (f41 !== undefined) {
    path.tokens[path.depth++] = 'private_pool_options';
    issues = checkNodePoolScalingGroupPrivatePoolOptions(f41, issues, path);
    path.depth--;
  }

  if (f42 !== undefined) {
    if (typeof f42 !== 'string') {
      issues = mistyped(issues, at(path, 'ram_role_name'), 'string', f42);
    }
  }

  if (f43 !== undefined) {
    path.tokens[path.depth++] = 'instance_metadata_options';
    issues = checkInstanceMetadataOptions(f43, issues, path);
    path.depth--;
  }

  if (f44 !== undefined) {
    path.tokens[path.depth++] = 'resource_pool_options';
    issues = checkNodePoolScalingGroupResourcePoolOptions(f44, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolScalingGroup');
  return issues;
}

function checkNodePoolScalingGroupPrivatePoolOptions(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'id':
        f1 = o['id'];
        break;
      case 'match_criteria':
        f2 = o['match_criteria'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'match_criteria'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolScalingGroupPrivatePoolOptions');
  return issues;
}

function checkNodePoolScalingGroupResourcePoolOptions(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'strategy':
        f1 = o['strategy'];
        break;
      case 'private_pool_ids':
        f2 = o['private_pool_ids'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'strategy'), 'string', f1);
    } else {
      if (!(f1 === 'PrivatePoolFirst' || f1 === 'PrivatePoolOnly' || f1 === 'None')) {
        issues = report(
          issues,
          at(path, 'strategy'),
          'enum',
          'must be one of "PrivatePoolFirst", "PrivatePoolOnly", "None"',
        );
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'private_pool_ids'), 'array', f2);
    } else {
      const a98: readonly unknown[] = f2;
      if (a98.length > 20) {
        issues = report(issues, at(path, 'private_pool_ids'), 'max_items', 'must have at most 20 items');
      }

      for (let i112 = 0; i112 < a98.length; i112++) {
        const e112 = a98[i112];
        if (typeof e112 !== 'string') {
          issues = mistyped(issues, at(path, 'private_pool_ids', i112), 'string', e112);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolScalingGroupResourcePoolOptions');
  return issues;
}

function checkNodePoolScalingGroupSpotPriceLimitItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'instance_type':
        f1 = o['instance_type'];
        break;
      case 'price_limit':
        f2 = o['price_limit'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'instance_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'price_limit'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolScalingGroupSpotPriceLimitItem');
  return issues;
}

function checkNodePoolScalingGroupTagsItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'key':
        f1 = o['key'];
        break;
      case 'value':
        f2 = o['value'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'key'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'value'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolScalingGroupTagsItem');
  return issues;
}

function checkNodePoolTeeConfig(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'tee_enable':
        f1 = o['tee_enable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'tee_enable'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'tee_enable'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'NodePoolTeeConfig');
  return issues;
}

function checkRepairClusterNodePoolBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'nodes':
        f1 = o['nodes'];
        break;
      case 'auto_restart':
        f2 = o['auto_restart'];
        break;
      case 'operations':
        f3 = o['operations'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'nodes'), 'array', f1);
    } else {
      const a99: readonly unknown[] = f1;
      for (let i113 = 0; i113 < a99.length; i113++) {
        const e113 = a99[i113];
        if (typeof e113 !== 'string') {
          issues = mistyped(issues, at(path, 'nodes', i113), 'string', e113);
        }
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'auto_restart'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'operations'), 'array', f3);
    } else {
      const a100: readonly unknown[] = f3;
      for (let i114 = 0; i114 < a100.length; i114++) {
        const e114 = a100[i114];
        path.tokens[path.depth++] = 'operations';
        path.tokens[path.depth++] = i114;
        issues = checkRepairClusterNodePoolBodyOperationsItem(e114, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RepairClusterNodePoolBody');
  return issues;
}

function checkRepairClusterNodePoolBodyOperationsItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'operation_id':
        f1 = o['operation_id'];
        break;
      case 'args':
        f2 = o['args'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'operation_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'args'), 'array', f2);
    } else {
      const a101: readonly unknown[] = f2;
      for (let i115 = 0; i115 < a101.length; i115++) {
        const e115 = a101[i115];
        if (typeof e115 !== 'string') {
          issues = mistyped(issues, at(path, 'args', i115), 'string', e115);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RepairClusterNodePoolBodyOperationsItem');
  return issues;
}

function checkRunClusterCheckBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'type':
        f1 = o['type'];
        break;
      case 'target':
        f2 = o['target'];
        break;
      case 'options':
        f3 = o['options'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'type'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'target'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'object' || f3 === null || Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'options'), 'object', f3);
    } else {
      const m15 = f3 as Record<string, unknown>;
      const k15 = Object.keys(m15);
      for (let i116 = 0; i116 < k15.length; i116++) {
        const key15 = k15[i116] as string;
        const e116 = m15[key15];
        if (typeof e116 !== 'string') {
          issues = mistyped(issues, at(path, 'options', key15), 'string', e116);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RunClusterCheckBody');
  return issues;
}

function checkRunClusterInspectBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'clientToken':
        f1 = o['clientToken'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'clientToken'), 'string', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'RunClusterInspectBody');
  return issues;
}

function checkRuntime(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'version':
        f2 = o['version'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'Runtime');
  return issues;
}

function checkScaleClusterNodePoolBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'count':
        f1 = o['count'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'number' || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, 'count'), 'integer', f1);
    } else {
      if (f1 < 1) {
        issues = report(issues, at(path, 'count'), 'minimum', 'must be greater than or equal to 1');
      }

      if (f1 > 500) {
        issues = report(issues, at(path, 'count'), 'maximum', 'must be less than or equal to 500');
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'ScaleClusterNodePoolBody');
  return issues;
}

function checkStartAlertBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'alert_rule_group_name':
        f1 = o['alert_rule_group_name'];
        break;
      case 'alert_rule_name':
        f2 = o['alert_rule_name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'alert_rule_group_name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'alert_rule_name'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'StartAlertBody');
  return issues;
}

function checkStartWorkflowBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  let f8: unknown;
  let f9: unknown;
  let f10: unknown;
  let f11: unknown;
  let f12: unknown;
  let f13: unknown;
  let f14: unknown;
  let f15: unknown;
  let f16: unknown;
  let f17: unknown;
  let f18: unknown;
  let f19: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'workflow_type':
        f1 = o['workflow_type'];
        break;
      case 'service':
        f2 = o['service'];
        break;
      case 'mapping_oss_region':
        f3 = o['mapping_oss_region'];
        break;
      case 'mapping_fastq_first_filename':
        f4 = o['mapping_fastq_first_filename'];
        break;
      case 'mapping_fastq_second_filename':
        f5 = o['mapping_fastq_second_filename'];
        break;
      case 'mapping_bucket_name':
        f6 = o['mapping_bucket_name'];
        break;
      case 'mapping_fastq_path':
        f7 = o['mapping_fastq_path'];
        break;
      case 'mapping_reference_path':
        f8 = o['mapping_reference_path'];
        break;
      case 'mapping_is_mark_dup':
        f9 = o['mapping_is_mark_dup'];
        break;
      case 'mapping_bam_out_path':
        f10 = o['mapping_bam_out_path'];
        break;
      case 'mapping_bam_out_filename':
        f11 = o['mapping_bam_out_filename'];
        break;
      case 'wgs_oss_region':
        f12 = o['wgs_oss_region'];
        break;
      case 'wgs_fastq_first_filename':
        f13 = o['wgs_fastq_first_filename'];
        break;
      case 'wgs_fastq_second_filename':
        f14 = o['wgs_fastq_second_filename'];
        break;
      case 'wgs_bucket_name':
        f15 = o['wgs_bucket_name'];
        break;
      case 'wgs_fastq_path':
        f16 = o['wgs_fastq_path'];
        break;
      case 'wgs_reference_path':
        f17 = o['wgs_reference_path'];
        break;
      case 'wgs_vcf_out_path':
        f18 = o['wgs_vcf_out_path'];
        break;
      case 'wgs_vcf_out_filename':
        f19 = o['wgs_vcf_out_filename'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'workflow_type'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'workflow_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'service'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_oss_region'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_fastq_first_filename'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_fastq_second_filename'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_bucket_name'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_fastq_path'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_reference_path'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_is_mark_dup'), 'string', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_bam_out_path'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at(path, 'mapping_bam_out_filename'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'string') {
      issues = mistyped(issues, at(path, 'wgs_oss_region'), 'string', f12);
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'string') {
      issues = mistyped(issues, at(path, 'wgs_fastq_first_filename'), 'string', f13);
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at(path, 'wgs_fastq_second_filename'), 'string', f14);
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'string') {
      issues = mistyped(issues, at(path, 'wgs_bucket_name'), 'string', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'string') {
      issues = mistyped(issues, at(path, 'wgs_fastq_path'), 'string', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'string') {
      issues = mistyped(issues, at(path, 'wgs_reference_path'), 'string', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'string') {
      issues = mistyped(issues, at(path, 'wgs_vcf_out_path'), 'string', f18);
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'string') {
      issues = mistyped(issues, at(path, 'wgs_vcf_out_filename'), 'string', f19);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'StartWorkflowBody');
  return issues;
}

function checkStopAlertBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'alert_rule_group_name':
        f1 = o['alert_rule_group_name'];
        break;
      case 'alert_rule_name':
        f2 = o['alert_rule_name'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'alert_rule_group_name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'alert_rule_name'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'StopAlertBody');
  return issues;
}

function checkTag(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'key':
        f1 = o['key'];
        break;
      case 'value':
        f2 = o['value'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'key'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'value'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'Tag');
  return issues;
}

function checkTagResourcesBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'resource_ids':
        f1 = o['resource_ids'];
        break;
      case 'resource_type':
        f2 = o['resource_type'];
        break;
      case 'region_id':
        f3 = o['region_id'];
        break;
      case 'tags':
        f4 = o['tags'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'resource_ids'), 'required', 'is required');
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, 'resource_ids'), 'array', f1);
    } else {
      const a102: readonly unknown[] = f1;
      for (let i117 = 0; i117 < a102.length; i117++) {
        const e117 = a102[i117];
        if (typeof e117 !== 'string') {
          issues = mistyped(issues, at(path, 'resource_ids', i117), 'string', e117);
        }
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'resource_type'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_type'), 'string', f2);
    }
  }

  if (f3 === undefined) {
    issues = report(issues, at(path, 'region_id'), 'required', 'is required');
  } else {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'region_id'), 'string', f3);
    }
  }

  if (f4 === undefined) {
    issues = report(issues, at(path, 'tags'), 'required', 'is required');
  } else {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, 'tags'), 'array', f4);
    } else {
      const a103: readonly unknown[] = f4;
      for (let i118 = 0; i118 < a103.length; i118++) {
        const e118 = a103[i118];
        path.tokens[path.depth++] = 'tags';
        path.tokens[path.depth++] = i118;
        issues = checkTag(e118, issues, path);
        path.depth -= 2;
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'TagResourcesBody');
  return issues;
}

function checkTaint(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'key':
        f1 = o['key'];
        break;
      case 'value':
        f2 = o['value'];
        break;
      case 'effect':
        f3 = o['effect'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'key'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'value'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'effect'), 'string', f3);
    } else {
      if (!(f3 === 'NoSchedule' || f3 === 'NoExecute' || f3 === 'PreferNoSchedule')) {
        issues = report(
          issues,
          at(path, 'effect'),
          'enum',
          'must be one of "NoSchedule", "NoExecute", "PreferNoSchedule"',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'Taint');
  return issues;
}

function checkUnInstallClusterAddonsBody(value: unknown, issues: Issues, path: Path): Issues {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), 'array', value);
  } else {
    const a104: readonly unknown[] = value;
    for (let i119 = 0; i119 < a104.length; i119++) {
      const e119 = a104[i119];
      path.tokens[path.depth++] = i119;
      issues = checkUnInstallClusterAddonsBodyItem(e119, issues, path);
      path.depth--;
    }
  }

  return issues;
}

function checkUnInstallClusterAddonsBodyItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'name':
        f1 = o['name'];
        break;
      case 'cleanup_cloud_resources':
        f2 = o['cleanup_cloud_resources'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'cleanup_cloud_resources'), 'boolean', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UnInstallClusterAddonsBodyItem');
  return issues;
}

function checkUpdateClusterAuditLogConfigBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'sls_project_name':
        f1 = o['sls_project_name'];
        break;
      case 'disable':
        f2 = o['disable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'sls_project_name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'disable'), 'boolean', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateClusterAuditLogConfigBody');
  return issues;
}

function checkUpdateClusterInspectConfigBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'enabled':
        f1 = o['enabled'];
        break;
      case 'scheduleTime':
        f2 = o['scheduleTime'];
        break;
      case 'disabledCheckItems':
        f3 = o['disabledCheckItems'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enabled'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'scheduleTime'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'disabledCheckItems'), 'array', f3);
    } else {
      const a105: readonly unknown[] = f3;
      for (let i120 = 0; i120 < a105.length; i120++) {
        const e120 = a105[i120];
        if (typeof e120 !== 'string') {
          issues = mistyped(issues, at(path, 'disabledCheckItems', i120), 'string', e120);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateClusterInspectConfigBody');
  return issues;
}

function checkUpdateContactGroupForAlertBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'alert_rule_group_name':
        f1 = o['alert_rule_group_name'];
        break;
      case 'contact_group_ids':
        f2 = o['contact_group_ids'];
        break;
      case 'cr_name':
        f3 = o['cr_name'];
        break;
      case 'namespace':
        f4 = o['namespace'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'alert_rule_group_name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, 'contact_group_ids'), 'array', f2);
    } else {
      const a106: readonly unknown[] = f2;
      for (let i121 = 0; i121 < a106.length; i121++) {
        const e121 = a106[i121];
        if (typeof e121 !== 'number' || !Number.isSafeInteger(e121)) {
          issues = mistyped(issues, at(path, 'contact_group_ids', i121), 'integer', e121);
        }
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'cr_name'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'namespace'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateContactGroupForAlertBody');
  return issues;
}

function checkUpdateControlPlaneLogBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'log_project':
        f1 = o['log_project'];
        break;
      case 'log_ttl':
        f2 = o['log_ttl'];
        break;
      case 'aliuid':
        f3 = o['aliuid'];
        break;
      case 'components':
        f4 = o['components'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'log_project'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'log_ttl'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'aliuid'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, 'components'), 'array', f4);
    } else {
      const a107: readonly unknown[] = f4;
      for (let i122 = 0; i122 < a107.length; i122++) {
        const e122 = a107[i122];
        if (typeof e122 !== 'string') {
          issues = mistyped(issues, at(path, 'components', i122), 'string', e122);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateControlPlaneLogBody');
  return issues;
}

function checkUpdateK8sClusterUserConfigExpireBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'expire_hour':
        f1 = o['expire_hour'];
        break;
      case 'user':
        f2 = o['user'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'expire_hour'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'number' || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, 'expire_hour'), 'integer', f1);
    } else {
      if (f1 < 0) {
        issues = report(issues, at(path, 'expire_hour'), 'minimum', 'must be greater than or equal to 0');
      }

      if (f1 > 876000) {
        issues = report(issues, at(path, 'expire_hour'), 'maximum', 'must be less than or equal to 876000');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'user'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'user'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateK8sClusterUserConfigExpireBody');
  return issues;
}

function checkUpdateResourcesDeleteProtectionBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'namespace':
        f1 = o['namespace'];
        break;
      case 'resource_type':
        f2 = o['resource_type'];
        break;
      case 'resources':
        f3 = o['resources'];
        break;
      case 'enable':
        f4 = o['enable'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'namespace'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'resource_type'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'resource_type'), 'string', f2);
    } else {
      if (!(f2 === 'services' || f2 === 'namespaces')) {
        issues = report(issues, at(path, 'resource_type'), 'enum', 'must be one of "services", "namespaces"');
      }
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, 'resources'), 'array', f3);
    } else {
      const a108: readonly unknown[] = f3;
      for (let i123 = 0; i123 < a108.length; i123++) {
        const e123 = a108[i123];
        if (typeof e123 !== 'string') {
          issues = mistyped(issues, at(path, 'resources', i123), 'string', e123);
        }
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'enable'), 'boolean', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateResourcesDeleteProtectionBody');
  return issues;
}

function checkUpdateTemplateBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'description':
        f1 = o['description'];
        break;
      case 'name':
        f2 = o['name'];
        break;
      case 'tags':
        f3 = o['tags'];
        break;
      case 'template':
        f4 = o['template'];
        break;
      case 'template_type':
        f5 = o['template_type'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'description'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'name'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'tags'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'template'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'template_type'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateTemplateBody');
  return issues;
}

function checkUpdateUserPermissionsBody(value: unknown, issues: Issues, path: Path): Issues {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), 'array', value);
  } else {
    const a109: readonly unknown[] = value;
    for (let i124 = 0; i124 < a109.length; i124++) {
      const e124 = a109[i124];
      path.tokens[path.depth++] = i124;
      issues = checkUpdateUserPermissionsBodyItem(e124, issues, path);
      path.depth--;
    }
  }

  return issues;
}

function checkUpdateUserPermissionsBodyItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'cluster':
        f1 = o['cluster'];
        break;
      case 'is_custom':
        f2 = o['is_custom'];
        break;
      case 'role_name':
        f3 = o['role_name'];
        break;
      case 'role_type':
        f4 = o['role_type'];
        break;
      case 'namespace':
        f5 = o['namespace'];
        break;
      case 'is_ram_role':
        f6 = o['is_ram_role'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'cluster'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_custom'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'role_name'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'role_type'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'namespace'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at(path, 'is_ram_role'), 'boolean', f6);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpdateUserPermissionsBodyItem');
  return issues;
}

function checkUpgradeClusterAddonsBody(value: unknown, issues: Issues, path: Path): Issues {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), 'array', value);
  } else {
    const a110: readonly unknown[] = value;
    for (let i125 = 0; i125 < a110.length; i125++) {
      const e125 = a110[i125];
      path.tokens[path.depth++] = i125;
      issues = checkUpgradeClusterAddonsBodyItem(e125, issues, path);
      path.depth--;
    }
  }

  return issues;
}

function checkUpgradeClusterAddonsBodyItem(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'component_name':
        f1 = o['component_name'];
        break;
      case 'next_version':
        f2 = o['next_version'];
        break;
      case 'version':
        f3 = o['version'];
        break;
      case 'config':
        f4 = o['config'];
        break;
      case 'policy':
        f5 = o['policy'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 === undefined) {
    issues = report(issues, at(path, 'component_name'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'component_name'), 'string', f1);
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at(path, 'next_version'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'next_version'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'config'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at(path, 'policy'), 'string', f5);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpgradeClusterAddonsBodyItem');
  return issues;
}

function checkUpgradeClusterBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'component_name':
        f1 = o['component_name'];
        break;
      case 'next_version':
        f2 = o['next_version'];
        break;
      case 'version':
        f3 = o['version'];
        break;
      case 'master_only':
        f4 = o['master_only'];
        break;
      case 'rolling_policy':
        f5 = o['rolling_policy'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'component_name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'next_version'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'version'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at(path, 'master_only'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    path.tokens[path.depth++] = 'rolling_policy';
    issues = checkUpgradeClusterBodyRollingPolicy(f5, issues, path);
    path.depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpgradeClusterBody');
  return issues;
}

function checkUpgradeClusterBodyRollingPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'max_parallelism':
        f1 = o['max_parallelism'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'number' || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, 'max_parallelism'), 'integer', f1);
    } else {
      if (!(f1 >= -2147483648 && f1 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'max_parallelism'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpgradeClusterBodyRollingPolicy');
  return issues;
}

function checkUpgradeClusterNodepoolBody(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  let f4: unknown;
  let f5: unknown;
  let f6: unknown;
  let f7: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'image_id':
        f1 = o['image_id'];
        break;
      case 'runtime_version':
        f2 = o['runtime_version'];
        break;
      case 'kubernetes_version':
        f3 = o['kubernetes_version'];
        break;
      case 'runtime_type':
        f4 = o['runtime_type'];
        break;
      case 'use_replace':
        f5 = o['use_replace'];
        break;
      case 'rolling_policy':
        f6 = o['rolling_policy'];
        break;
      case 'node_names':
        f7 = o['node_names'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'image_id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime_version'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at(path, 'kubernetes_version'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at(path, 'runtime_type'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'boolean') {
      issues = mistyped(issues, at(path, 'use_replace'), 'boolean', f5);
    }
  }

  if (f6 !== undefined) {
    path.tokens[path.depth++] = 'rolling_policy';
    issues = checkUpgradeClusterNodepoolBodyRollingPolicy(f6, issues, path);
    path.depth--;
  }

  if (f7 !== undefined) {
    if (!Array.isArray(f7)) {
      issues = mistyped(issues, at(path, 'node_names'), 'array', f7);
    } else {
      const a111: readonly unknown[] = f7;
      for (let i126 = 0; i126 < a111.length; i126++) {
        const e126 = a111[i126];
        if (typeof e126 !== 'string') {
          issues = mistyped(issues, at(path, 'node_names', i126), 'string', e126);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpgradeClusterNodepoolBody');
  return issues;
}

function checkUpgradeClusterNodepoolBodyRollingPolicy(value: unknown, issues: Issues, path: Path): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), 'object', value);
  }

  let f1: unknown;
  let f2: unknown;
  let f3: unknown;
  const o = value as Record<string, unknown>;
  let others: string[] | undefined;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    switch (key) {
      case 'pause_policy':
        f1 = o['pause_policy'];
        break;
      case 'batch_interval':
        f2 = o['batch_interval'];
        break;
      case 'max_parallelism':
        f3 = o['max_parallelism'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at(path, 'pause_policy'), 'string', f1);
    } else {
      if (!(f1 === 'FirstBatch' || f1 === 'EveryBatch' || f1 === 'NotPause')) {
        issues = report(
          issues,
          at(path, 'pause_policy'),
          'enum',
          'must be one of "FirstBatch", "EveryBatch", "NotPause"',
        );
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, 'batch_interval'), 'integer', f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'batch_interval'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, 'max_parallelism'), 'integer', f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, 'max_parallelism'),
          'format',
          'must be a valid 32-bit integer (from -2^31 to 2^31-1)',
        );
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, path, others, 'UpgradeClusterNodepoolBodyRollingPolicy');
  return issues;
}
