package org.ocop.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The entries of a JSON object as read, in document order, kept in two arrays: the read-only map handed to
 * a core type's factory or builder, which copies it into the value's own map (so a member's choices are
 * copied once, not three times). A duplicate key is found by a linear scan of the keys' hash codes up to
 * {@value #LINEAR} keys, with a hash set beyond.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class ReadEntries<K, V> extends AbstractMap<K, V> {

    /** Up to this many keys a linear scan finds a duplicate faster than a hash set. */
    static final int LINEAR = 64;

    private Object[] keys;
    private Object[] values;
    /** The keys' hash codes (cached by {@code String} and enums' identity): compared before {@code equals}. */
    private int[] hashes;
    private int size;
    private Set<Object> distinct;

    /** An empty map with room for 16 entries. */
    ReadEntries() {
        this(16);
    }

    /** @param capacity the entries expected (any value; the arrays grow beyond it) */
    ReadEntries(int capacity) {
        int c = Math.max(4, capacity);
        keys = new Object[c];
        values = new Object[c];
        hashes = new int[c];
    }

    /**
     * @param key a key not yet known to be new
     * @return whether it was already added
     */
    boolean contains(Object key) {
        if (distinct != null) {
            return distinct.contains(key);
        }
        int hash = key.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && keys[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds an entry whose key {@link #contains(Object)} said is new.
     *
     * @param key the key
     * @param value the value
     */
    void add(K key, V value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size] = key.hashCode();
        keys[size] = key;
        values[size] = value;
        size++;
        if (distinct != null) {
            distinct.add(key);
        } else if (size > LINEAR) {
            distinct = new HashSet<>(Arrays.asList(keys).subList(0, size));
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
                    }
                };
            }
        };
    }
}
