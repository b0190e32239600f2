package org.ambulo.forceplate.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.forceplate.ContactSettings;
import org.ambulo.forceplate.ForcePlates;
import org.ambulo.forceplate.PlateContact;
import org.ambulo.forceplate.PlateContacts;
import org.ambulo.forceplate.PlateReaction;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/** Finds the loaded periods of every plate and judges each with the foot markers (see FootPlateAssignment). */
public final class ContactDetector {

    /** Loaded periods closer than this are one contact (the force can dip below the threshold in mid-stance noise). */
    static final double MERGE_GAP_SECONDS = 0.02;
    /** A foot whose mid-foot is farther than this from the centre of pressure did not make the contact. */
    static final double MAX_FOOT_TO_COP_MM = 250.0;
    /** Frames in a row a marker must stay on the ground over a plate to count as standing on it (not swinging by). */
    static final int MIN_GROUND_FRAMES = 2;

    private ContactDetector() {
    }

    public static PlateContacts assign(C3dFile file, List<PlateReaction> reactions, Map<String, MarkerTrajectory> markers,
            ContactSettings settings) {
        Feet feet = new Feet(FootMarkers.of(markers, Side.LEFT), FootMarkers.of(markers, Side.RIGHT));
        int plates = reactions.size();
        List<double[]> normals = new ArrayList<>(plates);
        List<PlateOutline> outlines = new ArrayList<>(plates);
        for (PlateReaction r : reactions) {
            normals.add(r.normalForceN());
            outlines.add(new PlateOutline(r));
        }
        List<PlateContact> contacts = new ArrayList<>();
        List<Integer> unloaded = new ArrayList<>();
        for (int p = 0; p < plates; p++) {
            PlateReaction r = reactions.get(p);
            List<int[]> runs = loadedPeriods(normals.get(p), r.analogRateHz(), settings);
            if (runs.isEmpty()) {
                unloaded.add(r.plateNumber());
            }
            for (int[] run : runs) {
                contacts.add(judge(file, reactions, normals, outlines, p, run, feet, settings));
            }
        }
        contacts.sort(Comparator.comparingDouble(PlateContact::strikeTimeSeconds).thenComparingInt(PlateContact::plateNumber));
        return new PlateContacts(contacts, unloaded);
    }

    private record Feet(FootMarkers left, FootMarkers right) {
        FootMarkers of(Side side) {
            return side == Side.LEFT ? left : right;
        }
    }

