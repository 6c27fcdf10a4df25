package se.valedger.app.imports;

/**
 * What an importer tells the job that runs it, and asks it. Called from the importer's threads; cheap
 * (the job writes to the database at most once a second).
 */
public interface ImportProgress {

    /** The number of rows the file holds, once the importer knows it (for the percentage). */
    void total(long rows);

    /** Totals so far. */
    void rows(long read, long accepted, long rejected);

    /**
     * Whether the starter or an administrator asked to stop. An importer asks between its units of storage
     * (a chunk, an inspection, a day) and, when told to stop, sends nothing more and answers what it stored.
     */
    boolean cancelRequested();

    /** For an importer run outside a job (tests, scripts). */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void total(long rows) {
        }

        @Override
        public void rows(long read, long accepted, long rejected) {
        }

        @Override
        public boolean cancelRequested() {
            return false;
        }
    };
}
