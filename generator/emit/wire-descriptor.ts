import type { Operation } from '../ir/types.ts';
import type { ParamDescriptor } from '../runtime/client-core.ts';

/** How the runtime sends each parameter of an operation: the `params` of its generated operation descriptor. */
export function paramDescriptors(op: Operation): ParamDescriptor[] {
  return op.parameters.map((p) => ({
    name: p.wireName,
    in: p.location,
    ...(p.style === 'json' ? { style: 'json' as const } : {}),
    ...(p.style === 'form' && !p.explode ? { explode: false } : {}),
  }));
}
