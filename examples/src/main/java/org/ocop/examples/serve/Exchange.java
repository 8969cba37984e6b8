package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import org.ocop.json.OcopJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request and its answer, over the JDK's {@link HttpExchange}: the path's segments, the query parameters,
 * the language ({@code Accept-Language: vi|en}, Vietnamese by default), the body read within the configured
 * limit after its content type is checked, and the answer written as UTF-8.
 */
final class Exchange {

    private static final ObjectMapper JSON = OcopJson.mapper();

    private final HttpExchange http;
    private final long maxBody;
    private final List<String> segments;
    private final Map<String, List<String>> params;
    private final Locale locale;
    private boolean jsonLines;
    private boolean answered;
    private boolean drain;

    /**
     * @param http the JDK's exchange
     * @param maxBody the body limit in bytes
     */
    Exchange(HttpExchange http, long maxBody) {
        this.http = http;
        this.maxBody = maxBody;
        this.locale = locale(http.getRequestHeaders().getFirst("Accept-Language"));
        this.segments = segments(http.getRequestURI().getRawPath());
        this.params = parseQuery(http.getRequestURI().getRawQuery());
    }

    /** @return the request method, e.g. {@code GET} */
    String method() {
        return http.getRequestMethod();
    }

    /** @return the request path, for the log */
    String path() {
        return http.getRequestURI().getRawPath();
    }

    /** @return the path's segments, decoded, without empty ones */
    List<String> segments() {
        return segments;
    }

    /** @return the language of the answer's texts */
    Locale locale() {
        return locale;
    }

    /**
     * @param name a query parameter
     * @return its values, in order; empty when absent
     */
    List<String> params(String name) {
        return params.getOrDefault(name, List.of());
    }

    /**
     * @param name a query parameter given at most once
     * @return its value
     * @throws Problem a 400 problem when it is given twice
     */
    Optional<String> param(String name) {
        List<String> values = params(name);
        if (values.size() > 1) {
            throw Problem.of(Problem.Kind.BAD_REQUEST, "Tham số '" + name + "' được cho nhiều lần.",
                    "The parameter '" + name + "' is given more than once.");
        }
        return values.stream().findFirst();
    }

    /** @return whether the body was declared JSON Lines ({@code application/x-ndjson} or {@code application/jsonl}) */
    boolean isJsonLines() {
        return jsonLines;
    }

    /** @return whether an answer has been sent */
    boolean answered() {
        return answered;
    }

