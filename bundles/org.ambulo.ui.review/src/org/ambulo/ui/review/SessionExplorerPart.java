package org.ambulo.ui.review;

import java.nio.file.Path;

import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.ui.widgets.TrialTable;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Review perspective: the trial files of a session folder, with their sampling facts. Remembers the folder. */
public class SessionExplorerPart {

    public static final String ID = "org.ambulo.ui.review.part.sessionexplorer";
    static final String FOLDER_STATE = "ambulo.sessionFolder";

    private final TrialCatalog catalog;
    private TrialTable trialTable;

    @Inject
    public SessionExplorerPart(TrialCatalog catalog) {
        this.catalog = catalog;
    }

    @PostConstruct
    public void create(Composite parent, MPart part) {
        parent.setLayout(new FillLayout());
        trialTable = new TrialTable(parent, catalog);
        trialTable.onFolderShown(folder -> part.getPersistedState().put(FOLDER_STATE, folder.toString()));
        String remembered = part.getPersistedState().get(FOLDER_STATE);
        if (remembered != null && !remembered.isBlank()) {
            trialTable.showFolder(Path.of(remembered));
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
