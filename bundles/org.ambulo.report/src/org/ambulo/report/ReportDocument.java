package org.ambulo.report;

import java.util.List;
import java.util.Objects;

/**
 * The complete, self-contained content of one clinical gait report. Plain numbers, texts and curves with units and
 * sides; the renderer and the CSV export read only this (no analysis types), so a separate step maps pipeline
 * results into it.
 *
 * @param kineticsNote
 *            why kinetics are missing or incomplete (e.g. no valid force plate strike, with the plate assessment),
 *            printed at the top of the kinetics section; empty when there is nothing to say
 * @param emgNote
 *            why EMG is missing or incomplete (e.g. no channel mapped to a muscle), and where the normal activation
 *            bars come from, printed at the top of the EMG section; empty when there is nothing to say
 */
public record ReportDocument(String title, PatientInfo patient, SessionInfo session, Referral referral,
        ClinicalHistory history, Laboratory laboratory, Methods methods, List<SpatiotemporalRow> spatiotemporal,
        List<FootOff> footOffs, List<CurvePanel> kinematics, List<CurvePanel> kinetics, List<EmgChannel> emg,
        GaitScores scores, List<QualityNote> qualityNotes, Interpretation interpretation, List<CodingLine> coding,
        Signature signature, String plainLanguageSummary, String kineticsNote, String emgNote) {
    public ReportDocument {
        Objects.requireNonNull(kineticsNote, "kineticsNote");
        Objects.requireNonNull(emgNote, "emgNote");
        Texts.require(title, "title");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(laboratory, "laboratory");
        Objects.requireNonNull(methods, "methods");
        spatiotemporal = Texts.copy(spatiotemporal, "spatiotemporal");
        footOffs = Texts.copy(footOffs, "footOffs");
        kinematics = Texts.copy(kinematics, "kinematics");
        kinetics = Texts.copy(kinetics, "kinetics");
        emg = Texts.copy(emg, "emg");
        Objects.requireNonNull(scores, "scores");
        qualityNotes = Texts.copy(qualityNotes, "qualityNotes");
        Objects.requireNonNull(interpretation, "interpretation");
        coding = Texts.copy(coding, "coding");
        Objects.requireNonNull(signature, "signature");
        Texts.require(plainLanguageSummary, "plainLanguageSummary");
    }

    /** A document without section notes. */
    public ReportDocument(String title, PatientInfo patient, SessionInfo session, Referral referral, ClinicalHistory history,
            Laboratory laboratory, Methods methods, List<SpatiotemporalRow> spatiotemporal, List<FootOff> footOffs,
            List<CurvePanel> kinematics, List<CurvePanel> kinetics, List<EmgChannel> emg, GaitScores scores,
            List<QualityNote> qualityNotes, Interpretation interpretation, List<CodingLine> coding, Signature signature,
            String plainLanguageSummary) {
        this(title, patient, session, referral, history, laboratory, methods, spatiotemporal, footOffs, kinematics, kinetics, emg,
                scores, qualityNotes, interpretation, coding, signature, plainLanguageSummary, "", "");
    }
}
