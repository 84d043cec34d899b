package dev.atelier.studio.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts characters and refuses to hand out more than {@code limit} since the last
 * {@link #markRowStart()}: a 10 MB cell stops the parser after about {@code limit} characters
 * instead of being read into memory.
 */
final class BoundedReader extends FilterReader {
    static final class RowTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLargeException() {
            super("row too large");
        }
    }

    private final long limit;
    private long position;
    private long rowStart;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Called once a record has been parsed: the next row starts at the parser's current position. */
    void markRowStart(long parserPosition) {
        rowStart = parserPosition;
    }

    long position() {
        return position;
    }

    @Override
    public int read() throws IOException {
        check(1);
        int c = super.read();
        if (c >= 0) {
            position++;
        }
        return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        check(len);
        int n = super.read(cbuf, off, len);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    private void check(int wanted) throws IOException {
        // The parser reads ahead by at most one buffer; allow that on top of the row limit.
        if (position - rowStart > limit + 2L * 8192) {
            throw new RowTooLargeException();
        }
    }
}
