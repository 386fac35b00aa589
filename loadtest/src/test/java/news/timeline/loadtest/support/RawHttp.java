package news.timeline.loadtest.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * HTTP/1.1 over a plain socket, one request per connection: sends exactly the bytes given (any method, any target,
 * invalid percent-encodings, invalid UTF-8, no Content-Type), which {@code java.net.http} refuses to, and reads the
 * answer (chunked or not). For hostile requests only; every wait is bounded by the socket timeout.
 */
public final class RawHttp {

    private static final int TIMEOUT_MS = 60_000;
    private static final int MAX_BODY = 8 << 20;

    /** An answer; header names in lower case. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    /**
     * Sends a request and reads the answer.
     *
     * @param target  the request target as sent, e.g. {@code /api/articles/%00}
     * @param headers sent as given, after {@code Host}; {@code Content-Length} is added when there is a body
     * @param body    the body, or null for none
     */
    public static Response send(int port, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        try (Socket socket = open(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(port, method, target, headers, body == null ? -1 : body.length));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream(), method);
        }
    }

    /**
     * Sends a body of {@code length} bytes of {@code fill}, declared with {@code Content-Length} or, when
     * {@code chunked}, streamed in chunks, from a second thread, while reading the answer: a server that refuses the
     * body early answers before it is all sent, and the rest is then not sent.
     */
    public static Response sendLarge(int port, String method, String target, Map<String, String> headers,
            long length, byte fill, boolean chunked) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (chunked) {
            all.put("Transfer-Encoding", "chunked");
        }
        try (Socket socket = open(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(port, method, target, all, chunked ? -1 : length));
            out.flush();
            AtomicBoolean answered = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                byte[] block = new byte[64 << 10];
                Arrays.fill(block, fill);
                byte[] chunkHead = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    for (long sent = 0; sent < length && !answered.get(); sent += block.length) {
                        int n = (int) Math.min(block.length, length - sent);
                        if (chunked) {
                            out.write(n == block.length ? chunkHead
                                    : (Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(block, 0, n);
                        if (chunked) {
                            out.write(new byte[] {'\r', '\n'});
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // the server refused the rest: its answer tells why
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            try {
                return read(socket.getInputStream(), method);
            } finally {
                answered.set(true);
            }
        }
    }

    private static Socket open(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(TIMEOUT_MS);
        return socket;
    }

    private static byte[] head(int port, String method, String target, Map<String, String> headers,
            long contentLength) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (contentLength >= 0) {
            head.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        // Targets may carry raw UTF-8 on purpose (a path with "é"); everything else is ASCII.
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Response read(InputStream raw, String method) throws IOException {
        InputStream in = new BufferedInputStream(raw);
        while (true) {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("connection closed without an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            String header;
            while ((header = line(in)) != null && !header.isEmpty()) {
                int colon = header.indexOf(':');
                if (colon > 0) {
                    headers.merge(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            header.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
            }
            if (status >= 100 && status < 200) {
                continue; // 100 Continue: the real answer follows
            }
            byte[] body;
            if ("HEAD".equals(method) || status == 204 || status == 304) {
                body = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
                body = chunks(in);
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes((int) Math.min(MAX_BODY, Long.parseLong(headers.get("content-length"))));
            } else {
                body = in.readNBytes(MAX_BODY);
            }
            return new Response(status, headers, body);
        }
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            if (size == null) {
                return body.toByteArray();
            }
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (true) { // trailers
                    String trailer = line(in);
                    if (trailer == null || trailer.isEmpty()) {
                        return body.toByteArray();
                    }
                }
            }
            if (body.size() + n > MAX_BODY) {
                throw new IOException("answer over " + MAX_BODY + " bytes");
            }
            body.write(in.readNBytes(n));
            line(in);
        }
    }

    /** A CRLF-terminated line as ISO-8859-1, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = s.length();
                return end > 0 && s.charAt(end - 1) == '\r' ? s.substring(0, end - 1) : s.toString();
            }
            if (s.length() > 64 << 10) {
                throw new IOException("header line over 64 KiB");
            }
            s.append((char) c);
        }
        return s.isEmpty() ? null : s.toString();
    }
}
