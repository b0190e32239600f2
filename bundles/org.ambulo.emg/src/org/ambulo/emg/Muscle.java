package org.ambulo.emg;

import java.util.Locale;

/**
 * Lower-limb muscles recorded in clinical gait EMG. A muscle is anatomical only; its side is always given beside it
 * ({@link EmgChannel#side()}). Groups (hamstrings, adductors) exist because labs record them under a group label.
 */
public enum Muscle {
    RECTUS_FEMORIS("rectus femoris"),
    VASTUS_LATERALIS("vastus lateralis"),
    VASTUS_MEDIALIS("vastus medialis"),
    SEMITENDINOSUS("semitendinosus"),
    SEMIMEMBRANOSUS("semimembranosus"),
    MEDIAL_HAMSTRINGS("medial hamstrings"),
    HAMSTRINGS("hamstrings (head not stated)"),
    BICEPS_FEMORIS("biceps femoris"),
    TIBIALIS_ANTERIOR("tibialis anterior"),
    TIBIALIS_POSTERIOR("tibialis posterior"),
    GASTROCNEMIUS_MEDIALIS("gastrocnemius medialis"),
    GASTROCNEMIUS_LATERALIS("gastrocnemius lateralis"),
    GASTROCNEMIUS("gastrocnemius (head not stated)"),
    SOLEUS("soleus"),
    PERONEUS_LONGUS("peroneus longus"),
    PERONEUS_BREVIS("peroneus brevis"),
    EXTENSOR_DIGITORUM_LONGUS("extensor digitorum longus"),
    GLUTEUS_MEDIUS("gluteus medius"),
    GLUTEUS_MAXIMUS("gluteus maximus"),
    ADDUCTORS("adductors"),
    ADDUCTOR_LONGUS("adductor longus"),
    ADDUCTOR_MAGNUS("adductor magnus"),
    GRACILIS("gracilis"),
    SARTORIUS("sartorius"),
    TENSOR_FASCIAE_LATAE("tensor fasciae latae"),
    ILIOPSOAS("iliopsoas");

    private final String displayName;

    Muscle(String displayName) {
        this.displayName = displayName;
    }

    /** Plain English name for reports, e.g. "rectus femoris". */
    public String displayName() {
        return displayName;
    }

    /** Stable lower-case id for CSV and settings, e.g. {@code rectus_femoris}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
