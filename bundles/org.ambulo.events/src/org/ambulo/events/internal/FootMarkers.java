package org.ambulo.events.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.events.EventIssue;
import org.ambulo.events.EventSettings;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;
import org.ambulo.signal.Butterworth;

/**
 * The heel, toe and pelvis markers event detection needs, gap-bridged and low-pass filtered, plus the walking
 * direction. Lab frame with Z vertical (Vicon, Qualisys and most gait labs). Side comes from the marker prefix.
 */
public final class FootMarkers {

    /** Longest marker gap bridged by linear interpolation before filtering: 0.1 s, shorter than any gait phase. */
    static final double MAX_BRIDGED_GAP_SECONDS = 0.1;
    /** Overground trials move the pelvis at least this far; less means treadmill or standing: 500 mm. */
    static final double OVERGROUND_DISPLACEMENT_MM = 500;

    /** Filtered markers of one foot. */
    public record Foot(Side side, MarkerTrajectory heel, MarkerTrajectory toe) {
    }

    /** The Plug-in Gait labels the force-plate bundle's foot assignment looks for, by side and part. */
    private static String plugInGaitLabel(Side side, String part) {
        return side.labelPrefix() + part;
    }

    private final String fileName;
    private final double rateHz;
    private final int firstFrame;
    private final int frameCount;
    private final Map<Side, Foot> feet;
    private final Optional<MarkerTrajectory> pelvis;
    private final int axis;
    private final double direction;
    private final List<EventIssue> notes;
    private final Map<String, MarkerTrajectory> unfilteredFootMarkers;

    private FootMarkers(String fileName, double rateHz, int firstFrame, int frameCount, Map<Side, Foot> feet,
            Optional<MarkerTrajectory> pelvis, int axis, double direction, List<EventIssue> notes,
            Map<String, MarkerTrajectory> unfilteredFootMarkers) {
        this.fileName = fileName;
        this.rateHz = rateHz;
        this.firstFrame = firstFrame;
        this.frameCount = frameCount;
        this.feet = feet;
        this.pelvis = pelvis;
        this.axis = axis;
        this.direction = direction;
        this.notes = notes;
        this.unfilteredFootMarkers = unfilteredFootMarkers;
    }

