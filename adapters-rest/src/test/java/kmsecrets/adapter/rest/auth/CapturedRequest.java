package kmsecrets.adapter.rest.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kmsecrets.adapter.rest.wire.RpcRequest;

/** One request from a capture file, byte-exact: request line, headers and body (chunked framing removed). */
record CapturedRequest(Path file, String method, String rawQuery, Map<String, String> headers, byte[] body) {
    private static final String REQUEST_MARK = "=== REQUEST (exact bytes) ===\n";
    private static final String RESPONSE_MARK = "\n=== RESPONSE (exact bytes) ===";

    static CapturedRequest read(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int start = text.indexOf(REQUEST_MARK) + REQUEST_MARK.length();
            String raw = text.substring(start, text.indexOf(RESPONSE_MARK));
            int headerEnd = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, headerEnd).split("\r\n");
            String[] requestLine = lines[0].split(" ");
            String target = requestLine[1];
            int q = target.indexOf('?');
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] rest = raw.substring(headerEnd + 4).getBytes(StandardCharsets.UTF_8);
            byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rest) : rest;
            return new CapturedRequest(file, requestLine[0], q < 0 ? "" : target.substring(q + 1), headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] dechunk(byte[] framed) {
        String text = new String(framed, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < text.length()) {
            int lineEnd = text.indexOf("\r\n", pos);
            int size = Integer.parseInt(text.substring(pos, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(framed, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    RpcRequest toRpcRequest() {
        String contentType = headers.getOrDefault("content-type", "");
        String form = contentType.startsWith("application/x-www-form-urlencoded")
                ? new String(body, StandardCharsets.UTF_8) : "";
        return new RpcRequest(method, rawQuery, headers, body, form, "127.0.0.1");
    }

    CapturedRequest withQuery(String query) {
        return new CapturedRequest(file, method, query, headers, body);
    }

    CapturedRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new CapturedRequest(file, method, rawQuery, changed, body);
    }

    @Override
    public String toString() {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }
}
