package org.ocop.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code ocop} in-process and captures its output. */
final class Cli {

    /**
     * @param status the exit status
     * @param out standard output
     * @param err standard error
     */
    record Run(int status, String out, String err) {}

    private Cli() {}

    static Run run(String... args) {
        return runWithInput(java.io.InputStream.nullInputStream(), args);
    }

    static Run runWithInput(java.io.InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = OcopCli.run(stdin, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }
}
