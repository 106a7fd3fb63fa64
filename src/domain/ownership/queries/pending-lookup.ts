/**
 * A person lookup between the question and the answer: what was asked waits here, sealed
 * (encrypted with a key derived from HUSLY_ID_SECRET), and the card carries only an opaque id.
 * So a name or an identity number never travels in card data, and a forged card can only name
 * a lookup its own sender started. Removed when answered or expired.
 */
export const PENDING_LOOKUP_MINUTES = 30;

export interface PendingLookupRecord {
  readonly id: string;
  readonly staffId: string;
  /** 'person' before a purpose is given; 'choices' while the asker picks among residents. */
  readonly kind: 'person' | 'choices';
  /** Sealed JSON (see sealed-text.ts). */
  readonly payload: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface PendingLookupRepository {
  add(lookup: PendingLookupRecord): Promise<void>;
  findById(id: string): Promise<PendingLookupRecord | null>;
  update(
    id: string,
    change: { kind: PendingLookupRecord['kind']; payload: string; expiresAt: Date },
  ): Promise<void>;
  delete(id: string): Promise<void>;
  deleteExpired(at: Date): Promise<number>;
}
