-- CreateTable
CREATE TABLE "notice_outbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "recipientKind" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "caseId" TEXT,
    "reference" TEXT,
    "payload" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TEXT NOT NULL,
    "leaseOwner" TEXT,
    "leaseUntil" TEXT,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "sentConversationId" TEXT,
    "sentActivityId" TEXT,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "notice_outbox_key_key" ON "notice_outbox"("key");

-- CreateIndex
CREATE INDEX "notice_outbox_status_nextAttemptAt_idx" ON "notice_outbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "notice_outbox_status_leaseUntil_idx" ON "notice_outbox"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "notice_outbox_caseId_idx" ON "notice_outbox"("caseId");
