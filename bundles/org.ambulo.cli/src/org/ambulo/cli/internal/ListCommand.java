package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.model.catalog.TrialFileEntry;
import org.ambulo.model.catalog.TrialFileStatus;

/** {@code ambulo list FOLDER}: one line per trial file, tab-separated, with a header line. */
final class ListCommand {

    static final String HEADER = "file\tsize_bytes\tframes\tpoint_rate_hz\tanalog_rate_hz\tmarkers\tanalog_channels\tstatus";

    private final Supplier<Optional<TrialCatalog>> catalog;
    private final PrintStream out;
    private final PrintStream err;

    ListCommand(Supplier<Optional<TrialCatalog>> catalog, PrintStream out, PrintStream err) {
        this.catalog = catalog;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.size() != 1) {
            err.println("ambulo list: give exactly one folder, e.g. 'ambulo list /data/session01'.");
            return ExitCode.USAGE;
        }
        Path folder = Path.of(args.get(0)).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            err.println("ambulo list: " + folder + " is not a folder.");
            return ExitCode.BAD_INPUT;
        }
        Optional<TrialCatalog> service = catalog.get();
        if (service.isEmpty()) {
            err.println("ambulo list: no trial catalog service is installed (is org.ambulo.c3d missing from the installation?).");
            return ExitCode.INTERNAL_ERROR;
        }
        List<TrialFileEntry> entries;
        try {
            entries = service.get().list(folder);
        } catch (IOException e) {
            err.println("ambulo list: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        out.println(HEADER);
        boolean anyUnreadable = false;
        for (TrialFileEntry entry : entries) {
            out.println(line(entry));
            anyUnreadable |= entry.status() instanceof TrialFileStatus.Unreadable;
        }
        return anyUnreadable ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    static String line(TrialFileEntry entry) {
        return switch (entry.status()) {
            case TrialFileStatus.Readable readable -> String.join("\t", entry.fileName(), Long.toString(entry.sizeBytes()),
                    Integer.toString(readable.facts().frameCount()), number(readable.facts().pointRateHz()),
                    number(readable.facts().analogRateHz()), Integer.toString(readable.facts().markerCount()),
                    Integer.toString(readable.facts().analogChannelCount()),
                    readable.quirks().isEmpty() ? "ok" : readable.quirks().size() + " quirks");
            case TrialFileStatus.Unreadable unreadable -> String.join("\t", entry.fileName(), Long.toString(entry.sizeBytes()), "", "", "",
                    "", "", "unreadable: " + unreadable.problem().replace('\t', ' ').replace('\n', ' '));
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : Double.toString(value);
    }
}
