import type { Operation } from '../ir/types.ts';
import type { OperationDescriptor, ParamDescriptor } from '../runtime/client-core.ts';

/** How the runtime sends an operation, without the extras the client adds (sensitive fields, text responses). */
export function operationWire(op: Operation): OperationDescriptor {
  return { action: op.action, method: op.method, path: op.path, params: paramDescriptors(op), body: op.body !== undefined, idempotent: op.idempotent };
}

/** How the runtime sends each parameter of an operation: the `params` of its generated operation descriptor. */
export function paramDescriptors(op: Operation): ParamDescriptor[] {
  return op.parameters.map((p) => ({
    name: p.wireName,
    in: p.location,
    ...(p.style === 'json' ? { style: 'json' as const } : {}),
    ...(p.style === 'form' && !p.explode ? { explode: false } : {}),
  }));
}
