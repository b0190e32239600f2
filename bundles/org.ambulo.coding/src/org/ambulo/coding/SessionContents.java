package org.ambulo.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a session actually contains, as far as coding and report finalisation need to know. Built by whoever assembles
 * the session (capture, processing, documentation); this bundle never looks at the data itself.
 *
 * @param normDatasetId id of the age-specific norm dataset the results were compared with; empty when no comparison
 * @param otherCodesSameDate other procedure codes billed for the patient on the same date (e.g. {@code 95860})
 */
public record SessionContents(
        boolean has3dKinematics,
        boolean hasVideo,
        boolean hasKinetics,
        boolean hasPlantarPressure,
        List<EmgMuscle> surfaceEmgMuscles,
        List<EmgMuscle> fineWireEmgMuscles,
        boolean physicianInterpretationWritten,
        boolean reportSigned,
        boolean medicalNecessityDocumented,
        Optional<String> normDatasetId,
        boolean labEquipmentDescribed,
        SessionStatus sessionStatus,
        List<String> otherCodesSameDate) {

    public SessionContents {
        surfaceEmgMuscles = List.copyOf(Objects.requireNonNull(surfaceEmgMuscles, "surfaceEmgMuscles"));
        fineWireEmgMuscles = List.copyOf(Objects.requireNonNull(fineWireEmgMuscles, "fineWireEmgMuscles"));
        normDatasetId = Objects.requireNonNull(normDatasetId, "normDatasetId (use Optional.empty())")
                .map(String::trim).filter(s -> !s.isEmpty());
        Objects.requireNonNull(sessionStatus, "sessionStatus");
        otherCodesSameDate = Objects.requireNonNull(otherCodesSameDate, "otherCodesSameDate").stream()
                .map(c -> Objects.requireNonNull(c, "other code").trim()).toList();
    }

    public boolean normComparisonPresent() {
        return normDatasetId.isPresent();
    }

    /** An empty session (nothing recorded, nothing documented, status complete); set what the session has. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.has3dKinematics = has3dKinematics;
        b.hasVideo = hasVideo;
        b.hasKinetics = hasKinetics;
        b.hasPlantarPressure = hasPlantarPressure;
        b.surfaceEmgMuscles = new ArrayList<>(surfaceEmgMuscles);
        b.fineWireEmgMuscles = new ArrayList<>(fineWireEmgMuscles);
        b.physicianInterpretationWritten = physicianInterpretationWritten;
        b.reportSigned = reportSigned;
        b.medicalNecessityDocumented = medicalNecessityDocumented;
        b.normDatasetId = normDatasetId;
        b.labEquipmentDescribed = labEquipmentDescribed;
        b.sessionStatus = sessionStatus;
        b.otherCodesSameDate = new ArrayList<>(otherCodesSameDate);
        return b;
    }

    public static final class Builder {
        private boolean has3dKinematics;
        private boolean hasVideo;
        private boolean hasKinetics;
        private boolean hasPlantarPressure;
        private List<EmgMuscle> surfaceEmgMuscles = new ArrayList<>();
        private List<EmgMuscle> fineWireEmgMuscles = new ArrayList<>();
        private boolean physicianInterpretationWritten;
        private boolean reportSigned;
        private boolean medicalNecessityDocumented;
        private Optional<String> normDatasetId = Optional.empty();
        private boolean labEquipmentDescribed;
        private SessionStatus sessionStatus = SessionStatus.complete();
        private List<String> otherCodesSameDate = new ArrayList<>();

        private Builder() {
        }

        public Builder has3dKinematics(boolean value) {
            has3dKinematics = value;
            return this;
        }

        public Builder hasVideo(boolean value) {
            hasVideo = value;
            return this;
        }

        public Builder hasKinetics(boolean value) {
            hasKinetics = value;
            return this;
        }

        public Builder hasPlantarPressure(boolean value) {
            hasPlantarPressure = value;
            return this;
        }

        public Builder surfaceEmgMuscles(List<EmgMuscle> muscles) {
            surfaceEmgMuscles = new ArrayList<>(muscles);
            return this;
        }

        public Builder fineWireEmgMuscles(List<EmgMuscle> muscles) {
            fineWireEmgMuscles = new ArrayList<>(muscles);
            return this;
        }

        public Builder physicianInterpretationWritten(boolean value) {
            physicianInterpretationWritten = value;
            return this;
        }

        public Builder reportSigned(boolean value) {
            reportSigned = value;
            return this;
        }

        public Builder medicalNecessityDocumented(boolean value) {
            medicalNecessityDocumented = value;
            return this;
        }

        /** The age-specific norm dataset the results were compared with. */
        public Builder normDatasetId(String datasetId) {
            normDatasetId = Optional.ofNullable(datasetId);
            return this;
        }

        public Builder noNormComparison() {
            normDatasetId = Optional.empty();
            return this;
        }

        public Builder labEquipmentDescribed(boolean value) {
            labEquipmentDescribed = value;
            return this;
        }

        public Builder sessionStatus(SessionStatus status) {
            sessionStatus = status;
            return this;
        }

        public Builder otherCodesSameDate(List<String> codes) {
            otherCodesSameDate = new ArrayList<>(codes);
            return this;
        }

        public SessionContents build() {
            return new SessionContents(has3dKinematics, hasVideo, hasKinetics, hasPlantarPressure, surfaceEmgMuscles,
                    fineWireEmgMuscles, physicianInterpretationWritten, reportSigned, medicalNecessityDocumented,
                    normDatasetId, labEquipmentDescribed, sessionStatus, otherCodesSameDate);
        }
    }
}
