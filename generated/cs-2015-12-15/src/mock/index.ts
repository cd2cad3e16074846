// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import {
  AttachInstancesOperation,
  AttachInstancesToNodePoolOperation,
  CancelClusterUpgradeOperation,
  CancelComponentUpgradeOperation,
  CancelOperationPlanOperation,
  CancelTaskOperation,
  CancelWorkflowOperation,
  CheckControlPlaneLogEnableOperation,
  CheckServiceRoleOperation,
  CleanClusterUserPermissionsOperation,
  CleanUserPermissionsOperation,
  CreateAutoscalingConfigOperation,
  CreateClusterOperation,
  CreateClusterDiagnosisOperation,
  CreateClusterInspectConfigOperation,
  CreateClusterNodePoolOperation,
  CreateKubernetesTriggerOperation,
  CreateTemplateOperation,
  CreateTriggerOperation,
  DeleteAlertContactOperation,
  DeleteAlertContactGroupOperation,
  DeleteClusterOperation,
  DeleteClusterInspectConfigOperation,
  DeleteClusterNodepoolOperation,
  DeleteClusterNodesOperation,
  DeleteKubernetesTriggerOperation,
  DeletePolicyInstanceOperation,
  DeleteTemplateOperation,
  DeleteTriggerOperation,
  DeployPolicyInstanceOperation,
  DescirbeWorkflowOperation,
  DescribeAddonOperation,
  DescribeAddonsOperation,
  DescribeClusterAddonInstanceOperation,
  DescribeClusterAddonMetadataOperation,
  DescribeClusterAddonUpgradeStatusOperation,
  DescribeClusterAddonsUpgradeStatusOperation,
  DescribeClusterAddonsVersionOperation,
  DescribeClusterAttachScriptsOperation,
  DescribeClusterDetailOperation,
  DescribeClusterEventsOperation,
  DescribeClusterLogsOperation,
  DescribeClusterNodePoolDetailOperation,
  DescribeClusterNodePoolsOperation,
  DescribeClusterNodesOperation,
  DescribeClusterResourcesOperation,
  DescribeClusterTasksOperation,
  DescribeClusterUserKubeconfigOperation,
  DescribeClusterV2UserKubeconfigOperation,
  DescribeClusterVulsOperation,
  DescribeClustersOperation,
  DescribeClustersForRegionOperation,
  DescribeClustersV1Operation,
  DescribeEventsOperation,
  DescribeEventsForRegionOperation,
  DescribeExternalAgentOperation,
  DescribeKubernetesVersionMetadataOperation,
  DescribeNodePoolVulsOperation,
  DescribePoliciesOperation,
  DescribePolicyDetailsOperation,
  DescribePolicyGovernanceInClusterOperation,
  DescribePolicyInstancesOperation,
  DescribePolicyInstancesStatusOperation,
  DescribeResourcesDeleteProtectionOperation,
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
  GetClusterDiagnosisResultOperation,
  GetClusterInspectConfigOperation,
  GetClusterInspectReportDetailOperation,
  GetKubernetesTriggerOperation,
  GetUpgradeStatusOperation,
  GrantPermissionsOperation,
  InstallClusterAddonsOperation,
  ListAddonsOperation,
  ListClusterAddonInstancesOperation,
  ListClusterChecksOperation,
  ListClusterInspectReportsOperation,
  ListClusterKubeconfigStatesOperation,
  ListOperationPlansOperation,
  ListOperationPlansForRegionOperation,
  ListTagResourcesOperation,
  ListUserKubeConfigStatesOperation,
  MigrateClusterOperation,
  ModifyClusterOperation,
  ModifyClusterAddonOperation,
  ModifyClusterNodePoolOperation,
  ModifyClusterTagsOperation,
  ModifyNodePoolNodeConfigOperation,
  ModifyPolicyInstanceOperation,
  OpenAckServiceOperation,
  PauseClusterUpgradeOperation,
  PauseComponentUpgradeOperation,
  PauseTaskOperation,
  RemoveNodePoolNodesOperation,
  RemoveWorkflowOperation,
  RepairClusterNodePoolOperation,
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
  UnInstallClusterAddonsOperation,
  UntagResourcesOperation,
  UpdateClusterAuditLogConfigOperation,
  UpdateClusterInspectConfigOperation,
  UpdateContactGroupForAlertOperation,
  UpdateControlPlaneLogOperation,
  UpdateK8sClusterUserConfigExpireOperation,
  UpdateResourcesDeleteProtectionOperation,
  UpdateTemplateOperation,
  UpdateUserPermissionsOperation,
  UpgradeClusterOperation,
  UpgradeClusterAddonsOperation,
  UpgradeClusterNodepoolOperation,
} from '../client.js';
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
} from '../validators.js';
import { startApiMock, type ApiRoute, type MockServer, type MockServerOptions } from './api-mock.js';
export type { MockCredentials, MockFault, MockServer, MockServerOptions, MockStats } from './api-mock.js';

