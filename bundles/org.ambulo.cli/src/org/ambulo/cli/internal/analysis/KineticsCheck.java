package org.ambulo.cli.internal.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ambulo.forceplate.ForcePlateKeys;
import org.ambulo.forceplate.PlateContact;
import org.ambulo.forceplate.PlateContacts;
import org.ambulo.model.Side;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.report.QualityNote;

/**
 * Which sides of which trials have kinetics: a side needs at least one valid force plate strike of that foot (the
 * plate contacts step's assessment). Without one, that side's moments and powers are left out, and the report says
 * why with the plate assessment, in the kinetics section and as a data-quality note.
 */
final class KineticsCheck {

    private KineticsCheck() {
    }

    static Set<Side> validSides(TrialContext context) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        context.get(ForcePlateKeys.CONTACTS).ifPresent(c -> c.valid().forEach(p -> p.side().ifPresent(sides::add)));
        return sides;
    }

    /** Adds a note and a warning per trial lacking valid strikes; returns the text for the kinetics section. */
    static String describe(List<AnalysedTrial> trials, List<QualityNote> notes, List<String> warnings) {
        List<String> section = new ArrayList<>();
        for (AnalysedTrial trial : trials) {
            EnumSet<Side> missing = EnumSet.allOf(Side.class);
            missing.removeAll(trial.kineticSides());
            if (missing.isEmpty()) {
                continue;
            }
            String sides = missing.size() == 2 ? "both sides" : missing.iterator().next().name().toLowerCase() + " side";
            String why = "Kinetics skipped for " + sides + " of " + trial.name() + ": no valid force plate strike"
                    + (missing.size() == 2 ? "" : " of that foot") + "; " + assessment(trial.context().get(ForcePlateKeys.CONTACTS));
            notes.add(new QualityNote(QualityNote.Kind.OTHER, trial.name(), why));
            warnings.add(why);
            section.add(why);
        }
        return String.join(" ", section);
    }

    /** "plate 1: foot on two plates; plate 2: no contact" or why there is nothing to assess. */
    static String assessment(Optional<PlateContacts> contacts) {
        if (contacts.isEmpty()) {
            return "the force plate steps did not run (no force plates in the file)";
        }
        if (contacts.get().contacts().isEmpty()) {
            return contacts.get().unloadedPlates().isEmpty()
                    ? "the file has no force plates"
                    : "no foot loaded any plate (plates " + contacts.get().unloadedPlates() + " unloaded)";
        }
        List<String> parts = new ArrayList<>();
        for (PlateContact c : contacts.get().contacts()) {
            parts.add("plate " + c.plateNumber() + c.side().map(s -> " (" + s.name().toLowerCase() + ")").orElse("") + ": "
                    + c.assessment());
        }
        return String.join("; ", parts);
    }
}
