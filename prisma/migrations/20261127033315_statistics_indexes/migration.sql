-- DropIndex
DROP INDEX "cases_closedAt_idx";

-- CreateIndex
CREATE INDEX "case_events_caseId_type_occurredOn_idx" ON "case_events"("caseId", "type", "occurredOn");

-- CreateIndex
CREATE INDEX "cases_closedAt_owningUnitId_openedAt_id_idx" ON "cases"("closedAt", "owningUnitId", "openedAt", "id");

-- CreateIndex
CREATE INDEX "cases_noticeDate_owningUnitId_id_idx" ON "cases"("noticeDate", "owningUnitId", "id");

-- CreateIndex
CREATE INDEX "cases_noticeReceivedDate_noticeDate_owningUnitId_id_idx" ON "cases"("noticeReceivedDate", "noticeDate", "owningUnitId", "id");

-- CreateIndex
CREATE INDEX "cases_landlordNoticeDate_owningUnitId_id_idx" ON "cases"("landlordNoticeDate", "owningUnitId", "id");

-- CreateIndex
CREATE INDEX "cases_namsmannNoticeDate_owningUnitId_id_idx" ON "cases"("namsmannNoticeDate", "owningUnitId", "id");

-- CreateIndex
CREATE INDEX "cases_namsmannCopyDate_namsmannNoticeDate_owningUnitId_id_idx" ON "cases"("namsmannCopyDate", "namsmannNoticeDate", "owningUnitId", "id");

-- CreateIndex
CREATE INDEX "cases_evictionDate_evictionHappened_owningUnitId_id_idx" ON "cases"("evictionDate", "evictionHappened", "owningUnitId", "id");

-- CreateIndex
CREATE INDEX "cases_id_owningUnitId_idx" ON "cases"("id", "owningUnitId");

-- CreateIndex
CREATE INDEX "concerns_caseId_createdAt_landlordType_children_idx" ON "concerns"("caseId", "createdAt", "landlordType", "children");