    /**
     * Reads and prepares the markers.
     *
     * @param needPelvis
     *            whether the pelvis reference (sacrum or PSIS midpoint) is required (Zeni) or only used for the direction
     * @throws C3dFormatException
     *             naming the file and every missing marker
     */
    public static FootMarkers of(C3dFile file, EventSettings settings, boolean needPelvis) throws C3dFormatException {
        if (!(file.pointRateHz() > 0)) {
            throw new C3dFormatException(file.sourceName(), -1,
                    "gait event detection needs a point rate, the file has " + file.pointRateHz() + " Hz");
        }
        if (file.frameCount() < 3) {
            throw new C3dFormatException(file.sourceName(), -1,
                    "gait event detection needs a walking trial; this one has only " + file.frameCount() + " frame(s)");
        }
        MarkerSource all = new MarkerSource(file);
        List<String> missing = new ArrayList<>();
        List<EventIssue> notes = new ArrayList<>();
        Map<Side, Foot> feet = new EnumMap<>(Side.class);
        if (settings.markerLowPassHz() >= file.pointRateHz() / 2) {
            throw new C3dFormatException(file.sourceName(), -1, "the marker low-pass cutoff " + settings.markerLowPassHz()
                    + " Hz must be below half the point rate of " + file.pointRateHz() + " Hz");
        }
        Butterworth filter = settings.markerLowPassHz() > 0
                ? Butterworth.lowPass(settings.markerFilterOrder(), settings.markerLowPassHz(), file.pointRateHz())
                : null;
        Map<String, MarkerTrajectory> unfiltered = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            String heelName = side.labelPrefix() + settings.heelMarker();
            Optional<MarkerTrajectory> heel = find(all, heelName);
            if (heel.isEmpty() && !settings.heelFallbackMarker().isBlank()) {
                String fallback = side.labelPrefix() + settings.heelFallbackMarker();
                heel = find(all, fallback);
                heel.ifPresent(h -> notes.add(new EventIssue(EventIssue.Severity.WARNING, "heel marker " + heelName + " missing in "
                        + file.sourceName() + ": using " + h.label() + " instead, kinematic strikes may be shifted")));
            }
            Optional<MarkerTrajectory> toe = find(all, side.labelPrefix() + settings.toeMarker());
            if (heel.isEmpty()) {
                missing.add(heelName);
            }
            if (toe.isEmpty()) {
                missing.add(side.labelPrefix() + settings.toeMarker());
            }
            // The plate assignment gets the markers chosen here (configured names, heel fallback) under Plug-in Gait
            // labels, unfiltered as the force-plate bundle expects.
            heel.ifPresent(h -> unfiltered.put(plugInGaitLabel(side, "HEE"), h));
            toe.ifPresent(t -> unfiltered.put(plugInGaitLabel(side, "TOE"), t));
            if (heel.isPresent() && toe.isPresent()) {
                feet.put(side,
                        new Foot(side, prepare(heel.get(), filter, file.pointRateHz()), prepare(toe.get(), filter, file.pointRateHz())));
            }
        }
        Optional<MarkerTrajectory> pelvis = find(all, settings.sacrumMarker());
        if (pelvis.isEmpty()) {
            Optional<MarkerTrajectory> left = find(all, "L" + settings.psisMarker());
            Optional<MarkerTrajectory> right = find(all, "R" + settings.psisMarker());
            if (left.isPresent() && right.isPresent()) {
                pelvis = Optional.of(midpoint(left.get(), right.get()));
            } else if (needPelvis) {
                missing.add(settings.sacrumMarker() + " (or L" + settings.psisMarker() + " and R" + settings.psisMarker() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new C3dFormatException(file.sourceName(), -1, "gait event detection needs marker(s) " + String.join(", ", missing)
                    + ", which the file does not have (or which never have a sample)");
        }
        Optional<MarkerTrajectory> filteredPelvis = pelvis.map(p -> prepare(p, filter, file.pointRateHz()));
        int[] axisAndSign = progression(file.sourceName(), settings, feet, filteredPelvis, notes);
        return new FootMarkers(file.sourceName(), file.pointRateHz(), file.firstFrame(), file.frameCount(), feet, filteredPelvis,
                axisAndSign[0],
                axisAndSign[1], List.copyOf(notes), Map.copyOf(unfiltered));
    }

    /** A marker by label (also with a subject prefix); empty if absent or never sampled. */
    static Optional<MarkerTrajectory> find(MarkerSource all, String name) throws C3dFormatException {
        Optional<MarkerTrajectory> marker = all.find(name);
        if (marker.isPresent()) {
            for (int i = 0; i < marker.get().frameCount(); i++) {
                if (marker.get().isValid(i)) {
                    return marker;
                }
            }
        }
        return Optional.empty();
    }

    private static MarkerTrajectory midpoint(MarkerTrajectory a, MarkerTrajectory b) {
        int n = a.frameCount();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 * (a.xMm()[i] + b.xMm()[i]);
            y[i] = 0.5 * (a.yMm()[i] + b.yMm()[i]);
            z[i] = 0.5 * (a.zMm()[i] + b.zMm()[i]);
        }
        return new MarkerTrajectory(a.label() + "+" + b.label(), x, y, z);
    }

    /** Bridges short gaps, then low-pass filters each run of samples (zero lag; longer gaps stay NaN). */
    private static MarkerTrajectory prepare(MarkerTrajectory m, Butterworth filter, double rateHz) {
        int maxGap = (int) Math.round(MAX_BRIDGED_GAP_SECONDS * rateHz);
        double[] x = bridge(m.xMm(), maxGap);
        double[] y = bridge(m.yMm(), maxGap);
        double[] z = bridge(m.zMm(), maxGap);
        if (filter != null) {
            x = filter.filtfilt(x);
            y = filter.filtfilt(y);
            z = filter.filtfilt(z);
        }
        return new MarkerTrajectory(m.label(), x, y, z);
    }

