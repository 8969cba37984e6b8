package org.ocop.examples.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that escapes what {@link Safe} deems unsafe for a terminal (line feeds and tabs pass), put in
 * front of the command line's standard output and error so that no text from a document reaches the
 * terminal raw, whichever command printed it.
 */
public final class SafeWriter extends FilterWriter {

    /** @param out where the escaped text goes */
    public SafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (Safe.unsafe(c, true)) {
            out.write(String.format("\\u%04X", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(Safe.escape(str.substring(off, off + len), true));
    }
}
