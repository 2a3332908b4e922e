package footplan.cli;

import java.io.PrintWriter;

/**
 * How far a batch is, on standard error: a bar redrawn in place on a terminal, or, when the output goes to a file
 * or a pipe, a plain line at every tenth of the way, so that logs stay readable.
 */
abstract class BatchProgress {

    final PrintWriter err;
    final int total;
    int done;
    int failed;

    private BatchProgress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    static BatchProgress of(boolean terminal, PrintWriter err, int total) {
        return terminal ? new Bar(err, total) : new Lines(err, total);
    }

    void advance(BatchResult result) {
        done++;
        if (result.outcome() == BatchResult.Outcome.FAILED) {
            failed++;
        }
        show();
    }

    abstract void show();

    /** Leaves the terminal on a fresh line. */
    abstract void done();

    String counts() {
        return done + "/" + total + (failed == 0 ? "" : ", " + failed + " failed");
    }

    /** {@code [##########..........]  512/1000, 1 failed}, redrawn at most once a percent. */
    static final class Bar extends BatchProgress {

        private static final int WIDTH = 30;
        private int shownPercent = -1;

        Bar(PrintWriter err, int total) {
            super(err, total);
        }

        @Override
        void show() {
            int percent = done * 100 / total;
            if (percent == shownPercent && done != total) {
                return;
            }
            shownPercent = percent;
            int filled = done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + percent + "%  " + counts()
                    + "\u001b[K");
            err.flush();
        }

        @Override
        void done() {
            err.println();
            err.flush();
        }
    }

    /** {@code planned 100/1000 (10%)} at every tenth, and at the end. */
    static final class Lines extends BatchProgress {

        private int shownTenth;

        Lines(PrintWriter err, int total) {
            super(err, total);
        }

        @Override
        void show() {
            int tenth = done * 10 / total;
            if (tenth > shownTenth) {
                shownTenth = tenth;
                err.println("footplan: planned " + counts() + " (" + (done * 100 / total) + "%)");
                err.flush();
            }
        }

        @Override
        void done() {
        }
    }
}
