import { randomUUID } from 'node:crypto';
import type { PrismaClient } from './generated/client.ts';

export interface StoredState {
  readonly data: unknown;
  readonly eTag: string;
}

/**
 * Key–value rows for the bot's dialog and conversation state, with an eTag per row so two
 * turns racing on one conversation cannot silently overwrite each other.
 */
export class PrismaBotStateStore {
  constructor(private readonly prisma: PrismaClient) {}

  async read(keys: readonly string[]): Promise<Map<string, StoredState>> {
    const rows = await this.prisma.botState.findMany({ where: { key: { in: [...keys] } } });
    return new Map(
      rows.map((row) => [row.key, { data: JSON.parse(row.data) as unknown, eTag: row.eTag }]),
    );
  }

  /**
   * Writes `data` under `key`. With `expectedETag` the write only happens if the stored row
   * still has that eTag, or if there is no row at all (botbuilder's MemoryStorage rule).
   * Returns the new eTag, or null on a conflict.
   */
  async write(
    key: string,
    data: unknown,
    expectedETag: string | null,
    at: Date,
  ): Promise<string | null> {
    const eTag = randomUUID();
    const json = JSON.stringify(data);
    if (expectedETag === null) {
      await this.prisma.botState.upsert({
        where: { key },
        create: { key, data: json, eTag, updatedAt: at },
        update: { data: json, eTag, updatedAt: at },
      });
      return eTag;
    }
    const { count } = await this.prisma.botState.updateMany({
      where: { key, eTag: expectedETag },
      data: { data: json, eTag, updatedAt: at },
    });
    if (count === 1) return eTag;
    if (await this.prisma.botState.findUnique({ where: { key }, select: { key: true } }))
      return null;
    try {
      await this.prisma.botState.create({ data: { key, data: json, eTag, updatedAt: at } });
      return eTag;
    } catch {
      return null; // created by a concurrent turn in between: that is a conflict too
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    await this.prisma.botState.deleteMany({ where: { key: { in: [...keys] } } });
  }
}
