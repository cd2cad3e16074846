// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import { ValidationError } from './runtime/errors.js';
import {
  codePointLength,
  escapePointerToken,
  isBase64,
  jsonTypeOf,
  type ValidationIssue,
  type ValidationResult,
} from './runtime/validation.js';
import type {
  CreateClusterNodePoolRequest,
  DeleteClusterNodepoolRequest,
  DescribeClusterNodePoolDetailRequest,
  DescribeClusterNodePoolsRequest,
  ModifyClusterNodePoolRequest,
  ScaleClusterNodePoolRequest,
} from './models.js';

/** Checks a `CreateClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateCreateClusterNodePoolRequest(value: unknown): ValidationResult<CreateClusterNodePoolRequest> {
  depth = 0;
  const issues = checkCreateClusterNodePoolRequest(value, null);
  return issues === null ? { ok: true, value: value as CreateClusterNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `CreateClusterNodePool` request. */
export function assertCreateClusterNodePoolRequest(value: unknown): asserts value is CreateClusterNodePoolRequest {
  depth = 0;
  const issues = checkCreateClusterNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DeleteClusterNodepool` request without throwing: every issue found, or the request typed. */
export function validateDeleteClusterNodepoolRequest(value: unknown): ValidationResult<DeleteClusterNodepoolRequest> {
  depth = 0;
  const issues = checkDeleteClusterNodepoolRequest(value, null);
  return issues === null ? { ok: true, value: value as DeleteClusterNodepoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DeleteClusterNodepool` request. */
export function assertDeleteClusterNodepoolRequest(value: unknown): asserts value is DeleteClusterNodepoolRequest {
  depth = 0;
  const issues = checkDeleteClusterNodepoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterNodePoolDetail` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterNodePoolDetailRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolDetailRequest> {
  depth = 0;
  const issues = checkDescribeClusterNodePoolDetailRequest(value, null);
  return issues === null ? { ok: true, value: value as DescribeClusterNodePoolDetailRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePoolDetail` request. */
export function assertDescribeClusterNodePoolDetailRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolDetailRequest {
  depth = 0;
  const issues = checkDescribeClusterNodePoolDetailRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `DescribeClusterNodePools` request without throwing: every issue found, or the request typed. */
export function validateDescribeClusterNodePoolsRequest(
  value: unknown,
): ValidationResult<DescribeClusterNodePoolsRequest> {
  depth = 0;
  const issues = checkDescribeClusterNodePoolsRequest(value, null);
  return issues === null ? { ok: true, value: value as DescribeClusterNodePoolsRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `DescribeClusterNodePools` request. */
export function assertDescribeClusterNodePoolsRequest(
  value: unknown,
): asserts value is DescribeClusterNodePoolsRequest {
  depth = 0;
  const issues = checkDescribeClusterNodePoolsRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ModifyClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateModifyClusterNodePoolRequest(value: unknown): ValidationResult<ModifyClusterNodePoolRequest> {
  depth = 0;
  const issues = checkModifyClusterNodePoolRequest(value, null);
  return issues === null ? { ok: true, value: value as ModifyClusterNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ModifyClusterNodePool` request. */
export function assertModifyClusterNodePoolRequest(value: unknown): asserts value is ModifyClusterNodePoolRequest {
  depth = 0;
  const issues = checkModifyClusterNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}

/** Checks a `ScaleClusterNodePool` request without throwing: every issue found, or the request typed. */
export function validateScaleClusterNodePoolRequest(value: unknown): ValidationResult<ScaleClusterNodePoolRequest> {
  depth = 0;
  const issues = checkScaleClusterNodePoolRequest(value, null);
  return issues === null ? { ok: true, value: value as ScaleClusterNodePoolRequest } : { ok: false, issues };
}

/** Throws a `ValidationError` listing every issue when `value` is not a valid `ScaleClusterNodePool` request. */
export function assertScaleClusterNodePoolRequest(value: unknown): asserts value is ScaleClusterNodePoolRequest {
  depth = 0;
  const issues = checkScaleClusterNodePoolRequest(value, null);
  if (issues !== null) throw new ValidationError(issues);
}

type Issues = ValidationIssue[] | null;

const PATH: (string | number)[] = [];
let depth = 0;

/** JSON Pointer of the current path, extended by `tokens`. */
function at(...tokens: (string | number)[]): string {
  let path = '';
  for (let i = 0; i < depth; i++) path += '/' + pointerToken(PATH[i] ?? '');
  for (let i = 0; i < tokens.length; i++) path += '/' + pointerToken(tokens[i] ?? '');
  return path;
}

function pointerToken(token: string | number): string | number {
  if (typeof token === 'number' || (token.indexOf('~') === -1 && token.indexOf('/') === -1)) return token;
  return escapePointerToken(token);
}

function report(issues: Issues, path: string, code: string, message: string): ValidationIssue[] {
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
function unknownProperties(issues: Issues, keys: string[], typeName: string): ValidationIssue[] | null {
  for (let i = 0; i < keys.length; i++)
    issues = report(issues, at(keys[i] as string), 'unknown_property', 'is not a property of ' + typeName);
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

const PATTERN1 = new RegExp('^[^-]', 'u');
const VALUES1 = new Set<unknown>([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60]);

function checkCreateClusterNodePoolRequest(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
    issues = report(issues, at('ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at('ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at('ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 !== undefined) {
    PATH[depth++] = 'body';
    issues = checkCreateClusterNodePoolBody(f2, issues);
    depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'CreateClusterNodePoolRequest');
  return issues;
}

function checkDeleteClusterNodepoolRequest(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
    issues = report(issues, at('ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at('ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at('ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at('NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('NodepoolId'), 'string', f2);
    } else {
      if (f2.length < 1 || (f2.length < 2 && codePointLength(f2) < 1)) {
        issues = report(issues, at('NodepoolId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at('force'), 'boolean', f3);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'DeleteClusterNodepoolRequest');
  return issues;
}

function checkDescribeClusterNodePoolDetailRequest(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
    issues = report(issues, at('ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at('ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at('ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at('NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('NodepoolId'), 'string', f2);
    } else {
      if (f2.length < 1 || (f2.length < 2 && codePointLength(f2) < 1)) {
        issues = report(issues, at('NodepoolId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'DescribeClusterNodePoolDetailRequest');
  return issues;
}

function checkDescribeClusterNodePoolsRequest(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
    issues = report(issues, at('ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at('ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at('ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('NodepoolName'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'DescribeClusterNodePoolsRequest');
  return issues;
}

function checkModifyClusterNodePoolRequest(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
    issues = report(issues, at('ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at('ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at('ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at('NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('NodepoolId'), 'string', f2);
    } else {
      if (f2.length < 1 || (f2.length < 2 && codePointLength(f2) < 1)) {
        issues = report(issues, at('NodepoolId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f3 !== undefined) {
    PATH[depth++] = 'body';
    issues = checkModifyClusterNodePoolBody(f3, issues);
    depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ModifyClusterNodePoolRequest');
  return issues;
}

function checkScaleClusterNodePoolRequest(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
    issues = report(issues, at('ClusterId'), 'required', 'is required');
  } else {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at('ClusterId'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at('ClusterId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f2 === undefined) {
    issues = report(issues, at('NodepoolId'), 'required', 'is required');
  } else {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('NodepoolId'), 'string', f2);
    } else {
      if (f2.length < 1 || (f2.length < 2 && codePointLength(f2) < 1)) {
        issues = report(issues, at('NodepoolId'), 'min_length', 'must be at least 1 character long');
      }
    }
  }

  if (f3 !== undefined) {
    PATH[depth++] = 'body';
    issues = checkScaleClusterNodePoolBody(f3, issues);
    depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ScaleClusterNodePoolRequest');
  return issues;
}

function checkAutoScaling(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at('enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at('max_instances'), 'integer', f2);
    } else {
      if (f2 < 0) {
        issues = report(issues, at('max_instances'), 'minimum', 'must be greater than or equal to 0');
      }

      if (f2 > 2000) {
        issues = report(issues, at('max_instances'), 'maximum', 'must be less than or equal to 2000');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at('min_instances'), 'integer', f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at('min_instances'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at('type'), 'string', f4);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'AutoScaling');
  if (typeof f3 === 'number' && typeof f2 === 'number' && f3 > f2) {
    issues = report(issues, at('min_instances'), 'less_or_equal', 'must be less than or equal to max_instances');
  }

  return issues;
}

function checkCreateClusterNodePoolBody(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      case 'nodepool_info':
        f1 = o['nodepool_info'];
        break;
      case 'scaling_group':
        f2 = o['scaling_group'];
        break;
      case 'kubernetes_config':
        f3 = o['kubernetes_config'];
        break;
      case 'auto_scaling':
        f4 = o['auto_scaling'];
        break;
      case 'tee_config':
        f5 = o['tee_config'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    PATH[depth++] = 'nodepool_info';
    issues = checkNodepoolInfo(f1, issues);
    depth--;
  }

  if (f2 !== undefined) {
    PATH[depth++] = 'scaling_group';
    issues = checkScalingGroup(f2, issues);
    depth--;
  }

  if (f3 !== undefined) {
    PATH[depth++] = 'kubernetes_config';
    issues = checkKubernetesConfig(f3, issues);
    depth--;
  }

  if (f4 !== undefined) {
    PATH[depth++] = 'auto_scaling';
    issues = checkAutoScaling(f4, issues);
    depth--;
  }

  if (f5 !== undefined) {
    PATH[depth++] = 'tee_config';
    issues = checkTeeConfig(f5, issues);
    depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'CreateClusterNodePoolBody');
  return issues;
}

function checkDataDisk(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      case 'category':
        f1 = o['category'];
        break;
      case 'encrypted':
        f2 = o['encrypted'];
        break;
      case 'size':
        f3 = o['size'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'string') {
      issues = mistyped(issues, at('category'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('encrypted'), 'string', f2);
    } else {
      if (!(f2 === 'true' || f2 === 'false')) {
        issues = report(issues, at('encrypted'), 'enum', 'must be one of "true", "false"');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at('size'), 'integer', f3);
    } else {
      if (f3 < 40) {
        issues = report(issues, at('size'), 'minimum', 'must be greater than or equal to 40');
      }

      if (f3 > 32768) {
        issues = report(issues, at('size'), 'maximum', 'must be less than or equal to 32768');
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'DataDisk');
  return issues;
}

function checkInstancePattern(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('cores'), 'integer', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isFinite(f2)) {
      issues = mistyped(issues, at('memory'), 'number', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at('instance_family_level'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (!Array.isArray(f4)) {
      issues = mistyped(issues, at('excluded_instance_types'), 'array', f4);
    } else {
      const a1: readonly unknown[] = f4;
      for (let i1 = 0; i1 < a1.length; i1++) {
        const e1 = a1[i1];
        if (typeof e1 !== 'string') {
          issues = mistyped(issues, at('excluded_instance_types', i1), 'string', e1);
        }
      }
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'number' || !Number.isSafeInteger(f5)) {
      issues = mistyped(issues, at('min_cpu_cores'), 'integer', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'number' || !Number.isSafeInteger(f6)) {
      issues = mistyped(issues, at('max_cpu_cores'), 'integer', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isFinite(f7)) {
      issues = mistyped(issues, at('min_memory_size'), 'number', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'number' || !Number.isFinite(f8)) {
      issues = mistyped(issues, at('max_memory_size'), 'number', f8);
    }
  }

  if (f9 !== undefined) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at('instance_categories'), 'array', f9);
    } else {
      const a2: readonly unknown[] = f9;
      for (let i2 = 0; i2 < a2.length; i2++) {
        const e2 = a2[i2];
        if (typeof e2 !== 'string') {
          issues = mistyped(issues, at('instance_categories', i2), 'string', e2);
        }
      }
    }
  }

  if (f10 !== undefined) {
    if (!Array.isArray(f10)) {
      issues = mistyped(issues, at('cpu_architectures'), 'array', f10);
    } else {
      const a3: readonly unknown[] = f10;
      for (let i3 = 0; i3 < a3.length; i3++) {
        const e3 = a3[i3];
        if (typeof e3 !== 'string') {
          issues = mistyped(issues, at('cpu_architectures', i3), 'string', e3);
        }
      }
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'number' || !Number.isSafeInteger(f11)) {
      issues = mistyped(issues, at('core'), 'integer', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'number' || !Number.isFinite(f12)) {
      issues = mistyped(issues, at('max_price'), 'number', f12);
    }
  }

  if (f13 !== undefined) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at('architectures'), 'array', f13);
    } else {
      const a4: readonly unknown[] = f13;
      for (let i4 = 0; i4 < a4.length; i4++) {
        const e4 = a4[i4];
        if (typeof e4 !== 'string') {
          issues = mistyped(issues, at('architectures', i4), 'string', e4);
        }
      }
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at('burst_performance_option'), 'string', f14);
    }
  }

  if (f15 !== undefined) {
    if (!Array.isArray(f15)) {
      issues = mistyped(issues, at('instance_type_families'), 'array', f15);
    } else {
      const a5: readonly unknown[] = f15;
      for (let i5 = 0; i5 < a5.length; i5++) {
        const e5 = a5[i5];
        if (typeof e5 !== 'string') {
          issues = mistyped(issues, at('instance_type_families', i5), 'string', e5);
        }
      }
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'number' || !Number.isSafeInteger(f16)) {
      issues = mistyped(issues, at('minimum_eni_quantity'), 'integer', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'number' || !Number.isSafeInteger(f17)) {
      issues = mistyped(issues, at('minimum_eni_private_ip_address_quantity'), 'integer', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'number' || !Number.isSafeInteger(f18)) {
      issues = mistyped(issues, at('minimum_eni_ipv6_address_quantity'), 'integer', f18);
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'number' || !Number.isSafeInteger(f19)) {
      issues = mistyped(issues, at('maximum_gpu_amount'), 'integer', f19);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'InstancePattern');
  if (typeof f5 === 'number' && typeof f6 === 'number' && f5 > f6) {
    issues = report(issues, at('min_cpu_cores'), 'less_or_equal', 'must be less than or equal to max_cpu_cores');
  }

  if (typeof f7 === 'number' && typeof f8 === 'number' && f7 > f8) {
    issues = report(issues, at('min_memory_size'), 'less_or_equal', 'must be less than or equal to max_memory_size');
  }

  return issues;
}

function checkKubernetesConfig(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at('cms_enabled'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('cpu_policy'), 'string', f2);
    } else {
      if (!(f2 === 'static' || f2 === 'none')) {
        issues = report(issues, at('cpu_policy'), 'enum', 'must be one of "static", "none"');
      }
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at('labels'), 'array', f3);
    } else {
      const a6: readonly unknown[] = f3;
      for (let i6 = 0; i6 < a6.length; i6++) {
        const e6 = a6[i6];
        PATH[depth++] = 'labels';
        PATH[depth++] = i6;
        issues = checkTag(e6, issues);
        depth -= 2;
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at('runtime'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at('runtime_version'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at('taints'), 'array', f6);
    } else {
      const a7: readonly unknown[] = f6;
      for (let i7 = 0; i7 < a7.length; i7++) {
        const e7 = a7[i7];
        PATH[depth++] = 'taints';
        PATH[depth++] = i7;
        issues = checkTaint(e7, issues);
        depth -= 2;
      }
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at('user_data'), 'string', f7);
    } else {
      if (!isBase64(f7)) {
        issues = report(issues, at('user_data'), 'format', 'must be a valid base64 string (RFC 4648, padded)');
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'KubernetesConfig');
  return issues;
}

function checkModifyClusterNodePoolBody(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
    PATH[depth++] = 'nodepool_info';
    issues = checkModifyClusterNodePoolBodyNodepoolInfo(f1, issues);
    depth--;
  }

  if (f2 !== undefined) {
    PATH[depth++] = 'auto_scaling';
    issues = checkModifyClusterNodePoolBodyAutoScaling(f2, issues);
    depth--;
  }

  if (f3 !== undefined) {
    PATH[depth++] = 'management';
    issues = checkModifyClusterNodePoolBodyManagement(f3, issues);
    depth--;
  }

  if (f4 !== undefined) {
    PATH[depth++] = 'scaling_group';
    issues = checkModifyClusterNodePoolScalingGroup(f4, issues);
    depth--;
  }

  if (f5 !== undefined) {
    PATH[depth++] = 'kubernetes_config';
    issues = checkModifyClusterNodePoolBodyKubernetesConfig(f5, issues);
    depth--;
  }

  if (f6 !== undefined) {
    PATH[depth++] = 'tee_config';
    issues = checkTeeConfig(f6, issues);
    depth--;
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'boolean') {
      issues = mistyped(issues, at('update_nodes'), 'boolean', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'boolean') {
      issues = mistyped(issues, at('concurrency'), 'boolean', f8);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBody');
  return issues;
}

function checkModifyClusterNodePoolBodyAutoScaling(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('type'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at('max_instances'), 'integer', f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at('max_instances'), 'minimum', 'must be greater than or equal to 0');
      }

      if (f3 > 2000) {
        issues = report(issues, at('max_instances'), 'maximum', 'must be less than or equal to 2000');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at('min_instances'), 'integer', f4);
    } else {
      if (f4 < 0) {
        issues = report(issues, at('min_instances'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'boolean') {
      issues = mistyped(issues, at('is_bond_eip'), 'boolean', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at('eip_internet_charge_type'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at('eip_bandwidth'), 'integer', f7);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBodyAutoScaling');
  if (typeof f4 === 'number' && typeof f3 === 'number' && f4 > f3) {
    issues = report(issues, at('min_instances'), 'less_or_equal', 'must be less than or equal to max_instances');
  }

  return issues;
}

function checkModifyClusterNodePoolBodyKubernetesConfig(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('labels'), 'array', f1);
    } else {
      const a8: readonly unknown[] = f1;
      if (a8.length > 20) {
        issues = report(issues, at('labels'), 'max_items', 'must have at most 20 items');
      }

      for (let i8 = 0; i8 < a8.length; i8++) {
        const e8 = a8[i8];
        PATH[depth++] = 'labels';
        PATH[depth++] = i8;
        issues = checkTag(e8, issues);
        depth -= 2;
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at('taints'), 'array', f2);
    } else {
      const a9: readonly unknown[] = f2;
      for (let i9 = 0; i9 < a9.length; i9++) {
        const e9 = a9[i9];
        PATH[depth++] = 'taints';
        PATH[depth++] = i9;
        issues = checkTaint(e9, issues);
        depth -= 2;
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at('runtime'), 'string', f3);
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at('runtime_version'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at('cpu_policy'), 'string', f5);
    } else {
      if (!(f5 === 'static' || f5 === 'none')) {
        issues = report(issues, at('cpu_policy'), 'enum', 'must be one of "static", "none"');
      }
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at('unschedulable'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at('user_data'), 'string', f7);
    } else {
      if (!isBase64(f7)) {
        issues = report(issues, at('user_data'), 'format', 'must be a valid base64 string (RFC 4648, padded)');
      }
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'boolean') {
      issues = mistyped(issues, at('cms_enabled'), 'boolean', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'string') {
      issues = mistyped(issues, at('pre_user_data'), 'string', f9);
    } else {
      if (!isBase64(f9)) {
        issues = report(issues, at('pre_user_data'), 'format', 'must be a valid base64 string (RFC 4648, padded)');
      }
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at('node_name_mode'), 'string', f10);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBodyKubernetesConfig');
  return issues;
}

function checkModifyClusterNodePoolBodyManagement(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('enable'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at('auto_repair'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    PATH[depth++] = 'auto_repair_policy';
    issues = checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(f3, issues);
    depth--;
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'boolean') {
      issues = mistyped(issues, at('auto_vul_fix'), 'boolean', f4);
    }
  }

  if (f5 !== undefined) {
    PATH[depth++] = 'auto_vul_fix_policy';
    issues = checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(f5, issues);
    depth--;
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at('auto_upgrade'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    PATH[depth++] = 'auto_upgrade_policy';
    issues = checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(f7, issues);
    depth--;
  }

  if (f8 !== undefined) {
    PATH[depth++] = 'upgrade_config';
    issues = checkModifyClusterNodePoolBodyManagementUpgradeConfig(f8, issues);
    depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBodyManagement');
  return issues;
}

function checkModifyClusterNodePoolBodyManagementAutoRepairPolicy(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('restart_node'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at('approval_required'), 'boolean', f2);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBodyManagementAutoRepairPolicy');
  return issues;
}

function checkModifyClusterNodePoolBodyManagementAutoUpgradePolicy(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('auto_upgrade_kubelet'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'boolean') {
      issues = mistyped(issues, at('auto_upgrade_runtime'), 'boolean', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'boolean') {
      issues = mistyped(issues, at('auto_upgrade_os'), 'boolean', f3);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBodyManagementAutoUpgradePolicy');
  return issues;
}

function checkModifyClusterNodePoolBodyManagementAutoVulFixPolicy(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('restart_node'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('vul_level'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at('exclude_packages'), 'string', f3);
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBodyManagementAutoVulFixPolicy');
  return issues;
}

function checkModifyClusterNodePoolBodyManagementUpgradeConfig(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('auto_upgrade'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at('surge'), 'integer', f2);
    } else {
      if (f2 < 0) {
        issues = report(issues, at('surge'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'number' || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at('surge_percentage'), 'integer', f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at('surge_percentage'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at('max_unavailable'), 'integer', f4);
    } else {
      if (f4 < 1) {
        issues = report(issues, at('max_unavailable'), 'minimum', 'must be greater than or equal to 1');
      }

      if (f4 > 1000) {
        issues = report(issues, at('max_unavailable'), 'maximum', 'must be less than or equal to 1000');
      }
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBodyManagementUpgradeConfig');
  return issues;
}

function checkModifyClusterNodePoolBodyNodepoolInfo(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('name'), 'string', f1);
    } else {
      if (f1.length < 1 || (f1.length < 2 && codePointLength(f1) < 1)) {
        issues = report(issues, at('name'), 'min_length', 'must be at least 1 character long');
      }

      if (f1.length > 63 && codePointLength(f1) > 63) {
        issues = report(issues, at('name'), 'max_length', 'must be at most 63 characters long');
      }

      if (!PATTERN1.test(f1)) {
        issues = report(issues, at('name'), 'pattern', 'must match the pattern ^[^-]');
      }
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('resource_group_id'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ModifyClusterNodePoolBodyNodepoolInfo');
  return issues;
}

function checkModifyClusterNodePoolScalingGroup(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      case 'system_disk_snapshot_policy_id':
        f21 = o['system_disk_snapshot_policy_id'];
        break;
      case 'data_disks':
        f22 = o['data_disks'];
        break;
      case 'key_pair':
        f23 = o['key_pair'];
        break;
      case 'login_password':
        f24 = o['login_password'];
        break;
      case 'internet_charge_type':
        f25 = o['internet_charge_type'];
        break;
      case 'internet_max_bandwidth_out':
        f26 = o['internet_max_bandwidth_out'];
        break;
      case 'tags':
        f27 = o['tags'];
        break;
      case 'desired_size':
        f28 = o['desired_size'];
        break;
      case 'multi_az_policy':
        f29 = o['multi_az_policy'];
        break;
      case 'scaling_policy':
        f30 = o['scaling_policy'];
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
      case 'rds_instances':
        f36 = o['rds_instances'];
        break;
      case 'private_pool_options':
        f37 = o['private_pool_options'];
        break;
      case 'platform':
        f38 = o['platform'];
        break;
      case 'instance_patterns':
        f39 = o['instance_patterns'];
        break;
      case 'deploymentset_id':
        f40 = o['deploymentset_id'];
        break;
      case 'security_group_ids':
        f41 = o['security_group_ids'];
        break;
      case 'resource_pool_options':
        f42 = o['resource_pool_options'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at('vswitch_ids'), 'array', f1);
    } else {
      const a10: readonly unknown[] = f1;
      if (a10.length < 1) {
        issues = report(issues, at('vswitch_ids'), 'min_items', 'must have at least 1 item');
      }

      if (a10.length > 20) {
        issues = report(issues, at('vswitch_ids'), 'max_items', 'must have at most 20 items');
      }

      for (let i10 = 0; i10 < a10.length; i10++) {
        const e10 = a10[i10];
        if (typeof e10 !== 'string') {
          issues = mistyped(issues, at('vswitch_ids', i10), 'string', e10);
        }
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at('instance_types'), 'array', f2);
    } else {
      const a11: readonly unknown[] = f2;
      if (a11.length < 1) {
        issues = report(issues, at('instance_types'), 'min_items', 'must have at least 1 item');
      }

      for (let i11 = 0; i11 < a11.length; i11++) {
        const e11 = a11[i11];
        if (typeof e11 !== 'string') {
          issues = mistyped(issues, at('instance_types', i11), 'string', e11);
        }
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at('instance_charge_type'), 'string', f3);
    } else {
      if (!(f3 === 'PrePaid' || f3 === 'PostPaid')) {
        issues = report(issues, at('instance_charge_type'), 'enum', 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'number' || !Number.isSafeInteger(f4)) {
      issues = mistyped(issues, at('period'), 'integer', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at('period_unit'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'boolean') {
      issues = mistyped(issues, at('auto_renew'), 'boolean', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at('auto_renew_period'), 'integer', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at('spot_strategy'), 'string', f8);
    }
  }

  if (f9 !== undefined) {
    if (!Array.isArray(f9)) {
      issues = mistyped(issues, at('spot_price_limit'), 'array', f9);
    } else {
      const a12: readonly unknown[] = f9;
      for (let i12 = 0; i12 < a12.length; i12++) {
        const e12 = a12[i12];
        PATH[depth++] = 'spot_price_limit';
        PATH[depth++] = i12;
        issues = checkSpotPriceLimit(e12, issues);
        depth -= 2;
      }
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at('image_type'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at('image_id'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'string') {
      issues = mistyped(issues, at('system_disk_category'), 'string', f12);
    }
  }

  if (f13 !== undefined) {
    if (!Array.isArray(f13)) {
      issues = mistyped(issues, at('system_disk_categories'), 'array', f13);
    } else {
      const a13: readonly unknown[] = f13;
      if (a13.length > 10) {
        issues = report(issues, at('system_disk_categories'), 'max_items', 'must have at most 10 items');
      }

      for (let i13 = 0; i13 < a13.length; i13++) {
        const e13 = a13[i13];
        if (typeof e13 !== 'string') {
          issues = mistyped(issues, at('system_disk_categories', i13), 'string', e13);
        }
      }
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'number' || !Number.isSafeInteger(f14)) {
      issues = mistyped(issues, at('system_disk_size'), 'integer', f14);
    } else {
      if (f14 < 20) {
        issues = report(issues, at('system_disk_size'), 'minimum', 'must be greater than or equal to 20');
      }

      if (f14 > 2048) {
        issues = report(issues, at('system_disk_size'), 'maximum', 'must be less than or equal to 2048');
      }
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'string') {
      issues = mistyped(issues, at('system_disk_performance_level'), 'string', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'boolean') {
      issues = mistyped(issues, at('system_disk_encrypted'), 'boolean', f16);
    }
  }

  if (f17 !== undefined) {
    if (typeof f17 !== 'string') {
      issues = mistyped(issues, at('system_disk_kms_key_id'), 'string', f17);
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'string') {
      issues = mistyped(issues, at('system_disk_encrypt_algorithm'), 'string', f18);
    }
  }

  if (f19 !== undefined) {
    if (typeof f19 !== 'number' || !Number.isSafeInteger(f19)) {
      issues = mistyped(issues, at('system_disk_provisioned_iops'), 'integer', f19);
    } else {
      if (f19 < 0) {
        issues = report(issues, at('system_disk_provisioned_iops'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f20 !== undefined) {
    if (typeof f20 !== 'boolean') {
      issues = mistyped(issues, at('system_disk_bursting_enabled'), 'boolean', f20);
    }
  }

  if (f21 !== undefined) {
    if (typeof f21 !== 'string') {
      issues = mistyped(issues, at('system_disk_snapshot_policy_id'), 'string', f21);
    }
  }

  if (f22 !== undefined) {
    if (!Array.isArray(f22)) {
      issues = mistyped(issues, at('data_disks'), 'array', f22);
    } else {
      const a14: readonly unknown[] = f22;
      if (a14.length > 10) {
        issues = report(issues, at('data_disks'), 'max_items', 'must have at most 10 items');
      }

      for (let i14 = 0; i14 < a14.length; i14++) {
        const e14 = a14[i14];
        PATH[depth++] = 'data_disks';
        PATH[depth++] = i14;
        issues = checkNodePoolDataDisk(e14, issues);
        depth -= 2;
      }
    }
  }

  if (f23 !== undefined) {
    if (typeof f23 !== 'string') {
      issues = mistyped(issues, at('key_pair'), 'string', f23);
    }
  }

  if (f24 !== undefined) {
    if (typeof f24 !== 'string') {
      issues = mistyped(issues, at('login_password'), 'string', f24);
    } else {
      if (f24.length > 30 && codePointLength(f24) > 30) {
        issues = report(issues, at('login_password'), 'max_length', 'must be at most 30 characters long');
      }
    }
  }

  if (f25 !== undefined) {
    if (typeof f25 !== 'string') {
      issues = mistyped(issues, at('internet_charge_type'), 'string', f25);
    }
  }

  if (f26 !== undefined) {
    if (typeof f26 !== 'number' || !Number.isSafeInteger(f26)) {
      issues = mistyped(issues, at('internet_max_bandwidth_out'), 'integer', f26);
    } else {
      if (f26 < 1) {
        issues = report(issues, at('internet_max_bandwidth_out'), 'minimum', 'must be greater than or equal to 1');
      }

      if (f26 > 100) {
        issues = report(issues, at('internet_max_bandwidth_out'), 'maximum', 'must be less than or equal to 100');
      }
    }
  }

  if (f27 !== undefined) {
    if (!Array.isArray(f27)) {
      issues = mistyped(issues, at('tags'), 'array', f27);
    } else {
      const a15: readonly unknown[] = f27;
      for (let i15 = 0; i15 < a15.length; i15++) {
        const e15 = a15[i15];
        PATH[depth++] = 'tags';
        PATH[depth++] = i15;
        issues = checkTag(e15, issues);
        depth -= 2;
      }
    }
  }

  if (f28 !== undefined) {
    if (typeof f28 !== 'number' || !Number.isSafeInteger(f28)) {
      issues = mistyped(issues, at('desired_size'), 'integer', f28);
    } else {
      if (f28 < 0) {
        issues = report(issues, at('desired_size'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f29 !== undefined) {
    if (typeof f29 !== 'string') {
      issues = mistyped(issues, at('multi_az_policy'), 'string', f29);
    }
  }

  if (f30 !== undefined) {
    if (typeof f30 !== 'string') {
      issues = mistyped(issues, at('scaling_policy'), 'string', f30);
    }
  }

  if (f31 !== undefined) {
    if (typeof f31 !== 'number' || !Number.isSafeInteger(f31)) {
      issues = mistyped(issues, at('on_demand_base_capacity'), 'integer', f31);
    } else {
      if (f31 < 0) {
        issues = report(issues, at('on_demand_base_capacity'), 'minimum', 'must be greater than or equal to 0');
      }

      if (f31 > 1000) {
        issues = report(issues, at('on_demand_base_capacity'), 'maximum', 'must be less than or equal to 1000');
      }
    }
  }

  if (f32 !== undefined) {
    if (typeof f32 !== 'number' || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at('on_demand_percentage_above_base_capacity'), 'integer', f32);
    } else {
      if (f32 < 0) {
        issues = report(
          issues,
          at('on_demand_percentage_above_base_capacity'),
          'minimum',
          'must be greater than or equal to 0',
        );
      }

      if (f32 > 100) {
        issues = report(
          issues,
          at('on_demand_percentage_above_base_capacity'),
          'maximum',
          'must be less than or equal to 100',
        );
      }
    }
  }

  if (f33 !== undefined) {
    if (typeof f33 !== 'number' || !Number.isSafeInteger(f33)) {
      issues = mistyped(issues, at('spot_instance_pools'), 'integer', f33);
    } else {
      if (f33 < 1) {
        issues = report(issues, at('spot_instance_pools'), 'minimum', 'must be greater than or equal to 1');
      }

      if (f33 > 10) {
        issues = report(issues, at('spot_instance_pools'), 'maximum', 'must be less than or equal to 10');
      }
    }
  }

  if (f34 !== undefined) {
    if (typeof f34 !== 'boolean') {
      issues = mistyped(issues, at('spot_instance_remedy'), 'boolean', f34);
    }
  }

  if (f35 !== undefined) {
    if (typeof f35 !== 'boolean') {
      issues = mistyped(issues, at('compensate_with_on_demand'), 'boolean', f35);
    }
  }

  if (f36 !== undefined) {
    if (!Array.isArray(f36)) {
      issues = mistyped(issues, at('rds_instances'), 'array', f36);
    } else {
      const a16: readonly unknown[] = f36;
      for (let i16 = 0; i16 < a16.length; i16++) {
        const e16 = a16[i16];
        if (typeof e16 !== 'string') {
          issues = mistyped(issues, at('rds_instances', i16), 'string', e16);
        }
      }
    }
  }

  if (f37 !== undefined) {
    PATH[depth++] = 'private_pool_options';
    issues = checkPrivatePoolOptions(f37, issues);
    depth--;
  }

  if (f38 !== undefined) {
    if (typeof f38 !== 'string') {
      issues = mistyped(issues, at('platform'), 'string', f38);
    }
  }

  if (f39 !== undefined) {
    if (!Array.isArray(f39)) {
      issues = mistyped(issues, at('instance_patterns'), 'array', f39);
    } else {
      const a17: readonly unknown[] = f39;
      for (let i17 = 0; i17 < a17.length; i17++) {
        const e17 = a17[i17];
        PATH[depth++] = 'instance_patterns';
        PATH[depth++] = i17;
        issues = checkInstancePattern(e17, issues);
        depth -= 2;
      }
    }
  }

  if (f40 !== undefined) {
    if (typeof f40 !== 'string') {
      issues = mistyped(issues, at('deploymentset_id'), 'string', f40);
    }
  }

  if (f41 !== undefined) {
    if (!Array.isArray(f41)) {
      issues = mistyped(issues, at('security_group_ids'), 'array', f41);
    } else {
      const a18: readonly unknown[] = f41;
      for (let i18 = 0; i18 < a18.length; i18++) {
        const e18 = a18[i18];
        if (typeof e18 !== 'string') {
          issues = mistyped(issues, at('security_group_ids', i18), 'string', e18);
        }
      }
    }
  }

  if (f42 !== undefined) {
    PATH[depth++] = 'resource_pool_options';
    issues = checkModifyClusterNodePoolScalingGroupResourcePoolOptions(f42, issues);
    depth--;
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ModifyClusterNodePoolScalingGroup');
  if (f3 === 'PrePaid') {
    if (f4 === undefined) {
      issues = report(
        issues,
        at('period'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid"',
      );
    }
  }

  if (f3 === 'PrePaid' && f6 === true) {
    if (f7 === undefined) {
      issues = report(
        issues,
        at('auto_renew_period'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid" and auto_renew is true',
      );
    }
  }

  return issues;
}

function checkModifyClusterNodePoolScalingGroupResourcePoolOptions(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('strategy'), 'string', f1);
    } else {
      if (!(f1 === 'PrivatePoolFirst' || f1 === 'PrivatePoolOnly' || f1 === 'None')) {
        issues = report(issues, at('strategy'), 'enum', 'must be one of "PrivatePoolFirst", "PrivatePoolOnly", "None"');
      }
    }
  }

  if (f2 !== undefined) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at('private_pool_ids'), 'array', f2);
    } else {
      const a19: readonly unknown[] = f2;
      for (let i19 = 0; i19 < a19.length; i19++) {
        const e19 = a19[i19];
        if (typeof e19 !== 'string') {
          issues = mistyped(issues, at('private_pool_ids', i19), 'string', e19);
        }
      }
    }
  }

  if (others !== undefined)
    issues = unknownProperties(issues, others, 'ModifyClusterNodePoolScalingGroupResourcePoolOptions');
  return issues;
}

function checkNodePoolDataDisk(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('category'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at('size'), 'integer', f2);
    } else {
      if (f2 < 40) {
        issues = report(issues, at('size'), 'minimum', 'must be greater than or equal to 40');
      }

      if (f2 > 32768) {
        issues = report(issues, at('size'), 'maximum', 'must be less than or equal to 32768');
      }
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at('encrypted'), 'string', f3);
    } else {
      if (!(f3 === 'true' || f3 === 'false')) {
        issues = report(issues, at('encrypted'), 'enum', 'must be one of "true", "false"');
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at('kms_key_id'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at('auto_snapshot_policy_id'), 'string', f5);
    }
  }

  if (f6 !== undefined) {
    if (typeof f6 !== 'string') {
      issues = mistyped(issues, at('performance_level'), 'string', f6);
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'number' || !Number.isSafeInteger(f7)) {
      issues = mistyped(issues, at('provisioned_iops'), 'integer', f7);
    } else {
      if (f7 < 0) {
        issues = report(issues, at('provisioned_iops'), 'minimum', 'must be greater than or equal to 0');
      }
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'boolean') {
      issues = mistyped(issues, at('bursting_enabled'), 'boolean', f8);
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'boolean') {
      issues = mistyped(issues, at('auto_format'), 'boolean', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at('file_system'), 'string', f10);
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at('mount_target'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (typeof f12 !== 'string') {
      issues = mistyped(issues, at('disk_name'), 'string', f12);
    } else {
      if (f12.length < 2 || (f12.length < 4 && codePointLength(f12) < 2)) {
        issues = report(issues, at('disk_name'), 'min_length', 'must be at least 2 characters long');
      }

      if (f12.length > 128 && codePointLength(f12) > 128) {
        issues = report(issues, at('disk_name'), 'max_length', 'must be at most 128 characters long');
      }
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'string') {
      issues = mistyped(issues, at('device'), 'string', f13);
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at('snapshot_id'), 'string', f14);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'NodePoolDataDisk');
  return issues;
}

function checkNodepoolInfo(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('name'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('resource_group_id'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'NodepoolInfo');
  return issues;
}

function checkPrivatePoolOptions(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('id'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('match_criteria'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'PrivatePoolOptions');
  return issues;
}

function checkScaleClusterNodePoolBody(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('count'), 'integer', f1);
    } else {
      if (f1 < 1) {
        issues = report(issues, at('count'), 'minimum', 'must be greater than or equal to 1');
      }

      if (f1 > 500) {
        issues = report(issues, at('count'), 'maximum', 'must be less than or equal to 500');
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ScaleClusterNodePoolBody');
  return issues;
}

function checkScalingGroup(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      case 'period':
        f9 = o['period'];
        break;
      case 'period_unit':
        f10 = o['period_unit'];
        break;
      case 'platform':
        f11 = o['platform'];
        break;
      case 'rds_instances':
        f12 = o['rds_instances'];
        break;
      case 'scaling_policy':
        f13 = o['scaling_policy'];
        break;
      case 'security_group_id':
        f14 = o['security_group_id'];
        break;
      case 'system_disk_category':
        f15 = o['system_disk_category'];
        break;
      case 'system_disk_size':
        f16 = o['system_disk_size'];
        break;
      case 'tags':
        f17 = o['tags'];
        break;
      case 'vpc_id':
        f18 = o['vpc_id'];
        break;
      case 'vswitch_ids':
        f19 = o['vswitch_ids'];
        break;
      default:
        (others ??= []).push(key);
    }
  }

  if (f1 !== undefined) {
    if (typeof f1 !== 'boolean') {
      issues = mistyped(issues, at('auto_renew'), 'boolean', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'number' || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at('auto_renew_period'), 'integer', f2);
    }
  }

  if (f3 !== undefined) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at('data_disks'), 'array', f3);
    } else {
      const a20: readonly unknown[] = f3;
      for (let i20 = 0; i20 < a20.length; i20++) {
        const e20 = a20[i20];
        PATH[depth++] = 'data_disks';
        PATH[depth++] = i20;
        issues = checkDataDisk(e20, issues);
        depth -= 2;
      }
    }
  }

  if (f4 !== undefined) {
    if (typeof f4 !== 'string') {
      issues = mistyped(issues, at('image_id'), 'string', f4);
    }
  }

  if (f5 !== undefined) {
    if (typeof f5 !== 'string') {
      issues = mistyped(issues, at('instance_charge_type'), 'string', f5);
    } else {
      if (!(f5 === 'PrePaid' || f5 === 'PostPaid')) {
        issues = report(issues, at('instance_charge_type'), 'enum', 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }

  if (f6 !== undefined) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at('instance_types'), 'array', f6);
    } else {
      const a21: readonly unknown[] = f6;
      if (a21.length < 1) {
        issues = report(issues, at('instance_types'), 'min_items', 'must have at least 1 item');
      }

      if (a21.length > 10) {
        issues = report(issues, at('instance_types'), 'max_items', 'must have at most 10 items');
      }

      for (let i21 = 0; i21 < a21.length; i21++) {
        const e21 = a21[i21];
        if (typeof e21 !== 'string') {
          issues = mistyped(issues, at('instance_types', i21), 'string', e21);
        }
      }
    }
  }

  if (f7 !== undefined) {
    if (typeof f7 !== 'string') {
      issues = mistyped(issues, at('key_pair'), 'string', f7);
    }
  }

  if (f8 !== undefined) {
    if (typeof f8 !== 'string') {
      issues = mistyped(issues, at('login_password'), 'string', f8);
    } else {
      if (f8.length > 30 && codePointLength(f8) > 30) {
        issues = report(issues, at('login_password'), 'max_length', 'must be at most 30 characters long');
      }
    }
  }

  if (f9 !== undefined) {
    if (typeof f9 !== 'number' || !Number.isSafeInteger(f9)) {
      issues = mistyped(issues, at('period'), 'integer', f9);
    }
  }

  if (f10 !== undefined) {
    if (typeof f10 !== 'string') {
      issues = mistyped(issues, at('period_unit'), 'string', f10);
    } else {
      if (!(f10 === 'Month' || f10 === 'Week')) {
        issues = report(issues, at('period_unit'), 'enum', 'must be one of "Month", "Week"');
      }
    }
  }

  if (f11 !== undefined) {
    if (typeof f11 !== 'string') {
      issues = mistyped(issues, at('platform'), 'string', f11);
    }
  }

  if (f12 !== undefined) {
    if (!Array.isArray(f12)) {
      issues = mistyped(issues, at('rds_instances'), 'array', f12);
    } else {
      const a22: readonly unknown[] = f12;
      for (let i22 = 0; i22 < a22.length; i22++) {
        const e22 = a22[i22];
        if (typeof e22 !== 'string') {
          issues = mistyped(issues, at('rds_instances', i22), 'string', e22);
        }
      }
    }
  }

  if (f13 !== undefined) {
    if (typeof f13 !== 'string') {
      issues = mistyped(issues, at('scaling_policy'), 'string', f13);
    }
  }

  if (f14 !== undefined) {
    if (typeof f14 !== 'string') {
      issues = mistyped(issues, at('security_group_id'), 'string', f14);
    }
  }

  if (f15 !== undefined) {
    if (typeof f15 !== 'string') {
      issues = mistyped(issues, at('system_disk_category'), 'string', f15);
    }
  }

  if (f16 !== undefined) {
    if (typeof f16 !== 'number' || !Number.isSafeInteger(f16)) {
      issues = mistyped(issues, at('system_disk_size'), 'integer', f16);
    } else {
      if (f16 < 20) {
        issues = report(issues, at('system_disk_size'), 'minimum', 'must be greater than or equal to 20');
      }

      if (f16 > 2048) {
        issues = report(issues, at('system_disk_size'), 'maximum', 'must be less than or equal to 2048');
      }
    }
  }

  if (f17 !== undefined) {
    if (!Array.isArray(f17)) {
      issues = mistyped(issues, at('tags'), 'array', f17);
    } else {
      const a23: readonly unknown[] = f17;
      for (let i23 = 0; i23 < a23.length; i23++) {
        const e23 = a23[i23];
        PATH[depth++] = 'tags';
        PATH[depth++] = i23;
        issues = checkTag(e23, issues);
        depth -= 2;
      }
    }
  }

  if (f18 !== undefined) {
    if (typeof f18 !== 'string') {
      issues = mistyped(issues, at('vpc_id'), 'string', f18);
    }
  }

  if (f19 !== undefined) {
    if (!Array.isArray(f19)) {
      issues = mistyped(issues, at('vswitch_ids'), 'array', f19);
    } else {
      const a24: readonly unknown[] = f19;
      if (a24.length < 1) {
        issues = report(issues, at('vswitch_ids'), 'min_items', 'must have at least 1 item');
      }

      if (a24.length > 8) {
        issues = report(issues, at('vswitch_ids'), 'max_items', 'must have at most 8 items');
      }

      for (let i24 = 0; i24 < a24.length; i24++) {
        const e24 = a24[i24];
        if (typeof e24 !== 'string') {
          issues = mistyped(issues, at('vswitch_ids', i24), 'string', e24);
        }
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'ScalingGroup');
  if (!(f7 !== undefined || f8 !== undefined)) {
    issues = report(issues, at(), 'any_required', 'at least one of key_pair or login_password must be set');
  }

  if (f5 === 'PrePaid') {
    if (f9 === undefined) {
      issues = report(
        issues,
        at('period'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid"',
      );
    }

    if (f10 === undefined) {
      issues = report(
        issues,
        at('period_unit'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid"',
      );
    }

    if (f1 === undefined) {
      issues = report(
        issues,
        at('auto_renew'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid"',
      );
    }
  }

  if (f5 === 'PrePaid' && f1 === true) {
    if (f2 === undefined) {
      issues = report(
        issues,
        at('auto_renew_period'),
        'conditional_required',
        'is required when instance_charge_type is "PrePaid" and auto_renew is true',
      );
    }
  }

  if (f10 === 'Week') {
    if (f9 !== undefined) {
      if (!(typeof f9 !== 'number' || !Number.isSafeInteger(f9))) {
        if (!(f9 === 1 || f9 === 2 || f9 === 3 || f9 === 4)) {
          issues = report(issues, at('period'), 'enum', 'must be one of 1, 2, 3, 4 when period_unit is "Week"');
        }
      }
    }
  } else {
    if (f9 !== undefined) {
      if (!(typeof f9 !== 'number' || !Number.isSafeInteger(f9))) {
        if (!VALUES1.has(f9)) {
          issues = report(
            issues,
            at('period'),
            'enum',
            'must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60 unless period_unit is "Week"',
          );
        }
      }
    }

    if (f2 !== undefined) {
      if (!(typeof f2 !== 'number' || !Number.isSafeInteger(f2))) {
        if (!(f2 === 1 || f2 === 2 || f2 === 3 || f2 === 6 || f2 === 12)) {
          issues = report(
            issues,
            at('auto_renew_period'),
            'enum',
            'must be one of 1, 2, 3, 6, 12 unless period_unit is "Week"',
          );
        }
      }
    }
  }

  return issues;
}

function checkSpotPriceLimit(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('instance_type'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('price_limit'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'SpotPriceLimit');
  return issues;
}

function checkTag(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('key'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('value'), 'string', f2);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'Tag');
  return issues;
}

function checkTaint(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('key'), 'string', f1);
    }
  }

  if (f2 !== undefined) {
    if (typeof f2 !== 'string') {
      issues = mistyped(issues, at('value'), 'string', f2);
    }
  }

  if (f3 !== undefined) {
    if (typeof f3 !== 'string') {
      issues = mistyped(issues, at('effect'), 'string', f3);
    } else {
      if (!(f3 === 'NoSchedule' || f3 === 'NoExecute' || f3 === 'PreferNoSchedule')) {
        issues = report(issues, at('effect'), 'enum', 'must be one of "NoSchedule", "NoExecute", "PreferNoSchedule"');
      }
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'Taint');
  return issues;
}

function checkTeeConfig(value: unknown, issues: Issues): Issues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return mistyped(issues, at(), 'object', value);
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
      issues = mistyped(issues, at('tee_enable'), 'boolean', f1);
    }
  }

  if (others !== undefined) issues = unknownProperties(issues, others, 'TeeConfig');
  return issues;
}
