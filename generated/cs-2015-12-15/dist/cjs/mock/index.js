var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// generated:/src/mock/index.ts
var index_exports = {};
__export(index_exports, {
  MOCK_ROUTES: () => MOCK_ROUTES,
  startMockServer: () => startMockServer
});
module.exports = __toCommonJS(index_exports);

// generated:/src/runtime/limits.ts
var DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
var MAX_RESPONSE_BYTES_LIMIT = 256 * 1024 * 1024;

// generated:/src/runtime/options.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
var LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
var BARE_HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`);

// generated:/src/runtime/validation.ts
function escapePointerToken(token) {
  const text2 = String(token);
  return text2.includes("~") || text2.includes("/") ? text2.replace(/~/g, "~0").replace(/\//g, "~1") : text2;
}
function jsonTypeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "number":
      return Number.isInteger(value) ? "integer" : "number";
    case "object":
      return "object";
    case "undefined":
      return "undefined";
    default:
      return "other";
  }
}
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function isBase64(value) {
  return value.length % 4 === 0 && BASE64.test(value);
}
function codePointLength(value) {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

// generated:/src/runtime/credentials-cache.ts
var REFRESH_MARGIN_MS = 3 * 6e4;

// generated:/src/validators.ts
function validateAttachInstancesRequest(value) {
  const issues = checkAttachInstancesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateAttachInstancesToNodePoolRequest(value) {
  const issues = checkAttachInstancesToNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCancelClusterUpgradeRequest(value) {
  const issues = checkCancelClusterUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCancelComponentUpgradeRequest(value) {
  const issues = checkCancelComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCancelOperationPlanRequest(value) {
  const issues = checkCancelOperationPlanRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCancelTaskRequest(value) {
  const issues = checkCancelTaskRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCancelWorkflowRequest(value) {
  const issues = checkCancelWorkflowRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCheckControlPlaneLogEnableRequest(value) {
  const issues = checkCheckControlPlaneLogEnableRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCheckServiceRoleRequest(value) {
  const issues = checkCheckServiceRoleRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCleanClusterUserPermissionsRequest(value) {
  const issues = checkCleanClusterUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCleanUserPermissionsRequest(value) {
  const issues = checkCleanUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCreateAutoscalingConfigRequest(value) {
  const issues = checkCreateAutoscalingConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCreateClusterRequest(value) {
  const issues = checkCreateClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCreateClusterDiagnosisRequest(value) {
  const issues = checkCreateClusterDiagnosisRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCreateClusterInspectConfigRequest(value) {
  const issues = checkCreateClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCreateClusterNodePoolRequest(value) {
  const issues = checkCreateClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCreateKubernetesTriggerRequest(value) {
  const issues = checkCreateKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCreateTemplateRequest(value) {
  const issues = checkCreateTemplateRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateCreateTriggerRequest(value) {
  const issues = checkCreateTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteAlertContactRequest(value) {
  const issues = checkDeleteAlertContactRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteAlertContactGroupRequest(value) {
  const issues = checkDeleteAlertContactGroupRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteClusterRequest(value) {
  const issues = checkDeleteClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteClusterInspectConfigRequest(value) {
  const issues = checkDeleteClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteClusterNodepoolRequest(value) {
  const issues = checkDeleteClusterNodepoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteClusterNodesRequest(value) {
  const issues = checkDeleteClusterNodesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteKubernetesTriggerRequest(value) {
  const issues = checkDeleteKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeletePolicyInstanceRequest(value) {
  const issues = checkDeletePolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteTemplateRequest(value) {
  const issues = checkDeleteTemplateRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeleteTriggerRequest(value) {
  const issues = checkDeleteTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDeployPolicyInstanceRequest(value) {
  const issues = checkDeployPolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescirbeWorkflowRequest(value) {
  const issues = checkDescirbeWorkflowRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeAddonRequest(value) {
  const issues = checkDescribeAddonRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeAddonsRequest(value) {
  const issues = checkDescribeAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterAddonInstanceRequest(value) {
  const issues = checkDescribeClusterAddonInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterAddonMetadataRequest(value) {
  const issues = checkDescribeClusterAddonMetadataRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterAddonUpgradeStatusRequest(value) {
  const issues = checkDescribeClusterAddonUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterAddonsUpgradeStatusRequest(value) {
  const issues = checkDescribeClusterAddonsUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterAddonsVersionRequest(value) {
  const issues = checkDescribeClusterAddonsVersionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterAttachScriptsRequest(value) {
  const issues = checkDescribeClusterAttachScriptsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterDetailRequest(value) {
  const issues = checkDescribeClusterDetailRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterEventsRequest(value) {
  const issues = checkDescribeClusterEventsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterLogsRequest(value) {
  const issues = checkDescribeClusterLogsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterNodePoolDetailRequest(value) {
  const issues = checkDescribeClusterNodePoolDetailRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterNodePoolsRequest(value) {
  const issues = checkDescribeClusterNodePoolsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterNodesRequest(value) {
  const issues = checkDescribeClusterNodesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterResourcesRequest(value) {
  const issues = checkDescribeClusterResourcesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterTasksRequest(value) {
  const issues = checkDescribeClusterTasksRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterUserKubeconfigRequest(value) {
  const issues = checkDescribeClusterUserKubeconfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterV2UserKubeconfigRequest(value) {
  const issues = checkDescribeClusterV2UserKubeconfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClusterVulsRequest(value) {
  const issues = checkDescribeClusterVulsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClustersRequest(value) {
  const issues = checkDescribeClustersRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClustersForRegionRequest(value) {
  const issues = checkDescribeClustersForRegionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeClustersV1Request(value) {
  const issues = checkDescribeClustersV1Request(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeEventsRequest(value) {
  const issues = checkDescribeEventsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeEventsForRegionRequest(value) {
  const issues = checkDescribeEventsForRegionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeExternalAgentRequest(value) {
  const issues = checkDescribeExternalAgentRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeKubernetesVersionMetadataRequest(value) {
  const issues = checkDescribeKubernetesVersionMetadataRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeNodePoolVulsRequest(value) {
  const issues = checkDescribeNodePoolVulsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribePoliciesRequest(value) {
  const issues = checkDescribePoliciesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribePolicyDetailsRequest(value) {
  const issues = checkDescribePolicyDetailsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribePolicyGovernanceInClusterRequest(value) {
  const issues = checkDescribePolicyGovernanceInClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribePolicyInstancesRequest(value) {
  const issues = checkDescribePolicyInstancesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribePolicyInstancesStatusRequest(value) {
  const issues = checkDescribePolicyInstancesStatusRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeResourcesDeleteProtectionRequest(value) {
  const issues = checkDescribeResourcesDeleteProtectionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeSubaccountK8sClusterUserConfigRequest(value) {
  const issues = checkDescribeSubaccountK8sClusterUserConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeTaskInfoRequest(value) {
  const issues = checkDescribeTaskInfoRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeTemplateAttributeRequest(value) {
  const issues = checkDescribeTemplateAttributeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeTemplatesRequest(value) {
  const issues = checkDescribeTemplatesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeTriggerRequest(value) {
  const issues = checkDescribeTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeUserClusterNamespacesRequest(value) {
  const issues = checkDescribeUserClusterNamespacesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeUserPermissionRequest(value) {
  const issues = checkDescribeUserPermissionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeUserQuotaRequest(value) {
  const issues = checkDescribeUserQuotaRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateDescribeWorkflowsRequest(value) {
  const issues = checkDescribeWorkflowsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateFixNodePoolVulsRequest(value) {
  const issues = checkFixNodePoolVulsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetClusterAddonInstanceRequest(value) {
  const issues = checkGetClusterAddonInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetClusterAuditProjectRequest(value) {
  const issues = checkGetClusterAuditProjectRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetClusterCheckRequest(value) {
  const issues = checkGetClusterCheckRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetClusterDiagnosisCheckItemsRequest(value) {
  const issues = checkGetClusterDiagnosisCheckItemsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetClusterDiagnosisResultRequest(value) {
  const issues = checkGetClusterDiagnosisResultRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetClusterInspectConfigRequest(value) {
  const issues = checkGetClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetClusterInspectReportDetailRequest(value) {
  const issues = checkGetClusterInspectReportDetailRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetKubernetesTriggerRequest(value) {
  const issues = checkGetKubernetesTriggerRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGetUpgradeStatusRequest(value) {
  const issues = checkGetUpgradeStatusRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateGrantPermissionsRequest(value) {
  const issues = checkGrantPermissionsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateInstallClusterAddonsRequest(value) {
  const issues = checkInstallClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListAddonsRequest(value) {
  const issues = checkListAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListClusterAddonInstancesRequest(value) {
  const issues = checkListClusterAddonInstancesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListClusterChecksRequest(value) {
  const issues = checkListClusterChecksRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListClusterInspectReportsRequest(value) {
  const issues = checkListClusterInspectReportsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListClusterKubeconfigStatesRequest(value) {
  const issues = checkListClusterKubeconfigStatesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListOperationPlansRequest(value) {
  const issues = checkListOperationPlansRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListOperationPlansForRegionRequest(value) {
  const issues = checkListOperationPlansForRegionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListTagResourcesRequest(value) {
  const issues = checkListTagResourcesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateListUserKubeConfigStatesRequest(value) {
  const issues = checkListUserKubeConfigStatesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateMigrateClusterRequest(value) {
  const issues = checkMigrateClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateModifyClusterRequest(value) {
  const issues = checkModifyClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateModifyClusterAddonRequest(value) {
  const issues = checkModifyClusterAddonRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateModifyClusterNodePoolRequest(value) {
  const issues = checkModifyClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateModifyClusterTagsRequest(value) {
  const issues = checkModifyClusterTagsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateModifyNodePoolNodeConfigRequest(value) {
  const issues = checkModifyNodePoolNodeConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateModifyPolicyInstanceRequest(value) {
  const issues = checkModifyPolicyInstanceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateOpenAckServiceRequest(value) {
  const issues = checkOpenAckServiceRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validatePauseClusterUpgradeRequest(value) {
  const issues = checkPauseClusterUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validatePauseComponentUpgradeRequest(value) {
  const issues = checkPauseComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validatePauseTaskRequest(value) {
  const issues = checkPauseTaskRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateRemoveNodePoolNodesRequest(value) {
  const issues = checkRemoveNodePoolNodesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateRemoveWorkflowRequest(value) {
  const issues = checkRemoveWorkflowRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateRepairClusterNodePoolRequest(value) {
  const issues = checkRepairClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateResumeComponentUpgradeRequest(value) {
  const issues = checkResumeComponentUpgradeRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateResumeTaskRequest(value) {
  const issues = checkResumeTaskRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateResumeUpgradeClusterRequest(value) {
  const issues = checkResumeUpgradeClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateRevokeK8sClusterKubeConfigRequest(value) {
  const issues = checkRevokeK8sClusterKubeConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateRunClusterCheckRequest(value) {
  const issues = checkRunClusterCheckRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateRunClusterInspectRequest(value) {
  const issues = checkRunClusterInspectRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateScaleClusterNodePoolRequest(value) {
  const issues = checkScaleClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateScanClusterVulsRequest(value) {
  const issues = checkScanClusterVulsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateStartAlertRequest(value) {
  const issues = checkStartAlertRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateStartWorkflowRequest(value) {
  const issues = checkStartWorkflowRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateStopAlertRequest(value) {
  const issues = checkStopAlertRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateSyncClusterNodePoolRequest(value) {
  const issues = checkSyncClusterNodePoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateTagResourcesRequest(value) {
  const issues = checkTagResourcesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUnInstallClusterAddonsRequest(value) {
  const issues = checkUnInstallClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUntagResourcesRequest(value) {
  const issues = checkUntagResourcesRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpdateClusterAuditLogConfigRequest(value) {
  const issues = checkUpdateClusterAuditLogConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpdateClusterInspectConfigRequest(value) {
  const issues = checkUpdateClusterInspectConfigRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpdateContactGroupForAlertRequest(value) {
  const issues = checkUpdateContactGroupForAlertRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpdateControlPlaneLogRequest(value) {
  const issues = checkUpdateControlPlaneLogRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpdateK8sClusterUserConfigExpireRequest(value) {
  const issues = checkUpdateK8sClusterUserConfigExpireRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpdateResourcesDeleteProtectionRequest(value) {
  const issues = checkUpdateResourcesDeleteProtectionRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpdateTemplateRequest(value) {
  const issues = checkUpdateTemplateRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpdateUserPermissionsRequest(value) {
  const issues = checkUpdateUserPermissionsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpgradeClusterRequest(value) {
  const issues = checkUpgradeClusterRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpgradeClusterAddonsRequest(value) {
  const issues = checkUpgradeClusterAddonsRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function validateUpgradeClusterNodepoolRequest(value) {
  const issues = checkUpgradeClusterNodepoolRequest(value, null, { tokens: [], depth: 0 });
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function at(path, ...tokens) {
  let pointer = "";
  for (let i = 0; i < path.depth; i++) pointer += "/" + pointerToken(path.tokens[i] ?? "");
  for (let i = 0; i < tokens.length; i++) pointer += "/" + pointerToken(tokens[i] ?? "");
  return pointer;
}
function pointerToken(token) {
  if (typeof token === "number" || token.indexOf("~") === -1 && token.indexOf("/") === -1) return token;
  return escapePointerToken(token);
}
function report(issues, path, code, message) {
  const found = { path, code, message };
  if (issues === null) return [found];
  issues.push(found);
  return issues;
}
function mistyped(issues, path, expected, value, suffix = "") {
  return report(issues, path, "type", "expected " + expected + ", got " + kindOf(value) + suffix);
}
function unknownProperties(issues, path, keys, typeName) {
  for (let i = 0; i < keys.length; i++)
    issues = report(issues, at(path, keys[i]), "unknown_property", "is not a property of " + typeName);
  return issues;
}
function kindOf(value) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "a non-finite number";
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return "an integer beyond 2^53-1 in magnitude";
  }
  return jsonTypeOf(value);
}
var VALUES1 = /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60]);
var PATTERN1 = new RegExp("^[^-]", "u");
function checkAttachInstancesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkAttachInstancesBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "AttachInstancesRequest");
  return issues;
}
function checkAttachInstancesToNodePoolRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolId":
        f2 = o["NodepoolId"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkAttachInstancesToNodePoolBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "AttachInstancesToNodePoolRequest");
  return issues;
}
function checkCancelClusterUpgradeRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CancelClusterUpgradeRequest");
  return issues;
}
function checkCancelComponentUpgradeRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterId":
        f1 = o["clusterId"];
        break;
      case "componentId":
        f2 = o["componentId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "componentId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "componentId"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CancelComponentUpgradeRequest");
  return issues;
}
function checkCancelOperationPlanRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "plan_id":
        f1 = o["plan_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "plan_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "plan_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CancelOperationPlanRequest");
  return issues;
}
function checkCancelTaskRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "task_id":
        f1 = o["task_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "task_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "task_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CancelTaskRequest");
  return issues;
}
function checkCancelWorkflowRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "workflowName":
        f1 = o["workflowName"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "workflowName"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "workflowName"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkCancelWorkflowBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CancelWorkflowRequest");
  return issues;
}
function checkCheckControlPlaneLogEnableRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CheckControlPlaneLogEnableRequest");
  return issues;
}
function checkCheckServiceRoleRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "body":
        f1 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkCheckServiceRoleBody(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CheckServiceRoleRequest");
  return issues;
}
function checkCleanClusterUserPermissionsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "Uid":
        f2 = o["Uid"];
        break;
      case "Force":
        f3 = o["Force"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "Uid"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "Uid"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "Force"), "boolean", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CleanClusterUserPermissionsRequest");
  return issues;
}
function checkCleanUserPermissionsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "Uid":
        f1 = o["Uid"];
        break;
      case "Force":
        f2 = o["Force"];
        break;
      case "ClusterIds":
        f3 = o["ClusterIds"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "Uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "Uid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "Force"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "ClusterIds"), "array", f3);
    } else {
      const a1 = f3;
      for (let i1 = 0; i1 < a1.length; i1++) {
        const e1 = a1[i1];
        if (typeof e1 !== "string") {
          issues = mistyped(issues, at(path, "ClusterIds", i1), "string", e1);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CleanUserPermissionsRequest");
  return issues;
}
function checkCreateAutoscalingConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkCreateAutoscalingConfigBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateAutoscalingConfigRequest");
  return issues;
}
function checkCreateClusterRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "body":
        f1 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkCreateClusterBody(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterRequest");
  return issues;
}
function checkCreateClusterDiagnosisRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkCreateClusterDiagnosisBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterDiagnosisRequest");
  return issues;
}
function checkCreateClusterInspectConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterId":
        f1 = o["clusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkCreateClusterInspectConfigBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterInspectConfigRequest");
  return issues;
}
function checkCreateClusterNodePoolRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at(path, "ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkCreateClusterNodePoolBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolRequest");
  return issues;
}
function checkCreateKubernetesTriggerRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "body":
        f1 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkCreateKubernetesTriggerBody(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateKubernetesTriggerRequest");
  return issues;
}
function checkCreateTemplateRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "body":
        f1 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkCreateTemplateBody(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateTemplateRequest");
  return issues;
}
function checkCreateTriggerRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkCreateTriggerBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateTriggerRequest");
  return issues;
}
function checkDeleteAlertContactRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "contact_ids":
        f1 = o["contact_ids"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "contact_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "contact_ids"), "array", f1);
    } else {
      const a2 = f1;
      for (let i2 = 0; i2 < a2.length; i2++) {
        const e2 = a2[i2];
        if (typeof e2 !== "number" || !Number.isSafeInteger(e2)) {
          issues = mistyped(issues, at(path, "contact_ids", i2), "integer", e2);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteAlertContactRequest");
  return issues;
}
function checkDeleteAlertContactGroupRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "contact_group_ids":
        f1 = o["contact_group_ids"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "contact_group_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "contact_group_ids"), "array", f1);
    } else {
      const a3 = f1;
      for (let i3 = 0; i3 < a3.length; i3++) {
        const e3 = a3[i3];
        if (typeof e3 !== "number" || !Number.isSafeInteger(e3)) {
          issues = mistyped(issues, at(path, "contact_group_ids", i3), "integer", e3);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteAlertContactGroupRequest");
  return issues;
}
function checkDeleteClusterRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "retain_all_resources":
        f2 = o["retain_all_resources"];
        break;
      case "keep_slb":
        f3 = o["keep_slb"];
        break;
      case "retain_resources":
        f4 = o["retain_resources"];
        break;
      case "delete_options":
        f5 = o["delete_options"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "retain_all_resources"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "keep_slb"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, "retain_resources"), "array", f4);
    } else {
      const a4 = f4;
      for (let i4 = 0; i4 < a4.length; i4++) {
        const e4 = a4[i4];
        if (typeof e4 !== "string") {
          issues = mistyped(issues, at(path, "retain_resources", i4), "string", e4);
        }
      }
    }
  }
  if (f5 !== void 0) {
    if (!Array.isArray(f5)) {
      issues = mistyped(issues, at(path, "delete_options"), "array", f5);
    } else {
      const a5 = f5;
      for (let i5 = 0; i5 < a5.length; i5++) {
        const e5 = a5[i5];
        path.tokens[path.depth++] = "delete_options";
        path.tokens[path.depth++] = i5;
        issues = checkDeleteClusterDeleteOptionsItem(e5, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteClusterRequest");
  return issues;
}
function checkDeleteClusterInspectConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterId":
        f1 = o["clusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteClusterInspectConfigRequest");
  return issues;
}
function checkDeleteClusterNodepoolRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolId":
        f2 = o["NodepoolId"];
        break;
      case "force":
        f3 = o["force"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at(path, "ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolId"), "string", f2);
    } else {
      if (f2.length < 1 || f2.length < 2 && codePointLength(f2) < 1) {
        issues = report(issues, at(path, "NodepoolId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "force"), "boolean", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteClusterNodepoolRequest");
  return issues;
}
function checkDeleteClusterNodesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkDeleteClusterNodesBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteClusterNodesRequest");
  return issues;
}
function checkDeleteKubernetesTriggerRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "Id":
        f1 = o["Id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "Id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "Id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteKubernetesTriggerRequest");
  return issues;
}
function checkDeletePolicyInstanceRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "policy_name":
        f2 = o["policy_name"];
        break;
      case "instance_name":
        f3 = o["instance_name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "policy_name"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "policy_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "instance_name"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeletePolicyInstanceRequest");
  return issues;
}
function checkDeleteTemplateRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "TemplateId":
        f1 = o["TemplateId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "TemplateId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "TemplateId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteTemplateRequest");
  return issues;
}
function checkDeleteTriggerRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "Id":
        f2 = o["Id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "Id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "Id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteTriggerRequest");
  return issues;
}
function checkDeployPolicyInstanceRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "policy_name":
        f2 = o["policy_name"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "policy_name"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "policy_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkDeployPolicyInstanceBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeployPolicyInstanceRequest");
  return issues;
}
function checkDescirbeWorkflowRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "workflowName":
        f1 = o["workflowName"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "workflowName"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "workflowName"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescirbeWorkflowRequest");
  return issues;
}
function checkDescribeAddonRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "addon_name":
        f1 = o["addon_name"];
        break;
      case "region_id":
        f2 = o["region_id"];
        break;
      case "cluster_type":
        f3 = o["cluster_type"];
        break;
      case "profile":
        f4 = o["profile"];
        break;
      case "cluster_spec":
        f5 = o["cluster_spec"];
        break;
      case "cluster_version":
        f6 = o["cluster_version"];
        break;
      case "cluster_id":
        f7 = o["cluster_id"];
        break;
      case "version":
        f8 = o["version"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "addon_name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "addon_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "cluster_type"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "profile"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "cluster_spec"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "cluster_version"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeAddonRequest");
  return issues;
}
function checkDescribeAddonsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "region":
        f1 = o["region"];
        break;
      case "cluster_type":
        f2 = o["cluster_type"];
        break;
      case "cluster_profile":
        f3 = o["cluster_profile"];
        break;
      case "cluster_spec":
        f4 = o["cluster_spec"];
        break;
      case "cluster_version":
        f5 = o["cluster_version"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "region"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "region"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "cluster_type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "cluster_profile"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "cluster_spec"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "cluster_version"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeAddonsRequest");
  return issues;
}
function checkDescribeClusterAddonInstanceRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterID":
        f1 = o["ClusterID"];
        break;
      case "AddonName":
        f2 = o["AddonName"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterID"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterID"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "AddonName"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "AddonName"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterAddonInstanceRequest");
  return issues;
}
function checkDescribeClusterAddonMetadataRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "component_id":
        f2 = o["component_id"];
        break;
      case "version":
        f3 = o["version"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "component_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "component_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterAddonMetadataRequest");
  return issues;
}
function checkDescribeClusterAddonUpgradeStatusRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "ComponentId":
        f2 = o["ComponentId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "ComponentId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "ComponentId"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "DescribeClusterAddonUpgradeStatusRequest");
  return issues;
}
function checkDescribeClusterAddonsUpgradeStatusRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "componentIds":
        f2 = o["componentIds"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "componentIds"), "required", "is required");
  } else {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "componentIds"), "array", f2);
    } else {
      const a6 = f2;
      for (let i6 = 0; i6 < a6.length; i6++) {
        const e6 = a6[i6];
        if (typeof e6 !== "string") {
          issues = mistyped(issues, at(path, "componentIds", i6), "string", e6);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "DescribeClusterAddonsUpgradeStatusRequest");
  return issues;
}
function checkDescribeClusterAddonsVersionRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterAddonsVersionRequest");
  return issues;
}
function checkDescribeClusterAttachScriptsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkDescribeClusterAttachScriptsBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterAttachScriptsRequest");
  return issues;
}
function checkDescribeClusterDetailRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterDetailRequest");
  return issues;
}
function checkDescribeClusterEventsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "page_size":
        f2 = o["page_size"];
        break;
      case "page_number":
        f3 = o["page_number"];
        break;
      case "task_id":
        f4 = o["task_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "page_size"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "page_number"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "task_id"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterEventsRequest");
  return issues;
}
function checkDescribeClusterLogsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterLogsRequest");
  return issues;
}
function checkDescribeClusterNodePoolDetailRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolId":
        f2 = o["NodepoolId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at(path, "ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolId"), "string", f2);
    } else {
      if (f2.length < 1 || f2.length < 2 && codePointLength(f2) < 1) {
        issues = report(issues, at(path, "NodepoolId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterNodePoolDetailRequest");
  return issues;
}
function checkDescribeClusterNodePoolsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolName":
        f2 = o["NodepoolName"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at(path, "ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolName"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterNodePoolsRequest");
  return issues;
}
function checkDescribeClusterNodesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "instanceIds":
        f2 = o["instanceIds"];
        break;
      case "nodepool_id":
        f3 = o["nodepool_id"];
        break;
      case "state":
        f4 = o["state"];
        break;
      case "pageSize":
        f5 = o["pageSize"];
        break;
      case "pageNumber":
        f6 = o["pageNumber"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "instanceIds"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "nodepool_id"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "state"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "pageSize"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "pageNumber"), "string", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterNodesRequest");
  return issues;
}
function checkDescribeClusterResourcesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "with_addon_resources":
        f2 = o["with_addon_resources"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "with_addon_resources"), "boolean", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterResourcesRequest");
  return issues;
}
function checkDescribeClusterTasksRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "page_size":
        f2 = o["page_size"];
        break;
      case "page_number":
        f3 = o["page_number"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "page_size"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "page_size"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "page_number"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "page_number"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterTasksRequest");
  return issues;
}
function checkDescribeClusterUserKubeconfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "PrivateIpAddress":
        f2 = o["PrivateIpAddress"];
        break;
      case "TemporaryDurationMinutes":
        f3 = o["TemporaryDurationMinutes"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "PrivateIpAddress"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "TemporaryDurationMinutes"), "integer", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterUserKubeconfigRequest");
  return issues;
}
function checkDescribeClusterV2UserKubeconfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "PrivateIpAddress":
        f2 = o["PrivateIpAddress"];
        break;
      case "TemporaryDurationMinutes":
        f3 = o["TemporaryDurationMinutes"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "PrivateIpAddress"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "TemporaryDurationMinutes"), "integer", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterV2UserKubeconfigRequest");
  return issues;
}
function checkDescribeClusterVulsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterVulsRequest");
  return issues;
}
function checkDescribeClustersRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "clusterType":
        f2 = o["clusterType"];
        break;
      case "resource_group_id":
        f3 = o["resource_group_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "clusterType"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "resource_group_id"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClustersRequest");
  return issues;
}
function checkDescribeClustersForRegionRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "cluster_type":
        f2 = o["cluster_type"];
        break;
      case "page_size":
        f3 = o["page_size"];
        break;
      case "page_number":
        f4 = o["page_number"];
        break;
      case "profile":
        f5 = o["profile"];
        break;
      case "cluster_spec":
        f6 = o["cluster_spec"];
        break;
      case "cluster_id":
        f7 = o["cluster_id"];
        break;
      case "region_id":
        f8 = o["region_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "cluster_type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "page_size"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "page_number"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "profile"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "cluster_spec"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f7);
    }
  }
  if (f8 === void 0) {
    issues = report(issues, at(path, "region_id"), "required", "is required");
  } else {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClustersForRegionRequest");
  return issues;
}
function checkDescribeClustersV1Request(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "cluster_type":
        f2 = o["cluster_type"];
        break;
      case "page_size":
        f3 = o["page_size"];
        break;
      case "page_number":
        f4 = o["page_number"];
        break;
      case "profile":
        f5 = o["profile"];
        break;
      case "cluster_spec":
        f6 = o["cluster_spec"];
        break;
      case "region_id":
        f7 = o["region_id"];
        break;
      case "cluster_id":
        f8 = o["cluster_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "cluster_type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "page_size"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "page_number"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "profile"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "cluster_spec"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClustersV1Request");
  return issues;
}
function checkDescribeEventsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "type":
        f2 = o["type"];
        break;
      case "page_size":
        f3 = o["page_size"];
        break;
      case "page_number":
        f4 = o["page_number"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "page_size"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "page_number"), "integer", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeEventsRequest");
  return issues;
}
function checkDescribeEventsForRegionRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "page_size":
        f2 = o["page_size"];
        break;
      case "page_number":
        f3 = o["page_number"];
        break;
      case "region_id":
        f4 = o["region_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "page_size"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "page_number"), "integer", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at(path, "region_id"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeEventsForRegionRequest");
  return issues;
}
function checkDescribeExternalAgentRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "PrivateIpAddress":
        f2 = o["PrivateIpAddress"];
        break;
      case "AgentMode":
        f3 = o["AgentMode"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "PrivateIpAddress"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "AgentMode"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeExternalAgentRequest");
  return issues;
}
function checkDescribeKubernetesVersionMetadataRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "Region":
        f1 = o["Region"];
        break;
      case "ClusterType":
        f2 = o["ClusterType"];
        break;
      case "KubernetesVersion":
        f3 = o["KubernetesVersion"];
        break;
      case "Profile":
        f4 = o["Profile"];
        break;
      case "runtime":
        f5 = o["runtime"];
        break;
      case "Mode":
        f6 = o["Mode"];
        break;
      case "QueryUpgradableVersion":
        f7 = o["QueryUpgradableVersion"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "Region"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "Region"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "ClusterType"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "ClusterType"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "KubernetesVersion"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "Profile"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "runtime"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "Mode"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at(path, "QueryUpgradableVersion"), "boolean", f7);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "DescribeKubernetesVersionMetadataRequest");
  return issues;
}
function checkDescribeNodePoolVulsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "nodepool_id":
        f2 = o["nodepool_id"];
        break;
      case "necessity":
        f3 = o["necessity"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "nodepool_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "nodepool_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "necessity"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeNodePoolVulsRequest");
  return issues;
}
function checkDescribePoliciesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    (others ??= []).push(key);
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribePoliciesRequest");
  return issues;
}
function checkDescribePolicyDetailsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "policy_name":
        f1 = o["policy_name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "policy_name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "policy_name"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribePolicyDetailsRequest");
  return issues;
}
function checkDescribePolicyGovernanceInClusterRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "DescribePolicyGovernanceInClusterRequest");
  return issues;
}
function checkDescribePolicyInstancesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "policy_name":
        f2 = o["policy_name"];
        break;
      case "instance_name":
        f3 = o["instance_name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "policy_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "instance_name"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribePolicyInstancesRequest");
  return issues;
}
function checkDescribePolicyInstancesStatusRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribePolicyInstancesStatusRequest");
  return issues;
}
function checkDescribeResourcesDeleteProtectionRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "ResourceType":
        f2 = o["ResourceType"];
        break;
      case "namespace":
        f3 = o["namespace"];
        break;
      case "resources":
        f4 = o["resources"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "ResourceType"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "ResourceType"), "string", f2);
    } else {
      if (!(f2 === "namespaces" || f2 === "services")) {
        issues = report(issues, at(path, "ResourceType"), "enum", 'must be one of "namespaces", "services"');
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "namespace"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "resources"), "string", f4);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "DescribeResourcesDeleteProtectionRequest");
  return issues;
}
function checkDescribeSubaccountK8sClusterUserConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "Uid":
        f2 = o["Uid"];
        break;
      case "PrivateIpAddress":
        f3 = o["PrivateIpAddress"];
        break;
      case "TemporaryDurationMinutes":
        f4 = o["TemporaryDurationMinutes"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "Uid"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "Uid"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "PrivateIpAddress"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "TemporaryDurationMinutes"), "integer", f4);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "DescribeSubaccountK8sClusterUserConfigRequest");
  return issues;
}
function checkDescribeTaskInfoRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "task_id":
        f1 = o["task_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "task_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "task_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeTaskInfoRequest");
  return issues;
}
function checkDescribeTemplateAttributeRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "TemplateId":
        f1 = o["TemplateId"];
        break;
      case "template_type":
        f2 = o["template_type"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "TemplateId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "TemplateId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "template_type"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeTemplateAttributeRequest");
  return issues;
}
function checkDescribeTemplatesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "template_type":
        f1 = o["template_type"];
        break;
      case "page_num":
        f2 = o["page_num"];
        break;
      case "page_size":
        f3 = o["page_size"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "template_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "page_num"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "page_size"), "integer", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeTemplatesRequest");
  return issues;
}
function checkDescribeTriggerRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "Namespace":
        f2 = o["Namespace"];
        break;
      case "Type":
        f3 = o["Type"];
        break;
      case "Name":
        f4 = o["Name"];
        break;
      case "action":
        f5 = o["action"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "Namespace"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "Namespace"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "Type"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at(path, "Name"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "Name"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "action"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeTriggerRequest");
  return issues;
}
function checkDescribeUserClusterNamespacesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeUserClusterNamespacesRequest");
  return issues;
}
function checkDescribeUserPermissionRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "uid":
        f1 = o["uid"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "uid"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeUserPermissionRequest");
  return issues;
}
function checkDescribeUserQuotaRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    (others ??= []).push(key);
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeUserQuotaRequest");
  return issues;
}
function checkDescribeWorkflowsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    (others ??= []).push(key);
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeWorkflowsRequest");
  return issues;
}
function checkFixNodePoolVulsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "nodepool_id":
        f2 = o["nodepool_id"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "nodepool_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "nodepool_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkFixNodePoolVulsBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "FixNodePoolVulsRequest");
  return issues;
}
function checkGetClusterAddonInstanceRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "instance_name":
        f2 = o["instance_name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "instance_name"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "instance_name"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetClusterAddonInstanceRequest");
  return issues;
}
function checkGetClusterAuditProjectRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterid":
        f1 = o["clusterid"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterid"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetClusterAuditProjectRequest");
  return issues;
}
function checkGetClusterCheckRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "check_id":
        f2 = o["check_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "check_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "check_id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetClusterCheckRequest");
  return issues;
}
function checkGetClusterDiagnosisCheckItemsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "diagnosis_id":
        f2 = o["diagnosis_id"];
        break;
      case "language":
        f3 = o["language"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "diagnosis_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "diagnosis_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "language"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetClusterDiagnosisCheckItemsRequest");
  return issues;
}
function checkGetClusterDiagnosisResultRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "diagnosis_id":
        f2 = o["diagnosis_id"];
        break;
      case "language":
        f3 = o["language"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "diagnosis_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "diagnosis_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "language"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetClusterDiagnosisResultRequest");
  return issues;
}
function checkGetClusterInspectConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterId":
        f1 = o["clusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetClusterInspectConfigRequest");
  return issues;
}
function checkGetClusterInspectReportDetailRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterId":
        f1 = o["clusterId"];
        break;
      case "reportId":
        f2 = o["reportId"];
        break;
      case "language":
        f3 = o["language"];
        break;
      case "category":
        f4 = o["category"];
        break;
      case "targetType":
        f5 = o["targetType"];
        break;
      case "level":
        f6 = o["level"];
        break;
      case "enableFilter":
        f7 = o["enableFilter"];
        break;
      case "nextToken":
        f8 = o["nextToken"];
        break;
      case "maxResults":
        f9 = o["maxResults"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "reportId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "reportId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "language"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "category"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "targetType"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "level"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at(path, "enableFilter"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "nextToken"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "number" || !Number.isSafeInteger(f9)) {
      issues = mistyped(issues, at(path, "maxResults"), "integer", f9);
    } else {
      if (!(f9 >= -2147483648 && f9 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "maxResults"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetClusterInspectReportDetailRequest");
  return issues;
}
function checkGetKubernetesTriggerRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "Namespace":
        f2 = o["Namespace"];
        break;
      case "Type":
        f3 = o["Type"];
        break;
      case "Name":
        f4 = o["Name"];
        break;
      case "action":
        f5 = o["action"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "Namespace"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "Namespace"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "Type"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at(path, "Name"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "Name"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "action"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetKubernetesTriggerRequest");
  return issues;
}
function checkGetUpgradeStatusRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GetUpgradeStatusRequest");
  return issues;
}
function checkGrantPermissionsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "uid":
        f1 = o["uid"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "uid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkGrantPermissionsBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GrantPermissionsRequest");
  return issues;
}
function checkInstallClusterAddonsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkInstallClusterAddonsBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "InstallClusterAddonsRequest");
  return issues;
}
function checkListAddonsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "region_id":
        f1 = o["region_id"];
        break;
      case "cluster_type":
        f2 = o["cluster_type"];
        break;
      case "profile":
        f3 = o["profile"];
        break;
      case "cluster_spec":
        f4 = o["cluster_spec"];
        break;
      case "cluster_version":
        f5 = o["cluster_version"];
        break;
      case "cluster_id":
        f6 = o["cluster_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "cluster_type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "profile"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "cluster_spec"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "cluster_version"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListAddonsRequest");
  return issues;
}
function checkListClusterAddonInstancesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListClusterAddonInstancesRequest");
  return issues;
}
function checkListClusterChecksRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "type":
        f2 = o["type"];
        break;
      case "target":
        f3 = o["target"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "target"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListClusterChecksRequest");
  return issues;
}
function checkListClusterInspectReportsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterId":
        f1 = o["clusterId"];
        break;
      case "nextToken":
        f2 = o["nextToken"];
        break;
      case "maxResults":
        f3 = o["maxResults"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "nextToken"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "maxResults"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "maxResults"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListClusterInspectReportsRequest");
  return issues;
}
function checkListClusterKubeconfigStatesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "pageNumber":
        f2 = o["pageNumber"];
        break;
      case "pageSize":
        f3 = o["pageSize"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "pageNumber"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "pageNumber"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "pageSize"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "pageSize"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListClusterKubeconfigStatesRequest");
  return issues;
}
function checkListOperationPlansRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "type":
        f2 = o["type"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListOperationPlansRequest");
  return issues;
}
function checkListOperationPlansForRegionRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "region_id":
        f1 = o["region_id"];
        break;
      case "cluster_id":
        f2 = o["cluster_id"];
        break;
      case "type":
        f3 = o["type"];
        break;
      case "state":
        f4 = o["state"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "region_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "state"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListOperationPlansForRegionRequest");
  return issues;
}
function checkListTagResourcesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "resource_ids":
        f1 = o["resource_ids"];
        break;
      case "resource_type":
        f2 = o["resource_type"];
        break;
      case "region_id":
        f3 = o["region_id"];
        break;
      case "tags":
        f4 = o["tags"];
        break;
      case "next_token":
        f5 = o["next_token"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "resource_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "resource_ids"), "array", f1);
    } else {
      const a7 = f1;
      for (let i7 = 0; i7 < a7.length; i7++) {
        const e7 = a7[i7];
        if (typeof e7 !== "string") {
          issues = mistyped(issues, at(path, "resource_ids", i7), "string", e7);
        }
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "resource_type"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "resource_type"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "region_id"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, "tags"), "array", f4);
    } else {
      const a8 = f4;
      for (let i8 = 0; i8 < a8.length; i8++) {
        const e8 = a8[i8];
        path.tokens[path.depth++] = "tags";
        path.tokens[path.depth++] = i8;
        issues = checkTag(e8, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "next_token"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListTagResourcesRequest");
  return issues;
}
function checkListUserKubeConfigStatesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "Uid":
        f1 = o["Uid"];
        break;
      case "page_number":
        f2 = o["page_number"];
        break;
      case "page_size":
        f3 = o["page_size"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "Uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "Uid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "page_number"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "page_number"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "page_size"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "page_size"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ListUserKubeConfigStatesRequest");
  return issues;
}
function checkMigrateClusterRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkMigrateClusterBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "MigrateClusterRequest");
  return issues;
}
function checkModifyClusterRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkModifyClusterBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterRequest");
  return issues;
}
function checkModifyClusterAddonRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "component_id":
        f2 = o["component_id"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "component_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "component_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkModifyClusterAddonBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterAddonRequest");
  return issues;
}
function checkModifyClusterNodePoolRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolId":
        f2 = o["NodepoolId"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at(path, "ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolId"), "string", f2);
    } else {
      if (f2.length < 1 || f2.length < 2 && codePointLength(f2) < 1) {
        issues = report(issues, at(path, "NodepoolId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkModifyClusterNodePoolBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolRequest");
  return issues;
}
function checkModifyClusterTagsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkModifyClusterTagsBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterTagsRequest");
  return issues;
}
function checkModifyNodePoolNodeConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolId":
        f2 = o["NodepoolId"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkModifyNodePoolNodeConfigBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyNodePoolNodeConfigRequest");
  return issues;
}
function checkModifyPolicyInstanceRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "policy_name":
        f2 = o["policy_name"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "policy_name"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "policy_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkModifyPolicyInstanceBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyPolicyInstanceRequest");
  return issues;
}
function checkOpenAckServiceRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "type":
        f1 = o["type"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "OpenAckServiceRequest");
  return issues;
}
function checkPauseClusterUpgradeRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "PauseClusterUpgradeRequest");
  return issues;
}
function checkPauseComponentUpgradeRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterid":
        f1 = o["clusterid"];
        break;
      case "componentid":
        f2 = o["componentid"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterid"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "componentid"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "componentid"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "PauseComponentUpgradeRequest");
  return issues;
}
function checkPauseTaskRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "task_id":
        f1 = o["task_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "task_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "task_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "PauseTaskRequest");
  return issues;
}
function checkRemoveNodePoolNodesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolId":
        f2 = o["NodepoolId"];
        break;
      case "release_node":
        f3 = o["release_node"];
        break;
      case "drain_node":
        f4 = o["drain_node"];
        break;
      case "nodes":
        f5 = o["nodes"];
        break;
      case "instance_ids":
        f6 = o["instance_ids"];
        break;
      case "concurrency":
        f7 = o["concurrency"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "release_node"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "drain_node"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (!Array.isArray(f5)) {
      issues = mistyped(issues, at(path, "nodes"), "array", f5);
    } else {
      const a9 = f5;
      for (let i9 = 0; i9 < a9.length; i9++) {
        const e9 = a9[i9];
        if (typeof e9 !== "string") {
          issues = mistyped(issues, at(path, "nodes", i9), "string", e9);
        }
      }
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, "instance_ids"), "array", f6);
    } else {
      const a10 = f6;
      for (let i10 = 0; i10 < a10.length; i10++) {
        const e10 = a10[i10];
        if (typeof e10 !== "string") {
          issues = mistyped(issues, at(path, "instance_ids", i10), "string", e10);
        }
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at(path, "concurrency"), "boolean", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RemoveNodePoolNodesRequest");
  return issues;
}
function checkRemoveWorkflowRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "workflowName":
        f1 = o["workflowName"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "workflowName"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "workflowName"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RemoveWorkflowRequest");
  return issues;
}
function checkRepairClusterNodePoolRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "nodepool_id":
        f2 = o["nodepool_id"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "nodepool_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "nodepool_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkRepairClusterNodePoolBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RepairClusterNodePoolRequest");
  return issues;
}
function checkResumeComponentUpgradeRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterid":
        f1 = o["clusterid"];
        break;
      case "componentid":
        f2 = o["componentid"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterid"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "componentid"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "componentid"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ResumeComponentUpgradeRequest");
  return issues;
}
function checkResumeTaskRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "task_id":
        f1 = o["task_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "task_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "task_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ResumeTaskRequest");
  return issues;
}
function checkResumeUpgradeClusterRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ResumeUpgradeClusterRequest");
  return issues;
}
function checkRevokeK8sClusterKubeConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RevokeK8sClusterKubeConfigRequest");
  return issues;
}
function checkRunClusterCheckRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkRunClusterCheckBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RunClusterCheckRequest");
  return issues;
}
function checkRunClusterInspectRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterId":
        f1 = o["clusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkRunClusterInspectBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RunClusterInspectRequest");
  return issues;
}
function checkScaleClusterNodePoolRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolId":
        f2 = o["NodepoolId"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at(path, "ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolId"), "string", f2);
    } else {
      if (f2.length < 1 || f2.length < 2 && codePointLength(f2) < 1) {
        issues = report(issues, at(path, "NodepoolId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkScaleClusterNodePoolBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ScaleClusterNodePoolRequest");
  return issues;
}
function checkScanClusterVulsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ScanClusterVulsRequest");
  return issues;
}
function checkStartAlertRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkStartAlertBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "StartAlertRequest");
  return issues;
}
function checkStartWorkflowRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "body":
        f1 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkStartWorkflowBody(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "StartWorkflowRequest");
  return issues;
}
function checkStopAlertRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkStopAlertBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "StopAlertRequest");
  return issues;
}
function checkSyncClusterNodePoolRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "SyncClusterNodePoolRequest");
  return issues;
}
function checkTagResourcesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "body":
        f1 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkTagResourcesBody(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "TagResourcesRequest");
  return issues;
}
function checkUnInstallClusterAddonsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUnInstallClusterAddonsBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UnInstallClusterAddonsRequest");
  return issues;
}
function checkUntagResourcesRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "region_id":
        f1 = o["region_id"];
        break;
      case "resource_ids":
        f2 = o["resource_ids"];
        break;
      case "resource_type":
        f3 = o["resource_type"];
        break;
      case "tag_keys":
        f4 = o["tag_keys"];
        break;
      case "all":
        f5 = o["all"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "region_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "resource_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "resource_ids"), "array", f2);
    } else {
      const a11 = f2;
      for (let i11 = 0; i11 < a11.length; i11++) {
        const e11 = a11[i11];
        if (typeof e11 !== "string") {
          issues = mistyped(issues, at(path, "resource_ids", i11), "string", e11);
        }
      }
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "resource_type"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "resource_type"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at(path, "tag_keys"), "required", "is required");
  } else {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, "tag_keys"), "array", f4);
    } else {
      const a12 = f4;
      for (let i12 = 0; i12 < a12.length; i12++) {
        const e12 = a12[i12];
        if (typeof e12 !== "string") {
          issues = mistyped(issues, at(path, "tag_keys", i12), "string", e12);
        }
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at(path, "all"), "boolean", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UntagResourcesRequest");
  return issues;
}
function checkUpdateClusterAuditLogConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterid":
        f1 = o["clusterid"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpdateClusterAuditLogConfigBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateClusterAuditLogConfigRequest");
  return issues;
}
function checkUpdateClusterInspectConfigRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clusterId":
        f1 = o["clusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpdateClusterInspectConfigBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateClusterInspectConfigRequest");
  return issues;
}
function checkUpdateContactGroupForAlertRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpdateContactGroupForAlertBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateContactGroupForAlertRequest");
  return issues;
}
function checkUpdateControlPlaneLogRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpdateControlPlaneLogBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateControlPlaneLogRequest");
  return issues;
}
function checkUpdateK8sClusterUserConfigExpireRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkUpdateK8sClusterUserConfigExpireBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateK8sClusterUserConfigExpireRequest");
  return issues;
}
function checkUpdateResourcesDeleteProtectionRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "body"), "required", "is required");
  } else {
    path.tokens[path.depth++] = "body";
    issues = checkUpdateResourcesDeleteProtectionBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateResourcesDeleteProtectionRequest");
  return issues;
}
function checkUpdateTemplateRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "TemplateId":
        f1 = o["TemplateId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "TemplateId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "TemplateId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpdateTemplateBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateTemplateRequest");
  return issues;
}
function checkUpdateUserPermissionsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "uid":
        f1 = o["uid"];
        break;
      case "mode":
        f2 = o["mode"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "uid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "mode"), "string", f2);
    } else {
      if (!(f2 === "delete" || f2 === "patch" || f2 === "apply")) {
        issues = report(issues, at(path, "mode"), "enum", 'must be one of "delete", "patch", "apply"');
      }
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpdateUserPermissionsBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateUserPermissionsRequest");
  return issues;
}
function checkUpgradeClusterRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpgradeClusterBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpgradeClusterRequest");
  return issues;
}
function checkUpgradeClusterAddonsRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "body":
        f2 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpgradeClusterAddonsBody(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpgradeClusterAddonsRequest");
  return issues;
}
function checkUpgradeClusterNodepoolRequest(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "ClusterId":
        f1 = o["ClusterId"];
        break;
      case "NodepoolId":
        f2 = o["NodepoolId"];
        break;
      case "body":
        f3 = o["body"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "NodepoolId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "body";
    issues = checkUpgradeClusterNodepoolBody(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpgradeClusterNodepoolRequest");
  return issues;
}
function checkAddon(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "config":
        f2 = o["config"];
        break;
      case "disabled":
        f3 = o["disabled"];
        break;
      case "version":
        f4 = o["version"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "config"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "disabled"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "Addon");
  return issues;
}
function checkAttachInstancesBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "instances":
        f1 = o["instances"];
        break;
      case "key_pair":
        f2 = o["key_pair"];
        break;
      case "password":
        f3 = o["password"];
        break;
      case "format_disk":
        f4 = o["format_disk"];
        break;
      case "keep_instance_name":
        f5 = o["keep_instance_name"];
        break;
      case "is_edge_worker":
        f6 = o["is_edge_worker"];
        break;
      case "nodepool_id":
        f7 = o["nodepool_id"];
        break;
      case "image_id":
        f8 = o["image_id"];
        break;
      case "cpu_policy":
        f9 = o["cpu_policy"];
        break;
      case "user_data":
        f10 = o["user_data"];
        break;
      case "rds_instances":
        f11 = o["rds_instances"];
        break;
      case "runtime":
        f12 = o["runtime"];
        break;
      case "tags":
        f13 = o["tags"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "instances"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "instances"), "array", f1);
    } else {
      const a13 = f1;
      for (let i13 = 0; i13 < a13.length; i13++) {
        const e13 = a13[i13];
        if (typeof e13 !== "string") {
          issues = mistyped(issues, at(path, "instances", i13), "string", e13);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "key_pair"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "password"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "format_disk"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at(path, "keep_instance_name"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "is_edge_worker"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "nodepool_id"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "image_id"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at(path, "cpu_policy"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "user_data"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (!Array.isArray(f11)) {
      issues = mistyped(issues, at(path, "rds_instances"), "array", f11);
    } else {
      const a14 = f11;
      for (let i14 = 0; i14 < a14.length; i14++) {
        const e14 = a14[i14];
        if (typeof e14 !== "string") {
          issues = mistyped(issues, at(path, "rds_instances", i14), "string", e14);
        }
      }
    }
  }
  if (f12 !== void 0) {
    path.tokens[path.depth++] = "runtime";
    issues = checkRuntime(f12, issues, path);
    path.depth--;
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, "tags"), "array", f13);
    } else {
      const a15 = f13;
      for (let i15 = 0; i15 < a15.length; i15++) {
        const e15 = a15[i15];
        path.tokens[path.depth++] = "tags";
        path.tokens[path.depth++] = i15;
        issues = checkTag(e15, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "AttachInstancesBody");
  return issues;
}
function checkAttachInstancesToNodePoolBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "instances":
        f1 = o["instances"];
        break;
      case "password":
        f2 = o["password"];
        break;
      case "format_disk":
        f3 = o["format_disk"];
        break;
      case "keep_instance_name":
        f4 = o["keep_instance_name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "instances"), "array", f1);
    } else {
      const a16 = f1;
      for (let i16 = 0; i16 < a16.length; i16++) {
        const e16 = a16[i16];
        if (typeof e16 !== "string") {
          issues = mistyped(issues, at(path, "instances", i16), "string", e16);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "password"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "format_disk"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "keep_instance_name"), "boolean", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "AttachInstancesToNodePoolBody");
  return issues;
}
function checkCancelWorkflowBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "action":
        f1 = o["action"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "action"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "action"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CancelWorkflowBody");
  return issues;
}
function checkCheckServiceRoleBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "roles":
        f1 = o["roles"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "roles"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "roles"), "array", f1);
    } else {
      const a17 = f1;
      for (let i17 = 0; i17 < a17.length; i17++) {
        const e17 = a17[i17];
        path.tokens[path.depth++] = "roles";
        path.tokens[path.depth++] = i17;
        issues = checkCheckServiceRoleBodyRolesItem(e17, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CheckServiceRoleBody");
  return issues;
}
function checkCheckServiceRoleBodyRolesItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CheckServiceRoleBodyRolesItem");
  return issues;
}
function checkContainerdConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "registryMirrors":
        f1 = o["registryMirrors"];
        break;
      case "insecureRegistries":
        f2 = o["insecureRegistries"];
        break;
      case "maxConcurrentDownloads":
        f3 = o["maxConcurrentDownloads"];
        break;
      case "ignoreImageDefinedVolume":
        f4 = o["ignoreImageDefinedVolume"];
        break;
      case "limitCore":
        f5 = o["limitCore"];
        break;
      case "limitNoFile":
        f6 = o["limitNoFile"];
        break;
      case "limitMemLock":
        f7 = o["limitMemLock"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "registryMirrors"), "array", f1);
    } else {
      const a18 = f1;
      for (let i18 = 0; i18 < a18.length; i18++) {
        const e18 = a18[i18];
        if (typeof e18 !== "string") {
          issues = mistyped(issues, at(path, "registryMirrors", i18), "string", e18);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "insecureRegistries"), "array", f2);
    } else {
      const a19 = f2;
      for (let i19 = 0; i19 < a19.length; i19++) {
        const e19 = a19[i19];
        if (typeof e19 !== "string") {
          issues = mistyped(issues, at(path, "insecureRegistries", i19), "string", e19);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "maxConcurrentDownloads"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "ignoreImageDefinedVolume"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, "limitCore"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "number" || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at(path, "limitNoFile"), "integer", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "limitMemLock"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ContainerdConfig");
  return issues;
}
function checkCreateAutoscalingConfigBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cool_down_duration":
        f1 = o["cool_down_duration"];
        break;
      case "unneeded_duration":
        f2 = o["unneeded_duration"];
        break;
      case "utilization_threshold":
        f3 = o["utilization_threshold"];
        break;
      case "gpu_utilization_threshold":
        f4 = o["gpu_utilization_threshold"];
        break;
      case "scan_interval":
        f5 = o["scan_interval"];
        break;
      case "scale_down_enabled":
        f6 = o["scale_down_enabled"];
        break;
      case "expander":
        f7 = o["expander"];
        break;
      case "skip_nodes_with_system_pods":
        f8 = o["skip_nodes_with_system_pods"];
        break;
      case "skip_nodes_with_local_storage":
        f9 = o["skip_nodes_with_local_storage"];
        break;
      case "daemonset_eviction_for_nodes":
        f10 = o["daemonset_eviction_for_nodes"];
        break;
      case "max_graceful_termination_sec":
        f11 = o["max_graceful_termination_sec"];
        break;
      case "min_replica_count":
        f12 = o["min_replica_count"];
        break;
      case "recycle_node_deletion_enabled":
        f13 = o["recycle_node_deletion_enabled"];
        break;
      case "scale_up_from_zero":
        f14 = o["scale_up_from_zero"];
        break;
      case "scaler_type":
        f15 = o["scaler_type"];
        break;
      case "priorities":
        f16 = o["priorities"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cool_down_duration"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "unneeded_duration"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "utilization_threshold"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "gpu_utilization_threshold"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "scan_interval"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "scale_down_enabled"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "expander"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at(path, "skip_nodes_with_system_pods"), "boolean", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "boolean") {
      issues = mistyped(issues, at(path, "skip_nodes_with_local_storage"), "boolean", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "boolean") {
      issues = mistyped(issues, at(path, "daemonset_eviction_for_nodes"), "boolean", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "number" || !Number.isSafeInteger(f11)) {
      issues = mistyped(issues, at(path, "max_graceful_termination_sec"), "integer", f11);
    } else {
      if (!(f11 >= -2147483648 && f11 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "max_graceful_termination_sec"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "number" || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at(path, "min_replica_count"), "integer", f12);
    } else {
      if (!(f12 >= -2147483648 && f12 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "min_replica_count"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "boolean") {
      issues = mistyped(issues, at(path, "recycle_node_deletion_enabled"), "boolean", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "boolean") {
      issues = mistyped(issues, at(path, "scale_up_from_zero"), "boolean", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at(path, "scaler_type"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "object" || f16 === null || Array.isArray(f16)) {
      issues = mistyped(issues, at(path, "priorities"), "object", f16);
    } else {
      const m1 = f16;
      const k1 = Object.keys(m1);
      for (let i20 = 0; i20 < k1.length; i20++) {
        const key1 = k1[i20];
        const e20 = m1[key1];
        if (!Array.isArray(e20)) {
          issues = mistyped(issues, at(path, "priorities", key1), "array", e20);
        } else {
          const a20 = e20;
          for (let i21 = 0; i21 < a20.length; i21++) {
            const e21 = a20[i21];
            if (typeof e21 !== "string") {
              issues = mistyped(issues, at(path, "priorities", key1, i21), "string", e21);
            }
          }
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateAutoscalingConfigBody");
  return issues;
}
function checkCreateClusterBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  let f20;
  let f21;
  let f22;
  let f23;
  let f24;
  let f25;
  let f26;
  let f27;
  let f28;
  let f29;
  let f30;
  let f31;
  let f32;
  let f33;
  let f34;
  let f35;
  let f36;
  let f37;
  let f38;
  let f39;
  let f40;
  let f41;
  let f42;
  let f43;
  let f44;
  let f45;
  let f46;
  let f47;
  let f48;
  let f49;
  let f50;
  let f51;
  let f52;
  let f53;
  let f54;
  let f55;
  let f56;
  let f57;
  let f58;
  let f59;
  let f60;
  let f61;
  let f62;
  let f63;
  let f64;
  let f65;
  let f66;
  let f67;
  let f68;
  let f69;
  let f70;
  let f71;
  let f72;
  let f73;
  let f74;
  let f75;
  let f76;
  let f77;
  let f78;
  let f79;
  let f80;
  let f81;
  let f82;
  let f83;
  let f84;
  let f85;
  let f86;
  let f87;
  let f88;
  let f89;
  let f90;
  let f91;
  let f92;
  let f93;
  let f94;
  let f95;
  let f96;
  let f97;
  let f98;
  let f99;
  let f100;
  let f101;
  let f102;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "region_id":
        f2 = o["region_id"];
        break;
      case "cluster_type":
        f3 = o["cluster_type"];
        break;
      case "cluster_spec":
        f4 = o["cluster_spec"];
        break;
      case "profile":
        f5 = o["profile"];
        break;
      case "kubernetes_version":
        f6 = o["kubernetes_version"];
        break;
      case "auto_mode":
        f7 = o["auto_mode"];
        break;
      case "tags":
        f8 = o["tags"];
        break;
      case "resource_group_id":
        f9 = o["resource_group_id"];
        break;
      case "deletion_protection":
        f10 = o["deletion_protection"];
        break;
      case "zone_ids":
        f11 = o["zone_ids"];
        break;
      case "vpcid":
        f12 = o["vpcid"];
        break;
      case "vswitch_ids":
        f13 = o["vswitch_ids"];
        break;
      case "ip_stack":
        f14 = o["ip_stack"];
        break;
      case "pod_vswitch_ids":
        f15 = o["pod_vswitch_ids"];
        break;
      case "container_cidr":
        f16 = o["container_cidr"];
        break;
      case "service_cidr":
        f17 = o["service_cidr"];
        break;
      case "security_group_id":
        f18 = o["security_group_id"];
        break;
      case "is_enterprise_security_group":
        f19 = o["is_enterprise_security_group"];
        break;
      case "snat_entry":
        f20 = o["snat_entry"];
        break;
      case "endpoint_public_access":
        f21 = o["endpoint_public_access"];
        break;
      case "load_balancer_id":
        f22 = o["load_balancer_id"];
        break;
      case "ssh_flags":
        f23 = o["ssh_flags"];
        break;
      case "timezone":
        f24 = o["timezone"];
        break;
      case "node_cidr_mask":
        f25 = o["node_cidr_mask"];
        break;
      case "proxy_mode":
        f26 = o["proxy_mode"];
        break;
      case "controlplane_log_ttl":
        f27 = o["controlplane_log_ttl"];
        break;
      case "controlplane_log_project":
        f28 = o["controlplane_log_project"];
        break;
      case "controlplane_log_components":
        f29 = o["controlplane_log_components"];
        break;
      case "audit_log_config":
        f30 = o["audit_log_config"];
        break;
      case "rrsa_config":
        f31 = o["rrsa_config"];
        break;
      case "cluster_domain":
        f32 = o["cluster_domain"];
        break;
      case "encryption_provider_key":
        f33 = o["encryption_provider_key"];
        break;
      case "service_account_issuer":
        f34 = o["service_account_issuer"];
        break;
      case "api_audiences":
        f35 = o["api_audiences"];
        break;
      case "extra_sans":
        f36 = o["extra_sans"];
        break;
      case "maintenance_window":
        f37 = o["maintenance_window"];
        break;
      case "operation_policy":
        f38 = o["operation_policy"];
        break;
      case "addons":
        f39 = o["addons"];
        break;
      case "nodepools":
        f40 = o["nodepools"];
        break;
      case "user_ca":
        f41 = o["user_ca"];
        break;
      case "control_plane_config":
        f42 = o["control_plane_config"];
        break;
      case "custom_san":
        f43 = o["custom_san"];
        break;
      case "runtime":
        f44 = o["runtime"];
        break;
      case "node_name_mode":
        f45 = o["node_name_mode"];
        break;
      case "user_data":
        f46 = o["user_data"];
        break;
      case "image_id":
        f47 = o["image_id"];
        break;
      case "rds_instances":
        f48 = o["rds_instances"];
        break;
      case "taints":
        f49 = o["taints"];
        break;
      case "cloud_monitor_flags":
        f50 = o["cloud_monitor_flags"];
        break;
      case "platform":
        f51 = o["platform"];
        break;
      case "os_type":
        f52 = o["os_type"];
        break;
      case "soc_enabled":
        f53 = o["soc_enabled"];
        break;
      case "security_hardening_os":
        f54 = o["security_hardening_os"];
        break;
      case "cis_enabled":
        f55 = o["cis_enabled"];
        break;
      case "cpu_policy":
        f56 = o["cpu_policy"];
        break;
      case "node_port_range":
        f57 = o["node_port_range"];
        break;
      case "master_vswitch_ids":
        f58 = o["master_vswitch_ids"];
        break;
      case "key_pair":
        f59 = o["key_pair"];
        break;
      case "login_password":
        f60 = o["login_password"];
        break;
      case "master_count":
        f61 = o["master_count"];
        break;
      case "master_instance_types":
        f62 = o["master_instance_types"];
        break;
      case "master_system_disk_category":
        f63 = o["master_system_disk_category"];
        break;
      case "master_system_disk_size":
        f64 = o["master_system_disk_size"];
        break;
      case "master_system_disk_performance_level":
        f65 = o["master_system_disk_performance_level"];
        break;
      case "master_system_disk_snapshot_policy_id":
        f66 = o["master_system_disk_snapshot_policy_id"];
        break;
      case "master_instance_charge_type":
        f67 = o["master_instance_charge_type"];
        break;
      case "master_period_unit":
        f68 = o["master_period_unit"];
        break;
      case "master_period":
        f69 = o["master_period"];
        break;
      case "master_auto_renew":
        f70 = o["master_auto_renew"];
        break;
      case "master_auto_renew_period":
        f71 = o["master_auto_renew_period"];
        break;
      case "num_of_nodes":
        f72 = o["num_of_nodes"];
        break;
      case "worker_vswitch_ids":
        f73 = o["worker_vswitch_ids"];
        break;
      case "worker_instance_types":
        f74 = o["worker_instance_types"];
        break;
      case "worker_system_disk_category":
        f75 = o["worker_system_disk_category"];
        break;
      case "worker_system_disk_size":
        f76 = o["worker_system_disk_size"];
        break;
      case "worker_system_disk_snapshot_policy_id":
        f77 = o["worker_system_disk_snapshot_policy_id"];
        break;
      case "worker_system_disk_performance_level":
        f78 = o["worker_system_disk_performance_level"];
        break;
      case "worker_data_disks":
        f79 = o["worker_data_disks"];
        break;
      case "worker_instance_charge_type":
        f80 = o["worker_instance_charge_type"];
        break;
      case "worker_period_unit":
        f81 = o["worker_period_unit"];
        break;
      case "worker_period":
        f82 = o["worker_period"];
        break;
      case "worker_auto_renew":
        f83 = o["worker_auto_renew"];
        break;
      case "worker_auto_renew_period":
        f84 = o["worker_auto_renew_period"];
        break;
      case "instances":
        f85 = o["instances"];
        break;
      case "format_disk":
        f86 = o["format_disk"];
        break;
      case "keep_instance_name":
        f87 = o["keep_instance_name"];
        break;
      case "service_discovery_types":
        f88 = o["service_discovery_types"];
        break;
      case "nat_gateway":
        f89 = o["nat_gateway"];
        break;
      case "zone_id":
        f90 = o["zone_id"];
        break;
      case "logging_type":
        f91 = o["logging_type"];
        break;
      case "disable_rollback":
        f92 = o["disable_rollback"];
        break;
      case "timeout_mins":
        f93 = o["timeout_mins"];
        break;
      case "image_type":
        f94 = o["image_type"];
        break;
      case "load_balancer_spec":
        f95 = o["load_balancer_spec"];
        break;
      case "enable_rrsa":
        f96 = o["enable_rrsa"];
        break;
      case "charge_type":
        f97 = o["charge_type"];
        break;
      case "period_unit":
        f98 = o["period_unit"];
        break;
      case "period":
        f99 = o["period"];
        break;
      case "auto_renew":
        f100 = o["auto_renew"];
        break;
      case "auto_renew_period":
        f101 = o["auto_renew_period"];
        break;
      case "access_control_list":
        f102 = o["access_control_list"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "region_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "cluster_type"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "cluster_spec"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "profile"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "kubernetes_version"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    path.tokens[path.depth++] = "auto_mode";
    issues = checkCreateClusterBodyAutoMode(f7, issues, path);
    path.depth--;
  }
  if (f8 !== void 0) {
    if (!Array.isArray(f8)) {
      issues = mistyped(issues, at(path, "tags"), "array", f8);
    } else {
      const a21 = f8;
      for (let i22 = 0; i22 < a21.length; i22++) {
        const e22 = a21[i22];
        path.tokens[path.depth++] = "tags";
        path.tokens[path.depth++] = i22;
        issues = checkTag(e22, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at(path, "resource_group_id"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "boolean") {
      issues = mistyped(issues, at(path, "deletion_protection"), "boolean", f10);
    }
  }
  if (f11 !== void 0) {
    if (!Array.isArray(f11)) {
      issues = mistyped(issues, at(path, "zone_ids"), "array", f11);
    } else {
      const a22 = f11;
      for (let i23 = 0; i23 < a22.length; i23++) {
        const e23 = a22[i23];
        if (typeof e23 !== "string") {
          issues = mistyped(issues, at(path, "zone_ids", i23), "string", e23);
        }
      }
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at(path, "vpcid"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, "vswitch_ids"), "array", f13);
    } else {
      const a23 = f13;
      for (let i24 = 0; i24 < a23.length; i24++) {
        const e24 = a23[i24];
        if (typeof e24 !== "string") {
          issues = mistyped(issues, at(path, "vswitch_ids", i24), "string", e24);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at(path, "ip_stack"), "string", f14);
    } else {
      if (!(f14 === "ipv4" || f14 === "dual")) {
        issues = report(issues, at(path, "ip_stack"), "enum", 'must be one of "ipv4", "dual"');
      }
    }
  }
  if (f15 !== void 0) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at(path, "pod_vswitch_ids"), "array", f15);
    } else {
      const a24 = f15;
      for (let i25 = 0; i25 < a24.length; i25++) {
        const e25 = a24[i25];
        if (typeof e25 !== "string") {
          issues = mistyped(issues, at(path, "pod_vswitch_ids", i25), "string", e25);
        }
      }
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "string") {
      issues = mistyped(issues, at(path, "container_cidr"), "string", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at(path, "service_cidr"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at(path, "security_group_id"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "boolean") {
      issues = mistyped(issues, at(path, "is_enterprise_security_group"), "boolean", f19);
    }
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "boolean") {
      issues = mistyped(issues, at(path, "snat_entry"), "boolean", f20);
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "boolean") {
      issues = mistyped(issues, at(path, "endpoint_public_access"), "boolean", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at(path, "load_balancer_id"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "boolean") {
      issues = mistyped(issues, at(path, "ssh_flags"), "boolean", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at(path, "timezone"), "string", f24);
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "string") {
      issues = mistyped(issues, at(path, "node_cidr_mask"), "string", f25);
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "string") {
      issues = mistyped(issues, at(path, "proxy_mode"), "string", f26);
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "string") {
      issues = mistyped(issues, at(path, "controlplane_log_ttl"), "string", f27);
    }
  }
  if (f28 !== void 0) {
    if (typeof f28 !== "string") {
      issues = mistyped(issues, at(path, "controlplane_log_project"), "string", f28);
    }
  }
  if (f29 !== void 0) {
    if (!Array.isArray(f29)) {
      issues = mistyped(issues, at(path, "controlplane_log_components"), "array", f29);
    } else {
      const a25 = f29;
      for (let i26 = 0; i26 < a25.length; i26++) {
        const e26 = a25[i26];
        if (typeof e26 !== "string") {
          issues = mistyped(issues, at(path, "controlplane_log_components", i26), "string", e26);
        }
      }
    }
  }
  if (f30 !== void 0) {
    path.tokens[path.depth++] = "audit_log_config";
    issues = checkCreateClusterBodyAuditLogConfig(f30, issues, path);
    path.depth--;
  }
  if (f31 !== void 0) {
    path.tokens[path.depth++] = "rrsa_config";
    issues = checkCreateClusterBodyRrsaConfig(f31, issues, path);
    path.depth--;
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "string") {
      issues = mistyped(issues, at(path, "cluster_domain"), "string", f32);
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "string") {
      issues = mistyped(issues, at(path, "encryption_provider_key"), "string", f33);
    }
  }
  if (f34 !== void 0) {
    if (typeof f34 !== "string") {
      issues = mistyped(issues, at(path, "service_account_issuer"), "string", f34);
    }
  }
  if (f35 !== void 0) {
    if (typeof f35 !== "string") {
      issues = mistyped(issues, at(path, "api_audiences"), "string", f35);
    }
  }
  if (f36 !== void 0) {
    if (!Array.isArray(f36)) {
      issues = mistyped(issues, at(path, "extra_sans"), "array", f36);
    } else {
      const a26 = f36;
      for (let i27 = 0; i27 < a26.length; i27++) {
        const e27 = a26[i27];
        if (typeof e27 !== "string") {
          issues = mistyped(issues, at(path, "extra_sans", i27), "string", e27);
        }
      }
    }
  }
  if (f37 !== void 0) {
    path.tokens[path.depth++] = "maintenance_window";
    issues = checkMaintenanceWindow(f37, issues, path);
    path.depth--;
  }
  if (f38 !== void 0) {
    path.tokens[path.depth++] = "operation_policy";
    issues = checkCreateClusterBodyOperationPolicy(f38, issues, path);
    path.depth--;
  }
  if (f39 !== void 0) {
    if (!Array.isArray(f39)) {
      issues = mistyped(issues, at(path, "addons"), "array", f39);
    } else {
      const a27 = f39;
      for (let i28 = 0; i28 < a27.length; i28++) {
        const e28 = a27[i28];
        path.tokens[path.depth++] = "addons";
        path.tokens[path.depth++] = i28;
        issues = checkAddon(e28, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f40 !== void 0) {
    if (!Array.isArray(f40)) {
      issues = mistyped(issues, at(path, "nodepools"), "array", f40);
    } else {
      const a28 = f40;
      for (let i29 = 0; i29 < a28.length; i29++) {
        const e29 = a28[i29];
        path.tokens[path.depth++] = "nodepools";
        path.tokens[path.depth++] = i29;
        issues = checkNodePool(e29, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f41 !== void 0) {
    if (typeof f41 !== "string") {
      issues = mistyped(issues, at(path, "user_ca"), "string", f41);
    }
  }
  if (f42 !== void 0) {
    path.tokens[path.depth++] = "control_plane_config";
    issues = checkCreateClusterBodyControlPlaneConfig(f42, issues, path);
    path.depth--;
  }
  if (f43 !== void 0) {
    if (typeof f43 !== "string") {
      issues = mistyped(issues, at(path, "custom_san"), "string", f43);
    }
  }
  if (f44 !== void 0) {
    path.tokens[path.depth++] = "runtime";
    issues = checkRuntime(f44, issues, path);
    path.depth--;
  }
  if (f45 !== void 0) {
    if (typeof f45 !== "string") {
      issues = mistyped(issues, at(path, "node_name_mode"), "string", f45);
    }
  }
  if (f46 !== void 0) {
    if (typeof f46 !== "string") {
      issues = mistyped(issues, at(path, "user_data"), "string", f46);
    }
  }
  if (f47 !== void 0) {
    if (typeof f47 !== "string") {
      issues = mistyped(issues, at(path, "image_id"), "string", f47);
    }
  }
  if (f48 !== void 0) {
    if (!Array.isArray(f48)) {
      issues = mistyped(issues, at(path, "rds_instances"), "array", f48);
    } else {
      const a29 = f48;
      for (let i30 = 0; i30 < a29.length; i30++) {
        const e30 = a29[i30];
        if (typeof e30 !== "string") {
          issues = mistyped(issues, at(path, "rds_instances", i30), "string", e30);
        }
      }
    }
  }
  if (f49 !== void 0) {
    if (!Array.isArray(f49)) {
      issues = mistyped(issues, at(path, "taints"), "array", f49);
    } else {
      const a30 = f49;
      for (let i31 = 0; i31 < a30.length; i31++) {
        const e31 = a30[i31];
        path.tokens[path.depth++] = "taints";
        path.tokens[path.depth++] = i31;
        issues = checkTaint(e31, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f50 !== void 0) {
    if (typeof f50 !== "boolean") {
      issues = mistyped(issues, at(path, "cloud_monitor_flags"), "boolean", f50);
    }
  }
  if (f51 !== void 0) {
    if (typeof f51 !== "string") {
      issues = mistyped(issues, at(path, "platform"), "string", f51);
    }
  }
  if (f52 !== void 0) {
    if (typeof f52 !== "string") {
      issues = mistyped(issues, at(path, "os_type"), "string", f52);
    }
  }
  if (f53 !== void 0) {
    if (typeof f53 !== "boolean") {
      issues = mistyped(issues, at(path, "soc_enabled"), "boolean", f53);
    }
  }
  if (f54 !== void 0) {
    if (typeof f54 !== "boolean") {
      issues = mistyped(issues, at(path, "security_hardening_os"), "boolean", f54);
    }
  }
  if (f55 !== void 0) {
    if (typeof f55 !== "boolean") {
      issues = mistyped(issues, at(path, "cis_enabled"), "boolean", f55);
    }
  }
  if (f56 !== void 0) {
    if (typeof f56 !== "string") {
      issues = mistyped(issues, at(path, "cpu_policy"), "string", f56);
    }
  }
  if (f57 !== void 0) {
    if (typeof f57 !== "string") {
      issues = mistyped(issues, at(path, "node_port_range"), "string", f57);
    }
  }
  if (f58 !== void 0) {
    if (!Array.isArray(f58)) {
      issues = mistyped(issues, at(path, "master_vswitch_ids"), "array", f58);
    } else {
      const a31 = f58;
      for (let i32 = 0; i32 < a31.length; i32++) {
        const e32 = a31[i32];
        if (typeof e32 !== "string") {
          issues = mistyped(issues, at(path, "master_vswitch_ids", i32), "string", e32);
        }
      }
    }
  }
  if (f59 !== void 0) {
    if (typeof f59 !== "string") {
      issues = mistyped(issues, at(path, "key_pair"), "string", f59);
    }
  }
  if (f60 !== void 0) {
    if (typeof f60 !== "string") {
      issues = mistyped(issues, at(path, "login_password"), "string", f60);
    }
  }
  if (f61 !== void 0) {
    if (typeof f61 !== "number" || !Number.isSafeInteger(f61)) {
      issues = mistyped(issues, at(path, "master_count"), "integer", f61);
    }
  }
  if (f62 !== void 0) {
    if (!Array.isArray(f62)) {
      issues = mistyped(issues, at(path, "master_instance_types"), "array", f62);
    } else {
      const a32 = f62;
      for (let i33 = 0; i33 < a32.length; i33++) {
        const e33 = a32[i33];
        if (typeof e33 !== "string") {
          issues = mistyped(issues, at(path, "master_instance_types", i33), "string", e33);
        }
      }
    }
  }
  if (f63 !== void 0) {
    if (typeof f63 !== "string") {
      issues = mistyped(issues, at(path, "master_system_disk_category"), "string", f63);
    }
  }
  if (f64 !== void 0) {
    if (typeof f64 !== "number" || !Number.isSafeInteger(f64)) {
      issues = mistyped(issues, at(path, "master_system_disk_size"), "integer", f64);
    }
  }
  if (f65 !== void 0) {
    if (typeof f65 !== "string") {
      issues = mistyped(issues, at(path, "master_system_disk_performance_level"), "string", f65);
    }
  }
  if (f66 !== void 0) {
    if (typeof f66 !== "string") {
      issues = mistyped(issues, at(path, "master_system_disk_snapshot_policy_id"), "string", f66);
    }
  }
  if (f67 !== void 0) {
    if (typeof f67 !== "string") {
      issues = mistyped(issues, at(path, "master_instance_charge_type"), "string", f67);
    }
  }
  if (f68 !== void 0) {
    if (typeof f68 !== "string") {
      issues = mistyped(issues, at(path, "master_period_unit"), "string", f68);
    }
  }
  if (f69 !== void 0) {
    if (typeof f69 !== "number" || !Number.isSafeInteger(f69)) {
      issues = mistyped(issues, at(path, "master_period"), "integer", f69);
    }
  }
  if (f70 !== void 0) {
    if (typeof f70 !== "boolean") {
      issues = mistyped(issues, at(path, "master_auto_renew"), "boolean", f70);
    }
  }
  if (f71 !== void 0) {
    if (typeof f71 !== "number" || !Number.isSafeInteger(f71)) {
      issues = mistyped(issues, at(path, "master_auto_renew_period"), "integer", f71);
    }
  }
  if (f72 !== void 0) {
    if (typeof f72 !== "number" || !Number.isSafeInteger(f72)) {
      issues = mistyped(issues, at(path, "num_of_nodes"), "integer", f72);
    }
  }
  if (f73 !== void 0) {
    if (!Array.isArray(f73)) {
      issues = mistyped(issues, at(path, "worker_vswitch_ids"), "array", f73);
    } else {
      const a33 = f73;
      for (let i34 = 0; i34 < a33.length; i34++) {
        const e34 = a33[i34];
        if (typeof e34 !== "string") {
          issues = mistyped(issues, at(path, "worker_vswitch_ids", i34), "string", e34);
        }
      }
    }
  }
  if (f74 !== void 0) {
    if (!Array.isArray(f74)) {
      issues = mistyped(issues, at(path, "worker_instance_types"), "array", f74);
    } else {
      const a34 = f74;
      for (let i35 = 0; i35 < a34.length; i35++) {
        const e35 = a34[i35];
        if (typeof e35 !== "string") {
          issues = mistyped(issues, at(path, "worker_instance_types", i35), "string", e35);
        }
      }
    }
  }
  if (f75 !== void 0) {
    if (typeof f75 !== "string") {
      issues = mistyped(issues, at(path, "worker_system_disk_category"), "string", f75);
    }
  }
  if (f76 !== void 0) {
    if (typeof f76 !== "number" || !Number.isSafeInteger(f76)) {
      issues = mistyped(issues, at(path, "worker_system_disk_size"), "integer", f76);
    }
  }
  if (f77 !== void 0) {
    if (typeof f77 !== "string") {
      issues = mistyped(issues, at(path, "worker_system_disk_snapshot_policy_id"), "string", f77);
    }
  }
  if (f78 !== void 0) {
    if (typeof f78 !== "string") {
      issues = mistyped(issues, at(path, "worker_system_disk_performance_level"), "string", f78);
    }
  }
  if (f79 !== void 0) {
    if (!Array.isArray(f79)) {
      issues = mistyped(issues, at(path, "worker_data_disks"), "array", f79);
    } else {
      const a35 = f79;
      for (let i36 = 0; i36 < a35.length; i36++) {
        const e36 = a35[i36];
        path.tokens[path.depth++] = "worker_data_disks";
        path.tokens[path.depth++] = i36;
        issues = checkCreateClusterBodyWorkerDataDisksItem(e36, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f80 !== void 0) {
    if (typeof f80 !== "string") {
      issues = mistyped(issues, at(path, "worker_instance_charge_type"), "string", f80);
    }
  }
  if (f81 !== void 0) {
    if (typeof f81 !== "string") {
      issues = mistyped(issues, at(path, "worker_period_unit"), "string", f81);
    }
  }
  if (f82 !== void 0) {
    if (typeof f82 !== "number" || !Number.isSafeInteger(f82)) {
      issues = mistyped(issues, at(path, "worker_period"), "integer", f82);
    }
  }
  if (f83 !== void 0) {
    if (typeof f83 !== "boolean") {
      issues = mistyped(issues, at(path, "worker_auto_renew"), "boolean", f83);
    }
  }
  if (f84 !== void 0) {
    if (typeof f84 !== "number" || !Number.isSafeInteger(f84)) {
      issues = mistyped(issues, at(path, "worker_auto_renew_period"), "integer", f84);
    }
  }
  if (f85 !== void 0) {
    if (!Array.isArray(f85)) {
      issues = mistyped(issues, at(path, "instances"), "array", f85);
    } else {
      const a36 = f85;
      for (let i37 = 0; i37 < a36.length; i37++) {
        const e37 = a36[i37];
        if (typeof e37 !== "string") {
          issues = mistyped(issues, at(path, "instances", i37), "string", e37);
        }
      }
    }
  }
  if (f86 !== void 0) {
    if (typeof f86 !== "boolean") {
      issues = mistyped(issues, at(path, "format_disk"), "boolean", f86);
    }
  }
  if (f87 !== void 0) {
    if (typeof f87 !== "boolean") {
      issues = mistyped(issues, at(path, "keep_instance_name"), "boolean", f87);
    }
  }
  if (f88 !== void 0) {
    if (!Array.isArray(f88)) {
      issues = mistyped(issues, at(path, "service_discovery_types"), "array", f88);
    } else {
      const a37 = f88;
      for (let i38 = 0; i38 < a37.length; i38++) {
        const e38 = a37[i38];
        if (typeof e38 !== "string") {
          issues = mistyped(issues, at(path, "service_discovery_types", i38), "string", e38);
        }
      }
    }
  }
  if (f89 !== void 0) {
    if (typeof f89 !== "boolean") {
      issues = mistyped(issues, at(path, "nat_gateway"), "boolean", f89);
    }
  }
  if (f90 !== void 0) {
    if (typeof f90 !== "string") {
      issues = mistyped(issues, at(path, "zone_id"), "string", f90);
    }
  }
  if (f91 !== void 0) {
    if (typeof f91 !== "string") {
      issues = mistyped(issues, at(path, "logging_type"), "string", f91);
    }
  }
  if (f92 !== void 0) {
    if (typeof f92 !== "boolean") {
      issues = mistyped(issues, at(path, "disable_rollback"), "boolean", f92);
    }
  }
  if (f93 !== void 0) {
    if (typeof f93 !== "number" || !Number.isSafeInteger(f93)) {
      issues = mistyped(issues, at(path, "timeout_mins"), "integer", f93);
    }
  }
  if (f94 !== void 0) {
    if (typeof f94 !== "string") {
      issues = mistyped(issues, at(path, "image_type"), "string", f94);
    }
  }
  if (f95 !== void 0) {
    if (typeof f95 !== "string") {
      issues = mistyped(issues, at(path, "load_balancer_spec"), "string", f95);
    }
  }
  if (f96 !== void 0) {
    if (typeof f96 !== "boolean") {
      issues = mistyped(issues, at(path, "enable_rrsa"), "boolean", f96);
    }
  }
  if (f97 !== void 0) {
    if (typeof f97 !== "string") {
      issues = mistyped(issues, at(path, "charge_type"), "string", f97);
    }
  }
  if (f98 !== void 0) {
    if (typeof f98 !== "string") {
      issues = mistyped(issues, at(path, "period_unit"), "string", f98);
    }
  }
  if (f99 !== void 0) {
    if (typeof f99 !== "number" || !Number.isSafeInteger(f99)) {
      issues = mistyped(issues, at(path, "period"), "integer", f99);
    }
  }
  if (f100 !== void 0) {
    if (typeof f100 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_renew"), "boolean", f100);
    }
  }
  if (f101 !== void 0) {
    if (typeof f101 !== "number" || !Number.isSafeInteger(f101)) {
      issues = mistyped(issues, at(path, "auto_renew_period"), "integer", f101);
    }
  }
  if (f102 !== void 0) {
    if (!Array.isArray(f102)) {
      issues = mistyped(issues, at(path, "access_control_list"), "array", f102);
    } else {
      const a38 = f102;
      for (let i39 = 0; i39 < a38.length; i39++) {
        const e39 = a38[i39];
        if (typeof e39 !== "string") {
          issues = mistyped(issues, at(path, "access_control_list", i39), "string", e39);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterBody");
  return issues;
}
function checkCreateClusterBodyAuditLogConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enabled":
        f1 = o["enabled"];
        break;
      case "sls_project_name":
        f2 = o["sls_project_name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "sls_project_name"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterBodyAuditLogConfig");
  return issues;
}
function checkCreateClusterBodyAutoMode(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterBodyAutoMode");
  return issues;
}
function checkCreateClusterBodyControlPlaneConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  let f20;
  let f21;
  let f22;
  let f23;
  let f24;
  let f25;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "charge_type":
        f1 = o["charge_type"];
        break;
      case "period":
        f2 = o["period"];
        break;
      case "period_unit":
        f3 = o["period_unit"];
        break;
      case "auto_renew":
        f4 = o["auto_renew"];
        break;
      case "auto_renew_period":
        f5 = o["auto_renew_period"];
        break;
      case "instance_types":
        f6 = o["instance_types"];
        break;
      case "image_type":
        f7 = o["image_type"];
        break;
      case "image_id":
        f8 = o["image_id"];
        break;
      case "key_pair":
        f9 = o["key_pair"];
        break;
      case "login_password":
        f10 = o["login_password"];
        break;
      case "system_disk_category":
        f11 = o["system_disk_category"];
        break;
      case "system_disk_size":
        f12 = o["system_disk_size"];
        break;
      case "system_disk_snapshot_policy_id":
        f13 = o["system_disk_snapshot_policy_id"];
        break;
      case "system_disk_performance_level":
        f14 = o["system_disk_performance_level"];
        break;
      case "system_disk_provisioned_iops":
        f15 = o["system_disk_provisioned_iops"];
        break;
      case "system_disk_bursting_enabled":
        f16 = o["system_disk_bursting_enabled"];
        break;
      case "deploymentset_id":
        f17 = o["deploymentset_id"];
        break;
      case "cloud_monitor_flags":
        f18 = o["cloud_monitor_flags"];
        break;
      case "instance_metadata_options":
        f19 = o["instance_metadata_options"];
        break;
      case "soc_enabled":
        f20 = o["soc_enabled"];
        break;
      case "security_hardening_os":
        f21 = o["security_hardening_os"];
        break;
      case "cpu_policy":
        f22 = o["cpu_policy"];
        break;
      case "runtime":
        f23 = o["runtime"];
        break;
      case "node_port_range":
        f24 = o["node_port_range"];
        break;
      case "size":
        f25 = o["size"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "charge_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "period"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "period_unit"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_renew"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, "auto_renew_period"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, "instance_types"), "array", f6);
    } else {
      const a39 = f6;
      for (let i40 = 0; i40 < a39.length; i40++) {
        const e40 = a39[i40];
        if (typeof e40 !== "string") {
          issues = mistyped(issues, at(path, "instance_types", i40), "string", e40);
        }
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "image_type"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "image_id"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at(path, "key_pair"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "login_password"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_category"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "number" || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at(path, "system_disk_size"), "integer", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_snapshot_policy_id"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_performance_level"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "number" || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at(path, "system_disk_provisioned_iops"), "integer", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at(path, "system_disk_bursting_enabled"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at(path, "deploymentset_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "boolean") {
      issues = mistyped(issues, at(path, "cloud_monitor_flags"), "boolean", f18);
    }
  }
  if (f19 !== void 0) {
    path.tokens[path.depth++] = "instance_metadata_options";
    issues = checkInstanceMetadataOptions(f19, issues, path);
    path.depth--;
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "boolean") {
      issues = mistyped(issues, at(path, "soc_enabled"), "boolean", f20);
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "boolean") {
      issues = mistyped(issues, at(path, "security_hardening_os"), "boolean", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at(path, "cpu_policy"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at(path, "runtime"), "string", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at(path, "node_port_range"), "string", f24);
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "number" || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at(path, "size"), "integer", f25);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterBodyControlPlaneConfig");
  return issues;
}
function checkCreateClusterBodyOperationPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_auto_upgrade":
        f1 = o["cluster_auto_upgrade"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    path.tokens[path.depth++] = "cluster_auto_upgrade";
    issues = checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterBodyOperationPolicy");
  return issues;
}
function checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enabled":
        f1 = o["enabled"];
        break;
      case "channel":
        f2 = o["channel"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "channel"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterBodyOperationPolicyClusterAutoUpgrade");
  return issues;
}
function checkCreateClusterBodyRrsaConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enabled":
        f1 = o["enabled"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enabled"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterBodyRrsaConfig");
  return issues;
}
function checkCreateClusterBodyWorkerDataDisksItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "category":
        f1 = o["category"];
        break;
      case "encrypted":
        f2 = o["encrypted"];
        break;
      case "size":
        f3 = o["size"];
        break;
      case "performance_level":
        f4 = o["performance_level"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "category"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "category"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "encrypted"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "size"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "size"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "performance_level"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterBodyWorkerDataDisksItem");
  return issues;
}
function checkCreateClusterDiagnosisBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "type":
        f1 = o["type"];
        break;
      case "target":
        f2 = o["target"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "object" || f2 === null || Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "target"), "object", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterDiagnosisBody");
  return issues;
}
function checkCreateClusterInspectConfigBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enabled":
        f1 = o["enabled"];
        break;
      case "recurrence":
        f2 = o["recurrence"];
        break;
      case "disabledCheckItems":
        f3 = o["disabledCheckItems"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "enabled"), "required", "is required");
  } else {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enabled"), "boolean", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "recurrence"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "recurrence"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "disabledCheckItems"), "array", f3);
    } else {
      const a40 = f3;
      for (let i42 = 0; i42 < a40.length; i42++) {
        const e42 = a40[i42];
        if (typeof e42 !== "string") {
          issues = mistyped(issues, at(path, "disabledCheckItems", i42), "string", e42);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterInspectConfigBody");
  return issues;
}
function checkCreateClusterNodePoolBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "nodepool_info":
        f1 = o["nodepool_info"];
        break;
      case "auto_scaling":
        f2 = o["auto_scaling"];
        break;
      case "management":
        f3 = o["management"];
        break;
      case "scaling_group":
        f4 = o["scaling_group"];
        break;
      case "node_config":
        f5 = o["node_config"];
        break;
      case "kubernetes_config":
        f6 = o["kubernetes_config"];
        break;
      case "tee_config":
        f7 = o["tee_config"];
        break;
      case "interconnect_config":
        f8 = o["interconnect_config"];
        break;
      case "count":
        f9 = o["count"];
        break;
      case "max_nodes":
        f10 = o["max_nodes"];
        break;
      case "interconnect_mode":
        f11 = o["interconnect_mode"];
        break;
      case "host_network":
        f12 = o["host_network"];
        break;
      case "intranet":
        f13 = o["intranet"];
        break;
      case "eflo_node_group":
        f14 = o["eflo_node_group"];
        break;
      case "auto_mode":
        f15 = o["auto_mode"];
        break;
      case "node_components":
        f16 = o["node_components"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    path.tokens[path.depth++] = "nodepool_info";
    issues = checkCreateClusterNodePoolBodyNodePoolInfo(f1, issues, path);
    path.depth--;
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "auto_scaling";
    issues = checkCreateClusterNodePoolBodyAutoScaling(f2, issues, path);
    path.depth--;
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "management";
    issues = checkCreateClusterNodePoolBodyManagement(f3, issues, path);
    path.depth--;
  }
  if (f4 !== void 0) {
    path.tokens[path.depth++] = "scaling_group";
    issues = checkCreateClusterNodePoolBodyScalingGroup(f4, issues, path);
    path.depth--;
  }
  if (f5 !== void 0) {
    path.tokens[path.depth++] = "node_config";
    issues = checkCreateClusterNodePoolBodyNodeConfig(f5, issues, path);
    path.depth--;
  }
  if (f6 !== void 0) {
    path.tokens[path.depth++] = "kubernetes_config";
    issues = checkCreateClusterNodePoolBodyKubernetesConfig(f6, issues, path);
    path.depth--;
  }
  if (f7 !== void 0) {
    path.tokens[path.depth++] = "tee_config";
    issues = checkCreateClusterNodePoolBodyTeeConfig(f7, issues, path);
    path.depth--;
  }
  if (f8 !== void 0) {
    path.tokens[path.depth++] = "interconnect_config";
    issues = checkCreateClusterNodePoolBodyInterconnectConfig(f8, issues, path);
    path.depth--;
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "number" || !Number.isSafeInteger(f9)) {
      issues = mistyped(issues, at(path, "count"), "integer", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "number" || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at(path, "max_nodes"), "integer", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at(path, "interconnect_mode"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "boolean") {
      issues = mistyped(issues, at(path, "host_network"), "boolean", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "boolean") {
      issues = mistyped(issues, at(path, "intranet"), "boolean", f13);
    }
  }
  if (f14 !== void 0) {
    path.tokens[path.depth++] = "eflo_node_group";
    issues = checkCreateClusterNodePoolBodyEfloNodeGroup(f14, issues, path);
    path.depth--;
  }
  if (f15 !== void 0) {
    path.tokens[path.depth++] = "auto_mode";
    issues = checkCreateClusterNodePoolBodyAutoMode(f15, issues, path);
    path.depth--;
  }
  if (f16 !== void 0) {
    if (!Array.isArray(f16)) {
      issues = mistyped(issues, at(path, "node_components"), "array", f16);
    } else {
      const a41 = f16;
      for (let i43 = 0; i43 < a41.length; i43++) {
        const e43 = a41[i43];
        path.tokens[path.depth++] = "node_components";
        path.tokens[path.depth++] = i43;
        issues = checkCreateClusterNodePoolBodyNodeComponentsItem(e43, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBody");
  return issues;
}
function checkCreateClusterNodePoolBodyAutoMode(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyAutoMode");
  return issues;
}
function checkCreateClusterNodePoolBodyAutoScaling(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      case "type":
        f2 = o["type"];
        break;
      case "max_instances":
        f3 = o["max_instances"];
        break;
      case "min_instances":
        f4 = o["min_instances"];
        break;
      case "is_bond_eip":
        f5 = o["is_bond_eip"];
        break;
      case "eip_internet_charge_type":
        f6 = o["eip_internet_charge_type"];
        break;
      case "eip_bandwidth":
        f7 = o["eip_bandwidth"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "max_instances"), "integer", f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at(path, "max_instances"), "minimum", "must be greater than or equal to 0");
      }
      if (f3 > 2e3) {
        issues = report(issues, at(path, "max_instances"), "maximum", "must be less than or equal to 2000");
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "min_instances"), "integer", f4);
    } else {
      if (f4 < 0) {
        issues = report(issues, at(path, "min_instances"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at(path, "is_bond_eip"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "eip_internet_charge_type"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "eip_bandwidth"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyAutoScaling");
  if (typeof f4 === "number" && typeof f3 === "number" && f4 > f3) {
    issues = report(issues, at(path, "min_instances"), "less_or_equal", "must be less than or equal to max_instances");
  }
  return issues;
}
function checkCreateClusterNodePoolBodyEfloNodeGroup(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "group_id":
        f2 = o["group_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "group_id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyEfloNodeGroup");
  return issues;
}
function checkCreateClusterNodePoolBodyInterconnectConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cen_id":
        f1 = o["cen_id"];
        break;
      case "ccn_id":
        f2 = o["ccn_id"];
        break;
      case "ccn_region_id":
        f3 = o["ccn_region_id"];
        break;
      case "bandwidth":
        f4 = o["bandwidth"];
        break;
      case "improved_period":
        f5 = o["improved_period"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cen_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "ccn_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "ccn_region_id"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "bandwidth"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "improved_period"), "string", f5);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyInterconnectConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyKubernetesConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "labels":
        f1 = o["labels"];
        break;
      case "taints":
        f2 = o["taints"];
        break;
      case "runtime":
        f3 = o["runtime"];
        break;
      case "runtime_version":
        f4 = o["runtime_version"];
        break;
      case "cpu_policy":
        f5 = o["cpu_policy"];
        break;
      case "user_data":
        f6 = o["user_data"];
        break;
      case "unschedulable":
        f7 = o["unschedulable"];
        break;
      case "cms_enabled":
        f8 = o["cms_enabled"];
        break;
      case "node_name_mode":
        f9 = o["node_name_mode"];
        break;
      case "pre_user_data":
        f10 = o["pre_user_data"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "labels"), "array", f1);
    } else {
      const a42 = f1;
      for (let i44 = 0; i44 < a42.length; i44++) {
        const e44 = a42[i44];
        path.tokens[path.depth++] = "labels";
        path.tokens[path.depth++] = i44;
        issues = checkTag(e44, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "taints"), "array", f2);
    } else {
      const a43 = f2;
      for (let i45 = 0; i45 < a43.length; i45++) {
        const e45 = a43[i45];
        path.tokens[path.depth++] = "taints";
        path.tokens[path.depth++] = i45;
        issues = checkTaint(e45, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "runtime"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "runtime_version"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "cpu_policy"), "string", f5);
    } else {
      if (!(f5 === "static" || f5 === "none")) {
        issues = report(issues, at(path, "cpu_policy"), "enum", 'must be one of "static", "none"');
      }
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "user_data"), "string", f6);
    } else {
      if (!isBase64(f6)) {
        issues = report(issues, at(path, "user_data"), "format", "must be a valid base64 string (RFC 4648, padded)");
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at(path, "unschedulable"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at(path, "cms_enabled"), "boolean", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at(path, "node_name_mode"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "pre_user_data"), "string", f10);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyKubernetesConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyManagement(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      case "auto_repair":
        f2 = o["auto_repair"];
        break;
      case "auto_repair_policy":
        f3 = o["auto_repair_policy"];
        break;
      case "auto_vul_fix":
        f4 = o["auto_vul_fix"];
        break;
      case "auto_vul_fix_policy":
        f5 = o["auto_vul_fix_policy"];
        break;
      case "auto_upgrade":
        f6 = o["auto_upgrade"];
        break;
      case "auto_upgrade_policy":
        f7 = o["auto_upgrade_policy"];
        break;
      case "upgrade_config":
        f8 = o["upgrade_config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_repair"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "auto_repair_policy";
    issues = checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(f3, issues, path);
    path.depth--;
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_vul_fix"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    path.tokens[path.depth++] = "auto_vul_fix_policy";
    issues = checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(f5, issues, path);
    path.depth--;
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    path.tokens[path.depth++] = "auto_upgrade_policy";
    issues = checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(f7, issues, path);
    path.depth--;
  }
  if (f8 !== void 0) {
    path.tokens[path.depth++] = "upgrade_config";
    issues = checkCreateClusterNodePoolBodyManagementUpgradeConfig(f8, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyManagement");
  return issues;
}
function checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "restart_node":
        f1 = o["restart_node"];
        break;
      case "approval_required":
        f2 = o["approval_required"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "approval_required"), "boolean", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyManagementAutoRepairPolicy");
  return issues;
}
function checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "auto_upgrade_kubelet":
        f1 = o["auto_upgrade_kubelet"];
        break;
      case "auto_upgrade_runtime":
        f2 = o["auto_upgrade_runtime"];
        break;
      case "auto_upgrade_os":
        f3 = o["auto_upgrade_os"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade_kubelet"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade_runtime"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade_os"), "boolean", f3);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyManagementAutoUpgradePolicy");
  return issues;
}
function checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "restart_node":
        f1 = o["restart_node"];
        break;
      case "vul_level":
        f2 = o["vul_level"];
        break;
      case "exclude_packages":
        f3 = o["exclude_packages"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "vul_level"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "exclude_packages"), "string", f3);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyManagementAutoVulFixPolicy");
  return issues;
}
function checkCreateClusterNodePoolBodyManagementUpgradeConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "auto_upgrade":
        f1 = o["auto_upgrade"];
        break;
      case "surge":
        f2 = o["surge"];
        break;
      case "surge_percentage":
        f3 = o["surge_percentage"];
        break;
      case "max_unavailable":
        f4 = o["max_unavailable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "surge"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "surge_percentage"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "max_unavailable"), "integer", f4);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyManagementUpgradeConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyNodeComponentsItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "version":
        f2 = o["version"];
        break;
      case "config":
        f3 = o["config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "config";
    issues = checkCreateClusterNodePoolBodyNodeComponentsItemConfig(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyNodeComponentsItem");
  return issues;
}
function checkCreateClusterNodePoolBodyNodeComponentsItemConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "custom_config":
        f1 = o["custom_config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "object" || f1 === null || Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "custom_config"), "object", f1);
    } else {
      const m3 = f1;
      const k3 = Object.keys(m3);
      for (let i46 = 0; i46 < k3.length; i46++) {
        const key3 = k3[i46];
        const e46 = m3[key3];
        if (typeof e46 !== "string") {
          issues = mistyped(issues, at(path, "custom_config", key3), "string", e46);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyNodeComponentsItemConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyNodeConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "kubelet_configuration":
        f1 = o["kubelet_configuration"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    path.tokens[path.depth++] = "kubelet_configuration";
    issues = checkKubeletConfig(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyNodeConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyNodePoolInfo(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "type":
        f2 = o["type"];
        break;
      case "resource_group_id":
        f3 = o["resource_group_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "resource_group_id"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyNodePoolInfo");
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroup(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  let f20;
  let f21;
  let f22;
  let f23;
  let f24;
  let f25;
  let f26;
  let f27;
  let f28;
  let f29;
  let f30;
  let f31;
  let f32;
  let f33;
  let f34;
  let f35;
  let f36;
  let f37;
  let f38;
  let f39;
  let f40;
  let f41;
  let f42;
  let f43;
  let f44;
  let f45;
  let f46;
  let f47;
  let f48;
  let f49;
  let f50;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "vswitch_ids":
        f1 = o["vswitch_ids"];
        break;
      case "instance_types":
        f2 = o["instance_types"];
        break;
      case "instance_charge_type":
        f3 = o["instance_charge_type"];
        break;
      case "period":
        f4 = o["period"];
        break;
      case "period_unit":
        f5 = o["period_unit"];
        break;
      case "auto_renew":
        f6 = o["auto_renew"];
        break;
      case "auto_renew_period":
        f7 = o["auto_renew_period"];
        break;
      case "spot_strategy":
        f8 = o["spot_strategy"];
        break;
      case "spot_price_limit":
        f9 = o["spot_price_limit"];
        break;
      case "image_type":
        f10 = o["image_type"];
        break;
      case "image_id":
        f11 = o["image_id"];
        break;
      case "system_disk_category":
        f12 = o["system_disk_category"];
        break;
      case "system_disk_categories":
        f13 = o["system_disk_categories"];
        break;
      case "system_disk_size":
        f14 = o["system_disk_size"];
        break;
      case "system_disk_performance_level":
        f15 = o["system_disk_performance_level"];
        break;
      case "system_disk_encrypted":
        f16 = o["system_disk_encrypted"];
        break;
      case "system_disk_kms_key_id":
        f17 = o["system_disk_kms_key_id"];
        break;
      case "system_disk_encrypt_algorithm":
        f18 = o["system_disk_encrypt_algorithm"];
        break;
      case "system_disk_bursting_enabled":
        f19 = o["system_disk_bursting_enabled"];
        break;
      case "system_disk_provisioned_iops":
        f20 = o["system_disk_provisioned_iops"];
        break;
      case "data_disks":
        f21 = o["data_disks"];
        break;
      case "security_group_ids":
        f22 = o["security_group_ids"];
        break;
      case "key_pair":
        f23 = o["key_pair"];
        break;
      case "login_password":
        f24 = o["login_password"];
        break;
      case "login_as_non_root":
        f25 = o["login_as_non_root"];
        break;
      case "cis_enabled":
        f26 = o["cis_enabled"];
        break;
      case "soc_enabled":
        f27 = o["soc_enabled"];
        break;
      case "security_hardening_os":
        f28 = o["security_hardening_os"];
        break;
      case "internet_charge_type":
        f29 = o["internet_charge_type"];
        break;
      case "internet_max_bandwidth_out":
        f30 = o["internet_max_bandwidth_out"];
        break;
      case "tags":
        f31 = o["tags"];
        break;
      case "desired_size":
        f32 = o["desired_size"];
        break;
      case "multi_az_policy":
        f33 = o["multi_az_policy"];
        break;
      case "scaling_policy":
        f34 = o["scaling_policy"];
        break;
      case "on_demand_base_capacity":
        f35 = o["on_demand_base_capacity"];
        break;
      case "on_demand_percentage_above_base_capacity":
        f36 = o["on_demand_percentage_above_base_capacity"];
        break;
      case "spot_instance_pools":
        f37 = o["spot_instance_pools"];
        break;
      case "spot_instance_remedy":
        f38 = o["spot_instance_remedy"];
        break;
      case "compensate_with_on_demand":
        f39 = o["compensate_with_on_demand"];
        break;
      case "deploymentset_id":
        f40 = o["deploymentset_id"];
        break;
      case "rds_instances":
        f41 = o["rds_instances"];
        break;
      case "private_pool_options":
        f42 = o["private_pool_options"];
        break;
      case "security_group_id":
        f43 = o["security_group_id"];
        break;
      case "platform":
        f44 = o["platform"];
        break;
      case "instance_patterns":
        f45 = o["instance_patterns"];
        break;
      case "ram_role_name":
        f46 = o["ram_role_name"];
        break;
      case "instance_metadata_options":
        f47 = o["instance_metadata_options"];
        break;
      case "resource_pool_options":
        f48 = o["resource_pool_options"];
        break;
      case "system_disk_snapshot_policy_id":
        f49 = o["system_disk_snapshot_policy_id"];
        break;
      case "vpc_id":
        f50 = o["vpc_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "vswitch_ids"), "array", f1);
    } else {
      const a44 = f1;
      if (a44.length < 1) {
        issues = report(issues, at(path, "vswitch_ids"), "min_items", "must have at least 1 item");
      }
      if (a44.length > 8) {
        issues = report(issues, at(path, "vswitch_ids"), "max_items", "must have at most 8 items");
      }
      for (let i47 = 0; i47 < a44.length; i47++) {
        const e47 = a44[i47];
        if (typeof e47 !== "string") {
          issues = mistyped(issues, at(path, "vswitch_ids", i47), "string", e47);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "instance_types"), "array", f2);
    } else {
      const a45 = f2;
      if (a45.length < 1) {
        issues = report(issues, at(path, "instance_types"), "min_items", "must have at least 1 item");
      }
      if (a45.length > 10) {
        issues = report(issues, at(path, "instance_types"), "max_items", "must have at most 10 items");
      }
      for (let i48 = 0; i48 < a45.length; i48++) {
        const e48 = a45[i48];
        if (typeof e48 !== "string") {
          issues = mistyped(issues, at(path, "instance_types", i48), "string", e48);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "instance_charge_type"), "string", f3);
    } else {
      if (!(f3 === "PrePaid" || f3 === "PostPaid")) {
        issues = report(issues, at(path, "instance_charge_type"), "enum", 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "period"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "period_unit"), "string", f5);
    } else {
      if (!(f5 === "Month" || f5 === "Week")) {
        issues = report(issues, at(path, "period_unit"), "enum", 'must be one of "Month", "Week"');
      }
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_renew"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "auto_renew_period"), "integer", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "spot_strategy"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at(path, "spot_price_limit"), "array", f9);
    } else {
      const a46 = f9;
      for (let i49 = 0; i49 < a46.length; i49++) {
        const e49 = a46[i49];
        path.tokens[path.depth++] = "spot_price_limit";
        path.tokens[path.depth++] = i49;
        issues = checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(e49, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "image_type"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at(path, "image_id"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_category"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, "system_disk_categories"), "array", f13);
    } else {
      const a47 = f13;
      if (a47.length > 10) {
        issues = report(issues, at(path, "system_disk_categories"), "max_items", "must have at most 10 items");
      }
      for (let i50 = 0; i50 < a47.length; i50++) {
        const e50 = a47[i50];
        if (typeof e50 !== "string") {
          issues = mistyped(issues, at(path, "system_disk_categories", i50), "string", e50);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "number" || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at(path, "system_disk_size"), "integer", f14);
    } else {
      if (f14 < 20) {
        issues = report(issues, at(path, "system_disk_size"), "minimum", "must be greater than or equal to 20");
      }
      if (f14 > 2048) {
        issues = report(issues, at(path, "system_disk_size"), "maximum", "must be less than or equal to 2048");
      }
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_performance_level"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at(path, "system_disk_encrypted"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_kms_key_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_encrypt_algorithm"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "boolean") {
      issues = mistyped(issues, at(path, "system_disk_bursting_enabled"), "boolean", f19);
    }
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "number" || !Number.isSafeInteger(f20)) {
      issues = mistyped(issues, at(path, "system_disk_provisioned_iops"), "integer", f20);
    }
  }
  if (f21 !== void 0) {
    if (!Array.isArray(f21)) {
      issues = mistyped(issues, at(path, "data_disks"), "array", f21);
    } else {
      const a48 = f21;
      for (let i51 = 0; i51 < a48.length; i51++) {
        const e51 = a48[i51];
        path.tokens[path.depth++] = "data_disks";
        path.tokens[path.depth++] = i51;
        issues = checkDataDisk(e51, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f22 !== void 0) {
    if (!Array.isArray(f22)) {
      issues = mistyped(issues, at(path, "security_group_ids"), "array", f22);
    } else {
      const a49 = f22;
      for (let i52 = 0; i52 < a49.length; i52++) {
        const e52 = a49[i52];
        if (typeof e52 !== "string") {
          issues = mistyped(issues, at(path, "security_group_ids", i52), "string", e52);
        }
      }
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at(path, "key_pair"), "string", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at(path, "login_password"), "string", f24);
    } else {
      if (f24.length > 30 && codePointLength(f24) > 30) {
        issues = report(issues, at(path, "login_password"), "max_length", "must be at most 30 characters long");
      }
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "boolean") {
      issues = mistyped(issues, at(path, "login_as_non_root"), "boolean", f25);
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "boolean") {
      issues = mistyped(issues, at(path, "cis_enabled"), "boolean", f26);
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "boolean") {
      issues = mistyped(issues, at(path, "soc_enabled"), "boolean", f27);
    }
  }
  if (f28 !== void 0) {
    if (typeof f28 !== "boolean") {
      issues = mistyped(issues, at(path, "security_hardening_os"), "boolean", f28);
    }
  }
  if (f29 !== void 0) {
    if (typeof f29 !== "string") {
      issues = mistyped(issues, at(path, "internet_charge_type"), "string", f29);
    }
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "number" || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at(path, "internet_max_bandwidth_out"), "integer", f30);
    }
  }
  if (f31 !== void 0) {
    if (!Array.isArray(f31)) {
      issues = mistyped(issues, at(path, "tags"), "array", f31);
    } else {
      const a50 = f31;
      for (let i53 = 0; i53 < a50.length; i53++) {
        const e53 = a50[i53];
        path.tokens[path.depth++] = "tags";
        path.tokens[path.depth++] = i53;
        issues = checkCreateClusterNodePoolBodyScalingGroupTagsItem(e53, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "number" || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at(path, "desired_size"), "integer", f32);
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "string") {
      issues = mistyped(issues, at(path, "multi_az_policy"), "string", f33);
    }
  }
  if (f34 !== void 0) {
    if (typeof f34 !== "string") {
      issues = mistyped(issues, at(path, "scaling_policy"), "string", f34);
    }
  }
  if (f35 !== void 0) {
    if (typeof f35 !== "number" || !Number.isSafeInteger(f35)) {
      issues = mistyped(issues, at(path, "on_demand_base_capacity"), "integer", f35);
    }
  }
  if (f36 !== void 0) {
    if (typeof f36 !== "number" || !Number.isSafeInteger(f36)) {
      issues = mistyped(issues, at(path, "on_demand_percentage_above_base_capacity"), "integer", f36);
    }
  }
  if (f37 !== void 0) {
    if (typeof f37 !== "number" || !Number.isSafeInteger(f37)) {
      issues = mistyped(issues, at(path, "spot_instance_pools"), "integer", f37);
    }
  }
  if (f38 !== void 0) {
    if (typeof f38 !== "boolean") {
      issues = mistyped(issues, at(path, "spot_instance_remedy"), "boolean", f38);
    }
  }
  if (f39 !== void 0) {
    if (typeof f39 !== "boolean") {
      issues = mistyped(issues, at(path, "compensate_with_on_demand"), "boolean", f39);
    }
  }
  if (f40 !== void 0) {
    if (typeof f40 !== "string") {
      issues = mistyped(issues, at(path, "deploymentset_id"), "string", f40);
    }
  }
  if (f41 !== void 0) {
    if (!Array.isArray(f41)) {
      issues = mistyped(issues, at(path, "rds_instances"), "array", f41);
    } else {
      const a51 = f41;
      for (let i54 = 0; i54 < a51.length; i54++) {
        const e54 = a51[i54];
        if (typeof e54 !== "string") {
          issues = mistyped(issues, at(path, "rds_instances", i54), "string", e54);
        }
      }
    }
  }
  if (f42 !== void 0) {
    path.tokens[path.depth++] = "private_pool_options";
    issues = checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(f42, issues, path);
    path.depth--;
  }
  if (f43 !== void 0) {
    if (typeof f43 !== "string") {
      issues = mistyped(issues, at(path, "security_group_id"), "string", f43);
    }
  }
  if (f44 !== void 0) {
    if (typeof f44 !== "string") {
      issues = mistyped(issues, at(path, "platform"), "string", f44);
    }
  }
  if (f45 !== void 0) {
    if (!Array.isArray(f45)) {
      issues = mistyped(issues, at(path, "instance_patterns"), "array", f45);
    } else {
      const a52 = f45;
      for (let i55 = 0; i55 < a52.length; i55++) {
        const e55 = a52[i55];
        path.tokens[path.depth++] = "instance_patterns";
        path.tokens[path.depth++] = i55;
        issues = checkInstancePatterns(e55, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f46 !== void 0) {
    if (typeof f46 !== "string") {
      issues = mistyped(issues, at(path, "ram_role_name"), "string", f46);
    }
  }
  if (f47 !== void 0) {
    path.tokens[path.depth++] = "instance_metadata_options";
    issues = checkInstanceMetadataOptions(f47, issues, path);
    path.depth--;
  }
  if (f48 !== void 0) {
    path.tokens[path.depth++] = "resource_pool_options";
    issues = checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(f48, issues, path);
    path.depth--;
  }
  if (f49 !== void 0) {
    if (typeof f49 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_snapshot_policy_id"), "string", f49);
    }
  }
  if (f50 !== void 0) {
    if (typeof f50 !== "string") {
      issues = mistyped(issues, at(path, "vpc_id"), "string", f50);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyScalingGroup");
  if (!(f23 !== void 0 || f24 !== void 0)) {
    issues = report(issues, at(path), "any_required", "at least one of key_pair or login_password must be set");
  }
  if (f3 === "PrePaid") {
    if (f4 === void 0) {
      issues = report(
        issues,
        at(path, "period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
    if (f5 === void 0) {
      issues = report(
        issues,
        at(path, "period_unit"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
    if (f6 === void 0) {
      issues = report(
        issues,
        at(path, "auto_renew"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
  }
  if (f3 === "PrePaid" && f6 === true) {
    if (f7 === void 0) {
      issues = report(
        issues,
        at(path, "auto_renew_period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid" and auto_renew is true'
      );
    }
  }
  if (f5 === "Week") {
    if (f4 !== void 0) {
      if (!(typeof f4 !== "number" || !Number.isSafeInteger(f4))) {
        if (!(f4 === 1 || f4 === 2 || f4 === 3 || f4 === 4)) {
          issues = report(issues, at(path, "period"), "enum", 'must be one of 1, 2, 3, 4 when period_unit is "Week"');
        }
      }
    }
  } else {
    if (f4 !== void 0) {
      if (!(typeof f4 !== "number" || !Number.isSafeInteger(f4))) {
        if (!VALUES1.has(f4)) {
          issues = report(
            issues,
            at(path, "period"),
            "enum",
            'must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60 unless period_unit is "Week"'
          );
        }
      }
    }
    if (f7 !== void 0) {
      if (!(typeof f7 !== "number" || !Number.isSafeInteger(f7))) {
        if (!(f7 === 1 || f7 === 2 || f7 === 3 || f7 === 6 || f7 === 12)) {
          issues = report(
            issues,
            at(path, "auto_renew_period"),
            "enum",
            'must be one of 1, 2, 3, 6, 12 unless period_unit is "Week"'
          );
        }
      }
    }
  }
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "id":
        f1 = o["id"];
        break;
      case "match_criteria":
        f2 = o["match_criteria"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "match_criteria"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyScalingGroupPrivatePoolOptions");
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "strategy":
        f1 = o["strategy"];
        break;
      case "private_pool_ids":
        f2 = o["private_pool_ids"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "strategy"), "string", f1);
    } else {
      if (!(f1 === "PrivatePoolOnly" || f1 === "PrivatePoolFirst" || f1 === "None")) {
        issues = report(
          issues,
          at(path, "strategy"),
          "enum",
          'must be one of "PrivatePoolOnly", "PrivatePoolFirst", "None"'
        );
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "private_pool_ids"), "array", f2);
    } else {
      const a53 = f2;
      for (let i56 = 0; i56 < a53.length; i56++) {
        const e56 = a53[i56];
        if (typeof e56 !== "string") {
          issues = mistyped(issues, at(path, "private_pool_ids", i56), "string", e56);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyScalingGroupResourcePoolOptions");
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "instance_type":
        f1 = o["instance_type"];
        break;
      case "price_limit":
        f2 = o["price_limit"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "instance_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "price_limit"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem");
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroupTagsItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "key":
        f1 = o["key"];
        break;
      case "value":
        f2 = o["value"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "key"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "value"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyScalingGroupTagsItem");
  return issues;
}
function checkCreateClusterNodePoolBodyTeeConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "tee_enable":
        f1 = o["tee_enable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "tee_enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateClusterNodePoolBodyTeeConfig");
  return issues;
}
function checkCreateKubernetesTriggerBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "project_id":
        f2 = o["project_id"];
        break;
      case "action":
        f3 = o["action"];
        break;
      case "type":
        f4 = o["type"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "project_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "project_id"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "action"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "action"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateKubernetesTriggerBody");
  return issues;
}
function checkCreateTemplateBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "template":
        f2 = o["template"];
        break;
      case "tags":
        f3 = o["tags"];
        break;
      case "description":
        f4 = o["description"];
        break;
      case "template_type":
        f5 = o["template_type"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "template"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "template"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "tags"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "description"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "template_type"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateTemplateBody");
  return issues;
}
function checkCreateTriggerBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_id":
        f1 = o["cluster_id"];
        break;
      case "project_id":
        f2 = o["project_id"];
        break;
      case "action":
        f3 = o["action"];
        break;
      case "type":
        f4 = o["type"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "project_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "project_id"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "action"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "action"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "CreateTriggerBody");
  return issues;
}
function checkDataDisk(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "category":
        f1 = o["category"];
        break;
      case "size":
        f2 = o["size"];
        break;
      case "encrypted":
        f3 = o["encrypted"];
        break;
      case "kms_key_id":
        f4 = o["kms_key_id"];
        break;
      case "auto_snapshot_policy_id":
        f5 = o["auto_snapshot_policy_id"];
        break;
      case "performance_level":
        f6 = o["performance_level"];
        break;
      case "provisioned_iops":
        f7 = o["provisioned_iops"];
        break;
      case "bursting_enabled":
        f8 = o["bursting_enabled"];
        break;
      case "auto_format":
        f9 = o["auto_format"];
        break;
      case "file_system":
        f10 = o["file_system"];
        break;
      case "mount_target":
        f11 = o["mount_target"];
        break;
      case "disk_name":
        f12 = o["disk_name"];
        break;
      case "device":
        f13 = o["device"];
        break;
      case "snapshot_id":
        f14 = o["snapshot_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "category"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "size"), "integer", f2);
    } else {
      if (f2 < 40) {
        issues = report(issues, at(path, "size"), "minimum", "must be greater than or equal to 40");
      }
      if (f2 > 32768) {
        issues = report(issues, at(path, "size"), "maximum", "must be less than or equal to 32768");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "encrypted"), "string", f3);
    } else {
      if (!(f3 === "true" || f3 === "false")) {
        issues = report(issues, at(path, "encrypted"), "enum", 'must be one of "true", "false"');
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "kms_key_id"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "auto_snapshot_policy_id"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "performance_level"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "provisioned_iops"), "integer", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at(path, "bursting_enabled"), "boolean", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_format"), "boolean", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "file_system"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at(path, "mount_target"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at(path, "disk_name"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at(path, "device"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at(path, "snapshot_id"), "string", f14);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DataDisk");
  return issues;
}
function checkDeleteClusterDeleteOptionsItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "resource_type":
        f1 = o["resource_type"];
        break;
      case "delete_mode":
        f2 = o["delete_mode"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "resource_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "delete_mode"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteClusterDeleteOptionsItem");
  return issues;
}
function checkDeleteClusterNodesBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "drain_node":
        f1 = o["drain_node"];
        break;
      case "release_node":
        f2 = o["release_node"];
        break;
      case "nodes":
        f3 = o["nodes"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "drain_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "release_node"), "boolean", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "nodes"), "required", "is required");
  } else {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "nodes"), "array", f3);
    } else {
      const a54 = f3;
      for (let i57 = 0; i57 < a54.length; i57++) {
        const e57 = a54[i57];
        if (typeof e57 !== "string") {
          issues = mistyped(issues, at(path, "nodes", i57), "string", e57);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeleteClusterNodesBody");
  return issues;
}
function checkDeployPolicyInstanceBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "action":
        f1 = o["action"];
        break;
      case "namespaces":
        f2 = o["namespaces"];
        break;
      case "parameters":
        f3 = o["parameters"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "action"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "namespaces"), "array", f2);
    } else {
      const a55 = f2;
      for (let i58 = 0; i58 < a55.length; i58++) {
        const e58 = a55[i58];
        if (typeof e58 !== "string") {
          issues = mistyped(issues, at(path, "namespaces", i58), "string", e58);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "object" || f3 === null || Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "parameters"), "object", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DeployPolicyInstanceBody");
  return issues;
}
function checkDescribeClusterAttachScriptsBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "nodepool_id":
        f1 = o["nodepool_id"];
        break;
      case "format_disk":
        f2 = o["format_disk"];
        break;
      case "keep_instance_name":
        f3 = o["keep_instance_name"];
        break;
      case "rds_instances":
        f4 = o["rds_instances"];
        break;
      case "arch":
        f5 = o["arch"];
        break;
      case "options":
        f6 = o["options"];
        break;
      case "expired":
        f7 = o["expired"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "nodepool_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "format_disk"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "keep_instance_name"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, "rds_instances"), "array", f4);
    } else {
      const a56 = f4;
      for (let i60 = 0; i60 < a56.length; i60++) {
        const e60 = a56[i60];
        if (typeof e60 !== "string") {
          issues = mistyped(issues, at(path, "rds_instances", i60), "string", e60);
        }
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "arch"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "options"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "expired"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "DescribeClusterAttachScriptsBody");
  return issues;
}
function checkFixNodePoolVulsBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "vuls":
        f1 = o["vuls"];
        break;
      case "nodes":
        f2 = o["nodes"];
        break;
      case "rollout_policy":
        f3 = o["rollout_policy"];
        break;
      case "auto_restart":
        f4 = o["auto_restart"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "vuls"), "array", f1);
    } else {
      const a57 = f1;
      for (let i61 = 0; i61 < a57.length; i61++) {
        const e61 = a57[i61];
        if (typeof e61 !== "string") {
          issues = mistyped(issues, at(path, "vuls", i61), "string", e61);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "nodes"), "array", f2);
    } else {
      const a58 = f2;
      for (let i62 = 0; i62 < a58.length; i62++) {
        const e62 = a58[i62];
        if (typeof e62 !== "string") {
          issues = mistyped(issues, at(path, "nodes", i62), "string", e62);
        }
      }
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "rollout_policy";
    issues = checkFixNodePoolVulsBodyRolloutPolicy(f3, issues, path);
    path.depth--;
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_restart"), "boolean", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "FixNodePoolVulsBody");
  return issues;
}
function checkFixNodePoolVulsBodyRolloutPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "max_parallelism":
        f1 = o["max_parallelism"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, "max_parallelism"), "integer", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "FixNodePoolVulsBodyRolloutPolicy");
  return issues;
}
function checkGrantPermissionsBody(value, issues, path) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), "array", value);
  } else {
    const a59 = value;
    for (let i63 = 0; i63 < a59.length; i63++) {
      const e63 = a59[i63];
      path.tokens[path.depth++] = i63;
      issues = checkGrantPermissionsBodyItem(e63, issues, path);
      path.depth--;
    }
  }
  return issues;
}
function checkGrantPermissionsBodyItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster":
        f1 = o["cluster"];
        break;
      case "is_custom":
        f2 = o["is_custom"];
        break;
      case "role_name":
        f3 = o["role_name"];
        break;
      case "role_type":
        f4 = o["role_type"];
        break;
      case "namespace":
        f5 = o["namespace"];
        break;
      case "is_ram_role":
        f6 = o["is_ram_role"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "cluster"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "is_custom"), "boolean", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "role_name"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "role_name"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at(path, "role_type"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "role_type"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "namespace"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "is_ram_role"), "boolean", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "GrantPermissionsBodyItem");
  return issues;
}
function checkHugepage(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "transparentEnabled":
        f1 = o["transparentEnabled"];
        break;
      case "transparentDefrag":
        f2 = o["transparentDefrag"];
        break;
      case "khugepagedDefrag":
        f3 = o["khugepagedDefrag"];
        break;
      case "khugepagedAllocSleepMillisecs":
        f4 = o["khugepagedAllocSleepMillisecs"];
        break;
      case "khugepagedScanSleepMillisecs":
        f5 = o["khugepagedScanSleepMillisecs"];
        break;
      case "khugepagedPagesToScan":
        f6 = o["khugepagedPagesToScan"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "transparentEnabled"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "transparentDefrag"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "khugepagedDefrag"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "khugepagedAllocSleepMillisecs"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, "khugepagedScanSleepMillisecs"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "number" || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at(path, "khugepagedPagesToScan"), "integer", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "Hugepage");
  return issues;
}
function checkInstallClusterAddonsBody(value, issues, path) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), "array", value);
  } else {
    const a60 = value;
    for (let i64 = 0; i64 < a60.length; i64++) {
      const e64 = a60[i64];
      path.tokens[path.depth++] = i64;
      issues = checkInstallClusterAddonsBodyItem(e64, issues, path);
      path.depth--;
    }
  }
  return issues;
}
function checkInstallClusterAddonsBodyItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "version":
        f2 = o["version"];
        break;
      case "config":
        f3 = o["config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "version"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "config"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "InstallClusterAddonsBodyItem");
  return issues;
}
function checkInstanceMetadataOptions(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "http_tokens":
        f1 = o["http_tokens"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "http_tokens"), "string", f1);
    } else {
      if (!(f1 === "optional" || f1 === "required")) {
        issues = report(issues, at(path, "http_tokens"), "enum", 'must be one of "optional", "required"');
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "InstanceMetadataOptions");
  return issues;
}
function checkInstancePatterns(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cores":
        f1 = o["cores"];
        break;
      case "memory":
        f2 = o["memory"];
        break;
      case "instance_family_level":
        f3 = o["instance_family_level"];
        break;
      case "excluded_instance_types":
        f4 = o["excluded_instance_types"];
        break;
      case "min_cpu_cores":
        f5 = o["min_cpu_cores"];
        break;
      case "max_cpu_cores":
        f6 = o["max_cpu_cores"];
        break;
      case "min_memory_size":
        f7 = o["min_memory_size"];
        break;
      case "max_memory_size":
        f8 = o["max_memory_size"];
        break;
      case "instance_categories":
        f9 = o["instance_categories"];
        break;
      case "cpu_architectures":
        f10 = o["cpu_architectures"];
        break;
      case "core":
        f11 = o["core"];
        break;
      case "max_price":
        f12 = o["max_price"];
        break;
      case "architectures":
        f13 = o["architectures"];
        break;
      case "burst_performance_option":
        f14 = o["burst_performance_option"];
        break;
      case "instance_type_families":
        f15 = o["instance_type_families"];
        break;
      case "minimum_eni_quantity":
        f16 = o["minimum_eni_quantity"];
        break;
      case "minimum_eni_private_ip_address_quantity":
        f17 = o["minimum_eni_private_ip_address_quantity"];
        break;
      case "minimum_eni_ipv6_address_quantity":
        f18 = o["minimum_eni_ipv6_address_quantity"];
        break;
      case "maximum_gpu_amount":
        f19 = o["maximum_gpu_amount"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, "cores"), "integer", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isFinite(f2)) {
      issues = mistyped(issues, at(path, "memory"), "number", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "instance_family_level"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, "excluded_instance_types"), "array", f4);
    } else {
      const a61 = f4;
      for (let i65 = 0; i65 < a61.length; i65++) {
        const e65 = a61[i65];
        if (typeof e65 !== "string") {
          issues = mistyped(issues, at(path, "excluded_instance_types", i65), "string", e65);
        }
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, "min_cpu_cores"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "number" || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at(path, "max_cpu_cores"), "integer", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isFinite(f7)) {
      issues = mistyped(issues, at(path, "min_memory_size"), "number", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "number" || !Number.isFinite(f8)) {
      issues = mistyped(issues, at(path, "max_memory_size"), "number", f8);
    }
  }
  if (f9 !== void 0) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at(path, "instance_categories"), "array", f9);
    } else {
      const a62 = f9;
      for (let i66 = 0; i66 < a62.length; i66++) {
        const e66 = a62[i66];
        if (typeof e66 !== "string") {
          issues = mistyped(issues, at(path, "instance_categories", i66), "string", e66);
        }
      }
    }
  }
  if (f10 !== void 0) {
    if (!Array.isArray(f10)) {
      issues = mistyped(issues, at(path, "cpu_architectures"), "array", f10);
    } else {
      const a63 = f10;
      for (let i67 = 0; i67 < a63.length; i67++) {
        const e67 = a63[i67];
        if (typeof e67 !== "string") {
          issues = mistyped(issues, at(path, "cpu_architectures", i67), "string", e67);
        }
      }
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "number" || !Number.isSafeInteger(f11)) {
      issues = mistyped(issues, at(path, "core"), "integer", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "number" || !Number.isFinite(f12)) {
      issues = mistyped(issues, at(path, "max_price"), "number", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, "architectures"), "array", f13);
    } else {
      const a64 = f13;
      for (let i68 = 0; i68 < a64.length; i68++) {
        const e68 = a64[i68];
        if (typeof e68 !== "string") {
          issues = mistyped(issues, at(path, "architectures", i68), "string", e68);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at(path, "burst_performance_option"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at(path, "instance_type_families"), "array", f15);
    } else {
      const a65 = f15;
      for (let i69 = 0; i69 < a65.length; i69++) {
        const e69 = a65[i69];
        if (typeof e69 !== "string") {
          issues = mistyped(issues, at(path, "instance_type_families", i69), "string", e69);
        }
      }
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "number" || !Number.isSafeInteger(f16)) {
      issues = mistyped(issues, at(path, "minimum_eni_quantity"), "integer", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "number" || !Number.isSafeInteger(f17)) {
      issues = mistyped(issues, at(path, "minimum_eni_private_ip_address_quantity"), "integer", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "number" || !Number.isSafeInteger(f18)) {
      issues = mistyped(issues, at(path, "minimum_eni_ipv6_address_quantity"), "integer", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "number" || !Number.isSafeInteger(f19)) {
      issues = mistyped(issues, at(path, "maximum_gpu_amount"), "integer", f19);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "InstancePatterns");
  if (typeof f5 === "number" && typeof f6 === "number" && f5 > f6) {
    issues = report(issues, at(path, "min_cpu_cores"), "less_or_equal", "must be less than or equal to max_cpu_cores");
  }
  if (typeof f7 === "number" && typeof f8 === "number" && f7 > f8) {
    issues = report(
      issues,
      at(path, "min_memory_size"),
      "less_or_equal",
      "must be less than or equal to max_memory_size"
    );
  }
  return issues;
}
function checkKubeletConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  let f20;
  let f21;
  let f22;
  let f23;
  let f24;
  let f25;
  let f26;
  let f27;
  let f28;
  let f29;
  let f30;
  let f31;
  let f32;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "registryPullQPS":
        f1 = o["registryPullQPS"];
        break;
      case "registryBurst":
        f2 = o["registryBurst"];
        break;
      case "eventRecordQPS":
        f3 = o["eventRecordQPS"];
        break;
      case "eventBurst":
        f4 = o["eventBurst"];
        break;
      case "kubeAPIQPS":
        f5 = o["kubeAPIQPS"];
        break;
      case "kubeAPIBurst":
        f6 = o["kubeAPIBurst"];
        break;
      case "serializeImagePulls":
        f7 = o["serializeImagePulls"];
        break;
      case "cpuManagerPolicy":
        f8 = o["cpuManagerPolicy"];
        break;
      case "evictionHard":
        f9 = o["evictionHard"];
        break;
      case "evictionSoft":
        f10 = o["evictionSoft"];
        break;
      case "evictionSoftGracePeriod":
        f11 = o["evictionSoftGracePeriod"];
        break;
      case "systemReserved":
        f12 = o["systemReserved"];
        break;
      case "kubeReserved":
        f13 = o["kubeReserved"];
        break;
      case "readOnlyPort":
        f14 = o["readOnlyPort"];
        break;
      case "maxPods":
        f15 = o["maxPods"];
        break;
      case "containerLogMaxSize":
        f16 = o["containerLogMaxSize"];
        break;
      case "containerLogMaxFiles":
        f17 = o["containerLogMaxFiles"];
        break;
      case "featureGates":
        f18 = o["featureGates"];
        break;
      case "allowedUnsafeSysctls":
        f19 = o["allowedUnsafeSysctls"];
        break;
      case "reservedMemory":
        f20 = o["reservedMemory"];
        break;
      case "memoryManagerPolicy":
        f21 = o["memoryManagerPolicy"];
        break;
      case "cpuCFSQuota":
        f22 = o["cpuCFSQuota"];
        break;
      case "cpuCFSQuotaPeriod":
        f23 = o["cpuCFSQuotaPeriod"];
        break;
      case "imageGCHighThresholdPercent":
        f24 = o["imageGCHighThresholdPercent"];
        break;
      case "imageGCLowThresholdPercent":
        f25 = o["imageGCLowThresholdPercent"];
        break;
      case "podPidsLimit":
        f26 = o["podPidsLimit"];
        break;
      case "topologyManagerPolicy":
        f27 = o["topologyManagerPolicy"];
        break;
      case "clusterDNS":
        f28 = o["clusterDNS"];
        break;
      case "tracing":
        f29 = o["tracing"];
        break;
      case "containerLogMaxWorkers":
        f30 = o["containerLogMaxWorkers"];
        break;
      case "containerLogMonitorInterval":
        f31 = o["containerLogMonitorInterval"];
        break;
      case "serverTLSBootstrap":
        f32 = o["serverTLSBootstrap"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, "registryPullQPS"), "integer", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "registryBurst"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "eventRecordQPS"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "eventBurst"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, "kubeAPIQPS"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "number" || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at(path, "kubeAPIBurst"), "integer", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at(path, "serializeImagePulls"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "cpuManagerPolicy"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "object" || f9 === null || Array.isArray(f9)) {
      issues = mistyped(issues, at(path, "evictionHard"), "object", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "object" || f10 === null || Array.isArray(f10)) {
      issues = mistyped(issues, at(path, "evictionSoft"), "object", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "object" || f11 === null || Array.isArray(f11)) {
      issues = mistyped(issues, at(path, "evictionSoftGracePeriod"), "object", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "object" || f12 === null || Array.isArray(f12)) {
      issues = mistyped(issues, at(path, "systemReserved"), "object", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "object" || f13 === null || Array.isArray(f13)) {
      issues = mistyped(issues, at(path, "kubeReserved"), "object", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "number" || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at(path, "readOnlyPort"), "integer", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "number" || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at(path, "maxPods"), "integer", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "string") {
      issues = mistyped(issues, at(path, "containerLogMaxSize"), "string", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "number" || !Number.isSafeInteger(f17)) {
      issues = mistyped(issues, at(path, "containerLogMaxFiles"), "integer", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "object" || f18 === null || Array.isArray(f18)) {
      issues = mistyped(issues, at(path, "featureGates"), "object", f18);
    }
  }
  if (f19 !== void 0) {
    if (!Array.isArray(f19)) {
      issues = mistyped(issues, at(path, "allowedUnsafeSysctls"), "array", f19);
    } else {
      const a66 = f19;
      for (let i76 = 0; i76 < a66.length; i76++) {
        const e76 = a66[i76];
        if (typeof e76 !== "string") {
          issues = mistyped(issues, at(path, "allowedUnsafeSysctls", i76), "string", e76);
        }
      }
    }
  }
  if (f20 !== void 0) {
    if (!Array.isArray(f20)) {
      issues = mistyped(issues, at(path, "reservedMemory"), "array", f20);
    } else {
      const a67 = f20;
      for (let i77 = 0; i77 < a67.length; i77++) {
        const e77 = a67[i77];
        path.tokens[path.depth++] = "reservedMemory";
        path.tokens[path.depth++] = i77;
        issues = checkKubeletConfigReservedMemoryItem(e77, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "string") {
      issues = mistyped(issues, at(path, "memoryManagerPolicy"), "string", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "boolean") {
      issues = mistyped(issues, at(path, "cpuCFSQuota"), "boolean", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at(path, "cpuCFSQuotaPeriod"), "string", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "number" || !Number.isSafeInteger(f24)) {
      issues = mistyped(issues, at(path, "imageGCHighThresholdPercent"), "integer", f24);
    } else {
      if (!(f24 >= -2147483648 && f24 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "imageGCHighThresholdPercent"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "number" || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at(path, "imageGCLowThresholdPercent"), "integer", f25);
    } else {
      if (!(f25 >= -2147483648 && f25 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "imageGCLowThresholdPercent"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "number" || !Number.isSafeInteger(f26)) {
      issues = mistyped(issues, at(path, "podPidsLimit"), "integer", f26);
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "string") {
      issues = mistyped(issues, at(path, "topologyManagerPolicy"), "string", f27);
    }
  }
  if (f28 !== void 0) {
    if (!Array.isArray(f28)) {
      issues = mistyped(issues, at(path, "clusterDNS"), "array", f28);
    } else {
      const a68 = f28;
      for (let i78 = 0; i78 < a68.length; i78++) {
        const e78 = a68[i78];
        if (typeof e78 !== "string") {
          issues = mistyped(issues, at(path, "clusterDNS", i78), "string", e78);
        }
      }
    }
  }
  if (f29 !== void 0) {
    path.tokens[path.depth++] = "tracing";
    issues = checkKubeletConfigTracing(f29, issues, path);
    path.depth--;
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "number" || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at(path, "containerLogMaxWorkers"), "integer", f30);
    } else {
      if (!(f30 >= -2147483648 && f30 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "containerLogMaxWorkers"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f31 !== void 0) {
    if (typeof f31 !== "string") {
      issues = mistyped(issues, at(path, "containerLogMonitorInterval"), "string", f31);
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "boolean") {
      issues = mistyped(issues, at(path, "serverTLSBootstrap"), "boolean", f32);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "KubeletConfig");
  return issues;
}
function checkKubeletConfigReservedMemoryItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "numaNode":
        f1 = o["numaNode"];
        break;
      case "limits":
        f2 = o["limits"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, "numaNode"), "integer", f1);
    } else {
      if (!(f1 >= -2147483648 && f1 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "numaNode"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "object" || f2 === null || Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "limits"), "object", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "KubeletConfigReservedMemoryItem");
  return issues;
}
function checkKubeletConfigTracing(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "endpoint":
        f1 = o["endpoint"];
        break;
      case "samplingRatePerMillion":
        f2 = o["samplingRatePerMillion"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "endpoint"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "samplingRatePerMillion"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "samplingRatePerMillion"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "KubeletConfigTracing");
  return issues;
}
function checkMaintenanceWindow(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      case "maintenance_time":
        f2 = o["maintenance_time"];
        break;
      case "duration":
        f3 = o["duration"];
        break;
      case "weekly_period":
        f4 = o["weekly_period"];
        break;
      case "recurrence":
        f5 = o["recurrence"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "maintenance_time"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "duration"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "weekly_period"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "recurrence"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "MaintenanceWindow");
  return issues;
}
function checkMigrateClusterBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "oss_bucket_name":
        f1 = o["oss_bucket_name"];
        break;
      case "oss_bucket_endpoint":
        f2 = o["oss_bucket_endpoint"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "oss_bucket_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "oss_bucket_endpoint"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "MigrateClusterBody");
  return issues;
}
function checkModifyClusterAddonBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "config":
        f1 = o["config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "config"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterAddonBody");
  return issues;
}
function checkModifyClusterBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "api_server_eip":
        f1 = o["api_server_eip"];
        break;
      case "api_server_eip_id":
        f2 = o["api_server_eip_id"];
        break;
      case "deletion_protection":
        f3 = o["deletion_protection"];
        break;
      case "resource_group_id":
        f4 = o["resource_group_id"];
        break;
      case "maintenance_window":
        f5 = o["maintenance_window"];
        break;
      case "enable_rrsa":
        f6 = o["enable_rrsa"];
        break;
      case "access_control_list":
        f7 = o["access_control_list"];
        break;
      case "cluster_name":
        f8 = o["cluster_name"];
        break;
      case "system_events_logging":
        f9 = o["system_events_logging"];
        break;
      case "operation_policy":
        f10 = o["operation_policy"];
        break;
      case "api_server_custom_cert_sans":
        f11 = o["api_server_custom_cert_sans"];
        break;
      case "vswitch_ids":
        f12 = o["vswitch_ids"];
        break;
      case "control_plane_config":
        f13 = o["control_plane_config"];
        break;
      case "security_group_id":
        f14 = o["security_group_id"];
        break;
      case "timezone":
        f15 = o["timezone"];
        break;
      case "instance_deletion_protection":
        f16 = o["instance_deletion_protection"];
        break;
      case "ingress_domain_rebinding":
        f17 = o["ingress_domain_rebinding"];
        break;
      case "ingress_loadbalancer_id":
        f18 = o["ingress_loadbalancer_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "api_server_eip"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "api_server_eip_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "deletion_protection"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "resource_group_id"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    path.tokens[path.depth++] = "maintenance_window";
    issues = checkMaintenanceWindow(f5, issues, path);
    path.depth--;
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "enable_rrsa"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (!Array.isArray(f7)) {
      issues = mistyped(issues, at(path, "access_control_list"), "array", f7);
    } else {
      const a69 = f7;
      for (let i80 = 0; i80 < a69.length; i80++) {
        const e80 = a69[i80];
        if (typeof e80 !== "string") {
          issues = mistyped(issues, at(path, "access_control_list", i80), "string", e80);
        }
      }
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "cluster_name"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    path.tokens[path.depth++] = "system_events_logging";
    issues = checkModifyClusterBodySystemEventsLogging(f9, issues, path);
    path.depth--;
  }
  if (f10 !== void 0) {
    path.tokens[path.depth++] = "operation_policy";
    issues = checkModifyClusterBodyOperationPolicy(f10, issues, path);
    path.depth--;
  }
  if (f11 !== void 0) {
    path.tokens[path.depth++] = "api_server_custom_cert_sans";
    issues = checkModifyClusterBodyApiServerCustomCertSans(f11, issues, path);
    path.depth--;
  }
  if (f12 !== void 0) {
    if (!Array.isArray(f12)) {
      issues = mistyped(issues, at(path, "vswitch_ids"), "array", f12);
    } else {
      const a70 = f12;
      for (let i81 = 0; i81 < a70.length; i81++) {
        const e81 = a70[i81];
        if (typeof e81 !== "string") {
          issues = mistyped(issues, at(path, "vswitch_ids", i81), "string", e81);
        }
      }
    }
  }
  if (f13 !== void 0) {
    path.tokens[path.depth++] = "control_plane_config";
    issues = checkModifyClusterBodyControlPlaneConfig(f13, issues, path);
    path.depth--;
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at(path, "security_group_id"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at(path, "timezone"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at(path, "instance_deletion_protection"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "boolean") {
      issues = mistyped(issues, at(path, "ingress_domain_rebinding"), "boolean", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at(path, "ingress_loadbalancer_id"), "string", f18);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterBody");
  return issues;
}
function checkModifyClusterBodyApiServerCustomCertSans(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "action":
        f1 = o["action"];
        break;
      case "subject_alternative_names":
        f2 = o["subject_alternative_names"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "action"), "string", f1);
    } else {
      if (!(f1 === "append" || f1 === "overwrite")) {
        issues = report(issues, at(path, "action"), "enum", 'must be one of "append", "overwrite"');
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "subject_alternative_names"), "array", f2);
    } else {
      const a71 = f2;
      for (let i82 = 0; i82 < a71.length; i82++) {
        const e82 = a71[i82];
        if (typeof e82 !== "string") {
          issues = mistyped(issues, at(path, "subject_alternative_names", i82), "string", e82);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterBodyApiServerCustomCertSans");
  return issues;
}
function checkModifyClusterBodyControlPlaneConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  let f20;
  let f21;
  let f22;
  let f23;
  let f24;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "charge_type":
        f1 = o["charge_type"];
        break;
      case "period":
        f2 = o["period"];
        break;
      case "period_unit":
        f3 = o["period_unit"];
        break;
      case "auto_renew":
        f4 = o["auto_renew"];
        break;
      case "auto_renew_period":
        f5 = o["auto_renew_period"];
        break;
      case "instance_types":
        f6 = o["instance_types"];
        break;
      case "image_type":
        f7 = o["image_type"];
        break;
      case "image_id":
        f8 = o["image_id"];
        break;
      case "key_pair":
        f9 = o["key_pair"];
        break;
      case "login_password":
        f10 = o["login_password"];
        break;
      case "system_disk_category":
        f11 = o["system_disk_category"];
        break;
      case "system_disk_size":
        f12 = o["system_disk_size"];
        break;
      case "system_disk_snapshot_policy_id":
        f13 = o["system_disk_snapshot_policy_id"];
        break;
      case "system_disk_performance_level":
        f14 = o["system_disk_performance_level"];
        break;
      case "system_disk_provisioned_iops":
        f15 = o["system_disk_provisioned_iops"];
        break;
      case "system_disk_bursting_enabled":
        f16 = o["system_disk_bursting_enabled"];
        break;
      case "deploymentset_id":
        f17 = o["deploymentset_id"];
        break;
      case "cloud_monitor_flags":
        f18 = o["cloud_monitor_flags"];
        break;
      case "soc_enabled":
        f19 = o["soc_enabled"];
        break;
      case "security_hardening_os":
        f20 = o["security_hardening_os"];
        break;
      case "cpu_policy":
        f21 = o["cpu_policy"];
        break;
      case "runtime":
        f22 = o["runtime"];
        break;
      case "node_port_range":
        f23 = o["node_port_range"];
        break;
      case "size":
        f24 = o["size"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "charge_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "period"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "period_unit"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_renew"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at(path, "auto_renew_period"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, "instance_types"), "array", f6);
    } else {
      const a72 = f6;
      for (let i83 = 0; i83 < a72.length; i83++) {
        const e83 = a72[i83];
        if (typeof e83 !== "string") {
          issues = mistyped(issues, at(path, "instance_types", i83), "string", e83);
        }
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "image_type"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "image_id"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at(path, "key_pair"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "login_password"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_category"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "number" || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at(path, "system_disk_size"), "integer", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_snapshot_policy_id"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_performance_level"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "number" || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at(path, "system_disk_provisioned_iops"), "integer", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at(path, "system_disk_bursting_enabled"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at(path, "deploymentset_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "boolean") {
      issues = mistyped(issues, at(path, "cloud_monitor_flags"), "boolean", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "boolean") {
      issues = mistyped(issues, at(path, "soc_enabled"), "boolean", f19);
    }
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "boolean") {
      issues = mistyped(issues, at(path, "security_hardening_os"), "boolean", f20);
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "string") {
      issues = mistyped(issues, at(path, "cpu_policy"), "string", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at(path, "runtime"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at(path, "node_port_range"), "string", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "number" || !Number.isSafeInteger(f24)) {
      issues = mistyped(issues, at(path, "size"), "integer", f24);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterBodyControlPlaneConfig");
  return issues;
}
function checkModifyClusterBodyOperationPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster_auto_upgrade":
        f1 = o["cluster_auto_upgrade"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    path.tokens[path.depth++] = "cluster_auto_upgrade";
    issues = checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterBodyOperationPolicy");
  return issues;
}
function checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enabled":
        f1 = o["enabled"];
        break;
      case "channel":
        f2 = o["channel"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "channel"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterBodyOperationPolicyClusterAutoUpgrade");
  return issues;
}
function checkModifyClusterBodySystemEventsLogging(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enabled":
        f1 = o["enabled"];
        break;
      case "logging_project":
        f2 = o["logging_project"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "logging_project"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterBodySystemEventsLogging");
  return issues;
}
function checkModifyClusterNodePoolBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "nodepool_info":
        f1 = o["nodepool_info"];
        break;
      case "auto_scaling":
        f2 = o["auto_scaling"];
        break;
      case "management":
        f3 = o["management"];
        break;
      case "scaling_group":
        f4 = o["scaling_group"];
        break;
      case "kubernetes_config":
        f5 = o["kubernetes_config"];
        break;
      case "tee_config":
        f6 = o["tee_config"];
        break;
      case "update_nodes":
        f7 = o["update_nodes"];
        break;
      case "concurrency":
        f8 = o["concurrency"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    path.tokens[path.depth++] = "nodepool_info";
    issues = checkModifyClusterNodePoolBodyNodePoolInfo(f1, issues, path);
    path.depth--;
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "auto_scaling";
    issues = checkModifyClusterNodePoolBodyAutoScaling(f2, issues, path);
    path.depth--;
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "management";
    issues = checkModifyClusterNodePoolBodyManagement(f3, issues, path);
    path.depth--;
  }
  if (f4 !== void 0) {
    path.tokens[path.depth++] = "scaling_group";
    issues = checkModifyClusterNodePoolBodyScalingGroup(f4, issues, path);
    path.depth--;
  }
  if (f5 !== void 0) {
    path.tokens[path.depth++] = "kubernetes_config";
    issues = checkModifyClusterNodePoolBodyKubernetesConfig(f5, issues, path);
    path.depth--;
  }
  if (f6 !== void 0) {
    path.tokens[path.depth++] = "tee_config";
    issues = checkModifyClusterNodePoolBodyTeeConfig(f6, issues, path);
    path.depth--;
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at(path, "update_nodes"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at(path, "concurrency"), "boolean", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBody");
  return issues;
}
function checkModifyClusterNodePoolBodyAutoScaling(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      case "type":
        f2 = o["type"];
        break;
      case "max_instances":
        f3 = o["max_instances"];
        break;
      case "min_instances":
        f4 = o["min_instances"];
        break;
      case "is_bond_eip":
        f5 = o["is_bond_eip"];
        break;
      case "eip_internet_charge_type":
        f6 = o["eip_internet_charge_type"];
        break;
      case "eip_bandwidth":
        f7 = o["eip_bandwidth"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "max_instances"), "integer", f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at(path, "max_instances"), "minimum", "must be greater than or equal to 0");
      }
      if (f3 > 2e3) {
        issues = report(issues, at(path, "max_instances"), "maximum", "must be less than or equal to 2000");
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "min_instances"), "integer", f4);
    } else {
      if (f4 < 0) {
        issues = report(issues, at(path, "min_instances"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at(path, "is_bond_eip"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "eip_internet_charge_type"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "eip_bandwidth"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyAutoScaling");
  if (typeof f4 === "number" && typeof f3 === "number" && f4 > f3) {
    issues = report(issues, at(path, "min_instances"), "less_or_equal", "must be less than or equal to max_instances");
  }
  return issues;
}
function checkModifyClusterNodePoolBodyKubernetesConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "labels":
        f1 = o["labels"];
        break;
      case "taints":
        f2 = o["taints"];
        break;
      case "runtime":
        f3 = o["runtime"];
        break;
      case "runtime_version":
        f4 = o["runtime_version"];
        break;
      case "cpu_policy":
        f5 = o["cpu_policy"];
        break;
      case "unschedulable":
        f6 = o["unschedulable"];
        break;
      case "user_data":
        f7 = o["user_data"];
        break;
      case "cms_enabled":
        f8 = o["cms_enabled"];
        break;
      case "pre_user_data":
        f9 = o["pre_user_data"];
        break;
      case "node_name_mode":
        f10 = o["node_name_mode"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "labels"), "array", f1);
    } else {
      const a73 = f1;
      if (a73.length > 20) {
        issues = report(issues, at(path, "labels"), "max_items", "must have at most 20 items");
      }
      for (let i84 = 0; i84 < a73.length; i84++) {
        const e84 = a73[i84];
        path.tokens[path.depth++] = "labels";
        path.tokens[path.depth++] = i84;
        issues = checkTag(e84, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "taints"), "array", f2);
    } else {
      const a74 = f2;
      for (let i85 = 0; i85 < a74.length; i85++) {
        const e85 = a74[i85];
        path.tokens[path.depth++] = "taints";
        path.tokens[path.depth++] = i85;
        issues = checkTaint(e85, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "runtime"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "runtime_version"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "cpu_policy"), "string", f5);
    } else {
      if (!(f5 === "static" || f5 === "none")) {
        issues = report(issues, at(path, "cpu_policy"), "enum", 'must be one of "static", "none"');
      }
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "unschedulable"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "user_data"), "string", f7);
    } else {
      if (!isBase64(f7)) {
        issues = report(issues, at(path, "user_data"), "format", "must be a valid base64 string (RFC 4648, padded)");
      }
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at(path, "cms_enabled"), "boolean", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at(path, "pre_user_data"), "string", f9);
    } else {
      if (!isBase64(f9)) {
        issues = report(
          issues,
          at(path, "pre_user_data"),
          "format",
          "must be a valid base64 string (RFC 4648, padded)"
        );
      }
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "node_name_mode"), "string", f10);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyKubernetesConfig");
  return issues;
}
function checkModifyClusterNodePoolBodyManagement(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      case "auto_repair":
        f2 = o["auto_repair"];
        break;
      case "auto_repair_policy":
        f3 = o["auto_repair_policy"];
        break;
      case "auto_vul_fix":
        f4 = o["auto_vul_fix"];
        break;
      case "auto_vul_fix_policy":
        f5 = o["auto_vul_fix_policy"];
        break;
      case "auto_upgrade":
        f6 = o["auto_upgrade"];
        break;
      case "auto_upgrade_policy":
        f7 = o["auto_upgrade_policy"];
        break;
      case "upgrade_config":
        f8 = o["upgrade_config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_repair"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "auto_repair_policy";
    issues = checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(f3, issues, path);
    path.depth--;
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_vul_fix"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    path.tokens[path.depth++] = "auto_vul_fix_policy";
    issues = checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(f5, issues, path);
    path.depth--;
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    path.tokens[path.depth++] = "auto_upgrade_policy";
    issues = checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(f7, issues, path);
    path.depth--;
  }
  if (f8 !== void 0) {
    path.tokens[path.depth++] = "upgrade_config";
    issues = checkModifyClusterNodePoolBodyManagementUpgradeConfig(f8, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyManagement");
  return issues;
}
function checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "restart_node":
        f1 = o["restart_node"];
        break;
      case "approval_required":
        f2 = o["approval_required"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "approval_required"), "boolean", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyManagementAutoRepairPolicy");
  return issues;
}
function checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "auto_upgrade_kubelet":
        f1 = o["auto_upgrade_kubelet"];
        break;
      case "auto_upgrade_runtime":
        f2 = o["auto_upgrade_runtime"];
        break;
      case "auto_upgrade_os":
        f3 = o["auto_upgrade_os"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade_kubelet"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade_runtime"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade_os"), "boolean", f3);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyManagementAutoUpgradePolicy");
  return issues;
}
function checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "restart_node":
        f1 = o["restart_node"];
        break;
      case "vul_level":
        f2 = o["vul_level"];
        break;
      case "exclude_packages":
        f3 = o["exclude_packages"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "vul_level"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "exclude_packages"), "string", f3);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyManagementAutoVulFixPolicy");
  return issues;
}
function checkModifyClusterNodePoolBodyManagementUpgradeConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "auto_upgrade":
        f1 = o["auto_upgrade"];
        break;
      case "surge":
        f2 = o["surge"];
        break;
      case "surge_percentage":
        f3 = o["surge_percentage"];
        break;
      case "max_unavailable":
        f4 = o["max_unavailable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "surge"), "integer", f2);
    } else {
      if (f2 < 0) {
        issues = report(issues, at(path, "surge"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "surge_percentage"), "integer", f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at(path, "surge_percentage"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "max_unavailable"), "integer", f4);
    } else {
      if (f4 < 1) {
        issues = report(issues, at(path, "max_unavailable"), "minimum", "must be greater than or equal to 1");
      }
      if (f4 > 1e3) {
        issues = report(issues, at(path, "max_unavailable"), "maximum", "must be less than or equal to 1000");
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyManagementUpgradeConfig");
  return issues;
}
function checkModifyClusterNodePoolBodyNodePoolInfo(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "resource_group_id":
        f2 = o["resource_group_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at(path, "name"), "min_length", "must be at least 1 character long");
      }
      if (f1.length > 63 && codePointLength(f1) > 63) {
        issues = report(issues, at(path, "name"), "max_length", "must be at most 63 characters long");
      }
      if (!PATTERN1.test(f1)) {
        issues = report(issues, at(path, "name"), "pattern", "must match the pattern ^[^-]");
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "resource_group_id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyNodePoolInfo");
  return issues;
}
function checkModifyClusterNodePoolBodyScalingGroup(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  let f20;
  let f21;
  let f22;
  let f23;
  let f24;
  let f25;
  let f26;
  let f27;
  let f28;
  let f29;
  let f30;
  let f31;
  let f32;
  let f33;
  let f34;
  let f35;
  let f36;
  let f37;
  let f38;
  let f39;
  let f40;
  let f41;
  let f42;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "vswitch_ids":
        f1 = o["vswitch_ids"];
        break;
      case "instance_types":
        f2 = o["instance_types"];
        break;
      case "instance_charge_type":
        f3 = o["instance_charge_type"];
        break;
      case "period":
        f4 = o["period"];
        break;
      case "period_unit":
        f5 = o["period_unit"];
        break;
      case "auto_renew":
        f6 = o["auto_renew"];
        break;
      case "auto_renew_period":
        f7 = o["auto_renew_period"];
        break;
      case "spot_strategy":
        f8 = o["spot_strategy"];
        break;
      case "spot_price_limit":
        f9 = o["spot_price_limit"];
        break;
      case "image_type":
        f10 = o["image_type"];
        break;
      case "image_id":
        f11 = o["image_id"];
        break;
      case "system_disk_category":
        f12 = o["system_disk_category"];
        break;
      case "system_disk_categories":
        f13 = o["system_disk_categories"];
        break;
      case "system_disk_size":
        f14 = o["system_disk_size"];
        break;
      case "system_disk_performance_level":
        f15 = o["system_disk_performance_level"];
        break;
      case "system_disk_encrypted":
        f16 = o["system_disk_encrypted"];
        break;
      case "system_disk_kms_key_id":
        f17 = o["system_disk_kms_key_id"];
        break;
      case "system_disk_encrypt_algorithm":
        f18 = o["system_disk_encrypt_algorithm"];
        break;
      case "system_disk_provisioned_iops":
        f19 = o["system_disk_provisioned_iops"];
        break;
      case "system_disk_bursting_enabled":
        f20 = o["system_disk_bursting_enabled"];
        break;
      case "data_disks":
        f21 = o["data_disks"];
        break;
      case "key_pair":
        f22 = o["key_pair"];
        break;
      case "login_password":
        f23 = o["login_password"];
        break;
      case "internet_charge_type":
        f24 = o["internet_charge_type"];
        break;
      case "internet_max_bandwidth_out":
        f25 = o["internet_max_bandwidth_out"];
        break;
      case "tags":
        f26 = o["tags"];
        break;
      case "desired_size":
        f27 = o["desired_size"];
        break;
      case "multi_az_policy":
        f28 = o["multi_az_policy"];
        break;
      case "scaling_policy":
        f29 = o["scaling_policy"];
        break;
      case "on_demand_base_capacity":
        f30 = o["on_demand_base_capacity"];
        break;
      case "on_demand_percentage_above_base_capacity":
        f31 = o["on_demand_percentage_above_base_capacity"];
        break;
      case "spot_instance_pools":
        f32 = o["spot_instance_pools"];
        break;
      case "spot_instance_remedy":
        f33 = o["spot_instance_remedy"];
        break;
      case "compensate_with_on_demand":
        f34 = o["compensate_with_on_demand"];
        break;
      case "rds_instances":
        f35 = o["rds_instances"];
        break;
      case "private_pool_options":
        f36 = o["private_pool_options"];
        break;
      case "platform":
        f37 = o["platform"];
        break;
      case "instance_patterns":
        f38 = o["instance_patterns"];
        break;
      case "deploymentset_id":
        f39 = o["deploymentset_id"];
        break;
      case "security_group_ids":
        f40 = o["security_group_ids"];
        break;
      case "resource_pool_options":
        f41 = o["resource_pool_options"];
        break;
      case "system_disk_snapshot_policy_id":
        f42 = o["system_disk_snapshot_policy_id"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "vswitch_ids"), "array", f1);
    } else {
      const a75 = f1;
      if (a75.length < 1) {
        issues = report(issues, at(path, "vswitch_ids"), "min_items", "must have at least 1 item");
      }
      if (a75.length > 20) {
        issues = report(issues, at(path, "vswitch_ids"), "max_items", "must have at most 20 items");
      }
      for (let i86 = 0; i86 < a75.length; i86++) {
        const e86 = a75[i86];
        if (typeof e86 !== "string") {
          issues = mistyped(issues, at(path, "vswitch_ids", i86), "string", e86);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "instance_types"), "array", f2);
    } else {
      const a76 = f2;
      if (a76.length < 1) {
        issues = report(issues, at(path, "instance_types"), "min_items", "must have at least 1 item");
      }
      for (let i87 = 0; i87 < a76.length; i87++) {
        const e87 = a76[i87];
        if (typeof e87 !== "string") {
          issues = mistyped(issues, at(path, "instance_types", i87), "string", e87);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "instance_charge_type"), "string", f3);
    } else {
      if (!(f3 === "PrePaid" || f3 === "PostPaid")) {
        issues = report(issues, at(path, "instance_charge_type"), "enum", 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "period"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "period_unit"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_renew"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "auto_renew_period"), "integer", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "spot_strategy"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at(path, "spot_price_limit"), "array", f9);
    } else {
      const a77 = f9;
      for (let i88 = 0; i88 < a77.length; i88++) {
        const e88 = a77[i88];
        path.tokens[path.depth++] = "spot_price_limit";
        path.tokens[path.depth++] = i88;
        issues = checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(e88, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "image_type"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at(path, "image_id"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_category"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, "system_disk_categories"), "array", f13);
    } else {
      const a78 = f13;
      if (a78.length > 10) {
        issues = report(issues, at(path, "system_disk_categories"), "max_items", "must have at most 10 items");
      }
      for (let i89 = 0; i89 < a78.length; i89++) {
        const e89 = a78[i89];
        if (typeof e89 !== "string") {
          issues = mistyped(issues, at(path, "system_disk_categories", i89), "string", e89);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "number" || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at(path, "system_disk_size"), "integer", f14);
    } else {
      if (f14 < 20) {
        issues = report(issues, at(path, "system_disk_size"), "minimum", "must be greater than or equal to 20");
      }
      if (f14 > 2048) {
        issues = report(issues, at(path, "system_disk_size"), "maximum", "must be less than or equal to 2048");
      }
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_performance_level"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at(path, "system_disk_encrypted"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_kms_key_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_encrypt_algorithm"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "number" || !Number.isSafeInteger(f19)) {
      issues = mistyped(issues, at(path, "system_disk_provisioned_iops"), "integer", f19);
    } else {
      if (f19 < 0) {
        issues = report(
          issues,
          at(path, "system_disk_provisioned_iops"),
          "minimum",
          "must be greater than or equal to 0"
        );
      }
    }
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "boolean") {
      issues = mistyped(issues, at(path, "system_disk_bursting_enabled"), "boolean", f20);
    }
  }
  if (f21 !== void 0) {
    if (!Array.isArray(f21)) {
      issues = mistyped(issues, at(path, "data_disks"), "array", f21);
    } else {
      const a79 = f21;
      if (a79.length > 10) {
        issues = report(issues, at(path, "data_disks"), "max_items", "must have at most 10 items");
      }
      for (let i90 = 0; i90 < a79.length; i90++) {
        const e90 = a79[i90];
        path.tokens[path.depth++] = "data_disks";
        path.tokens[path.depth++] = i90;
        issues = checkDataDisk(e90, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at(path, "key_pair"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at(path, "login_password"), "string", f23);
    } else {
      if (f23.length > 30 && codePointLength(f23) > 30) {
        issues = report(issues, at(path, "login_password"), "max_length", "must be at most 30 characters long");
      }
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at(path, "internet_charge_type"), "string", f24);
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "number" || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at(path, "internet_max_bandwidth_out"), "integer", f25);
    } else {
      if (f25 < 1) {
        issues = report(
          issues,
          at(path, "internet_max_bandwidth_out"),
          "minimum",
          "must be greater than or equal to 1"
        );
      }
      if (f25 > 100) {
        issues = report(issues, at(path, "internet_max_bandwidth_out"), "maximum", "must be less than or equal to 100");
      }
    }
  }
  if (f26 !== void 0) {
    if (!Array.isArray(f26)) {
      issues = mistyped(issues, at(path, "tags"), "array", f26);
    } else {
      const a80 = f26;
      for (let i91 = 0; i91 < a80.length; i91++) {
        const e91 = a80[i91];
        path.tokens[path.depth++] = "tags";
        path.tokens[path.depth++] = i91;
        issues = checkTag(e91, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "number" || !Number.isSafeInteger(f27)) {
      issues = mistyped(issues, at(path, "desired_size"), "integer", f27);
    } else {
      if (f27 < 0) {
        issues = report(issues, at(path, "desired_size"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f28 !== void 0) {
    if (typeof f28 !== "string") {
      issues = mistyped(issues, at(path, "multi_az_policy"), "string", f28);
    }
  }
  if (f29 !== void 0) {
    if (typeof f29 !== "string") {
      issues = mistyped(issues, at(path, "scaling_policy"), "string", f29);
    }
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "number" || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at(path, "on_demand_base_capacity"), "integer", f30);
    } else {
      if (f30 < 0) {
        issues = report(issues, at(path, "on_demand_base_capacity"), "minimum", "must be greater than or equal to 0");
      }
      if (f30 > 1e3) {
        issues = report(issues, at(path, "on_demand_base_capacity"), "maximum", "must be less than or equal to 1000");
      }
    }
  }
  if (f31 !== void 0) {
    if (typeof f31 !== "number" || !Number.isSafeInteger(f31)) {
      issues = mistyped(issues, at(path, "on_demand_percentage_above_base_capacity"), "integer", f31);
    } else {
      if (f31 < 0) {
        issues = report(
          issues,
          at(path, "on_demand_percentage_above_base_capacity"),
          "minimum",
          "must be greater than or equal to 0"
        );
      }
      if (f31 > 100) {
        issues = report(
          issues,
          at(path, "on_demand_percentage_above_base_capacity"),
          "maximum",
          "must be less than or equal to 100"
        );
      }
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "number" || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at(path, "spot_instance_pools"), "integer", f32);
    } else {
      if (f32 < 1) {
        issues = report(issues, at(path, "spot_instance_pools"), "minimum", "must be greater than or equal to 1");
      }
      if (f32 > 10) {
        issues = report(issues, at(path, "spot_instance_pools"), "maximum", "must be less than or equal to 10");
      }
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "boolean") {
      issues = mistyped(issues, at(path, "spot_instance_remedy"), "boolean", f33);
    }
  }
  if (f34 !== void 0) {
    if (typeof f34 !== "boolean") {
      issues = mistyped(issues, at(path, "compensate_with_on_demand"), "boolean", f34);
    }
  }
  if (f35 !== void 0) {
    if (!Array.isArray(f35)) {
      issues = mistyped(issues, at(path, "rds_instances"), "array", f35);
    } else {
      const a81 = f35;
      for (let i92 = 0; i92 < a81.length; i92++) {
        const e92 = a81[i92];
        if (typeof e92 !== "string") {
          issues = mistyped(issues, at(path, "rds_instances", i92), "string", e92);
        }
      }
    }
  }
  if (f36 !== void 0) {
    path.tokens[path.depth++] = "private_pool_options";
    issues = checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions(f36, issues, path);
    path.depth--;
  }
  if (f37 !== void 0) {
    if (typeof f37 !== "string") {
      issues = mistyped(issues, at(path, "platform"), "string", f37);
    }
  }
  if (f38 !== void 0) {
    if (!Array.isArray(f38)) {
      issues = mistyped(issues, at(path, "instance_patterns"), "array", f38);
    } else {
      const a82 = f38;
      for (let i93 = 0; i93 < a82.length; i93++) {
        const e93 = a82[i93];
        path.tokens[path.depth++] = "instance_patterns";
        path.tokens[path.depth++] = i93;
        issues = checkInstancePatterns(e93, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f39 !== void 0) {
    if (typeof f39 !== "string") {
      issues = mistyped(issues, at(path, "deploymentset_id"), "string", f39);
    }
  }
  if (f40 !== void 0) {
    if (!Array.isArray(f40)) {
      issues = mistyped(issues, at(path, "security_group_ids"), "array", f40);
    } else {
      const a83 = f40;
      for (let i94 = 0; i94 < a83.length; i94++) {
        const e94 = a83[i94];
        if (typeof e94 !== "string") {
          issues = mistyped(issues, at(path, "security_group_ids", i94), "string", e94);
        }
      }
    }
  }
  if (f41 !== void 0) {
    path.tokens[path.depth++] = "resource_pool_options";
    issues = checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(f41, issues, path);
    path.depth--;
  }
  if (f42 !== void 0) {
    if (typeof f42 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_snapshot_policy_id"), "string", f42);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyScalingGroup");
  if (f3 === "PrePaid") {
    if (f4 === void 0) {
      issues = report(
        issues,
        at(path, "period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
  }
  if (f3 === "PrePaid" && f6 === true) {
    if (f7 === void 0) {
      issues = report(
        issues,
        at(path, "auto_renew_period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid" and auto_renew is true'
      );
    }
  }
  return issues;
}
function checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "id":
        f1 = o["id"];
        break;
      case "match_criteria":
        f2 = o["match_criteria"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "match_criteria"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions");
  return issues;
}
function checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "strategy":
        f1 = o["strategy"];
        break;
      case "private_pool_ids":
        f2 = o["private_pool_ids"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "strategy"), "string", f1);
    } else {
      if (!(f1 === "PrivatePoolFirst" || f1 === "PrivatePoolOnly" || f1 === "None")) {
        issues = report(
          issues,
          at(path, "strategy"),
          "enum",
          'must be one of "PrivatePoolFirst", "PrivatePoolOnly", "None"'
        );
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "private_pool_ids"), "array", f2);
    } else {
      const a84 = f2;
      for (let i95 = 0; i95 < a84.length; i95++) {
        const e95 = a84[i95];
        if (typeof e95 !== "string") {
          issues = mistyped(issues, at(path, "private_pool_ids", i95), "string", e95);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyScalingGroupResourcePoolOptions");
  return issues;
}
function checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "instance_type":
        f1 = o["instance_type"];
        break;
      case "price_limit":
        f2 = o["price_limit"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "instance_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "price_limit"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem");
  return issues;
}
function checkModifyClusterNodePoolBodyTeeConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "tee_enable":
        f1 = o["tee_enable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "tee_enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyClusterNodePoolBodyTeeConfig");
  return issues;
}
function checkModifyClusterTagsBody(value, issues, path) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), "array", value);
  } else {
    const a85 = value;
    for (let i96 = 0; i96 < a85.length; i96++) {
      const e96 = a85[i96];
      path.tokens[path.depth++] = i96;
      issues = checkTag(e96, issues, path);
      path.depth--;
    }
  }
  return issues;
}
function checkModifyNodePoolNodeConfigBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "kubelet_config":
        f1 = o["kubelet_config"];
        break;
      case "rolling_policy":
        f2 = o["rolling_policy"];
        break;
      case "os_config":
        f3 = o["os_config"];
        break;
      case "containerd_config":
        f4 = o["containerd_config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    path.tokens[path.depth++] = "kubelet_config";
    issues = checkKubeletConfig(f1, issues, path);
    path.depth--;
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "rolling_policy";
    issues = checkModifyNodePoolNodeConfigBodyRollingPolicy(f2, issues, path);
    path.depth--;
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "os_config";
    issues = checkModifyNodePoolNodeConfigBodyOsConfig(f3, issues, path);
    path.depth--;
  }
  if (f4 !== void 0) {
    path.tokens[path.depth++] = "containerd_config";
    issues = checkContainerdConfig(f4, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyNodePoolNodeConfigBody");
  return issues;
}
function checkModifyNodePoolNodeConfigBodyOsConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "sysctl":
        f1 = o["sysctl"];
        break;
      case "hugepage":
        f2 = o["hugepage"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "object" || f1 === null || Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "sysctl"), "object", f1);
    }
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "hugepage";
    issues = checkHugepage(f2, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyNodePoolNodeConfigBodyOsConfig");
  return issues;
}
function checkModifyNodePoolNodeConfigBodyRollingPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "max_parallelism":
        f1 = o["max_parallelism"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, "max_parallelism"), "integer", f1);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, path, others, "ModifyNodePoolNodeConfigBodyRollingPolicy");
  return issues;
}
function checkModifyPolicyInstanceBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "action":
        f1 = o["action"];
        break;
      case "instance_name":
        f2 = o["instance_name"];
        break;
      case "namespaces":
        f3 = o["namespaces"];
        break;
      case "parameters":
        f4 = o["parameters"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "action"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "instance_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "namespaces"), "array", f3);
    } else {
      const a86 = f3;
      for (let i98 = 0; i98 < a86.length; i98++) {
        const e98 = a86[i98];
        if (typeof e98 !== "string") {
          issues = mistyped(issues, at(path, "namespaces", i98), "string", e98);
        }
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "object" || f4 === null || Array.isArray(f4)) {
      issues = mistyped(issues, at(path, "parameters"), "object", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ModifyPolicyInstanceBody");
  return issues;
}
function checkNodePool(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "auto_scaling":
        f1 = o["auto_scaling"];
        break;
      case "kubernetes_config":
        f2 = o["kubernetes_config"];
        break;
      case "nodepool_info":
        f3 = o["nodepool_info"];
        break;
      case "scaling_group":
        f4 = o["scaling_group"];
        break;
      case "tee_config":
        f5 = o["tee_config"];
        break;
      case "management":
        f6 = o["management"];
        break;
      case "count":
        f7 = o["count"];
        break;
      case "interconnect_mode":
        f8 = o["interconnect_mode"];
        break;
      case "interconnect_config":
        f9 = o["interconnect_config"];
        break;
      case "max_nodes":
        f10 = o["max_nodes"];
        break;
      case "node_config":
        f11 = o["node_config"];
        break;
      case "node_components":
        f12 = o["node_components"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    path.tokens[path.depth++] = "auto_scaling";
    issues = checkNodePoolAutoScaling(f1, issues, path);
    path.depth--;
  }
  if (f2 !== void 0) {
    path.tokens[path.depth++] = "kubernetes_config";
    issues = checkNodePoolKubernetesConfig(f2, issues, path);
    path.depth--;
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "nodepool_info";
    issues = checkNodePoolNodePoolInfo(f3, issues, path);
    path.depth--;
  }
  if (f4 !== void 0) {
    path.tokens[path.depth++] = "scaling_group";
    issues = checkNodePoolScalingGroup(f4, issues, path);
    path.depth--;
  }
  if (f5 !== void 0) {
    path.tokens[path.depth++] = "tee_config";
    issues = checkNodePoolTeeConfig(f5, issues, path);
    path.depth--;
  }
  if (f6 !== void 0) {
    path.tokens[path.depth++] = "management";
    issues = checkNodePoolManagement(f6, issues, path);
    path.depth--;
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "count"), "integer", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "interconnect_mode"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    path.tokens[path.depth++] = "interconnect_config";
    issues = checkNodePoolInterconnectConfig(f9, issues, path);
    path.depth--;
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "number" || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at(path, "max_nodes"), "integer", f10);
    }
  }
  if (f11 !== void 0) {
    path.tokens[path.depth++] = "node_config";
    issues = checkNodePoolNodeConfig(f11, issues, path);
    path.depth--;
  }
  if (f12 !== void 0) {
    if (!Array.isArray(f12)) {
      issues = mistyped(issues, at(path, "node_components"), "array", f12);
    } else {
      const a87 = f12;
      for (let i100 = 0; i100 < a87.length; i100++) {
        const e100 = a87[i100];
        path.tokens[path.depth++] = "node_components";
        path.tokens[path.depth++] = i100;
        issues = checkNodePoolNodeComponentsItem(e100, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePool");
  return issues;
}
function checkNodePoolAutoScaling(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      case "max_instances":
        f2 = o["max_instances"];
        break;
      case "min_instances":
        f3 = o["min_instances"];
        break;
      case "type":
        f4 = o["type"];
        break;
      case "is_bond_eip":
        f5 = o["is_bond_eip"];
        break;
      case "eip_internet_charge_type":
        f6 = o["eip_internet_charge_type"];
        break;
      case "eip_bandwidth":
        f7 = o["eip_bandwidth"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "enable"), "required", "is required");
  } else {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "max_instances"), "required", "is required");
  } else {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "max_instances"), "integer", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "min_instances"), "required", "is required");
  } else {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "min_instances"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at(path, "is_bond_eip"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "eip_internet_charge_type"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at(path, "eip_bandwidth"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolAutoScaling");
  return issues;
}
function checkNodePoolInterconnectConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cen_id":
        f1 = o["cen_id"];
        break;
      case "ccn_id":
        f2 = o["ccn_id"];
        break;
      case "ccn_region_id":
        f3 = o["ccn_region_id"];
        break;
      case "bandwidth":
        f4 = o["bandwidth"];
        break;
      case "improved_period":
        f5 = o["improved_period"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cen_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "ccn_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "ccn_region_id"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "bandwidth"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "improved_period"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolInterconnectConfig");
  return issues;
}
function checkNodePoolKubernetesConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cms_enabled":
        f1 = o["cms_enabled"];
        break;
      case "cpu_policy":
        f2 = o["cpu_policy"];
        break;
      case "labels":
        f3 = o["labels"];
        break;
      case "runtime":
        f4 = o["runtime"];
        break;
      case "runtime_version":
        f5 = o["runtime_version"];
        break;
      case "taints":
        f6 = o["taints"];
        break;
      case "user_data":
        f7 = o["user_data"];
        break;
      case "node_name_mode":
        f8 = o["node_name_mode"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "cms_enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "cpu_policy"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "labels"), "array", f3);
    } else {
      const a88 = f3;
      for (let i101 = 0; i101 < a88.length; i101++) {
        const e101 = a88[i101];
        path.tokens[path.depth++] = "labels";
        path.tokens[path.depth++] = i101;
        issues = checkTag(e101, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at(path, "runtime"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "runtime"), "string", f4);
    }
  }
  if (f5 === void 0) {
    issues = report(issues, at(path, "runtime_version"), "required", "is required");
  } else {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "runtime_version"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, "taints"), "array", f6);
    } else {
      const a89 = f6;
      for (let i102 = 0; i102 < a89.length; i102++) {
        const e102 = a89[i102];
        path.tokens[path.depth++] = "taints";
        path.tokens[path.depth++] = i102;
        issues = checkTaint(e102, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "user_data"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "node_name_mode"), "string", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolKubernetesConfig");
  return issues;
}
function checkNodePoolManagement(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enable":
        f1 = o["enable"];
        break;
      case "auto_repair":
        f2 = o["auto_repair"];
        break;
      case "upgrade_config":
        f3 = o["upgrade_config"];
        break;
      case "auto_repair_policy":
        f4 = o["auto_repair_policy"];
        break;
      case "auto_vul_fix":
        f5 = o["auto_vul_fix"];
        break;
      case "auto_vul_fix_policy":
        f6 = o["auto_vul_fix_policy"];
        break;
      case "auto_upgrade":
        f7 = o["auto_upgrade"];
        break;
      case "auto_upgrade_policy":
        f8 = o["auto_upgrade_policy"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_repair"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "upgrade_config";
    issues = checkNodePoolManagementUpgradeConfig(f3, issues, path);
    path.depth--;
  }
  if (f4 !== void 0) {
    path.tokens[path.depth++] = "auto_repair_policy";
    issues = checkNodePoolManagementAutoRepairPolicy(f4, issues, path);
    path.depth--;
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_vul_fix"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    path.tokens[path.depth++] = "auto_vul_fix_policy";
    issues = checkNodePoolManagementAutoVulFixPolicy(f6, issues, path);
    path.depth--;
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    path.tokens[path.depth++] = "auto_upgrade_policy";
    issues = checkNodePoolManagementAutoUpgradePolicy(f8, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolManagement");
  return issues;
}
function checkNodePoolManagementAutoRepairPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "restart_node":
        f1 = o["restart_node"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "restart_node"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolManagementAutoRepairPolicy");
  return issues;
}
function checkNodePoolManagementAutoUpgradePolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "auto_upgrade_kubelet":
        f1 = o["auto_upgrade_kubelet"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade_kubelet"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolManagementAutoUpgradePolicy");
  return issues;
}
function checkNodePoolManagementAutoVulFixPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "restart_node":
        f1 = o["restart_node"];
        break;
      case "vul_level":
        f2 = o["vul_level"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "vul_level"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolManagementAutoVulFixPolicy");
  return issues;
}
function checkNodePoolManagementUpgradeConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "auto_upgrade":
        f1 = o["auto_upgrade"];
        break;
      case "surge":
        f2 = o["surge"];
        break;
      case "surge_percentage":
        f3 = o["surge_percentage"];
        break;
      case "max_unavailable":
        f4 = o["max_unavailable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_upgrade"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "surge"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "surge_percentage"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at(path, "max_unavailable"), "integer", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolManagementUpgradeConfig");
  return issues;
}
function checkNodePoolNodeComponentsItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "version":
        f2 = o["version"];
        break;
      case "config":
        f3 = o["config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    path.tokens[path.depth++] = "config";
    issues = checkNodePoolNodeComponentsItemConfig(f3, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolNodeComponentsItem");
  return issues;
}
function checkNodePoolNodeComponentsItemConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "custom_config":
        f1 = o["custom_config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "object" || f1 === null || Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "custom_config"), "object", f1);
    } else {
      const m14 = f1;
      const k14 = Object.keys(m14);
      for (let i103 = 0; i103 < k14.length; i103++) {
        const key14 = k14[i103];
        const e103 = m14[key14];
        if (typeof e103 !== "string") {
          issues = mistyped(issues, at(path, "custom_config", key14), "string", e103);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolNodeComponentsItemConfig");
  return issues;
}
function checkNodePoolNodeConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "kubelet_configuration":
        f1 = o["kubelet_configuration"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    path.tokens[path.depth++] = "kubelet_configuration";
    issues = checkKubeletConfig(f1, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolNodeConfig");
  return issues;
}
function checkNodePoolNodePoolInfo(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "resource_group_id":
        f2 = o["resource_group_id"];
        break;
      case "type":
        f3 = o["type"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "resource_group_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolNodePoolInfo");
  return issues;
}
function checkNodePoolScalingGroup(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  let f20;
  let f21;
  let f22;
  let f23;
  let f24;
  let f25;
  let f26;
  let f27;
  let f28;
  let f29;
  let f30;
  let f31;
  let f32;
  let f33;
  let f34;
  let f35;
  let f36;
  let f37;
  let f38;
  let f39;
  let f40;
  let f41;
  let f42;
  let f43;
  let f44;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "auto_renew":
        f1 = o["auto_renew"];
        break;
      case "auto_renew_period":
        f2 = o["auto_renew_period"];
        break;
      case "data_disks":
        f3 = o["data_disks"];
        break;
      case "image_id":
        f4 = o["image_id"];
        break;
      case "instance_charge_type":
        f5 = o["instance_charge_type"];
        break;
      case "instance_types":
        f6 = o["instance_types"];
        break;
      case "key_pair":
        f7 = o["key_pair"];
        break;
      case "login_password":
        f8 = o["login_password"];
        break;
      case "login_as_non_root":
        f9 = o["login_as_non_root"];
        break;
      case "period":
        f10 = o["period"];
        break;
      case "period_unit":
        f11 = o["period_unit"];
        break;
      case "platform":
        f12 = o["platform"];
        break;
      case "rds_instances":
        f13 = o["rds_instances"];
        break;
      case "spot_strategy":
        f14 = o["spot_strategy"];
        break;
      case "spot_price_limit":
        f15 = o["spot_price_limit"];
        break;
      case "scaling_policy":
        f16 = o["scaling_policy"];
        break;
      case "security_group_id":
        f17 = o["security_group_id"];
        break;
      case "security_group_ids":
        f18 = o["security_group_ids"];
        break;
      case "system_disk_category":
        f19 = o["system_disk_category"];
        break;
      case "system_disk_categories":
        f20 = o["system_disk_categories"];
        break;
      case "system_disk_size":
        f21 = o["system_disk_size"];
        break;
      case "system_disk_performance_level":
        f22 = o["system_disk_performance_level"];
        break;
      case "system_disk_encrypted":
        f23 = o["system_disk_encrypted"];
        break;
      case "system_disk_kms_key_id":
        f24 = o["system_disk_kms_key_id"];
        break;
      case "system_disk_encrypt_algorithm":
        f25 = o["system_disk_encrypt_algorithm"];
        break;
      case "system_disk_provisioned_iops":
        f26 = o["system_disk_provisioned_iops"];
        break;
      case "system_disk_bursting_enabled":
        f27 = o["system_disk_bursting_enabled"];
        break;
      case "tags":
        f28 = o["tags"];
        break;
      case "vswitch_ids":
        f29 = o["vswitch_ids"];
        break;
      case "multi_az_policy":
        f30 = o["multi_az_policy"];
        break;
      case "on_demand_base_capacity":
        f31 = o["on_demand_base_capacity"];
        break;
      case "on_demand_percentage_above_base_capacity":
        f32 = o["on_demand_percentage_above_base_capacity"];
        break;
      case "spot_instance_pools":
        f33 = o["spot_instance_pools"];
        break;
      case "spot_instance_remedy":
        f34 = o["spot_instance_remedy"];
        break;
      case "compensate_with_on_demand":
        f35 = o["compensate_with_on_demand"];
        break;
      case "internet_charge_type":
        f36 = o["internet_charge_type"];
        break;
      case "internet_max_bandwidth_out":
        f37 = o["internet_max_bandwidth_out"];
        break;
      case "image_type":
        f38 = o["image_type"];
        break;
      case "deploymentset_id":
        f39 = o["deploymentset_id"];
        break;
      case "desired_size":
        f40 = o["desired_size"];
        break;
      case "private_pool_options":
        f41 = o["private_pool_options"];
        break;
      case "ram_role_name":
        f42 = o["ram_role_name"];
        break;
      case "instance_metadata_options":
        f43 = o["instance_metadata_options"];
        break;
      case "resource_pool_options":
        f44 = o["resource_pool_options"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_renew"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "auto_renew_period"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "data_disks"), "array", f3);
    } else {
      const a90 = f3;
      for (let i104 = 0; i104 < a90.length; i104++) {
        const e104 = a90[i104];
        path.tokens[path.depth++] = "data_disks";
        path.tokens[path.depth++] = i104;
        issues = checkDataDisk(e104, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "image_id"), "string", f4);
    }
  }
  if (f5 === void 0) {
    issues = report(issues, at(path, "instance_charge_type"), "required", "is required");
  } else {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "instance_charge_type"), "string", f5);
    }
  }
  if (f6 === void 0) {
    issues = report(issues, at(path, "instance_types"), "required", "is required");
  } else {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at(path, "instance_types"), "array", f6);
    } else {
      const a91 = f6;
      for (let i105 = 0; i105 < a91.length; i105++) {
        const e105 = a91[i105];
        if (typeof e105 !== "string") {
          issues = mistyped(issues, at(path, "instance_types", i105), "string", e105);
        }
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "key_pair"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "login_password"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "boolean") {
      issues = mistyped(issues, at(path, "login_as_non_root"), "boolean", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "number" || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at(path, "period"), "integer", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at(path, "period_unit"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at(path, "platform"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at(path, "rds_instances"), "array", f13);
    } else {
      const a92 = f13;
      for (let i106 = 0; i106 < a92.length; i106++) {
        const e106 = a92[i106];
        if (typeof e106 !== "string") {
          issues = mistyped(issues, at(path, "rds_instances", i106), "string", e106);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at(path, "spot_strategy"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at(path, "spot_price_limit"), "array", f15);
    } else {
      const a93 = f15;
      for (let i107 = 0; i107 < a93.length; i107++) {
        const e107 = a93[i107];
        path.tokens[path.depth++] = "spot_price_limit";
        path.tokens[path.depth++] = i107;
        issues = checkNodePoolScalingGroupSpotPriceLimitItem(e107, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "string") {
      issues = mistyped(issues, at(path, "scaling_policy"), "string", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at(path, "security_group_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (!Array.isArray(f18)) {
      issues = mistyped(issues, at(path, "security_group_ids"), "array", f18);
    } else {
      const a94 = f18;
      for (let i108 = 0; i108 < a94.length; i108++) {
        const e108 = a94[i108];
        if (typeof e108 !== "string") {
          issues = mistyped(issues, at(path, "security_group_ids", i108), "string", e108);
        }
      }
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_category"), "string", f19);
    }
  }
  if (f20 !== void 0) {
    if (!Array.isArray(f20)) {
      issues = mistyped(issues, at(path, "system_disk_categories"), "array", f20);
    } else {
      const a95 = f20;
      if (a95.length > 10) {
        issues = report(issues, at(path, "system_disk_categories"), "max_items", "must have at most 10 items");
      }
      for (let i109 = 0; i109 < a95.length; i109++) {
        const e109 = a95[i109];
        if (typeof e109 !== "string") {
          issues = mistyped(issues, at(path, "system_disk_categories", i109), "string", e109);
        }
      }
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "number" || !Number.isSafeInteger(f21)) {
      issues = mistyped(issues, at(path, "system_disk_size"), "integer", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_performance_level"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "boolean") {
      issues = mistyped(issues, at(path, "system_disk_encrypted"), "boolean", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_kms_key_id"), "string", f24);
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "string") {
      issues = mistyped(issues, at(path, "system_disk_encrypt_algorithm"), "string", f25);
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "number" || !Number.isSafeInteger(f26)) {
      issues = mistyped(issues, at(path, "system_disk_provisioned_iops"), "integer", f26);
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "boolean") {
      issues = mistyped(issues, at(path, "system_disk_bursting_enabled"), "boolean", f27);
    }
  }
  if (f28 !== void 0) {
    if (!Array.isArray(f28)) {
      issues = mistyped(issues, at(path, "tags"), "array", f28);
    } else {
      const a96 = f28;
      for (let i110 = 0; i110 < a96.length; i110++) {
        const e110 = a96[i110];
        path.tokens[path.depth++] = "tags";
        path.tokens[path.depth++] = i110;
        issues = checkNodePoolScalingGroupTagsItem(e110, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (f29 === void 0) {
    issues = report(issues, at(path, "vswitch_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f29)) {
      issues = mistyped(issues, at(path, "vswitch_ids"), "array", f29);
    } else {
      const a97 = f29;
      for (let i111 = 0; i111 < a97.length; i111++) {
        const e111 = a97[i111];
        if (typeof e111 !== "string") {
          issues = mistyped(issues, at(path, "vswitch_ids", i111), "string", e111);
        }
      }
    }
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "string") {
      issues = mistyped(issues, at(path, "multi_az_policy"), "string", f30);
    }
  }
  if (f31 !== void 0) {
    if (typeof f31 !== "number" || !Number.isSafeInteger(f31)) {
      issues = mistyped(issues, at(path, "on_demand_base_capacity"), "integer", f31);
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "number" || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at(path, "on_demand_percentage_above_base_capacity"), "integer", f32);
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "number" || !Number.isSafeInteger(f33)) {
      issues = mistyped(issues, at(path, "spot_instance_pools"), "integer", f33);
    }
  }
  if (f34 !== void 0) {
    if (typeof f34 !== "boolean") {
      issues = mistyped(issues, at(path, "spot_instance_remedy"), "boolean", f34);
    }
  }
  if (f35 !== void 0) {
    if (typeof f35 !== "boolean") {
      issues = mistyped(issues, at(path, "compensate_with_on_demand"), "boolean", f35);
    }
  }
  if (f36 !== void 0) {
    if (typeof f36 !== "string") {
      issues = mistyped(issues, at(path, "internet_charge_type"), "string", f36);
    }
  }
  if (f37 !== void 0) {
    if (typeof f37 !== "number" || !Number.isSafeInteger(f37)) {
      issues = mistyped(issues, at(path, "internet_max_bandwidth_out"), "integer", f37);
    }
  }
  if (f38 !== void 0) {
    if (typeof f38 !== "string") {
      issues = mistyped(issues, at(path, "image_type"), "string", f38);
    }
  }
  if (f39 !== void 0) {
    if (typeof f39 !== "string") {
      issues = mistyped(issues, at(path, "deploymentset_id"), "string", f39);
    }
  }
  if (f40 !== void 0) {
    if (typeof f40 !== "number" || !Number.isSafeInteger(f40)) {
      issues = mistyped(issues, at(path, "desired_size"), "integer", f40);
    }
  }
  if (f41 !== void 0) {
    path.tokens[path.depth++] = "private_pool_options";
    issues = checkNodePoolScalingGroupPrivatePoolOptions(f41, issues, path);
    path.depth--;
  }
  if (f42 !== void 0) {
    if (typeof f42 !== "string") {
      issues = mistyped(issues, at(path, "ram_role_name"), "string", f42);
    }
  }
  if (f43 !== void 0) {
    path.tokens[path.depth++] = "instance_metadata_options";
    issues = checkInstanceMetadataOptions(f43, issues, path);
    path.depth--;
  }
  if (f44 !== void 0) {
    path.tokens[path.depth++] = "resource_pool_options";
    issues = checkNodePoolScalingGroupResourcePoolOptions(f44, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolScalingGroup");
  return issues;
}
function checkNodePoolScalingGroupPrivatePoolOptions(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "id":
        f1 = o["id"];
        break;
      case "match_criteria":
        f2 = o["match_criteria"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "match_criteria"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolScalingGroupPrivatePoolOptions");
  return issues;
}
function checkNodePoolScalingGroupResourcePoolOptions(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "strategy":
        f1 = o["strategy"];
        break;
      case "private_pool_ids":
        f2 = o["private_pool_ids"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "strategy"), "string", f1);
    } else {
      if (!(f1 === "PrivatePoolFirst" || f1 === "PrivatePoolOnly" || f1 === "None")) {
        issues = report(
          issues,
          at(path, "strategy"),
          "enum",
          'must be one of "PrivatePoolFirst", "PrivatePoolOnly", "None"'
        );
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "private_pool_ids"), "array", f2);
    } else {
      const a98 = f2;
      if (a98.length > 20) {
        issues = report(issues, at(path, "private_pool_ids"), "max_items", "must have at most 20 items");
      }
      for (let i112 = 0; i112 < a98.length; i112++) {
        const e112 = a98[i112];
        if (typeof e112 !== "string") {
          issues = mistyped(issues, at(path, "private_pool_ids", i112), "string", e112);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolScalingGroupResourcePoolOptions");
  return issues;
}
function checkNodePoolScalingGroupSpotPriceLimitItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "instance_type":
        f1 = o["instance_type"];
        break;
      case "price_limit":
        f2 = o["price_limit"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "instance_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "price_limit"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolScalingGroupSpotPriceLimitItem");
  return issues;
}
function checkNodePoolScalingGroupTagsItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "key":
        f1 = o["key"];
        break;
      case "value":
        f2 = o["value"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "key"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "value"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolScalingGroupTagsItem");
  return issues;
}
function checkNodePoolTeeConfig(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "tee_enable":
        f1 = o["tee_enable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "tee_enable"), "required", "is required");
  } else {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "tee_enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "NodePoolTeeConfig");
  return issues;
}
function checkRepairClusterNodePoolBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "nodes":
        f1 = o["nodes"];
        break;
      case "auto_restart":
        f2 = o["auto_restart"];
        break;
      case "operations":
        f3 = o["operations"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "nodes"), "array", f1);
    } else {
      const a99 = f1;
      for (let i113 = 0; i113 < a99.length; i113++) {
        const e113 = a99[i113];
        if (typeof e113 !== "string") {
          issues = mistyped(issues, at(path, "nodes", i113), "string", e113);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "auto_restart"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "operations"), "array", f3);
    } else {
      const a100 = f3;
      for (let i114 = 0; i114 < a100.length; i114++) {
        const e114 = a100[i114];
        path.tokens[path.depth++] = "operations";
        path.tokens[path.depth++] = i114;
        issues = checkRepairClusterNodePoolBodyOperationsItem(e114, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RepairClusterNodePoolBody");
  return issues;
}
function checkRepairClusterNodePoolBodyOperationsItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "operation_id":
        f1 = o["operation_id"];
        break;
      case "args":
        f2 = o["args"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "operation_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "args"), "array", f2);
    } else {
      const a101 = f2;
      for (let i115 = 0; i115 < a101.length; i115++) {
        const e115 = a101[i115];
        if (typeof e115 !== "string") {
          issues = mistyped(issues, at(path, "args", i115), "string", e115);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RepairClusterNodePoolBodyOperationsItem");
  return issues;
}
function checkRunClusterCheckBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "type":
        f1 = o["type"];
        break;
      case "target":
        f2 = o["target"];
        break;
      case "options":
        f3 = o["options"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "type"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "target"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "object" || f3 === null || Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "options"), "object", f3);
    } else {
      const m15 = f3;
      const k15 = Object.keys(m15);
      for (let i116 = 0; i116 < k15.length; i116++) {
        const key15 = k15[i116];
        const e116 = m15[key15];
        if (typeof e116 !== "string") {
          issues = mistyped(issues, at(path, "options", key15), "string", e116);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RunClusterCheckBody");
  return issues;
}
function checkRunClusterInspectBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "clientToken":
        f1 = o["clientToken"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "clientToken"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "RunClusterInspectBody");
  return issues;
}
function checkRuntime(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "version":
        f2 = o["version"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "Runtime");
  return issues;
}
function checkScaleClusterNodePoolBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "count":
        f1 = o["count"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, "count"), "integer", f1);
    } else {
      if (f1 < 1) {
        issues = report(issues, at(path, "count"), "minimum", "must be greater than or equal to 1");
      }
      if (f1 > 500) {
        issues = report(issues, at(path, "count"), "maximum", "must be less than or equal to 500");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "ScaleClusterNodePoolBody");
  return issues;
}
function checkStartAlertBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "alert_rule_group_name":
        f1 = o["alert_rule_group_name"];
        break;
      case "alert_rule_name":
        f2 = o["alert_rule_name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "alert_rule_group_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "alert_rule_name"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "StartAlertBody");
  return issues;
}
function checkStartWorkflowBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  let f8;
  let f9;
  let f10;
  let f11;
  let f12;
  let f13;
  let f14;
  let f15;
  let f16;
  let f17;
  let f18;
  let f19;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "workflow_type":
        f1 = o["workflow_type"];
        break;
      case "service":
        f2 = o["service"];
        break;
      case "mapping_oss_region":
        f3 = o["mapping_oss_region"];
        break;
      case "mapping_fastq_first_filename":
        f4 = o["mapping_fastq_first_filename"];
        break;
      case "mapping_fastq_second_filename":
        f5 = o["mapping_fastq_second_filename"];
        break;
      case "mapping_bucket_name":
        f6 = o["mapping_bucket_name"];
        break;
      case "mapping_fastq_path":
        f7 = o["mapping_fastq_path"];
        break;
      case "mapping_reference_path":
        f8 = o["mapping_reference_path"];
        break;
      case "mapping_is_mark_dup":
        f9 = o["mapping_is_mark_dup"];
        break;
      case "mapping_bam_out_path":
        f10 = o["mapping_bam_out_path"];
        break;
      case "mapping_bam_out_filename":
        f11 = o["mapping_bam_out_filename"];
        break;
      case "wgs_oss_region":
        f12 = o["wgs_oss_region"];
        break;
      case "wgs_fastq_first_filename":
        f13 = o["wgs_fastq_first_filename"];
        break;
      case "wgs_fastq_second_filename":
        f14 = o["wgs_fastq_second_filename"];
        break;
      case "wgs_bucket_name":
        f15 = o["wgs_bucket_name"];
        break;
      case "wgs_fastq_path":
        f16 = o["wgs_fastq_path"];
        break;
      case "wgs_reference_path":
        f17 = o["wgs_reference_path"];
        break;
      case "wgs_vcf_out_path":
        f18 = o["wgs_vcf_out_path"];
        break;
      case "wgs_vcf_out_filename":
        f19 = o["wgs_vcf_out_filename"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "workflow_type"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "workflow_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "service"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "mapping_oss_region"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "mapping_fastq_first_filename"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "mapping_fastq_second_filename"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at(path, "mapping_bucket_name"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at(path, "mapping_fastq_path"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at(path, "mapping_reference_path"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at(path, "mapping_is_mark_dup"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at(path, "mapping_bam_out_path"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at(path, "mapping_bam_out_filename"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at(path, "wgs_oss_region"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at(path, "wgs_fastq_first_filename"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at(path, "wgs_fastq_second_filename"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at(path, "wgs_bucket_name"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "string") {
      issues = mistyped(issues, at(path, "wgs_fastq_path"), "string", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at(path, "wgs_reference_path"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at(path, "wgs_vcf_out_path"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "string") {
      issues = mistyped(issues, at(path, "wgs_vcf_out_filename"), "string", f19);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "StartWorkflowBody");
  return issues;
}
function checkStopAlertBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "alert_rule_group_name":
        f1 = o["alert_rule_group_name"];
        break;
      case "alert_rule_name":
        f2 = o["alert_rule_name"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "alert_rule_group_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "alert_rule_name"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "StopAlertBody");
  return issues;
}
function checkTag(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "key":
        f1 = o["key"];
        break;
      case "value":
        f2 = o["value"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "key"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "value"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "Tag");
  return issues;
}
function checkTagResourcesBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "resource_ids":
        f1 = o["resource_ids"];
        break;
      case "resource_type":
        f2 = o["resource_type"];
        break;
      case "region_id":
        f3 = o["region_id"];
        break;
      case "tags":
        f4 = o["tags"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "resource_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at(path, "resource_ids"), "array", f1);
    } else {
      const a102 = f1;
      for (let i117 = 0; i117 < a102.length; i117++) {
        const e117 = a102[i117];
        if (typeof e117 !== "string") {
          issues = mistyped(issues, at(path, "resource_ids", i117), "string", e117);
        }
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "resource_type"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "resource_type"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at(path, "region_id"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "region_id"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at(path, "tags"), "required", "is required");
  } else {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, "tags"), "array", f4);
    } else {
      const a103 = f4;
      for (let i118 = 0; i118 < a103.length; i118++) {
        const e118 = a103[i118];
        path.tokens[path.depth++] = "tags";
        path.tokens[path.depth++] = i118;
        issues = checkTag(e118, issues, path);
        path.depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "TagResourcesBody");
  return issues;
}
function checkTaint(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "key":
        f1 = o["key"];
        break;
      case "value":
        f2 = o["value"];
        break;
      case "effect":
        f3 = o["effect"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "key"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "value"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "effect"), "string", f3);
    } else {
      if (!(f3 === "NoSchedule" || f3 === "NoExecute" || f3 === "PreferNoSchedule")) {
        issues = report(
          issues,
          at(path, "effect"),
          "enum",
          'must be one of "NoSchedule", "NoExecute", "PreferNoSchedule"'
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "Taint");
  return issues;
}
function checkUnInstallClusterAddonsBody(value, issues, path) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), "array", value);
  } else {
    const a104 = value;
    for (let i119 = 0; i119 < a104.length; i119++) {
      const e119 = a104[i119];
      path.tokens[path.depth++] = i119;
      issues = checkUnInstallClusterAddonsBodyItem(e119, issues, path);
      path.depth--;
    }
  }
  return issues;
}
function checkUnInstallClusterAddonsBodyItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "name":
        f1 = o["name"];
        break;
      case "cleanup_cloud_resources":
        f2 = o["cleanup_cloud_resources"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "cleanup_cloud_resources"), "boolean", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UnInstallClusterAddonsBodyItem");
  return issues;
}
function checkUpdateClusterAuditLogConfigBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "sls_project_name":
        f1 = o["sls_project_name"];
        break;
      case "disable":
        f2 = o["disable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "sls_project_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "disable"), "boolean", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateClusterAuditLogConfigBody");
  return issues;
}
function checkUpdateClusterInspectConfigBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "enabled":
        f1 = o["enabled"];
        break;
      case "scheduleTime":
        f2 = o["scheduleTime"];
        break;
      case "disabledCheckItems":
        f3 = o["disabledCheckItems"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at(path, "enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "scheduleTime"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "disabledCheckItems"), "array", f3);
    } else {
      const a105 = f3;
      for (let i120 = 0; i120 < a105.length; i120++) {
        const e120 = a105[i120];
        if (typeof e120 !== "string") {
          issues = mistyped(issues, at(path, "disabledCheckItems", i120), "string", e120);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateClusterInspectConfigBody");
  return issues;
}
function checkUpdateContactGroupForAlertBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "alert_rule_group_name":
        f1 = o["alert_rule_group_name"];
        break;
      case "contact_group_ids":
        f2 = o["contact_group_ids"];
        break;
      case "cr_name":
        f3 = o["cr_name"];
        break;
      case "namespace":
        f4 = o["namespace"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "alert_rule_group_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at(path, "contact_group_ids"), "array", f2);
    } else {
      const a106 = f2;
      for (let i121 = 0; i121 < a106.length; i121++) {
        const e121 = a106[i121];
        if (typeof e121 !== "number" || !Number.isSafeInteger(e121)) {
          issues = mistyped(issues, at(path, "contact_group_ids", i121), "integer", e121);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "cr_name"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "namespace"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateContactGroupForAlertBody");
  return issues;
}
function checkUpdateControlPlaneLogBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "log_project":
        f1 = o["log_project"];
        break;
      case "log_ttl":
        f2 = o["log_ttl"];
        break;
      case "aliuid":
        f3 = o["aliuid"];
        break;
      case "components":
        f4 = o["components"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "log_project"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "log_ttl"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "aliuid"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at(path, "components"), "array", f4);
    } else {
      const a107 = f4;
      for (let i122 = 0; i122 < a107.length; i122++) {
        const e122 = a107[i122];
        if (typeof e122 !== "string") {
          issues = mistyped(issues, at(path, "components", i122), "string", e122);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateControlPlaneLogBody");
  return issues;
}
function checkUpdateK8sClusterUserConfigExpireBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "expire_hour":
        f1 = o["expire_hour"];
        break;
      case "user":
        f2 = o["user"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "expire_hour"), "required", "is required");
  } else {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, "expire_hour"), "integer", f1);
    } else {
      if (f1 < 0) {
        issues = report(issues, at(path, "expire_hour"), "minimum", "must be greater than or equal to 0");
      }
      if (f1 > 876e3) {
        issues = report(issues, at(path, "expire_hour"), "maximum", "must be less than or equal to 876000");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "user"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "user"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateK8sClusterUserConfigExpireBody");
  return issues;
}
function checkUpdateResourcesDeleteProtectionBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "namespace":
        f1 = o["namespace"];
        break;
      case "resource_type":
        f2 = o["resource_type"];
        break;
      case "resources":
        f3 = o["resources"];
        break;
      case "enable":
        f4 = o["enable"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "namespace"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "resource_type"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "resource_type"), "string", f2);
    } else {
      if (!(f2 === "services" || f2 === "namespaces")) {
        issues = report(issues, at(path, "resource_type"), "enum", 'must be one of "services", "namespaces"');
      }
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at(path, "resources"), "array", f3);
    } else {
      const a108 = f3;
      for (let i123 = 0; i123 < a108.length; i123++) {
        const e123 = a108[i123];
        if (typeof e123 !== "string") {
          issues = mistyped(issues, at(path, "resources", i123), "string", e123);
        }
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "enable"), "boolean", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateResourcesDeleteProtectionBody");
  return issues;
}
function checkUpdateTemplateBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "description":
        f1 = o["description"];
        break;
      case "name":
        f2 = o["name"];
        break;
      case "tags":
        f3 = o["tags"];
        break;
      case "template":
        f4 = o["template"];
        break;
      case "template_type":
        f5 = o["template_type"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "description"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "tags"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "template"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "template_type"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateTemplateBody");
  return issues;
}
function checkUpdateUserPermissionsBody(value, issues, path) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), "array", value);
  } else {
    const a109 = value;
    for (let i124 = 0; i124 < a109.length; i124++) {
      const e124 = a109[i124];
      path.tokens[path.depth++] = i124;
      issues = checkUpdateUserPermissionsBodyItem(e124, issues, path);
      path.depth--;
    }
  }
  return issues;
}
function checkUpdateUserPermissionsBodyItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "cluster":
        f1 = o["cluster"];
        break;
      case "is_custom":
        f2 = o["is_custom"];
        break;
      case "role_name":
        f3 = o["role_name"];
        break;
      case "role_type":
        f4 = o["role_type"];
        break;
      case "namespace":
        f5 = o["namespace"];
        break;
      case "is_ram_role":
        f6 = o["is_ram_role"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "cluster"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at(path, "is_custom"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "role_name"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "role_type"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "namespace"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at(path, "is_ram_role"), "boolean", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpdateUserPermissionsBodyItem");
  return issues;
}
function checkUpgradeClusterAddonsBody(value, issues, path) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(path), "array", value);
  } else {
    const a110 = value;
    for (let i125 = 0; i125 < a110.length; i125++) {
      const e125 = a110[i125];
      path.tokens[path.depth++] = i125;
      issues = checkUpgradeClusterAddonsBodyItem(e125, issues, path);
      path.depth--;
    }
  }
  return issues;
}
function checkUpgradeClusterAddonsBodyItem(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "component_name":
        f1 = o["component_name"];
        break;
      case "next_version":
        f2 = o["next_version"];
        break;
      case "version":
        f3 = o["version"];
        break;
      case "config":
        f4 = o["config"];
        break;
      case "policy":
        f5 = o["policy"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 === void 0) {
    issues = report(issues, at(path, "component_name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "component_name"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at(path, "next_version"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "next_version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "config"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at(path, "policy"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpgradeClusterAddonsBodyItem");
  return issues;
}
function checkUpgradeClusterBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "component_name":
        f1 = o["component_name"];
        break;
      case "next_version":
        f2 = o["next_version"];
        break;
      case "version":
        f3 = o["version"];
        break;
      case "master_only":
        f4 = o["master_only"];
        break;
      case "rolling_policy":
        f5 = o["rolling_policy"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "component_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "next_version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "version"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at(path, "master_only"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    path.tokens[path.depth++] = "rolling_policy";
    issues = checkUpgradeClusterBodyRollingPolicy(f5, issues, path);
    path.depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpgradeClusterBody");
  return issues;
}
function checkUpgradeClusterBodyRollingPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "max_parallelism":
        f1 = o["max_parallelism"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at(path, "max_parallelism"), "integer", f1);
    } else {
      if (!(f1 >= -2147483648 && f1 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "max_parallelism"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpgradeClusterBodyRollingPolicy");
  return issues;
}
function checkUpgradeClusterNodepoolBody(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  let f4;
  let f5;
  let f6;
  let f7;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "image_id":
        f1 = o["image_id"];
        break;
      case "runtime_version":
        f2 = o["runtime_version"];
        break;
      case "kubernetes_version":
        f3 = o["kubernetes_version"];
        break;
      case "runtime_type":
        f4 = o["runtime_type"];
        break;
      case "use_replace":
        f5 = o["use_replace"];
        break;
      case "rolling_policy":
        f6 = o["rolling_policy"];
        break;
      case "node_names":
        f7 = o["node_names"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "image_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at(path, "runtime_version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at(path, "kubernetes_version"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at(path, "runtime_type"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at(path, "use_replace"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    path.tokens[path.depth++] = "rolling_policy";
    issues = checkUpgradeClusterNodepoolBodyRollingPolicy(f6, issues, path);
    path.depth--;
  }
  if (f7 !== void 0) {
    if (!Array.isArray(f7)) {
      issues = mistyped(issues, at(path, "node_names"), "array", f7);
    } else {
      const a111 = f7;
      for (let i126 = 0; i126 < a111.length; i126++) {
        const e126 = a111[i126];
        if (typeof e126 !== "string") {
          issues = mistyped(issues, at(path, "node_names", i126), "string", e126);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpgradeClusterNodepoolBody");
  return issues;
}
function checkUpgradeClusterNodepoolBodyRollingPolicy(value, issues, path) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(path), "object", value);
  }
  let f1;
  let f2;
  let f3;
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "pause_policy":
        f1 = o["pause_policy"];
        break;
      case "batch_interval":
        f2 = o["batch_interval"];
        break;
      case "max_parallelism":
        f3 = o["max_parallelism"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at(path, "pause_policy"), "string", f1);
    } else {
      if (!(f1 === "FirstBatch" || f1 === "EveryBatch" || f1 === "NotPause")) {
        issues = report(
          issues,
          at(path, "pause_policy"),
          "enum",
          'must be one of "FirstBatch", "EveryBatch", "NotPause"'
        );
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at(path, "batch_interval"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "batch_interval"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at(path, "max_parallelism"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at(path, "max_parallelism"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, path, others, "UpgradeClusterNodepoolBodyRollingPolicy");
  return issues;
}

// generated:/src/client.ts
var AttachInstancesOperation = {
  action: "AttachInstances",
  method: "POST",
  path: "/clusters/{ClusterId}/attach",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var AttachInstancesToNodePoolOperation = {
  action: "AttachInstancesToNodePool",
  method: "POST",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/attach",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: true,
  idempotent: false
};
var CancelClusterUpgradeOperation = {
  action: "CancelClusterUpgrade",
  method: "POST",
  path: "/api/v2/clusters/{ClusterId}/upgrade/cancel",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: false
};
var CancelComponentUpgradeOperation = {
  action: "CancelComponentUpgrade",
  method: "POST",
  path: "/clusters/{clusterId}/components/{componentId}/cancel",
  params: [
    { name: "clusterId", in: "path" },
    { name: "componentId", in: "path" }
  ],
  body: false,
  idempotent: false
};
var CancelOperationPlanOperation = {
  action: "CancelOperationPlan",
  method: "DELETE",
  path: "/operation/plans/{plan_id}",
  params: [{ name: "plan_id", in: "path" }],
  body: false,
  idempotent: true
};
var CancelTaskOperation = {
  action: "CancelTask",
  method: "POST",
  path: "/tasks/{task_id}/cancel",
  params: [{ name: "task_id", in: "path" }],
  body: false,
  idempotent: false
};
var CancelWorkflowOperation = {
  action: "CancelWorkflow",
  method: "PUT",
  path: "/gs/workflow/{workflowName}",
  params: [{ name: "workflowName", in: "path" }],
  body: true,
  idempotent: true
};
var CheckControlPlaneLogEnableOperation = {
  action: "CheckControlPlaneLogEnable",
  method: "GET",
  path: "/clusters/{ClusterId}/controlplanelog",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: true
};
var CheckServiceRoleOperation = {
  action: "CheckServiceRole",
  method: "POST",
  path: "/ram/check-service-role",
  params: [],
  body: true,
  idempotent: false
};
var CleanClusterUserPermissionsOperation = {
  action: "CleanClusterUserPermissions",
  method: "DELETE",
  path: "/cluster/{ClusterId}/user/{Uid}/permissions",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "Uid", in: "path" },
    { name: "Force", in: "query" }
  ],
  body: false,
  idempotent: true
};
var CleanUserPermissionsOperation = {
  action: "CleanUserPermissions",
  method: "DELETE",
  path: "/users/{Uid}/permissions",
  params: [
    { name: "Uid", in: "path" },
    { name: "Force", in: "query" },
    { name: "ClusterIds", in: "query", explode: false }
  ],
  body: false,
  idempotent: true
};
var CreateAutoscalingConfigOperation = {
  action: "CreateAutoscalingConfig",
  method: "POST",
  path: "/cluster/{ClusterId}/autoscale/config/",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var CreateClusterOperation = {
  action: "CreateCluster",
  method: "POST",
  path: "/clusters",
  params: [],
  body: true,
  idempotent: false
};
var CreateClusterDiagnosisOperation = {
  action: "CreateClusterDiagnosis",
  method: "POST",
  path: "/clusters/{cluster_id}/diagnosis",
  params: [{ name: "cluster_id", in: "path" }],
  body: true,
  idempotent: false
};
var CreateClusterInspectConfigOperation = {
  action: "CreateClusterInspectConfig",
  method: "POST",
  path: "/clusters/{clusterId}/inspectConfig",
  params: [{ name: "clusterId", in: "path" }],
  body: true,
  idempotent: false
};
var CreateClusterNodePoolOperation = {
  action: "CreateClusterNodePool",
  method: "POST",
  path: "/clusters/{ClusterId}/nodepools",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false,
  sensitive: ["/body/scaling_group/login_password"]
};
var CreateKubernetesTriggerOperation = {
  action: "CreateKubernetesTrigger",
  method: "POST",
  path: "/triggers",
  params: [],
  body: true,
  idempotent: false
};
var CreateTemplateOperation = {
  action: "CreateTemplate",
  method: "POST",
  path: "/templates",
  params: [],
  body: true,
  idempotent: false
};
var CreateTriggerOperation = {
  action: "CreateTrigger",
  method: "POST",
  path: "/clusters/{cluster_id}/triggers",
  params: [{ name: "cluster_id", in: "path" }],
  body: true,
  idempotent: false
};
var DeleteAlertContactOperation = {
  action: "DeleteAlertContact",
  method: "DELETE",
  path: "/alert/contacts",
  params: [{ name: "contact_ids", in: "query", style: "json" }],
  body: false,
  idempotent: true
};
var DeleteAlertContactGroupOperation = {
  action: "DeleteAlertContactGroup",
  method: "DELETE",
  path: "/alert/contact_groups",
  params: [{ name: "contact_group_ids", in: "query", style: "json" }],
  body: false,
  idempotent: true
};
var DeleteClusterOperation = {
  action: "DeleteCluster",
  method: "DELETE",
  path: "/clusters/{ClusterId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "retain_all_resources", in: "query" },
    { name: "keep_slb", in: "query" },
    { name: "retain_resources", in: "query", style: "json" },
    { name: "delete_options", in: "query", style: "json" }
  ],
  body: false,
  idempotent: true
};
var DeleteClusterInspectConfigOperation = {
  action: "DeleteClusterInspectConfig",
  method: "DELETE",
  path: "/clusters/{clusterId}/inspectConfig",
  params: [{ name: "clusterId", in: "path" }],
  body: false,
  idempotent: true
};
var DeleteClusterNodepoolOperation = {
  action: "DeleteClusterNodepool",
  method: "DELETE",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" },
    { name: "force", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DeleteClusterNodesOperation = {
  action: "DeleteClusterNodes",
  method: "POST",
  path: "/clusters/{ClusterId}/nodes",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var DeleteKubernetesTriggerOperation = {
  action: "DeleteKubernetesTrigger",
  method: "DELETE",
  path: "/triggers/revoke/{Id}",
  params: [{ name: "Id", in: "path" }],
  body: false,
  idempotent: true
};
var DeletePolicyInstanceOperation = {
  action: "DeletePolicyInstance",
  method: "DELETE",
  path: "/clusters/{cluster_id}/policies/{policy_name}",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "policy_name", in: "path" },
    { name: "instance_name", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DeleteTemplateOperation = {
  action: "DeleteTemplate",
  method: "DELETE",
  path: "/templates/{TemplateId}",
  params: [{ name: "TemplateId", in: "path" }],
  body: false,
  idempotent: true
};
var DeleteTriggerOperation = {
  action: "DeleteTrigger",
  method: "DELETE",
  path: "/clusters/{cluster_id}/triggers/{Id}",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "Id", in: "path" }
  ],
  body: false,
  idempotent: true
};
var DeployPolicyInstanceOperation = {
  action: "DeployPolicyInstance",
  method: "POST",
  path: "/clusters/{cluster_id}/policies/{policy_name}",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "policy_name", in: "path" }
  ],
  body: true,
  idempotent: false
};
var DescirbeWorkflowOperation = {
  action: "DescirbeWorkflow",
  method: "GET",
  path: "/gs/workflow/{workflowName}",
  params: [{ name: "workflowName", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeAddonOperation = {
  action: "DescribeAddon",
  method: "GET",
  path: "/addons/{addon_name}",
  params: [
    { name: "addon_name", in: "path" },
    { name: "region_id", in: "query" },
    { name: "cluster_type", in: "query" },
    { name: "profile", in: "query" },
    { name: "cluster_spec", in: "query" },
    { name: "cluster_version", in: "query" },
    { name: "cluster_id", in: "query" },
    { name: "version", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeAddonsOperation = {
  action: "DescribeAddons",
  method: "GET",
  path: "/clusters/components/metadata",
  params: [
    { name: "region", in: "query" },
    { name: "cluster_type", in: "query" },
    { name: "cluster_profile", in: "query" },
    { name: "cluster_spec", in: "query" },
    { name: "cluster_version", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterAddonInstanceOperation = {
  action: "DescribeClusterAddonInstance",
  method: "GET",
  path: "/clusters/{ClusterID}/components/{AddonName}/instance",
  params: [
    { name: "ClusterID", in: "path" },
    { name: "AddonName", in: "path" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterAddonMetadataOperation = {
  action: "DescribeClusterAddonMetadata",
  method: "GET",
  path: "/clusters/{cluster_id}/components/{component_id}/metadata",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "component_id", in: "path" },
    { name: "version", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterAddonUpgradeStatusOperation = {
  action: "DescribeClusterAddonUpgradeStatus",
  method: "GET",
  path: "/clusters/{ClusterId}/components/{ComponentId}/upgradestatus",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "ComponentId", in: "path" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterAddonsUpgradeStatusOperation = {
  action: "DescribeClusterAddonsUpgradeStatus",
  method: "GET",
  path: "/clusters/{ClusterId}/components/upgradestatus",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "componentIds", in: "query", style: "json" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterAddonsVersionOperation = {
  action: "DescribeClusterAddonsVersion",
  method: "GET",
  path: "/clusters/{ClusterId}/components/version",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeClusterAttachScriptsOperation = {
  action: "DescribeClusterAttachScripts",
  method: "POST",
  path: "/clusters/{ClusterId}/attachscript",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false,
  textResponse: true
};
var DescribeClusterDetailOperation = {
  action: "DescribeClusterDetail",
  method: "GET",
  path: "/clusters/{ClusterId}",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeClusterEventsOperation = {
  action: "DescribeClusterEvents",
  method: "GET",
  path: "/clusters/{ClusterId}/events",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "page_size", in: "query" },
    { name: "page_number", in: "query" },
    { name: "task_id", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterLogsOperation = {
  action: "DescribeClusterLogs",
  method: "GET",
  path: "/clusters/{ClusterId}/logs",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeClusterNodePoolDetailOperation = {
  action: "DescribeClusterNodePoolDetail",
  method: "GET",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterNodePoolsOperation = {
  action: "DescribeClusterNodePools",
  method: "GET",
  path: "/clusters/{ClusterId}/nodepools",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolName", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterNodesOperation = {
  action: "DescribeClusterNodes",
  method: "GET",
  path: "/clusters/{ClusterId}/nodes",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "instanceIds", in: "query" },
    { name: "nodepool_id", in: "query" },
    { name: "state", in: "query" },
    { name: "pageSize", in: "query" },
    { name: "pageNumber", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterResourcesOperation = {
  action: "DescribeClusterResources",
  method: "GET",
  path: "/clusters/{ClusterId}/resources",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "with_addon_resources", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterTasksOperation = {
  action: "DescribeClusterTasks",
  method: "GET",
  path: "/clusters/{cluster_id}/tasks",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "page_size", in: "query" },
    { name: "page_number", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterUserKubeconfigOperation = {
  action: "DescribeClusterUserKubeconfig",
  method: "GET",
  path: "/k8s/{ClusterId}/user_config",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "PrivateIpAddress", in: "query" },
    { name: "TemporaryDurationMinutes", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterV2UserKubeconfigOperation = {
  action: "DescribeClusterV2UserKubeconfig",
  method: "GET",
  path: "/api/v2/k8s/{ClusterId}/user_config",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "PrivateIpAddress", in: "query" },
    { name: "TemporaryDurationMinutes", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClusterVulsOperation = {
  action: "DescribeClusterVuls",
  method: "GET",
  path: "/clusters/{cluster_id}/vuls",
  params: [{ name: "cluster_id", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeClustersOperation = {
  action: "DescribeClusters",
  method: "GET",
  path: "/clusters",
  params: [
    { name: "name", in: "query" },
    { name: "clusterType", in: "query" },
    { name: "resource_group_id", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeClustersForRegionOperation = {
  action: "DescribeClustersForRegion",
  method: "GET",
  path: "/regions/{region_id}/clusters",
  params: [
    { name: "name", in: "query" },
    { name: "cluster_type", in: "query" },
    { name: "page_size", in: "query" },
    { name: "page_number", in: "query" },
    { name: "profile", in: "query" },
    { name: "cluster_spec", in: "query" },
    { name: "cluster_id", in: "query" },
    { name: "region_id", in: "path" }
  ],
  body: false,
  idempotent: true
};
var DescribeClustersV1Operation = {
  action: "DescribeClustersV1",
  method: "GET",
  path: "/api/v1/clusters",
  params: [
    { name: "name", in: "query" },
    { name: "cluster_type", in: "query" },
    { name: "page_size", in: "query" },
    { name: "page_number", in: "query" },
    { name: "profile", in: "query" },
    { name: "cluster_spec", in: "query" },
    { name: "region_id", in: "query" },
    { name: "cluster_id", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeEventsOperation = {
  action: "DescribeEvents",
  method: "GET",
  path: "/events",
  params: [
    { name: "cluster_id", in: "query" },
    { name: "type", in: "query" },
    { name: "page_size", in: "query" },
    { name: "page_number", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeEventsForRegionOperation = {
  action: "DescribeEventsForRegion",
  method: "GET",
  path: "/regions/{region_id}/events",
  params: [
    { name: "cluster_id", in: "query" },
    { name: "page_size", in: "query" },
    { name: "page_number", in: "query" },
    { name: "region_id", in: "path" }
  ],
  body: false,
  idempotent: true
};
var DescribeExternalAgentOperation = {
  action: "DescribeExternalAgent",
  method: "GET",
  path: "/k8s/{ClusterId}/external/agent/deployment",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "PrivateIpAddress", in: "query" },
    { name: "AgentMode", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeKubernetesVersionMetadataOperation = {
  action: "DescribeKubernetesVersionMetadata",
  method: "GET",
  path: "/api/v1/metadata/versions",
  params: [
    { name: "Region", in: "query" },
    { name: "ClusterType", in: "query" },
    { name: "KubernetesVersion", in: "query" },
    { name: "Profile", in: "query" },
    { name: "runtime", in: "query" },
    { name: "Mode", in: "query" },
    { name: "QueryUpgradableVersion", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeNodePoolVulsOperation = {
  action: "DescribeNodePoolVuls",
  method: "GET",
  path: "/clusters/{cluster_id}/nodepools/{nodepool_id}/vuls",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "nodepool_id", in: "path" },
    { name: "necessity", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribePoliciesOperation = {
  action: "DescribePolicies",
  method: "GET",
  path: "/policies",
  params: [],
  body: false,
  idempotent: true
};
var DescribePolicyDetailsOperation = {
  action: "DescribePolicyDetails",
  method: "GET",
  path: "/policies/{policy_name}",
  params: [{ name: "policy_name", in: "path" }],
  body: false,
  idempotent: true
};
var DescribePolicyGovernanceInClusterOperation = {
  action: "DescribePolicyGovernanceInCluster",
  method: "GET",
  path: "/clusters/{cluster_id}/policygovernance",
  params: [{ name: "cluster_id", in: "path" }],
  body: false,
  idempotent: true
};
var DescribePolicyInstancesOperation = {
  action: "DescribePolicyInstances",
  method: "GET",
  path: "/clusters/{cluster_id}/policies",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "policy_name", in: "query" },
    { name: "instance_name", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribePolicyInstancesStatusOperation = {
  action: "DescribePolicyInstancesStatus",
  method: "GET",
  path: "/clusters/{cluster_id}/policies/status",
  params: [{ name: "cluster_id", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeResourcesDeleteProtectionOperation = {
  action: "DescribeResourcesDeleteProtection",
  method: "GET",
  path: "/clusters/{ClusterId}/resources/{ResourceType}/protection",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "ResourceType", in: "path" },
    { name: "namespace", in: "query" },
    { name: "resources", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeSubaccountK8sClusterUserConfigOperation = {
  action: "DescribeSubaccountK8sClusterUserConfig",
  method: "GET",
  path: "/k8s/{ClusterId}/users/{Uid}/user_config",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "Uid", in: "path" },
    { name: "PrivateIpAddress", in: "query" },
    { name: "TemporaryDurationMinutes", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeTaskInfoOperation = {
  action: "DescribeTaskInfo",
  method: "GET",
  path: "/tasks/{task_id}",
  params: [{ name: "task_id", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeTemplateAttributeOperation = {
  action: "DescribeTemplateAttribute",
  method: "GET",
  path: "/templates/{TemplateId}",
  params: [
    { name: "TemplateId", in: "path" },
    { name: "template_type", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeTemplatesOperation = {
  action: "DescribeTemplates",
  method: "GET",
  path: "/templates",
  params: [
    { name: "template_type", in: "query" },
    { name: "page_num", in: "query" },
    { name: "page_size", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeTriggerOperation = {
  action: "DescribeTrigger",
  method: "GET",
  path: "/clusters/{cluster_id}/triggers",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "Namespace", in: "query" },
    { name: "Type", in: "query" },
    { name: "Name", in: "query" },
    { name: "action", in: "query" }
  ],
  body: false,
  idempotent: true
};
var DescribeUserClusterNamespacesOperation = {
  action: "DescribeUserClusterNamespaces",
  method: "GET",
  path: "/api/v2/k8s/{ClusterId}/namespaces",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeUserPermissionOperation = {
  action: "DescribeUserPermission",
  method: "GET",
  path: "/permissions/users/{uid}",
  params: [{ name: "uid", in: "path" }],
  body: false,
  idempotent: true
};
var DescribeUserQuotaOperation = {
  action: "DescribeUserQuota",
  method: "GET",
  path: "/quota",
  params: [],
  body: false,
  idempotent: true
};
var DescribeWorkflowsOperation = {
  action: "DescribeWorkflows",
  method: "GET",
  path: "/gs/workflows",
  params: [],
  body: false,
  idempotent: true
};
var FixNodePoolVulsOperation = {
  action: "FixNodePoolVuls",
  method: "POST",
  path: "/clusters/{cluster_id}/nodepools/{nodepool_id}/vuls/fix",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "nodepool_id", in: "path" }
  ],
  body: true,
  idempotent: false
};
var GetClusterAddonInstanceOperation = {
  action: "GetClusterAddonInstance",
  method: "GET",
  path: "/clusters/{cluster_id}/addon_instances/{instance_name}",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "instance_name", in: "path" }
  ],
  body: false,
  idempotent: true
};
var GetClusterAuditProjectOperation = {
  action: "GetClusterAuditProject",
  method: "GET",
  path: "/clusters/{clusterid}/audit",
  params: [{ name: "clusterid", in: "path" }],
  body: false,
  idempotent: true
};
var GetClusterCheckOperation = {
  action: "GetClusterCheck",
  method: "GET",
  path: "/clusters/{cluster_id}/checks/{check_id}",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "check_id", in: "path" }
  ],
  body: false,
  idempotent: true
};
var GetClusterDiagnosisCheckItemsOperation = {
  action: "GetClusterDiagnosisCheckItems",
  method: "GET",
  path: "/clusters/{cluster_id}/diagnosis/{diagnosis_id}/check_items",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "diagnosis_id", in: "path" },
    { name: "language", in: "query" }
  ],
  body: false,
  idempotent: true
};
var GetClusterDiagnosisResultOperation = {
  action: "GetClusterDiagnosisResult",
  method: "GET",
  path: "/clusters/{cluster_id}/diagnosis/{diagnosis_id}/result",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "diagnosis_id", in: "path" },
    { name: "language", in: "query" }
  ],
  body: false,
  idempotent: true
};
var GetClusterInspectConfigOperation = {
  action: "GetClusterInspectConfig",
  method: "GET",
  path: "/clusters/{clusterId}/inspectConfig",
  params: [{ name: "clusterId", in: "path" }],
  body: false,
  idempotent: true
};
var GetClusterInspectReportDetailOperation = {
  action: "GetClusterInspectReportDetail",
  method: "GET",
  path: "/clusters/{clusterId}/inspectReports/{reportId}",
  params: [
    { name: "clusterId", in: "path" },
    { name: "reportId", in: "path" },
    { name: "language", in: "query" },
    { name: "category", in: "query" },
    { name: "targetType", in: "query" },
    { name: "level", in: "query" },
    { name: "enableFilter", in: "query" },
    { name: "nextToken", in: "query" },
    { name: "maxResults", in: "query" }
  ],
  body: false,
  idempotent: true
};
var GetKubernetesTriggerOperation = {
  action: "GetKubernetesTrigger",
  method: "GET",
  path: "/triggers/{ClusterId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "Namespace", in: "query" },
    { name: "Type", in: "query" },
    { name: "Name", in: "query" },
    { name: "action", in: "query" }
  ],
  body: false,
  idempotent: true
};
var GetUpgradeStatusOperation = {
  action: "GetUpgradeStatus",
  method: "GET",
  path: "/api/v2/clusters/{ClusterId}/upgrade/status",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: true
};
var GrantPermissionsOperation = {
  action: "GrantPermissions",
  method: "POST",
  path: "/permissions/users/{uid}",
  params: [{ name: "uid", in: "path" }],
  body: true,
  idempotent: false
};
var InstallClusterAddonsOperation = {
  action: "InstallClusterAddons",
  method: "POST",
  path: "/clusters/{ClusterId}/components/install",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var ListAddonsOperation = {
  action: "ListAddons",
  method: "GET",
  path: "/addons",
  params: [
    { name: "region_id", in: "query" },
    { name: "cluster_type", in: "query" },
    { name: "profile", in: "query" },
    { name: "cluster_spec", in: "query" },
    { name: "cluster_version", in: "query" },
    { name: "cluster_id", in: "query" }
  ],
  body: false,
  idempotent: true
};
var ListClusterAddonInstancesOperation = {
  action: "ListClusterAddonInstances",
  method: "GET",
  path: "/clusters/{cluster_id}/addon_instances",
  params: [{ name: "cluster_id", in: "path" }],
  body: false,
  idempotent: true
};
var ListClusterChecksOperation = {
  action: "ListClusterChecks",
  method: "GET",
  path: "/clusters/{cluster_id}/checks",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "type", in: "query" },
    { name: "target", in: "query" }
  ],
  body: false,
  idempotent: true
};
var ListClusterInspectReportsOperation = {
  action: "ListClusterInspectReports",
  method: "GET",
  path: "/clusters/{clusterId}/inspectReports",
  params: [
    { name: "clusterId", in: "path" },
    { name: "nextToken", in: "query" },
    { name: "maxResults", in: "query" }
  ],
  body: false,
  idempotent: true
};
var ListClusterKubeconfigStatesOperation = {
  action: "ListClusterKubeconfigStates",
  method: "GET",
  path: "/clusters/{ClusterId}/kubeconfig/states",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "pageNumber", in: "query" },
    { name: "pageSize", in: "query" }
  ],
  body: false,
  idempotent: true
};
var ListOperationPlansOperation = {
  action: "ListOperationPlans",
  method: "GET",
  path: "/operation/plans",
  params: [
    { name: "cluster_id", in: "query" },
    { name: "type", in: "query" }
  ],
  body: false,
  idempotent: true
};
var ListOperationPlansForRegionOperation = {
  action: "ListOperationPlansForRegion",
  method: "GET",
  path: "/regions/{region_id}/operation/plans",
  params: [
    { name: "region_id", in: "path" },
    { name: "cluster_id", in: "query" },
    { name: "type", in: "query" },
    { name: "state", in: "query" }
  ],
  body: false,
  idempotent: true
};
var ListTagResourcesOperation = {
  action: "ListTagResources",
  method: "GET",
  path: "/tags",
  params: [
    { name: "resource_ids", in: "query", style: "json" },
    { name: "resource_type", in: "query" },
    { name: "region_id", in: "query" },
    { name: "tags", in: "query", style: "json" },
    { name: "next_token", in: "query" }
  ],
  body: false,
  idempotent: true
};
var ListUserKubeConfigStatesOperation = {
  action: "ListUserKubeConfigStates",
  method: "GET",
  path: "/users/{Uid}/kubeconfig/states",
  params: [
    { name: "Uid", in: "path" },
    { name: "page_number", in: "query" },
    { name: "page_size", in: "query" }
  ],
  body: false,
  idempotent: true
};
var MigrateClusterOperation = {
  action: "MigrateCluster",
  method: "POST",
  path: "/clusters/{cluster_id}/migrate",
  params: [{ name: "cluster_id", in: "path" }],
  body: true,
  idempotent: false
};
var ModifyClusterOperation = {
  action: "ModifyCluster",
  method: "PUT",
  path: "/api/v2/clusters/{ClusterId}",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: true
};
var ModifyClusterAddonOperation = {
  action: "ModifyClusterAddon",
  method: "POST",
  path: "/clusters/{cluster_id}/components/{component_id}/config",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "component_id", in: "path" }
  ],
  body: true,
  idempotent: false
};
var ModifyClusterNodePoolOperation = {
  action: "ModifyClusterNodePool",
  method: "PUT",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: true,
  idempotent: true,
  sensitive: ["/body/scaling_group/login_password"]
};
var ModifyClusterTagsOperation = {
  action: "ModifyClusterTags",
  method: "POST",
  path: "/clusters/{ClusterId}/tags",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var ModifyNodePoolNodeConfigOperation = {
  action: "ModifyNodePoolNodeConfig",
  method: "PUT",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/node_config",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: true,
  idempotent: true
};
var ModifyPolicyInstanceOperation = {
  action: "ModifyPolicyInstance",
  method: "PUT",
  path: "/clusters/{cluster_id}/policies/{policy_name}",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "policy_name", in: "path" }
  ],
  body: true,
  idempotent: true
};
var OpenAckServiceOperation = {
  action: "OpenAckService",
  method: "POST",
  path: "/service/open",
  params: [{ name: "type", in: "query" }],
  body: false,
  idempotent: false
};
var PauseClusterUpgradeOperation = {
  action: "PauseClusterUpgrade",
  method: "POST",
  path: "/api/v2/clusters/{ClusterId}/upgrade/pause",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: false
};
var PauseComponentUpgradeOperation = {
  action: "PauseComponentUpgrade",
  method: "POST",
  path: "/clusters/{clusterid}/components/{componentid}/pause",
  params: [
    { name: "clusterid", in: "path" },
    { name: "componentid", in: "path" }
  ],
  body: false,
  idempotent: false
};
var PauseTaskOperation = {
  action: "PauseTask",
  method: "POST",
  path: "/tasks/{task_id}/pause",
  params: [{ name: "task_id", in: "path" }],
  body: false,
  idempotent: false
};
var RemoveNodePoolNodesOperation = {
  action: "RemoveNodePoolNodes",
  method: "DELETE",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/nodes",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" },
    { name: "release_node", in: "query" },
    { name: "drain_node", in: "query" },
    { name: "nodes", in: "query", style: "json" },
    { name: "instance_ids", in: "query", style: "json" },
    { name: "concurrency", in: "query" }
  ],
  body: false,
  idempotent: true
};
var RemoveWorkflowOperation = {
  action: "RemoveWorkflow",
  method: "DELETE",
  path: "/gs/workflow/{workflowName}",
  params: [{ name: "workflowName", in: "path" }],
  body: false,
  idempotent: true
};
var RepairClusterNodePoolOperation = {
  action: "RepairClusterNodePool",
  method: "POST",
  path: "/clusters/{cluster_id}/nodepools/{nodepool_id}/repair",
  params: [
    { name: "cluster_id", in: "path" },
    { name: "nodepool_id", in: "path" }
  ],
  body: true,
  idempotent: false
};
var ResumeComponentUpgradeOperation = {
  action: "ResumeComponentUpgrade",
  method: "POST",
  path: "/clusters/{clusterid}/components/{componentid}/resume",
  params: [
    { name: "clusterid", in: "path" },
    { name: "componentid", in: "path" }
  ],
  body: false,
  idempotent: false
};
var ResumeTaskOperation = {
  action: "ResumeTask",
  method: "POST",
  path: "/tasks/{task_id}/resume",
  params: [{ name: "task_id", in: "path" }],
  body: false,
  idempotent: false
};
var ResumeUpgradeClusterOperation = {
  action: "ResumeUpgradeCluster",
  method: "POST",
  path: "/api/v2/clusters/{ClusterId}/upgrade/resume",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: false
};
var RevokeK8sClusterKubeConfigOperation = {
  action: "RevokeK8sClusterKubeConfig",
  method: "DELETE",
  path: "/k8s/{ClusterId}/certs",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: true
};
var RunClusterCheckOperation = {
  action: "RunClusterCheck",
  method: "POST",
  path: "/clusters/{cluster_id}/checks",
  params: [{ name: "cluster_id", in: "path" }],
  body: true,
  idempotent: false
};
var RunClusterInspectOperation = {
  action: "RunClusterInspect",
  method: "POST",
  path: "/clusters/{clusterId}/inspectReports",
  params: [{ name: "clusterId", in: "path" }],
  body: true,
  idempotent: false
};
var ScaleClusterNodePoolOperation = {
  action: "ScaleClusterNodePool",
  method: "POST",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: true,
  idempotent: false
};
var ScanClusterVulsOperation = {
  action: "ScanClusterVuls",
  method: "POST",
  path: "/clusters/{cluster_id}/vuls/scan",
  params: [{ name: "cluster_id", in: "path" }],
  body: false,
  idempotent: false
};
var StartAlertOperation = {
  action: "StartAlert",
  method: "POST",
  path: "/alert/{ClusterId}/alert_rule/start",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var StartWorkflowOperation = {
  action: "StartWorkflow",
  method: "POST",
  path: "/gs/workflow",
  params: [],
  body: true,
  idempotent: false
};
var StopAlertOperation = {
  action: "StopAlert",
  method: "POST",
  path: "/alert/{ClusterId}/alert_rule/stop",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var SyncClusterNodePoolOperation = {
  action: "SyncClusterNodePool",
  method: "POST",
  path: "/clusters/{ClusterId}/sync_nodepools",
  params: [{ name: "ClusterId", in: "path" }],
  body: false,
  idempotent: false
};
var TagResourcesOperation = {
  action: "TagResources",
  method: "PUT",
  path: "/tags",
  params: [],
  body: true,
  idempotent: true
};
var UnInstallClusterAddonsOperation = {
  action: "UnInstallClusterAddons",
  method: "POST",
  path: "/clusters/{ClusterId}/components/uninstall",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var UntagResourcesOperation = {
  action: "UntagResources",
  method: "DELETE",
  path: "/tags",
  params: [
    { name: "region_id", in: "query" },
    { name: "resource_ids", in: "query", style: "json" },
    { name: "resource_type", in: "query" },
    { name: "tag_keys", in: "query", style: "json" },
    { name: "all", in: "query" }
  ],
  body: false,
  idempotent: true
};
var UpdateClusterAuditLogConfigOperation = {
  action: "UpdateClusterAuditLogConfig",
  method: "PUT",
  path: "/clusters/{clusterid}/audit_log",
  params: [{ name: "clusterid", in: "path" }],
  body: true,
  idempotent: true
};
var UpdateClusterInspectConfigOperation = {
  action: "UpdateClusterInspectConfig",
  method: "PUT",
  path: "/clusters/{clusterId}/inspectConfig",
  params: [{ name: "clusterId", in: "path" }],
  body: true,
  idempotent: true
};
var UpdateContactGroupForAlertOperation = {
  action: "UpdateContactGroupForAlert",
  method: "POST",
  path: "/alert/{ClusterId}/alert_rule/contact_groups",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var UpdateControlPlaneLogOperation = {
  action: "UpdateControlPlaneLog",
  method: "PUT",
  path: "/clusters/{ClusterId}/controlplanelog",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: true
};
var UpdateK8sClusterUserConfigExpireOperation = {
  action: "UpdateK8sClusterUserConfigExpire",
  method: "POST",
  path: "/k8s/{ClusterId}/user_config/expire",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var UpdateResourcesDeleteProtectionOperation = {
  action: "UpdateResourcesDeleteProtection",
  method: "PUT",
  path: "/clusters/{ClusterId}/resources/protection",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: true
};
var UpdateTemplateOperation = {
  action: "UpdateTemplate",
  method: "PUT",
  path: "/templates/{TemplateId}",
  params: [{ name: "TemplateId", in: "path" }],
  body: true,
  idempotent: true
};
var UpdateUserPermissionsOperation = {
  action: "UpdateUserPermissions",
  method: "POST",
  path: "/permissions/users/{uid}/update",
  params: [
    { name: "uid", in: "path" },
    { name: "mode", in: "query" }
  ],
  body: true,
  idempotent: false
};
var UpgradeClusterOperation = {
  action: "UpgradeCluster",
  method: "POST",
  path: "/api/v2/clusters/{ClusterId}/upgrade",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var UpgradeClusterAddonsOperation = {
  action: "UpgradeClusterAddons",
  method: "POST",
  path: "/clusters/{ClusterId}/components/upgrade",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false
};
var UpgradeClusterNodepoolOperation = {
  action: "UpgradeClusterNodepool",
  method: "POST",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/upgrade",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: true,
  idempotent: false
};

// generated:/src/mock/api-mock.ts
var import_node_util = require("node:util");

// generated:/src/mock/http-server.ts
var import_node_crypto2 = require("node:crypto");
var import_node_http3 = require("node:http");

// generated:/src/mock/cors.ts
var ALLOWED_METHODS = "GET, POST, PUT, DELETE, PATCH, HEAD";
function isAllowedRequestHeader(name) {
  return name === "authorization" || name === "content-type" || name === "accept" || name.startsWith("x-acs-");
}
function applyCors(req, res) {
  const origin = req.headers.origin;
  if (origin === void 0) return false;
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("vary", "origin");
  res.setHeader("access-control-expose-headers", "x-acs-request-id");
  if (req.method !== "OPTIONS" || req.headers["access-control-request-method"] === void 0) return false;
  const requested = (req.headers["access-control-request-headers"] ?? "").split(",").map((name) => name.trim().toLowerCase()).filter((name) => name !== "");
  res.writeHead(204, {
    "access-control-allow-methods": ALLOWED_METHODS,
    "access-control-allow-headers": requested.filter(isAllowedRequestHeader).join(", "),
    "access-control-max-age": "600"
  });
  res.end();
  return true;
}

// generated:/src/mock/signature.ts
var import_node_crypto = require("node:crypto");

// generated:/src/mock/wire.ts
function dict() {
  return /* @__PURE__ */ Object.create(null);
}
function flatHeaders(req) {
  const headers = dict();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== void 0) headers[name] = Array.isArray(value) ? value.join(",") : value;
  }
  return headers;
}
function safeDecode(text2) {
  try {
    return decodeURIComponent(text2);
  } catch {
    return text2;
  }
}
function queryPairs(rawQuery) {
  if (rawQuery === "") return [];
  return rawQuery.split("&").map((part) => {
    const equals = part.indexOf("=");
    return equals < 0 ? [safeDecode(part), ""] : [safeDecode(part.slice(0, equals)), safeDecode(part.slice(equals + 1))];
  });
}
function parseQuery(rawQuery) {
  const query = dict();
  for (const [key, value] of queryPairs(rawQuery)) {
    const previous = query[key];
    query[key] = previous === void 0 ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return query;
}
function pathMatcher(template) {
  const names = [];
  const pattern = template.split(/(\{[^}]+\})/).map((part) => {
    const name = /^\{([^}]+)\}$/.exec(part)?.[1];
    if (name === void 0) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    names.push(name);
    return "([^/]+)";
  }).join("");
  const regex = new RegExp(`^${pattern}$`);
  return (rawPath) => {
    const match = regex.exec(rawPath);
    if (!match) return void 0;
    const params = dict();
    names.forEach((name, index) => params[name] = safeDecode(match[index + 1] ?? ""));
    return params;
  };
}
function scalar(raw, type) {
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  if ((type === "integer" || type === "number") && raw.trim() !== "" && Number.isFinite(Number(raw)))
    return Number(raw);
  return raw;
}
function decodeParam(param, raw, type) {
  const values = Array.isArray(raw) ? raw : [raw];
  if (param.style === "json") {
    try {
      return JSON.parse(values[0] ?? "");
    } catch {
      return values[0];
    }
  }
  if (type === void 0) return Array.isArray(raw) ? raw : values[0];
  if (type.endsWith("[]")) {
    const itemType = type.slice(0, -2);
    const items = param.explode === false || param.in === "header" ? (values[0] ?? "").split(",") : values;
    return items.map((item) => scalar(item, itemType));
  }
  return Array.isArray(raw) ? raw : scalar(values[0] ?? "", type);
}

// generated:/src/mock/signature.ts
var MOCK_ACCESS_KEY_ID = "LTAImockAccessKeyId";
var MOCK_ACCESS_KEY_SECRET = "mockAccessKeySecret-0123456789";
var UNRESERVED = /[A-Za-z0-9\-_.~]/;
function rfc3986(text2) {
  let out = "";
  for (const byte of Buffer.from(text2, "utf8")) {
    const char = String.fromCharCode(byte);
    out += byte < 128 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function officialCanonicalPath(rawPath) {
  return rawPath.split("/").map((segment) => encodeURIComponent(safeDecode(segment)).replace(/\*/g, "%2A")).join("/");
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var REQUIRED_SIGNED = [
  "host",
  "x-acs-action",
  "x-acs-content-sha256",
  "x-acs-date",
  "x-acs-signature-nonce",
  "x-acs-version"
];
function verifySignature(method, url, headers, body, credentials, securityTokens) {
  const deny = (code, message, status = 400) => ({ status, code, message });
  const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
    headers.authorization ?? ""
  );
  if (!auth) return deny("MissingAuthorization", "The Authorization header is missing or malformed.");
  const [, accessKeyId = "", signedHeaderList = "", signature = ""] = auth;
  const secret = Object.hasOwn(credentials, accessKeyId) ? credentials[accessKeyId] : void 0;
  if (secret === void 0) return deny("InvalidAccessKeyId.NotFound", "Specified access key is not found.", 404);
  const token = headers["x-acs-security-token"];
  if (token !== void 0 && securityTokens && !securityTokens.includes(token)) {
    return deny("InvalidSecurityToken.Mismatch", "The security token is not valid.");
  }
  const signed = signedHeaderList.split(";");
  const mustSign = [
    ...REQUIRED_SIGNED,
    ...Object.keys(headers).filter((name) => name.startsWith("x-acs-") || name === "content-type")
  ];
  const unsigned = mustSign.filter((name) => !signed.includes(name));
  if (unsigned.length > 0)
    return deny("SignatureDoesNotMatch", `Headers not signed: ${[...new Set(unsigned)].join(", ")}`);
  if (signed.join(";") !== [...signed].sort().join(";"))
    return deny("SignatureDoesNotMatch", "SignedHeaders are not sorted.");
  const bodyHash = (0, import_node_crypto.createHash)("sha256").update(body, "utf8").digest("hex");
  if (headers["x-acs-content-sha256"] !== bodyHash)
    return deny("SignatureDoesNotMatch", "x-acs-content-sha256 does not match the body.");
  const [rawPath = "/", rawQuery = ""] = url.split("?", 2);
  const query = queryPairs(rawQuery).map(([key, value]) => [rfc3986(key), rfc3986(value)]).sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB)).map(([key, value]) => `${key}=${value}`).join("&");
  const canonicalHeaders = signed.map((name) => `${name}:${(Object.hasOwn(headers, name) ? headers[name] : "").trim()}
`).join("");
  const given = Buffer.from(signature, "hex");
  const matches = (canonicalPath) => {
    const canonical = [method, canonicalPath, query, canonicalHeaders, signedHeaderList, bodyHash].join("\n");
    const stringToSign = `ACS3-HMAC-SHA256
${(0, import_node_crypto.createHash)("sha256").update(canonical, "utf8").digest("hex")}`;
    const expected = (0, import_node_crypto.createHmac)("sha256", secret).update(stringToSign, "utf8").digest();
    return given.length === expected.length && (0, import_node_crypto.timingSafeEqual)(given, expected);
  };
  if (!matches(rawPath) && !matches(officialCanonicalPath(rawPath))) {
    return deny("SignatureDoesNotMatch", "The request signature does not conform to Aliyun standards.");
  }
  return void 0;
}

// generated:/src/mock/http-server.ts
var DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
var DEFAULT_NONCE_WINDOW = 1e4;
function requestId() {
  return (0, import_node_crypto2.randomUUID)().toUpperCase();
}
function errorBody(code, message, id = requestId()) {
  return {
    code,
    message,
    requestId: id,
    recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}`
  };
}
function compileRoutes(routes) {
  const compiled = /* @__PURE__ */ new Map();
  for (const [action, route] of Object.entries(routes)) {
    compiled.set(action, { route, match: route.path === void 0 ? () => dict() : pathMatcher(route.path) });
  }
  return compiled;
}
async function startMockHttpServer(options = {}) {
  const routes = compileRoutes(options.routes ?? {});
  const credentials = options.credentials ?? { [MOCK_ACCESS_KEY_ID]: MOCK_ACCESS_KEY_SECRET };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const nonces = new NonceWindow(options.nonceWindow ?? DEFAULT_NONCE_WINDOW);
  const acted = dict();
  const timers = /* @__PURE__ */ new Set();
  const sockets = /* @__PURE__ */ new Set();
  const stats = { handled: 0, signaturesChecked: 0, signaturesRejected: 0 };
  const verifyEvery = Math.max(1, Math.floor(options.bench?.verifyEvery ?? 1));
  let fault = null;
  let reopenTimer;
  let randomFaults = null;
  const faultsInjected = {};
  const setRandomFaults = (config) => {
    randomFaults = config ? { config, next: seededRandom(config.seed ?? 1) } : null;
  };
  setRandomFaults(options.randomFaults);
  let server;
  let listening = false;
  let closed = false;
  const takeFault = () => {
    if (!fault || fault.kind === "refuse") return drawRandomFault();
    const current = fault;
    current.remaining--;
    if (current.remaining <= 0) fault = null;
    return current;
  };
  const drawRandomFault = () => {
    if (!randomFaults || randomFaults.config.faults.length === 0) return null;
    const { config, next } = randomFaults;
    if (next() >= config.probability) return null;
    return config.faults[Math.floor(next() * config.faults.length)] ?? null;
  };
  const later = (delayMs, run) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, delayMs);
    timers.add(timer);
  };
  const handle = (req, res, rawBody) => {
    const headers = flatHeaders(req);
    const action = headers["x-acs-action"];
    const record2 = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers,
      body: rawBody,
      action,
      signatureProblem: void 0,
      status: void 0,
      acted: false
    };
    options.observe?.(record2);
    stats.handled++;
    const id = requestId();
    const reply = (status, body2, extraHeaders = {}) => {
      if (res.headersSent || res.destroyed) return;
      record2.status = status;
      const text2 = typeof body2 === "string" ? body2 : JSON.stringify(body2);
      res.writeHead(status, {
        "content-type": "application/json;charset=utf-8",
        "x-acs-request-id": id,
        ...extraHeaders
      });
      res.end(text2);
    };
    const replyError = (status, code, message, extra = {}) => reply(status, errorBody(code, message, id), extra);
    const verify = (stats.handled - 1) % verifyEvery === 0;
    const problem = verify ? verifySignature(req.method ?? "", req.url ?? "/", headers, rawBody, credentials, options.securityTokens) : void 0;
    if (verify) stats.signaturesChecked++;
    if (problem) {
      stats.signaturesRejected++;
      record2.signatureProblem = problem.message;
      return replyError(problem.status, problem.code, problem.message);
    }
    if (!options.bench && !nonces.remember(headers["x-acs-signature-nonce"] ?? "")) {
      return replyError(400, "SignatureNonceUsed", "The signature nonce has been used.");
    }
    const compiled = action === void 0 ? void 0 : routes.get(action);
    const [rawPath = "/", rawQuery = ""] = (req.url ?? "/").split("?", 2);
    const methodMatches = compiled !== void 0 && (compiled.route.method === void 0 || compiled.route.method === req.method);
    const pathParams = methodMatches ? compiled.match(rawPath) : void 0;
    if (!compiled || action === void 0 || !pathParams) {
      return replyError(404, "InvalidAction.NotFound", "The specified action or path is not found.");
    }
    const { route } = compiled;
    let body;
    if (rawBody !== "") {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return replyError(400, "InvalidParameter", "The request body is not valid JSON.");
      }
    }
    const query = parseQuery(rawQuery);
    let input = Object.assign(dict(), pathParams, query);
    if (body !== void 0) input.body = body;
    if (route.decode) input = route.decode(input, headers);
    const request = {
      action,
      method: req.method ?? "",
      path: rawPath,
      pathParams,
      query,
      headers,
      body,
      input
    };
    const act = () => {
      record2.acted = true;
      acted[action] = (acted[action] ?? 0) + 1;
      return route.respond(request);
    };
    const proceed = () => {
      if (route.validate) {
        const result = route.validate(input);
        if (!result.ok) {
          const described = result.issues.map((issue) => `${issue.path} (${issue.code})`).join(", ");
          return replyError(400, "InvalidParameter", `The request is invalid: ${described}`);
        }
      }
      const answer = act();
      reply(answer.status, answer.body, answer.headers);
    };
    const guarded = (run) => {
      try {
        run();
      } catch {
        replyError(500, "InternalError", "The mock server failed to answer this request.");
      }
    };
    const current = takeFault();
    if (current) {
      record2.fault = current.kind;
      faultsInjected[current.kind] = (faultsInjected[current.kind] ?? 0) + 1;
    }
    switch (current?.kind) {
      case void 0:
        return guarded(proceed);
      case "status":
        return replyError(
          current.status ?? 500,
          current.code ?? "InternalError",
          "The request processing has failed due to some unknown error."
        );
      case "throttle":
        return replyError(429, "Throttling.User", "Request was denied due to user flow control.", {
          "retry-after": current.retryAfter ?? "1"
        });
      case "hang":
        if (current.act ?? true) guarded(act);
        return;
      case "malformed-json": {
        guarded(act);
        if (res.headersSent) return;
        record2.status = 200;
        res.writeHead(200, { "content-type": "application/json", "x-acs-request-id": id });
        res.end('{"nodepool_id": "np-truncated');
        return;
      }
      case "reset-mid-body":
        return guarded(() => {
          const text2 = JSON.stringify(act().body);
          record2.status = 200;
          res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(text2)) });
          res.write(text2.slice(0, Math.floor(text2.length / 2)));
          later(10, () => req.socket.destroy());
        });
      case "slow":
        return later(current.delayMs, () => guarded(proceed));
    }
  };
  const receive = (req, res) => {
    if ((options.cors ?? true) && applyCors(req, res)) return;
    const tooLarge = () => {
      if (!res.headersSent) {
        res.writeHead(413, { "content-type": "application/json;charset=utf-8", connection: "close" });
        res.end(
          JSON.stringify({ code: "RequestEntityTooLarge", message: `The request body exceeds ${maxBodyBytes} bytes.` })
        );
      }
      req.resume();
    };
    if (Number(req.headers["content-length"] ?? 0) > maxBodyBytes) return tooLarge();
    const chunks = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        refused = true;
        chunks.length = 0;
        return tooLarge();
      }
      chunks.push(chunk);
    });
    req.on("error", () => req.socket.destroy());
    req.on("end", () => {
      if (refused) return;
      try {
        handle(req, res, Buffer.concat(chunks).toString("utf8"));
      } catch {
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "application/json;charset=utf-8" });
          res.end(JSON.stringify(errorBody("InternalError", "The mock server failed to answer this request.")));
        }
      }
    });
  };
  const listen = (port2) => new Promise((resolve, reject) => {
    server = (0, import_node_http3.createServer)(receive);
    server.on("connection", (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    });
    server.once("error", reject);
    server.listen(port2, "127.0.0.1", () => {
      listening = true;
      resolve(server.address().port);
    });
  });
  const stopListening = () => new Promise((resolve) => {
    if (!listening) return resolve();
    listening = false;
    server.close(() => resolve());
    for (const socket of sockets) socket.destroy();
  });
  const setFault = (next) => {
    fault = next && { ...next, remaining: "times" in next && next.times !== void 0 ? next.times : 1 };
    if (next?.kind !== "refuse") return;
    void stopListening();
    if (reopenTimer) {
      clearTimeout(reopenTimer);
      timers.delete(reopenTimer);
      reopenTimer = void 0;
    }
    if (next.reopenAfterMs !== void 0) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        reopenTimer = void 0;
        fault = null;
        if (!closed) listen(port).catch(() => void 0);
      }, next.reopenAfterMs);
      reopenTimer = timer;
      timers.add(timer);
    }
  };
  const port = await listen(options.port ?? 0);
  const host = `127.0.0.1:${port}`;
  if (options.fault) setFault(options.fault);
  return {
    url: `http://${host}`,
    port,
    host,
    acted,
    stats,
    faultsInjected,
    setFault,
    setRandomFaults,
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await stopListening();
    }
  };
}
var NonceWindow = class {
  constructor(size) {
    this.size = size;
  }
  size;
  seen = /* @__PURE__ */ new Set();
  /** False when the nonce is already in the window. */
  remember(nonce) {
    if (this.seen.has(nonce)) return false;
    this.seen.add(nonce);
    if (this.seen.size > this.size) this.seen.delete(this.seen.values().next().value);
    return true;
  }
};
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// generated:/src/mock/lifecycle.ts
var import_node_crypto3 = require("node:crypto");
var GONE = null;
var ResourceLifecycle = class {
  constructor(options) {
    this.options = options;
    this.handlers = {
      CreateCluster: (input) => this.createCluster(input),
      DescribeClusterDetail: (input) => this.describeCluster(input),
      DescribeClustersV1: (input) => this.listClusters(input),
      DeleteCluster: (input) => this.deleteCluster(input),
      CreateClusterNodePool: (input) => this.createPool(input),
      DescribeClusterNodePoolDetail: (input) => this.describePool(input),
      DescribeClusterNodePools: (input) => this.listPools(input),
      ScaleClusterNodePool: (input) => this.changePool(input, "scaling", "nodepool_scale"),
      ModifyClusterNodePool: (input) => this.changePool(input, "updating", "nodepool_update"),
      DeleteClusterNodepool: (input) => this.deletePool(input),
      DescribeTaskInfo: (input) => this.describeTask(input)
    };
  }
  options;
  clusters = /* @__PURE__ */ new Map();
  pools = /* @__PURE__ */ new Map();
  tasks = /* @__PURE__ */ new Map();
  handlers;
  /** The answer to one validated request: stateful for the actions above, the sample (plus a task) otherwise. */
  respond(action, method, input) {
    if (this.options.stateful && Object.hasOwn(this.handlers, action)) return this.handlers[action](input);
    const body = this.options.sample(action);
    if (!isObject(body)) return { status: 200, body: JSON.stringify(body) };
    if (this.options.stateful && method !== "GET" && typeof body.task_id === "string") {
      body.task_id = this.startTask(text(input.ClusterId) ?? text(input.cluster_id) ?? "", toTaskType(action), {
        id: "",
        type: ""
      });
    }
    return ok(body);
  }
  createCluster(input) {
    if (this.clusters.size >= this.options.maxResources) return quotaExceeded("clusters");
    const body = record(input.body);
    const cluster = {
      id: newId("c"),
      name: text(body.name) ?? "cluster",
      type: text(body.cluster_type) ?? "ManagedKubernetes",
      regionId: text(body.region_id) ?? "cn-hangzhou",
      created: now(),
      progress: this.transition("initial", "running")
    };
    this.clusters.set(cluster.id, cluster);
    const task = this.startTask(cluster.id, "cluster_create", { id: cluster.id, type: "Cluster" });
    return ok(this.merge(this.sampleObject("CreateCluster"), { cluster_id: cluster.id, task_id: task }));
  }
  describeCluster(input) {
    const cluster = this.readCluster(text(input.ClusterId));
    if (!cluster) return clusterNotFound();
    return ok(this.merge(this.sampleObject("DescribeClusterDetail"), clusterFields(cluster)));
  }
  listClusters(input) {
    const pageSize = positive(input.page_size) ?? 10;
    const pageNumber = positive(input.page_number) ?? 1;
    const name = text(input.name);
    const id = text(input.cluster_id);
    const type = text(input.cluster_type);
    const matching = [...this.clusters.values()].filter(
      (c) => (name === void 0 || c.name.includes(name)) && (id === void 0 || c.id === id) && (type === void 0 || c.type === type)
    );
    const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    const sample = this.sampleObject("DescribeClustersV1");
    const template = firstItem(sample.clusters);
    const clusters = [];
    for (const cluster of page) {
      if (readProgress(cluster.progress) === GONE) this.clusters.delete(cluster.id);
      else clusters.push(this.merge(structuredClone(template), clusterFields(cluster)));
    }
    return ok(
      this.merge(sample, {
        clusters,
        page_info: { page_number: pageNumber, page_size: pageSize, total_count: matching.length }
      })
    );
  }
  deleteCluster(input) {
    const cluster = this.readCluster(text(input.ClusterId));
    if (!cluster) return clusterNotFound();
    cluster.progress = this.transition("deleting", GONE);
    const task = this.startTask(cluster.id, "cluster_delete", { id: cluster.id, type: "Cluster" });
    return ok(this.merge(this.sampleObject("DeleteCluster"), { cluster_id: cluster.id, task_id: task }));
  }
  createPool(input) {
    if (this.pools.size >= this.options.maxResources) return quotaExceeded("node pools");
    const body = record(input.body);
    const pool = {
      id: newId("np"),
      clusterId: text(input.ClusterId) ?? "",
      name: text(record(body.nodepool_info).name) ?? "nodepool",
      desiredSize: positive(record(body.scaling_group).desired_size) ?? 0,
      created: now(),
      progress: this.transition("initial", "active")
    };
    this.pools.set(pool.id, pool);
    const task = this.startTask(pool.clusterId, "nodepool_create", { id: pool.id, type: "NodePool" });
    return ok(this.merge(this.sampleObject("CreateClusterNodePool"), { nodepool_id: pool.id, task_id: task }));
  }
  describePool(input) {
    const pool = this.readPool(input);
    if (!pool) return poolNotFound();
    return ok(this.merge(this.sampleObject("DescribeClusterNodePoolDetail"), poolFields(pool)));
  }
  listPools(input) {
    const clusterId = text(input.ClusterId);
    const name = text(input.NodepoolName);
    const sample = this.sampleObject("DescribeClusterNodePools");
    const template = firstItem(sample.nodepools);
    const nodepools = [];
    for (const pool of [...this.pools.values()]) {
      if (pool.clusterId !== clusterId || name !== void 0 && pool.name !== name) continue;
      if (readProgress(pool.progress) === GONE) this.pools.delete(pool.id);
      else nodepools.push(this.merge(structuredClone(template), poolFields(pool)));
    }
    return ok(this.merge(sample, { nodepools }));
  }
  changePool(input, transitional, taskType) {
    const pool = this.readPool(input);
    if (!pool) return poolNotFound();
    const body = record(input.body);
    if (transitional === "scaling") pool.desiredSize += positive(body.count) ?? 0;
    pool.progress = this.transition(transitional, "active");
    const task = this.startTask(pool.clusterId, taskType, { id: pool.id, type: "NodePool" });
    const action = transitional === "scaling" ? "ScaleClusterNodePool" : "ModifyClusterNodePool";
    return ok(this.merge(this.sampleObject(action), { nodepool_id: pool.id, task_id: task }, true));
  }
  deletePool(input) {
    const pool = this.readPool(input);
    if (!pool) return poolNotFound();
    pool.progress = this.transition("deleting", GONE);
    const task = this.startTask(pool.clusterId, "nodepool_delete", { id: pool.id, type: "NodePool" });
    return ok(this.merge(this.sampleObject("DeleteClusterNodepool"), { task_id: task }, true));
  }
  describeTask(input) {
    const id = text(input.task_id);
    const task = id === void 0 ? void 0 : this.tasks.get(id);
    if (!task) return { status: 404, body: errorBody("ErrorTaskNotFound", "The specified task does not exist.") };
    const state = readProgress(task.progress) ?? "success";
    return ok(
      this.merge(this.sampleObject("DescribeTaskInfo"), {
        task_id: task.id,
        cluster_id: task.clusterId,
        task_type: task.type,
        state,
        created: task.created,
        updated: now(),
        target: task.target
      })
    );
  }
  /** The cluster by id after one read (a finished deletion removes it); undefined when there is none. */
  readCluster(id) {
    const cluster = id === void 0 ? void 0 : this.clusters.get(id);
    if (!cluster || readProgress(cluster.progress) !== GONE) return cluster;
    this.clusters.delete(cluster.id);
    return void 0;
  }
  readPool(input) {
    const id = text(input.NodepoolId);
    const pool = id === void 0 ? void 0 : this.pools.get(id);
    if (!pool || pool.clusterId !== text(input.ClusterId)) return void 0;
    if (readProgress(pool.progress) !== GONE) return pool;
    this.pools.delete(pool.id);
    return void 0;
  }
  startTask(clusterId, type, target) {
    const task = {
      id: newId("T-"),
      clusterId,
      type,
      target,
      created: now(),
      progress: this.transition("running", "success")
    };
    this.tasks.set(task.id, task);
    if (this.tasks.size > this.options.maxResources) this.tasks.delete(this.tasks.keys().next().value);
    return task.id;
  }
  sampleObject(action) {
    const sample = this.options.sample(action);
    return isObject(sample) ? sample : {};
  }
  transition(state, next) {
    return { state, readsLeft: this.options.transitionPolls, next };
  }
  /** `patch` over `base`, object by object; with `onlyKnown`, only the fields the sample already has. */
  merge(base, patch, onlyKnown = false) {
    for (const [key, value] of Object.entries(patch)) {
      if (onlyKnown && !Object.hasOwn(base, key)) continue;
      const current = base[key];
      base[key] = isObject(current) && isObject(value) ? this.merge(current, value) : value;
    }
    return base;
  }
};
function readProgress(progress) {
  if (progress.readsLeft > 0) {
    progress.readsLeft--;
    return progress.state;
  }
  if (progress.next === void 0) return progress.state;
  if (progress.next === GONE) return GONE;
  progress.state = progress.next;
  delete progress.next;
  return progress.state;
}
function clusterFields(cluster) {
  return {
    cluster_id: cluster.id,
    name: cluster.name,
    cluster_type: cluster.type,
    region_id: cluster.regionId,
    state: cluster.progress.state,
    created: cluster.created
  };
}
function poolFields(pool) {
  return {
    nodepool_info: { nodepool_id: pool.id, name: pool.name, created: pool.created },
    status: { state: pool.progress.state, total_nodes: pool.desiredSize },
    scaling_group: { desired_size: pool.desiredSize }
  };
}
function ok(body) {
  if (Object.hasOwn(body, "request_id")) body.request_id = requestId();
  return { status: 200, body };
}
function clusterNotFound() {
  return { status: 404, body: errorBody("ErrorClusterNotFound", "The specified cluster does not exist.") };
}
function poolNotFound() {
  return { status: 404, body: errorBody("ErrorNodePoolNotFound", "The specified node pool does not exist.") };
}
function quotaExceeded(kind) {
  return { status: 400, body: errorBody("QuotaExceeded", `The mock server holds no more ${kind}.`) };
}
function toTaskType(action) {
  return action.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function newId(prefix) {
  return `${prefix}${(0, import_node_crypto3.randomUUID)().replace(/-/g, "").slice(0, 24)}`;
}
function now() {
  return (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function record(value) {
  return isObject(value) ? value : {};
}
function firstItem(value) {
  return Array.isArray(value) && isObject(value[0]) ? value[0] : {};
}
function text(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function positive(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}

// generated:/src/mock/api-mock.ts
var DEFAULT_TRANSITION_POLLS = 2;
var DEFAULT_MAX_RESOURCES = 1e4;
async function startApiMock(routes, options = {}) {
  const credentials = options.credentials ?? {
    accessKeyId: MOCK_ACCESS_KEY_ID,
    accessKeySecret: MOCK_ACCESS_KEY_SECRET
  };
  const server = await startMockHttpServer({
    ...options.port === void 0 ? {} : { port: options.port },
    ...options.fault === void 0 ? {} : { fault: options.fault },
    ...options.maxBodyBytes === void 0 ? {} : { maxBodyBytes: options.maxBodyBytes },
    routes: httpRoutes(routes, options),
    credentials: { [credentials.accessKeyId]: credentials.accessKeySecret },
    cors: true
  });
  return {
    endpoint: server.url,
    port: server.port,
    credentials: redacted(credentials),
    setFault: server.setFault,
    stats: server.stats,
    close: server.close
  };
}
function httpRoutes(routes, options = {}) {
  const samples = new Map(routes.map((route) => [route.operation.action, route.sample]));
  const lifecycle = new ResourceLifecycle({
    transitionPolls: Math.max(0, Math.floor(options.transitionPolls ?? DEFAULT_TRANSITION_POLLS)),
    maxResources: options.maxResources ?? DEFAULT_MAX_RESOURCES,
    stateful: options.stateful ?? true,
    sample: (action) => sampleValue(samples.get(action))
  });
  const table = dict();
  for (const route of routes) {
    const { action, method, path } = route.operation;
    const types = new Map(route.types ?? []);
    table[action] = {
      method,
      path,
      decode: (input, headers) => typedInput(route.operation.params, types, input, headers),
      validate: route.validate,
      respond: (request) => lifecycle.respond(action, method, request.input)
    };
  }
  return table;
}
function typedInput(params, types, input, headers) {
  const typed = Object.assign(dict(), input);
  for (const param of params) {
    const raw = param.in === "header" ? headers[param.name.toLowerCase()] : input[param.name];
    if (typeof raw !== "string" && !Array.isArray(raw)) continue;
    typed[param.name] = decodeParam(param, raw, types.get(param.name));
  }
  return typed;
}
function sampleValue(sample) {
  return sample === void 0 ? {} : JSON.parse(sample);
}
function redacted(credentials) {
  const copy = { ...credentials };
  Object.defineProperty(copy, import_node_util.inspect.custom, {
    enumerable: false,
    value: () => ({ accessKeyId: copy.accessKeyId, accessKeySecret: "<redacted>" })
  });
  return copy;
}

// generated:/src/mock/index.ts
var MOCK_ROUTES = [
  {
    operation: AttachInstancesOperation,
    validate: validateAttachInstancesRequest,
    sample: '{"list":[{"code":"200","instanceId":"i-2ze0lgm3y6iylcbt****","message":"successful"}],"task_id":"T-5a544aff80282e39ea000039"}'
  },
  {
    operation: AttachInstancesToNodePoolOperation,
    validate: validateAttachInstancesToNodePoolRequest,
    sample: '{"request_id":"D7631D83-6E98-1949-B665-766A62xxxxxx","task_id":"T-5a54309c80282e39ea00002f"}'
  },
  { operation: CancelClusterUpgradeOperation, validate: validateCancelClusterUpgradeRequest, sample: "{}" },
  { operation: CancelComponentUpgradeOperation, validate: validateCancelComponentUpgradeRequest, sample: "{}" },
  {
    operation: CancelOperationPlanOperation,
    validate: validateCancelOperationPlanRequest,
    sample: '{"requestId":"873DC52C-28AA-5A5C-938C-684D3D4B****"}'
  },
  { operation: CancelTaskOperation, validate: validateCancelTaskRequest, sample: '{"requestId":"string"}' },
  { operation: CancelWorkflowOperation, validate: validateCancelWorkflowRequest, sample: "{}" },
  {
    operation: CheckControlPlaneLogEnableOperation,
    validate: validateCheckControlPlaneLogEnableRequest,
    sample: '{"log_project":"k8s-log-c5b5e80b0b64a4bf6939d2d8fbbc5****","log_ttl":"30","aliuid":"162981*****","components":["string"]}'
  },
  {
    operation: CheckServiceRoleOperation,
    validate: validateCheckServiceRoleRequest,
    sample: '{"roles":[{"name":"AliyunCSManagedAutoScalerRole","granted":true,"message":"The role does not exist: AliyunCSManagedAutoScalerRole"}]}'
  },
  {
    operation: CleanClusterUserPermissionsOperation,
    validate: validateCleanClusterUserPermissionsRequest,
    types: [["Force", "boolean"]],
    sample: "{}"
  },
  {
    operation: CleanUserPermissionsOperation,
    validate: validateCleanUserPermissionsRequest,
    types: [
      ["Force", "boolean"],
      ["ClusterIds", "string[]"]
    ],
    sample: "{}"
  },
  { operation: CreateAutoscalingConfigOperation, validate: validateCreateAutoscalingConfigRequest, sample: "{}" },
  {
    operation: CreateClusterOperation,
    validate: validateCreateClusterRequest,
    sample: '{"cluster_id":"cb95aa626a47740afbf6aa099b650****","request_id":"687C5BAA-D103-4993-884B-C35E4314A1E1","task_id":"T-5a54309c80282e39ea****"}'
  },
  {
    operation: CreateClusterDiagnosisOperation,
    validate: validateCreateClusterDiagnosisRequest,
    sample: '{"cluster_id":"c5cdf7e3938bc4f8eb0e44b21a80f****","diagnosis_id":"6f719f23098240818eb26fe3a37d****","request_id":"687C5BAA-D103-4993-884B-C35E4314****"}'
  },
  { operation: CreateClusterInspectConfigOperation, validate: validateCreateClusterInspectConfigRequest, sample: "{}" },
  {
    operation: CreateClusterNodePoolOperation,
    validate: validateCreateClusterNodePoolRequest,
    sample: '{"nodepool_id":"np31da1b38983f4511b490fc62108a****"}'
  },
  {
    operation: CreateKubernetesTriggerOperation,
    validate: validateCreateKubernetesTriggerRequest,
    sample: '{"id":"111","cluster_id":"c5cdf7e3938bc4f8eb0e44b21a80f****","project_id":"default/test-app","type":"deployment","action":"redeploy"}'
  },
  {
    operation: CreateTemplateOperation,
    validate: validateCreateTemplateRequest,
    sample: '{"template_id":"ba1fe77b-b01e-4640-b77e-8f1b80e3e3cf"}'
  },
  {
    operation: CreateTriggerOperation,
    validate: validateCreateTriggerRequest,
    sample: '{"id":"102536","cluster_id":"c93095129fc41463aa455d89444fd****","project_id":"default/test-app","type":"deployment","action":"redeploy"}'
  },
  {
    operation: DeleteAlertContactOperation,
    validate: validateDeleteAlertContactRequest,
    types: [["contact_ids", "integer[]"]],
    sample: '[{"status":false,"msg":"string","contact_id":"string"}]'
  },
  {
    operation: DeleteAlertContactGroupOperation,
    validate: validateDeleteAlertContactGroupRequest,
    types: [["contact_group_ids", "integer[]"]],
    sample: '[{"status":false,"msg":"string","contact_group_id":"string"}]'
  },
  {
    operation: DeleteClusterOperation,
    validate: validateDeleteClusterRequest,
    types: [
      ["retain_all_resources", "boolean"],
      ["keep_slb", "boolean"],
      ["retain_resources", "string[]"],
      ["delete_options", "string[]"]
    ],
    sample: '{"cluster_id":"cb95aa626a47740afbf6aa099b650****","request_id":"687C5BAA-D103-4993-884B-C35E4314****","task_id":"T-5a54309c80282e39ea****"}'
  },
  { operation: DeleteClusterInspectConfigOperation, validate: validateDeleteClusterInspectConfigRequest, sample: "{}" },
  {
    operation: DeleteClusterNodepoolOperation,
    validate: validateDeleteClusterNodepoolRequest,
    types: [["force", "boolean"]],
    sample: '{"request_id":"7263C978-3DBD-4E06-B319-793B38A2F388","task_id":"T-655ace947e0e6603af00****"}'
  },
  {
    operation: DeleteClusterNodesOperation,
    validate: validateDeleteClusterNodesRequest,
    sample: '{"cluster_id":"c104d5d5f301c4e2a8ee578c37bc****","request_id":"A9891419-D125-4D89-AFCA-68846675E2F7","task_id":"T-60fea8ad2e277f0879000ae9"}'
  },
  { operation: DeleteKubernetesTriggerOperation, validate: validateDeleteKubernetesTriggerRequest, sample: "{}" },
  {
    operation: DeletePolicyInstanceOperation,
    validate: validateDeletePolicyInstanceRequest,
    sample: '{"instances":["string"]}'
  },
  { operation: DeleteTemplateOperation, validate: validateDeleteTemplateRequest, sample: "{}" },
  { operation: DeleteTriggerOperation, validate: validateDeleteTriggerRequest, sample: "{}" },
  {
    operation: DeployPolicyInstanceOperation,
    validate: validateDeployPolicyInstanceRequest,
    sample: '{"instances":["string"]}'
  },
  {
    operation: DescirbeWorkflowOperation,
    validate: validateDescirbeWorkflowRequest,
    sample: '{"create_time":"2020-01-15 16:30:25 +0800 CST","duration":"1h15m33.529968361s","finish_time":"0001-01-01 00:00:00 +0000 UTC","input_data_size":"0","job_name":"wgs-gpu-97xfn","job_namespace":"1171330362041663","output_data_size":"0","status":"Running","total_bases":"0","total_reads":"0","user_input_data":"{\\\\\\"wgs_oss_region\\\\\\":\\\\\\"cn-shenzhen\\\\\\",\\\\\\"wgs_fastq_first_name\\\\\\":\\\\\\"fastq/huada/MGISEQ-200019SZ0002402\\\\\\",\\\\\\"wgs_fastq_second_name\\\\\\":\\\\\\"fastq/huada/MGISEQ-200019SZ0002402\\\\\\",\\\\\\"wgs_bucket_name\\\\\\":\\\\\\"gene-shenzhen\\\\\\",\\\\\\"wgs_vcf_file_name\\\\\\":\\\\\\"output/vcf/huada.vcf\\\\\\",\\\\\\"wgs_bam_file_name\\\\\\":\\\\\\"output/bam/huada.bam\\\\\\",\\\\\\"wgs_reference_file\\\\\\":\\\\\\"hg19\\\\\\",\\\\\\"wgs_service\\\\\\":\\\\\\"g\\\\\\"}"}'
  },
  {
    operation: DescribeAddonOperation,
    validate: validateDescribeAddonRequest,
    sample: '{"name":"coredns","version":"v1.9.3.6-32932850-aliyun","category":"network","managed":false,"install_by_default":true,"config_schema":"{}","supported_actions":["string"],"architecture":["string"],"newer_versions":[{"version":"v1.9.3.10-7dfca203-aliyun","upgradable":true,"minimum_cluster_version":"1.20.4"}]}'
  },
  {
    operation: DescribeAddonsOperation,
    validate: validateDescribeAddonsRequest,
    sample: '{"ComponentGroups":[{"group_name":"storage","items":[{"name":"flexvolume"}]}],"StandardComponents":{}}'
  },
  {
    operation: DescribeClusterAddonInstanceOperation,
    validate: validateDescribeClusterAddonInstanceRequest,
    sample: '{"name":"terway-eniip","version":"v1.4.3","state":"initial","config":"{\\"NetworkPolicy\\":\\"true\\"}"}'
  },
  {
    operation: DescribeClusterAddonMetadataOperation,
    validate: validateDescribeClusterAddonMetadataRequest,
    sample: '{"name":"coredns","version":"1.8.4.1","config_schema":"{\\\\n  \\\\\\"$schema\\\\\\": \\\\\\"https://json-schema.org/draft-07/schema#\\\\\\",\\\\n  \\\\\\"properties\\\\\\": {\\\\n    \\\\\\"controller\\\\\\": {\\\\n      \\\\\\"description\\\\\\": \\\\\\"\\\\\\",\\\\n      \\\\\\"properties\\\\\\": {\\\\n        \\\\\\"resources\\\\\\": {\\\\n          \\\\\\"properties\\\\\\": {\\\\n            \\\\\\"armsPrometheusOperator\\\\\\": {\\\\n              \\\\\\"properties\\\\\\": {\\\\n                \\\\\\"resources\\\\\\": {\\\\n                  \\\\\\"properties\\\\\\": {\\\\n                    \\\\\\"limits\\\\\\": {\\\\n                      \\\\\\"properties\\\\\\": {\\\\n                        \\\\\\"memory\\\\\\": {\\\\n                          \\\\\\"description\\\\\\": \\\\\\"memory limit of arms prometheus operator\\\\\\",\\\\n                          \\\\\\"type\\\\\\": \\\\\\"string\\\\\\",\\\\n                          \\\\\\"pattern\\\\\\": \\\\\\"^[1-9][0-9]*(\\\\\\\\\\\\\\\\.\\\\\\\\\\\\\\\\d+)?(K|Ki|M|Mi|G|Gi|T|Ti)?$\\\\\\",\\\\n                          \\\\\\"default\\\\\\": \\\\\\"500m\\\\\\",\\\\n                          \\\\\\"x-ui-description\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-prompt-message\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-validation-message\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-additional-tips\\\\\\": \\\\\\"<mds-key>\\\\\\"\\\\n                        },\\\\n                        \\\\\\"cpu\\\\\\": {\\\\n                          \\\\\\"description\\\\\\": \\\\\\"cpu limit of arms prometheus operator\\\\\\",\\\\n                          \\\\\\"type\\\\\\": \\\\\\"string\\\\\\",\\\\n                          \\\\\\"pattern\\\\\\": \\\\\\"^[1-9][0-9]*(m|\\\\\\\\\\\\\\\\.\\\\\\\\\\\\\\\\d+)?$\\\\\\",\\\\n                          \\\\\\"default\\\\\\": \\\\\\"1.0\\\\\\",\\\\n                          \\\\\\"x-ui-description\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-validation-message\\\\\\": \\\\\\"<mds-key>\\\\\\"\\\\n                        }\\\\n                      },\\\\n                      \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n                      \\\\\\"additionalProperties\\\\\\": false\\\\n                    },\\\\n                    \\\\\\"requests\\\\\\": {\\\\n                      \\\\\\"properties\\\\\\": {\\\\n                        \\\\\\"memory\\\\\\": {\\\\n                          \\\\\\"description\\\\\\": \\\\\\"memory request of arms prometheus operator\\\\\\",\\\\n                          \\\\\\"type\\\\\\": \\\\\\"string\\\\\\",\\\\n                          \\\\\\"pattern\\\\\\": \\\\\\"^[1-9][0-9]*(\\\\\\\\\\\\\\\\.\\\\\\\\\\\\\\\\d+)?(K|Ki|M|Mi|G|Gi|T|Ti)?$\\\\\\",\\\\n                          \\\\\\"default\\\\\\": \\\\\\"500m\\\\\\",\\\\n                          \\\\\\"x-ui-description\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-validation-message\\\\\\": \\\\\\"<mds-key>\\\\\\"\\\\n                        },\\\\n                        \\\\\\"cpu\\\\\\": {\\\\n                          \\\\\\"description\\\\\\": \\\\\\"cpu request of arms prometheus operator\\\\\\",\\\\n                          \\\\\\"type\\\\\\": \\\\\\"string\\\\\\",\\\\n                          \\\\\\"pattern\\\\\\": \\\\\\"^[1-9][0-9]*(m|\\\\\\\\\\\\\\\\.\\\\\\\\\\\\\\\\d+)?$\\\\\\",\\\\n                          \\\\\\"default\\\\\\": \\\\\\"1.0\\\\\\",\\\\n                          \\\\\\"x-ui-description\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-validation-message\\\\\\": \\\\\\"<mds-key>\\\\\\"\\\\n                        }\\\\n                      },\\\\n                      \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n                      \\\\\\"additionalProperties\\\\\\": false\\\\n                    }\\\\n                  },\\\\n                  \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n                  \\\\\\"additionalProperties\\\\\\": false\\\\n                }\\\\n              },\\\\n              \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n              \\\\\\"additionalProperties\\\\\\": false\\\\n            }\\\\n          },\\\\n          \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n          \\\\\\"additionalProperties\\\\\\": false\\\\n        }\\\\n      },\\\\n      \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n      \\\\\\"additionalProperties\\\\\\": false\\\\n    }\\\\n  },\\\\n  \\\\\\"title\\\\\\": \\\\\\"Values\\\\\\",\\\\n  \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n  \\\\\\"additionalProperties\\\\\\": false\\\\n}"}'
  },
  {
    operation: DescribeClusterAddonUpgradeStatusOperation,
    validate: validateDescribeClusterAddonUpgradeStatusRequest,
    sample: "{}"
  },
  {
    operation: DescribeClusterAddonsUpgradeStatusOperation,
    validate: validateDescribeClusterAddonsUpgradeStatusRequest,
    types: [["componentIds", "string[]"]],
    sample: "{}"
  },
  {
    operation: DescribeClusterAddonsVersionOperation,
    validate: validateDescribeClusterAddonsVersionRequest,
    sample: "{}"
  },
  {
    operation: DescribeClusterAttachScriptsOperation,
    validate: validateDescribeClusterAttachScriptsRequest,
    sample: '"\\"curl http://aliacs-k8s-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/public/pkg/run/attach/1.12.6-aliyunedge.1/edgeadm -O edgeadm; chmod u+x edgeadm; ./edgeadm join --openapi-token=XXX --node-spec=\\"{\\\\\\"flannelIface\\\\\\":\\\\\\"eth0\\\\\\",\\\\\\"enableIptables\\\\\\":true,\\\\\\"assumeYes\\\\\\":true,\\\\\\"manageRuntime\\\\\\":true,\\\\\\"nodeNameStrategy\\\\\\":\\\\\\"hostname\\\\\\",\\\\\\"enabledAddons\\\\\\":[\\\\\\"kube-proxy\\\\\\",\\\\\\"flannel\\\\\\",\\\\\\"coredns\\\\\\"]}\\"\\""'
  },
  {
    operation: DescribeClusterDetailOperation,
    validate: validateDescribeClusterDetailRequest,
    sample: '{"cluster_id":"c82e6987e2961451182edacd74faf****","cluster_type":"Kubernetes","created":"2019-11-25T15:50:20+08:00","init_version":"1.16.6-aliyun.1","current_version":"1.16.6-aliyun.1","next_version":"1.18.8-aliyun.1","deletion_protection":true,"docker_version":"19.03.5","external_loadbalancer_id":"lb-2zehc05z3b8dwiifh****","meta_data":"\\\\\\"Addons\\\\\\":***","name":"cluster-demo","network_mode":"vpc","region_id":"cn-beijing","resource_group_id":"rg-acfmyvw3wjm****","security_group_id":"sg-25yq****","size":5,"state":"running","tags":[{"key":"env","value":"prod"}],"updated":"2020-01-13T23:01:03+08:00","vpc_id":"vpc-2zecuu62b9zw7a7qn****","vswitch_id":"vsw-2zete8s4qocqg0mf6****,vsw-2zete8s4qocqg0mf6****","subnet_cidr":"172.20.0.0/16","zone_id":"cn-beijing-a","master_url":"{\\\\\\"intranet_api_server_endpoint\\\\\\":\\\\\\"https://192.168.0.251:6443\\\\\\"***}","private_zone":false,"profile":"Default","cluster_spec":"ack.pro.small","worker_ram_role_name":"KubernetesWorkerRole-ec87d15b-edca-4302-933f-c8a16bf0****","maintenance_window":{"enable":false,"maintenance_time":"string","duration":"string","weekly_period":"string","recurrence":"string"},"parameters":{}}'
  },
  {
    operation: DescribeClusterEventsOperation,
    validate: validateDescribeClusterEventsRequest,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: '{"events":[{"event_id":"e-9ad04f72-8ee7-46bf-a02c-e4a06b39****","type":"nodepool_update","source":"cluster","subject":"npdd89dc2b76c04f14b06774883b******","time":"2020-12-01T17:31:00Z","cluster_id":"c82e6987e2961451182edacd74faf****","data":{"level":"warning","reason":"Started","message":"Start to upgrade NodePool nodePool/npdd89dc2b76c04f14b06774883b******"}}],"page_info":{"page_size":50,"page_number":1,"total_count":3}}'
  },
  {
    operation: DescribeClusterLogsOperation,
    validate: validateDescribeClusterLogsRequest,
    sample: '[{"ID":590749245,"cluster_id":"c23421cfa74454bc8b37163fd19af***","cluster_log":"start to update cluster status to CREATE_COMPLETE","created":"2020-09-11T10:11:51+08:00","updated":"2020-09-11T10:11:51+08:00"}]'
  },
  {
    operation: DescribeClusterNodePoolDetailOperation,
    validate: validateDescribeClusterNodePoolDetailRequest,
    sample: '{"nodepool_info":{"nodepool_id":"np31da1b38983f4511b490fc62108a****","name":"gpu-pool","type":"ess","is_default":false,"resource_group_id":"rg-acfmyvw3wjmb****","region_id":"cn-beijing","created":"2024-03-02T08:14:09.156823496+08:00","updated":"2024-03-05T11:37:46+08:00"},"status":{"state":"active","healthy_nodes":3,"initial_nodes":0,"failed_nodes":0,"offline_nodes":0,"removing_nodes":0,"serving_nodes":3,"total_nodes":3},"auto_scaling":{"enable":true,"type":"gpu","max_instances":10,"min_instances":1,"is_bond_eip":false},"management":{"enable":true,"auto_repair":true,"auto_repair_policy":{"restart_node":true},"auto_vul_fix":true,"auto_vul_fix_policy":{"restart_node":false,"vul_level":"asap,nntf"},"auto_upgrade":true,"auto_upgrade_policy":{"auto_upgrade_kubelet":true},"upgrade_config":{"auto_upgrade":true,"surge":1,"surge_percentage":0,"max_unavailable":1}},"scaling_group":{"scaling_group_id":"asg-2zeieod8giqmov7z****","vswitch_ids":["vsw-2ze3ds0mdip0hdz8i****","vsw-2zewq5bv1nfnfb8f****"],"instance_types":["ecs.gn7i-c8g1.2xlarge"],"instance_charge_type":"PostPaid","spot_strategy":"NoSpot","image_type":"AliyunLinux3","image_id":"aliyun_3_x64_20G_alibase_20240819.vhd","system_disk_category":"cloud_essd","system_disk_categories":["cloud_essd","cloud_ssd"],"system_disk_size":120,"system_disk_performance_level":"PL1","system_disk_encrypted":false,"data_disks":[{"category":"cloud_essd","size":200,"encrypted":"false","performance_level":"PL1","auto_format":true,"file_system":"ext4","mount_target":"/mnt/data1","device":"/dev/xvdb"}],"security_group_ids":["sg-2ze60ockeekspl3d****"],"key_pair":"pro-nodepool","login_as_non_root":false,"security_hardening_os":false,"internet_charge_type":"PayByTraffic","internet_max_bandwidth_out":10,"tags":[{"key":"team","value":"ml"}],"desired_size":3,"multi_az_policy":"BALANCE","scaling_policy":"release","on_demand_base_capacity":0,"on_demand_percentage_above_base_capacity":100,"compensate_with_on_demand":false,"rds_instances":[],"private_pool_options":{"match_criteria":"None"},"security_group_id":"sg-2ze60ockeekspl3d****","ram_policy":"KubernetesWorkerRole-021dc54f-929b-437a-8ae0-34c24d3e****"},"node_config":{"kubelet_configuration":{"maxPods":110,"cpuManagerPolicy":"none","evictionHard":{"memory.available":"100Mi"},"allowedUnsafeSysctls":["net.core.somaxconn"]}},"kubernetes_config":{"labels":[{"key":"accelerator","value":"nvidia"}],"taints":[{"key":"nvidia.com/gpu","value":"true","effect":"NoSchedule"}],"runtime":"containerd","runtime_version":"1.6.28","cpu_policy":"none","cms_enabled":true,"unschedulable":false},"tee_config":{"tee_enable":false},"max_nodes":0}'
  },
  {
    operation: DescribeClusterNodePoolsOperation,
    validate: validateDescribeClusterNodePoolsRequest,
    sample: '{"nodepools":[{"nodepool_info":{"nodepool_id":"np615c0e0966124216a0412e10afe0****","name":"nodepool-test","type":"ess","is_default":false,"resource_group_id":"rg-acfmyvw3wjmb****","region_id":"cn-beijing","created":"2024-05-10T10:21:09.156823496+08:00","updated":"2024-05-10T10:37:46+08:00"},"status":{"state":"active","healthy_nodes":2,"initial_nodes":0,"failed_nodes":0,"offline_nodes":0,"removing_nodes":0,"serving_nodes":2,"total_nodes":2},"auto_scaling":{"enable":false,"max_instances":0,"min_instances":0},"management":{"enable":false},"scaling_group":{"scaling_group_id":"asg-2zeieod8giqmov7z****","vswitch_ids":["vsw-2ze3ds0mdip0hdz8i****"],"instance_types":["ecs.g7.xlarge"],"instance_charge_type":"PostPaid","image_type":"AliyunLinux3","system_disk_category":"cloud_essd","system_disk_size":120,"data_disks":[{"category":"cloud_essd","size":100,"encrypted":"false"}],"security_group_ids":["sg-2ze60ockeekspl3d****"],"login_password":"********","tags":[{"key":"env","value":"test"}],"desired_size":2,"multi_az_policy":"BALANCE","scaling_policy":"release"},"kubernetes_config":{"labels":[{"key":"workload","value":"web"}],"taints":[],"runtime":"containerd","runtime_version":"1.6.28","cpu_policy":"none","cms_enabled":true,"unschedulable":false},"tee_config":{"tee_enable":false},"max_nodes":0}]}'
  },
  {
    operation: DescribeClusterNodesOperation,
    validate: validateDescribeClusterNodesRequest,
    sample: '{"nodes":[{"creation_time":"2020-08-25T11:25:35+08:00","error_message":"error***","expired_time":"2099-12-31T23:59:00+08:00","host_name":"iZ2vcckdmxp7u0urj2k****","image_id":"aliyun_2_1903_x64_20G_alibase_20200529.vhd","instance_charge_type":"PostPaid","instance_id":"i-2vcckdmxp7u0urj2****","instance_name":"worker-k8s-for-cs-c5cdf7e3938bc4f8eb0e44b21a80f****","instance_role":"Worker","instance_status":"Running","instance_type":"ecs.c5.xlarge","instance_type_family":"ecs.c5","ip_address":["string"],"is_aliyun_node":true,"node_name":"cn-chengdu.192.168.0.36","node_status":"Ready","nodepool_id":"np0794239424a84eb7a95327369d56****","source":"ess_attach","state":"running","spot_strategy":"NoSpot"}],"page":{"page_number":1,"page_size":10,"total_count":5}}'
  },
  {
    operation: DescribeClusterResourcesOperation,
    validate: validateDescribeClusterResourcesRequest,
    types: [["with_addon_resources", "boolean"]],
    sample: '[{"cluster_id":"cb95aa626a47740afbf6aa099b65****","created":"2023-08-15T14:34:42+08:00","instance_id":"ngw-wz9sphwk42sdtjixo****","resource_info":"{\\\\\\"Id\\\\\\":\\\\\\"k8s_NAT_Gateway\\\\\\",\\\\\\"Name\\\\\\":\\\\\\"k8s_NAT_Gateway\\\\\\",\\\\\\"Type\\\\\\":\\\\\\"ALIYUN::VPC::NatGateway\\\\\\",\\\\\\"Status\\\\\\":\\\\\\"CREATE_COMPLETE\\\\\\",\\\\\\"StatusReason\\\\\\":\\\\\\"state changed\\\\\\",\\\\\\"Updated\\\\\\":\\\\\\"2023-08-15T06:33:10\\\\\\",\\\\\\"PhysicalId\\\\\\":\\\\\\"ngw-wz9sphwk42sdtjixo****\\\\\\"}","resource_type":"ALIYUN::VPC::NatGateway","state":"CREATE_COMPLETE","auto_create":1,"dependencies":[{"cluster_id":"cc5ee03f63e43425cb6f71f1a1756****","resource_type":"ALIYUN::VPC::NatGateway","instance_id":"ngw-wz9sphwk42sdtjixo****"}],"associated_object":{"kind":"Service","namespace":"kube-system","name":"nginx-ingress-lb"},"delete_behavior":{"delete_by_default":false,"changeable":false},"creator_type":"user","extra_info":{}}]'
  },
  {
    operation: DescribeClusterTasksOperation,
    validate: validateDescribeClusterTasksRequest,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: '{"page_info":{"page_size":10,"page_number":1,"total_count":10},"tasks":[{"task_id":"install-addons-c3xxxxxx","task_type":"cluster_addon_install","state":"success","created":"2022-08-03T10:11:33+08:00","updated":"2022-08-03T10:12:03.482+08:00","error":{"message":"Addon status not match","code":"BadRequest"}}],"requestId":"0527ac9a-c899-4341-a21a-xxxxxxxxx"}'
  },
  {
    operation: DescribeClusterUserKubeconfigOperation,
    validate: validateDescribeClusterUserKubeconfigRequest,
    types: [
      ["PrivateIpAddress", "boolean"],
      ["TemporaryDurationMinutes", "integer"]
    ],
    sample: '{"config":"apiVersion: v1****","expiration":"2024-03-10T09:56:17Z"}'
  },
  {
    operation: DescribeClusterV2UserKubeconfigOperation,
    validate: validateDescribeClusterV2UserKubeconfigRequest,
    types: [
      ["PrivateIpAddress", "boolean"],
      ["TemporaryDurationMinutes", "integer"]
    ],
    sample: '{"config":"string"}'
  },
  {
    operation: DescribeClusterVulsOperation,
    validate: validateDescribeClusterVulsRequest,
    sample: '{"vul_records":[{"nodepool_name":"test","nodepool_id":"np0156da1082b54fa987e32618dd45f5d3","node_count":1,"vul_name":"oval:com.redhat.rhsa:def:xxxxxxx","vul_alias_name":"string","vul_type":"app","necessity":"nntf","cve_list":["string"]}]}'
  },
  {
    operation: DescribeClustersOperation,
    validate: validateDescribeClustersRequest,
    sample: '[{"cluster_id":"string","cluster_type":"string","created":"string","current_version":"string","data_disk_category":"string","data_disk_size":0,"deletion_protection":false,"docker_version":"string","external_loadbalancer_id":"string","init_version":"string","master_url":"string","meta_data":"string","name":"string","network_mode":"string","private_zone":false,"profile":"string","region_id":"string","resource_group_id":"string","security_group_id":"string","size":0,"state":"string","subnet_cidr":"string","tags":[{"key":"string","value":"string"}],"updated":"string","vpc_id":"string","vswitch_cidr":"string","vswitch_id":"string","worker_ram_role_name":"string","zone_id":"string"}]'
  },
  {
    operation: DescribeClustersForRegionOperation,
    validate: validateDescribeClustersForRegionRequest,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: "{}"
  },
  {
    operation: DescribeClustersV1Operation,
    validate: validateDescribeClustersV1Request,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: '{"clusters":[{"cluster_id":"c3fb96524f9274b4495df0f12a6b5****","cluster_type":"Kubernetes","created":"2020-08-20T10:51:29+08:00","init_version":"1.16.9-aliyun.1","current_version":"1.16.9-aliyun.1","next_version":"1.18.8-aliyun.1","deletion_protection":true,"docker_version":"19.03.5","external_loadbalancer_id":"lb-2vcrbmlevo6kjpgch****","master_url":"{\\\\\\"api_server_endpoint\\\\\\":\\\\\\"\\\\\\",\\\\\\"intranet_api_server_endpoint\\\\\\":\\\\\\"https://192.168.0.251:6443\\\\\\"}","meta_data":"{\\\\\\"Addons\\\\\\":[{\\\\\\"config\\\\\\":***}","name":"cluster-demo","network_mode":"vpc","private_zone":false,"profile":"Default","region_id":"cn-beijing","resource_group_id":"rg-acfmyvw3wjm****","security_group_id":"sg-2vcgwsrwgt5mp0yi****","size":5,"state":"running","subnet_cidr":"172.21.0.0/16","tags":[{"key":"env","value":"prod"}],"updated":"2020-09-16T11:09:55+08:00","vpc_id":"vpc-2vcg932hsxsxuqbgl****","vswitch_id":"vsw-2vc41xuumx5z2rdma****,vsw-2vc41xuumx5z2rdma****","worker_ram_role_name":"KubernetesWorkerRole-ec87d15b-edca-4302-933f-c8a16bf0****","zone_id":"cn-beijing-b","cluster_spec":"ack.standard","maintenance_window":{"enable":false,"maintenance_time":"string","duration":"string","weekly_period":"string","recurrence":"string"}}],"page_info":{"page_number":3,"page_size":20,"total_count":50}}'
  },
  {
    operation: DescribeEventsOperation,
    validate: validateDescribeEventsRequest,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: '{"events":[{"event_id":"A234-1234-1234","type":"nodepool_upgrade","source":"/clusters/cf62854ac2130470897be7a27ed1f****/nodepools","subject":"nodePool-id","time":"2022-11-23T20:48:01+08:00","cluster_id":"cluster-id","data":{"level":"info","reason":"Started","message":"Start to upgrade NodePool nodePool/nodePool-A"}}],"page_info":{"page_size":50,"page_number":1,"total_count":3}}'
  },
  {
    operation: DescribeEventsForRegionOperation,
    validate: validateDescribeEventsForRegionRequest,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: "{}"
  },
  {
    operation: DescribeExternalAgentOperation,
    validate: validateDescribeExternalAgentRequest,
    sample: '{"config":"apiVersion: v1****"}'
  },
  {
    operation: DescribeKubernetesVersionMetadataOperation,
    validate: validateDescribeKubernetesVersionMetadataRequest,
    types: [["QueryUpgradableVersion", "boolean"]],
    sample: '[{"capabilities":{},"images":[{"image_id":"centos_7_9_x64_20G_alibase_20221129.vhd","image_name":"CentOS 7.9","platform":"CentOS","os_version":"7.9","image_type":"CentOS","os_type":"Linux","image_category":"system","architecture":"x86_64"}],"meta_data":{},"runtimes":[{"name":"string","version":"string"}],"version":"1.26.3-aliyun.1","release_date":"2023-04-30T00:00:00Z","expiration_date":"2025-04-30T00:00:00Z","creatable":true,"upgradable_versions":["string"]}]'
  },
  {
    operation: DescribeNodePoolVulsOperation,
    validate: validateDescribeNodePoolVulsRequest,
    sample: '{"vul_records":[{"instance_id":"i-t4n2qolb0wtzt0pz****","vul_list":[{"name":"oval:com.redhat.rhsa:def:20193197","alias_name":"RHSA-2019:3197-Important: sudo security update","necessity":"nntf","cve_list":["string"],"need_reboot":false}],"node_name":"cn-hangzhou.192.168.x.x"}],"vuls_fix_service_purchased":false}'
  },
  { operation: DescribePoliciesOperation, validate: validateDescribePoliciesRequest, sample: "{}" },
  {
    operation: DescribePolicyDetailsOperation,
    validate: validateDescribePolicyDetailsRequest,
    sample: '{"name":"ACKAllowedRepos","category":"k8s-general","description":"Requires container images to begin with a repo string from a specified list","action":"enforce","severity":"high","template":"string","no_config":0,"is_deleted":0}'
  },
  {
    operation: DescribePolicyGovernanceInClusterOperation,
    validate: validateDescribePolicyGovernanceInClusterRequest,
    sample: '{"on_state":[{"enabled_count":3,"total":8,"severity":"high"}],"admit_log":{"progress":"Complete","count":100,"log":{"msg":"d4hdhs*****","cluster_id":"c8155823d057948c69a****","constraint_kind":"ACKAllowedRepos","resource_name":"nginx-deployment-basic2-84ccb74bfc-df22p","resource_kind":"Pod","resource_namespace":"default"}},"totalViolations":{"deny":{"severity":"high","violations":0},"warn":{"severity":"low","violations":5}},"violations":{"deny":{"policyName":"policy-gatekeeper-ackallowedrepos","policyDescription":"Requires container images to begin with a repo string from a specified list.","violations":11,"severity":"high"},"warn":{"policyName":"policy-gatekeeper-ackpspcapabilities","policyDescription":"Controls Linux capabilities.","violations":81,"severity":"high"}}}'
  },
  {
    operation: DescribePolicyInstancesOperation,
    validate: validateDescribePolicyInstancesRequest,
    sample: '[{"ali_uid":"16298168****","cluster_id":"c8155823d057948c69a****","instance_name":"no-env-var-secrets-****","policy_name":"ACKPSPCapabilities","policy_category":"k8s-general","policy_description":"Restricts secrets used in pod envs","policy_parameters":"\\"restrictedNamespaces\\": [ \\"test\\" ]","policy_severity":"low","policy_scope":"*","policy_action":"deny"}]'
  },
  {
    operation: DescribePolicyInstancesStatusOperation,
    validate: validateDescribePolicyInstancesStatusRequest,
    sample: '{"policy_instances":[{"policy_category":"compliance","policy_name":"ACKRestrictRoleBindings","policy_description":"Restricts use of the cluster-admin role.","policy_severity":"medium","policy_instances_count":1}],"instances_severity_count":{}}'
  },
  {
    operation: DescribeResourcesDeleteProtectionOperation,
    validate: validateDescribeResourcesDeleteProtectionRequest,
    sample: '[{"name":"test","namespace":"default","resource":"namespaces","protection":false}]'
  },
  {
    operation: DescribeSubaccountK8sClusterUserConfigOperation,
    validate: validateDescribeSubaccountK8sClusterUserConfigRequest,
    types: [
      ["PrivateIpAddress", "boolean"],
      ["TemporaryDurationMinutes", "integer"]
    ],
    sample: '{"config":"apiVersion: v1****","expiration":"2024-03-10T09:56:17Z"}'
  },
  {
    operation: DescribeTaskInfoOperation,
    validate: validateDescribeTaskInfoRequest,
    sample: '{"task_id":"T-5faa48fb31b6b8078d000006","cluster_id":"c78592bfe92244365b3c3ad47f1de****","task_type":"cluster_scaleout","state":"running","created":"2020-11-10T16:02:04+08:00","updated":"2020-11-10T16:03:06+08:00","target":{"id":"c78592bfe92244365b3c3ad47f1de****\\n","type":"cluster"},"parameters":{},"stages":[{"state":"running","start_time":"2022-12-15 23:00:00","end_time":"2022-12-15 23:00:00","message":"success to xxxxx","outputs":{}}],"current_stage":"DrainNodes","events":[{"action":"start","level":"Normal","message":"start to xxx","reason":"NodePoolUpgradeStart","source":"ACK","timestamp":"1669706229286"}],"task_result":[{"data":"i-xxx","status":"success"}],"error":{"code":"400","message":"failed to xxx"}}'
  },
  {
    operation: DescribeTemplateAttributeOperation,
    validate: validateDescribeTemplateAttributeRequest,
    sample: '[{"id":"72d20cf8-a533-4ea9-a10d-e7630d3d****","acl":"private","name":"web","template":"apiVersion: V1\\\\n***","template_type":"kubernetes","description":"test template","tags":"sa","template_with_hist_id":"874ec485-e7e6-4373-8a3b-47bde8ae****","created":"2020-09-16T19:21:29+08:00","updated":"2020-09-16T19:21:29+08:00"}]'
  },
  {
    operation: DescribeTemplatesOperation,
    validate: validateDescribeTemplatesRequest,
    types: [
      ["page_num", "integer"],
      ["page_size", "integer"]
    ],
    sample: '{"templates":[{"acl":"private","id":"874ec485-e7e6-4373-8a3b-47bde8ae789f","name":"webserver","description":"a web server","tags":"kubernetes","template":"apiVersion: apps/v1\\\\nkind: Deployment\\\\nmetadata:\\\\n  name: nginx-deployment-basic\\\\n  labels:\\\\n    app: nginx\\\\nspec:\\\\n  replicas: 2\\\\n  selector:\\\\n    matchLabels:\\\\n      app: nginx\\\\n  template:\\\\n    metadata:\\\\n      labels:\\\\n        app: nginx\\\\n    spec:\\\\n      containers:\\\\n      - name: nginx\\\\n        image: busybox:latest\\\\n        ports:\\\\n        - containerPort: 80","template_type":"kubernetes","created":"2020-06-10T16:30:16+08:00","updated":"2020-06-10T16:30:16+08:00","template_with_hist_id":"ad81d115-7c8b-47e7-a222-9c28d7f6e588"}],"page_info":{"page_number":20,"page_size":3,"total_count":50}}'
  },
  {
    operation: DescribeTriggerOperation,
    validate: validateDescribeTriggerRequest,
    sample: '[{"id":"1234","name":"test","cluster_id":"c259f563386444ebb8d7****","project_id":"default/test-app","type":"deployment","action":"redeploy","token":"eyJhbGci***"}]'
  },
  {
    operation: DescribeUserClusterNamespacesOperation,
    validate: validateDescribeUserClusterNamespacesRequest,
    sample: '["string"]'
  },
  {
    operation: DescribeUserPermissionOperation,
    validate: validateDescribeUserPermissionRequest,
    sample: '[{"resource_id":"c1b542****","resource_type":"cluster","role_name":"view","role_type":"admin","is_owner":1,"is_ram_role":1}]'
  },
  {
    operation: DescribeUserQuotaOperation,
    validate: validateDescribeUserQuotaRequest,
    sample: '{"amk_cluster_quota":20,"ask_cluster_quota":3,"cluster_nodepool_quota":10,"cluster_quota":50,"node_quota":100,"edge_improved_nodepool_quota":{"bandwidth":10,"count":3,"period":3},"quotas":{}}'
  },
  {
    operation: DescribeWorkflowsOperation,
    validate: validateDescribeWorkflowsRequest,
    sample: '{"jobs":[{"cluster_id":"cb1a7214cfc0b41d9bb086affc2d8f51c","job_name":"wgs-gpu-qb4dk","create_time":"2020-01-15T13:18:52Z"}]}'
  },
  {
    operation: FixNodePoolVulsOperation,
    validate: validateFixNodePoolVulsRequest,
    sample: '{"task_id":"T-60fea8ad2e277f087900****"}'
  },
  {
    operation: GetClusterAddonInstanceOperation,
    validate: validateGetClusterAddonInstanceRequest,
    sample: '{"name":"ack-node-problem-detector","state":"active","version":"1.2.16","config":"{\\"sls_project_name\\":\\"\\"}","logging":{"capable":false,"enabled":false,"log_project":"my-log-project","logstore":"my-logstore"}}'
  },
  { operation: GetClusterAuditProjectOperation, validate: validateGetClusterAuditProjectRequest, sample: "{}" },
  {
    operation: GetClusterCheckOperation,
    validate: validateGetClusterCheckRequest,
    sample: '{"check_id":"1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto","type":"ClusterUpgrade","status":"Succeeded","message":"task succeed","created_at":"2023-10-16T08:31:20.292030178Z","finished_at":"2023-10-16T08:35:20.292030178Z","check_items":{}}'
  },
  {
    operation: GetClusterDiagnosisCheckItemsOperation,
    validate: validateGetClusterDiagnosisCheckItemsRequest,
    sample: '{"request_id":"1DFFD8C6-259E-582B-8B40-002C17DC****","code":"success","is_success":true,"check_items":[{"desc":"Check whether the node can access host dns service","display":"HostDNS","group":"Node","level":"normal","message":"success","name":"HostDNS","refer":"True","value":"True"}]}'
  },
  {
    operation: GetClusterDiagnosisResultOperation,
    validate: validateGetClusterDiagnosisResultRequest,
    sample: '{"code":0,"created":"2024-05-28T11:29Z","diagnosis_id":"6cf6b62e334e4583bdfd26707516****","finished":"2024-05-28T11:29Z","message":"success","result":"{\\"phase\\":5,\\"version\\":\\"20240101\\"}","status":2,"target":"{\\"name\\":\\"cn-hongkong.10.0.0.246\\"}","type":"node"}'
  },
  { operation: GetClusterInspectConfigOperation, validate: validateGetClusterInspectConfigRequest, sample: "{}" },
  {
    operation: GetClusterInspectReportDetailOperation,
    validate: validateGetClusterInspectReportDetailRequest,
    types: [
      ["enableFilter", "boolean"],
      ["maxResults", "integer"]
    ],
    sample: "{}"
  },
  {
    operation: GetKubernetesTriggerOperation,
    validate: validateGetKubernetesTriggerRequest,
    sample: '[{"id":"1234","name":"test","cluster_id":"c259f563386444ebb8d7**","project_id":"default/test-app","type":"deployment","action":"redeploy","token":"eyJhbGci***"}]'
  },
  {
    operation: GetUpgradeStatusOperation,
    validate: validateGetUpgradeStatusRequest,
    sample: '{"error_message":"subject to actual return","precheck_report_id":"be4c8eb72de94d459ea7ace7c811d119","status":"running","upgrade_step":"prechecking","upgrade_task":{"status":"running","message":"subject to actual return"}}'
  },
  { operation: GrantPermissionsOperation, validate: validateGrantPermissionsRequest, sample: "{}" },
  { operation: InstallClusterAddonsOperation, validate: validateInstallClusterAddonsRequest, sample: "{}" },
  {
    operation: ListAddonsOperation,
    validate: validateListAddonsRequest,
    sample: '{"addons":[{"name":"arms-prometheus","version":"1.1.9","managed":false,"install_by_default":false,"category":"monitor","config_schema":"{}","supported_actions":["string"],"architecture":["string"]}]}'
  },
  {
    operation: ListClusterAddonInstancesOperation,
    validate: validateListClusterAddonInstancesRequest,
    sample: '{"addons":[{"name":"coredns","state":"active","version":"v1.9.3.10-7dfca203-aliyun"}]}'
  },
  {
    operation: ListClusterChecksOperation,
    validate: validateListClusterChecksRequest,
    sample: '{"checks":[{"check_id":"1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto","type":"ClusterUpgrade","status":"Succeeded","message":"task succeed","created_at":"2023-10-16T08:31:20.292030178Z","finished_at":"2023-10-16T08:35:20.292030178Z"}]}'
  },
  {
    operation: ListClusterInspectReportsOperation,
    validate: validateListClusterInspectReportsRequest,
    types: [["maxResults", "integer"]],
    sample: "{}"
  },
  {
    operation: ListClusterKubeconfigStatesOperation,
    validate: validateListClusterKubeconfigStatesRequest,
    types: [
      ["pageNumber", "integer"],
      ["pageSize", "integer"]
    ],
    sample: "{}"
  },
  {
    operation: ListOperationPlansOperation,
    validate: validateListOperationPlansRequest,
    sample: '{"plans":[{"plan_id":"P-655c9c127e0e6603ef00****","cluster_id":"c29ced64b3dfe4f33b57ca0aa9f68****","created":"2023-11-21T20:01:22+08:00","start_time":"2023-11-22T15:18:00+08:00","end_time":"2023-11-22T18:00:00+08:00","state":"scheduled","type":"cluster_upgrade","target_type":"cluster","target_id":"c29ced64b3dfe4f33b57ca0aa9f68****"}]}'
  },
  {
    operation: ListOperationPlansForRegionOperation,
    validate: validateListOperationPlansForRegionRequest,
    sample: "{}"
  },
  {
    operation: ListTagResourcesOperation,
    validate: validateListTagResourcesRequest,
    types: [
      ["resource_ids", "string[]"],
      ["tags", "string[]"]
    ],
    sample: '{"next_token":"c374bf4864448****","request_id":"E368C761-F8F6-4A36-9B58-BD53D5CD0CEB","tag_resources":{"tag_resource":[{"tag_key":"ack.aliyun.com","tag_value":"c71cf3d796c374bf48644482cb0c3****","resource_id":"i-xxx","resource_type":"CLUSTER"}]}}'
  },
  {
    operation: ListUserKubeConfigStatesOperation,
    validate: validateListUserKubeConfigStatesRequest,
    types: [
      ["page_number", "integer"],
      ["page_size", "integer"]
    ],
    sample: "{}"
  },
  {
    operation: MigrateClusterOperation,
    validate: validateMigrateClusterRequest,
    sample: '{"cluster_id":"c21e0591548ba4c10bdb535d6572b","request_id":"687C5BAA-D103-4993-884B-C35E4314A1E1","task_id":"T-62ccd14aacb8db06ca00****"}'
  },
  {
    operation: ModifyClusterOperation,
    validate: validateModifyClusterRequest,
    sample: '{"cluster_id":"cb95aa626a47740afbf6aa09****","request_id":"687C5BAA-D103-4993-884B-C35E4314****","task_id":"T-5a54309c80282e39ea00****"}'
  },
  { operation: ModifyClusterAddonOperation, validate: validateModifyClusterAddonRequest, sample: "{}" },
  {
    operation: ModifyClusterNodePoolOperation,
    validate: validateModifyClusterNodePoolRequest,
    sample: '{"task_id":"T-5fd211e924e1d00787000293","nodepool_id":"np31da1b38983f4511b490fc62108a****","request_id":"687C5BAA-D103-4993-884B-C35E4314****"}'
  },
  { operation: ModifyClusterTagsOperation, validate: validateModifyClusterTagsRequest, sample: "{}" },
  {
    operation: ModifyNodePoolNodeConfigOperation,
    validate: validateModifyNodePoolNodeConfigRequest,
    sample: '{"request_id":"D7631D83-6E98-1949-B665-766A62****","task_id":"T-5fd211e924e1d00787****","nodepool_id":"np737c3ac1ac684703b9e10673aa2c****"}'
  },
  {
    operation: ModifyPolicyInstanceOperation,
    validate: validateModifyPolicyInstanceRequest,
    sample: '{"instances":["string"]}'
  },
  {
    operation: OpenAckServiceOperation,
    validate: validateOpenAckServiceRequest,
    sample: '{"request_id":"20758A-585D-4A41-A9B2-28DA8F4F534F","order_id":"2067*******0374"}'
  },
  { operation: PauseClusterUpgradeOperation, validate: validatePauseClusterUpgradeRequest, sample: "{}" },
  { operation: PauseComponentUpgradeOperation, validate: validatePauseComponentUpgradeRequest, sample: "{}" },
  { operation: PauseTaskOperation, validate: validatePauseTaskRequest, sample: "{}" },
  {
    operation: RemoveNodePoolNodesOperation,
    validate: validateRemoveNodePoolNodesRequest,
    types: [
      ["release_node", "boolean"],
      ["drain_node", "boolean"],
      ["nodes", "string[]"],
      ["instance_ids", "string[]"],
      ["concurrency", "boolean"]
    ],
    sample: '{"request_id":"A9891419-D125-4D89-AFCA-68846675E2F7","task_id":"T-62a944794ee141074400****"}'
  },
  { operation: RemoveWorkflowOperation, validate: validateRemoveWorkflowRequest, sample: "{}" },
  {
    operation: RepairClusterNodePoolOperation,
    validate: validateRepairClusterNodePoolRequest,
    sample: '{"request_id":"db82195b-75a8-40e5-9be4-16f1829dc624","task_id":"T-613b19bbd160ad4928000001"}'
  },
  { operation: ResumeComponentUpgradeOperation, validate: validateResumeComponentUpgradeRequest, sample: "{}" },
  { operation: ResumeTaskOperation, validate: validateResumeTaskRequest, sample: '{"requestId":"string"}' },
  { operation: ResumeUpgradeClusterOperation, validate: validateResumeUpgradeClusterRequest, sample: "{}" },
  { operation: RevokeK8sClusterKubeConfigOperation, validate: validateRevokeK8sClusterKubeConfigRequest, sample: "{}" },
  {
    operation: RunClusterCheckOperation,
    validate: validateRunClusterCheckRequest,
    sample: '{"request_id":"F04DF81D-5C12-1524-B36A-86E02526****","check_id":"1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto"}'
  },
  { operation: RunClusterInspectOperation, validate: validateRunClusterInspectRequest, sample: "{}" },
  {
    operation: ScaleClusterNodePoolOperation,
    validate: validateScaleClusterNodePoolRequest,
    sample: '{"task_id":"T-5faa48fb31b6b8078d00****"}'
  },
  {
    operation: ScanClusterVulsOperation,
    validate: validateScanClusterVulsRequest,
    sample: '{"request_id":"687C5BAA-D103-4993-884B-C35E4314A1E1","task_id":"T-xascadasd*****"}'
  },
  { operation: StartAlertOperation, validate: validateStartAlertRequest, sample: '{"status":true,"msg":"success"}' },
  {
    operation: StartWorkflowOperation,
    validate: validateStartWorkflowRequest,
    sample: '{"JobName":"mapping-gpu-66xv7"}'
  },
  { operation: StopAlertOperation, validate: validateStopAlertRequest, sample: '{"status":false,"msg":"Success"}' },
  {
    operation: SyncClusterNodePoolOperation,
    validate: validateSyncClusterNodePoolRequest,
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF51894XXXXX"}'
  },
  {
    operation: TagResourcesOperation,
    validate: validateTagResourcesRequest,
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF51894XXXXX"}'
  },
  { operation: UnInstallClusterAddonsOperation, validate: validateUnInstallClusterAddonsRequest, sample: "{}" },
  {
    operation: UntagResourcesOperation,
    validate: validateUntagResourcesRequest,
    types: [
      ["resource_ids", "string[]"],
      ["tag_keys", "string[]"],
      ["all", "boolean"]
    ],
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF51894XXXXX"}'
  },
  {
    operation: UpdateClusterAuditLogConfigOperation,
    validate: validateUpdateClusterAuditLogConfigRequest,
    sample: "{}"
  },
  { operation: UpdateClusterInspectConfigOperation, validate: validateUpdateClusterInspectConfigRequest, sample: "{}" },
  { operation: UpdateContactGroupForAlertOperation, validate: validateUpdateContactGroupForAlertRequest, sample: "{}" },
  {
    operation: UpdateControlPlaneLogOperation,
    validate: validateUpdateControlPlaneLogRequest,
    sample: '{"cluster_id":"cb95aa626a47740afbf6aa099b650****","request_id":"687C5BAA-D103-4993-884B-C35E4314****","task_id":"T-5a54309c80282e39ea00****"}'
  },
  {
    operation: UpdateK8sClusterUserConfigExpireOperation,
    validate: validateUpdateK8sClusterUserConfigExpireRequest,
    sample: "{}"
  },
  {
    operation: UpdateResourcesDeleteProtectionOperation,
    validate: validateUpdateResourcesDeleteProtectionRequest,
    sample: '{"requestId":"0527ac9a-c899-4341-a21a-xxxxxxxxx","namespace":"default","resource_type":"string","resources":["string"],"protection":"string"}'
  },
  { operation: UpdateTemplateOperation, validate: validateUpdateTemplateRequest, sample: "{}" },
  { operation: UpdateUserPermissionsOperation, validate: validateUpdateUserPermissionsRequest, sample: "{}" },
  {
    operation: UpgradeClusterOperation,
    validate: validateUpgradeClusterRequest,
    sample: '{"cluster_id":"c82e6987e2961451182edacd74faf****","task_id":"T-5faa48fb31b6b8078d00****","request_id":"0527ac9a-c899-4341-a21a-****"}'
  },
  { operation: UpgradeClusterAddonsOperation, validate: validateUpgradeClusterAddonsRequest, sample: "{}" },
  {
    operation: UpgradeClusterNodepoolOperation,
    validate: validateUpgradeClusterNodepoolRequest,
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF518944****","task_id":"T-5fd211e924e1d0078700****"}'
  }
];
function startMockServer(options = {}) {
  return startApiMock(MOCK_ROUTES, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MOCK_ROUTES,
  startMockServer
});
