package org.ambulo.ui.review;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A virtual table showing a list of records: rows get their text only when scrolled into view, so 10,000 sessions
 * cost no more than the visible ones.
 */
final class VirtualRows<T> {

    private final Table table;
    private final List<BrowserColumn<T>> columns;
    private final Function<T, Optional<Color>> foreground;
    private List<T> rows = List.of();
    private Runnable changed = () -> {
    };

    VirtualRows(Composite parent, List<BrowserColumn<T>> columns, Function<T, Optional<Color>> foreground) {
        this.columns = columns;
        this.foreground = foreground;
        table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (BrowserColumn<T> column : columns) {
            TableColumn tableColumn = new TableColumn(table, column.alignment());
            tableColumn.setText(column.title());
            tableColumn.pack(); // no rows yet: the header's width
            tableColumn.setWidth(Math.max(tableColumn.getWidth() + 12, column.minWidthPixels()));
        }
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, event.index));
        table.addListener(SWT.Selection, event -> changed.run());
    }

    /** {@code listener} runs whenever the rows or the selected row change. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    Table table() {
        return table;
    }

    List<T> rows() {
        return rows;
    }

    /** Shows {@code newRows}, nothing selected. */
    void show(List<T> newRows) {
        rows = List.copyOf(newRows);
        table.removeAll();
        table.setItemCount(rows.size());
        changed.run();
    }

    Optional<T> selected() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    /** Selects the first row matching {@code wanted} and scrolls to it; returns it. */
    Optional<T> select(Predicate<T> wanted) {
        for (int i = 0; i < rows.size(); i++) {
            if (wanted.test(rows.get(i))) {
                table.setSelection(i);
                changed.run();
                return Optional.of(rows.get(i));
            }
        }
        table.deselectAll();
        changed.run();
        return Optional.empty();
    }

    private void fill(TableItem item, int index) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        T row = rows.get(index);
        item.setData(row);
        for (int c = 0; c < columns.size(); c++) {
            item.setText(c, columns.get(c).text().apply(row));
        }
        foreground.apply(row).ifPresent(item::setForeground);
    }
}
