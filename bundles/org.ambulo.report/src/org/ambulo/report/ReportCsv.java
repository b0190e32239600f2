package org.ambulo.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/**
 * CSV exports written from the same {@link ReportDocument} as the PDF. UTF-8, comma separated, '.' decimal point,
 * numbers at full double precision (the PDF rounds, the CSV does not), empty cell = no value.
 */
public final class ReportCsv {
    /** Header of the curves CSV: one row per sample (long format), percent of gait cycle from 0 to 100. */
    public static final String CURVES_HEADER = "section,variable,plane,unit,side,series,cycle_pct,value";
    /** Header of the spatiotemporal CSV: one row per parameter, as in the PDF table. */
    public static final String SPATIOTEMPORAL_HEADER = "parameter,unit,left,right,norm_mean,norm_sd,z_left,z_right";

    private ReportCsv() {
    }

    /** Writes {@code <name>-curves.csv} and {@code <name>-spatiotemporal.csv} next to {@code pdf}. */
    public static ReportExports writeBeside(ReportDocument report, Path pdf) throws IOException {
        String name = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        Path dir = pdf.toAbsolutePath().getParent();
        ReportExports exports = new ReportExports(dir.resolve(name + "-curves.csv"),
                dir.resolve(name + "-spatiotemporal.csv"));
        writeCurves(report, exports.curvesCsv());
        writeSpatiotemporal(report, exports.spatiotemporalCsv());
        return exports;
    }

    /**
     * Every cycle-normalised curve: kinematics, kinetics and EMG; each cycle, the per-side mean and the norm band
     * (series {@code norm mean}, {@code norm lower}, {@code norm upper}; side empty because a norm is not lateral).
     */
    public static void writeCurves(ReportDocument report, Path csv) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(CURVES_HEADER);
            w.write('\n');
            writePanels(w, "kinematics", report.kinematics());
            writePanels(w, "kinetics", report.kinetics());
            for (EmgChannel c : report.emg()) {
                for (CycleCurve cycle : c.cycles()) {
                    writeCurve(w, "emg", c.muscle(), "", c.unit(), side(c.side()), cycle.cycleId(), cycle.values());
                }
                Optional<double[]> mean = c.mean();
                if (mean.isPresent()) {
                    writeCurve(w, "emg", c.muscle(), "", c.unit(), side(c.side()), "mean", mean.get());
                }
            }
        }
    }

    /** The spatiotemporal table with norms and z-scores, one row per parameter. */
    public static void writeSpatiotemporal(ReportDocument report, Path csv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(SPATIOTEMPORAL_HEADER);
            w.write('\n');
            for (SpatiotemporalRow r : report.spatiotemporal()) {
                w.write(String.join(",", field(r.parameter()), field(r.unit()), number(r.leftValue()),
                        number(r.rightValue()), number(r.norm().mean()), number(r.norm().sd()),
                        number(r.zScore(Side.LEFT)), number(r.zScore(Side.RIGHT))));
                w.write('\n');
            }
        }
    }

    private static void writePanels(Writer w, String section, List<CurvePanel> panels) throws IOException {
        for (CurvePanel p : panels) {
            String plane = p.plane().label();
            for (CycleCurve c : p.cycles()) {
                writeCurve(w, section, p.variable(), plane, p.unit(), side(c.side()), c.cycleId(), c.values());
            }
            for (Side s : Side.values()) {
                Optional<double[]> mean = p.mean(s);
                if (mean.isPresent()) {
                    writeCurve(w, section, p.variable(), plane, p.unit(), side(s), "mean", mean.get());
                }
            }
            if (p.norm().isPresent()) {
                NormBand b = p.norm().get();
                writeCurve(w, section, p.variable(), plane, p.unit(), "", "norm mean", b.mean());
                writeCurve(w, section, p.variable(), plane, p.unit(), "", "norm lower", b.lower());
                writeCurve(w, section, p.variable(), plane, p.unit(), "", "norm upper", b.upper());
            }
        }
    }

    private static void writeCurve(Writer w, String section, String variable, String plane, String unit, String side,
            String series, double[] values) throws IOException {
        String prefix = String.join(",", field(section), field(variable), field(plane), field(unit), field(side),
                field(series)) + ",";
        for (int i = 0; i < values.length; i++) {
            double pct = 100.0 * i / (values.length - 1);
            w.write(prefix);
            w.write(number(pct));
            w.write(',');
            w.write(number(values[i]));
            w.write('\n');
        }
    }

    private static String side(Side side) {
        return side.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String number(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : "";
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }

    /** RFC 4180 quoting when the text contains a separator, quote or line break. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
