package org.ocop.core.result;

import java.util.Map;
import java.util.Objects;
import org.ocop.core.rules.PartCode;

/**
 * One member's points per part of the sheet (<i>điểm theo phần</i>, {@link MemberTotal#getPartTotals()}): an
 * immutable, compact {@link Map} in {@link PartCode} order, one int per part, so that a result keeps no map
 * copies per member. Equal to any {@link Map} with the same entries (an {@link java.util.EnumMap} included);
 * every mutator throws {@link UnsupportedOperationException}.
 */
public final class PartTotals extends IntValuedMap<PartCode> {

    private static final PartCode[] PARTS = PartCode.values();
    private static final PartTotals EMPTY = new PartTotals(new int[PARTS.length], 0);

    /** values[part.ordinal()], meaningful where {@link #present} has the part's bit. */
    private final int[] values;
    private final int present;

    private PartTotals(int[] values, int present) {
        this.values = values;
        this.present = present;
    }

    /** @return the empty map */
    public static PartTotals of() {
        return EMPTY;
    }

    /**
     * @param parts parts, distinct
     * @param totals each part's points, by position in {@code parts}
     * @return the totals by part
     * @throws IllegalArgumentException when the arrays differ in length or a part repeats
     */
    public static PartTotals of(PartCode[] parts, int[] totals) {
        if (parts.length != totals.length) {
            throw new IllegalArgumentException(parts.length + " parts but " + totals.length + " totals");
        }
        int[] values = new int[PARTS.length];
        int present = 0;
        for (int i = 0; i < parts.length; i++) {
            int bit = 1 << Objects.requireNonNull(parts[i], "part").ordinal();
            if ((present & bit) != 0) {
                throw new IllegalArgumentException("Part " + parts[i] + " appears twice");
            }
            present |= bit;
            values[parts[i].ordinal()] = totals[i];
        }
        return new PartTotals(values, present);
    }

    /**
     * @param totals points by part, no nulls
     * @return the same entries; {@code totals} itself when it is a {@code PartTotals}
     * @throws NullPointerException for a null key or value
     */
    public static PartTotals copyOf(Map<PartCode, Integer> totals) {
        if (totals instanceof PartTotals p) {
            return p;
        }
        int[] values = new int[PARTS.length];
        int present = 0;
        for (Map.Entry<PartCode, Integer> e : totals.entrySet()) {
            int ordinal = Objects.requireNonNull(e.getKey(), "partTotals key").ordinal();
            values[ordinal] = Objects.requireNonNull(e.getValue(), "partTotals value");
            present |= 1 << ordinal;
        }
        return new PartTotals(values, present);
    }

    @Override
    public int size() {
        return Integer.bitCount(present);
    }

    @Override
    int slots() {
        return PARTS.length;
    }

    @Override
    boolean filled(int i) {
        return (present & (1 << i)) != 0;
    }

    @Override
    PartCode keyAt(int i) {
        return PARTS[i];
    }

    @Override
    int valueAt(int i) {
        return values[i];
    }

    @Override
    int slotOf(Object key) {
        return key instanceof PartCode p && filled(p.ordinal()) ? p.ordinal() : -1;
    }
}
