-- AlterTable
ALTER TABLE "case_consents" ADD COLUMN "planId" TEXT;

-- AlterTable
ALTER TABLE "evaluations" ADD COLUMN "levelAtEvaluation" INTEGER;
ALTER TABLE "evaluations" ADD COLUMN "residentParticipation" TEXT;

-- AlterTable
ALTER TABLE "goals" ADD COLUMN "residentWords" TEXT;

-- CreateTable
CREATE TABLE "plan_case_links" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL,
    CONSTRAINT "plan_case_links_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "plan_participants" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT,
    "organisation" TEXT,
    "unitId" TEXT,
    "staffId" TEXT,
    "role" TEXT,
    "addedAt" DATETIME NOT NULL,
    "addedById" TEXT NOT NULL,
    "removedAt" DATETIME,
    CONSTRAINT "plan_participants_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "plan_phases" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "contactEveryDays" INTEGER NOT NULL,
    CONSTRAINT "plan_phases_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "goal_evaluations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "evaluationId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "goal_evaluations_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "evaluations" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "goal_evaluations_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "goals" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_goal_plans" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "residentId" TEXT NOT NULL,
    "activeResidentId" TEXT,
    "caseId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "evaluationDate" TEXT NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "vedtakReference" TEXT,
    "ipNeeded" BOOLEAN,
    "isIp" BOOLEAN NOT NULL DEFAULT false,
    "ipCoordinatorId" TEXT,
    "whatMatters" TEXT,
    "resources" TEXT,
    "residentParticipation" TEXT,
    "levelAtStart" INTEGER,
    "template" TEXT,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "closeReason" TEXT,
    "closeNote" TEXT,
    "createdAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "goal_plans_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "goal_plans_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "residents" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_goal_plans" ("caseId", "createdAt", "createdById", "evaluationDate", "id", "ipNeeded", "periodEnd", "periodStart", "updatedAt", "vedtakReference", "residentId", "status", "closedAt", "closeReason") SELECT gp."caseId", gp."createdAt", gp."createdById", gp."evaluationDate", gp."id", gp."ipNeeded", gp."periodEnd", gp."periodStart", gp."updatedAt", gp."vedtakReference", c."residentId", CASE WHEN c."status" = 'closed' THEN 'closed' ELSE 'active' END, CASE WHEN c."status" = 'closed' THEN COALESCE(c."closedAt", gp."updatedAt") END, CASE WHEN c."status" = 'closed' THEN 'case-closed' END FROM "goal_plans" gp JOIN "cases" c ON c."id" = gp."caseId";
DROP TABLE "goal_plans";
ALTER TABLE "new_goal_plans" RENAME TO "goal_plans";
CREATE UNIQUE INDEX "goal_plans_activeResidentId_key" ON "goal_plans"("activeResidentId");
CREATE INDEX "goal_plans_caseId_idx" ON "goal_plans"("caseId");
CREATE INDEX "goal_plans_residentId_idx" ON "goal_plans"("residentId");
CREATE TABLE "new_measures" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "responsibleUnitId" TEXT,
    "responsibleStaffId" TEXT,
    "responsibleResident" BOOLEAN NOT NULL DEFAULT false,
    "responsibleParticipantId" TEXT,
    "goalId" TEXT,
    "scope" TEXT,
    "deadline" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "measures_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "measures_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "goals" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_measures" ("createdAt", "deadline", "description", "id", "planId", "responsibleStaffId", "responsibleUnitId", "status", "type", "updatedAt") SELECT "createdAt", "deadline", "description", "id", "planId", "responsibleStaffId", "responsibleUnitId", "status", "type", "updatedAt" FROM "measures";
DROP TABLE "measures";
ALTER TABLE "new_measures" RENAME TO "measures";
CREATE INDEX "measures_planId_idx" ON "measures"("planId");
CREATE INDEX "measures_responsibleUnitId_idx" ON "measures"("responsibleUnitId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "plan_case_links_planId_caseId_key" ON "plan_case_links"("planId", "caseId");

-- CreateIndex
CREATE INDEX "plan_participants_planId_idx" ON "plan_participants"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "plan_phases_planId_kind_key" ON "plan_phases"("planId", "kind");

-- CreateIndex
CREATE INDEX "goal_evaluations_evaluationId_idx" ON "goal_evaluations"("evaluationId");

-- CreateIndex
CREATE INDEX "goal_evaluations_goalId_idx" ON "goal_evaluations"("goalId");

-- CreateIndex
CREATE INDEX "case_consents_planId_idx" ON "case_consents"("planId");

-- Data: plans existing before this migration. A plan on a closed case ended with it (the old
-- rule), so it is closed, each person keeps at most one living plan (the newest), every plan
-- links to the case it was made on, consents given with a living plan follow it.
UPDATE "goal_plans" SET "activeResidentId" = "residentId"
WHERE "status" = 'active' AND "id" = (
  SELECT g2."id" FROM "goal_plans" g2
  WHERE g2."residentId" = "goal_plans"."residentId" AND g2."status" = 'active'
  ORDER BY g2."createdAt" DESC, g2."id" DESC LIMIT 1);
UPDATE "goal_plans" SET "status" = 'closed', "closedAt" = "updatedAt", "closeReason" = 'other',
  "closeNote" = 'Lukket ved oppgraderingen: personen har en nyere målplan.'
WHERE "status" = 'active' AND "activeResidentId" IS NULL;
INSERT INTO "plan_case_links" ("id", "planId", "caseId", "reason", "linkedAt")
SELECT "id", "id", "caseId", 'created', "createdAt" FROM "goal_plans";
UPDATE "case_consents" SET "planId" = (
  SELECT gp."id" FROM "goal_plans" gp
  WHERE gp."caseId" = "case_consents"."caseId" AND gp."status" = 'active')
WHERE "source" = 'plan' AND "withdrawnAt" IS NULL;
