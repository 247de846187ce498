-- The ingest job carries the file's path as a job parameter: a path of any length (V11) must fit.
ALTER TABLE BATCH_JOB_EXECUTION_PARAMS ALTER COLUMN PARAMETER_VALUE SET DATA TYPE VARCHAR;
