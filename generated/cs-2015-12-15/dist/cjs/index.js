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
  ConfigurationError: () => ConfigurationError,
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
  CsError: () => SdkError,
  CsServiceError: () => ServiceError,
  DEFAULT_MAX_RESPONSE_BYTES: () => DEFAULT_MAX_RESPONSE_BYTES,
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
  DescribeClusterNodePoolDetailResponseNodePoolInfoTypeValues: () => DescribeClusterNodePoolDetailResponseNodePoolInfoTypeValues,
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
  DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingEipInternetChargeTypeValues: () => DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingEipInternetChargeTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingTypeValues: () => DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemInterconnectModeValues: () => DescribeClusterNodePoolsResponseNodePoolsItemInterconnectModeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfigCpuPolicyValues: () => DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfigCpuPolicyValues,
  DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfoTypeValues: () => DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfoTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInstanceChargeTypeValues: () => DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInstanceChargeTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInternetChargeTypeValues: () => DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInternetChargeTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupMultiAzPolicyValues: () => DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupMultiAzPolicyValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPeriodUnitValues: () => DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPeriodUnitValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues: () => DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupScalingPolicyValues: () => DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupScalingPolicyValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotStrategyValues: () => DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotStrategyValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSystemDiskCategoryValues: () => DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSystemDiskCategoryValues,
  DescribeClusterNodePoolsResponseNodePoolsItemStatusStateValues: () => DescribeClusterNodePoolsResponseNodePoolsItemStatusStateValues,
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
  RedirectError: () => RedirectError,
  RemoveNodePoolNodesOperation: () => RemoveNodePoolNodesOperation,
  RemoveWorkflowOperation: () => RemoveWorkflowOperation,
  RepairClusterNodePoolOperation: () => RepairClusterNodePoolOperation,
  ResponseParseError: () => ResponseParseError,
  ResponseTooLargeError: () => ResponseTooLargeError,
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
  allFeatures: () => allFeatures,
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
  debugEvents: () => debugEvents,
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
  hookSupport: () => hookSupport,
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
  paginateDescribeClustersForRegion: () => paginateDescribeClustersForRegion,
  paginateDescribeClustersV1: () => paginateDescribeClustersV1,
  paginateDescribeEvents: () => paginateDescribeEvents,
  paginateDescribeEventsForRegion: () => paginateDescribeEventsForRegion,
  paginateDescribeTemplates: () => paginateDescribeTemplates,
  paginateGetClusterInspectReportDetail: () => paginateGetClusterInspectReportDetail,
  paginateListClusterInspectReports: () => paginateListClusterInspectReports,
  paginateListClusterKubeconfigStates: () => paginateListClusterKubeconfigStates,
  paginateListTagResources: () => paginateListTagResources,
  paginateListUserKubeConfigStates: () => paginateListUserKubeConfigStates,
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
var DescribeClusterNodePoolDetailResponseNodePoolInfoTypeValues = ["ess", "edge"];
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
var DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingEipInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
var DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingTypeValues = [
  "cpu",
  "gpu",
  "gpushare",
  "spot"
];
var DescribeClusterNodePoolsResponseNodePoolsItemInterconnectModeValues = ["basic", "dedicated"];
var DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfigCpuPolicyValues = ["static", "none"];
var DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfoTypeValues = ["ess", "edge"];
var DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInstanceChargeTypeValues = [
  "PrePaid",
  "PostPaid"
];
var DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
var DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupMultiAzPolicyValues = [
  "PRIORITY",
  "COST_OPTIMIZED",
  "BALANCE"
];
var DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPeriodUnitValues = ["Month", "Week"];
var DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues = [
  "Open",
  "Target",
  "None"
];
var DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupScalingPolicyValues = [
  "release",
  "recycle"
];
var DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotStrategyValues = [
  "NoSpot",
  "SpotWithPriceLimit",
  "SpotAsPriceGo"
];
var DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var DescribeClusterNodePoolsResponseNodePoolsItemStatusStateValues = [
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
var SdkError = class extends Error {
  name = "SdkError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
  toJSON() {
    const fields = { name: this.name, message: this.message };
    return Object.assign(fields, this);
  }
};
var ServiceError = class extends SdkError {
  name = "ServiceError";
  constructor(fields) {
    super(fields.code, fields.message);
    Object.assign(this, fields);
  }
};
var ValidationError = class extends SdkError {
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
var TimeoutError = class extends SdkError {
  name = "TimeoutError";
  timeoutMs;
  constructor(timeoutMs) {
    super("Timeout", `No response within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
};
var NetworkError = class extends SdkError {
  name = "NetworkError";
  causeCode;
  requestWritten;
  constructor(message, { causeCode, requestWritten, cause }) {
    super("NetworkError", message, { cause });
    this.causeCode = causeCode;
    this.requestWritten = requestWritten;
  }
};
var AbortError = class extends SdkError {
  name = "AbortError";
  constructor() {
    super("Aborted", "The request was aborted");
  }
};
var ResponseParseError = class extends SdkError {
  name = "ResponseParseError";
  statusCode;
  constructor(statusCode) {
    super("MalformedResponse", `The service answered ${statusCode} with a body that is not valid JSON`);
    this.statusCode = statusCode;
  }
};
var CredentialsError = class extends SdkError {
  name = "CredentialsError";
  source;
  constructor(message, options) {
    super("MissingCredentials", message, options);
    this.source = options?.source;
  }
};

// generated:/src/runtime/validation.ts
function parsePointer(path) {
  if (path === "") return [];
  return path.slice(1).split("/").map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
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
  return resultOf(value, checkAttachInstancesRequest);
}
function assertAttachInstancesRequest(value) {
  assertValid(value, checkAttachInstancesRequest);
}
function validateAttachInstancesToNodePoolRequest(value) {
  return resultOf(value, checkAttachInstancesToNodePoolRequest);
}
function assertAttachInstancesToNodePoolRequest(value) {
  assertValid(value, checkAttachInstancesToNodePoolRequest);
}
function validateCancelClusterUpgradeRequest(value) {
  return resultOf(value, checkCancelClusterUpgradeRequest);
}
function assertCancelClusterUpgradeRequest(value) {
  assertValid(value, checkCancelClusterUpgradeRequest);
}
function validateCancelComponentUpgradeRequest(value) {
  return resultOf(value, checkCancelComponentUpgradeRequest);
}
function assertCancelComponentUpgradeRequest(value) {
  assertValid(value, checkCancelComponentUpgradeRequest);
}
function validateCancelOperationPlanRequest(value) {
  return resultOf(value, checkCancelOperationPlanRequest);
}
function assertCancelOperationPlanRequest(value) {
  assertValid(value, checkCancelOperationPlanRequest);
}
function validateCancelTaskRequest(value) {
  return resultOf(value, checkCancelTaskRequest);
}
function assertCancelTaskRequest(value) {
  assertValid(value, checkCancelTaskRequest);
}
function validateCancelWorkflowRequest(value) {
  return resultOf(value, checkCancelWorkflowRequest);
}
function assertCancelWorkflowRequest(value) {
  assertValid(value, checkCancelWorkflowRequest);
}
function validateCheckControlPlaneLogEnableRequest(value) {
  return resultOf(value, checkCheckControlPlaneLogEnableRequest);
}
function assertCheckControlPlaneLogEnableRequest(value) {
  assertValid(value, checkCheckControlPlaneLogEnableRequest);
}
function validateCheckServiceRoleRequest(value) {
  return resultOf(value, checkCheckServiceRoleRequest);
}
function assertCheckServiceRoleRequest(value) {
  assertValid(value, checkCheckServiceRoleRequest);
}
function validateCleanClusterUserPermissionsRequest(value) {
  return resultOf(value, checkCleanClusterUserPermissionsRequest);
}
function assertCleanClusterUserPermissionsRequest(value) {
  assertValid(value, checkCleanClusterUserPermissionsRequest);
}
function validateCleanUserPermissionsRequest(value) {
  return resultOf(value, checkCleanUserPermissionsRequest);
}
function assertCleanUserPermissionsRequest(value) {
  assertValid(value, checkCleanUserPermissionsRequest);
}
function validateCreateAutoscalingConfigRequest(value) {
  return resultOf(value, checkCreateAutoscalingConfigRequest);
}
function assertCreateAutoscalingConfigRequest(value) {
  assertValid(value, checkCreateAutoscalingConfigRequest);
}
function validateCreateClusterRequest(value) {
  return resultOf(value, checkCreateClusterRequest);
}
function assertCreateClusterRequest(value) {
  assertValid(value, checkCreateClusterRequest);
}
function validateCreateClusterDiagnosisRequest(value) {
  return resultOf(value, checkCreateClusterDiagnosisRequest);
}
function assertCreateClusterDiagnosisRequest(value) {
  assertValid(value, checkCreateClusterDiagnosisRequest);
}
function validateCreateClusterInspectConfigRequest(value) {
  return resultOf(value, checkCreateClusterInspectConfigRequest);
}
function assertCreateClusterInspectConfigRequest(value) {
  assertValid(value, checkCreateClusterInspectConfigRequest);
}
function validateCreateClusterNodePoolRequest(value) {
  return resultOf(value, checkCreateClusterNodePoolRequest);
}
function assertCreateClusterNodePoolRequest(value) {
  assertValid(value, checkCreateClusterNodePoolRequest);
}
function validateCreateKubernetesTriggerRequest(value) {
  return resultOf(value, checkCreateKubernetesTriggerRequest);
}
function assertCreateKubernetesTriggerRequest(value) {
  assertValid(value, checkCreateKubernetesTriggerRequest);
}
function validateCreateTemplateRequest(value) {
  return resultOf(value, checkCreateTemplateRequest);
}
function assertCreateTemplateRequest(value) {
  assertValid(value, checkCreateTemplateRequest);
}
function validateCreateTriggerRequest(value) {
  return resultOf(value, checkCreateTriggerRequest);
}
function assertCreateTriggerRequest(value) {
  assertValid(value, checkCreateTriggerRequest);
}
function validateDeleteAlertContactRequest(value) {
  return resultOf(value, checkDeleteAlertContactRequest);
}
function assertDeleteAlertContactRequest(value) {
  assertValid(value, checkDeleteAlertContactRequest);
}
function validateDeleteAlertContactGroupRequest(value) {
  return resultOf(value, checkDeleteAlertContactGroupRequest);
}
function assertDeleteAlertContactGroupRequest(value) {
  assertValid(value, checkDeleteAlertContactGroupRequest);
}
function validateDeleteClusterRequest(value) {
  return resultOf(value, checkDeleteClusterRequest);
}
function assertDeleteClusterRequest(value) {
  assertValid(value, checkDeleteClusterRequest);
}
function validateDeleteClusterInspectConfigRequest(value) {
  return resultOf(value, checkDeleteClusterInspectConfigRequest);
}
function assertDeleteClusterInspectConfigRequest(value) {
  assertValid(value, checkDeleteClusterInspectConfigRequest);
}
function validateDeleteClusterNodepoolRequest(value) {
  return resultOf(value, checkDeleteClusterNodepoolRequest);
}
function assertDeleteClusterNodepoolRequest(value) {
  assertValid(value, checkDeleteClusterNodepoolRequest);
}
function validateDeleteClusterNodesRequest(value) {
  return resultOf(value, checkDeleteClusterNodesRequest);
}
function assertDeleteClusterNodesRequest(value) {
  assertValid(value, checkDeleteClusterNodesRequest);
}
function validateDeleteKubernetesTriggerRequest(value) {
  return resultOf(value, checkDeleteKubernetesTriggerRequest);
}
function assertDeleteKubernetesTriggerRequest(value) {
  assertValid(value, checkDeleteKubernetesTriggerRequest);
}
function validateDeletePolicyInstanceRequest(value) {
  return resultOf(value, checkDeletePolicyInstanceRequest);
}
function assertDeletePolicyInstanceRequest(value) {
  assertValid(value, checkDeletePolicyInstanceRequest);
}
function validateDeleteTemplateRequest(value) {
  return resultOf(value, checkDeleteTemplateRequest);
}
function assertDeleteTemplateRequest(value) {
  assertValid(value, checkDeleteTemplateRequest);
}
function validateDeleteTriggerRequest(value) {
  return resultOf(value, checkDeleteTriggerRequest);
}
function assertDeleteTriggerRequest(value) {
  assertValid(value, checkDeleteTriggerRequest);
}
function validateDeployPolicyInstanceRequest(value) {
  return resultOf(value, checkDeployPolicyInstanceRequest);
}
function assertDeployPolicyInstanceRequest(value) {
  assertValid(value, checkDeployPolicyInstanceRequest);
}
function validateDescirbeWorkflowRequest(value) {
  return resultOf(value, checkDescirbeWorkflowRequest);
}
function assertDescirbeWorkflowRequest(value) {
  assertValid(value, checkDescirbeWorkflowRequest);
}
function validateDescribeAddonRequest(value) {
  return resultOf(value, checkDescribeAddonRequest);
}
function assertDescribeAddonRequest(value) {
  assertValid(value, checkDescribeAddonRequest);
}
function validateDescribeAddonsRequest(value) {
  return resultOf(value, checkDescribeAddonsRequest);
}
function assertDescribeAddonsRequest(value) {
  assertValid(value, checkDescribeAddonsRequest);
}
function validateDescribeClusterAddonInstanceRequest(value) {
  return resultOf(value, checkDescribeClusterAddonInstanceRequest);
}
function assertDescribeClusterAddonInstanceRequest(value) {
  assertValid(value, checkDescribeClusterAddonInstanceRequest);
}
function validateDescribeClusterAddonMetadataRequest(value) {
  return resultOf(value, checkDescribeClusterAddonMetadataRequest);
}
function assertDescribeClusterAddonMetadataRequest(value) {
  assertValid(value, checkDescribeClusterAddonMetadataRequest);
}
function validateDescribeClusterAddonUpgradeStatusRequest(value) {
  return resultOf(value, checkDescribeClusterAddonUpgradeStatusRequest);
}
function assertDescribeClusterAddonUpgradeStatusRequest(value) {
  assertValid(value, checkDescribeClusterAddonUpgradeStatusRequest);
}
function validateDescribeClusterAddonsUpgradeStatusRequest(value) {
  return resultOf(value, checkDescribeClusterAddonsUpgradeStatusRequest);
}
function assertDescribeClusterAddonsUpgradeStatusRequest(value) {
  assertValid(value, checkDescribeClusterAddonsUpgradeStatusRequest);
}
function validateDescribeClusterAddonsVersionRequest(value) {
  return resultOf(value, checkDescribeClusterAddonsVersionRequest);
}
function assertDescribeClusterAddonsVersionRequest(value) {
  assertValid(value, checkDescribeClusterAddonsVersionRequest);
}
function validateDescribeClusterAttachScriptsRequest(value) {
  return resultOf(value, checkDescribeClusterAttachScriptsRequest);
}
function assertDescribeClusterAttachScriptsRequest(value) {
  assertValid(value, checkDescribeClusterAttachScriptsRequest);
}
function validateDescribeClusterDetailRequest(value) {
  return resultOf(value, checkDescribeClusterDetailRequest);
}
function assertDescribeClusterDetailRequest(value) {
  assertValid(value, checkDescribeClusterDetailRequest);
}
function validateDescribeClusterEventsRequest(value) {
  return resultOf(value, checkDescribeClusterEventsRequest);
}
function assertDescribeClusterEventsRequest(value) {
  assertValid(value, checkDescribeClusterEventsRequest);
}
function validateDescribeClusterLogsRequest(value) {
  return resultOf(value, checkDescribeClusterLogsRequest);
}
function assertDescribeClusterLogsRequest(value) {
  assertValid(value, checkDescribeClusterLogsRequest);
}
function validateDescribeClusterNodePoolDetailRequest(value) {
  return resultOf(value, checkDescribeClusterNodePoolDetailRequest);
}
function assertDescribeClusterNodePoolDetailRequest(value) {
  assertValid(value, checkDescribeClusterNodePoolDetailRequest);
}
function validateDescribeClusterNodePoolsRequest(value) {
  return resultOf(value, checkDescribeClusterNodePoolsRequest);
}
function assertDescribeClusterNodePoolsRequest(value) {
  assertValid(value, checkDescribeClusterNodePoolsRequest);
}
function validateDescribeClusterNodesRequest(value) {
  return resultOf(value, checkDescribeClusterNodesRequest);
}
function assertDescribeClusterNodesRequest(value) {
  assertValid(value, checkDescribeClusterNodesRequest);
}
function validateDescribeClusterResourcesRequest(value) {
  return resultOf(value, checkDescribeClusterResourcesRequest);
}
function assertDescribeClusterResourcesRequest(value) {
  assertValid(value, checkDescribeClusterResourcesRequest);
}
function validateDescribeClusterTasksRequest(value) {
  return resultOf(value, checkDescribeClusterTasksRequest);
}
function assertDescribeClusterTasksRequest(value) {
  assertValid(value, checkDescribeClusterTasksRequest);
}
function validateDescribeClusterUserKubeconfigRequest(value) {
  return resultOf(value, checkDescribeClusterUserKubeconfigRequest);
}
function assertDescribeClusterUserKubeconfigRequest(value) {
  assertValid(value, checkDescribeClusterUserKubeconfigRequest);
}
function validateDescribeClusterV2UserKubeconfigRequest(value) {
  return resultOf(value, checkDescribeClusterV2UserKubeconfigRequest);
}
function assertDescribeClusterV2UserKubeconfigRequest(value) {
  assertValid(value, checkDescribeClusterV2UserKubeconfigRequest);
}
function validateDescribeClusterVulsRequest(value) {
  return resultOf(value, checkDescribeClusterVulsRequest);
}
function assertDescribeClusterVulsRequest(value) {
  assertValid(value, checkDescribeClusterVulsRequest);
}
function validateDescribeClustersRequest(value) {
  return resultOf(value, checkDescribeClustersRequest);
}
function assertDescribeClustersRequest(value) {
  assertValid(value, checkDescribeClustersRequest);
}
function validateDescribeClustersForRegionRequest(value) {
  return resultOf(value, checkDescribeClustersForRegionRequest);
}
function assertDescribeClustersForRegionRequest(value) {
  assertValid(value, checkDescribeClustersForRegionRequest);
}
function validateDescribeClustersV1Request(value) {
  return resultOf(value, checkDescribeClustersV1Request);
}
function assertDescribeClustersV1Request(value) {
  assertValid(value, checkDescribeClustersV1Request);
}
function validateDescribeEventsRequest(value) {
  return resultOf(value, checkDescribeEventsRequest);
}
function assertDescribeEventsRequest(value) {
  assertValid(value, checkDescribeEventsRequest);
}
function validateDescribeEventsForRegionRequest(value) {
  return resultOf(value, checkDescribeEventsForRegionRequest);
}
function assertDescribeEventsForRegionRequest(value) {
  assertValid(value, checkDescribeEventsForRegionRequest);
}
function validateDescribeExternalAgentRequest(value) {
  return resultOf(value, checkDescribeExternalAgentRequest);
}
function assertDescribeExternalAgentRequest(value) {
  assertValid(value, checkDescribeExternalAgentRequest);
}
function validateDescribeKubernetesVersionMetadataRequest(value) {
  return resultOf(value, checkDescribeKubernetesVersionMetadataRequest);
}
function assertDescribeKubernetesVersionMetadataRequest(value) {
  assertValid(value, checkDescribeKubernetesVersionMetadataRequest);
}
function validateDescribeNodePoolVulsRequest(value) {
  return resultOf(value, checkDescribeNodePoolVulsRequest);
}
function assertDescribeNodePoolVulsRequest(value) {
  assertValid(value, checkDescribeNodePoolVulsRequest);
}
function validateDescribePoliciesRequest(value) {
  return resultOf(value, checkDescribePoliciesRequest);
}
function assertDescribePoliciesRequest(value) {
  assertValid(value, checkDescribePoliciesRequest);
}
function validateDescribePolicyDetailsRequest(value) {
  return resultOf(value, checkDescribePolicyDetailsRequest);
}
function assertDescribePolicyDetailsRequest(value) {
  assertValid(value, checkDescribePolicyDetailsRequest);
}
function validateDescribePolicyGovernanceInClusterRequest(value) {
  return resultOf(value, checkDescribePolicyGovernanceInClusterRequest);
}
function assertDescribePolicyGovernanceInClusterRequest(value) {
  assertValid(value, checkDescribePolicyGovernanceInClusterRequest);
}
function validateDescribePolicyInstancesRequest(value) {
  return resultOf(value, checkDescribePolicyInstancesRequest);
}
function assertDescribePolicyInstancesRequest(value) {
  assertValid(value, checkDescribePolicyInstancesRequest);
}
function validateDescribePolicyInstancesStatusRequest(value) {
  return resultOf(value, checkDescribePolicyInstancesStatusRequest);
}
function assertDescribePolicyInstancesStatusRequest(value) {
  assertValid(value, checkDescribePolicyInstancesStatusRequest);
}
function validateDescribeResourcesDeleteProtectionRequest(value) {
  return resultOf(value, checkDescribeResourcesDeleteProtectionRequest);
}
function assertDescribeResourcesDeleteProtectionRequest(value) {
  assertValid(value, checkDescribeResourcesDeleteProtectionRequest);
}
function validateDescribeSubaccountK8sClusterUserConfigRequest(value) {
  return resultOf(
    value,
    checkDescribeSubaccountK8sClusterUserConfigRequest
  );
}
function assertDescribeSubaccountK8sClusterUserConfigRequest(value) {
  assertValid(value, checkDescribeSubaccountK8sClusterUserConfigRequest);
}
function validateDescribeTaskInfoRequest(value) {
  return resultOf(value, checkDescribeTaskInfoRequest);
}
function assertDescribeTaskInfoRequest(value) {
  assertValid(value, checkDescribeTaskInfoRequest);
}
function validateDescribeTemplateAttributeRequest(value) {
  return resultOf(value, checkDescribeTemplateAttributeRequest);
}
function assertDescribeTemplateAttributeRequest(value) {
  assertValid(value, checkDescribeTemplateAttributeRequest);
}
function validateDescribeTemplatesRequest(value) {
  return resultOf(value, checkDescribeTemplatesRequest);
}
function assertDescribeTemplatesRequest(value) {
  assertValid(value, checkDescribeTemplatesRequest);
}
function validateDescribeTriggerRequest(value) {
  return resultOf(value, checkDescribeTriggerRequest);
}
function assertDescribeTriggerRequest(value) {
  assertValid(value, checkDescribeTriggerRequest);
}
function validateDescribeUserClusterNamespacesRequest(value) {
  return resultOf(value, checkDescribeUserClusterNamespacesRequest);
}
function assertDescribeUserClusterNamespacesRequest(value) {
  assertValid(value, checkDescribeUserClusterNamespacesRequest);
}
function validateDescribeUserPermissionRequest(value) {
  return resultOf(value, checkDescribeUserPermissionRequest);
}
function assertDescribeUserPermissionRequest(value) {
  assertValid(value, checkDescribeUserPermissionRequest);
}
function validateDescribeUserQuotaRequest(value) {
  return resultOf(value, checkDescribeUserQuotaRequest);
}
function assertDescribeUserQuotaRequest(value) {
  assertValid(value, checkDescribeUserQuotaRequest);
}
function validateDescribeWorkflowsRequest(value) {
  return resultOf(value, checkDescribeWorkflowsRequest);
}
function assertDescribeWorkflowsRequest(value) {
  assertValid(value, checkDescribeWorkflowsRequest);
}
function validateFixNodePoolVulsRequest(value) {
  return resultOf(value, checkFixNodePoolVulsRequest);
}
function assertFixNodePoolVulsRequest(value) {
  assertValid(value, checkFixNodePoolVulsRequest);
}
function validateGetClusterAddonInstanceRequest(value) {
  return resultOf(value, checkGetClusterAddonInstanceRequest);
}
function assertGetClusterAddonInstanceRequest(value) {
  assertValid(value, checkGetClusterAddonInstanceRequest);
}
function validateGetClusterAuditProjectRequest(value) {
  return resultOf(value, checkGetClusterAuditProjectRequest);
}
function assertGetClusterAuditProjectRequest(value) {
  assertValid(value, checkGetClusterAuditProjectRequest);
}
function validateGetClusterCheckRequest(value) {
  return resultOf(value, checkGetClusterCheckRequest);
}
function assertGetClusterCheckRequest(value) {
  assertValid(value, checkGetClusterCheckRequest);
}
function validateGetClusterDiagnosisCheckItemsRequest(value) {
  return resultOf(value, checkGetClusterDiagnosisCheckItemsRequest);
}
function assertGetClusterDiagnosisCheckItemsRequest(value) {
  assertValid(value, checkGetClusterDiagnosisCheckItemsRequest);
}
function validateGetClusterDiagnosisResultRequest(value) {
  return resultOf(value, checkGetClusterDiagnosisResultRequest);
}
function assertGetClusterDiagnosisResultRequest(value) {
  assertValid(value, checkGetClusterDiagnosisResultRequest);
}
function validateGetClusterInspectConfigRequest(value) {
  return resultOf(value, checkGetClusterInspectConfigRequest);
}
function assertGetClusterInspectConfigRequest(value) {
  assertValid(value, checkGetClusterInspectConfigRequest);
}
function validateGetClusterInspectReportDetailRequest(value) {
  return resultOf(value, checkGetClusterInspectReportDetailRequest);
}
function assertGetClusterInspectReportDetailRequest(value) {
  assertValid(value, checkGetClusterInspectReportDetailRequest);
}
function validateGetKubernetesTriggerRequest(value) {
  return resultOf(value, checkGetKubernetesTriggerRequest);
}
function assertGetKubernetesTriggerRequest(value) {
  assertValid(value, checkGetKubernetesTriggerRequest);
}
function validateGetUpgradeStatusRequest(value) {
  return resultOf(value, checkGetUpgradeStatusRequest);
}
function assertGetUpgradeStatusRequest(value) {
  assertValid(value, checkGetUpgradeStatusRequest);
}
function validateGrantPermissionsRequest(value) {
  return resultOf(value, checkGrantPermissionsRequest);
}
function assertGrantPermissionsRequest(value) {
  assertValid(value, checkGrantPermissionsRequest);
}
function validateInstallClusterAddonsRequest(value) {
  return resultOf(value, checkInstallClusterAddonsRequest);
}
function assertInstallClusterAddonsRequest(value) {
  assertValid(value, checkInstallClusterAddonsRequest);
}
function validateListAddonsRequest(value) {
  return resultOf(value, checkListAddonsRequest);
}
function assertListAddonsRequest(value) {
  assertValid(value, checkListAddonsRequest);
}
function validateListClusterAddonInstancesRequest(value) {
  return resultOf(value, checkListClusterAddonInstancesRequest);
}
function assertListClusterAddonInstancesRequest(value) {
  assertValid(value, checkListClusterAddonInstancesRequest);
}
function validateListClusterChecksRequest(value) {
  return resultOf(value, checkListClusterChecksRequest);
}
function assertListClusterChecksRequest(value) {
  assertValid(value, checkListClusterChecksRequest);
}
function validateListClusterInspectReportsRequest(value) {
  return resultOf(value, checkListClusterInspectReportsRequest);
}
function assertListClusterInspectReportsRequest(value) {
  assertValid(value, checkListClusterInspectReportsRequest);
}
function validateListClusterKubeconfigStatesRequest(value) {
  return resultOf(value, checkListClusterKubeconfigStatesRequest);
}
function assertListClusterKubeconfigStatesRequest(value) {
  assertValid(value, checkListClusterKubeconfigStatesRequest);
}
function validateListOperationPlansRequest(value) {
  return resultOf(value, checkListOperationPlansRequest);
}
function assertListOperationPlansRequest(value) {
  assertValid(value, checkListOperationPlansRequest);
}
function validateListOperationPlansForRegionRequest(value) {
  return resultOf(value, checkListOperationPlansForRegionRequest);
}
function assertListOperationPlansForRegionRequest(value) {
  assertValid(value, checkListOperationPlansForRegionRequest);
}
function validateListTagResourcesRequest(value) {
  return resultOf(value, checkListTagResourcesRequest);
}
function assertListTagResourcesRequest(value) {
  assertValid(value, checkListTagResourcesRequest);
}
function validateListUserKubeConfigStatesRequest(value) {
  return resultOf(value, checkListUserKubeConfigStatesRequest);
}
function assertListUserKubeConfigStatesRequest(value) {
  assertValid(value, checkListUserKubeConfigStatesRequest);
}
function validateMigrateClusterRequest(value) {
  return resultOf(value, checkMigrateClusterRequest);
}
function assertMigrateClusterRequest(value) {
  assertValid(value, checkMigrateClusterRequest);
}
function validateModifyClusterRequest(value) {
  return resultOf(value, checkModifyClusterRequest);
}
function assertModifyClusterRequest(value) {
  assertValid(value, checkModifyClusterRequest);
}
function validateModifyClusterAddonRequest(value) {
  return resultOf(value, checkModifyClusterAddonRequest);
}
function assertModifyClusterAddonRequest(value) {
  assertValid(value, checkModifyClusterAddonRequest);
}
function validateModifyClusterNodePoolRequest(value) {
  return resultOf(value, checkModifyClusterNodePoolRequest);
}
function assertModifyClusterNodePoolRequest(value) {
  assertValid(value, checkModifyClusterNodePoolRequest);
}
function validateModifyClusterTagsRequest(value) {
  return resultOf(value, checkModifyClusterTagsRequest);
}
function assertModifyClusterTagsRequest(value) {
  assertValid(value, checkModifyClusterTagsRequest);
}
function validateModifyNodePoolNodeConfigRequest(value) {
  return resultOf(value, checkModifyNodePoolNodeConfigRequest);
}
function assertModifyNodePoolNodeConfigRequest(value) {
  assertValid(value, checkModifyNodePoolNodeConfigRequest);
}
function validateModifyPolicyInstanceRequest(value) {
  return resultOf(value, checkModifyPolicyInstanceRequest);
}
function assertModifyPolicyInstanceRequest(value) {
  assertValid(value, checkModifyPolicyInstanceRequest);
}
function validateOpenAckServiceRequest(value) {
  return resultOf(value, checkOpenAckServiceRequest);
}
function assertOpenAckServiceRequest(value) {
  assertValid(value, checkOpenAckServiceRequest);
}
function validatePauseClusterUpgradeRequest(value) {
  return resultOf(value, checkPauseClusterUpgradeRequest);
}
function assertPauseClusterUpgradeRequest(value) {
  assertValid(value, checkPauseClusterUpgradeRequest);
}
function validatePauseComponentUpgradeRequest(value) {
  return resultOf(value, checkPauseComponentUpgradeRequest);
}
function assertPauseComponentUpgradeRequest(value) {
  assertValid(value, checkPauseComponentUpgradeRequest);
}
function validatePauseTaskRequest(value) {
  return resultOf(value, checkPauseTaskRequest);
}
function assertPauseTaskRequest(value) {
  assertValid(value, checkPauseTaskRequest);
}
function validateRemoveNodePoolNodesRequest(value) {
  return resultOf(value, checkRemoveNodePoolNodesRequest);
}
function assertRemoveNodePoolNodesRequest(value) {
  assertValid(value, checkRemoveNodePoolNodesRequest);
}
function validateRemoveWorkflowRequest(value) {
  return resultOf(value, checkRemoveWorkflowRequest);
}
function assertRemoveWorkflowRequest(value) {
  assertValid(value, checkRemoveWorkflowRequest);
}
function validateRepairClusterNodePoolRequest(value) {
  return resultOf(value, checkRepairClusterNodePoolRequest);
}
function assertRepairClusterNodePoolRequest(value) {
  assertValid(value, checkRepairClusterNodePoolRequest);
}
function validateResumeComponentUpgradeRequest(value) {
  return resultOf(value, checkResumeComponentUpgradeRequest);
}
function assertResumeComponentUpgradeRequest(value) {
  assertValid(value, checkResumeComponentUpgradeRequest);
}
function validateResumeTaskRequest(value) {
  return resultOf(value, checkResumeTaskRequest);
}
function assertResumeTaskRequest(value) {
  assertValid(value, checkResumeTaskRequest);
}
function validateResumeUpgradeClusterRequest(value) {
  return resultOf(value, checkResumeUpgradeClusterRequest);
}
function assertResumeUpgradeClusterRequest(value) {
  assertValid(value, checkResumeUpgradeClusterRequest);
}
function validateRevokeK8sClusterKubeConfigRequest(value) {
  return resultOf(value, checkRevokeK8sClusterKubeConfigRequest);
}
function assertRevokeK8sClusterKubeConfigRequest(value) {
  assertValid(value, checkRevokeK8sClusterKubeConfigRequest);
}
function validateRunClusterCheckRequest(value) {
  return resultOf(value, checkRunClusterCheckRequest);
}
function assertRunClusterCheckRequest(value) {
  assertValid(value, checkRunClusterCheckRequest);
}
function validateRunClusterInspectRequest(value) {
  return resultOf(value, checkRunClusterInspectRequest);
}
function assertRunClusterInspectRequest(value) {
  assertValid(value, checkRunClusterInspectRequest);
}
function validateScaleClusterNodePoolRequest(value) {
  return resultOf(value, checkScaleClusterNodePoolRequest);
}
function assertScaleClusterNodePoolRequest(value) {
  assertValid(value, checkScaleClusterNodePoolRequest);
}
function validateScanClusterVulsRequest(value) {
  return resultOf(value, checkScanClusterVulsRequest);
}
function assertScanClusterVulsRequest(value) {
  assertValid(value, checkScanClusterVulsRequest);
}
function validateStartAlertRequest(value) {
  return resultOf(value, checkStartAlertRequest);
}
function assertStartAlertRequest(value) {
  assertValid(value, checkStartAlertRequest);
}
function validateStartWorkflowRequest(value) {
  return resultOf(value, checkStartWorkflowRequest);
}
function assertStartWorkflowRequest(value) {
  assertValid(value, checkStartWorkflowRequest);
}
function validateStopAlertRequest(value) {
  return resultOf(value, checkStopAlertRequest);
}
function assertStopAlertRequest(value) {
  assertValid(value, checkStopAlertRequest);
}
function validateSyncClusterNodePoolRequest(value) {
  return resultOf(value, checkSyncClusterNodePoolRequest);
}
function assertSyncClusterNodePoolRequest(value) {
  assertValid(value, checkSyncClusterNodePoolRequest);
}
function validateTagResourcesRequest(value) {
  return resultOf(value, checkTagResourcesRequest);
}
function assertTagResourcesRequest(value) {
  assertValid(value, checkTagResourcesRequest);
}
function validateUnInstallClusterAddonsRequest(value) {
  return resultOf(value, checkUnInstallClusterAddonsRequest);
}
function assertUnInstallClusterAddonsRequest(value) {
  assertValid(value, checkUnInstallClusterAddonsRequest);
}
function validateUntagResourcesRequest(value) {
  return resultOf(value, checkUntagResourcesRequest);
}
function assertUntagResourcesRequest(value) {
  assertValid(value, checkUntagResourcesRequest);
}
function validateUpdateClusterAuditLogConfigRequest(value) {
  return resultOf(value, checkUpdateClusterAuditLogConfigRequest);
}
function assertUpdateClusterAuditLogConfigRequest(value) {
  assertValid(value, checkUpdateClusterAuditLogConfigRequest);
}
function validateUpdateClusterInspectConfigRequest(value) {
  return resultOf(value, checkUpdateClusterInspectConfigRequest);
}
function assertUpdateClusterInspectConfigRequest(value) {
  assertValid(value, checkUpdateClusterInspectConfigRequest);
}
function validateUpdateContactGroupForAlertRequest(value) {
  return resultOf(value, checkUpdateContactGroupForAlertRequest);
}
function assertUpdateContactGroupForAlertRequest(value) {
  assertValid(value, checkUpdateContactGroupForAlertRequest);
}
function validateUpdateControlPlaneLogRequest(value) {
  return resultOf(value, checkUpdateControlPlaneLogRequest);
}
function assertUpdateControlPlaneLogRequest(value) {
  assertValid(value, checkUpdateControlPlaneLogRequest);
}
function validateUpdateK8sClusterUserConfigExpireRequest(value) {
  return resultOf(value, checkUpdateK8sClusterUserConfigExpireRequest);
}
function assertUpdateK8sClusterUserConfigExpireRequest(value) {
  assertValid(value, checkUpdateK8sClusterUserConfigExpireRequest);
}
function validateUpdateResourcesDeleteProtectionRequest(value) {
  return resultOf(value, checkUpdateResourcesDeleteProtectionRequest);
}
function assertUpdateResourcesDeleteProtectionRequest(value) {
  assertValid(value, checkUpdateResourcesDeleteProtectionRequest);
}
function validateUpdateTemplateRequest(value) {
  return resultOf(value, checkUpdateTemplateRequest);
}
function assertUpdateTemplateRequest(value) {
  assertValid(value, checkUpdateTemplateRequest);
}
function validateUpdateUserPermissionsRequest(value) {
  return resultOf(value, checkUpdateUserPermissionsRequest);
}
function assertUpdateUserPermissionsRequest(value) {
  assertValid(value, checkUpdateUserPermissionsRequest);
}
function validateUpgradeClusterRequest(value) {
  return resultOf(value, checkUpgradeClusterRequest);
}
function assertUpgradeClusterRequest(value) {
  assertValid(value, checkUpgradeClusterRequest);
}
function validateUpgradeClusterAddonsRequest(value) {
  return resultOf(value, checkUpgradeClusterAddonsRequest);
}
function assertUpgradeClusterAddonsRequest(value) {
  assertValid(value, checkUpgradeClusterAddonsRequest);
}
function validateUpgradeClusterNodepoolRequest(value) {
  return resultOf(value, checkUpgradeClusterNodepoolRequest);
}
function assertUpgradeClusterNodepoolRequest(value) {
  assertValid(value, checkUpgradeClusterNodepoolRequest);
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
function assertValid(value, check) {
  const issues = issuesOf(value, check);
  if (issues.length > 0) throw new ValidationError(issues);
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
    const field2 = values[i];
    if (field2 === void 0) {
      if (required[i]) fieldReport(f, i, "required", "is required");
      continue;
    }
    const handler = handlers[i];
    switch (kinds[i]) {
      case 115:
        if (typeof field2 !== "string") fieldReport(f, i, "type", expected("string", field2));
        break;
      case 105:
        if (!Number.isSafeInteger(field2)) fieldReport(f, i, "type", expected("integer", field2));
        break;
      case 110:
        if (!Number.isFinite(field2)) fieldReport(f, i, "type", expected("number", field2));
        break;
      case 98:
        if (typeof field2 !== "boolean") fieldReport(f, i, "type", expected("boolean", field2));
        break;
      case 109:
        if (typeof field2 !== "object" || field2 === null || Array.isArray(field2))
          fieldReport(f, i, "type", expected("object", field2));
        break;
      case 101:
        if (typeof field2 !== "string") fieldReport(f, i, "type", expected("string", field2));
        else if (!handler.includes(field2)) fieldReport(f, i, "enum", enumMessages[i]);
        break;
      case 111:
        run.path[depth] = names[i];
        handler(field2, run, depth + 1);
        break;
      case 97:
        if (!Array.isArray(field2)) {
          fieldReport(f, i, "type", expected("array", field2));
          break;
        }
        for (let j = 0; j < field2.length; j++) {
          const item = field2[j];
          if (typeof item === "string") continue;
          run.path[depth] = names[i];
          report(run, depth + 1, "type", expected("string", item), j);
        }
        break;
      case 108:
        if (!Array.isArray(field2)) {
          fieldReport(f, i, "type", expected("array", field2));
          break;
        }
        run.path[depth] = names[i];
        for (let j = 0; j < field2.length; j++) {
          run.path[depth + 1] = j;
          handler(field2[j], run, depth + 2);
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

// generated:/src/runtime/env.ts
var processLike = () => globalThis.process;
function isNode() {
  return typeof processLike()?.versions?.node === "string";
}
function readEnv(name) {
  const value = processLike()?.env?.[name];
  return value === "" ? void 0 : value;
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
function toCredentialsProvider(credentials) {
  return typeof credentials === "function" ? credentials : async () => credentials;
}

// generated:/src/runtime/abort.ts
var fanouts = /* @__PURE__ */ new WeakMap();
function onAbort(signal, callback) {
  let callbacks = signal && fanouts.get(signal);
  if (signal?.aborted) callback();
  else if (signal) {
    if (!callbacks) {
      const waiting = callbacks = /* @__PURE__ */ new Set();
      fanouts.set(signal, waiting);
      signal.addEventListener("abort", () => [...waiting].forEach((run) => run()), { once: true });
    }
    callbacks.add(callback);
  }
  return () => callbacks?.delete(callback);
}
var AttemptScope = class {
  aborted = false;
  reason;
  timedOut = false;
  #listeners = [];
  #controller;
  #timer;
  #unsubscribe;
  constructor(timeoutMs, callerSignal) {
    this.#timer = setTimeout(() => {
      this.timedOut = true;
      this.#abort();
    }, timeoutMs);
    this.#unsubscribe = onAbort(callerSignal, () => this.#abort());
  }
  get signal() {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.aborted) this.#controller.abort(this.reason);
    }
    return this.#controller.signal;
  }
  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }
  addEventListener(_type, listener) {
    this.#listeners.push(listener);
  }
  removeEventListener(_type, listener) {
    const at = this.#listeners.indexOf(listener);
    if (at >= 0) this.#listeners.splice(at, 1);
  }
  race(work) {
    if (this.aborted) return Promise.reject(this.reason);
    return new Promise((resolve, reject) => {
      const onCancel = () => reject(this.reason);
      this.addEventListener("abort", onCancel);
      work.then(
        (value) => {
          this.removeEventListener("abort", onCancel);
          resolve(value);
        },
        (error) => {
          this.removeEventListener("abort", onCancel);
          reject(error);
        }
      );
    });
  }
  end() {
    clearTimeout(this.#timer);
    this.#unsubscribe();
  }
  #abort() {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = new DOMException("This operation was aborted", "AbortError");
    this.#controller?.abort(this.reason);
    for (const listener of this.#listeners.splice(0)) listener();
  }
};
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => void 0;
    const timer = setTimeout(() => {
      unsubscribe();
      resolve();
    }, ms);
    unsubscribe = onAbort(signal, () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    });
  });
}

// generated:/src/runtime/limits.ts
var DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
function decodeUtf8(chunks, totalBytes) {
  const bytes = new Uint8Array(totalBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
}
function declaredLength(value) {
  return value !== null && value !== void 0 && /^\d+$/.test(value.trim()) ? Number(value) : void 0;
}
var MAX_QUOTED_CHARS = 1024;
function cutText(text) {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}\u2026` : text;
}
var MAX_RESPONSE_BYTES_LIMIT = 256 * 1024 * 1024;

// generated:/src/runtime/safety-errors.ts
var ConfigurationError = class extends SdkError {
  name = "ConfigurationError";
  option;
  constructor(option, rule) {
    super("InvalidConfiguration", `Invalid option \`${option}\`: ${rule}`);
    this.option = option;
  }
};
var ResponseTooLargeError = class extends SdkError {
  name = "ResponseTooLargeError";
  statusCode;
  limitBytes;
  constructor(statusCode, limitBytes) {
    super("ResponseTooLarge", `The response (HTTP ${statusCode}) is larger than the limit of ${limitBytes} bytes`);
    this.statusCode = statusCode;
    this.limitBytes = limitBytes;
  }
};
var RedirectError = class extends SdkError {
  name = "RedirectError";
  statusCode;
  constructor(statusCode) {
    const status = statusCode === 0 ? "a redirect" : `a redirect (HTTP ${statusCode})`;
    super("UnexpectedRedirect", `The service answered with ${status}; redirects are not followed`);
    this.statusCode = statusCode;
  }
};

// generated:/src/runtime/options.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
var REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
var BARE_HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`);
var INVALID_HEADER_CHAR = /[^\t\x20-\x7e\x80-\xff]/;
function checkClientOptions(options) {
  if (options.timeoutMs !== void 0) checkTimeout(options.timeoutMs);
  checkRange("maxRetries", options.maxRetries, 0, Number.MAX_SAFE_INTEGER, true);
  checkRange("retryDelay.baseMs", options.retryDelay?.baseMs, 0, MAX_TIMER_MS, false);
  checkRange("retryDelay.maxMs", options.retryDelay?.maxMs, 0, MAX_TIMER_MS, false);
  checkRange("maxResponseBytes", options.maxResponseBytes, 1, MAX_RESPONSE_BYTES_LIMIT, true);
  if (options.region !== void 0) checkRegion(options.region, "region");
  if (options.endpoint !== void 0) checkEndpoint(options.endpoint);
  if (options.userAgent !== void 0 && INVALID_HEADER_CHAR.test(options.userAgent)) {
    throw new ConfigurationError("userAgent", "must not contain control characters or characters outside Latin-1");
  }
}
function checkTimeout(timeoutMs) {
  if (typeof timeoutMs !== "number" || !(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw new ConfigurationError("timeoutMs", `must be a number of milliseconds above 0 and at most ${MAX_TIMER_MS}`);
  }
}
function checkRange(option, value, min, max, integer) {
  if (value === void 0) return;
  const ok = typeof value === "number" && value >= min && value <= max && (integer ? Number.isSafeInteger(value) : Number.isFinite(value));
  if (!ok) throw new ConfigurationError(option, `must be ${integer ? "an integer" : "a number"} from ${min} to ${max}`);
}
function checkRegion(region, source) {
  if (typeof region !== "string" || !REGION.test(region)) {
    throw new ConfigurationError(
      source,
      "must be a region id such as cn-hangzhou (lowercase letters, digits, single hyphens)"
    );
  }
}
function checkEndpoint(endpoint) {
  if (typeof endpoint === "string" && BARE_HOST.test(endpoint)) return;
  let url;
  try {
    url = new URL(endpoint);
  } catch {
  }
  if (!url || url.username || url.password || !/^https?:\/\/[^/?#@\\\s][^\s\\?#]*$/i.test(endpoint)) {
    throw new ConfigurationError(
      "endpoint",
      "must be a host name (optionally with a port) or an http(s) URL without credentials, whitespace, backslashes, query or fragment"
    );
  }
}
function regionHost(regions, template, region) {
  return ownValue(regions, region) ?? template.replace("{region}", region);
}
function ownValue(object, name) {
  return Object.prototype.hasOwnProperty.call(object, name) ? object[name] : void 0;
}
function refuseValue(name, code, message) {
  throw new ValidationError([{ path: `/${name}`, code, message }]);
}
function checkPathValue(name, text) {
  if (text === "") refuseValue(name, "required", "path parameter is required");
  if (text === "." || text === "..") refuseValue(name, "path_segment", 'must not be a dot segment ("." or "..")');
}
function checkHeaderValue(name, text) {
  if (INVALID_HEADER_CHAR.test(text)) {
    refuseValue(
      name,
      "header_value",
      "must not contain control characters (such as CR or LF) or characters outside Latin-1"
    );
  }
}
function checkCredentials(credentials) {
  const { accessKeyId, accessKeySecret, securityToken } = credentials ?? {};
  const complete = typeof accessKeyId === "string" && accessKeyId !== "" && typeof accessKeySecret === "string" && accessKeySecret !== "";
  if (!complete || securityToken !== void 0 && typeof securityToken !== "string") {
    throw new CredentialsError("Incomplete credentials: accessKeyId and accessKeySecret must be non-empty strings");
  }
  if (INVALID_HEADER_CHAR.test(accessKeyId) || securityToken !== void 0 && INVALID_HEADER_CHAR.test(securityToken)) {
    throw new CredentialsError("The access key id or security token contains characters not allowed in an HTTP header");
  }
  return credentials;
}
function toJsonText(name, value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    const reason = error instanceof RangeError ? "is nested too deeply" : "is circular or holds a value JSON cannot represent (BigInt, \u2026)";
    return refuseValue(name, "type", `cannot be sent as JSON: it ${reason}`);
  }
}

// generated:/src/runtime/redact.ts
var IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
var DECODE_DEPTH = 3;
var MAX_VIEWS = 200;
function createSecretGuard(secrets) {
  const present = [...new Set(secrets.filter((s) => typeof s === "string" && s !== ""))];
  const folded = present.map(fold);
  const base64Cores = present.flatMap(base64Needles);
  const hexNeedles = present.map((s) => toHex(utf8(s)));
  const margin = 24 * Math.max(0, ...present.map((s) => s.length)) + 64;
  const reveals = (text) => {
    if (present.length === 0) return false;
    for (const view of decodedViews(text)) {
      const foldedView = fold(view);
      if (folded.some((needle) => foldedView.includes(needle))) return true;
      if (hexNeedles.some((needle) => foldedView.includes(needle))) return true;
      if (base64Cores.some((needle) => view.includes(needle))) return true;
    }
    return false;
  };
  return {
    quote: (text) => reveals(text.slice(0, MAX_QUOTED_CHARS + margin)) ? void 0 : cutText(text),
    identifier: (text) => IDENTIFIER.test(text) && !reveals(text) ? text : void 0
  };
}
function fold(text) {
  return text.normalize("NFKC").toUpperCase().toLowerCase();
}
function decodedViews(text) {
  const seen = /* @__PURE__ */ new Set([text]);
  let frontier = [text];
  for (let depth = 0; depth < DECODE_DEPTH && frontier.length > 0 && seen.size < MAX_VIEWS; depth++) {
    const next = [];
    for (const view of frontier) {
      for (const decode of DECODERS) {
        const decoded = decode(view);
        if (decoded !== view && !seen.has(decoded) && seen.size < MAX_VIEWS) {
          seen.add(decoded);
          next.push(decoded);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}
var DECODERS = [
  (text) => text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => fromUtf8(hexBytes(run.replace(/%/g, "")))),
  (text) => text.replace(/\+/g, " "),
  (text) => text.replace(
    /&(?:#[xX]([0-9A-Fa-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos|nbsp));?/g,
    (match, hex, dec, name) => {
      if (name !== void 0) return NAMED_ENTITIES[name.toLowerCase()] ?? match;
      return codePoint(hex !== void 0 ? parseInt(hex, 16) : Number(dec)) ?? match;
    }
  ),
  (text) => text.replace(
    /\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([^ux]))/g,
    (match, braced, u, x, other) => {
      const hex = braced ?? u ?? x;
      if (hex !== void 0)
        return hex === u ? String.fromCharCode(parseInt(hex, 16)) : codePoint(parseInt(hex, 16)) ?? match;
      return SIMPLE_ESCAPES[other] ?? other;
    }
  ),
  (text) => text.replace(
    /[A-Za-z0-9+/_-]{8,}={0,2}/g,
    (run) => [0, 1, 2, 3].map((offset) => fromBase64(run.slice(offset))).join(" ")
  ),
  (text) => text.replace(/[0-9A-Fa-f]{8,}/g, (run) => [0, 1].map((offset) => fromUtf8(hexBytes(run.slice(offset)))).join(" "))
];
var NAMED_ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0"
};
var SIMPLE_ESCAPES = {
  n: "\n",
  r: "\r",
  t: "	",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0"
};
function codePoint(value) {
  return value <= 1114111 ? String.fromCodePoint(value) : void 0;
}
function utf8(text) {
  return new TextEncoder().encode(text);
}
function fromUtf8(bytes) {
  return new TextDecoder("utf-8").decode(bytes);
}
function hexBytes(hex) {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
function toHex(bytes) {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
function fromBase64(text) {
  let clean = text.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  try {
    const binary = atob(clean + "=".repeat((4 - clean.length % 4) % 4));
    return fromUtf8(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return "";
  }
}
function toBase64(bytes) {
  return btoa(String.fromCharCode(...bytes));
}
function base64Needles(secret) {
  const bytes = utf8(secret);
  const needles = [];
  for (let skip = 0; skip < 3; skip++) {
    const whole = Math.floor((bytes.length - skip) / 3) * 3;
    if (whole < 3) continue;
    const core = toBase64(bytes.subarray(skip, skip + whole));
    needles.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return needles;
}

// generated:/src/runtime/retry.ts
var DEFAULT_RETRY = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 2e4 };
var TRANSIENT_STATUS = /* @__PURE__ */ new Set([502, 503, 504]);
function isThrottling(statusCode, code) {
  return statusCode === 429 || code !== void 0 && code.startsWith("Throttling");
}
function shouldRetry(error, idempotent) {
  if (error instanceof ServiceError) {
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

// generated:/src/runtime/signer.ts
var SIGNATURE_ALGORITHM = "ACS3-HMAC-SHA256";
function percentEncode(value) {
  const encoded = encodeURIComponent(value);
  return /[!'()*]/.test(encoded) ? encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : encoded;
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
  const entries = [];
  for (const rawName in headers) {
    const name = rawName.toLowerCase();
    if (isSignedHeader(name)) entries.push([name, headers[rawName].trim()]);
  }
  entries.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  let canonical = "";
  let signedHeaders = "";
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i];
    if (name === entries[i - 1]?.[0]) canonical = `${canonical.slice(0, -1)},${value}
`;
    else {
      canonical += `${name}:${value}
`;
      signedHeaders += signedHeaders ? `;${name}` : name;
    }
  }
  return { canonical, signedHeaders };
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
function authorization(request, accessKeyId, accessKeySecret, crypto) {
  const { text, signedHeaders } = canonicalRequest(request);
  return chain(
    crypto.sha256Hex(text),
    (hash) => chain(
      crypto.hmacSha256Hex(accessKeySecret, `${SIGNATURE_ALGORITHM}
${hash}`),
      (signature) => `${SIGNATURE_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`
    )
  );
}
function chain(value, next) {
  return value instanceof Promise ? value.then(next) : next(value);
}
function nodeSigningCrypto(nodeCrypto) {
  const oneShot = nodeCrypto.hash;
  return {
    sha256Hex: oneShot ? (data) => oneShot("sha256", data, "hex") : (data) => nodeCrypto.createHash("sha256").update(data, "utf8").digest("hex"),
    hmacSha256Hex: (key, data) => nodeCrypto.createHmac("sha256", key).update(data, "utf8").digest("hex")
  };
}
function toHex2(buffer) {
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
    sha256Hex: async (data) => toHex2(await subtle.digest("SHA-256", encoder.encode(data))),
    hmacSha256Hex: async (key, data) => toHex2(await subtle.sign("HMAC", await keyFor(key), encoder.encode(data)))
  };
}
var defaultCrypto;
var loadedSigningCrypto;
function loadSigningCrypto() {
  defaultCrypto ??= ((true ? true : isNode2()) ? import("node:crypto").then(nodeSigningCrypto) : Promise.resolve().then(() => {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) throw new Error("No WebCrypto available to sign requests");
    return webSigningCrypto(subtle);
  })).then((crypto) => loadedSigningCrypto = crypto);
  return defaultCrypto;
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
  for (let current = error, depth = 0; current && depth < 3; depth++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}

// generated:/src/runtime/transport-fetch.ts
var FETCH_OWNED_HEADERS = new Set(
  isNode() ? ["host", "content-length"] : ["host", "content-length", "user-agent"]
);
function createFetchTransport(fetchImpl = (input, init) => globalThis.fetch(input, init)) {
  return async (request, { signal, maxResponseBytes }) => {
    const headers = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!FETCH_OWNED_HEADERS.has(name)) headers[name] = value;
    }
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers,
        body: request.body,
        signal,
        redirect: "manual"
      });
      if (response.type === "opaqueredirect") throw new RedirectError(0);
      const responseHeaders = {};
      response.headers.forEach((value, name) => responseHeaders[name] = value);
      const body = await readBody(response, maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
      return { statusCode: response.status, headers: responseHeaders, body };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof SdkError) throw error;
      const code = systemErrorCode(error);
      throw new NetworkError(`Request failed${code ? ` (${code})` : ""}`, {
        requestWritten: !isNotConnectedCode(code),
        cause: error,
        ...code ? { causeCode: code } : {}
      });
    }
  };
}
async function readBody(response, maxResponseBytes) {
  const tooLarge = new ResponseTooLargeError(response.status, maxResponseBytes);
  if ((declaredLength(response.headers.get("content-length")) ?? 0) > maxResponseBytes) {
    await response.body?.cancel().catch(() => void 0);
    throw tooLarge;
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) return decodeUtf8(chunks, received);
    received += value.byteLength;
    if (received > maxResponseBytes) {
      await reader.cancel().catch(() => void 0);
      throw tooLarge;
    }
    chunks.push(value);
  }
}

// generated:/src/runtime/request-encoding.ts
var JSON_CONTENT_TYPE = "application/json; charset=utf-8";
function encodeRequest(op, input) {
  const query = [];
  const headers = {};
  let path = op.path;
  for (const param of op.params) {
    const value = ownValue(input, param.name);
    if (param.in === "path") {
      const text = value === void 0 || value === null ? "" : String(value);
      checkPathValue(param.name, text);
      path = path.replace(`{${param.name}}`, percentEncode(text));
    } else if (value !== void 0 && value !== null) {
      for (const text of serializeParam(param, value)) {
        if (param.in === "query") query.push([param.name, text]);
        else {
          checkHeaderValue(param.name, text);
          headers[param.name.toLowerCase()] = text;
        }
      }
    }
  }
  const search = query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join("&");
  const bodyValue = op.body ? ownValue(input, "body") : void 0;
  const encoded = { path, query, search, headers };
  if (bodyValue !== void 0) encoded.body = toJsonText("body", bodyValue);
  return encoded;
}
function serializeParam(param, value) {
  if (param.style === "json") return [toJsonText(param.name, value)];
  if (Array.isArray(value)) {
    const items = value.map(
      (item) => typeof item === "object" && item !== null ? toJsonText(param.name, item) : String(item)
    );
    return param.explode === false || param.in === "header" ? [items.join(",")] : items;
  }
  return [typeof value === "object" ? toJsonText(param.name, value) : String(value)];
}

// generated:/src/runtime/client-core.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var ClientCore = class {
  #service;
  #options;
  #features;
  #credentials;
  #fixedCredentials;
  #retry;
  #userAgent;
  #maxResponseBytes;
  #transport;
  #ownTransport;
  #lastBase;
  constructor(service, options = {}, features = {}) {
    checkClientOptions(options);
    needsFeature("credentialEndpoints", options.credentialEndpoints && !options.credentials, features.credentials);
    needsFeature("proxy", typeof options.proxy === "string" && !options.transport, features.transport);
    needsFeature("hooks", options.hooks, features.hooks);
    needsFeature("logger", options.logger, features.events);
    this.#service = service;
    this.#options = options;
    this.#features = features;
    this.#credentials = options.credentials !== void 0 ? toCredentialsProvider(options.credentials) : features.credentials?.(options) ?? fromEnv();
    this.#fixedCredentials = typeof options.credentials === "object" ? options.credentials : void 0;
    this.#transport = options.transport;
    this.#retry = {
      maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
      baseDelayMs: options.retryDelay?.baseMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: options.retryDelay?.maxMs ?? DEFAULT_RETRY.maxDelayMs
    };
    this.#maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const base = `acs-sdk-ts ${service.product}/${service.version}`;
    this.#userAgent = options.userAgent ? `${base} ${options.userAgent}` : base;
  }
  destroy() {
    this.#ownTransport?.destroy?.();
  }
  async send(op, request, validator, options = {}) {
    if (validator && (options.validate ?? this.#options.validate ?? true)) {
      const result = validator(request);
      if (!result.ok) throw new ValidationError(result.issues);
    }
    if (options.timeoutMs !== void 0) checkTimeout(options.timeoutMs);
    const support = this.#features.hooks;
    needsFeature("CallOptions.hooks", options.hooks, support);
    needsFeature("CallOptions.headers", options.headers, support);
    const input = request;
    const prepared = this.#prepare(op, input);
    const hooks = support?.(this.#options.hooks, options, prepared.headers);
    let requestSecrets;
    const transport2 = this.#transport ?? this.#defaultTransport();
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const log = this.#options.logger;
    if (options.signal) await void 0;
    for (let attempt = 1; ; attempt++) {
      if (options.signal?.aborted) throw withAttempts(new AbortError(), attempt - 1);
      const info = { action: op.action, method: op.method, url: prepared.url, attempt };
      const scope = new AttemptScope(timeoutMs, options.signal);
      let credentials;
      let httpRequest;
      try {
        credentials = this.#fixedCredentials ? checkCredentials(this.#fixedCredentials) : await scope.race(this.#resolveCredentials());
        const headers = hooks ? await scope.race(hooks.request(info, prepared.body)) : prepared.headers;
        const signed = this.#sign(
          op,
          prepared,
          headers,
          credentials,
          loadedSigningCrypto ?? await scope.race(loadSigningCrypto())
        );
        httpRequest = signed instanceof Promise ? await scope.race(signed) : signed;
        scope.throwIfAborted();
      } catch (error) {
        scope.end();
        if (options.signal?.aborted) throw withAttempts(new AbortError(), attempt - 1);
        if (scope.timedOut) {
          throw withAttempts(
            new CredentialsError(`The credentials provider did not answer within ${timeoutMs} ms`),
            attempt - 1
          );
        }
        throw withAttempts(error instanceof SdkError ? error : preparationError(error), attempt - 1);
      }
      let guard;
      const secretGuard = () => guard ??= createSecretGuard([
        ...requestSecrets ??= sensitiveValues(input, op.sensitive),
        credentials.accessKeySecret,
        credentials.securityToken
      ]);
      const events = log && this.#features.events?.(
        log,
        { action: op.action, method: op.method, path: secretGuard().quote(prepared.path) ?? op.path, attempt },
        this.#service.product.toLowerCase()
      );
      let retryAfterMs;
      let failure;
      const started = Date.now();
      try {
        events?.request();
        const signal = transport2.takesCancelSignal ? scope : scope.signal;
        const response = await transport2(httpRequest, { signal, maxResponseBytes: this.#maxResponseBytes });
        const durationMs = Date.now() - started;
        if (response.statusCode >= 300 && response.statusCode < 400) throw new RedirectError(response.statusCode);
        if (hooks) await hooks.response({ ...info, response, durationMs });
        const success = response.statusCode >= 200 && response.statusCode < 300;
        const body = op.textResponse && success ? readText(response.body) : readJson(response.body);
        const ok = success && body !== void 0;
        let requestId = field(body?.value, "requestId", "RequestId", "request_id") ?? response.headers["x-acs-request-id"];
        if (requestId !== void 0 && (!ok || log)) requestId = secretGuard().identifier(requestId);
        events?.response(response.statusCode, durationMs, requestId);
        const metadata = { httpStatusCode: response.statusCode, attempts: attempt };
        if (requestId !== void 0) metadata.requestId = requestId;
        if (success) {
          if (!body) throw Object.assign(new ResponseParseError(response.statusCode), { $metadata: metadata });
          return withMetadata(body.value, metadata);
        }
        retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
        failure = serviceError(response.statusCode, body, metadata, secretGuard());
      } catch (error) {
        if (scope.timedOut) failure = new TimeoutError(timeoutMs);
        else if (options.signal?.aborted) failure = new AbortError();
        else failure = toSdkError(error, secretGuard());
      } finally {
        scope.end();
      }
      if (failure.$metadata === void 0) failure.$metadata = { attempts: attempt };
      else failure.$metadata.attempts = attempt;
      const withinBudget = attempt <= this.#retry.maxRetries;
      let retry = withinBudget && shouldRetry(failure, op.idempotent);
      if (hooks) retry = await hooks.error(info, failure, retry) && withinBudget;
      if (!retry) {
        events?.error(failure, Date.now() - started);
        throw failure;
      }
      const delayMs = retryDelay(attempt - 1, this.#retry, retryAfterMs);
      events?.retry(failure, delayMs);
      await sleep(delayMs, options.signal).catch(() => {
        throw withAttempts(new AbortError(), attempt);
      });
    }
  }
  async #resolveCredentials() {
    let credentials;
    try {
      credentials = await this.#credentials();
    } catch (error) {
      if (error instanceof SdkError) throw error;
      const name = error instanceof Error && /^[A-Za-z][A-Za-z0-9_.]{0,63}$/.test(error.name) ? error.name : typeof error;
      throw new CredentialsError(`The credentials provider failed (${name})`);
    }
    return checkCredentials(credentials);
  }
  #defaultTransport() {
    const transport2 = this.#features.transport?.(this.#options) ?? createFetchTransport();
    this.#ownTransport = transport2;
    this.#transport = transport2;
    return transport2;
  }
  #baseUrl() {
    const { endpoint } = this.#options;
    if (endpoint)
      return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint.replace(/\/+$/, "") : `https://${endpoint}`;
    const fromEnv2 = this.#options.region === void 0 ? readEnv("ALIBABA_CLOUD_REGION_ID") : void 0;
    if (fromEnv2 !== void 0) checkRegion(fromEnv2, "ALIBABA_CLOUD_REGION_ID");
    const region = this.#options.region ?? fromEnv2 ?? this.#service.defaultRegion;
    if (!region) {
      throw new SdkError(
        "MissingRegion",
        "No region: pass `region` or `endpoint` to the client, or set ALIBABA_CLOUD_REGION_ID"
      );
    }
    return `https://${regionHost(this.#service.regions, this.#service.endpointTemplate, region)}`;
  }
  #parsedBase(url) {
    if (this.#lastBase?.url !== url) {
      const parsed = new URL(url);
      this.#lastBase = {
        url,
        origin: parsed.origin,
        host: parsed.host,
        pathPrefix: parsed.pathname.replace(/\/+$/, "")
      };
    }
    return this.#lastBase;
  }
  #prepare(op, input) {
    const base = this.#parsedBase(this.#baseUrl());
    const { path, query, search, headers, body } = encodeRequest(op, input);
    const fullPath = base.pathPrefix + path;
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
  #sign(op, prepared, extraHeaders, credentials, crypto) {
    return chain(crypto.sha256Hex(prepared.body ?? ""), (payloadHash) => {
      const headers = {
        ...extraHeaders,
        host: prepared.host,
        "x-acs-action": op.action,
        "x-acs-version": this.#service.version,
        "x-acs-date": isoSeconds(),
        "x-acs-signature-nonce": nonce(),
        "x-acs-content-sha256": payloadHash,
        accept: "application/json",
        "user-agent": this.#userAgent
      };
      if (prepared.body !== void 0) headers["content-type"] = JSON_CONTENT_TYPE;
      if (credentials.securityToken) {
        headers["x-acs-accesskey-id"] = credentials.accessKeyId;
        headers["x-acs-security-token"] = credentials.securityToken;
      }
      const signable = { method: op.method, path: prepared.path, query: prepared.query, headers, payloadHash };
      return chain(authorization(signable, credentials.accessKeyId, credentials.accessKeySecret, crypto), (value) => {
        headers.authorization = value;
        const httpRequest = { method: op.method, url: prepared.url, headers };
        if (prepared.body !== void 0) httpRequest.body = prepared.body;
        return httpRequest;
      });
    });
  }
};
function sensitiveValues(input, pointers) {
  const found = [];
  const visit = (value, tokens, index) => {
    if (index === tokens.length) {
      if (typeof value === "string" || typeof value === "number") found.push(String(value));
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const token = tokens[index];
    const children = token === "*" ? Object.values(value) : [ownValue(value, token)];
    for (const child of children) visit(child, tokens, index + 1);
  };
  for (const pointer of pointers ?? []) visit(input, parsePointer(pointer), 0);
  return found;
}
var lastDate = { second: 0, text: "" };
function isoSeconds() {
  const second = Math.floor(Date.now() / 1e3);
  if (lastDate.second !== second)
    lastDate = { second, text: new Date(second * 1e3).toISOString().replace(".000Z", "Z") };
  return lastDate.text;
}
function nonce() {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
function preparationError(error) {
  const name = error instanceof Error ? error.name : typeof error;
  return new SdkError("RequestPreparationFailed", `The request could not be signed (${name}); nothing was sent`);
}
function needsFeature(option, given, feature) {
  if (given && !feature) {
    throw new ConfigurationError(
      option,
      'needs a feature this client was built without (see "Smallest bundles" in the package README)'
    );
  }
}
function withAttempts(error, attempts) {
  error.$metadata = { attempts };
  return error;
}
function toSdkError(error, guard) {
  if (error instanceof SdkError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = guard.quote(message);
  const text = quoted === void 0 ? "Request failed (the error message is withheld: it repeats a secret)" : `Request failed: ${quoted}`;
  return new NetworkError(text, { requestWritten: true });
}
function readJson(raw) {
  const text = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
  if (text.length === 0 || text.charCodeAt(0) <= 32 && text.trim() === "") return { value: {} };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return void 0;
  }
}
function readText(raw) {
  const json = readJson(raw);
  return { value: typeof json?.value === "string" ? json.value : raw };
}
function field(body, ...names) {
  if (typeof body !== "object" || body === null) return void 0;
  for (const name of names) {
    const value = body[name];
    if (typeof value === "string" && value !== "") return value;
  }
  return void 0;
}
var WITHHELD = "the service's message is withheld because it repeats a secret of the request";
function serviceError(statusCode, body, metadata, guard) {
  const value = body?.value;
  const serverCode = field(value, "code", "Code");
  const code = (serverCode && guard.identifier(serverCode)) ?? `Http${statusCode}`;
  const serverMessage = field(value, "message", "Message");
  const quoted = serverMessage && guard.quote(serverMessage);
  const recommend = field(value, "recommend", "Recommend");
  let message = `${code} (HTTP ${statusCode})`;
  if (!body) message += ": the response is not JSON";
  else if (quoted !== void 0) message = `${code}: ${quoted}`;
  else if (serverMessage !== void 0) message += `: ${WITHHELD}`;
  const error = new ServiceError({
    statusCode,
    code,
    message,
    retryable: isRetryableStatus(statusCode, code),
    requestId: metadata.requestId,
    recommend: recommend && guard.quote(recommend)
  });
  error.$metadata = { ...metadata };
  return error;
}
function withMetadata(parsed, metadata) {
  const target = typeof parsed === "object" && parsed !== null ? parsed : { value: parsed };
  return Object.assign(target, { $metadata: metadata });
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

// generated:/src/runtime/http1.ts
var MAX_HEAD_BYTES = 16 * 1024;
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
var CRLF = "\r\n";
function createPool(modules, origin, settings) {
  const idle = [];
  const waiting = [];
  const sockets = /* @__PURE__ */ new Set();
  const connect = (exchange) => {
    const { hostname, port, secure } = origin;
    const socket = secure ? modules.tls.connect({
      host: hostname,
      port,
      ca: settings.ca,
      ALPNProtocols: ["http/1.1"],
      ...modules.net.isIP(hostname) ? {} : { servername: hostname }
    }) : modules.net.connect({ host: hostname, port });
    socket.setNoDelay(true);
    sockets.add(socket);
    const connection = { socket, exchange };
    socket.once(secure ? "secureConnect" : "connect", () => connection.exchange?.connected());
    socket.on("data", (chunk) => {
      if (connection.exchange) connection.exchange.data(chunk);
      else socket.destroy();
    });
    socket.on("error", (error) => connection.exchange?.failed(error));
    socket.on("close", () => {
      sockets.delete(socket);
      const at = idle.indexOf(connection);
      if (at >= 0) idle.splice(at, 1);
      connection.exchange?.closed();
      const next = waiting.shift();
      if (next) connect(next);
    });
    exchange.start(connection, false);
  };
  const release = (connection, reusable) => {
    connection.exchange = void 0;
    if (!reusable || !settings.keepAlive) return void connection.socket.destroy();
    const next = waiting.shift();
    if (next) return next.start(connection, true);
    connection.socket.unref();
    idle.push(connection);
  };
  return {
    exchange(request, path, signal, maxResponseBytes) {
      return new Promise((resolve, reject) => {
        let message;
        try {
          message = requestMessage(request, path, origin.host, settings.keepAlive);
        } catch (error) {
          return reject(error);
        }
        const dequeue = () => {
          const at = waiting.indexOf(exchange);
          if (at >= 0) waiting.splice(at, 1);
        };
        const settle = { resolve, reject, release, dequeue };
        const exchange = new Exchange(origin, request.method, message, signal, maxResponseBytes, settle);
        if (exchange.settled) return;
        let connection;
        while ((connection = idle.pop()) && (connection.socket.destroyed || !connection.socket.writable)) ;
        if (connection) exchange.start(connection, true);
        else if (sockets.size < settings.maxSockets) connect(exchange);
        else waiting.push(exchange);
      });
    },
    destroy() {
      for (const socket of sockets) socket.destroy();
    }
  };
}
var Exchange = class {
  constructor(origin, method, message, signal, maxResponseBytes, settle) {
    this.origin = origin;
    this.method = method;
    this.message = message;
    this.signal = signal;
    this.maxResponseBytes = maxResponseBytes;
    this.settle = settle;
    if (signal.aborted) this.finish(signal.reason);
    else signal.addEventListener("abort", this.onAbort, { once: true });
  }
  origin;
  method;
  message;
  signal;
  maxResponseBytes;
  settle;
  settled = false;
  connection;
  written = false;
  pending;
  statusCode = 0;
  headers;
  framing;
  reusable = true;
  chunks = [];
  received = 0;
  onAbort = () => {
    this.finish(this.signal.reason);
    this.connection?.socket.destroy();
  };
  start(connection, connected) {
    connection.exchange = this;
    this.connection = connection;
    connection.socket.ref();
    connection.socket.write(this.message);
    if (connected) this.written = true;
  }
  connected() {
    this.written = true;
  }
  data(chunk) {
    if (this.settled) return;
    const input = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = void 0;
    try {
      this.consume(input);
    } catch (error) {
      if (error instanceof ResponseTooLargeError) this.finish(error);
      else this.networkError(error);
      this.connection?.socket.destroy();
    }
  }
  failed(error) {
    this.networkError(error);
  }
  closed() {
    if (this.settled) return;
    if (this.framing?.kind === "close") return this.complete(false);
    this.networkError(Object.assign(new Error("connection closed before the response ended"), { code: "ECONNRESET" }));
  }
  consume(input) {
    let rest = input;
    while (rest && rest.length > 0 && !this.settled) {
      rest = this.framing ? this.body(rest) : this.head(rest);
    }
  }
  head(input) {
    const end = input.indexOf("\r\n\r\n");
    if (end < 0) {
      if (input.length > MAX_HEAD_BYTES) throw parseError("HPE_HEADER_OVERFLOW");
      this.pending = input;
      return void 0;
    }
    if (end > MAX_HEAD_BYTES) throw parseError("HPE_HEADER_OVERFLOW");
    const lines = input.toString("latin1", 0, end).split(CRLF);
    const status = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: |$)/.exec(lines[0]);
    if (!status) throw parseError("HPE_INVALID_CONSTANT");
    const statusCode = Number(status[2]);
    const rest = input.subarray(end + 4);
    if (statusCode < 200) {
      if (statusCode === 101) throw parseError("HPE_UNEXPECTED_UPGRADE");
      return rest;
    }
    const headers = {};
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).toLowerCase();
      if (colon <= 0 || !HEADER_NAME.test(name)) throw parseError("HPE_INVALID_HEADER_TOKEN");
      const value = line.slice(colon + 1).trim();
      const joined = Object.hasOwn(headers, name) ? `${headers[name]}, ${value}` : value;
      if (name !== "__proto__") headers[name] = joined;
      else
        Object.defineProperty(headers, name, { value: joined, enumerable: true, writable: true, configurable: true });
    }
    this.statusCode = statusCode;
    this.headers = headers;
    const connection = headers.connection?.toLowerCase();
    this.reusable = status[1] === "1" ? connection !== "close" : connection === "keep-alive";
    const length = headers["content-length"];
    if (this.method === "HEAD" || statusCode === 204 || statusCode === 304) {
      this.framing = { kind: "length", remaining: 0 };
    } else if (/\bchunked\b/i.test(headers["transfer-encoding"] ?? "")) {
      this.framing = { kind: "chunked", chunkLeft: -1 };
    } else if (length !== void 0) {
      const remaining = declaredLength(length);
      if (remaining === void 0) throw parseError("HPE_INVALID_CONTENT_LENGTH");
      if (remaining > this.maxResponseBytes) throw new ResponseTooLargeError(statusCode, this.maxResponseBytes);
      this.framing = { kind: "length", remaining };
    } else {
      this.framing = { kind: "close" };
      this.reusable = false;
    }
    if (this.framing.kind === "length" && this.framing.remaining === 0) this.complete(rest.length === 0);
    return rest;
  }
  body(input) {
    const framing = this.framing;
    if (framing.kind === "close") return void this.take(input);
    if (framing.kind === "length") {
      const part = input.subarray(0, framing.remaining);
      framing.remaining -= part.length;
      this.take(part);
      if (framing.remaining === 0) this.complete(input.length === part.length);
      return void 0;
    }
    if (framing.chunkLeft > 0) {
      const part = input.subarray(0, framing.chunkLeft);
      framing.chunkLeft -= part.length;
      this.take(part);
      if (framing.chunkLeft === 0) framing.chunkLeft = -2;
      return input.subarray(part.length);
    }
    const lineEnd = input.indexOf(CRLF);
    if (lineEnd < 0) {
      if (input.length > MAX_HEAD_BYTES) throw parseError("HPE_INVALID_CHUNK_SIZE");
      this.pending = input;
      return void 0;
    }
    if (framing.chunkLeft === -2) {
      if (lineEnd !== 0) throw parseError("HPE_STRICT");
      framing.chunkLeft = -1;
      return input.subarray(2);
    }
    if (framing.chunkLeft === -3) {
      if (lineEnd === 0) this.complete(input.length === 2);
      return input.subarray(lineEnd + 2);
    }
    const size = /^[0-9a-fA-F]{1,8}(?=[\t ;]|$)/.exec(input.toString("latin1", 0, lineEnd));
    if (!size) throw parseError("HPE_INVALID_CHUNK_SIZE");
    framing.chunkLeft = parseInt(size[0], 16) || -3;
    return input.subarray(lineEnd + 2);
  }
  take(part) {
    if (part.length === 0) return;
    this.received += part.length;
    if (this.received > this.maxResponseBytes) throw new ResponseTooLargeError(this.statusCode, this.maxResponseBytes);
    this.chunks.push(part);
  }
  complete(clean) {
    const connection = this.connection;
    const response = {
      statusCode: this.statusCode,
      headers: this.headers,
      body: decodeUtf8(this.chunks, this.received)
    };
    this.finish(void 0, response);
    this.settle.release(connection, clean && this.reusable);
  }
  networkError(error) {
    if (this.settled) return;
    if (this.signal.aborted) return this.finish(this.signal.reason);
    const code = systemErrorCode(error);
    this.finish(
      new NetworkError(`Connection to ${this.origin.host} failed${code ? ` (${code})` : ""}`, {
        requestWritten: this.written && !isNotConnectedCode(code),
        cause: error,
        causeCode: code
      })
    );
    this.connection?.socket.destroy();
  }
  finish(error, response) {
    if (this.settled) return;
    this.settled = true;
    this.signal.removeEventListener("abort", this.onAbort);
    if (this.connection) {
      if (!response) this.connection.exchange = void 0;
    } else this.settle.dequeue();
    if (response) this.settle.resolve(response);
    else this.settle.reject(error);
  }
};
function requestMessage(request, path, host, keepAlive) {
  const { method, headers, body } = request;
  let head = `${method} ${path} HTTP/1.1${CRLF}`;
  let hasHost = false;
  for (const name in headers) {
    const value = headers[name];
    if (!HEADER_NAME.test(name) || INVALID_HEADER_CHAR.test(value)) {
      throw Object.assign(new TypeError(`Invalid character in header "${name}"`), { code: "ERR_INVALID_CHAR" });
    }
    if (name === "host") hasHost = true;
    head += `${name}: ${value}${CRLF}`;
  }
  if (!hasHost) head += `host: ${host}${CRLF}`;
  if (body !== void 0) head += `content-length: ${Buffer.byteLength(body)}${CRLF}`;
  head += `connection: ${keepAlive ? "keep-alive" : "close"}${CRLF}${CRLF}`;
  if (body === void 0) return Buffer.from(head, "latin1");
  return /[\x80-\xff]/.test(head) ? Buffer.concat([Buffer.from(head, "latin1"), Buffer.from(body)]) : head + body;
}
function parseError(code) {
  return Object.assign(new Error(`invalid HTTP response (${code})`), { code });
}

