package org.ambulo.ui.review;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

import org.ambulo.store.ReportRecord;

/**
 * Writes a report's PDF for a viewer to open. The folder holds patient data, so on POSIX systems it is readable by its
 * owner only (the system temp folder is shared by all users), and a folder someone else created is not used.
 */
final class ReportPdfFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private ReportPdfFile() {
    }

    /** A per-user folder in the system temp folder; on Windows the temp folder is per user already. */
    static Path defaultFolder(String userName) {
        return Path.of(System.getProperty("java.io.tmpdir"), "ambulo-reports-" + safe(userName));
    }

    /** {@code <sessionId>-v<version>.pdf}, with characters a file name cannot hold replaced by '_'. */
    static String fileName(ReportRecord report) {
        return safe(report.sessionId()) + "-v" + report.version() + ".pdf";
    }

    /** Writes {@code pdf} as {@code folder/fileName(report)}, replacing an older copy in one step; returns the file. */
    static Path write(Path folder, ReportRecord report, byte[] pdf) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createDirectories(folder);
        }
        Path target = folder.resolve(fileName(report));
        Path part = Files.createTempFile(folder, "." + fileName(report), ".part"); // owner-only on POSIX
        try {
            if (posix) {
                // the new file is ours: a folder with another owner was prepared by someone else, who could read the PDF
                UserPrincipal owner = Files.getOwner(folder);
                if (!owner.equals(Files.getOwner(part))) {
                    throw new IOException(folder + " belongs to " + owner.getName() + ", not to this user: no PDFs are written there");
                }
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            }
            Files.write(part, pdf);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
