import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCreateClusterNodePoolRequest } from '../../generated/cs-2015-12-15/src/validators.ts';
import {
  anyJson,
  mutate,
  mutationArb,
  SchemaArbitraries,
  specValuesByProperty,
  withSpecValues,
} from './arbitraries.ts';
import { compileAjv, openapi, operations } from './support.ts';

/**
 * Differential tests: the generated validators and ajv (2020, allErrors, ajv-formats, our `x-rules` keyword)
 * compiled from the bundled openapi.json must give the same verdict on every input, valid or not.
 * Inputs avoid the two places where we are deliberately stricter than ajv: unsafe integers (beyond 2^53 - 1),
 * and line breaks in base64 (`fc.string` yields printable ASCII only).
 */

const RUNS_PER_SOURCE = 1000;
const arbitraries = new SchemaArbitraries(openapi);
const specValues = specValuesByProperty(openapi);

describe.each(operations())('$action agrees with ajv', ({ action, schema, examples, validate }) => {
  const ajvValidate = compileAjv(schema);
  const tally = { valid: 0, invalid: 0 };

  const agree = (input: unknown): void => {
    const ours = validate(input);
    const theirs = ajvValidate(input);
    if (ours.ok !== theirs) {
      throw new Error(
        `${action}: ours ${ours.ok ? 'accepts' : `rejects (${JSON.stringify(ours.issues)})`}, ajv ${theirs ? 'accepts' : `rejects (${JSON.stringify(ajvValidate.errors)})`}`,
      );
    }
    tally[ours.ok ? 'valid' : 'invalid']++;
  };

  it('on requests generated from the schema, some then mutated', () => {
    const request = arbitraries.valueOf(schema);
    fc.assert(
      fc.property(request, fc.array(mutationArb, { maxLength: 2 }), (value, mutations) =>
        agree(mutate(value, mutations)),
      ),
      { numRuns: RUNS_PER_SOURCE },
    );
  });

  it('on mutations of the sample requests', () => {
    expect(examples.length).toBeGreaterThan(0);
    const sample = fc.constantFrom(...examples.map((e) => e.value));
    fc.assert(
      fc.property(sample, fc.array(mutationArb, { maxLength: 3 }), (value, mutations) =>
        agree(mutate(value, mutations)),
      ),
      { numRuns: RUNS_PER_SOURCE },
    );
  });

  it('on sample requests whose fields take values the spec names (list values, their neighbours, bounds)', () => {
    const sample = fc.constantFrom(...examples.map((e) => e.value));
    const pick = fc.tuple(
      fc.nat(),
      fc.nat(),
      fc.nat(4).map((n) => n === 0),
    );
    fc.assert(
      fc.property(sample, fc.array(pick, { minLength: 1, maxLength: 3 }), (value, picks) =>
        agree(withSpecValues(value, specValues, picks)),
      ),
      { numRuns: RUNS_PER_SOURCE },
    );
  });

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(anyJson, agree), { numRuns: 100 });
  });

  it('saw both valid and invalid requests', () => {
    expect(tally.valid).toBeGreaterThan(RUNS_PER_SOURCE / 20);
    expect(tally.invalid).toBeGreaterThan(RUNS_PER_SOURCE / 20);
  });
});

describe('the billing rules of scaling_group, exhaustively', () => {
  it('agree with ajv on every combination of period, period_unit, auto_renew_period, instance_charge_type and auto_renew', () => {
    const create = operations().find((o) => o.action === 'CreateClusterNodePool');
    if (!create) throw new Error('CreateClusterNodePool missing');
    const ajvValidate = compileAjv(create.schema);
    const sample = create.examples[0]?.value as { body: { scaling_group: Record<string, unknown> } };
    const periods = [undefined, ...Array.from({ length: 63 }, (_, i) => i - 1)];
    const renewals = [undefined, ...Array.from({ length: 15 }, (_, i) => i - 1)];
    let compared = 0;
    for (const period of periods)
      for (const period_unit of [undefined, 'Month', 'Week'])
        for (const auto_renew_period of renewals)
          for (const instance_charge_type of [undefined, 'PrePaid', 'PostPaid'])
            for (const auto_renew of [undefined, true, false]) {
              const request = structuredClone(sample);
              Object.assign(request.body.scaling_group, {
                period,
                period_unit,
                auto_renew_period,
                instance_charge_type,
                auto_renew,
              });
              const group = request.body.scaling_group;
              for (const key of Object.keys(group)) if (group[key] === undefined) delete group[key];
              const ours = create.validate(request).ok;
              if (ours !== ajvValidate(request)) throw new Error(`disagree on ${JSON.stringify(group)}: ours ${ours}`);
              compared++;
            }
    expect(compared).toBe(64 * 3 * 16 * 3 * 3);
  });
});

describe('x-rules lessOrEqual on its own', () => {
  const sample = operations().find((o) => o.action === 'CreateClusterNodePool')?.examples[1]?.value;
  const bound = fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.constant(undefined), fc.constantFrom('5', null, 2.5));

  it('reports less_or_equal exactly when both bounds are numbers and min > max', () => {
    fc.assert(
      fc.property(bound, bound, (min, max) => {
        const request = structuredClone(sample) as { body: { auto_scaling: Record<string, unknown> } };
        request.body.auto_scaling.min_instances = min;
        request.body.auto_scaling.max_instances = max;
        const result = validateCreateClusterNodePoolRequest(request);
        const reported =
          !result.ok &&
          result.issues.some((i) => i.code === 'less_or_equal' && i.path === '/body/auto_scaling/min_instances');
        expect(reported).toBe(typeof min === 'number' && typeof max === 'number' && min > max);
      }),
      { numRuns: 500 },
    );
  });

  it('is the only difference from ajv without the x-rules keyword', () => {
    const create = operations().find((o) => o.action === 'CreateClusterNodePool');
    if (!create) throw new Error('CreateClusterNodePool missing');
    const plainAjv = compileAjv(create.schema, { xRules: false });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (min, max) => {
        const request = structuredClone(sample) as { body: { auto_scaling: Record<string, unknown> } };
        Object.assign(request.body.auto_scaling, { min_instances: min, max_instances: max });
        const result = validateCreateClusterNodePoolRequest(request);
        const otherIssues = result.ok ? [] : result.issues.filter((i) => i.code !== 'less_or_equal');
        expect(otherIssues.length === 0).toBe(plainAjv(request));
        expect(plainAjv(request)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
