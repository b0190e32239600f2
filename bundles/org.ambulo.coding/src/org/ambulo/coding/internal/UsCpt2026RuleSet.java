package org.ambulo.coding.internal;

import org.ambulo.coding.CodingRuleSet;
import org.ambulo.coding.CodingRules;
import org.osgi.service.component.annotations.Component;

/** The US CPT rule set shipped in this bundle ({@code rules/us-cpt-2026.json} at the bundle root). */
@Component(service = CodingRuleSet.class)
public final class UsCpt2026RuleSet implements CodingRuleSet {

    public static final String RESOURCE = "rules/us-cpt-2026.json";

    private final CodingRules rules;

    public UsCpt2026RuleSet() {
        rules = CodingRules.fromResource(UsCpt2026RuleSet.class.getClassLoader(), RESOURCE);
    }

    @Override
    public CodingRules rules() {
        return rules;
    }
}