// generated:/src/runtime/node-http.ts
function createHttpTransport(settings = {}, router) {
  let modules;
  const poolSettings = {
    keepAlive: settings.keepAlive ?? true,
    maxSockets: settings.maxSockets ?? 50,
    ca: settings.ca
  };
  const pools = /* @__PURE__ */ new Map();
  let last;
  const transport2 = async (request, { signal, maxResponseBytes }) => {
    const loaded = modules ?? await loadModules();
    signal.throwIfAborted();
    const url = request.url;
    const pathStart = url.indexOf("/", url.indexOf("//") + 2);
    const origin = pathStart < 0 ? url : url.slice(0, pathStart);
    if (last?.origin !== origin) last = { origin, send: choose(loaded, origin) };
    const path = pathStart < 0 ? "/" : url.slice(pathStart);
    return last.send(request, path, signal, maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  };
  const loadModules = async () => {
    const [net, tls] = await Promise.all([import("node:net"), import("node:tls")]);
    return modules = { net, tls };
  };
  const choose = (loaded, origin) => {
    const parsed = new URL(origin);
    const secure = parsed.protocol === "https:";
    const hostname = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
    const port = Number(parsed.port) || (secure ? 443 : 80);
    const target = { origin: parsed.origin, hostname, port, host: parsed.host, secure };
    const routed = router?.route(target, poolSettings);
    if (routed) return routed;
    let pool = pools.get(target.origin);
    if (!pool) pools.set(target.origin, pool = createPool(loaded, target, poolSettings));
    return pool.exchange;
  };
  return Object.assign(transport2, {
    takesCancelSignal: true,
    destroy() {
      for (const pool of pools.values()) pool.destroy();
      router?.destroy();
    }
  });
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
    throw new SdkError("InvalidProxy", `${source} is not a valid URL`);
  }
  if (url.protocol !== "http:") {
    throw new SdkError(
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

// generated:/src/runtime/proxy-route.ts
function sendThroughRoute(module2, route, target, request, signal, maxResponseBytes) {
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers, ...route.headers };
    if (request.body !== void 0) headers["content-length"] = String(Buffer.byteLength(request.body));
    let written = false;
    let settled = false;
    const connectTo = route.connectTo ?? target;
    const outgoing = module2.request({
      protocol: route.connectTo?.protocol ?? (target.secure ? "https:" : "http:"),
      hostname: connectTo.hostname,
      port: connectTo.port,
      path: route.path,
      method: request.method,
      headers,
      agent: route.agent
    });
    const finish = (error, response) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort2);
      if (response) resolve(response);
      else reject(error);
    };
    const onAbort2 = () => {
      finish(signal.reason);
      outgoing.destroy();
    };
    const onNetworkError = (error) => {
      if (signal.aborted) return finish(signal.reason);
      const code = systemErrorCode(error);
      finish(
        new NetworkError(
          `Connection to ${target.host}${route.via} failed${code ? ` (${code})` : ""}${route.reason?.(error) ?? ""}`,
          {
            requestWritten: written && !isNotConnectedCode(code),
            cause: error,
            causeCode: code
          }
        )
      );
    };
    signal.addEventListener("abort", onAbort2, { once: true });
    outgoing.on("socket", (socket) => {
      if (!socket.connecting) written = true;
      else socket.once(target.secure ? "secureConnect" : "connect", () => written = true);
    });
    outgoing.on("error", onNetworkError);
    outgoing.on("response", (incoming) => {
      const statusCode = incoming.statusCode ?? 0;
      const tooLarge = () => {
        finish(new ResponseTooLargeError(statusCode, maxResponseBytes));
        outgoing.destroy();
      };
      if ((declaredLength(incoming.headers["content-length"]) ?? 0) > maxResponseBytes) return tooLarge();
      const chunks = [];
      let received = 0;
      const reset = (message) => onNetworkError(Object.assign(new Error(message), { code: "ECONNRESET" }));
      incoming.on("data", (chunk) => {
        received += chunk.length;
        if (received > maxResponseBytes) return tooLarge();
        chunks.push(chunk);
      });
      incoming.on("error", onNetworkError);
      incoming.on("aborted", () => reset("response aborted"));
      incoming.on("end", () => {
        if (!incoming.complete) return reset("response ended early");
        const flat = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== void 0) flat[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        finish(void 0, { statusCode, headers: flat, body: decodeUtf8(chunks, received) });
      });
    });
    outgoing.end(request.body);
  });
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

