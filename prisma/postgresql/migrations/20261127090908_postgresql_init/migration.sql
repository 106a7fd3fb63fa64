-- CreateTable
CREATE TABLE "units" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channelConversationId" TEXT,
    "channelTeamId" TEXT,
    "channelLinkedAt" TIMESTAMP(3),
    "worklistWeekday" INTEGER,
    "worklistTime" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff" (
    "id" TEXT NOT NULL,
    "aadObjectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "residents" (
    "id" TEXT NOT NULL,
    "idHash" TEXT,
    "maskedId" TEXT,
    "name" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL DEFAULT '',
    "birthDate" TEXT,
    "anonymisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "residents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "subcategory" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "owningUnitId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "firstMissedRentDate" TEXT,
    "noticeDate" TEXT,
    "noticeReceivedDate" TEXT,
    "namsmannNoticeDate" TEXT,
    "evictionDate" TEXT,
    "evictionHappened" BOOLEAN NOT NULL DEFAULT false,
    "arrearsReportedDate" TEXT,
    "landlordNoticeDate" TEXT,
    "namsmannCopyDate" TEXT,
    "objectionDeadline" TEXT,
    "belongingsDeadline" TEXT,
    "leaseEndDate" TEXT,
    "terminationDate" TEXT,
    "releaseDate" TEXT,
    "temporaryAccommodationSince" TEXT,
    "acuteDate" TEXT,
    "arrearsPaidDate" TEXT,
    "closedReason" TEXT,
    "anonymisedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "handover_proposals" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "note" TEXT,
    "level" INTEGER,
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "declineReason" TEXT,

    CONSTRAINT "handover_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_ownership" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "coordinatorId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "changedById" TEXT,
    "note" TEXT,

    CONSTRAINT "case_ownership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_sequences" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "case_sequences_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "conversation_refs" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "conversationType" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "serviceUrl" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "aadObjectId" TEXT,
    "teamId" TEXT,
    "channelId" TEXT,
    "installedAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "unreachableAt" TIMESTAMP(3),
    "locale" TEXT,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "conversation_refs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "action" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "actorStaffId" TEXT,
    "actorAadObjectId" TEXT,
    "tenantId" TEXT,
    "caseId" TEXT,
    "residentId" TEXT,
    "detail" TEXT,
    "purposeNote" TEXT,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bot_state" (
    "key" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "eTag" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bot_state_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "case_involvements" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT,
    "note" TEXT,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "case_involvements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "concerns" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reporterUnitId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
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
    "source" TEXT NOT NULL DEFAULT 'ikke-oppgitt',
    "acute" BOOLEAN NOT NULL DEFAULT false,
    "arrearsReportedDate" TEXT,
    "arrearsReminderSent" TEXT,
    "landlordNoticeDate" TEXT,
    "tenantReservedAgainstNotice" BOOLEAN,
    "namsmannCopyDate" TEXT,
    "objectionDeadline" TEXT,
    "belongingsDeadline" TEXT,
    "leaseEndDate" TEXT,
    "terminationDate" TEXT,
    "releaseDate" TEXT,
    "temporaryAccommodationSince" TEXT,
    "children" INTEGER,
    "tenure" TEXT,
    "contact" TEXT,
    "wishes" TEXT,
    "description" TEXT NOT NULL,
    "sharingBasis" TEXT NOT NULL,
    "residentInformed" BOOLEAN NOT NULL,
    "consentId" TEXT,

    CONSTRAINT "concerns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routing_rules" (
    "concernType" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "routing_rules_pkey" PRIMARY KEY ("concernType")
);

