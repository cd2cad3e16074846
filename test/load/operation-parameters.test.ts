/** Reference resolution and parameter merging: written once (generator/load/operation-parameters.ts), used by the loader's rules and by the IR. */
import { expect, it } from 'vitest';
import { declaredParameters, effectiveParameters, resolveRef } from '../../generator/load/operation-parameters.ts';

const document = {
  components: {
    parameters: {
      Cluster: { $ref: '#/components/parameters/ClusterReal' },
      ClusterReal: { name: 'ClusterId', in: 'path', required: true, schema: { type: 'string' } },
    },
  },
};

it('follows a $ref chain, and gives {} for one that ends nowhere', () => {
  expect(resolveRef(document, { $ref: '#/components/parameters/Cluster' })).toMatchObject({ name: 'ClusterId' });
  expect(resolveRef(document, { $ref: '#/components/parameters/Missing' })).toEqual({});
});

it('lets an operation-level parameter replace the path-level one of the same name and location', () => {
  const item = { parameters: [{ $ref: '#/components/parameters/Cluster' }, { name: 'force', in: 'query', schema: { type: 'string' } }] };
  const operation = { parameters: [{ name: 'force', in: 'query', schema: { type: 'boolean' } }] };
  const declared = declaredParameters(document, item, operation, '/paths/~1x/get');
  expect(declared.map((d) => d.at)).toEqual(['/paths/~1x/parameters/0', '/paths/~1x/parameters/1', '/paths/~1x/get/parameters/0']);
  expect(effectiveParameters(declared).map((d) => [d.param.name, d.at])).toEqual([
    ['ClusterId', '/paths/~1x/parameters/0'],
    ['force', '/paths/~1x/get/parameters/0'],
  ]);
});
