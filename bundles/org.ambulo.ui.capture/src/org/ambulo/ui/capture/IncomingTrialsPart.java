package org.ambulo.ui.capture;

import java.nio.file.Path;

import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.ui.widgets.TrialTable;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Capture perspective: watches the folder the capture system exports to and lists each trial as it arrives, so
 * the technician sees at once that a trial was saved and whether it reads cleanly.
 */
public class IncomingTrialsPart {

    public static final String ID = "org.ambulo.ui.capture.part.incomingtrials";
    static final String FOLDER_STATE = "ambulo.captureFolder";

    private final TrialCatalog catalog;
    private TrialTable trialTable;
    private FolderWatcher watcher;

    @Inject
    public IncomingTrialsPart(TrialCatalog catalog) {
        this.catalog = catalog;
    }

    @PostConstruct
    public void create(Composite parent, MPart part) {
        parent.setLayout(new FillLayout());
        trialTable = new TrialTable(parent, catalog, "Capture export folder:",
                "Folder the capture system saves trials to; new trials appear here as they are saved");
        trialTable.onFolderShown(folder -> {
            part.getPersistedState().put(FOLDER_STATE, folder.toString());
            watch(folder);
        });
        String remembered = part.getPersistedState().get(FOLDER_STATE);
        if (remembered != null && !remembered.isBlank()) {
            trialTable.showFolder(Path.of(remembered));
        }
    }

    private void watch(Path folder) {
        stopWatching();
        watcher = FolderWatcher.start(folder, () -> {
            if (!trialTable.isDisposed()) {
                trialTable.getDisplay().asyncExec(() -> {
                    if (!trialTable.isDisposed()) {
                        trialTable.refresh();
                    }
                });
            }
        });
    }

    @PreDestroy
    public void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Focus
    public void focus() {
        trialTable.setFocus();
    }

    public TrialTable trialTable() {
        return trialTable;
    }
}
