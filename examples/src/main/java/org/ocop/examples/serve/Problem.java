package org.ocop.examples.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ocop.core.LocalizedText;

/**
 * An error answered as an RFC 9457 problem document ({@code application/problem+json}): {@code type},
 * {@code title} (in the request's language), {@code status}, {@code detail}, and for an invalid document the
 * JSON pointer of the first problem ({@code pointer}) and every problem found ({@code problems}). It never
 * carries a stack trace nor a path of the server's file system: the details are the library's messages about
 * the request's own document, or texts written here.
 */
final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of problem the service answers, each with its status and a title in both languages. */
    enum Kind {
        /** A document that does not parse or breaks a rule of the library (400). */
        INVALID_DOCUMENT(400, "invalid-document", "Tài liệu không hợp lệ", "Invalid document"),
        /** A query or path parameter that is not valid (400). */
        BAD_REQUEST(400, "bad-request", "Yêu cầu không hợp lệ", "Invalid request"),
        /** No such resource: unknown path, rulebook or sheet (404). */
        NOT_FOUND(404, "not-found", "Không tìm thấy", "Not found"),
        /** The path exists but not for this method (405, with {@code Allow}). */
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được phép", "Method not allowed"),
        /** The body is larger than the configured limit (413). */
        TOO_LARGE(413, "body-too-large", "Nội dung yêu cầu quá lớn", "Request body too large"),
        /** The body is not declared as JSON (415). */
        UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Kiểu nội dung không được hỗ trợ",
                "Unsupported media type"),
        /** The service is shutting down or at its concurrency limit (503). */
        UNAVAILABLE(503, "unavailable", "Dịch vụ tạm thời không sẵn sàng", "Service unavailable"),
        /** A failure of the service itself; the detail says nothing more (500). */
        INTERNAL(500, "internal-error", "Lỗi của dịch vụ", "Internal error");

        private final int status;
        private final String slug;
        private final LocalizedText title;

        Kind(int status, String slug, String vi, String en) {
            this.status = status;
            this.slug = slug;
            this.title = LocalizedText.of(vi, en);
        }

        /** @return the HTTP status */
        int status() {
            return status;
        }

        /** @return the problem type URI, e.g. {@code urn:ocop:problem:invalid-document} */
        String type() {
            return "urn:ocop:problem:" + slug;
        }
    }

    /**
     * One problem found in a document.
     *
     * @param pointer its JSON pointer (RFC 6901), {@code ""} for the whole document
     * @param detail what is wrong, in Vietnamese and English where the library gives both
     */
    record Item(String pointer, LocalizedText detail) {}

    private final Kind kind;
    private final LocalizedText detail;
    private final List<Item> items;
    private final Optional<String> allow;

    private Problem(Kind kind, LocalizedText detail, List<Item> items, Optional<String> allow) {
        super(kind.type() + ": " + detail.getVi(), null, false, false);
        this.kind = kind;
        this.detail = detail;
        this.items = List.copyOf(items);
        this.allow = allow;
    }

    /**
     * @param kind the kind
     * @param vi the detail in Vietnamese
     * @param en the detail in English
     * @return the problem
     */
    static Problem of(Kind kind, String vi, String en) {
        return new Problem(kind, LocalizedText.of(vi, en), List.of(), Optional.empty());
    }

    /**
     * @param detail the library's message, in Vietnamese and English where the library gives both
     * @param items every problem found, the first one first; at least one
     * @return an invalid-document problem
     */
    static Problem invalid(LocalizedText detail, List<Item> items) {
        return new Problem(Kind.INVALID_DOCUMENT, detail, items, Optional.empty());
    }

    /**
     * @param allowed the methods the path has, e.g. {@code "GET"}
     * @return a 405 problem
     */
    static Problem methodNotAllowed(String allowed) {
        return new Problem(Kind.METHOD_NOT_ALLOWED, LocalizedText.of("Đường dẫn này chỉ nhận " + allowed + ".",
                "This path accepts " + allowed + " only."), List.of(), Optional.of(allowed));
    }

    /** @return the kind */
    Kind kind() {
        return kind;
    }

    /** @return every problem found in the document (empty for other kinds) */
    List<Item> items() {
        return items;
    }

    /** @return the value of the {@code Allow} header, for a 405 */
    Optional<String> allow() {
        return allow;
    }

    /**
     * @param locale the language of the title and of the detail where it exists in that language
     * @return the problem document
     */
    ObjectNode toJson(Locale locale) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("type", kind.type());
        doc.put("title", kind.title.in(locale));
        doc.put("status", kind.status);
        doc.put("detail", detail.in(locale));
        if (!items.isEmpty()) {
            doc.put("pointer", items.get(0).pointer());
            ArrayNode all = doc.putArray("problems");
            items.forEach(i -> all.addObject().put("pointer", i.pointer()).put("detail", i.detail().in(locale)));
        }
        return doc;
    }
}
