package org.ocop.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.ocop.json.OcopJson;

/**
 * Reads the command line's input documents through a size limit, so that an endless or huge input
 * ({@code /dev/zero}, a runaway pipe) ends at once with one line and exit status 2 instead of exhausting
 * memory: at most {@link #LIMIT} bytes (ocop-json's document limit) plus one are ever held, and a document
 * whose first character cannot start a JSON object is refused after its first bytes. {@code -} names
 * standard input. {@link Input} is also how {@code ocop serve} hands a request's document to {@link Backend}.
 */
public final class Inputs {

    /** The largest document read, in bytes: ocop-json's {@link OcopJson#MAX_DOCUMENT_LENGTH}. */
    static final int LIMIT = (int) OcopJson.MAX_DOCUMENT_LENGTH;

    /** The name standard input is given in messages. */
    static final String STDIN = "<stdin>";

    private static final int CHUNK = 64 * 1024;

    /**
     * A document read: its name for messages and its bytes.
     *
     * @param name the file as given, {@code <stdin>}, or what names a request's document (never a server path)
     * @param bytes the document
     */
    public record Input(String name, byte[] bytes) {}

    private Inputs() {}

    /**
     * @param arg a file name, or {@code -} for standard input
     * @param stdin standard input
     * @return the document
     * @throws InvalidInputException if it cannot be read, is larger than the limit or cannot be a JSON object
     */
    static Input read(String arg, InputStream stdin) {
        if ("-".equals(arg)) {
            return new Input(STDIN, bounded(STDIN, stdin));
        }
        Path file;
        try {
            file = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(arg, "not a valid file name");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(arg, "is a directory, not a document");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Input(arg, bounded(arg, in));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(arg, "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(arg, "permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(arg, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * @param name the document's name, for messages
     * @param in the stream, read to its end or to the limit
     * @return the bytes
     * @throws InvalidInputException if the stream holds more than {@link #LIMIT} bytes or cannot start a JSON
     *     object
     */
    static byte[] bounded(String name, InputStream in) {
        try {
            byte[] buf = new byte[CHUNK];
            int n = 0;
            boolean sniffed = false;
            while (true) {
                if (n == buf.length) {
                    if (buf.length > LIMIT) {
                        throw new InvalidInputException(name, "larger than " + (LIMIT / (1024 * 1024))
                                + " MB, the largest document read; not read further");
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, LIMIT + 1L));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
                if (!sniffed) {
                    sniffed = sniff(name, buf, n);
                }
            }
            if (!sniffed) {
                sniffEnd(name, buf, n);
            }
            return Arrays.copyOf(buf, n);
        } catch (IOException e) {
            throw new InvalidInputException(name, "", "cannot read: " + e.getMessage(), e);
        }
    }

    /** @return true when the first significant byte is seen and may start an object; throws if not */
    private static boolean sniff(String name, byte[] buf, int n) {
        int i = 0;
        if (n >= 3 && (buf[0] & 0xff) == 0xef && (buf[1] & 0xff) == 0xbb && (buf[2] & 0xff) == 0xbf) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < n && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) {
            i++;
        }
        if (i == n) {
            return false;
        }
        if (buf[i] == '{' || (buf[i] & 0xff) == 0xfe || (buf[i] & 0xff) == 0xff || (buf[i] == 0 && i + 1 < n
                && buf[i + 1] == '{')) {
            return true; // an object (or UTF-16/32 with its byte order mark, left to the JSON reader)
        }
        if (buf[i] == 'n' && (n - i < 4 || new String(buf, i, 4, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("null"))) {
            if (n - i < 4) {
                return false;
            }
            throw new InvalidInputException(name, "the document is null; an OCOP document is a JSON object");
        }
        throw new InvalidInputException(name, "not an OCOP document: a JSON object starts with '{', this input "
                + "starts with " + describe(buf[i]));
    }

    private static void sniffEnd(String name, byte[] buf, int n) {
        if (new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8).strip().equals("null")) {
            throw new InvalidInputException(name, "the document is null; an OCOP document is a JSON object");
        }
        throw new InvalidInputException(name, n == 0 ? "the document is empty" : "the document is only blank");
    }

    private static String describe(byte b) {
        int v = b & 0xff;
        return v >= 0x21 && v < 0x7f ? "'" + (char) v + "'" : String.format("byte 0x%02X", v);
    }
}