/** One route per operation of CS 2015-12-15, from the model the client is generated from. */
export const MOCK_ROUTES: readonly ApiRoute[] = [
  {
    operation: AttachInstancesOperation,
    validate: validateAttachInstancesRequest,
    sample:
      '{"list":[{"code":"200","instanceId":"i-2ze0lgm3y6iylcbt****","message":"successful"}],"task_id":"T-5a544aff80282e39ea000039"}',
  },
  {
    operation: AttachInstancesToNodePoolOperation,
    validate: validateAttachInstancesToNodePoolRequest,
    sample: '{"request_id":"D7631D83-6E98-1949-B665-766A62xxxxxx","task_id":"T-5a54309c80282e39ea00002f"}',
  },
  { operation: CancelClusterUpgradeOperation, validate: validateCancelClusterUpgradeRequest, sample: '{}' },
  { operation: CancelComponentUpgradeOperation, validate: validateCancelComponentUpgradeRequest, sample: '{}' },
  {
    operation: CancelOperationPlanOperation,
    validate: validateCancelOperationPlanRequest,
    sample: '{"requestId":"873DC52C-28AA-5A5C-938C-684D3D4B****"}',
  },
  { operation: CancelTaskOperation, validate: validateCancelTaskRequest, sample: '{"requestId":"string"}' },
  { operation: CancelWorkflowOperation, validate: validateCancelWorkflowRequest, sample: '{}' },
  {
    operation: CheckControlPlaneLogEnableOperation,
    validate: validateCheckControlPlaneLogEnableRequest,
    sample:
      '{"log_project":"k8s-log-c5b5e80b0b64a4bf6939d2d8fbbc5****","log_ttl":"30","aliuid":"162981*****","components":["string"]}',
  },
  {
    operation: CheckServiceRoleOperation,
    validate: validateCheckServiceRoleRequest,
    sample:
      '{"roles":[{"name":"AliyunCSManagedAutoScalerRole","granted":true,"message":"The role does not exist: AliyunCSManagedAutoScalerRole"}]}',
  },
  {
    operation: CleanClusterUserPermissionsOperation,
    validate: validateCleanClusterUserPermissionsRequest,
    types: [['Force', 'boolean']],
    sample: '{}',
  },
  {
    operation: CleanUserPermissionsOperation,
    validate: validateCleanUserPermissionsRequest,
    types: [
      ['Force', 'boolean'],
      ['ClusterIds', 'string[]'],
    ],
    sample: '{"request_id":"string","task_id":"string"}',
  },
  {
    operation: CreateAutoscalingConfigOperation,
    validate: validateCreateAutoscalingConfigRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}',
  },
  {
    operation: CreateClusterOperation,
    validate: validateCreateClusterRequest,
    sample:
      '{"cluster_id":"cb95aa626a47740afbf6aa099b650****","request_id":"687C5BAA-D103-4993-884B-C35E4314A1E1","task_id":"T-5a54309c80282e39ea****"}',
  },
  {
    operation: CreateClusterDiagnosisOperation,
    validate: validateCreateClusterDiagnosisRequest,
    sample:
      '{"cluster_id":"c5cdf7e3938bc4f8eb0e44b21a80f****","diagnosis_id":"6f719f23098240818eb26fe3a37d****","request_id":"687C5BAA-D103-4993-884B-C35E4314****"}',
  },
  {
    operation: CreateClusterInspectConfigOperation,
    validate: validateCreateClusterInspectConfigRequest,
    sample: '{"requestId":"string"}',
  },
  {
    operation: CreateClusterNodePoolOperation,
    validate: validateCreateClusterNodePoolRequest,
    sample: '{"nodepool_id":"np31da1b38983f4511b490fc62108a****"}',
  },
  {
    operation: CreateKubernetesTriggerOperation,
    validate: validateCreateKubernetesTriggerRequest,
    sample:
      '{"id":"111","cluster_id":"c5cdf7e3938bc4f8eb0e44b21a80f****","project_id":"default/test-app","type":"deployment","action":"redeploy"}',
  },
  {
    operation: CreateTemplateOperation,
    validate: validateCreateTemplateRequest,
    sample: '{"template_id":"ba1fe77b-b01e-4640-b77e-8f1b80e3e3cf"}',
  },
  {
    operation: CreateTriggerOperation,
    validate: validateCreateTriggerRequest,
    sample:
      '{"id":"102536","cluster_id":"c93095129fc41463aa455d89444fd****","project_id":"default/test-app","type":"deployment","action":"redeploy"}',
  },
  {
    operation: DeleteAlertContactOperation,
    validate: validateDeleteAlertContactRequest,
    types: [['contact_ids', 'integer[]']],
    sample: '[{"status":false,"msg":"string","contact_id":"string"}]',
  },
  {
    operation: DeleteAlertContactGroupOperation,
    validate: validateDeleteAlertContactGroupRequest,
    types: [['contact_group_ids', 'integer[]']],
    sample: '[{"status":false,"msg":"string","contact_group_id":"string"}]',
  },
  {
    operation: DeleteClusterOperation,
    validate: validateDeleteClusterRequest,
    types: [
      ['retain_all_resources', 'boolean'],
      ['keep_slb', 'boolean'],
      ['retain_resources', 'string[]'],
      ['delete_options', 'string[]'],
    ],
    sample:
      '{"cluster_id":"cb95aa626a47740afbf6aa099b650****","request_id":"687C5BAA-D103-4993-884B-C35E4314****","task_id":"T-5a54309c80282e39ea****"}',
  },
  {
    operation: DeleteClusterInspectConfigOperation,
    validate: validateDeleteClusterInspectConfigRequest,
    sample: '{"requestId":"string"}',
  },
  {
    operation: DeleteClusterNodepoolOperation,
    validate: validateDeleteClusterNodepoolRequest,
    types: [['force', 'boolean']],
    sample: '{"request_id":"7263C978-3DBD-4E06-B319-793B38A2F388","task_id":"T-655ace947e0e6603af00****"}',
  },
  {
    operation: DeleteClusterNodesOperation,
    validate: validateDeleteClusterNodesRequest,
    sample:
      '{"cluster_id":"c104d5d5f301c4e2a8ee578c37bc****","request_id":"A9891419-D125-4D89-AFCA-68846675E2F7","task_id":"T-60fea8ad2e277f0879000ae9"}',
  },
  { operation: DeleteKubernetesTriggerOperation, validate: validateDeleteKubernetesTriggerRequest, sample: '{}' },
  {
    operation: DeletePolicyInstanceOperation,
    validate: validateDeletePolicyInstanceRequest,
    sample: '{"instances":["string"]}',
  },
  { operation: DeleteTemplateOperation, validate: validateDeleteTemplateRequest, sample: '{}' },
  { operation: DeleteTriggerOperation, validate: validateDeleteTriggerRequest, sample: '{}' },
  {
    operation: DeployPolicyInstanceOperation,
    validate: validateDeployPolicyInstanceRequest,
    sample: '{"instances":["string"]}',
  },
  {
    operation: DescirbeWorkflowOperation,
    validate: validateDescirbeWorkflowRequest,
    sample:
      '{"create_time":"2020-01-15 16:30:25 +0800 CST","duration":"1h15m33.529968361s","finish_time":"0001-01-01 00:00:00 +0000 UTC","input_data_size":"0","job_name":"wgs-gpu-97xfn","job_namespace":"1171330362041663","output_data_size":"0","status":"Running","total_bases":"0","total_reads":"0","user_input_data":"{\\\\\\"wgs_oss_region\\\\\\":\\\\\\"cn-shenzhen\\\\\\",\\\\\\"wgs_fastq_first_name\\\\\\":\\\\\\"fastq/huada/MGISEQ-200019SZ0002402\\\\\\",\\\\\\"wgs_fastq_second_name\\\\\\":\\\\\\"fastq/huada/MGISEQ-200019SZ0002402\\\\\\",\\\\\\"wgs_bucket_name\\\\\\":\\\\\\"gene-shenzhen\\\\\\",\\\\\\"wgs_vcf_file_name\\\\\\":\\\\\\"output/vcf/huada.vcf\\\\\\",\\\\\\"wgs_bam_file_name\\\\\\":\\\\\\"output/bam/huada.bam\\\\\\",\\\\\\"wgs_reference_file\\\\\\":\\\\\\"hg19\\\\\\",\\\\\\"wgs_service\\\\\\":\\\\\\"g\\\\\\"}"}',
  },
  {
    operation: DescribeAddonOperation,
    validate: validateDescribeAddonRequest,
    sample:
      '{"name":"coredns","version":"v1.9.3.6-32932850-aliyun","category":"network","managed":false,"install_by_default":true,"config_schema":"{}","supported_actions":["string"],"architecture":["string"],"newer_versions":[{"version":"v1.9.3.10-7dfca203-aliyun","upgradable":true,"minimum_cluster_version":"1.20.4"}]}',
  },
  {
    operation: DescribeAddonsOperation,
    validate: validateDescribeAddonsRequest,
    sample: '{"ComponentGroups":[{"group_name":"storage","items":[{"name":"flexvolume"}]}],"StandardComponents":{}}',
  },
  {
    operation: DescribeClusterAddonInstanceOperation,
    validate: validateDescribeClusterAddonInstanceRequest,
    sample: '{"name":"terway-eniip","version":"v1.4.3","state":"initial","config":"{\\"NetworkPolicy\\":\\"true\\"}"}',
  },
  {
    operation: DescribeClusterAddonMetadataOperation,
    validate: validateDescribeClusterAddonMetadataRequest,
    sample:
      '{"name":"coredns","version":"1.8.4.1","config_schema":"{\\\\n  \\\\\\"$schema\\\\\\": \\\\\\"https://json-schema.org/draft-07/schema#\\\\\\",\\\\n  \\\\\\"properties\\\\\\": {\\\\n    \\\\\\"controller\\\\\\": {\\\\n      \\\\\\"description\\\\\\": \\\\\\"\\\\\\",\\\\n      \\\\\\"properties\\\\\\": {\\\\n        \\\\\\"resources\\\\\\": {\\\\n          \\\\\\"properties\\\\\\": {\\\\n            \\\\\\"armsPrometheusOperator\\\\\\": {\\\\n              \\\\\\"properties\\\\\\": {\\\\n                \\\\\\"resources\\\\\\": {\\\\n                  \\\\\\"properties\\\\\\": {\\\\n                    \\\\\\"limits\\\\\\": {\\\\n                      \\\\\\"properties\\\\\\": {\\\\n                        \\\\\\"memory\\\\\\": {\\\\n                          \\\\\\"description\\\\\\": \\\\\\"memory limit of arms prometheus operator\\\\\\",\\\\n                          \\\\\\"type\\\\\\": \\\\\\"string\\\\\\",\\\\n                          \\\\\\"pattern\\\\\\": \\\\\\"^[1-9][0-9]*(\\\\\\\\\\\\\\\\.\\\\\\\\\\\\\\\\d+)?(K|Ki|M|Mi|G|Gi|T|Ti)?$\\\\\\",\\\\n                          \\\\\\"default\\\\\\": \\\\\\"500m\\\\\\",\\\\n                          \\\\\\"x-ui-description\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-prompt-message\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-validation-message\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-additional-tips\\\\\\": \\\\\\"<mds-key>\\\\\\"\\\\n                        },\\\\n                        \\\\\\"cpu\\\\\\": {\\\\n                          \\\\\\"description\\\\\\": \\\\\\"cpu limit of arms prometheus operator\\\\\\",\\\\n                          \\\\\\"type\\\\\\": \\\\\\"string\\\\\\",\\\\n                          \\\\\\"pattern\\\\\\": \\\\\\"^[1-9][0-9]*(m|\\\\\\\\\\\\\\\\.\\\\\\\\\\\\\\\\d+)?$\\\\\\",\\\\n                          \\\\\\"default\\\\\\": \\\\\\"1.0\\\\\\",\\\\n                          \\\\\\"x-ui-description\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-validation-message\\\\\\": \\\\\\"<mds-key>\\\\\\"\\\\n                        }\\\\n                      },\\\\n                      \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n                      \\\\\\"additionalProperties\\\\\\": false\\\\n                    },\\\\n                    \\\\\\"requests\\\\\\": {\\\\n                      \\\\\\"properties\\\\\\": {\\\\n                        \\\\\\"memory\\\\\\": {\\\\n                          \\\\\\"description\\\\\\": \\\\\\"memory request of arms prometheus operator\\\\\\",\\\\n                          \\\\\\"type\\\\\\": \\\\\\"string\\\\\\",\\\\n                          \\\\\\"pattern\\\\\\": \\\\\\"^[1-9][0-9]*(\\\\\\\\\\\\\\\\.\\\\\\\\\\\\\\\\d+)?(K|Ki|M|Mi|G|Gi|T|Ti)?$\\\\\\",\\\\n                          \\\\\\"default\\\\\\": \\\\\\"500m\\\\\\",\\\\n                          \\\\\\"x-ui-description\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-validation-message\\\\\\": \\\\\\"<mds-key>\\\\\\"\\\\n                        },\\\\n                        \\\\\\"cpu\\\\\\": {\\\\n                          \\\\\\"description\\\\\\": \\\\\\"cpu request of arms prometheus operator\\\\\\",\\\\n                          \\\\\\"type\\\\\\": \\\\\\"string\\\\\\",\\\\n                          \\\\\\"pattern\\\\\\": \\\\\\"^[1-9][0-9]*(m|\\\\\\\\\\\\\\\\.\\\\\\\\\\\\\\\\d+)?$\\\\\\",\\\\n                          \\\\\\"default\\\\\\": \\\\\\"1.0\\\\\\",\\\\n                          \\\\\\"x-ui-description\\\\\\": \\\\\\"<mds-key>\\\\\\",\\\\n                          \\\\\\"x-ui-validation-message\\\\\\": \\\\\\"<mds-key>\\\\\\"\\\\n                        }\\\\n                      },\\\\n                      \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n                      \\\\\\"additionalProperties\\\\\\": false\\\\n                    }\\\\n                  },\\\\n                  \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n                  \\\\\\"additionalProperties\\\\\\": false\\\\n                }\\\\n              },\\\\n              \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n              \\\\\\"additionalProperties\\\\\\": false\\\\n            }\\\\n          },\\\\n          \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n          \\\\\\"additionalProperties\\\\\\": false\\\\n        }\\\\n      },\\\\n      \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n      \\\\\\"additionalProperties\\\\\\": false\\\\n    }\\\\n  },\\\\n  \\\\\\"title\\\\\\": \\\\\\"Values\\\\\\",\\\\n  \\\\\\"type\\\\\\": \\\\\\"object\\\\\\",\\\\n  \\\\\\"additionalProperties\\\\\\": false\\\\n}"}',
  },
  {
    operation: DescribeClusterAddonUpgradeStatusOperation,
    validate: validateDescribeClusterAddonUpgradeStatusRequest,
    sample: '{}',
  },
  {
    operation: DescribeClusterAddonsUpgradeStatusOperation,
    validate: validateDescribeClusterAddonsUpgradeStatusRequest,
    types: [['componentIds', 'string[]']],
    sample: '{}',
  },
  {
    operation: DescribeClusterAddonsVersionOperation,
    validate: validateDescribeClusterAddonsVersionRequest,
    sample: '{}',
  },
  {
    operation: DescribeClusterAttachScriptsOperation,
    validate: validateDescribeClusterAttachScriptsRequest,
    sample:
      '"\\"curl http://aliacs-k8s-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/public/pkg/run/attach/1.12.6-aliyunedge.1/edgeadm -O edgeadm; chmod u+x edgeadm; ./edgeadm join --openapi-token=XXX --node-spec=\\"{\\\\\\"flannelIface\\\\\\":\\\\\\"eth0\\\\\\",\\\\\\"enableIptables\\\\\\":true,\\\\\\"assumeYes\\\\\\":true,\\\\\\"manageRuntime\\\\\\":true,\\\\\\"nodeNameStrategy\\\\\\":\\\\\\"hostname\\\\\\",\\\\\\"enabledAddons\\\\\\":[\\\\\\"kube-proxy\\\\\\",\\\\\\"flannel\\\\\\",\\\\\\"coredns\\\\\\"]}\\"\\""',
  },
  {
    operation: DescribeClusterDetailOperation,
    validate: validateDescribeClusterDetailRequest,
    sample:
      '{"cluster_id":"c82e6987e2961451182edacd74faf****","cluster_type":"Kubernetes","created":"2019-11-25T15:50:20+08:00","init_version":"1.16.6-aliyun.1","current_version":"1.16.6-aliyun.1","next_version":"1.18.8-aliyun.1","deletion_protection":true,"docker_version":"19.03.5","external_loadbalancer_id":"lb-2zehc05z3b8dwiifh****","meta_data":"\\\\\\"Addons\\\\\\":***","name":"cluster-demo","network_mode":"vpc","region_id":"cn-beijing","resource_group_id":"rg-acfmyvw3wjm****","security_group_id":"sg-25yq****","size":5,"state":"running","tags":[{"key":"env","value":"prod"}],"updated":"2020-01-13T23:01:03+08:00","vpc_id":"vpc-2zecuu62b9zw7a7qn****","vswitch_id":"vsw-2zete8s4qocqg0mf6****,vsw-2zete8s4qocqg0mf6****","subnet_cidr":"172.20.0.0/16","zone_id":"cn-beijing-a","master_url":"{\\\\\\"intranet_api_server_endpoint\\\\\\":\\\\\\"https://192.168.0.251:6443\\\\\\"***}","private_zone":false,"profile":"Default","cluster_spec":"ack.pro.small","worker_ram_role_name":"KubernetesWorkerRole-ec87d15b-edca-4302-933f-c8a16bf0****","maintenance_window":{"enable":false,"maintenance_time":"string","duration":"string","weekly_period":"string","recurrence":"string"},"parameters":{}}',
  },
  {
    operation: DescribeClusterEventsOperation,
    validate: validateDescribeClusterEventsRequest,
    types: [
      ['page_size', 'integer'],
      ['page_number', 'integer'],
    ],
    sample:
      '{"events":[{"event_id":"e-9ad04f72-8ee7-46bf-a02c-e4a06b39****","type":"nodepool_update","source":"cluster","subject":"npdd89dc2b76c04f14b06774883b******","time":"2020-12-01T17:31:00Z","cluster_id":"c82e6987e2961451182edacd74faf****","data":{"level":"warning","reason":"Started","message":"Start to upgrade NodePool nodePool/npdd89dc2b76c04f14b06774883b******"}}],"page_info":{"page_size":50,"page_number":1,"total_count":1}}',
  },
  {
    operation: DescribeClusterLogsOperation,
    validate: validateDescribeClusterLogsRequest,
    sample:
      '[{"ID":590749245,"cluster_id":"c23421cfa74454bc8b37163fd19af***","cluster_log":"start to update cluster status to CREATE_COMPLETE","created":"2020-09-11T10:11:51+08:00","updated":"2020-09-11T10:11:51+08:00"}]',
  },
  {
    operation: DescribeClusterNodePoolDetailOperation,
    validate: validateDescribeClusterNodePoolDetailRequest,
    sample:
      '{"nodepool_info":{"nodepool_id":"np31da1b38983f4511b490fc62108a****","name":"gpu-pool","type":"ess","is_default":false,"resource_group_id":"rg-acfmyvw3wjmb****","region_id":"cn-beijing","created":"2024-03-02T08:14:09.156823496+08:00","updated":"2024-03-05T11:37:46+08:00"},"status":{"state":"active","healthy_nodes":3,"initial_nodes":0,"failed_nodes":0,"offline_nodes":0,"removing_nodes":0,"serving_nodes":3,"total_nodes":3},"auto_scaling":{"enable":true,"type":"gpu","max_instances":10,"min_instances":1,"is_bond_eip":false},"management":{"enable":true,"auto_repair":true,"auto_repair_policy":{"restart_node":true},"auto_vul_fix":true,"auto_vul_fix_policy":{"restart_node":false,"vul_level":"asap,nntf"},"auto_upgrade":true,"auto_upgrade_policy":{"auto_upgrade_kubelet":true},"upgrade_config":{"auto_upgrade":true,"surge":1,"surge_percentage":0,"max_unavailable":1}},"scaling_group":{"scaling_group_id":"asg-2zeieod8giqmov7z****","vswitch_ids":["vsw-2ze3ds0mdip0hdz8i****","vsw-2zewq5bv1nfnfb8f****"],"instance_types":["ecs.gn7i-c8g1.2xlarge"],"instance_charge_type":"PostPaid","spot_strategy":"NoSpot","image_type":"AliyunLinux3","image_id":"aliyun_3_x64_20G_alibase_20240819.vhd","system_disk_category":"cloud_essd","system_disk_categories":["cloud_essd","cloud_ssd"],"system_disk_size":120,"system_disk_performance_level":"PL1","system_disk_encrypted":false,"data_disks":[{"category":"cloud_essd","size":200,"encrypted":"false","performance_level":"PL1","auto_format":true,"file_system":"ext4","mount_target":"/mnt/data1","device":"/dev/xvdb"}],"security_group_ids":["sg-2ze60ockeekspl3d****"],"key_pair":"pro-nodepool","login_as_non_root":false,"security_hardening_os":false,"internet_charge_type":"PayByTraffic","internet_max_bandwidth_out":10,"tags":[{"key":"team","value":"ml"}],"desired_size":3,"multi_az_policy":"BALANCE","scaling_policy":"release","on_demand_base_capacity":0,"on_demand_percentage_above_base_capacity":100,"compensate_with_on_demand":false,"rds_instances":[],"private_pool_options":{"match_criteria":"None"},"security_group_id":"sg-2ze60ockeekspl3d****","ram_policy":"KubernetesWorkerRole-021dc54f-929b-437a-8ae0-34c24d3e****"},"node_config":{"kubelet_configuration":{"maxPods":110,"cpuManagerPolicy":"none","evictionHard":{"memory.available":"100Mi"},"allowedUnsafeSysctls":["net.core.somaxconn"]}},"kubernetes_config":{"labels":[{"key":"accelerator","value":"nvidia"}],"taints":[{"key":"nvidia.com/gpu","value":"true","effect":"NoSchedule"}],"runtime":"containerd","runtime_version":"1.6.28","cpu_policy":"none","cms_enabled":true,"unschedulable":false},"tee_config":{"tee_enable":false},"max_nodes":0}',
  },
  {
    operation: DescribeClusterNodePoolsOperation,
    validate: validateDescribeClusterNodePoolsRequest,
    sample:
      '{"nodepools":[{"nodepool_info":{"nodepool_id":"np615c0e0966124216a0412e10afe0****","name":"nodepool-test","type":"ess","is_default":false,"resource_group_id":"rg-acfmyvw3wjmb****","region_id":"cn-beijing","created":"2024-05-10T10:21:09.156823496+08:00","updated":"2024-05-10T10:37:46+08:00"},"status":{"state":"active","healthy_nodes":2,"initial_nodes":0,"failed_nodes":0,"offline_nodes":0,"removing_nodes":0,"serving_nodes":2,"total_nodes":2},"auto_scaling":{"enable":false,"max_instances":0,"min_instances":0},"management":{"enable":false},"scaling_group":{"scaling_group_id":"asg-2zeieod8giqmov7z****","vswitch_ids":["vsw-2ze3ds0mdip0hdz8i****"],"instance_types":["ecs.g7.xlarge"],"instance_charge_type":"PostPaid","image_type":"AliyunLinux3","system_disk_category":"cloud_essd","system_disk_size":120,"data_disks":[{"category":"cloud_essd","size":100,"encrypted":"false"}],"security_group_ids":["sg-2ze60ockeekspl3d****"],"login_password":"********","tags":[{"key":"env","value":"test"}],"desired_size":2,"multi_az_policy":"BALANCE","scaling_policy":"release"},"kubernetes_config":{"labels":[{"key":"workload","value":"web"}],"taints":[],"runtime":"containerd","runtime_version":"1.6.28","cpu_policy":"none","cms_enabled":true,"unschedulable":false},"tee_config":{"tee_enable":false},"max_nodes":0}]}',
  },
  {
    operation: DescribeClusterNodesOperation,
    validate: validateDescribeClusterNodesRequest,
    sample:
      '{"nodes":[{"creation_time":"2020-08-25T11:25:35+08:00","error_message":"error***","expired_time":"2099-12-31T23:59:00+08:00","host_name":"iZ2vcckdmxp7u0urj2k****","image_id":"aliyun_2_1903_x64_20G_alibase_20200529.vhd","instance_charge_type":"PostPaid","instance_id":"i-2vcckdmxp7u0urj2****","instance_name":"worker-k8s-for-cs-c5cdf7e3938bc4f8eb0e44b21a80f****","instance_role":"Worker","instance_status":"Running","instance_type":"ecs.c5.xlarge","instance_type_family":"ecs.c5","ip_address":["string"],"is_aliyun_node":true,"node_name":"cn-chengdu.192.168.0.36","node_status":"Ready","nodepool_id":"np0794239424a84eb7a95327369d56****","source":"ess_attach","state":"running","spot_strategy":"NoSpot"}],"page":{"page_number":1,"page_size":10,"total_count":1}}',
  },
  {
    operation: DescribeClusterResourcesOperation,
    validate: validateDescribeClusterResourcesRequest,
    types: [['with_addon_resources', 'boolean']],
    sample:
      '[{"cluster_id":"cb95aa626a47740afbf6aa099b65****","created":"2023-08-15T14:34:42+08:00","instance_id":"ngw-wz9sphwk42sdtjixo****","resource_info":"{\\\\\\"Id\\\\\\":\\\\\\"k8s_NAT_Gateway\\\\\\",\\\\\\"Name\\\\\\":\\\\\\"k8s_NAT_Gateway\\\\\\",\\\\\\"Type\\\\\\":\\\\\\"ALIYUN::VPC::NatGateway\\\\\\",\\\\\\"Status\\\\\\":\\\\\\"CREATE_COMPLETE\\\\\\",\\\\\\"StatusReason\\\\\\":\\\\\\"state changed\\\\\\",\\\\\\"Updated\\\\\\":\\\\\\"2023-08-15T06:33:10\\\\\\",\\\\\\"PhysicalId\\\\\\":\\\\\\"ngw-wz9sphwk42sdtjixo****\\\\\\"}","resource_type":"ALIYUN::VPC::NatGateway","state":"CREATE_COMPLETE","auto_create":1,"dependencies":[{"cluster_id":"cc5ee03f63e43425cb6f71f1a1756****","resource_type":"ALIYUN::VPC::NatGateway","instance_id":"ngw-wz9sphwk42sdtjixo****"}],"associated_object":{"kind":"Service","namespace":"kube-system","name":"nginx-ingress-lb"},"delete_behavior":{"delete_by_default":false,"changeable":false},"creator_type":"user","extra_info":{}}]',
  },
  {
    operation: DescribeClusterTasksOperation,
    validate: validateDescribeClusterTasksRequest,
    types: [
      ['page_size', 'integer'],
      ['page_number', 'integer'],
    ],
    sample:
      '{"page_info":{"page_size":10,"page_number":1,"total_count":1},"tasks":[{"task_id":"install-addons-c3xxxxxx","task_type":"cluster_addon_install","state":"success","created":"2022-08-03T10:11:33+08:00","updated":"2022-08-03T10:12:03.482+08:00","error":{"message":"Addon status not match","code":"BadRequest"}}],"requestId":"0527ac9a-c899-4341-a21a-xxxxxxxxx"}',
  },
  {
    operation: DescribeClusterUserKubeconfigOperation,
    validate: validateDescribeClusterUserKubeconfigRequest,
    types: [
      ['PrivateIpAddress', 'boolean'],
      ['TemporaryDurationMinutes', 'integer'],
    ],
    sample: '{"config":"apiVersion: v1****","expiration":"2024-03-10T09:56:17Z"}',
  },
  {
    operation: DescribeClusterV2UserKubeconfigOperation,
    validate: validateDescribeClusterV2UserKubeconfigRequest,
    types: [
      ['PrivateIpAddress', 'boolean'],
      ['TemporaryDurationMinutes', 'integer'],
    ],
    sample: '{"config":"string"}',
  },
  {
    operation: DescribeClusterVulsOperation,
    validate: validateDescribeClusterVulsRequest,
    sample:
      '{"vul_records":[{"nodepool_name":"test","nodepool_id":"np0156da1082b54fa987e32618dd45f5d3","node_count":1,"vul_name":"oval:com.redhat.rhsa:def:xxxxxxx","vul_alias_name":"string","vul_type":"app","necessity":"nntf","cve_list":["string"]}]}',
  },
  {
    operation: DescribeClustersOperation,
    validate: validateDescribeClustersRequest,
    sample:
      '[{"cluster_id":"string","cluster_type":"string","created":"string","current_version":"string","data_disk_category":"string","data_disk_size":0,"deletion_protection":false,"docker_version":"string","external_loadbalancer_id":"string","init_version":"string","master_url":"string","meta_data":"string","name":"string","network_mode":"string","private_zone":false,"profile":"string","region_id":"string","resource_group_id":"string","security_group_id":"string","size":0,"state":"string","subnet_cidr":"string","tags":[{"key":"string","value":"string"}],"updated":"string","vpc_id":"string","vswitch_cidr":"string","vswitch_id":"string","worker_ram_role_name":"string","zone_id":"string"}]',
  },
  {
    operation: DescribeClustersForRegionOperation,
    validate: validateDescribeClustersForRegionRequest,
    types: [
      ['page_size', 'integer'],
      ['page_number', 'integer'],
    ],
    sample:
      '{"clusters":[{"cluster_domain":"string","cluster_id":"string","cluster_spec":"string","cluster_type":"string","container_cidr":"string","created":"string","current_version":"string","deletion_protection":false,"init_version":"string","ip_stack":"string","name":"string","next_version":"string","profile":"string","proxy_mode":"string","region_id":"string","resource_group_id":"string","security_group_id":"string","service_cidr":"string","size":0,"state":"string","tags":[{"key":"env","value":"prod"}],"timezone":"string","updated":"string","vpc_id":"string","vswitch_ids":["string"]}],"page_info":{"page_number":0,"page_size":0,"total_count":1}}',
  },
  {
    operation: DescribeClustersV1Operation,
    validate: validateDescribeClustersV1Request,
    types: [
      ['page_size', 'integer'],
      ['page_number', 'integer'],
    ],
    sample:
      '{"clusters":[{"cluster_id":"c3fb96524f9274b4495df0f12a6b5****","cluster_type":"Kubernetes","created":"2020-08-20T10:51:29+08:00","init_version":"1.16.9-aliyun.1","current_version":"1.16.9-aliyun.1","next_version":"1.18.8-aliyun.1","deletion_protection":true,"docker_version":"19.03.5","external_loadbalancer_id":"lb-2vcrbmlevo6kjpgch****","master_url":"{\\\\\\"api_server_endpoint\\\\\\":\\\\\\"\\\\\\",\\\\\\"intranet_api_server_endpoint\\\\\\":\\\\\\"https://192.168.0.251:6443\\\\\\"}","meta_data":"{\\\\\\"Addons\\\\\\":[{\\\\\\"config\\\\\\":***}","name":"cluster-demo","network_mode":"vpc","private_zone":false,"profile":"Default","region_id":"cn-beijing","resource_group_id":"rg-acfmyvw3wjm****","security_group_id":"sg-2vcgwsrwgt5mp0yi****","size":5,"state":"running","subnet_cidr":"172.21.0.0/16","tags":[{"key":"env","value":"prod"}],"updated":"2020-09-16T11:09:55+08:00","vpc_id":"vpc-2vcg932hsxsxuqbgl****","vswitch_id":"vsw-2vc41xuumx5z2rdma****,vsw-2vc41xuumx5z2rdma****","worker_ram_role_name":"KubernetesWorkerRole-ec87d15b-edca-4302-933f-c8a16bf0****","zone_id":"cn-beijing-b","cluster_spec":"ack.standard","maintenance_window":{"enable":false,"maintenance_time":"string","duration":"string","weekly_period":"string","recurrence":"string"}}],"page_info":{"page_number":3,"page_size":20,"total_count":1}}',
  },
  {
    operation: DescribeEventsOperation,
    validate: validateDescribeEventsRequest,
    types: [
      ['page_size', 'integer'],
      ['page_number', 'integer'],
    ],
    sample:
      '{"events":[{"event_id":"A234-1234-1234","type":"nodepool_upgrade","source":"/clusters/cf62854ac2130470897be7a27ed1f****/nodepools","subject":"nodePool-id","time":"2022-11-23T20:48:01+08:00","cluster_id":"cluster-id","data":{"level":"info","reason":"Started","message":"Start to upgrade NodePool nodePool/nodePool-A"}}],"page_info":{"page_size":50,"page_number":1,"total_count":1}}',
  },
  {
    operation: DescribeEventsForRegionOperation,
    validate: validateDescribeEventsForRegionRequest,
    types: [
      ['page_size', 'integer'],
      ['page_number', 'integer'],
    ],
    sample:
      '{"events":[{"cluster_id":"string","data":{"level":"string","message":"string","reason":"string"},"event_id":"string","source":"string","subject":"string","time":"string","type":"string"}],"next_token":"string","page_info":{"page_number":0,"page_size":0,"total_count":1}}',
  },
  {
    operation: DescribeExternalAgentOperation,
    validate: validateDescribeExternalAgentRequest,
    sample: '{"config":"apiVersion: v1****"}',
  },
  {
    operation: DescribeKubernetesVersionMetadataOperation,
    validate: validateDescribeKubernetesVersionMetadataRequest,
    types: [['QueryUpgradableVersion', 'boolean']],
    sample:
      '[{"capabilities":{},"images":[{"image_id":"centos_7_9_x64_20G_alibase_20221129.vhd","image_name":"CentOS 7.9","platform":"CentOS","os_version":"7.9","image_type":"CentOS","os_type":"Linux","image_category":"system","architecture":"x86_64"}],"meta_data":{},"runtimes":[{"name":"string","version":"string"}],"version":"1.26.3-aliyun.1","release_date":"2023-04-30T00:00:00Z","expiration_date":"2025-04-30T00:00:00Z","creatable":true,"upgradable_versions":["string"]}]',
  },
  {
    operation: DescribeNodePoolVulsOperation,
    validate: validateDescribeNodePoolVulsRequest,
    sample:
      '{"vul_records":[{"instance_id":"i-t4n2qolb0wtzt0pz****","vul_list":[{"name":"oval:com.redhat.rhsa:def:20193197","alias_name":"RHSA-2019:3197-Important: sudo security update","necessity":"nntf","cve_list":["string"],"need_reboot":false}],"node_name":"cn-hangzhou.192.168.x.x"}],"vuls_fix_service_purchased":false}',
  },
  { operation: DescribePoliciesOperation, validate: validateDescribePoliciesRequest, sample: '{}' },
  {
    operation: DescribePolicyDetailsOperation,
    validate: validateDescribePolicyDetailsRequest,
    sample:
      '{"name":"ACKAllowedRepos","category":"k8s-general","description":"Requires container images to begin with a repo string from a specified list","action":"enforce","severity":"high","template":"string","no_config":0,"is_deleted":0}',
  },
  {
    operation: DescribePolicyGovernanceInClusterOperation,
    validate: validateDescribePolicyGovernanceInClusterRequest,
    sample:
      '{"on_state":[{"enabled_count":3,"total":8,"severity":"high"}],"admit_log":{"progress":"Complete","count":100,"log":{"msg":"d4hdhs*****","cluster_id":"c8155823d057948c69a****","constraint_kind":"ACKAllowedRepos","resource_name":"nginx-deployment-basic2-84ccb74bfc-df22p","resource_kind":"Pod","resource_namespace":"default"}},"totalViolations":{"deny":{"severity":"high","violations":0},"warn":{"severity":"low","violations":5}},"violations":{"deny":{"policyName":"policy-gatekeeper-ackallowedrepos","policyDescription":"Requires container images to begin with a repo string from a specified list.","violations":11,"severity":"high"},"warn":{"policyName":"policy-gatekeeper-ackpspcapabilities","policyDescription":"Controls Linux capabilities.","violations":81,"severity":"high"}}}',
  },
  {
    operation: DescribePolicyInstancesOperation,
    validate: validateDescribePolicyInstancesRequest,
    sample:
      '[{"ali_uid":"16298168****","cluster_id":"c8155823d057948c69a****","instance_name":"no-env-var-secrets-****","policy_name":"ACKPSPCapabilities","policy_category":"k8s-general","policy_description":"Restricts secrets used in pod envs","policy_parameters":"\\"restrictedNamespaces\\": [ \\"test\\" ]","policy_severity":"low","policy_scope":"*","policy_action":"deny"}]',
  },
  {
    operation: DescribePolicyInstancesStatusOperation,
    validate: validateDescribePolicyInstancesStatusRequest,
    sample:
      '{"policy_instances":[{"policy_category":"compliance","policy_name":"ACKRestrictRoleBindings","policy_description":"Restricts use of the cluster-admin role.","policy_severity":"medium","policy_instances_count":1}],"instances_severity_count":{}}',
  },
  {
    operation: DescribeResourcesDeleteProtectionOperation,
    validate: validateDescribeResourcesDeleteProtectionRequest,
    sample: '[{"name":"test","namespace":"default","resource":"namespaces","protection":false}]',
  },
  {
    operation: DescribeSubaccountK8sClusterUserConfigOperation,
    validate: validateDescribeSubaccountK8sClusterUserConfigRequest,
    types: [
      ['PrivateIpAddress', 'boolean'],
      ['TemporaryDurationMinutes', 'integer'],
    ],
    sample: '{"config":"apiVersion: v1****","expiration":"2024-03-10T09:56:17Z"}',
  },
  {
    operation: DescribeTaskInfoOperation,
    validate: validateDescribeTaskInfoRequest,
    sample:
      '{"task_id":"T-5faa48fb31b6b8078d000006","cluster_id":"c78592bfe92244365b3c3ad47f1de****","task_type":"cluster_scaleout","state":"running","created":"2020-11-10T16:02:04+08:00","updated":"2020-11-10T16:03:06+08:00","target":{"id":"c78592bfe92244365b3c3ad47f1de****","type":"cluster"},"parameters":{},"stages":[{"state":"running","start_time":"2022-12-15 23:00:00","end_time":"2022-12-15 23:00:00","message":"success to xxxxx","outputs":{}}],"current_stage":"DrainNodes","events":[{"action":"start","level":"Normal","message":"start to xxx","reason":"NodePoolUpgradeStart","source":"ACK","timestamp":"1669706229286"}],"task_result":[{"data":"i-xxx","status":"success"}],"error":{"code":"400","message":"failed to xxx"}}',
  },
  {
    operation: DescribeTemplateAttributeOperation,
    validate: validateDescribeTemplateAttributeRequest,
    sample:
      '[{"id":"72d20cf8-a533-4ea9-a10d-e7630d3d****","acl":"private","name":"web","template":"apiVersion: V1\\\\n***","template_type":"kubernetes","description":"test template","tags":"sa","template_with_hist_id":"874ec485-e7e6-4373-8a3b-47bde8ae****","created":"2020-09-16T19:21:29+08:00","updated":"2020-09-16T19:21:29+08:00"}]',
  },
  {
    operation: DescribeTemplatesOperation,
    validate: validateDescribeTemplatesRequest,
    types: [
      ['page_num', 'integer'],
      ['page_size', 'integer'],
    ],
    sample:
      '{"templates":[{"acl":"private","id":"874ec485-e7e6-4373-8a3b-47bde8ae789f","name":"webserver","description":"a web server","tags":"kubernetes","template":"apiVersion: apps/v1\\\\nkind: Deployment\\\\nmetadata:\\\\n  name: nginx-deployment-basic\\\\n  labels:\\\\n    app: nginx\\\\nspec:\\\\n  replicas: 2\\\\n  selector:\\\\n    matchLabels:\\\\n      app: nginx\\\\n  template:\\\\n    metadata:\\\\n      labels:\\\\n        app: nginx\\\\n    spec:\\\\n      containers:\\\\n      - name: nginx\\\\n        image: busybox:latest\\\\n        ports:\\\\n        - containerPort: 80","template_type":"kubernetes","created":"2020-06-10T16:30:16+08:00","updated":"2020-06-10T16:30:16+08:00","template_with_hist_id":"ad81d115-7c8b-47e7-a222-9c28d7f6e588"}],"page_info":{"page_number":20,"page_size":3,"total_count":1}}',
  },
  {
    operation: DescribeTriggerOperation,
    validate: validateDescribeTriggerRequest,
    sample:
      '[{"id":"1234","name":"test","cluster_id":"c259f563386444ebb8d7****","project_id":"default/test-app","type":"deployment","action":"redeploy","token":"eyJhbGci***"}]',
  },
  {
    operation: DescribeUserClusterNamespacesOperation,
    validate: validateDescribeUserClusterNamespacesRequest,
    sample: '["string"]',
  },
  {
    operation: DescribeUserPermissionOperation,
    validate: validateDescribeUserPermissionRequest,
    sample:
      '[{"resource_id":"c1b542****","resource_type":"cluster","role_name":"view","role_type":"admin","is_owner":1,"is_ram_role":1}]',
  },
  {
    operation: DescribeUserQuotaOperation,
    validate: validateDescribeUserQuotaRequest,
    sample:
      '{"amk_cluster_quota":20,"ask_cluster_quota":3,"cluster_nodepool_quota":10,"cluster_quota":50,"node_quota":100,"edge_improved_nodepool_quota":{"bandwidth":10,"count":3,"period":3},"quotas":{}}',
  },
  {
    operation: DescribeWorkflowsOperation,
    validate: validateDescribeWorkflowsRequest,
    sample:
      '{"jobs":[{"cluster_id":"cb1a7214cfc0b41d9bb086affc2d8f51c","job_name":"wgs-gpu-qb4dk","create_time":"2020-01-15T13:18:52Z"}]}',
  },
  {
    operation: FixNodePoolVulsOperation,
    validate: validateFixNodePoolVulsRequest,
    sample: '{"task_id":"T-60fea8ad2e277f087900****"}',
  },
  {
    operation: GetClusterAddonInstanceOperation,
    validate: validateGetClusterAddonInstanceRequest,
    sample:
      '{"name":"ack-node-problem-detector","state":"active","version":"1.2.16","config":"{\\"sls_project_name\\":\\"\\"}","logging":{"capable":false,"enabled":false,"log_project":"my-log-project","logstore":"my-logstore"}}',
  },
  {
    operation: GetClusterAuditProjectOperation,
    validate: validateGetClusterAuditProjectRequest,
    sample: '{"audit_enabled":false,"sls_project_name":"string"}',
  },
  {
    operation: GetClusterCheckOperation,
    validate: validateGetClusterCheckRequest,
    sample:
      '{"check_id":"1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto","type":"ClusterUpgrade","status":"Succeeded","message":"task succeed","created_at":"2023-10-16T08:31:20.292030178Z","finished_at":"2023-10-16T08:35:20.292030178Z","check_items":{}}',
  },
  {
    operation: GetClusterDiagnosisCheckItemsOperation,
    validate: validateGetClusterDiagnosisCheckItemsRequest,
    sample:
      '{"request_id":"1DFFD8C6-259E-582B-8B40-002C17DC****","code":"success","is_success":true,"check_items":[{"desc":"Check whether the node can access host dns service","display":"HostDNS","group":"Node","level":"normal","message":"success","name":"HostDNS","refer":"True","value":"True"}]}',
  },
  {
    operation: GetClusterDiagnosisResultOperation,
    validate: validateGetClusterDiagnosisResultRequest,
    sample:
      '{"code":0,"created":"2024-05-28T11:29Z","diagnosis_id":"6cf6b62e334e4583bdfd26707516****","finished":"2024-05-28T11:29Z","message":"success","result":"{\\"phase\\":5,\\"version\\":\\"20240101\\"}","status":2,"target":"{\\"name\\":\\"cn-hongkong.10.0.0.246\\"}","type":"node"}',
  },
  {
    operation: GetClusterInspectConfigOperation,
    validate: validateGetClusterInspectConfigRequest,
    sample: '{"disabledCheckItems":["string"],"enabled":false,"recurrence":"string","requestId":"string"}',
  },
  {
    operation: GetClusterInspectReportDetailOperation,
    validate: validateGetClusterInspectReportDetailRequest,
    types: [
      ['enableFilter', 'boolean'],
      ['maxResults', 'integer'],
    ],
    sample:
      '{"checkItemResults":[{"category":"string","checkItemUid":"string","description":"string","fix":"string","level":"string","name":"string","result":"string","targetType":"string","targets":["string"]}],"endTime":"string","reportId":"string","requestId":"string","startTime":"string","status":"string","summary":{"adviceCount":0,"code":"string","errorCount":0,"normalCount":0,"warnCount":0}}',
  },
  {
    operation: GetKubernetesTriggerOperation,
    validate: validateGetKubernetesTriggerRequest,
    sample:
      '[{"id":"1234","name":"test","cluster_id":"c259f563386444ebb8d7**","project_id":"default/test-app","type":"deployment","action":"redeploy","token":"eyJhbGci***"}]',
  },
  {
    operation: GetUpgradeStatusOperation,
    validate: validateGetUpgradeStatusRequest,
    sample:
      '{"error_message":"subject to actual return","precheck_report_id":"be4c8eb72de94d459ea7ace7c811d119","status":"running","upgrade_step":"prechecking","upgrade_task":{"status":"running","message":"subject to actual return"}}',
  },
  { operation: GrantPermissionsOperation, validate: validateGrantPermissionsRequest, sample: '{}' },
  {
    operation: InstallClusterAddonsOperation,
    validate: validateInstallClusterAddonsRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}',
  },
  {
    operation: ListAddonsOperation,
    validate: validateListAddonsRequest,
    sample:
      '{"addons":[{"name":"arms-prometheus","version":"1.1.9","managed":false,"install_by_default":false,"category":"monitor","config_schema":"{}","supported_actions":["string"],"architecture":["string"]}]}',
  },
  {
    operation: ListClusterAddonInstancesOperation,
    validate: validateListClusterAddonInstancesRequest,
    sample: '{"addons":[{"name":"coredns","state":"active","version":"v1.9.3.10-7dfca203-aliyun"}]}',
  },
  {
    operation: ListClusterChecksOperation,
    validate: validateListClusterChecksRequest,
    sample:
      '{"checks":[{"check_id":"1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto","type":"ClusterUpgrade","status":"Succeeded","message":"task succeed","created_at":"2023-10-16T08:31:20.292030178Z","finished_at":"2023-10-16T08:35:20.292030178Z"}]}',
  },
  {
    operation: ListClusterInspectReportsOperation,
    validate: validateListClusterInspectReportsRequest,
    types: [['maxResults', 'integer']],
    sample:
      '{"reports":[{"endTime":"string","reportId":"string","startTime":"string","status":"string","summary":{"adviceCount":0,"code":"string","errorCount":0,"normalCount":0,"warnCount":0}}],"requestId":"string"}',
  },
  {
    operation: ListClusterKubeconfigStatesOperation,
    validate: validateListClusterKubeconfigStatesRequest,
    types: [
      ['pageNumber', 'integer'],
      ['pageSize', 'integer'],
    ],
    sample:
      '{"page":{"page_number":0,"page_size":0,"total_count":1},"states":[{"account_display_name":"string","account_id":"string","account_name":"string","account_state":"string","account_type":"string","cert_expire_time":"string","cert_state":"string","cloud_service_name":"string","cloud_service_roles":[{"is_default_template":false,"role_name":"string","role_namespace":"string","type":"string"}],"revokable":false}]}',
  },
  {
    operation: ListOperationPlansOperation,
    validate: validateListOperationPlansRequest,
    sample:
      '{"plans":[{"plan_id":"P-655c9c127e0e6603ef00****","cluster_id":"c29ced64b3dfe4f33b57ca0aa9f68****","created":"2023-11-21T20:01:22+08:00","start_time":"2023-11-22T15:18:00+08:00","end_time":"2023-11-22T18:00:00+08:00","state":"scheduled","type":"cluster_upgrade","target_type":"cluster","target_id":"c29ced64b3dfe4f33b57ca0aa9f68****"}]}',
  },
  {
    operation: ListOperationPlansForRegionOperation,
    validate: validateListOperationPlansForRegionRequest,
    sample:
      '{"plans":[{"cluster_id":"string","created":"string","end_time":"string","plan_id":"string","start_time":"string","state":"string","state_reason":{"code":"string","message":"string"},"target_id":"string","target_type":"string","task_id":"string","type":"string"}]}',
  },
  {
    operation: ListTagResourcesOperation,
    validate: validateListTagResourcesRequest,
    types: [
      ['resource_ids', 'string[]'],
      ['tags', 'string[]'],
    ],
    sample:
      '{"request_id":"E368C761-F8F6-4A36-9B58-BD53D5CD0CEB","tag_resources":{"tag_resource":[{"tag_key":"ack.aliyun.com","tag_value":"c71cf3d796c374bf48644482cb0c3****","resource_id":"i-xxx","resource_type":"CLUSTER"}]}}',
  },
  {
    operation: ListUserKubeConfigStatesOperation,
    validate: validateListUserKubeConfigStatesRequest,
    types: [
      ['page_number', 'integer'],
      ['page_size', 'integer'],
    ],
    sample:
      '{"page":{"page_number":0,"page_size":0,"total_count":1},"states":[{"cert_expire_time":"string","cert_state":"string","cluster_id":"string","cluster_name":"string","cluster_state":"string"}]}',
  },
  {
    operation: MigrateClusterOperation,
    validate: validateMigrateClusterRequest,
    sample:
      '{"cluster_id":"c21e0591548ba4c10bdb535d6572b","request_id":"687C5BAA-D103-4993-884B-C35E4314A1E1","task_id":"T-62ccd14aacb8db06ca00****"}',
  },
  {
    operation: ModifyClusterOperation,
    validate: validateModifyClusterRequest,
    sample:
      '{"cluster_id":"cb95aa626a47740afbf6aa09****","request_id":"687C5BAA-D103-4993-884B-C35E4314****","task_id":"T-5a54309c80282e39ea00****"}',
  },
  { operation: ModifyClusterAddonOperation, validate: validateModifyClusterAddonRequest, sample: '{}' },
  {
    operation: ModifyClusterNodePoolOperation,
    validate: validateModifyClusterNodePoolRequest,
    sample:
      '{"task_id":"T-5fd211e924e1d00787000293","nodepool_id":"np31da1b38983f4511b490fc62108a****","request_id":"687C5BAA-D103-4993-884B-C35E4314****"}',
  },
  { operation: ModifyClusterTagsOperation, validate: validateModifyClusterTagsRequest, sample: '{}' },
  {
    operation: ModifyNodePoolNodeConfigOperation,
    validate: validateModifyNodePoolNodeConfigRequest,
    sample:
      '{"request_id":"D7631D83-6E98-1949-B665-766A62****","task_id":"T-5fd211e924e1d00787****","nodepool_id":"np737c3ac1ac684703b9e10673aa2c****"}',
  },
  {
    operation: ModifyPolicyInstanceOperation,
    validate: validateModifyPolicyInstanceRequest,
    sample: '{"instances":["string"]}',
  },
  {
    operation: OpenAckServiceOperation,
    validate: validateOpenAckServiceRequest,
    sample: '{"request_id":"20758A-585D-4A41-A9B2-28DA8F4F534F","order_id":"2067*******0374"}',
  },
  { operation: PauseClusterUpgradeOperation, validate: validatePauseClusterUpgradeRequest, sample: '{}' },
  { operation: PauseComponentUpgradeOperation, validate: validatePauseComponentUpgradeRequest, sample: '{}' },
  { operation: PauseTaskOperation, validate: validatePauseTaskRequest, sample: '{}' },
  {
    operation: RemoveNodePoolNodesOperation,
    validate: validateRemoveNodePoolNodesRequest,
    types: [
      ['release_node', 'boolean'],
      ['drain_node', 'boolean'],
      ['nodes', 'string[]'],
      ['instance_ids', 'string[]'],
      ['concurrency', 'boolean'],
    ],
    sample: '{"request_id":"A9891419-D125-4D89-AFCA-68846675E2F7","task_id":"T-62a944794ee141074400****"}',
  },
  { operation: RemoveWorkflowOperation, validate: validateRemoveWorkflowRequest, sample: '{}' },
  {
    operation: RepairClusterNodePoolOperation,
    validate: validateRepairClusterNodePoolRequest,
    sample: '{"request_id":"db82195b-75a8-40e5-9be4-16f1829dc624","task_id":"T-613b19bbd160ad4928000001"}',
  },
  { operation: ResumeComponentUpgradeOperation, validate: validateResumeComponentUpgradeRequest, sample: '{}' },
  { operation: ResumeTaskOperation, validate: validateResumeTaskRequest, sample: '{"requestId":"string"}' },
  { operation: ResumeUpgradeClusterOperation, validate: validateResumeUpgradeClusterRequest, sample: '{}' },
  { operation: RevokeK8sClusterKubeConfigOperation, validate: validateRevokeK8sClusterKubeConfigRequest, sample: '{}' },
  {
    operation: RunClusterCheckOperation,
    validate: validateRunClusterCheckRequest,
    sample:
      '{"request_id":"F04DF81D-5C12-1524-B36A-86E02526****","check_id":"1697100584236600453-ce0da5a1d627e4e9e9f96cae8ad07****-clustercheck-lboto"}',
  },
  {
    operation: RunClusterInspectOperation,
    validate: validateRunClusterInspectRequest,
    sample: '{"reportId":"string","requestId":"string","taskId":"string"}',
  },
  {
    operation: ScaleClusterNodePoolOperation,
    validate: validateScaleClusterNodePoolRequest,
    sample: '{"task_id":"T-5faa48fb31b6b8078d00****"}',
  },
  {
    operation: ScanClusterVulsOperation,
    validate: validateScanClusterVulsRequest,
    sample: '{"request_id":"687C5BAA-D103-4993-884B-C35E4314A1E1","task_id":"T-xascadasd*****"}',
  },
  { operation: StartAlertOperation, validate: validateStartAlertRequest, sample: '{"status":true,"msg":"success"}' },
  {
    operation: StartWorkflowOperation,
    validate: validateStartWorkflowRequest,
    sample: '{"JobName":"mapping-gpu-66xv7"}',
  },
  { operation: StopAlertOperation, validate: validateStopAlertRequest, sample: '{"status":false,"msg":"Success"}' },
  {
    operation: SyncClusterNodePoolOperation,
    validate: validateSyncClusterNodePoolRequest,
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF51894XXXXX"}',
  },
  {
    operation: TagResourcesOperation,
    validate: validateTagResourcesRequest,
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF51894XXXXX"}',
  },
  {
    operation: UnInstallClusterAddonsOperation,
    validate: validateUnInstallClusterAddonsRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}',
  },
  {
    operation: UntagResourcesOperation,
    validate: validateUntagResourcesRequest,
    types: [
      ['resource_ids', 'string[]'],
      ['tag_keys', 'string[]'],
      ['all', 'boolean'],
    ],
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF51894XXXXX"}',
  },
  {
    operation: UpdateClusterAuditLogConfigOperation,
    validate: validateUpdateClusterAuditLogConfigRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}',
  },
  {
    operation: UpdateClusterInspectConfigOperation,
    validate: validateUpdateClusterInspectConfigRequest,
    sample: '{"requestId":"string"}',
  },
  {
    operation: UpdateContactGroupForAlertOperation,
    validate: validateUpdateContactGroupForAlertRequest,
    sample: '{"msg":"string","status":false}',
  },
  {
    operation: UpdateControlPlaneLogOperation,
    validate: validateUpdateControlPlaneLogRequest,
    sample:
      '{"cluster_id":"cb95aa626a47740afbf6aa099b650****","request_id":"687C5BAA-D103-4993-884B-C35E4314****","task_id":"T-5a54309c80282e39ea00****"}',
  },
  {
    operation: UpdateK8sClusterUserConfigExpireOperation,
    validate: validateUpdateK8sClusterUserConfigExpireRequest,
    sample: '{}',
  },
  {
    operation: UpdateResourcesDeleteProtectionOperation,
    validate: validateUpdateResourcesDeleteProtectionRequest,
    sample:
      '{"requestId":"0527ac9a-c899-4341-a21a-xxxxxxxxx","namespace":"default","resource_type":"string","resources":["string"],"protection":"string"}',
  },
  { operation: UpdateTemplateOperation, validate: validateUpdateTemplateRequest, sample: '{}' },
  { operation: UpdateUserPermissionsOperation, validate: validateUpdateUserPermissionsRequest, sample: '{}' },
  {
    operation: UpgradeClusterOperation,
    validate: validateUpgradeClusterRequest,
    sample:
      '{"cluster_id":"c82e6987e2961451182edacd74faf****","task_id":"T-5faa48fb31b6b8078d00****","request_id":"0527ac9a-c899-4341-a21a-****"}',
  },
  {
    operation: UpgradeClusterAddonsOperation,
    validate: validateUpgradeClusterAddonsRequest,
    sample: '{"cluster_id":"string","request_id":"string","task_id":"string"}',
  },
  {
    operation: UpgradeClusterNodepoolOperation,
    validate: validateUpgradeClusterNodepoolRequest,
    sample: '{"RequestId":"2D69A58F-345C-4FDE-88E4-BF518944****","task_id":"T-5fd211e924e1d0078700****"}',
  },
];

/**
 * Starts a local CS API on 127.0.0.1 for tests: it verifies signatures, validates requests with this
 * package's validators, keeps clusters, node pools and tasks (moving through their states as they are read), and
 * answers every other operation from its response schema. Resolves with its `endpoint` and `credentials`.
 */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  return startApiMock(MOCK_ROUTES, options);
}
