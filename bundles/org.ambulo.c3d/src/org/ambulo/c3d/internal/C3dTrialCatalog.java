package org.ambulo.c3d.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.Quirk;
import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.model.catalog.TrialFileEntry;
import org.ambulo.model.catalog.TrialFileFacts;
import org.ambulo.model.catalog.TrialFileStatus;
import org.osgi.service.component.annotations.Component;

/** Lists the C3D files of a folder (extension {@code .c3d}, any case) with what the reader finds in each. */
@Component(service = TrialCatalog.class)
public final class C3dTrialCatalog implements TrialCatalog {

    @Override
    public List<TrialFileEntry> list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, C3dTrialCatalog::isC3d)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new IOException("cannot list folder " + folder + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(path -> path.getFileName().toString()));
        List<TrialFileEntry> entries = new ArrayList<>(files.size());
        for (Path file : files) {
            entries.add(entry(file));
        }
        return entries;
    }

    private static boolean isC3d(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".c3d");
    }

    private static TrialFileEntry entry(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new TrialFileEntry(file.toAbsolutePath(), attributes.size(), attributes.lastModifiedTime().toInstant(), status(file));
    }

    static TrialFileStatus status(Path file) {
        try {
            C3dFile c3d = C3dReader.read(file);
            TrialFileFacts facts = new TrialFileFacts(c3d.frameCount(), c3d.pointRateHz(), c3d.analogRateHz(), c3d.markers().size(),
                    c3d.analogCount());
            return new TrialFileStatus.Readable(facts, c3d.quirks().stream().map(Quirk::problem).toList());
        } catch (C3dFormatException e) {
            return new TrialFileStatus.Unreadable(e.getMessage());
        } catch (IOException e) {
            return new TrialFileStatus.Unreadable("cannot read " + file + ": " + e.getMessage());
        }
    }
}
