-- CreateTable
CREATE TABLE "handover_proposals" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "note" TEXT,
    "level" INTEGER,
    "proposedById" TEXT NOT NULL,
    "proposedAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "answeredById" TEXT,
    "answeredAt" DATETIME,
    "declineReason" TEXT,
    CONSTRAINT "handover_proposals_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "handover_proposals_caseId_status_idx" ON "handover_proposals"("caseId", "status");
