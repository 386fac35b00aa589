package news.timeline.ingest.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A request body read at most to its limit. The HTTP layer refuses a body whose Content-Length is over the limit
 * before it is read; a chunked body has no length, so its bytes are counted as they are read.
 */
final class BoundedBody extends FilterInputStream {

    private final long limit;
    private long read;

    BoundedBody(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    /** Gives every byte up to the limit, so that the items before it are read whole; a byte past it throws. */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (read > limit) {
            throw new BodyTooLargeException(limit); // and draining stops at once
        }
        if (length == 0) {
            return 0;
        }
        // At the limit, one byte more tells an ended body from one that goes on.
        int n = super.read(buffer, offset, (int) Math.max(1, Math.min(length, limit - read)));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, limit - read + 1));
        count(skipped);
        return skipped;
    }

    /**
     * Reads what the client still sends, up to the limit, so that it gets the answer rather than a connection reset
     * in the middle of its upload.
     */
    void drain() {
        try {
            transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // Past the limit or gone: the answer is sent anyway.
        }
    }

    private void count(long n) throws BodyTooLargeException {
        read += n;
        if (read > limit) {
            throw new BodyTooLargeException(limit);
        }
    }
}
