/**
 * Base of every error the SDK throws. `code` is stable: switch on it (or use `instanceof`).
 * Messages never contain credentials or values of fields marked sensitive: they are scrubbed
 * before the error is built, so `message`, `stack`, `toString()`, `toJSON()` and util.inspect are all safe.
 */
export class CsError extends Error {
    name = 'CsError';
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
/** The service answered with a non-2xx status. `code` is Alibaba's error code (e.g. `InvalidParameter`). */
export class CsServiceError extends CsError {
    name = 'CsServiceError';
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
            retryable: this.retryable,
        };
    }
}
/** The request failed client-side validation; nothing was sent. */
export class ValidationError extends CsError {
    name = 'ValidationError';
    issues;
    constructor(issues) {
        super('ValidationError', describeIssues(issues));
        this.issues = issues;
    }
    toJSON() {
        return { ...super.toJSON(), issues: this.issues };
    }
}
/** Lists where and which rule failed, never the offending values. */
function describeIssues(issues) {
    const shown = issues.slice(0, 10).map((issue) => `${issue.path || '/'} (${issue.code})`);
    const more = issues.length > shown.length ? `, and ${issues.length - shown.length} more` : '';
    return `Request is invalid: ${shown.join(', ')}${more}`;
}
/** An attempt took longer than the configured timeout. */
export class TimeoutError extends CsError {
    name = 'TimeoutError';
    timeoutMs;
    constructor(timeoutMs) {
        super('Timeout', `No response within ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
    }
}
/**
 * The connection failed. `requestWritten` says whether the request may have reached the server:
 * when it is false (e.g. connection refused) the server provably did not act on it.
 */
export class NetworkError extends CsError {
    name = 'NetworkError';
    /** The system error code, e.g. `ECONNREFUSED`, `ECONNRESET`, when known. */
    causeCode;
    requestWritten;
    constructor(message, fields) {
        super('NetworkError', message, { cause: fields.cause });
        this.causeCode = fields.causeCode;
        this.requestWritten = fields.requestWritten;
    }
    toJSON() {
        return { ...super.toJSON(), causeCode: this.causeCode, requestWritten: this.requestWritten };
    }
}
/** The caller's AbortSignal fired. */
export class AbortError extends CsError {
    name = 'AbortError';
    constructor() {
        super('Aborted', 'The request was aborted');
    }
}
/** A 2xx response whose body is not valid JSON. The server may have acted on the request. */
export class ResponseParseError extends CsError {
    name = 'ResponseParseError';
    statusCode;
    constructor(statusCode) {
        super('MalformedResponse', `The service answered ${statusCode} with a body that is not valid JSON`);
        this.statusCode = statusCode;
    }
}
/** No credentials were configured, or they are incomplete. */
export class CredentialsError extends CsError {
    name = 'CredentialsError';
    constructor(message) {
        super('MissingCredentials', message);
    }
}
const MASK = '***';
/**
 * Returns a function that replaces every occurrence of the given secrets (raw, JSON-escaped and
 * percent-encoded, since a server may echo any of these forms) with `***`.
 */
export function createScrubber(secrets) {
    const needles = new Set();
    for (const secret of secrets) {
        if (!secret)
            continue;
        needles.add(secret);
        needles.add(JSON.stringify(secret).slice(1, -1));
        needles.add(encodeURIComponent(secret));
    }
    // Longest first so that a secret containing another one is masked whole.
    const ordered = [...needles].sort((a, b) => b.length - a.length);
    if (ordered.length === 0)
        return (text) => text;
    return (text) => {
        let result = text;
        for (const needle of ordered)
            result = result.split(needle).join(MASK);
        return result;
    };
}
