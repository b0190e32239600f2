package org.ambulo.report.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ambulo.model.Side;
import org.ambulo.report.CodingLine;
import org.ambulo.report.Methods;
import org.ambulo.report.PatientInfo;
import org.ambulo.report.QualityNote;
import org.ambulo.report.ReportDocument;
import org.ambulo.report.ReportSection;
import org.ambulo.report.Signature;
import org.ambulo.report.SpatiotemporalRow;

/** The text and table sections: front matter (1-5) and back matter (10-14). */
final class TextSections {
    /** |z| from which a spatiotemporal value is printed bold (outside about 95 % of the norm). */
    static final double Z_EMPHASIS = 2.0;
    private final ReportDocument r;
    private final PageFlow flow;

    TextSections(ReportDocument report, PageFlow flow) {
        this.r = report;
        this.flow = flow;
    }

    void front() throws IOException {
        flow.newPage();
        flow.title(r.title(), r.laboratory().name() + "  |  CPT 96000 comprehensive computer-based motion analysis");
        patient();
        history();
        laboratory();
        methods();
        spatiotemporal();
    }

    void back() throws IOException {
        quality();
        interpretation();
        coding();
        signature();
        summary();
    }

    private void patient() throws IOException {
        PatientInfo p = r.patient();
        flow.heading(ReportSection.PATIENT_AND_REFERRAL.heading());
        flow.labelValue("Patient ID", p.patientId());
        flow.labelValue("Name", p.name());
        flow.labelValue("Date of birth", p.birthDate().toString());
        flow.labelValue("Age at session", Fmt.fixed(p.ageYears(), 1) + " years");
        flow.labelValue("Sex", p.sex());
        flow.labelValue("Height / mass", Fmt.fixed(p.heightCm(), 1) + " cm / " + Fmt.fixed(p.massKg(), 1) + " kg");
        flow.labelValue("Session", r.session().sessionId() + " on " + r.session().sessionDate());
        flow.labelValue("Referring physician", r.referral().referringPhysician());
        flow.labelValue("Reason for referral", r.referral().reasonForReferral());
        flow.labelValue("Diagnoses (ICD-10)", String.join(", ", r.referral().icd10Codes()));
    }

    private void history() throws IOException {
        flow.heading(ReportSection.HISTORY.heading());
        flow.labelValue("History", r.history().history());
        flow.labelValue("Medical necessity", r.history().medicalNecessity());
        flow.labelValue("Imaging", r.history().imaging());
    }

    private void laboratory() throws IOException {
        flow.heading(ReportSection.LABORATORY.heading());
        flow.labelValue("Laboratory", r.laboratory().name());
        flow.labelValue("Address", r.laboratory().address());
        flow.labelValue("Personnel", String.join("; ", r.laboratory().personnel()));
        flow.subheading("Equipment");
        flow.bullets(r.laboratory().equipment());
    }

    private void methods() throws IOException {
        Methods m = r.methods();
        flow.heading(ReportSection.METHODS.heading());
        flow.labelValue("Tasks", String.join("; ", m.tasks()));
        flow.labelValue("Marker set", m.markerSet());
        flow.labelValue("Model", m.model());
        flow.labelValue("Filters", m.filters());
        flow.labelValue("Event method", m.eventMethod());
        flow.labelValue("Norm dataset", m.norm().dataset());
        flow.labelValue("Norm age band", m.norm().ageBand());
        flow.labelValue("Norm speed bin", m.norm().speedBin());
        flow.labelValue("Why this norm", m.norm().selectionReason());
    }

