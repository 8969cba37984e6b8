package org.ocop.scoring.rulebooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.ocop.core.LocalizedText;
import org.ocop.core.OcopException;
import org.ocop.core.OcopValidation;
import org.ocop.core.rules.ClassificationScheme;
import org.ocop.core.rules.Completeness;
import org.ocop.core.rules.Correction;
import org.ocop.core.rules.CriteriaSheet;
import org.ocop.core.rules.LegalParameter;
import org.ocop.core.rules.PartCode;
import org.ocop.core.rules.Rulebook;
import org.ocop.core.rules.StarBand;
import org.ocop.json.OcopJson;
import org.ocop.json.OcopReader;

/**
 * A shipped rulebook whose criteria sheets are read on first use, each from its own resource, once; thread-safe.
 * Everything but the sheets (dates, parameters, part maxima, bands, corrections) comes from the rulebook's header
 * document, read when the rulebook is first used. {@link #sheet(int)} reads only the sheet asked for; {@link
 * #getSheets()} is a list whose size is known from the index and whose elements are read when first got.
 *
 * <p>⚖ Equality: a shipped rulebook equals any {@link Rulebook} with the same content (the value it stands for,
 * built from all its sheets, which {@link #equals}, {@link #hashCode} read), and its hash code is that value's.
 * The converse cannot hold: the generated value class's {@code equals} accepts only its own class, so {@code
 * value.equals(shipped)} is false. Compare a shipped rulebook on the left, or copy it into a value with {@code
 * Rulebook.builder().from(shipped).build()}. The build proves every shipped rulebook equal to the rulebook the
 * converter builds from {@code data/} ({@code ShippedRulebooksTest}).
 */
final class ShippedRulebook implements Rulebook {

    /**
     * Reads the shipped files (headers and sheets): ocop-json's streaming reader, strict binding, the domain
     * model's own checks, and no Bean Validation ({@link OcopValidation#none()}). They are written by {@code
     * rulebook-tools}' converter and validated at build time (Bean Validation included, by {@code
     * ShippedRulebooksTest}, which also fails when a file differs from what the converter produces from {@code
     * data/}), so reading them needs no validation provider and pays no validation bootstrap.
     */
    static final OcopReader READER = OcopJson.reader(OcopValidation.none());

    /** Reads one sheet resource. */
    interface SheetReader {
        CriteriaSheet read(String resource);
    }

    private final Rulebook header;
    private final int[] numbers;
    private final String[] resources;
    /** Position in {@link #numbers} by sheet number, -1 where there is no sheet. */
    private final int[] positions;
    private final AtomicReferenceArray<Optional<CriteriaSheet>> loaded;
    private final SheetReader reader;
    private final List<CriteriaSheet> sheets = new Sheets();
    private volatile Rulebook value;

    /**
     * @param header the rulebook without its sheets
     * @param numbers the sheet numbers, in the rulebook's order
     * @param resources each sheet's resource, by position
     * @param reader reads a sheet resource
     */
    ShippedRulebook(Rulebook header, int[] numbers, String[] resources, SheetReader reader) {
        if (numbers.length != resources.length || !header.getSheets().isEmpty()) {
            throw new IllegalArgumentException("Rulebook " + header.getId() + ": a header without sheets, and one "
                    + "resource per sheet number");
        }
        this.header = header;
        this.numbers = numbers.clone();
        this.resources = resources.clone();
        int max = 0;
        for (int n : numbers) {
            if (n < 1) {
                throw new IllegalArgumentException("Rulebook " + header.getId() + ": sheet number " + n);
            }
            max = Math.max(max, n);
        }
        this.positions = new int[max + 1];
        java.util.Arrays.fill(positions, -1);
        for (int i = 0; i < numbers.length; i++) {
            if (positions[numbers[i]] >= 0) {
                throw new IllegalArgumentException("Rulebook " + header.getId() + ": sheet " + numbers[i] + " twice");
            }
            positions[numbers[i]] = i;
        }
        this.loaded = new AtomicReferenceArray<>(numbers.length);
        this.reader = reader;
    }

