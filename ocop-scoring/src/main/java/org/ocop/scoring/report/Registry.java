package org.ocop.scoring.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ocop.core.product.Address;
import org.ocop.core.product.Producer;
import org.ocop.core.product.ProducerType;
import org.ocop.core.product.Product;
import org.ocop.core.recognition.Certificate;
import org.ocop.core.recognition.LifecycleEvent;
import org.ocop.core.recognition.LifecycleState;
import org.ocop.scoring.lifecycle.CertificateSchedule;
import org.ocop.scoring.lifecycle.Lifecycle;
import org.ocop.scoring.lifecycle.LifecycleHistory;

/**
 * A province's (or the nation's) registry of OCOP products, their producers and their recognitions
 * (certificates and lifecycle events), with the reports of docs/rules.md §5. Built once (each
 * product's events are replayed and validated by {@link Lifecycle}), then queried: every report is one pass
 * over the products with enum-keyed counters. Immutable and thread-safe.
 *
 * <pre>{@code
 * Registry registry = Registry.of(products, events);
 * RegistryReport today = registry.reportOn(LocalDate.of(2026, 11, 23));
 * int fourStarCoops = today.byProducerType().get(ProducerType.COOPERATIVE).count(StarRating.FOUR);
 * List<ReEvaluationDue> due = registry.enteringReEvaluationWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31));
 * }</pre>
 */
public final class Registry {

    private final Map<String, Product> products;
    private final Map<String, LifecycleHistory> histories;
    private final Lifecycle lifecycle;

    private Registry(Map<String, Product> products, Map<String, LifecycleHistory> histories, Lifecycle lifecycle) {
        this.products = products;
        this.histories = histories;
        this.lifecycle = lifecycle;
    }

    /**
     * @param products the products (each with its producer), unique ids
     * @param events the lifecycle events of those products, in any order
     * @return the registry under the standard lifecycle policy
     * @throws IllegalArgumentException on duplicate product ids or an event of an unknown product
     * @throws org.ocop.scoring.lifecycle.IllegalTransitionException if a product's history is illegal
     */
    public static Registry of(Collection<Product> products, Collection<LifecycleEvent> events) {
        return of(products, events, Lifecycle.standard());
    }

    /**
     * @param products the products (each with its producer), unique ids
     * @param events the lifecycle events of those products, in any order
     * @param lifecycle the lifecycle (policy) to replay them with
     * @return the registry
     * @throws IllegalArgumentException on duplicate product ids or an event of an unknown product
     * @throws org.ocop.scoring.lifecycle.IllegalTransitionException if a product's history is illegal
     */
    public static Registry of(Collection<Product> products, Collection<LifecycleEvent> events, Lifecycle lifecycle) {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Map<String, Product> byId = new LinkedHashMap<>(products.size() * 2);
        for (Product p : products) {
            if (byId.put(p.getId(), p) != null) {
                throw new IllegalArgumentException("Duplicate product id in the registry: " + p.getId());
            }
        }
        Map<String, List<LifecycleEvent>> grouped = new HashMap<>(byId.size() * 2);
        for (LifecycleEvent e : events) {
            if (!byId.containsKey(e.getProductId())) {
                throw new IllegalArgumentException("Lifecycle event of unknown product " + e.getProductId()
                        + " (" + e.getType() + " on " + e.getDate() + ")");
            }
            grouped.computeIfAbsent(e.getProductId(), k -> new ArrayList<>(4)).add(e);
        }
        Map<String, LifecycleHistory> histories = new HashMap<>(grouped.size() * 2);
        grouped.forEach((id, list) -> histories.put(id, lifecycle.replay(list)));
        return new Registry(Collections.unmodifiableMap(byId), Collections.unmodifiableMap(histories), lifecycle);
    }

    /** @return the number of products */
    public int getProductCount() {
        return products.size();
    }

    /** @return the products, in the order given */
    public Collection<Product> getProducts() {
        return products.values();
    }

