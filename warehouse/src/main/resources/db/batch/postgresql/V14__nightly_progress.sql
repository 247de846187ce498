-- A running nightly's progress, written by the nightly as it goes (one small UPDATE per file) so that the
-- console of any process sharing the warehouse can show it: files done of the total, and the one in hand.
ALTER TABLE NIGHTLY_RUN ADD COLUMN FILES_TOTAL INTEGER;
ALTER TABLE NIGHTLY_RUN ADD COLUMN FILES_DONE INTEGER;
ALTER TABLE NIGHTLY_RUN ADD COLUMN CURRENT_FILE VARCHAR(1000);