    /** A copy with interior NaN gaps of at most {@code maxGap} samples linearly interpolated. */
    static double[] bridge(double[] v, int maxGap) {
        double[] out = v.clone();
        int last = -1;
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                continue;
            }
            int gap = i - last - 1;
            if (last >= 0 && gap > 0 && gap <= maxGap) {
                for (int k = last + 1; k < i; k++) {
                    out[k] = out[last] + (out[i] - out[last]) * (k - last) / (double) (i - last);
                }
            }
            last = i;
        }
        return out;
    }

    private static int[] progression(String fileName, EventSettings settings, Map<Side, Foot> feet, Optional<MarkerTrajectory> pelvis,
            List<EventIssue> notes) {
        if (settings.progressionAxis() != EventSettings.ProgressionAxis.AUTO) {
            int axis = settings.progressionAxis() == EventSettings.ProgressionAxis.X ? 0 : 1;
            return new int[]{axis, footDirectionSign(feet, axis)};
        }
        if (pelvis.isPresent()) {
            double[] first = firstValid(pelvis.get(), true);
            double[] last = firstValid(pelvis.get(), false);
            if (first != null && last != null) {
                double dx = last[0] - first[0];
                double dy = last[1] - first[1];
                if (Math.hypot(dx, dy) >= OVERGROUND_DISPLACEMENT_MM) {
                    int axis = Math.abs(dx) >= Math.abs(dy) ? 0 : 1;
                    double d = axis == 0 ? dx : dy;
                    return new int[]{axis, d >= 0 ? 1 : -1};
                }
            }
        }
        // Treadmill or short trial: the feet point where the subject walks.
        double sx = 0;
        double sy = 0;
        for (Foot foot : feet.values()) {
            for (int i = 0; i < foot.heel().frameCount(); i++) {
                double ddx = foot.toe().xMm()[i] - foot.heel().xMm()[i];
                double ddy = foot.toe().yMm()[i] - foot.heel().yMm()[i];
                if (!Double.isNaN(ddx) && !Double.isNaN(ddy)) {
                    sx += ddx;
                    sy += ddy;
                }
            }
        }
        int axis = Math.abs(sx) >= Math.abs(sy) ? 0 : 1;
        notes.add(new EventIssue(EventIssue.Severity.INFO, fileName + ": pelvis moves less than " + (int) OVERGROUND_DISPLACEMENT_MM
                + " mm (treadmill?), walking direction taken from the heel-to-toe direction: " + (((axis == 0 ? sx : sy) >= 0) ? "+" : "-")
                + (axis == 0 ? "X" : "Y")));
        return new int[]{axis, (axis == 0 ? sx : sy) >= 0 ? 1 : -1};
    }

    private static int footDirectionSign(Map<Side, Foot> feet, int axis) {
        double s = 0;
        for (Foot foot : feet.values()) {
            double[] toe = axis == 0 ? foot.toe().xMm() : foot.toe().yMm();
            double[] heel = axis == 0 ? foot.heel().xMm() : foot.heel().yMm();
            for (int i = 0; i < toe.length; i++) {
                if (!Double.isNaN(toe[i] - heel[i])) {
                    s += toe[i] - heel[i];
                }
            }
        }
        return s >= 0 ? 1 : -1;
    }

    private static double[] firstValid(MarkerTrajectory m, boolean fromStart) {
        int n = m.frameCount();
        for (int k = 0; k < n; k++) {
            int i = fromStart ? k : n - 1 - k;
            if (m.isValid(i)) {
                return new double[]{m.xMm()[i], m.yMm()[i]};
            }
        }
        return null;
    }

    public String fileName() {
        return fileName;
    }

    public double rateHz() {
        return rateHz;
    }

    public int frameCount() {
        return frameCount;
    }

    public Foot foot(Side side) {
        return feet.get(side);
    }

    public Optional<MarkerTrajectory> pelvis() {
        return pelvis;
    }

    /** 0 for X, 1 for Y. */
    public int progressionAxis() {
        return axis;
    }

    /** +1 when walking towards the positive axis, -1 otherwise. */
    public double progressionSign() {
        return direction;
    }

    /**
     * The unfiltered heel (or its fallback) and toe markers found, labelled {@code LHEE LTOE RHEE RTOE} whatever the
     * configured names, for {@code org.ambulo.forceplate.FootPlateAssignment}.
     */
    public Map<String, MarkerTrajectory> unfilteredFootMarkers() {
        return unfilteredFootMarkers;
    }

    /** Findings while preparing (fallback markers, direction). */
    public List<EventIssue> notes() {
        return notes;
    }

    /** Seconds from capture frame 1 of a (fractional) 0-based data frame index. */
    public double timeOfIndex(double index) {
        return (firstFrame - 1 + index) / rateHz;
    }

    /** Coordinate along the progression axis, signed so that forward is positive. */
    public double forward(MarkerTrajectory m, int i) {
        return direction * (axis == 0 ? m.xMm()[i] : m.yMm()[i]);
    }
}
