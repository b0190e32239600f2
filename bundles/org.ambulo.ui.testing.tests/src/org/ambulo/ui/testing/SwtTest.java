package org.ambulo.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwtTest {

    @Test
    void findsFiresWaitsAndShoots(@TempDir Path folder) throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            Composite inner = new Composite(shell, SWT.NONE);
            inner.setLayout(new FillLayout());
            Button button = new Button(inner, SWT.PUSH);
            button.setText("Press");
            AtomicBoolean pressed = new AtomicBoolean();
            button.addListener(SWT.Selection, event -> pressed.set(true));
            shell.setSize(200, 100);
            shell.open();

            assertEquals(1, Swt.find(shell, Button.class).size());
            assertFalse(Swt.spinUntil(display, pressed::get, 50), "nothing pressed yet, so the wait times out");
            Swt.fire(Swt.find(shell, Button.class).get(0), SWT.Selection);
            assertTrue(Swt.spinUntil(display, pressed::get, 1000));

            Path png = Swt.screenshot(shell, folder.resolve("shot.png"));
            byte[] header = Files.readAllBytes(png);
            assertTrue(header.length > 8 && header[1] == 'P' && header[2] == 'N' && header[3] == 'G', "a PNG file");
        } finally {
            shell.dispose();
        }
    }
}
