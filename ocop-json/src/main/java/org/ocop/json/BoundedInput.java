package org.ocop.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that fails once more than a limit has been read since the last {@link #restart()}: bounds
 * each element of a bulk input (the parser reads ahead by at most one buffer, so the bound is the limit plus
 * that buffer).
 */
final class BoundedInput extends FilterInputStream {

    /** Thrown when an element is longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("element longer than the limit");
        }
    }

    private static final int SLACK = 64 * 1024;
    private final long limit;
    private long count;

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit + SLACK;
    }

    /** Starts counting again (at the start of an element). */
    void restart() {
        count = 0;
    }

    private int counted(int n) throws IOException {
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw new TooLong();
            }
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return counted(super.read(b, off, len));
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted((int) Math.min(skipped, Integer.MAX_VALUE));
        return skipped;
    }

    @Override
    public void close() {
        // the caller's stream is left open
    }
}
