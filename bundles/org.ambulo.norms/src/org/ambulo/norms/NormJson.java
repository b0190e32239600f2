package org.ambulo.norms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.norms.internal.PlainJson;

/**
 * Ambulo's norm file format ({@value #FORMAT}, version {@value #FORMAT_VERSION}), used by the supplier bundles and for
 * exporting/importing a lab's own norms. UTF-8 JSON:
 *
 * <pre>
 * {
 *   "format": "ambulo-norms", "formatVersion": 1,
 *   "dataset": { "id": "schwartz2008", "version": "1", "title": ..., "citation": ..., "population": ...,
 *                "licence": ..., "markerModel": "PiG", "source": ...,
 *                "provenanceWarning": ... (only when the origin is not documented) },
 *   "bins": [ {
 *     "id": "free", "label": ..., "n": 82, "ageMinYears": 4, "ageMaxYears": 18, "sex": "any|female|male",
 *     "dimensionlessSpeed": { "min": .., "mean": .., "max": .. },   (optional; each member optional)
 *     "walkingSpeedMPerS":  { "min": .., "mean": .., "max": .. },   (optional)
 *     "curves": { "hip_flexion": { "unit": "deg", "percent": [0, 2, ...], "mean": [...], "sd": [...] }, ... },
 *     "spatiotemporal": { "walking_speed": { "unit": "m/s", "mean": .., "sd": .., "min": .., "max": .. }, ... },
 *     "emgActivation": { "GASTRO": [[9, 54]], ... },
 *     "gdiControls": [[459 numbers], ...]   (optional: individual control gait vectors, see GaitVector)
 *   } ]
 * }
 * </pre>
 *
 * Curve variable ids are {@link GaitVariable#id()}s, their units fixed by the variable (the file's "unit" must match);
 * spatiotemporal ids and units are those of {@code org.ambulo.cycles.SpatiotemporalParameter}. Unknown members are
 * ignored, so later minor versions stay readable.
 */
public final class NormJson {

    public static final String FORMAT = "ambulo-norms";
    public static final int FORMAT_VERSION = 1;

    private NormJson() {
    }

    public static NormDataset read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static NormDataset read(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException naming the dataset, bin and member that is wrong */
    public static NormDataset parse(String json) {
        Map<String, Object> root = object(PlainJson.parse(json), "the file");
        if (!FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException("not an Ambulo norm file: \"format\" must be \"" + FORMAT + "\", was " + root.get("format"));
        }
        double version = number(root, "formatVersion", "the file");
        if (version > FORMAT_VERSION) {
            throw new IllegalArgumentException("norm file format version " + (long) version + " is newer than this Ambulo reads ("
                    + FORMAT_VERSION + ")");
        }
        Map<String, Object> d = object(root.get("dataset"), "\"dataset\"");
        NormProvenance provenance = new NormProvenance(text(d, "id", "dataset"), text(d, "version", "dataset"), text(d, "title", "dataset"),
                text(d, "citation", "dataset"), text(d, "population", "dataset"), text(d, "licence", "dataset"),
                text(d, "markerModel", "dataset"), text(d, "source", "dataset"),
                Optional.ofNullable((String) d.get("provenanceWarning")).filter(s -> !s.isBlank()));
        List<NormBin> bins = new ArrayList<>();
        for (Object b : list(root.get("bins"), "\"bins\" of " + provenance.id())) {
            bins.add(bin(object(b, "a bin of " + provenance.id()), provenance.id()));
        }
        return NormDataset.of(provenance, bins);
    }

    private static NormBin bin(Map<String, Object> b, String dataset) {
        String id = text(b, "id", "a bin of " + dataset);
        String where = dataset + " bin " + id;
        Map<GaitVariable, NormCurve> curves = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object(b.getOrDefault("curves", Map.of()), where + " curves").entrySet()) {
            GaitVariable variable = GaitVariable.fromId(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException(where + ": unknown curve variable '" + e.getKey() + "'"));
            Map<String, Object> c = object(e.getValue(), where + " " + e.getKey());
            Object unit = c.get("unit");
            if (unit != null && !variable.unit().equals(unit)) {
                throw new IllegalArgumentException(where + " " + e.getKey() + ": unit " + unit + ", expected " + variable.unit());
            }
            try {
                curves.put(variable, new NormCurve(numbers(c, "percent", where), numbers(c, "mean", where), numbers(c, "sd", where)));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + " " + e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
        Map<String, SpatiotemporalNorm> stp = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object(b.getOrDefault("spatiotemporal", Map.of()), where + " spatiotemporal").entrySet()) {
            Map<String, Object> s = object(e.getValue(), where + " " + e.getKey());
            try {
                stp.put(e.getKey(), new SpatiotemporalNorm(e.getKey(), text(s, "unit", where + " " + e.getKey()), optional(s, "mean"),
                        optional(s, "sd"), optional(s, "min"), optional(s, "max")));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
            }
        }
        Map<String, EmgActivationNorm> emg = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : object(b.getOrDefault("emgActivation", Map.of()), where + " emgActivation").entrySet()) {
            List<ActivationWindow> windows = new ArrayList<>();
            for (Object w : list(e.getValue(), where + " " + e.getKey())) {
                List<Object> pair = list(w, where + " " + e.getKey());
                if (pair.size() != 2) {
                    throw new IllegalArgumentException(where + " " + e.getKey() + ": an activation window is [on, off], got " + pair);
                }
                windows.add(new ActivationWindow(((Number) pair.get(0)).doubleValue(), ((Number) pair.get(1)).doubleValue()));
            }
            emg.put(e.getKey(), new EmgActivationNorm(e.getKey(), windows));
        }
        List<double[]> controls = new ArrayList<>();
        for (Object v : list(b.getOrDefault("gdiControls", List.of()), where + " gdiControls")) {
            controls.add(toArray(list(v, where + " gdiControls"), where + " gdiControls"));
        }
        return new NormBin(id, text(b, "label", where), (int) number(b, "n", where),
                new AgeRange(number(b, "ageMinYears", where), number(b, "ageMaxYears", where)),
                Sex.fromId(String.valueOf(b.getOrDefault("sex", "any"))), speed(b.get("dimensionlessSpeed"), where),
                speed(b.get("walkingSpeedMPerS"), where), curves, stp, emg, controls);
    }

