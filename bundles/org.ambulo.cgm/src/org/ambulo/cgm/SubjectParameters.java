package org.ambulo.cgm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.model.Side;

/**
 * Reads subject measurements where Nexus keeps them: the C3D {@code PROCESSING} group ({@code LLegLength}, ...), a
 * Vicon subject skeleton {@code .vsk} (XML, {@code StaticParameter NAME="LeftLegLength" VALUE="..."}) or a Vicon
 * {@code .mp} file ({@code $LeftLegLength = 800}). Names are normalised to the PROCESSING form ({@code Left} → {@code L},
 * {@code Right} → {@code R}); zero values count as "not entered" (Nexus writes 0 for empty fields).
 */
public final class SubjectParameters {

    private static final Pattern VSK_PARAMETER = Pattern.compile("<(?:Static)?Parameter\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern MP_LINE = Pattern.compile("^\\s*\\$(\\w+)\\s*=\\s*([-+0-9.eE]+)");

    private SubjectParameters() {
    }

    /** Raw numeric parameters of the {@code PROCESSING} group, by name. */
    public static Map<String, Double> processingValues(C3dFile file) {
        Map<String, Double> out = new LinkedHashMap<>();
        Optional<C3dGroup> group = file.parameters().group("PROCESSING");
        if (group.isEmpty()) {
            return out;
        }
        for (C3dParameter p : group.get().parameters()) {
            OptionalDouble v = p.firstNumber();
            if (v.isPresent()) {
                out.putIfAbsent(normalise(p.name()), v.getAsDouble());
            }
        }
        return out;
    }

    /** The measurements stored in the file's {@code PROCESSING} group, if the required ones are there and positive. */
    public static Optional<SubjectMeasurements> fromProcessing(C3dFile file) {
        return measurements(anglesInRadians(processingValues(file)), file.sourceName() + " PROCESSING");
    }

    /** Angle parameters of Plug-in Gait, radians in Nexus, degrees in Vicon Workstation (VCM era). */
    static final String[] ANGLE_PARAMETERS = {"TibialTorsion", "ThighRotation", "ShankRotation", "StaticPlantFlex", "StaticRotOff",
            "AnkleAbAdd"};

    /**
     * Vicon Workstation wrote the angle parameters in degrees (OpenMA FunctionalWalk.c3d: StaticPlantFlex 12.7), Nexus in
     * radians. A static plantar flexion offset beyond 90° is not physical, so such a file's angles are taken as degrees
     * and converted.
     */
    static Map<String, Double> anglesInRadians(Map<String, Double> values) {
        boolean degrees = Math.abs(values.getOrDefault("LStaticPlantFlex", 0.0)) > Math.PI / 2
                || Math.abs(values.getOrDefault("RStaticPlantFlex", 0.0)) > Math.PI / 2;
        if (!degrees) {
            return values;
        }
        Map<String, Double> out = new LinkedHashMap<>(values);
        for (String side : new String[]{"L", "R"}) {
            for (String n : ANGLE_PARAMETERS) {
                out.computeIfPresent(side + n, (k, v) -> Math.toRadians(v));
            }
        }
        return out;
    }

    /** A marker diameter stored in {@code PROCESSING} ({@code MarkerDiameter} or {@code Marker Diameter}), mm. */
    public static OptionalDouble markerDiameterMm(C3dFile file) {
        Map<String, Double> v = processingValues(file);
        Double d = v.getOrDefault("MarkerDiameter", v.get("Marker Diameter"));
        return d != null && d > 0 ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /** Parameters of a {@code .vsk} or {@code .mp} file by normalised name. */
    public static Map<String, Double> fileValues(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Double> out = new LinkedHashMap<>();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".vsk") || text.stripLeading().startsWith("<")) {
            Matcher m = VSK_PARAMETER.matcher(text);
            while (m.find()) {
                String parameterName = null;
                String value = null;
                Matcher a = ATTRIBUTE.matcher(m.group(1));
                while (a.find()) {
                    if (a.group(1).equals("NAME")) {
                        parameterName = a.group(2);
                    } else if (a.group(1).equals("VALUE")) {
                        value = a.group(2);
                    }
                }
                if (parameterName != null && value != null) {
                    Optional<Double> parsed = parse(value);
                    if (parsed.isPresent()) {
                        // StaticParameter (subject measurements) come first in a VSK; keep the first of a name
                        out.putIfAbsent(normalise(parameterName), parsed.get());
                    }
                }
            }
        } else {
            for (String line : text.split("\\R")) {
                Matcher m = MP_LINE.matcher(line);
                if (m.find()) {
                    String key = m.group(1);
                    parse(m.group(2)).ifPresent(v -> out.put(normalise(key), v));
                }
            }
        }
        return out;
    }

