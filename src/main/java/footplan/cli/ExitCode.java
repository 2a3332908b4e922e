package footplan.cli;

/** The exit codes of DESIGN.md. */
final class ExitCode {

    static final int DONE = 0;
    static final int UNEXPECTED = 1;
    static final int BAD_INPUT = 2;
    static final int REFERRAL = 3;
    static final int SERVER = 4;

    private ExitCode() {
    }
}
