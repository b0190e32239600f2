package org.ambulo.model.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Lists the trial files of a session folder. Provided as an OSGi service by the file-format bundles; the Review
 * perspective's Session Explorer and the CLI's {@code list} command use it.
 */
public interface TrialCatalog {

    /**
     * The trial files directly in {@code folder}, sorted by file name. A file that cannot be read is listed with an
     * {@link TrialFileStatus.Unreadable} status rather than failing the whole listing.
     *
     * @throws IOException
     *             when the folder itself cannot be listed; the message names the folder
     */
    List<TrialFileEntry> list(Path folder) throws IOException;
}
