const AutoScalingTypeValues = ["cpu", "gpu", "gpushare", "spot"];
const DataDiskCategoryValues = ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd", "cloud_auto"];
const DataDiskEncryptedValues = ["true", "false"];
const DataDiskOutputCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto"
];
const DataDiskOutputEncryptedValues = ["true", "false"];
const KubernetesConfigCpuPolicyValues = ["static", "none"];
const KubernetesConfigRuntimeValues = ["containerd", "docker", "Sandboxed-Container.runv"];
const ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues = [
  "PayByBandwidth",
  "PayByTraffic"
];
const ModifyClusterNodePoolBodyAutoScalingTypeValues = ["cpu", "gpu", "gpushare", "spot"];
const ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues = ["static", "none"];
const ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues = [
  "containerd",
  "docker",
  "Sandboxed-Container.runv"
];
const ModifyClusterNodePoolScalingGroupImageTypeValues = [
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
const ModifyClusterNodePoolScalingGroupInstanceChargeTypeValues = ["PrePaid", "PostPaid"];
const ModifyClusterNodePoolScalingGroupInternetChargeTypeValues = ["PayByBandwidth", "PayByTraffic"];
const ModifyClusterNodePoolScalingGroupMultiAzPolicyValues = ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
const ModifyClusterNodePoolScalingGroupPeriodUnitValues = ["Month", "Week"];
const ModifyClusterNodePoolScalingGroupPlatformValues = [
  "AliyunLinux",
  "CentOS",
  "Windows",
  "WindowsCore"
];
const ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategyValues = [
  "PrivatePoolFirst",
  "PrivatePoolOnly",
  "None"
];
const ModifyClusterNodePoolScalingGroupScalingPolicyValues = ["release", "recycle"];
const ModifyClusterNodePoolScalingGroupSpotStrategyValues = [
  "NoSpot",
  "SpotWithPriceLimit",
  "SpotAsPriceGo"
];
const ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItemValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
const ModifyClusterNodePoolScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
const ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithmValues = ["aes-256"];
const NodePoolAutoScalingEipInternetChargeTypeValues = ["PayByBandwidth", "PayByTraffic"];
const NodePoolAutoScalingTypeValues = ["cpu", "gpu", "gpushare", "spot"];
const NodePoolDataDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto"
];
const NodePoolDataDiskEncryptedValues = ["true", "false"];
const NodePoolDataDiskFileSystemValues = ["ext4", "xfs"];
const NodePoolInterconnectModeValues = ["basic", "dedicated"];
const NodePoolKubernetesConfigCpuPolicyValues = ["static", "none"];
const NodePoolNodepoolInfoTypeValues = ["ess", "edge"];
const NodePoolScalingGroupInstanceChargeTypeValues = ["PrePaid", "PostPaid"];
const NodePoolScalingGroupInternetChargeTypeValues = ["PayByBandwidth", "PayByTraffic"];
const NodePoolScalingGroupMultiAzPolicyValues = ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
const NodePoolScalingGroupPeriodUnitValues = ["Month", "Week"];
const NodePoolScalingGroupScalingPolicyValues = ["release", "recycle"];
const NodePoolScalingGroupSpotStrategyValues = ["NoSpot", "SpotWithPriceLimit", "SpotAsPriceGo"];
const NodePoolScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
const NodePoolStatusStateValues = ["active", "scaling", "removing", "deleting", "updating"];
const PrivatePoolOptionsMatchCriteriaValues = ["Open", "Target", "None"];
const PrivatePoolOptionsOutputMatchCriteriaValues = ["Open", "Target", "None"];
const ScalingGroupInstanceChargeTypeValues = ["PrePaid", "PostPaid"];
const ScalingGroupPeriodUnitValues = ["Month", "Week"];
const ScalingGroupPlatformValues = ["CentOS", "AliyunLinux", "Windows", "WindowsCore"];
const ScalingGroupScalingPolicyValues = ["release", "recycle"];
const ScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
const TaintEffectValues = ["NoSchedule", "NoExecute", "PreferNoSchedule"];
const TaintOutputEffectValues = ["NoSchedule", "NoExecute", "PreferNoSchedule"];
export {
  AutoScalingTypeValues,
  DataDiskCategoryValues,
  DataDiskEncryptedValues,
  DataDiskOutputCategoryValues,
  DataDiskOutputEncryptedValues,
  KubernetesConfigCpuPolicyValues,
  KubernetesConfigRuntimeValues,
  ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues,
  ModifyClusterNodePoolBodyAutoScalingTypeValues,
  ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues,
  ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues,
  ModifyClusterNodePoolScalingGroupImageTypeValues,
  ModifyClusterNodePoolScalingGroupInstanceChargeTypeValues,
  ModifyClusterNodePoolScalingGroupInternetChargeTypeValues,
  ModifyClusterNodePoolScalingGroupMultiAzPolicyValues,
  ModifyClusterNodePoolScalingGroupPeriodUnitValues,
  ModifyClusterNodePoolScalingGroupPlatformValues,
  ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategyValues,
  ModifyClusterNodePoolScalingGroupScalingPolicyValues,
  ModifyClusterNodePoolScalingGroupSpotStrategyValues,
  ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItemValues,
  ModifyClusterNodePoolScalingGroupSystemDiskCategoryValues,
  ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithmValues,
  NodePoolAutoScalingEipInternetChargeTypeValues,
  NodePoolAutoScalingTypeValues,
  NodePoolDataDiskCategoryValues,
  NodePoolDataDiskEncryptedValues,
  NodePoolDataDiskFileSystemValues,
  NodePoolInterconnectModeValues,
  NodePoolKubernetesConfigCpuPolicyValues,
  NodePoolNodepoolInfoTypeValues,
  NodePoolScalingGroupInstanceChargeTypeValues,
  NodePoolScalingGroupInternetChargeTypeValues,
  NodePoolScalingGroupMultiAzPolicyValues,
  NodePoolScalingGroupPeriodUnitValues,
  NodePoolScalingGroupScalingPolicyValues,
  NodePoolScalingGroupSpotStrategyValues,
  NodePoolScalingGroupSystemDiskCategoryValues,
  NodePoolStatusStateValues,
  PrivatePoolOptionsMatchCriteriaValues,
  PrivatePoolOptionsOutputMatchCriteriaValues,
  ScalingGroupInstanceChargeTypeValues,
  ScalingGroupPeriodUnitValues,
  ScalingGroupPlatformValues,
  ScalingGroupScalingPolicyValues,
  ScalingGroupSystemDiskCategoryValues,
  TaintEffectValues,
  TaintOutputEffectValues
};
