import { createHmac } from 'node:crypto';
import type { NationalId } from './national-id.ts';

/**
 * Keyed hash (HMAC-SHA256) of a national identity number. The same resident is found again
 * by the same hash; without the key, the 11-digit space is too small for a plain hash to
 * protect anyone, which is why the key (HUSLY_ID_SECRET) is required in production.
 */
export function hashNationalId(id: NationalId, secret: string): string {
  return createHmac('sha256', secret).update(id.digits).digest('hex');
}
