-- Checkpoints renamed when the practice ones were counted back from the earliest request and
-- the objection deadline (docs/reminders.md): stored rows keep their keys, only the kind moves
-- to its new name, so history reads and the recomputation at start-up replaces pending ones.
UPDATE "reminder_outbox" SET "kind" = 'D0' WHERE "kind" = 'D1';
UPDATE "reminder_outbox" SET "kind" = 'D1M' WHERE "kind" = 'D30';
UPDATE "reminder_outbox" SET "kind" = 'R-7' WHERE "kind" = 'V7';
UPDATE "reminder_outbox" SET "kind" = 'R-2' WHERE "kind" = 'V12';
UPDATE "reminder_outbox" SET "kind" = 'R0' WHERE "kind" = 'V14';
UPDATE "reminder_outbox" SET "kind" = 'O-4' WHERE "kind" = 'B10';
UPDATE "reminder_outbox" SET "kind" = 'O0' WHERE "kind" = 'B14';
UPDATE "reminder_outbox" SET "basis" = 'info' WHERE "kind" IN ('D0', 'F28');
