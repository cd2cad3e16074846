import { describe, expect, it } from 'vitest';
import { jsDocFor } from '../../generator/emit/jsdoc.ts';
import { readDoc } from '../../generator/ir/doc.ts';

describe('x-acs-deprecated-reason', () => {
  const reason = 'in the 2024-06 metadata, absent from 2025-12';

  it('is read with deprecated: true and ignored without it', () => {
    expect(readDoc({ deprecated: true, 'x-acs-deprecated-reason': reason })).toMatchObject({ deprecated: true, deprecatedReason: reason });
    expect(readDoc({ 'x-acs-deprecated-reason': reason })).not.toHaveProperty('deprecatedReason');
  });

  it('becomes the text of the @deprecated tag', () => {
    const [jsdoc] = jsDocFor(readDoc({ deprecated: true, 'x-acs-deprecated-reason': reason }));
    expect(jsdoc?.tags).toEqual([{ tagName: 'deprecated', text: reason }]);
    const [plain] = jsDocFor(readDoc({ deprecated: true }));
    expect(plain?.tags).toEqual([{ tagName: 'deprecated' }]);
  });
});
