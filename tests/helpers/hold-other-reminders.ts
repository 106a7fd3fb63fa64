import type { PrismaClient } from '../../src/persistence/generated/client.ts';

/**
 * Demo data is dated from "now", so on any given day and hour some demo case's reminder is due
 * and would join a test's digest ("3 påminnelser" instead of the one the test made due). Tests
 * that send one case's reminders put every other pending row a year ahead first.
 */
export async function holdRemindersOfOtherCases(
  prisma: PrismaClient,
  reference: string,
): Promise<void> {
  const kase = await prisma.case.findUniqueOrThrow({ where: { reference } });
  await prisma.reminderOutbox.updateMany({
    where: { status: 'pending', NOT: { caseId: kase.id } },
    data: { nextAttemptAt: new Date(Date.now() + 365 * 86_400_000).toISOString() },
  });
}
