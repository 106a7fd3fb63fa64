import type { PrismaClient } from '../../src/persistence/generated/client.ts';
import { localDate } from '../../src/domain/common/local-date.ts';

export interface DueReminderSeed {
  /** Names this seed's rows: unit key, ids `<prefix>-s<i>`/`<prefix>-k<i>`, keys `<prefix>:<i>`. */
  readonly prefix: string;
  /** Coordinators, each with a personal chat with Husly and one open case. */
  readonly people: number;
  /** Due reminders, spread over the cases in turn (default: one per case). */
  readonly reminders?: number;
  /** Where the chats' messages go: the fake connector. */
  readonly serviceUrl: string;
  /** The first case reference's number (references are `2099-<n>`, clear of the demo's). */
  readonly firstReference: number;
  /** The fourth group of the coordinators' Entra object ids, so two seeds do not collide. */
  readonly aadGroup?: string;
}

/**
 * People, chats, cases and reminders due now, for the tests and the bench that send many
 * reminders at once. The reminders are legal deadlines due today (Oslo date), which may go out
 * at any hour, so a run does not depend on when it happens; their due times are a millisecond
 * apart in key order, so claims take them in that order. Each reminder goes to one person's
 * chat (no digests when there is one per case), so a duplicate message is a duplicate reminder.
 */
export async function seedDueReminders(prisma: PrismaClient, seed: DueReminderSeed): Promise<void> {
  const { prefix, people, serviceUrl, firstReference } = seed;
  const reminders = seed.reminders ?? people;
  const aad = (i: number) =>
    `00000000-0000-4000-${seed.aadGroup ?? '9000'}-${i.toString(16).padStart(12, '0')}`;
  const now = new Date();
  const unit = await prisma.unit.create({ data: { key: prefix, name: prefix, kind: 'annet' } });
  const resident = await prisma.resident.create({
    data: { name: 'Syntetisk', nameSearch: 'syntetisk' },
  });
  const each = <T>(n: number, row: (i: number) => T) => Array.from({ length: n }, (_, i) => row(i));
  await prisma.staff.createMany({
    data: each(people, (i) => ({
      id: `${prefix}-s${i}`,
      aadObjectId: aad(i),
      name: `S ${i}`,
      email: `${prefix}${i}@k.no`,
      unitId: unit.id,
      role: 'koordinator',
    })),
  });
  await prisma.conversationRef.createMany({
    data: each(people, (i) => ({
      conversationId: `a:${prefix}-${i}`,
      conversationType: 'personal',
      tenantId: 't',
      serviceUrl,
      botId: '28:bot',
      aadObjectId: aad(i),
      installedAt: now,
      lastSeenAt: now,
    })),
  });
  await prisma.case.createMany({
    data: each(people, (i) => ({
      id: `${prefix}-k${i}`,
      reference: `2099-${String(firstReference + i).padStart(5, '0')}`,
      residentId: resident.id,
      category: 'fare-for-a-miste-bolig',
      subcategory: 'hoye-boutgifter',
      level: 2,
      status: 'open',
      owningUnitId: unit.id,
      coordinatorId: `${prefix}-s${i}`,
      openedAt: now,
    })),
  });
  const today = localDate(now, 'Europe/Oslo');
  for (let start = 0; start < reminders; start += 1000)
    await prisma.reminderOutbox.createMany({
      data: each(Math.min(1000, reminders - start), (j) => {
        const i = start + j;
        return {
          key: `${prefix}:${i}`,
          caseId: `${prefix}-k${i % people}`,
          kind: 'F0',
          basis: 'law',
          dueDate: today,
          audience: 'coordinator',
          status: 'pending',
          nextAttemptAt: new Date(now.getTime() - 600_000 + i).toISOString(),
        };
      }),
    });
}