    /**
     * @param mediaType e.g. {@code text/html}
     * @return whether the {@code Accept} header ranks that type above JSON
     */
    boolean prefers(String mediaType) {
        String accept = http.getRequestHeaders().getFirst("Accept");
        if (accept == null) {
            return false;
        }
        double wanted = 0;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals(mediaType)) {
                wanted = Math.max(wanted, q);
            } else if (type.equals("application/json") || type.equals("*/*") || type.equals("application/*")) {
                json = Math.max(json, q);
            }
        }
        return wanted > json;
    }

    /**
     * Reads the body: its content type must be JSON (or JSON Lines where allowed) and its length at most the
     * limit; a longer body is refused without being read past the limit.
     *
     * @param linesAllowed whether JSON Lines is accepted
     * @return the body
     * @throws Problem 415 for another content type, 413 for a body over the limit
     * @throws IOException if the client cannot be read (gone, or timed out by the server)
     */
    byte[] body(boolean linesAllowed) throws IOException {
        String contentType = http.getRequestHeaders().getFirst("Content-Type");
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        boolean lines = type.equals("application/x-ndjson") || type.equals("application/jsonl");
        boolean json = type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
        if (!json && !(lines && linesAllowed)) {
            throw Problem.of(Problem.Kind.UNSUPPORTED_MEDIA_TYPE, "Nội dung phải là JSON (application/json"
                    + (linesAllowed ? " hoặc application/x-ndjson" : "") + "), nhận được '" + type + "'.",
                    "The body must be JSON (application/json" + (linesAllowed ? " or application/x-ndjson" : "")
                            + "), got '" + type + "'.");
        }
        this.jsonLines = lines;
        String length = http.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > maxBody) {
            throw tooLarge();
        }
        // not closed here: before a 413 the rest is drained (drainRefusedBody), then the exchange closes it
        InputStream in = http.getRequestBody();
        if (length != null && length.matches("[0-9]{1,18}")) {
            // the common case: the declared length, read once into an array of that size
            byte[] body = new byte[(int) Long.parseLong(length)];
            int n = in.readNBytes(body, 0, body.length);
            if (n < body.length) {
                throw new IOException("the body ended after " + n + " of " + body.length + " bytes");
            }
            return body;
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        if (body.length > maxBody) {
            throw tooLarge();
        }
        return body;
    }

    private Problem tooLarge() {
        drain = true;
        return Problem.of(Problem.Kind.TOO_LARGE, "Nội dung yêu cầu vượt quá giới hạn " + maxBody + " byte.",
                "The request body is over the limit of " + maxBody + " bytes.");
    }

    /**
     * Before a 413 is answered, reads and discards the rest of the body (at most four times the limit, and
     * within the read timeout; nothing is kept), so that a client still sending it gets to read the answer
     * instead of a reset connection.
     */
    void drainRefusedBody() {
        if (!drain) {
            return;
        }
        try (InputStream in = http.getRequestBody()) {
            long left = 4 * maxBody;
            byte[] buffer = new byte[16 * 1024];
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0;) {
                left -= n;
            }
        } catch (IOException e) {
            // the client is gone or timed out: nothing more to do
        }
    }

    /**
     * @param status the HTTP status
     * @param node a JSON document
     * @throws IOException if the client cannot be written
     */
    void sendJson(int status, JsonNode node) throws IOException {
        Body body = new Body();
        JSON.writeValue(body, node);
        body.write('\n');
        send(status, "application/json", body);
    }

    /**
     * Writes an ocop-core value as its document (ocop-json's canonical form), with its length.
     *
     * @param status the HTTP status
     * @param value an ocop-core value, e.g. a {@code ScoreResult}
     * @throws IOException if the client cannot be written
     */
    void sendDocument(int status, Object value) throws IOException {
        Body body = new Body();
        OcopJson.write(value, body);
        send(status, "application/json", body);
    }

    /**
     * @param problem a problem
     * @throws IOException if the client cannot be written
     */
    void sendProblem(Problem problem) throws IOException {
        problem.allow().ifPresent(allow -> http.getResponseHeaders().set("Allow", allow));
        Body body = new Body();
        JSON.writeValue(body, problem.toJson(locale));
        body.write('\n');
        send(problem.kind().status(), "application/problem+json", body);
    }

    /**
     * @param status the HTTP status
     * @param mediaType the media type; text types get {@code charset=utf-8}
     * @param body the body
     * @throws IOException if the client cannot be written
     */
    void send(int status, String mediaType, byte[] body) throws IOException {
        headers(mediaType);
        http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Sends a body written in memory, with its length (never chunked) and without copying it again.
     *
     * @param status the HTTP status
     * @param mediaType the media type; text types get {@code charset=utf-8}
     * @param body the body
     * @throws IOException if the client cannot be written
     */
    void send(int status, String mediaType, Body body) throws IOException {
        headers(mediaType);
        http.sendResponseHeaders(status, body.size() == 0 ? -1 : body.size());
        if (body.size() > 0) {
            try (OutputStream out = http.getResponseBody()) {
                body.writeTo(out);
            }
        }
    }

    private void headers(String mediaType) {
        answered = true;
        var headers = http.getResponseHeaders();
        headers.set("Content-Type", mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType);
        headers.set("Content-Language", locale.getLanguage());
        headers.set("Vary", "Accept, Accept-Language");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
    }

    /** An answer's body, written in memory before its length is sent (4 KiB to start: a result is ≈ 3 KiB). */
    static final class Body extends ByteArrayOutputStream {
        Body() {
            super(4096);
        }
    }

    /**
     * @param header an {@code Accept-Language} value, or null
     * @return English when it ranks English above Vietnamese, else Vietnamese
     */
    static Locale locale(String header) {
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.equals("vi") || tag.startsWith("vi-")) {
                        return VI;
                    }
                    if (tag.equals("en") || tag.startsWith("en-")) {
                        return Locale.ENGLISH;
                    }
                }
            } catch (IllegalArgumentException e) {
                return VI; // a malformed header: the default language
            }
        }
        return VI;
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : (rawPath == null ? "" : rawPath).split("/")) {
            if (!s.isEmpty()) {
                out.add(decode(s));
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // wrongly percent-encoded: matches no route and no option, answered 404 or 400
        }
    }
}
