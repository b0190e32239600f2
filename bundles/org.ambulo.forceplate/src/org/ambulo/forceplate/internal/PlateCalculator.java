package org.ambulo.forceplate.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ambulo.c3d.AnalogData;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.ForcePlatform;
import org.ambulo.forceplate.ForcePlateSettings;
import org.ambulo.forceplate.PlateReaction;

/**
 * Turns one plate's channels into a {@link PlateReaction}. Works in steps on primitive arrays: (1) the force and the
 * moment about the top-surface centre, in plate axes, per sample (linear in the channels, so the ZERO baseline can be
 * subtracted here); (2) the sign made that of the reaction on the subject; (3) centre of pressure and free moment in
 * plate axes; (4) to the lab frame, masked below the threshold.
 */
public final class PlateCalculator {

    /** A plate whose mean force over the ZERO frames exceeds this was loaded then: subtracting it would remove body weight. */
    static final double LOADED_BASELINE_N = 100.0;

    /** Below this peak the plate is too little loaded to tell which way its writer signs the force. */
    static final double MIN_LOAD_FOR_SIGN_N = 50.0;

    private PlateCalculator() {
    }

    public static PlateReaction compute(C3dFile file, ForcePlatform plate, ForcePlateSettings settings, List<String> notes)
            throws C3dFormatException {
        int number = plate.index() + 1;
        int type = plate.type();
        String where = "force plate " + number + " (type " + type + ")";
        int needed = switch (type) {
            case 1, 2, 4 -> 6;
            case 3, 5, 7 -> 8;
            case 6 -> throw fail(file, where, "type 6 (12 channels) needs the positions of its four transducers, which"
                    + " FORCE_PLATFORM does not store; not supported");
            default -> throw fail(file, where, "type " + type + " is not a plate type Ambulo computes (1 to 5, 7)");
        };
        int[] channels = plate.channels();
        if (channels.length < needed) {
            throw fail(file, where, "FORCE_PLATFORM:CHANNEL lists " + channels.length + " channels per plate, type " + type
                    + " needs " + needed);
        }
        for (int k = 0; k < needed; k++) {
            if (channels[k] < 1 || channels[k] > file.analogCount()) {
                throw fail(file, where, "FORCE_PLATFORM:CHANNEL entry " + (k + 1) + " is " + channels[k]
                        + ", outside the file's analog channels 1.." + file.analogCount());
            }
        }
        AnalogData analog = file.analogData();
        int n = analog.sampleCount();
        if (n == 0 || !(file.analogRateHz() > 0)) {
            throw fail(file, where, "the file holds no analog samples");
        }
        double lengthMm = PlateUnits.lengthScaleMm(file);
        double[] corners = new double[12];
        float[] storedCorners = plate.corners();
        for (int k = 0; k < 12; k++) {
            corners[k] = storedCorners[k] * lengthMm;
        }
        PlateGeometry geometry;
        try {
            geometry = PlateGeometry.of(corners);
        } catch (IllegalArgumentException e) {
            throw fail(file, where, "FORCE_PLATFORM:" + e.getMessage());
        }
        float[] storedOrigin = plate.origin();
        if (Float.isNaN(storedOrigin[0]) || Float.isNaN(storedOrigin[1]) || Float.isNaN(storedOrigin[2])) {
            throw fail(file, where, "FORCE_PLATFORM:ORIGIN has no entry for this plate");
        }
        double[] origin = {storedOrigin[0] * lengthMm, storedOrigin[1] * lengthMm, storedOrigin[2] * lengthMm};

        double[][] ch = new double[needed][];
        for (int k = 0; k < needed; k++) {
            ch[k] = physical(analog, channels[k] - 1);
        }
        // Plate-frame force on the plate (fx, fy, fz) and moment about the surface centre (mx, my, mz).
        double[][] w = new double[6][n];
        double[] copX = null;
        double[] copY = null;
        double[] tz = null;
        switch (type) {
            case 1 -> {
                copX = new double[n];
                copY = new double[n];
                tz = new double[n];
                type1(file, channels, ch, origin, lengthMm, w, copX, copY, tz);
            }
            case 2 -> wrench(ch, momentScales(file, channels, lengthMm), origin(origin), w);
            case 4, 5 -> {
                double[][] out = calibrate(file, where, plate, ch, 6, needed);
                wrench(out, new double[]{lengthMm, lengthMm, lengthMm}, origin(origin), w);
            }
            case 3 -> kistler(ch, kistlerOffsets(file, where, origin), w);
            case 7 -> kistler(calibrate(file, where, plate, ch, 8, 8), kistlerOffsets(file, where, origin), w);
            default -> throw new IllegalStateException("unreachable type " + type);
        }
        if (settings.applyZeroBaseline()) {
            baseline(file, where, type, geometry, w, tz, notes);
        }
        orientToSubject(file, where, geometry, w, tz, notes);
        if (type != 1) {
            copX = new double[n];
            copY = new double[n];
            tz = new double[n];
            double[] poly = type == 3 || type == 7 ? copPolynomial(file, plate.index()) : null;
            centreOfPressure(w, poly, copX, copY, tz);
        }
        return toLab(number, type, file.analogRateHz(), geometry, w, copX, copY, tz, settings.copThresholdN());
    }

