package news.timeline.http.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request written byte for byte, for what an HTTP client library refuses to send (malformed
 * percent-encodings); the answer as it came.
 */
public final class RawHttp {

    /** The status, the headers (names lower-cased, one per line) and the body of an answer. */
    public record Answer(int status, String headers, String body) {

        public String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).trim()).findFirst().orElse(null);
        }
    }

    private RawHttp() {
    }

    public static Answer get(int port, String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head.substring(head.indexOf("\r\n") + 2).replace("\r\n", "\n"), body);
        }
    }
}
