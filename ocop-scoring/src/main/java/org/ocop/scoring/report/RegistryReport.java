package org.ocop.scoring.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.ocop.core.StarRating;
import org.ocop.core.classification.ProductGroup;
import org.ocop.core.classification.ProductSet;
import org.ocop.core.product.ProducerType;
import org.ocop.core.recognition.LifecycleState;

/**
 * A registry's figures on one day (docs/rules.md §5), built by {@link Registry#reportOn(LocalDate)}
 * in one pass. "Recognised products" are those whose certificate is in force that day (recognised,
 * expiring or extended); every breakdown counts them by the rank of that certificate. Immutable.
 *
 * <p>Maps keyed by a closed set (state, product group, product set, producer type) hold an entry for every key,
 * with empty counts where nothing was counted, so that {@code byProducerType().get(COOPERATIVE).count(FOUR)}
 * never fails. Maps keyed by an open set (province, commune, year) hold the keys seen; {@link
 * #province(String)}, {@link #commune(CommuneKey)} and {@link #yearOfIssue(int)} give empty counts for others.
 */
public final class RegistryReport {

    private final LocalDate day;
    private final int products;
    private final Map<LifecycleState, Integer> byState;
    private final StarCounts byStar;
    private final Map<ProductGroup, StarCounts> byGroup;
    private final Map<ProductSet, StarCounts> bySet;
    private final Map<ProducerType, StarCounts> byProducerType;
    private final Map<String, StarCounts> byProvince;
    private final Map<CommuneKey, StarCounts> byCommune;
    private final Map<Integer, StarCounts> byYearOfIssue;
    private final Map<Integer, StarCounts> issuedByYear;
    private final Map<ProducerType, Integer> producersByType;

    RegistryReport(Builder b) {
        this.day = b.day;
        this.products = b.products;
        this.byState = Collections.unmodifiableMap(zeroFilled(b.byState, LifecycleState.class));
        this.byStar = StarCounts.copyOf(b.byStar);
        this.byGroup = freeze(b.byGroup, emptyCounts(ProductGroup.class));
        this.bySet = freeze(b.bySet, emptyCounts(ProductSet.class));
        this.byProducerType = freeze(b.byProducerType, emptyCounts(ProducerType.class));
        this.byProvince = freeze(b.byProvince, new TreeMap<>());
        this.byCommune = freeze(b.byCommune, new TreeMap<>());
        this.byYearOfIssue = freeze(b.byYearOfIssue, new TreeMap<>());
        this.issuedByYear = freeze(b.issuedByYear, new TreeMap<>());
        this.producersByType = Collections.unmodifiableMap(zeroFilled(b.producersByType, ProducerType.class));
    }

    /** An enum map with an empty count for every key. */
    private static <K extends Enum<K>> Map<K, StarCounts> emptyCounts(Class<K> keys) {
        Map<K, StarCounts> map = new EnumMap<>(keys);
        for (K k : keys.getEnumConstants()) {
            map.put(k, StarCounts.EMPTY);
        }
        return map;
    }

    /** An enum map with 0 for every key not counted. */
    private static <K extends Enum<K>> Map<K, Integer> zeroFilled(Map<K, Integer> counts, Class<K> keys) {
        Map<K, Integer> map = new EnumMap<>(keys);
        for (K k : keys.getEnumConstants()) {
            map.put(k, counts.getOrDefault(k, 0));
        }
        return map;
    }

    private static <K> Map<K, StarCounts> freeze(Map<K, int[]> counts, Map<K, StarCounts> target) {
        counts.forEach((k, v) -> target.put(k, StarCounts.copyOf(v)));
        return Collections.unmodifiableMap(target);
    }

    /** @return the day of the report */
    public LocalDate getDay() {
        return day;
    }

    /** @return every product in the registry, recognised or not */
    public int getProductCount() {
        return products;
    }

    /**
     * @return products by the state of their newest certificate that day; products without a certificate
     *     yet are not counted here
     */
    public Map<LifecycleState, Integer> byState() {
        return byState;
    }