-- CreateTable
CREATE TABLE "case_changes" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT NOT NULL,
    "toValue" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "case_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_cards" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goal_plans" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "evaluationDate" TEXT NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "vedtakReference" TEXT,
    "ipNeeded" BOOLEAN,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "goal_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goals" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "targetDate" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "goals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measures" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "responsibleUnitId" TEXT,
    "responsibleStaffId" TEXT,
    "deadline" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "measures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluations" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "byId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "nextEvaluationDate" TEXT NOT NULL,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_outbox" (
    "id" TEXT NOT NULL,
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
    "sentAt" TIMESTAMP(3),
    "sentConversationId" TEXT,
    "sentActivityId" TEXT,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "assigneeId" TEXT,
    "handedToId" TEXT,
    "handedById" TEXT,
    "handedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reminder_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notice_outbox" (
    "id" TEXT NOT NULL,
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
    "sentAt" TIMESTAMP(3),
    "sentConversationId" TEXT,
    "sentActivityId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notice_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_consents" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "unitIds" TEXT NOT NULL,
    "givenDate" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,

    CONSTRAINT "case_consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "decision" TEXT,
    "amountNok" INTEGER,
    "coversArrears" BOOLEAN,
    "dateValue" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "break_glass_grants" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "break_glass_grants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pending_lookups" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pending_lookups_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "residents_nameSearch_idx" ON "residents"("nameSearch");

-- CreateIndex
CREATE UNIQUE INDEX "cases_reference_key" ON "cases"("reference");

-- CreateIndex
CREATE INDEX "cases_residentId_idx" ON "cases"("residentId");

-- CreateIndex
CREATE INDEX "cases_owningUnitId_idx" ON "cases"("owningUnitId");

-- CreateIndex
CREATE INDEX "cases_coordinatorId_idx" ON "cases"("coordinatorId");

-- CreateIndex
CREATE INDEX "cases_status_owningUnitId_level_idx" ON "cases"("status", "owningUnitId", "level");

-- CreateIndex
CREATE INDEX "cases_openedAt_idx" ON "cases"("openedAt");

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
CREATE INDEX "handover_proposals_caseId_status_idx" ON "handover_proposals"("caseId", "status");

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

-- CreateIndex
CREATE INDEX "audit_events_actorStaffId_action_at_idx" ON "audit_events"("actorStaffId", "action", "at");

-- CreateIndex
CREATE INDEX "case_involvements_unitId_idx" ON "case_involvements"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "case_involvements_caseId_unitId_key" ON "case_involvements"("caseId", "unitId");

-- CreateIndex
CREATE INDEX "concerns_caseId_idx" ON "concerns"("caseId");

-- CreateIndex
CREATE INDEX "concerns_caseId_createdAt_landlordType_children_idx" ON "concerns"("caseId", "createdAt", "landlordType", "children");

-- CreateIndex
CREATE UNIQUE INDEX "concerns_reporterId_submissionId_key" ON "concerns"("reporterId", "submissionId");

-- CreateIndex
CREATE INDEX "case_changes_caseId_idx" ON "case_changes"("caseId");

-- CreateIndex
CREATE INDEX "case_changes_field_at_idx" ON "case_changes"("field", "at");

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

-- CreateIndex
CREATE UNIQUE INDEX "reminder_outbox_key_key" ON "reminder_outbox"("key");

-- CreateIndex
CREATE INDEX "reminder_outbox_status_nextAttemptAt_idx" ON "reminder_outbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "reminder_outbox_status_leaseUntil_idx" ON "reminder_outbox"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "reminder_outbox_caseId_idx" ON "reminder_outbox"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "notice_outbox_key_key" ON "notice_outbox"("key");

-- CreateIndex
CREATE INDEX "notice_outbox_status_nextAttemptAt_idx" ON "notice_outbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "notice_outbox_status_leaseUntil_idx" ON "notice_outbox"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "notice_outbox_caseId_idx" ON "notice_outbox"("caseId");

-- CreateIndex
CREATE INDEX "case_consents_caseId_idx" ON "case_consents"("caseId");

-- CreateIndex
CREATE INDEX "case_events_caseId_idx" ON "case_events"("caseId");

-- CreateIndex
CREATE INDEX "case_events_type_occurredOn_idx" ON "case_events"("type", "occurredOn");

-- CreateIndex
CREATE INDEX "case_events_caseId_type_occurredOn_idx" ON "case_events"("caseId", "type", "occurredOn");

-- CreateIndex
CREATE INDEX "break_glass_grants_caseId_staffId_idx" ON "break_glass_grants"("caseId", "staffId");

-- CreateIndex
CREATE INDEX "pending_lookups_expiresAt_idx" ON "pending_lookups"("expiresAt");

-- AddForeignKey
ALTER TABLE "staff" ADD CONSTRAINT "staff_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "residents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_owningUnitId_fkey" FOREIGN KEY ("owningUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "handover_proposals" ADD CONSTRAINT "handover_proposals_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_ownership" ADD CONSTRAINT "case_ownership_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_ownership" ADD CONSTRAINT "case_ownership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_ownership" ADD CONSTRAINT "case_ownership_coordinatorId_fkey" FOREIGN KEY ("coordinatorId") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_ownership" ADD CONSTRAINT "case_ownership_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_involvements" ADD CONSTRAINT "case_involvements_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_involvements" ADD CONSTRAINT "case_involvements_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_changes" ADD CONSTRAINT "case_changes_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_cards" ADD CONSTRAINT "case_cards_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goal_plans" ADD CONSTRAINT "goal_plans_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goals" ADD CONSTRAINT "goals_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measures" ADD CONSTRAINT "measures_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_planId_fkey" FOREIGN KEY ("planId") REFERENCES "goal_plans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