    private void spatiotemporal() throws IOException {
        flow.heading(ReportSection.SPATIOTEMPORAL.heading());
        if (r.spatiotemporal().isEmpty()) {
            flow.paragraph("No spatiotemporal parameters recorded.");
            return;
        }
        String[] header = {"Parameter", "Unit", "Left", "Right", "Norm mean", "Norm SD", "z left", "z right"};
        float[] widths = {150, 50, 50, 50, 60, 55, 48, 48};
        boolean[] numeric = {false, false, true, true, true, true, true, true};
        List<String[]> rows = new ArrayList<>();
        boolean[][] bold = new boolean[r.spatiotemporal().size()][];
        for (int i = 0; i < r.spatiotemporal().size(); i++) {
            SpatiotemporalRow row = r.spatiotemporal().get(i);
            int d = row.decimals();
            rows.add(new String[]{row.parameter(), row.unit(), Fmt.fixed(row.leftValue(), d),
                    Fmt.fixed(row.rightValue(), d), Fmt.fixed(row.norm().mean(), d), Fmt.fixed(row.norm().sd(), d),
                    Fmt.fixed(row.zScore(Side.LEFT), 1), Fmt.fixed(row.zScore(Side.RIGHT), 1)});
            bold[i] = new boolean[header.length];
            bold[i][6] = Math.abs(row.zScore(Side.LEFT).orElse(0)) >= Z_EMPHASIS;
            bold[i][7] = Math.abs(row.zScore(Side.RIGHT).orElse(0)) >= Z_EMPHASIS;
        }
        flow.table(widths, numeric, header, rows, bold);
        flow.paragraph("z = (value - norm mean) / norm SD against " + r.methods().norm().dataset() + ", "
                + r.methods().norm().ageBand() + ", " + r.methods().norm().speedBin() + ". Bold: |z| >= 2.",
                flow.fonts.regular, 7.5f, PageFlow.LEFT, PageFlow.RIGHT);
    }

    private void quality() throws IOException {
        flow.heading(ReportSection.DATA_QUALITY.heading());
        if (r.qualityNotes().isEmpty()) {
            flow.paragraph("No data-quality remarks: no gaps filled, no events flagged, no file quirks.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (QualityNote n : r.qualityNotes()) {
            rows.add(new String[]{n.kind().label(), n.trial(), n.text()});
        }
        flow.table(new float[]{80, 110, 321}, new boolean[]{false, false, false},
                new String[]{"Kind", "Trial", "Note"}, rows, null);
    }

    private void interpretation() throws IOException {
        flow.heading(ReportSection.INTERPRETATION.heading());
        flow.paragraph(r.interpretation().narrative());
        if (!r.interpretation().findings().isEmpty()) {
            flow.subheading("Findings");
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < r.interpretation().findings().size(); i++) {
                numbered.add((i + 1) + ". " + r.interpretation().findings().get(i));
            }
            flow.bullets(numbered);
        }
        flow.labelValue("Impression", r.interpretation().impression());
        flow.labelValue("Recommendations", r.interpretation().recommendations());
    }

    private void coding() throws IOException {
        flow.heading(ReportSection.CODING.heading());
        if (r.coding().isEmpty()) {
            flow.paragraph("No services coded.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CodingLine c : r.coding()) {
            rows.add(new String[]{c.cptCode(), String.join(", ", c.modifiers()), Integer.toString(c.units()),
                    c.description()});
        }
        flow.table(new float[]{55, 60, 40, 356}, new boolean[]{false, false, true, false},
                new String[]{"CPT", "Modifiers", "Units", "Documentation"}, rows, null);
        flow.paragraph("ICD-10 linkage: " + String.join(", ", r.referral().icd10Codes()), flow.fonts.regular, 8,
                PageFlow.LEFT, PageFlow.RIGHT);
    }

    private void signature() throws IOException {
        Signature s = r.signature();
        flow.heading(ReportSection.SIGNATURE.heading());
        flow.ensure(80);
        flow.paragraph(s.attestation());
        flow.down(22);
        flow.cs().setStrokingColor(0f);
        flow.cs().setLineWidth(0.6f);
        flow.cs().setLineDashPattern(Style.SOLID, 0);
        flow.cs().moveTo(PageFlow.LEFT, flow.y());
        flow.cs().lineTo(PageFlow.LEFT + 240, flow.y());
        flow.cs().stroke();
        flow.down(2);
        flow.labelValue("Physician", s.physicianName() + (s.credentials().isBlank() ? "" : ", " + s.credentials()));
        flow.labelValue("Signed", s.signedAt().map(Fmt::instant).orElse("not signed - draft report"));
    }

    private void summary() throws IOException {
        flow.heading(ReportSection.SUMMARY.heading());
        flow.paragraph(r.plainLanguageSummary(), flow.fonts.regular, 11, PageFlow.LEFT, PageFlow.RIGHT);
    }
}
