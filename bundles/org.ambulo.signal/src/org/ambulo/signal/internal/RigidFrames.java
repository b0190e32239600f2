package org.ambulo.signal.internal;

import org.ambulo.model.MarkerTrajectory;

/**
 * The orthonormal frame of three donor markers per frame: origin A, e1 along A→B, e3 normal to the plane ABC,
 * e2 = e3 × e1; and a target marker's position in it.
 */
public final class RigidFrames {

    private final MarkerTrajectory target;
    private final MarkerTrajectory a;
    private final MarkerTrajectory b;
    private final MarkerTrajectory c;
    private final double minSinAngle;

    public RigidFrames(MarkerTrajectory target, MarkerTrajectory a, MarkerTrajectory b, MarkerTrajectory c, double minAngleDegrees) {
        for (MarkerTrajectory donor : new MarkerTrajectory[]{a, b, c}) {
            if (donor.frameCount() != target.frameCount()) {
                throw new IllegalArgumentException("donor " + donor.label() + " has " + donor.frameCount() + " frames, "
                        + target.label() + " has " + target.frameCount());
            }
            if (donor.label().equals(target.label())) {
                throw new IllegalArgumentException("marker " + target.label() + " cannot be its own donor");
            }
        }
        this.target = target;
        this.a = a;
        this.b = b;
        this.c = c;
        this.minSinAngle = Math.sin(Math.toRadians(minAngleDegrees));
    }

    /** Whether the donors are all present at frame f and span a plane. */
    public boolean donorsUsable(int f) {
        if (!a.isValid(f) || !b.isValid(f) || !c.isValid(f)) {
            return false;
        }
        double[] axes = axes(f);
        return axes != null;
    }

    /** The target's position at frame f in the donor frame (mm). */
    public double[] local(int f) {
        double[] e = axes(f);
        double dx = target.xMm()[f] - a.xMm()[f];
        double dy = target.yMm()[f] - a.yMm()[f];
        double dz = target.zMm()[f] - a.zMm()[f];
        return new double[]{dx * e[0] + dy * e[1] + dz * e[2], dx * e[3] + dy * e[4] + dz * e[5], dx * e[6] + dy * e[7] + dz * e[8]};
    }

    /** The lab position (mm) of a point given in the donor frame at frame f. */
    public double[] global(int f, double[] local) {
        double[] e = axes(f);
        return new double[]{a.xMm()[f] + local[0] * e[0] + local[1] * e[3] + local[2] * e[6],
                a.yMm()[f] + local[0] * e[1] + local[1] * e[4] + local[2] * e[7],
                a.zMm()[f] + local[0] * e[2] + local[1] * e[5] + local[2] * e[8]};
    }

    /** e1, e2, e3 (9 values), or null if the donor triangle is degenerate. */
    private double[] axes(int f) {
        double ux = b.xMm()[f] - a.xMm()[f], uy = b.yMm()[f] - a.yMm()[f], uz = b.zMm()[f] - a.zMm()[f];
        double vx = c.xMm()[f] - a.xMm()[f], vy = c.yMm()[f] - a.yMm()[f], vz = c.zMm()[f] - a.zMm()[f];
        double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        double lu = Math.sqrt(ux * ux + uy * uy + uz * uz);
        double lv = Math.sqrt(vx * vx + vy * vy + vz * vz);
        double ln = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (!(lu > 0) || !(lv > 0) || !(ln >= minSinAngle * lu * lv)) {
            return null;
        }
        double e1x = ux / lu, e1y = uy / lu, e1z = uz / lu;
        double e3x = nx / ln, e3y = ny / ln, e3z = nz / ln;
        double e2x = e3y * e1z - e3z * e1y, e2y = e3z * e1x - e3x * e1z, e2z = e3x * e1y - e3y * e1x;
        return new double[]{e1x, e1y, e1z, e2x, e2y, e2z, e3x, e3y, e3z};
    }
}
