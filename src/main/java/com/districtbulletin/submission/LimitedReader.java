package com.districtbulletin.submission;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that follows its text through {@link RecordLimits}: reading past a limit throws. */
final class LimitedReader extends FilterReader {

    private final RecordLimits limits;

    LimitedReader(Reader in, RecordLimits limits) {
        super(in);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            limits.accept((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            limits.accept(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }
}
