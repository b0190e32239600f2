package org.ambulo.report.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ambulo.model.Side;
import org.ambulo.report.ActivationWindow;
import org.ambulo.report.CurvePanel;
import org.ambulo.report.CycleCurve;
import org.ambulo.report.EmgChannel;
import org.ambulo.report.FootOff;
import org.ambulo.report.GaitScores;
import org.ambulo.report.GvsEntry;
import org.ambulo.report.NormBand;
import org.ambulo.report.ReportDocument;
import org.ambulo.report.ReportSection;
import org.ambulo.report.SideScore;

/** The plot sections: kinematics grid, kinetics, EMG envelopes and the GPS/MAP chart with GDI. */
final class CurveSections {
    private static final float CYCLE_WIDTH = 0.45f;
    private static final float MEAN_WIDTH = 1.4f;
    private static final float LEFT_GUTTER = 24;
    private final ReportDocument r;
    private final PageFlow flow;

    CurveSections(ReportDocument report, PageFlow flow) {
        this.r = report;
        this.flow = flow;
    }

    void all() throws IOException {
        grid(ReportSection.KINEMATICS.heading(), r.kinematics(), 3, 5, "");
        grid(ReportSection.KINETICS.heading(), r.kinetics(), 3, 4, r.kineticsNote());
        emg();
        scores();
    }

    private void grid(String heading, List<CurvePanel> panels, int columns, int rowsPerPage, String note) throws IOException {
        flow.newPage();
        flow.heading(heading);
        if (!note.isBlank()) {
            flow.paragraph(note);
        }
        if (panels.isEmpty()) {
            flow.paragraph("No data recorded for this section.");
            return;
        }
        legend(true);
        float cellW = (PageFlow.RIGHT - PageFlow.LEFT) / columns;
        float cellH = (flow.y() - PageFlow.BOTTOM) / rowsPerPage;
        float top = flow.y();
        for (int i = 0; i < panels.size(); i++) {
            int onPage = i % (columns * rowsPerPage);
            if (i > 0 && onPage == 0) {
                flow.newPage();
                flow.heading(heading + " (continued)");
                legend(true);
                top = flow.y();
            }
            float x = PageFlow.LEFT + (onPage % columns) * cellW + LEFT_GUTTER;
            float y = top - (onPage / columns + 1) * cellH + 20;
            panel(panels.get(i), x, y, cellW - LEFT_GUTTER - 6, cellH - 32);
        }
        flow.down(flow.y() - PageFlow.BOTTOM);
    }

    private void panel(CurvePanel p, float x, float y, float w, float h) throws IOException {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (CycleCurve c : p.cycles()) {
            double[] v = c.values();
            lo = Math.min(lo, min(v));
            hi = Math.max(hi, max(v));
        }
        if (p.norm().isPresent()) {
            lo = Math.min(lo, min(p.norm().get().lower()));
            hi = Math.max(hi, max(p.norm().get().upper()));
        }
        Plot plot = new Plot(flow, x, y, w, h, 0, 100, lo, hi);
        if (p.norm().isPresent()) {
            NormBand band = p.norm().get();
            plot.band(band.lower(), band.upper());
        }
        String title = p.plane().label().isEmpty() ? p.variable() : p.variable() + " (" + p.plane().label() + ")";
        plot.frame(title, p.unit(), "% gait cycle", 20, true);
        for (CycleCurve c : p.cycles()) {
            plot.curve(c.values(), Style.side(c.side(), CYCLE_WIDTH));
        }
        for (Side s : Side.values()) {
            Optional<double[]> mean = p.mean(s);
            if (mean.isPresent()) {
                plot.curve(mean.get(), Style.side(s, MEAN_WIDTH));
            }
        }
        footOffs(plot);
    }

    private void footOffs(Plot plot) throws IOException {
        for (FootOff f : r.footOffs()) {
            plot.verticalLine(f.footOffPct(), Style.side(f.side(), 0.7f));
        }
    }

