import type { ValidationResult } from './runtime/validation.js';
import type {
  CreateClusterNodePoolRequest,
  DeleteClusterNodepoolRequest,
  DescribeClusterNodePoolDetailRequest,
  DescribeClusterNodePoolsRequest,
  ModifyClusterNodePoolRequest,
  ScaleClusterNodePoolRequest,
} from './models.js';

/** Checks a `CreateClusterNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateCreateClusterNodePoolRequest(
  value: unknown,
): ValidationResult<CreateClusterNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterNodePool` request. */
export declare function assertCreateClusterNodePoolRequest(
  value: unknown,
): asserts value is CreateClusterNodePoolRequest;

/** Checks a `DeleteClusterNodepool` request without throwing: every issue found, or the request typed. */
export declare function validateDeleteClusterNodepoolRequest(
  value: unknown,
): ValidationResult<DeleteClusterNodepoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterNodepool` request. */
export declare function assertDeleteClusterNodepoolRequest(
  value: unknown,
): asserts value is DeleteClusterNodepoolRequest;

/** Checks a `DescribeClusterNodePoolDetail` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterNodePoolDetailRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolDetailRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePoolDetail` request. */
export declare function assertDescribeClusterNodePoolDetailRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolDetailRequest;

/** Checks a `DescribeClusterNodePools` request without throwing: every issue found, or the request typed. */
export declare function validateDescribeClusterNodePoolsRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolsRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePools` request. */
export declare function assertDescribeClusterNodePoolsRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolsRequest;

/** Checks a `ModifyClusterNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateModifyClusterNodePoolRequest(
  value: unknown,
): ValidationResult<ModifyClusterNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterNodePool` request. */
export declare function assertModifyClusterNodePoolRequest(
  value: unknown,
): asserts value is ModifyClusterNodePoolRequest;

/** Checks a `ScaleClusterNodePool` request without throwing: every issue found, or the request typed. */
export declare function validateScaleClusterNodePoolRequest(
  value: unknown,
): ValidationResult<ScaleClusterNodePoolRequest>;

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ScaleClusterNodePool` request. */
export declare function assertScaleClusterNodePoolRequest(value: unknown): asserts value is ScaleClusterNodePoolRequest;
