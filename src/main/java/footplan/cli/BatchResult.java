package footplan.cli;

/**
 * How one answers file of a batch went.
 *
 * @param message    for a failure: the one-line message naming the file; for a referral, what it did to the
 *                   calendar, as words to put after the file name, or nothing
 * @param unexpected for a failure: whether it was a bug of ours rather than bad input
 */
record BatchResult(BatchFiles.Person person, Outcome outcome, String message, boolean unexpected) {

    enum Outcome {
        PLANNED, REFERRED, FAILED
    }

    static BatchResult planned(BatchFiles.Person person) {
        return new BatchResult(person, Outcome.PLANNED, "", false);
    }

    static BatchResult referred(BatchFiles.Person person, String calendarNote) {
        return new BatchResult(person, Outcome.REFERRED, calendarNote, false);
    }

    static BatchResult failed(BatchFiles.Person person, String message, boolean unexpected) {
        return new BatchResult(person, Outcome.FAILED, message, unexpected);
    }

    int index() {
        return person.index();
    }
}