    /**
     * Reads a sheet of a shipped rulebook from a class-path resource of this package.
     *
     * @param rulebookId the rulebook's id, for messages
     * @return the reader
     */
    static SheetReader resources(String rulebookId) {
        return resource -> {
            try (InputStream in = ShippedRulebook.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new RulebookException("The sheet resource " + resource + " of rulebook " + rulebookId
                            + " is missing from the ocop-scoring jar (package org.ocop.scoring.rulebooks)");
                }
                return READER.read(in, CriteriaSheet.class);
            } catch (IOException | UncheckedIOException e) {
                throw new RulebookException("Cannot read the sheet resource " + resource + " of rulebook " + rulebookId, e);
            } catch (OcopException e) {
                throw new RulebookException("The sheet resource " + resource + " of rulebook " + rulebookId
                        + " is not a valid criteria sheet: " + e.getMessage(), e);
            }
        };
    }

    private Optional<CriteriaSheet> at(int position) {
        Optional<CriteriaSheet> s = loaded.get(position);
        if (s == null) {
            synchronized (loaded) {
                s = loaded.get(position);
                if (s == null) {
                    CriteriaSheet sheet = reader.read(resources[position]);
                    if (sheet.getNumber() != numbers[position]) {
                        throw new RulebookException("Resource " + resources[position] + " holds sheet "
                                + sheet.getNumber() + ", not sheet " + numbers[position] + " of rulebook " + getId());
                    }
                    s = Optional.of(sheet);
                    loaded.set(position, s);
                }
            }
        }
        return s;
    }

    /** @return how many sheets have been read so far (for tests) */
    int sheetsRead() {
        int n = 0;
        for (int i = 0; i < loaded.length(); i++) {
            n += loaded.get(i) == null ? 0 : 1;
        }
        return n;
    }

    /**
     * {@inheritDoc} Reads only that sheet, on first use; no allocation afterwards.
     *
     * @throws RulebookException if the sheet's resource is missing or unreadable
     */
    @Override
    public Optional<CriteriaSheet> sheet(int number) {
        if (number < 1 || number >= positions.length || positions[number] < 0) {
            return Optional.empty();
        }
        return at(positions[number]);
    }

    /**
     * {@inheritDoc} The list's size is known without reading; each sheet is read when first got.
     */
    @Override
    public List<CriteriaSheet> getSheets() {
        return sheets;
    }

    /** The sheets, read when first got. */
    private final class Sheets extends AbstractList<CriteriaSheet> implements RandomAccess {
        @Override
        public CriteriaSheet get(int index) {
            if (index < 0 || index >= numbers.length) {
                throw new IndexOutOfBoundsException(index);
            }
            return at(index).orElseThrow();
        }

        @Override
        public int size() {
            return numbers.length;
        }
    }

    /** @return the value this rulebook stands for, every sheet read (built once) */
    Rulebook value() {
        Rulebook v = value;
        if (v == null) {
            v = Rulebook.builder().from(this).build();
            value = v;
        }
        return v;
    }

    @Override
    public String getId() {
        return header.getId();
    }

    @Override
    public LocalizedText getTitle() {
        return header.getTitle();
    }

    @Override
    public String getLegalReference() {
        return header.getLegalReference();
    }

    @Override
    public List<String> getAmendments() {
        return header.getAmendments();
    }

    @Override
    public LocalDate getSignedOn() {
        return header.getSignedOn();
    }

    @Override
    public LocalDate getEffectiveFrom() {
        return header.getEffectiveFrom();
    }

    @Override
    public Optional<LocalDate> getEffectiveTo() {
        return header.getEffectiveTo();
    }

    @Override
    public String getProvenance() {
        return header.getProvenance();
    }

    @Override
    public Completeness getCompleteness() {
        return header.getCompleteness();
    }

    @Override
    public Optional<String> getReplaces() {
        return header.getReplaces();
    }

    @Override
    public ClassificationScheme getClassification() {
        return header.getClassification();
    }

    @Override
    public List<Correction> getCorrections() {
        return header.getCorrections();
    }

    @Override
    public Map<PartCode, Integer> getPartMaxima() {
        return header.getPartMaxima();
    }

    @Override
    public List<StarBand> getBands() {
        return header.getBands();
    }

    @Override
    public List<LegalParameter> getParameters() {
        return header.getParameters();
    }

    /** ⚖ Equal to any rulebook of the same content; see the type's documentation. Reads every sheet. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Rulebook)) {
            return false;
        }
        return value().equals(other instanceof ShippedRulebook s ? s.value() : other);
    }

    /** @return the hash code of the value of the same content (reads every sheet) */
    @Override
    public int hashCode() {
        return value().hashCode();
    }

    /**
     * @return {@code Rulebook{id=…, shipped, N sheets}}: short, the same whether or not sheets were read (the
     *     value's text, every criterion included, is {@code Rulebook.builder().from(this).build().toString()})
     */
    @Override
    public String toString() {
        return "Rulebook{id=" + getId() + ", shipped, " + numbers.length + " sheets}";
    }
}
