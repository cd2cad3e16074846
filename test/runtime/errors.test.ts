import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../generator/runtime/validation.ts';
import {
  AbortError,
  CredentialsError,
  SdkError,
  ServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
} from '../../generator/runtime/errors.ts';
import { createSecretGuard } from '../../generator/runtime/redact.ts';

describe('error classes', () => {
  it('carry stable names and codes, and are all SdkError', () => {
    const errors = [
      [new ServiceError({ statusCode: 400, code: 'InvalidParameter', message: 'm', retryable: false }), 'ServiceError', 'InvalidParameter'],
      [new ValidationError([]), 'ValidationError', 'ValidationError'],
      [new TimeoutError(5), 'TimeoutError', 'Timeout'],
      [new NetworkError('m', { requestWritten: false }), 'NetworkError', 'NetworkError'],
      [new AbortError(), 'AbortError', 'Aborted'],
      [new ResponseParseError(200), 'ResponseParseError', 'MalformedResponse'],
      [new CredentialsError('m'), 'CredentialsError', 'MissingCredentials'],
    ] as const;
    for (const [error, name, code] of errors) {
      expect(error).toBeInstanceOf(SdkError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(error.code).toBe(code);
      expect(String(error)).toBe(`${name}: ${error.message}`);
    }
  });

  it('serialise explicitly with toJSON', () => {
    const error = new ServiceError({ statusCode: 503, code: 'ServiceUnavailable', message: 'busy', requestId: 'r-1', retryable: true });
    error.$metadata = { requestId: 'r-1', httpStatusCode: 503, attempts: 4 };
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ServiceError',
      code: 'ServiceUnavailable',
      message: 'busy',
      statusCode: 503,
      requestId: 'r-1',
      retryable: true,
      $metadata: { requestId: 'r-1', httpStatusCode: 503, attempts: 4 },
    });
    const network = new NetworkError('reset', { requestWritten: true, causeCode: 'ECONNRESET' });
    expect(network.toJSON()).toMatchObject({ causeCode: 'ECONNRESET', requestWritten: true });
  });

  it('ValidationError lists paths and rule codes, never values or issue messages', () => {
    const secret = 'p@ssw0rd-123';
    const issues = Array.from({ length: 12 }, (_, i): ValidationIssue => ({ path: `/body/f${i}`, code: 'type', message: `got ${secret}` }));
    const error = new ValidationError(issues);
    expect(error.message).toContain('/body/f0 (type)');
    expect(error.message).toContain('and 2 more');
    expect(error.message).not.toContain(secret);
    expect(error.issues).toHaveLength(12);
  });
});

describe('createSecretGuard', () => {
  const guard = createSecretGuard(['s3cr3t-Válue', undefined, '']);

  it('quotes text that repeats no secret, cut to 1 KB', () => {
    expect(guard.quote('InvalidParameter: bad size')).toBe('InvalidParameter: bad size');
    expect(guard.quote('x'.repeat(5000))).toBe(`${'x'.repeat(1024)}…`);
  });

  it('withholds text repeating a secret in a layered encoding, or straddling the cut', () => {
    const layered = Buffer.from(`pw=${encodeURIComponent('S3CR3T-VÁLUE'.normalize('NFD'))}`).toString('base64');
    expect(guard.quote(`see ${layered}`)).toBeUndefined();
    expect(guard.quote(`${'x'.repeat(1020)}s3cr3t-Válue`)).toBeUndefined();
  });

  it('keeps identifiers only when they are plain and repeat no secret', () => {
    expect(guard.identifier('Throttling.User')).toBe('Throttling.User');
    expect(guard.identifier('Invalid s3cr3t')).toBeUndefined();
    expect(guard.identifier('code-73336372337421')).toBe('code-73336372337421');
    expect(guard.identifier(Buffer.from('s3cr3t-Válue').toString('hex'))).toBeUndefined();
  });

  it('quotes everything when there is no secret', () => {
    expect(createSecretGuard([]).quote('anything')).toBe('anything');
  });
});

describe('toJSON', () => {
  it('serializes every public field of each error class, and never cause or stack', () => {
    const cause = new Error('provider said: secret-value');
    const errors = [
      new ServiceError({ statusCode: 400, code: 'InvalidParameter', message: 'bad', requestId: 'r1', recommend: 'u', retryable: false }),
      new ValidationError([{ path: '/a', code: 'type', message: 'expected string, got integer' }]),
      new TimeoutError(250),
      new NetworkError('Connection failed', { causeCode: 'ECONNRESET', requestWritten: true, cause }),
      new ResponseParseError(200),
      new CredentialsError('No credentials', { cause }),
    ];
    const json = errors.map((e) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>);
    expect(json[0]).toMatchObject({ name: 'ServiceError', code: 'InvalidParameter', statusCode: 400, requestId: 'r1', recommend: 'u', retryable: false });
    expect(json[1]).toMatchObject({ name: 'ValidationError', issues: [{ path: '/a', code: 'type' }] });
    expect(json[2]).toMatchObject({ name: 'TimeoutError', code: 'Timeout', timeoutMs: 250 });
    expect(json[3]).toMatchObject({ name: 'NetworkError', causeCode: 'ECONNRESET', requestWritten: true });
    expect(json[4]).toMatchObject({ name: 'ResponseParseError', statusCode: 200 });
    for (const entry of json) {
      expect(entry).toHaveProperty('message');
      expect(entry).not.toHaveProperty('cause');
      expect(entry).not.toHaveProperty('stack');
      expect(JSON.stringify(entry)).not.toContain('secret-value');
    }
  });
});
