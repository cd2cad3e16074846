/**
 * The cheap parts of the benchmark harness (bench/) on tiny inputs: table formatting and targets, the load loop,
 * bundle measurement, child-process measurement, the validator-row adapter and the mock's bench mode.
 * No timing is asserted anywhere: only that the harness measures and reports.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../bench/bundle-size.ts';
import { ChildFailed, runMeasured } from '../bench/child-process.ts';
import { seedSampleOne } from '../bench/client-rps.ts';
import { runLoad } from '../bench/load.ts';
import { machineLine } from '../bench/machine.ts';
import { repoRoot } from '../bench/paths.ts';
import { formatNumber, formatTable, median, meetsTarget, ratio, type TableLine } from '../bench/table.ts';
import { namedThroughputs, toValidatorRows, validatorLines } from '../bench/validator-row.ts';
import { startMockServer } from './support/mock-server.ts';

describe('table', () => {
  const lines: TableLine[] = [
    {
      benchmark: 'generate',
      ours: { value: 3, unit: 's' },
      peer: 'peer-a',
      peerValue: { value: 2, unit: 's' },
      target: { on: 'ratio', atMost: 1 },
    },
    { benchmark: 'generate', ours: { value: 3, unit: 's' }, peer: 'peer-b', peerValue: { value: 6, unit: 's' }, target: { on: 'ratio', atMost: 1 } },
    { benchmark: 'bundle', ours: { value: 4096, unit: 'B' }, target: { on: 'ours', atMost: 8192, unit: 'B' } },
    { benchmark: 'pending row', ours: undefined, remark: 'pending: not written yet' },
  ];

  it('prints ours, the peer, the ratio ours/peer and the target with ✓/✗', () => {
    const table = formatTable(lines);
    const rows = table.split('\n');
    expect(rows).toHaveLength(2 + lines.length);
    expect(rows[0]).toMatch(/^\| benchmark +\| ours +\| peer +\| peer value +\| ours\/peer +\| target/);
    expect(rows[2]).toMatch(/\| generate +\| 3\.00 s +\| peer-a +\| 2\.00 s +\| 1\.50× +\| ≤ 1\.0× +\| ✗ /);
    // The benchmark name and an unchanged "ours" are not repeated on the next line of the same benchmark.
    expect(rows[3]).toMatch(/^\| +\| ″ +\| peer-b +\| 6\.00 s +\| 0\.500× +\| ≤ 1\.0× +\| ✓ /);
    expect(rows[4]).toMatch(/\| bundle +\| 4\.00 KB +\| — .*\| ≤ 8 KB +\| ✓ /);
    expect(rows[5]).toContain('pending: not written yet');
    // Every row has the same width: a table a terminal and a Markdown renderer both read.
    expect(new Set(rows.map((row) => [...row].length)).size).toBe(1);
  });

  it('computes ratios and targets, and refuses to compare different units', () => {
    expect(ratio({ value: 3, unit: 's' }, { value: 2, unit: 's' })).toBe(1.5);
    expect(ratio({ value: 3, unit: 's' }, undefined)).toBeUndefined();
    expect(() => ratio({ value: 3, unit: 's' }, { value: 2, unit: 'ms' })).toThrow(/cannot compare/);
    expect(meetsTarget({ benchmark: 'rps', ours: { value: 300, unit: 'req/s' }, peerValue: { value: 100, unit: 'req/s' }, target: { on: 'ratio', atLeast: 2 } })).toBe(true);
    expect(meetsTarget({ benchmark: 'rps', ours: { value: 150, unit: 'req/s' }, peerValue: { value: 100, unit: 'req/s' }, target: { on: 'ratio', atLeast: 2 } })).toBe(false);
    expect(meetsTarget({ benchmark: 'import', ours: { value: 20, unit: 'ms' }, target: { on: 'ours', atMost: 15, unit: 'ms' } })).toBe(false);
    expect(meetsTarget({ benchmark: 'x', ours: undefined, target: { on: 'ours', atMost: 15, unit: 'ms' } })).toBeUndefined();
  });

  it('takes medians and formats numbers to three significant digits', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
    expect(formatNumber(12345.6)).toBe('12\u202f346');
    expect(formatNumber(1.23456)).toBe('1.23');
    expect(formatNumber(0.045678)).toBe('0.0457');
  });

  it('names the machine', () => {
    expect(machineLine(new Date('2026-01-02T03:04:05Z'))).toMatch(/\d+ cores, [\d.]+ GB RAM, .*node v\d+.*2026-01-02 03:04 UTC$/);
  });
});

describe('load loop', () => {
  it('counts completed and failed calls and stops at maxRequests', async () => {
    let calls = 0;
    const result = await runLoad(
      async () => {
        calls++;
        if (calls % 10 === 0) throw new Error('every tenth fails');
      },
      { concurrency: 4, durationMs: 60_000, maxRequests: 200 },
    );
    expect(result.completed + result.failed).toBeGreaterThanOrEqual(200);
    expect(result.completed + result.failed).toBeLessThan(200 + 4);
    expect(result.failed).toBeGreaterThan(0);
    expect((result.firstError as Error).message).toBe('every tenth fails');
    expect(result.requestsPerSecond).toBeGreaterThan(0);
  });
});

describe('bundle size', () => {
  it('bundles and minifies a tiny script and gzips it', async () => {
    const source = `import { gzipSync } from 'node:zlib';\nexport const squeeze = (text) => gzipSync(text + ${JSON.stringify('abc '.repeat(200))});`;
    const size = await bundleSize(source, repoRoot);
    expect(size.minifiedBytes).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThan(size.minifiedBytes);
  });
});

describe('child-process measurement', () => {
  it('returns the output, a wall time and (with GNU time) a peak RSS', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'console.log("measured")']);
    expect(run.stdout.trim()).toBe('measured');
    expect(run.wallMs).toBeGreaterThan(0);
    if (existsSync('/usr/bin/time')) expect(run.peakRssMb).toBeGreaterThan(1);
  });

  it('rejects with the exit code and the output when the command fails', async () => {
    const failure = await runMeasured(process.execPath, ['-e', 'console.error("broken"); process.exit(3)']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChildFailed);
    expect((failure as ChildFailed).code).toBe(3);
    expect((failure as ChildFailed).message).toContain('broken');
  });
});

describe('validator row', () => {
  it('is pending while bench/validators.ts does not exist', async () => {
    const rows = await validatorLines(path.join(repoRoot, 'bench', 'no-such-validators.ts'));
    expect(rows.lines).toHaveLength(1);
    expect(rows.lines[0]?.remark).toMatch(/^pending: bench\/no-such-validators\.ts is not written yet/);
  });

  it('turns named throughputs into ours-vs-peer lines', () => {
    const rows = toValidatorRows([
      { name: 'ajv', hz: 100 },
      { name: 'ours (generated)', hz: 300 },
      { name: 'zod', result: { throughput: { mean: 50 } } },
    ]);
    expect(rows.lines.map((line) => [line.peer, line.ours?.value, line.peerValue?.value])).toEqual([
      ['ajv', 300, 100],
      ['zod', 300, 50],
    ]);
    expect(namedThroughputs({ ours: 10, ajv: 5 })).toEqual([
      { name: 'ours', opsPerSecond: 10 },
      { name: 'ajv', opsPerSecond: 5 },
    ]);
  });

  it('turns rows of { scenario, ours, <peer> } into one line per scenario and peer, ignoring ratio fields', () => {
    const rows = toValidatorRows([
      { scenario: 'valid', ours: 300, ajv: 100, zod: 30, oursVsAjv: 3, machine: 'x' },
      { scenario: 'invalid', ours: 200, ajv: 100, zod: 20, oursVsAjv: 2, machine: 'x' },
    ]);
    expect(rows.lines.map((line) => [line.benchmark, line.peer, line.ours?.value, line.peerValue?.value])).toEqual([
      ['validate: valid', 'ajv', 300, 100],
      ['validate: valid', 'zod', 300, 30],
      ['validate: invalid', 'ajv', 200, 100],
      ['validate: invalid', 'zod', 200, 20],
    ]);
  });

  it('passes table lines through and prints an unknown shape raw', () => {
    const line: TableLine = { benchmark: 'validate', ours: { value: 1, unit: 'ops/s' } };
    expect(toValidatorRows([line]).lines).toEqual([line]);
    expect(toValidatorRows({ something: 'else' }).raw).toContain('"something"');
  });
});

describe('seed sample 1', () => {
  it('is read from the generated openapi.json', () => {
    const sample = seedSampleOne();
    expect(sample.ClusterId).toMatch(/^c/);
    expect(sample.body).toHaveProperty('scaling_group');
  });
});

describe('mock server bench mode', () => {
  it('records nothing, checks every n-th signature and counts the outcomes', async () => {
    const server = await startMockServer({ bench: { verifyEvery: 2 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await fetch(`${server.url}/clusters/c1/nodepools`, {
          method: 'POST',
          headers: { 'x-acs-action': 'CreateClusterNodePool', 'content-type': 'application/json' },
          body: '{}',
        });
        statuses.push(response.status);
        await response.arrayBuffer();
      }
      // Unsigned: the checked requests (1st, 3rd) are refused, the unchecked ones go through.
      expect(statuses).toEqual([400, 200, 400, 200]);
      expect(server.stats).toEqual({ handled: 4, signaturesChecked: 2, signaturesRejected: 2 });
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });
});
