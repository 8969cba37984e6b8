package org.ocop.examples.serve;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.cli.Backend;
import org.ocop.examples.cli.Inputs;
import org.ocop.examples.cli.InvalidInputException;
import org.ocop.examples.text.Words;
import org.ocop.json.OcopJson;

/**
 * The rulebooks the service scores under: the command line's catalogue ({@link Backend.Catalogue}: the shipped
 * rulebooks, plus the documents given with {@code --rulebook-file}, which replace a shipped one of the same
 * id). The one place of the service that finds a rulebook and reads an evaluation against it.
 */
final class Catalogue {

    private final Backend.Catalogue rulebooks;
    private final List<Path> files;

    private Catalogue(Backend.Catalogue rulebooks, List<Path> files) {
        this.rulebooks = rulebooks;
        this.files = List.copyOf(files);
    }

    /** @return the shipped rulebooks only */
    static Catalogue standard() {
        return new Catalogue(Backend.Catalogue.standard(), List.of());
    }

    /**
     * @param files rulebook documents (ocop-json)
     * @return the shipped rulebooks plus these
     * @throws IllegalArgumentException naming the file and the JSON pointer if one cannot be read
     */
    static Catalogue withFiles(List<Path> files) {
        try {
            return new Catalogue(Backend.Catalogue.with(files.stream().map(Path::toString).toList(),
                    InputStream.nullInputStream()), files);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.oneLine(), e);
        }
    }

    /** @return every rulebook: the shipped ones, oldest first, then the added ones */
    List<Rulebook> all() {
        return rulebooks.all();
    }

    /**
     * @param id a rulebook id
     * @return the rulebook, if known
     */
    Optional<Rulebook> byId(String id) {
        return all().stream().filter(rb -> rb.getId().equals(id)).findFirst();
    }

    /**
     * @param id a rulebook id
     * @return whether it is a shipped rulebook (not read from a file)
     */
    boolean isShipped(String id) {
        return byId(id).isPresent() && rulebooks.fileOf(id).isEmpty();
    }

    /**
     * Reads an evaluation strictly and chooses its rulebook (the one named by {@code rulebookId}, else the one
     * the document names, else the one in force on its submission day), its choices checked against the sheet.
     * It calls the library as the command line's {@code Backend.readEvaluation} does, whose input type the
     * command line keeps to itself.
     *
     * @param source its name in messages
     * @param json the document
     * @param rulebookId the rulebook to score under, if the request names one
     * @param w the words of messages
     * @return the evaluation with its rulebook and why
     * @throws InvalidInputException naming the JSON pointer when it is not valid
     * @throws org.ocop.json.OcopJsonException when the document does not parse or bind
     */
    Backend.Read read(String source, byte[] json, Optional<String> rulebookId, Words w) {
        return read(source, OcopJson.read(json, Evaluation.class), rulebookId, w);
    }

    /**
     * Chooses the rulebook of an evaluation already read (an element of a batch), as {@link #read(String, byte[],
     * Optional, Words)} does.
     *
     * @param source its name in messages
     * @param ev the evaluation
     * @param rulebookId the rulebook to score under, if the request names one
     * @param w the words of messages
     * @return the evaluation with its rulebook and why
     * @throws InvalidInputException naming the JSON pointer when no rulebook fits
     */
    Backend.Read read(String source, Evaluation ev, Optional<String> rulebookId, Words w) {
        return rulebooks.read(source, ev, rulebookId, w);
    }

    /**
     * Reads an evaluation as the command line's {@code ocop validate} does ({@link Backend#readEvaluation(
     * Backend.Catalogue, Inputs.Input, Optional, Words)}): also refusing a template still to fill in and choices
     * that do not fit the sheet, each with its JSON pointer.
     *
     * @param source its name in messages
     * @param json the document
     * @param w the words of messages
     * @return the evaluation with its rulebook and why
     * @throws InvalidInputException naming the JSON pointer when it is not valid
     */
    Backend.Read readChecked(String source, byte[] json, Words w) {
        return Backend.readEvaluation(rulebooks, new Inputs.Input(source, json), Optional.empty(), w);
    }

    /**
     * @param message a message of the command line's building blocks
     * @return the message with each {@code --rulebook-file} path shortened to its file name: a problem document
     *     never shows a path of the server's file system
     */
    String scrub(String message) {
        String out = message;
        for (Path file : files) {
            Path name = file.getFileName();
            if (name != null) {
                out = out.replace(file.toString(), name.toString());
            }
        }
        return out;
    }
}
