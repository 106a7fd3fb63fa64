-- AlterTable
ALTER TABLE "cases" ADD COLUMN "arrearsPaidDate" TEXT;
ALTER TABLE "cases" ADD COLUMN "closedReason" TEXT;
