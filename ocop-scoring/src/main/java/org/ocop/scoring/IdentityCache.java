package org.ocop.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded cache of values derived from deep immutable inputs (rulebooks, sheets), keyed by instance identity:
 * hashing such an input per call would walk its whole tree. Cleared when full (inputs are few: the shipped
 * rulebooks and a caller's own). Thread-safe; racing threads may derive equal values.
 *
 * @param <K> the input type
 * @param <V> the derived value type
 */
final class IdentityCache<K, V> {

    private final int limit;
    private final Function<K, V> derive;
    private final Map<Key<K>, V> values = new ConcurrentHashMap<>();

    /**
     * @param limit the number of inputs kept before the cache is cleared
     * @param derive derives a value from an input
     */
    IdentityCache(int limit, Function<K, V> derive) {
        this.limit = limit;
        this.derive = derive;
    }

    /**
     * @param input an input
     * @return its value, derived once per instance while cached
     */
    V get(K input) {
        Key<K> key = new Key<>(input);
        V value = values.get(key);
        if (value == null) {
            if (values.size() >= limit) {
                values.clear();
            }
            value = values.computeIfAbsent(key, k -> derive.apply(k.input()));
        }
        return value;
    }

    /** An identity key. */
    private record Key<K>(K input) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key<?> k && k.input == input;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(input);
        }
    }
}
