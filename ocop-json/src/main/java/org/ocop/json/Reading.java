package org.ocop.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one read: the compatibility rule for unknown properties and the properties ignored under it.
 *
 * <p>Rule (format {@code MAJOR.MINOR}): a document of this reader's major version and a <em>newer</em>
 * minor version may carry properties this reader does not know; they are skipped and reported ({@link
 * #ignored()}). A document of the same or an older minor version is read strictly: an unknown property is
 * an error. Until the header has been read (it comes first in canonical documents) unknown properties are
 * held back and decided when it is.
 */
final class Reading {

    private boolean versionKnown;
    private boolean lenient;
    private final List<String> ignored = new ArrayList<>();
    private OcopJsonException pending;
    /**
     * The size of the last object read as a map: the next one starts at that capacity (a council's sheets
     * have the same number of choices, so only the first one grows its arrays).
     */
    private int mapSize;

    /** @return a strict read (values without a header, the module inside a host's document) */
    static Reading strict() {
        Reading r = new Reading();
        r.versionKnown = true;
        return r;
    }

    /** @return the size of the last map read, the capacity to start the next one at (0 before the first) */
    int mapSizeHint() {
        return mapSize;
    }

    /** @param size the size of the map just read */
    void mapSize(int size) {
        mapSize = size;
    }

    /** @return a read whose strictness the document header decides */
    static Reading document() {
        return new Reading();
    }

    /**
     * Records the document's minor version.
     *
     * @param minor the minor version of the document
     */
    void minorVersion(int minor) {
        versionKnown = true;
        lenient = minor > DocumentType.FORMAT_MINOR;
        if (pending != null) {
            if (!lenient) {
                OcopJsonException e = pending;
                pending = null;
                throw e;
            }
            pending = null;
        }
    }

    /**
     * An unknown property: an error, or skipped and reported under a newer minor version.
     *
     * @param p the parser on the property's value
     * @param problem the error it is in a strict read
     * @throws java.io.IOException when skipping fails
     */
    void unknown(JsonParser p, OcopJsonException problem) throws java.io.IOException {
        if (versionKnown && !lenient) {
            throw problem;
        }
        if (!versionKnown && pending == null) {
            pending = problem;
        }
        ignored.add(problem.getPointer());
        p.skipChildren();
    }

    /** Ends the read: an unknown property held back fails a document whose version never came. */
    void finish() {
        if (pending != null && !lenient) {
            throw pending;
        }
    }

    /** @return the pointers of the unknown properties skipped under a newer minor version */
    List<String> ignored() {
        return lenient ? List.copyOf(ignored) : List.of();
    }

    /**
     * @param p a parser
     * @return the JSON Pointer of the parser's current value (or of the object or array it just opened)
     */
    static String pointer(JsonParser p) {
        JsonStreamContext c = p.getParsingContext();
        return c == null ? "" : JsonPointer.forPath(c, false).toString();
    }

    /**
     * @param p a parser
     * @param message what is wrong, naming the offending value
     * @return the exception at the parser's current pointer
     */
    static OcopJsonException fail(JsonParser p, String message) {
        return new OcopJsonException(pointer(p), message, null);
    }

    /**
     * @param p a parser
     * @param reason what is wrong
     * @param parameters the values of the reason's text, in order
     * @return the exception at the parser's current pointer
     */
    static OcopJsonException fail(JsonParser p, OcopJsonException.Reason reason, Object... parameters) {
        return new OcopJsonException(pointer(p), reason, null, parameters);
    }
}
