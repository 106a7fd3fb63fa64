import type { Storage, StoreItems } from 'botbuilder';
import type { Clock } from '../domain/common/clock.ts';

/** The persistence side of bot state; implemented by src/persistence/prisma-bot-state.store.ts. */
export interface StateStore {
  read(keys: readonly string[]): Promise<Map<string, { data: unknown; eTag: string }>>;
  write(key: string, data: unknown, expectedETag: string | null, at: Date): Promise<string | null>;
  delete(keys: readonly string[]): Promise<void>;
}

export class ETagConflictError extends Error {
  readonly code = 'STATE.ETAG_CONFLICT';
  constructor() {
    super('Bot state was changed by another turn (eTag conflict).');
  }
}

/**
 * botbuilder `Storage` on the database, so a conversation in progress survives a restart.
 * Follows MemoryStorage's contract: an item written with eTag '*' (or none) overwrites; an item
 * written with the eTag it was read with fails if someone else wrote in between.
 */
export class DbStorage implements Storage {
  constructor(
    private readonly store: StateStore,
    private readonly clock: Clock,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const rows = await this.store.read(keys);
    const items: StoreItems = {};
    for (const [key, row] of rows) items[key] = { ...(row.data as object), eTag: row.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...data } = (item ?? {}) as { eTag?: string };
      const expected = !eTag || eTag === '*' ? null : eTag;
      const written = await this.store.write(key, data, expected, this.clock.now());
      if (written === null) throw new ETagConflictError();
    }
  }

  delete(keys: string[]): Promise<void> {
    return this.store.delete(keys);
  }
}