    /**
     * @param state a state
     * @return how many products are in it
     */
    public int count(LifecycleState state) {
        return byState.getOrDefault(state, 0);
    }

    /** @return products whose certificate is in force (recognised, expiring or extended) */
    public int getActiveCount() {
        return byStar.getTotal();
    }

    /** @return recognised products by rank */
    public StarCounts byStar() {
        return byStar;
    }

    /** @return recognised products by product group (<i>ngành</i>) and rank */
    public Map<ProductGroup, StarCounts> byGroup() {
        return byGroup;
    }

    /** @return recognised products by product set (<i>bộ sản phẩm</i>) and rank */
    public Map<ProductSet, StarCounts> bySet() {
        return bySet;
    }

    /** @return recognised products by their producer's type and rank */
    public Map<ProducerType, StarCounts> byProducerType() {
        return byProducerType;
    }

    /** @return recognised products by the producer's province code and rank */
    public Map<String, StarCounts> byProvince() {
        return byProvince;
    }

    /** @return recognised products by the producer's commune and rank */
    public Map<CommuneKey, StarCounts> byCommune() {
        return byCommune;
    }

    /**
     * @param provinceCode a province code
     * @return its recognised products by rank, empty counts when it has none
     */
    public StarCounts province(String provinceCode) {
        return byProvince.getOrDefault(provinceCode, StarCounts.EMPTY);
    }

    /**
     * @param commune a commune
     * @return its recognised products by rank, empty counts when it has none
     */
    public StarCounts commune(CommuneKey commune) {
        return byCommune.getOrDefault(commune, StarCounts.EMPTY);
    }

    /**
     * @param year a year
     * @return recognised products whose certificate in force was issued that year, by rank (empty counts when none)
     */
    public StarCounts yearOfIssue(int year) {
        return byYearOfIssue.getOrDefault(year, StarCounts.EMPTY);
    }

    /**
     * @return recognised products by the year their certificate in force was issued (the year of the
     *     decision that gave the current rank, renewals and upgrades included), and rank
     */
    public Map<Integer, StarCounts> byYearOfIssue() {
        return byYearOfIssue;
    }

    /**
     * @return every certificate issued on or before the day (first recognitions, renewals, upgrades), by
     *     year of issue and rank: the decisions a province took each year
     */
    public Map<Integer, StarCounts> getIssuedByYear() {
        return issuedByYear;
    }

    /** @return distinct producers holding at least one recognised product, by type */
    public Map<ProducerType, Integer> getProducersByType() {
        return producersByType;
    }

    /** @return distinct producers holding at least one recognised product */
    public int getProducerCount() {
        return producersByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return "RegistryReport[" + day + ": " + getActiveCount() + " recognised of " + products + " products, "
                + byStar + ", states " + byState + "]";
    }

    /** Mutable accumulator for one pass (package-private). */
    static final class Builder {
        final LocalDate day;
        int products;
        final Map<LifecycleState, Integer> byState = new EnumMap<>(LifecycleState.class);
        final int[] byStar = new int[StarRating.values().length];
        final Map<ProductGroup, int[]> byGroup = new EnumMap<>(ProductGroup.class);
        final Map<ProductSet, int[]> bySet = new EnumMap<>(ProductSet.class);
        final Map<ProducerType, int[]> byProducerType = new EnumMap<>(ProducerType.class);
        final Map<String, int[]> byProvince = new java.util.HashMap<>();
        final Map<CommuneKey, int[]> byCommune = new java.util.HashMap<>();
        final Map<Integer, int[]> byYearOfIssue = new java.util.HashMap<>();
        final Map<Integer, int[]> issuedByYear = new java.util.HashMap<>();
        final Map<ProducerType, Integer> producersByType = new EnumMap<>(ProducerType.class);

        Builder(LocalDate day) {
            this.day = day;
        }

        static <K> void add(Map<K, int[]> map, K key, StarRating rank) {
            map.computeIfAbsent(key, k -> new int[StarRating.values().length])[rank.ordinal()]++;
        }

        RegistryReport build() {
            return new RegistryReport(this);
        }
    }
}
