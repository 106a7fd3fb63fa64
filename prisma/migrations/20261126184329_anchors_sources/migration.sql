-- AlterTable
ALTER TABLE "cases" ADD COLUMN "acuteDate" TEXT;
ALTER TABLE "cases" ADD COLUMN "arrearsReportedDate" TEXT;
ALTER TABLE "cases" ADD COLUMN "belongingsDeadline" TEXT;
ALTER TABLE "cases" ADD COLUMN "landlordNoticeDate" TEXT;
ALTER TABLE "cases" ADD COLUMN "leaseEndDate" TEXT;
ALTER TABLE "cases" ADD COLUMN "namsmannCopyDate" TEXT;
ALTER TABLE "cases" ADD COLUMN "objectionDeadline" TEXT;
ALTER TABLE "cases" ADD COLUMN "releaseDate" TEXT;
ALTER TABLE "cases" ADD COLUMN "temporaryAccommodationSince" TEXT;
ALTER TABLE "cases" ADD COLUMN "terminationDate" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_concerns" (
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
    CONSTRAINT "concerns_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "cases" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_concerns" ("arrearsAmount", "arrearsMonths", "caseId", "category", "consentId", "createdAt", "description", "evictionDate", "evictionDateSet", "evictionHappened", "firstMissedRentDate", "id", "landlordType", "namsmannNotice", "namsmannNoticeDate", "noticeDate", "noticeReceived", "noticeReceivedDate", "other", "rentArrears", "reporterId", "reporterUnitId", "residentInformed", "sharingBasis", "subcategory", "submissionId") SELECT "arrearsAmount", "arrearsMonths", "caseId", "category", "consentId", "createdAt", "description", "evictionDate", "evictionDateSet", "evictionHappened", "firstMissedRentDate", "id", "landlordType", "namsmannNotice", "namsmannNoticeDate", "noticeDate", "noticeReceived", "noticeReceivedDate", "other", "rentArrears", "reporterId", "reporterUnitId", "residentInformed", "sharingBasis", "subcategory", "submissionId" FROM "concerns";
DROP TABLE "concerns";
ALTER TABLE "new_concerns" RENAME TO "concerns";
CREATE INDEX "concerns_caseId_idx" ON "concerns"("caseId");
CREATE UNIQUE INDEX "concerns_reporterId_submissionId_key" ON "concerns"("reporterId", "submissionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
