package org.ambulo.pipeline.session;

import java.util.List;
import java.util.Objects;

/** The laboratory and its equipment, as printed in the report's laboratory section. */
public record LabProfile(String name, String address, String cameras, String forcePlates, String emgSystem, String videoCameras,
        String software, String markerSet, List<String> personnel) {

    public LabProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(cameras, "cameras");
        Objects.requireNonNull(forcePlates, "forcePlates");
        Objects.requireNonNull(emgSystem, "emgSystem");
        Objects.requireNonNull(videoCameras, "videoCameras");
        Objects.requireNonNull(software, "software");
        Objects.requireNonNull(markerSet, "markerSet");
        personnel = List.copyOf(personnel);
    }

    /** Equipment lines for the report; empty items left out. */
    public List<String> equipment() {
        return java.util.stream.Stream.of(line("Cameras", cameras), line("Force plates", forcePlates), line("EMG", emgSystem),
                line("Video", videoCameras), line("Software", software)).filter(s -> !s.isEmpty()).toList();
    }

    private static String line(String what, String value) {
        return value.isBlank() ? "" : what + ": " + value;
    }
}
