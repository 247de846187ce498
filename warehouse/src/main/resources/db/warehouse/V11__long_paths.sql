-- A received file's path is kept whole however deep its folder (Linux allows 4,096 bytes, Windows more):
-- VARCHAR without a length is unbounded on PostgreSQL and H2's largest on H2, and stays comparable text.
-- The ingest job's copy of the path, a Spring Batch job parameter, widens in V12 (db/batch).
ALTER TABLE received_file ALTER COLUMN path SET DATA TYPE VARCHAR;
