package org.ambulo.forceplate;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.ParameterValues;

/**
 * In-memory trials with one plate whose channels are built from an analytically known load. The plate is AMTI-like:
 * corners (500,400,0) (500,0,0) (0,0,0) (0,400,0) mm, so plate x = lab y, plate y = lab x, plate z = -lab z (down);
 * centre (250, 200, 0).
 */
final class SyntheticPlates {

    static final float[] CORNERS = {500, 400, 0, 500, 0, 0, 0, 0, 0, 0, 400, 0};
    static final double[] CENTRE = {250, 200, 0};
    static final double POINT_RATE_HZ = 100;
    static final int SAMPLES_PER_FRAME = 10;

    private SyntheticPlates() {
    }

    /** Plate-frame vector of a lab vector for this plate (x_p = y_lab, y_p = x_lab, z_p = -z_lab). */
    static double[] toPlate(double[] lab) {
        return new double[]{lab[1], lab[0], -lab[2]};
    }

    /**
     * Type-2 channels (Fx Fy Fz Mx My Mz about the sensor origin, plate frame, reaction on the subject) for a lab
     * reaction {@code forceN} at lab point {@code copMm} on the surface with free moment {@code freeNmm} about +z.
     *
     * @param originMm ORIGIN as the plate frame vector from the sensor origin to the surface centre (z negative)
     */
    static double[] type2Channels(double[] forceN, double[] copMm, double freeNmm, double[] originMm) {
        double[] f = toPlate(forceN);
        double[] r = toPlate(new double[]{copMm[0] - CENTRE[0], copMm[1] - CENTRE[1], 0});
        // Free moment about lab +z is about plate -z.
        double tz = -freeNmm;
        double[] mc = cross(r, f);
        mc[2] += tz;
        // M_centre = M_origin + F x ORIGIN.
        double[] fxo = cross(f, originMm);
        return new double[]{f[0], f[1], f[2], mc[0] - fxo[0], mc[1] - fxo[1], mc[2] - fxo[2]};
    }

    /** Kistler type-3 channels (fx12 fx34 fy14 fy23 fz1..fz4) for the same load; sensors at (+-a, +-b), surface at az0 &lt; 0. */
    static double[] type3Channels(double[] forceN, double[] copMm, double freeNmm, double a, double b, double az0) {
        double[] f = toPlate(forceN);
        double[] r = toPlate(new double[]{copMm[0] - CENTRE[0], copMm[1] - CENTRE[1], 0});
        double[] p = {r[0], r[1], az0}; // load point in sensor coordinates
        double[] m = cross(p, f);
        m[2] += -freeNmm;
        double fz = f[2];
        return new double[]{f[0] / 2, f[0] / 2, f[1] / 2 + m[2] / (2 * a), f[1] / 2 - m[2] / (2 * a),
                fz / 4 + m[0] / (4 * b) - m[1] / (4 * a), fz / 4 + m[0] / (4 * b) + m[1] / (4 * a),
                fz / 4 - m[0] / (4 * b) + m[1] / (4 * a), fz / 4 - m[0] / (4 * b) - m[1] / (4 * a)};
    }

    static double[] cross(double[] a, double[] b) {
        return new double[]{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /** A builder for a one-plate trial. */
    static final class Trial {
        int type = 2;
        float[] corners = CORNERS.clone();
        /** Vicon-style ORIGIN (centre to sensor origin, z up in the stored sign): the negative of PlateComputationTest.ORIGIN_MM. */
        float[] origin = {-1.5f, 0.8f, 40};
        int[] zero = {0, 0};
        int[] channelNumbers;
        float[] calMatrix;
        int[] calDims;
        String matrixStore;
        String momentUnits = "Nmm";
        final List<double[]> samples = new ArrayList<>();

        Trial type(int plateType) {
            this.type = plateType;
            return this;
        }

        Trial origin(float x, float y, float z) {
            this.origin = new float[]{x, y, z};
            return this;
        }

        Trial zero(int first, int last) {
            this.zero = new int[]{first, last};
            return this;
        }

        Trial calibration(int rows, int columns, float[] columnMajor, String store) {
            this.calMatrix = columnMajor;
            this.calDims = new int[]{rows, columns, 1};
            this.matrixStore = store;
            return this;
        }

        Trial channels(int... oneBased) {
            this.channelNumbers = oneBased;
            return this;
        }

        Trial corners(float... values) {
            this.corners = values;
            return this;
        }

        /** One analog sample of all plate channels; repeated {@code count} times. */
        Trial sample(double[] channelValues, int count) {
            for (int i = 0; i < count; i++) {
                samples.add(channelValues.clone());
            }
            return this;
        }

        C3dFile build() {
            int n = samples.get(0).length;
            int sampleCount = samples.size();
            if (sampleCount % SAMPLES_PER_FRAME != 0) {
                throw new IllegalStateException("whole frames only");
            }
            List<AnalogChannel> analogs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                String units = type == 2 && k >= 3 ? momentUnits : type == 2 || type == 3 ? "N" : "V";
                analogs.add(AnalogChannel.physical("ch" + (k + 1), units));
            }
            float[] raw = new float[n * sampleCount];
            for (int s = 0; s < sampleCount; s++) {
                for (int k = 0; k < n; k++) {
                    raw[s * n + k] = (float) samples.get(s)[k];
                }
            }
            int[] ch = channelNumbers != null ? channelNumbers : range(n);
            short[] chShorts = new short[ch.length];
            for (int k = 0; k < ch.length; k++) {
                chShorts[k] = (short) ch[k];
            }
            List<C3dParameter> fp = new ArrayList<>(List.of(C3dParameter.ofInts("USED", "", 1), C3dParameter.ofInts("TYPE", "", type),
                    new C3dParameter("CHANNEL", "", false, new int[]{ch.length, 1}, new ParameterValues.Ints(chShorts)),
                    C3dParameter.ofFloats("CORNERS", "", new int[]{3, 4, 1}, corners),
                    C3dParameter.ofFloats("ORIGIN", "", new int[]{3, 1}, origin), C3dParameter.ofInts("ZERO", "", zero)));
            if (calMatrix != null) {
                fp.add(C3dParameter.ofFloats("CAL_MATRIX", "", calDims, calMatrix));
            }
            if (matrixStore != null) {
                fp.add(C3dParameter.ofString("MATRIX_STORE", "", matrixStore));
            }
            return C3dFile.builder("synthetic.c3d").frames(1, sampleCount / SAMPLES_PER_FRAME, POINT_RATE_HZ)
                    .analogs(analogs, SAMPLES_PER_FRAME, raw, 1f)
                    .group(new C3dGroup("POINT", "", false, List.of(C3dParameter.ofString("UNITS", "", "mm"))))
                    .group(new C3dGroup("FORCE_PLATFORM", "", false, fp)).build();
        }

        private static int[] range(int n) {
            int[] out = new int[n];
            for (int k = 0; k < n; k++) {
                out[k] = k + 1;
            }
            return out;
        }
    }
}
