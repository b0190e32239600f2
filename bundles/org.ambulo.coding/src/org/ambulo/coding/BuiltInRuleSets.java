package org.ambulo.coding;

import org.ambulo.coding.internal.UsCpt2026RuleSet;

/** The rule sets shipped in this bundle, for callers outside OSGi (CLI, tests); in OSGi, track {@link CodingRuleSet}. */
public final class BuiltInRuleSets {

    private BuiltInRuleSets() {
    }

    /** US CPT 96000-96004 ({@code rules/us-cpt-2026.json}); the file is read on each call. */
    public static CodingRuleSet usCpt2026() {
        return new UsCpt2026RuleSet();
    }
}