    private static double[] physical(AnalogData analog, int channel) {
        float[] raw = analog.raw();
        int count = analog.channelCount();
        double offset = analog.offsets()[channel];
        double factor = analog.factors()[channel];
        double[] out = new double[analog.sampleCount()];
        for (int s = 0, i = channel; s < out.length; s++, i += count) {
            out[s] = (raw[i] - offset) * factor;
        }
        return out;
    }

    /** Vicon and Qualisys store ORIGIN with z > 0; the surface lies above the sensor origin, i.e. at negative plate z. */
    private static double[] origin(double[] o) {
        return o[2] > 0 ? new double[]{-o[0], -o[1], -o[2]} : o;
    }

    private static double[] momentScales(C3dFile file, int[] channels, double lengthMm) {
        double[] scales = new double[3];
        for (int k = 0; k < 3; k++) {
            String units = file.analogs().get(channels[3 + k] - 1).units();
            scales[k] = PlateUnits.momentScaleNmm(units, lengthMm);
        }
        return scales;
    }

    /** Types 2, 4, 5: forces and moments about the sensor origin, moved to the surface centre: M_c = M_o + F × ORIGIN. */
    private static void wrench(double[][] fm, double[] momentScale, double[] o, double[][] w) {
        int n = w[0].length;
        for (int s = 0; s < n; s++) {
            double fx = fm[0][s];
            double fy = fm[1][s];
            double fz = fm[2][s];
            w[0][s] = fx;
            w[1][s] = fy;
            w[2][s] = fz;
            w[3][s] = fm[3][s] * momentScale[0] + (fy * o[2] - fz * o[1]);
            w[4][s] = fm[4][s] * momentScale[1] + (fz * o[0] - fx * o[2]);
            w[5][s] = fm[5][s] * momentScale[2] + (fx * o[1] - fy * o[0]);
        }
    }

    /**
     * Types 3 and 7 (Kistler, 8 channels fx12 fx34 fy14 fy23 fz1 fz2 fz3 fz4). ORIGIN holds the sensor offsets a, b and
     * the depth az0 of the sensor plane below the surface; the signs vary between writers (Qualisys writes +48), the
     * geometry does not: a, b &gt; 0, az0 &lt; 0.
     */
    private static double[] kistlerOffsets(C3dFile file, String where, double[] origin) throws C3dFormatException {
        double a = Math.abs(origin[0]);
        double b = Math.abs(origin[1]);
        if (a < 1.0 || b < 1.0) {
            throw fail(file, where, String.format(Locale.ROOT, "FORCE_PLATFORM:ORIGIN must hold the sensor offsets a, b of a"
                    + " Kistler plate (about 100 to 300 mm), found a = %.1f mm, b = %.1f mm", a, b));
        }
        return new double[]{a, b, -Math.abs(origin[2])};
    }

