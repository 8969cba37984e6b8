package org.ocop.core.result;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.ocop.core.rules.PartCode;

/**
 * One member's points per part of the sheet (<i>điểm theo phần</i>, {@link MemberTotal#getPartTotals()}): an
 * immutable, compact {@link Map} in {@link PartCode} order, one int per part, so that a result keeps no map
 * copies per member. Equal to any {@link Map} with the same entries (an {@link java.util.EnumMap} included);
 * every mutator throws {@link UnsupportedOperationException}.
 */
public final class PartTotals extends AbstractMap<PartCode, Integer> {

    private static final PartCode[] PARTS = PartCode.values();
    private static final PartTotals EMPTY = new PartTotals(new int[PARTS.length], 0);

    /** values[part.ordinal()], meaningful where {@link #present} has the part's bit. */
    private final int[] values;
    private final int present;
    private Set<Map.Entry<PartCode, Integer>> entries;

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
    public boolean containsKey(Object key) {
        return key instanceof PartCode p && (present & (1 << p.ordinal())) != 0;
    }

    @Override
    public Integer get(Object key) {
        return containsKey(key) ? values[((PartCode) key).ordinal()] : null;
    }

    @Override
    public Set<Map.Entry<PartCode, Integer>> entrySet() {
        Set<Map.Entry<PartCode, Integer>> e = entries;
        if (e == null) {
            e = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<PartCode, Integer>> iterator() {
                    return new Iterator<>() {
                        private int next = skip(0);

                        @Override
                        public boolean hasNext() {
                            return next < PARTS.length;
                        }

                        @Override
                        public Map.Entry<PartCode, Integer> next() {
                            if (next >= PARTS.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<PartCode, Integer> entry = new AbstractMap.SimpleImmutableEntry<>(PARTS[next],
                                    values[next]);
                            next = skip(next + 1);
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return PartTotals.this.size();
                }
            };
            entries = e;
        }
        return e;
    }

    private int skip(int from) {
        int i = from;
        while (i < PARTS.length && (present & (1 << i)) == 0) {
            i++;
        }
        return i;
    }
}
