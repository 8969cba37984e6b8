package org.ocop.core.policy;

/** The shared default policy, built once on first use. */
final class Holder {

    static final ScoringPolicy STANDARD = ScoringPolicy.builder().build();

    private Holder() {}
}
