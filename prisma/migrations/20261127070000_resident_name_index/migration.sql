-- Name search through an index instead of scanning every resident (`LIKE '%word%'`).
-- An FTS5 table over the folded name (residents.nameSearch): each word is a token, so a search
-- finds whole words, as the lookup always required. It holds no data of its own (external
-- content), and triggers keep it in step with every insert, rename and delete, whoever writes.
-- Prisma cannot model a virtual table: src/persistence/migrations/migrate.ts lists these tables
-- as external, and a migration that rebuilds "residents" must recreate the triggers and rebuild.
CREATE VIRTUAL TABLE "residents_fts" USING fts5(
    "nameSearch",
    content = 'residents',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "residents_fts_insert" AFTER INSERT ON "residents" BEGIN
    INSERT INTO "residents_fts" ("rowid", "nameSearch") VALUES (new."rowid", new."nameSearch");
END;

CREATE TRIGGER "residents_fts_delete" AFTER DELETE ON "residents" BEGIN
    INSERT INTO "residents_fts" ("residents_fts", "rowid", "nameSearch")
    VALUES ('delete', old."rowid", old."nameSearch");
END;

CREATE TRIGGER "residents_fts_update" AFTER UPDATE OF "nameSearch" ON "residents" BEGIN
    INSERT INTO "residents_fts" ("residents_fts", "rowid", "nameSearch")
    VALUES ('delete', old."rowid", old."nameSearch");
    INSERT INTO "residents_fts" ("rowid", "nameSearch") VALUES (new."rowid", new."nameSearch");
END;

INSERT INTO "residents_fts" ("residents_fts") VALUES ('rebuild');
