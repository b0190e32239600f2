package org.ambulo.cycles;

/** The lab direction in which the subject walks; the vertical is the lab z axis. */
public enum ProgressionDirection {
    PLUS_X("+x", 1, 0),
    MINUS_X("-x", -1, 0),
    PLUS_Y("+y", 0, 1),
    MINUS_Y("-y", 0, -1);

    private final String label;
    private final int x;
    private final int y;

    ProgressionDirection(String label, int x, int y) {
        this.label = label;
        this.x = x;
        this.y = y;
    }

    /** {@code +x}, {@code -x}, {@code +y} or {@code -y}. */
    public String label() {
        return label;
    }

    /** x component of the unit vector. */
    public int x() {
        return x;
    }

    /** y component of the unit vector. */
    public int y() {
        return y;
    }

    /** The axis direction closest to a horizontal displacement. */
    public static ProgressionDirection of(double dxMm, double dyMm) {
        if (Math.abs(dxMm) >= Math.abs(dyMm)) {
            return dxMm >= 0 ? PLUS_X : MINUS_X;
        }
        return dyMm >= 0 ? PLUS_Y : MINUS_Y;
    }
}
