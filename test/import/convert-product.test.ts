import { describe, expect, it } from 'vitest';
import { convertProduct, endpointTemplate, productFolder, sortedEndpoints } from '../../generator/import/convert-product.ts';
import { docsWith } from './support/fixtures.ts';

describe('convertProduct', () => {
  it('derives the host template from the endpoints most hosts follow', () => {
    const endpoints = [
      { regionId: 'cn-beijing', endpoint: 'cs.cn-beijing.aliyuncs.com' },
      { regionId: 'cn-hangzhou-finance', endpoint: 'cs-vpc.cn-hangzhou-finance.aliyuncs.com' },
      { regionId: 'cn-beijing-finance-1', endpoint: 'cs.aliyuncs.com' },
      { regionId: 'us-east-1', endpoint: 'cs.us-east-1.aliyuncs.com' },
    ];
    expect(endpointTemplate('CS', endpoints)).toBe('cs.{region}.aliyuncs.com');
    expect(endpointTemplate('Foo', [])).toBe('foo.{region}.aliyuncs.com');
  });

  it('sorts the region map by region id', () => {
    const map = sortedEndpoints([
      { regionId: 'us-east-1', endpoint: 'u' },
      { regionId: 'ap-south-1', endpoint: 'a' },
    ]);
    expect(Object.keys(map)).toEqual(['ap-south-1', 'us-east-1']);
  });

  it('builds the document root with security, extensions and the shared error shapes', () => {
    const docs = docsWith({});
    expect(productFolder(docs)).toBe('demo-2021-02-03');
    const product = convertProduct(docs);
    expect(Object.keys(product)).toEqual([
      'openapi',
      'info',
      'servers',
      'security',
      'x-acs-product',
      'x-acs-version',
      'x-acs-style',
      'x-acs-endpoint',
      'x-acs-endpoints',
      'x-acs-default-region',
      'components',
    ]);
    expect(product['openapi']).toBe('3.1.0');
    expect(product['security']).toEqual([{ AK: [] }]);
    expect(product['x-acs-endpoint']).toBe('demo.{region}.aliyuncs.com');
    expect(product['x-acs-default-region']).toBe('cn-hangzhou');
    const components = product['components'] as Record<string, Record<string, Record<string, unknown>>>;
    expect(components['securitySchemes']!['AK']).toEqual({ type: 'http', scheme: 'ACS3-HMAC-SHA256' });
    expect(Object.keys(components['schemas']!['ErrorBody']!['properties'] as object)).toEqual(['code', 'message', 'requestId', 'recommend']);
    expect(components['responses']!['Error']).toBeDefined();
  });

  it('omits the default region when cn-hangzhou is not offered', () => {
    const docs = { ...docsWith({}), endpoints: [{ regionId: 'eu-west-1', endpoint: 'demo.eu-west-1.aliyuncs.com' }] };
    const product = convertProduct(docs);
    expect(product).not.toHaveProperty('x-acs-default-region');
    expect(product['servers']).toEqual([{ url: 'https://demo.{region}.aliyuncs.com', variables: { region: { default: 'eu-west-1' } } }]);
  });
});
