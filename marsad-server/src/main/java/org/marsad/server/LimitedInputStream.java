package org.marsad.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than a given number of bytes are read: a streamed body cannot exceed the limit. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    static final class TooLarge extends IOException {
        TooLarge() { super("request body too large"); }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) count(n);
        return n;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) throw new TooLarge();
    }
}