    private static void kistler(double[][] c, double[] offsets, double[][] w) {
        double a = offsets[0];
        double b = offsets[1];
        double az0 = offsets[2];
        int n = w[0].length;
        for (int s = 0; s < n; s++) {
            double fx = c[0][s] + c[1][s];
            double fy = c[2][s] + c[3][s];
            double fz = c[4][s] + c[5][s] + c[6][s] + c[7][s];
            w[0][s] = fx;
            w[1][s] = fy;
            w[2][s] = fz;
            w[3][s] = b * (c[4][s] + c[5][s] - c[6][s] - c[7][s]) + fy * az0;
            w[4][s] = a * (-c[4][s] + c[5][s] + c[6][s] - c[7][s]) - fx * az0;
            w[5][s] = b * (c[1][s] - c[0][s]) + a * (c[2][s] - c[3][s]);
        }
    }

    /**
     * Type 1: Fx Fy Fz, COP x y in sensor coordinates, Tz. ORIGIN x, y is where the plate centre lies in those
     * coordinates (zero in every public type-1 file, which makes this the ezc3d convention: COP relative to the centre).
     */
    private static void type1(C3dFile file, int[] channels, double[][] c, double[] origin, double lengthMm, double[][] w,
            double[] copX, double[] copY, double[] tz) {
        double copScale = PlateUnits.lengthScaleMm(file.analogs().get(channels[3] - 1).units()).orElse(lengthMm);
        double tzScale = PlateUnits.momentScaleNmm(file.analogs().get(channels[5] - 1).units(), lengthMm);
        int n = w[0].length;
        for (int s = 0; s < n; s++) {
            w[0][s] = c[0][s];
            w[1][s] = c[1][s];
            w[2][s] = c[2][s];
            copX[s] = c[3][s] * copScale - origin[0];
            copY[s] = c[4][s] * copScale - origin[1];
            tz[s] = c[5][s] * tzScale;
        }
    }

    /** out = CAL × channels; CAL_MATRIX is (outputs x inputs x plates), column-major unless MATRIX_STORE says BYROW. */
    private static double[][] calibrate(C3dFile file, String where, ForcePlatform plate, double[][] in, int outputs, int inputs)
            throws C3dFormatException {
        Optional<C3dParameter> parameter = file.parameters().parameter("FORCE_PLATFORM", "CAL_MATRIX");
        int[] dims = parameter.map(C3dParameter::dimensions).orElse(new int[0]);
        if (dims.length < 2 || dims[0] != outputs || dims[1] != inputs || plate.calibrationMatrix().isEmpty()) {
            String has = dims.length >= 2 ? dims[0] + "x" + dims[1] + (dims.length > 2 ? "x" + dims[2] : "") : "missing";
            throw fail(file, where, "FORCE_PLATFORM:CAL_MATRIX is " + has + ", this plate type needs a " + outputs + "x" + inputs
                    + " matrix for it");
        }
        float[] m = plate.calibrationMatrix().get();
        boolean byRow = file.parameters().string("FORCE_PLATFORM", "MATRIX_STORE").map(v -> v.trim().toUpperCase(Locale.ROOT))
                .filter(v -> v.equals("BYROW")).isPresent();
        double[][] cal = new double[outputs][inputs];
        boolean nonZero = false;
        for (int i = 0; i < outputs; i++) {
            for (int j = 0; j < inputs; j++) {
                cal[i][j] = byRow ? m[i * inputs + j] : m[j * outputs + i];
                if (!Double.isFinite(cal[i][j])) {
                    throw fail(file, where, "FORCE_PLATFORM:CAL_MATRIX holds a non-finite value");
                }
                nonZero |= cal[i][j] != 0;
            }
        }
        if (!nonZero) {
            throw fail(file, where, "FORCE_PLATFORM:CAL_MATRIX of this plate is all zeros");
        }
        int n = in[0].length;
        double[][] out = new double[outputs][n];
        for (int i = 0; i < outputs; i++) {
            double[] row = cal[i];
            double[] o = out[i];
            for (int j = 0; j < inputs; j++) {
                double cij = row[j];
                if (cij != 0) {
                    double[] x = in[j];
                    for (int s = 0; s < n; s++) {
                        o[s] += cij * x[s];
                    }
                }
            }
        }
        return out;
    }

