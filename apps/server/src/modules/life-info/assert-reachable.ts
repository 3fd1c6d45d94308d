import { ValidationError } from '../../platform/http/errors.js';

/** An entry owners cannot call or find is no use: a phone number or an address is needed. */
export function assertReachable(entry: { address: string | null; phone: string | null }): void {
  if (!entry.address && !entry.phone) throw new ValidationError({ phone: 'lifeInfo.field.phoneOrAddress', address: 'lifeInfo.field.phoneOrAddress' });
}
