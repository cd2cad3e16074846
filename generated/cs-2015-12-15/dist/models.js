// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.
/** The known values of {@link AutoScalingType}. */
export const AutoScalingTypeValues = ['cpu', 'gpu', 'gpushare', 'spot'];
/** The known values of {@link DataDiskCategory}. */
export const DataDiskCategoryValues = ['cloud', 'cloud_efficiency', 'cloud_ssd', 'cloud_essd', 'cloud_auto'];
/** Every value of {@link DataDiskEncrypted}. */
export const DataDiskEncryptedValues = ['true', 'false'];
/** The known values of {@link DataDiskOutputCategory}. */
export const DataDiskOutputCategoryValues = [
    'cloud',
    'cloud_efficiency',
    'cloud_ssd',
    'cloud_essd',
    'cloud_auto',
];
/** The known values of {@link DataDiskOutputEncrypted}. */
export const DataDiskOutputEncryptedValues = ['true', 'false'];
/** Every value of {@link KubernetesConfigCpuPolicy}. */
export const KubernetesConfigCpuPolicyValues = ['static', 'none'];
/** The known values of {@link KubernetesConfigRuntime}. */
export const KubernetesConfigRuntimeValues = ['containerd', 'docker', 'Sandboxed-Container.runv'];
/** The known values of {@link ModifyClusterNodePoolBodyAutoScalingEipInternetChargeType}. */
export const ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues = [
    'PayByBandwidth',
    'PayByTraffic',
];
/** The known values of {@link ModifyClusterNodePoolBodyAutoScalingType}. */
export const ModifyClusterNodePoolBodyAutoScalingTypeValues = ['cpu', 'gpu', 'gpushare', 'spot'];
/** Every value of {@link ModifyClusterNodePoolBodyKubernetesConfigCpuPolicy}. */
export const ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues = ['static', 'none'];
/** The known values of {@link ModifyClusterNodePoolBodyKubernetesConfigRuntime}. */
export const ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues = [
    'containerd',
    'docker',
    'Sandboxed-Container.runv',
];
/** The known values of {@link ModifyClusterNodePoolScalingGroupImageType}. */
export const ModifyClusterNodePoolScalingGroupImageTypeValues = [
    'AliyunLinux',
    'AliyunLinuxSecurity',
    'AliyunLinux3',
    'AliyunLinux3Arm64',
    'AliyunLinux3Security',
    'CentOS',
    'Windows',
    'WindowsCore',
    'ContainerOS',
];
/** Every value of {@link ModifyClusterNodePoolScalingGroupInstanceChargeType}. */
export const ModifyClusterNodePoolScalingGroupInstanceChargeTypeValues = ['PrePaid', 'PostPaid'];
/** The known values of {@link ModifyClusterNodePoolScalingGroupInternetChargeType}. */
export const ModifyClusterNodePoolScalingGroupInternetChargeTypeValues = ['PayByBandwidth', 'PayByTraffic'];
/** The known values of {@link ModifyClusterNodePoolScalingGroupMultiAzPolicy}. */
export const ModifyClusterNodePoolScalingGroupMultiAzPolicyValues = ['PRIORITY', 'COST_OPTIMIZED', 'BALANCE'];
/** The known values of {@link ModifyClusterNodePoolScalingGroupPeriodUnit}. */
export const ModifyClusterNodePoolScalingGroupPeriodUnitValues = ['Month', 'Week'];
/** The known values of {@link ModifyClusterNodePoolScalingGroupPlatform}. */
export const ModifyClusterNodePoolScalingGroupPlatformValues = [
    'AliyunLinux',
    'CentOS',
    'Windows',
    'WindowsCore',
];
/** Every value of {@link ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategy}. */
export const ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategyValues = [
    'PrivatePoolFirst',
    'PrivatePoolOnly',
    'None',
];
/** The known values of {@link ModifyClusterNodePoolScalingGroupScalingPolicy}. */
export const ModifyClusterNodePoolScalingGroupScalingPolicyValues = ['release', 'recycle'];
/** The known values of {@link ModifyClusterNodePoolScalingGroupSpotStrategy}. */
export const ModifyClusterNodePoolScalingGroupSpotStrategyValues = [
    'NoSpot',
    'SpotWithPriceLimit',
    'SpotAsPriceGo',
];
/** The known values of {@link ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItem}. */
export const ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItemValues = [
    'cloud',
    'cloud_efficiency',
    'cloud_ssd',
    'cloud_essd',
    'cloud_auto',
    'cloud_essd_entry',
];
/** The known values of {@link ModifyClusterNodePoolScalingGroupSystemDiskCategory}. */
export const ModifyClusterNodePoolScalingGroupSystemDiskCategoryValues = [
    'cloud',
    'cloud_efficiency',
    'cloud_ssd',
    'cloud_essd',
    'cloud_auto',
    'cloud_essd_entry',
];
/** The known values of {@link ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithm}. */
export const ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithmValues = ['aes-256'];
/** The known values of {@link NodePoolAutoScalingEipInternetChargeType}. */
export const NodePoolAutoScalingEipInternetChargeTypeValues = ['PayByBandwidth', 'PayByTraffic'];
/** The known values of {@link NodePoolAutoScalingType}. */
export const NodePoolAutoScalingTypeValues = ['cpu', 'gpu', 'gpushare', 'spot'];
/** The known values of {@link NodePoolDataDiskCategory}. */
export const NodePoolDataDiskCategoryValues = [
    'cloud',
    'cloud_efficiency',
    'cloud_ssd',
    'cloud_essd',
    'cloud_auto',
];
/** Every value of {@link NodePoolDataDiskEncrypted}. */
export const NodePoolDataDiskEncryptedValues = ['true', 'false'];
/** The known values of {@link NodePoolDataDiskFileSystem}. */
export const NodePoolDataDiskFileSystemValues = ['ext4', 'xfs'];
/** The known values of {@link NodePoolInterconnectMode}. */
export const NodePoolInterconnectModeValues = ['basic', 'dedicated'];
/** The known values of {@link NodePoolKubernetesConfigCpuPolicy}. */
export const NodePoolKubernetesConfigCpuPolicyValues = ['static', 'none'];
/** The known values of {@link NodePoolNodepoolInfoType}. */
export const NodePoolNodepoolInfoTypeValues = ['ess', 'edge'];
/** The known values of {@link NodePoolScalingGroupInstanceChargeType}. */
export const NodePoolScalingGroupInstanceChargeTypeValues = ['PrePaid', 'PostPaid'];
/** The known values of {@link NodePoolScalingGroupInternetChargeType}. */
export const NodePoolScalingGroupInternetChargeTypeValues = ['PayByBandwidth', 'PayByTraffic'];
/** The known values of {@link NodePoolScalingGroupMultiAzPolicy}. */
export const NodePoolScalingGroupMultiAzPolicyValues = ['PRIORITY', 'COST_OPTIMIZED', 'BALANCE'];
/** The known values of {@link NodePoolScalingGroupPeriodUnit}. */
export const NodePoolScalingGroupPeriodUnitValues = ['Month', 'Week'];
/** The known values of {@link NodePoolScalingGroupScalingPolicy}. */
export const NodePoolScalingGroupScalingPolicyValues = ['release', 'recycle'];
/** The known values of {@link NodePoolScalingGroupSpotStrategy}. */
export const NodePoolScalingGroupSpotStrategyValues = ['NoSpot', 'SpotWithPriceLimit', 'SpotAsPriceGo'];
/** The known values of {@link NodePoolScalingGroupSystemDiskCategory}. */
export const NodePoolScalingGroupSystemDiskCategoryValues = [
    'cloud',
    'cloud_efficiency',
    'cloud_ssd',
    'cloud_essd',
    'cloud_auto',
    'cloud_essd_entry',
];
/** The known values of {@link NodePoolStatusState}. */
export const NodePoolStatusStateValues = ['active', 'scaling', 'removing', 'deleting', 'updating'];
/** The known values of {@link PrivatePoolOptionsMatchCriteria}. */
export const PrivatePoolOptionsMatchCriteriaValues = ['Open', 'Target', 'None'];
/** The known values of {@link PrivatePoolOptionsOutputMatchCriteria}. */
export const PrivatePoolOptionsOutputMatchCriteriaValues = ['Open', 'Target', 'None'];
/** Every value of {@link ScalingGroupInstanceChargeType}. */
export const ScalingGroupInstanceChargeTypeValues = ['PrePaid', 'PostPaid'];
/** Every value of {@link ScalingGroupPeriodUnit}. */
export const ScalingGroupPeriodUnitValues = ['Month', 'Week'];
/** The known values of {@link ScalingGroupPlatform}. */
export const ScalingGroupPlatformValues = ['CentOS', 'AliyunLinux', 'Windows', 'WindowsCore'];
/** The known values of {@link ScalingGroupScalingPolicy}. */
export const ScalingGroupScalingPolicyValues = ['release', 'recycle'];
/** The known values of {@link ScalingGroupSystemDiskCategory}. */
export const ScalingGroupSystemDiskCategoryValues = [
    'cloud',
    'cloud_efficiency',
    'cloud_ssd',
    'cloud_essd',
    'cloud_auto',
    'cloud_essd_entry',
];
/** Every value of {@link TaintEffect}. */
export const TaintEffectValues = ['NoSchedule', 'NoExecute', 'PreferNoSchedule'];
/** The known values of {@link TaintOutputEffect}. */
export const TaintOutputEffectValues = ['NoSchedule', 'NoExecute', 'PreferNoSchedule'];
