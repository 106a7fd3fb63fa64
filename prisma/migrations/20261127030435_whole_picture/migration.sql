-- AlterTable
ALTER TABLE "units" ADD COLUMN "worklistTime" TEXT;
ALTER TABLE "units" ADD COLUMN "worklistWeekday" INTEGER;

-- CreateIndex
CREATE INDEX "case_changes_field_at_idx" ON "case_changes"("field", "at");

-- CreateIndex
CREATE INDEX "case_events_type_occurredOn_idx" ON "case_events"("type", "occurredOn");

-- CreateIndex
CREATE INDEX "cases_status_owningUnitId_level_idx" ON "cases"("status", "owningUnitId", "level");

-- CreateIndex
CREATE INDEX "cases_openedAt_idx" ON "cases"("openedAt");

-- CreateIndex
CREATE INDEX "cases_closedAt_idx" ON "cases"("closedAt");
