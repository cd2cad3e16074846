import type { Service } from '../ir/types.ts';
import { toPascalCase } from '../ir/naming.ts';

/**
 * The product-specific names of a package. The runtime is shared by every product and names nothing after one; the
 * package exports its generic error classes under names built from the spec's product code (`CS` → `CsError`), and
 * the debug events carry the lowercased code (`cs.request`), which the runtime reads from the service descriptor.
 */
export interface ProductNames {
  /** The base class of every error the SDK throws (`CsError`). */
  error: string;
  /** The class of errors the service answered with (`CsServiceError`). */
  serviceError: string;
  /** The prefix of the debug event names (`cs`). */
  eventPrefix: string;
}

export function productNames(service: Service): ProductNames {
  const prefix = toPascalCase(service.product.toLowerCase());
  return { error: `${prefix}Error`, serviceError: `${prefix}ServiceError`, eventPrefix: service.product.toLowerCase() };
}

/** The runtime's generic error classes and the product-specific name the package exports each under. */
export function runtimeAliases(service: Service): readonly { runtimeName: string; alias: string }[] {
  const names = productNames(service);
  return [
    { runtimeName: 'SdkError', alias: names.error },
    { runtimeName: 'ServiceError', alias: names.serviceError },
  ];
}
