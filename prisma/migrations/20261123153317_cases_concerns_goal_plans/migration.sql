-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN "purposeNote" TEXT;

-- CreateTable
CREATE TABLE "case_involvements" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "since" DATETIME NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "case_involvements_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "case_involvements_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "concerns" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reporterUnitId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "category" TEXT NOT NULL,
    "subcategory" TEXT NOT NULL,
    "rentArrears" BOOLEAN NOT NULL DEFAULT false,
    "arrearsAmount" INTEGER,
    "arrearsMonths" INTEGER,
    "landlordType" TEXT,
    "firstMissedRentDate" TEXT,
    "noticeReceived" BOOLEAN NOT NULL DEFAULT false,
    "noticeDate" TEXT,
    "noticeReceivedDate" TEXT,
    "namsmannNotice" BOOLEAN NOT NULL DEFAULT false,
    "namsmannNoticeDate" TEXT,
    "evictionDateSet" BOOLEAN NOT NULL DEFAULT false,
    "evictionDate" TEXT,
    "evictionHappened" BOOLEAN NOT NULL DEFAULT false,
    "other" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT NOT NULL,
    "sharingBasis" TEXT NOT NULL,
    "residentInformed" BOOLEAN NOT NULL,
    CONSTRAINT "concerns_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "routing_rules" (
    "concernType" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "routing_rules_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "case_changes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "actorId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT NOT NULL,
    "toValue" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "case_changes_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "case_cards" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "case_cards_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "goal_plans" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "evaluationDate" TEXT NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "consentGiven" BOOLEAN NOT NULL DEFAULT false,
    "consentDate" TEXT,
    "consentUnitIds" TEXT NOT NULL DEFAULT '[]',
    "vedtakReference" TEXT,
    "ipNeeded" BOOLEAN,
    "createdAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "goal_plans_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "goals" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "targetDate" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "goals_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "measures" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "responsibleUnitId" TEXT,
    "responsibleStaffId" TEXT,
    "deadline" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "measures_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "evaluations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "byId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "nextEvaluationDate" TEXT NOT NULL,
    CONSTRAINT "evaluations_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_cases" (
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
    "firstMissedRentDate" TEXT,
    "noticeDate" TEXT,
    "noticeReceivedDate" TEXT,
    "namsmannNoticeDate" TEXT,
    "evictionDate" TEXT,
    "evictionHappened" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "cases_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "cases_owningUnitId_fkey" FOREIGN KEY ("owningUnitId") REFERENCES "units" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "cases_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "staff" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_cases" ("category", "closedAt", "coordinatorId", "createdAt", "id", "level", "openedAt", "owningUnitId", "reference", "residentId", "status", "subcategory", "updatedAt") SELECT "category", "closedAt", "coordinatorId", "createdAt", "id", "level", "openedAt", "owningUnitId", "reference", "residentId", "status", "subcategory", "updatedAt" FROM "cases";
DROP TABLE "cases";
ALTER TABLE "new_cases" RENAME TO "cases";
CREATE UNIQUE INDEX "cases_reference_key" ON "cases"("reference");
CREATE INDEX "cases_residentId_idx" ON "cases"("residentId");
CREATE INDEX "cases_owningUnitId_idx" ON "cases"("owningUnitId");
CREATE INDEX "cases_coordinatorId_idx" ON "cases"("coordinatorId");
CREATE TABLE "new_residents" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idHash" TEXT,
    "maskedId" TEXT,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL DEFAULT '',
    "birthDate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_residents" ("birthDate", "createdAt", "id", "idHash", "maskedId", "name", "updatedAt") SELECT "birthDate", "createdAt", "id", "idHash", "maskedId", "name", "updatedAt" FROM "residents";
DROP TABLE "residents";
ALTER TABLE "new_residents" RENAME TO "residents";
CREATE UNIQUE INDEX "residents_idHash_key" ON "residents"("idHash");
CREATE INDEX "residents_nameSearch_idx" ON "residents"("nameSearch");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "case_involvements_unitId_idx" ON "case_involvements"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "case_involvements_caseId_unitId_key" ON "case_involvements"("caseId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "concerns_submissionId_key" ON "concerns"("submissionId");

-- CreateIndex
CREATE INDEX "concerns_caseId_idx" ON "concerns"("caseId");

-- CreateIndex
CREATE INDEX "case_changes_caseId_idx" ON "case_changes"("caseId");

-- CreateIndex
CREATE INDEX "case_cards_caseId_idx" ON "case_cards"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "goal_plans_caseId_key" ON "goal_plans"("caseId");

-- CreateIndex
CREATE INDEX "goals_planId_idx" ON "goals"("planId");

-- CreateIndex
CREATE INDEX "measures_planId_idx" ON "measures"("planId");

-- CreateIndex
CREATE INDEX "measures_responsibleUnitId_idx" ON "measures"("responsibleUnitId");

-- CreateIndex
CREATE INDEX "evaluations_planId_idx" ON "evaluations"("planId");
