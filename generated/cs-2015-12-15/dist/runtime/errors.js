class CsError extends Error {
  name = "CsError";
  code;
  $metadata;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
  toJSON() {
    return { name: this.name, code: this.code, message: this.message, $metadata: this.$metadata };
  }
}
class CsServiceError extends CsError {
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
  toJSON() {
    return {
      ...super.toJSON(),
      statusCode: this.statusCode,
      requestId: this.requestId,
      recommend: this.recommend,
      retryable: this.retryable
    };
  }
}
class ValidationError extends CsError {
  name = "ValidationError";
  issues;
  constructor(issues) {
    super("ValidationError", describeIssues(issues));
    this.issues = issues;
  }
  toJSON() {
    return { ...super.toJSON(), issues: this.issues };
  }
}
function describeIssues(issues) {
  const shown = issues.slice(0, 10).map((issue) => `${issue.path || "/"} (${issue.code})`);
  const more = issues.length > shown.length ? `, and ${issues.length - shown.length} more` : "";
  return `Request is invalid: ${shown.join(", ")}${more}`;
}
class TimeoutError extends CsError {
  name = "TimeoutError";
  timeoutMs;
  constructor(timeoutMs) {
    super("Timeout", `No response within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}
class NetworkError extends CsError {
  name = "NetworkError";
  /** The system error code, e.g. `ECONNREFUSED`, `ECONNRESET`, when known. */
  causeCode;
  requestWritten;
  constructor(message, fields) {
    super("NetworkError", message, { cause: fields.cause });
    this.causeCode = fields.causeCode;
    this.requestWritten = fields.requestWritten;
  }
  toJSON() {
    return { ...super.toJSON(), causeCode: this.causeCode, requestWritten: this.requestWritten };
  }
}
class AbortError extends CsError {
  name = "AbortError";
  constructor() {
    super("Aborted", "The request was aborted");
  }
}
class ResponseParseError extends CsError {
  name = "ResponseParseError";
  statusCode;
  constructor(statusCode) {
    super("MalformedResponse", `The service answered ${statusCode} with a body that is not valid JSON`);
    this.statusCode = statusCode;
  }
}
class CredentialsError extends CsError {
  name = "CredentialsError";
  constructor(message, options) {
    super("MissingCredentials", message, options);
  }
}
const MASK = "***";
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
export {
  AbortError,
  CredentialsError,
  CsError,
  CsServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
  createScrubber
};
