package org.ambulo.coding;

import java.util.Optional;
import java.util.function.Predicate;

/** The facts about a session that rule files can name (in {@code requiresAll}); each knows how to read itself. */
public enum SessionFact {
    HAS_VIDEO("hasVideo", "video recording", SessionContents::hasVideo),
    HAS_3D_KINEMATICS("has3dKinematics", "3D kinematics", SessionContents::has3dKinematics),
    HAS_KINETICS("hasKinetics", "3D kinetics", SessionContents::hasKinetics),
    HAS_PLANTAR_PRESSURE("hasPlantarPressure", "dynamic plantar pressure", SessionContents::hasPlantarPressure),
    SURFACE_EMG("surfaceEmg", "dynamic surface EMG (at least one muscle)", s -> !s.surfaceEmgMuscles().isEmpty()),
    FINE_WIRE_EMG("fineWireEmg", "dynamic fine-wire EMG (at least one muscle)", s -> !s.fineWireEmgMuscles().isEmpty()),
    PHYSICIAN_INTERPRETATION_WRITTEN("physicianInterpretationWritten", "physician's written interpretation",
            SessionContents::physicianInterpretationWritten),
    REPORT_SIGNED("reportSigned", "physician's signature on the report", SessionContents::reportSigned),
    MEDICAL_NECESSITY_DOCUMENTED("medicalNecessityDocumented", "documented medical necessity",
            SessionContents::medicalNecessityDocumented),
    NORM_COMPARISON_PRESENT("normComparisonPresent", "comparison with age-specific norms",
            SessionContents::normComparisonPresent),
    LAB_EQUIPMENT_DESCRIBED("labEquipmentDescribed", "description of the laboratory's capabilities and equipment",
            SessionContents::labEquipmentDescribed);

    private final String ruleName;
    private final String label;
    private final Predicate<SessionContents> test;

    SessionFact(String ruleName, String label, Predicate<SessionContents> test) {
        this.ruleName = ruleName;
        this.label = label;
        this.test = test;
    }

    /** Name used in rule files. */
    public String ruleName() {
        return ruleName;
    }

    /** Human-readable name used in reasons and messages. */
    public String label() {
        return label;
    }

    public boolean holds(SessionContents session) {
        return test.test(session);
    }

    /** Extra evidence worth naming when the fact holds (the norm dataset id). */
    public Optional<String> evidence(SessionContents session) {
        return this == NORM_COMPARISON_PRESENT ? session.normDatasetId().map(id -> "norm dataset " + id) : Optional.empty();
    }

    public static Optional<SessionFact> fromRuleName(String name) {
        for (SessionFact f : values()) {
            if (f.ruleName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
