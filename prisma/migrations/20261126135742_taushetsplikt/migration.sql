-- DropIndex
DROP INDEX "concerns_submissionId_key";

-- AlterTable
ALTER TABLE "case_involvements" ADD COLUMN "endedAt" DATETIME;
ALTER TABLE "case_involvements" ADD COLUMN "grantedById" TEXT;
ALTER TABLE "case_involvements" ADD COLUMN "note" TEXT;

-- AlterTable
ALTER TABLE "cases" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "concerns" ADD COLUMN "consentId" TEXT;

-- AlterTable
ALTER TABLE "residents" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "staff" ADD COLUMN "deactivatedAt" DATETIME;

-- CreateTable
CREATE TABLE "case_consents" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "unitIds" TEXT NOT NULL,
    "givenDate" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "withdrawnAt" DATETIME,
    "withdrawnById" TEXT,
    CONSTRAINT "case_consents_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "break_glass_grants" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "grantedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "break_glass_grants_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "pending_lookups" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staffId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- Data: consent moves from the plan to the case (one consent record per plan that had one), and
-- the sharing basis "opplysningsplikt" (the wrong term for most cases) becomes "lovhjemmel".
INSERT INTO "case_consents" ("id", "caseId", "unitIds", "givenDate", "form", "source", "recordedById", "recordedAt")
SELECT lower(hex(randomblob(16))), "caseId", "consentUnitIds",
       COALESCE("consentDate", CASE WHEN typeof("createdAt") = 'integer' THEN date("createdAt" / 1000, 'unixepoch') ELSE substr("createdAt", 1, 10) END),
       'skriftlig', 'plan', "createdById", "createdAt"
FROM "goal_plans" WHERE "consentGiven" = 1;
UPDATE "concerns" SET "sharingBasis" = 'lovhjemmel' WHERE "sharingBasis" = 'opplysningsplikt';
-- Units made involved by reporting, before reporting stopped granting access, keep working: they
-- become grants the owning unit can see (and end) under "gi tilgang".
UPDATE "case_involvements" SET "reason" = 'granted', "note" = 'Involvert som melder før tilgangsreglene i desember 2026 – vurder om tilgangen fortsatt trengs'
WHERE "reason" = 'reporter' AND "endedAt" IS NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_goal_plans" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "evaluationDate" TEXT NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "vedtakReference" TEXT,
    "ipNeeded" BOOLEAN,
    "createdAt" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "goal_plans_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_goal_plans" ("caseId", "createdAt", "createdById", "evaluationDate", "id", "ipNeeded", "periodEnd", "periodStart", "updatedAt", "vedtakReference") SELECT "caseId", "createdAt", "createdById", "evaluationDate", "id", "ipNeeded", "periodEnd", "periodStart", "updatedAt", "vedtakReference" FROM "goal_plans";
DROP TABLE "goal_plans";
ALTER TABLE "new_goal_plans" RENAME TO "goal_plans";
CREATE UNIQUE INDEX "goal_plans_caseId_key" ON "goal_plans"("caseId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "case_consents_caseId_idx" ON "case_consents"("caseId");

-- CreateIndex
CREATE INDEX "break_glass_grants_caseId_staffId_idx" ON "break_glass_grants"("caseId", "staffId");

-- CreateIndex
CREATE INDEX "pending_lookups_expiresAt_idx" ON "pending_lookups"("expiresAt");

-- CreateIndex
CREATE INDEX "audit_events_actorStaffId_action_at_idx" ON "audit_events"("actorStaffId", "action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "concerns_reporterId_submissionId_key" ON "concerns"("reporterId", "submissionId");
