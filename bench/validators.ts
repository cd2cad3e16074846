/**
 * Validation throughput of the generated validators against ajv (allErrors, compiled from the same bundled
 * schema) and a hand-written zod 4 schema of the same request, on a valid request (seed sample 1) and on one
 * with five errors. Run alone with `npx tsx bench/validators.ts`, or call `runValidatorBench()`.
 */
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { z } from 'zod';
import { validateCreateClusterNodePoolRequest } from '../generated/cs-2015-12-15/src/validators.ts';
import { compileAjv, operation } from '../dev/spec-operations.ts';

export interface Row {
  scenario: string;
  /** Validations per second. */
  ours: number;
  ajv: number;
  zod: number;
  /** ours / ajv and ours / zod. */
  oursVsAjv: number;
  oursVsZod: number;
  machine: string;
}

/** Calls per measured iteration: one validation takes well under a microsecond, below the timer's resolution. */
const BATCH = 200;

const tag = z.strictObject({ key: z.string().optional(), value: z.string().optional() });
const openString = z.string();
const int = z.int();

/** The CreateClusterNodePool request as zod 4 states it, rules included. */
export const zodCreateClusterNodePoolRequest = z.strictObject({
  ClusterId: z.string().min(1),
  body: z
    .strictObject({
      nodepool_info: z
        .strictObject({ name: z.string().optional(), resource_group_id: z.string().optional() })
        .optional(),
      scaling_group: z
        .strictObject({
          auto_renew: z.boolean().optional(),
          auto_renew_period: int.optional(),
          data_disks: z
            .array(
              z.strictObject({
                category: openString.optional(),
                encrypted: z.enum(['true', 'false']).optional(),
                size: int.min(40).max(32768).optional(),
              }),
            )
            .optional(),
          image_id: z.string().optional(),
          instance_charge_type: z.enum(['PrePaid', 'PostPaid']).optional(),
          instance_types: z.array(z.string()).min(1).max(10).optional(),
          key_pair: z.string().optional(),
          login_password: z.string().max(30).optional(),
          period: int.optional(),
          period_unit: z.enum(['Month', 'Week']).optional(),
          platform: openString.optional(),
          rds_instances: z.array(z.string()).optional(),
          scaling_policy: openString.optional(),
          security_group_id: z.string().optional(),
          system_disk_category: openString.optional(),
          system_disk_size: int.min(20).max(2048).optional(),
          tags: z.array(tag).optional(),
          vpc_id: z.string().optional(),
          vswitch_ids: z.array(z.string()).min(1).max(8).optional(),
        })
        .superRefine((g, ctx) => {
          if (g.key_pair === undefined && g.login_password === undefined)
            ctx.addIssue({ code: 'custom', message: 'key_pair or login_password' });
          if (g.instance_charge_type === 'PrePaid') {
            for (const field of ['period', 'period_unit', 'auto_renew'] as const) {
              if (g[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
            }
            if (g.auto_renew === true && g.auto_renew_period === undefined) {
              ctx.addIssue({ code: 'custom', path: ['auto_renew_period'], message: 'required' });
            }
          }
          const week = g.period_unit === 'Week';
          const periods = week ? [1, 2, 3, 4] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60];
          if (g.period !== undefined && !periods.includes(g.period))
            ctx.addIssue({ code: 'custom', path: ['period'], message: 'enum' });
          if (!week && g.auto_renew_period !== undefined && ![1, 2, 3, 6, 12].includes(g.auto_renew_period)) {
            ctx.addIssue({ code: 'custom', path: ['auto_renew_period'], message: 'enum' });
          }
        })
        .optional(),
      kubernetes_config: z
        .strictObject({
          cms_enabled: z.boolean().optional(),
          cpu_policy: z.enum(['static', 'none']).optional(),
          labels: z.array(tag).optional(),
          runtime: openString.optional(),
          runtime_version: z.string().optional(),
          taints: z
            .array(
              z.strictObject({
                key: z.string().optional(),
                value: z.string().optional(),
                effect: z.enum(['NoSchedule', 'NoExecute', 'PreferNoSchedule']).optional(),
              }),
            )
            .optional(),
          user_data: z.base64().optional(),
        })
        .optional(),
      auto_scaling: z
        .strictObject({
          enable: z.boolean().optional(),
          max_instances: int.min(0).max(2000).optional(),
          min_instances: int.min(0).optional(),
          type: openString.optional(),
        })
        .superRefine((a, ctx) => {
          if (a.min_instances !== undefined && a.max_instances !== undefined && a.min_instances > a.max_instances) {
            ctx.addIssue({ code: 'custom', path: ['min_instances'], message: 'less_or_equal' });
          }
        })
        .optional(),
      tee_config: z.strictObject({ tee_enable: z.boolean().optional() }).optional(),
    })
    .optional(),
});

function scenarios(): { name: string; request: unknown; valid: boolean }[] {
  const sample = operation('CreateClusterNodePool').examples[0]?.value;
  if (!sample) throw new Error('CreateClusterNodePool has no sample request');
  const fiveErrors = structuredClone(sample) as { ClusterId: string; body: Record<string, Record<string, unknown>> };
  fiveErrors.ClusterId = '';
  Object.assign(fiveErrors.body.scaling_group ?? {}, { period: 10, system_disk_size: 1.5 });
  Object.assign(fiveErrors.body.kubernetes_config ?? {}, { cpu_policy: 'dynamic' });
  Object.assign(fiveErrors.body.tee_config ?? {}, { extra: true });
  return [
    { name: 'valid request (sample 1)', request: sample, valid: true },
    { name: 'request with 5 errors', request: fiveErrors, valid: false },
  ];
}

export function machineDescription(): string {
  return `${os.cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${os.platform()} ${os.arch()}`;
}

export async function runValidatorBench(options: { timeMs?: number } = {}): Promise<Row[]> {
  const ajvValidate = compileAjv(operation('CreateClusterNodePool').schema);
  const libraries: Record<'ours' | 'ajv' | 'zod', (value: unknown) => boolean> = {
    ours: (value) => validateCreateClusterNodePoolRequest(value).ok,
    ajv: (value) => ajvValidate(value),
    zod: (value) => zodCreateClusterNodePoolRequest.safeParse(value).success,
  };
  const rows: Row[] = [];
  for (const { name, request, valid } of scenarios()) {
    for (const [library, check] of Object.entries(libraries)) {
      if (check(request) !== valid) throw new Error(`${library} gives the wrong verdict on "${name}"`);
    }
    const bench = new Bench({ time: options.timeMs ?? 1000, warmupTime: 200 });
    let sink = 0;
    // One function literal per library: a shared call site would be megamorphic and slow every library down.
    bench.add('ours', () => {
      for (let i = 0; i < BATCH; i++) if (validateCreateClusterNodePoolRequest(request).ok) sink++;
    });
    bench.add('ajv', () => {
      for (let i = 0; i < BATCH; i++) if (ajvValidate(request)) sink++;
    });
    bench.add('zod', () => {
      for (let i = 0; i < BATCH; i++) if (zodCreateClusterNodePoolRequest.safeParse(request).success) sink++;
    });
    await bench.run();
    if (sink < 0) throw new Error('unreachable');
    const perSecond = (library: string): number => {
      const result = bench.tasks.find((t) => t.name === library)?.result;
      if (!result || !('period' in result)) throw new Error(`${library} did not complete`);
      return (BATCH * 1000) / result.period;
    };
    const [ours, ajv, zod] = [perSecond('ours'), perSecond('ajv'), perSecond('zod')];
    rows.push({
      scenario: name,
      ours,
      ajv,
      zod,
      oursVsAjv: ours / ajv,
      oursVsZod: ours / zod,
      machine: machineDescription(),
    });
  }
  return rows;
}

export function printRows(rows: Row[]): void {
  console.log(`Validation of CreateClusterNodePool requests (${rows[0]?.machine ?? machineDescription()})`);
  console.table(
    rows.map((r) => ({
      scenario: r.scenario,
      'ours (ops/s)': Math.round(r.ours).toLocaleString('en-US'),
      'ajv (ops/s)': Math.round(r.ajv).toLocaleString('en-US'),
      'zod (ops/s)': Math.round(r.zod).toLocaleString('en-US'),
      'ours/ajv': r.oursVsAjv.toFixed(2),
      'ours/zod': r.oursVsZod.toFixed(2),
    })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printRows(await runValidatorBench());
}
