package org.ambulo.coding;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When a code is proposed: all {@code requiresAll} facts hold. Units per {@code units}; {@code muscles} names the
 * muscle list the code is about (listed in the reason, counted for {@link UnitBasis#PER_MUSCLE}, checked against
 * {@code maxMuscles}); {@code replaces} lists codes this one is reported instead of.
 *
 * @param interpretation how the rule file's authors read the code's descriptor (documentation, shown nowhere else)
 */
public record CodeRule(String code, String description, List<SessionFact> requiresAll, UnitBasis units,
        Optional<EmgKind> muscles, OptionalInt maxMuscles, List<String> replaces, String interpretation) {

    public CodeRule {
        requiresAll = List.copyOf(requiresAll);
        replaces = List.copyOf(replaces);
    }
}
