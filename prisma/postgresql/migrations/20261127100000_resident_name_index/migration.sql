-- Name search through an index instead of scanning every resident: PostgreSQL's counterpart of
-- SQLite's FTS5 table (prisma/migrations/20261127070000_resident_name_index). A GIN index over
-- the words of the folded name (residents."nameSearch"), split by the 'simple' configuration
-- (no stemming, no stop words: a name is matched word for word, or by a word's beginning).
-- PostgreSQL keeps it in step with every insert, rename and delete itself.
CREATE INDEX "residents_nameSearch_words_idx" ON "residents"
    USING GIN (to_tsvector('simple', "nameSearch"));
