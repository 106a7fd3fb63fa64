-- AlterTable
ALTER TABLE "reminder_outbox" ADD COLUMN "assigneeId" TEXT;
ALTER TABLE "reminder_outbox" ADD COLUMN "handedAt" DATETIME;
ALTER TABLE "reminder_outbox" ADD COLUMN "handedById" TEXT;
ALTER TABLE "reminder_outbox" ADD COLUMN "handedToId" TEXT;