// generated:/src/runtime/transport-node.ts
function createNodeTransport(options = {}) {
  const proxyAgents = /* @__PURE__ */ new Map();
  let modules;
  const route = (target, agentOptions) => {
    const proxy = proxyFor(target.secure, target.hostname, target.port, options.proxy);
    if (proxy === void 0) return void 0;
    const via = ` through proxy ${proxy.host}`;
    const reason = (error) => error?.code === PROXY_TUNNEL_FAILED ? `: ${error.message}` : "";
    return async (request, path, signal, maxResponseBytes) => {
      modules ??= Promise.all([import("node:http"), import("node:https")]).then(([http2, https2]) => ({ http: http2, https: https2 }));
      const { http, https } = await modules;
      signal.throwIfAborted();
      const key = `${target.secure ? "tunnel" : "forward"} ${proxy.host} ${proxy.authorization ?? ""}`;
      let agent = proxyAgents.get(key);
      if (agent === void 0) {
        agent = target.secure ? createTunnelAgent({ http, https, tls: await import("node:tls") }, proxy, agentOptions) : new http.Agent(agentOptions);
        proxyAgents.set(key, agent);
      }
      const way = target.secure ? { agent, path, via, reason } : {
        agent,
        path: target.origin + path,
        via,
        reason,
        connectTo: forwardTo(proxy),
        headers: forwardHeaders(proxy, target.host)
      };
      return sendThroughRoute(target.secure ? https : http, way, target, request, signal, maxResponseBytes);
    };
  };
  return createHttpTransport(options, {
    route,
    destroy: () => {
      for (const agent of proxyAgents.values()) agent.destroy();
    }
  });
}
function forwardTo(proxy) {
  return { protocol: "http:", hostname: proxy.hostname, port: proxy.port };
}
function forwardHeaders(proxy, host) {
  return proxy.authorization === void 0 ? { host } : { host, "proxy-authorization": proxy.authorization };
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
      config = JSON.parse(await readText2(CLI_PROFILE_SOURCE, file));
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
function cliProfileProvider(p, byName, endpoints, depth) {
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
      if (depth > 8) throw credentialsFailure(CLI_PROFILE_SOURCE, "source_profile chain is too long (a cycle?)");
      return assume(cliProfileProvider(byName(p.source_profile), byName, endpoints, depth + 1));
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
    const section = parseIni(await readText2(CREDENTIALS_FILE_SOURCE, file))[name];
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
async function readText2(source, file) {
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

// generated:/src/runtime/hooks.ts
var HookError = class extends SdkError {
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
    if (!TOKEN.test(name)) throw new SdkError("InvalidHeader", `${source}: a header name is not a valid HTTP token`);
    const lower = name.toLowerCase();
    if (typeof value !== "string" || /[\r\n\0]/.test(value)) {
      throw new SdkError("InvalidHeader", `${source}: header ${lower} must be a string without CR, LF or NUL`);
    }
    if (RESERVED_HEADERS.has(lower))
      throw new SdkError("InvalidHeader", `${source}: header ${lower} is set by the SDK`);
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
    throw error instanceof SdkError ? error : new HookError(stage, error);
  }
}
var hookSupport = (clientHooks, call, headers) => {
  const hooks = joinHooks(clientHooks, call.hooks) ?? [];
  if (hooks.length === 0 && !call.headers) return void 0;
  const callHeaders = call.headers ? { ...headers, ...checkedHeaders(call.headers, "CallOptions.headers") } : headers;
  return {
    request: (info, body) => runRequestHooks(hooks, info, callHeaders, body),
    response: (context) => runResponseHooks(hooks, context),
    error: (info, error, retry) => runErrorHooks(hooks, info, error, retry)
  };
};

// generated:/src/runtime/log.ts
function failureFields(error) {
  const fields = { code: error.code };
  if (error.$metadata?.httpStatusCode !== void 0) fields.status = error.$metadata.httpStatusCode;
  if (error.$metadata?.requestId !== void 0) fields.requestId = error.$metadata.requestId;
  return fields;
}
var debugEvents = (logger, base, prefix) => ({
  request: () => logger.debug(`${prefix}.request`, base),
  response: (status, durationMs, requestId) => logger.debug(
    `${prefix}.response`,
    requestId === void 0 ? { ...base, status, durationMs } : { ...base, status, durationMs, requestId }
  ),
  retry: (failure, delayMs) => logger.debug(`${prefix}.retry`, { ...base, ...failureFields(failure), delayMs }),
  error: (failure, durationMs) => logger.debug(`${prefix}.error`, { ...base, ...failureFields(failure), durationMs })
});

// generated:/src/runtime/features.ts
var allFeatures = {
  // Written out (not a helper call) so that a platform build folds the condition and drops the other branch.
  credentials: (options) => (true ? true : isNode3()) ? defaultCredentialsChain(options.credentialEndpoints) : fromEnv(),
  transport: (options) => (true ? true : isNode3()) ? createNodeTransport(options.proxy === void 0 ? {} : { proxy: options.proxy }) : createFetchTransport(),
  hooks: hookSupport,
  events: debugEvents
};

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
var CsBaseClient = class extends ClientCore {
  constructor(options = {}, features = {}) {
    super(CS_SERVICE, options, features);
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
  constructor(options = {}) {
    super(options, allFeatures);
  }
  attachInstances(request, options) {
    return attachInstances(this, request, options);
  }
  attachInstancesToNodePool(request, options) {
    return attachInstancesToNodePool(this, request, options);
  }
  cancelClusterUpgrade(request, options) {
    return cancelClusterUpgrade(this, request, options);
  }
  cancelComponentUpgrade(request, options) {
    return cancelComponentUpgrade(this, request, options);
  }
  cancelOperationPlan(request, options) {
    return cancelOperationPlan(this, request, options);
  }
  cancelTask(request, options) {
    return cancelTask(this, request, options);
  }
  cancelWorkflow(request, options) {
    return cancelWorkflow(this, request, options);
  }
  checkControlPlaneLogEnable(request, options) {
    return checkControlPlaneLogEnable(this, request, options);
  }
  checkServiceRole(request, options) {
    return checkServiceRole(this, request, options);
  }
  cleanClusterUserPermissions(request, options) {
    return cleanClusterUserPermissions(this, request, options);
  }
  cleanUserPermissions(request, options) {
    return cleanUserPermissions(this, request, options);
  }
  createAutoscalingConfig(request, options) {
    return createAutoscalingConfig(this, request, options);
  }
  createCluster(request, options) {
    return createCluster(this, request, options);
  }
  createClusterDiagnosis(request, options) {
    return createClusterDiagnosis(this, request, options);
  }
  createClusterInspectConfig(request, options) {
    return createClusterInspectConfig(this, request, options);
  }
  createClusterNodePool(request, options) {
    return createClusterNodePool(this, request, options);
  }
  createKubernetesTrigger(request, options) {
    return createKubernetesTrigger(this, request, options);
  }
  createTemplate(request, options) {
    return createTemplate(this, request, options);
  }
  createTrigger(request, options) {
    return createTrigger(this, request, options);
  }
  deleteAlertContact(request, options) {
    return deleteAlertContact(this, request, options);
  }
  deleteAlertContactGroup(request, options) {
    return deleteAlertContactGroup(this, request, options);
  }
  deleteCluster(request, options) {
    return deleteCluster(this, request, options);
  }
  deleteClusterInspectConfig(request, options) {
    return deleteClusterInspectConfig(this, request, options);
  }
  deleteClusterNodepool(request, options) {
    return deleteClusterNodepool(this, request, options);
  }
  deleteClusterNodes(request, options) {
    return deleteClusterNodes(this, request, options);
  }
  deleteKubernetesTrigger(request, options) {
    return deleteKubernetesTrigger(this, request, options);
  }
  deletePolicyInstance(request, options) {
    return deletePolicyInstance(this, request, options);
  }
  deleteTemplate(request, options) {
    return deleteTemplate(this, request, options);
  }
  deleteTrigger(request, options) {
    return deleteTrigger(this, request, options);
  }
  deployPolicyInstance(request, options) {
    return deployPolicyInstance(this, request, options);
  }
  descirbeWorkflow(request, options) {
    return descirbeWorkflow(this, request, options);
  }
  describeAddon(request, options) {
    return describeAddon(this, request, options);
  }
  describeAddons(request, options) {
    return describeAddons(this, request, options);
  }
  describeClusterAddonInstance(request, options) {
    return describeClusterAddonInstance(this, request, options);
  }
  describeClusterAddonMetadata(request, options) {
    return describeClusterAddonMetadata(this, request, options);
  }
  describeClusterAddonUpgradeStatus(request, options) {
    return describeClusterAddonUpgradeStatus(this, request, options);
  }
  describeClusterAddonsUpgradeStatus(request, options) {
    return describeClusterAddonsUpgradeStatus(this, request, options);
  }
  describeClusterAddonsVersion(request, options) {
    return describeClusterAddonsVersion(this, request, options);
  }
  describeClusterAttachScripts(request, options) {
    return describeClusterAttachScripts(this, request, options);
  }
  describeClusterDetail(request, options) {
    return describeClusterDetail(this, request, options);
  }
  describeClusterEvents(request, options) {
    return describeClusterEvents(this, request, options);
  }
  describeClusterLogs(request, options) {
    return describeClusterLogs(this, request, options);
  }
  describeClusterNodePoolDetail(request, options) {
    return describeClusterNodePoolDetail(this, request, options);
  }
  describeClusterNodePools(request, options) {
    return describeClusterNodePools(this, request, options);
  }
  describeClusterNodes(request, options) {
    return describeClusterNodes(this, request, options);
  }
  describeClusterResources(request, options) {
    return describeClusterResources(this, request, options);
  }
  describeClusterTasks(request, options) {
    return describeClusterTasks(this, request, options);
  }
  describeClusterUserKubeconfig(request, options) {
    return describeClusterUserKubeconfig(this, request, options);
  }
  describeClusterV2UserKubeconfig(request, options) {
    return describeClusterV2UserKubeconfig(this, request, options);
  }
  describeClusterVuls(request, options) {
    return describeClusterVuls(this, request, options);
  }
  describeClusters(request, options) {
    return describeClusters(this, request, options);
  }
  describeClustersForRegion(request, options) {
    return describeClustersForRegion(this, request, options);
  }
  describeClustersV1(request, options) {
    return describeClustersV1(this, request, options);
  }
  describeEvents(request, options) {
    return describeEvents(this, request, options);
  }
  describeEventsForRegion(request, options) {
    return describeEventsForRegion(this, request, options);
  }
  describeExternalAgent(request, options) {
    return describeExternalAgent(this, request, options);
  }
  describeKubernetesVersionMetadata(request, options) {
    return describeKubernetesVersionMetadata(this, request, options);
  }
  describeNodePoolVuls(request, options) {
    return describeNodePoolVuls(this, request, options);
  }
  describePolicies(request, options) {
    return describePolicies(this, request, options);
  }
  describePolicyDetails(request, options) {
    return describePolicyDetails(this, request, options);
  }
  describePolicyGovernanceInCluster(request, options) {
    return describePolicyGovernanceInCluster(this, request, options);
  }
  describePolicyInstances(request, options) {
    return describePolicyInstances(this, request, options);
  }
  describePolicyInstancesStatus(request, options) {
    return describePolicyInstancesStatus(this, request, options);
  }
  describeResourcesDeleteProtection(request, options) {
    return describeResourcesDeleteProtection(this, request, options);
  }
  describeSubaccountK8sClusterUserConfig(request, options) {
    return describeSubaccountK8sClusterUserConfig(this, request, options);
  }
  describeTaskInfo(request, options) {
    return describeTaskInfo(this, request, options);
  }
  describeTemplateAttribute(request, options) {
    return describeTemplateAttribute(this, request, options);
  }
  describeTemplates(request, options) {
    return describeTemplates(this, request, options);
  }
  describeTrigger(request, options) {
    return describeTrigger(this, request, options);
  }
  describeUserClusterNamespaces(request, options) {
    return describeUserClusterNamespaces(this, request, options);
  }
  describeUserPermission(request, options) {
    return describeUserPermission(this, request, options);
  }
  describeUserQuota(request, options) {
    return describeUserQuota(this, request, options);
  }
  describeWorkflows(request, options) {
    return describeWorkflows(this, request, options);
  }
  fixNodePoolVuls(request, options) {
    return fixNodePoolVuls(this, request, options);
  }
  getClusterAddonInstance(request, options) {
    return getClusterAddonInstance(this, request, options);
  }
  getClusterAuditProject(request, options) {
    return getClusterAuditProject(this, request, options);
  }
  getClusterCheck(request, options) {
    return getClusterCheck(this, request, options);
  }
  getClusterDiagnosisCheckItems(request, options) {
    return getClusterDiagnosisCheckItems(this, request, options);
  }
  getClusterDiagnosisResult(request, options) {
    return getClusterDiagnosisResult(this, request, options);
  }
  getClusterInspectConfig(request, options) {
    return getClusterInspectConfig(this, request, options);
  }
  getClusterInspectReportDetail(request, options) {
    return getClusterInspectReportDetail(this, request, options);
  }
  getKubernetesTrigger(request, options) {
    return getKubernetesTrigger(this, request, options);
  }
  getUpgradeStatus(request, options) {
    return getUpgradeStatus(this, request, options);
  }
  grantPermissions(request, options) {
    return grantPermissions(this, request, options);
  }
  installClusterAddons(request, options) {
    return installClusterAddons(this, request, options);
  }
  listAddons(request, options) {
    return listAddons(this, request, options);
  }
  listClusterAddonInstances(request, options) {
    return listClusterAddonInstances(this, request, options);
  }
  listClusterChecks(request, options) {
    return listClusterChecks(this, request, options);
  }
  listClusterInspectReports(request, options) {
    return listClusterInspectReports(this, request, options);
  }
  listClusterKubeconfigStates(request, options) {
    return listClusterKubeconfigStates(this, request, options);
  }
  listOperationPlans(request, options) {
    return listOperationPlans(this, request, options);
  }
  listOperationPlansForRegion(request, options) {
    return listOperationPlansForRegion(this, request, options);
  }
  listTagResources(request, options) {
    return listTagResources(this, request, options);
  }
  listUserKubeConfigStates(request, options) {
    return listUserKubeConfigStates(this, request, options);
  }
  migrateCluster(request, options) {
    return migrateCluster(this, request, options);
  }
  modifyCluster(request, options) {
    return modifyCluster(this, request, options);
  }
  modifyClusterAddon(request, options) {
    return modifyClusterAddon(this, request, options);
  }
  modifyClusterNodePool(request, options) {
    return modifyClusterNodePool(this, request, options);
  }
  modifyClusterTags(request, options) {
    return modifyClusterTags(this, request, options);
  }
  modifyNodePoolNodeConfig(request, options) {
    return modifyNodePoolNodeConfig(this, request, options);
  }
  modifyPolicyInstance(request, options) {
    return modifyPolicyInstance(this, request, options);
  }
  openAckService(request, options) {
    return openAckService(this, request, options);
  }
  pauseClusterUpgrade(request, options) {
    return pauseClusterUpgrade(this, request, options);
  }
  pauseComponentUpgrade(request, options) {
    return pauseComponentUpgrade(this, request, options);
  }
  pauseTask(request, options) {
    return pauseTask(this, request, options);
  }
  removeNodePoolNodes(request, options) {
    return removeNodePoolNodes(this, request, options);
  }
  removeWorkflow(request, options) {
    return removeWorkflow(this, request, options);
  }
  repairClusterNodePool(request, options) {
    return repairClusterNodePool(this, request, options);
  }
  resumeComponentUpgrade(request, options) {
    return resumeComponentUpgrade(this, request, options);
  }
  resumeTask(request, options) {
    return resumeTask(this, request, options);
  }
  resumeUpgradeCluster(request, options) {
    return resumeUpgradeCluster(this, request, options);
  }
  revokeK8sClusterKubeConfig(request, options) {
    return revokeK8sClusterKubeConfig(this, request, options);
  }
  runClusterCheck(request, options) {
    return runClusterCheck(this, request, options);
  }
  runClusterInspect(request, options) {
    return runClusterInspect(this, request, options);
  }
  scaleClusterNodePool(request, options) {
    return scaleClusterNodePool(this, request, options);
  }
  scanClusterVuls(request, options) {
    return scanClusterVuls(this, request, options);
  }
  startAlert(request, options) {
    return startAlert(this, request, options);
  }
  startWorkflow(request, options) {
    return startWorkflow(this, request, options);
  }
  stopAlert(request, options) {
    return stopAlert(this, request, options);
  }
  syncClusterNodePool(request, options) {
    return syncClusterNodePool(this, request, options);
  }
  tagResources(request, options) {
    return tagResources(this, request, options);
  }
  unInstallClusterAddons(request, options) {
    return unInstallClusterAddons(this, request, options);
  }
  untagResources(request, options) {
    return untagResources(this, request, options);
  }
  updateClusterAuditLogConfig(request, options) {
    return updateClusterAuditLogConfig(this, request, options);
  }
  updateClusterInspectConfig(request, options) {
    return updateClusterInspectConfig(this, request, options);
  }
  updateContactGroupForAlert(request, options) {
    return updateContactGroupForAlert(this, request, options);
  }
  updateControlPlaneLog(request, options) {
    return updateControlPlaneLog(this, request, options);
  }
  updateK8sClusterUserConfigExpire(request, options) {
    return updateK8sClusterUserConfigExpire(this, request, options);
  }
  updateResourcesDeleteProtection(request, options) {
    return updateResourcesDeleteProtection(this, request, options);
  }
  updateTemplate(request, options) {
    return updateTemplate(this, request, options);
  }
  updateUserPermissions(request, options) {
    return updateUserPermissions(this, request, options);
  }
  upgradeCluster(request, options) {
    return upgradeCluster(this, request, options);
  }
  upgradeClusterAddons(request, options) {
    return upgradeClusterAddons(this, request, options);
  }
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
var WaiterError = class extends SdkError {
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
    throw new SdkError("InvalidWaiterOptions", `minDelaySeconds (${minDelay}) exceeds maxDelaySeconds (${maxDelay})`);
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
      const code = error instanceof SdkError ? error.code : void 0;
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
    throw new SdkError("InvalidWaiterOptions", `${name} must be a positive number of seconds`);
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
  const code = error instanceof ServiceError ? error.code : void 0;
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
  for (const token of parsePointer(pointer)) {
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
  sleep: (ms, signal) => sleep(Math.min(ms, 2 ** 31 - 1), signal).catch(() => {
    throw new AbortError();
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
async function* paginate(send, request, options, config) {
  const { pageSize, ...callOptions } = options;
  if (pageSize !== void 0 && (!Number.isSafeInteger(pageSize) || pageSize < 1)) {
    throw new SdkError("InvalidPaginatorOptions", "pageSize must be a positive integer");
  }
  if (config.style === "token") {
    yield* byToken(send, request, callOptions, config, pageSize);
  } else {
    yield* byPageNumber(send, request, callOptions, config, pageSize);
  }
}
async function* byPageNumber(send, request, callOptions, config, pageSize) {
  const fields = request;
  const firstPage = positiveInteger(fields[config.pageNumber]) ?? 1;
  const size = pageSize ?? positiveInteger(fields[config.pageSize]);
  const encode = (n) => config.numbersAsText ? String(n) : n;
  const before = firstPage === 1 ? 0 : size === void 0 ? void 0 : (firstPage - 1) * size;
  let page = firstPage;
  let seen = 0;
  let previous;
  for (; ; ) {
    const pageRequest = {
      ...fields,
      [config.pageNumber]: encode(page),
      ...size === void 0 ? {} : { [config.pageSize]: encode(size) }
    };
    const response = await send(pageRequest, callOptions);
    const items = itemsAt(response, config.items);
    const fingerprint = JSON.stringify(items);
    if (items.length > 0 && fingerprint === previous) {
      throw new SdkError(
        "PaginationLoop",
        `${config.action}: page ${page} repeats page ${page - 1}; stopping instead of looping forever`
      );
    }
    previous = fingerprint;
    yield response;
    seen += items.length;
    if (items.length === 0 || size !== void 0 && items.length < size) return;
    const total = valueAt(response, config.totalCount);
    if (typeof total === "number" && before !== void 0 && before + seen >= total) return;
    page++;
  }
}
async function* byToken(send, request, callOptions, config, pageSize) {
  const fields = request;
  if (pageSize !== void 0 && config.pageSize === void 0) {
    throw new SdkError("InvalidPaginatorOptions", `${config.action} has no page size field`);
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
    const response = await send(pageRequest, callOptions);
    yield response;
    const next = valueAt(response, config.nextToken);
    if (typeof next !== "string" || next === "") return;
    if (followed.has(next))
      throw new SdkError(
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
  for (const token of parsePointer(pointer)) {
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
var DESCRIBE_CLUSTERS_FOR_REGION_PAGES = {
  style: "pageNumber",
  action: "DescribeClustersForRegion",
  pageNumber: "page_number",
  pageSize: "page_size",
  items: "/clusters",
  totalCount: "/page_info/total_count"
};
function paginateDescribeClustersForRegion(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => describeClustersForRegion(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_CLUSTERS_FOR_REGION_PAGES
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
var DESCRIBE_EVENTS_FOR_REGION_PAGES = {
  style: "pageNumber",
  action: "DescribeEventsForRegion",
  pageNumber: "page_number",
  pageSize: "page_size",
  items: "/events",
  totalCount: "/page_info/total_count"
};
function paginateDescribeEventsForRegion(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => describeEventsForRegion(client, pageRequest, callOptions),
    request,
    options,
    DESCRIBE_EVENTS_FOR_REGION_PAGES
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
var GET_CLUSTER_INSPECT_REPORT_DETAIL_PAGES = {
  style: "token",
  action: "GetClusterInspectReportDetail",
  token: "nextToken",
  pageSize: "maxResults",
  nextToken: "/nextToken",
  items: "/checkItemResults"
};
function paginateGetClusterInspectReportDetail(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => getClusterInspectReportDetail(client, pageRequest, callOptions),
    request,
    options,
    GET_CLUSTER_INSPECT_REPORT_DETAIL_PAGES
  );
}
var LIST_CLUSTER_INSPECT_REPORTS_PAGES = {
  style: "token",
  action: "ListClusterInspectReports",
  token: "nextToken",
  pageSize: "maxResults",
  nextToken: "/nextToken",
  items: "/reports"
};
function paginateListClusterInspectReports(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => listClusterInspectReports(client, pageRequest, callOptions),
    request,
    options,
    LIST_CLUSTER_INSPECT_REPORTS_PAGES
  );
}
var LIST_CLUSTER_KUBECONFIG_STATES_PAGES = {
  style: "pageNumber",
  action: "ListClusterKubeconfigStates",
  pageNumber: "pageNumber",
  pageSize: "pageSize",
  items: "/states",
  totalCount: "/page/total_count"
};
function paginateListClusterKubeconfigStates(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => listClusterKubeconfigStates(client, pageRequest, callOptions),
    request,
    options,
    LIST_CLUSTER_KUBECONFIG_STATES_PAGES
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
var LIST_USER_KUBE_CONFIG_STATES_PAGES = {
  style: "pageNumber",
  action: "ListUserKubeConfigStates",
  pageNumber: "page_number",
  pageSize: "page_size",
  items: "/states",
  totalCount: "/page/total_count"
};
function paginateListUserKubeConfigStates(client, request, options = {}) {
  return paginate(
    (pageRequest, callOptions) => listUserKubeConfigStates(client, pageRequest, callOptions),
    request,
    options,
    LIST_USER_KUBE_CONFIG_STATES_PAGES
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
  ConfigurationError,
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
  DEFAULT_MAX_RESPONSE_BYTES,
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
  DescribeClusterNodePoolDetailResponseNodePoolInfoTypeValues,
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
  DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingEipInternetChargeTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemAutoScalingTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemInterconnectModeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemKubernetesConfigCpuPolicyValues,
  DescribeClusterNodePoolsResponseNodePoolsItemNodePoolInfoTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInstanceChargeTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupInternetChargeTypeValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupMultiAzPolicyValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPeriodUnitValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupPrivatePoolOptionsMatchCriteriaValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupScalingPolicyValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSpotStrategyValues,
  DescribeClusterNodePoolsResponseNodePoolsItemScalingGroupSystemDiskCategoryValues,
  DescribeClusterNodePoolsResponseNodePoolsItemStatusStateValues,
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
  RedirectError,
  RemoveNodePoolNodesOperation,
  RemoveWorkflowOperation,
  RepairClusterNodePoolOperation,
  ResponseParseError,
  ResponseTooLargeError,
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
  allFeatures,
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
  debugEvents,
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
  hookSupport,
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
  paginateDescribeClustersForRegion,
  paginateDescribeClustersV1,
  paginateDescribeEvents,
  paginateDescribeEventsForRegion,
  paginateDescribeTemplates,
  paginateGetClusterInspectReportDetail,
  paginateListClusterInspectReports,
  paginateListClusterKubeconfigStates,
  paginateListTagResources,
  paginateListUserKubeConfigStates,
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
