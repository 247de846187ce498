-- A received file's path is kept whole however deep its folder (Linux allows 4,096 bytes, Windows more):
-- VARCHAR without a length is unbounded on PostgreSQL and H2's largest on H2, and stays comparable text.
-- The ingest job carries the path as a job parameter, so Spring Batch's parameter value widens too.
ALTER TABLE received_file ALTER COLUMN path SET DATA TYPE VARCHAR;
ALTER TABLE BATCH_JOB_EXECUTION_PARAMS ALTER COLUMN PARAMETER_VALUE SET DATA TYPE VARCHAR;
