import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertCreateClusterNodePoolRequest,
  validateCreateClusterNodePoolRequest,
} from '../../generated/cs-2015-12-15/src/validators.ts';
import { operation } from './support.ts';

type Json = Record<string, unknown>;

const samples = operation('CreateClusterNodePool').examples.map((e) => e.value);
const MARKER = 'Zq7-S3cret-Marker';

/** Everything a caller could print or log about a failed validation. */
function everythingShown(request: unknown): string {
  const result = validateCreateClusterNodePoolRequest(request);
  expect(result.ok).toBe(false);
  let thrown: unknown;
  try {
    assertCreateClusterNodePoolRequest(request);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(Error);
  const error = thrown as Error;
  return [
    JSON.stringify(result),
    inspect(result, { depth: null }),
    error.message,
    String(error.stack),
    JSON.stringify(error),
    inspect(error, { depth: null }),
  ].join('\n');
}

/** The places a secret (or a value next to it) can sit; each entry edits a scaling group. */
const edits: ((group: Json) => void)[] = [
  (g) => (g.login_password = MARKER),
  (g) => (g.login_password = `${MARKER}${'x'.repeat(40)}`), // too long
  (g) => (g.login_password = [MARKER]), // wrong type
  (g) => (g.login_password = { secret: MARKER }),
  (g) => (g.period_unit = MARKER), // closed enum
  (g) => (g.period = MARKER),
  (g) => (g.instance_types = [MARKER, 1]),
  (g) => (g.surprise = MARKER), // unknown property
  (g) => (g.system_disk_size = MARKER),
  (g) => (g.instance_charge_type = MARKER),
  (g) => delete g.login_password,
  (g) => delete g.period,
];

describe('secrets never leak into issues or errors', () => {
  it('keeps a marker password out of every message, issue and serialized error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.subarray(
          edits.map((_, i) => i),
          { minLength: 1 },
        ),
        fc.boolean(),
        (sample, chosen, breakClusterId) => {
          const request = structuredClone(sample) as Json;
          const group = (request.body as Json).scaling_group as Json;
          group.login_password = MARKER;
          for (const i of chosen) edits[i]?.(group);
          if (breakClusterId) request.ClusterId = '';
          group.auto_renew = 'not a boolean'; // always at least one issue
          expect(everythingShown(request)).not.toContain(MARKER);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names neither the value nor the value list of a sensitive field', () => {
    const request = structuredClone(samples[0]) as Json;
    ((request.body as Json).scaling_group as Json).login_password = 'y'.repeat(31);
    const result = validateCreateClusterNodePoolRequest(request);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '/body/scaling_group/login_password',
          code: 'max_length',
          message: 'must be at most 30 characters long',
        },
      ],
    });
  });
});
