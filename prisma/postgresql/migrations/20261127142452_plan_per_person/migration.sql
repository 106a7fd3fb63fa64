-- DropIndex
DROP INDEX "goal_plans_caseId_key";

-- AlterTable
ALTER TABLE "case_consents" ADD COLUMN     "planId" TEXT;

-- AlterTable
ALTER TABLE "evaluations" ADD COLUMN     "levelAtEvaluation" INTEGER,
ADD COLUMN     "residentParticipation" TEXT;

-- AlterTable
ALTER TABLE "goal_plans" ADD COLUMN     "activeResidentId" TEXT,
ADD COLUMN     "closeNote" TEXT,
ADD COLUMN     "closeReason" TEXT,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closedById" TEXT,
ADD COLUMN     "ipCoordinatorId" TEXT,
ADD COLUMN     "isIp" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "levelAtStart" INTEGER,
ADD COLUMN     "residentId" TEXT,
ADD COLUMN     "residentParticipation" TEXT,
ADD COLUMN     "resources" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'active',
ADD COLUMN     "template" TEXT,
ADD COLUMN     "whatMatters" TEXT;

-- Data: a plan belongs to the person its case is about, a plan on a closed case ended with it.
UPDATE "goal_plans" gp SET "residentId" = c."residentId",
  "status" = CASE WHEN c."status" = 'closed' THEN 'closed' ELSE 'active' END,
  "closedAt" = CASE WHEN c."status" = 'closed' THEN COALESCE(c."closedAt", gp."updatedAt") END,
  "closeReason" = CASE WHEN c."status" = 'closed' THEN 'case-closed' END
FROM "cases" c WHERE c."id" = gp."caseId";
ALTER TABLE "goal_plans" ALTER COLUMN "residentId" SET NOT NULL;

-- AlterTable
ALTER TABLE "goals" ADD COLUMN     "residentWords" TEXT;

-- AlterTable
ALTER TABLE "measures" ADD COLUMN     "goalId" TEXT,
ADD COLUMN     "responsibleParticipantId" TEXT,
ADD COLUMN     "responsibleResident" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "scope" TEXT;

-- CreateTable
CREATE TABLE "plan_case_links" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "plan_case_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_participants" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT,
    "organisation" TEXT,
    "unitId" TEXT,
    "staffId" TEXT,
    "role" TEXT,
    "addedAt" TIMESTAMP(3) NOT NULL,
    "addedById" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "plan_participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_phases" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "contactEveryDays" INTEGER NOT NULL,

    CONSTRAINT "plan_phases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goal_evaluations" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "goal_evaluations_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "goal_plans_activeResidentId_key" ON "goal_plans"("activeResidentId");

-- CreateIndex
CREATE INDEX "goal_plans_caseId_idx" ON "goal_plans"("caseId");

-- CreateIndex
CREATE INDEX "goal_plans_residentId_idx" ON "goal_plans"("residentId");

-- AddForeignKey
ALTER TABLE "goal_plans" ADD CONSTRAINT "goal_plans_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "residents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_case_links" ADD CONSTRAINT "plan_case_links_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_participants" ADD CONSTRAINT "plan_participants_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_phases" ADD CONSTRAINT "plan_phases_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measures" ADD CONSTRAINT "measures_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "goals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goal_evaluations" ADD CONSTRAINT "goal_evaluations_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "evaluations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goal_evaluations" ADD CONSTRAINT "goal_evaluations_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "goals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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
