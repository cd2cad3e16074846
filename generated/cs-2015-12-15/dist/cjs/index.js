var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// generated:/src/index.node.ts
var index_node_exports = {};
__export(index_node_exports, {
  AbortError: () => AbortError,
  AttachInstancesOperation: () => AttachInstancesOperation,
  AttachInstancesToNodePoolOperation: () => AttachInstancesToNodePoolOperation,
  CS_SERVICE: () => CS_SERVICE,
  CancelClusterUpgradeOperation: () => CancelClusterUpgradeOperation,
  CancelComponentUpgradeOperation: () => CancelComponentUpgradeOperation,
  CancelOperationPlanOperation: () => CancelOperationPlanOperation,
  CancelTaskOperation: () => CancelTaskOperation,
  CancelWorkflowOperation: () => CancelWorkflowOperation,
  CheckControlPlaneLogEnableOperation: () => CheckControlPlaneLogEnableOperation,
  CheckServiceRoleOperation: () => CheckServiceRoleOperation,
  CleanClusterUserPermissionsOperation: () => CleanClusterUserPermissionsOperation,
  CleanUserPermissionsOperation: () => CleanUserPermissionsOperation,
  ClientCore: () => ClientCore,
  CreateAutoscalingConfigOperation: () => CreateAutoscalingConfigOperation,
  CreateClusterBodyIpStackValues: () => CreateClusterBodyIpStackValues,
  CreateClusterDiagnosisOperation: () => CreateClusterDiagnosisOperation,
  CreateClusterInspectConfigOperation: () => CreateClusterInspectConfigOperation,
  CreateClusterNodePoolBodyAutoScalingTypeValues: () => CreateClusterNodePoolBodyAutoScalingTypeValues,
  CreateClusterNodePoolBodyKubernetesConfigCpuPolicyValues: () => CreateClusterNodePoolBodyKubernetesConfigCpuPolicyValues,
  CreateClusterNodePoolBodyKubernetesConfigRuntimeValues: () => CreateClusterNodePoolBodyKubernetesConfigRuntimeValues,
  CreateClusterNodePoolBodyScalingGroupInstanceChargeTypeValues: () => CreateClusterNodePoolBodyScalingGroupInstanceChargeTypeValues,
  CreateClusterNodePoolBodyScalingGroupPeriodUnitValues: () => CreateClusterNodePoolBodyScalingGroupPeriodUnitValues,
  CreateClusterNodePoolBodyScalingGroupPlatformValues: () => CreateClusterNodePoolBodyScalingGroupPlatformValues,
  CreateClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues: () => CreateClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues,
  CreateClusterNodePoolBodyScalingGroupScalingPolicyValues: () => CreateClusterNodePoolBodyScalingGroupScalingPolicyValues,
  CreateClusterNodePoolBodyScalingGroupSystemDiskCategoryValues: () => CreateClusterNodePoolBodyScalingGroupSystemDiskCategoryValues,
  CreateClusterNodePoolOperation: () => CreateClusterNodePoolOperation,
  CreateClusterOperation: () => CreateClusterOperation,
  CreateKubernetesTriggerOperation: () => CreateKubernetesTriggerOperation,
  CreateTemplateOperation: () => CreateTemplateOperation,
  CreateTriggerOperation: () => CreateTriggerOperation,
  CredentialsError: () => CredentialsError,
  CsBaseClient: () => CsBaseClient,
  CsClient: () => CsClient,
  CsError: () => CsError,
  CsServiceError: () => CsServiceError,
  DataDiskCategoryValues: () => DataDiskCategoryValues,
  DataDiskEncryptedValues: () => DataDiskEncryptedValues,
  DataDiskOutputCategoryValues: () => DataDiskOutputCategoryValues,
  DataDiskOutputEncryptedValues: () => DataDiskOutputEncryptedValues,
  DeleteAlertContactGroupOperation: () => DeleteAlertContactGroupOperation,
  DeleteAlertContactOperation: () => DeleteAlertContactOperation,
  DeleteClusterInspectConfigOperation: () => DeleteClusterInspectConfigOperation,
  DeleteClusterNodepoolOperation: () => DeleteClusterNodepoolOperation,
  DeleteClusterNodesOperation: () => DeleteClusterNodesOperation,
  DeleteClusterOperation: () => DeleteClusterOperation,
  DeleteKubernetesTriggerOperation: () => DeleteKubernetesTriggerOperation,
  DeletePolicyInstanceOperation: () => DeletePolicyInstanceOperation,
  DeleteTemplateOperation: () => DeleteTemplateOperation,
  DeleteTriggerOperation: () => DeleteTriggerOperation,
  DeployPolicyInstanceOperation: () => DeployPolicyInstanceOperation,
  DescirbeWorkflowOperation: () => DescirbeWorkflowOperation,
  DescribeAddonOperation: () => DescribeAddonOperation,
  DescribeAddonsOperation: () => DescribeAddonsOperation,
  DescribeClusterAddonInstanceOperation: () => DescribeClusterAddonInstanceOperation,
  DescribeClusterAddonInstanceResponseStateValues: () => DescribeClusterAddonInstanceResponseStateValues,
  DescribeClusterAddonMetadataOperation: () => DescribeClusterAddonMetadataOperation,
  DescribeClusterAddonUpgradeStatusOperation: () => DescribeClusterAddonUpgradeStatusOperation,
  DescribeClusterAddonsUpgradeStatusOperation: () => DescribeClusterAddonsUpgradeStatusOperation,
  DescribeClusterAddonsVersionOperation: () => DescribeClusterAddonsVersionOperation,
  DescribeClusterAttachScriptsOperation: () => DescribeClusterAttachScriptsOperation,
  DescribeClusterDetailOperation: () => DescribeClusterDetailOperation,
  DescribeClusterEventsOperation: () => DescribeClusterEventsOperation,
  DescribeClusterEventsResponseEventsItemDataLevelValues: () => DescribeClusterEventsResponseEventsItemDataLevelValues,
  DescribeClusterLogsOperation: () => DescribeClusterLogsOperation,
  DescribeClusterNodePoolDetailOperation: () => DescribeClusterNodePoolDetailOperation,
  DescribeClusterNodePoolDetailResponseAutoScalingEipInternetChargeTypeValues: () => DescribeClusterNodePoolDetailResponseAutoScalingEipInternetChargeTypeValues,
  DescribeClusterNodePoolDetailResponseAutoScalingTypeValues: () => DescribeClusterNodePoolDetailResponseAutoScalingTypeValues,
  DescribeClusterNodePoolDetailResponseInterconnectModeValues: () => DescribeClusterNodePoolDetailResponseInterconnectModeValues,
  DescribeClusterNodePoolDetailResponseKubernetesConfigCpuPolicyValues: () => DescribeClusterNodePoolDetailResponseKubernetesConfigCpuPolicyValues,
  DescribeClusterNodePoolDetailResponseNodepoolInfoTypeValues: () => DescribeClusterNodePoolDetailResponseNodepoolInfoTypeValues,
  DescribeClusterNodePoolDetailResponseScalingGroupInstanceChargeTypeValues: () => DescribeClusterNodePoolDetailResponseScalingGroupInstanceChargeTypeValues,
  DescribeClusterNodePoolDetailResponseScalingGroupInternetChargeTypeValues: () => DescribeClusterNodePoolDetailResponseScalingGroupInternetChargeTypeValues,
  DescribeClusterNodePoolDetailResponseScalingGroupMultiAzPolicyValues: () => DescribeClusterNodePoolDetailResponseScalingGroupMultiAzPolicyValues,
  DescribeClusterNodePoolDetailResponseScalingGroupPeriodUnitValues: () => DescribeClusterNodePoolDetailResponseScalingGroupPeriodUnitValues,
  DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptionsMatchCriteriaValues: () => DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptionsMatchCriteriaValues,
  DescribeClusterNodePoolDetailResponseScalingGroupScalingPolicyValues: () => DescribeClusterNodePoolDetailResponseScalingGroupScalingPolicyValues,
  DescribeClusterNodePoolDetailResponseScalingGroupSpotStrategyValues: () => DescribeClusterNodePoolDetailResponseScalingGroupSpotStrategyValues,
  DescribeClusterNodePoolDetailResponseScalingGroupSystemDiskCategoryValues: () => DescribeClusterNodePoolDetailResponseScalingGroupSystemDiskCategoryValues,
  DescribeClusterNodePoolDetailResponseStatusStateValues: () => DescribeClusterNodePoolDetailResponseStatusStateValues,
  DescribeClusterNodePoolsOperation: () => DescribeClusterNodePoolsOperation,
  DescribeClusterNodePoolsResponseNodepoolsItemAutoScalingEipInternetChargeTypeValues: () => DescribeClusterNodePoolsResponseNodepoolsItemAutoScalingEipInternetChargeTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemAutoScalingTypeValues: () => DescribeClusterNodePoolsResponseNodepoolsItemAutoScalingTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemInterconnectModeValues: () => DescribeClusterNodePoolsResponseNodepoolsItemInterconnectModeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemKubernetesConfigCpuPolicyValues: () => DescribeClusterNodePoolsResponseNodepoolsItemKubernetesConfigCpuPolicyValues,
  DescribeClusterNodePoolsResponseNodepoolsItemNodepoolInfoTypeValues: () => DescribeClusterNodePoolsResponseNodepoolsItemNodepoolInfoTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupInstanceChargeTypeValues: () => DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupInstanceChargeTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupInternetChargeTypeValues: () => DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupInternetChargeTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupMultiAzPolicyValues: () => DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupMultiAzPolicyValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupPeriodUnitValues: () => DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupPeriodUnitValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues: () => DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupScalingPolicyValues: () => DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupScalingPolicyValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupSpotStrategyValues: () => DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupSpotStrategyValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupSystemDiskCategoryValues: () => DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupSystemDiskCategoryValues,
  DescribeClusterNodePoolsResponseNodepoolsItemStatusStateValues: () => DescribeClusterNodePoolsResponseNodepoolsItemStatusStateValues,
  DescribeClusterNodesOperation: () => DescribeClusterNodesOperation,
  DescribeClusterResourcesOperation: () => DescribeClusterResourcesOperation,
  DescribeClusterResourcesResponseItemCreatorTypeValues: () => DescribeClusterResourcesResponseItemCreatorTypeValues,
  DescribeClusterTasksOperation: () => DescribeClusterTasksOperation,
  DescribeClusterUserKubeconfigOperation: () => DescribeClusterUserKubeconfigOperation,
  DescribeClusterV2UserKubeconfigOperation: () => DescribeClusterV2UserKubeconfigOperation,
  DescribeClusterVulsOperation: () => DescribeClusterVulsOperation,
  DescribeClusterVulsResponseVulRecordsItemNecessityValues: () => DescribeClusterVulsResponseVulRecordsItemNecessityValues,
  DescribeClusterVulsResponseVulRecordsItemVulTypeValues: () => DescribeClusterVulsResponseVulRecordsItemVulTypeValues,
  DescribeClustersForRegionOperation: () => DescribeClustersForRegionOperation,
  DescribeClustersOperation: () => DescribeClustersOperation,
  DescribeClustersV1Operation: () => DescribeClustersV1Operation,
  DescribeEventsForRegionOperation: () => DescribeEventsForRegionOperation,
  DescribeEventsOperation: () => DescribeEventsOperation,
  DescribeExternalAgentOperation: () => DescribeExternalAgentOperation,
  DescribeKubernetesVersionMetadataOperation: () => DescribeKubernetesVersionMetadataOperation,
  DescribeNodePoolVulsOperation: () => DescribeNodePoolVulsOperation,
  DescribeNodePoolVulsResponseVulRecordsItemVulListItemNecessityValues: () => DescribeNodePoolVulsResponseVulRecordsItemVulListItemNecessityValues,
  DescribePoliciesOperation: () => DescribePoliciesOperation,
  DescribePolicyDetailsOperation: () => DescribePolicyDetailsOperation,
  DescribePolicyGovernanceInClusterOperation: () => DescribePolicyGovernanceInClusterOperation,
  DescribePolicyInstancesOperation: () => DescribePolicyInstancesOperation,
  DescribePolicyInstancesStatusOperation: () => DescribePolicyInstancesStatusOperation,
  DescribeResourcesDeleteProtectionOperation: () => DescribeResourcesDeleteProtectionOperation,
  DescribeResourcesDeleteProtectionResourceTypeValues: () => DescribeResourcesDeleteProtectionResourceTypeValues,
  DescribeSubaccountK8sClusterUserConfigOperation: () => DescribeSubaccountK8sClusterUserConfigOperation,
  DescribeTaskInfoOperation: () => DescribeTaskInfoOperation,
  DescribeTemplateAttributeOperation: () => DescribeTemplateAttributeOperation,
  DescribeTemplatesOperation: () => DescribeTemplatesOperation,
  DescribeTriggerOperation: () => DescribeTriggerOperation,
  DescribeUserClusterNamespacesOperation: () => DescribeUserClusterNamespacesOperation,
  DescribeUserPermissionOperation: () => DescribeUserPermissionOperation,
  DescribeUserQuotaOperation: () => DescribeUserQuotaOperation,
  DescribeWorkflowsOperation: () => DescribeWorkflowsOperation,
  FixNodePoolVulsOperation: () => FixNodePoolVulsOperation,
  GetClusterAddonInstanceOperation: () => GetClusterAddonInstanceOperation,
  GetClusterAuditProjectOperation: () => GetClusterAuditProjectOperation,
  GetClusterCheckOperation: () => GetClusterCheckOperation,
  GetClusterDiagnosisCheckItemsOperation: () => GetClusterDiagnosisCheckItemsOperation,
  GetClusterDiagnosisCheckItemsResponseCheckItemsItemLevelValues: () => GetClusterDiagnosisCheckItemsResponseCheckItemsItemLevelValues,
  GetClusterDiagnosisResultOperation: () => GetClusterDiagnosisResultOperation,
  GetClusterDiagnosisResultResponseTypeValues: () => GetClusterDiagnosisResultResponseTypeValues,
  GetClusterInspectConfigOperation: () => GetClusterInspectConfigOperation,
  GetClusterInspectReportDetailOperation: () => GetClusterInspectReportDetailOperation,
  GetKubernetesTriggerOperation: () => GetKubernetesTriggerOperation,
  GetUpgradeStatusOperation: () => GetUpgradeStatusOperation,
  GrantPermissionsOperation: () => GrantPermissionsOperation,
  HookError: () => HookError,
  InstallClusterAddonsOperation: () => InstallClusterAddonsOperation,
  InstanceMetadataOptionsHttpTokensValues: () => InstanceMetadataOptionsHttpTokensValues,
  ListAddonsOperation: () => ListAddonsOperation,
  ListClusterAddonInstancesOperation: () => ListClusterAddonInstancesOperation,
  ListClusterChecksOperation: () => ListClusterChecksOperation,
  ListClusterInspectReportsOperation: () => ListClusterInspectReportsOperation,
  ListClusterKubeconfigStatesOperation: () => ListClusterKubeconfigStatesOperation,
  ListOperationPlansForRegionOperation: () => ListOperationPlansForRegionOperation,
  ListOperationPlansOperation: () => ListOperationPlansOperation,
  ListTagResourcesOperation: () => ListTagResourcesOperation,
  ListUserKubeConfigStatesOperation: () => ListUserKubeConfigStatesOperation,
  MigrateClusterOperation: () => MigrateClusterOperation,
  ModifyClusterAddonOperation: () => ModifyClusterAddonOperation,
  ModifyClusterBodyApiServerCustomCertSansActionValues: () => ModifyClusterBodyApiServerCustomCertSansActionValues,
  ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues: () => ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues,
  ModifyClusterNodePoolBodyAutoScalingTypeValues: () => ModifyClusterNodePoolBodyAutoScalingTypeValues,
  ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues: () => ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues,
  ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues: () => ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues,
  ModifyClusterNodePoolBodyScalingGroupImageTypeValues: () => ModifyClusterNodePoolBodyScalingGroupImageTypeValues,
  ModifyClusterNodePoolBodyScalingGroupInstanceChargeTypeValues: () => ModifyClusterNodePoolBodyScalingGroupInstanceChargeTypeValues,
  ModifyClusterNodePoolBodyScalingGroupInternetChargeTypeValues: () => ModifyClusterNodePoolBodyScalingGroupInternetChargeTypeValues,
  ModifyClusterNodePoolBodyScalingGroupMultiAzPolicyValues: () => ModifyClusterNodePoolBodyScalingGroupMultiAzPolicyValues,
  ModifyClusterNodePoolBodyScalingGroupPeriodUnitValues: () => ModifyClusterNodePoolBodyScalingGroupPeriodUnitValues,
  ModifyClusterNodePoolBodyScalingGroupPlatformValues: () => ModifyClusterNodePoolBodyScalingGroupPlatformValues,
  ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptionsMatchCriteriaValues: () => ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptionsMatchCriteriaValues,
  ModifyClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues: () => ModifyClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues,
  ModifyClusterNodePoolBodyScalingGroupScalingPolicyValues: () => ModifyClusterNodePoolBodyScalingGroupScalingPolicyValues,
  ModifyClusterNodePoolBodyScalingGroupSpotStrategyValues: () => ModifyClusterNodePoolBodyScalingGroupSpotStrategyValues,
  ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoriesItemValues: () => ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoriesItemValues,
  ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoryValues: () => ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoryValues,
  ModifyClusterNodePoolBodyScalingGroupSystemDiskEncryptAlgorithmValues: () => ModifyClusterNodePoolBodyScalingGroupSystemDiskEncryptAlgorithmValues,
  ModifyClusterNodePoolOperation: () => ModifyClusterNodePoolOperation,
  ModifyClusterOperation: () => ModifyClusterOperation,
  ModifyClusterTagsOperation: () => ModifyClusterTagsOperation,
  ModifyNodePoolNodeConfigOperation: () => ModifyNodePoolNodeConfigOperation,
  ModifyPolicyInstanceOperation: () => ModifyPolicyInstanceOperation,
  NetworkError: () => NetworkError,
  NodePoolScalingGroupResourcePoolOptionsStrategyValues: () => NodePoolScalingGroupResourcePoolOptionsStrategyValues,
  OpenAckServiceOperation: () => OpenAckServiceOperation,
  PauseClusterUpgradeOperation: () => PauseClusterUpgradeOperation,
  PauseComponentUpgradeOperation: () => PauseComponentUpgradeOperation,
  PauseTaskOperation: () => PauseTaskOperation,
  RESERVED_HEADERS: () => RESERVED_HEADERS,
  RemoveNodePoolNodesOperation: () => RemoveNodePoolNodesOperation,
  RemoveWorkflowOperation: () => RemoveWorkflowOperation,
  RepairClusterNodePoolOperation: () => RepairClusterNodePoolOperation,
  ResponseParseError: () => ResponseParseError,
  ResumeComponentUpgradeOperation: () => ResumeComponentUpgradeOperation,
  ResumeTaskOperation: () => ResumeTaskOperation,
  ResumeUpgradeClusterOperation: () => ResumeUpgradeClusterOperation,
  RevokeK8sClusterKubeConfigOperation: () => RevokeK8sClusterKubeConfigOperation,
  RunClusterCheckOperation: () => RunClusterCheckOperation,
  RunClusterInspectOperation: () => RunClusterInspectOperation,
  ScaleClusterNodePoolOperation: () => ScaleClusterNodePoolOperation,
  ScanClusterVulsOperation: () => ScanClusterVulsOperation,
  StartAlertOperation: () => StartAlertOperation,
  StartWorkflowOperation: () => StartWorkflowOperation,
  StopAlertOperation: () => StopAlertOperation,
  SyncClusterNodePoolOperation: () => SyncClusterNodePoolOperation,
  TagResourcesOperation: () => TagResourcesOperation,
  TaintEffectValues: () => TaintEffectValues,
  TaintOutputEffectValues: () => TaintOutputEffectValues,
  TimeoutError: () => TimeoutError,
  UnInstallClusterAddonsOperation: () => UnInstallClusterAddonsOperation,
  UntagResourcesOperation: () => UntagResourcesOperation,
  UpdateClusterAuditLogConfigOperation: () => UpdateClusterAuditLogConfigOperation,
  UpdateClusterInspectConfigOperation: () => UpdateClusterInspectConfigOperation,
  UpdateContactGroupForAlertOperation: () => UpdateContactGroupForAlertOperation,
  UpdateControlPlaneLogOperation: () => UpdateControlPlaneLogOperation,
  UpdateK8sClusterUserConfigExpireOperation: () => UpdateK8sClusterUserConfigExpireOperation,
  UpdateResourcesDeleteProtectionBodyResourceTypeValues: () => UpdateResourcesDeleteProtectionBodyResourceTypeValues,
  UpdateResourcesDeleteProtectionOperation: () => UpdateResourcesDeleteProtectionOperation,
  UpdateTemplateOperation: () => UpdateTemplateOperation,
  UpdateUserPermissionsModeValues: () => UpdateUserPermissionsModeValues,
  UpdateUserPermissionsOperation: () => UpdateUserPermissionsOperation,
  UpgradeClusterAddonsOperation: () => UpgradeClusterAddonsOperation,
  UpgradeClusterNodepoolBodyRollingPolicyPausePolicyValues: () => UpgradeClusterNodepoolBodyRollingPolicyPausePolicyValues,
  UpgradeClusterNodepoolOperation: () => UpgradeClusterNodepoolOperation,
  UpgradeClusterOperation: () => UpgradeClusterOperation,
  ValidationError: () => ValidationError,
  WaiterError: () => WaiterError,
  assertAttachInstancesRequest: () => assertAttachInstancesRequest,
  assertAttachInstancesToNodePoolRequest: () => assertAttachInstancesToNodePoolRequest,
  assertCancelClusterUpgradeRequest: () => assertCancelClusterUpgradeRequest,
  assertCancelComponentUpgradeRequest: () => assertCancelComponentUpgradeRequest,
  assertCancelOperationPlanRequest: () => assertCancelOperationPlanRequest,
  assertCancelTaskRequest: () => assertCancelTaskRequest,
  assertCancelWorkflowRequest: () => assertCancelWorkflowRequest,
  assertCheckControlPlaneLogEnableRequest: () => assertCheckControlPlaneLogEnableRequest,
  assertCheckServiceRoleRequest: () => assertCheckServiceRoleRequest,
  assertCleanClusterUserPermissionsRequest: () => assertCleanClusterUserPermissionsRequest,
  assertCleanUserPermissionsRequest: () => assertCleanUserPermissionsRequest,
  assertCreateAutoscalingConfigRequest: () => assertCreateAutoscalingConfigRequest,
  assertCreateClusterDiagnosisRequest: () => assertCreateClusterDiagnosisRequest,
  assertCreateClusterInspectConfigRequest: () => assertCreateClusterInspectConfigRequest,
  assertCreateClusterNodePoolRequest: () => assertCreateClusterNodePoolRequest,
  assertCreateClusterRequest: () => assertCreateClusterRequest,
  assertCreateKubernetesTriggerRequest: () => assertCreateKubernetesTriggerRequest,
  assertCreateTemplateRequest: () => assertCreateTemplateRequest,
  assertCreateTriggerRequest: () => assertCreateTriggerRequest,
  assertDeleteAlertContactGroupRequest: () => assertDeleteAlertContactGroupRequest,
  assertDeleteAlertContactRequest: () => assertDeleteAlertContactRequest,
  assertDeleteClusterInspectConfigRequest: () => assertDeleteClusterInspectConfigRequest,
  assertDeleteClusterNodepoolRequest: () => assertDeleteClusterNodepoolRequest,
  assertDeleteClusterNodesRequest: () => assertDeleteClusterNodesRequest,
  assertDeleteClusterRequest: () => assertDeleteClusterRequest,
  assertDeleteKubernetesTriggerRequest: () => assertDeleteKubernetesTriggerRequest,
  assertDeletePolicyInstanceRequest: () => assertDeletePolicyInstanceRequest,
  assertDeleteTemplateRequest: () => assertDeleteTemplateRequest,
  assertDeleteTriggerRequest: () => assertDeleteTriggerRequest,
  assertDeployPolicyInstanceRequest: () => assertDeployPolicyInstanceRequest,
  assertDescirbeWorkflowRequest: () => assertDescirbeWorkflowRequest,
  assertDescribeAddonRequest: () => assertDescribeAddonRequest,
  assertDescribeAddonsRequest: () => assertDescribeAddonsRequest,
  assertDescribeClusterAddonInstanceRequest: () => assertDescribeClusterAddonInstanceRequest,
  assertDescribeClusterAddonMetadataRequest: () => assertDescribeClusterAddonMetadataRequest,
  assertDescribeClusterAddonUpgradeStatusRequest: () => assertDescribeClusterAddonUpgradeStatusRequest,
  assertDescribeClusterAddonsUpgradeStatusRequest: () => assertDescribeClusterAddonsUpgradeStatusRequest,
  assertDescribeClusterAddonsVersionRequest: () => assertDescribeClusterAddonsVersionRequest,
  assertDescribeClusterAttachScriptsRequest: () => assertDescribeClusterAttachScriptsRequest,
  assertDescribeClusterDetailRequest: () => assertDescribeClusterDetailRequest,
  assertDescribeClusterEventsRequest: () => assertDescribeClusterEventsRequest,
  assertDescribeClusterLogsRequest: () => assertDescribeClusterLogsRequest,
  assertDescribeClusterNodePoolDetailRequest: () => assertDescribeClusterNodePoolDetailRequest,
  assertDescribeClusterNodePoolsRequest: () => assertDescribeClusterNodePoolsRequest,
  assertDescribeClusterNodesRequest: () => assertDescribeClusterNodesRequest,
  assertDescribeClusterResourcesRequest: () => assertDescribeClusterResourcesRequest,
  assertDescribeClusterTasksRequest: () => assertDescribeClusterTasksRequest,
  assertDescribeClusterUserKubeconfigRequest: () => assertDescribeClusterUserKubeconfigRequest,
  assertDescribeClusterV2UserKubeconfigRequest: () => assertDescribeClusterV2UserKubeconfigRequest,
  assertDescribeClusterVulsRequest: () => assertDescribeClusterVulsRequest,
  assertDescribeClustersForRegionRequest: () => assertDescribeClustersForRegionRequest,
  assertDescribeClustersRequest: () => assertDescribeClustersRequest,
  assertDescribeClustersV1Request: () => assertDescribeClustersV1Request,
  assertDescribeEventsForRegionRequest: () => assertDescribeEventsForRegionRequest,
  assertDescribeEventsRequest: () => assertDescribeEventsRequest,
  assertDescribeExternalAgentRequest: () => assertDescribeExternalAgentRequest,
  assertDescribeKubernetesVersionMetadataRequest: () => assertDescribeKubernetesVersionMetadataRequest,
  assertDescribeNodePoolVulsRequest: () => assertDescribeNodePoolVulsRequest,
  assertDescribePoliciesRequest: () => assertDescribePoliciesRequest,
  assertDescribePolicyDetailsRequest: () => assertDescribePolicyDetailsRequest,
  assertDescribePolicyGovernanceInClusterRequest: () => assertDescribePolicyGovernanceInClusterRequest,
  assertDescribePolicyInstancesRequest: () => assertDescribePolicyInstancesRequest,
  assertDescribePolicyInstancesStatusRequest: () => assertDescribePolicyInstancesStatusRequest,
  assertDescribeResourcesDeleteProtectionRequest: () => assertDescribeResourcesDeleteProtectionRequest,
  assertDescribeSubaccountK8sClusterUserConfigRequest: () => assertDescribeSubaccountK8sClusterUserConfigRequest,
  assertDescribeTaskInfoRequest: () => assertDescribeTaskInfoRequest,
  assertDescribeTemplateAttributeRequest: () => assertDescribeTemplateAttributeRequest,
  assertDescribeTemplatesRequest: () => assertDescribeTemplatesRequest,
  assertDescribeTriggerRequest: () => assertDescribeTriggerRequest,
  assertDescribeUserClusterNamespacesRequest: () => assertDescribeUserClusterNamespacesRequest,
  assertDescribeUserPermissionRequest: () => assertDescribeUserPermissionRequest,
  assertDescribeUserQuotaRequest: () => assertDescribeUserQuotaRequest,
  assertDescribeWorkflowsRequest: () => assertDescribeWorkflowsRequest,
  assertFixNodePoolVulsRequest: () => assertFixNodePoolVulsRequest,
  assertGetClusterAddonInstanceRequest: () => assertGetClusterAddonInstanceRequest,
  assertGetClusterAuditProjectRequest: () => assertGetClusterAuditProjectRequest,
  assertGetClusterCheckRequest: () => assertGetClusterCheckRequest,
  assertGetClusterDiagnosisCheckItemsRequest: () => assertGetClusterDiagnosisCheckItemsRequest,
  assertGetClusterDiagnosisResultRequest: () => assertGetClusterDiagnosisResultRequest,
  assertGetClusterInspectConfigRequest: () => assertGetClusterInspectConfigRequest,
  assertGetClusterInspectReportDetailRequest: () => assertGetClusterInspectReportDetailRequest,
  assertGetKubernetesTriggerRequest: () => assertGetKubernetesTriggerRequest,
  assertGetUpgradeStatusRequest: () => assertGetUpgradeStatusRequest,
  assertGrantPermissionsRequest: () => assertGrantPermissionsRequest,
  assertInstallClusterAddonsRequest: () => assertInstallClusterAddonsRequest,
  assertListAddonsRequest: () => assertListAddonsRequest,
  assertListClusterAddonInstancesRequest: () => assertListClusterAddonInstancesRequest,
  assertListClusterChecksRequest: () => assertListClusterChecksRequest,
  assertListClusterInspectReportsRequest: () => assertListClusterInspectReportsRequest,
  assertListClusterKubeconfigStatesRequest: () => assertListClusterKubeconfigStatesRequest,
  assertListOperationPlansForRegionRequest: () => assertListOperationPlansForRegionRequest,
  assertListOperationPlansRequest: () => assertListOperationPlansRequest,
  assertListTagResourcesRequest: () => assertListTagResourcesRequest,
  assertListUserKubeConfigStatesRequest: () => assertListUserKubeConfigStatesRequest,
  assertMigrateClusterRequest: () => assertMigrateClusterRequest,
  assertModifyClusterAddonRequest: () => assertModifyClusterAddonRequest,
  assertModifyClusterNodePoolRequest: () => assertModifyClusterNodePoolRequest,
  assertModifyClusterRequest: () => assertModifyClusterRequest,
  assertModifyClusterTagsRequest: () => assertModifyClusterTagsRequest,
  assertModifyNodePoolNodeConfigRequest: () => assertModifyNodePoolNodeConfigRequest,
  assertModifyPolicyInstanceRequest: () => assertModifyPolicyInstanceRequest,
  assertOpenAckServiceRequest: () => assertOpenAckServiceRequest,
  assertPauseClusterUpgradeRequest: () => assertPauseClusterUpgradeRequest,
  assertPauseComponentUpgradeRequest: () => assertPauseComponentUpgradeRequest,
  assertPauseTaskRequest: () => assertPauseTaskRequest,
  assertRemoveNodePoolNodesRequest: () => assertRemoveNodePoolNodesRequest,
  assertRemoveWorkflowRequest: () => assertRemoveWorkflowRequest,
  assertRepairClusterNodePoolRequest: () => assertRepairClusterNodePoolRequest,
  assertResumeComponentUpgradeRequest: () => assertResumeComponentUpgradeRequest,
  assertResumeTaskRequest: () => assertResumeTaskRequest,
  assertResumeUpgradeClusterRequest: () => assertResumeUpgradeClusterRequest,
  assertRevokeK8sClusterKubeConfigRequest: () => assertRevokeK8sClusterKubeConfigRequest,
  assertRunClusterCheckRequest: () => assertRunClusterCheckRequest,
  assertRunClusterInspectRequest: () => assertRunClusterInspectRequest,
  assertScaleClusterNodePoolRequest: () => assertScaleClusterNodePoolRequest,
  assertScanClusterVulsRequest: () => assertScanClusterVulsRequest,
  assertStartAlertRequest: () => assertStartAlertRequest,
  assertStartWorkflowRequest: () => assertStartWorkflowRequest,
  assertStopAlertRequest: () => assertStopAlertRequest,
  assertSyncClusterNodePoolRequest: () => assertSyncClusterNodePoolRequest,
  assertTagResourcesRequest: () => assertTagResourcesRequest,
  assertUnInstallClusterAddonsRequest: () => assertUnInstallClusterAddonsRequest,
  assertUntagResourcesRequest: () => assertUntagResourcesRequest,
  assertUpdateClusterAuditLogConfigRequest: () => assertUpdateClusterAuditLogConfigRequest,
  assertUpdateClusterInspectConfigRequest: () => assertUpdateClusterInspectConfigRequest,
  assertUpdateContactGroupForAlertRequest: () => assertUpdateContactGroupForAlertRequest,
  assertUpdateControlPlaneLogRequest: () => assertUpdateControlPlaneLogRequest,
  assertUpdateK8sClusterUserConfigExpireRequest: () => assertUpdateK8sClusterUserConfigExpireRequest,
  assertUpdateResourcesDeleteProtectionRequest: () => assertUpdateResourcesDeleteProtectionRequest,
  assertUpdateTemplateRequest: () => assertUpdateTemplateRequest,
  assertUpdateUserPermissionsRequest: () => assertUpdateUserPermissionsRequest,
  assertUpgradeClusterAddonsRequest: () => assertUpgradeClusterAddonsRequest,
  assertUpgradeClusterNodepoolRequest: () => assertUpgradeClusterNodepoolRequest,
  assertUpgradeClusterRequest: () => assertUpgradeClusterRequest,
  attachInstances: () => attachInstances,
  attachInstancesToNodePool: () => attachInstancesToNodePool,
  cancelClusterUpgrade: () => cancelClusterUpgrade,
  cancelComponentUpgrade: () => cancelComponentUpgrade,
  cancelOperationPlan: () => cancelOperationPlan,
  cancelTask: () => cancelTask,
  cancelWorkflow: () => cancelWorkflow,
  checkControlPlaneLogEnable: () => checkControlPlaneLogEnable,
  checkServiceRole: () => checkServiceRole,
  cleanClusterUserPermissions: () => cleanClusterUserPermissions,
  cleanUserPermissions: () => cleanUserPermissions,
  createAutoscalingConfig: () => createAutoscalingConfig,
  createCluster: () => createCluster,
  createClusterDiagnosis: () => createClusterDiagnosis,
  createClusterInspectConfig: () => createClusterInspectConfig,
  createClusterNodePool: () => createClusterNodePool,
  createFetchTransport: () => createFetchTransport,
  createKubernetesTrigger: () => createKubernetesTrigger,
  createNodeTransport: () => createNodeTransport,
  createTemplate: () => createTemplate,
  createTrigger: () => createTrigger,
  defaultCredentialsChain: () => defaultCredentialsChain,
  deleteAlertContact: () => deleteAlertContact,
  deleteAlertContactGroup: () => deleteAlertContactGroup,
  deleteCluster: () => deleteCluster,
  deleteClusterInspectConfig: () => deleteClusterInspectConfig,
  deleteClusterNodepool: () => deleteClusterNodepool,
  deleteClusterNodes: () => deleteClusterNodes,
  deleteKubernetesTrigger: () => deleteKubernetesTrigger,
  deletePolicyInstance: () => deletePolicyInstance,
  deleteTemplate: () => deleteTemplate,
  deleteTrigger: () => deleteTrigger,
  deployPolicyInstance: () => deployPolicyInstance,
  descirbeWorkflow: () => descirbeWorkflow,
  describeAddon: () => describeAddon,
  describeAddons: () => describeAddons,
  describeClusterAddonInstance: () => describeClusterAddonInstance,
  describeClusterAddonMetadata: () => describeClusterAddonMetadata,
  describeClusterAddonUpgradeStatus: () => describeClusterAddonUpgradeStatus,
  describeClusterAddonsUpgradeStatus: () => describeClusterAddonsUpgradeStatus,
  describeClusterAddonsVersion: () => describeClusterAddonsVersion,
  describeClusterAttachScripts: () => describeClusterAttachScripts,
  describeClusterDetail: () => describeClusterDetail,
  describeClusterEvents: () => describeClusterEvents,
  describeClusterLogs: () => describeClusterLogs,
  describeClusterNodePoolDetail: () => describeClusterNodePoolDetail,
  describeClusterNodePools: () => describeClusterNodePools,
  describeClusterNodes: () => describeClusterNodes,
  describeClusterResources: () => describeClusterResources,
  describeClusterTasks: () => describeClusterTasks,
  describeClusterUserKubeconfig: () => describeClusterUserKubeconfig,
  describeClusterV2UserKubeconfig: () => describeClusterV2UserKubeconfig,
  describeClusterVuls: () => describeClusterVuls,
  describeClusters: () => describeClusters,
  describeClustersForRegion: () => describeClustersForRegion,
  describeClustersV1: () => describeClustersV1,
  describeEvents: () => describeEvents,
  describeEventsForRegion: () => describeEventsForRegion,
  describeExternalAgent: () => describeExternalAgent,
  describeKubernetesVersionMetadata: () => describeKubernetesVersionMetadata,
  describeNodePoolVuls: () => describeNodePoolVuls,
  describePolicies: () => describePolicies,
  describePolicyDetails: () => describePolicyDetails,
  describePolicyGovernanceInCluster: () => describePolicyGovernanceInCluster,
  describePolicyInstances: () => describePolicyInstances,
  describePolicyInstancesStatus: () => describePolicyInstancesStatus,
  describeResourcesDeleteProtection: () => describeResourcesDeleteProtection,
  describeSubaccountK8sClusterUserConfig: () => describeSubaccountK8sClusterUserConfig,
  describeTaskInfo: () => describeTaskInfo,
  describeTemplateAttribute: () => describeTemplateAttribute,
  describeTemplates: () => describeTemplates,
  describeTrigger: () => describeTrigger,
  describeUserClusterNamespaces: () => describeUserClusterNamespaces,
  describeUserPermission: () => describeUserPermission,
  describeUserQuota: () => describeUserQuota,
  describeWorkflows: () => describeWorkflows,
  fixNodePoolVuls: () => fixNodePoolVuls,
  fromCliProfile: () => fromCliProfile,
  fromCredentialsFile: () => fromCredentialsFile,
  fromCredentialsUri: () => fromCredentialsUri,
  fromEcsRamRole: () => fromEcsRamRole,
  fromEnv: () => fromEnv,
  fromOidcRole: () => fromOidcRole,
  fromRamRoleArn: () => fromRamRoleArn,
  getClusterAddonInstance: () => getClusterAddonInstance,
  getClusterAuditProject: () => getClusterAuditProject,
  getClusterCheck: () => getClusterCheck,
  getClusterDiagnosisCheckItems: () => getClusterDiagnosisCheckItems,
  getClusterDiagnosisResult: () => getClusterDiagnosisResult,
  getClusterInspectConfig: () => getClusterInspectConfig,
  getClusterInspectReportDetail: () => getClusterInspectReportDetail,
  getKubernetesTrigger: () => getKubernetesTrigger,
  getUpgradeStatus: () => getUpgradeStatus,
  grantPermissions: () => grantPermissions,
  installClusterAddons: () => installClusterAddons,
  listAddons: () => listAddons,
  listClusterAddonInstances: () => listClusterAddonInstances,
  listClusterChecks: () => listClusterChecks,
  listClusterInspectReports: () => listClusterInspectReports,
  listClusterKubeconfigStates: () => listClusterKubeconfigStates,
  listOperationPlans: () => listOperationPlans,
  listOperationPlansForRegion: () => listOperationPlansForRegion,
  listTagResources: () => listTagResources,
  listUserKubeConfigStates: () => listUserKubeConfigStates,
  migrateCluster: () => migrateCluster,
  modifyCluster: () => modifyCluster,
  modifyClusterAddon: () => modifyClusterAddon,
  modifyClusterNodePool: () => modifyClusterNodePool,
  modifyClusterTags: () => modifyClusterTags,
  modifyNodePoolNodeConfig: () => modifyNodePoolNodeConfig,
  modifyPolicyInstance: () => modifyPolicyInstance,
  openAckService: () => openAckService,
  paginate: () => paginate,
  paginateDescribeClusterEvents: () => paginateDescribeClusterEvents,
  paginateDescribeClusterNodes: () => paginateDescribeClusterNodes,
  paginateDescribeClusterTasks: () => paginateDescribeClusterTasks,
  paginateDescribeClustersV1: () => paginateDescribeClustersV1,
  paginateDescribeEvents: () => paginateDescribeEvents,
  paginateDescribeTemplates: () => paginateDescribeTemplates,
  paginateListTagResources: () => paginateListTagResources,
  pauseClusterUpgrade: () => pauseClusterUpgrade,
  pauseComponentUpgrade: () => pauseComponentUpgrade,
  pauseTask: () => pauseTask,
  removeNodePoolNodes: () => removeNodePoolNodes,
  removeWorkflow: () => removeWorkflow,
  repairClusterNodePool: () => repairClusterNodePool,
  resumeComponentUpgrade: () => resumeComponentUpgrade,
  resumeTask: () => resumeTask,
  resumeUpgradeCluster: () => resumeUpgradeCluster,
  revokeK8sClusterKubeConfig: () => revokeK8sClusterKubeConfig,
  runClusterCheck: () => runClusterCheck,
  runClusterInspect: () => runClusterInspect,
  runWaiter: () => runWaiter,
  scaleClusterNodePool: () => scaleClusterNodePool,
  scanClusterVuls: () => scanClusterVuls,
  startAlert: () => startAlert,
  startWorkflow: () => startWorkflow,
  stopAlert: () => stopAlert,
  syncClusterNodePool: () => syncClusterNodePool,
  tagResources: () => tagResources,
  unInstallClusterAddons: () => unInstallClusterAddons,
  untagResources: () => untagResources,
  updateClusterAuditLogConfig: () => updateClusterAuditLogConfig,
  updateClusterInspectConfig: () => updateClusterInspectConfig,
  updateContactGroupForAlert: () => updateContactGroupForAlert,
  updateControlPlaneLog: () => updateControlPlaneLog,
  updateK8sClusterUserConfigExpire: () => updateK8sClusterUserConfigExpire,
  updateResourcesDeleteProtection: () => updateResourcesDeleteProtection,
  updateTemplate: () => updateTemplate,
  updateUserPermissions: () => updateUserPermissions,
  upgradeCluster: () => upgradeCluster,
  upgradeClusterAddons: () => upgradeClusterAddons,
  upgradeClusterNodepool: () => upgradeClusterNodepool,
  validateAttachInstancesRequest: () => validateAttachInstancesRequest,
  validateAttachInstancesToNodePoolRequest: () => validateAttachInstancesToNodePoolRequest,
  validateCancelClusterUpgradeRequest: () => validateCancelClusterUpgradeRequest,
  validateCancelComponentUpgradeRequest: () => validateCancelComponentUpgradeRequest,
  validateCancelOperationPlanRequest: () => validateCancelOperationPlanRequest,
  validateCancelTaskRequest: () => validateCancelTaskRequest,
  validateCancelWorkflowRequest: () => validateCancelWorkflowRequest,
  validateCheckControlPlaneLogEnableRequest: () => validateCheckControlPlaneLogEnableRequest,
  validateCheckServiceRoleRequest: () => validateCheckServiceRoleRequest,
  validateCleanClusterUserPermissionsRequest: () => validateCleanClusterUserPermissionsRequest,
  validateCleanUserPermissionsRequest: () => validateCleanUserPermissionsRequest,
  validateCreateAutoscalingConfigRequest: () => validateCreateAutoscalingConfigRequest,
  validateCreateClusterDiagnosisRequest: () => validateCreateClusterDiagnosisRequest,
  validateCreateClusterInspectConfigRequest: () => validateCreateClusterInspectConfigRequest,
  validateCreateClusterNodePoolRequest: () => validateCreateClusterNodePoolRequest,
  validateCreateClusterRequest: () => validateCreateClusterRequest,
  validateCreateKubernetesTriggerRequest: () => validateCreateKubernetesTriggerRequest,
  validateCreateTemplateRequest: () => validateCreateTemplateRequest,
  validateCreateTriggerRequest: () => validateCreateTriggerRequest,
  validateDeleteAlertContactGroupRequest: () => validateDeleteAlertContactGroupRequest,
  validateDeleteAlertContactRequest: () => validateDeleteAlertContactRequest,
  validateDeleteClusterInspectConfigRequest: () => validateDeleteClusterInspectConfigRequest,
  validateDeleteClusterNodepoolRequest: () => validateDeleteClusterNodepoolRequest,
  validateDeleteClusterNodesRequest: () => validateDeleteClusterNodesRequest,
  validateDeleteClusterRequest: () => validateDeleteClusterRequest,
  validateDeleteKubernetesTriggerRequest: () => validateDeleteKubernetesTriggerRequest,
  validateDeletePolicyInstanceRequest: () => validateDeletePolicyInstanceRequest,
  validateDeleteTemplateRequest: () => validateDeleteTemplateRequest,
  validateDeleteTriggerRequest: () => validateDeleteTriggerRequest,
  validateDeployPolicyInstanceRequest: () => validateDeployPolicyInstanceRequest,
  validateDescirbeWorkflowRequest: () => validateDescirbeWorkflowRequest,
  validateDescribeAddonRequest: () => validateDescribeAddonRequest,
  validateDescribeAddonsRequest: () => validateDescribeAddonsRequest,
  validateDescribeClusterAddonInstanceRequest: () => validateDescribeClusterAddonInstanceRequest,
  validateDescribeClusterAddonMetadataRequest: () => validateDescribeClusterAddonMetadataRequest,
  validateDescribeClusterAddonUpgradeStatusRequest: () => validateDescribeClusterAddonUpgradeStatusRequest,
  validateDescribeClusterAddonsUpgradeStatusRequest: () => validateDescribeClusterAddonsUpgradeStatusRequest,
  validateDescribeClusterAddonsVersionRequest: () => validateDescribeClusterAddonsVersionRequest,
  validateDescribeClusterAttachScriptsRequest: () => validateDescribeClusterAttachScriptsRequest,
  validateDescribeClusterDetailRequest: () => validateDescribeClusterDetailRequest,
  validateDescribeClusterEventsRequest: () => validateDescribeClusterEventsRequest,
  validateDescribeClusterLogsRequest: () => validateDescribeClusterLogsRequest,
  validateDescribeClusterNodePoolDetailRequest: () => validateDescribeClusterNodePoolDetailRequest,
  validateDescribeClusterNodePoolsRequest: () => validateDescribeClusterNodePoolsRequest,
  validateDescribeClusterNodesRequest: () => validateDescribeClusterNodesRequest,
  validateDescribeClusterResourcesRequest: () => validateDescribeClusterResourcesRequest,
  validateDescribeClusterTasksRequest: () => validateDescribeClusterTasksRequest,
  validateDescribeClusterUserKubeconfigRequest: () => validateDescribeClusterUserKubeconfigRequest,
  validateDescribeClusterV2UserKubeconfigRequest: () => validateDescribeClusterV2UserKubeconfigRequest,
  validateDescribeClusterVulsRequest: () => validateDescribeClusterVulsRequest,
  validateDescribeClustersForRegionRequest: () => validateDescribeClustersForRegionRequest,
  validateDescribeClustersRequest: () => validateDescribeClustersRequest,
  validateDescribeClustersV1Request: () => validateDescribeClustersV1Request,
  validateDescribeEventsForRegionRequest: () => validateDescribeEventsForRegionRequest,
  validateDescribeEventsRequest: () => validateDescribeEventsRequest,
  validateDescribeExternalAgentRequest: () => validateDescribeExternalAgentRequest,
  validateDescribeKubernetesVersionMetadataRequest: () => validateDescribeKubernetesVersionMetadataRequest,
  validateDescribeNodePoolVulsRequest: () => validateDescribeNodePoolVulsRequest,
  validateDescribePoliciesRequest: () => validateDescribePoliciesRequest,
  validateDescribePolicyDetailsRequest: () => validateDescribePolicyDetailsRequest,
  validateDescribePolicyGovernanceInClusterRequest: () => validateDescribePolicyGovernanceInClusterRequest,
  validateDescribePolicyInstancesRequest: () => validateDescribePolicyInstancesRequest,
  validateDescribePolicyInstancesStatusRequest: () => validateDescribePolicyInstancesStatusRequest,
  validateDescribeResourcesDeleteProtectionRequest: () => validateDescribeResourcesDeleteProtectionRequest,
  validateDescribeSubaccountK8sClusterUserConfigRequest: () => validateDescribeSubaccountK8sClusterUserConfigRequest,
  validateDescribeTaskInfoRequest: () => validateDescribeTaskInfoRequest,
  validateDescribeTemplateAttributeRequest: () => validateDescribeTemplateAttributeRequest,
  validateDescribeTemplatesRequest: () => validateDescribeTemplatesRequest,
  validateDescribeTriggerRequest: () => validateDescribeTriggerRequest,
  validateDescribeUserClusterNamespacesRequest: () => validateDescribeUserClusterNamespacesRequest,
  validateDescribeUserPermissionRequest: () => validateDescribeUserPermissionRequest,
  validateDescribeUserQuotaRequest: () => validateDescribeUserQuotaRequest,
  validateDescribeWorkflowsRequest: () => validateDescribeWorkflowsRequest,
  validateFixNodePoolVulsRequest: () => validateFixNodePoolVulsRequest,
  validateGetClusterAddonInstanceRequest: () => validateGetClusterAddonInstanceRequest,
  validateGetClusterAuditProjectRequest: () => validateGetClusterAuditProjectRequest,
  validateGetClusterCheckRequest: () => validateGetClusterCheckRequest,
  validateGetClusterDiagnosisCheckItemsRequest: () => validateGetClusterDiagnosisCheckItemsRequest,
  validateGetClusterDiagnosisResultRequest: () => validateGetClusterDiagnosisResultRequest,
  validateGetClusterInspectConfigRequest: () => validateGetClusterInspectConfigRequest,
  validateGetClusterInspectReportDetailRequest: () => validateGetClusterInspectReportDetailRequest,
  validateGetKubernetesTriggerRequest: () => validateGetKubernetesTriggerRequest,
  validateGetUpgradeStatusRequest: () => validateGetUpgradeStatusRequest,
  validateGrantPermissionsRequest: () => validateGrantPermissionsRequest,
  validateInstallClusterAddonsRequest: () => validateInstallClusterAddonsRequest,
  validateListAddonsRequest: () => validateListAddonsRequest,
  validateListClusterAddonInstancesRequest: () => validateListClusterAddonInstancesRequest,
  validateListClusterChecksRequest: () => validateListClusterChecksRequest,
  validateListClusterInspectReportsRequest: () => validateListClusterInspectReportsRequest,
  validateListClusterKubeconfigStatesRequest: () => validateListClusterKubeconfigStatesRequest,
  validateListOperationPlansForRegionRequest: () => validateListOperationPlansForRegionRequest,
  validateListOperationPlansRequest: () => validateListOperationPlansRequest,
  validateListTagResourcesRequest: () => validateListTagResourcesRequest,
  validateListUserKubeConfigStatesRequest: () => validateListUserKubeConfigStatesRequest,
  validateMigrateClusterRequest: () => validateMigrateClusterRequest,
  validateModifyClusterAddonRequest: () => validateModifyClusterAddonRequest,
  validateModifyClusterNodePoolRequest: () => validateModifyClusterNodePoolRequest,
  validateModifyClusterRequest: () => validateModifyClusterRequest,
  validateModifyClusterTagsRequest: () => validateModifyClusterTagsRequest,
  validateModifyNodePoolNodeConfigRequest: () => validateModifyNodePoolNodeConfigRequest,
  validateModifyPolicyInstanceRequest: () => validateModifyPolicyInstanceRequest,
  validateOpenAckServiceRequest: () => validateOpenAckServiceRequest,
  validatePauseClusterUpgradeRequest: () => validatePauseClusterUpgradeRequest,
  validatePauseComponentUpgradeRequest: () => validatePauseComponentUpgradeRequest,
  validatePauseTaskRequest: () => validatePauseTaskRequest,
  validateRemoveNodePoolNodesRequest: () => validateRemoveNodePoolNodesRequest,
  validateRemoveWorkflowRequest: () => validateRemoveWorkflowRequest,
  validateRepairClusterNodePoolRequest: () => validateRepairClusterNodePoolRequest,
  validateResumeComponentUpgradeRequest: () => validateResumeComponentUpgradeRequest,
  validateResumeTaskRequest: () => validateResumeTaskRequest,
  validateResumeUpgradeClusterRequest: () => validateResumeUpgradeClusterRequest,
  validateRevokeK8sClusterKubeConfigRequest: () => validateRevokeK8sClusterKubeConfigRequest,
  validateRunClusterCheckRequest: () => validateRunClusterCheckRequest,
  validateRunClusterInspectRequest: () => validateRunClusterInspectRequest,
  validateScaleClusterNodePoolRequest: () => validateScaleClusterNodePoolRequest,
  validateScanClusterVulsRequest: () => validateScanClusterVulsRequest,
  validateStartAlertRequest: () => validateStartAlertRequest,
  validateStartWorkflowRequest: () => validateStartWorkflowRequest,
  validateStopAlertRequest: () => validateStopAlertRequest,
  validateSyncClusterNodePoolRequest: () => validateSyncClusterNodePoolRequest,
  validateTagResourcesRequest: () => validateTagResourcesRequest,
  validateUnInstallClusterAddonsRequest: () => validateUnInstallClusterAddonsRequest,
  validateUntagResourcesRequest: () => validateUntagResourcesRequest,
  validateUpdateClusterAuditLogConfigRequest: () => validateUpdateClusterAuditLogConfigRequest,
  validateUpdateClusterInspectConfigRequest: () => validateUpdateClusterInspectConfigRequest,
  validateUpdateContactGroupForAlertRequest: () => validateUpdateContactGroupForAlertRequest,
  validateUpdateControlPlaneLogRequest: () => validateUpdateControlPlaneLogRequest,
  validateUpdateK8sClusterUserConfigExpireRequest: () => validateUpdateK8sClusterUserConfigExpireRequest,
  validateUpdateResourcesDeleteProtectionRequest: () => validateUpdateResourcesDeleteProtectionRequest,
  validateUpdateTemplateRequest: () => validateUpdateTemplateRequest,
  validateUpdateUserPermissionsRequest: () => validateUpdateUserPermissionsRequest,
  validateUpgradeClusterAddonsRequest: () => validateUpgradeClusterAddonsRequest,
  validateUpgradeClusterNodepoolRequest: () => validateUpgradeClusterNodepoolRequest,
  validateUpgradeClusterRequest: () => validateUpgradeClusterRequest,
  waitUntilClusterDeleted: () => waitUntilClusterDeleted,
  waitUntilClusterRunning: () => waitUntilClusterRunning,
  waitUntilNodePoolActive: () => waitUntilNodePoolActive,
  waitUntilNodePoolDeleted: () => waitUntilNodePoolDeleted,
  waitUntilTaskSucceeded: () => waitUntilTaskSucceeded
});
module.exports = __toCommonJS(index_node_exports);

// generated:/src/models.ts
var CreateClusterBodyIpStackValues = ["ipv4", "dual"];
var CreateClusterNodePoolBodyAutoScalingTypeValues = ["cpu", "gpu", "gpushare", "spot"];
var CreateClusterNodePoolBodyKubernetesConfigCpuPolicyValues = ["static", "none"];
var CreateClusterNodePoolBodyKubernetesConfigRuntimeValues = [
  "containerd",
  "docker",
  "Sandboxed-Container.runv"
];
var CreateClusterNodePoolBodyScalingGroupInstanceChargeTypeValues = ["PrePaid", "PostPaid"];
var CreateClusterNodePoolBodyScalingGroupPeriodUnitValues = ["Month", "Week"];
var CreateClusterNodePoolBodyScalingGroupPlatformValues = [
  "CentOS",
  "AliyunLinux",
  "Windows",
  "WindowsCore"
];
var CreateClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues = [
  "PrivatePoolOnly",
  "PrivatePoolFirst",
  "None"
];
var CreateClusterNodePoolBodyScalingGroupScalingPolicyValues = ["release", "recycle"];
var CreateClusterNodePoolBodyScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var DataDiskCategoryValues = ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto"];
var DataDiskEncryptedValues = ["true", "false"];
var DataDiskOutputCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto"
];
var DataDiskOutputEncryptedValues = ["true", "false"];
var DescribeClusterAddonInstanceResponseStateValues = [
  "initial",
  "active",
  "unhealthy",
  "upgrading",
  "updating",
  "deleting",
  "deleted"
];
var DescribeClusterEventsResponseEventsItemDataLevelValues = ["warning", "error", "info"];
var DescribeClusterNodePoolDetailResponseAutoScalingEipInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
var DescribeClusterNodePoolDetailResponseAutoScalingTypeValues = ["cpu", "gpu", "gpushare", "spot"];
var DescribeClusterNodePoolDetailResponseInterconnectModeValues = ["basic", "dedicated"];
var DescribeClusterNodePoolDetailResponseKubernetesConfigCpuPolicyValues = ["static", "none"];
var DescribeClusterNodePoolDetailResponseNodepoolInfoTypeValues = ["ess", "edge"];
var DescribeClusterNodePoolDetailResponseScalingGroupInstanceChargeTypeValues = [
  "PrePaid",
  "PostPaid"
];
var DescribeClusterNodePoolDetailResponseScalingGroupInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
var DescribeClusterNodePoolDetailResponseScalingGroupMultiAzPolicyValues = [
  "PRIORITY",
  "COST_OPTIMIZED",
  "BALANCE"
];
var DescribeClusterNodePoolDetailResponseScalingGroupPeriodUnitValues = ["Month", "Week"];
var DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptionsMatchCriteriaValues = [
  "Open",
  "Target",
  "None"
];
var DescribeClusterNodePoolDetailResponseScalingGroupScalingPolicyValues = ["release", "recycle"];
var DescribeClusterNodePoolDetailResponseScalingGroupSpotStrategyValues = [
  "NoSpot",
  "SpotWithPriceLimit",
  "SpotAsPriceGo"
];
var DescribeClusterNodePoolDetailResponseScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var DescribeClusterNodePoolDetailResponseStatusStateValues = [
  "active",
  "scaling",
  "removing",
  "deleting",
  "updating"
];
var DescribeClusterNodePoolsResponseNodepoolsItemAutoScalingEipInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
var DescribeClusterNodePoolsResponseNodepoolsItemAutoScalingTypeValues = [
  "cpu",
  "gpu",
  "gpushare",
  "spot"
];
var DescribeClusterNodePoolsResponseNodepoolsItemInterconnectModeValues = ["basic", "dedicated"];
var DescribeClusterNodePoolsResponseNodepoolsItemKubernetesConfigCpuPolicyValues = ["static", "none"];
var DescribeClusterNodePoolsResponseNodepoolsItemNodepoolInfoTypeValues = ["ess", "edge"];
var DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupInstanceChargeTypeValues = [
  "PrePaid",
  "PostPaid"
];
var DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
var DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupMultiAzPolicyValues = [
  "PRIORITY",
  "COST_OPTIMIZED",
  "BALANCE"
];
var DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupPeriodUnitValues = ["Month", "Week"];
var DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues = [
  "Open",
  "Target",
  "None"
];
var DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupScalingPolicyValues = [
  "release",
  "recycle"
];
var DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupSpotStrategyValues = [
  "NoSpot",
  "SpotWithPriceLimit",
  "SpotAsPriceGo"
];
var DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var DescribeClusterNodePoolsResponseNodepoolsItemStatusStateValues = [
  "active",
  "scaling",
  "removing",
  "deleting",
  "updating"
];
var DescribeClusterResourcesResponseItemCreatorTypeValues = ["user", "system", "addon"];
var DescribeClusterVulsResponseVulRecordsItemNecessityValues = ["nntf", "later", "asap"];
var DescribeClusterVulsResponseVulRecordsItemVulTypeValues = [
  "app",
  "sca",
  "cve",
  "cms",
  "sys",
  "emg"
];
var DescribeNodePoolVulsResponseVulRecordsItemVulListItemNecessityValues = ["nntf", "later", "asap"];
var DescribeResourcesDeleteProtectionResourceTypeValues = ["namespaces", "services"];
var GetClusterDiagnosisCheckItemsResponseCheckItemsItemLevelValues = ["normal", "warning", "error"];
var GetClusterDiagnosisResultResponseTypeValues = [
  "node",
  "ingress",
  "cluster",
  "memory",
  "pod",
  "service",
  "network"
];
var InstanceMetadataOptionsHttpTokensValues = ["optional", "required"];
var ModifyClusterBodyApiServerCustomCertSansActionValues = ["append", "overwrite"];
var ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
var ModifyClusterNodePoolBodyAutoScalingTypeValues = ["cpu", "gpu", "gpushare", "spot"];
var ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues = ["static", "none"];
var ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues = [
  "containerd",
  "docker",
  "Sandboxed-Container.runv"
];
var ModifyClusterNodePoolBodyScalingGroupImageTypeValues = [
  "AliyunLinux",
  "AliyunLinuxSecurity",
  "AliyunLinux3",
  "AliyunLinux3Arm64",
  "AliyunLinux3Security",
  "CentOS",
  "Windows",
  "WindowsCore",
  "ContainerOS"
];
var ModifyClusterNodePoolBodyScalingGroupInstanceChargeTypeValues = ["PrePaid", "PostPaid"];
var ModifyClusterNodePoolBodyScalingGroupInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
var ModifyClusterNodePoolBodyScalingGroupMultiAzPolicyValues = [
  "PRIORITY",
  "COST_OPTIMIZED",
  "BALANCE"
];
var ModifyClusterNodePoolBodyScalingGroupPeriodUnitValues = ["Month", "Week"];
var ModifyClusterNodePoolBodyScalingGroupPlatformValues = [
  "AliyunLinux",
  "CentOS",
  "Windows",
  "WindowsCore"
];
var ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptionsMatchCriteriaValues = [
  "Open",
  "Target",
  "None"
];
var ModifyClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues = [
  "PrivatePoolFirst",
  "PrivatePoolOnly",
  "None"
];
var ModifyClusterNodePoolBodyScalingGroupScalingPolicyValues = ["release", "recycle"];
var ModifyClusterNodePoolBodyScalingGroupSpotStrategyValues = [
  "NoSpot",
  "SpotWithPriceLimit",
  "SpotAsPriceGo"
];
var ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoriesItemValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var ModifyClusterNodePoolBodyScalingGroupSystemDiskEncryptAlgorithmValues = ["aes-256"];
var NodePoolScalingGroupResourcePoolOptionsStrategyValues = [
  "PrivatePoolFirst",
  "PrivatePoolOnly",
  "None"
];
var TaintEffectValues = ["NoSchedule", "NoExecute", "PreferNoSchedule"];
var TaintOutputEffectValues = ["NoSchedule", "NoExecute", "PreferNoSchedule"];
var UpdateResourcesDeleteProtectionBodyResourceTypeValues = ["services", "namespaces"];
var UpdateUserPermissionsModeValues = ["delete", "patch", "apply"];
var UpgradeClusterNodepoolBodyRollingPolicyPausePolicyValues = [
  "FirstBatch",
  "EveryBatch",
  "NotPause"
];

// generated:/src/runtime/errors.ts
var CsError = class extends Error {
  name = "CsError";
  code;
  $metadata;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
  /** Every public field (`cause` and `stack` are left out: they may carry what the SDK was given). */
  toJSON() {
    const fields = { name: this.name, message: this.message };
    return Object.assign(fields, this);
  }
};
var CsServiceError = class extends CsError {
  name = "CsServiceError";
  statusCode;
  requestId;
  recommend;
  retryable;
  constructor(fields) {
    super(fields.code, fields.message);
    this.statusCode = fields.statusCode;
    this.requestId = fields.requestId;
    this.recommend = fields.recommend;
    this.retryable = fields.retryable;
  }
};
var ValidationError = class extends CsError {
  name = "ValidationError";
  issues;
  constructor(issues) {
    super("ValidationError", describeIssues(issues));
    this.issues = issues;
  }
};
function describeIssues(issues) {
  const shown = issues.slice(0, 10).map((issue) => `${issue.path || "/"} (${issue.code})`);
  const more = issues.length > shown.length ? `, and ${issues.length - shown.length} more` : "";
  return `Request is invalid: ${shown.join(", ")}${more}`;
}
var TimeoutError = class extends CsError {
  name = "TimeoutError";
  timeoutMs;
  constructor(timeoutMs) {
    super("Timeout", `No response within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
};
var NetworkError = class extends CsError {
  name = "NetworkError";
  /** The system error code, e.g. `ECONNREFUSED`, `ECONNRESET`, when known. */
  causeCode;
  requestWritten;
  constructor(message, fields) {
    super("NetworkError", message, { cause: fields.cause });
    this.causeCode = fields.causeCode;
    this.requestWritten = fields.requestWritten;
  }
};
var AbortError = class extends CsError {
  name = "AbortError";
  constructor() {
    super("Aborted", "The request was aborted");
  }
};
var ResponseParseError = class extends CsError {
  name = "ResponseParseError";
  statusCode;
  constructor(statusCode) {
    super("MalformedResponse", `The service answered ${statusCode} with a body that is not valid JSON`);
    this.statusCode = statusCode;
  }
};
var CredentialsError = class extends CsError {
  name = "CredentialsError";
  /** The credential source that failed (e.g. `ECS RAM role`), when one is to blame. */
  source;
  constructor(message, options) {
    super("MissingCredentials", message, options);
    this.source = options?.source;
  }
};
var MASK = "***";
function createScrubber(secrets) {
  const needles = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (!secret) continue;
    const uriComponent = encodeURIComponent(secret);
    needles.add(secret);
    needles.add(JSON.stringify(secret).slice(1, -1));
    needles.add(uriComponent);
    needles.add(uriComponent.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    needles.add(new URLSearchParams({ s: secret }).toString().slice(2));
  }
  const ordered = [...needles].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const needle of ordered) result = result.split(needle).join(MASK);
    return result;
  };
}

// generated:/src/runtime/validation.ts
function escapePointerToken(token) {
  const text = String(token);
  return text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text;
}
function parsePointer(path) {
  if (path === "") return [];
  return path.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
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

// generated:/src/validators.ts
function validateAttachInstancesRequest(value) {
  depth = 0;
  const issues = checkAttachInstancesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertAttachInstancesRequest(value) {
  depth = 0;
  const issues = checkAttachInstancesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateAttachInstancesToNodePoolRequest(value) {
  depth = 0;
  const issues = checkAttachInstancesToNodePoolRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertAttachInstancesToNodePoolRequest(value) {
  depth = 0;
  const issues = checkAttachInstancesToNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCancelClusterUpgradeRequest(value) {
  depth = 0;
  const issues = checkCancelClusterUpgradeRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCancelClusterUpgradeRequest(value) {
  depth = 0;
  const issues = checkCancelClusterUpgradeRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCancelComponentUpgradeRequest(value) {
  depth = 0;
  const issues = checkCancelComponentUpgradeRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCancelComponentUpgradeRequest(value) {
  depth = 0;
  const issues = checkCancelComponentUpgradeRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCancelOperationPlanRequest(value) {
  depth = 0;
  const issues = checkCancelOperationPlanRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCancelOperationPlanRequest(value) {
  depth = 0;
  const issues = checkCancelOperationPlanRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCancelTaskRequest(value) {
  depth = 0;
  const issues = checkCancelTaskRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCancelTaskRequest(value) {
  depth = 0;
  const issues = checkCancelTaskRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCancelWorkflowRequest(value) {
  depth = 0;
  const issues = checkCancelWorkflowRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCancelWorkflowRequest(value) {
  depth = 0;
  const issues = checkCancelWorkflowRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCheckControlPlaneLogEnableRequest(value) {
  depth = 0;
  const issues = checkCheckControlPlaneLogEnableRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCheckControlPlaneLogEnableRequest(value) {
  depth = 0;
  const issues = checkCheckControlPlaneLogEnableRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCheckServiceRoleRequest(value) {
  depth = 0;
  const issues = checkCheckServiceRoleRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCheckServiceRoleRequest(value) {
  depth = 0;
  const issues = checkCheckServiceRoleRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCleanClusterUserPermissionsRequest(value) {
  depth = 0;
  const issues = checkCleanClusterUserPermissionsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCleanClusterUserPermissionsRequest(value) {
  depth = 0;
  const issues = checkCleanClusterUserPermissionsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCleanUserPermissionsRequest(value) {
  depth = 0;
  const issues = checkCleanUserPermissionsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCleanUserPermissionsRequest(value) {
  depth = 0;
  const issues = checkCleanUserPermissionsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCreateAutoscalingConfigRequest(value) {
  depth = 0;
  const issues = checkCreateAutoscalingConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCreateAutoscalingConfigRequest(value) {
  depth = 0;
  const issues = checkCreateAutoscalingConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCreateClusterRequest(value) {
  depth = 0;
  const issues = checkCreateClusterRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCreateClusterRequest(value) {
  depth = 0;
  const issues = checkCreateClusterRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCreateClusterDiagnosisRequest(value) {
  depth = 0;
  const issues = checkCreateClusterDiagnosisRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCreateClusterDiagnosisRequest(value) {
  depth = 0;
  const issues = checkCreateClusterDiagnosisRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCreateClusterInspectConfigRequest(value) {
  depth = 0;
  const issues = checkCreateClusterInspectConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCreateClusterInspectConfigRequest(value) {
  depth = 0;
  const issues = checkCreateClusterInspectConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCreateClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkCreateClusterNodePoolRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCreateClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkCreateClusterNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCreateKubernetesTriggerRequest(value) {
  depth = 0;
  const issues = checkCreateKubernetesTriggerRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCreateKubernetesTriggerRequest(value) {
  depth = 0;
  const issues = checkCreateKubernetesTriggerRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCreateTemplateRequest(value) {
  depth = 0;
  const issues = checkCreateTemplateRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCreateTemplateRequest(value) {
  depth = 0;
  const issues = checkCreateTemplateRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateCreateTriggerRequest(value) {
  depth = 0;
  const issues = checkCreateTriggerRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertCreateTriggerRequest(value) {
  depth = 0;
  const issues = checkCreateTriggerRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteAlertContactRequest(value) {
  depth = 0;
  const issues = checkDeleteAlertContactRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteAlertContactRequest(value) {
  depth = 0;
  const issues = checkDeleteAlertContactRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteAlertContactGroupRequest(value) {
  depth = 0;
  const issues = checkDeleteAlertContactGroupRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteAlertContactGroupRequest(value) {
  depth = 0;
  const issues = checkDeleteAlertContactGroupRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteClusterRequest(value) {
  depth = 0;
  const issues = checkDeleteClusterRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteClusterRequest(value) {
  depth = 0;
  const issues = checkDeleteClusterRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteClusterInspectConfigRequest(value) {
  depth = 0;
  const issues = checkDeleteClusterInspectConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteClusterInspectConfigRequest(value) {
  depth = 0;
  const issues = checkDeleteClusterInspectConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteClusterNodepoolRequest(value) {
  depth = 0;
  const issues = checkDeleteClusterNodepoolRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteClusterNodepoolRequest(value) {
  depth = 0;
  const issues = checkDeleteClusterNodepoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteClusterNodesRequest(value) {
  depth = 0;
  const issues = checkDeleteClusterNodesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteClusterNodesRequest(value) {
  depth = 0;
  const issues = checkDeleteClusterNodesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteKubernetesTriggerRequest(value) {
  depth = 0;
  const issues = checkDeleteKubernetesTriggerRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteKubernetesTriggerRequest(value) {
  depth = 0;
  const issues = checkDeleteKubernetesTriggerRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeletePolicyInstanceRequest(value) {
  depth = 0;
  const issues = checkDeletePolicyInstanceRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeletePolicyInstanceRequest(value) {
  depth = 0;
  const issues = checkDeletePolicyInstanceRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteTemplateRequest(value) {
  depth = 0;
  const issues = checkDeleteTemplateRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteTemplateRequest(value) {
  depth = 0;
  const issues = checkDeleteTemplateRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeleteTriggerRequest(value) {
  depth = 0;
  const issues = checkDeleteTriggerRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeleteTriggerRequest(value) {
  depth = 0;
  const issues = checkDeleteTriggerRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDeployPolicyInstanceRequest(value) {
  depth = 0;
  const issues = checkDeployPolicyInstanceRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDeployPolicyInstanceRequest(value) {
  depth = 0;
  const issues = checkDeployPolicyInstanceRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescirbeWorkflowRequest(value) {
  depth = 0;
  const issues = checkDescirbeWorkflowRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescirbeWorkflowRequest(value) {
  depth = 0;
  const issues = checkDescirbeWorkflowRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeAddonRequest(value) {
  depth = 0;
  const issues = checkDescribeAddonRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeAddonRequest(value) {
  depth = 0;
  const issues = checkDescribeAddonRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeAddonsRequest(value) {
  depth = 0;
  const issues = checkDescribeAddonsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeAddonsRequest(value) {
  depth = 0;
  const issues = checkDescribeAddonsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterAddonInstanceRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonInstanceRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterAddonInstanceRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonInstanceRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterAddonMetadataRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonMetadataRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterAddonMetadataRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonMetadataRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterAddonUpgradeStatusRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonUpgradeStatusRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterAddonUpgradeStatusRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonUpgradeStatusRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterAddonsUpgradeStatusRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonsUpgradeStatusRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterAddonsUpgradeStatusRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonsUpgradeStatusRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterAddonsVersionRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonsVersionRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterAddonsVersionRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAddonsVersionRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterAttachScriptsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAttachScriptsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterAttachScriptsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterAttachScriptsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterDetailRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterDetailRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterDetailRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterDetailRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterEventsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterEventsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterEventsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterEventsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterLogsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterLogsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterLogsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterLogsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterNodePoolDetailRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterNodePoolDetailRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterNodePoolDetailRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterNodePoolDetailRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterNodePoolsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterNodePoolsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterNodePoolsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterNodePoolsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterNodesRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterNodesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterNodesRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterNodesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterResourcesRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterResourcesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterResourcesRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterResourcesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterTasksRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterTasksRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterTasksRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterTasksRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterUserKubeconfigRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterUserKubeconfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterUserKubeconfigRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterUserKubeconfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterV2UserKubeconfigRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterV2UserKubeconfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterV2UserKubeconfigRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterV2UserKubeconfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClusterVulsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterVulsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClusterVulsRequest(value) {
  depth = 0;
  const issues = checkDescribeClusterVulsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClustersRequest(value) {
  depth = 0;
  const issues = checkDescribeClustersRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClustersRequest(value) {
  depth = 0;
  const issues = checkDescribeClustersRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClustersForRegionRequest(value) {
  depth = 0;
  const issues = checkDescribeClustersForRegionRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClustersForRegionRequest(value) {
  depth = 0;
  const issues = checkDescribeClustersForRegionRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeClustersV1Request(value) {
  depth = 0;
  const issues = checkDescribeClustersV1Request(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeClustersV1Request(value) {
  depth = 0;
  const issues = checkDescribeClustersV1Request(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeEventsRequest(value) {
  depth = 0;
  const issues = checkDescribeEventsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeEventsRequest(value) {
  depth = 0;
  const issues = checkDescribeEventsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeEventsForRegionRequest(value) {
  depth = 0;
  const issues = checkDescribeEventsForRegionRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeEventsForRegionRequest(value) {
  depth = 0;
  const issues = checkDescribeEventsForRegionRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeExternalAgentRequest(value) {
  depth = 0;
  const issues = checkDescribeExternalAgentRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeExternalAgentRequest(value) {
  depth = 0;
  const issues = checkDescribeExternalAgentRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeKubernetesVersionMetadataRequest(value) {
  depth = 0;
  const issues = checkDescribeKubernetesVersionMetadataRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeKubernetesVersionMetadataRequest(value) {
  depth = 0;
  const issues = checkDescribeKubernetesVersionMetadataRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeNodePoolVulsRequest(value) {
  depth = 0;
  const issues = checkDescribeNodePoolVulsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeNodePoolVulsRequest(value) {
  depth = 0;
  const issues = checkDescribeNodePoolVulsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribePoliciesRequest(value) {
  depth = 0;
  const issues = checkDescribePoliciesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribePoliciesRequest(value) {
  depth = 0;
  const issues = checkDescribePoliciesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribePolicyDetailsRequest(value) {
  depth = 0;
  const issues = checkDescribePolicyDetailsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribePolicyDetailsRequest(value) {
  depth = 0;
  const issues = checkDescribePolicyDetailsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribePolicyGovernanceInClusterRequest(value) {
  depth = 0;
  const issues = checkDescribePolicyGovernanceInClusterRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribePolicyGovernanceInClusterRequest(value) {
  depth = 0;
  const issues = checkDescribePolicyGovernanceInClusterRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribePolicyInstancesRequest(value) {
  depth = 0;
  const issues = checkDescribePolicyInstancesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribePolicyInstancesRequest(value) {
  depth = 0;
  const issues = checkDescribePolicyInstancesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribePolicyInstancesStatusRequest(value) {
  depth = 0;
  const issues = checkDescribePolicyInstancesStatusRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribePolicyInstancesStatusRequest(value) {
  depth = 0;
  const issues = checkDescribePolicyInstancesStatusRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeResourcesDeleteProtectionRequest(value) {
  depth = 0;
  const issues = checkDescribeResourcesDeleteProtectionRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeResourcesDeleteProtectionRequest(value) {
  depth = 0;
  const issues = checkDescribeResourcesDeleteProtectionRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeSubaccountK8sClusterUserConfigRequest(value) {
  depth = 0;
  const issues = checkDescribeSubaccountK8sClusterUserConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeSubaccountK8sClusterUserConfigRequest(value) {
  depth = 0;
  const issues = checkDescribeSubaccountK8sClusterUserConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeTaskInfoRequest(value) {
  depth = 0;
  const issues = checkDescribeTaskInfoRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeTaskInfoRequest(value) {
  depth = 0;
  const issues = checkDescribeTaskInfoRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeTemplateAttributeRequest(value) {
  depth = 0;
  const issues = checkDescribeTemplateAttributeRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeTemplateAttributeRequest(value) {
  depth = 0;
  const issues = checkDescribeTemplateAttributeRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeTemplatesRequest(value) {
  depth = 0;
  const issues = checkDescribeTemplatesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeTemplatesRequest(value) {
  depth = 0;
  const issues = checkDescribeTemplatesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeTriggerRequest(value) {
  depth = 0;
  const issues = checkDescribeTriggerRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeTriggerRequest(value) {
  depth = 0;
  const issues = checkDescribeTriggerRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeUserClusterNamespacesRequest(value) {
  depth = 0;
  const issues = checkDescribeUserClusterNamespacesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeUserClusterNamespacesRequest(value) {
  depth = 0;
  const issues = checkDescribeUserClusterNamespacesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeUserPermissionRequest(value) {
  depth = 0;
  const issues = checkDescribeUserPermissionRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeUserPermissionRequest(value) {
  depth = 0;
  const issues = checkDescribeUserPermissionRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeUserQuotaRequest(value) {
  depth = 0;
  const issues = checkDescribeUserQuotaRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeUserQuotaRequest(value) {
  depth = 0;
  const issues = checkDescribeUserQuotaRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateDescribeWorkflowsRequest(value) {
  depth = 0;
  const issues = checkDescribeWorkflowsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertDescribeWorkflowsRequest(value) {
  depth = 0;
  const issues = checkDescribeWorkflowsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateFixNodePoolVulsRequest(value) {
  depth = 0;
  const issues = checkFixNodePoolVulsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertFixNodePoolVulsRequest(value) {
  depth = 0;
  const issues = checkFixNodePoolVulsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetClusterAddonInstanceRequest(value) {
  depth = 0;
  const issues = checkGetClusterAddonInstanceRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetClusterAddonInstanceRequest(value) {
  depth = 0;
  const issues = checkGetClusterAddonInstanceRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetClusterAuditProjectRequest(value) {
  depth = 0;
  const issues = checkGetClusterAuditProjectRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetClusterAuditProjectRequest(value) {
  depth = 0;
  const issues = checkGetClusterAuditProjectRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetClusterCheckRequest(value) {
  depth = 0;
  const issues = checkGetClusterCheckRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetClusterCheckRequest(value) {
  depth = 0;
  const issues = checkGetClusterCheckRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetClusterDiagnosisCheckItemsRequest(value) {
  depth = 0;
  const issues = checkGetClusterDiagnosisCheckItemsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetClusterDiagnosisCheckItemsRequest(value) {
  depth = 0;
  const issues = checkGetClusterDiagnosisCheckItemsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetClusterDiagnosisResultRequest(value) {
  depth = 0;
  const issues = checkGetClusterDiagnosisResultRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetClusterDiagnosisResultRequest(value) {
  depth = 0;
  const issues = checkGetClusterDiagnosisResultRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetClusterInspectConfigRequest(value) {
  depth = 0;
  const issues = checkGetClusterInspectConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetClusterInspectConfigRequest(value) {
  depth = 0;
  const issues = checkGetClusterInspectConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetClusterInspectReportDetailRequest(value) {
  depth = 0;
  const issues = checkGetClusterInspectReportDetailRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetClusterInspectReportDetailRequest(value) {
  depth = 0;
  const issues = checkGetClusterInspectReportDetailRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetKubernetesTriggerRequest(value) {
  depth = 0;
  const issues = checkGetKubernetesTriggerRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetKubernetesTriggerRequest(value) {
  depth = 0;
  const issues = checkGetKubernetesTriggerRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGetUpgradeStatusRequest(value) {
  depth = 0;
  const issues = checkGetUpgradeStatusRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGetUpgradeStatusRequest(value) {
  depth = 0;
  const issues = checkGetUpgradeStatusRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateGrantPermissionsRequest(value) {
  depth = 0;
  const issues = checkGrantPermissionsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertGrantPermissionsRequest(value) {
  depth = 0;
  const issues = checkGrantPermissionsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateInstallClusterAddonsRequest(value) {
  depth = 0;
  const issues = checkInstallClusterAddonsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertInstallClusterAddonsRequest(value) {
  depth = 0;
  const issues = checkInstallClusterAddonsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListAddonsRequest(value) {
  depth = 0;
  const issues = checkListAddonsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListAddonsRequest(value) {
  depth = 0;
  const issues = checkListAddonsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListClusterAddonInstancesRequest(value) {
  depth = 0;
  const issues = checkListClusterAddonInstancesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListClusterAddonInstancesRequest(value) {
  depth = 0;
  const issues = checkListClusterAddonInstancesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListClusterChecksRequest(value) {
  depth = 0;
  const issues = checkListClusterChecksRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListClusterChecksRequest(value) {
  depth = 0;
  const issues = checkListClusterChecksRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListClusterInspectReportsRequest(value) {
  depth = 0;
  const issues = checkListClusterInspectReportsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListClusterInspectReportsRequest(value) {
  depth = 0;
  const issues = checkListClusterInspectReportsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListClusterKubeconfigStatesRequest(value) {
  depth = 0;
  const issues = checkListClusterKubeconfigStatesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListClusterKubeconfigStatesRequest(value) {
  depth = 0;
  const issues = checkListClusterKubeconfigStatesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListOperationPlansRequest(value) {
  depth = 0;
  const issues = checkListOperationPlansRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListOperationPlansRequest(value) {
  depth = 0;
  const issues = checkListOperationPlansRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListOperationPlansForRegionRequest(value) {
  depth = 0;
  const issues = checkListOperationPlansForRegionRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListOperationPlansForRegionRequest(value) {
  depth = 0;
  const issues = checkListOperationPlansForRegionRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListTagResourcesRequest(value) {
  depth = 0;
  const issues = checkListTagResourcesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListTagResourcesRequest(value) {
  depth = 0;
  const issues = checkListTagResourcesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateListUserKubeConfigStatesRequest(value) {
  depth = 0;
  const issues = checkListUserKubeConfigStatesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertListUserKubeConfigStatesRequest(value) {
  depth = 0;
  const issues = checkListUserKubeConfigStatesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateMigrateClusterRequest(value) {
  depth = 0;
  const issues = checkMigrateClusterRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertMigrateClusterRequest(value) {
  depth = 0;
  const issues = checkMigrateClusterRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateModifyClusterRequest(value) {
  depth = 0;
  const issues = checkModifyClusterRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertModifyClusterRequest(value) {
  depth = 0;
  const issues = checkModifyClusterRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateModifyClusterAddonRequest(value) {
  depth = 0;
  const issues = checkModifyClusterAddonRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertModifyClusterAddonRequest(value) {
  depth = 0;
  const issues = checkModifyClusterAddonRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateModifyClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkModifyClusterNodePoolRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertModifyClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkModifyClusterNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateModifyClusterTagsRequest(value) {
  depth = 0;
  const issues = checkModifyClusterTagsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertModifyClusterTagsRequest(value) {
  depth = 0;
  const issues = checkModifyClusterTagsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateModifyNodePoolNodeConfigRequest(value) {
  depth = 0;
  const issues = checkModifyNodePoolNodeConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertModifyNodePoolNodeConfigRequest(value) {
  depth = 0;
  const issues = checkModifyNodePoolNodeConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateModifyPolicyInstanceRequest(value) {
  depth = 0;
  const issues = checkModifyPolicyInstanceRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertModifyPolicyInstanceRequest(value) {
  depth = 0;
  const issues = checkModifyPolicyInstanceRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateOpenAckServiceRequest(value) {
  depth = 0;
  const issues = checkOpenAckServiceRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertOpenAckServiceRequest(value) {
  depth = 0;
  const issues = checkOpenAckServiceRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validatePauseClusterUpgradeRequest(value) {
  depth = 0;
  const issues = checkPauseClusterUpgradeRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertPauseClusterUpgradeRequest(value) {
  depth = 0;
  const issues = checkPauseClusterUpgradeRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validatePauseComponentUpgradeRequest(value) {
  depth = 0;
  const issues = checkPauseComponentUpgradeRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertPauseComponentUpgradeRequest(value) {
  depth = 0;
  const issues = checkPauseComponentUpgradeRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validatePauseTaskRequest(value) {
  depth = 0;
  const issues = checkPauseTaskRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertPauseTaskRequest(value) {
  depth = 0;
  const issues = checkPauseTaskRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateRemoveNodePoolNodesRequest(value) {
  depth = 0;
  const issues = checkRemoveNodePoolNodesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertRemoveNodePoolNodesRequest(value) {
  depth = 0;
  const issues = checkRemoveNodePoolNodesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateRemoveWorkflowRequest(value) {
  depth = 0;
  const issues = checkRemoveWorkflowRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertRemoveWorkflowRequest(value) {
  depth = 0;
  const issues = checkRemoveWorkflowRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateRepairClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkRepairClusterNodePoolRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertRepairClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkRepairClusterNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateResumeComponentUpgradeRequest(value) {
  depth = 0;
  const issues = checkResumeComponentUpgradeRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertResumeComponentUpgradeRequest(value) {
  depth = 0;
  const issues = checkResumeComponentUpgradeRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateResumeTaskRequest(value) {
  depth = 0;
  const issues = checkResumeTaskRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertResumeTaskRequest(value) {
  depth = 0;
  const issues = checkResumeTaskRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateResumeUpgradeClusterRequest(value) {
  depth = 0;
  const issues = checkResumeUpgradeClusterRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertResumeUpgradeClusterRequest(value) {
  depth = 0;
  const issues = checkResumeUpgradeClusterRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateRevokeK8sClusterKubeConfigRequest(value) {
  depth = 0;
  const issues = checkRevokeK8sClusterKubeConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertRevokeK8sClusterKubeConfigRequest(value) {
  depth = 0;
  const issues = checkRevokeK8sClusterKubeConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateRunClusterCheckRequest(value) {
  depth = 0;
  const issues = checkRunClusterCheckRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertRunClusterCheckRequest(value) {
  depth = 0;
  const issues = checkRunClusterCheckRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateRunClusterInspectRequest(value) {
  depth = 0;
  const issues = checkRunClusterInspectRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertRunClusterInspectRequest(value) {
  depth = 0;
  const issues = checkRunClusterInspectRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateScaleClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkScaleClusterNodePoolRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertScaleClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkScaleClusterNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateScanClusterVulsRequest(value) {
  depth = 0;
  const issues = checkScanClusterVulsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertScanClusterVulsRequest(value) {
  depth = 0;
  const issues = checkScanClusterVulsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateStartAlertRequest(value) {
  depth = 0;
  const issues = checkStartAlertRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertStartAlertRequest(value) {
  depth = 0;
  const issues = checkStartAlertRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateStartWorkflowRequest(value) {
  depth = 0;
  const issues = checkStartWorkflowRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertStartWorkflowRequest(value) {
  depth = 0;
  const issues = checkStartWorkflowRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateStopAlertRequest(value) {
  depth = 0;
  const issues = checkStopAlertRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertStopAlertRequest(value) {
  depth = 0;
  const issues = checkStopAlertRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateSyncClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkSyncClusterNodePoolRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertSyncClusterNodePoolRequest(value) {
  depth = 0;
  const issues = checkSyncClusterNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateTagResourcesRequest(value) {
  depth = 0;
  const issues = checkTagResourcesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertTagResourcesRequest(value) {
  depth = 0;
  const issues = checkTagResourcesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUnInstallClusterAddonsRequest(value) {
  depth = 0;
  const issues = checkUnInstallClusterAddonsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUnInstallClusterAddonsRequest(value) {
  depth = 0;
  const issues = checkUnInstallClusterAddonsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUntagResourcesRequest(value) {
  depth = 0;
  const issues = checkUntagResourcesRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUntagResourcesRequest(value) {
  depth = 0;
  const issues = checkUntagResourcesRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpdateClusterAuditLogConfigRequest(value) {
  depth = 0;
  const issues = checkUpdateClusterAuditLogConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpdateClusterAuditLogConfigRequest(value) {
  depth = 0;
  const issues = checkUpdateClusterAuditLogConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpdateClusterInspectConfigRequest(value) {
  depth = 0;
  const issues = checkUpdateClusterInspectConfigRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpdateClusterInspectConfigRequest(value) {
  depth = 0;
  const issues = checkUpdateClusterInspectConfigRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpdateContactGroupForAlertRequest(value) {
  depth = 0;
  const issues = checkUpdateContactGroupForAlertRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpdateContactGroupForAlertRequest(value) {
  depth = 0;
  const issues = checkUpdateContactGroupForAlertRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpdateControlPlaneLogRequest(value) {
  depth = 0;
  const issues = checkUpdateControlPlaneLogRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpdateControlPlaneLogRequest(value) {
  depth = 0;
  const issues = checkUpdateControlPlaneLogRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpdateK8sClusterUserConfigExpireRequest(value) {
  depth = 0;
  const issues = checkUpdateK8sClusterUserConfigExpireRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpdateK8sClusterUserConfigExpireRequest(value) {
  depth = 0;
  const issues = checkUpdateK8sClusterUserConfigExpireRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpdateResourcesDeleteProtectionRequest(value) {
  depth = 0;
  const issues = checkUpdateResourcesDeleteProtectionRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpdateResourcesDeleteProtectionRequest(value) {
  depth = 0;
  const issues = checkUpdateResourcesDeleteProtectionRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpdateTemplateRequest(value) {
  depth = 0;
  const issues = checkUpdateTemplateRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpdateTemplateRequest(value) {
  depth = 0;
  const issues = checkUpdateTemplateRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpdateUserPermissionsRequest(value) {
  depth = 0;
  const issues = checkUpdateUserPermissionsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpdateUserPermissionsRequest(value) {
  depth = 0;
  const issues = checkUpdateUserPermissionsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpgradeClusterRequest(value) {
  depth = 0;
  const issues = checkUpgradeClusterRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpgradeClusterRequest(value) {
  depth = 0;
  const issues = checkUpgradeClusterRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpgradeClusterAddonsRequest(value) {
  depth = 0;
  const issues = checkUpgradeClusterAddonsRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpgradeClusterAddonsRequest(value) {
  depth = 0;
  const issues = checkUpgradeClusterAddonsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
function validateUpgradeClusterNodepoolRequest(value) {
  depth = 0;
  const issues = checkUpgradeClusterNodepoolRequest(value, null);
  return issues === null ? { ok: true, value } : { ok: false, issues };
}
function assertUpgradeClusterNodepoolRequest(value) {
  depth = 0;
  const issues = checkUpgradeClusterNodepoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}
var PATH = [];
var depth = 0;
function at(...tokens) {
  let path = "";
  for (let i = 0; i < depth; i++) path += "/" + pointerToken(PATH[i] ?? "");
  for (let i = 0; i < tokens.length; i++) path += "/" + pointerToken(tokens[i] ?? "");
  return path;
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
function unknownProperties(issues, keys, typeName) {
  for (let i = 0; i < keys.length; i++)
    issues = report(issues, at(keys[i]), "unknown_property", "is not a property of " + typeName);
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
function checkAttachInstancesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkAttachInstancesBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "AttachInstancesRequest");
  return issues;
}
function checkAttachInstancesToNodePoolRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkAttachInstancesToNodePoolBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "AttachInstancesToNodePoolRequest");
  return issues;
}
function checkCancelClusterUpgradeRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CancelClusterUpgradeRequest");
  return issues;
}
function checkCancelComponentUpgradeRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("componentId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("componentId"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CancelComponentUpgradeRequest");
  return issues;
}
function checkCancelOperationPlanRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("plan_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("plan_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CancelOperationPlanRequest");
  return issues;
}
function checkCancelTaskRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("task_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("task_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CancelTaskRequest");
  return issues;
}
function checkCancelWorkflowRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("workflowName"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("workflowName"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkCancelWorkflowBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CancelWorkflowRequest");
  return issues;
}
function checkCheckControlPlaneLogEnableRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CheckControlPlaneLogEnableRequest");
  return issues;
}
function checkCheckServiceRoleRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkCheckServiceRoleBody(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CheckServiceRoleRequest");
  return issues;
}
function checkCleanClusterUserPermissionsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("Uid"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("Uid"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("Force"), "boolean", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CleanClusterUserPermissionsRequest");
  return issues;
}
function checkCleanUserPermissionsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("Uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("Uid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("Force"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("ClusterIds"), "array", f3);
    } else {
      const a1 = f3;
      for (let i1 = 0; i1 < a1.length; i1++) {
        const e1 = a1[i1];
        if (typeof e1 !== "string") {
          issues = mistyped(issues, at("ClusterIds", i1), "string", e1);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CleanUserPermissionsRequest");
  return issues;
}
function checkCreateAutoscalingConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkCreateAutoscalingConfigBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateAutoscalingConfigRequest");
  return issues;
}
function checkCreateClusterRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkCreateClusterBody(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterRequest");
  return issues;
}
function checkCreateClusterDiagnosisRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkCreateClusterDiagnosisBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterDiagnosisRequest");
  return issues;
}
function checkCreateClusterInspectConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkCreateClusterInspectConfigBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterInspectConfigRequest");
  return issues;
}
function checkCreateClusterNodePoolRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at("ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkCreateClusterNodePoolBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolRequest");
  return issues;
}
function checkCreateKubernetesTriggerRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkCreateKubernetesTriggerBody(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateKubernetesTriggerRequest");
  return issues;
}
function checkCreateTemplateRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkCreateTemplateBody(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateTemplateRequest");
  return issues;
}
function checkCreateTriggerRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkCreateTriggerBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateTriggerRequest");
  return issues;
}
function checkDeleteAlertContactRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("contact_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at("contact_ids"), "array", f1);
    } else {
      const a2 = f1;
      for (let i2 = 0; i2 < a2.length; i2++) {
        const e2 = a2[i2];
        if (typeof e2 !== "number" || !Number.isSafeInteger(e2)) {
          issues = mistyped(issues, at("contact_ids", i2), "integer", e2);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteAlertContactRequest");
  return issues;
}
function checkDeleteAlertContactGroupRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("contact_group_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at("contact_group_ids"), "array", f1);
    } else {
      const a3 = f1;
      for (let i3 = 0; i3 < a3.length; i3++) {
        const e3 = a3[i3];
        if (typeof e3 !== "number" || !Number.isSafeInteger(e3)) {
          issues = mistyped(issues, at("contact_group_ids", i3), "integer", e3);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteAlertContactGroupRequest");
  return issues;
}
function checkDeleteClusterRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("retain_all_resources"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("keep_slb"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at("retain_resources"), "array", f4);
    } else {
      const a4 = f4;
      for (let i4 = 0; i4 < a4.length; i4++) {
        const e4 = a4[i4];
        if (typeof e4 !== "string") {
          issues = mistyped(issues, at("retain_resources", i4), "string", e4);
        }
      }
    }
  }
  if (f5 !== void 0) {
    if (!Array.isArray(f5)) {
      issues = mistyped(issues, at("delete_options"), "array", f5);
    } else {
      const a5 = f5;
      for (let i5 = 0; i5 < a5.length; i5++) {
        const e5 = a5[i5];
        PATH[depth++] = "delete_options";
        PATH[depth++] = i5;
        issues = checkDeleteClusterDeleteOptionsItem(e5, issues);
        depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteClusterRequest");
  return issues;
}
function checkDeleteClusterInspectConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteClusterInspectConfigRequest");
  return issues;
}
function checkDeleteClusterNodepoolRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at("ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolId"), "string", f2);
    } else {
      if (f2.length < 1 || f2.length < 2 && codePointLength(f2) < 1) {
        issues = report(issues, at("NodepoolId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("force"), "boolean", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteClusterNodepoolRequest");
  return issues;
}
function checkDeleteClusterNodesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkDeleteClusterNodesBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteClusterNodesRequest");
  return issues;
}
function checkDeleteKubernetesTriggerRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("Id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("Id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteKubernetesTriggerRequest");
  return issues;
}
function checkDeletePolicyInstanceRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("policy_name"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("policy_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("instance_name"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeletePolicyInstanceRequest");
  return issues;
}
function checkDeleteTemplateRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("TemplateId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("TemplateId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteTemplateRequest");
  return issues;
}
function checkDeleteTriggerRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("Id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("Id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteTriggerRequest");
  return issues;
}
function checkDeployPolicyInstanceRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("policy_name"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("policy_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkDeployPolicyInstanceBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeployPolicyInstanceRequest");
  return issues;
}
function checkDescirbeWorkflowRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("workflowName"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("workflowName"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescirbeWorkflowRequest");
  return issues;
}
function checkDescribeAddonRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("addon_name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("addon_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("cluster_type"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("profile"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("cluster_spec"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("cluster_version"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("version"), "string", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeAddonRequest");
  return issues;
}
function checkDescribeAddonsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("region"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("region"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("cluster_type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("cluster_profile"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("cluster_spec"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("cluster_version"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeAddonsRequest");
  return issues;
}
function checkDescribeClusterAddonInstanceRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterID"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterID"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("AddonName"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("AddonName"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterAddonInstanceRequest");
  return issues;
}
function checkDescribeClusterAddonMetadataRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("component_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("component_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("version"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterAddonMetadataRequest");
  return issues;
}
function checkDescribeClusterAddonUpgradeStatusRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("ComponentId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("ComponentId"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterAddonUpgradeStatusRequest");
  return issues;
}
function checkDescribeClusterAddonsUpgradeStatusRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("componentIds"), "required", "is required");
  } else {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("componentIds"), "array", f2);
    } else {
      const a6 = f2;
      for (let i6 = 0; i6 < a6.length; i6++) {
        const e6 = a6[i6];
        if (typeof e6 !== "string") {
          issues = mistyped(issues, at("componentIds", i6), "string", e6);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterAddonsUpgradeStatusRequest");
  return issues;
}
function checkDescribeClusterAddonsVersionRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterAddonsVersionRequest");
  return issues;
}
function checkDescribeClusterAttachScriptsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkDescribeClusterAttachScriptsBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterAttachScriptsRequest");
  return issues;
}
function checkDescribeClusterDetailRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterDetailRequest");
  return issues;
}
function checkDescribeClusterEventsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("page_size"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("page_number"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("task_id"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterEventsRequest");
  return issues;
}
function checkDescribeClusterLogsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterLogsRequest");
  return issues;
}
function checkDescribeClusterNodePoolDetailRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at("ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolId"), "string", f2);
    } else {
      if (f2.length < 1 || f2.length < 2 && codePointLength(f2) < 1) {
        issues = report(issues, at("NodepoolId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterNodePoolDetailRequest");
  return issues;
}
function checkDescribeClusterNodePoolsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at("ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolName"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterNodePoolsRequest");
  return issues;
}
function checkDescribeClusterNodesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("instanceIds"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("nodepool_id"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("state"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("pageSize"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("pageNumber"), "string", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterNodesRequest");
  return issues;
}
function checkDescribeClusterResourcesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("with_addon_resources"), "boolean", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterResourcesRequest");
  return issues;
}
function checkDescribeClusterTasksRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("page_size"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(issues, at("page_size"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("page_number"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(issues, at("page_number"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterTasksRequest");
  return issues;
}
function checkDescribeClusterUserKubeconfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("PrivateIpAddress"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("TemporaryDurationMinutes"), "integer", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterUserKubeconfigRequest");
  return issues;
}
function checkDescribeClusterV2UserKubeconfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("PrivateIpAddress"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("TemporaryDurationMinutes"), "integer", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterV2UserKubeconfigRequest");
  return issues;
}
function checkDescribeClusterVulsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterVulsRequest");
  return issues;
}
function checkDescribeClustersRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("clusterType"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("resource_group_id"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClustersRequest");
  return issues;
}
function checkDescribeClustersForRegionRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("cluster_type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("page_size"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("page_number"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("profile"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("cluster_spec"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f7);
    }
  }
  if (f8 === void 0) {
    issues = report(issues, at("region_id"), "required", "is required");
  } else {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClustersForRegionRequest");
  return issues;
}
function checkDescribeClustersV1Request(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("cluster_type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("page_size"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("page_number"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("profile"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("cluster_spec"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClustersV1Request");
  return issues;
}
function checkDescribeEventsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("page_size"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("page_number"), "integer", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeEventsRequest");
  return issues;
}
function checkDescribeEventsForRegionRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("page_size"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("page_number"), "integer", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at("region_id"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeEventsForRegionRequest");
  return issues;
}
function checkDescribeExternalAgentRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("PrivateIpAddress"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("AgentMode"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeExternalAgentRequest");
  return issues;
}
function checkDescribeKubernetesVersionMetadataRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("Region"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("Region"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("ClusterType"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("ClusterType"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("KubernetesVersion"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("Profile"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("runtime"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("Mode"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at("QueryUpgradableVersion"), "boolean", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeKubernetesVersionMetadataRequest");
  return issues;
}
function checkDescribeNodePoolVulsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("nodepool_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("nodepool_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("necessity"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeNodePoolVulsRequest");
  return issues;
}
function checkDescribePoliciesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
  }
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    (others ??= []).push(key);
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribePoliciesRequest");
  return issues;
}
function checkDescribePolicyDetailsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("policy_name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("policy_name"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribePolicyDetailsRequest");
  return issues;
}
function checkDescribePolicyGovernanceInClusterRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribePolicyGovernanceInClusterRequest");
  return issues;
}
function checkDescribePolicyInstancesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("policy_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("instance_name"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribePolicyInstancesRequest");
  return issues;
}
function checkDescribePolicyInstancesStatusRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribePolicyInstancesStatusRequest");
  return issues;
}
function checkDescribeResourcesDeleteProtectionRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("ResourceType"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("ResourceType"), "string", f2);
    } else {
      if (!(f2 === "namespaces" || f2 === "services")) {
        issues = report(issues, at("ResourceType"), "enum", 'must be one of "namespaces", "services"');
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("namespace"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("resources"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeResourcesDeleteProtectionRequest");
  return issues;
}
function checkDescribeSubaccountK8sClusterUserConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("Uid"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("Uid"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("PrivateIpAddress"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("TemporaryDurationMinutes"), "integer", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeSubaccountK8sClusterUserConfigRequest");
  return issues;
}
function checkDescribeTaskInfoRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("task_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("task_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeTaskInfoRequest");
  return issues;
}
function checkDescribeTemplateAttributeRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("TemplateId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("TemplateId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("template_type"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeTemplateAttributeRequest");
  return issues;
}
function checkDescribeTemplatesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("template_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("page_num"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("page_size"), "integer", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeTemplatesRequest");
  return issues;
}
function checkDescribeTriggerRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("Namespace"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("Namespace"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("Type"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at("Name"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("Name"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("action"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeTriggerRequest");
  return issues;
}
function checkDescribeUserClusterNamespacesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeUserClusterNamespacesRequest");
  return issues;
}
function checkDescribeUserPermissionRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("uid"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeUserPermissionRequest");
  return issues;
}
function checkDescribeUserQuotaRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
  }
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    (others ??= []).push(key);
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeUserQuotaRequest");
  return issues;
}
function checkDescribeWorkflowsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
  }
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    (others ??= []).push(key);
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeWorkflowsRequest");
  return issues;
}
function checkFixNodePoolVulsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("nodepool_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("nodepool_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkFixNodePoolVulsBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "FixNodePoolVulsRequest");
  return issues;
}
function checkGetClusterAddonInstanceRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("instance_name"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("instance_name"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetClusterAddonInstanceRequest");
  return issues;
}
function checkGetClusterAuditProjectRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterid"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetClusterAuditProjectRequest");
  return issues;
}
function checkGetClusterCheckRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("check_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("check_id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetClusterCheckRequest");
  return issues;
}
function checkGetClusterDiagnosisCheckItemsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("diagnosis_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("diagnosis_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("language"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetClusterDiagnosisCheckItemsRequest");
  return issues;
}
function checkGetClusterDiagnosisResultRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("diagnosis_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("diagnosis_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("language"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetClusterDiagnosisResultRequest");
  return issues;
}
function checkGetClusterInspectConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetClusterInspectConfigRequest");
  return issues;
}
function checkGetClusterInspectReportDetailRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("reportId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("reportId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("language"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("category"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("targetType"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("level"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at("enableFilter"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("nextToken"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "number" || !Number.isSafeInteger(f9)) {
      issues = mistyped(issues, at("maxResults"), "integer", f9);
    } else {
      if (!(f9 >= -2147483648 && f9 <= 2147483647)) {
        issues = report(issues, at("maxResults"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetClusterInspectReportDetailRequest");
  return issues;
}
function checkGetKubernetesTriggerRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("Namespace"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("Namespace"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("Type"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at("Name"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("Name"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("action"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetKubernetesTriggerRequest");
  return issues;
}
function checkGetUpgradeStatusRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GetUpgradeStatusRequest");
  return issues;
}
function checkGrantPermissionsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("uid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkGrantPermissionsBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GrantPermissionsRequest");
  return issues;
}
function checkInstallClusterAddonsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkInstallClusterAddonsBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "InstallClusterAddonsRequest");
  return issues;
}
function checkListAddonsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("region_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("cluster_type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("profile"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("cluster_spec"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("cluster_version"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListAddonsRequest");
  return issues;
}
function checkListClusterAddonInstancesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListClusterAddonInstancesRequest");
  return issues;
}
function checkListClusterChecksRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("target"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListClusterChecksRequest");
  return issues;
}
function checkListClusterInspectReportsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("nextToken"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("maxResults"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(issues, at("maxResults"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListClusterInspectReportsRequest");
  return issues;
}
function checkListClusterKubeconfigStatesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("pageNumber"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(issues, at("pageNumber"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("pageSize"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(issues, at("pageSize"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListClusterKubeconfigStatesRequest");
  return issues;
}
function checkListOperationPlansRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("type"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListOperationPlansRequest");
  return issues;
}
function checkListOperationPlansForRegionRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("region_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("type"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("state"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListOperationPlansForRegionRequest");
  return issues;
}
function checkListTagResourcesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("resource_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at("resource_ids"), "array", f1);
    } else {
      const a7 = f1;
      for (let i7 = 0; i7 < a7.length; i7++) {
        const e7 = a7[i7];
        if (typeof e7 !== "string") {
          issues = mistyped(issues, at("resource_ids", i7), "string", e7);
        }
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("resource_type"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("resource_type"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("region_id"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at("tags"), "array", f4);
    } else {
      const a8 = f4;
      for (let i8 = 0; i8 < a8.length; i8++) {
        const e8 = a8[i8];
        PATH[depth++] = "tags";
        PATH[depth++] = i8;
        issues = checkTag(e8, issues);
        depth -= 2;
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("next_token"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListTagResourcesRequest");
  return issues;
}
function checkListUserKubeConfigStatesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("Uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("Uid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("page_number"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(issues, at("page_number"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("page_size"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(issues, at("page_size"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ListUserKubeConfigStatesRequest");
  return issues;
}
function checkMigrateClusterRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkMigrateClusterBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "MigrateClusterRequest");
  return issues;
}
function checkModifyClusterRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkModifyClusterBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterRequest");
  return issues;
}
function checkModifyClusterAddonRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("component_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("component_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkModifyClusterAddonBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterAddonRequest");
  return issues;
}
function checkModifyClusterNodePoolRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at("ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolId"), "string", f2);
    } else {
      if (f2.length < 1 || f2.length < 2 && codePointLength(f2) < 1) {
        issues = report(issues, at("NodepoolId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkModifyClusterNodePoolBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolRequest");
  return issues;
}
function checkModifyClusterTagsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkModifyClusterTagsBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterTagsRequest");
  return issues;
}
function checkModifyNodePoolNodeConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkModifyNodePoolNodeConfigBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyNodePoolNodeConfigRequest");
  return issues;
}
function checkModifyPolicyInstanceRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("policy_name"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("policy_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkModifyPolicyInstanceBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyPolicyInstanceRequest");
  return issues;
}
function checkOpenAckServiceRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("type"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "OpenAckServiceRequest");
  return issues;
}
function checkPauseClusterUpgradeRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "PauseClusterUpgradeRequest");
  return issues;
}
function checkPauseComponentUpgradeRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterid"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("componentid"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("componentid"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "PauseComponentUpgradeRequest");
  return issues;
}
function checkPauseTaskRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("task_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("task_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "PauseTaskRequest");
  return issues;
}
function checkRemoveNodePoolNodesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("release_node"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("drain_node"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (!Array.isArray(f5)) {
      issues = mistyped(issues, at("nodes"), "array", f5);
    } else {
      const a9 = f5;
      for (let i9 = 0; i9 < a9.length; i9++) {
        const e9 = a9[i9];
        if (typeof e9 !== "string") {
          issues = mistyped(issues, at("nodes", i9), "string", e9);
        }
      }
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at("instance_ids"), "array", f6);
    } else {
      const a10 = f6;
      for (let i10 = 0; i10 < a10.length; i10++) {
        const e10 = a10[i10];
        if (typeof e10 !== "string") {
          issues = mistyped(issues, at("instance_ids", i10), "string", e10);
        }
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at("concurrency"), "boolean", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RemoveNodePoolNodesRequest");
  return issues;
}
function checkRemoveWorkflowRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("workflowName"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("workflowName"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RemoveWorkflowRequest");
  return issues;
}
function checkRepairClusterNodePoolRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("nodepool_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("nodepool_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkRepairClusterNodePoolBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RepairClusterNodePoolRequest");
  return issues;
}
function checkResumeComponentUpgradeRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterid"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("componentid"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("componentid"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ResumeComponentUpgradeRequest");
  return issues;
}
function checkResumeTaskRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("task_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("task_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ResumeTaskRequest");
  return issues;
}
function checkResumeUpgradeClusterRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ResumeUpgradeClusterRequest");
  return issues;
}
function checkRevokeK8sClusterKubeConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RevokeK8sClusterKubeConfigRequest");
  return issues;
}
function checkRunClusterCheckRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkRunClusterCheckBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RunClusterCheckRequest");
  return issues;
}
function checkRunClusterInspectRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkRunClusterInspectBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RunClusterInspectRequest");
  return issues;
}
function checkScaleClusterNodePoolRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at("ClusterId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolId"), "string", f2);
    } else {
      if (f2.length < 1 || f2.length < 2 && codePointLength(f2) < 1) {
        issues = report(issues, at("NodepoolId"), "min_length", "must be at least 1 character long");
      }
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkScaleClusterNodePoolBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ScaleClusterNodePoolRequest");
  return issues;
}
function checkScanClusterVulsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ScanClusterVulsRequest");
  return issues;
}
function checkStartAlertRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkStartAlertBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "StartAlertRequest");
  return issues;
}
function checkStartWorkflowRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkStartWorkflowBody(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "StartWorkflowRequest");
  return issues;
}
function checkStopAlertRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkStopAlertBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "StopAlertRequest");
  return issues;
}
function checkSyncClusterNodePoolRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "SyncClusterNodePoolRequest");
  return issues;
}
function checkTagResourcesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkTagResourcesBody(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "TagResourcesRequest");
  return issues;
}
function checkUnInstallClusterAddonsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUnInstallClusterAddonsBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UnInstallClusterAddonsRequest");
  return issues;
}
function checkUntagResourcesRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("region_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("resource_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("resource_ids"), "array", f2);
    } else {
      const a11 = f2;
      for (let i11 = 0; i11 < a11.length; i11++) {
        const e11 = a11[i11];
        if (typeof e11 !== "string") {
          issues = mistyped(issues, at("resource_ids", i11), "string", e11);
        }
      }
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("resource_type"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("resource_type"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at("tag_keys"), "required", "is required");
  } else {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at("tag_keys"), "array", f4);
    } else {
      const a12 = f4;
      for (let i12 = 0; i12 < a12.length; i12++) {
        const e12 = a12[i12];
        if (typeof e12 !== "string") {
          issues = mistyped(issues, at("tag_keys", i12), "string", e12);
        }
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at("all"), "boolean", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UntagResourcesRequest");
  return issues;
}
function checkUpdateClusterAuditLogConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpdateClusterAuditLogConfigBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateClusterAuditLogConfigRequest");
  return issues;
}
function checkUpdateClusterInspectConfigRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("clusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("clusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpdateClusterInspectConfigBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateClusterInspectConfigRequest");
  return issues;
}
function checkUpdateContactGroupForAlertRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpdateContactGroupForAlertBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateContactGroupForAlertRequest");
  return issues;
}
function checkUpdateControlPlaneLogRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpdateControlPlaneLogBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateControlPlaneLogRequest");
  return issues;
}
function checkUpdateK8sClusterUserConfigExpireRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkUpdateK8sClusterUserConfigExpireBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateK8sClusterUserConfigExpireRequest");
  return issues;
}
function checkUpdateResourcesDeleteProtectionRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("body"), "required", "is required");
  } else {
    PATH[depth++] = "body";
    issues = checkUpdateResourcesDeleteProtectionBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateResourcesDeleteProtectionRequest");
  return issues;
}
function checkUpdateTemplateRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("TemplateId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("TemplateId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpdateTemplateBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateTemplateRequest");
  return issues;
}
function checkUpdateUserPermissionsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("uid"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("uid"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("mode"), "string", f2);
    } else {
      if (!(f2 === "delete" || f2 === "patch" || f2 === "apply")) {
        issues = report(issues, at("mode"), "enum", 'must be one of "delete", "patch", "apply"');
      }
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpdateUserPermissionsBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateUserPermissionsRequest");
  return issues;
}
function checkUpgradeClusterRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpgradeClusterBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpgradeClusterRequest");
  return issues;
}
function checkUpgradeClusterAddonsRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpgradeClusterAddonsBody(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpgradeClusterAddonsRequest");
  return issues;
}
function checkUpgradeClusterNodepoolRequest(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("ClusterId"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("ClusterId"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("NodepoolId"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("NodepoolId"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "body";
    issues = checkUpgradeClusterNodepoolBody(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpgradeClusterNodepoolRequest");
  return issues;
}
function checkAddon(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("config"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("disabled"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("version"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "Addon");
  return issues;
}
function checkAttachInstancesBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("instances"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at("instances"), "array", f1);
    } else {
      const a13 = f1;
      for (let i13 = 0; i13 < a13.length; i13++) {
        const e13 = a13[i13];
        if (typeof e13 !== "string") {
          issues = mistyped(issues, at("instances", i13), "string", e13);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("key_pair"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("password"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("format_disk"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at("keep_instance_name"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("is_edge_worker"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("nodepool_id"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("image_id"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at("cpu_policy"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("user_data"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (!Array.isArray(f11)) {
      issues = mistyped(issues, at("rds_instances"), "array", f11);
    } else {
      const a14 = f11;
      for (let i14 = 0; i14 < a14.length; i14++) {
        const e14 = a14[i14];
        if (typeof e14 !== "string") {
          issues = mistyped(issues, at("rds_instances", i14), "string", e14);
        }
      }
    }
  }
  if (f12 !== void 0) {
    PATH[depth++] = "runtime";
    issues = checkRuntime(f12, issues);
    depth--;
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at("tags"), "array", f13);
    } else {
      const a15 = f13;
      for (let i15 = 0; i15 < a15.length; i15++) {
        const e15 = a15[i15];
        PATH[depth++] = "tags";
        PATH[depth++] = i15;
        issues = checkTag(e15, issues);
        depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "AttachInstancesBody");
  return issues;
}
function checkAttachInstancesToNodePoolBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("instances"), "array", f1);
    } else {
      const a16 = f1;
      for (let i16 = 0; i16 < a16.length; i16++) {
        const e16 = a16[i16];
        if (typeof e16 !== "string") {
          issues = mistyped(issues, at("instances", i16), "string", e16);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("password"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("format_disk"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("keep_instance_name"), "boolean", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "AttachInstancesToNodePoolBody");
  return issues;
}
function checkCancelWorkflowBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("action"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("action"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CancelWorkflowBody");
  return issues;
}
function checkCheckServiceRoleBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("roles"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at("roles"), "array", f1);
    } else {
      const a17 = f1;
      for (let i17 = 0; i17 < a17.length; i17++) {
        const e17 = a17[i17];
        PATH[depth++] = "roles";
        PATH[depth++] = i17;
        issues = checkCheckServiceRoleBodyRolesItem(e17, issues);
        depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CheckServiceRoleBody");
  return issues;
}
function checkCheckServiceRoleBodyRolesItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CheckServiceRoleBodyRolesItem");
  return issues;
}
function checkContainerdConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("registryMirrors"), "array", f1);
    } else {
      const a18 = f1;
      for (let i18 = 0; i18 < a18.length; i18++) {
        const e18 = a18[i18];
        if (typeof e18 !== "string") {
          issues = mistyped(issues, at("registryMirrors", i18), "string", e18);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("insecureRegistries"), "array", f2);
    } else {
      const a19 = f2;
      for (let i19 = 0; i19 < a19.length; i19++) {
        const e19 = a19[i19];
        if (typeof e19 !== "string") {
          issues = mistyped(issues, at("insecureRegistries", i19), "string", e19);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("maxConcurrentDownloads"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("ignoreImageDefinedVolume"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at("limitCore"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "number" || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at("limitNoFile"), "integer", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("limitMemLock"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ContainerdConfig");
  return issues;
}
function checkCreateAutoscalingConfigBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cool_down_duration"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("unneeded_duration"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("utilization_threshold"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("gpu_utilization_threshold"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("scan_interval"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("scale_down_enabled"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("expander"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at("skip_nodes_with_system_pods"), "boolean", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "boolean") {
      issues = mistyped(issues, at("skip_nodes_with_local_storage"), "boolean", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "boolean") {
      issues = mistyped(issues, at("daemonset_eviction_for_nodes"), "boolean", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "number" || !Number.isSafeInteger(f11)) {
      issues = mistyped(issues, at("max_graceful_termination_sec"), "integer", f11);
    } else {
      if (!(f11 >= -2147483648 && f11 <= 2147483647)) {
        issues = report(
          issues,
          at("max_graceful_termination_sec"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "number" || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at("min_replica_count"), "integer", f12);
    } else {
      if (!(f12 >= -2147483648 && f12 <= 2147483647)) {
        issues = report(
          issues,
          at("min_replica_count"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "boolean") {
      issues = mistyped(issues, at("recycle_node_deletion_enabled"), "boolean", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "boolean") {
      issues = mistyped(issues, at("scale_up_from_zero"), "boolean", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at("scaler_type"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "object" || f16 === null || Array.isArray(f16)) {
      issues = mistyped(issues, at("priorities"), "object", f16);
    } else {
      const m1 = f16;
      const k1 = Object.keys(m1);
      for (let i20 = 0; i20 < k1.length; i20++) {
        const key1 = k1[i20];
        const e20 = m1[key1];
        if (!Array.isArray(e20)) {
          issues = mistyped(issues, at("priorities", key1), "array", e20);
        } else {
          const a20 = e20;
          for (let i21 = 0; i21 < a20.length; i21++) {
            const e21 = a20[i21];
            if (typeof e21 !== "string") {
              issues = mistyped(issues, at("priorities", key1, i21), "string", e21);
            }
          }
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateAutoscalingConfigBody");
  return issues;
}
function checkCreateClusterBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("region_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("cluster_type"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("cluster_spec"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("profile"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("kubernetes_version"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    PATH[depth++] = "auto_mode";
    issues = checkCreateClusterBodyAutoMode(f7, issues);
    depth--;
  }
  if (f8 !== void 0) {
    if (!Array.isArray(f8)) {
      issues = mistyped(issues, at("tags"), "array", f8);
    } else {
      const a21 = f8;
      for (let i22 = 0; i22 < a21.length; i22++) {
        const e22 = a21[i22];
        PATH[depth++] = "tags";
        PATH[depth++] = i22;
        issues = checkTag(e22, issues);
        depth -= 2;
      }
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at("resource_group_id"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "boolean") {
      issues = mistyped(issues, at("deletion_protection"), "boolean", f10);
    }
  }
  if (f11 !== void 0) {
    if (!Array.isArray(f11)) {
      issues = mistyped(issues, at("zone_ids"), "array", f11);
    } else {
      const a22 = f11;
      for (let i23 = 0; i23 < a22.length; i23++) {
        const e23 = a22[i23];
        if (typeof e23 !== "string") {
          issues = mistyped(issues, at("zone_ids", i23), "string", e23);
        }
      }
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at("vpcid"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at("vswitch_ids"), "array", f13);
    } else {
      const a23 = f13;
      for (let i24 = 0; i24 < a23.length; i24++) {
        const e24 = a23[i24];
        if (typeof e24 !== "string") {
          issues = mistyped(issues, at("vswitch_ids", i24), "string", e24);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("ip_stack"), "string", f14);
    } else {
      if (!(f14 === "ipv4" || f14 === "dual")) {
        issues = report(issues, at("ip_stack"), "enum", 'must be one of "ipv4", "dual"');
      }
    }
  }
  if (f15 !== void 0) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at("pod_vswitch_ids"), "array", f15);
    } else {
      const a24 = f15;
      for (let i25 = 0; i25 < a24.length; i25++) {
        const e25 = a24[i25];
        if (typeof e25 !== "string") {
          issues = mistyped(issues, at("pod_vswitch_ids", i25), "string", e25);
        }
      }
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "string") {
      issues = mistyped(issues, at("container_cidr"), "string", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at("service_cidr"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at("security_group_id"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "boolean") {
      issues = mistyped(issues, at("is_enterprise_security_group"), "boolean", f19);
    }
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "boolean") {
      issues = mistyped(issues, at("snat_entry"), "boolean", f20);
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "boolean") {
      issues = mistyped(issues, at("endpoint_public_access"), "boolean", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at("load_balancer_id"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "boolean") {
      issues = mistyped(issues, at("ssh_flags"), "boolean", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at("timezone"), "string", f24);
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "string") {
      issues = mistyped(issues, at("node_cidr_mask"), "string", f25);
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "string") {
      issues = mistyped(issues, at("proxy_mode"), "string", f26);
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "string") {
      issues = mistyped(issues, at("controlplane_log_ttl"), "string", f27);
    }
  }
  if (f28 !== void 0) {
    if (typeof f28 !== "string") {
      issues = mistyped(issues, at("controlplane_log_project"), "string", f28);
    }
  }
  if (f29 !== void 0) {
    if (!Array.isArray(f29)) {
      issues = mistyped(issues, at("controlplane_log_components"), "array", f29);
    } else {
      const a25 = f29;
      for (let i26 = 0; i26 < a25.length; i26++) {
        const e26 = a25[i26];
        if (typeof e26 !== "string") {
          issues = mistyped(issues, at("controlplane_log_components", i26), "string", e26);
        }
      }
    }
  }
  if (f30 !== void 0) {
    PATH[depth++] = "audit_log_config";
    issues = checkCreateClusterBodyAuditLogConfig(f30, issues);
    depth--;
  }
  if (f31 !== void 0) {
    PATH[depth++] = "rrsa_config";
    issues = checkCreateClusterBodyRrsaConfig(f31, issues);
    depth--;
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "string") {
      issues = mistyped(issues, at("cluster_domain"), "string", f32);
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "string") {
      issues = mistyped(issues, at("encryption_provider_key"), "string", f33);
    }
  }
  if (f34 !== void 0) {
    if (typeof f34 !== "string") {
      issues = mistyped(issues, at("service_account_issuer"), "string", f34);
    }
  }
  if (f35 !== void 0) {
    if (typeof f35 !== "string") {
      issues = mistyped(issues, at("api_audiences"), "string", f35);
    }
  }
  if (f36 !== void 0) {
    if (!Array.isArray(f36)) {
      issues = mistyped(issues, at("extra_sans"), "array", f36);
    } else {
      const a26 = f36;
      for (let i27 = 0; i27 < a26.length; i27++) {
        const e27 = a26[i27];
        if (typeof e27 !== "string") {
          issues = mistyped(issues, at("extra_sans", i27), "string", e27);
        }
      }
    }
  }
  if (f37 !== void 0) {
    PATH[depth++] = "maintenance_window";
    issues = checkMaintenanceWindow(f37, issues);
    depth--;
  }
  if (f38 !== void 0) {
    PATH[depth++] = "operation_policy";
    issues = checkCreateClusterBodyOperationPolicy(f38, issues);
    depth--;
  }
  if (f39 !== void 0) {
    if (!Array.isArray(f39)) {
      issues = mistyped(issues, at("addons"), "array", f39);
    } else {
      const a27 = f39;
      for (let i28 = 0; i28 < a27.length; i28++) {
        const e28 = a27[i28];
        PATH[depth++] = "addons";
        PATH[depth++] = i28;
        issues = checkAddon(e28, issues);
        depth -= 2;
      }
    }
  }
  if (f40 !== void 0) {
    if (!Array.isArray(f40)) {
      issues = mistyped(issues, at("nodepools"), "array", f40);
    } else {
      const a28 = f40;
      for (let i29 = 0; i29 < a28.length; i29++) {
        const e29 = a28[i29];
        PATH[depth++] = "nodepools";
        PATH[depth++] = i29;
        issues = checkNodePool(e29, issues);
        depth -= 2;
      }
    }
  }
  if (f41 !== void 0) {
    if (typeof f41 !== "string") {
      issues = mistyped(issues, at("user_ca"), "string", f41);
    }
  }
  if (f42 !== void 0) {
    PATH[depth++] = "control_plane_config";
    issues = checkCreateClusterBodyControlPlaneConfig(f42, issues);
    depth--;
  }
  if (f43 !== void 0) {
    if (typeof f43 !== "string") {
      issues = mistyped(issues, at("custom_san"), "string", f43);
    }
  }
  if (f44 !== void 0) {
    PATH[depth++] = "runtime";
    issues = checkRuntime(f44, issues);
    depth--;
  }
  if (f45 !== void 0) {
    if (typeof f45 !== "string") {
      issues = mistyped(issues, at("node_name_mode"), "string", f45);
    }
  }
  if (f46 !== void 0) {
    if (typeof f46 !== "string") {
      issues = mistyped(issues, at("user_data"), "string", f46);
    }
  }
  if (f47 !== void 0) {
    if (typeof f47 !== "string") {
      issues = mistyped(issues, at("image_id"), "string", f47);
    }
  }
  if (f48 !== void 0) {
    if (!Array.isArray(f48)) {
      issues = mistyped(issues, at("rds_instances"), "array", f48);
    } else {
      const a29 = f48;
      for (let i30 = 0; i30 < a29.length; i30++) {
        const e30 = a29[i30];
        if (typeof e30 !== "string") {
          issues = mistyped(issues, at("rds_instances", i30), "string", e30);
        }
      }
    }
  }
  if (f49 !== void 0) {
    if (!Array.isArray(f49)) {
      issues = mistyped(issues, at("taints"), "array", f49);
    } else {
      const a30 = f49;
      for (let i31 = 0; i31 < a30.length; i31++) {
        const e31 = a30[i31];
        PATH[depth++] = "taints";
        PATH[depth++] = i31;
        issues = checkTaint(e31, issues);
        depth -= 2;
      }
    }
  }
  if (f50 !== void 0) {
    if (typeof f50 !== "boolean") {
      issues = mistyped(issues, at("cloud_monitor_flags"), "boolean", f50);
    }
  }
  if (f51 !== void 0) {
    if (typeof f51 !== "string") {
      issues = mistyped(issues, at("platform"), "string", f51);
    }
  }
  if (f52 !== void 0) {
    if (typeof f52 !== "string") {
      issues = mistyped(issues, at("os_type"), "string", f52);
    }
  }
  if (f53 !== void 0) {
    if (typeof f53 !== "boolean") {
      issues = mistyped(issues, at("soc_enabled"), "boolean", f53);
    }
  }
  if (f54 !== void 0) {
    if (typeof f54 !== "boolean") {
      issues = mistyped(issues, at("security_hardening_os"), "boolean", f54);
    }
  }
  if (f55 !== void 0) {
    if (typeof f55 !== "boolean") {
      issues = mistyped(issues, at("cis_enabled"), "boolean", f55);
    }
  }
  if (f56 !== void 0) {
    if (typeof f56 !== "string") {
      issues = mistyped(issues, at("cpu_policy"), "string", f56);
    }
  }
  if (f57 !== void 0) {
    if (typeof f57 !== "string") {
      issues = mistyped(issues, at("node_port_range"), "string", f57);
    }
  }
  if (f58 !== void 0) {
    if (!Array.isArray(f58)) {
      issues = mistyped(issues, at("master_vswitch_ids"), "array", f58);
    } else {
      const a31 = f58;
      for (let i32 = 0; i32 < a31.length; i32++) {
        const e32 = a31[i32];
        if (typeof e32 !== "string") {
          issues = mistyped(issues, at("master_vswitch_ids", i32), "string", e32);
        }
      }
    }
  }
  if (f59 !== void 0) {
    if (typeof f59 !== "string") {
      issues = mistyped(issues, at("key_pair"), "string", f59);
    }
  }
  if (f60 !== void 0) {
    if (typeof f60 !== "string") {
      issues = mistyped(issues, at("login_password"), "string", f60);
    }
  }
  if (f61 !== void 0) {
    if (typeof f61 !== "number" || !Number.isSafeInteger(f61)) {
      issues = mistyped(issues, at("master_count"), "integer", f61);
    }
  }
  if (f62 !== void 0) {
    if (!Array.isArray(f62)) {
      issues = mistyped(issues, at("master_instance_types"), "array", f62);
    } else {
      const a32 = f62;
      for (let i33 = 0; i33 < a32.length; i33++) {
        const e33 = a32[i33];
        if (typeof e33 !== "string") {
          issues = mistyped(issues, at("master_instance_types", i33), "string", e33);
        }
      }
    }
  }
  if (f63 !== void 0) {
    if (typeof f63 !== "string") {
      issues = mistyped(issues, at("master_system_disk_category"), "string", f63);
    }
  }
  if (f64 !== void 0) {
    if (typeof f64 !== "number" || !Number.isSafeInteger(f64)) {
      issues = mistyped(issues, at("master_system_disk_size"), "integer", f64);
    }
  }
  if (f65 !== void 0) {
    if (typeof f65 !== "string") {
      issues = mistyped(issues, at("master_system_disk_performance_level"), "string", f65);
    }
  }
  if (f66 !== void 0) {
    if (typeof f66 !== "string") {
      issues = mistyped(issues, at("master_system_disk_snapshot_policy_id"), "string", f66);
    }
  }
  if (f67 !== void 0) {
    if (typeof f67 !== "string") {
      issues = mistyped(issues, at("master_instance_charge_type"), "string", f67);
    }
  }
  if (f68 !== void 0) {
    if (typeof f68 !== "string") {
      issues = mistyped(issues, at("master_period_unit"), "string", f68);
    }
  }
  if (f69 !== void 0) {
    if (typeof f69 !== "number" || !Number.isSafeInteger(f69)) {
      issues = mistyped(issues, at("master_period"), "integer", f69);
    }
  }
  if (f70 !== void 0) {
    if (typeof f70 !== "boolean") {
      issues = mistyped(issues, at("master_auto_renew"), "boolean", f70);
    }
  }
  if (f71 !== void 0) {
    if (typeof f71 !== "number" || !Number.isSafeInteger(f71)) {
      issues = mistyped(issues, at("master_auto_renew_period"), "integer", f71);
    }
  }
  if (f72 !== void 0) {
    if (typeof f72 !== "number" || !Number.isSafeInteger(f72)) {
      issues = mistyped(issues, at("num_of_nodes"), "integer", f72);
    }
  }
  if (f73 !== void 0) {
    if (!Array.isArray(f73)) {
      issues = mistyped(issues, at("worker_vswitch_ids"), "array", f73);
    } else {
      const a33 = f73;
      for (let i34 = 0; i34 < a33.length; i34++) {
        const e34 = a33[i34];
        if (typeof e34 !== "string") {
          issues = mistyped(issues, at("worker_vswitch_ids", i34), "string", e34);
        }
      }
    }
  }
  if (f74 !== void 0) {
    if (!Array.isArray(f74)) {
      issues = mistyped(issues, at("worker_instance_types"), "array", f74);
    } else {
      const a34 = f74;
      for (let i35 = 0; i35 < a34.length; i35++) {
        const e35 = a34[i35];
        if (typeof e35 !== "string") {
          issues = mistyped(issues, at("worker_instance_types", i35), "string", e35);
        }
      }
    }
  }
  if (f75 !== void 0) {
    if (typeof f75 !== "string") {
      issues = mistyped(issues, at("worker_system_disk_category"), "string", f75);
    }
  }
  if (f76 !== void 0) {
    if (typeof f76 !== "number" || !Number.isSafeInteger(f76)) {
      issues = mistyped(issues, at("worker_system_disk_size"), "integer", f76);
    }
  }
  if (f77 !== void 0) {
    if (typeof f77 !== "string") {
      issues = mistyped(issues, at("worker_system_disk_snapshot_policy_id"), "string", f77);
    }
  }
  if (f78 !== void 0) {
    if (typeof f78 !== "string") {
      issues = mistyped(issues, at("worker_system_disk_performance_level"), "string", f78);
    }
  }
  if (f79 !== void 0) {
    if (!Array.isArray(f79)) {
      issues = mistyped(issues, at("worker_data_disks"), "array", f79);
    } else {
      const a35 = f79;
      for (let i36 = 0; i36 < a35.length; i36++) {
        const e36 = a35[i36];
        PATH[depth++] = "worker_data_disks";
        PATH[depth++] = i36;
        issues = checkCreateClusterBodyWorkerDataDisksItem(e36, issues);
        depth -= 2;
      }
    }
  }
  if (f80 !== void 0) {
    if (typeof f80 !== "string") {
      issues = mistyped(issues, at("worker_instance_charge_type"), "string", f80);
    }
  }
  if (f81 !== void 0) {
    if (typeof f81 !== "string") {
      issues = mistyped(issues, at("worker_period_unit"), "string", f81);
    }
  }
  if (f82 !== void 0) {
    if (typeof f82 !== "number" || !Number.isSafeInteger(f82)) {
      issues = mistyped(issues, at("worker_period"), "integer", f82);
    }
  }
  if (f83 !== void 0) {
    if (typeof f83 !== "boolean") {
      issues = mistyped(issues, at("worker_auto_renew"), "boolean", f83);
    }
  }
  if (f84 !== void 0) {
    if (typeof f84 !== "number" || !Number.isSafeInteger(f84)) {
      issues = mistyped(issues, at("worker_auto_renew_period"), "integer", f84);
    }
  }
  if (f85 !== void 0) {
    if (!Array.isArray(f85)) {
      issues = mistyped(issues, at("instances"), "array", f85);
    } else {
      const a36 = f85;
      for (let i37 = 0; i37 < a36.length; i37++) {
        const e37 = a36[i37];
        if (typeof e37 !== "string") {
          issues = mistyped(issues, at("instances", i37), "string", e37);
        }
      }
    }
  }
  if (f86 !== void 0) {
    if (typeof f86 !== "boolean") {
      issues = mistyped(issues, at("format_disk"), "boolean", f86);
    }
  }
  if (f87 !== void 0) {
    if (typeof f87 !== "boolean") {
      issues = mistyped(issues, at("keep_instance_name"), "boolean", f87);
    }
  }
  if (f88 !== void 0) {
    if (!Array.isArray(f88)) {
      issues = mistyped(issues, at("service_discovery_types"), "array", f88);
    } else {
      const a37 = f88;
      for (let i38 = 0; i38 < a37.length; i38++) {
        const e38 = a37[i38];
        if (typeof e38 !== "string") {
          issues = mistyped(issues, at("service_discovery_types", i38), "string", e38);
        }
      }
    }
  }
  if (f89 !== void 0) {
    if (typeof f89 !== "boolean") {
      issues = mistyped(issues, at("nat_gateway"), "boolean", f89);
    }
  }
  if (f90 !== void 0) {
    if (typeof f90 !== "string") {
      issues = mistyped(issues, at("zone_id"), "string", f90);
    }
  }
  if (f91 !== void 0) {
    if (typeof f91 !== "string") {
      issues = mistyped(issues, at("logging_type"), "string", f91);
    }
  }
  if (f92 !== void 0) {
    if (typeof f92 !== "boolean") {
      issues = mistyped(issues, at("disable_rollback"), "boolean", f92);
    }
  }
  if (f93 !== void 0) {
    if (typeof f93 !== "number" || !Number.isSafeInteger(f93)) {
      issues = mistyped(issues, at("timeout_mins"), "integer", f93);
    }
  }
  if (f94 !== void 0) {
    if (typeof f94 !== "string") {
      issues = mistyped(issues, at("image_type"), "string", f94);
    }
  }
  if (f95 !== void 0) {
    if (typeof f95 !== "string") {
      issues = mistyped(issues, at("load_balancer_spec"), "string", f95);
    }
  }
  if (f96 !== void 0) {
    if (typeof f96 !== "boolean") {
      issues = mistyped(issues, at("enable_rrsa"), "boolean", f96);
    }
  }
  if (f97 !== void 0) {
    if (typeof f97 !== "string") {
      issues = mistyped(issues, at("charge_type"), "string", f97);
    }
  }
  if (f98 !== void 0) {
    if (typeof f98 !== "string") {
      issues = mistyped(issues, at("period_unit"), "string", f98);
    }
  }
  if (f99 !== void 0) {
    if (typeof f99 !== "number" || !Number.isSafeInteger(f99)) {
      issues = mistyped(issues, at("period"), "integer", f99);
    }
  }
  if (f100 !== void 0) {
    if (typeof f100 !== "boolean") {
      issues = mistyped(issues, at("auto_renew"), "boolean", f100);
    }
  }
  if (f101 !== void 0) {
    if (typeof f101 !== "number" || !Number.isSafeInteger(f101)) {
      issues = mistyped(issues, at("auto_renew_period"), "integer", f101);
    }
  }
  if (f102 !== void 0) {
    if (!Array.isArray(f102)) {
      issues = mistyped(issues, at("access_control_list"), "array", f102);
    } else {
      const a38 = f102;
      for (let i39 = 0; i39 < a38.length; i39++) {
        const e39 = a38[i39];
        if (typeof e39 !== "string") {
          issues = mistyped(issues, at("access_control_list", i39), "string", e39);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterBody");
  return issues;
}
function checkCreateClusterBodyAuditLogConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("sls_project_name"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterBodyAuditLogConfig");
  return issues;
}
function checkCreateClusterBodyAutoMode(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterBodyAutoMode");
  return issues;
}
function checkCreateClusterBodyControlPlaneConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("charge_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("period"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("period_unit"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("auto_renew"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at("auto_renew_period"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at("instance_types"), "array", f6);
    } else {
      const a39 = f6;
      for (let i40 = 0; i40 < a39.length; i40++) {
        const e40 = a39[i40];
        if (typeof e40 !== "string") {
          issues = mistyped(issues, at("instance_types", i40), "string", e40);
        }
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("image_type"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("image_id"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at("key_pair"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("login_password"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("system_disk_category"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "number" || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at("system_disk_size"), "integer", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at("system_disk_snapshot_policy_id"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("system_disk_performance_level"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "number" || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at("system_disk_provisioned_iops"), "integer", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at("system_disk_bursting_enabled"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at("deploymentset_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "boolean") {
      issues = mistyped(issues, at("cloud_monitor_flags"), "boolean", f18);
    }
  }
  if (f19 !== void 0) {
    PATH[depth++] = "instance_metadata_options";
    issues = checkInstanceMetadataOptions(f19, issues);
    depth--;
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "boolean") {
      issues = mistyped(issues, at("soc_enabled"), "boolean", f20);
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "boolean") {
      issues = mistyped(issues, at("security_hardening_os"), "boolean", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at("cpu_policy"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at("runtime"), "string", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at("node_port_range"), "string", f24);
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "number" || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at("size"), "integer", f25);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterBodyControlPlaneConfig");
  return issues;
}
function checkCreateClusterBodyOperationPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    PATH[depth++] = "cluster_auto_upgrade";
    issues = checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterBodyOperationPolicy");
  return issues;
}
function checkCreateClusterBodyOperationPolicyClusterAutoUpgrade(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("channel"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterBodyOperationPolicyClusterAutoUpgrade");
  return issues;
}
function checkCreateClusterBodyRrsaConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enabled"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterBodyRrsaConfig");
  return issues;
}
function checkCreateClusterBodyWorkerDataDisksItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("category"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("category"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("encrypted"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("size"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("size"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("performance_level"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterBodyWorkerDataDisksItem");
  return issues;
}
function checkCreateClusterDiagnosisBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "object" || f2 === null || Array.isArray(f2)) {
      issues = mistyped(issues, at("target"), "object", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterDiagnosisBody");
  return issues;
}
function checkCreateClusterInspectConfigBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("enabled"), "required", "is required");
  } else {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at("enabled"), "boolean", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("recurrence"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("recurrence"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("disabledCheckItems"), "array", f3);
    } else {
      const a40 = f3;
      for (let i42 = 0; i42 < a40.length; i42++) {
        const e42 = a40[i42];
        if (typeof e42 !== "string") {
          issues = mistyped(issues, at("disabledCheckItems", i42), "string", e42);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterInspectConfigBody");
  return issues;
}
function checkCreateClusterNodePoolBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    PATH[depth++] = "nodepool_info";
    issues = checkCreateClusterNodePoolBodyNodepoolInfo(f1, issues);
    depth--;
  }
  if (f2 !== void 0) {
    PATH[depth++] = "auto_scaling";
    issues = checkCreateClusterNodePoolBodyAutoScaling(f2, issues);
    depth--;
  }
  if (f3 !== void 0) {
    PATH[depth++] = "management";
    issues = checkCreateClusterNodePoolBodyManagement(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    PATH[depth++] = "scaling_group";
    issues = checkCreateClusterNodePoolBodyScalingGroup(f4, issues);
    depth--;
  }
  if (f5 !== void 0) {
    PATH[depth++] = "node_config";
    issues = checkCreateClusterNodePoolBodyNodeConfig(f5, issues);
    depth--;
  }
  if (f6 !== void 0) {
    PATH[depth++] = "kubernetes_config";
    issues = checkCreateClusterNodePoolBodyKubernetesConfig(f6, issues);
    depth--;
  }
  if (f7 !== void 0) {
    PATH[depth++] = "tee_config";
    issues = checkCreateClusterNodePoolBodyTeeConfig(f7, issues);
    depth--;
  }
  if (f8 !== void 0) {
    PATH[depth++] = "interconnect_config";
    issues = checkCreateClusterNodePoolBodyInterconnectConfig(f8, issues);
    depth--;
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "number" || !Number.isSafeInteger(f9)) {
      issues = mistyped(issues, at("count"), "integer", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "number" || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at("max_nodes"), "integer", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("interconnect_mode"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "boolean") {
      issues = mistyped(issues, at("host_network"), "boolean", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "boolean") {
      issues = mistyped(issues, at("intranet"), "boolean", f13);
    }
  }
  if (f14 !== void 0) {
    PATH[depth++] = "eflo_node_group";
    issues = checkCreateClusterNodePoolBodyEfloNodeGroup(f14, issues);
    depth--;
  }
  if (f15 !== void 0) {
    PATH[depth++] = "auto_mode";
    issues = checkCreateClusterNodePoolBodyAutoMode(f15, issues);
    depth--;
  }
  if (f16 !== void 0) {
    if (!Array.isArray(f16)) {
      issues = mistyped(issues, at("node_components"), "array", f16);
    } else {
      const a41 = f16;
      for (let i43 = 0; i43 < a41.length; i43++) {
        const e43 = a41[i43];
        PATH[depth++] = "node_components";
        PATH[depth++] = i43;
        issues = checkCreateClusterNodePoolBodyNodeComponentsItem(e43, issues);
        depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBody");
  return issues;
}
function checkCreateClusterNodePoolBodyAutoMode(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyAutoMode");
  return issues;
}
function checkCreateClusterNodePoolBodyAutoScaling(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("max_instances"), "integer", f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at("max_instances"), "minimum", "must be greater than or equal to 0");
      }
      if (f3 > 2e3) {
        issues = report(issues, at("max_instances"), "maximum", "must be less than or equal to 2000");
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("min_instances"), "integer", f4);
    } else {
      if (f4 < 0) {
        issues = report(issues, at("min_instances"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at("is_bond_eip"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("eip_internet_charge_type"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("eip_bandwidth"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyAutoScaling");
  if (typeof f4 === "number" && typeof f3 === "number" && f4 > f3) {
    issues = report(issues, at("min_instances"), "less_or_equal", "must be less than or equal to max_instances");
  }
  return issues;
}
function checkCreateClusterNodePoolBodyEfloNodeGroup(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("group_id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyEfloNodeGroup");
  return issues;
}
function checkCreateClusterNodePoolBodyInterconnectConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cen_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("ccn_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("ccn_region_id"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("bandwidth"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("improved_period"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyInterconnectConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyKubernetesConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("labels"), "array", f1);
    } else {
      const a42 = f1;
      for (let i44 = 0; i44 < a42.length; i44++) {
        const e44 = a42[i44];
        PATH[depth++] = "labels";
        PATH[depth++] = i44;
        issues = checkTag(e44, issues);
        depth -= 2;
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("taints"), "array", f2);
    } else {
      const a43 = f2;
      for (let i45 = 0; i45 < a43.length; i45++) {
        const e45 = a43[i45];
        PATH[depth++] = "taints";
        PATH[depth++] = i45;
        issues = checkTaint(e45, issues);
        depth -= 2;
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("runtime"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("runtime_version"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("cpu_policy"), "string", f5);
    } else {
      if (!(f5 === "static" || f5 === "none")) {
        issues = report(issues, at("cpu_policy"), "enum", 'must be one of "static", "none"');
      }
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("user_data"), "string", f6);
    } else {
      if (!isBase64(f6)) {
        issues = report(issues, at("user_data"), "format", "must be a valid base64 string (RFC 4648, padded)");
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at("unschedulable"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at("cms_enabled"), "boolean", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at("node_name_mode"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("pre_user_data"), "string", f10);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyKubernetesConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyManagement(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("auto_repair"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "auto_repair_policy";
    issues = checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("auto_vul_fix"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    PATH[depth++] = "auto_vul_fix_policy";
    issues = checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(f5, issues);
    depth--;
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("auto_upgrade"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    PATH[depth++] = "auto_upgrade_policy";
    issues = checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(f7, issues);
    depth--;
  }
  if (f8 !== void 0) {
    PATH[depth++] = "upgrade_config";
    issues = checkCreateClusterNodePoolBodyManagementUpgradeConfig(f8, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyManagement");
  return issues;
}
function checkCreateClusterNodePoolBodyManagementAutoRepairPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("approval_required"), "boolean", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyManagementAutoRepairPolicy");
  return issues;
}
function checkCreateClusterNodePoolBodyManagementAutoUpgradePolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("auto_upgrade_kubelet"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("auto_upgrade_runtime"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("auto_upgrade_os"), "boolean", f3);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyManagementAutoUpgradePolicy");
  return issues;
}
function checkCreateClusterNodePoolBodyManagementAutoVulFixPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("vul_level"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("exclude_packages"), "string", f3);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyManagementAutoVulFixPolicy");
  return issues;
}
function checkCreateClusterNodePoolBodyManagementUpgradeConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("auto_upgrade"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("surge"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("surge_percentage"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("max_unavailable"), "integer", f4);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyManagementUpgradeConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyNodeComponentsItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "config";
    issues = checkCreateClusterNodePoolBodyNodeComponentsItemConfig(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyNodeComponentsItem");
  return issues;
}
function checkCreateClusterNodePoolBodyNodeComponentsItemConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("custom_config"), "object", f1);
    } else {
      const m3 = f1;
      const k3 = Object.keys(m3);
      for (let i46 = 0; i46 < k3.length; i46++) {
        const key3 = k3[i46];
        const e46 = m3[key3];
        if (typeof e46 !== "string") {
          issues = mistyped(issues, at("custom_config", key3), "string", e46);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyNodeComponentsItemConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyNodeConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    PATH[depth++] = "kubelet_configuration";
    issues = checkKubeletConfig(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyNodeConfig");
  return issues;
}
function checkCreateClusterNodePoolBodyNodepoolInfo(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("resource_group_id"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyNodepoolInfo");
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroup(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("vswitch_ids"), "array", f1);
    } else {
      const a44 = f1;
      if (a44.length < 1) {
        issues = report(issues, at("vswitch_ids"), "min_items", "must have at least 1 item");
      }
      if (a44.length > 8) {
        issues = report(issues, at("vswitch_ids"), "max_items", "must have at most 8 items");
      }
      for (let i47 = 0; i47 < a44.length; i47++) {
        const e47 = a44[i47];
        if (typeof e47 !== "string") {
          issues = mistyped(issues, at("vswitch_ids", i47), "string", e47);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("instance_types"), "array", f2);
    } else {
      const a45 = f2;
      if (a45.length < 1) {
        issues = report(issues, at("instance_types"), "min_items", "must have at least 1 item");
      }
      if (a45.length > 10) {
        issues = report(issues, at("instance_types"), "max_items", "must have at most 10 items");
      }
      for (let i48 = 0; i48 < a45.length; i48++) {
        const e48 = a45[i48];
        if (typeof e48 !== "string") {
          issues = mistyped(issues, at("instance_types", i48), "string", e48);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("instance_charge_type"), "string", f3);
    } else {
      if (!(f3 === "PrePaid" || f3 === "PostPaid")) {
        issues = report(issues, at("instance_charge_type"), "enum", 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("period"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("period_unit"), "string", f5);
    } else {
      if (!(f5 === "Month" || f5 === "Week")) {
        issues = report(issues, at("period_unit"), "enum", 'must be one of "Month", "Week"');
      }
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("auto_renew"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("auto_renew_period"), "integer", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("spot_strategy"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at("spot_price_limit"), "array", f9);
    } else {
      const a46 = f9;
      for (let i49 = 0; i49 < a46.length; i49++) {
        const e49 = a46[i49];
        PATH[depth++] = "spot_price_limit";
        PATH[depth++] = i49;
        issues = checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(e49, issues);
        depth -= 2;
      }
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("image_type"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("image_id"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at("system_disk_category"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at("system_disk_categories"), "array", f13);
    } else {
      const a47 = f13;
      if (a47.length > 10) {
        issues = report(issues, at("system_disk_categories"), "max_items", "must have at most 10 items");
      }
      for (let i50 = 0; i50 < a47.length; i50++) {
        const e50 = a47[i50];
        if (typeof e50 !== "string") {
          issues = mistyped(issues, at("system_disk_categories", i50), "string", e50);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "number" || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at("system_disk_size"), "integer", f14);
    } else {
      if (f14 < 20) {
        issues = report(issues, at("system_disk_size"), "minimum", "must be greater than or equal to 20");
      }
      if (f14 > 2048) {
        issues = report(issues, at("system_disk_size"), "maximum", "must be less than or equal to 2048");
      }
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at("system_disk_performance_level"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at("system_disk_encrypted"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at("system_disk_kms_key_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at("system_disk_encrypt_algorithm"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "boolean") {
      issues = mistyped(issues, at("system_disk_bursting_enabled"), "boolean", f19);
    }
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "number" || !Number.isSafeInteger(f20)) {
      issues = mistyped(issues, at("system_disk_provisioned_iops"), "integer", f20);
    }
  }
  if (f21 !== void 0) {
    if (!Array.isArray(f21)) {
      issues = mistyped(issues, at("data_disks"), "array", f21);
    } else {
      const a48 = f21;
      for (let i51 = 0; i51 < a48.length; i51++) {
        const e51 = a48[i51];
        PATH[depth++] = "data_disks";
        PATH[depth++] = i51;
        issues = checkDataDisk(e51, issues);
        depth -= 2;
      }
    }
  }
  if (f22 !== void 0) {
    if (!Array.isArray(f22)) {
      issues = mistyped(issues, at("security_group_ids"), "array", f22);
    } else {
      const a49 = f22;
      for (let i52 = 0; i52 < a49.length; i52++) {
        const e52 = a49[i52];
        if (typeof e52 !== "string") {
          issues = mistyped(issues, at("security_group_ids", i52), "string", e52);
        }
      }
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at("key_pair"), "string", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at("login_password"), "string", f24);
    } else {
      if (f24.length > 30 && codePointLength(f24) > 30) {
        issues = report(issues, at("login_password"), "max_length", "must be at most 30 characters long");
      }
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "boolean") {
      issues = mistyped(issues, at("login_as_non_root"), "boolean", f25);
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "boolean") {
      issues = mistyped(issues, at("cis_enabled"), "boolean", f26);
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "boolean") {
      issues = mistyped(issues, at("soc_enabled"), "boolean", f27);
    }
  }
  if (f28 !== void 0) {
    if (typeof f28 !== "boolean") {
      issues = mistyped(issues, at("security_hardening_os"), "boolean", f28);
    }
  }
  if (f29 !== void 0) {
    if (typeof f29 !== "string") {
      issues = mistyped(issues, at("internet_charge_type"), "string", f29);
    }
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "number" || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at("internet_max_bandwidth_out"), "integer", f30);
    }
  }
  if (f31 !== void 0) {
    if (!Array.isArray(f31)) {
      issues = mistyped(issues, at("tags"), "array", f31);
    } else {
      const a50 = f31;
      for (let i53 = 0; i53 < a50.length; i53++) {
        const e53 = a50[i53];
        PATH[depth++] = "tags";
        PATH[depth++] = i53;
        issues = checkCreateClusterNodePoolBodyScalingGroupTagsItem(e53, issues);
        depth -= 2;
      }
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "number" || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at("desired_size"), "integer", f32);
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "string") {
      issues = mistyped(issues, at("multi_az_policy"), "string", f33);
    }
  }
  if (f34 !== void 0) {
    if (typeof f34 !== "string") {
      issues = mistyped(issues, at("scaling_policy"), "string", f34);
    }
  }
  if (f35 !== void 0) {
    if (typeof f35 !== "number" || !Number.isSafeInteger(f35)) {
      issues = mistyped(issues, at("on_demand_base_capacity"), "integer", f35);
    }
  }
  if (f36 !== void 0) {
    if (typeof f36 !== "number" || !Number.isSafeInteger(f36)) {
      issues = mistyped(issues, at("on_demand_percentage_above_base_capacity"), "integer", f36);
    }
  }
  if (f37 !== void 0) {
    if (typeof f37 !== "number" || !Number.isSafeInteger(f37)) {
      issues = mistyped(issues, at("spot_instance_pools"), "integer", f37);
    }
  }
  if (f38 !== void 0) {
    if (typeof f38 !== "boolean") {
      issues = mistyped(issues, at("spot_instance_remedy"), "boolean", f38);
    }
  }
  if (f39 !== void 0) {
    if (typeof f39 !== "boolean") {
      issues = mistyped(issues, at("compensate_with_on_demand"), "boolean", f39);
    }
  }
  if (f40 !== void 0) {
    if (typeof f40 !== "string") {
      issues = mistyped(issues, at("deploymentset_id"), "string", f40);
    }
  }
  if (f41 !== void 0) {
    if (!Array.isArray(f41)) {
      issues = mistyped(issues, at("rds_instances"), "array", f41);
    } else {
      const a51 = f41;
      for (let i54 = 0; i54 < a51.length; i54++) {
        const e54 = a51[i54];
        if (typeof e54 !== "string") {
          issues = mistyped(issues, at("rds_instances", i54), "string", e54);
        }
      }
    }
  }
  if (f42 !== void 0) {
    PATH[depth++] = "private_pool_options";
    issues = checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(f42, issues);
    depth--;
  }
  if (f43 !== void 0) {
    if (typeof f43 !== "string") {
      issues = mistyped(issues, at("security_group_id"), "string", f43);
    }
  }
  if (f44 !== void 0) {
    if (typeof f44 !== "string") {
      issues = mistyped(issues, at("platform"), "string", f44);
    }
  }
  if (f45 !== void 0) {
    if (!Array.isArray(f45)) {
      issues = mistyped(issues, at("instance_patterns"), "array", f45);
    } else {
      const a52 = f45;
      for (let i55 = 0; i55 < a52.length; i55++) {
        const e55 = a52[i55];
        PATH[depth++] = "instance_patterns";
        PATH[depth++] = i55;
        issues = checkInstancePatterns(e55, issues);
        depth -= 2;
      }
    }
  }
  if (f46 !== void 0) {
    if (typeof f46 !== "string") {
      issues = mistyped(issues, at("ram_role_name"), "string", f46);
    }
  }
  if (f47 !== void 0) {
    PATH[depth++] = "instance_metadata_options";
    issues = checkInstanceMetadataOptions(f47, issues);
    depth--;
  }
  if (f48 !== void 0) {
    PATH[depth++] = "resource_pool_options";
    issues = checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(f48, issues);
    depth--;
  }
  if (f49 !== void 0) {
    if (typeof f49 !== "string") {
      issues = mistyped(issues, at("system_disk_snapshot_policy_id"), "string", f49);
    }
  }
  if (f50 !== void 0) {
    if (typeof f50 !== "string") {
      issues = mistyped(issues, at("vpc_id"), "string", f50);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyScalingGroup");
  if (!(f23 !== void 0 || f24 !== void 0)) {
    issues = report(issues, at(), "any_required", "at least one of key_pair or login_password must be set");
  }
  if (f3 === "PrePaid") {
    if (f4 === void 0) {
      issues = report(
        issues,
        at("period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
    if (f5 === void 0) {
      issues = report(
        issues,
        at("period_unit"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
    if (f6 === void 0) {
      issues = report(
        issues,
        at("auto_renew"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
  }
  if (f3 === "PrePaid" && f6 === true) {
    if (f7 === void 0) {
      issues = report(
        issues,
        at("auto_renew_period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid" and auto_renew is true'
      );
    }
  }
  if (f5 === "Week") {
    if (f4 !== void 0) {
      if (!(typeof f4 !== "number" || !Number.isSafeInteger(f4))) {
        if (!(f4 === 1 || f4 === 2 || f4 === 3 || f4 === 4)) {
          issues = report(issues, at("period"), "enum", 'must be one of 1, 2, 3, 4 when period_unit is "Week"');
        }
      }
    }
  } else {
    if (f4 !== void 0) {
      if (!(typeof f4 !== "number" || !Number.isSafeInteger(f4))) {
        if (!VALUES1.has(f4)) {
          issues = report(
            issues,
            at("period"),
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
            at("auto_renew_period"),
            "enum",
            'must be one of 1, 2, 3, 6, 12 unless period_unit is "Week"'
          );
        }
      }
    }
  }
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroupPrivatePoolOptions(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("match_criteria"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyScalingGroupPrivatePoolOptions");
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroupResourcePoolOptions(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("strategy"), "string", f1);
    } else {
      if (!(f1 === "PrivatePoolOnly" || f1 === "PrivatePoolFirst" || f1 === "None")) {
        issues = report(issues, at("strategy"), "enum", 'must be one of "PrivatePoolOnly", "PrivatePoolFirst", "None"');
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("private_pool_ids"), "array", f2);
    } else {
      const a53 = f2;
      for (let i56 = 0; i56 < a53.length; i56++) {
        const e56 = a53[i56];
        if (typeof e56 !== "string") {
          issues = mistyped(issues, at("private_pool_ids", i56), "string", e56);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyScalingGroupResourcePoolOptions");
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("instance_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("price_limit"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyScalingGroupSpotPriceLimitItem");
  return issues;
}
function checkCreateClusterNodePoolBodyScalingGroupTagsItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("key"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("value"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyScalingGroupTagsItem");
  return issues;
}
function checkCreateClusterNodePoolBodyTeeConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("tee_enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBodyTeeConfig");
  return issues;
}
function checkCreateKubernetesTriggerBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("project_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("project_id"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("action"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("action"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("type"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateKubernetesTriggerBody");
  return issues;
}
function checkCreateTemplateBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("template"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("template"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("tags"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("description"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("template_type"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateTemplateBody");
  return issues;
}
function checkCreateTriggerBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster_id"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster_id"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("project_id"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("project_id"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("action"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("action"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("type"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateTriggerBody");
  return issues;
}
function checkDataDisk(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("category"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("size"), "integer", f2);
    } else {
      if (f2 < 40) {
        issues = report(issues, at("size"), "minimum", "must be greater than or equal to 40");
      }
      if (f2 > 32768) {
        issues = report(issues, at("size"), "maximum", "must be less than or equal to 32768");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("encrypted"), "string", f3);
    } else {
      if (!(f3 === "true" || f3 === "false")) {
        issues = report(issues, at("encrypted"), "enum", 'must be one of "true", "false"');
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("kms_key_id"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("auto_snapshot_policy_id"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("performance_level"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("provisioned_iops"), "integer", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at("bursting_enabled"), "boolean", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "boolean") {
      issues = mistyped(issues, at("auto_format"), "boolean", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("file_system"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("mount_target"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at("disk_name"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at("device"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("snapshot_id"), "string", f14);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DataDisk");
  return issues;
}
function checkDeleteClusterDeleteOptionsItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("resource_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("delete_mode"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteClusterDeleteOptionsItem");
  return issues;
}
function checkDeleteClusterNodesBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("drain_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("release_node"), "boolean", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("nodes"), "required", "is required");
  } else {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("nodes"), "array", f3);
    } else {
      const a54 = f3;
      for (let i57 = 0; i57 < a54.length; i57++) {
        const e57 = a54[i57];
        if (typeof e57 !== "string") {
          issues = mistyped(issues, at("nodes", i57), "string", e57);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeleteClusterNodesBody");
  return issues;
}
function checkDeployPolicyInstanceBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("action"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("namespaces"), "array", f2);
    } else {
      const a55 = f2;
      for (let i58 = 0; i58 < a55.length; i58++) {
        const e58 = a55[i58];
        if (typeof e58 !== "string") {
          issues = mistyped(issues, at("namespaces", i58), "string", e58);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "object" || f3 === null || Array.isArray(f3)) {
      issues = mistyped(issues, at("parameters"), "object", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DeployPolicyInstanceBody");
  return issues;
}
function checkDescribeClusterAttachScriptsBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("nodepool_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("format_disk"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("keep_instance_name"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at("rds_instances"), "array", f4);
    } else {
      const a56 = f4;
      for (let i60 = 0; i60 < a56.length; i60++) {
        const e60 = a56[i60];
        if (typeof e60 !== "string") {
          issues = mistyped(issues, at("rds_instances", i60), "string", e60);
        }
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("arch"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("options"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("expired"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DescribeClusterAttachScriptsBody");
  return issues;
}
function checkFixNodePoolVulsBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("vuls"), "array", f1);
    } else {
      const a57 = f1;
      for (let i61 = 0; i61 < a57.length; i61++) {
        const e61 = a57[i61];
        if (typeof e61 !== "string") {
          issues = mistyped(issues, at("vuls", i61), "string", e61);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("nodes"), "array", f2);
    } else {
      const a58 = f2;
      for (let i62 = 0; i62 < a58.length; i62++) {
        const e62 = a58[i62];
        if (typeof e62 !== "string") {
          issues = mistyped(issues, at("nodes", i62), "string", e62);
        }
      }
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "rollout_policy";
    issues = checkFixNodePoolVulsBodyRolloutPolicy(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("auto_restart"), "boolean", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "FixNodePoolVulsBody");
  return issues;
}
function checkFixNodePoolVulsBodyRolloutPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("max_parallelism"), "integer", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "FixNodePoolVulsBodyRolloutPolicy");
  return issues;
}
function checkGrantPermissionsBody(value, issues) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(), "array", value);
  } else {
    const a59 = value;
    for (let i63 = 0; i63 < a59.length; i63++) {
      const e63 = a59[i63];
      PATH[depth++] = i63;
      issues = checkGrantPermissionsBodyItem(e63, issues);
      depth--;
    }
  }
  return issues;
}
function checkGrantPermissionsBodyItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("cluster"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("cluster"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("is_custom"), "boolean", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("role_name"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("role_name"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at("role_type"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("role_type"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("namespace"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("is_ram_role"), "boolean", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "GrantPermissionsBodyItem");
  return issues;
}
function checkHugepage(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("transparentEnabled"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("transparentDefrag"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("khugepagedDefrag"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("khugepagedAllocSleepMillisecs"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at("khugepagedScanSleepMillisecs"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "number" || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at("khugepagedPagesToScan"), "integer", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "Hugepage");
  return issues;
}
function checkInstallClusterAddonsBody(value, issues) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(), "array", value);
  } else {
    const a60 = value;
    for (let i64 = 0; i64 < a60.length; i64++) {
      const e64 = a60[i64];
      PATH[depth++] = i64;
      issues = checkInstallClusterAddonsBodyItem(e64, issues);
      depth--;
    }
  }
  return issues;
}
function checkInstallClusterAddonsBodyItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("version"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("config"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "InstallClusterAddonsBodyItem");
  return issues;
}
function checkInstanceMetadataOptions(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("http_tokens"), "string", f1);
    } else {
      if (!(f1 === "optional" || f1 === "required")) {
        issues = report(issues, at("http_tokens"), "enum", 'must be one of "optional", "required"');
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "InstanceMetadataOptions");
  return issues;
}
function checkInstancePatterns(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cores"), "integer", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isFinite(f2)) {
      issues = mistyped(issues, at("memory"), "number", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("instance_family_level"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at("excluded_instance_types"), "array", f4);
    } else {
      const a61 = f4;
      for (let i65 = 0; i65 < a61.length; i65++) {
        const e65 = a61[i65];
        if (typeof e65 !== "string") {
          issues = mistyped(issues, at("excluded_instance_types", i65), "string", e65);
        }
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at("min_cpu_cores"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "number" || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at("max_cpu_cores"), "integer", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isFinite(f7)) {
      issues = mistyped(issues, at("min_memory_size"), "number", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "number" || !Number.isFinite(f8)) {
      issues = mistyped(issues, at("max_memory_size"), "number", f8);
    }
  }
  if (f9 !== void 0) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at("instance_categories"), "array", f9);
    } else {
      const a62 = f9;
      for (let i66 = 0; i66 < a62.length; i66++) {
        const e66 = a62[i66];
        if (typeof e66 !== "string") {
          issues = mistyped(issues, at("instance_categories", i66), "string", e66);
        }
      }
    }
  }
  if (f10 !== void 0) {
    if (!Array.isArray(f10)) {
      issues = mistyped(issues, at("cpu_architectures"), "array", f10);
    } else {
      const a63 = f10;
      for (let i67 = 0; i67 < a63.length; i67++) {
        const e67 = a63[i67];
        if (typeof e67 !== "string") {
          issues = mistyped(issues, at("cpu_architectures", i67), "string", e67);
        }
      }
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "number" || !Number.isSafeInteger(f11)) {
      issues = mistyped(issues, at("core"), "integer", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "number" || !Number.isFinite(f12)) {
      issues = mistyped(issues, at("max_price"), "number", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at("architectures"), "array", f13);
    } else {
      const a64 = f13;
      for (let i68 = 0; i68 < a64.length; i68++) {
        const e68 = a64[i68];
        if (typeof e68 !== "string") {
          issues = mistyped(issues, at("architectures", i68), "string", e68);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("burst_performance_option"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at("instance_type_families"), "array", f15);
    } else {
      const a65 = f15;
      for (let i69 = 0; i69 < a65.length; i69++) {
        const e69 = a65[i69];
        if (typeof e69 !== "string") {
          issues = mistyped(issues, at("instance_type_families", i69), "string", e69);
        }
      }
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "number" || !Number.isSafeInteger(f16)) {
      issues = mistyped(issues, at("minimum_eni_quantity"), "integer", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "number" || !Number.isSafeInteger(f17)) {
      issues = mistyped(issues, at("minimum_eni_private_ip_address_quantity"), "integer", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "number" || !Number.isSafeInteger(f18)) {
      issues = mistyped(issues, at("minimum_eni_ipv6_address_quantity"), "integer", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "number" || !Number.isSafeInteger(f19)) {
      issues = mistyped(issues, at("maximum_gpu_amount"), "integer", f19);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "InstancePatterns");
  if (typeof f5 === "number" && typeof f6 === "number" && f5 > f6) {
    issues = report(issues, at("min_cpu_cores"), "less_or_equal", "must be less than or equal to max_cpu_cores");
  }
  if (typeof f7 === "number" && typeof f8 === "number" && f7 > f8) {
    issues = report(issues, at("min_memory_size"), "less_or_equal", "must be less than or equal to max_memory_size");
  }
  return issues;
}
function checkKubeletConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("registryPullQPS"), "integer", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("registryBurst"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("eventRecordQPS"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("eventBurst"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at("kubeAPIQPS"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "number" || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at("kubeAPIBurst"), "integer", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at("serializeImagePulls"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("cpuManagerPolicy"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "object" || f9 === null || Array.isArray(f9)) {
      issues = mistyped(issues, at("evictionHard"), "object", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "object" || f10 === null || Array.isArray(f10)) {
      issues = mistyped(issues, at("evictionSoft"), "object", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "object" || f11 === null || Array.isArray(f11)) {
      issues = mistyped(issues, at("evictionSoftGracePeriod"), "object", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "object" || f12 === null || Array.isArray(f12)) {
      issues = mistyped(issues, at("systemReserved"), "object", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "object" || f13 === null || Array.isArray(f13)) {
      issues = mistyped(issues, at("kubeReserved"), "object", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "number" || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at("readOnlyPort"), "integer", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "number" || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at("maxPods"), "integer", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "string") {
      issues = mistyped(issues, at("containerLogMaxSize"), "string", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "number" || !Number.isSafeInteger(f17)) {
      issues = mistyped(issues, at("containerLogMaxFiles"), "integer", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "object" || f18 === null || Array.isArray(f18)) {
      issues = mistyped(issues, at("featureGates"), "object", f18);
    }
  }
  if (f19 !== void 0) {
    if (!Array.isArray(f19)) {
      issues = mistyped(issues, at("allowedUnsafeSysctls"), "array", f19);
    } else {
      const a66 = f19;
      for (let i76 = 0; i76 < a66.length; i76++) {
        const e76 = a66[i76];
        if (typeof e76 !== "string") {
          issues = mistyped(issues, at("allowedUnsafeSysctls", i76), "string", e76);
        }
      }
    }
  }
  if (f20 !== void 0) {
    if (!Array.isArray(f20)) {
      issues = mistyped(issues, at("reservedMemory"), "array", f20);
    } else {
      const a67 = f20;
      for (let i77 = 0; i77 < a67.length; i77++) {
        const e77 = a67[i77];
        PATH[depth++] = "reservedMemory";
        PATH[depth++] = i77;
        issues = checkKubeletConfigReservedMemoryItem(e77, issues);
        depth -= 2;
      }
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "string") {
      issues = mistyped(issues, at("memoryManagerPolicy"), "string", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "boolean") {
      issues = mistyped(issues, at("cpuCFSQuota"), "boolean", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at("cpuCFSQuotaPeriod"), "string", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "number" || !Number.isSafeInteger(f24)) {
      issues = mistyped(issues, at("imageGCHighThresholdPercent"), "integer", f24);
    } else {
      if (!(f24 >= -2147483648 && f24 <= 2147483647)) {
        issues = report(
          issues,
          at("imageGCHighThresholdPercent"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "number" || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at("imageGCLowThresholdPercent"), "integer", f25);
    } else {
      if (!(f25 >= -2147483648 && f25 <= 2147483647)) {
        issues = report(
          issues,
          at("imageGCLowThresholdPercent"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "number" || !Number.isSafeInteger(f26)) {
      issues = mistyped(issues, at("podPidsLimit"), "integer", f26);
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "string") {
      issues = mistyped(issues, at("topologyManagerPolicy"), "string", f27);
    }
  }
  if (f28 !== void 0) {
    if (!Array.isArray(f28)) {
      issues = mistyped(issues, at("clusterDNS"), "array", f28);
    } else {
      const a68 = f28;
      for (let i78 = 0; i78 < a68.length; i78++) {
        const e78 = a68[i78];
        if (typeof e78 !== "string") {
          issues = mistyped(issues, at("clusterDNS", i78), "string", e78);
        }
      }
    }
  }
  if (f29 !== void 0) {
    PATH[depth++] = "tracing";
    issues = checkKubeletConfigTracing(f29, issues);
    depth--;
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "number" || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at("containerLogMaxWorkers"), "integer", f30);
    } else {
      if (!(f30 >= -2147483648 && f30 <= 2147483647)) {
        issues = report(
          issues,
          at("containerLogMaxWorkers"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f31 !== void 0) {
    if (typeof f31 !== "string") {
      issues = mistyped(issues, at("containerLogMonitorInterval"), "string", f31);
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "boolean") {
      issues = mistyped(issues, at("serverTLSBootstrap"), "boolean", f32);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "KubeletConfig");
  return issues;
}
function checkKubeletConfigReservedMemoryItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("numaNode"), "integer", f1);
    } else {
      if (!(f1 >= -2147483648 && f1 <= 2147483647)) {
        issues = report(issues, at("numaNode"), "format", "must be a valid 32-bit integer (from -2^31 to 2^31-1)");
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "object" || f2 === null || Array.isArray(f2)) {
      issues = mistyped(issues, at("limits"), "object", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "KubeletConfigReservedMemoryItem");
  return issues;
}
function checkKubeletConfigTracing(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("endpoint"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("samplingRatePerMillion"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at("samplingRatePerMillion"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "KubeletConfigTracing");
  return issues;
}
function checkMaintenanceWindow(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("maintenance_time"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("duration"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("weekly_period"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("recurrence"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "MaintenanceWindow");
  return issues;
}
function checkMigrateClusterBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("oss_bucket_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("oss_bucket_endpoint"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "MigrateClusterBody");
  return issues;
}
function checkModifyClusterAddonBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("config"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterAddonBody");
  return issues;
}
function checkModifyClusterBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("api_server_eip"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("api_server_eip_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("deletion_protection"), "boolean", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("resource_group_id"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    PATH[depth++] = "maintenance_window";
    issues = checkMaintenanceWindow(f5, issues);
    depth--;
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("enable_rrsa"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (!Array.isArray(f7)) {
      issues = mistyped(issues, at("access_control_list"), "array", f7);
    } else {
      const a69 = f7;
      for (let i80 = 0; i80 < a69.length; i80++) {
        const e80 = a69[i80];
        if (typeof e80 !== "string") {
          issues = mistyped(issues, at("access_control_list", i80), "string", e80);
        }
      }
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("cluster_name"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    PATH[depth++] = "system_events_logging";
    issues = checkModifyClusterBodySystemEventsLogging(f9, issues);
    depth--;
  }
  if (f10 !== void 0) {
    PATH[depth++] = "operation_policy";
    issues = checkModifyClusterBodyOperationPolicy(f10, issues);
    depth--;
  }
  if (f11 !== void 0) {
    PATH[depth++] = "api_server_custom_cert_sans";
    issues = checkModifyClusterBodyApiServerCustomCertSans(f11, issues);
    depth--;
  }
  if (f12 !== void 0) {
    if (!Array.isArray(f12)) {
      issues = mistyped(issues, at("vswitch_ids"), "array", f12);
    } else {
      const a70 = f12;
      for (let i81 = 0; i81 < a70.length; i81++) {
        const e81 = a70[i81];
        if (typeof e81 !== "string") {
          issues = mistyped(issues, at("vswitch_ids", i81), "string", e81);
        }
      }
    }
  }
  if (f13 !== void 0) {
    PATH[depth++] = "control_plane_config";
    issues = checkModifyClusterBodyControlPlaneConfig(f13, issues);
    depth--;
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("security_group_id"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at("timezone"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at("instance_deletion_protection"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "boolean") {
      issues = mistyped(issues, at("ingress_domain_rebinding"), "boolean", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at("ingress_loadbalancer_id"), "string", f18);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterBody");
  return issues;
}
function checkModifyClusterBodyApiServerCustomCertSans(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("action"), "string", f1);
    } else {
      if (!(f1 === "append" || f1 === "overwrite")) {
        issues = report(issues, at("action"), "enum", 'must be one of "append", "overwrite"');
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("subject_alternative_names"), "array", f2);
    } else {
      const a71 = f2;
      for (let i82 = 0; i82 < a71.length; i82++) {
        const e82 = a71[i82];
        if (typeof e82 !== "string") {
          issues = mistyped(issues, at("subject_alternative_names", i82), "string", e82);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterBodyApiServerCustomCertSans");
  return issues;
}
function checkModifyClusterBodyControlPlaneConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("charge_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("period"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("period_unit"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("auto_renew"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "number" || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at("auto_renew_period"), "integer", f5);
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at("instance_types"), "array", f6);
    } else {
      const a72 = f6;
      for (let i83 = 0; i83 < a72.length; i83++) {
        const e83 = a72[i83];
        if (typeof e83 !== "string") {
          issues = mistyped(issues, at("instance_types", i83), "string", e83);
        }
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("image_type"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("image_id"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at("key_pair"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("login_password"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("system_disk_category"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "number" || !Number.isSafeInteger(f12)) {
      issues = mistyped(issues, at("system_disk_size"), "integer", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at("system_disk_snapshot_policy_id"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("system_disk_performance_level"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "number" || !Number.isSafeInteger(f15)) {
      issues = mistyped(issues, at("system_disk_provisioned_iops"), "integer", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at("system_disk_bursting_enabled"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at("deploymentset_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "boolean") {
      issues = mistyped(issues, at("cloud_monitor_flags"), "boolean", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "boolean") {
      issues = mistyped(issues, at("soc_enabled"), "boolean", f19);
    }
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "boolean") {
      issues = mistyped(issues, at("security_hardening_os"), "boolean", f20);
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "string") {
      issues = mistyped(issues, at("cpu_policy"), "string", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at("runtime"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at("node_port_range"), "string", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "number" || !Number.isSafeInteger(f24)) {
      issues = mistyped(issues, at("size"), "integer", f24);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterBodyControlPlaneConfig");
  return issues;
}
function checkModifyClusterBodyOperationPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    PATH[depth++] = "cluster_auto_upgrade";
    issues = checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterBodyOperationPolicy");
  return issues;
}
function checkModifyClusterBodyOperationPolicyClusterAutoUpgrade(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("channel"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterBodyOperationPolicyClusterAutoUpgrade");
  return issues;
}
function checkModifyClusterBodySystemEventsLogging(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("logging_project"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterBodySystemEventsLogging");
  return issues;
}
function checkModifyClusterNodePoolBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    PATH[depth++] = "nodepool_info";
    issues = checkModifyClusterNodePoolBodyNodepoolInfo(f1, issues);
    depth--;
  }
  if (f2 !== void 0) {
    PATH[depth++] = "auto_scaling";
    issues = checkModifyClusterNodePoolBodyAutoScaling(f2, issues);
    depth--;
  }
  if (f3 !== void 0) {
    PATH[depth++] = "management";
    issues = checkModifyClusterNodePoolBodyManagement(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    PATH[depth++] = "scaling_group";
    issues = checkModifyClusterNodePoolBodyScalingGroup(f4, issues);
    depth--;
  }
  if (f5 !== void 0) {
    PATH[depth++] = "kubernetes_config";
    issues = checkModifyClusterNodePoolBodyKubernetesConfig(f5, issues);
    depth--;
  }
  if (f6 !== void 0) {
    PATH[depth++] = "tee_config";
    issues = checkModifyClusterNodePoolBodyTeeConfig(f6, issues);
    depth--;
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at("update_nodes"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at("concurrency"), "boolean", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolBody");
  return issues;
}
function checkModifyClusterNodePoolBodyAutoScaling(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("type"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("max_instances"), "integer", f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at("max_instances"), "minimum", "must be greater than or equal to 0");
      }
      if (f3 > 2e3) {
        issues = report(issues, at("max_instances"), "maximum", "must be less than or equal to 2000");
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("min_instances"), "integer", f4);
    } else {
      if (f4 < 0) {
        issues = report(issues, at("min_instances"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at("is_bond_eip"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("eip_internet_charge_type"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("eip_bandwidth"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyAutoScaling");
  if (typeof f4 === "number" && typeof f3 === "number" && f4 > f3) {
    issues = report(issues, at("min_instances"), "less_or_equal", "must be less than or equal to max_instances");
  }
  return issues;
}
function checkModifyClusterNodePoolBodyKubernetesConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("labels"), "array", f1);
    } else {
      const a73 = f1;
      if (a73.length > 20) {
        issues = report(issues, at("labels"), "max_items", "must have at most 20 items");
      }
      for (let i84 = 0; i84 < a73.length; i84++) {
        const e84 = a73[i84];
        PATH[depth++] = "labels";
        PATH[depth++] = i84;
        issues = checkTag(e84, issues);
        depth -= 2;
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("taints"), "array", f2);
    } else {
      const a74 = f2;
      for (let i85 = 0; i85 < a74.length; i85++) {
        const e85 = a74[i85];
        PATH[depth++] = "taints";
        PATH[depth++] = i85;
        issues = checkTaint(e85, issues);
        depth -= 2;
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("runtime"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("runtime_version"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("cpu_policy"), "string", f5);
    } else {
      if (!(f5 === "static" || f5 === "none")) {
        issues = report(issues, at("cpu_policy"), "enum", 'must be one of "static", "none"');
      }
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("unschedulable"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("user_data"), "string", f7);
    } else {
      if (!isBase64(f7)) {
        issues = report(issues, at("user_data"), "format", "must be a valid base64 string (RFC 4648, padded)");
      }
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "boolean") {
      issues = mistyped(issues, at("cms_enabled"), "boolean", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at("pre_user_data"), "string", f9);
    } else {
      if (!isBase64(f9)) {
        issues = report(issues, at("pre_user_data"), "format", "must be a valid base64 string (RFC 4648, padded)");
      }
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("node_name_mode"), "string", f10);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyKubernetesConfig");
  return issues;
}
function checkModifyClusterNodePoolBodyManagement(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("auto_repair"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "auto_repair_policy";
    issues = checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("auto_vul_fix"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    PATH[depth++] = "auto_vul_fix_policy";
    issues = checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(f5, issues);
    depth--;
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("auto_upgrade"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    PATH[depth++] = "auto_upgrade_policy";
    issues = checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(f7, issues);
    depth--;
  }
  if (f8 !== void 0) {
    PATH[depth++] = "upgrade_config";
    issues = checkModifyClusterNodePoolBodyManagementUpgradeConfig(f8, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyManagement");
  return issues;
}
function checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("approval_required"), "boolean", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyManagementAutoRepairPolicy");
  return issues;
}
function checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("auto_upgrade_kubelet"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("auto_upgrade_runtime"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "boolean") {
      issues = mistyped(issues, at("auto_upgrade_os"), "boolean", f3);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyManagementAutoUpgradePolicy");
  return issues;
}
function checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("vul_level"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("exclude_packages"), "string", f3);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyManagementAutoVulFixPolicy");
  return issues;
}
function checkModifyClusterNodePoolBodyManagementUpgradeConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("auto_upgrade"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("surge"), "integer", f2);
    } else {
      if (f2 < 0) {
        issues = report(issues, at("surge"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("surge_percentage"), "integer", f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at("surge_percentage"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("max_unavailable"), "integer", f4);
    } else {
      if (f4 < 1) {
        issues = report(issues, at("max_unavailable"), "minimum", "must be greater than or equal to 1");
      }
      if (f4 > 1e3) {
        issues = report(issues, at("max_unavailable"), "maximum", "must be less than or equal to 1000");
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyManagementUpgradeConfig");
  return issues;
}
function checkModifyClusterNodePoolBodyNodepoolInfo(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    } else {
      if (f1.length < 1 || f1.length < 2 && codePointLength(f1) < 1) {
        issues = report(issues, at("name"), "min_length", "must be at least 1 character long");
      }
      if (f1.length > 63 && codePointLength(f1) > 63) {
        issues = report(issues, at("name"), "max_length", "must be at most 63 characters long");
      }
      if (!PATTERN1.test(f1)) {
        issues = report(issues, at("name"), "pattern", "must match the pattern ^[^-]");
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("resource_group_id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyNodepoolInfo");
  return issues;
}
function checkModifyClusterNodePoolBodyScalingGroup(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("vswitch_ids"), "array", f1);
    } else {
      const a75 = f1;
      if (a75.length < 1) {
        issues = report(issues, at("vswitch_ids"), "min_items", "must have at least 1 item");
      }
      if (a75.length > 20) {
        issues = report(issues, at("vswitch_ids"), "max_items", "must have at most 20 items");
      }
      for (let i86 = 0; i86 < a75.length; i86++) {
        const e86 = a75[i86];
        if (typeof e86 !== "string") {
          issues = mistyped(issues, at("vswitch_ids", i86), "string", e86);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("instance_types"), "array", f2);
    } else {
      const a76 = f2;
      if (a76.length < 1) {
        issues = report(issues, at("instance_types"), "min_items", "must have at least 1 item");
      }
      for (let i87 = 0; i87 < a76.length; i87++) {
        const e87 = a76[i87];
        if (typeof e87 !== "string") {
          issues = mistyped(issues, at("instance_types", i87), "string", e87);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("instance_charge_type"), "string", f3);
    } else {
      if (!(f3 === "PrePaid" || f3 === "PostPaid")) {
        issues = report(issues, at("instance_charge_type"), "enum", 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("period"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("period_unit"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("auto_renew"), "boolean", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("auto_renew_period"), "integer", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("spot_strategy"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at("spot_price_limit"), "array", f9);
    } else {
      const a77 = f9;
      for (let i88 = 0; i88 < a77.length; i88++) {
        const e88 = a77[i88];
        PATH[depth++] = "spot_price_limit";
        PATH[depth++] = i88;
        issues = checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(e88, issues);
        depth -= 2;
      }
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("image_type"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("image_id"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at("system_disk_category"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at("system_disk_categories"), "array", f13);
    } else {
      const a78 = f13;
      if (a78.length > 10) {
        issues = report(issues, at("system_disk_categories"), "max_items", "must have at most 10 items");
      }
      for (let i89 = 0; i89 < a78.length; i89++) {
        const e89 = a78[i89];
        if (typeof e89 !== "string") {
          issues = mistyped(issues, at("system_disk_categories", i89), "string", e89);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "number" || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at("system_disk_size"), "integer", f14);
    } else {
      if (f14 < 20) {
        issues = report(issues, at("system_disk_size"), "minimum", "must be greater than or equal to 20");
      }
      if (f14 > 2048) {
        issues = report(issues, at("system_disk_size"), "maximum", "must be less than or equal to 2048");
      }
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at("system_disk_performance_level"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "boolean") {
      issues = mistyped(issues, at("system_disk_encrypted"), "boolean", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at("system_disk_kms_key_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at("system_disk_encrypt_algorithm"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "number" || !Number.isSafeInteger(f19)) {
      issues = mistyped(issues, at("system_disk_provisioned_iops"), "integer", f19);
    } else {
      if (f19 < 0) {
        issues = report(issues, at("system_disk_provisioned_iops"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f20 !== void 0) {
    if (typeof f20 !== "boolean") {
      issues = mistyped(issues, at("system_disk_bursting_enabled"), "boolean", f20);
    }
  }
  if (f21 !== void 0) {
    if (!Array.isArray(f21)) {
      issues = mistyped(issues, at("data_disks"), "array", f21);
    } else {
      const a79 = f21;
      if (a79.length > 10) {
        issues = report(issues, at("data_disks"), "max_items", "must have at most 10 items");
      }
      for (let i90 = 0; i90 < a79.length; i90++) {
        const e90 = a79[i90];
        PATH[depth++] = "data_disks";
        PATH[depth++] = i90;
        issues = checkDataDisk(e90, issues);
        depth -= 2;
      }
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at("key_pair"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "string") {
      issues = mistyped(issues, at("login_password"), "string", f23);
    } else {
      if (f23.length > 30 && codePointLength(f23) > 30) {
        issues = report(issues, at("login_password"), "max_length", "must be at most 30 characters long");
      }
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at("internet_charge_type"), "string", f24);
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "number" || !Number.isSafeInteger(f25)) {
      issues = mistyped(issues, at("internet_max_bandwidth_out"), "integer", f25);
    } else {
      if (f25 < 1) {
        issues = report(issues, at("internet_max_bandwidth_out"), "minimum", "must be greater than or equal to 1");
      }
      if (f25 > 100) {
        issues = report(issues, at("internet_max_bandwidth_out"), "maximum", "must be less than or equal to 100");
      }
    }
  }
  if (f26 !== void 0) {
    if (!Array.isArray(f26)) {
      issues = mistyped(issues, at("tags"), "array", f26);
    } else {
      const a80 = f26;
      for (let i91 = 0; i91 < a80.length; i91++) {
        const e91 = a80[i91];
        PATH[depth++] = "tags";
        PATH[depth++] = i91;
        issues = checkTag(e91, issues);
        depth -= 2;
      }
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "number" || !Number.isSafeInteger(f27)) {
      issues = mistyped(issues, at("desired_size"), "integer", f27);
    } else {
      if (f27 < 0) {
        issues = report(issues, at("desired_size"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f28 !== void 0) {
    if (typeof f28 !== "string") {
      issues = mistyped(issues, at("multi_az_policy"), "string", f28);
    }
  }
  if (f29 !== void 0) {
    if (typeof f29 !== "string") {
      issues = mistyped(issues, at("scaling_policy"), "string", f29);
    }
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "number" || !Number.isSafeInteger(f30)) {
      issues = mistyped(issues, at("on_demand_base_capacity"), "integer", f30);
    } else {
      if (f30 < 0) {
        issues = report(issues, at("on_demand_base_capacity"), "minimum", "must be greater than or equal to 0");
      }
      if (f30 > 1e3) {
        issues = report(issues, at("on_demand_base_capacity"), "maximum", "must be less than or equal to 1000");
      }
    }
  }
  if (f31 !== void 0) {
    if (typeof f31 !== "number" || !Number.isSafeInteger(f31)) {
      issues = mistyped(issues, at("on_demand_percentage_above_base_capacity"), "integer", f31);
    } else {
      if (f31 < 0) {
        issues = report(
          issues,
          at("on_demand_percentage_above_base_capacity"),
          "minimum",
          "must be greater than or equal to 0"
        );
      }
      if (f31 > 100) {
        issues = report(
          issues,
          at("on_demand_percentage_above_base_capacity"),
          "maximum",
          "must be less than or equal to 100"
        );
      }
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "number" || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at("spot_instance_pools"), "integer", f32);
    } else {
      if (f32 < 1) {
        issues = report(issues, at("spot_instance_pools"), "minimum", "must be greater than or equal to 1");
      }
      if (f32 > 10) {
        issues = report(issues, at("spot_instance_pools"), "maximum", "must be less than or equal to 10");
      }
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "boolean") {
      issues = mistyped(issues, at("spot_instance_remedy"), "boolean", f33);
    }
  }
  if (f34 !== void 0) {
    if (typeof f34 !== "boolean") {
      issues = mistyped(issues, at("compensate_with_on_demand"), "boolean", f34);
    }
  }
  if (f35 !== void 0) {
    if (!Array.isArray(f35)) {
      issues = mistyped(issues, at("rds_instances"), "array", f35);
    } else {
      const a81 = f35;
      for (let i92 = 0; i92 < a81.length; i92++) {
        const e92 = a81[i92];
        if (typeof e92 !== "string") {
          issues = mistyped(issues, at("rds_instances", i92), "string", e92);
        }
      }
    }
  }
  if (f36 !== void 0) {
    PATH[depth++] = "private_pool_options";
    issues = checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions(f36, issues);
    depth--;
  }
  if (f37 !== void 0) {
    if (typeof f37 !== "string") {
      issues = mistyped(issues, at("platform"), "string", f37);
    }
  }
  if (f38 !== void 0) {
    if (!Array.isArray(f38)) {
      issues = mistyped(issues, at("instance_patterns"), "array", f38);
    } else {
      const a82 = f38;
      for (let i93 = 0; i93 < a82.length; i93++) {
        const e93 = a82[i93];
        PATH[depth++] = "instance_patterns";
        PATH[depth++] = i93;
        issues = checkInstancePatterns(e93, issues);
        depth -= 2;
      }
    }
  }
  if (f39 !== void 0) {
    if (typeof f39 !== "string") {
      issues = mistyped(issues, at("deploymentset_id"), "string", f39);
    }
  }
  if (f40 !== void 0) {
    if (!Array.isArray(f40)) {
      issues = mistyped(issues, at("security_group_ids"), "array", f40);
    } else {
      const a83 = f40;
      for (let i94 = 0; i94 < a83.length; i94++) {
        const e94 = a83[i94];
        if (typeof e94 !== "string") {
          issues = mistyped(issues, at("security_group_ids", i94), "string", e94);
        }
      }
    }
  }
  if (f41 !== void 0) {
    PATH[depth++] = "resource_pool_options";
    issues = checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(f41, issues);
    depth--;
  }
  if (f42 !== void 0) {
    if (typeof f42 !== "string") {
      issues = mistyped(issues, at("system_disk_snapshot_policy_id"), "string", f42);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyScalingGroup");
  if (f3 === "PrePaid") {
    if (f4 === void 0) {
      issues = report(
        issues,
        at("period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
  }
  if (f3 === "PrePaid" && f6 === true) {
    if (f7 === void 0) {
      issues = report(
        issues,
        at("auto_renew_period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid" and auto_renew is true'
      );
    }
  }
  return issues;
}
function checkModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("match_criteria"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptions");
  return issues;
}
function checkModifyClusterNodePoolBodyScalingGroupResourcePoolOptions(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("strategy"), "string", f1);
    } else {
      if (!(f1 === "PrivatePoolFirst" || f1 === "PrivatePoolOnly" || f1 === "None")) {
        issues = report(issues, at("strategy"), "enum", 'must be one of "PrivatePoolFirst", "PrivatePoolOnly", "None"');
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("private_pool_ids"), "array", f2);
    } else {
      const a84 = f2;
      for (let i95 = 0; i95 < a84.length; i95++) {
        const e95 = a84[i95];
        if (typeof e95 !== "string") {
          issues = mistyped(issues, at("private_pool_ids", i95), "string", e95);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyScalingGroupResourcePoolOptions");
  return issues;
}
function checkModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("instance_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("price_limit"), "string", f2);
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyScalingGroupSpotPriceLimitItem");
  return issues;
}
function checkModifyClusterNodePoolBodyTeeConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("tee_enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolBodyTeeConfig");
  return issues;
}
function checkModifyClusterTagsBody(value, issues) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(), "array", value);
  } else {
    const a85 = value;
    for (let i96 = 0; i96 < a85.length; i96++) {
      const e96 = a85[i96];
      PATH[depth++] = i96;
      issues = checkTag(e96, issues);
      depth--;
    }
  }
  return issues;
}
function checkModifyNodePoolNodeConfigBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    PATH[depth++] = "kubelet_config";
    issues = checkKubeletConfig(f1, issues);
    depth--;
  }
  if (f2 !== void 0) {
    PATH[depth++] = "rolling_policy";
    issues = checkModifyNodePoolNodeConfigBodyRollingPolicy(f2, issues);
    depth--;
  }
  if (f3 !== void 0) {
    PATH[depth++] = "os_config";
    issues = checkModifyNodePoolNodeConfigBodyOsConfig(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    PATH[depth++] = "containerd_config";
    issues = checkContainerdConfig(f4, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyNodePoolNodeConfigBody");
  return issues;
}
function checkModifyNodePoolNodeConfigBodyOsConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("sysctl"), "object", f1);
    }
  }
  if (f2 !== void 0) {
    PATH[depth++] = "hugepage";
    issues = checkHugepage(f2, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyNodePoolNodeConfigBodyOsConfig");
  return issues;
}
function checkModifyNodePoolNodeConfigBodyRollingPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("max_parallelism"), "integer", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyNodePoolNodeConfigBodyRollingPolicy");
  return issues;
}
function checkModifyPolicyInstanceBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("action"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("instance_name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("namespaces"), "array", f3);
    } else {
      const a86 = f3;
      for (let i98 = 0; i98 < a86.length; i98++) {
        const e98 = a86[i98];
        if (typeof e98 !== "string") {
          issues = mistyped(issues, at("namespaces", i98), "string", e98);
        }
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "object" || f4 === null || Array.isArray(f4)) {
      issues = mistyped(issues, at("parameters"), "object", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyPolicyInstanceBody");
  return issues;
}
function checkNodePool(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    PATH[depth++] = "auto_scaling";
    issues = checkNodePoolAutoScaling(f1, issues);
    depth--;
  }
  if (f2 !== void 0) {
    PATH[depth++] = "kubernetes_config";
    issues = checkNodePoolKubernetesConfig(f2, issues);
    depth--;
  }
  if (f3 !== void 0) {
    PATH[depth++] = "nodepool_info";
    issues = checkNodePoolNodepoolInfo(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    PATH[depth++] = "scaling_group";
    issues = checkNodePoolScalingGroup(f4, issues);
    depth--;
  }
  if (f5 !== void 0) {
    PATH[depth++] = "tee_config";
    issues = checkNodePoolTeeConfig(f5, issues);
    depth--;
  }
  if (f6 !== void 0) {
    PATH[depth++] = "management";
    issues = checkNodePoolManagement(f6, issues);
    depth--;
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("count"), "integer", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("interconnect_mode"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    PATH[depth++] = "interconnect_config";
    issues = checkNodePoolInterconnectConfig(f9, issues);
    depth--;
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "number" || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at("max_nodes"), "integer", f10);
    }
  }
  if (f11 !== void 0) {
    PATH[depth++] = "node_config";
    issues = checkNodePoolNodeConfig(f11, issues);
    depth--;
  }
  if (f12 !== void 0) {
    if (!Array.isArray(f12)) {
      issues = mistyped(issues, at("node_components"), "array", f12);
    } else {
      const a87 = f12;
      for (let i100 = 0; i100 < a87.length; i100++) {
        const e100 = a87[i100];
        PATH[depth++] = "node_components";
        PATH[depth++] = i100;
        issues = checkNodePoolNodeComponentsItem(e100, issues);
        depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePool");
  return issues;
}
function checkNodePoolAutoScaling(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("enable"), "required", "is required");
  } else {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("max_instances"), "required", "is required");
  } else {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("max_instances"), "integer", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("min_instances"), "required", "is required");
  } else {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("min_instances"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("type"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at("is_bond_eip"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("eip_internet_charge_type"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "number" || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at("eip_bandwidth"), "integer", f7);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolAutoScaling");
  return issues;
}
function checkNodePoolInterconnectConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cen_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("ccn_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("ccn_region_id"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("bandwidth"), "integer", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("improved_period"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolInterconnectConfig");
  return issues;
}
function checkNodePoolKubernetesConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cms_enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("cpu_policy"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("labels"), "array", f3);
    } else {
      const a88 = f3;
      for (let i101 = 0; i101 < a88.length; i101++) {
        const e101 = a88[i101];
        PATH[depth++] = "labels";
        PATH[depth++] = i101;
        issues = checkTag(e101, issues);
        depth -= 2;
      }
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at("runtime"), "required", "is required");
  } else {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("runtime"), "string", f4);
    }
  }
  if (f5 === void 0) {
    issues = report(issues, at("runtime_version"), "required", "is required");
  } else {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("runtime_version"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at("taints"), "array", f6);
    } else {
      const a89 = f6;
      for (let i102 = 0; i102 < a89.length; i102++) {
        const e102 = a89[i102];
        PATH[depth++] = "taints";
        PATH[depth++] = i102;
        issues = checkTaint(e102, issues);
        depth -= 2;
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("user_data"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("node_name_mode"), "string", f8);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolKubernetesConfig");
  return issues;
}
function checkNodePoolManagement(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enable"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("auto_repair"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "upgrade_config";
    issues = checkNodePoolManagementUpgradeConfig(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    PATH[depth++] = "auto_repair_policy";
    issues = checkNodePoolManagementAutoRepairPolicy(f4, issues);
    depth--;
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at("auto_vul_fix"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    PATH[depth++] = "auto_vul_fix_policy";
    issues = checkNodePoolManagementAutoVulFixPolicy(f6, issues);
    depth--;
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "boolean") {
      issues = mistyped(issues, at("auto_upgrade"), "boolean", f7);
    }
  }
  if (f8 !== void 0) {
    PATH[depth++] = "auto_upgrade_policy";
    issues = checkNodePoolManagementAutoUpgradePolicy(f8, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolManagement");
  return issues;
}
function checkNodePoolManagementAutoRepairPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("restart_node"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolManagementAutoRepairPolicy");
  return issues;
}
function checkNodePoolManagementAutoUpgradePolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("auto_upgrade_kubelet"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolManagementAutoUpgradePolicy");
  return issues;
}
function checkNodePoolManagementAutoVulFixPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("restart_node"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("vul_level"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolManagementAutoVulFixPolicy");
  return issues;
}
function checkNodePoolManagementUpgradeConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("auto_upgrade"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("surge"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("surge_percentage"), "integer", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "number" || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at("max_unavailable"), "integer", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolManagementUpgradeConfig");
  return issues;
}
function checkNodePoolNodeComponentsItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    PATH[depth++] = "config";
    issues = checkNodePoolNodeComponentsItemConfig(f3, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolNodeComponentsItem");
  return issues;
}
function checkNodePoolNodeComponentsItemConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("custom_config"), "object", f1);
    } else {
      const m14 = f1;
      const k14 = Object.keys(m14);
      for (let i103 = 0; i103 < k14.length; i103++) {
        const key14 = k14[i103];
        const e103 = m14[key14];
        if (typeof e103 !== "string") {
          issues = mistyped(issues, at("custom_config", key14), "string", e103);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolNodeComponentsItemConfig");
  return issues;
}
function checkNodePoolNodeConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    PATH[depth++] = "kubelet_configuration";
    issues = checkKubeletConfig(f1, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolNodeConfig");
  return issues;
}
function checkNodePoolNodepoolInfo(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("resource_group_id"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("type"), "string", f3);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolNodepoolInfo");
  return issues;
}
function checkNodePoolScalingGroup(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("auto_renew"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("auto_renew_period"), "integer", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("data_disks"), "array", f3);
    } else {
      const a90 = f3;
      for (let i104 = 0; i104 < a90.length; i104++) {
        const e104 = a90[i104];
        PATH[depth++] = "data_disks";
        PATH[depth++] = i104;
        issues = checkDataDisk(e104, issues);
        depth -= 2;
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("image_id"), "string", f4);
    }
  }
  if (f5 === void 0) {
    issues = report(issues, at("instance_charge_type"), "required", "is required");
  } else {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("instance_charge_type"), "string", f5);
    }
  }
  if (f6 === void 0) {
    issues = report(issues, at("instance_types"), "required", "is required");
  } else {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at("instance_types"), "array", f6);
    } else {
      const a91 = f6;
      for (let i105 = 0; i105 < a91.length; i105++) {
        const e105 = a91[i105];
        if (typeof e105 !== "string") {
          issues = mistyped(issues, at("instance_types", i105), "string", e105);
        }
      }
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("key_pair"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("login_password"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "boolean") {
      issues = mistyped(issues, at("login_as_non_root"), "boolean", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "number" || !Number.isSafeInteger(f10)) {
      issues = mistyped(issues, at("period"), "integer", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("period_unit"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at("platform"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at("rds_instances"), "array", f13);
    } else {
      const a92 = f13;
      for (let i106 = 0; i106 < a92.length; i106++) {
        const e106 = a92[i106];
        if (typeof e106 !== "string") {
          issues = mistyped(issues, at("rds_instances", i106), "string", e106);
        }
      }
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("spot_strategy"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at("spot_price_limit"), "array", f15);
    } else {
      const a93 = f15;
      for (let i107 = 0; i107 < a93.length; i107++) {
        const e107 = a93[i107];
        PATH[depth++] = "spot_price_limit";
        PATH[depth++] = i107;
        issues = checkNodePoolScalingGroupSpotPriceLimitItem(e107, issues);
        depth -= 2;
      }
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "string") {
      issues = mistyped(issues, at("scaling_policy"), "string", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at("security_group_id"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (!Array.isArray(f18)) {
      issues = mistyped(issues, at("security_group_ids"), "array", f18);
    } else {
      const a94 = f18;
      for (let i108 = 0; i108 < a94.length; i108++) {
        const e108 = a94[i108];
        if (typeof e108 !== "string") {
          issues = mistyped(issues, at("security_group_ids", i108), "string", e108);
        }
      }
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "string") {
      issues = mistyped(issues, at("system_disk_category"), "string", f19);
    }
  }
  if (f20 !== void 0) {
    if (!Array.isArray(f20)) {
      issues = mistyped(issues, at("system_disk_categories"), "array", f20);
    } else {
      const a95 = f20;
      if (a95.length > 10) {
        issues = report(issues, at("system_disk_categories"), "max_items", "must have at most 10 items");
      }
      for (let i109 = 0; i109 < a95.length; i109++) {
        const e109 = a95[i109];
        if (typeof e109 !== "string") {
          issues = mistyped(issues, at("system_disk_categories", i109), "string", e109);
        }
      }
    }
  }
  if (f21 !== void 0) {
    if (typeof f21 !== "number" || !Number.isSafeInteger(f21)) {
      issues = mistyped(issues, at("system_disk_size"), "integer", f21);
    }
  }
  if (f22 !== void 0) {
    if (typeof f22 !== "string") {
      issues = mistyped(issues, at("system_disk_performance_level"), "string", f22);
    }
  }
  if (f23 !== void 0) {
    if (typeof f23 !== "boolean") {
      issues = mistyped(issues, at("system_disk_encrypted"), "boolean", f23);
    }
  }
  if (f24 !== void 0) {
    if (typeof f24 !== "string") {
      issues = mistyped(issues, at("system_disk_kms_key_id"), "string", f24);
    }
  }
  if (f25 !== void 0) {
    if (typeof f25 !== "string") {
      issues = mistyped(issues, at("system_disk_encrypt_algorithm"), "string", f25);
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "number" || !Number.isSafeInteger(f26)) {
      issues = mistyped(issues, at("system_disk_provisioned_iops"), "integer", f26);
    }
  }
  if (f27 !== void 0) {
    if (typeof f27 !== "boolean") {
      issues = mistyped(issues, at("system_disk_bursting_enabled"), "boolean", f27);
    }
  }
  if (f28 !== void 0) {
    if (!Array.isArray(f28)) {
      issues = mistyped(issues, at("tags"), "array", f28);
    } else {
      const a96 = f28;
      for (let i110 = 0; i110 < a96.length; i110++) {
        const e110 = a96[i110];
        PATH[depth++] = "tags";
        PATH[depth++] = i110;
        issues = checkNodePoolScalingGroupTagsItem(e110, issues);
        depth -= 2;
      }
    }
  }
  if (f29 === void 0) {
    issues = report(issues, at("vswitch_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f29)) {
      issues = mistyped(issues, at("vswitch_ids"), "array", f29);
    } else {
      const a97 = f29;
      for (let i111 = 0; i111 < a97.length; i111++) {
        const e111 = a97[i111];
        if (typeof e111 !== "string") {
          issues = mistyped(issues, at("vswitch_ids", i111), "string", e111);
        }
      }
    }
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "string") {
      issues = mistyped(issues, at("multi_az_policy"), "string", f30);
    }
  }
  if (f31 !== void 0) {
    if (typeof f31 !== "number" || !Number.isSafeInteger(f31)) {
      issues = mistyped(issues, at("on_demand_base_capacity"), "integer", f31);
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "number" || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at("on_demand_percentage_above_base_capacity"), "integer", f32);
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "number" || !Number.isSafeInteger(f33)) {
      issues = mistyped(issues, at("spot_instance_pools"), "integer", f33);
    }
  }
  if (f34 !== void 0) {
    if (typeof f34 !== "boolean") {
      issues = mistyped(issues, at("spot_instance_remedy"), "boolean", f34);
    }
  }
  if (f35 !== void 0) {
    if (typeof f35 !== "boolean") {
      issues = mistyped(issues, at("compensate_with_on_demand"), "boolean", f35);
    }
  }
  if (f36 !== void 0) {
    if (typeof f36 !== "string") {
      issues = mistyped(issues, at("internet_charge_type"), "string", f36);
    }
  }
  if (f37 !== void 0) {
    if (typeof f37 !== "number" || !Number.isSafeInteger(f37)) {
      issues = mistyped(issues, at("internet_max_bandwidth_out"), "integer", f37);
    }
  }
  if (f38 !== void 0) {
    if (typeof f38 !== "string") {
      issues = mistyped(issues, at("image_type"), "string", f38);
    }
  }
  if (f39 !== void 0) {
    if (typeof f39 !== "string") {
      issues = mistyped(issues, at("deploymentset_id"), "string", f39);
    }
  }
  if (f40 !== void 0) {
    if (typeof f40 !== "number" || !Number.isSafeInteger(f40)) {
      issues = mistyped(issues, at("desired_size"), "integer", f40);
    }
  }
  if (f41 !== void 0) {
    PATH[depth++] = "private_pool_options";
    issues = checkNodePoolScalingGroupPrivatePoolOptions(f41, issues);
    depth--;
  }
  if (f42 !== void 0) {
    if (typeof f42 !== "string") {
      issues = mistyped(issues, at("ram_role_name"), "string", f42);
    }
  }
  if (f43 !== void 0) {
    PATH[depth++] = "instance_metadata_options";
    issues = checkInstanceMetadataOptions(f43, issues);
    depth--;
  }
  if (f44 !== void 0) {
    PATH[depth++] = "resource_pool_options";
    issues = checkNodePoolScalingGroupResourcePoolOptions(f44, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolScalingGroup");
  return issues;
}
function checkNodePoolScalingGroupPrivatePoolOptions(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("match_criteria"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolScalingGroupPrivatePoolOptions");
  return issues;
}
function checkNodePoolScalingGroupResourcePoolOptions(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("strategy"), "string", f1);
    } else {
      if (!(f1 === "PrivatePoolFirst" || f1 === "PrivatePoolOnly" || f1 === "None")) {
        issues = report(issues, at("strategy"), "enum", 'must be one of "PrivatePoolFirst", "PrivatePoolOnly", "None"');
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("private_pool_ids"), "array", f2);
    } else {
      const a98 = f2;
      if (a98.length > 20) {
        issues = report(issues, at("private_pool_ids"), "max_items", "must have at most 20 items");
      }
      for (let i112 = 0; i112 < a98.length; i112++) {
        const e112 = a98[i112];
        if (typeof e112 !== "string") {
          issues = mistyped(issues, at("private_pool_ids", i112), "string", e112);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolScalingGroupResourcePoolOptions");
  return issues;
}
function checkNodePoolScalingGroupSpotPriceLimitItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("instance_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("price_limit"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolScalingGroupSpotPriceLimitItem");
  return issues;
}
function checkNodePoolScalingGroupTagsItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("key"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("value"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolScalingGroupTagsItem");
  return issues;
}
function checkNodePoolTeeConfig(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("tee_enable"), "required", "is required");
  } else {
    if (typeof f1 !== "boolean") {
      issues = mistyped(issues, at("tee_enable"), "boolean", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolTeeConfig");
  return issues;
}
function checkRepairClusterNodePoolBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("nodes"), "array", f1);
    } else {
      const a99 = f1;
      for (let i113 = 0; i113 < a99.length; i113++) {
        const e113 = a99[i113];
        if (typeof e113 !== "string") {
          issues = mistyped(issues, at("nodes", i113), "string", e113);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("auto_restart"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("operations"), "array", f3);
    } else {
      const a100 = f3;
      for (let i114 = 0; i114 < a100.length; i114++) {
        const e114 = a100[i114];
        PATH[depth++] = "operations";
        PATH[depth++] = i114;
        issues = checkRepairClusterNodePoolBodyOperationsItem(e114, issues);
        depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RepairClusterNodePoolBody");
  return issues;
}
function checkRepairClusterNodePoolBodyOperationsItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("operation_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("args"), "array", f2);
    } else {
      const a101 = f2;
      for (let i115 = 0; i115 < a101.length; i115++) {
        const e115 = a101[i115];
        if (typeof e115 !== "string") {
          issues = mistyped(issues, at("args", i115), "string", e115);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RepairClusterNodePoolBodyOperationsItem");
  return issues;
}
function checkRunClusterCheckBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("type"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("target"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "object" || f3 === null || Array.isArray(f3)) {
      issues = mistyped(issues, at("options"), "object", f3);
    } else {
      const m15 = f3;
      const k15 = Object.keys(m15);
      for (let i116 = 0; i116 < k15.length; i116++) {
        const key15 = k15[i116];
        const e116 = m15[key15];
        if (typeof e116 !== "string") {
          issues = mistyped(issues, at("options", key15), "string", e116);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RunClusterCheckBody");
  return issues;
}
function checkRunClusterInspectBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("clientToken"), "string", f1);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "RunClusterInspectBody");
  return issues;
}
function checkRuntime(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("version"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "Runtime");
  return issues;
}
function checkScaleClusterNodePoolBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("count"), "integer", f1);
    } else {
      if (f1 < 1) {
        issues = report(issues, at("count"), "minimum", "must be greater than or equal to 1");
      }
      if (f1 > 500) {
        issues = report(issues, at("count"), "maximum", "must be less than or equal to 500");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ScaleClusterNodePoolBody");
  return issues;
}
function checkStartAlertBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("alert_rule_group_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("alert_rule_name"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "StartAlertBody");
  return issues;
}
function checkStartWorkflowBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("workflow_type"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("workflow_type"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("service"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("mapping_oss_region"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("mapping_fastq_first_filename"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("mapping_fastq_second_filename"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "string") {
      issues = mistyped(issues, at("mapping_bucket_name"), "string", f6);
    }
  }
  if (f7 !== void 0) {
    if (typeof f7 !== "string") {
      issues = mistyped(issues, at("mapping_fastq_path"), "string", f7);
    }
  }
  if (f8 !== void 0) {
    if (typeof f8 !== "string") {
      issues = mistyped(issues, at("mapping_reference_path"), "string", f8);
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "string") {
      issues = mistyped(issues, at("mapping_is_mark_dup"), "string", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("mapping_bam_out_path"), "string", f10);
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("mapping_bam_out_filename"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (typeof f12 !== "string") {
      issues = mistyped(issues, at("wgs_oss_region"), "string", f12);
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at("wgs_fastq_first_filename"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("wgs_fastq_second_filename"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at("wgs_bucket_name"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "string") {
      issues = mistyped(issues, at("wgs_fastq_path"), "string", f16);
    }
  }
  if (f17 !== void 0) {
    if (typeof f17 !== "string") {
      issues = mistyped(issues, at("wgs_reference_path"), "string", f17);
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at("wgs_vcf_out_path"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (typeof f19 !== "string") {
      issues = mistyped(issues, at("wgs_vcf_out_filename"), "string", f19);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "StartWorkflowBody");
  return issues;
}
function checkStopAlertBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("alert_rule_group_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("alert_rule_name"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "StopAlertBody");
  return issues;
}
function checkTag(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("key"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("value"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "Tag");
  return issues;
}
function checkTagResourcesBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("resource_ids"), "required", "is required");
  } else {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at("resource_ids"), "array", f1);
    } else {
      const a102 = f1;
      for (let i117 = 0; i117 < a102.length; i117++) {
        const e117 = a102[i117];
        if (typeof e117 !== "string") {
          issues = mistyped(issues, at("resource_ids", i117), "string", e117);
        }
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("resource_type"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("resource_type"), "string", f2);
    }
  }
  if (f3 === void 0) {
    issues = report(issues, at("region_id"), "required", "is required");
  } else {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("region_id"), "string", f3);
    }
  }
  if (f4 === void 0) {
    issues = report(issues, at("tags"), "required", "is required");
  } else {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at("tags"), "array", f4);
    } else {
      const a103 = f4;
      for (let i118 = 0; i118 < a103.length; i118++) {
        const e118 = a103[i118];
        PATH[depth++] = "tags";
        PATH[depth++] = i118;
        issues = checkTag(e118, issues);
        depth -= 2;
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "TagResourcesBody");
  return issues;
}
function checkTaint(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("key"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("value"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("effect"), "string", f3);
    } else {
      if (!(f3 === "NoSchedule" || f3 === "NoExecute" || f3 === "PreferNoSchedule")) {
        issues = report(issues, at("effect"), "enum", 'must be one of "NoSchedule", "NoExecute", "PreferNoSchedule"');
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "Taint");
  return issues;
}
function checkUnInstallClusterAddonsBody(value, issues) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(), "array", value);
  } else {
    const a104 = value;
    for (let i119 = 0; i119 < a104.length; i119++) {
      const e119 = a104[i119];
      PATH[depth++] = i119;
      issues = checkUnInstallClusterAddonsBodyItem(e119, issues);
      depth--;
    }
  }
  return issues;
}
function checkUnInstallClusterAddonsBodyItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("cleanup_cloud_resources"), "boolean", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UnInstallClusterAddonsBodyItem");
  return issues;
}
function checkUpdateClusterAuditLogConfigBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("sls_project_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("disable"), "boolean", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateClusterAuditLogConfigBody");
  return issues;
}
function checkUpdateClusterInspectConfigBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("enabled"), "boolean", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("scheduleTime"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("disabledCheckItems"), "array", f3);
    } else {
      const a105 = f3;
      for (let i120 = 0; i120 < a105.length; i120++) {
        const e120 = a105[i120];
        if (typeof e120 !== "string") {
          issues = mistyped(issues, at("disabledCheckItems", i120), "string", e120);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateClusterInspectConfigBody");
  return issues;
}
function checkUpdateContactGroupForAlertBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("alert_rule_group_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("contact_group_ids"), "array", f2);
    } else {
      const a106 = f2;
      for (let i121 = 0; i121 < a106.length; i121++) {
        const e121 = a106[i121];
        if (typeof e121 !== "number" || !Number.isSafeInteger(e121)) {
          issues = mistyped(issues, at("contact_group_ids", i121), "integer", e121);
        }
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("cr_name"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("namespace"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateContactGroupForAlertBody");
  return issues;
}
function checkUpdateControlPlaneLogBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("log_project"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("log_ttl"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("aliuid"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at("components"), "array", f4);
    } else {
      const a107 = f4;
      for (let i122 = 0; i122 < a107.length; i122++) {
        const e122 = a107[i122];
        if (typeof e122 !== "string") {
          issues = mistyped(issues, at("components", i122), "string", e122);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateControlPlaneLogBody");
  return issues;
}
function checkUpdateK8sClusterUserConfigExpireBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("expire_hour"), "required", "is required");
  } else {
    if (typeof f1 !== "number" || !Number.isSafeInteger(f1)) {
      issues = mistyped(issues, at("expire_hour"), "integer", f1);
    } else {
      if (f1 < 0) {
        issues = report(issues, at("expire_hour"), "minimum", "must be greater than or equal to 0");
      }
      if (f1 > 876e3) {
        issues = report(issues, at("expire_hour"), "maximum", "must be less than or equal to 876000");
      }
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("user"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("user"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateK8sClusterUserConfigExpireBody");
  return issues;
}
function checkUpdateResourcesDeleteProtectionBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("namespace"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("resource_type"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("resource_type"), "string", f2);
    } else {
      if (!(f2 === "services" || f2 === "namespaces")) {
        issues = report(issues, at("resource_type"), "enum", 'must be one of "services", "namespaces"');
      }
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("resources"), "array", f3);
    } else {
      const a108 = f3;
      for (let i123 = 0; i123 < a108.length; i123++) {
        const e123 = a108[i123];
        if (typeof e123 !== "string") {
          issues = mistyped(issues, at("resources", i123), "string", e123);
        }
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("enable"), "boolean", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateResourcesDeleteProtectionBody");
  return issues;
}
function checkUpdateTemplateBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("description"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("name"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("tags"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("template"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("template_type"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateTemplateBody");
  return issues;
}
function checkUpdateUserPermissionsBody(value, issues) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(), "array", value);
  } else {
    const a109 = value;
    for (let i124 = 0; i124 < a109.length; i124++) {
      const e124 = a109[i124];
      PATH[depth++] = i124;
      issues = checkUpdateUserPermissionsBodyItem(e124, issues);
      depth--;
    }
  }
  return issues;
}
function checkUpdateUserPermissionsBodyItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("cluster"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "boolean") {
      issues = mistyped(issues, at("is_custom"), "boolean", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("role_name"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("role_type"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("namespace"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (typeof f6 !== "boolean") {
      issues = mistyped(issues, at("is_ram_role"), "boolean", f6);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpdateUserPermissionsBodyItem");
  return issues;
}
function checkUpgradeClusterAddonsBody(value, issues) {
  if (!Array.isArray(value)) {
    issues = mistyped(issues, at(), "array", value);
  } else {
    const a110 = value;
    for (let i125 = 0; i125 < a110.length; i125++) {
      const e125 = a110[i125];
      PATH[depth++] = i125;
      issues = checkUpgradeClusterAddonsBodyItem(e125, issues);
      depth--;
    }
  }
  return issues;
}
function checkUpgradeClusterAddonsBodyItem(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
    issues = report(issues, at("component_name"), "required", "is required");
  } else {
    if (typeof f1 !== "string") {
      issues = mistyped(issues, at("component_name"), "string", f1);
    }
  }
  if (f2 === void 0) {
    issues = report(issues, at("next_version"), "required", "is required");
  } else {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("next_version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("version"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("config"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("policy"), "string", f5);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpgradeClusterAddonsBodyItem");
  return issues;
}
function checkUpgradeClusterBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("component_name"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("next_version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("version"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "boolean") {
      issues = mistyped(issues, at("master_only"), "boolean", f4);
    }
  }
  if (f5 !== void 0) {
    PATH[depth++] = "rolling_policy";
    issues = checkUpgradeClusterBodyRollingPolicy(f5, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpgradeClusterBody");
  return issues;
}
function checkUpgradeClusterBodyRollingPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("max_parallelism"), "integer", f1);
    } else {
      if (!(f1 >= -2147483648 && f1 <= 2147483647)) {
        issues = report(
          issues,
          at("max_parallelism"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpgradeClusterBodyRollingPolicy");
  return issues;
}
function checkUpgradeClusterNodepoolBody(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("image_id"), "string", f1);
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("runtime_version"), "string", f2);
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "string") {
      issues = mistyped(issues, at("kubernetes_version"), "string", f3);
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("runtime_type"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "boolean") {
      issues = mistyped(issues, at("use_replace"), "boolean", f5);
    }
  }
  if (f6 !== void 0) {
    PATH[depth++] = "rolling_policy";
    issues = checkUpgradeClusterNodepoolBodyRollingPolicy(f6, issues);
    depth--;
  }
  if (f7 !== void 0) {
    if (!Array.isArray(f7)) {
      issues = mistyped(issues, at("node_names"), "array", f7);
    } else {
      const a111 = f7;
      for (let i126 = 0; i126 < a111.length; i126++) {
        const e126 = a111[i126];
        if (typeof e126 !== "string") {
          issues = mistyped(issues, at("node_names", i126), "string", e126);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpgradeClusterNodepoolBody");
  return issues;
}
function checkUpgradeClusterNodepoolBodyRollingPolicy(value, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), "object", value);
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
      issues = mistyped(issues, at("pause_policy"), "string", f1);
    } else {
      if (!(f1 === "FirstBatch" || f1 === "EveryBatch" || f1 === "NotPause")) {
        issues = report(issues, at("pause_policy"), "enum", 'must be one of "FirstBatch", "EveryBatch", "NotPause"');
      }
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("batch_interval"), "integer", f2);
    } else {
      if (!(f2 >= -2147483648 && f2 <= 2147483647)) {
        issues = report(
          issues,
          at("batch_interval"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("max_parallelism"), "integer", f3);
    } else {
      if (!(f3 >= -2147483648 && f3 <= 2147483647)) {
        issues = report(
          issues,
          at("max_parallelism"),
          "format",
          "must be a valid 32-bit integer (from -2^31 to 2^31-1)"
        );
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "UpgradeClusterNodepoolBodyRollingPolicy");
  return issues;
}

// generated:/src/runtime/credentials-cache.ts
var REFRESH_MARGIN_MS = 3 * 6e4;
var RETRY_AFTER_FAILURE_MS = 1e4;
function refreshing(fetch) {
  let cached;
  let pending;
  const refresh = () => pending ??= fetch().then(
    ({ expiresAt = Infinity, ...credentials }) => {
      const margin = Math.min(REFRESH_MARGIN_MS, Math.max(0, (expiresAt - Date.now()) / 2));
      cached = { credentials, expiresAt, refreshAt: expiresAt - margin };
      return credentials;
    },
    (error) => {
      if (!cached || Date.now() >= cached.expiresAt) throw error;
      cached.refreshAt = Math.min(cached.expiresAt, Date.now() + RETRY_AFTER_FAILURE_MS);
      return cached.credentials;
    }
  ).finally(() => {
    pending = void 0;
  });
  return async () => cached && Date.now() < cached.refreshAt ? cached.credentials : refresh();
}
function expirationTime(expiration) {
  const time = typeof expiration === "string" ? Date.parse(expiration) : Number.NaN;
  return Number.isNaN(time) ? Date.now() : time;
}

// generated:/src/runtime/env.ts
var processLike = () => globalThis.process;
function readEnv(name) {
  const value = processLike()?.env?.[name];
  return value === "" ? void 0 : value;
}

// generated:/src/runtime/signer.ts
var SIGNATURE_ALGORITHM = "ACS3-HMAC-SHA256";
function percentEncode(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function canonicalQueryString(query) {
  const pairs = query.map(([key, value]) => [percentEncode(key), percentEncode(value)]);
  pairs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  return pairs.map(([key, value]) => `${key}=${value}`).join("&");
}
function isSignedHeader(name) {
  return name === "host" || name === "content-type" || name.startsWith("x-acs-");
}
function canonicalHeaders(headers) {
  const values = /* @__PURE__ */ new Map();
  for (const [rawName, value] of Object.entries(headers)) {
    const name = rawName.toLowerCase();
    if (!isSignedHeader(name)) continue;
    const previous = values.get(name);
    values.set(name, previous === void 0 ? value.trim() : `${previous},${value.trim()}`);
  }
  const names = [...values.keys()].sort();
  let canonical = "";
  for (const name of names) canonical += `${name}:${values.get(name)}
`;
  return { canonical, signedHeaders: names.join(";") };
}
function canonicalRequest(request) {
  const { canonical, signedHeaders } = canonicalHeaders(request.headers);
  const text = [
    request.method.toUpperCase(),
    request.path || "/",
    canonicalQueryString(request.query),
    canonical,
    signedHeaders,
    request.payloadHash
  ].join("\n");
  return { text, signedHeaders };
}
async function authorization(request, accessKeyId, accessKeySecret, crypto) {
  const { text, signedHeaders } = canonicalRequest(request);
  const stringToSign = `${SIGNATURE_ALGORITHM}
${await crypto.sha256Hex(text)}`;
  const signature = await crypto.hmacSha256Hex(accessKeySecret, stringToSign);
  return `${SIGNATURE_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}
function nodeSigningCrypto(nodeCrypto) {
  return {
    sha256Hex: (data) => nodeCrypto.createHash("sha256").update(data, "utf8").digest("hex"),
    hmacSha256Hex: (key, data) => nodeCrypto.createHmac("sha256", key).update(data, "utf8").digest("hex")
  };
}
function toHex(buffer) {
  let hex = "";
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
function webSigningCrypto(subtle) {
  const encoder = new TextEncoder();
  let cachedKey;
  const keyFor = (secret) => {
    if (cachedKey?.secret !== secret) {
      const key = subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      cachedKey = { secret, key };
    }
    return cachedKey.key;
  };
  return {
    sha256Hex: async (data) => toHex(await subtle.digest("SHA-256", encoder.encode(data))),
    hmacSha256Hex: async (key, data) => toHex(await subtle.sign("HMAC", await keyFor(key), encoder.encode(data)))
  };
}
var defaultCrypto;
function loadSigningCrypto() {
  defaultCrypto ??= (true ? true : isNode()) ? import("node:crypto").then(nodeSigningCrypto) : Promise.resolve().then(() => {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) throw new Error("No WebCrypto available to sign requests");
    return webSigningCrypto(subtle);
  });
  return defaultCrypto;
}

// generated:/src/runtime/proxy.ts
function proxyFor(secure, hostname, port, option) {
  if (option === false) return void 0;
  if (option !== void 0) return parseProxyUrl(option, "The `proxy` option");
  const variable = envPair(secure ? "https_proxy" : "http_proxy");
  if (variable === void 0 || bypassesProxy(hostname, port, envPair("no_proxy")?.value)) return void 0;
  return parseProxyUrl(variable.value, variable.name);
}
function envPair(lowercase) {
  for (const name of [lowercase, lowercase.toUpperCase()]) {
    const value = readEnv(name)?.trim();
    if (value) return { name, value };
  }
  return void 0;
}
function parseProxyUrl(text, source) {
  let url;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new CsError("InvalidProxy", `${source} is not a valid URL`);
  }
  if (url.protocol !== "http:") {
    throw new CsError(
      "InvalidProxy",
      `${source} must be an http:// proxy URL (${url.protocol}// proxies are not supported)`
    );
  }
  const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === "" ? 80 : Number(url.port);
  let authorization2;
  if (url.username !== "") {
    const userPass = `${safeDecode(url.username)}:${safeDecode(url.password)}`;
    authorization2 = `Basic ${Buffer.from(userPass, "utf8").toString("base64")}`;
  }
  return { hostname, port, host: `${url.hostname}:${port}`, authorization: authorization2 };
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function bypassesProxy(hostname, port, noProxy) {
  if (!noProxy) return false;
  const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  for (const entry of noProxy.toLowerCase().split(/[\s,]+/)) {
    if (entry === "") continue;
    if (entry === "*") return true;
    const { name, port: entryPort } = splitHostPort(entry);
    if (entryPort !== void 0 && entryPort !== port) continue;
    const domain = name.replace(/^\*?\./, "").replace(/\.$/, "");
    if (domain !== "" && (host === domain || host.endsWith(`.${domain}`))) return true;
  }
  return false;
}
function splitHostPort(entry) {
  const bracketed = /^\[([^\]]*)\](?::(\d+))?$/.exec(entry);
  if (bracketed)
    return { name: bracketed[1] ?? "", port: bracketed[2] === void 0 ? void 0 : Number(bracketed[2]) };
  const withPort = /^([^:]+):(\d+)$/.exec(entry);
  if (withPort) return { name: withPort[1] ?? "", port: Number(withPort[2]) };
  return { name: entry, port: void 0 };
}

// generated:/src/runtime/proxy-tunnel.ts
var PROXY_TUNNEL_FAILED = "ERR_PROXY_TUNNEL";
function createTunnelAgent(modules, proxy, agentOptions) {
  const agent = new modules.https.Agent(agentOptions);
  const pending = /* @__PURE__ */ new Set();
  const createConnection = (options, callback) => {
    const host = options.host ?? "localhost";
    const authority = `${host.includes(":") ? `[${host}]` : host}:${Number(options.port ?? 443)}`;
    const headers = { host: authority };
    if (proxy.authorization !== void 0) headers["proxy-authorization"] = proxy.authorization;
    const connect = modules.http.request({
      hostname: proxy.hostname,
      port: proxy.port,
      method: "CONNECT",
      path: authority,
      headers,
      agent: false
    });
    pending.add(connect);
    connect.once("socket", (socket) => socket.unref());
    connect.once("error", (error) => {
      pending.delete(connect);
      callback(error);
    });
    connect.once("connect", (response, socket, head) => {
      pending.delete(connect);
      if (response.statusCode !== 200) {
        socket.destroy();
        const reason = `proxy ${proxy.host} answered ${response.statusCode} to CONNECT ${authority}`;
        return callback(Object.assign(new Error(reason), { code: PROXY_TUNNEL_FAILED }));
      }
      if (head.length > 0) socket.unshift(head);
      const secure = modules.tls.connect({
        socket,
        host,
        ...isIpAddress(host) ? {} : { servername: host },
        ...options.ca === void 0 ? {} : { ca: options.ca }
      });
      const onTlsError = (error) => callback(error);
      secure.once("error", onTlsError);
      secure.once("secureConnect", () => {
        secure.removeListener("error", onTlsError);
        callback(null, secure);
      });
    });
    connect.end();
    return void 0;
  };
  const destroyPooled = agent.destroy.bind(agent);
  return Object.assign(agent, {
    createConnection,
    destroy() {
      for (const request of pending) request.destroy();
      pending.clear();
      destroyPooled();
    }
  });
}
function isIpAddress(host) {
  return host.includes(":") || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

// generated:/src/runtime/transport.ts
var NOT_CONNECTED_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT"
]);
function isNotConnectedCode(code) {
  return code !== void 0 && NOT_CONNECTED_CODES.has(code);
}
function systemErrorCode(error) {
  for (let current = error, depth2 = 0; current && depth2 < 3; depth2++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}

// generated:/src/runtime/transport-node.ts
function createNodeTransport(options = {}) {
  let modules;
  const agents = {};
  const proxyAgents = /* @__PURE__ */ new Map();
  const agentOptions = {
    keepAlive: options.keepAlive ?? true,
    maxSockets: options.maxSockets ?? 50,
    ...options.ca === void 0 ? {} : { ca: options.ca }
  };
  const agentFor = (secure, http, https) => {
    return secure ? agents.https ??= new https.Agent(agentOptions) : agents.http ??= new http.Agent(agentOptions);
  };
  const proxyAgentFor = async (target, proxy, http, https) => {
    const key = `${target.secure ? "tunnel" : "forward"} ${proxy.host} ${proxy.authorization ?? ""}`;
    let agent = proxyAgents.get(key);
    if (agent === void 0) {
      agent = target.secure ? createTunnelAgent({ http, https, tls: await import("node:tls") }, proxy, agentOptions) : new http.Agent(agentOptions);
      proxyAgents.set(key, agent);
    }
    return agent;
  };
  let lastOrigin;
  const targetOf = (url) => {
    const pathStart = url.indexOf("/", url.indexOf("//") + 2);
    const origin = pathStart === -1 ? url : url.slice(0, pathStart);
    if (lastOrigin?.origin !== origin) {
      const parsed = new URL(origin);
      const secure = parsed.protocol === "https:";
      const hostname = parsed.hostname.startsWith("[") ? parsed.hostname.slice(1, -1) : parsed.hostname;
      const port = parsed.port ? Number(parsed.port) : secure ? 443 : 80;
      const proxy = proxyFor(secure, hostname, port, options.proxy);
      lastOrigin = {
        origin,
        target: { origin: parsed.origin, protocol: parsed.protocol, hostname, port, host: parsed.host, secure, proxy }
      };
    }
    return { target: lastOrigin.target, path: pathStart === -1 ? "/" : url.slice(pathStart) };
  };
  const transport2 = async (request, { signal }) => {
    modules ??= Promise.all([import("node:http"), import("node:https")]).then(([http2, https2]) => ({ http: http2, https: https2 }));
    const { http, https } = await modules;
    signal.throwIfAborted();
    const { target, path } = targetOf(request.url);
    const { proxy } = target;
    if (proxy === void 0) {
      return send(
        target.secure ? https : http,
        agentFor(target.secure, http, https),
        target,
        target,
        path,
        request,
        signal
      );
    }
    const agent = await proxyAgentFor(target, proxy, http, https);
    if (target.secure) return send(https, agent, target, target, path, request, signal);
    return send(
      http,
      agent,
      target,
      { protocol: "http:", hostname: proxy.hostname, port: proxy.port },
      target.origin + path,
      request,
      signal
    );
  };
  return Object.assign(transport2, {
    destroy() {
      agents.http?.destroy();
      agents.https?.destroy();
      for (const agent of proxyAgents.values()) agent.destroy();
    }
  });
}
function send(module2, agent, target, connectTo, path, request, signal) {
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers };
    if (request.body !== void 0) headers["content-length"] = String(Buffer.byteLength(request.body));
    const { proxy, secure } = target;
    if (proxy !== void 0 && !secure) {
      headers.host ??= target.host;
      if (proxy.authorization !== void 0) headers["proxy-authorization"] = proxy.authorization;
    }
    let written = false;
    let settled = false;
    const outgoing = module2.request({
      protocol: connectTo.protocol,
      hostname: connectTo.hostname,
      port: connectTo.port,
      path,
      method: request.method,
      headers,
      agent
    });
    const finish = (error, response) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (response) resolve(response);
      else reject(error);
    };
    const onAbort = () => {
      finish(signal.reason);
      outgoing.destroy();
    };
    const onNetworkError = (error) => {
      if (signal.aborted) return finish(signal.reason);
      const code = systemErrorCode(error);
      const requestWritten = written && !isNotConnectedCode(code);
      const via = proxy ? ` through proxy ${proxy.host}` : "";
      const reason = code === PROXY_TUNNEL_FAILED ? `: ${error.message}` : "";
      finish(
        new NetworkError(`Connection to ${target.host}${via} failed${code ? ` (${code})` : ""}${reason}`, {
          requestWritten,
          cause: error,
          ...code ? { causeCode: code } : {}
        })
      );
    };
    signal.addEventListener("abort", onAbort, { once: true });
    outgoing.on("socket", (socket) => {
      if (!socket.connecting) written = true;
      else socket.once(secure ? "secureConnect" : "connect", () => written = true);
    });
    outgoing.on("error", onNetworkError);
    outgoing.on("response", (incoming) => {
      const chunks = [];
      incoming.on("data", (chunk) => chunks.push(chunk));
      incoming.on("error", onNetworkError);
      incoming.on(
        "aborted",
        () => onNetworkError(Object.assign(new Error("response aborted"), { code: "ECONNRESET" }))
      );
      incoming.on("end", () => {
        if (!incoming.complete) {
          return onNetworkError(Object.assign(new Error("response ended early"), { code: "ECONNRESET" }));
        }
        finish(void 0, {
          statusCode: incoming.statusCode ?? 0,
          headers: flattenHeaders(incoming.headers),
          body: Buffer.concat(chunks).toString("utf8")
        });
      });
    });
    outgoing.end(request.body);
  });
}
function flattenHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

// generated:/src/runtime/credentials-http.ts
var transport;
function credentialsFailure(source, reason) {
  return new CredentialsError(`${source}: ${reason}`, { source });
}
function originOf(url) {
  try {
    return new URL(url).origin;
  } catch {
    return "an invalid URL";
  }
}
function endpointUrl(endpoint, scheme = "https") {
  return (/^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `${scheme}://${endpoint}`).replace(/\/+$/, "");
}
async function credentialsRequest(source, request, timeoutMs) {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await (transport ??= createNodeTransport({ keepAlive: false }))(request, { signal });
  } catch (error) {
    const origin = originOf(request.url);
    if (signal.aborted) throw credentialsFailure(source, `no answer from ${origin} within ${timeoutMs} ms`);
    const code = error instanceof NetworkError ? error.causeCode : systemErrorCode(error);
    throw credentialsFailure(source, `cannot reach ${origin}${code ? ` (${code})` : ""}`);
  }
}
function jsonBody(source, what, response) {
  let body;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = void 0;
  }
  const fields = typeof body === "object" && body !== null ? body : void 0;
  if (response.statusCode !== 200) {
    const details = [
      safeToken(fields?.Code),
      safeToken(fields?.RequestId) && `request id ${safeToken(fields?.RequestId)}`
    ];
    const suffix = details.filter(Boolean).join(", ");
    throw credentialsFailure(source, `${what} answered HTTP ${response.statusCode}${suffix ? ` (${suffix})` : ""}`);
  }
  if (!fields) throw credentialsFailure(source, `${what} answered with a body that is not a JSON object`);
  return fields;
}
function safeToken(value) {
  return typeof value === "string" && /^[\w.-]{1,100}$/.test(value) ? value : void 0;
}
function temporaryCredentials(source, what, fields) {
  const value = typeof fields === "object" && fields !== null ? fields : {};
  const { AccessKeyId: accessKeyId, AccessKeySecret: accessKeySecret, SecurityToken: securityToken } = value;
  if (typeof accessKeyId !== "string" || !accessKeyId || typeof accessKeySecret !== "string" || !accessKeySecret) {
    throw credentialsFailure(source, `${what} returned no AccessKeyId and AccessKeySecret`);
  }
  if (typeof securityToken !== "string" || !securityToken)
    throw credentialsFailure(source, `${what} returned no SecurityToken`);
  return { accessKeyId, accessKeySecret, securityToken, expiresAt: expirationTime(value.Expiration) };
}
function formEncode(fields) {
  return Object.entries(fields).map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join("&");
}

// generated:/src/runtime/credentials-ecs.ts
var SOURCE = "ECS RAM role";
var DEFAULT_METADATA_ENDPOINT = "http://100.100.100.200";
var METADATA_TIMEOUT_MS = 1e3;
var TOKEN_TTL_SECONDS = "21600";
var CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
function fromEcsRamRole(options = {}) {
  return false ? nodeOnly(SOURCE) : ecsRamRoleOnNode(options);
}
function ecsRamRoleOnNode(options) {
  return refreshing(async () => {
    const base = endpointUrl(
      options.metadataEndpoint ?? readEnv("ALIBABA_CLOUD_ECS_METADATA_ENDPOINT") ?? DEFAULT_METADATA_ENDPOINT,
      "http"
    );
    const token = await metadataToken(base);
    const read = async (path, what) => {
      const headers = token === void 0 ? {} : { "x-aliyun-ecs-metadata-token": token };
      const response2 = await credentialsRequest(
        SOURCE,
        { method: "GET", url: `${base}${path}`, headers },
        METADATA_TIMEOUT_MS
      );
      if (response2.statusCode !== 200)
        throw credentialsFailure(SOURCE, `${what} at ${originOf(base)} answered HTTP ${response2.statusCode}`);
      return response2;
    };
    const roleName = options.roleName ?? readEnv("ALIBABA_CLOUD_ECS_METADATA") ?? (await read(CREDENTIALS_PATH, "the role name")).body.trim().split("\n")[0];
    if (!roleName) throw credentialsFailure(SOURCE, `no RAM role is attached to the instance (${originOf(base)})`);
    const response = await read(`${CREDENTIALS_PATH}${encodeURIComponent(roleName)}`, "the role credentials");
    const body = jsonBody(SOURCE, "the metadata service", response);
    if (body.Code !== "Success") throw credentialsFailure(SOURCE, 'the metadata service did not return Code "Success"');
    return temporaryCredentials(SOURCE, "the metadata service", body);
  });
}
async function metadataToken(base) {
  const response = await credentialsRequest(
    SOURCE,
    {
      method: "PUT",
      url: `${base}/latest/api/token`,
      headers: { "x-aliyun-ecs-metadata-token-ttl-seconds": TOKEN_TTL_SECONDS }
    },
    METADATA_TIMEOUT_MS
  );
  if (response.statusCode === 200 && response.body) return response.body;
  if (readEnv("ALIBABA_CLOUD_IMDSV1_DISABLED")?.toLowerCase() === "true") {
    throw credentialsFailure(
      SOURCE,
      `the metadata token request at ${originOf(base)} answered HTTP ${response.statusCode}`
    );
  }
  return void 0;
}

// generated:/src/runtime/credentials-sts.ts
var STS_TIMEOUT_MS = 1e4;
var DEFAULT_SESSION_SECONDS = 3600;
function stsEndpoint(override) {
  const configured = override ?? readEnv("ALIBABA_CLOUD_STS_ENDPOINT");
  if (configured) return endpointUrl(configured);
  const region = readEnv("ALIBABA_CLOUD_STS_REGION");
  const vpc = readEnv("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED")?.toLowerCase() === "true";
  return `https://${region ? `sts${vpc ? "-vpc" : ""}.${region}.aliyuncs.com` : "sts.aliyuncs.com"}`;
}
function rpcTimestamp(date = /* @__PURE__ */ new Date()) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
async function rpcSignature(method, params, accessKeySecret) {
  const canonical = Object.keys(params).sort().map((key) => `${percentEncode(key)}=${percentEncode(params[key])}`).join("&");
  const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonical)}`;
  const { createHmac } = await import("node:crypto");
  return createHmac("sha1", `${accessKeySecret}&`).update(stringToSign, "utf8").digest("base64");
}
function stsQuery(action, timestamp) {
  return { Version: "2015-04-01", Action: action, Format: "JSON", Timestamp: timestamp };
}
async function callSts(source, endpoint, query, form) {
  const response = await credentialsRequest(
    source,
    {
      method: "POST",
      url: `${endpoint}/?${formEncode(query)}`,
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: formEncode(form)
    },
    STS_TIMEOUT_MS
  );
  const body = jsonBody(source, `STS ${query.Action}`, response);
  return temporaryCredentials(source, `STS ${query.Action}`, body.Credentials);
}
function defaultSessionName() {
  return `acs-sdk-ts-${Date.now()}`;
}

// generated:/src/runtime/credentials-oidc.ts
var SOURCE2 = "OIDC role";
function oidcRoleFromEnv() {
  const roleArn = readEnv("ALIBABA_CLOUD_ROLE_ARN");
  const oidcProviderArn = readEnv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
  const oidcTokenFile = readEnv("ALIBABA_CLOUD_OIDC_TOKEN_FILE");
  if (!roleArn || !oidcProviderArn || !oidcTokenFile) {
    const named = {
      ALIBABA_CLOUD_ROLE_ARN: roleArn,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: oidcProviderArn,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: oidcTokenFile
    };
    return { missing: Object.keys(named).filter((name) => !named[name]) };
  }
  const options = { roleArn, oidcProviderArn, oidcTokenFile };
  const roleSessionName = readEnv("ALIBABA_CLOUD_ROLE_SESSION_NAME");
  if (roleSessionName) options.roleSessionName = roleSessionName;
  return options;
}
function fromOidcRole(options) {
  return false ? nodeOnly2(SOURCE2) : oidcRoleOnNode(options);
}
function oidcRoleOnNode(options) {
  const durationSeconds = options.durationSeconds ?? DEFAULT_SESSION_SECONDS;
  return refreshing(async () => {
    if (!options.roleArn || !options.oidcProviderArn || !options.oidcTokenFile) {
      throw credentialsFailure(SOURCE2, "roleArn, oidcProviderArn and oidcTokenFile are all required");
    }
    if (durationSeconds < 900) throw credentialsFailure(SOURCE2, "durationSeconds must be at least 900");
    const { readFile } = await import("node:fs/promises");
    const token = await readFile(options.oidcTokenFile, "utf8").catch((error) => {
      throw credentialsFailure(
        SOURCE2,
        `cannot read the OIDC token file ${options.oidcTokenFile} (${systemErrorCode(error) ?? "error"})`
      );
    });
    const form = {
      OIDCProviderArn: options.oidcProviderArn,
      OIDCToken: token.trim(),
      RoleArn: options.roleArn
    };
    if (options.policy) form.Policy = options.policy;
    form.RoleSessionName = options.roleSessionName ?? defaultSessionName();
    form.DurationSeconds = String(durationSeconds);
    return callSts(SOURCE2, stsEndpoint(options.stsEndpoint), stsQuery("AssumeRoleWithOIDC", rpcTimestamp()), form);
  });
}

// generated:/src/runtime/credentials-ram-role-arn.ts
var SOURCE3 = "RAM role ARN";
async function signedAssumeRole(credentials, options, nonce2, timestamp) {
  const query = {
    ...stsQuery("AssumeRole", timestamp),
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: nonce2,
    AccessKeyId: credentials.accessKeyId
  };
  if (credentials.securityToken) query.SecurityToken = credentials.securityToken;
  const form = { RoleArn: options.roleArn };
  if (options.policy) form.Policy = options.policy;
  if (options.externalId) form.ExternalId = options.externalId;
  form.RoleSessionName = options.roleSessionName ?? defaultSessionName();
  form.DurationSeconds = String(options.durationSeconds ?? DEFAULT_SESSION_SECONDS);
  query.Signature = await rpcSignature("POST", { ...query, ...form }, credentials.accessKeySecret);
  return { query, form };
}
function fromRamRoleArn(options) {
  return false ? nodeOnly3(SOURCE3) : ramRoleArnOnNode(options);
}
function ramRoleArnOnNode(options) {
  const base = options.credentials;
  const baseProvider = typeof base === "function" ? base : async () => base;
  const durationSeconds = options.durationSeconds ?? DEFAULT_SESSION_SECONDS;
  return refreshing(async () => {
    if (!options.roleArn) throw credentialsFailure(SOURCE3, "roleArn is required");
    if (durationSeconds < 900) throw credentialsFailure(SOURCE3, "durationSeconds must be at least 900");
    const credentials = await baseProvider();
    if (!credentials.accessKeyId || !credentials.accessKeySecret) {
      throw credentialsFailure(SOURCE3, "the base credentials lack an accessKeyId or accessKeySecret");
    }
    const { randomUUID } = await import("node:crypto");
    const { query, form } = await signedAssumeRole(
      credentials,
      { ...options, durationSeconds },
      randomUUID(),
      rpcTimestamp()
    );
    return callSts(SOURCE3, stsEndpoint(options.stsEndpoint), query, form);
  });
}

// generated:/src/runtime/credentials-profile.ts
var CLI_PROFILE_SOURCE = "CLI profile";
var CREDENTIALS_FILE_SOURCE = "credentials file";
function fromCliProfile(endpoints = {}) {
  return false ? nodeOnly4(CLI_PROFILE_SOURCE) : cliProfileOnNode(endpoints);
}
function cliProfileOnNode(endpoints) {
  return lazily(async () => {
    const file = await homePath(".aliyun", "config.json");
    let config;
    try {
      config = JSON.parse(await readText(CLI_PROFILE_SOURCE, file));
    } catch (error) {
      throw error instanceof SyntaxError ? credentialsFailure(CLI_PROFILE_SOURCE, `${file} is not valid JSON`) : error;
    }
    const profiles = config?.profiles;
    if (!Array.isArray(profiles) || profiles.length === 0)
      throw credentialsFailure(CLI_PROFILE_SOURCE, `${file} has no profiles`);
    const byName = (name2) => {
      const found = profiles.find((p) => p?.name === name2);
      if (!found) throw credentialsFailure(CLI_PROFILE_SOURCE, `${file} has no profile named ${JSON.stringify(name2)}`);
      return found;
    };
    const name = readEnv("ALIBABA_CLOUD_PROFILE") ?? config.current;
    return cliProfileProvider(byName(name), byName, endpoints, 0);
  });
}
function cliProfileProvider(p, byName, endpoints, depth2) {
  const text = (key) => typeof p[key] === "string" && p[key] !== "" ? p[key] : void 0;
  const seconds2 = (key) => typeof p[key] === "number" && p[key] > 0 ? p[key] : void 0;
  const keys = () => staticKeys(CLI_PROFILE_SOURCE, text("access_key_id"), text("access_key_secret"), text("sts_token"));
  const assume = (credentials) => fromRamRoleArn({
    credentials,
    roleArn: text("ram_role_arn") ?? "",
    roleSessionName: text("ram_session_name"),
    durationSeconds: seconds2("expired_seconds"),
    stsEndpoint: text("sts_endpoint") ?? stsOverride(endpoints, text("sts_region"))
  });
  switch (p.mode) {
    case "AK":
    case "StsToken": {
      const credentials = keys();
      return async () => credentials;
    }
    case "RamRoleArn":
      return assume(keys());
    case "ChainableRamRoleArn":
      if (depth2 > 8) throw credentialsFailure(CLI_PROFILE_SOURCE, "source_profile chain is too long (a cycle?)");
      return assume(cliProfileProvider(byName(p.source_profile), byName, endpoints, depth2 + 1));
    case "EcsRamRole":
      return fromEcsRamRole({ roleName: text("ram_role_name"), metadataEndpoint: endpoints.metadataEndpoint });
    case "OIDC":
      return fromOidcRole({
        roleArn: text("ram_role_arn") ?? "",
        oidcProviderArn: text("oidc_provider_arn") ?? "",
        oidcTokenFile: text("oidc_token_file") ?? "",
        roleSessionName: text("ram_session_name"),
        durationSeconds: seconds2("duration_seconds") ?? seconds2("expired_seconds"),
        stsEndpoint: stsOverride(endpoints, text("sts_region"))
      });
    default:
      throw credentialsFailure(
        CLI_PROFILE_SOURCE,
        `profile mode ${JSON.stringify(p.mode)} is not supported (AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC are)`
      );
  }
}
function fromCredentialsFile(endpoints = {}) {
  return false ? nodeOnly4(CREDENTIALS_FILE_SOURCE) : credentialsFileOnNode(endpoints);
}
function credentialsFileOnNode(endpoints) {
  return lazily(async () => {
    const file = readEnv("ALIBABA_CLOUD_CREDENTIALS_FILE") ?? await homePath(".alibabacloud", "credentials");
    const name = readEnv("ALIBABA_CLOUD_PROFILE") ?? "default";
    const section = parseIni(await readText(CREDENTIALS_FILE_SOURCE, file))[name];
    if (!section) throw credentialsFailure(CREDENTIALS_FILE_SOURCE, `${file} has no section [${name}]`);
    const keys = () => staticKeys(CREDENTIALS_FILE_SOURCE, section.access_key_id, section.access_key_secret, void 0);
    switch (section.type) {
      case "access_key": {
        const credentials = keys();
        return async () => credentials;
      }
      case "ecs_ram_role":
        return fromEcsRamRole({ roleName: section.role_name, metadataEndpoint: endpoints.metadataEndpoint });
      case "ram_role_arn":
        return fromRamRoleArn({
          credentials: keys(),
          roleArn: section.role_arn ?? "",
          roleSessionName: section.role_session_name,
          policy: section.policy,
          stsEndpoint: endpoints.stsEndpoint
        });
      default:
        throw credentialsFailure(
          CREDENTIALS_FILE_SOURCE,
          `section [${name}] of ${file} has type ${JSON.stringify(section.type ?? "")}; access_key, ecs_ram_role and ram_role_arn are supported`
        );
    }
  });
}
function parseIni(text) {
  const sections = /* @__PURE__ */ Object.create(null);
  let current;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = sections[header[1].trim()] ??= /* @__PURE__ */ Object.create(null);
      continue;
    }
    const equals = line.indexOf("=");
    if (!current || equals < 1) continue;
    const value = line.slice(equals + 1).trim();
    current[line.slice(0, equals).trim()] = /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
  }
  return sections;
}
function lazily(build) {
  let provider;
  return async () => {
    provider ??= build().catch((error) => {
      provider = void 0;
      throw error;
    });
    return (await provider)();
  };
}
function staticKeys(source, accessKeyId, accessKeySecret, securityToken) {
  if (!accessKeyId || !accessKeySecret)
    throw credentialsFailure(source, "the profile lacks access_key_id or access_key_secret");
  return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
}
function stsOverride(endpoints, region) {
  return endpoints.stsEndpoint ?? readEnv("ALIBABA_CLOUD_STS_ENDPOINT") ?? (region ? `sts.${region}.aliyuncs.com` : void 0);
}
async function homePath(...parts) {
  const { homedir } = await import("node:os");
  return [homedir(), ...parts].join("/");
}
async function readText(source, file) {
  const { readFile } = await import("node:fs/promises");
  return readFile(file, "utf8").catch((error) => {
    const code = systemErrorCode(error);
    throw credentialsFailure(
      source,
      code === "ENOENT" ? `${file} does not exist` : `cannot read ${file} (${code ?? "error"})`
    );
  });
}

// generated:/src/runtime/credentials-uri.ts
var SOURCE4 = "credentials URI";
var URI_TIMEOUT_MS = 1e4;
function fromCredentialsUri(uri) {
  return false ? nodeOnly5(SOURCE4) : credentialsUriOnNode(uri);
}
function credentialsUriOnNode(uri) {
  return refreshing(async () => {
    const response = await credentialsRequest(
      SOURCE4,
      { method: "GET", url: uri, headers: { accept: "application/json" } },
      URI_TIMEOUT_MS
    );
    return temporaryCredentials(SOURCE4, "the credentials URI", jsonBody(SOURCE4, "the credentials URI", response));
  });
}

// generated:/src/runtime/credentials-chain.ts
function isDisabled(variable) {
  return readEnv(variable)?.toLowerCase() === "true";
}
function sources(endpoints) {
  const profileEndpoints = { stsEndpoint: endpoints.sts, metadataEndpoint: endpoints.ecsMetadata };
  return [
    {
      name: "environment",
      configure: () => {
        const missing = missingEnvKeys();
        return missing.length === 0 ? fromEnv() : `${missing.join(" and ")} not set`;
      }
    },
    {
      name: "OIDC role",
      configure: () => {
        const options = oidcRoleFromEnv();
        if ("missing" in options) return `${options.missing.join(", ")} not set`;
        return fromOidcRole({ ...options, stsEndpoint: endpoints.sts });
      }
    },
    {
      name: CLI_PROFILE_SOURCE,
      configure: () => isDisabled("ALIBABA_CLOUD_CLI_PROFILE_DISABLED") ? "disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED" : fromCliProfile(profileEndpoints)
    },
    { name: CREDENTIALS_FILE_SOURCE, configure: () => fromCredentialsFile(profileEndpoints) },
    {
      name: "ECS RAM role",
      configure: () => isDisabled("ALIBABA_CLOUD_ECS_METADATA_DISABLED") ? "disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED" : fromEcsRamRole({ metadataEndpoint: endpoints.ecsMetadata })
    },
    {
      name: "credentials URI",
      configure: () => {
        const uri = readEnv("ALIBABA_CLOUD_CREDENTIALS_URI");
        return uri ? fromCredentialsUri(uri) : "ALIBABA_CLOUD_CREDENTIALS_URI not set";
      }
    }
  ];
}
function defaultCredentialsChain(endpoints = {}) {
  return false ? nodeOnly6("default credential chain") : defaultCredentialsChainOnNode(endpoints);
}
function defaultCredentialsChainOnNode(endpoints) {
  let chosen;
  let searching;
  const search = async () => {
    const passedOver = [];
    for (const source of sources(endpoints)) {
      const provider = source.configure();
      if (typeof provider === "string") {
        passedOver.push(`${source.name} (${provider})`);
        continue;
      }
      try {
        const credentials = await provider();
        chosen = provider;
        return credentials;
      } catch (error) {
        const reason = error instanceof CredentialsError ? error.message.replace(`${source.name}: `, "") : "failed";
        passedOver.push(`${source.name} (${reason})`);
      }
    }
    throw new CredentialsError(
      `No credentials: pass \`credentials\` to the client or configure one of the default sources. Tried: ${passedOver.join("; ")}`
    );
  };
  return async () => {
    if (chosen) return chosen();
    searching ??= search().finally(() => {
      searching = void 0;
    });
    return searching;
  };
}

// generated:/src/runtime/credentials.ts
function missingEnvKeys() {
  return ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"].filter((name) => !readEnv(name));
}
function fromEnv() {
  return async () => {
    const missing = missingEnvKeys();
    if (missing.length > 0) {
      throw new CredentialsError(
        `No credentials: pass \`credentials\` to the client or set ${missing.join(" and ")} in the environment`,
        {
          source: "environment"
        }
      );
    }
    const accessKeyId = readEnv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    const accessKeySecret = readEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    const securityToken = readEnv("ALIBABA_CLOUD_SECURITY_TOKEN");
    return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
  };
}
function toCredentialsProvider(credentials, endpoints) {
  if (credentials === void 0) {
    return (true ? true : isNode2()) ? defaultCredentialsChain(endpoints) : fromEnv();
  }
  if (typeof credentials === "function") return credentials;
  const fixed = credentials;
  return async () => {
    if (!fixed.accessKeyId || !fixed.accessKeySecret) {
      throw new CredentialsError("Incomplete credentials: accessKeyId and accessKeySecret are both required");
    }
    return fixed;
  };
}

// generated:/src/runtime/hooks.ts
var HookError = class extends CsError {
  name = "HookError";
  constructor(stage, cause) {
    super("HookFailed", `An ${stage} hook failed (${cause instanceof Error ? cause.name : typeof cause})`, { cause });
  }
};
var RESERVED_HEADERS = /* @__PURE__ */ new Set([
  "accept",
  "authorization",
  "content-length",
  "content-type",
  "host",
  "user-agent",
  "x-acs-accesskey-id",
  "x-acs-action",
  "x-acs-content-sha256",
  "x-acs-date",
  "x-acs-security-token",
  "x-acs-signature-nonce",
  "x-acs-version"
]);
var TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function checkedHeaders(headers, source) {
  const checked = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) throw new CsError("InvalidHeader", `${source}: a header name is not a valid HTTP token`);
    const lower = name.toLowerCase();
    if (typeof value !== "string" || /[\r\n\0]/.test(value)) {
      throw new CsError("InvalidHeader", `${source}: header ${lower} must be a string without CR, LF or NUL`);
    }
    if (RESERVED_HEADERS.has(lower)) throw new CsError("InvalidHeader", `${source}: header ${lower} is set by the SDK`);
    checked[lower] = value;
  }
  return checked;
}
function joinHooks(client, call) {
  const all = [...client ?? [], ...call ?? []];
  return all.length > 0 ? all : void 0;
}
async function runRequestHooks(hooks, info, headers, body) {
  const context = { ...info, headers: { ...headers }, body };
  for (const hook of hooks) if (hook.onRequest) await guarded("onRequest", () => hook.onRequest?.(context));
  return checkedHeaders(context.headers, "onRequest hook");
}
async function runResponseHooks(hooks, context) {
  for (const hook of hooks) if (hook.onResponse) await guarded("onResponse", () => hook.onResponse?.(context));
}
async function runErrorHooks(hooks, info, error, retry) {
  if (error instanceof HookError) return false;
  let decision = retry;
  for (const hook of hooks) {
    if (!hook.onError) continue;
    const verdict = await guarded("onError", () => hook.onError?.({ ...info, error, retry: decision }));
    if (typeof verdict === "boolean") decision = verdict;
  }
  return decision;
}
async function guarded(stage, run) {
  try {
    return await run();
  } catch (error) {
    throw error instanceof CsError ? error : new HookError(stage, error);
  }
}

// generated:/src/runtime/log.ts
function failureFields(error) {
  const fields = { code: error.code };
  if (error.$metadata?.httpStatusCode !== void 0) fields.status = error.$metadata.httpStatusCode;
  if (error.$metadata?.requestId !== void 0) fields.requestId = error.$metadata.requestId;
  return fields;
}

// generated:/src/runtime/retry.ts
var DEFAULT_RETRY = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 2e4 };
var TRANSIENT_STATUS = /* @__PURE__ */ new Set([502, 503, 504]);
function isThrottling(statusCode, code) {
  return statusCode === 429 || code !== void 0 && code.startsWith("Throttling");
}
function shouldRetry(error, idempotent) {
  if (error instanceof CsServiceError) {
    if (isThrottling(error.statusCode, error.code)) return true;
    return idempotent && TRANSIENT_STATUS.has(error.statusCode);
  }
  if (error instanceof NetworkError) return idempotent || !error.requestWritten;
  if (error instanceof TimeoutError) return idempotent;
  return false;
}
function isRetryableStatus(statusCode, code) {
  return isThrottling(statusCode, code) || TRANSIENT_STATUS.has(statusCode);
}
function backoffDelay(retry, options, random = Math.random) {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.floor(random() * ceiling);
}
function retryDelay(retry, options, retryAfterMs, random = Math.random) {
  const jittered = backoffDelay(retry, options, random);
  return Math.min(options.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === void 0) return void 0;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}

// generated:/src/runtime/transport-fetch.ts
var BROWSER_OWNED_HEADERS = /* @__PURE__ */ new Set(["host", "content-length", "user-agent"]);
function createFetchTransport(fetchImpl = (input, init) => globalThis.fetch(input, init)) {
  return async (request, { signal }) => {
    const headers = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!BROWSER_OWNED_HEADERS.has(name)) headers[name] = value;
    }
    try {
      const response = await fetchImpl(request.url, { method: request.method, headers, body: request.body, signal });
      const responseHeaders = {};
      response.headers.forEach((value, name) => responseHeaders[name] = value);
      return { statusCode: response.status, headers: responseHeaders, body: await response.text() };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const code = systemErrorCode(error);
      throw new NetworkError(`Request failed${code ? ` (${code})` : ""}`, {
        requestWritten: !isNotConnectedCode(code),
        cause: error,
        ...code ? { causeCode: code } : {}
      });
    }
  };
}

// generated:/src/runtime/client-core.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var ClientCore = class {
  service;
  options;
  credentials;
  retry;
  userAgent;
  transport;
  ownTransport;
  lastBase;
  constructor(service, options = {}) {
    this.service = service;
    this.options = options;
    this.credentials = toCredentialsProvider(options.credentials, options.credentialEndpoints);
    this.transport = options.transport;
    this.retry = {
      maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
      baseDelayMs: options.retryDelay?.baseMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: options.retryDelay?.maxMs ?? DEFAULT_RETRY.maxDelayMs
    };
    const base = `acs-sdk-ts ${service.product}/${service.version}`;
    this.userAgent = options.userAgent ? `${base} ${options.userAgent}` : base;
  }
  /** Closes pooled connections of the built-in Node transport (idle ones never keep the process alive anyway). */
  destroy() {
    this.ownTransport?.destroy();
  }
  async send(op, request, validator, options = {}) {
    if (validator && (options.validate ?? this.options.validate ?? true)) {
      const result = validator(request);
      if (!result.ok) throw new ValidationError(result.issues);
    }
    const input = request;
    const prepared = this.prepare(op, input);
    const hooks = joinHooks(this.options.hooks, options.hooks);
    const callHeaders = options.headers ? { ...prepared.headers, ...checkedHeaders(options.headers, "CallOptions.headers") } : prepared.headers;
    let secrets;
    const transport2 = this.transport ?? this.defaultTransport();
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const log = this.options.logger;
    for (let attempt = 1; ; attempt++) {
      if (options.signal?.aborted) throw withAttempts(new AbortError(), attempt - 1);
      const credentials = await this.resolveCredentials(attempt);
      const scrub = (text) => createScrubber([
        ...secrets ??= sensitiveValues(input, op.sensitive),
        credentials.accessKeySecret,
        credentials.securityToken
      ])(text);
      const info = { action: op.action, method: op.method, url: prepared.url, attempt };
      const headers = hooks ? await runRequestHooks(hooks, info, callHeaders, prepared.body) : callHeaders;
      const event = log && {
        action: op.action,
        method: op.method,
        path: scrub(prepared.path),
        attempt
      };
      let retryAfterMs;
      let failure;
      const started = Date.now();
      try {
        const httpRequest = await this.sign(op, prepared, headers, credentials);
        if (event) log?.debug("cs.request", event);
        const response = await sendWithTimeout(transport2, httpRequest, timeoutMs, options.signal);
        const durationMs = Date.now() - started;
        if (hooks) await runResponseHooks(hooks, { ...info, response, durationMs });
        const body = readJson(response.body);
        const ok = response.statusCode >= 200 && response.statusCode < 300 && body !== void 0;
        let requestId = field(body?.value, "requestId", "RequestId", "request_id") ?? response.headers["x-acs-request-id"];
        if (requestId !== void 0 && (!ok || log)) requestId = scrub(requestId);
        if (event) {
          const status = response.statusCode;
          log?.debug(
            "cs.response",
            requestId === void 0 ? { ...event, status, durationMs } : { ...event, status, durationMs, requestId }
          );
        }
        const metadata = { httpStatusCode: response.statusCode, attempts: attempt };
        if (requestId !== void 0) metadata.requestId = requestId;
        if (response.statusCode >= 200 && response.statusCode < 300) {
          if (!body) throw Object.assign(new ResponseParseError(response.statusCode), { $metadata: metadata });
          return withMetadata(body.value, metadata);
        }
        retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
        failure = serviceError(response, body, metadata, scrub);
      } catch (error) {
        failure = toCsError(error, scrub);
      }
      if (failure.$metadata === void 0) failure.$metadata = { attempts: attempt };
      else failure.$metadata.attempts = attempt;
      const withinBudget = attempt <= this.retry.maxRetries;
      let retry = withinBudget && shouldRetry(failure, op.idempotent);
      if (hooks) retry = await runErrorHooks(hooks, info, failure, retry) && withinBudget;
      if (!retry) {
        if (event) log?.debug("cs.error", { ...event, ...failureFields(failure), durationMs: Date.now() - started });
        throw failure;
      }
      const delayMs = retryDelay(attempt - 1, this.retry, retryAfterMs);
      if (event) log?.debug("cs.retry", { ...event, ...failureFields(failure), delayMs });
      await sleep(delayMs, options.signal).catch(() => {
        throw withAttempts(new AbortError(), attempt);
      });
    }
  }
  /** The credentials for one attempt; a provider failing with anything but a CsError becomes a CredentialsError. */
  async resolveCredentials(attempt) {
    try {
      return await this.credentials();
    } catch (error) {
      if (error instanceof CsError) throw error;
      const name = error instanceof Error ? error.name : typeof error;
      throw withAttempts(
        new CredentialsError(`The credentials provider failed (${name})`, { cause: error }),
        attempt - 1
      );
    }
  }
  defaultTransport() {
    if (true ? true : isNode3()) {
      this.ownTransport = createNodeTransport(this.options.proxy === void 0 ? {} : { proxy: this.options.proxy });
      this.transport = this.ownTransport;
    } else {
      this.transport = createFetchTransport();
    }
    return this.transport;
  }
  baseUrl() {
    const { endpoint } = this.options;
    if (endpoint)
      return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint.replace(/\/+$/, "") : `https://${endpoint}`;
    const region = this.options.region ?? readEnv("ALIBABA_CLOUD_REGION_ID") ?? this.service.defaultRegion;
    if (!region) {
      throw new CsError(
        "MissingRegion",
        "No region: pass `region` or `endpoint` to the client, or set ALIBABA_CLOUD_REGION_ID"
      );
    }
    const host = this.service.regions[region] ?? this.service.endpointTemplate.replace("{region}", region);
    return `https://${host}`;
  }
  /** Parsing the endpoint URL on every call is measurable; it rarely changes, so the last one is kept. */
  parsedBase(url) {
    if (this.lastBase?.url !== url) {
      const parsed = new URL(url);
      this.lastBase = {
        url,
        origin: parsed.origin,
        host: parsed.host,
        pathPrefix: parsed.pathname.replace(/\/+$/, "")
      };
    }
    return this.lastBase;
  }
  /** Everything about the HTTP request that does not change between attempts. */
  prepare(op, input) {
    const base = this.parsedBase(this.baseUrl());
    const query = [];
    const headers = {};
    let path = op.path;
    for (const param of op.params) {
      const value = input[param.name];
      if (param.in === "path") {
        if (value === void 0 || value === null || value === "") {
          throw new ValidationError([
            { path: `/${param.name}`, code: "required", message: "path parameter is required" }
          ]);
        }
        path = path.replace(`{${param.name}}`, percentEncode(String(value)));
      } else if (value !== void 0 && value !== null) {
        for (const text of serializeParam(param, value)) {
          if (param.in === "query") query.push([param.name, text]);
          else headers[param.name.toLowerCase()] = text;
        }
      }
    }
    const fullPath = base.pathPrefix + path;
    const search = query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join("&");
    const body = op.body && input.body !== void 0 ? JSON.stringify(input.body) : void 0;
    const prepared = {
      url: `${base.origin}${fullPath}${search ? `?${search}` : ""}`,
      host: base.host,
      path: fullPath,
      query,
      headers
    };
    if (body !== void 0) prepared.body = body;
    return prepared;
  }
  /** `extraHeaders`: the operation's header parameters with the caller's and hooks' additions. */
  async sign(op, prepared, extraHeaders, credentials) {
    const crypto = await loadSigningCrypto();
    const payloadHash = await crypto.sha256Hex(prepared.body ?? "");
    const headers = {
      ...extraHeaders,
      host: prepared.host,
      "x-acs-action": op.action,
      "x-acs-version": this.service.version,
      "x-acs-date": (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
      "x-acs-signature-nonce": nonce(),
      "x-acs-content-sha256": payloadHash,
      accept: "application/json",
      "user-agent": this.userAgent
    };
    if (prepared.body !== void 0) headers["content-type"] = "application/json; charset=utf-8";
    if (credentials.securityToken) {
      headers["x-acs-accesskey-id"] = credentials.accessKeyId;
      headers["x-acs-security-token"] = credentials.securityToken;
    }
    headers.authorization = await authorization(
      { method: op.method, path: prepared.path, query: prepared.query, headers, payloadHash },
      credentials.accessKeyId,
      credentials.accessKeySecret,
      crypto
    );
    const httpRequest = { method: op.method, url: prepared.url, headers };
    if (prepared.body !== void 0) httpRequest.body = prepared.body;
    return httpRequest;
  }
};
function serializeParam(param, value) {
  if (param.style === "json") return [JSON.stringify(value)];
  if (Array.isArray(value)) {
    const items = value.map(
      (item) => typeof item === "object" && item !== null ? JSON.stringify(item) : String(item)
    );
    return param.explode === false || param.in === "header" ? [items.join(",")] : items;
  }
  return [typeof value === "object" ? JSON.stringify(value) : String(value)];
}
function sensitiveValues(input, pointers) {
  const found = [];
  const visit = (value, tokens, index) => {
    if (index === tokens.length) {
      if (typeof value === "string" || typeof value === "number") found.push(String(value));
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const token = tokens[index];
    const children = token === "*" ? Object.values(value) : [value[token]];
    for (const child of children) visit(child, tokens, index + 1);
  };
  for (const pointer of pointers ?? []) visit(input, parsePointer(pointer), 0);
  return found;
}
function nonce() {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
async function sendWithTimeout(transport2, request, timeoutMs, userSignal) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onUserAbort = () => controller.abort();
  userSignal?.addEventListener("abort", onUserAbort, { once: true });
  try {
    return await transport2(request, { signal: controller.signal });
  } catch (error) {
    if (timedOut) throw new TimeoutError(timeoutMs);
    if (userSignal?.aborted) throw new AbortError();
    throw error;
  } finally {
    clearTimeout(timer);
    userSignal?.removeEventListener("abort", onUserAbort);
  }
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function withAttempts(error, attempts) {
  error.$metadata = { attempts };
  return error;
}
function toCsError(error, scrub) {
  if (error instanceof CsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new NetworkError(scrub(`Request failed: ${message}`), { requestWritten: true });
}
function readJson(text) {
  if (text.trim() === "") return { value: {} };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return void 0;
  }
}
function field(body, ...names) {
  if (typeof body !== "object" || body === null) return void 0;
  for (const name of names) {
    const value = body[name];
    if (typeof value === "string" && value !== "") return value;
  }
  return void 0;
}
function serviceError(response, body, metadata, scrub) {
  const statusCode = response.statusCode;
  const code = scrub(field(body?.value, "code", "Code") ?? `Http${statusCode}`);
  const serverMessage = field(body?.value, "message", "Message") ?? (body ? "" : scrub(response.body).slice(0, 200));
  const recommend = field(body?.value, "recommend", "Recommend");
  const fields = {
    statusCode,
    code,
    message: scrub(serverMessage ? `${code}: ${serverMessage}` : `${code} (HTTP ${statusCode})`),
    retryable: isRetryableStatus(statusCode, code)
  };
  if (metadata.requestId !== void 0) fields.requestId = metadata.requestId;
  if (recommend !== void 0) fields.recommend = scrub(recommend);
  const error = new CsServiceError(fields);
  error.$metadata = { ...metadata };
  return error;
}
function withMetadata(parsed, metadata) {
  const target = typeof parsed === "object" && parsed !== null ? parsed : { value: parsed };
  return Object.assign(target, { $metadata: metadata });
}

// generated:/src/client.ts
var CS_SERVICE = {
  product: "CS",
  version: "2015-12-15",
  endpointTemplate: "cs.{region}.aliyuncs.com",
  regions: {},
  defaultRegion: "cn-hangzhou"
};
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
  idempotent: false
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
var CsBaseClient = class extends ClientCore {
  constructor(options = {}) {
    super(CS_SERVICE, options);
  }
};
function attachInstances(client, request, options) {
  return client.send(AttachInstancesOperation, request, validateAttachInstancesRequest, options);
}
function attachInstancesToNodePool(client, request, options) {
  return client.send(AttachInstancesToNodePoolOperation, request, validateAttachInstancesToNodePoolRequest, options);
}
function cancelClusterUpgrade(client, request, options) {
  return client.send(CancelClusterUpgradeOperation, request, validateCancelClusterUpgradeRequest, options);
}
function cancelComponentUpgrade(client, request, options) {
  return client.send(CancelComponentUpgradeOperation, request, validateCancelComponentUpgradeRequest, options);
}
function cancelOperationPlan(client, request, options) {
  return client.send(CancelOperationPlanOperation, request, validateCancelOperationPlanRequest, options);
}
function cancelTask(client, request, options) {
  return client.send(CancelTaskOperation, request, validateCancelTaskRequest, options);
}
function cancelWorkflow(client, request, options) {
  return client.send(CancelWorkflowOperation, request, validateCancelWorkflowRequest, options);
}
function checkControlPlaneLogEnable(client, request, options) {
  return client.send(CheckControlPlaneLogEnableOperation, request, validateCheckControlPlaneLogEnableRequest, options);
}
function checkServiceRole(client, request, options) {
  return client.send(CheckServiceRoleOperation, request, validateCheckServiceRoleRequest, options);
}
function cleanClusterUserPermissions(client, request, options) {
  return client.send(
    CleanClusterUserPermissionsOperation,
    request,
    validateCleanClusterUserPermissionsRequest,
    options
  );
}
function cleanUserPermissions(client, request, options) {
  return client.send(CleanUserPermissionsOperation, request, validateCleanUserPermissionsRequest, options);
}
function createAutoscalingConfig(client, request, options) {
  return client.send(CreateAutoscalingConfigOperation, request, validateCreateAutoscalingConfigRequest, options);
}
function createCluster(client, request, options) {
  return client.send(CreateClusterOperation, request, validateCreateClusterRequest, options);
}
function createClusterDiagnosis(client, request, options) {
  return client.send(CreateClusterDiagnosisOperation, request, validateCreateClusterDiagnosisRequest, options);
}
function createClusterInspectConfig(client, request, options) {
  return client.send(CreateClusterInspectConfigOperation, request, validateCreateClusterInspectConfigRequest, options);
}
function createClusterNodePool(client, request, options) {
  return client.send(CreateClusterNodePoolOperation, request, validateCreateClusterNodePoolRequest, options);
}
function createKubernetesTrigger(client, request, options) {
  return client.send(CreateKubernetesTriggerOperation, request, validateCreateKubernetesTriggerRequest, options);
}
function createTemplate(client, request, options) {
  return client.send(CreateTemplateOperation, request, validateCreateTemplateRequest, options);
}
function createTrigger(client, request, options) {
  return client.send(CreateTriggerOperation, request, validateCreateTriggerRequest, options);
}
function deleteAlertContact(client, request, options) {
  return client.send(DeleteAlertContactOperation, request, validateDeleteAlertContactRequest, options);
}
function deleteAlertContactGroup(client, request, options) {
  return client.send(DeleteAlertContactGroupOperation, request, validateDeleteAlertContactGroupRequest, options);
}
function deleteCluster(client, request, options) {
  return client.send(DeleteClusterOperation, request, validateDeleteClusterRequest, options);
}
function deleteClusterInspectConfig(client, request, options) {
  return client.send(DeleteClusterInspectConfigOperation, request, validateDeleteClusterInspectConfigRequest, options);
}
function deleteClusterNodepool(client, request, options) {
  return client.send(DeleteClusterNodepoolOperation, request, validateDeleteClusterNodepoolRequest, options);
}
function deleteClusterNodes(client, request, options) {
  return client.send(DeleteClusterNodesOperation, request, validateDeleteClusterNodesRequest, options);
}
function deleteKubernetesTrigger(client, request, options) {
  return client.send(DeleteKubernetesTriggerOperation, request, validateDeleteKubernetesTriggerRequest, options);
}
function deletePolicyInstance(client, request, options) {
  return client.send(DeletePolicyInstanceOperation, request, validateDeletePolicyInstanceRequest, options);
}
function deleteTemplate(client, request, options) {
  return client.send(DeleteTemplateOperation, request, validateDeleteTemplateRequest, options);
}
function deleteTrigger(client, request, options) {
  return client.send(DeleteTriggerOperation, request, validateDeleteTriggerRequest, options);
}
function deployPolicyInstance(client, request, options) {
  return client.send(DeployPolicyInstanceOperation, request, validateDeployPolicyInstanceRequest, options);
}
function descirbeWorkflow(client, request, options) {
  return client.send(DescirbeWorkflowOperation, request, validateDescirbeWorkflowRequest, options);
}
function describeAddon(client, request, options) {
  return client.send(DescribeAddonOperation, request, validateDescribeAddonRequest, options);
}
function describeAddons(client, request, options) {
  return client.send(DescribeAddonsOperation, request, validateDescribeAddonsRequest, options);
}
function describeClusterAddonInstance(client, request, options) {
  return client.send(
    DescribeClusterAddonInstanceOperation,
    request,
    validateDescribeClusterAddonInstanceRequest,
    options
  );
}
function describeClusterAddonMetadata(client, request, options) {
  return client.send(
    DescribeClusterAddonMetadataOperation,
    request,
    validateDescribeClusterAddonMetadataRequest,
    options
  );
}
function describeClusterAddonUpgradeStatus(client, request, options) {
  return client.send(
    DescribeClusterAddonUpgradeStatusOperation,
    request,
    validateDescribeClusterAddonUpgradeStatusRequest,
    options
  );
}
function describeClusterAddonsUpgradeStatus(client, request, options) {
  return client.send(
    DescribeClusterAddonsUpgradeStatusOperation,
    request,
    validateDescribeClusterAddonsUpgradeStatusRequest,
    options
  );
}
function describeClusterAddonsVersion(client, request, options) {
  return client.send(
    DescribeClusterAddonsVersionOperation,
    request,
    validateDescribeClusterAddonsVersionRequest,
    options
  );
}
function describeClusterAttachScripts(client, request, options) {
  return client.send(
    DescribeClusterAttachScriptsOperation,
    request,
    validateDescribeClusterAttachScriptsRequest,
    options
  );
}
function describeClusterDetail(client, request, options) {
  return client.send(DescribeClusterDetailOperation, request, validateDescribeClusterDetailRequest, options);
}
function describeClusterEvents(client, request, options) {
  return client.send(DescribeClusterEventsOperation, request, validateDescribeClusterEventsRequest, options);
}
function describeClusterLogs(client, request, options) {
  return client.send(DescribeClusterLogsOperation, request, validateDescribeClusterLogsRequest, options);
}
function describeClusterNodePoolDetail(client, request, options) {
  return client.send(
    DescribeClusterNodePoolDetailOperation,
    request,
    validateDescribeClusterNodePoolDetailRequest,
    options
  );
}
function describeClusterNodePools(client, request, options) {
  return client.send(DescribeClusterNodePoolsOperation, request, validateDescribeClusterNodePoolsRequest, options);
}
function describeClusterNodes(client, request, options) {
  return client.send(DescribeClusterNodesOperation, request, validateDescribeClusterNodesRequest, options);
}
function describeClusterResources(client, request, options) {
  return client.send(DescribeClusterResourcesOperation, request, validateDescribeClusterResourcesRequest, options);
}
function describeClusterTasks(client, request, options) {
  return client.send(DescribeClusterTasksOperation, request, validateDescribeClusterTasksRequest, options);
}
function describeClusterUserKubeconfig(client, request, options) {
  return client.send(
    DescribeClusterUserKubeconfigOperation,
    request,
    validateDescribeClusterUserKubeconfigRequest,
    options
  );
}
function describeClusterV2UserKubeconfig(client, request, options) {
  return client.send(
    DescribeClusterV2UserKubeconfigOperation,
    request,
    validateDescribeClusterV2UserKubeconfigRequest,
    options
  );
}
function describeClusterVuls(client, request, options) {
  return client.send(DescribeClusterVulsOperation, request, validateDescribeClusterVulsRequest, options);
}
function describeClusters(client, request, options) {
  return client.send(DescribeClustersOperation, request, validateDescribeClustersRequest, options);
}
function describeClustersForRegion(client, request, options) {
  return client.send(DescribeClustersForRegionOperation, request, validateDescribeClustersForRegionRequest, options);
}
function describeClustersV1(client, request, options) {
  return client.send(DescribeClustersV1Operation, request, validateDescribeClustersV1Request, options);
}
function describeEvents(client, request, options) {
  return client.send(DescribeEventsOperation, request, validateDescribeEventsRequest, options);
}
function describeEventsForRegion(client, request, options) {
  return client.send(DescribeEventsForRegionOperation, request, validateDescribeEventsForRegionRequest, options);
}
function describeExternalAgent(client, request, options) {
  return client.send(DescribeExternalAgentOperation, request, validateDescribeExternalAgentRequest, options);
}
function describeKubernetesVersionMetadata(client, request, options) {
  return client.send(
    DescribeKubernetesVersionMetadataOperation,
    request,
    validateDescribeKubernetesVersionMetadataRequest,
    options
  );
}
function describeNodePoolVuls(client, request, options) {
  return client.send(DescribeNodePoolVulsOperation, request, validateDescribeNodePoolVulsRequest, options);
}
function describePolicies(client, request, options) {
  return client.send(DescribePoliciesOperation, request, validateDescribePoliciesRequest, options);
}
function describePolicyDetails(client, request, options) {
  return client.send(DescribePolicyDetailsOperation, request, validateDescribePolicyDetailsRequest, options);
}
function describePolicyGovernanceInCluster(client, request, options) {
  return client.send(
    DescribePolicyGovernanceInClusterOperation,
    request,
    validateDescribePolicyGovernanceInClusterRequest,
    options
  );
}
function describePolicyInstances(client, request, options) {
  return client.send(DescribePolicyInstancesOperation, request, validateDescribePolicyInstancesRequest, options);
}
function describePolicyInstancesStatus(client, request, options) {
  return client.send(
    DescribePolicyInstancesStatusOperation,
    request,
    validateDescribePolicyInstancesStatusRequest,
    options
  );
}
function describeResourcesDeleteProtection(client, request, options) {
  return client.send(
    DescribeResourcesDeleteProtectionOperation,
    request,
    validateDescribeResourcesDeleteProtectionRequest,
    options
  );
}
function describeSubaccountK8sClusterUserConfig(client, request, options) {
  return client.send(
    DescribeSubaccountK8sClusterUserConfigOperation,
    request,
    validateDescribeSubaccountK8sClusterUserConfigRequest,
    options
  );
}
function describeTaskInfo(client, request, options) {
  return client.send(DescribeTaskInfoOperation, request, validateDescribeTaskInfoRequest, options);
}
function describeTemplateAttribute(client, request, options) {
  return client.send(DescribeTemplateAttributeOperation, request, validateDescribeTemplateAttributeRequest, options);
}
function describeTemplates(client, request, options) {
  return client.send(DescribeTemplatesOperation, request, validateDescribeTemplatesRequest, options);
}
function describeTrigger(client, request, options) {
  return client.send(DescribeTriggerOperation, request, validateDescribeTriggerRequest, options);
}
function describeUserClusterNamespaces(client, request, options) {
  return client.send(
    DescribeUserClusterNamespacesOperation,
    request,
    validateDescribeUserClusterNamespacesRequest,
    options
  );
}
function describeUserPermission(client, request, options) {
  return client.send(DescribeUserPermissionOperation, request, validateDescribeUserPermissionRequest, options);
}
function describeUserQuota(client, request, options) {
  return client.send(DescribeUserQuotaOperation, request, validateDescribeUserQuotaRequest, options);
}
function describeWorkflows(client, request, options) {
  return client.send(DescribeWorkflowsOperation, request, validateDescribeWorkflowsRequest, options);
}
function fixNodePoolVuls(client, request, options) {
  return client.send(FixNodePoolVulsOperation, request, validateFixNodePoolVulsRequest, options);
}
function getClusterAddonInstance(client, request, options) {
  return client.send(GetClusterAddonInstanceOperation, request, validateGetClusterAddonInstanceRequest, options);
}
function getClusterAuditProject(client, request, options) {
  return client.send(GetClusterAuditProjectOperation, request, validateGetClusterAuditProjectRequest, options);
}
function getClusterCheck(client, request, options) {
  return client.send(GetClusterCheckOperation, request, validateGetClusterCheckRequest, options);
}
function getClusterDiagnosisCheckItems(client, request, options) {
  return client.send(
    GetClusterDiagnosisCheckItemsOperation,
    request,
    validateGetClusterDiagnosisCheckItemsRequest,
    options
  );
}
function getClusterDiagnosisResult(client, request, options) {
  return client.send(GetClusterDiagnosisResultOperation, request, validateGetClusterDiagnosisResultRequest, options);
}
function getClusterInspectConfig(client, request, options) {
  return client.send(GetClusterInspectConfigOperation, request, validateGetClusterInspectConfigRequest, options);
}
function getClusterInspectReportDetail(client, request, options) {
  return client.send(
    GetClusterInspectReportDetailOperation,
    request,
    validateGetClusterInspectReportDetailRequest,
    options
  );
}
function getKubernetesTrigger(client, request, options) {
  return client.send(GetKubernetesTriggerOperation, request, validateGetKubernetesTriggerRequest, options);
}
function getUpgradeStatus(client, request, options) {
  return client.send(GetUpgradeStatusOperation, request, validateGetUpgradeStatusRequest, options);
}
function grantPermissions(client, request, options) {
  return client.send(GrantPermissionsOperation, request, validateGrantPermissionsRequest, options);
}
function installClusterAddons(client, request, options) {
  return client.send(InstallClusterAddonsOperation, request, validateInstallClusterAddonsRequest, options);
}
function listAddons(client, request, options) {
  return client.send(ListAddonsOperation, request, validateListAddonsRequest, options);
}
function listClusterAddonInstances(client, request, options) {
  return client.send(ListClusterAddonInstancesOperation, request, validateListClusterAddonInstancesRequest, options);
}
function listClusterChecks(client, request, options) {
  return client.send(ListClusterChecksOperation, request, validateListClusterChecksRequest, options);
}
function listClusterInspectReports(client, request, options) {
  return client.send(ListClusterInspectReportsOperation, request, validateListClusterInspectReportsRequest, options);
}
function listClusterKubeconfigStates(client, request, options) {
  return client.send(
    ListClusterKubeconfigStatesOperation,
    request,
    validateListClusterKubeconfigStatesRequest,
    options
  );
}
function listOperationPlans(client, request, options) {
  return client.send(ListOperationPlansOperation, request, validateListOperationPlansRequest, options);
}
function listOperationPlansForRegion(client, request, options) {
  return client.send(
    ListOperationPlansForRegionOperation,
    request,
    validateListOperationPlansForRegionRequest,
    options
  );
}
function listTagResources(client, request, options) {
  return client.send(ListTagResourcesOperation, request, validateListTagResourcesRequest, options);
}
function listUserKubeConfigStates(client, request, options) {
  return client.send(ListUserKubeConfigStatesOperation, request, validateListUserKubeConfigStatesRequest, options);
}
function migrateCluster(client, request, options) {
  return client.send(MigrateClusterOperation, request, validateMigrateClusterRequest, options);
}
function modifyCluster(client, request, options) {
  return client.send(ModifyClusterOperation, request, validateModifyClusterRequest, options);
}
function modifyClusterAddon(client, request, options) {
  return client.send(ModifyClusterAddonOperation, request, validateModifyClusterAddonRequest, options);
}
function modifyClusterNodePool(client, request, options) {
  return client.send(ModifyClusterNodePoolOperation, request, validateModifyClusterNodePoolRequest, options);
}
function modifyClusterTags(client, request, options) {
  return client.send(ModifyClusterTagsOperation, request, validateModifyClusterTagsRequest, options);
}
function modifyNodePoolNodeConfig(client, request, options) {
  return client.send(ModifyNodePoolNodeConfigOperation, request, validateModifyNodePoolNodeConfigRequest, options);
}
function modifyPolicyInstance(client, request, options) {
  return client.send(ModifyPolicyInstanceOperation, request, validateModifyPolicyInstanceRequest, options);
}
function openAckService(client, request, options) {
  return client.send(OpenAckServiceOperation, request, validateOpenAckServiceRequest, options);
}
function pauseClusterUpgrade(client, request, options) {
  return client.send(PauseClusterUpgradeOperation, request, validatePauseClusterUpgradeRequest, options);
}
function pauseComponentUpgrade(client, request, options) {
  return client.send(PauseComponentUpgradeOperation, request, validatePauseComponentUpgradeRequest, options);
}
function pauseTask(client, request, options) {
  return client.send(PauseTaskOperation, request, validatePauseTaskRequest, options);
}
function removeNodePoolNodes(client, request, options) {
  return client.send(RemoveNodePoolNodesOperation, request, validateRemoveNodePoolNodesRequest, options);
}
function removeWorkflow(client, request, options) {
  return client.send(RemoveWorkflowOperation, request, validateRemoveWorkflowRequest, options);
}
function repairClusterNodePool(client, request, options) {
  return client.send(RepairClusterNodePoolOperation, request, validateRepairClusterNodePoolRequest, options);
}
function resumeComponentUpgrade(client, request, options) {
  return client.send(ResumeComponentUpgradeOperation, request, validateResumeComponentUpgradeRequest, options);
}
function resumeTask(client, request, options) {
  return client.send(ResumeTaskOperation, request, validateResumeTaskRequest, options);
}
function resumeUpgradeCluster(client, request, options) {
  return client.send(ResumeUpgradeClusterOperation, request, validateResumeUpgradeClusterRequest, options);
}
function revokeK8sClusterKubeConfig(client, request, options) {
  return client.send(RevokeK8sClusterKubeConfigOperation, request, validateRevokeK8sClusterKubeConfigRequest, options);
}
function runClusterCheck(client, request, options) {
  return client.send(RunClusterCheckOperation, request, validateRunClusterCheckRequest, options);
}
function runClusterInspect(client, request, options) {
  return client.send(RunClusterInspectOperation, request, validateRunClusterInspectRequest, options);
}
function scaleClusterNodePool(client, request, options) {
  return client.send(ScaleClusterNodePoolOperation, request, validateScaleClusterNodePoolRequest, options);
}
function scanClusterVuls(client, request, options) {
  return client.send(ScanClusterVulsOperation, request, validateScanClusterVulsRequest, options);
}
function startAlert(client, request, options) {
  return client.send(StartAlertOperation, request, validateStartAlertRequest, options);
}
function startWorkflow(client, request, options) {
  return client.send(StartWorkflowOperation, request, validateStartWorkflowRequest, options);
}
function stopAlert(client, request, options) {
  return client.send(StopAlertOperation, request, validateStopAlertRequest, options);
}
function syncClusterNodePool(client, request, options) {
  return client.send(SyncClusterNodePoolOperation, request, validateSyncClusterNodePoolRequest, options);
}
function tagResources(client, request, options) {
  return client.send(TagResourcesOperation, request, validateTagResourcesRequest, options);
}
function unInstallClusterAddons(client, request, options) {
  return client.send(UnInstallClusterAddonsOperation, request, validateUnInstallClusterAddonsRequest, options);
}
function untagResources(client, request, options) {
  return client.send(UntagResourcesOperation, request, validateUntagResourcesRequest, options);
}
function updateClusterAuditLogConfig(client, request, options) {
  return client.send(
    UpdateClusterAuditLogConfigOperation,
    request,
    validateUpdateClusterAuditLogConfigRequest,
    options
  );
}
function updateClusterInspectConfig(client, request, options) {
  return client.send(UpdateClusterInspectConfigOperation, request, validateUpdateClusterInspectConfigRequest, options);
}
function updateContactGroupForAlert(client, request, options) {
  return client.send(UpdateContactGroupForAlertOperation, request, validateUpdateContactGroupForAlertRequest, options);
}
function updateControlPlaneLog(client, request, options) {
  return client.send(UpdateControlPlaneLogOperation, request, validateUpdateControlPlaneLogRequest, options);
}
function updateK8sClusterUserConfigExpire(client, request, options) {
  return client.send(
    UpdateK8sClusterUserConfigExpireOperation,
    request,
    validateUpdateK8sClusterUserConfigExpireRequest,
    options
  );
}
function updateResourcesDeleteProtection(client, request, options) {
  return client.send(
    UpdateResourcesDeleteProtectionOperation,
    request,
    validateUpdateResourcesDeleteProtectionRequest,
    options
  );
}
function updateTemplate(client, request, options) {
  return client.send(UpdateTemplateOperation, request, validateUpdateTemplateRequest, options);
}
function updateUserPermissions(client, request, options) {
  return client.send(UpdateUserPermissionsOperation, request, validateUpdateUserPermissionsRequest, options);
}
function upgradeCluster(client, request, options) {
  return client.send(UpgradeClusterOperation, request, validateUpgradeClusterRequest, options);
}
function upgradeClusterAddons(client, request, options) {
  return client.send(UpgradeClusterAddonsOperation, request, validateUpgradeClusterAddonsRequest, options);
}
function upgradeClusterNodepool(client, request, options) {
  return client.send(UpgradeClusterNodepoolOperation, request, validateUpgradeClusterNodepoolRequest, options);
}
var CsClient = class extends CsBaseClient {
  /**
   * Adds existing ECS instances to a cluster as worker nodes.
   *
   * `POST /clusters/{ClusterId}/attach` — see docs/AttachInstances.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  attachInstances(request, options) {
    return attachInstances(this, request, options);
  }
  /**
   * Adds existing ECS instances to a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/attach` — see docs/AttachInstancesToNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  attachInstancesToNodePool(request, options) {
    return attachInstancesToNodePool(this, request, options);
  }
  /**
   * Cancels a cluster upgrade in progress (legacy; use CancelTask).
   *
   * `POST /api/v2/clusters/{ClusterId}/upgrade/cancel` — see docs/CancelClusterUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  cancelClusterUpgrade(request, options) {
    return cancelClusterUpgrade(this, request, options);
  }
  /**
   * Cancels an add-on upgrade in progress (legacy).
   *
   * `POST /clusters/{clusterId}/components/{componentId}/cancel` — see docs/CancelComponentUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  cancelComponentUpgrade(request, options) {
    return cancelComponentUpgrade(this, request, options);
  }
  /**
   * Cancels a scheduled automatic operations plan that has not run yet.
   *
   * `DELETE /operation/plans/{plan_id}` — see docs/CancelOperationPlan.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  cancelOperationPlan(request, options) {
    return cancelOperationPlan(this, request, options);
  }
  /**
   * Cancels a running task.
   *
   * `POST /tasks/{task_id}/cancel` — see docs/CancelTask.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  cancelTask(request, options) {
    return cancelTask(this, request, options);
  }
  /**
   * Cancels a running genomics workflow (deprecated).
   *
   * `PUT /gs/workflow/{workflowName}` — see docs/CancelWorkflow.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  cancelWorkflow(request, options) {
    return cancelWorkflow(this, request, options);
  }
  /**
   * Returns the control plane log collection settings of a cluster.
   *
   * `GET /clusters/{ClusterId}/controlplanelog` — see docs/CheckControlPlaneLogEnable.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  checkControlPlaneLogEnable(request, options) {
    return checkControlPlaneLogEnable(this, request, options);
  }
  /**
   * Checks whether the account has authorized the given service roles.
   *
   * `POST /ram/check-service-role` — see docs/CheckServiceRole.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  checkServiceRole(request, options) {
    return checkServiceRole(this, request, options);
  }
  /**
   * Revokes a user's kubeconfig and RBAC permissions in one cluster.
   *
   * `DELETE /cluster/{ClusterId}/user/{Uid}/permissions` — see docs/CleanClusterUserPermissions.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  cleanClusterUserPermissions(request, options) {
    return cleanClusterUserPermissions(this, request, options);
  }
  /**
   * Revokes a user's kubeconfigs and RBAC permissions across clusters.
   *
   * `DELETE /users/{Uid}/permissions` — see docs/CleanUserPermissions.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  cleanUserPermissions(request, options) {
    return cleanUserPermissions(this, request, options);
  }
  /**
   * Sets the cluster-wide node auto scaling configuration.
   *
   * `POST /cluster/{ClusterId}/autoscale/config/` — see docs/CreateAutoscalingConfig.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createAutoscalingConfig(request, options) {
    return createAutoscalingConfig(this, request, options);
  }
  /**
   * Creates a cluster (managed, dedicated, Serverless, Edge or registered).
   *
   * `POST /clusters` — see docs/CreateCluster.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createCluster(request, options) {
    return createCluster(this, request, options);
  }
  /**
   * Starts a diagnosis of a cluster or of one of its objects.
   *
   * `POST /clusters/{cluster_id}/diagnosis` — see docs/CreateClusterDiagnosis.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createClusterDiagnosis(request, options) {
    return createClusterDiagnosis(this, request, options);
  }
  /**
   * Enables scheduled inspection of a cluster.
   *
   * `POST /clusters/{clusterId}/inspectConfig` — see docs/CreateClusterInspectConfig.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createClusterInspectConfig(request, options) {
    return createClusterInspectConfig(this, request, options);
  }
  /**
   * Creates a node pool in a cluster.
   *
   * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createClusterNodePool(request, options) {
    return createClusterNodePool(this, request, options);
  }
  /**
   * Creates a trigger that redeploys an application (legacy; use CreateTrigger).
   *
   * `POST /triggers` — see docs/CreateKubernetesTrigger.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  createKubernetesTrigger(request, options) {
    return createKubernetesTrigger(this, request, options);
  }
  /**
   * Creates an orchestration template.
   *
   * `POST /templates` — see docs/CreateTemplate.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createTemplate(request, options) {
    return createTemplate(this, request, options);
  }
  /**
   * Creates a trigger that redeploys an application.
   *
   * `POST /clusters/{cluster_id}/triggers` — see docs/CreateTrigger.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createTrigger(request, options) {
    return createTrigger(this, request, options);
  }
  /**
   * Deletes alert contacts.
   *
   * `DELETE /alert/contacts` — see docs/DeleteAlertContact.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteAlertContact(request, options) {
    return deleteAlertContact(this, request, options);
  }
  /**
   * Deletes alert contact groups.
   *
   * `DELETE /alert/contact_groups` — see docs/DeleteAlertContactGroup.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteAlertContactGroup(request, options) {
    return deleteAlertContactGroup(this, request, options);
  }
  /**
   * Deletes a cluster and, optionally, the cloud resources it created.
   *
   * `DELETE /clusters/{ClusterId}` — see docs/DeleteCluster.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteCluster(request, options) {
    return deleteCluster(this, request, options);
  }
  /**
   * Turns off scheduled inspection of a cluster and deletes its settings.
   *
   * `DELETE /clusters/{clusterId}/inspectConfig` — see docs/DeleteClusterInspectConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteClusterInspectConfig(request, options) {
    return deleteClusterInspectConfig(this, request, options);
  }
  /**
   * Deletes a node pool.
   *
   * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteClusterNodepool(request, options) {
    return deleteClusterNodepool(this, request, options);
  }
  /**
   * Removes nodes from a cluster.
   *
   * `POST /clusters/{ClusterId}/nodes` — see docs/DeleteClusterNodes.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  deleteClusterNodes(request, options) {
    return deleteClusterNodes(this, request, options);
  }
  /**
   * Deletes an application trigger (legacy; use DeleteTrigger).
   *
   * `DELETE /triggers/revoke/{Id}` — see docs/DeleteKubernetesTrigger.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  deleteKubernetesTrigger(request, options) {
    return deleteKubernetesTrigger(this, request, options);
  }
  /**
   * Deletes policy instances of a rule from a cluster.
   *
   * `DELETE /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeletePolicyInstance.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deletePolicyInstance(request, options) {
    return deletePolicyInstance(this, request, options);
  }
  /**
   * Deletes an orchestration template.
   *
   * `DELETE /templates/{TemplateId}` — see docs/DeleteTemplate.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteTemplate(request, options) {
    return deleteTemplate(this, request, options);
  }
  /**
   * Deletes an application trigger.
   *
   * `DELETE /clusters/{cluster_id}/triggers/{Id}` — see docs/DeleteTrigger.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteTrigger(request, options) {
    return deleteTrigger(this, request, options);
  }
  /**
   * Deploys a policy instance of a security policy rule in a cluster.
   *
   * `POST /clusters/{cluster_id}/policies/{policy_name}` — see docs/DeployPolicyInstance.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  deployPolicyInstance(request, options) {
    return deployPolicyInstance(this, request, options);
  }
  /**
   * Returns the details of a genomics workflow (deprecated).
   *
   * `GET /gs/workflow/{workflowName}` — see docs/DescirbeWorkflow.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  descirbeWorkflow(request, options) {
    return descirbeWorkflow(this, request, options);
  }
  /**
   * Returns the details of one add-on available for a cluster or a kind of cluster.
   *
   * `GET /addons/{addon_name}` — see docs/DescribeAddon.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeAddon(request, options) {
    return describeAddon(this, request, options);
  }
  /**
   * Lists the add-ons ACK offers (legacy; use ListAddons).
   *
   * `GET /clusters/components/metadata` — see docs/DescribeAddons.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeAddons(request, options) {
    return describeAddons(this, request, options);
  }
  /**
   * Returns the version, state and configuration of an installed add-on (legacy).
   *
   * `GET /clusters/{ClusterID}/components/{AddonName}/instance` — see docs/DescribeClusterAddonInstance.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeClusterAddonInstance(request, options) {
    return describeClusterAddonInstance(this, request, options);
  }
  /**
   * Returns the configurable parameters of an add-on version for a cluster (legacy).
   *
   * `GET /clusters/{cluster_id}/components/{component_id}/metadata` — see docs/DescribeClusterAddonMetadata.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeClusterAddonMetadata(request, options) {
    return describeClusterAddonMetadata(this, request, options);
  }
  /**
   * Returns the upgrade progress of one add-on (legacy).
   *
   * `GET /clusters/{ClusterId}/components/{ComponentId}/upgradestatus` — see docs/DescribeClusterAddonUpgradeStatus.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeClusterAddonUpgradeStatus(request, options) {
    return describeClusterAddonUpgradeStatus(this, request, options);
  }
  /**
   * Returns the upgrade progress of several add-ons (legacy).
   *
   * `GET /clusters/{ClusterId}/components/upgradestatus` — see docs/DescribeClusterAddonsUpgradeStatus.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeClusterAddonsUpgradeStatus(request, options) {
    return describeClusterAddonsUpgradeStatus(this, request, options);
  }
  /**
   * Lists the add-ons installed in a cluster with their versions (legacy).
   *
   * `GET /clusters/{ClusterId}/components/version` — see docs/DescribeClusterAddonsVersion.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeClusterAddonsVersion(request, options) {
    return describeClusterAddonsVersion(this, request, options);
  }
  /**
   * Returns a script that joins an existing machine to a cluster.
   *
   * `POST /clusters/{ClusterId}/attachscript` — see docs/DescribeClusterAttachScripts.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  describeClusterAttachScripts(request, options) {
    return describeClusterAttachScripts(this, request, options);
  }
  /**
   * Returns the details of a cluster.
   *
   * `GET /clusters/{ClusterId}` — see docs/DescribeClusterDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterDetail(request, options) {
    return describeClusterDetail(this, request, options);
  }
  /**
   * Lists the events of a cluster.
   *
   * `GET /clusters/{ClusterId}/events` — see docs/DescribeClusterEvents.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterEvents(request, options) {
    return describeClusterEvents(this, request, options);
  }
  /**
   * Returns the operation logs of a cluster.
   *
   * `GET /clusters/{ClusterId}/logs` — see docs/DescribeClusterLogs.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterLogs(request, options) {
    return describeClusterLogs(this, request, options);
  }
  /**
   * Returns the configuration and status of a node pool.
   *
   * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterNodePoolDetail(request, options) {
    return describeClusterNodePoolDetail(this, request, options);
  }
  /**
   * Lists the node pools of a cluster.
   *
   * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterNodePools(request, options) {
    return describeClusterNodePools(this, request, options);
  }
  /**
   * Lists the nodes of a cluster.
   *
   * `GET /clusters/{ClusterId}/nodes` — see docs/DescribeClusterNodes.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterNodes(request, options) {
    return describeClusterNodes(this, request, options);
  }
  /**
   * Lists the cloud resources that belong to a cluster.
   *
   * `GET /clusters/{ClusterId}/resources` — see docs/DescribeClusterResources.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterResources(request, options) {
    return describeClusterResources(this, request, options);
  }
  /**
   * Lists the tasks of a cluster.
   *
   * `GET /clusters/{cluster_id}/tasks` — see docs/DescribeClusterTasks.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterTasks(request, options) {
    return describeClusterTasks(this, request, options);
  }
  /**
   * Returns a kubeconfig for the caller to access a cluster.
   *
   * `GET /k8s/{ClusterId}/user_config` — see docs/DescribeClusterUserKubeconfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterUserKubeconfig(request, options) {
    return describeClusterUserKubeconfig(this, request, options);
  }
  /**
   * Returns a kubeconfig for the caller to access a cluster (legacy).
   *
   * `GET /api/v2/k8s/{ClusterId}/user_config` — see docs/DescribeClusterV2UserKubeconfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeClusterV2UserKubeconfig(request, options) {
    return describeClusterV2UserKubeconfig(this, request, options);
  }
  /**
   * Lists the security vulnerabilities found in a cluster.
   *
   * `GET /clusters/{cluster_id}/vuls` — see docs/DescribeClusterVuls.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterVuls(request, options) {
    return describeClusterVuls(this, request, options);
  }
  /**
   * Lists the clusters of the account (legacy; use DescribeClustersV1).
   *
   * `GET /clusters` — see docs/DescribeClusters.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeClusters(request, options) {
    return describeClusters(this, request, options);
  }
  /**
   * Lists the clusters in a region, with filters and pagination.
   *
   * `GET /regions/{region_id}/clusters` — see docs/DescribeClustersForRegion.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClustersForRegion(request, options) {
    return describeClustersForRegion(this, request, options);
  }
  /**
   * Lists the clusters of the account, with filters and pagination.
   *
   * `GET /api/v1/clusters` — see docs/DescribeClustersV1.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClustersV1(request, options) {
    return describeClustersV1(this, request, options);
  }
  /**
   * Lists operation events, optionally of one cluster or one type.
   *
   * `GET /events` — see docs/DescribeEvents.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeEvents(request, options) {
    return describeEvents(this, request, options);
  }
  /**
   * Lists the operation events of the clusters in a region.
   *
   * `GET /regions/{region_id}/events` — see docs/DescribeEventsForRegion.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeEventsForRegion(request, options) {
    return describeEventsForRegion(this, request, options);
  }
  /**
   * Returns the agent manifest that connects an external cluster to ACK (registered clusters).
   *
   * `GET /k8s/{ClusterId}/external/agent/deployment` — see docs/DescribeExternalAgent.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeExternalAgent(request, options) {
    return describeExternalAgent(this, request, options);
  }
  /**
   * Lists Kubernetes versions with their release dates, images and runtimes.
   *
   * `GET /api/v1/metadata/versions` — see docs/DescribeKubernetesVersionMetadata.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeKubernetesVersionMetadata(request, options) {
    return describeKubernetesVersionMetadata(this, request, options);
  }
  /**
   * Lists the security vulnerabilities found on the nodes of a node pool.
   *
   * `GET /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls` — see docs/DescribeNodePoolVuls.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeNodePoolVuls(request, options) {
    return describeNodePoolVuls(this, request, options);
  }
  /**
   * Lists the security policy rules ACK offers.
   *
   * `GET /policies` — see docs/DescribePolicies.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describePolicies(request, options) {
    return describePolicies(this, request, options);
  }
  /**
   * Returns the details of a security policy rule.
   *
   * `GET /policies/{policy_name}` — see docs/DescribePolicyDetails.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describePolicyDetails(request, options) {
    return describePolicyDetails(this, request, options);
  }
  /**
   * Returns the policy governance overview of a cluster.
   *
   * `GET /clusters/{cluster_id}/policygovernance` — see docs/DescribePolicyGovernanceInCluster.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describePolicyGovernanceInCluster(request, options) {
    return describePolicyGovernanceInCluster(this, request, options);
  }
  /**
   * Lists the policy instances deployed in a cluster.
   *
   * `GET /clusters/{cluster_id}/policies` — see docs/DescribePolicyInstances.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describePolicyInstances(request, options) {
    return describePolicyInstances(this, request, options);
  }
  /**
   * Returns the deployment counts of policy instances in a cluster.
   *
   * `GET /clusters/{cluster_id}/policies/status` — see docs/DescribePolicyInstancesStatus.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describePolicyInstancesStatus(request, options) {
    return describePolicyInstancesStatus(this, request, options);
  }
  /**
   * Returns whether deletion protection is on for namespaces or Services.
   *
   * `GET /clusters/{ClusterId}/resources/{ResourceType}/protection` — see docs/DescribeResourcesDeleteProtection.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeResourcesDeleteProtection(request, options) {
    return describeResourcesDeleteProtection(this, request, options);
  }
  /**
   * Returns a kubeconfig for a RAM user or role to access a cluster.
   *
   * `GET /k8s/{ClusterId}/users/{Uid}/user_config` — see docs/DescribeSubaccountK8sClusterUserConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeSubaccountK8sClusterUserConfig(request, options) {
    return describeSubaccountK8sClusterUserConfig(this, request, options);
  }
  /**
   * Returns the state and progress of a task.
   *
   * `GET /tasks/{task_id}` — see docs/DescribeTaskInfo.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeTaskInfo(request, options) {
    return describeTaskInfo(this, request, options);
  }
  /**
   * Returns an orchestration template.
   *
   * `GET /templates/{TemplateId}` — see docs/DescribeTemplateAttribute.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeTemplateAttribute(request, options) {
    return describeTemplateAttribute(this, request, options);
  }
  /**
   * Lists orchestration templates.
   *
   * `GET /templates` — see docs/DescribeTemplates.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeTemplates(request, options) {
    return describeTemplates(this, request, options);
  }
  /**
   * Lists the triggers of an application.
   *
   * `GET /clusters/{cluster_id}/triggers` — see docs/DescribeTrigger.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeTrigger(request, options) {
    return describeTrigger(this, request, options);
  }
  /**
   * Lists the namespaces of a cluster in which the caller has RBAC permissions.
   *
   * `GET /api/v2/k8s/{ClusterId}/namespaces` — see docs/DescribeUserClusterNamespaces.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeUserClusterNamespaces(request, options) {
    return describeUserClusterNamespaces(this, request, options);
  }
  /**
   * Lists the RBAC permissions a RAM user or role has in clusters.
   *
   * `GET /permissions/users/{uid}` — see docs/DescribeUserPermission.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeUserPermission(request, options) {
    return describeUserPermission(this, request, options);
  }
  /**
   * Returns the ACK quotas of the account.
   *
   * `GET /quota` — see docs/DescribeUserQuota.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeUserQuota(request, options) {
    return describeUserQuota(this, request, options);
  }
  /**
   * Lists genomics workflows (deprecated).
   *
   * `GET /gs/workflows` — see docs/DescribeWorkflows.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  describeWorkflows(request, options) {
    return describeWorkflows(this, request, options);
  }
  /**
   * Fixes CVE vulnerabilities on the nodes of a node pool.
   *
   * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/vuls/fix` — see docs/FixNodePoolVuls.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  fixNodePoolVuls(request, options) {
    return fixNodePoolVuls(this, request, options);
  }
  /**
   * Returns the details of an add-on installed in a cluster.
   *
   * `GET /clusters/{cluster_id}/addon_instances/{instance_name}` — see docs/GetClusterAddonInstance.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  getClusterAddonInstance(request, options) {
    return getClusterAddonInstance(this, request, options);
  }
  /**
   * Returns the API server audit log settings of a cluster.
   *
   * `GET /clusters/{clusterid}/audit` — see docs/GetClusterAuditProject.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  getClusterAuditProject(request, options) {
    return getClusterAuditProject(this, request, options);
  }
  /**
   * Returns the result of a cluster check.
   *
   * `GET /clusters/{cluster_id}/checks/{check_id}` — see docs/GetClusterCheck.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  getClusterCheck(request, options) {
    return getClusterCheck(this, request, options);
  }
  /**
   * Lists the check items of a cluster diagnosis and their results.
   *
   * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/check_items` — see docs/GetClusterDiagnosisCheckItems.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  getClusterDiagnosisCheckItems(request, options) {
    return getClusterDiagnosisCheckItems(this, request, options);
  }
  /**
   * Returns the result of a cluster diagnosis.
   *
   * `GET /clusters/{cluster_id}/diagnosis/{diagnosis_id}/result` — see docs/GetClusterDiagnosisResult.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  getClusterDiagnosisResult(request, options) {
    return getClusterDiagnosisResult(this, request, options);
  }
  /**
   * Returns the scheduled inspection settings of a cluster.
   *
   * `GET /clusters/{clusterId}/inspectConfig` — see docs/GetClusterInspectConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  getClusterInspectConfig(request, options) {
    return getClusterInspectConfig(this, request, options);
  }
  /**
   * Returns the results of a cluster inspection report.
   *
   * `GET /clusters/{clusterId}/inspectReports/{reportId}` — see docs/GetClusterInspectReportDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  getClusterInspectReportDetail(request, options) {
    return getClusterInspectReportDetail(this, request, options);
  }
  /**
   * Lists the triggers of an application (legacy; use DescribeTrigger).
   *
   * `GET /triggers/{ClusterId}` — see docs/GetKubernetesTrigger.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  getKubernetesTrigger(request, options) {
    return getKubernetesTrigger(this, request, options);
  }
  /**
   * Returns the progress of a cluster upgrade (legacy; use DescribeTaskInfo).
   *
   * `GET /api/v2/clusters/{ClusterId}/upgrade/status` — see docs/GetUpgradeStatus.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  getUpgradeStatus(request, options) {
    return getUpgradeStatus(this, request, options);
  }
  /**
   * Replaces the RBAC permissions of a RAM user or role.
   *
   * `POST /permissions/users/{uid}` — see docs/GrantPermissions.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  grantPermissions(request, options) {
    return grantPermissions(this, request, options);
  }
  /**
   * Installs add-ons in a cluster.
   *
   * `POST /clusters/{ClusterId}/components/install` — see docs/InstallClusterAddons.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  installClusterAddons(request, options) {
    return installClusterAddons(this, request, options);
  }
  /**
   * Lists the add-ons available for a cluster or a kind of cluster.
   *
   * `GET /addons` — see docs/ListAddons.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listAddons(request, options) {
    return listAddons(this, request, options);
  }
  /**
   * Lists the add-ons installed in a cluster.
   *
   * `GET /clusters/{cluster_id}/addon_instances` — see docs/ListClusterAddonInstances.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listClusterAddonInstances(request, options) {
    return listClusterAddonInstances(this, request, options);
  }
  /**
   * Lists the checks run on a cluster.
   *
   * `GET /clusters/{cluster_id}/checks` — see docs/ListClusterChecks.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listClusterChecks(request, options) {
    return listClusterChecks(this, request, options);
  }
  /**
   * Lists the inspection reports of a cluster.
   *
   * `GET /clusters/{clusterId}/inspectReports` — see docs/ListClusterInspectReports.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listClusterInspectReports(request, options) {
    return listClusterInspectReports(this, request, options);
  }
  /**
   * Lists the kubeconfigs issued for a cluster and their certificate states.
   *
   * `GET /clusters/{ClusterId}/kubeconfig/states` — see docs/ListClusterKubeconfigStates.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listClusterKubeconfigStates(request, options) {
    return listClusterKubeconfigStates(this, request, options);
  }
  /**
   * Lists scheduled automatic operations plans, such as automatic upgrades.
   *
   * `GET /operation/plans` — see docs/ListOperationPlans.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listOperationPlans(request, options) {
    return listOperationPlans(this, request, options);
  }
  /**
   * Lists scheduled automatic operations plans of the clusters in a region.
   *
   * `GET /regions/{region_id}/operation/plans` — see docs/ListOperationPlansForRegion.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listOperationPlansForRegion(request, options) {
    return listOperationPlansForRegion(this, request, options);
  }
  /**
   * Lists the tags of clusters.
   *
   * `GET /tags` — see docs/ListTagResources.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listTagResources(request, options) {
    return listTagResources(this, request, options);
  }
  /**
   * Lists the kubeconfigs issued to a user across clusters and their certificate states.
   *
   * `GET /users/{Uid}/kubeconfig/states` — see docs/ListUserKubeConfigStates.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  listUserKubeConfigStates(request, options) {
    return listUserKubeConfigStates(this, request, options);
  }
  /**
   * Migrates an ACK Basic cluster to ACK Pro.
   *
   * `POST /clusters/{cluster_id}/migrate` — see docs/MigrateCluster.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  migrateCluster(request, options) {
    return migrateCluster(this, request, options);
  }
  /**
   * Changes the settings of a cluster.
   *
   * `PUT /api/v2/clusters/{ClusterId}` — see docs/ModifyCluster.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  modifyCluster(request, options) {
    return modifyCluster(this, request, options);
  }
  /**
   * Changes the configuration of an installed add-on.
   *
   * `POST /clusters/{cluster_id}/components/{component_id}/config` — see docs/ModifyClusterAddon.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  modifyClusterAddon(request, options) {
    return modifyClusterAddon(this, request, options);
  }
  /**
   * Changes the configuration of a node pool.
   *
   * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  modifyClusterNodePool(request, options) {
    return modifyClusterNodePool(this, request, options);
  }
  /**
   * Replaces the tags of a cluster.
   *
   * `POST /clusters/{ClusterId}/tags` — see docs/ModifyClusterTags.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  modifyClusterTags(request, options) {
    return modifyClusterTags(this, request, options);
  }
  /**
   * Changes the kubelet, OS and containerd settings of the nodes in a node pool.
   *
   * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}/node_config` — see docs/ModifyNodePoolNodeConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  modifyNodePoolNodeConfig(request, options) {
    return modifyNodePoolNodeConfig(this, request, options);
  }
  /**
   * Changes a policy instance deployed in a cluster.
   *
   * `PUT /clusters/{cluster_id}/policies/{policy_name}` — see docs/ModifyPolicyInstance.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  modifyPolicyInstance(request, options) {
    return modifyPolicyInstance(this, request, options);
  }
  /**
   * Activates ACK for the account.
   *
   * `POST /service/open` — see docs/OpenAckService.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  openAckService(request, options) {
    return openAckService(this, request, options);
  }
  /**
   * Pauses a cluster upgrade in progress (legacy; use PauseTask).
   *
   * `POST /api/v2/clusters/{ClusterId}/upgrade/pause` — see docs/PauseClusterUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  pauseClusterUpgrade(request, options) {
    return pauseClusterUpgrade(this, request, options);
  }
  /**
   * Pauses an add-on upgrade in progress (legacy).
   *
   * `POST /clusters/{clusterid}/components/{componentid}/pause` — see docs/PauseComponentUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  pauseComponentUpgrade(request, options) {
    return pauseComponentUpgrade(this, request, options);
  }
  /**
   * Pauses a running task.
   *
   * `POST /tasks/{task_id}/pause` — see docs/PauseTask.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  pauseTask(request, options) {
    return pauseTask(this, request, options);
  }
  /**
   * Removes nodes from a node pool and lowers its desired size.
   *
   * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}/nodes` — see docs/RemoveNodePoolNodes.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  removeNodePoolNodes(request, options) {
    return removeNodePoolNodes(this, request, options);
  }
  /**
   * Deletes a genomics workflow (deprecated).
   *
   * `DELETE /gs/workflow/{workflowName}` — see docs/RemoveWorkflow.md.
   * Retried on throttling, 502/503/504 and network errors.
   * @deprecated
   */
  removeWorkflow(request, options) {
    return removeWorkflow(this, request, options);
  }
  /**
   * Repairs faulty nodes of a node pool.
   *
   * `POST /clusters/{cluster_id}/nodepools/{nodepool_id}/repair` — see docs/RepairClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  repairClusterNodePool(request, options) {
    return repairClusterNodePool(this, request, options);
  }
  /**
   * Resumes a paused add-on upgrade (legacy).
   *
   * `POST /clusters/{clusterid}/components/{componentid}/resume` — see docs/ResumeComponentUpgrade.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  resumeComponentUpgrade(request, options) {
    return resumeComponentUpgrade(this, request, options);
  }
  /**
   * Resumes a paused task.
   *
   * `POST /tasks/{task_id}/resume` — see docs/ResumeTask.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  resumeTask(request, options) {
    return resumeTask(this, request, options);
  }
  /**
   * Resumes a paused cluster upgrade (legacy; use ResumeTask).
   *
   * `POST /api/v2/clusters/{ClusterId}/upgrade/resume` — see docs/ResumeUpgradeCluster.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  resumeUpgradeCluster(request, options) {
    return resumeUpgradeCluster(this, request, options);
  }
  /**
   * Revokes the caller's kubeconfig for a cluster.
   *
   * `DELETE /k8s/{ClusterId}/certs` — see docs/RevokeK8sClusterKubeConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  revokeK8sClusterKubeConfig(request, options) {
    return revokeK8sClusterKubeConfig(this, request, options);
  }
  /**
   * Starts a check of a cluster, such as a pre-upgrade check.
   *
   * `POST /clusters/{cluster_id}/checks` — see docs/RunClusterCheck.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  runClusterCheck(request, options) {
    return runClusterCheck(this, request, options);
  }
  /**
   * Starts an inspection of a cluster now.
   *
   * `POST /clusters/{clusterId}/inspectReports` — see docs/RunClusterInspect.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  runClusterInspect(request, options) {
    return runClusterInspect(this, request, options);
  }
  /**
   * Adds nodes to a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  scaleClusterNodePool(request, options) {
    return scaleClusterNodePool(this, request, options);
  }
  /**
   * Starts a vulnerability scan of a cluster.
   *
   * `POST /clusters/{cluster_id}/vuls/scan` — see docs/ScanClusterVuls.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  scanClusterVuls(request, options) {
    return scanClusterVuls(this, request, options);
  }
  /**
   * Enables alert rules of a cluster's alert center.
   *
   * `POST /alert/{ClusterId}/alert_rule/start` — see docs/StartAlert.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  startAlert(request, options) {
    return startAlert(this, request, options);
  }
  /**
   * Starts a genomics workflow (deprecated).
   *
   * `POST /gs/workflow` — see docs/StartWorkflow.md.
   * Not idempotent: retried only when the service provably did not act on it.
   * @deprecated
   */
  startWorkflow(request, options) {
    return startWorkflow(this, request, options);
  }
  /**
   * Disables alert rules of a cluster's alert center.
   *
   * `POST /alert/{ClusterId}/alert_rule/stop` — see docs/StopAlert.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  stopAlert(request, options) {
    return stopAlert(this, request, options);
  }
  /**
   * Refreshes the node pool information of a cluster.
   *
   * `POST /clusters/{ClusterId}/sync_nodepools` — see docs/SyncClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  syncClusterNodePool(request, options) {
    return syncClusterNodePool(this, request, options);
  }
  /**
   * Adds tags to clusters.
   *
   * `PUT /tags` — see docs/TagResources.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  tagResources(request, options) {
    return tagResources(this, request, options);
  }
  /**
   * Uninstalls add-ons from a cluster.
   *
   * `POST /clusters/{ClusterId}/components/uninstall` — see docs/UnInstallClusterAddons.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  unInstallClusterAddons(request, options) {
    return unInstallClusterAddons(this, request, options);
  }
  /**
   * Removes tags from clusters.
   *
   * `DELETE /tags` — see docs/UntagResources.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  untagResources(request, options) {
    return untagResources(this, request, options);
  }
  /**
   * Enables, disables or reconfigures API server audit logging of a cluster.
   *
   * `PUT /clusters/{clusterid}/audit_log` — see docs/UpdateClusterAuditLogConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  updateClusterAuditLogConfig(request, options) {
    return updateClusterAuditLogConfig(this, request, options);
  }
  /**
   * Changes the scheduled inspection settings of a cluster.
   *
   * `PUT /clusters/{clusterId}/inspectConfig` — see docs/UpdateClusterInspectConfig.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  updateClusterInspectConfig(request, options) {
    return updateClusterInspectConfig(this, request, options);
  }
  /**
   * Sets the contact groups notified by an alert rule group of a cluster.
   *
   * `POST /alert/{ClusterId}/alert_rule/contact_groups` — see docs/UpdateContactGroupForAlert.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  updateContactGroupForAlert(request, options) {
    return updateContactGroupForAlert(this, request, options);
  }
  /**
   * Changes the control plane log collection settings of a cluster.
   *
   * `PUT /clusters/{ClusterId}/controlplanelog` — see docs/UpdateControlPlaneLog.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  updateControlPlaneLog(request, options) {
    return updateControlPlaneLog(this, request, options);
  }
  /**
   * Sets how long kubeconfigs issued to a user for a cluster remain valid.
   *
   * `POST /k8s/{ClusterId}/user_config/expire` — see docs/UpdateK8sClusterUserConfigExpire.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  updateK8sClusterUserConfigExpire(request, options) {
    return updateK8sClusterUserConfigExpire(this, request, options);
  }
  /**
   * Turns deletion protection on or off for namespaces or Services.
   *
   * `PUT /clusters/{ClusterId}/resources/protection` — see docs/UpdateResourcesDeleteProtection.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  updateResourcesDeleteProtection(request, options) {
    return updateResourcesDeleteProtection(this, request, options);
  }
  /**
   * Changes an orchestration template.
   *
   * `PUT /templates/{TemplateId}` — see docs/UpdateTemplate.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  updateTemplate(request, options) {
    return updateTemplate(this, request, options);
  }
  /**
   * Adds, removes or replaces RBAC permissions of a RAM user or role.
   *
   * `POST /permissions/users/{uid}/update` — see docs/UpdateUserPermissions.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  updateUserPermissions(request, options) {
    return updateUserPermissions(this, request, options);
  }
  /**
   * Upgrades a cluster to a newer Kubernetes version.
   *
   * `POST /api/v2/clusters/{ClusterId}/upgrade` — see docs/UpgradeCluster.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  upgradeCluster(request, options) {
    return upgradeCluster(this, request, options);
  }
  /**
   * Upgrades add-ons of a cluster to newer versions.
   *
   * `POST /clusters/{ClusterId}/components/upgrade` — see docs/UpgradeClusterAddons.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  upgradeClusterAddons(request, options) {
    return upgradeClusterAddons(this, request, options);
  }
  /**
   * Upgrades the kubelet, OS image or container runtime of a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}/upgrade` — see docs/UpgradeClusterNodepool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  upgradeClusterNodepool(request, options) {
    return upgradeClusterNodepool(this, request, options);
  }
};

// generated:/src/runtime/waiter.ts
var CODES = {
  failure: "WaiterFailed",
  timeout: "WaiterTimedOut",
  aborted: "WaiterAborted"
};
var WaiterError = class extends CsError {
  name = "WaiterError";
  reason;
  waiter;
  state;
  polls;
  constructor(fields) {
    super(CODES[fields.reason], describe(fields.reason, fields.waiter, fields.state, fields.polls), {
      cause: fields.cause
    });
    this.reason = fields.reason;
    this.waiter = fields.waiter;
    this.state = fields.state;
    this.polls = fields.polls;
    Object.defineProperty(this, "lastResponse", { value: fields.lastResponse, enumerable: false });
  }
};
function describe(reason, waiter, state, polls) {
  const last = state === void 0 ? "" : ` (last state ${JSON.stringify(state)})`;
  if (reason === "aborted") return `Waiter ${waiter} was aborted after ${polls} poll(s)${last}`;
  if (reason === "timeout") return `Waiter ${waiter} timed out after ${polls} poll(s)${last}`;
  return `Waiter ${waiter} reached a failure state after ${polls} poll(s)${last}`;
}
async function runWaiter(poll, config, options = {}, clock = systemClock, random = Math.random) {
  const minDelay = seconds(options.minDelaySeconds, config.minDelay, "minDelaySeconds");
  const maxDelay = seconds(options.maxDelaySeconds, config.maxDelay, "maxDelaySeconds");
  const maxWait = seconds(options.maxWaitSeconds, config.maxWait, "maxWaitSeconds");
  if (minDelay > maxDelay)
    throw new CsError("InvalidWaiterOptions", `minDelaySeconds (${minDelay}) exceeds maxDelaySeconds (${maxDelay})`);
  const { signal } = options;
  const deadline = clock.now() + maxWait * 1e3;
  let polls = 0;
  let lastResponse;
  let state;
  const fail = (reason, cause) => new WaiterError({ reason, waiter: config.name, state, polls, lastResponse, cause });
  for (; ; ) {
    if (signal?.aborted) throw fail("aborted");
    polls++;
    let verdict;
    let cause;
    try {
      const response = await poll(signal ? { signal } : {});
      lastResponse = response;
      state = observedState(config.acceptors, response) ?? state;
      verdict = matchResponse(config.acceptors, response);
      if (verdict === "success") return response;
    } catch (error) {
      if (signal?.aborted || error instanceof AbortError) throw fail("aborted", error);
      cause = error;
      const code = error instanceof CsError ? error.code : void 0;
      if (code !== void 0) state = code;
      verdict = matchError(config.acceptors, error);
      if (verdict === "success") return void 0;
    }
    if (verdict === "failure") throw fail("failure", cause);
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw fail("timeout", cause);
    try {
      await clock.sleep(Math.min(pollDelay(polls, minDelay, maxDelay, random), remaining), signal);
    } catch (error) {
      throw fail("aborted", error);
    }
  }
}
function seconds(given, fallback, name) {
  const value = given ?? fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new CsError("InvalidWaiterOptions", `${name} must be a positive number of seconds`);
  }
  return value;
}
function pollDelay(polls, minDelay, maxDelay, random = Math.random) {
  const ceiling = Math.min(maxDelay, minDelay * 2 ** Math.min(polls - 1, 30));
  return Math.round((minDelay + random() * (ceiling - minDelay)) * 1e3);
}
function matchResponse(acceptors, response) {
  for (const acceptor of acceptors) {
    if ("path" in acceptor && pathMatches(acceptor, response)) return acceptor.state;
  }
  return "retry";
}
function matchError(acceptors, error) {
  const code = error instanceof CsServiceError ? error.code : void 0;
  for (const acceptor of acceptors) {
    if ("errorCode" in acceptor && acceptor.errorCode === code) return acceptor.state;
  }
  return shouldRetry(error, true) ? "retry" : "failure";
}
function pathMatches(acceptor, response) {
  const values = valuesAt(response, acceptor.path);
  switch (acceptor.comparator) {
    case "stringEquals":
    case "booleanEquals":
      return values.length === 1 && values[0] === acceptor.expected;
    case "anyStringEquals":
      return values.some((v) => v === acceptor.expected);
    case "allStringEquals":
      return values.length > 0 && values.every((v) => v === acceptor.expected);
  }
}
function observedState(acceptors, response) {
  const first = acceptors.find((a) => "path" in a);
  if (!first) return void 0;
  const values = valuesAt(response, first.path).filter((v) => typeof v === "string" || typeof v === "boolean");
  return values.length === 0 ? void 0 : values.map(String).join(",");
}
function valuesAt(root, pointer) {
  let current = [root];
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const next = [];
    for (const node of current) {
      if (token === "*") {
        if (Array.isArray(node)) next.push(...node);
      } else if (typeof node === "object" && node !== null && !Array.isArray(node) && Object.hasOwn(node, token)) {
        next.push(node[token]);
      }
    }
    current = next;
  }
  return current.filter((v) => v !== void 0);
}
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError());
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(ms, 2 ** 31 - 1)
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};

// generated:/src/waiters.ts
var CLUSTER_DELETED_WAITER = {
  name: "ClusterDeleted",
  minDelay: 15,
  maxDelay: 60,
  maxWait: 3600,
  acceptors: [
    { state: "success", errorCode: "ErrorClusterNotFound" },
    { state: "success", path: "/state", comparator: "stringEquals", expected: "deleted" },
    { state: "failure", path: "/state", comparator: "stringEquals", expected: "delete_failed" }
  ]
};
function waitUntilClusterDeleted(client, input, options) {
  return runWaiter(
    (callOptions) => describeClusterDetail(client, { ClusterId: input.ClusterId }, callOptions),
    CLUSTER_DELETED_WAITER,
    options
  );
}
var CLUSTER_RUNNING_WAITER = {
  name: "ClusterRunning",
  minDelay: 15,
  maxDelay: 60,
  maxWait: 3600,
  acceptors: [
    { state: "success", path: "/state", comparator: "stringEquals", expected: "running" },
    { state: "failure", path: "/state", comparator: "stringEquals", expected: "failed" },
    { state: "failure", path: "/state", comparator: "stringEquals", expected: "deleting" },
    { state: "failure", path: "/state", comparator: "stringEquals", expected: "deleted" },
    { state: "failure", path: "/state", comparator: "stringEquals", expected: "delete_failed" }
  ]
};
function waitUntilClusterRunning(client, input, options) {
  return runWaiter(
    (callOptions) => describeClusterDetail(client, { ClusterId: input.ClusterId }, callOptions),
    CLUSTER_RUNNING_WAITER,
    options
  );
}
var NODE_POOL_ACTIVE_WAITER = {
  name: "NodePoolActive",
  minDelay: 5,
  maxDelay: 30,
  maxWait: 1800,
  acceptors: [
    { state: "success", path: "/status/state", comparator: "stringEquals", expected: "active" },
    { state: "failure", path: "/status/state", comparator: "stringEquals", expected: "failed" },
    { state: "failure", path: "/status/state", comparator: "stringEquals", expected: "deleting" }
  ]
};
function waitUntilNodePoolActive(client, input, options) {
  return runWaiter(
    (callOptions) => describeClusterNodePoolDetail(client, { ClusterId: input.ClusterId, NodepoolId: input.NodepoolId }, callOptions),
    NODE_POOL_ACTIVE_WAITER,
    options
  );
}
var NODE_POOL_DELETED_WAITER = {
  name: "NodePoolDeleted",
  minDelay: 5,
  maxDelay: 30,
  maxWait: 1800,
  acceptors: [
    { state: "success", errorCode: "ErrorNodePoolNotFound" },
    { state: "success", errorCode: "ErrorClusterNotFound" }
  ]
};
function waitUntilNodePoolDeleted(client, input, options) {
  return runWaiter(
    (callOptions) => describeClusterNodePoolDetail(client, { ClusterId: input.ClusterId, NodepoolId: input.NodepoolId }, callOptions),
    NODE_POOL_DELETED_WAITER,
    options
  );
}
var TASK_SUCCEEDED_WAITER = {
  name: "TaskSucceeded",
  minDelay: 5,
  maxDelay: 30,
  maxWait: 3600,
  acceptors: [
    { state: "success", path: "/state", comparator: "stringEquals", expected: "success" },
    { state: "failure", path: "/state", comparator: "stringEquals", expected: "fail" },
    { state: "failure", path: "/state", comparator: "stringEquals", expected: "failed" }
  ]
};
function waitUntilTaskSucceeded(client, input, options) {
  return runWaiter(
    (callOptions) => describeTaskInfo(client, { task_id: input.task_id }, callOptions),
    TASK_SUCCEEDED_WAITER,
    options
  );
}

// generated:/src/runtime/paginator.ts
async function* paginate(send2, request, options, config) {
  const { pageSize, ...callOptions } = options;
  if (pageSize !== void 0 && (!Number.isSafeInteger(pageSize) || pageSize < 1)) {
    throw new CsError("InvalidPaginatorOptions", "pageSize must be a positive integer");
  }
  if (config.style === "token") {
    yield* byToken(send2, request, callOptions, config, pageSize);
  } else {
    yield* byPageNumber(send2, request, callOptions, config, pageSize);
  }
}
async function* byPageNumber(send2, request, callOptions, config, pageSize) {
  const fields = request;
  const firstPage = positiveInteger(fields[config.pageNumber]) ?? 1;
  const size = pageSize ?? positiveInteger(fields[config.pageSize]);
  const encode = (n) => config.numbersAsText ? String(n) : n;
  let page = firstPage;
  let seen = 0;
  let previous;
  for (; ; ) {
    const pageRequest = {
      ...fields,
      [config.pageNumber]: encode(page),
      ...size === void 0 ? {} : { [config.pageSize]: encode(size) }
    };
    const response = await send2(pageRequest, callOptions);
    const items = itemsAt(response, config.items);
    const fingerprint = JSON.stringify(items);
    if (items.length > 0 && fingerprint === previous) {
      throw new CsError(
        "PaginationLoop",
        `${config.action}: page ${page} repeats page ${page - 1}; stopping instead of looping forever`
      );
    }
    previous = fingerprint;
    yield response;
    seen += items.length;
    if (items.length === 0 || size !== void 0 && items.length < size) return;
    const total = valueAt(response, config.totalCount);
    const before = firstPage === 1 ? 0 : size === void 0 ? void 0 : (firstPage - 1) * size;
    if (typeof total === "number" && before !== void 0 && before + seen >= total) return;
    page++;
  }
}
async function* byToken(send2, request, callOptions, config, pageSize) {
  const fields = request;
  if (pageSize !== void 0 && config.pageSize === void 0) {
    throw new CsError("InvalidPaginatorOptions", `${config.action} has no page size field`);
  }
  const sizeField = pageSize === void 0 || config.pageSize === void 0 ? {} : { [config.pageSize]: config.numbersAsText ? String(pageSize) : pageSize };
  let token = fields[config.token];
  const followed = /* @__PURE__ */ new Set([token]);
  for (; ; ) {
    const pageRequest = {
      ...fields,
      ...sizeField,
      ...typeof token === "string" && token !== "" ? { [config.token]: token } : {}
    };
    const response = await send2(pageRequest, callOptions);
    yield response;
    const next = valueAt(response, config.nextToken);
    if (typeof next !== "string" || next === "") return;
    if (followed.has(next))
      throw new CsError(
        "PaginationLoop",
        `${config.action}: the service handed out a page token it had already given; stopping instead of looping forever`
      );
    followed.add(next);
    token = next;
  }
}
function positiveInteger(value) {
  const n = typeof value === "string" && /^[0-9]+$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : void 0;
}
function itemsAt(response, pointer) {
  const items = valueAt(response, pointer);
  return Array.isArray(items) ? items : [];
}
function valueAt(root, pointer) {
  if (pointer === void 0) return void 0;
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || Array.isArray(node) || !Object.hasOwn(node, token))
      return void 0;
    node = node[token];
  }
  return node;
}

// generated:/src/paginators.ts
var DESCRIBE_CLUSTER_EVENTS_PAGES = {
  style: "pageNumber",
  action: "DescribeClusterEvents",
  pageNumber: "page_number",
  pageSize: "page_size",
  items: "/events",
  totalCount: "/page_info/total_count"
};
function paginateDescribeClusterEvents(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => describeClusterEvents(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTER_EVENTS_PAGES
  );
}
var DESCRIBE_CLUSTER_NODES_PAGES = {
  style: "pageNumber",
  action: "DescribeClusterNodes",
  pageNumber: "pageNumber",
  pageSize: "pageSize",
  items: "/nodes",
  totalCount: "/page/total_count",
  numbersAsText: true
};
function paginateDescribeClusterNodes(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => describeClusterNodes(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTER_NODES_PAGES
  );
}
var DESCRIBE_CLUSTER_TASKS_PAGES = {
  style: "pageNumber",
  action: "DescribeClusterTasks",
  pageNumber: "page_number",
  pageSize: "page_size",
  items: "/tasks",
  totalCount: "/page_info/total_count"
};
function paginateDescribeClusterTasks(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => describeClusterTasks(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTER_TASKS_PAGES
  );
}
var DESCRIBE_CLUSTERS_V1_PAGES = {
  style: "pageNumber",
  action: "DescribeClustersV1",
  pageNumber: "page_number",
  pageSize: "page_size",
  items: "/clusters",
  totalCount: "/page_info/total_count"
};
function paginateDescribeClustersV1(client, request = {}, options = {}) {
  return paginate(
    (pageRequest, callOptions) => describeClustersV1(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTERS_V1_PAGES
  );
}
var DESCRIBE_EVENTS_PAGES = {
  style: "pageNumber",
  action: "DescribeEvents",
  pageNumber: "page_number",
  pageSize: "page_size",
  items: "/events",
  totalCount: "/page_info/total_count"
};
function paginateDescribeEvents(client, request = {}, options = {}) {
  return paginate(
    (pageRequest, callOptions) => describeEvents(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_EVENTS_PAGES
  );
}
var DESCRIBE_TEMPLATES_PAGES = {
  style: "pageNumber",
  action: "DescribeTemplates",
  pageNumber: "page_num",
  pageSize: "page_size",
  items: "/templates",
  totalCount: "/page_info/total_count"
};
function paginateDescribeTemplates(client, request = {}, options = {}) {
  return paginate(
    (pageRequest, callOptions) => describeTemplates(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_TEMPLATES_PAGES
  );
}
var LIST_TAG_RESOURCES_PAGES = {
  style: "token",
  action: "ListTagResources",
  token: "next_token",
  nextToken: "/next_token",
  items: "/tag_resources/tag_resource"
};
function paginateListTagResources(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => listTagResources(client, pageRequest, callOptions),
    request,
    options,
    LIST_TAG_RESOURCES_PAGES
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AbortError,
  AttachInstancesOperation,
  AttachInstancesToNodePoolOperation,
  CS_SERVICE,
  CancelClusterUpgradeOperation,
  CancelComponentUpgradeOperation,
  CancelOperationPlanOperation,
  CancelTaskOperation,
  CancelWorkflowOperation,
  CheckControlPlaneLogEnableOperation,
  CheckServiceRoleOperation,
  CleanClusterUserPermissionsOperation,
  CleanUserPermissionsOperation,
  ClientCore,
  CreateAutoscalingConfigOperation,
  CreateClusterBodyIpStackValues,
  CreateClusterDiagnosisOperation,
  CreateClusterInspectConfigOperation,
  CreateClusterNodePoolBodyAutoScalingTypeValues,
  CreateClusterNodePoolBodyKubernetesConfigCpuPolicyValues,
  CreateClusterNodePoolBodyKubernetesConfigRuntimeValues,
  CreateClusterNodePoolBodyScalingGroupInstanceChargeTypeValues,
  CreateClusterNodePoolBodyScalingGroupPeriodUnitValues,
  CreateClusterNodePoolBodyScalingGroupPlatformValues,
  CreateClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues,
  CreateClusterNodePoolBodyScalingGroupScalingPolicyValues,
  CreateClusterNodePoolBodyScalingGroupSystemDiskCategoryValues,
  CreateClusterNodePoolOperation,
  CreateClusterOperation,
  CreateKubernetesTriggerOperation,
  CreateTemplateOperation,
  CreateTriggerOperation,
  CredentialsError,
  CsBaseClient,
  CsClient,
  CsError,
  CsServiceError,
  DataDiskCategoryValues,
  DataDiskEncryptedValues,
  DataDiskOutputCategoryValues,
  DataDiskOutputEncryptedValues,
  DeleteAlertContactGroupOperation,
  DeleteAlertContactOperation,
  DeleteClusterInspectConfigOperation,
  DeleteClusterNodepoolOperation,
  DeleteClusterNodesOperation,
  DeleteClusterOperation,
  DeleteKubernetesTriggerOperation,
  DeletePolicyInstanceOperation,
  DeleteTemplateOperation,
  DeleteTriggerOperation,
  DeployPolicyInstanceOperation,
  DescirbeWorkflowOperation,
  DescribeAddonOperation,
  DescribeAddonsOperation,
  DescribeClusterAddonInstanceOperation,
  DescribeClusterAddonInstanceResponseStateValues,
  DescribeClusterAddonMetadataOperation,
  DescribeClusterAddonUpgradeStatusOperation,
  DescribeClusterAddonsUpgradeStatusOperation,
  DescribeClusterAddonsVersionOperation,
  DescribeClusterAttachScriptsOperation,
  DescribeClusterDetailOperation,
  DescribeClusterEventsOperation,
  DescribeClusterEventsResponseEventsItemDataLevelValues,
  DescribeClusterLogsOperation,
  DescribeClusterNodePoolDetailOperation,
  DescribeClusterNodePoolDetailResponseAutoScalingEipInternetChargeTypeValues,
  DescribeClusterNodePoolDetailResponseAutoScalingTypeValues,
  DescribeClusterNodePoolDetailResponseInterconnectModeValues,
  DescribeClusterNodePoolDetailResponseKubernetesConfigCpuPolicyValues,
  DescribeClusterNodePoolDetailResponseNodepoolInfoTypeValues,
  DescribeClusterNodePoolDetailResponseScalingGroupInstanceChargeTypeValues,
  DescribeClusterNodePoolDetailResponseScalingGroupInternetChargeTypeValues,
  DescribeClusterNodePoolDetailResponseScalingGroupMultiAzPolicyValues,
  DescribeClusterNodePoolDetailResponseScalingGroupPeriodUnitValues,
  DescribeClusterNodePoolDetailResponseScalingGroupPrivatePoolOptionsMatchCriteriaValues,
  DescribeClusterNodePoolDetailResponseScalingGroupScalingPolicyValues,
  DescribeClusterNodePoolDetailResponseScalingGroupSpotStrategyValues,
  DescribeClusterNodePoolDetailResponseScalingGroupSystemDiskCategoryValues,
  DescribeClusterNodePoolDetailResponseStatusStateValues,
  DescribeClusterNodePoolsOperation,
  DescribeClusterNodePoolsResponseNodepoolsItemAutoScalingEipInternetChargeTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemAutoScalingTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemInterconnectModeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemKubernetesConfigCpuPolicyValues,
  DescribeClusterNodePoolsResponseNodepoolsItemNodepoolInfoTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupInstanceChargeTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupInternetChargeTypeValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupMultiAzPolicyValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupPeriodUnitValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupScalingPolicyValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupSpotStrategyValues,
  DescribeClusterNodePoolsResponseNodepoolsItemScalingGroupSystemDiskCategoryValues,
  DescribeClusterNodePoolsResponseNodepoolsItemStatusStateValues,
  DescribeClusterNodesOperation,
  DescribeClusterResourcesOperation,
  DescribeClusterResourcesResponseItemCreatorTypeValues,
  DescribeClusterTasksOperation,
  DescribeClusterUserKubeconfigOperation,
  DescribeClusterV2UserKubeconfigOperation,
  DescribeClusterVulsOperation,
  DescribeClusterVulsResponseVulRecordsItemNecessityValues,
  DescribeClusterVulsResponseVulRecordsItemVulTypeValues,
  DescribeClustersForRegionOperation,
  DescribeClustersOperation,
  DescribeClustersV1Operation,
  DescribeEventsForRegionOperation,
  DescribeEventsOperation,
  DescribeExternalAgentOperation,
  DescribeKubernetesVersionMetadataOperation,
  DescribeNodePoolVulsOperation,
  DescribeNodePoolVulsResponseVulRecordsItemVulListItemNecessityValues,
  DescribePoliciesOperation,
  DescribePolicyDetailsOperation,
  DescribePolicyGovernanceInClusterOperation,
  DescribePolicyInstancesOperation,
  DescribePolicyInstancesStatusOperation,
  DescribeResourcesDeleteProtectionOperation,
  DescribeResourcesDeleteProtectionResourceTypeValues,
  DescribeSubaccountK8sClusterUserConfigOperation,
  DescribeTaskInfoOperation,
  DescribeTemplateAttributeOperation,
  DescribeTemplatesOperation,
  DescribeTriggerOperation,
  DescribeUserClusterNamespacesOperation,
  DescribeUserPermissionOperation,
  DescribeUserQuotaOperation,
  DescribeWorkflowsOperation,
  FixNodePoolVulsOperation,
  GetClusterAddonInstanceOperation,
  GetClusterAuditProjectOperation,
  GetClusterCheckOperation,
  GetClusterDiagnosisCheckItemsOperation,
  GetClusterDiagnosisCheckItemsResponseCheckItemsItemLevelValues,
  GetClusterDiagnosisResultOperation,
  GetClusterDiagnosisResultResponseTypeValues,
  GetClusterInspectConfigOperation,
  GetClusterInspectReportDetailOperation,
  GetKubernetesTriggerOperation,
  GetUpgradeStatusOperation,
  GrantPermissionsOperation,
  HookError,
  InstallClusterAddonsOperation,
  InstanceMetadataOptionsHttpTokensValues,
  ListAddonsOperation,
  ListClusterAddonInstancesOperation,
  ListClusterChecksOperation,
  ListClusterInspectReportsOperation,
  ListClusterKubeconfigStatesOperation,
  ListOperationPlansForRegionOperation,
  ListOperationPlansOperation,
  ListTagResourcesOperation,
  ListUserKubeConfigStatesOperation,
  MigrateClusterOperation,
  ModifyClusterAddonOperation,
  ModifyClusterBodyApiServerCustomCertSansActionValues,
  ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues,
  ModifyClusterNodePoolBodyAutoScalingTypeValues,
  ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues,
  ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues,
  ModifyClusterNodePoolBodyScalingGroupImageTypeValues,
  ModifyClusterNodePoolBodyScalingGroupInstanceChargeTypeValues,
  ModifyClusterNodePoolBodyScalingGroupInternetChargeTypeValues,
  ModifyClusterNodePoolBodyScalingGroupMultiAzPolicyValues,
  ModifyClusterNodePoolBodyScalingGroupPeriodUnitValues,
  ModifyClusterNodePoolBodyScalingGroupPlatformValues,
  ModifyClusterNodePoolBodyScalingGroupPrivatePoolOptionsMatchCriteriaValues,
  ModifyClusterNodePoolBodyScalingGroupResourcePoolOptionsStrategyValues,
  ModifyClusterNodePoolBodyScalingGroupScalingPolicyValues,
  ModifyClusterNodePoolBodyScalingGroupSpotStrategyValues,
  ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoriesItemValues,
  ModifyClusterNodePoolBodyScalingGroupSystemDiskCategoryValues,
  ModifyClusterNodePoolBodyScalingGroupSystemDiskEncryptAlgorithmValues,
  ModifyClusterNodePoolOperation,
  ModifyClusterOperation,
  ModifyClusterTagsOperation,
  ModifyNodePoolNodeConfigOperation,
  ModifyPolicyInstanceOperation,
  NetworkError,
  NodePoolScalingGroupResourcePoolOptionsStrategyValues,
  OpenAckServiceOperation,
  PauseClusterUpgradeOperation,
  PauseComponentUpgradeOperation,
  PauseTaskOperation,
  RESERVED_HEADERS,
  RemoveNodePoolNodesOperation,
  RemoveWorkflowOperation,
  RepairClusterNodePoolOperation,
  ResponseParseError,
  ResumeComponentUpgradeOperation,
  ResumeTaskOperation,
  ResumeUpgradeClusterOperation,
  RevokeK8sClusterKubeConfigOperation,
  RunClusterCheckOperation,
  RunClusterInspectOperation,
  ScaleClusterNodePoolOperation,
  ScanClusterVulsOperation,
  StartAlertOperation,
  StartWorkflowOperation,
  StopAlertOperation,
  SyncClusterNodePoolOperation,
  TagResourcesOperation,
  TaintEffectValues,
  TaintOutputEffectValues,
  TimeoutError,
  UnInstallClusterAddonsOperation,
  UntagResourcesOperation,
  UpdateClusterAuditLogConfigOperation,
  UpdateClusterInspectConfigOperation,
  UpdateContactGroupForAlertOperation,
  UpdateControlPlaneLogOperation,
  UpdateK8sClusterUserConfigExpireOperation,
  UpdateResourcesDeleteProtectionBodyResourceTypeValues,
  UpdateResourcesDeleteProtectionOperation,
  UpdateTemplateOperation,
  UpdateUserPermissionsModeValues,
  UpdateUserPermissionsOperation,
  UpgradeClusterAddonsOperation,
  UpgradeClusterNodepoolBodyRollingPolicyPausePolicyValues,
  UpgradeClusterNodepoolOperation,
  UpgradeClusterOperation,
  ValidationError,
  WaiterError,
  assertAttachInstancesRequest,
  assertAttachInstancesToNodePoolRequest,
  assertCancelClusterUpgradeRequest,
  assertCancelComponentUpgradeRequest,
  assertCancelOperationPlanRequest,
  assertCancelTaskRequest,
  assertCancelWorkflowRequest,
  assertCheckControlPlaneLogEnableRequest,
  assertCheckServiceRoleRequest,
  assertCleanClusterUserPermissionsRequest,
  assertCleanUserPermissionsRequest,
  assertCreateAutoscalingConfigRequest,
  assertCreateClusterDiagnosisRequest,
  assertCreateClusterInspectConfigRequest,
  assertCreateClusterNodePoolRequest,
  assertCreateClusterRequest,
  assertCreateKubernetesTriggerRequest,
  assertCreateTemplateRequest,
  assertCreateTriggerRequest,
  assertDeleteAlertContactGroupRequest,
  assertDeleteAlertContactRequest,
  assertDeleteClusterInspectConfigRequest,
  assertDeleteClusterNodepoolRequest,
  assertDeleteClusterNodesRequest,
  assertDeleteClusterRequest,
  assertDeleteKubernetesTriggerRequest,
  assertDeletePolicyInstanceRequest,
  assertDeleteTemplateRequest,
  assertDeleteTriggerRequest,
  assertDeployPolicyInstanceRequest,
  assertDescirbeWorkflowRequest,
  assertDescribeAddonRequest,
  assertDescribeAddonsRequest,
  assertDescribeClusterAddonInstanceRequest,
  assertDescribeClusterAddonMetadataRequest,
  assertDescribeClusterAddonUpgradeStatusRequest,
  assertDescribeClusterAddonsUpgradeStatusRequest,
  assertDescribeClusterAddonsVersionRequest,
  assertDescribeClusterAttachScriptsRequest,
  assertDescribeClusterDetailRequest,
  assertDescribeClusterEventsRequest,
  assertDescribeClusterLogsRequest,
  assertDescribeClusterNodePoolDetailRequest,
  assertDescribeClusterNodePoolsRequest,
  assertDescribeClusterNodesRequest,
  assertDescribeClusterResourcesRequest,
  assertDescribeClusterTasksRequest,
  assertDescribeClusterUserKubeconfigRequest,
  assertDescribeClusterV2UserKubeconfigRequest,
  assertDescribeClusterVulsRequest,
  assertDescribeClustersForRegionRequest,
  assertDescribeClustersRequest,
  assertDescribeClustersV1Request,
  assertDescribeEventsForRegionRequest,
  assertDescribeEventsRequest,
  assertDescribeExternalAgentRequest,
  assertDescribeKubernetesVersionMetadataRequest,
  assertDescribeNodePoolVulsRequest,
  assertDescribePoliciesRequest,
  assertDescribePolicyDetailsRequest,
  assertDescribePolicyGovernanceInClusterRequest,
  assertDescribePolicyInstancesRequest,
  assertDescribePolicyInstancesStatusRequest,
  assertDescribeResourcesDeleteProtectionRequest,
  assertDescribeSubaccountK8sClusterUserConfigRequest,
  assertDescribeTaskInfoRequest,
  assertDescribeTemplateAttributeRequest,
  assertDescribeTemplatesRequest,
  assertDescribeTriggerRequest,
  assertDescribeUserClusterNamespacesRequest,
  assertDescribeUserPermissionRequest,
  assertDescribeUserQuotaRequest,
  assertDescribeWorkflowsRequest,
  assertFixNodePoolVulsRequest,
  assertGetClusterAddonInstanceRequest,
  assertGetClusterAuditProjectRequest,
  assertGetClusterCheckRequest,
  assertGetClusterDiagnosisCheckItemsRequest,
  assertGetClusterDiagnosisResultRequest,
  assertGetClusterInspectConfigRequest,
  assertGetClusterInspectReportDetailRequest,
  assertGetKubernetesTriggerRequest,
  assertGetUpgradeStatusRequest,
  assertGrantPermissionsRequest,
  assertInstallClusterAddonsRequest,
  assertListAddonsRequest,
  assertListClusterAddonInstancesRequest,
  assertListClusterChecksRequest,
  assertListClusterInspectReportsRequest,
  assertListClusterKubeconfigStatesRequest,
  assertListOperationPlansForRegionRequest,
  assertListOperationPlansRequest,
  assertListTagResourcesRequest,
  assertListUserKubeConfigStatesRequest,
  assertMigrateClusterRequest,
  assertModifyClusterAddonRequest,
  assertModifyClusterNodePoolRequest,
  assertModifyClusterRequest,
  assertModifyClusterTagsRequest,
  assertModifyNodePoolNodeConfigRequest,
  assertModifyPolicyInstanceRequest,
  assertOpenAckServiceRequest,
  assertPauseClusterUpgradeRequest,
  assertPauseComponentUpgradeRequest,
  assertPauseTaskRequest,
  assertRemoveNodePoolNodesRequest,
  assertRemoveWorkflowRequest,
  assertRepairClusterNodePoolRequest,
  assertResumeComponentUpgradeRequest,
  assertResumeTaskRequest,
  assertResumeUpgradeClusterRequest,
  assertRevokeK8sClusterKubeConfigRequest,
  assertRunClusterCheckRequest,
  assertRunClusterInspectRequest,
  assertScaleClusterNodePoolRequest,
  assertScanClusterVulsRequest,
  assertStartAlertRequest,
  assertStartWorkflowRequest,
  assertStopAlertRequest,
  assertSyncClusterNodePoolRequest,
  assertTagResourcesRequest,
  assertUnInstallClusterAddonsRequest,
  assertUntagResourcesRequest,
  assertUpdateClusterAuditLogConfigRequest,
  assertUpdateClusterInspectConfigRequest,
  assertUpdateContactGroupForAlertRequest,
  assertUpdateControlPlaneLogRequest,
  assertUpdateK8sClusterUserConfigExpireRequest,
  assertUpdateResourcesDeleteProtectionRequest,
  assertUpdateTemplateRequest,
  assertUpdateUserPermissionsRequest,
  assertUpgradeClusterAddonsRequest,
  assertUpgradeClusterNodepoolRequest,
  assertUpgradeClusterRequest,
  attachInstances,
  attachInstancesToNodePool,
  cancelClusterUpgrade,
  cancelComponentUpgrade,
  cancelOperationPlan,
  cancelTask,
  cancelWorkflow,
  checkControlPlaneLogEnable,
  checkServiceRole,
  cleanClusterUserPermissions,
  cleanUserPermissions,
  createAutoscalingConfig,
  createCluster,
  createClusterDiagnosis,
  createClusterInspectConfig,
  createClusterNodePool,
  createFetchTransport,
  createKubernetesTrigger,
  createNodeTransport,
  createTemplate,
  createTrigger,
  defaultCredentialsChain,
  deleteAlertContact,
  deleteAlertContactGroup,
  deleteCluster,
  deleteClusterInspectConfig,
  deleteClusterNodepool,
  deleteClusterNodes,
  deleteKubernetesTrigger,
  deletePolicyInstance,
  deleteTemplate,
  deleteTrigger,
  deployPolicyInstance,
  descirbeWorkflow,
  describeAddon,
  describeAddons,
  describeClusterAddonInstance,
  describeClusterAddonMetadata,
  describeClusterAddonUpgradeStatus,
  describeClusterAddonsUpgradeStatus,
  describeClusterAddonsVersion,
  describeClusterAttachScripts,
  describeClusterDetail,
  describeClusterEvents,
  describeClusterLogs,
  describeClusterNodePoolDetail,
  describeClusterNodePools,
  describeClusterNodes,
  describeClusterResources,
  describeClusterTasks,
  describeClusterUserKubeconfig,
  describeClusterV2UserKubeconfig,
  describeClusterVuls,
  describeClusters,
  describeClustersForRegion,
  describeClustersV1,
  describeEvents,
  describeEventsForRegion,
  describeExternalAgent,
  describeKubernetesVersionMetadata,
  describeNodePoolVuls,
  describePolicies,
  describePolicyDetails,
  describePolicyGovernanceInCluster,
  describePolicyInstances,
  describePolicyInstancesStatus,
  describeResourcesDeleteProtection,
  describeSubaccountK8sClusterUserConfig,
  describeTaskInfo,
  describeTemplateAttribute,
  describeTemplates,
  describeTrigger,
  describeUserClusterNamespaces,
  describeUserPermission,
  describeUserQuota,
  describeWorkflows,
  fixNodePoolVuls,
  fromCliProfile,
  fromCredentialsFile,
  fromCredentialsUri,
  fromEcsRamRole,
  fromEnv,
  fromOidcRole,
  fromRamRoleArn,
  getClusterAddonInstance,
  getClusterAuditProject,
  getClusterCheck,
  getClusterDiagnosisCheckItems,
  getClusterDiagnosisResult,
  getClusterInspectConfig,
  getClusterInspectReportDetail,
  getKubernetesTrigger,
  getUpgradeStatus,
  grantPermissions,
  installClusterAddons,
  listAddons,
  listClusterAddonInstances,
  listClusterChecks,
  listClusterInspectReports,
  listClusterKubeconfigStates,
  listOperationPlans,
  listOperationPlansForRegion,
  listTagResources,
  listUserKubeConfigStates,
  migrateCluster,
  modifyCluster,
  modifyClusterAddon,
  modifyClusterNodePool,
  modifyClusterTags,
  modifyNodePoolNodeConfig,
  modifyPolicyInstance,
  openAckService,
  paginate,
  paginateDescribeClusterEvents,
  paginateDescribeClusterNodes,
  paginateDescribeClusterTasks,
  paginateDescribeClustersV1,
  paginateDescribeEvents,
  paginateDescribeTemplates,
  paginateListTagResources,
  pauseClusterUpgrade,
  pauseComponentUpgrade,
  pauseTask,
  removeNodePoolNodes,
  removeWorkflow,
  repairClusterNodePool,
  resumeComponentUpgrade,
  resumeTask,
  resumeUpgradeCluster,
  revokeK8sClusterKubeConfig,
  runClusterCheck,
  runClusterInspect,
  runWaiter,
  scaleClusterNodePool,
  scanClusterVuls,
  startAlert,
  startWorkflow,
  stopAlert,
  syncClusterNodePool,
  tagResources,
  unInstallClusterAddons,
  untagResources,
  updateClusterAuditLogConfig,
  updateClusterInspectConfig,
  updateContactGroupForAlert,
  updateControlPlaneLog,
  updateK8sClusterUserConfigExpire,
  updateResourcesDeleteProtection,
  updateTemplate,
  updateUserPermissions,
  upgradeCluster,
  upgradeClusterAddons,
  upgradeClusterNodepool,
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
  validateCreateClusterDiagnosisRequest,
  validateCreateClusterInspectConfigRequest,
  validateCreateClusterNodePoolRequest,
  validateCreateClusterRequest,
  validateCreateKubernetesTriggerRequest,
  validateCreateTemplateRequest,
  validateCreateTriggerRequest,
  validateDeleteAlertContactGroupRequest,
  validateDeleteAlertContactRequest,
  validateDeleteClusterInspectConfigRequest,
  validateDeleteClusterNodepoolRequest,
  validateDeleteClusterNodesRequest,
  validateDeleteClusterRequest,
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
  validateDescribeClustersForRegionRequest,
  validateDescribeClustersRequest,
  validateDescribeClustersV1Request,
  validateDescribeEventsForRegionRequest,
  validateDescribeEventsRequest,
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
  validateListOperationPlansForRegionRequest,
  validateListOperationPlansRequest,
  validateListTagResourcesRequest,
  validateListUserKubeConfigStatesRequest,
  validateMigrateClusterRequest,
  validateModifyClusterAddonRequest,
  validateModifyClusterNodePoolRequest,
  validateModifyClusterRequest,
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
  validateUpgradeClusterAddonsRequest,
  validateUpgradeClusterNodepoolRequest,
  validateUpgradeClusterRequest,
  waitUntilClusterDeleted,
  waitUntilClusterRunning,
  waitUntilNodePoolActive,
  waitUntilNodePoolDeleted,
  waitUntilTaskSucceeded
});
