package org.ambulo.coding.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ambulo.coding.CheckRule;
import org.ambulo.coding.CodeRule;
import org.ambulo.coding.CodingRecord;
import org.ambulo.coding.CodingRules;
import org.ambulo.coding.CodingWarning;
import org.ambulo.coding.ConflictRule;
import org.ambulo.coding.EmgKind;
import org.ambulo.coding.EmgMuscle;
import org.ambulo.coding.FinalisationCheck;
import org.ambulo.coding.ModifierRule;
import org.ambulo.coding.NotProposedCode;
import org.ambulo.coding.ProposedCode;
import org.ambulo.coding.SessionContents;
import org.ambulo.coding.SessionFact;
import org.ambulo.coding.SessionStatus;
import org.ambulo.coding.UnitBasis;
import org.ambulo.model.Side;

/** Applies a rule set to a session; all jurisdiction knowledge is in the rules, none here. */
public final class CodingEngine {

    private CodingEngine() {
    }

    public static CodingRecord propose(SessionContents session, CodingRules rules) {
        List<CodingWarning> warnings = new ArrayList<>();
        Map<EmgKind, List<EmgMuscle>> distinct = new LinkedHashMap<>();
        for (EmgKind kind : EmgKind.values()) {
            distinct.put(kind, distinctMuscles(kind, session, warnings));
        }

        // which codes' facts all hold
        List<CodeRule> triggered = new ArrayList<>();
        List<NotProposedCode> notProposed = new ArrayList<>();
        for (CodeRule rule : rules.codes()) {
            List<String> missing = rule.requiresAll().stream().filter(f -> !f.holds(session)).map(SessionFact::label).toList();
            if (missing.isEmpty()) {
                triggered.add(rule);
            } else {
                notProposed.add(new NotProposedCode(rule.code(), "missing: " + String.join(", ", missing)));
            }
        }
        // a triggered code that another triggered code replaces is reported through that one
        Map<String, String> replacedBy = new LinkedHashMap<>();
        for (CodeRule rule : triggered) {
            rule.replaces().forEach(r -> replacedBy.putIfAbsent(r, rule.code()));
        }
        List<CodeRule> kept = new ArrayList<>();
        for (CodeRule rule : triggered) {
            if (replacedBy.containsKey(rule.code())) {
                notProposed.add(new NotProposedCode(rule.code(), "reported as " + replacedBy.get(rule.code())
                        + " instead (the rule set says " + replacedBy.get(rule.code()) + " replaces " + rule.code() + ")"));
            } else {
                kept.add(rule);
            }
        }

        SessionStatus status = session.sessionStatus();
        List<ModifierRule> statusModifiers = rules.modifiers().stream().filter(m -> m.status() == status.kind()).toList();
        if (status.kind() != SessionStatus.Kind.COMPLETE && statusModifiers.isEmpty() && !kept.isEmpty()) {
            warnings.add(new CodingWarning("no-modifier:" + status.kind().ruleName(), "the session is " + status.kind().label()
                    + " (" + status.reason().orElse("") + ") but rule set " + rules.id() + " has no modifier for that"));
        }

        List<ProposedCode> codes = new ArrayList<>();
        for (CodeRule rule : kept) {
            List<EmgMuscle> muscles = rule.muscles().map(distinct::get).orElse(List.of());
            int units = rule.units() == UnitBasis.PER_MUSCLE ? muscles.size() : 1;
            List<String> modifiers = new ArrayList<>();
            StringBuilder reason = new StringBuilder(
                    rule.requiresAll().stream().map(SessionFact::label).collect(Collectors.joining(", ", "recorded: ", "")));
            rule.muscles().ifPresent(kind -> reason.append("; ").append(kind.label()).append(" muscles (").append(muscles.size())
                    .append(", per muscle and side): ")
                    .append(muscles.stream().map(EmgMuscle::displayName).collect(Collectors.joining(", "))));
            if (!rule.replaces().isEmpty()) {
                reason.append("; reported instead of ").append(String.join(", ", rule.replaces()));
            }
            for (ModifierRule m : statusModifiers) {
                if (m.appliesTo(rule.code()) && !modifiers.contains(m.modifier())) {
                    modifiers.add(m.modifier());
                    reason.append("; modifier ").append(m.modifier()).append(" (").append(m.description()).append("): session ")
                            .append(status.kind().label()).append(", reason: ").append(status.reason().orElse(""));
                }
            }
            codes.add(new ProposedCode(rule.code(), rule.description(), units, modifiers, reason.toString()));
            rule.maxMuscles().ifPresent(max -> {
                if (muscles.size() > max) {
                    warnings.add(new CodingWarning("muscles-over-max:" + rule.code(), rule.code() + " covers up to " + max
                            + " muscles but " + muscles.size() + " " + rule.muscles().orElseThrow().label()
                            + " muscles were recorded (per muscle and side); " + units + " unit(s) proposed -- the rule set "
                            + "does not say how further muscles are billed, review before submitting"));
                }
            });
            rule.muscles().ifPresent(kind -> bothSidesWarning(rule, kind, muscles, warnings));
        }
        if (codes.isEmpty()) {
            warnings.add(new CodingWarning("no-code", "no code of rule set " + rules.id() + " is supported by what the session contains"));
        }

        for (ConflictRule conflict : rules.conflicts()) {
            List<String> others = session.otherCodesSameDate().stream()
                    .filter(c -> conflict.otherCodes().stream().anyMatch(r -> r.contains(c))).distinct().toList();
            List<String> ours = codes.stream().map(ProposedCode::code)
                    .filter(c -> conflict.proposedCodes().stream().anyMatch(r -> r.contains(c))).toList();
            if (!others.isEmpty() && !ours.isEmpty()) {
                warnings.add(new CodingWarning("conflict:" + conflict.id(), conflict.message() + " (billed on the same date: "
                        + String.join(", ", others) + "; proposed: " + String.join(", ", ours) + ")"));
            }
        }

        List<FinalisationCheck> checks = rules.checks().stream().map(c -> check(c, session)).toList();
        return new CodingRecord(rules.id(), rules.jurisdiction(), rules.version(), rules.source(), codes, notProposed, checks,
                warnings);
    }

