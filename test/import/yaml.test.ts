import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from '../../generator/import/yaml.ts';

describe('toYaml', () => {
  it('quotes strings YAML 1.1 readers would misread and status codes', () => {
    const text = toYaml({ version: '2015-12-15', flag: 'yes', code: '0755', responses: { '200': 'x', '5XX': 'y' }, plain: 'cs.{region}.aliyuncs.com' });
    expect(text).toContain("version: '2015-12-15'");
    expect(text).toContain("flag: 'yes'");
    expect(text).toContain("code: '0755'");
    expect(text).toContain("'200': x");
    expect(text).toContain('plain: cs.{region}.aliyuncs.com');
    expect(parse(text, { version: '1.1' })).toMatchObject({ version: '2015-12-15', flag: 'yes', code: '0755' });
  });

  it('never emits anchors for repeated objects and never folds long lines', () => {
    const shared = { type: 'string' };
    const long = 'x'.repeat(300);
    const text = toYaml({ a: shared, b: shared, long });
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text).toContain(`long: ${long}`);
    expect(parse(text)).toEqual({ a: shared, b: shared, long });
  });
});
