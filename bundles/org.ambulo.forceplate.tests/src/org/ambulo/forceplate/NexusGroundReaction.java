package org.ambulo.forceplate;

import java.util.OptionalInt;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.PointData;
import org.ambulo.model.Side;

/** Reads Nexus' L/RGroundReactionForce model outputs (N/kg, lab frame, one per point frame) of a file. */
final class NexusGroundReaction {

    private NexusGroundReaction() {
    }

    /** Index of the point {@code [Subject:]LGroundReactionForce} / {@code R...}. */
    static OptionalInt point(C3dFile file, Side side) {
        String wanted = side.labelPrefix() + "GroundReactionForce";
        for (int i = 0; i < file.points().size(); i++) {
            String label = file.points().get(i).label();
            if (label.substring(label.lastIndexOf(':') + 1).equals(wanted)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Data frame index of a capture time. */
    static int frameOf(C3dFile file, double timeSeconds) {
        return (int) Math.round(timeSeconds * file.pointRateHz()) + 1 - file.firstFrame();
    }

    /** Whether Nexus stored a non-zero force for that side at that frame (it writes zeros outside its valid strikes). */
    static boolean nonZero(C3dFile file, int point, int frame) {
        PointData d = file.pointData();
        return frame >= 0 && frame < file.frameCount() && d.isValid(frame, point)
                && (Math.abs(d.x(frame, point)) > 1e-6 || Math.abs(d.y(frame, point)) > 1e-6 || Math.abs(d.z(frame, point)) > 1e-6);
    }

    /**
     * Fraction of the contact's frames in which Nexus has a force for the side that is this plate's force: non-zero and
     * within 0.5 N/kg of our vertical force / body mass (so a force Nexus gives the foot on another plate in double
     * support does not count).
     */
    static double coverage(C3dFile file, PlateContact contact, Side side, PlateReaction plate, double massKg) {
        OptionalInt point = point(file, side);
        if (point.isEmpty()) {
            return 0;
        }
        int first = frameOf(file, contact.strikeTimeSeconds());
        int last = frameOf(file, contact.offTimeSeconds());
        int covered = 0;
        for (int f = first; f <= last; f++) {
            if (nonZero(file, point.getAsInt(), f)
                    && Math.abs(
                            file.pointData().z(f, point.getAsInt()) - plate.forceZN()[f * file.analogSamplesPerFrame()] / massKg) < 0.5) {
                covered++;
            }
        }
        return covered / (double) (last - first + 1);
    }

    /**
     * First frame from {@code from} on where Nexus' vertical force for the side exceeds {@code forceN} and is this plate's
     * force (within 0.5 N/kg), or -1.
     */
    static int firstFrameAbove(C3dFile file, Side side, int from, double forceN, PlateReaction plate, double massKg) {
        int point = point(file, side).orElseThrow();
        for (int f = Math.max(0, from); f < file.frameCount(); f++) {
            double z = file.pointData().z(f, point);
            if (file.pointData().isValid(f, point) && z * massKg > forceN
                    && Math.abs(z - plate.forceZN()[f * file.analogSamplesPerFrame()] / massKg) < 0.5) {
                return f;
            }
        }
        return -1;
    }
}