    /**
     * The C3D convention (what BTK, ezc3d and Nexus follow) makes the plate outputs, rotated by the corner axes, the
     * reaction on the subject: the vertical force is positive under a standing subject. Some writers store the opposite
     * sign (Kistler BioWare: force on the plate). A plate cannot pull the subject down, so when the loaded plate's
     * normal force points mostly down the whole wrench is negated (the COP does not change) and a note says so.
     */
    private static void orientToSubject(C3dFile file, String where, PlateGeometry g, double[][] w, double[] tz, List<String> notes) {
        if (pushDirection(g, w[2]) > 0) {
            return;
        }
        double down = 0;
        for (double v : w[2]) {
            down = Math.max(down, -g.zUpSign() * v);
        }
        for (double[] v : w) {
            for (int s = 0; s < v.length; s++) {
                v[s] = -v[s];
            }
        }
        if (tz != null) {
            for (int s = 0; s < tz.length; s++) {
                tz[s] = -tz[s];
            }
        }
        notes.add(String.format(Locale.ROOT, "%s: %s: the vertical force pointed down while loaded (peak %.0f N): the writer"
                + " stores the force on the plate; sign inverted to the reaction on the subject", file.sourceName(), where, down));
    }

    /** FORCE_PLATFORM:ZERO, 1-based frames of the stored data; subtracts the window mean of the (linear) plate outputs. */
    private static void baseline(C3dFile file, String where, int type, PlateGeometry g, double[][] w, double[] tz,
            List<String> notes) {
        double[] zero = file.parameters().parameter("FORCE_PLATFORM", "ZERO").map(C3dParameter::numbers).orElse(new double[0]);
        if (zero.length < 2 || zero[0] < 1 || zero[1] < zero[0]) {
            return; // 0,0 / 1,0 / 0,10: the writer did not ask for a baseline
        }
        int spf = file.analogSamplesPerFrame();
        int first = (int) zero[0];
        int last = (int) Math.min(zero[1], file.frameCount());
        if (first > last) {
            notes.add(file.sourceName() + ": " + where + ": FORCE_PLATFORM:ZERO frames " + (int) zero[0] + ".." + (int) zero[1]
                    + " lie outside the " + file.frameCount() + " stored frames; no baseline subtracted");
            return;
        }
        int from = (first - 1) * spf;
        int to = Math.min(last * spf, w[0].length);
        double[] mean = new double[6];
        double tzMean = 0;
        for (int s = from; s < to; s++) {
            for (int k = 0; k < 6; k++) {
                mean[k] += w[k][s];
            }
            if (tz != null) {
                tzMean += tz[s];
            }
        }
        int count = to - from;
        for (int k = 0; k < 6; k++) {
            mean[k] /= count;
        }
        tzMean /= count;
        // Loaded = pushing on the plate during the window, in the direction the plate is loaded over the trial; an
        // amplifier offset may be as large but of either sign (c3d.org TYPE-3.c3d plates 3, 4: -212 N while empty).
        double load = pushDirection(g, w[2]) * g.zUpSign() * mean[2];
        if (load > LOADED_BASELINE_N) {
            notes.add(String.format(Locale.ROOT,
                    "%s: %s: loaded (mean %.0f N) during the FORCE_PLATFORM:ZERO frames %d..%d; no baseline subtracted",
                    file.sourceName(), where, load, first, last));
            return;
        }
        int n = w[0].length;
        int kinds = type == 1 ? 3 : 6; // type 1: the COP channels are positions, not offsets
        for (int k = 0; k < kinds; k++) {
            double m = mean[k];
            double[] v = w[k];
            for (int s = 0; s < n; s++) {
                v[s] -= m;
            }
        }
        if (tz != null) {
            for (int s = 0; s < n; s++) {
                tz[s] -= tzMean;
            }
        }
    }

    /** +1 when the plate's largest normal force points up (C3D convention), -1 when it points down (flipped writer). */
    private static double pushDirection(PlateGeometry g, double[] fz) {
        double up = 0;
        double down = 0;
        for (double v : fz) {
            double normal = g.zUpSign() * v;
            up = Math.max(up, normal);
            down = Math.max(down, -normal);
        }
        return down > up && down >= MIN_LOAD_FOR_SIGN_N ? -1 : 1;
    }

