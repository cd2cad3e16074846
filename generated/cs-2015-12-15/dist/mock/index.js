// generated:/src/runtime/env.ts
var processLike = () => globalThis.process;
function isNode() {
  return typeof processLike()?.versions?.node === "string";
}

// generated:/src/runtime/limits.ts
var DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
var MAX_RESPONSE_BYTES_LIMIT = 256 * 1024 * 1024;

// generated:/src/runtime/options.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
var LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
var BARE_HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`);

// generated:/src/runtime/transport-fetch.ts
var FETCH_OWNED_HEADERS = new Set(
  isNode() ? ["host", "content-length"] : ["host", "content-length", "user-agent"]
);

// generated:/src/runtime/validation.ts
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

// generated:/src/runtime/http1.ts
var MAX_HEAD_BYTES = 16 * 1024;

// generated:/src/validators.ts
function validateAttachInstancesRequest(value) {
  return resultOf(value, checkAttachInstancesRequest);
}
function validateAttachInstancesToNodePoolRequest(value) {
  return resultOf(value, checkAttachInstancesToNodePoolRequest);
}
function validateCancelClusterUpgradeRequest(value) {
  return resultOf(value, checkCancelClusterUpgradeRequest);
}
function validateCancelComponentUpgradeRequest(value) {
  return resultOf(value, checkCancelComponentUpgradeRequest);
}
function validateCancelOperationPlanRequest(value) {
  return resultOf(value, checkCancelOperationPlanRequest);
}
function validateCancelTaskRequest(value) {
  return resultOf(value, checkCancelTaskRequest);
}
function validateCancelWorkflowRequest(value) {
  return resultOf(value, checkCancelWorkflowRequest);
}
function validateCheckControlPlaneLogEnableRequest(value) {
  return resultOf(value, checkCheckControlPlaneLogEnableRequest);
}
function validateCheckServiceRoleRequest(value) {
  return resultOf(value, checkCheckServiceRoleRequest);
}
function validateCleanClusterUserPermissionsRequest(value) {
  return resultOf(value, checkCleanClusterUserPermissionsRequest);
}
function validateCleanUserPermissionsRequest(value) {
  return resultOf(value, checkCleanUserPermissionsRequest);
}
function validateCreateAutoscalingConfigRequest(value) {
  return resultOf(value, checkCreateAutoscalingConfigRequest);
}
function validateCreateClusterRequest(value) {
  return resultOf(value, checkCreateClusterRequest);
}
function validateCreateClusterDiagnosisRequest(value) {
  return resultOf(value, checkCreateClusterDiagnosisRequest);
}
function validateCreateClusterInspectConfigRequest(value) {
  return resultOf(value, checkCreateClusterInspectConfigRequest);
}
function validateCreateClusterNodePoolRequest(value) {
  return resultOf(value, checkCreateClusterNodePoolRequest);
}
function validateCreateKubernetesTriggerRequest(value) {
  return resultOf(value, checkCreateKubernetesTriggerRequest);
}
function validateCreateTemplateRequest(value) {
  return resultOf(value, checkCreateTemplateRequest);
}
function validateCreateTriggerRequest(value) {
  return resultOf(value, checkCreateTriggerRequest);
}
function validateDeleteAlertContactRequest(value) {
  return resultOf(value, checkDeleteAlertContactRequest);
}
function validateDeleteAlertContactGroupRequest(value) {
  return resultOf(value, checkDeleteAlertContactGroupRequest);
}
function validateDeleteClusterRequest(value) {
  return resultOf(value, checkDeleteClusterRequest);
}
function validateDeleteClusterInspectConfigRequest(value) {
  return resultOf(value, checkDeleteClusterInspectConfigRequest);
}
function validateDeleteClusterNodepoolRequest(value) {
  return resultOf(value, checkDeleteClusterNodepoolRequest);
}
function validateDeleteClusterNodesRequest(value) {
  return resultOf(value, checkDeleteClusterNodesRequest);
}
function validateDeleteKubernetesTriggerRequest(value) {
  return resultOf(value, checkDeleteKubernetesTriggerRequest);
}
function validateDeletePolicyInstanceRequest(value) {
  return resultOf(value, checkDeletePolicyInstanceRequest);
}
function validateDeleteTemplateRequest(value) {
  return resultOf(value, checkDeleteTemplateRequest);
}
function validateDeleteTriggerRequest(value) {
  return resultOf(value, checkDeleteTriggerRequest);
}
function validateDeployPolicyInstanceRequest(value) {
  return resultOf(value, checkDeployPolicyInstanceRequest);
}
function validateDescirbeWorkflowRequest(value) {
  return resultOf(value, checkDescirbeWorkflowRequest);
}
function validateDescribeAddonRequest(value) {
  return resultOf(value, checkDescribeAddonRequest);
}
function validateDescribeAddonsRequest(value) {
  return resultOf(value, checkDescribeAddonsRequest);
}
function validateDescribeClusterAddonInstanceRequest(value) {
  return resultOf(value, checkDescribeClusterAddonInstanceRequest);
}
function validateDescribeClusterAddonMetadataRequest(value) {
  return resultOf(value, checkDescribeClusterAddonMetadataRequest);
}
function validateDescribeClusterAddonUpgradeStatusRequest(value) {
  return resultOf(value, checkDescribeClusterAddonUpgradeStatusRequest);
}
function validateDescribeClusterAddonsUpgradeStatusRequest(value) {
  return resultOf(value, checkDescribeClusterAddonsUpgradeStatusRequest);
}
function validateDescribeClusterAddonsVersionRequest(value) {
  return resultOf(value, checkDescribeClusterAddonsVersionRequest);
}
function validateDescribeClusterAttachScriptsRequest(value) {
  return resultOf(value, checkDescribeClusterAttachScriptsRequest);
}
function validateDescribeClusterDetailRequest(value) {
  return resultOf(value, checkDescribeClusterDetailRequest);
}
function validateDescribeClusterEventsRequest(value) {
  return resultOf(value, checkDescribeClusterEventsRequest);
}
function validateDescribeClusterLogsRequest(value) {
  return resultOf(value, checkDescribeClusterLogsRequest);
}
function validateDescribeClusterNodePoolDetailRequest(value) {
  return resultOf(value, checkDescribeClusterNodePoolDetailRequest);
}
function validateDescribeClusterNodePoolsRequest(value) {
  return resultOf(value, checkDescribeClusterNodePoolsRequest);
}
function validateDescribeClusterNodesRequest(value) {
  return resultOf(value, checkDescribeClusterNodesRequest);
}
function validateDescribeClusterResourcesRequest(value) {
  return resultOf(value, checkDescribeClusterResourcesRequest);
}
function validateDescribeClusterTasksRequest(value) {
  return resultOf(value, checkDescribeClusterTasksRequest);
}
function validateDescribeClusterUserKubeconfigRequest(value) {
  return resultOf(value, checkDescribeClusterUserKubeconfigRequest);
}
function validateDescribeClusterV2UserKubeconfigRequest(value) {
  return resultOf(value, checkDescribeClusterV2UserKubeconfigRequest);
}
function validateDescribeClusterVulsRequest(value) {
  return resultOf(value, checkDescribeClusterVulsRequest);
}
function validateDescribeClustersRequest(value) {
  return resultOf(value, checkDescribeClustersRequest);
}
function validateDescribeClustersForRegionRequest(value) {
  return resultOf(value, checkDescribeClustersForRegionRequest);
}
function validateDescribeClustersV1Request(value) {
  return resultOf(value, checkDescribeClustersV1Request);
}
function validateDescribeEventsRequest(value) {
  return resultOf(value, checkDescribeEventsRequest);
}
function validateDescribeEventsForRegionRequest(value) {
  return resultOf(value, checkDescribeEventsForRegionRequest);
}
function validateDescribeExternalAgentRequest(value) {
  return resultOf(value, checkDescribeExternalAgentRequest);
}
function validateDescribeKubernetesVersionMetadataRequest(value) {
  return resultOf(value, checkDescribeKubernetesVersionMetadataRequest);
}
function validateDescribeNodePoolVulsRequest(value) {
  return resultOf(value, checkDescribeNodePoolVulsRequest);
}
function validateDescribePoliciesRequest(value) {
  return resultOf(value, checkDescribePoliciesRequest);
}
function validateDescribePolicyDetailsRequest(value) {
  return resultOf(value, checkDescribePolicyDetailsRequest);
}
function validateDescribePolicyGovernanceInClusterRequest(value) {
  return resultOf(value, checkDescribePolicyGovernanceInClusterRequest);
}
function validateDescribePolicyInstancesRequest(value) {
  return resultOf(value, checkDescribePolicyInstancesRequest);
}
function validateDescribePolicyInstancesStatusRequest(value) {
  return resultOf(value, checkDescribePolicyInstancesStatusRequest);
}
function validateDescribeResourcesDeleteProtectionRequest(value) {
  return resultOf(value, checkDescribeResourcesDeleteProtectionRequest);
}
function validateDescribeSubaccountK8sClusterUserConfigRequest(value) {
  return resultOf(
    value,
    checkDescribeSubaccountK8sClusterUserConfigRequest
  );
}
function validateDescribeTaskInfoRequest(value) {
  return resultOf(value, checkDescribeTaskInfoRequest);
}
function validateDescribeTemplateAttributeRequest(value) {
  return resultOf(value, checkDescribeTemplateAttributeRequest);
}
function validateDescribeTemplatesRequest(value) {
  return resultOf(value, checkDescribeTemplatesRequest);
}
function validateDescribeTriggerRequest(value) {
  return resultOf(value, checkDescribeTriggerRequest);
}
function validateDescribeUserClusterNamespacesRequest(value) {
  return resultOf(value, checkDescribeUserClusterNamespacesRequest);
}
function validateDescribeUserPermissionRequest(value) {
  return resultOf(value, checkDescribeUserPermissionRequest);
}
function validateDescribeUserQuotaRequest(value) {
  return resultOf(value, checkDescribeUserQuotaRequest);
}
function validateDescribeWorkflowsRequest(value) {
  return resultOf(value, checkDescribeWorkflowsRequest);
}
function validateFixNodePoolVulsRequest(value) {
  return resultOf(value, checkFixNodePoolVulsRequest);
}
function validateGetClusterAddonInstanceRequest(value) {
  return resultOf(value, checkGetClusterAddonInstanceRequest);
}
function validateGetClusterAuditProjectRequest(value) {
  return resultOf(value, checkGetClusterAuditProjectRequest);
}
function validateGetClusterCheckRequest(value) {
  return resultOf(value, checkGetClusterCheckRequest);
}
function validateGetClusterDiagnosisCheckItemsRequest(value) {
  return resultOf(value, checkGetClusterDiagnosisCheckItemsRequest);
}
function validateGetClusterDiagnosisResultRequest(value) {
  return resultOf(value, checkGetClusterDiagnosisResultRequest);
}
function validateGetClusterInspectConfigRequest(value) {
  return resultOf(value, checkGetClusterInspectConfigRequest);
}
function validateGetClusterInspectReportDetailRequest(value) {
  return resultOf(value, checkGetClusterInspectReportDetailRequest);
}
function validateGetKubernetesTriggerRequest(value) {
  return resultOf(value, checkGetKubernetesTriggerRequest);
}
function validateGetUpgradeStatusRequest(value) {
  return resultOf(value, checkGetUpgradeStatusRequest);
}
function validateGrantPermissionsRequest(value) {
  return resultOf(value, checkGrantPermissionsRequest);
}
function validateInstallClusterAddonsRequest(value) {
  return resultOf(value, checkInstallClusterAddonsRequest);
}
function validateListAddonsRequest(value) {
  return resultOf(value, checkListAddonsRequest);
}
function validateListClusterAddonInstancesRequest(value) {
  return resultOf(value, checkListClusterAddonInstancesRequest);
}
function validateListClusterChecksRequest(value) {
  return resultOf(value, checkListClusterChecksRequest);
}
function validateListClusterInspectReportsRequest(value) {
  return resultOf(value, checkListClusterInspectReportsRequest);
}
function validateListClusterKubeconfigStatesRequest(value) {
  return resultOf(value, checkListClusterKubeconfigStatesRequest);
}
function validateListOperationPlansRequest(value) {
  return resultOf(value, checkListOperationPlansRequest);
}
function validateListOperationPlansForRegionRequest(value) {
  return resultOf(value, checkListOperationPlansForRegionRequest);
}
function validateListTagResourcesRequest(value) {
  return resultOf(value, checkListTagResourcesRequest);
}
function validateListUserKubeConfigStatesRequest(value) {
  return resultOf(value, checkListUserKubeConfigStatesRequest);
}
function validateMigrateClusterRequest(value) {
  return resultOf(value, checkMigrateClusterRequest);
}
function validateModifyClusterRequest(value) {
  return resultOf(value, checkModifyClusterRequest);
}
function validateModifyClusterAddonRequest(value) {
  return resultOf(value, checkModifyClusterAddonRequest);
}
function validateModifyClusterNodePoolRequest(value) {
  return resultOf(value, checkModifyClusterNodePoolRequest);
}
function validateModifyClusterTagsRequest(value) {
  return resultOf(value, checkModifyClusterTagsRequest);
}
function validateModifyNodePoolNodeConfigRequest(value) {
  return resultOf(value, checkModifyNodePoolNodeConfigRequest);
}
function validateModifyPolicyInstanceRequest(value) {
  return resultOf(value, checkModifyPolicyInstanceRequest);
}
function validateOpenAckServiceRequest(value) {
  return resultOf(value, checkOpenAckServiceRequest);
}
function validatePauseClusterUpgradeRequest(value) {
  return resultOf(value, checkPauseClusterUpgradeRequest);
}
function validatePauseComponentUpgradeRequest(value) {
  return resultOf(value, checkPauseComponentUpgradeRequest);
}
function validatePauseTaskRequest(value) {
  return resultOf(value, checkPauseTaskRequest);
}
function validateRemoveNodePoolNodesRequest(value) {
  return resultOf(value, checkRemoveNodePoolNodesRequest);
}
function validateRemoveWorkflowRequest(value) {
  return resultOf(value, checkRemoveWorkflowRequest);
}
function validateRepairClusterNodePoolRequest(value) {
  return resultOf(value, checkRepairClusterNodePoolRequest);
}
function validateResumeComponentUpgradeRequest(value) {
  return resultOf(value, checkResumeComponentUpgradeRequest);
}
function validateResumeTaskRequest(value) {
  return resultOf(value, checkResumeTaskRequest);
}
function validateResumeUpgradeClusterRequest(value) {
  return resultOf(value, checkResumeUpgradeClusterRequest);
}
function validateRevokeK8sClusterKubeConfigRequest(value) {
  return resultOf(value, checkRevokeK8sClusterKubeConfigRequest);
}
function validateRunClusterCheckRequest(value) {
  return resultOf(value, checkRunClusterCheckRequest);
}
function validateRunClusterInspectRequest(value) {
  return resultOf(value, checkRunClusterInspectRequest);
}
function validateScaleClusterNodePoolRequest(value) {
  return resultOf(value, checkScaleClusterNodePoolRequest);
}
function validateScanClusterVulsRequest(value) {
  return resultOf(value, checkScanClusterVulsRequest);
}
function validateStartAlertRequest(value) {
  return resultOf(value, checkStartAlertRequest);
}
function validateStartWorkflowRequest(value) {
  return resultOf(value, checkStartWorkflowRequest);
}
function validateStopAlertRequest(value) {
  return resultOf(value, checkStopAlertRequest);
}
function validateSyncClusterNodePoolRequest(value) {
  return resultOf(value, checkSyncClusterNodePoolRequest);
}
function validateTagResourcesRequest(value) {
  return resultOf(value, checkTagResourcesRequest);
}
function validateUnInstallClusterAddonsRequest(value) {
  return resultOf(value, checkUnInstallClusterAddonsRequest);
}
function validateUntagResourcesRequest(value) {
  return resultOf(value, checkUntagResourcesRequest);
}
function validateUpdateClusterAuditLogConfigRequest(value) {
  return resultOf(value, checkUpdateClusterAuditLogConfigRequest);
}
function validateUpdateClusterInspectConfigRequest(value) {
  return resultOf(value, checkUpdateClusterInspectConfigRequest);
}
function validateUpdateContactGroupForAlertRequest(value) {
  return resultOf(value, checkUpdateContactGroupForAlertRequest);
}
function validateUpdateControlPlaneLogRequest(value) {
  return resultOf(value, checkUpdateControlPlaneLogRequest);
}
function validateUpdateK8sClusterUserConfigExpireRequest(value) {
  return resultOf(value, checkUpdateK8sClusterUserConfigExpireRequest);
}
function validateUpdateResourcesDeleteProtectionRequest(value) {
  return resultOf(value, checkUpdateResourcesDeleteProtectionRequest);
}
function validateUpdateTemplateRequest(value) {
  return resultOf(value, checkUpdateTemplateRequest);
}
function validateUpdateUserPermissionsRequest(value) {
  return resultOf(value, checkUpdateUserPermissionsRequest);
}
function validateUpgradeClusterRequest(value) {
  return resultOf(value, checkUpgradeClusterRequest);
}
function validateUpgradeClusterAddonsRequest(value) {
  return resultOf(value, checkUpgradeClusterAddonsRequest);
}
function validateUpgradeClusterNodepoolRequest(value) {
  return resultOf(value, checkUpgradeClusterNodepoolRequest);
}
function issuesOf(value, check) {
  const run = { issues: [], path: [] };
  check(value, run, 0);
  return run.issues;
}
function resultOf(value, check) {
  const issues = issuesOf(value, check);
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}
function pointerToken(token) {
  if (typeof token === "number" || token.indexOf("~") === -1 && token.indexOf("/") === -1) return String(token);
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function report(run, depth, code, message, last) {
  let path = "";
  for (let i = 0; i < depth; i++) path += "/" + pointerToken(run.path[i] ?? "");
  if (last !== void 0) path += "/" + pointerToken(last);
  run.issues.push({ path, code, message });
  return false;
}
function fieldReport(f, i, code, message) {
  return report(f.run, f.depth, code, message, f.names[i]);
}
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "a non-finite number";
    if (!Number.isInteger(value)) return "number";
    return Number.isSafeInteger(value) ? "integer" : "an integer beyond 2^53-1 in magnitude";
  }
  const type = typeof value;
  return type === "string" || type === "boolean" || type === "object" || type === "undefined" ? type : "other";
}
function expected(type, value, suffix = "") {
  return "expected " + type + ", got " + kindOf(value) + suffix;
}
function objectSpec(typeName, list, handlers = [], declared = -1) {
  return {
    typeName,
    list,
    handlers,
    declared,
    table: void 0,
    keys: [],
    positions: [],
    visit: void 0,
    unknown: void 0
  };
}
function fieldTable({ list, handlers, declared }) {
  const entries = list === "" ? [] : list.slice(1).split(list.charAt(0));
  const names = entries.map((entry) => entry.slice(1));
  const kinds = entries.map((entry) => entry.charCodeAt(0) | 32);
  const required = entries.map((entry) => (entry.charCodeAt(0) & 32) === 0);
  let next = 0;
  const fieldHandlers = kinds.map(
    (kind) => "eolx".includes(String.fromCharCode(kind)) ? handlers[next++] : void 0
  );
  return {
    names,
    kinds,
    required,
    requiredPositions: required.flatMap((isRequired, position) => isRequired ? [position] : []),
    handlers: fieldHandlers,
    enumMessages: kinds.map(
      (kind, i) => kind === 101 ? "must be one of " + fieldHandlers[i].map((v) => JSON.stringify(v)).join(", ") : void 0
    ),
    positions: new Map(names.map((name, position) => [name, position])),
    absent: names.map(() => void 0),
    declared: declared < 0 ? names.length : declared
  };
}
function fieldsOf(value, run, depth, spec) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    report(run, depth, "type", expected("object", value));
    return void 0;
  }
  const table = spec.table ??= fieldTable(spec);
  const { keys, positions, unknown } = spec;
  const visit = spec.visit ?? table.requiredPositions;
  const object = value;
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
    unknown
  };
}
function readField(f, key, value) {
  const i = f.count++;
  if (f.keys[i] !== key) f.inOrder = false;
  else {
    const position = f.positions[i];
    if (position >= 0) f.values[position] = value;
  }
}
function checkFields(f) {
  if (!f.inOrder || f.count !== f.keys.length) readByName(f);
  const { run, depth, spec, values, names, visit } = f;
  const { kinds, required, handlers, enumMessages } = spec.table;
  for (let v = 0; v < visit.length; v++) {
    const i = visit[v];
    const field = values[i];
    if (field === void 0) {
      if (required[i]) fieldReport(f, i, "required", "is required");
      continue;
    }
    const handler = handlers[i];
    switch (kinds[i]) {
      case 115:
        if (typeof field !== "string") fieldReport(f, i, "type", expected("string", field));
        break;
      case 105:
        if (!Number.isSafeInteger(field)) fieldReport(f, i, "type", expected("integer", field));
        break;
      case 110:
        if (!Number.isFinite(field)) fieldReport(f, i, "type", expected("number", field));
        break;
      case 98:
        if (typeof field !== "boolean") fieldReport(f, i, "type", expected("boolean", field));
        break;
      case 109:
        if (typeof field !== "object" || field === null || Array.isArray(field))
          fieldReport(f, i, "type", expected("object", field));
        break;
      case 101:
        if (typeof field !== "string") fieldReport(f, i, "type", expected("string", field));
        else if (!handler.includes(field)) fieldReport(f, i, "enum", enumMessages[i]);
        break;
      case 111:
        run.path[depth] = names[i];
        handler(field, run, depth + 1);
        break;
      case 97:
        if (!Array.isArray(field)) {
          fieldReport(f, i, "type", expected("array", field));
          break;
        }
        for (let j = 0; j < field.length; j++) {
          const item = field[j];
          if (typeof item === "string") continue;
          run.path[depth] = names[i];
          report(run, depth + 1, "type", expected("string", item), j);
        }
        break;
      case 108:
        if (!Array.isArray(field)) {
          fieldReport(f, i, "type", expected("array", field));
          break;
        }
        run.path[depth] = names[i];
        for (let j = 0; j < field.length; j++) {
          run.path[depth + 1] = j;
          handler(field[j], run, depth + 2);
        }
        break;
      case 120:
        handler(f, i);
    }
  }
  const unknown = f.unknown;
  if (spec.typeName !== void 0 && unknown !== void 0)
    for (let i = 0; i < unknown.length; i++)
      report(run, depth, "unknown_property", "is not a property of " + spec.typeName, unknown[i]);
}
function readByName(f) {
  const { spec, object } = f;
  const table = spec.table;
  const values = table.absent.slice();
  const keys = Object.keys(object);
  const positions = [];
  let unknown;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const position = table.positions.get(key) ?? -1;
    positions.push(position);
    if (position >= 0) values[position] = object[key];
    if (position < 0 || position >= table.declared) (unknown ??= []).push(key);
  }
  const visit = [.../* @__PURE__ */ new Set([...table.requiredPositions, ...positions.filter((p) => p >= 0 && p < table.declared)])];
  visit.sort((a, b) => a - b);
  spec.keys = keys;
  spec.positions = positions;
  spec.visit = visit;
  spec.unknown = unknown;
  f.values = values;
  f.visit = visit;
  f.unknown = unknown;
}
function stringField(f, i) {
  const value = f.values[i];
  return typeof value === "string" || value !== void 0 && fieldReport(f, i, "type", expected("string", value));
}
function integerField(f, i) {
  const value = f.values[i];
  return Number.isSafeInteger(value) || value !== void 0 && fieldReport(f, i, "type", expected("integer", value));
}
function objectField(f, i) {
  const value = f.values[i];
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return true;
  return value !== void 0 && fieldReport(f, i, "type", expected("object", value));
}
function arrayField(f, i, minItems = 0, maxItems = Infinity) {
  const value = f.values[i];
  if (!Array.isArray(value)) {
    if (value !== void 0) fieldReport(f, i, "type", expected("array", value));
    return void 0;
  }
  if (value.length < minItems)
    fieldReport(f, i, "min_items", "must have at least " + minItems + (minItems === 1 ? " item" : " items"));
  if (value.length > maxItems)
    fieldReport(f, i, "max_items", "must have at most " + maxItems + (maxItems === 1 ? " item" : " items"));
  return value;
}
function stringsField(f, i, minItems, maxItems) {
  const items = arrayField(f, i, minItems, maxItems);
  if (items === void 0) return;
  for (let j = 0; j < items.length; j++) {
    const item = items[j];
    if (typeof item !== "string") {
      f.run.path[f.depth] = f.names[i];
      report(f.run, f.depth + 1, "type", expected("string", item), j);
    }
  }
}
function objectsField(f, i, check, minItems, maxItems) {
  const items = arrayField(f, i, minItems, maxItems);
  if (items === void 0) return;
  const { run, depth } = f;
  run.path[depth] = f.names[i];
  for (let j = 0; j < items.length; j++) {
    run.path[depth + 1] = j;
    check(items[j], run, depth + 2);
  }
}
function minimum(f, i, bound) {
  if (f.values[i] < bound) fieldReport(f, i, "minimum", "must be greater than or equal to " + bound);
}
function maximum(f, i, bound) {
  if (f.values[i] > bound) fieldReport(f, i, "maximum", "must be less than or equal to " + bound);
}
function minLength(f, i, min) {
  const value = f.values[i];
  if (value.length < min || value.length < 2 * min && codePointLength(value) < min)
    fieldReport(f, i, "min_length", "must be at least " + min + (min === 1 ? " character" : " characters") + " long");
}
function maxLength(f, i, max) {
  const value = f.values[i];
  if (value.length > max && codePointLength(value) > max)
    fieldReport(f, i, "max_length", "must be at most " + max + (max === 1 ? " character" : " characters") + " long");
}
function lessOrEqual(f, left, right) {
  const a = f.values[left];
  const b = f.values[right];
  if (typeof a === "number" && typeof b === "number" && a > b)
    fieldReport(f, left, "less_or_equal", "must be less than or equal to " + f.names[right]);
}
var VALUES1 = ["namespaces", "services"];
var VALUES2 = ["delete", "patch", "apply"];
var VALUES3 = ["ipv4", "dual"];
var VALUES4 = ["static", "none"];
var VALUES5 = ["PrePaid", "PostPaid"];
var VALUES6 = ["Month", "Week"];
var VALUES7 = [1, 2, 3, 4];
var VALUES8 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60];
var VALUES9 = [1, 2, 3, 6, 12];
var VALUES10 = ["PrivatePoolOnly", "PrivatePoolFirst", "None"];
var VALUES11 = ["true", "false"];
var VALUES12 = ["optional", "required"];
var VALUES13 = ["append", "overwrite"];
var PATTERN1 = /* @__PURE__ */ new RegExp("^[^-]", "u");
var VALUES14 = ["PrivatePoolFirst", "PrivatePoolOnly", "None"];
var VALUES15 = ["NoSchedule", "NoExecute", "PreferNoSchedule"];
var VALUES16 = ["services", "namespaces"];
var VALUES17 = ["FirstBatch", "EveryBatch", "NotPause"];
var stringMinLength1Field = (f, i) => {
  if (stringField(f, i)) {
    minLength(f, i, 1);
  }
};
var integerArrayField = (f, i) => {
  const a1 = arrayField(f, i);
  if (a1 !== void 0) {
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      f.run.path[f.depth] = f.names[i];
      f.run.path[f.depth + 1] = i1;
      if (typeof e1 !== "number" || !Number.isSafeInteger(e1)) {
        report(f.run, f.depth + 2, "type", expected("integer", e1));
      }
    }
  }
};
var integerInt32Field = (f, i) => {
  if (integerField(f, i)) {
    const v1 = f.values[i];
    if (!(v1 >= -2147483648 && v1 <= 2147483647)) {
      fieldReport(f, i, "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
    }
  }
};
var integerMinimum0Maximum2000Field = (f, i) => {
  if (integerField(f, i)) {
    minimum(f, i, 0);
    maximum(f, i, 2e3);
  }
};
var integerMinimum0Field = (f, i) => {
  if (integerField(f, i)) {
    minimum(f, i, 0);
  }
};
var stringByteField = (f, i) => {
  if (stringField(f, i)) {
    const v1 = f.values[i];
    if (!isBase64(v1)) {
      fieldReport(f, i, "format", "must be a valid base64 string (RFC 4648, padded)");
    }
  }
};
var stringMapField = (f, i) => {
  if (objectField(f, i)) {
    const m1 = f.values[i];
    const k1 = Object.keys(m1);
    for (let i1 = 0; i1 < k1.length; i1++) {
      const key1 = k1[i1];
      const e1 = m1[key1];
      f.run.path[f.depth] = f.names[i];
      f.run.path[f.depth + 1] = key1;
      if (typeof e1 !== "string") {
        report(f.run, f.depth + 2, "type", expected("string", e1));
      }
    }
  }
};
var stringArrayMaxItems10Field = (f, i) => {
  stringsField(f, i, 0, 10);
};
var integerMinimum20Maximum2048Field = (f, i) => {
  if (integerField(f, i)) {
    minimum(f, i, 20);
    maximum(f, i, 2048);
  }
};
var stringMaxLength30Field = (f, i) => {
  if (stringField(f, i)) {
    maxLength(f, i, 30);
  }
};
var fieldsAttachInstancesRequest = /* @__PURE__ */ objectSpec("AttachInstancesRequest", " SClusterId Obody", [
  checkAttachInstancesBody
]);
var fieldsAttachInstancesToNodePoolRequest = /* @__PURE__ */ objectSpec(
  "AttachInstancesToNodePoolRequest",
  " SClusterId SNodepoolId obody",
  [checkAttachInstancesToNodePoolBody]
);
var fieldsCancelClusterUpgradeRequest = /* @__PURE__ */ objectSpec("CancelClusterUpgradeRequest", " SClusterId");
var fieldsCancelComponentUpgradeRequest = /* @__PURE__ */ objectSpec(
  "CancelComponentUpgradeRequest",
  " SclusterId ScomponentId"
);
var fieldsCancelOperationPlanRequest = /* @__PURE__ */ objectSpec("CancelOperationPlanRequest", " Splan_id");
var fieldsCancelTaskRequest = /* @__PURE__ */ objectSpec("CancelTaskRequest", " Stask_id");
var fieldsCancelWorkflowRequest = /* @__PURE__ */ objectSpec("CancelWorkflowRequest", " SworkflowName Obody", [
  checkCancelWorkflowBody
]);
var fieldsCheckControlPlaneLogEnableRequest = /* @__PURE__ */ objectSpec(
  "CheckControlPlaneLogEnableRequest",
  " SClusterId"
);
var fieldsCheckServiceRoleRequest = /* @__PURE__ */ objectSpec("CheckServiceRoleRequest", " Obody", [
  checkCheckServiceRoleBody
]);
var fieldsCleanClusterUserPermissionsRequest = /* @__PURE__ */ objectSpec(
  "CleanClusterUserPermissionsRequest",
  " SClusterId SUid bForce"
);
var fieldsCleanUserPermissionsRequest = /* @__PURE__ */ objectSpec(
  "CleanUserPermissionsRequest",
  " SUid bForce aClusterIds"
);
var fieldsCreateAutoscalingConfigRequest = /* @__PURE__ */ objectSpec(
  "CreateAutoscalingConfigRequest",
  " SClusterId obody",
  [checkCreateAutoscalingConfigBody]
);
var fieldsCreateClusterRequest = /* @__PURE__ */ objectSpec("CreateClusterRequest", " Obody", [
  checkCreateClusterBody
]);
var fieldsCreateClusterDiagnosisRequest = /* @__PURE__ */ objectSpec(
  "CreateClusterDiagnosisRequest",
  " Scluster_id obody",
  [checkCreateClusterDiagnosisBody]
);
var fieldsCreateClusterInspectConfigRequest = /* @__PURE__ */ objectSpec(
  "CreateClusterInspectConfigRequest",
  " SclusterId Obody",
  [checkCreateClusterInspectConfigBody]
);
var fieldsCreateClusterNodePoolRequest = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolRequest",
  " XClusterId obody",
  [stringMinLength1Field, checkCreateClusterNodePoolBody]
);
var fieldsCreateKubernetesTriggerRequest = /* @__PURE__ */ objectSpec("CreateKubernetesTriggerRequest", " Obody", [
  checkCreateKubernetesTriggerBody
]);
var fieldsCreateTemplateRequest = /* @__PURE__ */ objectSpec("CreateTemplateRequest", " Obody", [
  checkCreateTemplateBody
]);
var fieldsCreateTriggerRequest = /* @__PURE__ */ objectSpec("CreateTriggerRequest", " Scluster_id Obody", [
  checkCreateTriggerBody
]);
var fieldsDeleteAlertContactRequest = /* @__PURE__ */ objectSpec("DeleteAlertContactRequest", " Xcontact_ids", [
  integerArrayField
]);
var fieldsDeleteAlertContactGroupRequest = /* @__PURE__ */ objectSpec(
  "DeleteAlertContactGroupRequest",
  " Xcontact_group_ids",
  [integerArrayField]
);
var fieldsDeleteClusterRequest = /* @__PURE__ */ objectSpec(
  "DeleteClusterRequest",
  " SClusterId bretain_all_resources bkeep_slb aretain_resources ldelete_options",
  [checkDeleteClusterDeleteOptionsItem]
);
var fieldsDeleteClusterInspectConfigRequest = /* @__PURE__ */ objectSpec(
  "DeleteClusterInspectConfigRequest",
  " SclusterId"
);
var fieldsDeleteClusterNodepoolRequest = /* @__PURE__ */ objectSpec(
  "DeleteClusterNodepoolRequest",
  " XClusterId XNodepoolId bforce",
  [stringMinLength1Field, stringMinLength1Field]
);
var fieldsDeleteClusterNodesRequest = /* @__PURE__ */ objectSpec("DeleteClusterNodesRequest", " SClusterId Obody", [
  checkDeleteClusterNodesBody
]);
var fieldsDeleteKubernetesTriggerRequest = /* @__PURE__ */ objectSpec("DeleteKubernetesTriggerRequest", " SId");
var fieldsDeletePolicyInstanceRequest = /* @__PURE__ */ objectSpec(
  "DeletePolicyInstanceRequest",
  " Scluster_id Spolicy_name sinstance_name"
);
var fieldsDeleteTemplateRequest = /* @__PURE__ */ objectSpec("DeleteTemplateRequest", " STemplateId");
var fieldsDeleteTriggerRequest = /* @__PURE__ */ objectSpec("DeleteTriggerRequest", " Scluster_id SId");
var fieldsDeployPolicyInstanceRequest = /* @__PURE__ */ objectSpec(
  "DeployPolicyInstanceRequest",
  " Scluster_id Spolicy_name obody",
  [checkDeployPolicyInstanceBody]
);
var fieldsDescirbeWorkflowRequest = /* @__PURE__ */ objectSpec("DescirbeWorkflowRequest", " SworkflowName");
var fieldsDescribeAddonRequest = /* @__PURE__ */ objectSpec(
  "DescribeAddonRequest",
  " Saddon_name sregion_id scluster_type sprofile scluster_spec scluster_version scluster_id sversion"
);
var fieldsDescribeAddonsRequest = /* @__PURE__ */ objectSpec(
  "DescribeAddonsRequest",
  " Sregion scluster_type scluster_profile scluster_spec scluster_version"
);
var fieldsDescribeClusterAddonInstanceRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterAddonInstanceRequest",
  " SClusterID SAddonName"
);
var fieldsDescribeClusterAddonMetadataRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterAddonMetadataRequest",
  " Scluster_id Scomponent_id sversion"
);
var fieldsDescribeClusterAddonUpgradeStatusRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterAddonUpgradeStatusRequest",
  " SClusterId SComponentId"
);
var fieldsDescribeClusterAddonsUpgradeStatusRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterAddonsUpgradeStatusRequest",
  " SClusterId AcomponentIds"
);
var fieldsDescribeClusterAddonsVersionRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterAddonsVersionRequest",
  " SClusterId"
);
var fieldsDescribeClusterAttachScriptsRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterAttachScriptsRequest",
  " SClusterId obody",
  [checkDescribeClusterAttachScriptsBody]
);
var fieldsDescribeClusterDetailRequest = /* @__PURE__ */ objectSpec("DescribeClusterDetailRequest", " SClusterId");
var fieldsDescribeClusterEventsRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterEventsRequest",
  " SClusterId ipage_size ipage_number stask_id"
);
var fieldsDescribeClusterLogsRequest = /* @__PURE__ */ objectSpec("DescribeClusterLogsRequest", " SClusterId");
var fieldsDescribeClusterNodePoolDetailRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterNodePoolDetailRequest",
  " XClusterId XNodepoolId",
  [stringMinLength1Field, stringMinLength1Field]
);
var fieldsDescribeClusterNodePoolsRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterNodePoolsRequest",
  " XClusterId sNodepoolName",
  [stringMinLength1Field]
);
var fieldsDescribeClusterNodesRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterNodesRequest",
  " SClusterId sinstanceIds snodepool_id sstate spageSize spageNumber"
);
var fieldsDescribeClusterResourcesRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterResourcesRequest",
  " SClusterId bwith_addon_resources"
);
var fieldsDescribeClusterTasksRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterTasksRequest",
  " Scluster_id xpage_size xpage_number",
  [integerInt32Field, integerInt32Field]
);
var fieldsDescribeClusterUserKubeconfigRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterUserKubeconfigRequest",
  " SClusterId bPrivateIpAddress iTemporaryDurationMinutes"
);
var fieldsDescribeClusterV2UserKubeconfigRequest = /* @__PURE__ */ objectSpec(
  "DescribeClusterV2UserKubeconfigRequest",
  " SClusterId bPrivateIpAddress iTemporaryDurationMinutes"
);
var fieldsDescribeClusterVulsRequest = /* @__PURE__ */ objectSpec("DescribeClusterVulsRequest", " Scluster_id");
var fieldsDescribeClustersRequest = /* @__PURE__ */ objectSpec(
  "DescribeClustersRequest",
  " sname sclusterType sresource_group_id"
);
var fieldsDescribeClustersForRegionRequest = /* @__PURE__ */ objectSpec(
  "DescribeClustersForRegionRequest",
  " sname scluster_type ipage_size ipage_number sprofile scluster_spec scluster_id Sregion_id"
);
var fieldsDescribeClustersV1Request = /* @__PURE__ */ objectSpec(
  "DescribeClustersV1Request",
  " sname scluster_type ipage_size ipage_number sprofile scluster_spec sregion_id scluster_id"
);
var fieldsDescribeEventsRequest = /* @__PURE__ */ objectSpec(
  "DescribeEventsRequest",
  " scluster_id stype ipage_size ipage_number"
);
var fieldsDescribeEventsForRegionRequest = /* @__PURE__ */ objectSpec(
  "DescribeEventsForRegionRequest",
  " scluster_id ipage_size ipage_number Sregion_id"
);
var fieldsDescribeExternalAgentRequest = /* @__PURE__ */ objectSpec(
  "DescribeExternalAgentRequest",
  " SClusterId sPrivateIpAddress sAgentMode"
);
var fieldsDescribeKubernetesVersionMetadataRequest = /* @__PURE__ */ objectSpec(
  "DescribeKubernetesVersionMetadataRequest",
  " SRegion SClusterType sKubernetesVersion sProfile sruntime sMode bQueryUpgradableVersion"
);
var fieldsDescribeNodePoolVulsRequest = /* @__PURE__ */ objectSpec(
  "DescribeNodePoolVulsRequest",
  " Scluster_id Snodepool_id snecessity"
);
var fieldsDescribePoliciesRequest = /* @__PURE__ */ objectSpec("DescribePoliciesRequest", "");
var fieldsDescribePolicyDetailsRequest = /* @__PURE__ */ objectSpec("DescribePolicyDetailsRequest", " Spolicy_name");
var fieldsDescribePolicyGovernanceInClusterRequest = /* @__PURE__ */ objectSpec(
  "DescribePolicyGovernanceInClusterRequest",
  " Scluster_id"
);
var fieldsDescribePolicyInstancesRequest = /* @__PURE__ */ objectSpec(
  "DescribePolicyInstancesRequest",
  " Scluster_id spolicy_name sinstance_name"
);
var fieldsDescribePolicyInstancesStatusRequest = /* @__PURE__ */ objectSpec(
  "DescribePolicyInstancesStatusRequest",
  " Scluster_id"
);
var fieldsDescribeResourcesDeleteProtectionRequest = /* @__PURE__ */ objectSpec(
  "DescribeResourcesDeleteProtectionRequest",
  " SClusterId EResourceType snamespace sresources",
  [VALUES1]
);
var fieldsDescribeSubaccountK8sClusterUserConfigRequest = /* @__PURE__ */ objectSpec(
  "DescribeSubaccountK8sClusterUserConfigRequest",
  " SClusterId SUid bPrivateIpAddress iTemporaryDurationMinutes"
);
var fieldsDescribeTaskInfoRequest = /* @__PURE__ */ objectSpec("DescribeTaskInfoRequest", " Stask_id");
var fieldsDescribeTemplateAttributeRequest = /* @__PURE__ */ objectSpec(
  "DescribeTemplateAttributeRequest",
  " STemplateId stemplate_type"
);
var fieldsDescribeTemplatesRequest = /* @__PURE__ */ objectSpec(
  "DescribeTemplatesRequest",
  " stemplate_type ipage_num ipage_size"
);
var fieldsDescribeTriggerRequest = /* @__PURE__ */ objectSpec(
  "DescribeTriggerRequest",
  " Scluster_id SNamespace sType SName saction"
);
var fieldsDescribeUserClusterNamespacesRequest = /* @__PURE__ */ objectSpec(
  "DescribeUserClusterNamespacesRequest",
  " SClusterId"
);
var fieldsDescribeUserPermissionRequest = /* @__PURE__ */ objectSpec("DescribeUserPermissionRequest", " Suid");
var fieldsDescribeUserQuotaRequest = /* @__PURE__ */ objectSpec("DescribeUserQuotaRequest", "");
var fieldsDescribeWorkflowsRequest = /* @__PURE__ */ objectSpec("DescribeWorkflowsRequest", "");
var fieldsFixNodePoolVulsRequest = /* @__PURE__ */ objectSpec(
  "FixNodePoolVulsRequest",
  " Scluster_id Snodepool_id obody",
  [checkFixNodePoolVulsBody]
);
var fieldsGetClusterAddonInstanceRequest = /* @__PURE__ */ objectSpec(
  "GetClusterAddonInstanceRequest",
  " Scluster_id Sinstance_name"
);
var fieldsGetClusterAuditProjectRequest = /* @__PURE__ */ objectSpec("GetClusterAuditProjectRequest", " Sclusterid");
var fieldsGetClusterCheckRequest = /* @__PURE__ */ objectSpec("GetClusterCheckRequest", " Scluster_id Scheck_id");
var fieldsGetClusterDiagnosisCheckItemsRequest = /* @__PURE__ */ objectSpec(
  "GetClusterDiagnosisCheckItemsRequest",
  " Scluster_id Sdiagnosis_id slanguage"
);
var fieldsGetClusterDiagnosisResultRequest = /* @__PURE__ */ objectSpec(
  "GetClusterDiagnosisResultRequest",
  " Scluster_id Sdiagnosis_id slanguage"
);
var fieldsGetClusterInspectConfigRequest = /* @__PURE__ */ objectSpec(
  "GetClusterInspectConfigRequest",
  " SclusterId"
);
var fieldsGetClusterInspectReportDetailRequest = /* @__PURE__ */ objectSpec(
  "GetClusterInspectReportDetailRequest",
  " SclusterId SreportId slanguage scategory stargetType slevel benableFilter snextToken xmaxResults",
  [integerInt32Field]
);
var fieldsGetKubernetesTriggerRequest = /* @__PURE__ */ objectSpec(
  "GetKubernetesTriggerRequest",
  " SClusterId SNamespace sType SName saction"
);
var fieldsGetUpgradeStatusRequest = /* @__PURE__ */ objectSpec("GetUpgradeStatusRequest", " SClusterId");
var fieldsGrantPermissionsRequest = /* @__PURE__ */ objectSpec("GrantPermissionsRequest", " Suid obody", [
  checkGrantPermissionsBody
]);
var fieldsInstallClusterAddonsRequest = /* @__PURE__ */ objectSpec(
  "InstallClusterAddonsRequest",
  " SClusterId obody",
  [checkInstallClusterAddonsBody]
);
var fieldsListAddonsRequest = /* @__PURE__ */ objectSpec(
  "ListAddonsRequest",
  " sregion_id scluster_type sprofile scluster_spec scluster_version scluster_id"
);
var fieldsListClusterAddonInstancesRequest = /* @__PURE__ */ objectSpec(
  "ListClusterAddonInstancesRequest",
  " Scluster_id"
);
var fieldsListClusterChecksRequest = /* @__PURE__ */ objectSpec(
  "ListClusterChecksRequest",
  " Scluster_id stype starget"
);
var fieldsListClusterInspectReportsRequest = /* @__PURE__ */ objectSpec(
  "ListClusterInspectReportsRequest",
  " SclusterId snextToken xmaxResults",
  [integerInt32Field]
);
var fieldsListClusterKubeconfigStatesRequest = /* @__PURE__ */ objectSpec(
  "ListClusterKubeconfigStatesRequest",
  " SClusterId xpageNumber xpageSize",
  [integerInt32Field, integerInt32Field]
);
var fieldsListOperationPlansRequest = /* @__PURE__ */ objectSpec("ListOperationPlansRequest", " scluster_id stype");
var fieldsListOperationPlansForRegionRequest = /* @__PURE__ */ objectSpec(
  "ListOperationPlansForRegionRequest",
  " Sregion_id scluster_id stype sstate"
);
var fieldsListTagResourcesRequest = /* @__PURE__ */ objectSpec(
  "ListTagResourcesRequest",
  " Aresource_ids Sresource_type Sregion_id ltags snext_token",
  [checkTag]
);
var fieldsListUserKubeConfigStatesRequest = /* @__PURE__ */ objectSpec(
  "ListUserKubeConfigStatesRequest",
  " SUid xpage_number xpage_size",
  [integerInt32Field, integerInt32Field]
);
var fieldsMigrateClusterRequest = /* @__PURE__ */ objectSpec("MigrateClusterRequest", " Scluster_id obody", [
  checkMigrateClusterBody
]);
var fieldsModifyClusterRequest = /* @__PURE__ */ objectSpec("ModifyClusterRequest", " SClusterId obody", [
  checkModifyClusterBody
]);
var fieldsModifyClusterAddonRequest = /* @__PURE__ */ objectSpec(
  "ModifyClusterAddonRequest",
  " Scluster_id Scomponent_id obody",
  [checkModifyClusterAddonBody]
);
var fieldsModifyClusterNodePoolRequest = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolRequest",
  " XClusterId XNodepoolId obody",
  [stringMinLength1Field, stringMinLength1Field, checkModifyClusterNodePoolBody]
);
var fieldsModifyClusterTagsRequest = /* @__PURE__ */ objectSpec("ModifyClusterTagsRequest", " SClusterId obody", [
  checkModifyClusterTagsBody
]);
var fieldsModifyNodePoolNodeConfigRequest = /* @__PURE__ */ objectSpec(
  "ModifyNodePoolNodeConfigRequest",
  " SClusterId SNodepoolId obody",
  [checkModifyNodePoolNodeConfigBody]
);
var fieldsModifyPolicyInstanceRequest = /* @__PURE__ */ objectSpec(
  "ModifyPolicyInstanceRequest",
  " Scluster_id Spolicy_name obody",
  [checkModifyPolicyInstanceBody]
);
var fieldsOpenAckServiceRequest = /* @__PURE__ */ objectSpec("OpenAckServiceRequest", " stype");
var fieldsPauseClusterUpgradeRequest = /* @__PURE__ */ objectSpec("PauseClusterUpgradeRequest", " SClusterId");
var fieldsPauseComponentUpgradeRequest = /* @__PURE__ */ objectSpec(
  "PauseComponentUpgradeRequest",
  " Sclusterid Scomponentid"
);
var fieldsPauseTaskRequest = /* @__PURE__ */ objectSpec("PauseTaskRequest", " Stask_id");
var fieldsRemoveNodePoolNodesRequest = /* @__PURE__ */ objectSpec(
  "RemoveNodePoolNodesRequest",
  " SClusterId SNodepoolId brelease_node bdrain_node anodes ainstance_ids bconcurrency"
);
var fieldsRemoveWorkflowRequest = /* @__PURE__ */ objectSpec("RemoveWorkflowRequest", " SworkflowName");
var fieldsRepairClusterNodePoolRequest = /* @__PURE__ */ objectSpec(
  "RepairClusterNodePoolRequest",
  " Scluster_id Snodepool_id obody",
  [checkRepairClusterNodePoolBody]
);
var fieldsResumeComponentUpgradeRequest = /* @__PURE__ */ objectSpec(
  "ResumeComponentUpgradeRequest",
  " Sclusterid Scomponentid"
);
var fieldsResumeTaskRequest = /* @__PURE__ */ objectSpec("ResumeTaskRequest", " Stask_id");
var fieldsResumeUpgradeClusterRequest = /* @__PURE__ */ objectSpec("ResumeUpgradeClusterRequest", " SClusterId");
var fieldsRevokeK8sClusterKubeConfigRequest = /* @__PURE__ */ objectSpec(
  "RevokeK8sClusterKubeConfigRequest",
  " SClusterId"
);
var fieldsRunClusterCheckRequest = /* @__PURE__ */ objectSpec("RunClusterCheckRequest", " Scluster_id Obody", [
  checkRunClusterCheckBody
]);
var fieldsRunClusterInspectRequest = /* @__PURE__ */ objectSpec("RunClusterInspectRequest", " SclusterId obody", [
  checkRunClusterInspectBody
]);
var fieldsScaleClusterNodePoolRequest = /* @__PURE__ */ objectSpec(
  "ScaleClusterNodePoolRequest",
  " XClusterId XNodepoolId obody",
  [stringMinLength1Field, stringMinLength1Field, checkScaleClusterNodePoolBody]
);
var fieldsScanClusterVulsRequest = /* @__PURE__ */ objectSpec("ScanClusterVulsRequest", " Scluster_id");
var fieldsStartAlertRequest = /* @__PURE__ */ objectSpec("StartAlertRequest", " SClusterId obody", [
  checkStartAlertBody
]);
var fieldsStartWorkflowRequest = /* @__PURE__ */ objectSpec("StartWorkflowRequest", " Obody", [
  checkStartWorkflowBody
]);
var fieldsStopAlertRequest = /* @__PURE__ */ objectSpec("StopAlertRequest", " SClusterId obody", [
  checkStopAlertBody
]);
var fieldsSyncClusterNodePoolRequest = /* @__PURE__ */ objectSpec("SyncClusterNodePoolRequest", " SClusterId");
var fieldsTagResourcesRequest = /* @__PURE__ */ objectSpec("TagResourcesRequest", " Obody", [checkTagResourcesBody]);
var fieldsUnInstallClusterAddonsRequest = /* @__PURE__ */ objectSpec(
  "UnInstallClusterAddonsRequest",
  " SClusterId obody",
  [checkUnInstallClusterAddonsBody]
);
var fieldsUntagResourcesRequest = /* @__PURE__ */ objectSpec(
  "UntagResourcesRequest",
  " Sregion_id Aresource_ids Sresource_type Atag_keys ball"
);
var fieldsUpdateClusterAuditLogConfigRequest = /* @__PURE__ */ objectSpec(
  "UpdateClusterAuditLogConfigRequest",
  " Sclusterid obody",
  [checkUpdateClusterAuditLogConfigBody]
);
var fieldsUpdateClusterInspectConfigRequest = /* @__PURE__ */ objectSpec(
  "UpdateClusterInspectConfigRequest",
  " SclusterId obody",
  [checkUpdateClusterInspectConfigBody]
);
var fieldsUpdateContactGroupForAlertRequest = /* @__PURE__ */ objectSpec(
  "UpdateContactGroupForAlertRequest",
  " SClusterId obody",
  [checkUpdateContactGroupForAlertBody]
);
var fieldsUpdateControlPlaneLogRequest = /* @__PURE__ */ objectSpec(
  "UpdateControlPlaneLogRequest",
  " SClusterId obody",
  [checkUpdateControlPlaneLogBody]
);
var fieldsUpdateK8sClusterUserConfigExpireRequest = /* @__PURE__ */ objectSpec(
  "UpdateK8sClusterUserConfigExpireRequest",
  " SClusterId Obody",
  [checkUpdateK8sClusterUserConfigExpireBody]
);
var fieldsUpdateResourcesDeleteProtectionRequest = /* @__PURE__ */ objectSpec(
  "UpdateResourcesDeleteProtectionRequest",
  " SClusterId Obody",
  [checkUpdateResourcesDeleteProtectionBody]
);
var fieldsUpdateTemplateRequest = /* @__PURE__ */ objectSpec("UpdateTemplateRequest", " STemplateId obody", [
  checkUpdateTemplateBody
]);
var fieldsUpdateUserPermissionsRequest = /* @__PURE__ */ objectSpec(
  "UpdateUserPermissionsRequest",
  " Suid emode obody",
  [VALUES2, checkUpdateUserPermissionsBody]
);
var fieldsUpgradeClusterRequest = /* @__PURE__ */ objectSpec("UpgradeClusterRequest", " SClusterId obody", [
  checkUpgradeClusterBody
]);
var fieldsUpgradeClusterAddonsRequest = /* @__PURE__ */ objectSpec(
  "UpgradeClusterAddonsRequest",
  " SClusterId obody",
  [checkUpgradeClusterAddonsBody]
);
var fieldsUpgradeClusterNodepoolRequest = /* @__PURE__ */ objectSpec(
  "UpgradeClusterNodepoolRequest",
  " SClusterId SNodepoolId obody",
  [checkUpgradeClusterNodepoolBody]
);
var fieldsAddon = /* @__PURE__ */ objectSpec("Addon", " sname sconfig bdisabled sversion");
var fieldsAttachInstancesBody = /* @__PURE__ */ objectSpec(
  "AttachInstancesBody",
  " Ainstances skey_pair spassword bformat_disk bkeep_instance_name bis_edge_worker snodepool_id simage_id scpu_policy suser_data ards_instances oruntime ltags",
  [checkRuntime, checkTag]
);
var fieldsAttachInstancesToNodePoolBody = /* @__PURE__ */ objectSpec(
  "AttachInstancesToNodePoolBody",
  " ainstances spassword bformat_disk bkeep_instance_name"
);
var fieldsCancelWorkflowBody = /* @__PURE__ */ objectSpec("CancelWorkflowBody", " Saction");
var fieldsCheckServiceRoleBody = /* @__PURE__ */ objectSpec("CheckServiceRoleBody", " Lroles", [
  checkCheckServiceRoleBodyRolesItem
]);
var fieldsCheckServiceRoleBodyRolesItem = /* @__PURE__ */ objectSpec("CheckServiceRoleBodyRolesItem", " Sname");
var fieldsContainerdConfig = /* @__PURE__ */ objectSpec(
  "ContainerdConfig",
  " aregistryMirrors ainsecureRegistries imaxConcurrentDownloads bignoreImageDefinedVolume ilimitCore ilimitNoFile ilimitMemLock"
);
var fieldsCreateAutoscalingConfigBody = /* @__PURE__ */ objectSpec(
  "CreateAutoscalingConfigBody",
  " scool_down_duration sunneeded_duration sutilization_threshold sgpu_utilization_threshold sscan_interval bscale_down_enabled sexpander bskip_nodes_with_system_pods bskip_nodes_with_local_storage bdaemonset_eviction_for_nodes xmax_graceful_termination_sec xmin_replica_count brecycle_node_deletion_enabled bscale_up_from_zero sscaler_type xpriorities",
  [
    integerInt32Field,
    integerInt32Field,
    (f, i) => {
      if (objectField(f, i)) {
        const m1 = f.values[i];
        const k1 = Object.keys(m1);
        for (let i1 = 0; i1 < k1.length; i1++) {
          const key1 = k1[i1];
          const e1 = m1[key1];
          f.run.path[f.depth] = f.names[i];
          f.run.path[f.depth + 1] = key1;
          if (!Array.isArray(e1)) {
            report(f.run, f.depth + 2, "type", expected("array", e1));
          } else {
            const a1 = e1;
            for (let i2 = 0; i2 < a1.length; i2++) {
              const e2 = a1[i2];
              f.run.path[f.depth + 2] = i2;
              if (typeof e2 !== "string") {
                report(f.run, f.depth + 3, "type", expected("string", e2));
              }
            }
          }
        }
      }
    }
  ]
);
var fieldsCreateClusterBody = /* @__PURE__ */ objectSpec(
  "CreateClusterBody",
  " Sname Sregion_id scluster_type scluster_spec sprofile skubernetes_version oauto_mode ltags sresource_group_id bdeletion_protection azone_ids svpcid avswitch_ids eip_stack apod_vswitch_ids scontainer_cidr sservice_cidr ssecurity_group_id bis_enterprise_security_group bsnat_entry bendpoint_public_access sload_balancer_id bssh_flags stimezone snode_cidr_mask sproxy_mode scontrolplane_log_ttl scontrolplane_log_project acontrolplane_log_components oaudit_log_config orrsa_config scluster_domain sencryption_provider_key sservice_account_issuer sapi_audiences aextra_sans omaintenance_window ooperation_policy laddons lnodepools suser_ca ocontrol_plane_config scustom_san oruntime snode_name_mode suser_data simage_id ards_instances ltaints bcloud_monitor_flags splatform sos_type bsoc_enabled bsecurity_hardening_os bcis_enabled scpu_policy snode_port_range amaster_vswitch_ids skey_pair slogin_password imaster_count amaster_instance_types smaster_system_disk_category imaster_system_disk_size smaster_system_disk_performance_level smaster_system_disk_snapshot_policy_id smaster_instance_charge_type smaster_period_unit imaster_period bmaster_auto_renew imaster_auto_renew_period inum_of_nodes aworker_vswitch_ids aworker_instance_types sworker_system_disk_category iworker_system_disk_size sworker_system_disk_snapshot_policy_id sworker_system_disk_performance_level lworker_data_disks sworker_instance_charge_type sworker_period_unit iworker_period bworker_auto_renew iworker_auto_renew_period ainstances bformat_disk bkeep_instance_name aservice_discovery_types bnat_gateway szone_id slogging_type bdisable_rollback itimeout_mins simage_type sload_balancer_spec benable_rrsa scharge_type speriod_unit iperiod bauto_renew iauto_renew_period aaccess_control_list",
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
    checkCreateClusterBodyWorkerDataDisksItem
  ]
);
var fieldsCreateClusterBodyAuditLogConfig = /* @__PURE__ */ objectSpec(
  "CreateClusterBodyAuditLogConfig",
  " benabled ssls_project_name"
);
var fieldsCreateClusterBodyAutoMode = /* @__PURE__ */ objectSpec("CreateClusterBodyAutoMode", " benable");
var fieldsCreateClusterBodyControlPlaneConfig = /* @__PURE__ */ objectSpec(
  "CreateClusterBodyControlPlaneConfig",
  " scharge_type iperiod speriod_unit bauto_renew iauto_renew_period ainstance_types simage_type simage_id skey_pair slogin_password ssystem_disk_category isystem_disk_size ssystem_disk_snapshot_policy_id ssystem_disk_performance_level isystem_disk_provisioned_iops bsystem_disk_bursting_enabled sdeploymentset_id bcloud_monitor_flags oinstance_metadata_options bsoc_enabled bsecurity_hardening_os scpu_policy sruntime snode_port_range isize",
  [checkInstanceMetadataOptions]
);
var fieldsCreateClusterBodyOperationPolicy = /* @__PURE__ */ objectSpec(
  "CreateClusterBodyOperationPolicy",
  " ocluster_auto_upgrade",
  [checkCreateClusterBodyOperationPolicyClusterAutoUpgrade]
);
var fieldsCreateClusterBodyOperationPolicyClusterAutoUpgrade = /* @__PURE__ */ objectSpec(
  "CreateClusterBodyOperationPolicyClusterAutoUpgrade",
  " benabled schannel"
);
var fieldsCreateClusterBodyRrsaConfig = /* @__PURE__ */ objectSpec("CreateClusterBodyRrsaConfig", " benabled");
var fieldsCreateClusterBodyWorkerDataDisksItem = /* @__PURE__ */ objectSpec(
  "CreateClusterBodyWorkerDataDisksItem",
  " Scategory sencrypted Ssize sperformance_level"
);
var fieldsCreateClusterDiagnosisBody = /* @__PURE__ */ objectSpec("CreateClusterDiagnosisBody", " stype mtarget");
var fieldsCreateClusterInspectConfigBody = /* @__PURE__ */ objectSpec(
  "CreateClusterInspectConfigBody",
  " Benabled Srecurrence adisabledCheckItems"
);
var fieldsCreateClusterNodePoolBody = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBody",
  " onodepool_info oauto_scaling omanagement oscaling_group onode_config okubernetes_config otee_config ointerconnect_config icount imax_nodes sinterconnect_mode bhost_network bintranet oeflo_node_group oauto_mode lnode_components",
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
    checkCreateClusterNodePoolBodyNodeComponentsItem
  ]
);
var fieldsCreateClusterNodePoolBodyAutoMode = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyAutoMode",
  " benable"
);
var fieldsCreateClusterNodePoolBodyAutoScaling = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyAutoScaling",
  " benable stype xmax_instances xmin_instances bis_bond_eip seip_internet_charge_type ieip_bandwidth",
  [integerMinimum0Maximum2000Field, integerMinimum0Field]
);
var fieldsCreateClusterNodePoolBodyEfloNodeGroup = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyEfloNodeGroup",
  " scluster_id sgroup_id"
);
var fieldsCreateClusterNodePoolBodyInterconnectConfig = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyInterconnectConfig",
  " scen_id sccn_id sccn_region_id ibandwidth simproved_period"
);
var fieldsCreateClusterNodePoolBodyKubernetesConfig = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyKubernetesConfig",
  " llabels ltaints sruntime sruntime_version ecpu_policy xuser_data bunschedulable bcms_enabled snode_name_mode spre_user_data",
  [checkTag, checkTaint, VALUES4, stringByteField]
);
var fieldsCreateClusterNodePoolBodyManagement = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyManagement",
  " benable bauto_repair oauto_repair_policy bauto_vul_fix oauto_vul_fix_policy bauto_upgrade oauto_upgrade_policy oupgrade_config",
  [
    checkCreateClusterNodePoolBodyManagementAutoRepairPolicy,
    checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy,
    checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy,
    checkCreateClusterNodePoolBodyManagementUpgradeConfig
  ]
);
var fieldsCreateClusterNodePoolBodyManagementAutoRepairPolicy = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyManagementAutoRepairPolicy",
  " brestart_node bapproval_required"
);
var fieldsCreateClusterNodePoolBodyManagementAutoUpgradePolicy = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyManagementAutoUpgradePolicy",
  " bauto_upgrade_kubelet bauto_upgrade_runtime bauto_upgrade_os"
);
var fieldsCreateClusterNodePoolBodyManagementAutoVulFixPolicy = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyManagementAutoVulFixPolicy",
  " brestart_node svul_level sexclude_packages"
);
var fieldsCreateClusterNodePoolBodyManagementUpgradeConfig = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyManagementUpgradeConfig",
  " bauto_upgrade isurge isurge_percentage imax_unavailable"
);
var fieldsCreateClusterNodePoolBodyNodeComponentsItem = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyNodeComponentsItem",
  " sname sversion oconfig",
  [checkCreateClusterNodePoolBodyNodeComponentsItemConfig]
);
var fieldsCreateClusterNodePoolBodyNodeComponentsItemConfig = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyNodeComponentsItemConfig",
  " xcustom_config",
  [stringMapField]
);
var fieldsCreateClusterNodePoolBodyNodeConfig = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyNodeConfig",
  " okubelet_configuration",
  [checkKubeletConfig]
);
var fieldsCreateClusterNodePoolBodyNodePoolInfo = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyNodePoolInfo",
  " sname stype sresource_group_id"
);
var fieldsCreateClusterNodePoolBodyScalingGroup = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyScalingGroup",
  " xvswitch_ids xinstance_types einstance_charge_type iperiod eperiod_unit bauto_renew iauto_renew_period sspot_strategy lspot_price_limit simage_type simage_id ssystem_disk_category xsystem_disk_categories xsystem_disk_size ssystem_disk_performance_level bsystem_disk_encrypted ssystem_disk_kms_key_id ssystem_disk_encrypt_algorithm bsystem_disk_bursting_enabled isystem_disk_provisioned_iops ldata_disks asecurity_group_ids skey_pair xlogin_password blogin_as_non_root bcis_enabled bsoc_enabled bsecurity_hardening_os sinternet_charge_type iinternet_max_bandwidth_out ltags idesired_size smulti_az_policy sscaling_policy ion_demand_base_capacity ion_demand_percentage_above_base_capacity ispot_instance_pools bspot_instance_remedy bcompensate_with_on_demand sdeploymentset_id ards_instances oprivate_pool_options ssecurity_group_id splatform linstance_patterns sram_role_name oinstance_metadata_options oresource_pool_options ssystem_disk_snapshot_policy_id svpc_id",
  [
    (f, i) => {
      stringsField(f, i, 1, 8);
    },
    (f, i) => {
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
    checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions
  ]
);
var fieldsCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyScalingGroupPrivatePoolOptions",
  " sid smatch_criteria"
);
var fieldsCreateClusterNodePoolBodyScalingGroupResourcePoolOptions = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyScalingGroupResourcePoolOptions",
  " estrategy aprivate_pool_ids",
  [VALUES10]
);
var fieldsCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem",
  " sinstance_type sprice_limit"
);
var fieldsCreateClusterNodePoolBodyScalingGroupTagsItem = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyScalingGroupTagsItem",
  " skey svalue"
);
var fieldsCreateClusterNodePoolBodyTeeConfig = /* @__PURE__ */ objectSpec(
  "CreateClusterNodePoolBodyTeeConfig",
  " btee_enable"
);
var fieldsCreateKubernetesTriggerBody = /* @__PURE__ */ objectSpec(
  "CreateKubernetesTriggerBody",
  " Scluster_id Sproject_id Saction stype"
);
var fieldsCreateTemplateBody = /* @__PURE__ */ objectSpec(
  "CreateTemplateBody",
  " Sname Stemplate stags sdescription stemplate_type"
);
var fieldsCreateTriggerBody = /* @__PURE__ */ objectSpec(
  "CreateTriggerBody",
  " Scluster_id Sproject_id Saction stype"
);
var fieldsDataDisk = /* @__PURE__ */ objectSpec(
  "DataDisk",
  " scategory xsize eencrypted skms_key_id sauto_snapshot_policy_id sperformance_level iprovisioned_iops bbursting_enabled bauto_format sfile_system smount_target sdisk_name sdevice ssnapshot_id",
  [
    (f, i) => {
      if (integerField(f, i)) {
        minimum(f, i, 40);
        maximum(f, i, 32768);
      }
    },
    VALUES11
  ]
);
var fieldsDeleteClusterDeleteOptionsItem = /* @__PURE__ */ objectSpec(
  "DeleteClusterDeleteOptionsItem",
  " sresource_type sdelete_mode"
);
var fieldsDeleteClusterNodesBody = /* @__PURE__ */ objectSpec(
  "DeleteClusterNodesBody",
  " bdrain_node brelease_node Anodes"
);
var fieldsDeployPolicyInstanceBody = /* @__PURE__ */ objectSpec(
  "DeployPolicyInstanceBody",
  " saction anamespaces mparameters"
);
var fieldsDescribeClusterAttachScriptsBody = /* @__PURE__ */ objectSpec(
  "DescribeClusterAttachScriptsBody",
  " snodepool_id bformat_disk bkeep_instance_name ards_instances sarch soptions iexpired"
);
var fieldsFixNodePoolVulsBody = /* @__PURE__ */ objectSpec(
  "FixNodePoolVulsBody",
  " avuls anodes orollout_policy bauto_restart",
  [checkFixNodePoolVulsBodyRolloutPolicy]
);
var fieldsFixNodePoolVulsBodyRolloutPolicy = /* @__PURE__ */ objectSpec(
  "FixNodePoolVulsBodyRolloutPolicy",
  " imax_parallelism"
);
var fieldsGrantPermissionsBodyItem = /* @__PURE__ */ objectSpec(
  "GrantPermissionsBodyItem",
  " Scluster bis_custom Srole_name Srole_type snamespace bis_ram_role"
);
var fieldsHugepage = /* @__PURE__ */ objectSpec(
  "Hugepage",
  " stransparentEnabled stransparentDefrag ikhugepagedDefrag ikhugepagedAllocSleepMillisecs ikhugepagedScanSleepMillisecs ikhugepagedPagesToScan"
);
var fieldsInstallClusterAddonsBodyItem = /* @__PURE__ */ objectSpec(
  "InstallClusterAddonsBodyItem",
  " Sname Sversion sconfig"
);
var fieldsInstanceMetadataOptions = /* @__PURE__ */ objectSpec("InstanceMetadataOptions", " ehttp_tokens", [
  VALUES12
]);
var fieldsInstancePatterns = /* @__PURE__ */ objectSpec(
  "InstancePatterns",
  " icores nmemory sinstance_family_level aexcluded_instance_types imin_cpu_cores imax_cpu_cores nmin_memory_size nmax_memory_size ainstance_categories acpu_architectures icore nmax_price aarchitectures sburst_performance_option ainstance_type_families iminimum_eni_quantity iminimum_eni_private_ip_address_quantity iminimum_eni_ipv6_address_quantity imaximum_gpu_amount"
);
var fieldsKubeletConfig = /* @__PURE__ */ objectSpec(
  "KubeletConfig",
  " iregistryPullQPS iregistryBurst ieventRecordQPS ieventBurst ikubeAPIQPS ikubeAPIBurst bserializeImagePulls scpuManagerPolicy mevictionHard mevictionSoft mevictionSoftGracePeriod msystemReserved mkubeReserved ireadOnlyPort imaxPods scontainerLogMaxSize icontainerLogMaxFiles mfeatureGates aallowedUnsafeSysctls lreservedMemory smemoryManagerPolicy bcpuCFSQuota scpuCFSQuotaPeriod ximageGCHighThresholdPercent ximageGCLowThresholdPercent ipodPidsLimit stopologyManagerPolicy aclusterDNS otracing xcontainerLogMaxWorkers scontainerLogMonitorInterval bserverTLSBootstrap",
  [
    checkKubeletConfigReservedMemoryItem,
    integerInt32Field,
    integerInt32Field,
    checkKubeletConfigTracing,
    integerInt32Field
  ]
);
var fieldsKubeletConfigReservedMemoryItem = /* @__PURE__ */ objectSpec(
  "KubeletConfigReservedMemoryItem",
  " xnumaNode mlimits",
  [integerInt32Field]
);
var fieldsKubeletConfigTracing = /* @__PURE__ */ objectSpec(
  "KubeletConfigTracing",
  " sendpoint xsamplingRatePerMillion",
  [integerInt32Field]
);
var fieldsMaintenanceWindow = /* @__PURE__ */ objectSpec(
  "MaintenanceWindow",
  " benable smaintenance_time sduration sweekly_period srecurrence"
);
var fieldsMigrateClusterBody = /* @__PURE__ */ objectSpec(
  "MigrateClusterBody",
  " soss_bucket_name soss_bucket_endpoint"
);
var fieldsModifyClusterAddonBody = /* @__PURE__ */ objectSpec("ModifyClusterAddonBody", " sconfig");
var fieldsModifyClusterBody = /* @__PURE__ */ objectSpec(
  "ModifyClusterBody",
  " bapi_server_eip sapi_server_eip_id bdeletion_protection sresource_group_id omaintenance_window benable_rrsa aaccess_control_list scluster_name osystem_events_logging ooperation_policy oapi_server_custom_cert_sans avswitch_ids ocontrol_plane_config ssecurity_group_id stimezone binstance_deletion_protection bingress_domain_rebinding singress_loadbalancer_id",
  [
    checkMaintenanceWindow,
    checkModifyClusterBodySystemEventsLogging,
    checkModifyClusterBodyOperationPolicy,
    checkModifyClusterBodyApiServerCustomCertSans,
    checkModifyClusterBodyControlPlaneConfig
  ]
);
var fieldsModifyClusterBodyApiServerCustomCertSans = /* @__PURE__ */ objectSpec(
  "ModifyClusterBodyApiServerCustomCertSans",
  " eaction asubject_alternative_names",
  [VALUES13]
);
var fieldsModifyClusterBodyControlPlaneConfig = /* @__PURE__ */ objectSpec(
  "ModifyClusterBodyControlPlaneConfig",
  " scharge_type iperiod speriod_unit bauto_renew iauto_renew_period ainstance_types simage_type simage_id skey_pair slogin_password ssystem_disk_category isystem_disk_size ssystem_disk_snapshot_policy_id ssystem_disk_performance_level isystem_disk_provisioned_iops bsystem_disk_bursting_enabled sdeploymentset_id bcloud_monitor_flags bsoc_enabled bsecurity_hardening_os scpu_policy sruntime snode_port_range isize"
);
var fieldsModifyClusterBodyOperationPolicy = /* @__PURE__ */ objectSpec(
  "ModifyClusterBodyOperationPolicy",
  " ocluster_auto_upgrade",
  [checkModifyClusterBodyOperationPolicyClusterAutoUpgrade]
);
var fieldsModifyClusterBodyOperationPolicyClusterAutoUpgrade = /* @__PURE__ */ objectSpec(
  "ModifyClusterBodyOperationPolicyClusterAutoUpgrade",
  " benabled schannel"
);
var fieldsModifyClusterBodySystemEventsLogging = /* @__PURE__ */ objectSpec(
  "ModifyClusterBodySystemEventsLogging",
  " benabled slogging_project"
);
var fieldsModifyClusterNodePoolBody = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBody",
  " onodepool_info oauto_scaling omanagement oscaling_group okubernetes_config otee_config bupdate_nodes bconcurrency",
  [
    checkModifyClusterNodePoolBodyNodePoolInfo,
    checkModifyClusterNodePoolBodyAutoScaling,
    checkModifyClusterNodePoolBodyManagement,
    checkModifyClusterNodePoolBodyScalingGroup,
    checkModifyClusterNodePoolBodyKubernetesConfig,
    checkModifyClusterNodePoolBodyTeeConfig
  ]
);
var fieldsModifyClusterNodePoolBodyAutoScaling = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyAutoScaling",
  " benable stype xmax_instances xmin_instances bis_bond_eip seip_internet_charge_type ieip_bandwidth",
  [integerMinimum0Maximum2000Field, integerMinimum0Field]
);
var fieldsModifyClusterNodePoolBodyKubernetesConfig = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyKubernetesConfig",
  " xlabels ltaints sruntime sruntime_version ecpu_policy bunschedulable xuser_data bcms_enabled xpre_user_data snode_name_mode",
  [
    (f, i) => {
      objectsField(f, i, checkTag, 0, 20);
    },
    checkTaint,
    VALUES4,
    stringByteField,
    stringByteField
  ]
);
var fieldsModifyClusterNodePoolBodyManagement = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyManagement",
  " benable bauto_repair oauto_repair_policy bauto_vul_fix oauto_vul_fix_policy bauto_upgrade oauto_upgrade_policy oupgrade_config",
  [
    checkModifyClusterNodePoolBodyManagementAutoRepairPolicy,
    checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy,
    checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy,
    checkModifyClusterNodePoolBodyManagementUpgradeConfig
  ]
);
var fieldsModifyClusterNodePoolBodyManagementAutoRepairPolicy = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyManagementAutoRepairPolicy",
  " brestart_node bapproval_required"
);
var fieldsModifyClusterNodePoolBodyManagementAutoUpgradePolicy = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyManagementAutoUpgradePolicy",
  " bauto_upgrade_kubelet bauto_upgrade_runtime bauto_upgrade_os"
);
var fieldsModifyClusterNodePoolBodyManagementAutoVulFixPolicy = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyManagementAutoVulFixPolicy",
  " brestart_node svul_level sexclude_packages"
);
var fieldsModifyClusterNodePoolBodyManagementUpgradeConfig = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyManagementUpgradeConfig",
  " bauto_upgrade xsurge xsurge_percentage xmax_unavailable",
  [
    integerMinimum0Field,
    integerMinimum0Field,
    (f, i) => {
      if (integerField(f, i)) {
        minimum(f, i, 1);
        maximum(f, i, 1e3);
      }
    }
  ]
);
var fieldsModifyClusterNodePoolBodyNodePoolInfo = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyNodePoolInfo",
  " xname sresource_group_id",
  [
    (f, i) => {
      if (stringField(f, i)) {
        const v1 = f.values[i];
        minLength(f, i, 1);
        maxLength(f, i, 63);
        if (!PATTERN1.test(v1)) {
          fieldReport(f, i, "pattern", "must match the pattern ^[^-]");
        }
      }
    }
  ]
);
var fieldsModifyClusterNodePoolBodyScalingGroup = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyScalingGroup",
  " xvswitch_ids xinstance_types einstance_charge_type iperiod speriod_unit bauto_renew iauto_renew_period sspot_strategy lspot_price_limit simage_type simage_id ssystem_disk_category xsystem_disk_categories xsystem_disk_size ssystem_disk_performance_level bsystem_disk_encrypted ssystem_disk_kms_key_id ssystem_disk_encrypt_algorithm xsystem_disk_provisioned_iops bsystem_disk_bursting_enabled xdata_disks skey_pair xlogin_password sinternet_charge_type xinternet_max_bandwidth_out ltags xdesired_size smulti_az_policy sscaling_policy xon_demand_base_capacity xon_demand_percentage_above_base_capacity xspot_instance_pools bspot_instance_remedy bcompensate_with_on_demand ards_instances oprivate_pool_options splatform linstance_patterns sdeploymentset_id asecurity_group_ids oresource_pool_options ssystem_disk_snapshot_policy_id",
  [
    (f, i) => {
      stringsField(f, i, 1, 20);
    },
    (f, i) => {
      stringsField(f, i, 1);
    },
    VALUES5,
    checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem,
    (f, i) => {
      const a1 = arrayField(f, i, 0, 10);
      if (a1 !== void 0) {
        for (let i1 = 0; i1 < a1.length; i1++) {
          const e1 = a1[i1];
          f.run.path[f.depth] = f.names[i];
          f.run.path[f.depth + 1] = i1;
          if (typeof e1 !== "string") {
            report(f.run, f.depth + 2, "type", expected("string", e1));
          }
        }
      }
    },
    integerMinimum20Maximum2048Field,
    integerMinimum0Field,
    (f, i) => {
      objectsField(f, i, checkDataDisk, 0, 10);
    },
    stringMaxLength30Field,
    (f, i) => {
      if (integerField(f, i)) {
        minimum(f, i, 1);
        maximum(f, i, 100);
      }
    },
    checkTag,
    integerMinimum0Field,
    (f, i) => {
      if (integerField(f, i)) {
        minimum(f, i, 0);
        maximum(f, i, 1e3);
      }
    },
    (f, i) => {
      if (integerField(f, i)) {
        minimum(f, i, 0);
        maximum(f, i, 100);
      }
    },
    (f, i) => {
      if (integerField(f, i)) {
        minimum(f, i, 1);
        maximum(f, i, 10);
      }
    },
    checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions,
    checkInstancePatterns,
    checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions
  ]
);
var fieldsModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions",
  " sid smatch_criteria"
);
var fieldsModifyClusterNodePoolBodyScalingGroupResourcePoolOptions = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyScalingGroupResourcePoolOptions",
  " estrategy aprivate_pool_ids",
  [VALUES14]
);
var fieldsModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem",
  " sinstance_type sprice_limit"
);
var fieldsModifyClusterNodePoolBodyTeeConfig = /* @__PURE__ */ objectSpec(
  "ModifyClusterNodePoolBodyTeeConfig",
  " btee_enable"
);
var fieldsModifyNodePoolNodeConfigBody = /* @__PURE__ */ objectSpec(
  "ModifyNodePoolNodeConfigBody",
  " okubelet_config orolling_policy oos_config ocontainerd_config",
  [
    checkKubeletConfig,
    checkModifyNodePoolNodeConfigBodyRollingPolicy,
    checkModifyNodePoolNodeConfigBodyOsConfig,
    checkContainerdConfig
  ]
);
var fieldsModifyNodePoolNodeConfigBodyOsConfig = /* @__PURE__ */ objectSpec(
  "ModifyNodePoolNodeConfigBodyOsConfig",
  " msysctl ohugepage",
  [checkHugepage]
);
var fieldsModifyNodePoolNodeConfigBodyRollingPolicy = /* @__PURE__ */ objectSpec(
  "ModifyNodePoolNodeConfigBodyRollingPolicy",
  " imax_parallelism"
);
var fieldsModifyPolicyInstanceBody = /* @__PURE__ */ objectSpec(
  "ModifyPolicyInstanceBody",
  " saction sinstance_name anamespaces mparameters"
);
var fieldsNodePool = /* @__PURE__ */ objectSpec(
  "NodePool",
  " oauto_scaling okubernetes_config onodepool_info oscaling_group otee_config omanagement icount sinterconnect_mode ointerconnect_config imax_nodes onode_config lnode_components",
  [
    checkNodePoolAutoScaling,
    checkNodePoolKubernetesConfig,
    checkNodePoolNodePoolInfo,
    checkNodePoolScalingGroup,
    checkNodePoolTeeConfig,
    checkNodePoolManagement,
    checkNodePoolInterconnectConfig,
    checkNodePoolNodeConfig,
    checkNodePoolNodeComponentsItem
  ]
);
var fieldsNodePoolAutoScaling = /* @__PURE__ */ objectSpec(
  "NodePoolAutoScaling",
  " Benable Imax_instances Imin_instances stype bis_bond_eip seip_internet_charge_type ieip_bandwidth"
);
var fieldsNodePoolInterconnectConfig = /* @__PURE__ */ objectSpec(
  "NodePoolInterconnectConfig",
  " scen_id sccn_id sccn_region_id ibandwidth simproved_period"
);
var fieldsNodePoolKubernetesConfig = /* @__PURE__ */ objectSpec(
  "NodePoolKubernetesConfig",
  " bcms_enabled scpu_policy llabels Sruntime Sruntime_version ltaints suser_data snode_name_mode",
  [checkTag, checkTaint]
);
var fieldsNodePoolManagement = /* @__PURE__ */ objectSpec(
  "NodePoolManagement",
  " benable bauto_repair oupgrade_config oauto_repair_policy bauto_vul_fix oauto_vul_fix_policy bauto_upgrade oauto_upgrade_policy",
  [
    checkNodePoolManagementUpgradeConfig,
    checkNodePoolManagementAutoRepairPolicy,
    checkNodePoolManagementAutoVulFixPolicy,
    checkNodePoolManagementAutoUpgradePolicy
  ]
);
var fieldsNodePoolManagementAutoRepairPolicy = /* @__PURE__ */ objectSpec(
  "NodePoolManagementAutoRepairPolicy",
  " brestart_node"
);
var fieldsNodePoolManagementAutoUpgradePolicy = /* @__PURE__ */ objectSpec(
  "NodePoolManagementAutoUpgradePolicy",
  " bauto_upgrade_kubelet"
);
var fieldsNodePoolManagementAutoVulFixPolicy = /* @__PURE__ */ objectSpec(
  "NodePoolManagementAutoVulFixPolicy",
  " brestart_node svul_level"
);
var fieldsNodePoolManagementUpgradeConfig = /* @__PURE__ */ objectSpec(
  "NodePoolManagementUpgradeConfig",
  " bauto_upgrade isurge isurge_percentage imax_unavailable"
);
var fieldsNodePoolNodeComponentsItem = /* @__PURE__ */ objectSpec(
  "NodePoolNodeComponentsItem",
  " sname sversion oconfig",
  [checkNodePoolNodeComponentsItemConfig]
);
var fieldsNodePoolNodeComponentsItemConfig = /* @__PURE__ */ objectSpec(
  "NodePoolNodeComponentsItemConfig",
  " xcustom_config",
  [stringMapField]
);
var fieldsNodePoolNodeConfig = /* @__PURE__ */ objectSpec("NodePoolNodeConfig", " okubelet_configuration", [
  checkKubeletConfig
]);
var fieldsNodePoolNodePoolInfo = /* @__PURE__ */ objectSpec(
  "NodePoolNodePoolInfo",
  " Sname sresource_group_id stype"
);
var fieldsNodePoolScalingGroup = /* @__PURE__ */ objectSpec(
  "NodePoolScalingGroup",
  " bauto_renew iauto_renew_period ldata_disks simage_id Sinstance_charge_type Ainstance_types skey_pair slogin_password blogin_as_non_root iperiod speriod_unit splatform ards_instances sspot_strategy lspot_price_limit sscaling_policy ssecurity_group_id asecurity_group_ids ssystem_disk_category xsystem_disk_categories isystem_disk_size ssystem_disk_performance_level bsystem_disk_encrypted ssystem_disk_kms_key_id ssystem_disk_encrypt_algorithm isystem_disk_provisioned_iops bsystem_disk_bursting_enabled ltags Avswitch_ids smulti_az_policy ion_demand_base_capacity ion_demand_percentage_above_base_capacity ispot_instance_pools bspot_instance_remedy bcompensate_with_on_demand sinternet_charge_type iinternet_max_bandwidth_out simage_type sdeploymentset_id idesired_size oprivate_pool_options sram_role_name oinstance_metadata_options oresource_pool_options",
  [
    checkDataDisk,
    checkNodePoolScalingGroupSpotPriceLimitItem,
    stringArrayMaxItems10Field,
    checkNodePoolScalingGroupTagsItem,
    checkNodePoolScalingGroupPrivatePoolOptions,
    checkInstanceMetadataOptions,
    checkNodePoolScalingGroupResourcePoolOptions
  ]
);
var fieldsNodePoolScalingGroupPrivatePoolOptions = /* @__PURE__ */ objectSpec(
  "NodePoolScalingGroupPrivatePoolOptions",
  " sid smatch_criteria"
);
var fieldsNodePoolScalingGroupResourcePoolOptions = /* @__PURE__ */ objectSpec(
  "NodePoolScalingGroupResourcePoolOptions",
  " estrategy xprivate_pool_ids",
  [
    VALUES14,
    (f, i) => {
      stringsField(f, i, 0, 20);
    }
  ]
);
var fieldsNodePoolScalingGroupSpotPriceLimitItem = /* @__PURE__ */ objectSpec(
  "NodePoolScalingGroupSpotPriceLimitItem",
  " sinstance_type sprice_limit"
);
var fieldsNodePoolScalingGroupTagsItem = /* @__PURE__ */ objectSpec("NodePoolScalingGroupTagsItem", " skey svalue");
var fieldsNodePoolTeeConfig = /* @__PURE__ */ objectSpec("NodePoolTeeConfig", " Btee_enable");
var fieldsRepairClusterNodePoolBody = /* @__PURE__ */ objectSpec(
  "RepairClusterNodePoolBody",
  " anodes bauto_restart loperations",
  [checkRepairClusterNodePoolBodyOperationsItem]
);
var fieldsRepairClusterNodePoolBodyOperationsItem = /* @__PURE__ */ objectSpec(
  "RepairClusterNodePoolBodyOperationsItem",
  " soperation_id aargs"
);
var fieldsRunClusterCheckBody = /* @__PURE__ */ objectSpec("RunClusterCheckBody", " Stype starget xoptions", [
  stringMapField
]);
var fieldsRunClusterInspectBody = /* @__PURE__ */ objectSpec("RunClusterInspectBody", " sclientToken");
var fieldsRuntime = /* @__PURE__ */ objectSpec("Runtime", " sname sversion");
var fieldsScaleClusterNodePoolBody = /* @__PURE__ */ objectSpec("ScaleClusterNodePoolBody", " xcount", [
  (f, i) => {
    if (integerField(f, i)) {
      minimum(f, i, 1);
      maximum(f, i, 500);
    }
  }
]);
var fieldsStartAlertBody = /* @__PURE__ */ objectSpec("StartAlertBody", " salert_rule_group_name salert_rule_name");
var fieldsStartWorkflowBody = /* @__PURE__ */ objectSpec(
  "StartWorkflowBody",
  " Sworkflow_type sservice smapping_oss_region smapping_fastq_first_filename smapping_fastq_second_filename smapping_bucket_name smapping_fastq_path smapping_reference_path smapping_is_mark_dup smapping_bam_out_path smapping_bam_out_filename swgs_oss_region swgs_fastq_first_filename swgs_fastq_second_filename swgs_bucket_name swgs_fastq_path swgs_reference_path swgs_vcf_out_path swgs_vcf_out_filename"
);
var fieldsStopAlertBody = /* @__PURE__ */ objectSpec("StopAlertBody", " salert_rule_group_name salert_rule_name");
var fieldsTag = /* @__PURE__ */ objectSpec("Tag", " skey svalue");
var fieldsTagResourcesBody = /* @__PURE__ */ objectSpec(
  "TagResourcesBody",
  " Aresource_ids Sresource_type Sregion_id Ltags",
  [checkTag]
);
var fieldsTaint = /* @__PURE__ */ objectSpec("Taint", " skey svalue eeffect", [VALUES15]);
var fieldsUnInstallClusterAddonsBodyItem = /* @__PURE__ */ objectSpec(
  "UnInstallClusterAddonsBodyItem",
  " sname bcleanup_cloud_resources"
);
var fieldsUpdateClusterAuditLogConfigBody = /* @__PURE__ */ objectSpec(
  "UpdateClusterAuditLogConfigBody",
  " ssls_project_name bdisable"
);
var fieldsUpdateClusterInspectConfigBody = /* @__PURE__ */ objectSpec(
  "UpdateClusterInspectConfigBody",
  " benabled sscheduleTime adisabledCheckItems"
);
var fieldsUpdateContactGroupForAlertBody = /* @__PURE__ */ objectSpec(
  "UpdateContactGroupForAlertBody",
  " salert_rule_group_name xcontact_group_ids scr_name snamespace",
  [integerArrayField]
);
var fieldsUpdateControlPlaneLogBody = /* @__PURE__ */ objectSpec(
  "UpdateControlPlaneLogBody",
  " slog_project slog_ttl saliuid acomponents"
);
var fieldsUpdateK8sClusterUserConfigExpireBody = /* @__PURE__ */ objectSpec(
  "UpdateK8sClusterUserConfigExpireBody",
  " Xexpire_hour Suser",
  [
    (f, i) => {
      if (integerField(f, i)) {
        minimum(f, i, 0);
        maximum(f, i, 876e3);
      }
    }
  ]
);
var fieldsUpdateResourcesDeleteProtectionBody = /* @__PURE__ */ objectSpec(
  "UpdateResourcesDeleteProtectionBody",
  " snamespace Eresource_type aresources benable",
  [VALUES16]
);
var fieldsUpdateTemplateBody = /* @__PURE__ */ objectSpec(
  "UpdateTemplateBody",
  " sdescription sname stags stemplate stemplate_type"
);
var fieldsUpdateUserPermissionsBodyItem = /* @__PURE__ */ objectSpec(
  "UpdateUserPermissionsBodyItem",
  " scluster bis_custom srole_name srole_type snamespace bis_ram_role"
);
var fieldsUpgradeClusterAddonsBodyItem = /* @__PURE__ */ objectSpec(
  "UpgradeClusterAddonsBodyItem",
  " Scomponent_name Snext_version sversion sconfig spolicy"
);
var fieldsUpgradeClusterBody = /* @__PURE__ */ objectSpec(
  "UpgradeClusterBody",
  " scomponent_name snext_version sversion bmaster_only orolling_policy",
  [checkUpgradeClusterBodyRollingPolicy]
);
var fieldsUpgradeClusterBodyRollingPolicy = /* @__PURE__ */ objectSpec(
  "UpgradeClusterBodyRollingPolicy",
  " xmax_parallelism",
  [integerInt32Field]
);
var fieldsUpgradeClusterNodepoolBody = /* @__PURE__ */ objectSpec(
  "UpgradeClusterNodepoolBody",
  " simage_id sruntime_version skubernetes_version sruntime_type buse_replace orolling_policy anode_names",
  [checkUpgradeClusterNodepoolBodyRollingPolicy]
);
var fieldsUpgradeClusterNodepoolBodyRollingPolicy = /* @__PURE__ */ objectSpec(
  "UpgradeClusterNodepoolBodyRollingPolicy",
  " epause_policy xbatch_interval xmax_parallelism",
  [VALUES17, integerInt32Field, integerInt32Field]
);
function checkAttachInstancesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsAttachInstancesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkAttachInstancesToNodePoolRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsAttachInstancesToNodePoolRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCancelClusterUpgradeRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCancelClusterUpgradeRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCancelComponentUpgradeRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCancelComponentUpgradeRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCancelOperationPlanRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCancelOperationPlanRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCancelTaskRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCancelTaskRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCancelWorkflowRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCancelWorkflowRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCheckControlPlaneLogEnableRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCheckControlPlaneLogEnableRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCheckServiceRoleRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCheckServiceRoleRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCleanClusterUserPermissionsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCleanClusterUserPermissionsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCleanUserPermissionsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCleanUserPermissionsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateAutoscalingConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateAutoscalingConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterDiagnosisRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterDiagnosisRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterInspectConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterInspectConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateKubernetesTriggerRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateKubernetesTriggerRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateTemplateRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateTemplateRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateTriggerRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateTriggerRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteAlertContactRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteAlertContactRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteAlertContactGroupRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteAlertContactGroupRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteClusterRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteClusterInspectConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterInspectConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteClusterNodepoolRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterNodepoolRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteClusterNodesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterNodesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteKubernetesTriggerRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteKubernetesTriggerRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeletePolicyInstanceRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeletePolicyInstanceRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteTemplateRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteTemplateRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteTriggerRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteTriggerRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeployPolicyInstanceRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeployPolicyInstanceRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescirbeWorkflowRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescirbeWorkflowRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeAddonRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeAddonRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeAddonsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeAddonsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterAddonInstanceRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonInstanceRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterAddonMetadataRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonMetadataRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterAddonUpgradeStatusRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonUpgradeStatusRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterAddonsUpgradeStatusRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonsUpgradeStatusRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterAddonsVersionRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAddonsVersionRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterAttachScriptsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAttachScriptsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterDetailRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterDetailRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterEventsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterEventsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterLogsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterLogsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterNodePoolDetailRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterNodePoolDetailRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterNodePoolsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterNodePoolsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterNodesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterNodesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterResourcesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterResourcesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterTasksRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterTasksRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterUserKubeconfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterUserKubeconfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterV2UserKubeconfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterV2UserKubeconfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterVulsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterVulsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClustersRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClustersRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClustersForRegionRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClustersForRegionRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClustersV1Request(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClustersV1Request);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeEventsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeEventsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeEventsForRegionRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeEventsForRegionRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeExternalAgentRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeExternalAgentRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeKubernetesVersionMetadataRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeKubernetesVersionMetadataRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeNodePoolVulsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeNodePoolVulsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribePoliciesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribePoliciesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribePolicyDetailsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribePolicyDetailsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribePolicyGovernanceInClusterRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribePolicyGovernanceInClusterRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribePolicyInstancesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribePolicyInstancesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribePolicyInstancesStatusRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribePolicyInstancesStatusRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeResourcesDeleteProtectionRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeResourcesDeleteProtectionRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeSubaccountK8sClusterUserConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeSubaccountK8sClusterUserConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeTaskInfoRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeTaskInfoRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeTemplateAttributeRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeTemplateAttributeRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeTemplatesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeTemplatesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeTriggerRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeTriggerRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeUserClusterNamespacesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeUserClusterNamespacesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeUserPermissionRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeUserPermissionRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeUserQuotaRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeUserQuotaRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeWorkflowsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeWorkflowsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkFixNodePoolVulsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsFixNodePoolVulsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetClusterAddonInstanceRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetClusterAddonInstanceRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetClusterAuditProjectRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetClusterAuditProjectRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetClusterCheckRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetClusterCheckRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetClusterDiagnosisCheckItemsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetClusterDiagnosisCheckItemsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetClusterDiagnosisResultRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetClusterDiagnosisResultRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetClusterInspectConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetClusterInspectConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetClusterInspectReportDetailRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetClusterInspectReportDetailRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetKubernetesTriggerRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetKubernetesTriggerRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGetUpgradeStatusRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGetUpgradeStatusRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGrantPermissionsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGrantPermissionsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkInstallClusterAddonsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsInstallClusterAddonsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListAddonsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListAddonsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListClusterAddonInstancesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListClusterAddonInstancesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListClusterChecksRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListClusterChecksRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListClusterInspectReportsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListClusterInspectReportsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListClusterKubeconfigStatesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListClusterKubeconfigStatesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListOperationPlansRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListOperationPlansRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListOperationPlansForRegionRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListOperationPlansForRegionRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListTagResourcesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListTagResourcesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkListUserKubeConfigStatesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsListUserKubeConfigStatesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkMigrateClusterRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsMigrateClusterRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterAddonRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterAddonRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterTagsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterTagsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyNodePoolNodeConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyNodePoolNodeConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyPolicyInstanceRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyPolicyInstanceRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkOpenAckServiceRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsOpenAckServiceRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkPauseClusterUpgradeRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsPauseClusterUpgradeRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkPauseComponentUpgradeRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsPauseComponentUpgradeRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkPauseTaskRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsPauseTaskRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRemoveNodePoolNodesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRemoveNodePoolNodesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRemoveWorkflowRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRemoveWorkflowRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRepairClusterNodePoolRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRepairClusterNodePoolRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkResumeComponentUpgradeRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsResumeComponentUpgradeRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkResumeTaskRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsResumeTaskRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkResumeUpgradeClusterRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsResumeUpgradeClusterRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRevokeK8sClusterKubeConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRevokeK8sClusterKubeConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRunClusterCheckRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRunClusterCheckRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRunClusterInspectRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRunClusterInspectRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkScaleClusterNodePoolRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsScaleClusterNodePoolRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkScanClusterVulsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsScanClusterVulsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkStartAlertRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsStartAlertRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkStartWorkflowRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsStartWorkflowRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkStopAlertRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsStopAlertRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkSyncClusterNodePoolRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsSyncClusterNodePoolRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkTagResourcesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsTagResourcesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUnInstallClusterAddonsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUnInstallClusterAddonsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUntagResourcesRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUntagResourcesRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateClusterAuditLogConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateClusterAuditLogConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateClusterInspectConfigRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateClusterInspectConfigRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateContactGroupForAlertRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateContactGroupForAlertRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateControlPlaneLogRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateControlPlaneLogRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateK8sClusterUserConfigExpireRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateK8sClusterUserConfigExpireRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateResourcesDeleteProtectionRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateResourcesDeleteProtectionRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateTemplateRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateTemplateRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateUserPermissionsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateUserPermissionsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpgradeClusterRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpgradeClusterAddonsRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterAddonsRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpgradeClusterNodepoolRequest(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterNodepoolRequest);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkAddon(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsAddon);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkAttachInstancesBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsAttachInstancesBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkAttachInstancesToNodePoolBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsAttachInstancesToNodePoolBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCancelWorkflowBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCancelWorkflowBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCheckServiceRoleBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCheckServiceRoleBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCheckServiceRoleBodyRolesItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCheckServiceRoleBodyRolesItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkContainerdConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsContainerdConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateAutoscalingConfigBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateAutoscalingConfigBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterBodyAuditLogConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyAuditLogConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterBodyAutoMode(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyAutoMode);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterBodyControlPlaneConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyControlPlaneConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterBodyOperationPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyOperationPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyOperationPolicyClusterAutoUpgrade);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterBodyRrsaConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyRrsaConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterBodyWorkerDataDisksItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterBodyWorkerDataDisksItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterDiagnosisBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterDiagnosisBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterInspectConfigBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterInspectConfigBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyAutoMode(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyAutoMode);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyAutoScaling(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyAutoScaling);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
  lessOrEqual(f, 3, 2);
}
function checkCreateClusterNodePoolBodyEfloNodeGroup(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyEfloNodeGroup);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyInterconnectConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyInterconnectConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyKubernetesConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyKubernetesConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyManagement(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagement);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagementAutoRepairPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagementAutoUpgradePolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagementAutoVulFixPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyManagementUpgradeConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyManagementUpgradeConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyNodeComponentsItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyNodeComponentsItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyNodeComponentsItemConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyNodeComponentsItemConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyNodeConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyNodeConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyNodePoolInfo(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyNodePoolInfo);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyScalingGroup(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroup);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
  if (!(f.values[22] !== void 0 || f.values[23] !== void 0)) {
    report(run, depth, "any_required", "at least one of key_pair or login_password must be set");
  }
  if (f.values[2] === "PrePaid") {
    if (f.values[3] === void 0) {
      fieldReport(f, 3, "conditional_required", 'is required when instance_charge_type is "PrePaid"');
    }
    if (f.values[4] === void 0) {
      fieldReport(f, 4, "conditional_required", 'is required when instance_charge_type is "PrePaid"');
    }
    if (f.values[5] === void 0) {
      fieldReport(f, 5, "conditional_required", 'is required when instance_charge_type is "PrePaid"');
    }
  }
  if (f.values[2] === "PrePaid" && f.values[5] === true) {
    if (f.values[6] === void 0) {
      fieldReport(
        f,
        6,
        "conditional_required",
        'is required when instance_charge_type is "PrePaid" and auto_renew is true'
      );
    }
  }
  if (f.values[4] === "Week") {
    const v1 = f.values[3];
    if (v1 !== void 0) {
      if (!(typeof v1 !== "number" || !Number.isSafeInteger(v1))) {
        if (!VALUES7.includes(v1)) {
          fieldReport(f, 3, "enum", 'must be one of 1, 2, 3, 4 when period_unit is "Week"');
        }
      }
    }
  } else {
    const v2 = f.values[3];
    if (v2 !== void 0) {
      if (!(typeof v2 !== "number" || !Number.isSafeInteger(v2))) {
        if (!VALUES8.includes(v2)) {
          fieldReport(
            f,
            3,
            "enum",
            'must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60 unless period_unit is "Week"'
          );
        }
      }
    }
    const v3 = f.values[6];
    if (v3 !== void 0) {
      if (!(typeof v3 !== "number" || !Number.isSafeInteger(v3))) {
        if (!VALUES9.includes(v3)) {
          fieldReport(f, 6, "enum", 'must be one of 1, 2, 3, 6, 12 unless period_unit is "Week"');
        }
      }
    }
  }
}
function checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroupResourcePoolOptions);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyScalingGroupTagsItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyScalingGroupTagsItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateClusterNodePoolBodyTeeConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateClusterNodePoolBodyTeeConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateKubernetesTriggerBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateKubernetesTriggerBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateTemplateBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateTemplateBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkCreateTriggerBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsCreateTriggerBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDataDisk(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDataDisk);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteClusterDeleteOptionsItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterDeleteOptionsItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeleteClusterNodesBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeleteClusterNodesBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDeployPolicyInstanceBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDeployPolicyInstanceBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkDescribeClusterAttachScriptsBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsDescribeClusterAttachScriptsBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkFixNodePoolVulsBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsFixNodePoolVulsBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkFixNodePoolVulsBodyRolloutPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsFixNodePoolVulsBodyRolloutPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkGrantPermissionsBody(value, run, depth) {
  if (!Array.isArray(value)) {
    report(run, depth, "type", expected("array", value));
  } else {
    const a1 = value;
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      run.path[depth] = i1;
      checkGrantPermissionsBodyItem(e1, run, depth + 1);
    }
  }
}
function checkGrantPermissionsBodyItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsGrantPermissionsBodyItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkHugepage(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsHugepage);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkInstallClusterAddonsBody(value, run, depth) {
  if (!Array.isArray(value)) {
    report(run, depth, "type", expected("array", value));
  } else {
    const a2 = value;
    for (let i2 = 0; i2 < a2.length; i2++) {
      const e2 = a2[i2];
      run.path[depth] = i2;
      checkInstallClusterAddonsBodyItem(e2, run, depth + 1);
    }
  }
}
function checkInstallClusterAddonsBodyItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsInstallClusterAddonsBodyItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkInstanceMetadataOptions(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsInstanceMetadataOptions);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkInstancePatterns(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsInstancePatterns);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
  lessOrEqual(f, 4, 5);
  lessOrEqual(f, 6, 7);
}
function checkKubeletConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsKubeletConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkKubeletConfigReservedMemoryItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsKubeletConfigReservedMemoryItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkKubeletConfigTracing(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsKubeletConfigTracing);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkMaintenanceWindow(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsMaintenanceWindow);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkMigrateClusterBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsMigrateClusterBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterAddonBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterAddonBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterBodyApiServerCustomCertSans(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodyApiServerCustomCertSans);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterBodyControlPlaneConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodyControlPlaneConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterBodyOperationPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodyOperationPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodyOperationPolicyClusterAutoUpgrade);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterBodySystemEventsLogging(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterBodySystemEventsLogging);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyAutoScaling(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyAutoScaling);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
  lessOrEqual(f, 3, 2);
}
function checkModifyClusterNodePoolBodyKubernetesConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyKubernetesConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyManagement(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagement);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagementAutoRepairPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagementAutoUpgradePolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagementAutoVulFixPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyManagementUpgradeConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyManagementUpgradeConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyNodePoolInfo(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyNodePoolInfo);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyScalingGroup(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyScalingGroup);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
  if (f.values[2] === "PrePaid") {
    if (f.values[3] === void 0) {
      fieldReport(f, 3, "conditional_required", 'is required when instance_charge_type is "PrePaid"');
    }
  }
  if (f.values[2] === "PrePaid" && f.values[5] === true) {
    if (f.values[6] === void 0) {
      fieldReport(
        f,
        6,
        "conditional_required",
        'is required when instance_charge_type is "PrePaid" and auto_renew is true'
      );
    }
  }
}
function checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyScalingGroupResourcePoolOptions);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterNodePoolBodyTeeConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyClusterNodePoolBodyTeeConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyClusterTagsBody(value, run, depth) {
  if (!Array.isArray(value)) {
    report(run, depth, "type", expected("array", value));
  } else {
    const a3 = value;
    for (let i3 = 0; i3 < a3.length; i3++) {
      const e3 = a3[i3];
      run.path[depth] = i3;
      checkTag(e3, run, depth + 1);
    }
  }
}
function checkModifyNodePoolNodeConfigBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyNodePoolNodeConfigBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyNodePoolNodeConfigBodyOsConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyNodePoolNodeConfigBodyOsConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyNodePoolNodeConfigBodyRollingPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyNodePoolNodeConfigBodyRollingPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkModifyPolicyInstanceBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsModifyPolicyInstanceBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePool(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePool);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolAutoScaling(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolAutoScaling);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolInterconnectConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolInterconnectConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolKubernetesConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolKubernetesConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolManagement(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagement);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolManagementAutoRepairPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagementAutoRepairPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolManagementAutoUpgradePolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagementAutoUpgradePolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolManagementAutoVulFixPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagementAutoVulFixPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolManagementUpgradeConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolManagementUpgradeConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolNodeComponentsItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolNodeComponentsItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolNodeComponentsItemConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolNodeComponentsItemConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolNodeConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolNodeConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolNodePoolInfo(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolNodePoolInfo);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolScalingGroup(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroup);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolScalingGroupPrivatePoolOptions(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroupPrivatePoolOptions);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolScalingGroupResourcePoolOptions(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroupResourcePoolOptions);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolScalingGroupSpotPriceLimitItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroupSpotPriceLimitItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolScalingGroupTagsItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolScalingGroupTagsItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkNodePoolTeeConfig(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsNodePoolTeeConfig);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRepairClusterNodePoolBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRepairClusterNodePoolBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRepairClusterNodePoolBodyOperationsItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRepairClusterNodePoolBodyOperationsItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRunClusterCheckBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRunClusterCheckBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRunClusterInspectBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRunClusterInspectBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkRuntime(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsRuntime);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkScaleClusterNodePoolBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsScaleClusterNodePoolBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkStartAlertBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsStartAlertBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkStartWorkflowBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsStartWorkflowBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkStopAlertBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsStopAlertBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkTag(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsTag);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkTagResourcesBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsTagResourcesBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkTaint(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsTaint);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUnInstallClusterAddonsBody(value, run, depth) {
  if (!Array.isArray(value)) {
    report(run, depth, "type", expected("array", value));
  } else {
    const a4 = value;
    for (let i4 = 0; i4 < a4.length; i4++) {
      const e4 = a4[i4];
      run.path[depth] = i4;
      checkUnInstallClusterAddonsBodyItem(e4, run, depth + 1);
    }
  }
}
function checkUnInstallClusterAddonsBodyItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUnInstallClusterAddonsBodyItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateClusterAuditLogConfigBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateClusterAuditLogConfigBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateClusterInspectConfigBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateClusterInspectConfigBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateContactGroupForAlertBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateContactGroupForAlertBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateControlPlaneLogBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateControlPlaneLogBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateK8sClusterUserConfigExpireBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateK8sClusterUserConfigExpireBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateResourcesDeleteProtectionBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateResourcesDeleteProtectionBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateTemplateBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateTemplateBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpdateUserPermissionsBody(value, run, depth) {
  if (!Array.isArray(value)) {
    report(run, depth, "type", expected("array", value));
  } else {
    const a5 = value;
    for (let i5 = 0; i5 < a5.length; i5++) {
      const e5 = a5[i5];
      run.path[depth] = i5;
      checkUpdateUserPermissionsBodyItem(e5, run, depth + 1);
    }
  }
}
function checkUpdateUserPermissionsBodyItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpdateUserPermissionsBodyItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpgradeClusterAddonsBody(value, run, depth) {
  if (!Array.isArray(value)) {
    report(run, depth, "type", expected("array", value));
  } else {
    const a6 = value;
    for (let i6 = 0; i6 < a6.length; i6++) {
      const e6 = a6[i6];
      run.path[depth] = i6;
      checkUpgradeClusterAddonsBodyItem(e6, run, depth + 1);
    }
  }
}
function checkUpgradeClusterAddonsBodyItem(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterAddonsBodyItem);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpgradeClusterBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpgradeClusterBodyRollingPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterBodyRollingPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpgradeClusterNodepoolBody(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterNodepoolBody);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
}
function checkUpgradeClusterNodepoolBodyRollingPolicy(value, run, depth) {
  const f = fieldsOf(value, run, depth, fieldsUpgradeClusterNodepoolBodyRollingPolicy);
  if (f === void 0) return;
  const o = value;
  for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);
  checkFields(f);
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
import { inspect } from "node:util";

// generated:/src/mock/http-server.ts
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

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
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

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
  const bodyHash = createHash("sha256").update(body, "utf8").digest("hex");
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
${createHash("sha256").update(canonical, "utf8").digest("hex")}`;
    const expected2 = createHmac("sha256", secret).update(stringToSign, "utf8").digest();
    return given.length === expected2.length && timingSafeEqual(given, expected2);
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
  return randomUUID().toUpperCase();
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
    server = createServer(receive);
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
import { randomUUID as randomUUID2 } from "node:crypto";
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
  return `${prefix}${randomUUID2().replace(/-/g, "").slice(0, 24)}`;
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
  Object.defineProperty(copy, inspect.custom, {
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
    sample: '{"request_id":"string","task_id":"string"}'
  },
  {
    operation: CreateAutoscalingConfigOperation,
    validate: validateCreateAutoscalingConfigRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}'
  },
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
  {
    operation: CreateClusterInspectConfigOperation,
    validate: validateCreateClusterInspectConfigRequest,
    sample: '{"requestId":"string"}'
  },
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
  {
    operation: DeleteClusterInspectConfigOperation,
    validate: validateDeleteClusterInspectConfigRequest,
    sample: '{"requestId":"string"}'
  },
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
    sample: '{"events":[{"event_id":"e-9ad04f72-8ee7-46bf-a02c-e4a06b39****","type":"nodepool_update","source":"cluster","subject":"npdd89dc2b76c04f14b06774883b******","time":"2020-12-01T17:31:00Z","cluster_id":"c82e6987e2961451182edacd74faf****","data":{"level":"warning","reason":"Started","message":"Start to upgrade NodePool nodePool/npdd89dc2b76c04f14b06774883b******"}}],"page_info":{"page_size":50,"page_number":1,"total_count":1}}'
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
    sample: '{"nodes":[{"creation_time":"2020-08-25T11:25:35+08:00","error_message":"error***","expired_time":"2099-12-31T23:59:00+08:00","host_name":"iZ2vcckdmxp7u0urj2k****","image_id":"aliyun_2_1903_x64_20G_alibase_20200529.vhd","instance_charge_type":"PostPaid","instance_id":"i-2vcckdmxp7u0urj2****","instance_name":"worker-k8s-for-cs-c5cdf7e3938bc4f8eb0e44b21a80f****","instance_role":"Worker","instance_status":"Running","instance_type":"ecs.c5.xlarge","instance_type_family":"ecs.c5","ip_address":["string"],"is_aliyun_node":true,"node_name":"cn-chengdu.192.168.0.36","node_status":"Ready","nodepool_id":"np0794239424a84eb7a95327369d56****","source":"ess_attach","state":"running","spot_strategy":"NoSpot"}],"page":{"page_number":1,"page_size":10,"total_count":1}}'
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
    sample: '{"page_info":{"page_size":10,"page_number":1,"total_count":1},"tasks":[{"task_id":"install-addons-c3xxxxxx","task_type":"cluster_addon_install","state":"success","created":"2022-08-03T10:11:33+08:00","updated":"2022-08-03T10:12:03.482+08:00","error":{"message":"Addon status not match","code":"BadRequest"}}],"requestId":"0527ac9a-c899-4341-a21a-xxxxxxxxx"}'
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
    sample: '{"clusters":[{"cluster_domain":"string","cluster_id":"string","cluster_spec":"string","cluster_type":"string","container_cidr":"string","created":"string","current_version":"string","deletion_protection":false,"init_version":"string","ip_stack":"string","name":"string","next_version":"string","profile":"string","proxy_mode":"string","region_id":"string","resource_group_id":"string","security_group_id":"string","service_cidr":"string","size":0,"state":"string","tags":[{"key":"env","value":"prod"}],"timezone":"string","updated":"string","vpc_id":"string","vswitch_ids":["string"]}],"page_info":{"page_number":0,"page_size":0,"total_count":1}}'
  },
  {
    operation: DescribeClustersV1Operation,
    validate: validateDescribeClustersV1Request,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: '{"clusters":[{"cluster_id":"c3fb96524f9274b4495df0f12a6b5****","cluster_type":"Kubernetes","created":"2020-08-20T10:51:29+08:00","init_version":"1.16.9-aliyun.1","current_version":"1.16.9-aliyun.1","next_version":"1.18.8-aliyun.1","deletion_protection":true,"docker_version":"19.03.5","external_loadbalancer_id":"lb-2vcrbmlevo6kjpgch****","master_url":"{\\\\\\"api_server_endpoint\\\\\\":\\\\\\"\\\\\\",\\\\\\"intranet_api_server_endpoint\\\\\\":\\\\\\"https://192.168.0.251:6443\\\\\\"}","meta_data":"{\\\\\\"Addons\\\\\\":[{\\\\\\"config\\\\\\":***}","name":"cluster-demo","network_mode":"vpc","private_zone":false,"profile":"Default","region_id":"cn-beijing","resource_group_id":"rg-acfmyvw3wjm****","security_group_id":"sg-2vcgwsrwgt5mp0yi****","size":5,"state":"running","subnet_cidr":"172.21.0.0/16","tags":[{"key":"env","value":"prod"}],"updated":"2020-09-16T11:09:55+08:00","vpc_id":"vpc-2vcg932hsxsxuqbgl****","vswitch_id":"vsw-2vc41xuumx5z2rdma****,vsw-2vc41xuumx5z2rdma****","worker_ram_role_name":"KubernetesWorkerRole-ec87d15b-edca-4302-933f-c8a16bf0****","zone_id":"cn-beijing-b","cluster_spec":"ack.standard","maintenance_window":{"enable":false,"maintenance_time":"string","duration":"string","weekly_period":"string","recurrence":"string"}}],"page_info":{"page_number":3,"page_size":20,"total_count":1}}'
  },
  {
    operation: DescribeEventsOperation,
    validate: validateDescribeEventsRequest,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: '{"events":[{"event_id":"A234-1234-1234","type":"nodepool_upgrade","source":"/clusters/cf62854ac2130470897be7a27ed1f****/nodepools","subject":"nodePool-id","time":"2022-11-23T20:48:01+08:00","cluster_id":"cluster-id","data":{"level":"info","reason":"Started","message":"Start to upgrade NodePool nodePool/nodePool-A"}}],"page_info":{"page_size":50,"page_number":1,"total_count":1}}'
  },
  {
    operation: DescribeEventsForRegionOperation,
    validate: validateDescribeEventsForRegionRequest,
    types: [
      ["page_size", "integer"],
      ["page_number", "integer"]
    ],
    sample: '{"events":[{"cluster_id":"string","data":{"level":"string","message":"string","reason":"string"},"event_id":"string","source":"string","subject":"string","time":"string","type":"string"}],"next_token":"string","page_info":{"page_number":0,"page_size":0,"total_count":1}}'
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
    sample: '{"task_id":"T-5faa48fb31b6b8078d000006","cluster_id":"c78592bfe92244365b3c3ad47f1de****","task_type":"cluster_scaleout","state":"running","created":"2020-11-10T16:02:04+08:00","updated":"2020-11-10T16:03:06+08:00","target":{"id":"c78592bfe92244365b3c3ad47f1de****","type":"cluster"},"parameters":{},"stages":[{"state":"running","start_time":"2022-12-15 23:00:00","end_time":"2022-12-15 23:00:00","message":"success to xxxxx","outputs":{}}],"current_stage":"DrainNodes","events":[{"action":"start","level":"Normal","message":"start to xxx","reason":"NodePoolUpgradeStart","source":"ACK","timestamp":"1669706229286"}],"task_result":[{"data":"i-xxx","status":"success"}],"error":{"code":"400","message":"failed to xxx"}}'
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
    sample: '{"templates":[{"acl":"private","id":"874ec485-e7e6-4373-8a3b-47bde8ae789f","name":"webserver","description":"a web server","tags":"kubernetes","template":"apiVersion: apps/v1\\\\nkind: Deployment\\\\nmetadata:\\\\n  name: nginx-deployment-basic\\\\n  labels:\\\\n    app: nginx\\\\nspec:\\\\n  replicas: 2\\\\n  selector:\\\\n    matchLabels:\\\\n      app: nginx\\\\n  template:\\\\n    metadata:\\\\n      labels:\\\\n        app: nginx\\\\n    spec:\\\\n      containers:\\\\n      - name: nginx\\\\n        image: busybox:latest\\\\n        ports:\\\\n        - containerPort: 80","template_type":"kubernetes","created":"2020-06-10T16:30:16+08:00","updated":"2020-06-10T16:30:16+08:00","template_with_hist_id":"ad81d115-7c8b-47e7-a222-9c28d7f6e588"}],"page_info":{"page_number":20,"page_size":3,"total_count":1}}'
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
  {
    operation: GetClusterAuditProjectOperation,
    validate: validateGetClusterAuditProjectRequest,
    sample: '{"audit_enabled":false,"sls_project_name":"string"}'
  },
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
  {
    operation: GetClusterInspectConfigOperation,
    validate: validateGetClusterInspectConfigRequest,
    sample: '{"disabledCheckItems":["string"],"enabled":false,"recurrence":"string","requestId":"string"}'
  },
  {
    operation: GetClusterInspectReportDetailOperation,
    validate: validateGetClusterInspectReportDetailRequest,
    types: [
      ["enableFilter", "boolean"],
      ["maxResults", "integer"]
    ],
    sample: '{"checkItemResults":[{"category":"string","checkItemUid":"string","description":"string","fix":"string","level":"string","name":"string","result":"string","targetType":"string","targets":["string"]}],"endTime":"string","reportId":"string","requestId":"string","startTime":"string","status":"string","summary":{"adviceCount":0,"code":"string","errorCount":0,"normalCount":0,"warnCount":0}}'
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
  {
    operation: InstallClusterAddonsOperation,
    validate: validateInstallClusterAddonsRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}'
  },
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
    sample: '{"reports":[{"endTime":"string","reportId":"string","startTime":"string","status":"string","summary":{"adviceCount":0,"code":"string","errorCount":0,"normalCount":0,"warnCount":0}}],"requestId":"string"}'
  },
  {
    operation: ListClusterKubeconfigStatesOperation,
    validate: validateListClusterKubeconfigStatesRequest,
    types: [
      ["pageNumber", "integer"],
      ["pageSize", "integer"]
    ],
    sample: '{"page":{"page_number":0,"page_size":0,"total_count":1},"states":[{"account_display_name":"string","account_id":"string","account_name":"string","account_state":"string","account_type":"string","cert_expire_time":"string","cert_state":"string","cloud_service_name":"string","cloud_service_roles":[{"is_default_template":false,"role_name":"string","role_namespace":"string","type":"string"}],"revokable":false}]}'
  },
  {
    operation: ListOperationPlansOperation,
    validate: validateListOperationPlansRequest,
    sample: '{"plans":[{"plan_id":"P-655c9c127e0e6603ef00****","cluster_id":"c29ced64b3dfe4f33b57ca0aa9f68****","created":"2023-11-21T20:01:22+08:00","start_time":"2023-11-22T15:18:00+08:00","end_time":"2023-11-22T18:00:00+08:00","state":"scheduled","type":"cluster_upgrade","target_type":"cluster","target_id":"c29ced64b3dfe4f33b57ca0aa9f68****"}]}'
  },
  {
    operation: ListOperationPlansForRegionOperation,
    validate: validateListOperationPlansForRegionRequest,
    sample: '{"plans":[{"cluster_id":"string","created":"string","end_time":"string","plan_id":"string","start_time":"string","state":"string","state_reason":{"code":"string","message":"string"},"target_id":"string","target_type":"string","task_id":"string","type":"string"}]}'
  },
  {
    operation: ListTagResourcesOperation,
    validate: validateListTagResourcesRequest,
    types: [
      ["resource_ids", "string[]"],
      ["tags", "string[]"]
    ],
    sample: '{"request_id":"E368C761-F8F6-4A36-9B58-BD53D5CD0CEB","tag_resources":{"tag_resource":[{"tag_key":"ack.aliyun.com","tag_value":"c71cf3d796c374bf48644482cb0c3****","resource_id":"i-xxx","resource_type":"CLUSTER"}]}}'
  },
  {
    operation: ListUserKubeConfigStatesOperation,
    validate: validateListUserKubeConfigStatesRequest,
    types: [
      ["page_number", "integer"],
      ["page_size", "integer"]
    ],
    sample: '{"page":{"page_number":0,"page_size":0,"total_count":1},"states":[{"cert_expire_time":"string","cert_state":"string","cluster_id":"string","cluster_name":"string","cluster_state":"string"}]}'
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
  {
    operation: RunClusterInspectOperation,
    validate: validateRunClusterInspectRequest,
    sample: '{"reportId":"string","requestId":"string","taskId":"string"}'
  },
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
  {
    operation: UnInstallClusterAddonsOperation,
    validate: validateUnInstallClusterAddonsRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}'
  },
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
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}'
  },
  {
    operation: UpdateClusterInspectConfigOperation,
    validate: validateUpdateClusterInspectConfigRequest,
    sample: '{"requestId":"string"}'
  },
  {
    operation: UpdateContactGroupForAlertOperation,
    validate: validateUpdateContactGroupForAlertRequest,
    sample: '{"msg":"string","status":false}'
  },
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
  {
    operation: UpgradeClusterAddonsOperation,
    validate: validateUpgradeClusterAddonsRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}'
  },
  {
    operation: UpgradeClusterNodepoolOperation,
    validate: validateUpgradeClusterNodepoolRequest,
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF518944****","task_id":"T-5fd211e924e1d0078700****"}'
  }
];
function startMockServer(options = {}) {
  return startApiMock(MOCK_ROUTES, options);
}
export {
  MOCK_ROUTES,
  startMockServer
};
