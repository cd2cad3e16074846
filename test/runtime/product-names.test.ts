/**
 * The runtime names nothing after a product: its error classes are generic (`SdkError`, `ServiceError`), exported by
 * the CS package as `CsError` and `CsServiceError`, and its debug events are named after the product code of the
 * service descriptor the client is built with.
 */
import { describe, expect, it } from 'vitest';
import { CsError, CsServiceError } from '../../generated/cs-2015-12-15/src/index.ts';
import { SdkError, ServiceError } from '../../generated/cs-2015-12-15/src/runtime/errors.ts';
import { ClientCore, type OperationDescriptor, type ServiceDescriptor } from '../../generator/runtime/client-core.ts';
import { debugEvents } from '../../generator/runtime/log.ts';
import type { Transport } from '../../generator/runtime/transport.ts';

const op: OperationDescriptor = { action: 'DescribeThing', method: 'GET', path: '/things', params: [], body: false, idempotent: true };
const answer: Transport = async () => ({ statusCode: 200, headers: {}, body: '{}' });

async function eventNames(product: string): Promise<string[]> {
  const service: ServiceDescriptor = { product, version: '2020-01-01', endpointTemplate: 'x.{region}.example', regions: {} };
  const names: string[] = [];
  const client = new ClientCore(
    service,
    { endpoint: 'h.example', transport: answer, credentials: { accessKeyId: 'id', accessKeySecret: 'secret' }, logger: { debug: (name) => void names.push(name) } },
    { events: debugEvents },
  );
  await client.send(op, {}, undefined);
  return names;
}

describe('product-specific names', () => {
  it('names the debug events after the descriptor’s product code', async () => {
    expect(await eventNames('CS')).toEqual(['cs.request', 'cs.response']);
    expect(await eventNames('Ecs')).toEqual(['ecs.request', 'ecs.response']);
  });

  it('exports the generic error classes under the product’s names, so that instanceof keeps working', () => {
    expect(CsError).toBe(SdkError);
    expect(CsServiceError).toBe(ServiceError);
    const error = new ServiceError({ statusCode: 400, code: 'InvalidParameter', message: 'm', retryable: false });
    expect(error).toBeInstanceOf(CsServiceError);
    expect(error).toBeInstanceOf(CsError);
  });
});