    /**
     * The measurements of a {@code .vsk} or {@code .mp} file.
     *
     * @throws IOException
     *             when the file cannot be read, or does not hold the required measurements (naming them)
     */
    public static SubjectMeasurements fromFile(Path file) throws IOException {
        Map<String, Double> values = fileValues(file);
        Optional<SubjectMeasurements> m = measurements(anglesInRadians(values), file.getFileName().toString());
        if (m.isEmpty()) {
            throw new IOException(file + ": subject measurements missing or zero: " + String.join(", ", missingRequired(values)));
        }
        return m.get();
    }

    /** The Nexus names of the required measurements that are missing or not positive in {@code values}. */
    public static java.util.List<String> missingRequired(Map<String, Double> values) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String side : new String[]{"L", "R"}) {
            for (String n : new String[]{"LegLength", "KneeWidth", "AnkleWidth"}) {
                if (!(values.getOrDefault(side + n, 0.0) > 0)) {
                    missing.add(side + n);
                }
            }
        }
        return missing;
    }

    /** Measurements from normalised values; empty when a required one is missing. */
    public static Optional<SubjectMeasurements> measurements(Map<String, Double> v, String source) {
        if (!missingRequired(v).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SubjectMeasurements(source, v.getOrDefault("Bodymass", 0.0), v.getOrDefault("Height", 0.0),
                positive(v, "InterAsisDistance"), leg(v, Side.LEFT), leg(v, Side.RIGHT)));
    }

    private static LegMeasurements leg(Map<String, Double> v, Side side) {
        String p = String.valueOf(side.labelPrefix());
        return new LegMeasurements(side, v.get(p + "LegLength"), v.get(p + "KneeWidth"), v.get(p + "AnkleWidth"),
                positive(v, p + "AsisTrocanterDistance"), v.getOrDefault(p + "TibialTorsion", 0.0),
                v.getOrDefault(p + "ThighRotation", 0.0),
                v.getOrDefault(p + "ShankRotation", 0.0), v.getOrDefault(p + "SoleDelta", 0.0), present(v, p + "StaticPlantFlex"),
                present(v, p + "StaticRotOff"), v.getOrDefault(p + "AnkleAbAdd", 0.0));
    }

    private static OptionalDouble positive(Map<String, Double> v, String key) {
        Double d = v.get(key);
        return d != null && d > 0 ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    private static OptionalDouble present(Map<String, Double> v, String key) {
        Double d = v.get(key);
        return d != null && Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    private static Optional<Double> parse(String s) {
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code LeftLegLength} → {@code LLegLength}, {@code RightKneeWidth} → {@code RKneeWidth}; others unchanged. */
    static String normalise(String name) {
        if (name.startsWith("Left") && name.length() > 4 && Character.isUpperCase(name.charAt(4))) {
            return "L" + name.substring(4);
        }
        if (name.startsWith("Right") && name.length() > 5 && Character.isUpperCase(name.charAt(5))) {
            return "R" + name.substring(5);
        }
        return name;
    }
}
