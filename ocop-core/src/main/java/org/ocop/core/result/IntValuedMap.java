package org.ocop.core.result;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The read side shared by the compact immutable maps of a result ({@link MemberChoices}, {@link PartTotals}):
 * a fixed number of slots, each with a key and an int value, some empty; entries in slot order. Subclasses say
 * which slots are filled, their keys and values; every mutator throws {@link UnsupportedOperationException}
 * ({@link AbstractMap}'s defaults over an iterator without {@code remove}).
 *
 * @param <K> the key type
 */
abstract class IntValuedMap<K> extends AbstractMap<K, Integer> {

    private Set<Map.Entry<K, Integer>> entries;

    /** @return the number of slots, filled or not */
    abstract int slots();

    /** @return whether slot {@code i} holds an entry */
    abstract boolean filled(int i);

    /** @return the key of slot {@code i} */
    abstract K keyAt(int i);

    /** @return the value of slot {@code i} */
    abstract int valueAt(int i);

    /** @return the slot holding {@code key}, or -1 */
    abstract int slotOf(Object key);

    @Override
    public boolean containsKey(Object key) {
        return slotOf(key) >= 0;
    }

    @Override
    public Integer get(Object key) {
        int i = slotOf(key);
        return i < 0 ? null : valueAt(i);
    }

    @Override
    public Set<Map.Entry<K, Integer>> entrySet() {
        Set<Map.Entry<K, Integer>> e = entries;
        if (e == null) {
            e = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<K, Integer>> iterator() {
                    return new Iterator<>() {
                        private int next = skip(0);

                        @Override
                        public boolean hasNext() {
                            return next < slots();
                        }

                        @Override
                        public Map.Entry<K, Integer> next() {
                            if (next >= slots()) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, Integer> entry = new AbstractMap.SimpleImmutableEntry<>(keyAt(next),
                                    valueAt(next));
                            next = skip(next + 1);
                            return entry;
                        }
                    };
                }

                @Override
                public int size() {
                    return IntValuedMap.this.size();
                }
            };
            entries = e;
        }
        return e;
    }

    private int skip(int from) {
        int i = from;
        while (i < slots() && !filled(i)) {
            i++;
        }
        return i;
    }
}
