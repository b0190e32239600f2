package org.ambulo.cgm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.PointData;

/**
 * Puts model outputs into a C3D trial the way Nexus does: one point per output under its Nexus name ({@code LHipAngles},
 * {@code LKneeMoment}, {@code LHJC}, ...), listed in {@code POINT:ANGLES}/{@code FORCES}/{@code MOMENTS}/{@code POWERS}
 * by the writer, with the units Ambulo computes them in ({@code deg}, {@code mm}, {@code N/kg}, {@code Nmm/kg},
 * {@code W/kg}, {@code %BW} for {@code NormalisedGRF}: Nexus writes the same mass-normalised values but labels them N,
 * Nmm and W; C3D has one unit per point type, so each point's unit is also in its description); NaN samples are written as
 * invalid (4th word -1). Points of the input with an output's name (with or without a {@code Subject:} prefix) are
 * dropped, so old outputs are never carried under the new names. The calibrated subject parameters are written into
 * {@code PROCESSING} under their Nexus names.
 */
public final class CgmC3dOutput {

    private CgmC3dOutput() {
    }

    public static C3dFile withOutputs(C3dFile trial, CgmResult result) {
        int frames = trial.frameCount();
        Set<String> names = new HashSet<>();
        for (CgmSignal s : result.signals()) {
            if (s.frameCount() != frames) {
                throw new IllegalArgumentException(
                        trial.sourceName() + ": output " + s.name() + " has " + s.frameCount() + " frames, the trial "
                                + frames);
            }
            names.add(s.name());
        }
        List<Integer> kept = new ArrayList<>();
        for (int p = 0; p < trial.pointCount(); p++) {
            String label = trial.points().get(p).label();
            String bare = label.substring(label.lastIndexOf(':') + 1);
            if (!names.contains(bare)) {
                kept.add(p);
            }
        }
        List<C3dPoint> points = new ArrayList<>();
        for (int p : kept) {
            points.add(trial.points().get(p));
        }
        for (CgmSignal s : result.signals()) {
            points.add(new C3dPoint(s.name(), description(s), s.unit(), s.quantity().pointType()));
        }
        int count = points.size();
        float[] samples = new float[frames * count * 4];
        float[] source = trial.pointData().samples();
        int oldCount = trial.pointCount();
        for (int f = 0; f < frames; f++) {
            int q = 0;
            for (int p : kept) {
                System.arraycopy(source, (f * oldCount + p) * 4, samples, (f * count + q) * 4, 4);
                q++;
            }
            for (CgmSignal s : result.signals()) {
                int o = (f * count + q) * 4;
                double x = s.x()[f];
                double y = s.y()[f];
                double z = s.z()[f];
                boolean valid = Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(z);
                samples[o] = valid ? (float) x : 0f;
                samples[o + 1] = valid ? (float) y : 0f;
                samples[o + 2] = valid ? (float) z : 0f;
                samples[o + 3] = valid ? 0f : -1f;
                q++;
            }
        }
        PointData data = new PointData(frames, count, trial.pointData().residualScale(), trial.pointData().occlusionSentinel(), samples);
        C3dParameters parameters = withProcessing(trial.parameters(), result.calibration().nexusParameters());
        return new C3dFile(trial.sourceName(), trial.header(), trial.processor(), trial.storage(), trial.firstFrame(), frames,
                trial.pointRateHz(),
                trial.analogRateHz(), trial.analogSamplesPerFrame(), points, data, trial.analogs(), trial.analogData(),
                trial.analogGenScale(),
                trial.events(), trial.headerEvents(), trial.maxInterpolationGap(), parameters, trial.quirks());
    }

    private static String description(CgmSignal s) {
        return "Ambulo CGM " + s.quantity().name().toLowerCase(java.util.Locale.ROOT) + " (" + s.unit() + ")";
    }

    private static C3dParameters withProcessing(C3dParameters parameters, Map<String, Double> values) {
        List<C3dGroup> groups = new ArrayList<>();
        boolean found = false;
        for (C3dGroup g : parameters.groups()) {
            if (!found && g.name().equalsIgnoreCase("PROCESSING")) {
                found = true;
                Map<String, C3dParameter> merged = new LinkedHashMap<>();
                for (C3dParameter p : g.parameters()) {
                    merged.put(p.name().toUpperCase(java.util.Locale.ROOT), p);
                }
                values.forEach((k, v) -> merged.put(k.toUpperCase(java.util.Locale.ROOT), C3dParameter.ofFloats(k, "", v.floatValue())));
                groups.add(new C3dGroup(g.name(), g.description(), g.locked(), new ArrayList<>(merged.values())));
            } else {
                groups.add(g);
            }
        }
        if (!found) {
            List<C3dParameter> ps = new ArrayList<>();
            values.forEach((k, v) -> ps.add(C3dParameter.ofFloats(k, "", v.floatValue())));
            groups.add(new C3dGroup("PROCESSING", "Subject parameters of the model", false, ps));
        }
        return new C3dParameters(groups);
    }
}