    /** One line of legend under the heading: sides, cycles vs mean, norm band, foot off. */
    private void legend(boolean withNorm) throws IOException {
        float y = flow.y() - 8;
        float x = PageFlow.LEFT;
        for (Side s : Side.values()) {
            x = sample(x, y, Style.side(s, MEAN_WIDTH), Style.describe(s));
        }
        x = sample(x, y, Style.grey(0.25f, CYCLE_WIDTH), "thin: each cycle");
        x = sample(x, y, Style.grey(0.25f, MEAN_WIDTH), "thick: mean");
        if (withNorm) {
            flow.cs().setNonStrokingColor(Style.GREY_BAND);
            flow.cs().addRect(x, y - 1, 16, 6);
            flow.cs().fill();
            flow.cs().setNonStrokingColor(0f);
            flow.text(x + 20, y, flow.fonts.regular, 7, "grey band: norm mean ± 1 SD");
            flow.down(11);
            flow.text(PageFlow.LEFT, flow.y() - 8, flow.fonts.regular, 7, "Norm: " + r.methods().norm().dataset()
                    + ", age band " + r.methods().norm().ageBand() + ", speed bin " + r.methods().norm().speedBin()
                    + ". Vertical lines: mean foot off per side (in the side's line style).");
        }
        flow.down(18);
    }

    private float sample(float x, float y, Style style, String label) throws IOException {
        style.apply(flow.cs());
        flow.cs().moveTo(x, y + 2.5f);
        flow.cs().lineTo(x + 18, y + 2.5f);
        flow.cs().stroke();
        flow.cs().setNonStrokingColor(0f);
        flow.text(x + 21, y, flow.fonts.regular, 7, label);
        return x + 26 + FontSet.width(flow.fonts.regular, label, 7) + 8;
    }

    private void emg() throws IOException {
        flow.newPage();
        flow.heading(ReportSection.EMG.heading());
        if (!r.emgNote().isBlank()) {
            flow.paragraph(r.emgNote());
        }
        if (r.emg().isEmpty()) {
            if (r.emgNote().isBlank()) {
                flow.paragraph("No EMG recorded.");
            }
            return;
        }
        legend(false);
        flow.paragraph("Dark bars at the bottom of each plot: phases in which the muscle is normally active.",
                flow.fonts.regular, 7, PageFlow.LEFT, PageFlow.RIGHT);
        List<String> muscles = r.emg().stream().map(EmgChannel::muscle).distinct().toList();
        int rowsPerPage = 6;
        float cellW = (PageFlow.RIGHT - PageFlow.LEFT) / 2;
        float cellH = (flow.y() - PageFlow.BOTTOM) / rowsPerPage;
        float top = flow.y();
        for (int m = 0; m < muscles.size(); m++) {
            int row = m % rowsPerPage;
            if (m > 0 && row == 0) {
                flow.newPage();
                flow.heading(ReportSection.EMG.heading() + " (continued)");
                legend(false);
                top = flow.y();
            }
            for (Side s : Side.values()) {
                Optional<EmgChannel> channel = channel(muscles.get(m), s);
                if (channel.isPresent()) {
                    float x = PageFlow.LEFT + s.ordinal() * cellW + LEFT_GUTTER;
                    float y = top - (row + 1) * cellH + 20;
                    emgPanel(channel.get(), x, y, cellW - LEFT_GUTTER - 8, cellH - 32);
                }
            }
        }
        flow.down(flow.y() - PageFlow.BOTTOM);
    }

    private Optional<EmgChannel> channel(String muscle, Side side) {
        return r.emg().stream().filter(c -> c.muscle().equals(muscle) && c.side() == side).findFirst();
    }

    private void emgPanel(EmgChannel c, float x, float y, float w, float h) throws IOException {
        double hi = 0;
        for (CycleCurve cycle : c.cycles()) {
            hi = Math.max(hi, max(cycle.values()));
        }
        Plot plot = new Plot(flow, x, y, w, h, 0, 100, 0, hi);
        plot.frame((c.side() == Side.LEFT ? "Left " : "Right ") + c.muscle(), c.unit(), "% gait cycle", 20, true);
        for (ActivationWindow a : c.normalActivation()) {
            plot.strip(a.startPct(), a.endPct(), 3.5f, 0.35f);
        }
        for (CycleCurve cycle : c.cycles()) {
            plot.curve(cycle.values(), Style.side(c.side(), CYCLE_WIDTH));
        }
        if (c.mean().isPresent()) {
            plot.curve(c.mean().get(), Style.side(c.side(), MEAN_WIDTH));
        }
        for (FootOff f : r.footOffs()) {
            if (f.side() == c.side()) {
                plot.verticalLine(f.footOffPct(), Style.side(f.side(), 0.7f));
            }
        }
    }

