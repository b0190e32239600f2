package org.ambulo.ui.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/** A patient browser in its own shell, used as a user would: click rows, type a filter, wait for the store. */
final class BrowserDriver implements AutoCloseable {

    static final long TIMEOUT_MILLIS = 30_000;

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final PatientBrowser browser;

    BrowserDriver(StoreConfigSource source) {
        this(source, ReportActions.Options.ofSystem());
    }

    /** With the report actions' dialog, viewer and PDF folder replaced (tests never start a real viewer). */
    BrowserDriver(StoreConfigSource source, ReportActions.Options actionOptions) {
        shell.setLayout(new FillLayout());
        shell.setSize(1150, 760);
        shell.setText("Patients");
        browser = new PatientBrowser(shell, source, actionOptions);
        shell.open();
    }

    /** Refreshes and waits until the store was read. */
    BrowserDriver refreshed() {
        browser.refresh();
        awaitRead();
        return this;
    }

    void awaitRead() {
        assertTrue(Swt.spinUntil(display, () -> !browser.isReading(), TIMEOUT_MILLIS), "the store was read: " + browser.statusText());
        Swt.spin(display);
    }

    /** Clicks the row whose first column is {@code firstCell} and waits for what it reads. */
    void click(Table table, String firstCell) {
        int index = column(table, 0).indexOf(firstCell);
        assertTrue(index >= 0, firstCell + " is listed in " + column(table, 0));
        table.setSelection(index);
        Swt.fire(table, SWT.Selection);
        awaitRead();
    }

    /** Selects the row whose first column is {@code firstCell}, as a click does, without waiting for a read. */
    void select(Table table, String firstCell) {
        int index = column(table, 0).indexOf(firstCell);
        assertTrue(index >= 0, firstCell + " is listed in " + column(table, 0));
        table.setSelection(index);
        Swt.fire(table, SWT.Selection);
        Swt.spin(display);
    }

    /** Presses {@code button} and waits for what it does in the store. */
    void press(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        Swt.fire(button, SWT.Selection);
        awaitRead();
    }

    void filter(String text) {
        browser.filterText().setText(text); // fires Modify as typing does
        Swt.spin(display);
    }

    static List<String> column(Table table, int column) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            cells.add(table.getItem(i).getText(column));
        }
        return cells;
    }

    static List<String> row(Table table, int index) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            cells.add(table.getItem(index).getText(c));
        }
        return cells;
    }

    @Override
    public void close() {
        shell.dispose();
    }
}
