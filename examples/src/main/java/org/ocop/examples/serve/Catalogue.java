package org.ocop.examples.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocop.core.evaluation.Evaluation;
import org.ocop.core.rules.Rulebook;
import org.ocop.examples.cli.Backend;
import org.ocop.json.OcopJson;
import org.ocop.json.OcopJsonException;

/**
 * The rulebooks the service scores under: the library's shipped ones (through the command line's
 * {@link Backend}) plus the rulebook documents given with {@code --rulebook-file}, which take precedence over a
 * shipped one of the same id. It is the one place of the service that resolves a rulebook, so that it becomes a
 * thin wrapper over ocop-scoring's rulebook catalogue when that lands.
 */
final class Catalogue {

    private final Map<String, Rulebook> added;

    private Catalogue(Map<String, Rulebook> added) {
        this.added = Map.copyOf(added);
    }

    /** @return the shipped rulebooks only */
    static Catalogue standard() {
        return new Catalogue(Map.of());
    }

    /**
     * @param files rulebook documents (ocop-json)
     * @return the shipped rulebooks plus these
     * @throws IllegalArgumentException naming the file and the JSON pointer if one cannot be read
     */
    static Catalogue withFiles(List<Path> files) {
        Map<String, Rulebook> added = new LinkedHashMap<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Rulebook rb = OcopJson.readRulebook(in);
                added.put(rb.getId(), rb);
            } catch (OcopJsonException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read", e);
            }
        }
        return new Catalogue(added);
    }

    /** @return every rulebook: the shipped ones, oldest first, then the added ones */
    List<Rulebook> all() {
        List<Rulebook> all = new ArrayList<>();
        Backend.rulebooks().stream().filter(rb -> !added.containsKey(rb.getId())).forEach(all::add);
        all.addAll(added.values());
        return all;
    }

    /**
     * @param id a rulebook id
     * @return the rulebook, if known
     */
    Optional<Rulebook> byId(String id) {
        Rulebook own = added.get(id);
        return own != null ? Optional.of(own) : all().stream().filter(rb -> rb.getId().equals(id)).findFirst();
    }

    /**
     * @param evaluation an evaluation
     * @param source its name in messages
     * @return the rulebook it names, else the one in force on its submission day
     */
    Rulebook forEvaluation(Evaluation evaluation, String source) {
        Optional<Rulebook> own = evaluation.getRulebookId().map(added::get);
        return own.orElseGet(() -> Backend.rulebookFor(evaluation, source));
    }

    /**
     * Reads an evaluation strictly, its choices checked against its rulebook's sheet.
     *
     * @param source its name in messages
     * @param json the document
     * @return the evaluation
     * @throws org.ocop.examples.cli.InvalidInputException naming the JSON pointer when it is not valid
     * @throws OcopJsonException for a document naming an added rulebook that is not valid
     */
    Evaluation readEvaluation(String source, byte[] json) {
        if (!added.isEmpty()) {
            Evaluation ev = OcopJson.read(json, Evaluation.class);
            Optional<Rulebook> own = ev.getRulebookId().map(added::get);
            if (own.isPresent()) {
                return own.get().sheet(ev.getSheetNumber()).isPresent() ? OcopJson.readEvaluation(json, own.get()) : ev;
            }
        }
        return Backend.readEvaluation(source, new ByteArrayInputStream(json));
    }
}