    /**
     * @param productId a product id
     * @return the product, if registered
     */
    public Optional<Product> product(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    /**
     * @param productId a registered product's id
     * @return its replayed history (empty when it has no events)
     * @throws IllegalArgumentException for an unknown product
     */
    public LifecycleHistory history(String productId) {
        if (!products.containsKey(productId)) {
            throw new IllegalArgumentException("Unknown product " + productId);
        }
        return histories.getOrDefault(productId, lifecycle.replay(List.of()));
    }

    /** @return the lifecycle the histories were replayed with */
    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    /** @return every distinct producer in the registry (recognised or not), by type; every type has an entry (0 when none) */
    public Map<ProducerType, Integer> getProducersByType() {
        Map<ProducerType, Integer> counts = new EnumMap<>(ProducerType.class);
        for (ProducerType t : ProducerType.values()) {
            counts.put(t, 0);
        }
        Set<String> seen = new HashSet<>();
        for (Product p : products.values()) {
            if (seen.add(p.getProducer().getId())) {
                counts.merge(p.getProducer().getType(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The figures on a day, in one pass over the products.
     *
     * @param day the day
     * @return the report
     */
    public RegistryReport reportOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        RegistryReport.Builder b = new RegistryReport.Builder(day);
        Set<String> producers = new HashSet<>();
        for (Product p : products.values()) {
            b.products++;
            LifecycleHistory h = histories.get(p.getId());
            if (h == null) {
                continue;
            }
            for (Certificate c : h.getCertificates()) {
                if (!c.getIssuedOn().isAfter(day)) {
                    RegistryReport.Builder.add(b.issuedByYear, c.getIssuedOn().getYear(), c.getRating());
                }
            }
            Optional<LifecycleState> state = h.stateOn(day);
            if (state.isEmpty()) {
                continue;
            }
            b.byState.merge(state.get(), 1, Integer::sum);
            if (!state.get().isActive()) {
                continue;
            }
            Certificate c = h.certificateOn(day).orElseThrow();
            var rank = c.getRating();
            Producer producer = p.getProducer();
            Address address = producer.getAddress();
            b.byStar[rank.ordinal()]++;
            RegistryReport.Builder.add(b.byGroup, p.getProductSet().group(), rank);
            RegistryReport.Builder.add(b.bySet, p.getProductSet(), rank);
            RegistryReport.Builder.add(b.byProducerType, producer.getType(), rank);
            RegistryReport.Builder.add(b.byProvince, address.getProvinceCode(), rank);
            RegistryReport.Builder.add(b.byCommune, CommuneKey.of(address.getProvinceCode(), address.getCommuneCode()), rank);
            RegistryReport.Builder.add(b.byYearOfIssue, c.getIssuedOn().getYear(), rank);
            if (producers.add(producer.getId())) {
                b.producersByType.merge(producer.getType(), 1, Integer::sum);
            }
        }
        return b.build();
    }

    /**
     * Certificates in force on {@code from} whose re-evaluation window (expiry − 180 days, 26/2026 Art. 7.6a)
     * opens between {@code from} and {@code toInclusive}, soonest first: "which certificates need
     * re-evaluation this quarter?".
     *
     * @param from the first day of the period
     * @param toInclusive the last day of the period
     * @return the certificates, by window opening day then product id
     * @throws IllegalArgumentException if the period is inverted
     */
    public List<ReEvaluationDue> enteringReEvaluationWindow(LocalDate from, LocalDate toInclusive) {
        return dueIn(from, toInclusive, CertificateSchedule::getWindowOpens);
    }

    /**
     * Certificates in force on {@code from} whose latest notice day (expiry − 30 days; the issuer notifies
     * the holder at least 30 days before expiry, 148/QĐ-TTg) falls between {@code from} and
     * {@code toInclusive}, soonest first.
     *
     * @param from the first day of the period
     * @param toInclusive the last day of the period
     * @return the certificates, by notice day then product id
     * @throws IllegalArgumentException if the period is inverted
     */
    public List<ReEvaluationDue> noticesDue(LocalDate from, LocalDate toInclusive) {
        return dueIn(from, toInclusive, CertificateSchedule::getNoticeBy);
    }

    /**
     * Re-evaluations still undecided on {@code day} more than 45 days after their filing (26/2026 Art. 7.6),
     * oldest filing first.
     *
     * @param day the day
     * @return the overdue re-evaluations, each with its filing day
     */
    public List<ReEvaluationDue> overdueReEvaluations(LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<ReEvaluationDue> overdue = new ArrayList<>();
        for (Product p : products.values()) {
            LifecycleHistory h = histories.get(p.getId());
            if (h != null && h.reEvaluationDeadlineOn(day).filter(deadline -> deadline.isBefore(day)).isPresent()) {
                overdue.add(new ReEvaluationDue(p, h.scheduleOn(day).orElseThrow(),
                        h.pendingReEvaluationOn(day).orElseThrow()));
            }
        }
        overdue.sort(Comparator.comparing((ReEvaluationDue d) -> d.getFiledOn().orElseThrow())
                .thenComparing(d -> d.getProduct().getId()));
        return List.copyOf(overdue);
    }

    private List<ReEvaluationDue> dueIn(LocalDate from, LocalDate toInclusive, Function<CertificateSchedule, LocalDate> key) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("Period ends (" + toInclusive + ") before it starts (" + from + ")");
        }
        List<ReEvaluationDue> due = new ArrayList<>();
        for (Product p : products.values()) {
            LifecycleHistory h = histories.get(p.getId());
            if (h == null || h.activeCertificateOn(from).isEmpty()) {
                continue;
            }
            CertificateSchedule s = h.scheduleOn(from).orElseThrow();
            LocalDate k = key.apply(s);
            if (!k.isBefore(from) && !k.isAfter(toInclusive)) {
                due.add(new ReEvaluationDue(p, s, h.pendingReEvaluationOn(from).orElse(null)));
            }
        }
        due.sort(Comparator.comparing((ReEvaluationDue d) -> key.apply(d.getSchedule()))
                .thenComparing(d -> d.getProduct().getId()));
        return List.copyOf(due);
    }

    /**
     * Certificates whose re-evaluation window opens in the next {@code days} days: from {@code from}
     * included to {@code from + days} excluded.
     *
     * @param from the first day
     * @param days the number of days, at least 1
     * @return the certificates, soonest first
     * @throws IllegalArgumentException if {@code days} is below 1
     */
    public List<ReEvaluationDue> enteringReEvaluationWindow(LocalDate from, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("The number of days must be at least 1, got " + days);
        }
        return enteringReEvaluationWindow(from, from.plusDays(days - 1L));
    }

    @Override
    public String toString() {
        return "Registry[" + products.size() + " products, " + histories.size() + " with recognitions]";
    }
}
