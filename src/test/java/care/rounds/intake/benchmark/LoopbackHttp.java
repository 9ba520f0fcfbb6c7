package care.rounds.intake.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The smallest HTTP client that can send from a chosen loopback address (127.0.0.2, 127.0.0.3, ...),
 * which Java's HttpClient cannot: one HTTP/1.0 request per connection, so the server answers without
 * chunking and closes, and the body is everything until then.
 */
final class LoopbackHttp {

    record Response(int status, List<String> headers, String body, long nanos) {
        String header(String name) {
            for (String header : headers) {
                int colon = header.indexOf(':');
                if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return header.substring(colon + 1).trim();
                }
            }
            return null;
        }

        List<String> cookies() {
            List<String> cookies = new ArrayList<>();
            for (String header : headers) {
                if (header.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
                    String value = header.substring(11).trim();
                    cookies.add(value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';')));
                }
            }
            return cookies;
        }
    }

    private final String host;
    private final int port;

    LoopbackHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Response send(String from, String method, String path, Map<String, String> headers, String body) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(host, port), 10_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n")
                    .append("User-Agent: rounds-loopback-load\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            List<String> headerLines = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Response(status, headerLines, end < 0 ? "" : text.substring(end + 4), System.nanoTime() - started);
        }
    }
}
