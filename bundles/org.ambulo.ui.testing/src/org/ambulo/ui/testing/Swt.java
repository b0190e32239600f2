package org.ambulo.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/** Drives SWT in tests without SWTBot: spin the event loop, find widgets, fire events, save screenshots. */
public final class Swt {

    private Swt() {
    }

    /** Runs the event loop until {@code condition} holds or {@code timeoutMillis} pass; returns whether it held. */
    public static boolean spinUntil(Display display, BooleanSupplier condition, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
                // Nothing to dispatch: wake up again soon rather than sleeping until the next OS event.
                display.timerExec(10, () -> {
                });
                display.sleep();
            }
        }
        return true;
    }

    /** Dispatches pending events (layout, paint, async runnables). */
    public static void spin(Display display) {
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** All descendants of {@code root} (itself included) that are of {@code type}, in depth-first order. */
    public static <T extends Control> List<T> find(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
        if (type.isInstance(control)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** Sends an event of {@code type} to {@code widget} as a user action would. */
    public static void fire(Widget widget, int type) {
        Event event = new Event();
        event.widget = widget;
        event.display = widget.getDisplay();
        widget.notifyListeners(type, event);
    }

    /** Runs the event loop for {@code millis}, so that asynchronous repaints reach the screen. */
    public static void settle(Display display, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        spinUntil(display, () -> System.nanoTime() > deadline, millis + 1000);
    }

    /** Saves what {@code shell} shows on screen as a PNG file, creating the folder if needed. */
    public static Path screenshot(Shell shell, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // The screen is copied, not the widget tree: repaint everything first.
        shell.redraw(0, 0, shell.getSize().x, shell.getSize().y, true);
        shell.update();
        settle(shell.getDisplay(), 300);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[]{data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