    private static Optional<SpeedRange> speed(Object value, String where) {
        if (value == null) {
            return Optional.empty();
        }
        Map<String, Object> s = object(value, where + " speed");
        return Optional.of(new SpeedRange(optional(s, "min"), optional(s, "mean"), optional(s, "max")));
    }

    /** The dataset as a norm file. */
    public static String write(NormDataset dataset) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        NormProvenance p = dataset.provenance();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", p.id());
        d.put("version", p.version());
        d.put("title", p.title());
        d.put("citation", p.citation());
        d.put("population", p.population());
        d.put("licence", p.licence());
        d.put("markerModel", p.markerModel());
        d.put("source", p.source());
        p.provenanceWarning().ifPresent(w -> d.put("provenanceWarning", w));
        root.put("dataset", d);
        List<Object> bins = new ArrayList<>();
        for (NormBin bin : dataset.bins()) {
            bins.add(bin(bin));
        }
        root.put("bins", bins);
        return PlainJson.write(root);
    }

    private static Map<String, Object> bin(NormBin bin) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", bin.id());
        b.put("label", bin.label());
        b.put("n", bin.n());
        b.put("ageMinYears", bin.age().minYears());
        b.put("ageMaxYears", bin.age().maxYears());
        b.put("sex", bin.sex().id());
        bin.dimensionlessSpeed().ifPresent(s -> b.put("dimensionlessSpeed", speed(s)));
        bin.walkingSpeedMPerS().ifPresent(s -> b.put("walkingSpeedMPerS", speed(s)));
        Map<String, Object> curves = new LinkedHashMap<>();
        for (GaitVariable variable : GaitVariable.values()) {
            bin.curve(variable).ifPresent(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("unit", variable.unit());
                m.put("percent", c.percent());
                m.put("mean", c.mean());
                m.put("sd", c.sd());
                curves.put(variable.id(), m);
            });
        }
        b.put("curves", curves);
        Map<String, Object> stp = new LinkedHashMap<>();
        bin.spatiotemporal().values().stream().sorted((x, y) -> x.parameter().compareTo(y.parameter())).forEach(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", s.unit());
            s.mean().ifPresent(v -> m.put("mean", v));
            s.sd().ifPresent(v -> m.put("sd", v));
            s.min().ifPresent(v -> m.put("min", v));
            s.max().ifPresent(v -> m.put("max", v));
            stp.put(s.parameter(), m);
        });
        b.put("spatiotemporal", stp);
        Map<String, Object> emg = new LinkedHashMap<>();
        bin.emgActivation().values().stream().sorted((x, y) -> x.muscle().compareTo(y.muscle())).forEach(e -> emg.put(e.muscle(),
                e.windows().stream().map(w -> (Object) new double[]{w.onPct(), w.offPct()}).toList()));
        b.put("emgActivation", emg);
        if (!bin.gdiControls().isEmpty()) {
            b.put("gdiControls", new ArrayList<Object>(bin.gdiControls()));
        }
        return b;
    }

    private static Map<String, Object> speed(SpeedRange s) {
        Map<String, Object> m = new LinkedHashMap<>();
        s.min().ifPresent(v -> m.put("min", v));
        s.mean().ifPresent(v -> m.put("mean", v));
        s.max().ifPresent(v -> m.put("max", v));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(where + ": expected a JSON object, found " + describe(value));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException(where + ": expected a JSON array, found " + describe(value));
    }

    private static String text(Map<String, Object> map, String key, String where) {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException(where + ": \"" + key + "\" must be a string, found " + describe(map.get(key)));
    }

    private static double number(Map<String, Object> map, String key, String where) {
        if (map.get(key) instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(where + ": \"" + key + "\" must be a number, found " + describe(map.get(key)));
    }

    private static OptionalDouble optional(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    private static double[] numbers(Map<String, Object> map, String key, String where) {
        return toArray(list(map.get(key), where + " \"" + key + "\""), where + " \"" + key + "\"");
    }

    private static double[] toArray(List<Object> values, String where) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(values.get(i) instanceof Number n)) {
                throw new IllegalArgumentException(where + ": element " + i + " is " + describe(values.get(i)) + ", not a number");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    private static String describe(Object value) {
        return value == null ? "nothing (null or missing)" : value instanceof String s ? "\"" + s + "\"" : value.getClass().getSimpleName();
    }
}
