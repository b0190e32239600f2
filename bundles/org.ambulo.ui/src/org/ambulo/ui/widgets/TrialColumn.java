package org.ambulo.ui.widgets;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.ambulo.model.catalog.TrialFileEntry;
import org.ambulo.model.catalog.TrialFileFacts;
import org.ambulo.model.catalog.TrialFileStatus;
import org.eclipse.swt.SWT;

/** The columns of {@link TrialTable}: what each shows and how it is formatted. Units are in the titles. */
enum TrialColumn {
    NAME("File", "File name", 220, SWT.LEFT, TrialFileEntry::fileName),
    SIZE("Size", "File size", 80, SWT.RIGHT, entry -> formatBytes(entry.sizeBytes())),
    MODIFIED("Modified", "Last modified (local time)", 130, SWT.LEFT, entry -> Formats.DATE.format(entry.lastModified())),
    FRAMES("Frames", "Number of point frames", 70, SWT.RIGHT, facts(facts -> Integer.toString(facts.frameCount()))),
    POINT_RATE("Point rate (Hz)", "Marker sampling rate in hertz", 100, SWT.RIGHT, facts(facts -> formatHz(facts.pointRateHz()))),
    ANALOG_RATE("Analog rate (Hz)", "Analog sampling rate in hertz", 110, SWT.RIGHT, facts(facts -> formatHz(facts.analogRateHz()))),
    MARKERS("Markers", "Marker trajectories (model outputs not counted)", 70, SWT.RIGHT,
            facts(facts -> Integer.toString(facts.markerCount()))),
    ANALOGS("Analog channels", "Analog channels", 110, SWT.RIGHT, facts(facts -> Integer.toString(facts.analogChannelCount()))),
    STATUS("Status", "Quirks the reader tolerated, or why the file cannot be read", 320, SWT.LEFT, TrialColumn::statusText);

    private final String title;
    private final String tooltip;
    private final int widthPixels;
    private final int alignment;
    private final Function<TrialFileEntry, String> text;

    TrialColumn(String title, String tooltip, int widthPixels, int alignment, Function<TrialFileEntry, String> text) {
        this.title = title;
        this.tooltip = tooltip;
        this.widthPixels = widthPixels;
        this.alignment = alignment;
        this.text = text;
    }

    String title() {
        return title;
    }

    String tooltip() {
        return tooltip;
    }

    int widthPixels() {
        return widthPixels;
    }

    int alignment() {
        return alignment;
    }

    String text(TrialFileEntry entry) {
        return text.apply(entry);
    }

    static boolean hasProblem(TrialFileEntry entry) {
        return entry.status() instanceof TrialFileStatus.Unreadable;
    }

    static boolean hasQuirks(TrialFileEntry entry) {
        return entry.status() instanceof TrialFileStatus.Readable readable && !readable.quirks().isEmpty();
    }

    static String summary(Path folder, List<TrialFileEntry> entries) {
        long unreadable = entries.stream().filter(TrialColumn::hasProblem).count();
        long quirky = entries.stream().filter(TrialColumn::hasQuirks).count();
        String files = entries.size() == 1 ? "1 trial file" : entries.size() + " trial files";
        String notes = (unreadable > 0 ? ", " + unreadable + " unreadable" : "") + (quirky > 0 ? ", " + quirky + " with quirks" : "");
        return files + " in " + folder + (notes.isEmpty() ? "" : " (" + notes.substring(2) + ")");
    }

    private static Function<TrialFileEntry, String> facts(Function<TrialFileFacts, String> format) {
        return entry -> entry.status() instanceof TrialFileStatus.Readable readable ? format.apply(readable.facts()) : "";
    }

    private static String statusText(TrialFileEntry entry) {
        return switch (entry.status()) {
            case TrialFileStatus.Readable readable when readable.quirks().isEmpty() -> "OK";
            case TrialFileStatus.Readable readable -> readable.quirks().size() + (readable.quirks().size() == 1 ? " quirk: " : " quirks: ")
                    + String.join("; ", readable.quirks());
            case TrialFileStatus.Unreadable unreadable -> "Unreadable: " + unreadable.problem();
        };
    }

    /** Holder: enum constants cannot reference the enum's own static fields in their initialisers. */
    private static final class Formats {
        static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
    }

    static String formatBytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    static String formatHz(double hertz) {
        return hertz == Math.rint(hertz) ? String.format(Locale.ROOT, "%.0f", hertz) : String.format(Locale.ROOT, "%.2f", hertz);
    }
}
