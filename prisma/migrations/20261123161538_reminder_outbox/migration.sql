-- CreateTable
CREATE TABLE "reminder_outbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "legalDeadline" TEXT,
    "audience" TEXT NOT NULL,
    "measureId" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TEXT NOT NULL,
    "leaseOwner" TEXT,
    "leaseUntil" TEXT,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "sentConversationId" TEXT,
    "sentActivityId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "reminder_outbox_key_key" ON "reminder_outbox"("key");

-- CreateIndex
CREATE INDEX "reminder_outbox_status_nextAttemptAt_idx" ON "reminder_outbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "reminder_outbox_status_leaseUntil_idx" ON "reminder_outbox"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "reminder_outbox_caseId_idx" ON "reminder_outbox"("caseId");
