package org.ambulo.coding;

import org.ambulo.coding.internal.CodingEngine;

/**
 * Proposes codes for a session under a rule set. Usage:
 *
 * <pre>
 * CodingRecord record = Coding.propose(session, ruleSet);
 * record.codes();            // e.g. 96000 x1, 96002 x1, 96004 x1, each with its reason
 * String text = record.toText();
 * </pre>
 */
public final class Coding {

    private Coding() {
    }

    public static CodingRecord propose(SessionContents session, CodingRuleSet ruleSet) {
        return CodingEngine.propose(session, ruleSet.rules());
    }
}
