package org.ambulo.coding;

import java.util.List;
import java.util.Optional;

/**
 * The coding proposal for one session under one rule set: proposed codes with reasons, codes not proposed and why,
 * the finalisation checks, and warnings. The physician/coder confirms it; nothing here is submitted automatically.
 */
public record CodingRecord(String ruleSetId, String jurisdiction, String ruleSetVersion, String ruleSetSource,
        List<ProposedCode> codes, List<NotProposedCode> notProposed, List<FinalisationCheck> checks,
        List<CodingWarning> warnings) {

    public CodingRecord {
        codes = List.copyOf(codes);
        notProposed = List.copyOf(notProposed);
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
    }

    public Optional<ProposedCode> code(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<FinalisationCheck> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<FinalisationCheck> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** True when every finalisation check passed (warnings do not block). */
    public boolean readyToFinalise() {
        return failedChecks().isEmpty();
    }

    /** Plain text for the report: one line per code with its reason, then checks and warnings. */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append("Coding (rule set ").append(ruleSetId).append(", ").append(jurisdiction).append(", version ")
                .append(ruleSetVersion).append("; source: ").append(ruleSetSource).append(")\n");
        if (codes.isEmpty()) {
            s.append("No code proposed.\n");
        }
        for (ProposedCode c : codes) {
            s.append(c.billingLine()).append("  ").append(c.description()).append(" -- ").append(c.reason()).append('\n');
        }
        for (NotProposedCode n : notProposed) {
            s.append("not proposed ").append(n.code()).append(" -- ").append(n.reason()).append('\n');
        }
        for (FinalisationCheck c : checks) {
            s.append(c.passed() ? "[pass] " : "[FAIL] ").append(c.message()).append('\n');
        }
        for (CodingWarning w : warnings) {
            s.append("warning: ").append(w.message()).append('\n');
        }
        s.append(readyToFinalise() ? "Ready to finalise.\n" : "Not ready to finalise: " + failedChecks().size() + " check(s) failed.\n");
        return s.toString();
    }
}
