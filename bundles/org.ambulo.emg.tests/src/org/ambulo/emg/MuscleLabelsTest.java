package org.ambulo.emg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ambulo.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label reading: the label styles of the shared files and of the issue, and the labels that must not be guessed. */
class MuscleLabelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // OpenMA PiG motions
            "L_RF | RECTUS_FEMORIS | LEFT", "R_ST | SEMITENDINOSUS | RIGHT", "R_GL | GASTROCNEMIUS_LATERALIS | RIGHT",
            "L_PE | PERONEUS_LONGUS | LEFT", "R_GME | GLUTEUS_MEDIUS | RIGHT",
            // glued side prefix (Vicon/MAC style)
            "RTA | TIBIALIS_ANTERIOR | RIGHT", "LREC | RECTUS_FEMORIS | LEFT", "RTIB | TIBIALIS_ANTERIOR | RIGHT", "LSOL | SOLEUS | LEFT",
            "RJUM | GASTROCNEMIUS | RIGHT", "LHAM | HAMSTRINGS | LEFT",
            // words, any case, with channel numbers around
            "EMG1 RECTUS FEMORIS LEFT | RECTUS_FEMORIS | LEFT", "R.Rectus Femoris | RECTUS_FEMORIS | RIGHT",
            "Right Biceps Femoris Caput Longu | BICEPS_FEMORIS | RIGHT", "Left Gastrocnemius medialis | GASTROCNEMIUS_MEDIALIS | LEFT",
            "Left Semimembranosus | SEMIMEMBRANOSUS | LEFT", "R.ADDUCTORS | ADDUCTORS | RIGHT", "R.VMO | VASTUS_MEDIALIS | RIGHT",
            "R.RECTUS FEM. | RECTUS_FEMORIS | RIGHT", "Subject:L_TA | TIBIALIS_ANTERIOR | LEFT",
            // French: 'droit' is both 'right' and part of 'droit antérieur' (rectus femoris)
            "Droit Antérieur G | RECTUS_FEMORIS | LEFT", "Droit Antérieur D | RECTUS_FEMORIS | RIGHT",
            "Rectus Femoris Gauche | RECTUS_FEMORIS | LEFT", "Soleus Droit | SOLEUS | RIGHT",
            "Jambier antérieur gauche | TIBIALIS_ANTERIOR | LEFT",
            "Long adducteur D | ADDUCTOR_LONGUS | RIGHT"})
    void readsMuscleAndSide(String label, Muscle muscle, Side side) {
        LabelReading reading = MuscleLabels.read(label);
        LabelReading.Read read = assertInstanceOf(LabelReading.Read.class, reading, label + ": " + reading);
        assertEquals(muscle, read.muscle(), label);
        assertEquals(side, read.side(), label);
        assertTrue(!read.basis().isBlank(), "the basis says what was read");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // no muscle at all: Delsys/Qualisys numbering
            "Sensor 1.EMG1 | false | no muscle", "EMG 16 | false | no muscle", "Sensor 3.IM EMG3 | false | no muscle",
            // upper limb (Vicon.c3d): not a lower-limb muscle we know
            "Delt_ant.EMG1 | false | no muscle",
            // ambiguous abbreviations: never guessed
            "LVAS | true | which vastus", "RBIC | true | biceps", "Biceps.EMG4 | true | biceps", "RGLU | true | gluteus",
            "LCalf | true | gastrocnemius or soleus",
            // a muscle without a side
            "TA | true | no side", "Proximal vastus lateralis | true | no side",
            // two muscles or two sides
            "L_RF_TA | true | several muscles", "L RF R | true | both sides"})
    void doesNotGuess(String label, boolean namesAMuscle, String reasonPart) {
        LabelReading reading = MuscleLabels.read(label);
        LabelReading.Unread unread = assertInstanceOf(LabelReading.Unread.class, reading, label + ": " + reading);
        assertEquals(namesAMuscle, unread.namesAMuscle(), label);
        assertTrue(unread.reason().contains(reasonPart), label + ": " + unread.reason());
        assertTrue(unread.reason().contains("channel map"), "tells the lab what to do: " + unread.reason());
    }
}
