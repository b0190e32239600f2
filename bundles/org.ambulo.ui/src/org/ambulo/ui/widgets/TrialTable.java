package org.ambulo.ui.widgets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.model.catalog.TrialFileEntry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A session folder chooser above a table of its trial files. Listing runs off the UI thread, so a folder of large
 * files never freezes the workbench; an unreadable file shows its problem in its row, an unlistable folder in the
 * status line.
 */
public final class TrialTable extends Composite {

    private final TrialCatalog catalog;
    private final ExecutorService lister;
    private final AtomicLong generation = new AtomicLong();
    private final Text folderText;
    private final Table table;
    private final Label status;
    private Consumer<Path> folderListener = folder -> {
    };
    private Path folder;

    /** A table for session folders. */
    public TrialTable(Composite parent, TrialCatalog catalog) {
        this(parent, catalog, "Session folder:", "Folder with the session's C3D files");
    }

    /** A table whose folder field says what the folder is for, e.g. the capture system's export folder. */
    public TrialTable(Composite parent, TrialCatalog catalog, String folderLabel, String folderHint) {
        super(parent, SWT.NONE);
        this.catalog = catalog;
        this.lister = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "Ambulo trial listing");
            thread.setDaemon(true);
            return thread;
        });
        setLayout(new GridLayout(4, false));

        new Label(this, SWT.NONE).setText(folderLabel);
        folderText = new Text(this, SWT.BORDER | SWT.SINGLE);
        folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folderText.setMessage(folderHint);
        folderText.addListener(SWT.DefaultSelection, event -> showFolder(Path.of(folderText.getText().trim())));
        Button browse = new Button(this, SWT.PUSH);
        browse.setText("Browse\u2026");
        browse.addListener(SWT.Selection, event -> browse());
        Button refresh = new Button(this, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, event -> refresh());

        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        for (TrialColumn column : TrialColumn.values()) {
            TableColumn tableColumn = new TableColumn(table, column.alignment());
            tableColumn.setText(column.title());
            tableColumn.pack();
            // At least wide enough for the header, so units in titles stay readable.
            tableColumn.setWidth(Math.max(tableColumn.getWidth() + 12, column.widthPixels()));
            tableColumn.setToolTipText(column.tooltip());
        }

        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        status.setText("Choose a folder: type its path and press Enter, or Browse.");
        addDisposeListener(event -> lister.shutdownNow());
    }

    /** Called with each folder the user (or code) shows, e.g. to remember it. */
    public void onFolderShown(Consumer<Path> listener) {
        this.folderListener = listener;
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Lists {@code newFolder} in the background and fills the table when done. */
    public void showFolder(Path newFolder) {
        checkWidget();
        folder = newFolder.toAbsolutePath().normalize();
        folderText.setText(folder.toString());
        folderListener.accept(folder);
        refresh();
    }

    /** Lists the current folder again. */
    public void refresh() {
        checkWidget();
        if (folder == null) {
            return;
        }
        Path listed = folder;
        long ticket = generation.incrementAndGet();
        status.setText("Reading " + listed + "\u2026");
        CompletableFuture.supplyAsync(() -> list(listed), lister).thenAccept(result -> {
            if (!isDisposed()) {
                getDisplay().asyncExec(() -> {
                    // A newer request supersedes this one; drop stale results.
                    if (!isDisposed() && generation.get() == ticket) {
                        show(listed, result);
                    }
                });
            }
        });
    }

    /** The table, for tests and for parts that add menus. */
    public Table table() {
        return table;
    }

    public String statusText() {
        return status.getText();
    }

    private Listing list(Path listed) {
        if (!Files.isDirectory(listed)) {
            return new Listing(List.of(), Optional.of("Not a folder: " + listed));
        }
        try {
            return new Listing(catalog.list(listed), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Listing(List.of(), Optional.of("Cannot list " + listed + ": " + e.getMessage()));
        }
    }

    private void show(Path listed, Listing listing) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TrialFileEntry entry : listing.entries()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(entry);
                for (TrialColumn column : TrialColumn.values()) {
                    item.setText(column.ordinal(), column.text(entry));
                }
                if (TrialColumn.hasProblem(entry)) {
                    item.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                } else if (TrialColumn.hasQuirks(entry)) {
                    item.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
                }
            }
        } finally {
            table.setRedraw(true);
        }
        status.setText(listing.error().orElseGet(() -> TrialColumn.summary(listed, listing.entries())));
        layout(true);
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Session folder");
        dialog.setMessage("Choose the folder that holds the session's trial files.");
        folder().ifPresent(current -> dialog.setFilterPath(current.toString()));
        String chosen = dialog.open();
        if (chosen != null) {
            showFolder(Path.of(chosen));
        }
    }

    private record Listing(List<TrialFileEntry> entries, Optional<String> error) {
    }
}