    private static FinalisationCheck check(CheckRule rule, SessionContents session) {
        List<SessionFact> missing = rule.requiresAll().stream().filter(f -> !f.holds(session)).toList();
        if (!missing.isEmpty()) {
            return new FinalisationCheck(rule.id(), rule.title(), false, rule.title() + ": " + rule.missingMessage()
                    + " (missing: " + missing.stream().map(SessionFact::label).collect(Collectors.joining(", ")) + ")");
        }
        String evidence = rule.requiresAll().stream().flatMap(f -> f.evidence(session).stream()).collect(Collectors.joining(", "));
        return new FinalisationCheck(rule.id(), rule.title(), true,
                rule.title() + ": ok" + (evidence.isEmpty() ? "" : " (" + evidence + ")"));
    }

    /** Muscles counted once per muscle and side; repeats are dropped with a warning (two channels, one muscle). */
    private static List<EmgMuscle> distinctMuscles(EmgKind kind, SessionContents session, List<CodingWarning> warnings) {
        Map<String, EmgMuscle> byKey = new LinkedHashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (EmgMuscle m : kind.muscles(session)) {
            if (byKey.putIfAbsent(m.key(), m) != null) {
                repeated.add(m.displayName());
            }
        }
        if (!repeated.isEmpty()) {
            warnings.add(new CodingWarning("duplicate-muscle:" + kind.ruleName(), kind.label() + " lists "
                    + String.join(", ", repeated) + " more than once; counted once per muscle and side"));
        }
        return List.copyOf(byKey.values());
    }

    /** Say explicitly when a per-muscle count includes both sides of a muscle, so the coder sees why units doubled. */
    private static void bothSidesWarning(CodeRule rule, EmgKind kind, List<EmgMuscle> muscles, List<CodingWarning> warnings) {
        if (rule.units() != UnitBasis.PER_MUSCLE) {
            return;
        }
        Map<String, Set<Side>> sides = new LinkedHashMap<>();
        for (EmgMuscle m : muscles) {
            sides.computeIfAbsent(m.muscle().toLowerCase(java.util.Locale.ROOT), k -> new LinkedHashSet<>()).add(m.side());
        }
        List<String> bilateral = sides.entrySet().stream().filter(e -> e.getValue().size() == 2).map(Map.Entry::getKey).toList();
        if (!bilateral.isEmpty()) {
            warnings.add(new CodingWarning("both-sides:" + rule.code(), rule.code() + ": " + kind.label() + " of "
                    + String.join(", ", bilateral) + " on both sides counts as two muscles each (units are per muscle and side)"));
        }
    }
}
