-- CreateTable
CREATE TABLE "units" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channelConversationId" TEXT,
    "channelTeamId" TEXT,
    "channelLinkedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "staff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "aadObjectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "staff_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "residents" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idHash" TEXT,
    "maskedId" TEXT,
    "name" TEXT NOT NULL,
    "birthDate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "cases" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "subcategory" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "owningUnitId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "openedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "cases_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "cases_owningUnitId_fkey" FOREIGN KEY ("owningUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "cases_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "case_ownership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    "changedById" TEXT,
    "note" TEXT,
    CONSTRAINT "case_ownership_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "case_ownership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "case_ownership_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "case_ownership_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "case_sequences" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "last" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "conversation_refs" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "conversationType" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "serviceUrl" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "aadObjectId" TEXT,
    "teamId" TEXT,
    "channelId" TEXT,
    "installedAt" DATETIME,
    "removedAt" DATETIME,
    "lastSeenAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    "action" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "actorStaffId" TEXT,
    "actorAadObjectId" TEXT,
    "tenantId" TEXT,
    "caseId" TEXT,
    "residentId" TEXT,
    "detail" TEXT
);

-- CreateTable
CREATE TABLE "bot_state" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "data" TEXT NOT NULL,
    "eTag" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "units_key_key" ON "units"("key");

-- CreateIndex
CREATE UNIQUE INDEX "staff_aadObjectId_key" ON "staff"("aadObjectId");

-- CreateIndex
CREATE INDEX "staff_unitId_idx" ON "staff"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "residents_idHash_key" ON "residents"("idHash");

-- CreateIndex
CREATE UNIQUE INDEX "cases_reference_key" ON "cases"("reference");

-- CreateIndex
CREATE INDEX "cases_residentId_idx" ON "cases"("residentId");

-- CreateIndex
CREATE INDEX "cases_owningUnitId_idx" ON "cases"("owningUnitId");

-- CreateIndex
CREATE INDEX "cases_coordinatorId_idx" ON "cases"("coordinatorId");

-- CreateIndex
CREATE INDEX "case_ownership_caseId_idx" ON "case_ownership"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "conversation_refs_conversationId_key" ON "conversation_refs"("conversationId");

-- CreateIndex
CREATE INDEX "conversation_refs_aadObjectId_idx" ON "conversation_refs"("aadObjectId");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");

-- CreateIndex
CREATE INDEX "audit_events_caseId_idx" ON "audit_events"("caseId");

-- CreateIndex
CREATE INDEX "audit_events_residentId_idx" ON "audit_events"("residentId");
