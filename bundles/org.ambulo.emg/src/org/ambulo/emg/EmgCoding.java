package org.ambulo.emg;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the coding record needs about the EMG of a session (domain.md, CPT): surface EMG is one code for 1–12 muscles
 * (96002), fine-wire EMG is coded per muscle (96003). A muscle is a (muscle, side) pair: left and right rectus femoris
 * are two muscles. Two channels on the same muscle and side count once.
 *
 * @param surfaceMuscles
 *            distinct muscles recorded with surface electrodes, e.g. "left rectus femoris"
 * @param fineWireMuscles
 *            distinct muscles recorded with fine wire
 */
public record EmgCoding(List<String> surfaceMuscles, List<String> fineWireMuscles) {

    /** Most surface muscles one 96002 covers. */
    public static final int SURFACE_MUSCLES_PER_CODE = 12;

    public EmgCoding {
        surfaceMuscles = List.copyOf(surfaceMuscles);
        fineWireMuscles = List.copyOf(fineWireMuscles);
    }

    static EmgCoding of(List<EmgChannel> channels) {
        Set<String> surface = new LinkedHashSet<>();
        Set<String> fineWire = new LinkedHashSet<>();
        for (EmgChannel c : channels) {
            (c.electrode() == ElectrodeType.FINE_WIRE ? fineWire : surface).add(c.muscleOnSide());
        }
        return new EmgCoding(List.copyOf(surface), List.copyOf(fineWire));
    }

    public int surfaceMuscleCount() {
        return surfaceMuscles.size();
    }

    public int fineWireMuscleCount() {
        return fineWireMuscles.size();
    }

    /** One line for the coding record; says plainly when the surface count exceeds what one code covers. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        int surface = surfaceMuscleCount();
        if (surface == 0) {
            sb.append("no surface EMG muscle");
        } else if (surface <= SURFACE_MUSCLES_PER_CODE) {
            sb.append("surface EMG of ").append(surface).append(surface == 1 ? " muscle" : " muscles").append(" (1-12: 96002)");
        } else {
            sb.append("surface EMG of ").append(surface).append(" muscles: more than the 12 that 96002 covers, check the coding");
        }
        sb.append("; fine-wire EMG of ").append(fineWireMuscleCount()).append(fineWireMuscleCount() == 1 ? " muscle" : " muscles");
        if (!fineWireMuscles.isEmpty()) {
            sb.append(" (96003 each: ").append(String.join(", ", fineWireMuscles)).append(')');
        }
        return sb.toString();
    }
}