    /** [first, end) sample ranges where the normal force exceeds the threshold, merged across short dips. */
    static List<int[]> loadedPeriods(double[] normal, double rateHz, ContactSettings settings) {
        List<int[]> raw = new ArrayList<>();
        int start = -1;
        for (int s = 0; s < normal.length; s++) {
            boolean loaded = normal[s] > settings.contactThresholdN();
            if (loaded && start < 0) {
                start = s;
            } else if (!loaded && start >= 0) {
                raw.add(new int[]{start, s});
                start = -1;
            }
        }
        if (start >= 0) {
            raw.add(new int[]{start, normal.length});
        }
        int mergeGap = (int) Math.round(MERGE_GAP_SECONDS * rateHz);
        List<int[]> merged = new ArrayList<>();
        for (int[] run : raw) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && run[0] - last[1] <= mergeGap) {
                last[1] = run[1];
            } else {
                merged.add(run.clone());
            }
        }
        double minSamples = settings.minContactSeconds() * rateHz;
        merged.removeIf(run -> run[1] - run[0] < minSamples);
        return merged;
    }

    private static PlateContact judge(C3dFile file, List<PlateReaction> reactions, List<double[]> normals, List<PlateOutline> outlines,
            int p, int[] run, Feet feet, ContactSettings settings) {
        PlateReaction plate = reactions.get(p);
        PlateOutline outline = outlines.get(p);
        double[] normal = normals.get(p);
        int number = plate.plateNumber();
        int n = normal.length;
        int spf = Math.max(1, file.analogSamplesPerFrame());
        int firstFrame = run[0] / spf;
        int lastFrame = Math.min((run[1] - 1) / spf, file.frameCount() - 1);
        double strike = ForcePlates.captureTimeSeconds(file, run[0]);
        double off = ForcePlates.captureTimeSeconds(file, Math.min(run[1], n - 1));

        List<String> reasons = new ArrayList<>();
        if (run[0] == 0) {
            reasons.add("strike before the trial starts (plate " + number + " loaded from the first sample)");
        }
        if (run[1] == n) {
            reasons.add("foot still on plate " + number + " when the trial ends");
        }
        Optional<Side> side = chooseFoot(plate, outline, run, firstFrame, lastFrame, spf, feet);
        List<Integer> otherPlates = new ArrayList<>();
        if (feet.left().isEmpty() && feet.right().isEmpty()) {
            reasons.add(0, "no foot markers (LHEE LTOE RHEE RTOE) to tell which foot loaded plate " + number);
        } else if (side.isEmpty()) {
            reasons.add(0, "no foot within " + (int) MAX_FOOT_TO_COP_MM + " mm of the centre of pressure on plate " + number);
        } else {
            FootMarkers foot = feet.of(side.get());
            FootMarkers other = feet.of(side.get().opposite());
            stanceInside(foot, outline, normal, run, firstFrame, lastFrame, spf, settings, number, reasons);
            if (onPlate(other, outline, firstFrame, lastFrame, file.pointRateHz(), settings)) {
                reasons.add("both feet on plate " + number);
            }
            for (int q = 0; q < reactions.size(); q++) {
                if (q != p && loadedDuring(normals.get(q), run, settings)
                        && onPlate(foot, outlines.get(q), firstFrame, lastFrame, file.pointRateHz(), settings)) {
                    otherPlates.add(reactions.get(q).plateNumber());
                }
            }
            if (!otherPlates.isEmpty()) {
                reasons.add(foot.name() + " foot also on plate" + (otherPlates.size() > 1 ? "s " : " ") + join(otherPlates)
                        + " (cross-plate strike)");
            }
        }
        boolean valid = side.isPresent() && reasons.isEmpty();
        String assessment = valid ? feet.of(side.get()).name() + " foot entirely on plate " + number : String.join("; ", reasons);
        return new PlateContact(number, side, strike, off, valid, assessment, otherPlates);
    }

    /** The foot whose mid-foot is closest to the centre of pressure in most loaded frames, if near enough. */
    private static Optional<Side> chooseFoot(PlateReaction plate, PlateOutline outline, int[] run, int firstFrame, int lastFrame,
            int spf, Feet feet) {
        double[] leftDistances = new double[lastFrame - firstFrame + 1];
        double[] rightDistances = new double[leftDistances.length];
        int leftVotes = 0;
        int rightVotes = 0;
        for (int f = firstFrame; f <= lastFrame; f++) {
            int s = Math.max(run[0], Math.min(run[1] - 1, f * spf));
            if (!plate.isLoaded(s)) {
                continue;
            }
            double[] cop = {plate.copXMm()[s], plate.copYMm()[s], plate.copZMm()[s]};
            double[] l = feet.left().midFoot(f);
            double[] r = feet.right().midFoot(f);
            double dl = l == null ? Double.POSITIVE_INFINITY : outline.planarDistanceMm(cop, l);
            double dr = r == null ? Double.POSITIVE_INFINITY : outline.planarDistanceMm(cop, r);
            if (dl == Double.POSITIVE_INFINITY && dr == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (dl <= dr) {
                leftDistances[leftVotes++] = dl;
            } else {
                rightDistances[rightVotes++] = dr;
            }
        }
        if (leftVotes == 0 && rightVotes == 0) {
            return Optional.empty();
        }
        boolean left = leftVotes >= rightVotes;
        double median = median(left ? leftDistances : rightDistances, left ? leftVotes : rightVotes);
        return median <= MAX_FOOT_TO_COP_MM ? Optional.of(left ? Side.LEFT : Side.RIGHT) : Optional.empty();
    }

    private static void stanceInside(FootMarkers foot, PlateOutline outline, double[] normal, int[] run, int firstFrame, int lastFrame,
            int spf, ContactSettings settings, int number, List<String> reasons) {
        check(foot, "heel", foot.heel(), settings.heelContactOffsetMm(), outline, normal, run, firstFrame, lastFrame, spf, settings, number,
                reasons);
        check(foot, "toe", foot.toe(), 0, outline, normal, run, firstFrame, lastFrame, spf, settings, number, reasons);
    }

    /**
     * Whether the part's contact point (the marker moved {@code forwardMm} towards the toe marker in the plate plane)
     * stays within the edge tolerance while the plate carries more than the validity threshold.
     */
    private static void check(FootMarkers foot, String part, Optional<MarkerTrajectory> marker, double forwardMm, PlateOutline outline,
            double[] normal, int[] run, int firstFrame, int lastFrame, int spf, ContactSettings settings, int number,
            List<String> reasons) {
        if (marker.isEmpty()) {
            reasons.add(foot.name() + " " + part + " marker absent: cannot check that the foot is on plate " + number);
            return;
        }
        boolean missing = false;
        boolean off = false;
        for (int f = firstFrame; f <= lastFrame; f++) {
            int s = Math.max(run[0], Math.min(run[1] - 1, f * spf));
            if (normal[s] <= settings.validityThresholdN()) {
                continue;
            }
            double[] p = FootMarkers.at(marker, f);
            if (p != null && forwardMm > 0) {
                p = towards(p, FootMarkers.at(foot.toe(), f), forwardMm, outline);
            }
            if (p == null) {
                missing = true;
            } else if (!outline.contains(p, -settings.edgeToleranceMm())) {
                off = true;
            }
        }
        if (off) {
            reasons.add(foot.name() + " " + part + " off the edge of plate " + number);
        } else if (missing) {
            reasons.add(foot.name() + " " + part + " marker missing during the contact on plate " + number);
        }
    }

    /**
     * {@code from} moved {@code distanceMm} towards {@code to} in the plate plane; without {@code to} (toe marker missing
     * in this frame) {@code from} unmoved, the stricter test.
     */
    private static double[] towards(double[] from, double[] to, double distanceMm, PlateOutline outline) {
        if (to == null) {
            return from;
        }
        double planar = outline.planarDistanceMm(from, to);
        if (!(planar > distanceMm)) {
            return from;
        }
        double[] along = outline.inPlane(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
        double scale = distanceMm / planar;
        return new double[]{from[0] + along[0] * scale, from[1] + along[1] * scale, from[2] + along[2] * scale};
    }

    /** Whether the foot's heel or toe stood over this plate, at ground height, for a few frames in a row. */
    private static boolean onPlate(FootMarkers foot, PlateOutline outline, int firstFrame, int lastFrame, double rateHz,
            ContactSettings settings) {
        return onPlate(foot.heel(), outline, firstFrame, lastFrame, rateHz, settings)
                || onPlate(foot.toe(), outline, firstFrame, lastFrame, rateHz, settings);
    }

    /** Central-difference speed in the plate plane, mm/s; infinite where a neighbour frame is missing. */
    private static double planarSpeed(Optional<MarkerTrajectory> marker, PlateOutline outline, int f, double rateHz) {
        double[] before = FootMarkers.at(marker, f - 1);
        double[] after = FootMarkers.at(marker, f + 1);
        if (before == null || after == null) {
            before = FootMarkers.at(marker, f);
            after = before == null ? null : FootMarkers.at(marker, f + 1);
            if (after == null) {
                before = FootMarkers.at(marker, f - 1);
                after = FootMarkers.at(marker, f);
            }
            if (before == null || after == null) {
                return Double.POSITIVE_INFINITY;
            }
            return outline.planarDistanceMm(before, after) * rateHz;
        }
        return outline.planarDistanceMm(before, after) * rateHz / 2;
    }

    private static boolean onPlate(Optional<MarkerTrajectory> marker, PlateOutline outline, int firstFrame, int lastFrame,
            double rateHz, ContactSettings settings) {
        if (marker.isEmpty()) {
            return false;
        }
        double ground = lowestHeight(marker.get(), outline) + settings.groundClearanceMm();
        int inRow = 0;
        for (int f = firstFrame; f <= lastFrame; f++) {
            double[] p = FootMarkers.at(marker, f);
            if (p != null && outline.heightMm(p) <= ground && outline.contains(p, settings.edgeToleranceMm())
                    && planarSpeed(marker, outline, f, rateHz) <= settings.groundSpeedMmPerSecond()) {
                if (++inRow >= MIN_GROUND_FRAMES) {
                    return true;
                }
            } else {
                inRow = 0;
            }
        }
        return false;
    }

    private static double lowestHeight(MarkerTrajectory m, PlateOutline outline) {
        double lowest = Double.POSITIVE_INFINITY;
        for (int f = 0; f < m.frameCount(); f++) {
            if (m.isValid(f)) {
                lowest = Math.min(lowest, outline.heightMm(new double[]{m.xMm()[f], m.yMm()[f], m.zMm()[f]}));
            }
        }
        return lowest;
    }

    private static boolean loadedDuring(double[] normal, int[] run, ContactSettings settings) {
        for (int s = run[0]; s < Math.min(run[1], normal.length); s++) {
            if (normal[s] > settings.contactThresholdN()) {
                return true;
            }
        }
        return false;
    }

    private static double median(double[] values, int count) {
        double[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        return count % 2 == 1 ? v[count / 2] : (v[count / 2 - 1] + v[count / 2]) / 2;
    }

    private static String join(List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            sb.append(i == 0 ? "" : i == numbers.size() - 1 ? " and " : ", ").append(numbers.get(i));
        }
        return sb.toString();
    }
}