    private void scores() throws IOException {
        GaitScores g = r.scores();
        flow.newPage();
        flow.heading(ReportSection.SCORES.heading());
        List<String> categories = new ArrayList<>(g.variables());
        categories.add("GPS");
        double hi = 0;
        for (GvsEntry e : g.gvs()) {
            hi = Math.max(hi, e.gvsDeg());
        }
        for (SideScore s : g.sideScores()) {
            hi = Math.max(hi, s.gpsDeg());
        }
        float x = PageFlow.LEFT + LEFT_GUTTER;
        float w = PageFlow.RIGHT - x;
        float h = 190;
        float y = flow.y() - 14 - h;
        Plot plot = new Plot(flow, x, y, w, h, 0, categories.size(), 0, hi * 1.12);
        plot.frame("Movement Analysis Profile: GVS per variable and GPS", "deg", "", 1, false);
        for (int i = 0; i < categories.size(); i++) {
            for (Side s : Side.values()) {
                double value = i < categories.size() - 1
                        ? g.gvs(categories.get(i), s).map(GvsEntry::gvsDeg).orElse(Double.NaN)
                        : g.score(s).map(SideScore::gpsDeg).orElse(Double.NaN);
                if (!Double.isFinite(value)) {
                    continue;
                }
                double x0 = i + (s == Side.LEFT ? 0.12 : 0.5);
                plot.bar(x0, x0 + 0.38, value, Style.barFill(s), Style.grey(0.15f, 0.5f));
                String label = Fmt.fixed(value, 1);
                float cx = plot.px(x0 + 0.19) - FontSet.width(flow.fonts.regular, label, 5.5f) / 2;
                flow.text(cx, plot.py(value) + 2, flow.fonts.regular, 5.5f, label);
            }
            float cellW = plot.px(1) - plot.px(0);
            List<String> lines = PageFlow.wrap(categories.get(i), flow.fonts.regular, 6, cellW - 2);
            for (int l = 0; l < lines.size(); l++) {
                flow.text(plot.px(i) + 1, y - 8 - l * 7, flow.fonts.regular, 6, lines.get(l));
            }
        }
        flow.down(flow.y() - y + 30);
        flow.paragraph("Bars: left red (dark), right light green; numbers are GVS/GPS in degrees. " + g.method(),
                flow.fonts.regular, 7.5f, PageFlow.LEFT, PageFlow.RIGHT);
        List<String[]> rows = new ArrayList<>();
        for (Side s : Side.values()) {
            Optional<SideScore> score = g.score(s);
            rows.add(new String[]{s == Side.LEFT ? "Left" : "Right",
                    score.map(v -> Fmt.fixed(v.gpsDeg(), 1)).orElse(Fmt.NO_VALUE),
                    score.map(v -> Fmt.fixed(v.gdi(), 1)).orElse(Fmt.NO_VALUE)});
        }
        rows.add(new String[]{"Overall", Fmt.fixed(g.overallGpsDeg(), 1), Fmt.NO_VALUE});
        flow.table(new float[]{100, 90, 90}, new boolean[]{false, true, true},
                new String[]{"Side", "GPS (deg)", "GDI"}, rows, null);
        flow.paragraph("GDI: 100 = typical gait; each 10 points below 100 is one standard deviation away from typical.",
                flow.fonts.regular, 7.5f, PageFlow.LEFT, PageFlow.RIGHT);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                m = Math.min(m, d);
            }
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            if (Double.isFinite(d)) {
                m = Math.max(m, d);
            }
        }
        return m;
    }
}
