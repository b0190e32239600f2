package org.ambulo.emg;

import java.util.Objects;

import org.ambulo.model.Side;

/** What {@link MuscleLabels#read} made of an analog label. */
public sealed interface LabelReading {

    /**
     * Muscle and side were both named, unambiguously.
     *
     * @param basis
     *            the words read, e.g. "'RF' = rectus femoris, 'L' = left"
     */
    record Read(Muscle muscle, Side side, String basis) implements LabelReading {
        public Read {
            Objects.requireNonNull(muscle, "muscle");
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * Not assignable.
     *
     * @param namesAMuscle
     *            the label names a muscle or a muscle group (possibly ambiguous) but lacks a clear side or muscle
     * @param reason
     *            why, in words
     */
    record Unread(boolean namesAMuscle, String reason) implements LabelReading {
        public Unread {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
