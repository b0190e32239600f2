package org.ambulo.coding;

/**
 * A jurisdiction's coding rules as an OSGi service: a bundle plugs in another jurisdiction by registering a
 * {@code @Component(service = CodingRuleSet.class)} that ships its own rule file. The US CPT set is
 * {@code us-cpt-2026} from this bundle.
 */
@FunctionalInterface
public interface CodingRuleSet {

    CodingRules rules();

    default String id() {
        return rules().id();
    }

    default String jurisdiction() {
        return rules().jurisdiction();
    }

    default String version() {
        return rules().version();
    }

    default String source() {
        return rules().source();
    }

    static CodingRuleSet of(CodingRules rules) {
        return () -> rules;
    }
}
