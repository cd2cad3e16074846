// generated:/src/models.ts
var AutoScalingTypeValues = ["cpu", "gpu", "gpushare", "spot"];
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
var KubernetesConfigCpuPolicyValues = ["static", "none"];
var KubernetesConfigRuntimeValues = ["containerd", "docker", "Sandboxed-Container.runv"];
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
var ModifyClusterNodePoolScalingGroupImageTypeValues = [
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
var ModifyClusterNodePoolScalingGroupInstanceChargeTypeValues = ["PrePaid", "PostPaid"];
var ModifyClusterNodePoolScalingGroupInternetChargeTypeValues = ["PayByBandwidth", "PayByTraffic"];
var ModifyClusterNodePoolScalingGroupMultiAzPolicyValues = ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
var ModifyClusterNodePoolScalingGroupPeriodUnitValues = ["Month", "Week"];
var ModifyClusterNodePoolScalingGroupPlatformValues = [
  "AliyunLinux",
  "CentOS",
  "Windows",
  "WindowsCore"
];
var ModifyClusterNodePoolScalingGroupResourcePoolOptionsStrategyValues = [
  "PrivatePoolFirst",
  "PrivatePoolOnly",
  "None"
];
var ModifyClusterNodePoolScalingGroupScalingPolicyValues = ["release", "recycle"];
var ModifyClusterNodePoolScalingGroupSpotStrategyValues = [
  "NoSpot",
  "SpotWithPriceLimit",
  "SpotAsPriceGo"
];
var ModifyClusterNodePoolScalingGroupSystemDiskCategoriesItemValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var ModifyClusterNodePoolScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var ModifyClusterNodePoolScalingGroupSystemDiskEncryptAlgorithmValues = ["aes-256"];
var NodePoolAutoScalingEipInternetChargeTypeValues = ["PayByBandwidth", "PayByTraffic"];
var NodePoolAutoScalingTypeValues = ["cpu", "gpu", "gpushare", "spot"];
var NodePoolDataDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto"
];
var NodePoolDataDiskEncryptedValues = ["true", "false"];
var NodePoolDataDiskFileSystemValues = ["ext4", "xfs"];
var NodePoolInterconnectModeValues = ["basic", "dedicated"];
var NodePoolKubernetesConfigCpuPolicyValues = ["static", "none"];
var NodePoolNodepoolInfoTypeValues = ["ess", "edge"];
var NodePoolScalingGroupInstanceChargeTypeValues = ["PrePaid", "PostPaid"];
var NodePoolScalingGroupInternetChargeTypeValues = ["PayByBandwidth", "PayByTraffic"];
var NodePoolScalingGroupMultiAzPolicyValues = ["PRIORITY", "COST_OPTIMIZED", "BALANCE"];
var NodePoolScalingGroupPeriodUnitValues = ["Month", "Week"];
var NodePoolScalingGroupScalingPolicyValues = ["release", "recycle"];
var NodePoolScalingGroupSpotStrategyValues = ["NoSpot", "SpotWithPriceLimit", "SpotAsPriceGo"];
var NodePoolScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var NodePoolStatusStateValues = ["active", "scaling", "removing", "deleting", "updating"];
var PrivatePoolOptionsMatchCriteriaValues = ["Open", "Target", "None"];
var PrivatePoolOptionsOutputMatchCriteriaValues = ["Open", "Target", "None"];
var ScalingGroupInstanceChargeTypeValues = ["PrePaid", "PostPaid"];
var ScalingGroupPeriodUnitValues = ["Month", "Week"];
var ScalingGroupPlatformValues = ["CentOS", "AliyunLinux", "Windows", "WindowsCore"];
var ScalingGroupScalingPolicyValues = ["release", "recycle"];
var ScalingGroupSystemDiskCategoryValues = [
  "cloud",
  "cloud_efficiency",
  "cloud_ssd",
  "cloud_essd",
  "cloud_auto",
  "cloud_essd_entry"
];
var TaintEffectValues = ["NoSchedule", "NoExecute", "PreferNoSchedule"];
var TaintOutputEffectValues = ["NoSchedule", "NoExecute", "PreferNoSchedule"];

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
  constructor(message, options) {
    super("MissingCredentials", message, options);
  }
};

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
var PATTERN1 = new RegExp("^[^-]", "u");
var VALUES1 = /* @__PURE__ */ new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60]);
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
function checkAutoScaling(value, issues) {
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
    if (typeof f2 !== "number" || !Number.isSafeInteger(f2)) {
      issues = mistyped(issues, at("max_instances"), "integer", f2);
    } else {
      if (f2 < 0) {
        issues = report(issues, at("max_instances"), "minimum", "must be greater than or equal to 0");
      }
      if (f2 > 2e3) {
        issues = report(issues, at("max_instances"), "maximum", "must be less than or equal to 2000");
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("min_instances"), "integer", f3);
    } else {
      if (f3 < 0) {
        issues = report(issues, at("min_instances"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("type"), "string", f4);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "AutoScaling");
  if (typeof f3 === "number" && typeof f2 === "number" && f3 > f2) {
    issues = report(issues, at("min_instances"), "less_or_equal", "must be less than or equal to max_instances");
  }
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
  const o = value;
  let others;
  const keys = Object.keys(o);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    switch (key) {
      case "nodepool_info":
        f1 = o["nodepool_info"];
        break;
      case "scaling_group":
        f2 = o["scaling_group"];
        break;
      case "kubernetes_config":
        f3 = o["kubernetes_config"];
        break;
      case "auto_scaling":
        f4 = o["auto_scaling"];
        break;
      case "tee_config":
        f5 = o["tee_config"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    PATH[depth++] = "nodepool_info";
    issues = checkNodepoolInfo(f1, issues);
    depth--;
  }
  if (f2 !== void 0) {
    PATH[depth++] = "scaling_group";
    issues = checkScalingGroup(f2, issues);
    depth--;
  }
  if (f3 !== void 0) {
    PATH[depth++] = "kubernetes_config";
    issues = checkKubernetesConfig(f3, issues);
    depth--;
  }
  if (f4 !== void 0) {
    PATH[depth++] = "auto_scaling";
    issues = checkAutoScaling(f4, issues);
    depth--;
  }
  if (f5 !== void 0) {
    PATH[depth++] = "tee_config";
    issues = checkTeeConfig(f5, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "CreateClusterNodePoolBody");
  return issues;
}
function checkDataDisk(value, issues) {
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
      case "category":
        f1 = o["category"];
        break;
      case "encrypted":
        f2 = o["encrypted"];
        break;
      case "size":
        f3 = o["size"];
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
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("encrypted"), "string", f2);
    } else {
      if (!(f2 === "true" || f2 === "false")) {
        issues = report(issues, at("encrypted"), "enum", 'must be one of "true", "false"');
      }
    }
  }
  if (f3 !== void 0) {
    if (typeof f3 !== "number" || !Number.isSafeInteger(f3)) {
      issues = mistyped(issues, at("size"), "integer", f3);
    } else {
      if (f3 < 40) {
        issues = report(issues, at("size"), "minimum", "must be greater than or equal to 40");
      }
      if (f3 > 32768) {
        issues = report(issues, at("size"), "maximum", "must be less than or equal to 32768");
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "DataDisk");
  return issues;
}
function checkInstancePattern(value, issues) {
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
      const a1 = f4;
      for (let i1 = 0; i1 < a1.length; i1++) {
        const e1 = a1[i1];
        if (typeof e1 !== "string") {
          issues = mistyped(issues, at("excluded_instance_types", i1), "string", e1);
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
      const a2 = f9;
      for (let i2 = 0; i2 < a2.length; i2++) {
        const e2 = a2[i2];
        if (typeof e2 !== "string") {
          issues = mistyped(issues, at("instance_categories", i2), "string", e2);
        }
      }
    }
  }
  if (f10 !== void 0) {
    if (!Array.isArray(f10)) {
      issues = mistyped(issues, at("cpu_architectures"), "array", f10);
    } else {
      const a3 = f10;
      for (let i3 = 0; i3 < a3.length; i3++) {
        const e3 = a3[i3];
        if (typeof e3 !== "string") {
          issues = mistyped(issues, at("cpu_architectures", i3), "string", e3);
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
      const a4 = f13;
      for (let i4 = 0; i4 < a4.length; i4++) {
        const e4 = a4[i4];
        if (typeof e4 !== "string") {
          issues = mistyped(issues, at("architectures", i4), "string", e4);
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
      const a5 = f15;
      for (let i5 = 0; i5 < a5.length; i5++) {
        const e5 = a5[i5];
        if (typeof e5 !== "string") {
          issues = mistyped(issues, at("instance_type_families", i5), "string", e5);
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
  if (others !== void 0) issues = unknownProperties(issues, others, "InstancePattern");
  if (typeof f5 === "number" && typeof f6 === "number" && f5 > f6) {
    issues = report(issues, at("min_cpu_cores"), "less_or_equal", "must be less than or equal to max_cpu_cores");
  }
  if (typeof f7 === "number" && typeof f8 === "number" && f7 > f8) {
    issues = report(issues, at("min_memory_size"), "less_or_equal", "must be less than or equal to max_memory_size");
  }
  return issues;
}
function checkKubernetesConfig(value, issues) {
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
    } else {
      if (!(f2 === "static" || f2 === "none")) {
        issues = report(issues, at("cpu_policy"), "enum", 'must be one of "static", "none"');
      }
    }
  }
  if (f3 !== void 0) {
    if (!Array.isArray(f3)) {
      issues = mistyped(issues, at("labels"), "array", f3);
    } else {
      const a6 = f3;
      for (let i6 = 0; i6 < a6.length; i6++) {
        const e6 = a6[i6];
        PATH[depth++] = "labels";
        PATH[depth++] = i6;
        issues = checkTag(e6, issues);
        depth -= 2;
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("runtime"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("runtime_version"), "string", f5);
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at("taints"), "array", f6);
    } else {
      const a7 = f6;
      for (let i7 = 0; i7 < a7.length; i7++) {
        const e7 = a7[i7];
        PATH[depth++] = "taints";
        PATH[depth++] = i7;
        issues = checkTaint(e7, issues);
        depth -= 2;
      }
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
  if (others !== void 0) issues = unknownProperties(issues, others, "KubernetesConfig");
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
    issues = checkModifyClusterNodePoolScalingGroup(f4, issues);
    depth--;
  }
  if (f5 !== void 0) {
    PATH[depth++] = "kubernetes_config";
    issues = checkModifyClusterNodePoolBodyKubernetesConfig(f5, issues);
    depth--;
  }
  if (f6 !== void 0) {
    PATH[depth++] = "tee_config";
    issues = checkTeeConfig(f6, issues);
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
      const a8 = f1;
      if (a8.length > 20) {
        issues = report(issues, at("labels"), "max_items", "must have at most 20 items");
      }
      for (let i8 = 0; i8 < a8.length; i8++) {
        const e8 = a8[i8];
        PATH[depth++] = "labels";
        PATH[depth++] = i8;
        issues = checkTag(e8, issues);
        depth -= 2;
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("taints"), "array", f2);
    } else {
      const a9 = f2;
      for (let i9 = 0; i9 < a9.length; i9++) {
        const e9 = a9[i9];
        PATH[depth++] = "taints";
        PATH[depth++] = i9;
        issues = checkTaint(e9, issues);
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
function checkModifyClusterNodePoolScalingGroup(value, issues) {
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
      case "system_disk_snapshot_policy_id":
        f21 = o["system_disk_snapshot_policy_id"];
        break;
      case "data_disks":
        f22 = o["data_disks"];
        break;
      case "key_pair":
        f23 = o["key_pair"];
        break;
      case "login_password":
        f24 = o["login_password"];
        break;
      case "internet_charge_type":
        f25 = o["internet_charge_type"];
        break;
      case "internet_max_bandwidth_out":
        f26 = o["internet_max_bandwidth_out"];
        break;
      case "tags":
        f27 = o["tags"];
        break;
      case "desired_size":
        f28 = o["desired_size"];
        break;
      case "multi_az_policy":
        f29 = o["multi_az_policy"];
        break;
      case "scaling_policy":
        f30 = o["scaling_policy"];
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
      case "rds_instances":
        f36 = o["rds_instances"];
        break;
      case "private_pool_options":
        f37 = o["private_pool_options"];
        break;
      case "platform":
        f38 = o["platform"];
        break;
      case "instance_patterns":
        f39 = o["instance_patterns"];
        break;
      case "deploymentset_id":
        f40 = o["deploymentset_id"];
        break;
      case "security_group_ids":
        f41 = o["security_group_ids"];
        break;
      case "resource_pool_options":
        f42 = o["resource_pool_options"];
        break;
      default:
        (others ??= []).push(key);
    }
  }
  if (f1 !== void 0) {
    if (!Array.isArray(f1)) {
      issues = mistyped(issues, at("vswitch_ids"), "array", f1);
    } else {
      const a10 = f1;
      if (a10.length < 1) {
        issues = report(issues, at("vswitch_ids"), "min_items", "must have at least 1 item");
      }
      if (a10.length > 20) {
        issues = report(issues, at("vswitch_ids"), "max_items", "must have at most 20 items");
      }
      for (let i10 = 0; i10 < a10.length; i10++) {
        const e10 = a10[i10];
        if (typeof e10 !== "string") {
          issues = mistyped(issues, at("vswitch_ids", i10), "string", e10);
        }
      }
    }
  }
  if (f2 !== void 0) {
    if (!Array.isArray(f2)) {
      issues = mistyped(issues, at("instance_types"), "array", f2);
    } else {
      const a11 = f2;
      if (a11.length < 1) {
        issues = report(issues, at("instance_types"), "min_items", "must have at least 1 item");
      }
      for (let i11 = 0; i11 < a11.length; i11++) {
        const e11 = a11[i11];
        if (typeof e11 !== "string") {
          issues = mistyped(issues, at("instance_types", i11), "string", e11);
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
      const a12 = f9;
      for (let i12 = 0; i12 < a12.length; i12++) {
        const e12 = a12[i12];
        PATH[depth++] = "spot_price_limit";
        PATH[depth++] = i12;
        issues = checkSpotPriceLimit(e12, issues);
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
      const a13 = f13;
      if (a13.length > 10) {
        issues = report(issues, at("system_disk_categories"), "max_items", "must have at most 10 items");
      }
      for (let i13 = 0; i13 < a13.length; i13++) {
        const e13 = a13[i13];
        if (typeof e13 !== "string") {
          issues = mistyped(issues, at("system_disk_categories", i13), "string", e13);
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
    if (typeof f21 !== "string") {
      issues = mistyped(issues, at("system_disk_snapshot_policy_id"), "string", f21);
    }
  }
  if (f22 !== void 0) {
    if (!Array.isArray(f22)) {
      issues = mistyped(issues, at("data_disks"), "array", f22);
    } else {
      const a14 = f22;
      if (a14.length > 10) {
        issues = report(issues, at("data_disks"), "max_items", "must have at most 10 items");
      }
      for (let i14 = 0; i14 < a14.length; i14++) {
        const e14 = a14[i14];
        PATH[depth++] = "data_disks";
        PATH[depth++] = i14;
        issues = checkNodePoolDataDisk(e14, issues);
        depth -= 2;
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
    if (typeof f25 !== "string") {
      issues = mistyped(issues, at("internet_charge_type"), "string", f25);
    }
  }
  if (f26 !== void 0) {
    if (typeof f26 !== "number" || !Number.isSafeInteger(f26)) {
      issues = mistyped(issues, at("internet_max_bandwidth_out"), "integer", f26);
    } else {
      if (f26 < 1) {
        issues = report(issues, at("internet_max_bandwidth_out"), "minimum", "must be greater than or equal to 1");
      }
      if (f26 > 100) {
        issues = report(issues, at("internet_max_bandwidth_out"), "maximum", "must be less than or equal to 100");
      }
    }
  }
  if (f27 !== void 0) {
    if (!Array.isArray(f27)) {
      issues = mistyped(issues, at("tags"), "array", f27);
    } else {
      const a15 = f27;
      for (let i15 = 0; i15 < a15.length; i15++) {
        const e15 = a15[i15];
        PATH[depth++] = "tags";
        PATH[depth++] = i15;
        issues = checkTag(e15, issues);
        depth -= 2;
      }
    }
  }
  if (f28 !== void 0) {
    if (typeof f28 !== "number" || !Number.isSafeInteger(f28)) {
      issues = mistyped(issues, at("desired_size"), "integer", f28);
    } else {
      if (f28 < 0) {
        issues = report(issues, at("desired_size"), "minimum", "must be greater than or equal to 0");
      }
    }
  }
  if (f29 !== void 0) {
    if (typeof f29 !== "string") {
      issues = mistyped(issues, at("multi_az_policy"), "string", f29);
    }
  }
  if (f30 !== void 0) {
    if (typeof f30 !== "string") {
      issues = mistyped(issues, at("scaling_policy"), "string", f30);
    }
  }
  if (f31 !== void 0) {
    if (typeof f31 !== "number" || !Number.isSafeInteger(f31)) {
      issues = mistyped(issues, at("on_demand_base_capacity"), "integer", f31);
    } else {
      if (f31 < 0) {
        issues = report(issues, at("on_demand_base_capacity"), "minimum", "must be greater than or equal to 0");
      }
      if (f31 > 1e3) {
        issues = report(issues, at("on_demand_base_capacity"), "maximum", "must be less than or equal to 1000");
      }
    }
  }
  if (f32 !== void 0) {
    if (typeof f32 !== "number" || !Number.isSafeInteger(f32)) {
      issues = mistyped(issues, at("on_demand_percentage_above_base_capacity"), "integer", f32);
    } else {
      if (f32 < 0) {
        issues = report(
          issues,
          at("on_demand_percentage_above_base_capacity"),
          "minimum",
          "must be greater than or equal to 0"
        );
      }
      if (f32 > 100) {
        issues = report(
          issues,
          at("on_demand_percentage_above_base_capacity"),
          "maximum",
          "must be less than or equal to 100"
        );
      }
    }
  }
  if (f33 !== void 0) {
    if (typeof f33 !== "number" || !Number.isSafeInteger(f33)) {
      issues = mistyped(issues, at("spot_instance_pools"), "integer", f33);
    } else {
      if (f33 < 1) {
        issues = report(issues, at("spot_instance_pools"), "minimum", "must be greater than or equal to 1");
      }
      if (f33 > 10) {
        issues = report(issues, at("spot_instance_pools"), "maximum", "must be less than or equal to 10");
      }
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
    if (!Array.isArray(f36)) {
      issues = mistyped(issues, at("rds_instances"), "array", f36);
    } else {
      const a16 = f36;
      for (let i16 = 0; i16 < a16.length; i16++) {
        const e16 = a16[i16];
        if (typeof e16 !== "string") {
          issues = mistyped(issues, at("rds_instances", i16), "string", e16);
        }
      }
    }
  }
  if (f37 !== void 0) {
    PATH[depth++] = "private_pool_options";
    issues = checkPrivatePoolOptions(f37, issues);
    depth--;
  }
  if (f38 !== void 0) {
    if (typeof f38 !== "string") {
      issues = mistyped(issues, at("platform"), "string", f38);
    }
  }
  if (f39 !== void 0) {
    if (!Array.isArray(f39)) {
      issues = mistyped(issues, at("instance_patterns"), "array", f39);
    } else {
      const a17 = f39;
      for (let i17 = 0; i17 < a17.length; i17++) {
        const e17 = a17[i17];
        PATH[depth++] = "instance_patterns";
        PATH[depth++] = i17;
        issues = checkInstancePattern(e17, issues);
        depth -= 2;
      }
    }
  }
  if (f40 !== void 0) {
    if (typeof f40 !== "string") {
      issues = mistyped(issues, at("deploymentset_id"), "string", f40);
    }
  }
  if (f41 !== void 0) {
    if (!Array.isArray(f41)) {
      issues = mistyped(issues, at("security_group_ids"), "array", f41);
    } else {
      const a18 = f41;
      for (let i18 = 0; i18 < a18.length; i18++) {
        const e18 = a18[i18];
        if (typeof e18 !== "string") {
          issues = mistyped(issues, at("security_group_ids", i18), "string", e18);
        }
      }
    }
  }
  if (f42 !== void 0) {
    PATH[depth++] = "resource_pool_options";
    issues = checkModifyClusterNodePoolScalingGroupResourcePoolOptions(f42, issues);
    depth--;
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ModifyClusterNodePoolScalingGroup");
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
function checkModifyClusterNodePoolScalingGroupResourcePoolOptions(value, issues) {
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
      const a19 = f2;
      for (let i19 = 0; i19 < a19.length; i19++) {
        const e19 = a19[i19];
        if (typeof e19 !== "string") {
          issues = mistyped(issues, at("private_pool_ids", i19), "string", e19);
        }
      }
    }
  }
  if (others !== void 0)
    issues = unknownProperties(issues, others, "ModifyClusterNodePoolScalingGroupResourcePoolOptions");
  return issues;
}
function checkNodePoolDataDisk(value, issues) {
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
    } else {
      if (f7 < 0) {
        issues = report(issues, at("provisioned_iops"), "minimum", "must be greater than or equal to 0");
      }
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
    } else {
      if (f12.length < 2 || f12.length < 4 && codePointLength(f12) < 2) {
        issues = report(issues, at("disk_name"), "min_length", "must be at least 2 characters long");
      }
      if (f12.length > 128 && codePointLength(f12) > 128) {
        issues = report(issues, at("disk_name"), "max_length", "must be at most 128 characters long");
      }
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
  if (others !== void 0) issues = unknownProperties(issues, others, "NodePoolDataDisk");
  return issues;
}
function checkNodepoolInfo(value, issues) {
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
    }
  }
  if (f2 !== void 0) {
    if (typeof f2 !== "string") {
      issues = mistyped(issues, at("resource_group_id"), "string", f2);
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "NodepoolInfo");
  return issues;
}
function checkPrivatePoolOptions(value, issues) {
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
  if (others !== void 0) issues = unknownProperties(issues, others, "PrivatePoolOptions");
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
function checkScalingGroup(value, issues) {
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
      case "period":
        f9 = o["period"];
        break;
      case "period_unit":
        f10 = o["period_unit"];
        break;
      case "platform":
        f11 = o["platform"];
        break;
      case "rds_instances":
        f12 = o["rds_instances"];
        break;
      case "scaling_policy":
        f13 = o["scaling_policy"];
        break;
      case "security_group_id":
        f14 = o["security_group_id"];
        break;
      case "system_disk_category":
        f15 = o["system_disk_category"];
        break;
      case "system_disk_size":
        f16 = o["system_disk_size"];
        break;
      case "tags":
        f17 = o["tags"];
        break;
      case "vpc_id":
        f18 = o["vpc_id"];
        break;
      case "vswitch_ids":
        f19 = o["vswitch_ids"];
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
      const a20 = f3;
      for (let i20 = 0; i20 < a20.length; i20++) {
        const e20 = a20[i20];
        PATH[depth++] = "data_disks";
        PATH[depth++] = i20;
        issues = checkDataDisk(e20, issues);
        depth -= 2;
      }
    }
  }
  if (f4 !== void 0) {
    if (typeof f4 !== "string") {
      issues = mistyped(issues, at("image_id"), "string", f4);
    }
  }
  if (f5 !== void 0) {
    if (typeof f5 !== "string") {
      issues = mistyped(issues, at("instance_charge_type"), "string", f5);
    } else {
      if (!(f5 === "PrePaid" || f5 === "PostPaid")) {
        issues = report(issues, at("instance_charge_type"), "enum", 'must be one of "PrePaid", "PostPaid"');
      }
    }
  }
  if (f6 !== void 0) {
    if (!Array.isArray(f6)) {
      issues = mistyped(issues, at("instance_types"), "array", f6);
    } else {
      const a21 = f6;
      if (a21.length < 1) {
        issues = report(issues, at("instance_types"), "min_items", "must have at least 1 item");
      }
      if (a21.length > 10) {
        issues = report(issues, at("instance_types"), "max_items", "must have at most 10 items");
      }
      for (let i21 = 0; i21 < a21.length; i21++) {
        const e21 = a21[i21];
        if (typeof e21 !== "string") {
          issues = mistyped(issues, at("instance_types", i21), "string", e21);
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
    } else {
      if (f8.length > 30 && codePointLength(f8) > 30) {
        issues = report(issues, at("login_password"), "max_length", "must be at most 30 characters long");
      }
    }
  }
  if (f9 !== void 0) {
    if (typeof f9 !== "number" || !Number.isSafeInteger(f9)) {
      issues = mistyped(issues, at("period"), "integer", f9);
    }
  }
  if (f10 !== void 0) {
    if (typeof f10 !== "string") {
      issues = mistyped(issues, at("period_unit"), "string", f10);
    } else {
      if (!(f10 === "Month" || f10 === "Week")) {
        issues = report(issues, at("period_unit"), "enum", 'must be one of "Month", "Week"');
      }
    }
  }
  if (f11 !== void 0) {
    if (typeof f11 !== "string") {
      issues = mistyped(issues, at("platform"), "string", f11);
    }
  }
  if (f12 !== void 0) {
    if (!Array.isArray(f12)) {
      issues = mistyped(issues, at("rds_instances"), "array", f12);
    } else {
      const a22 = f12;
      for (let i22 = 0; i22 < a22.length; i22++) {
        const e22 = a22[i22];
        if (typeof e22 !== "string") {
          issues = mistyped(issues, at("rds_instances", i22), "string", e22);
        }
      }
    }
  }
  if (f13 !== void 0) {
    if (typeof f13 !== "string") {
      issues = mistyped(issues, at("scaling_policy"), "string", f13);
    }
  }
  if (f14 !== void 0) {
    if (typeof f14 !== "string") {
      issues = mistyped(issues, at("security_group_id"), "string", f14);
    }
  }
  if (f15 !== void 0) {
    if (typeof f15 !== "string") {
      issues = mistyped(issues, at("system_disk_category"), "string", f15);
    }
  }
  if (f16 !== void 0) {
    if (typeof f16 !== "number" || !Number.isSafeInteger(f16)) {
      issues = mistyped(issues, at("system_disk_size"), "integer", f16);
    } else {
      if (f16 < 20) {
        issues = report(issues, at("system_disk_size"), "minimum", "must be greater than or equal to 20");
      }
      if (f16 > 2048) {
        issues = report(issues, at("system_disk_size"), "maximum", "must be less than or equal to 2048");
      }
    }
  }
  if (f17 !== void 0) {
    if (!Array.isArray(f17)) {
      issues = mistyped(issues, at("tags"), "array", f17);
    } else {
      const a23 = f17;
      for (let i23 = 0; i23 < a23.length; i23++) {
        const e23 = a23[i23];
        PATH[depth++] = "tags";
        PATH[depth++] = i23;
        issues = checkTag(e23, issues);
        depth -= 2;
      }
    }
  }
  if (f18 !== void 0) {
    if (typeof f18 !== "string") {
      issues = mistyped(issues, at("vpc_id"), "string", f18);
    }
  }
  if (f19 !== void 0) {
    if (!Array.isArray(f19)) {
      issues = mistyped(issues, at("vswitch_ids"), "array", f19);
    } else {
      const a24 = f19;
      if (a24.length < 1) {
        issues = report(issues, at("vswitch_ids"), "min_items", "must have at least 1 item");
      }
      if (a24.length > 8) {
        issues = report(issues, at("vswitch_ids"), "max_items", "must have at most 8 items");
      }
      for (let i24 = 0; i24 < a24.length; i24++) {
        const e24 = a24[i24];
        if (typeof e24 !== "string") {
          issues = mistyped(issues, at("vswitch_ids", i24), "string", e24);
        }
      }
    }
  }
  if (others !== void 0) issues = unknownProperties(issues, others, "ScalingGroup");
  if (!(f7 !== void 0 || f8 !== void 0)) {
    issues = report(issues, at(), "any_required", "at least one of key_pair or login_password must be set");
  }
  if (f5 === "PrePaid") {
    if (f9 === void 0) {
      issues = report(
        issues,
        at("period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
    if (f10 === void 0) {
      issues = report(
        issues,
        at("period_unit"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
    if (f1 === void 0) {
      issues = report(
        issues,
        at("auto_renew"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid"'
      );
    }
  }
  if (f5 === "PrePaid" && f1 === true) {
    if (f2 === void 0) {
      issues = report(
        issues,
        at("auto_renew_period"),
        "conditional_required",
        'is required when instance_charge_type is "PrePaid" and auto_renew is true'
      );
    }
  }
  if (f10 === "Week") {
    if (f9 !== void 0) {
      if (!(typeof f9 !== "number" || !Number.isSafeInteger(f9))) {
        if (!(f9 === 1 || f9 === 2 || f9 === 3 || f9 === 4)) {
          issues = report(issues, at("period"), "enum", 'must be one of 1, 2, 3, 4 when period_unit is "Week"');
        }
      }
    }
  } else {
    if (f9 !== void 0) {
      if (!(typeof f9 !== "number" || !Number.isSafeInteger(f9))) {
        if (!VALUES1.has(f9)) {
          issues = report(
            issues,
            at("period"),
            "enum",
            'must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60 unless period_unit is "Week"'
          );
        }
      }
    }
    if (f2 !== void 0) {
      if (!(typeof f2 !== "number" || !Number.isSafeInteger(f2))) {
        if (!(f2 === 1 || f2 === 2 || f2 === 3 || f2 === 6 || f2 === 12)) {
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
function checkSpotPriceLimit(value, issues) {
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
  if (others !== void 0) issues = unknownProperties(issues, others, "SpotPriceLimit");
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
function checkTeeConfig(value, issues) {
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
  if (others !== void 0) issues = unknownProperties(issues, others, "TeeConfig");
  return issues;
}

// generated:/src/runtime/env.ts
var processLike = () => globalThis.process;
function readEnv(name) {
  const value = processLike()?.env?.[name];
  return value === "" ? void 0 : value;
}

// generated:/src/runtime/credentials.ts
function fromEnv() {
  return async () => {
    const accessKeyId = readEnv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    const accessKeySecret = readEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    const securityToken = readEnv("ALIBABA_CLOUD_SECURITY_TOKEN");
    if (!accessKeyId || !accessKeySecret) {
      const missing = [
        accessKeyId ? void 0 : "ALIBABA_CLOUD_ACCESS_KEY_ID",
        accessKeySecret ? void 0 : "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
      ].filter(Boolean);
      throw new CredentialsError(
        `No credentials: pass \`credentials\` to the client or set ${missing.join(" and ")} in the environment`
      );
    }
    return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
  };
}
function toCredentialsProvider(credentials) {
  if (credentials === void 0) return fromEnv();
  if (typeof credentials === "function") return credentials;
  const fixed = credentials;
  return async () => {
    if (!fixed.accessKeyId || !fixed.accessKeySecret) {
      throw new CredentialsError("Incomplete credentials: accessKeyId and accessKeySecret are both required");
    }
    return fixed;
  };
}

// generated:/src/runtime/abort.ts
var fanouts = /* @__PURE__ */ new WeakMap();
function onAbort(signal, callback) {
  if (!signal) return () => void 0;
  if (signal.aborted) {
    callback();
    return () => void 0;
  }
  let fanout = fanouts.get(signal);
  if (!fanout) {
    const callbacks2 = /* @__PURE__ */ new Set();
    const listener2 = () => {
      fanouts.delete(signal);
      for (const run of [...callbacks2]) run();
    };
    fanout = { callbacks: callbacks2, listener: listener2 };
    fanouts.set(signal, fanout);
    signal.addEventListener("abort", listener2, { once: true });
  }
  const { callbacks, listener } = fanout;
  callbacks.add(callback);
  return () => {
    callbacks.delete(callback);
    if (callbacks.size === 0 && fanouts.get(signal)?.callbacks === callbacks) {
      fanouts.delete(signal);
      signal.removeEventListener("abort", listener);
    }
  };
}
var AttemptScope = class {
  controller = new AbortController();
  timer;
  unsubscribe;
  /** True once the attempt's own timeout fired. */
  timedOut = false;
  constructor(timeoutMs, callerSignal) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, timeoutMs);
    this.unsubscribe = onAbort(callerSignal, () => this.controller.abort());
  }
  get signal() {
    return this.controller.signal;
  }
  /** Settles like `work`, or rejects as soon as the attempt is cancelled (`work` is then left to itself). */
  race(work) {
    const signal = this.controller.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onCancel = () => reject(signal.reason);
      signal.addEventListener("abort", onCancel, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener("abort", onCancel);
          resolve(value);
        },
        (error) => {
          signal.removeEventListener("abort", onCancel);
          reject(error);
        }
      );
    });
  }
  end() {
    clearTimeout(this.timer);
    this.unsubscribe();
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
var ConfigurationError = class extends CsError {
  name = "ConfigurationError";
  /** The option at fault, e.g. `region`, `timeoutMs`, `retryDelay.maxMs`. */
  option;
  constructor(option, rule) {
    super("InvalidConfiguration", `Invalid option \`${option}\`: ${rule}`);
    this.option = option;
  }
};
var ResponseTooLargeError = class extends CsError {
  name = "ResponseTooLargeError";
  statusCode;
  limitBytes;
  constructor(statusCode, limitBytes) {
    super("ResponseTooLarge", `The response (HTTP ${statusCode}) is larger than the limit of ${limitBytes} bytes`);
    this.statusCode = statusCode;
    this.limitBytes = limitBytes;
  }
};
var RedirectError = class extends CsError {
  name = "RedirectError";
  /** The redirect status (301, 302, 303, 307, 308), or 0 where the platform hides it (browsers). */
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
  const delayRule = `a number of milliseconds from 0 to ${MAX_TIMER_MS}`;
  checkRange(
    "maxRetries",
    options.maxRetries,
    { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true },
    "a non-negative integer"
  );
  checkRange("retryDelay.baseMs", options.retryDelay?.baseMs, { min: 0, max: MAX_TIMER_MS, integer: false }, delayRule);
  checkRange("retryDelay.maxMs", options.retryDelay?.maxMs, { min: 0, max: MAX_TIMER_MS, integer: false }, delayRule);
  const bytes = { min: 1, max: MAX_RESPONSE_BYTES_LIMIT, integer: true };
  checkRange("maxResponseBytes", options.maxResponseBytes, bytes, `an integer from 1 to ${MAX_RESPONSE_BYTES_LIMIT}`);
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
function checkRange(option, value, { min, max, integer }, rule) {
  if (value === void 0) return;
  const ok = typeof value === "number" && value >= min && value <= max && (integer ? Number.isSafeInteger(value) : Number.isFinite(value));
  if (!ok) throw new ConfigurationError(option, `must be ${rule}`);
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
  const refuse = (rule) => {
    throw new ConfigurationError("endpoint", rule);
  };
  if (typeof endpoint !== "string" || !/^https?:\/\/[^/?#@\\\s]/i.test(endpoint)) {
    refuse("must be a host name (optionally with a port) or an http:// or https:// URL");
  }
  if (/[\s\\?#]/.test(endpoint)) refuse("must not contain whitespace, backslashes, a query or a fragment");
  let url;
  try {
    url = new URL(endpoint);
  } catch {
    return refuse("is not a valid URL");
  }
  if (url.username !== "" || url.password !== "") {
    refuse("must not contain credentials (user:password@)");
  }
}
function regionHost(regions, template, region) {
  return Object.prototype.hasOwnProperty.call(regions, region) ? regions[region] : template.replace("{region}", region);
}
function ownValue(object, name) {
  return Object.prototype.hasOwnProperty.call(object, name) ? object[name] : void 0;
}
function checkPathValue(name, text) {
  if (text === "")
    throw new ValidationError([{ path: `/${name}`, code: "required", message: "path parameter is required" }]);
  if (text === "." || text === "..") {
    throw new ValidationError([
      { path: `/${name}`, code: "path_segment", message: 'must not be a dot segment ("." or "..")' }
    ]);
  }
}
function checkHeaderValue(name, text) {
  if (INVALID_HEADER_CHAR.test(text)) {
    throw new ValidationError([
      {
        path: `/${name}`,
        code: "header_value",
        message: "must not contain control characters (such as CR or LF) or characters outside Latin-1"
      }
    ]);
  }
}
function checkCredentials(credentials) {
  const { accessKeyId, accessKeySecret, securityToken } = credentials ?? {};
  const complete = typeof accessKeyId === "string" && accessKeyId !== "" && typeof accessKeySecret === "string" && accessKeySecret !== "";
  if (!complete || securityToken !== void 0 && typeof securityToken !== "string") {
    throw new CredentialsError("The credentials provider returned no access key id and secret (non-empty strings)");
  }
  const bad = [credentials.accessKeyId, credentials.securityToken].some(
    (value) => typeof value === "string" && INVALID_HEADER_CHAR.test(value)
  );
  if (bad)
    throw new CredentialsError("The access key id or security token contains characters not allowed in an HTTP header");
}
function toJsonText(name, value) {
  try {
    return JSON.stringify(value);
  } catch (error) {
    const reason = error instanceof RangeError ? "is nested too deeply" : "is circular or holds a value JSON cannot represent (BigInt, \u2026)";
    throw new ValidationError([{ path: `/${name}`, code: "type", message: `cannot be sent as JSON: it ${reason}` }]);
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
  for (let depth2 = 0; depth2 < DECODE_DEPTH && frontier.length > 0 && seen.size < MAX_VIEWS; depth2++) {
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
function loadSigningCrypto() {
  defaultCrypto ??= (true ? false : isNode()) ? import("node:crypto").then(nodeSigningCrypto) : Promise.resolve().then(() => {
    const subtle = globalThis.crypto?.subtle;
    if (!subtle) throw new Error("No WebCrypto available to sign requests");
    return webSigningCrypto(subtle);
  });
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
  for (let current = error, depth2 = 0; current && depth2 < 3; depth2++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}

// generated:/src/runtime/transport-fetch.ts
var BROWSER_OWNED_HEADERS = /* @__PURE__ */ new Set(["host", "content-length", "user-agent"]);
function createFetchTransport(fetchImpl = (input, init) => globalThis.fetch(input, init)) {
  return async (request, { signal, maxResponseBytes }) => {
    const headers = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!BROWSER_OWNED_HEADERS.has(name)) headers[name] = value;
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
      if (error instanceof CsError) throw error;
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

// generated:/src/runtime/transport-node.ts
function createNodeTransport(options = {}) {
  let modules;
  const agents = {};
  const agentFor = (secure, http, https) => {
    const agentOptions = { keepAlive: options.keepAlive ?? true, maxSockets: options.maxSockets ?? 50 };
    return secure ? agents.https ??= new https.Agent(agentOptions) : agents.http ??= new http.Agent(agentOptions);
  };
  let lastOrigin;
  const targetOf = (url) => {
    const pathStart = url.indexOf("/", url.indexOf("//") + 2);
    const origin = pathStart === -1 ? url : url.slice(0, pathStart);
    if (lastOrigin?.origin !== origin) {
      const parsed = new URL(origin);
      const secure = parsed.protocol === "https:";
      const hostname = parsed.hostname.startsWith("[") ? parsed.hostname.slice(1, -1) : parsed.hostname;
      lastOrigin = {
        origin,
        target: {
          protocol: parsed.protocol,
          hostname,
          port: parsed.port || (secure ? 443 : 80),
          host: parsed.host,
          secure
        }
      };
    }
    return { target: lastOrigin.target, path: pathStart === -1 ? "/" : url.slice(pathStart) };
  };
  const transport = async (request, { signal, maxResponseBytes }) => {
    modules ??= Promise.all([import("node:http"), import("node:https")]).then(([http2, https2]) => ({ http: http2, https: https2 }));
    const { http, https } = await modules;
    signal.throwIfAborted();
    const { target, path } = targetOf(request.url);
    const limit = maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    return send(
      target.secure ? https : http,
      agentFor(target.secure, http, https),
      target,
      path,
      request,
      signal,
      limit
    );
  };
  return Object.assign(transport, {
    destroy() {
      agents.http?.destroy();
      agents.https?.destroy();
    }
  });
}
function send(module, agent, target, path, request, signal, maxResponseBytes) {
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers };
    if (request.body !== void 0) headers["content-length"] = String(Buffer.byteLength(request.body));
    const secure = target.secure;
    let written = false;
    let settled = false;
    const outgoing = module.request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      path,
      method: request.method,
      headers,
      agent
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
      const requestWritten = written && !isNotConnectedCode(code);
      finish(
        new NetworkError(`Connection to ${target.host} failed${code ? ` (${code})` : ""}`, {
          requestWritten,
          cause: error,
          ...code ? { causeCode: code } : {}
        })
      );
    };
    signal.addEventListener("abort", onAbort2, { once: true });
    outgoing.on("socket", (socket) => {
      if (!socket.connecting) written = true;
      else socket.once(secure ? "secureConnect" : "connect", () => written = true);
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
      incoming.on("data", (chunk) => {
        received += chunk.length;
        if (received > maxResponseBytes) return tooLarge();
        chunks.push(chunk);
      });
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
          statusCode,
          headers: flattenHeaders(incoming.headers),
          body: decodeUtf8(chunks, received)
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

// generated:/src/runtime/client-core.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var ClientCore = class {
  service;
  options;
  credentials;
  retry;
  userAgent;
  maxResponseBytes;
  transport;
  ownTransport;
  lastBase;
  constructor(service, options = {}) {
    checkClientOptions(options);
    this.service = service;
    this.options = options;
    this.credentials = toCredentialsProvider(options.credentials);
    this.transport = options.transport;
    this.retry = {
      maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
      baseDelayMs: options.retryDelay?.baseMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: options.retryDelay?.maxMs ?? DEFAULT_RETRY.maxDelayMs
    };
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
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
    if (options.timeoutMs !== void 0) checkTimeout(options.timeoutMs);
    const input = request;
    const prepared = this.prepare(op, input);
    let requestSecrets;
    const transport = this.transport ?? this.defaultTransport();
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const log = this.options.logger;
    for (let attempt = 1; ; attempt++) {
      if (options.signal?.aborted) throw withAttempts(new AbortError(), attempt - 1);
      const scope = new AttemptScope(timeoutMs, options.signal);
      let credentials;
      let httpRequest;
      try {
        credentials = await scope.race(this.resolveCredentials());
        httpRequest = await scope.race(this.sign(op, prepared, credentials));
        scope.signal.throwIfAborted();
      } catch (error) {
        scope.end();
        if (options.signal?.aborted) throw withAttempts(new AbortError(), attempt - 1);
        if (scope.timedOut) {
          throw withAttempts(
            new CredentialsError(`The credentials provider did not answer within ${timeoutMs} ms`),
            attempt - 1
          );
        }
        throw withAttempts(error instanceof CsError ? error : preparationError(error), attempt - 1);
      }
      let guard;
      const secretGuard = () => guard ??= createSecretGuard([
        ...requestSecrets ??= sensitiveValues(input, op.sensitive),
        credentials.accessKeySecret,
        credentials.securityToken
      ]);
      let retryAfterMs;
      let failure;
      try {
        log?.debug("cs.request", { action: op.action, attempt });
        const response = await transport(httpRequest, {
          signal: scope.signal,
          maxResponseBytes: this.maxResponseBytes
        });
        if (response.statusCode >= 300 && response.statusCode < 400) throw new RedirectError(response.statusCode);
        const body = readJson(response.body);
        const ok = response.statusCode >= 200 && response.statusCode < 300 && body !== void 0;
        let requestId = field(body?.value, "requestId", "RequestId", "request_id") ?? response.headers["x-acs-request-id"];
        if (requestId !== void 0 && (!ok || log)) requestId = secretGuard().identifier(requestId);
        log?.debug("cs.response", { action: op.action, attempt, statusCode: response.statusCode, requestId });
        const metadata = { httpStatusCode: response.statusCode, attempts: attempt };
        if (requestId !== void 0) metadata.requestId = requestId;
        if (response.statusCode >= 200 && response.statusCode < 300) {
          if (!body) throw Object.assign(new ResponseParseError(response.statusCode), { $metadata: metadata });
          return withMetadata(body.value, metadata);
        }
        retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
        failure = serviceError(response, body, metadata, secretGuard());
      } catch (error) {
        if (scope.timedOut) failure = new TimeoutError(timeoutMs);
        else if (options.signal?.aborted) failure = new AbortError();
        else failure = toCsError(error, secretGuard());
      } finally {
        scope.end();
      }
      if (failure.$metadata === void 0) failure.$metadata = { attempts: attempt };
      else failure.$metadata.attempts = attempt;
      if (attempt > this.retry.maxRetries || !shouldRetry(failure, op.idempotent)) throw failure;
      const delayMs = retryDelay(attempt - 1, this.retry, retryAfterMs);
      log?.debug("cs.retry", { action: op.action, attempt, code: failure.code, delayMs });
      await sleep(delayMs, options.signal).catch(() => {
        throw withAttempts(new AbortError(), attempt);
      });
    }
  }
  /** The credentials for one attempt; a provider failing with anything but a CsError becomes a CredentialsError. */
  async resolveCredentials() {
    let credentials;
    try {
      credentials = await this.credentials();
    } catch (error) {
      if (error instanceof CsError) throw error;
      const name = error instanceof Error && /^[A-Za-z][A-Za-z0-9_.]{0,63}$/.test(error.name) ? error.name : typeof error;
      throw new CredentialsError(`The credentials provider failed (${name})`);
    }
    checkCredentials(credentials);
    return credentials;
  }
  defaultTransport() {
    if (true ? false : isNode2()) {
      this.ownTransport = createNodeTransport();
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
    const fromEnv2 = this.options.region === void 0 ? readEnv("ALIBABA_CLOUD_REGION_ID") : void 0;
    if (fromEnv2 !== void 0) checkRegion(fromEnv2, "ALIBABA_CLOUD_REGION_ID");
    const region = this.options.region ?? fromEnv2 ?? this.service.defaultRegion;
    if (!region) {
      throw new CsError(
        "MissingRegion",
        "No region: pass `region` or `endpoint` to the client, or set ALIBABA_CLOUD_REGION_ID"
      );
    }
    return `https://${regionHost(this.service.regions, this.service.endpointTemplate, region)}`;
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
    const fullPath = base.pathPrefix + path;
    const search = query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join("&");
    const bodyValue = op.body ? ownValue(input, "body") : void 0;
    const body = bodyValue !== void 0 ? toJsonText("body", bodyValue) : void 0;
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
  async sign(op, prepared, credentials) {
    const crypto = await loadSigningCrypto();
    const payloadHash = await crypto.sha256Hex(prepared.body ?? "");
    const headers = {
      ...prepared.headers,
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
  if (param.style === "json") return [toJsonText(param.name, value)];
  if (Array.isArray(value)) {
    const items = value.map(
      (item) => typeof item === "object" && item !== null ? toJsonText(param.name, item) : String(item)
    );
    return param.explode === false || param.in === "header" ? [items.join(",")] : items;
  }
  return [typeof value === "object" ? toJsonText(param.name, value) : String(value)];
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
    const children = token === "*" ? Object.values(value) : [ownValue(value, token)];
    for (const child of children) visit(child, tokens, index + 1);
  };
  for (const pointer of pointers ?? []) visit(input, parsePointer(pointer), 0);
  return found;
}
function nonce() {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
function preparationError(error) {
  const name = error instanceof Error ? error.name : typeof error;
  return new CsError("RequestPreparationFailed", `The request could not be signed (${name}); nothing was sent`);
}
function withAttempts(error, attempts) {
  error.$metadata = { attempts };
  return error;
}
function toCsError(error, guard) {
  if (error instanceof CsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = guard.quote(message);
  const text = quoted === void 0 ? "Request failed (the error message is withheld: it repeats a secret)" : `Request failed: ${quoted}`;
  return new NetworkError(text, { requestWritten: true });
}
function readJson(raw) {
  const text = raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw;
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
var WITHHELD = "the service's message is withheld because it repeats a secret of the request";
function serviceError(response, body, metadata, guard) {
  const statusCode = response.statusCode;
  const serverCode = field(body?.value, "code", "Code");
  const code = (serverCode === void 0 ? void 0 : guard.identifier(serverCode)) ?? `Http${statusCode}`;
  const serverMessage = field(body?.value, "message", "Message");
  const quoted = serverMessage === void 0 ? void 0 : guard.quote(serverMessage);
  let message;
  if (!body) message = `${code} (HTTP ${statusCode}): the response is not JSON`;
  else if (quoted !== void 0) message = `${code}: ${quoted}`;
  else if (serverMessage !== void 0) message = `${code} (HTTP ${statusCode}): ${WITHHELD}`;
  else message = `${code} (HTTP ${statusCode})`;
  const recommend = field(body?.value, "recommend", "Recommend");
  const fields = {
    statusCode,
    code,
    message,
    retryable: isRetryableStatus(statusCode, code)
  };
  if (metadata.requestId !== void 0) fields.requestId = metadata.requestId;
  const safeRecommend = recommend === void 0 ? void 0 : guard.quote(recommend);
  if (safeRecommend !== void 0) fields.recommend = safeRecommend;
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
var CreateClusterNodePoolOperation = {
  action: "CreateClusterNodePool",
  method: "POST",
  path: "/clusters/{ClusterId}/nodepools",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false,
  sensitive: ["/body/scaling_group/login_password"]
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
var CsBaseClient = class extends ClientCore {
  constructor(options = {}) {
    super(CS_SERVICE, options);
  }
};
function createClusterNodePool(client, request, options) {
  return client.send(CreateClusterNodePoolOperation, request, validateCreateClusterNodePoolRequest, options);
}
function deleteClusterNodepool(client, request, options) {
  return client.send(DeleteClusterNodepoolOperation, request, validateDeleteClusterNodepoolRequest, options);
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
function modifyClusterNodePool(client, request, options) {
  return client.send(ModifyClusterNodePoolOperation, request, validateModifyClusterNodePoolRequest, options);
}
function scaleClusterNodePool(client, request, options) {
  return client.send(ScaleClusterNodePoolOperation, request, validateScaleClusterNodePoolRequest, options);
}
var CsClient = class extends CsBaseClient {
  /**
   * Create a node pool in a cluster.
   *
   * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createClusterNodePool(request, options) {
    return createClusterNodePool(this, request, options);
  }
  /**
   * Delete a node pool.
   *
   * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteClusterNodepool(request, options) {
    return deleteClusterNodepool(this, request, options);
  }
  /**
   * Get one node pool.
   *
   * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterNodePoolDetail(request, options) {
    return describeClusterNodePoolDetail(this, request, options);
  }
  /**
   * List the node pools of a cluster.
   *
   * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterNodePools(request, options) {
    return describeClusterNodePools(this, request, options);
  }
  /**
   * Change the configuration of a node pool.
   *
   * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  modifyClusterNodePool(request, options) {
    return modifyClusterNodePool(this, request, options);
  }
  /**
   * Add nodes to a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  scaleClusterNodePool(request, options) {
    return scaleClusterNodePool(this, request, options);
  }
};
export {
  AbortError,
  AutoScalingTypeValues,
  CS_SERVICE,
  ClientCore,
  ConfigurationError,
  CreateClusterNodePoolOperation,
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
  DeleteClusterNodepoolOperation,
  DescribeClusterNodePoolDetailOperation,
  DescribeClusterNodePoolsOperation,
  KubernetesConfigCpuPolicyValues,
  KubernetesConfigRuntimeValues,
  ModifyClusterNodePoolBodyAutoScalingEipInternetChargeTypeValues,
  ModifyClusterNodePoolBodyAutoScalingTypeValues,
  ModifyClusterNodePoolBodyKubernetesConfigCpuPolicyValues,
  ModifyClusterNodePoolBodyKubernetesConfigRuntimeValues,
  ModifyClusterNodePoolOperation,
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
  NetworkError,
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
  RedirectError,
  ResponseParseError,
  ResponseTooLargeError,
  ScaleClusterNodePoolOperation,
  ScalingGroupInstanceChargeTypeValues,
  ScalingGroupPeriodUnitValues,
  ScalingGroupPlatformValues,
  ScalingGroupScalingPolicyValues,
  ScalingGroupSystemDiskCategoryValues,
  TaintEffectValues,
  TaintOutputEffectValues,
  TimeoutError,
  ValidationError,
  assertCreateClusterNodePoolRequest,
  assertDeleteClusterNodepoolRequest,
  assertDescribeClusterNodePoolDetailRequest,
  assertDescribeClusterNodePoolsRequest,
  assertModifyClusterNodePoolRequest,
  assertScaleClusterNodePoolRequest,
  createClusterNodePool,
  createFetchTransport,
  createNodeTransport,
  deleteClusterNodepool,
  describeClusterNodePoolDetail,
  describeClusterNodePools,
  fromEnv,
  modifyClusterNodePool,
  scaleClusterNodePool,
  validateCreateClusterNodePoolRequest,
  validateDeleteClusterNodepoolRequest,
  validateDescribeClusterNodePoolDetailRequest,
  validateDescribeClusterNodePoolsRequest,
  validateModifyClusterNodePoolRequest,
  validateScaleClusterNodePoolRequest
};
