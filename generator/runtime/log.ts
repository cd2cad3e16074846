/**
 * Debug events for the `logger` client option: one per request sent (`<product>.request`, e.g. `cs.request`),
 * response received (`<product>.response`), retry scheduled (`<product>.retry`) and call given up (`<product>.error`),
 * named after the lowercased product code of the service descriptor. Everything in them that came from the request or
 * the response is scrubbed of the call's secrets; the query string is left out.
 */
import type { SdkError } from './errors.js';

export type LogEventName = `${string}.request` | `${string}.response` | `${string}.retry` | `${string}.error`;

export interface LogEvent {
  /** The API action, e.g. `CreateClusterNodePool`. */
  action: string;
  method: string;
  /** The URL path without the query string, secrets masked. */
  path: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** HTTP status, when there was a response. */
  status?: number;
  /** Time from sending the request to the end of the response or the failure. */
  durationMs?: number;
  requestId?: string;
  /** The error's `code` (retry and error events). */
  code?: string;
  /** The wait before the next attempt (retry events). */
  delayMs?: number;
}

/** `console` fits, and so does any logger with a `debug(message, data)` method. */
export interface Logger {
  debug(message: LogEventName, event: LogEvent): void;
}

/** What a failure adds to an event: its code, and the status and request id when the service answered. */
export function failureFields(error: SdkError): Pick<LogEvent, 'code' | 'status' | 'requestId'> {
  const fields: Pick<LogEvent, 'code' | 'status' | 'requestId'> = { code: error.code };
  if (error.$metadata?.httpStatusCode !== undefined) fields.status = error.$metadata.httpStatusCode;
  if (error.$metadata?.requestId !== undefined) fields.requestId = error.$metadata.requestId;
  return fields;
}

/** One attempt's events, as ClientCore emits them. */
export interface AttemptEvents {
  request(): void;
  response(status: number, durationMs: number, requestId: string | undefined): void;
  retry(failure: SdkError, delayMs: number): void;
  error(failure: SdkError, durationMs: number): void;
}

/**
 * The debug events as a client feature: given the logger, what every event of an attempt carries and the prefix of
 * the event names (the service's product code, lowercased).
 */
export type EventSupport = (logger: Logger, base: LogEvent, prefix: string) => AttemptEvents;

/** Sends `<product>.*` events to the `logger` option: `new <Product>BaseClient(options, { events: debugEvents })`. */
export const debugEvents: EventSupport = (logger, base, prefix) => ({
  request: () => logger.debug(`${prefix}.request`, base),
  response: (status, durationMs, requestId) =>
    logger.debug(`${prefix}.response`, requestId === undefined ? { ...base, status, durationMs } : { ...base, status, durationMs, requestId }),
  retry: (failure, delayMs) => logger.debug(`${prefix}.retry`, { ...base, ...failureFields(failure), delayMs }),
  error: (failure, durationMs) => logger.debug(`${prefix}.error`, { ...base, ...failureFields(failure), durationMs }),
});