    /** FORCE_PLATFORM:FPCOPPOLY, 12 coefficients per plate (Kistler), if present and not all zero. */
    private static double[] copPolynomial(C3dFile file, int plateIndex) {
        double[] all = file.parameters().parameter("FORCE_PLATFORM", "FPCOPPOLY").map(C3dParameter::numbers).orElse(new double[0]);
        if (all.length < (plateIndex + 1) * 12) {
            return null;
        }
        double[] p = new double[12];
        System.arraycopy(all, plateIndex * 12, p, 0, 12);
        for (double v : p) {
            if (v != 0) {
                return p;
            }
        }
        return null;
    }

    /**
     * COP on the surface, plate axes, relative to the centre: x = -My/Fz, y = Mx/Fz; free moment Tz = Mz - (x Fy - y Fx).
     * Kistler's polynomial corrects x and y (ezc3d#253: offsets computed from the uncorrected COP, then subtracted).
     */
    private static void centreOfPressure(double[][] w, double[] p, double[] copX, double[] copY, double[] tz) {
        int n = copX.length;
        for (int s = 0; s < n; s++) {
            double fz = w[2][s];
            double x = -w[4][s] / fz;
            double y = w[3][s] / fz;
            if (p != null) {
                double x2 = x * x;
                double y2 = y * y;
                double dx = (p[0] * y2 * y2 + p[1] * y2 + p[2]) * x2 * x + (p[3] * y2 * y2 + p[4] * y2 + p[5]) * x;
                double dy = (p[6] * x2 * x2 + p[7] * x2 + p[8]) * y2 * y + (p[9] * x2 * x2 + p[10] * x2 + p[11]) * y;
                x -= dx;
                y -= dy;
            }
            copX[s] = x;
            copY[s] = y;
            tz[s] = w[5][s] - (x * w[1][s] - y * w[0][s]);
        }
    }

    private static PlateReaction toLab(int number, int type, double rateHz, PlateGeometry g, double[][] w, double[] copX,
            double[] copY, double[] tz, double thresholdN) {
        int n = copX.length;
        double[] fx = new double[n];
        double[] fy = new double[n];
        double[] fz = new double[n];
        double[] px = new double[n];
        double[] py = new double[n];
        double[] pz = new double[n];
        double[] free = new double[n];
        double[] a = g.axes();
        double[] up = g.upward();
        double[] c = g.centreMm();
        for (int s = 0; s < n; s++) {
            double x = w[0][s];
            double y = w[1][s];
            double z = w[2][s];
            fx[s] = a[0] * x + a[1] * y + a[2] * z;
            fy[s] = a[3] * x + a[4] * y + a[5] * z;
            fz[s] = a[6] * x + a[7] * y + a[8] * z;
            double normal = fx[s] * up[0] + fy[s] * up[1] + fz[s] * up[2];
            boolean pushing = thresholdN == 0 || normal >= thresholdN; // 0 N: no masking (comparison with ezc3d)
            if (pushing && Double.isFinite(copX[s]) && Double.isFinite(copY[s])) {
                px[s] = c[0] + a[0] * copX[s] + a[1] * copY[s];
                py[s] = c[1] + a[3] * copX[s] + a[4] * copY[s];
                pz[s] = c[2] + a[6] * copX[s] + a[7] * copY[s];
                // Tz acts on the subject about plate z; about the upward normal it is Tz * (z · up).
                free[s] = tz[s] * g.zUpSign();
            } else {
                px[s] = Double.NaN;
                py[s] = Double.NaN;
                pz[s] = Double.NaN;
                free[s] = Double.NaN;
            }
        }
        return new PlateReaction(number, type, rateHz, fx, fy, fz, px, py, pz, free, g.cornersMm(), thresholdN);
    }

    private static C3dFormatException fail(C3dFile file, String where, String problem) {
        return new C3dFormatException(file.sourceName(), -1, where + ": " + problem);
    }
}
