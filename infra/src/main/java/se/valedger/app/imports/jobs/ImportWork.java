package se.valedger.app.imports.jobs;

import se.valedger.app.imports.ImportProgress;

/** One import, as a job runs it: reads its file, sends its commands, answers its report. */
@FunctionalInterface
public interface ImportWork {

    /** The report (the body of the answer); exceptions are the file's refusal (InvalidInput, MalformedFile, ...). */
    Object run(ImportProgress progress) throws Exception;
}
