-- AlterTable
ALTER TABLE "conversation_refs" ADD COLUMN "locale" TEXT;
