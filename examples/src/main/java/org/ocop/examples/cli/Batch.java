package org.ocop.examples.cli;

import java.io.PrintWriter;
import org.ocop.examples.text.Safe;

/**
 * Runs a command over several inputs: every input is processed, each failure is reported on its own line
 * ({@code ocop score: file at /pointer: message}), and the exit status at the end is 2 if any input was
 * invalid, 1 if another failure occurred, 0 otherwise.
 */
final class Batch {

    private final PrintWriter err;
    private final java.util.Locale locale;
    private final String command;
    private final boolean verbose;
    private int status;

    /**
     * @param err where failures are reported
     * @param command the command's name
     * @param verbose whether to print stack traces
     * @param locale the language of the library's texts ({@code --lang})
     */
    Batch(PrintWriter err, String command, boolean verbose, java.util.Locale locale) {
        this.locale = locale;
        this.err = err;
        this.command = command;
        this.verbose = verbose;
    }

    /**
     * Reports one input's failure and remembers its status.
     *
     * @param file the input at fault
     * @param e the failure
     */
    void fail(String file, RuntimeException e) {
        String line = e instanceof InvalidInputException ? OcopCli.describe(e, locale)
                : file + ": " + OcopCli.describe(e, locale);
        err.println(Safe.cell("ocop " + command + ": " + line));
        if (verbose) {
            e.printStackTrace(err);
        }
        int code = OcopCli.exitCodeOf(e);
        status = status == OcopCli.INVALID_INPUT || code == OcopCli.INVALID_INPUT ? OcopCli.INVALID_INPUT
                : Math.max(status, code);
        err.flush();
    }

    /** @return the exit status of the whole batch */
    int status() {
        return status;
    }
}
