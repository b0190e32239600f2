package org.ambulo.signal;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.model.MarkerTrajectory;
import org.ambulo.signal.internal.RigidFrames;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * Fills gaps in marker trajectories; nothing is filled silently: every filled frame is flagged in
 * {@link FilledTrajectory#filled()}, every fill listed with what it used, every gap left open listed with the reason.
 * Passes can be chained (e.g. spline for short gaps, then rigid body for the rest); a later pass only touches frames
 * still missing and seeds only from measured (never from filled) frames.
 * <h2>Spline fill</h2> A natural cubic spline through measured frames on both sides of the gap, per coordinate. Seed
 * frames as in the Vicon Nexus Woltring fill pipeline operation (Vicon FAQ "What gap filling algorithms are used in
 * Nexus 2"): up to (gap length / 2 + 5) consecutive measured frames on each side, at least
 * {@value #MIN_SEED_FRAMES}. Gaps at the start or end of the trial are not extrapolated.
 * <h2>Rigid-body fill</h2> The missing marker is placed where it sits in the frame of three donor markers of the same
 * segment (origin A, x along A→B, z normal to the plane ABC). Its local position is taken at the nearest frame
 * before and after the gap where all four markers are measured and blended linearly in time across the gap (one
 * side only for gaps at the start or end of the trial), which follows slow skin drift. Frames where a donor is
 * missing or the donors are nearly collinear (angle at A below {@value #MIN_DONOR_ANGLE_DEGREES}°) stay open. No
 * maximum gap length applies: the fill follows the segment, not a guess over time.
 */
public final class GapFilling {

    /** Minimum consecutive measured frames on each side for a spline fill (Vicon Nexus Woltring fill pipeline). */
    public static final int MIN_SEED_FRAMES = 5;

    /** Donor triangles flatter than this are not used (orientation undefined). */
    public static final double MIN_DONOR_ANGLE_DEGREES = 3;

    private GapFilling() {
    }

    /** The runs of missing frames, in order. */
    public static List<Gap> gaps(MarkerTrajectory marker) {
        List<Gap> gaps = new ArrayList<>();
        int n = marker.frameCount();
        int i = 0;
        while (i < n) {
            if (marker.isValid(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !marker.isValid(i)) {
                i++;
            }
            gaps.add(new Gap(marker.label(), start, i - 1));
        }
        return gaps;
    }

    /** Spline fill of every interior gap up to {@code maxGapFrames} frames. */
    public static FilledTrajectory splineFill(MarkerTrajectory marker, int maxGapFrames) {
        return splineFill(FilledTrajectory.unfilled(marker), maxGapFrames);
    }

    /** Spline fill of the gaps still open in {@code prior}, up to {@code maxGapFrames} frames. */
    public static FilledTrajectory splineFill(FilledTrajectory prior, int maxGapFrames) {
        if (maxGapFrames < 0) {
            throw new IllegalArgumentException("maximum gap must not be negative, got " + maxGapFrames + " frames");
        }
        Work work = new Work(prior);
        int n = work.frameCount;
        for (Gap gap : gaps(prior.trajectory())) {
            int length = gap.lengthFrames();
            if (gap.firstFrame() == 0) {
                work.leaveOpen(gap, "at the start of the trial: no frames before it, a spline would extrapolate");
            } else if (gap.lastFrame() == n - 1) {
                work.leaveOpen(gap, "at the end of the trial: no frames after it, a spline would extrapolate");
            } else if (length > maxGapFrames) {
                work.leaveOpen(gap, length + " frames, longer than the maximum of " + maxGapFrames + " for a spline fill");
            } else {
                splineFillGap(prior, work, gap);
            }
        }
        return work.result();
    }

    private static void splineFillGap(FilledTrajectory prior, Work work, Gap gap) {
        int wanted = gap.lengthFrames() / 2 + 5;
        int before = 0;
        while (before < wanted && gap.firstFrame() - before - 1 >= 0 && prior.isMeasured(gap.firstFrame() - before - 1)) {
            before++;
        }
        int after = 0;
        while (after < wanted && gap.lastFrame() + after + 1 < work.frameCount && prior.isMeasured(gap.lastFrame() + after + 1)) {
            after++;
        }
        if (before < MIN_SEED_FRAMES || after < MIN_SEED_FRAMES) {
            work.leaveOpen(gap, "only " + before + " measured frames before and " + after + " after; a spline fill needs "
                    + MIN_SEED_FRAMES + " consecutive on each side");
            return;
        }
        double[] frames = new double[before + after];
        for (int k = 0; k < before; k++) {
            frames[k] = gap.firstFrame() - before + k;
        }
        for (int k = 0; k < after; k++) {
            frames[before + k] = gap.lastFrame() + 1 + k;
        }
        double[][] coordinates = {work.x, work.y, work.z};
        for (double[] c : coordinates) {
            double[] values = new double[frames.length];
            for (int k = 0; k < frames.length; k++) {
                values[k] = c[(int) frames[k]];
            }
            PolynomialSplineFunction spline = new SplineInterpolator().interpolate(frames, values);
            for (int f = gap.firstFrame(); f <= gap.lastFrame(); f++) {
                c[f] = spline.value(f);
            }
        }
        work.markFilled(gap, FillMethod.SPLINE, "natural cubic spline through measured frames " + (int) frames[0] + ".."
                + (gap.firstFrame() - 1) + " and " + (gap.lastFrame() + 1) + ".." + (int) frames[frames.length - 1]);
    }

    /** Rigid-body fill of every gap of {@code target} from three donor markers of the same segment. */
    public static FilledTrajectory rigidBodyFill(MarkerTrajectory target, MarkerTrajectory a, MarkerTrajectory b, MarkerTrajectory c) {
        return rigidBodyFill(FilledTrajectory.unfilled(target), a, b, c);
    }

    /** Rigid-body fill of the gaps still open in {@code prior} from three donor markers of the same segment. */
    public static FilledTrajectory rigidBodyFill(FilledTrajectory prior, MarkerTrajectory a, MarkerTrajectory b, MarkerTrajectory c) {
        RigidFrames frames = new RigidFrames(prior.trajectory(), a, b, c, MIN_DONOR_ANGLE_DEGREES);
        Work work = new Work(prior);
        String donors = a.label() + ", " + b.label() + ", " + c.label();
        for (Gap gap : gaps(prior.trajectory())) {
            int refBefore = -1;
            for (int f = gap.firstFrame() - 1; f >= 0 && refBefore < 0; f--) {
                refBefore = prior.isMeasured(f) && frames.donorsUsable(f) ? f : -1;
            }
            int refAfter = -1;
            for (int f = gap.lastFrame() + 1; f < work.frameCount && refAfter < 0; f++) {
                refAfter = prior.isMeasured(f) && frames.donorsUsable(f) ? f : -1;
            }
            if (refBefore < 0 && refAfter < 0) {
                work.leaveOpen(gap, "no frame where " + prior.label() + " and donors " + donors + " are all measured");
                continue;
            }
            double[] localBefore = refBefore >= 0 ? frames.local(refBefore) : null;
            double[] localAfter = refAfter >= 0 ? frames.local(refAfter) : null;
            int runStart = gap.firstFrame();
            boolean runFilled = false;
            for (int f = gap.firstFrame(); f <= gap.lastFrame() + 1; f++) {
                boolean usable = f <= gap.lastFrame() && frames.donorsUsable(f);
                if (f > gap.firstFrame() && (f > gap.lastFrame() || usable != runFilled)) {
                    Gap part = new Gap(gap.marker(), runStart, f - 1);
                    if (runFilled) {
                        work.markFilled(part, FillMethod.RIGID_BODY, "donors " + donors + ", local position from frame"
                                + (refBefore >= 0 && refAfter >= 0
                                        ? "s " + refBefore + " and " + refAfter
                                        : " " + Math.max(refBefore, refAfter)));
                    } else {
                        work.leaveOpen(part, "donors " + donors + " missing or nearly collinear");
                    }
                    runStart = f;
                }
                runFilled = usable;
                if (usable) {
                    double[] local = blend(localBefore, refBefore, localAfter, refAfter, f);
                    double[] global = frames.global(f, local);
                    work.x[f] = global[0];
                    work.y[f] = global[1];
                    work.z[f] = global[2];
                }
            }
        }
        return work.result();
    }

    private static double[] blend(double[] before, int frameBefore, double[] after, int frameAfter, int frame) {
        if (before == null) {
            return after;
        }
        if (after == null) {
            return before;
        }
        double w = (frame - frameBefore) / (double) (frameAfter - frameBefore);
        return new double[]{before[0] + w * (after[0] - before[0]), before[1] + w * (after[1] - before[1]),
                before[2] + w * (after[2] - before[2])};
    }

    /** Mutable copies for one pass. */
    private static final class Work {
        final int frameCount;
        final String label;
        final double[] x;
        final double[] y;
        final double[] z;
        final boolean[] filled;
        final List<Fill> fills;
        final List<OpenGap> open = new ArrayList<>();

        Work(FilledTrajectory prior) {
            MarkerTrajectory t = prior.trajectory();
            frameCount = t.frameCount();
            label = t.label();
            x = t.xMm().clone();
            y = t.yMm().clone();
            z = t.zMm().clone();
            filled = prior.filled().clone();
            fills = new ArrayList<>(prior.fills());
        }

        void leaveOpen(Gap gap, String reason) {
            open.add(new OpenGap(gap, reason));
        }

        void markFilled(Gap gap, FillMethod method, String detail) {
            for (int f = gap.firstFrame(); f <= gap.lastFrame(); f++) {
                filled[f] = true;
            }
            fills.add(new Fill(gap, method, detail));
        }

        FilledTrajectory result() {
            return new FilledTrajectory(new MarkerTrajectory(label, x, y, z), filled, fills, open);
        }
    }
}
