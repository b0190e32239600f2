package org.ambulo.model;

import java.util.Optional;

/** The two events that bound gait phases, with the labels Vicon Nexus writes into C3D files. */
public enum GaitEventType {
    FOOT_STRIKE("Foot Strike"),
    FOOT_OFF("Foot Off");

    private final String viconLabel;

    GaitEventType(String viconLabel) {
        this.viconLabel = viconLabel;
    }

    /** {@code Foot Strike} or {@code Foot Off}, as in {@code EVENT:LABELS}. */
    public String viconLabel() {
        return viconLabel;
    }

    /**
     * The type named by a stored event label: Vicon's {@code Foot Strike}/{@code Foot Off}, and the short forms other
     * vendors write ({@code HS}, {@code IC}, {@code TO}, {@code FO}, with or without a side prefix such as {@code LHS}).
     */
    public static Optional<GaitEventType> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String normalized = label.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
        if (normalized.equals("FOOT STRIKE") || normalized.equals("HEEL STRIKE") || normalized.equals("INITIAL CONTACT")) {
            return Optional.of(FOOT_STRIKE);
        }
        if (normalized.equals("FOOT OFF") || normalized.equals("TOE OFF")) {
            return Optional.of(FOOT_OFF);
        }
        String code = normalized.length() == 3 && (normalized.charAt(0) == 'L' || normalized.charAt(0) == 'R')
                ? normalized.substring(1)
                : normalized;
        return switch (code) {
            case "HS", "IC", "FS" -> Optional.of(FOOT_STRIKE);
            case "TO", "FO" -> Optional.of(FOOT_OFF);
            default -> Optional.empty();
        };
    }
}
