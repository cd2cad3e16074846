import { CsServiceError, NetworkError, TimeoutError } from "./errors.js";
const DEFAULT_RETRY = { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 2e4 };
const TRANSIENT_STATUS = /* @__PURE__ */ new Set([502, 503, 504]);
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
export {
  DEFAULT_RETRY,
  backoffDelay,
  isRetryableStatus,
  isThrottling,
  parseRetryAfter,
  retryDelay,
  shouldRetry
};
