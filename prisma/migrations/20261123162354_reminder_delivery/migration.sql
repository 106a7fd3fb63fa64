-- AlterTable
ALTER TABLE "conversation_refs" ADD COLUMN "unreachableAt" DATETIME;

-- AlterTable
ALTER TABLE "reminder_outbox" ADD COLUMN "doneAt" DATETIME;
ALTER TABLE "reminder_outbox" ADD COLUMN "doneById" TEXT;
