package org.ambulo.ui.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.ambulo.testdata.SharedData;
import org.ambulo.ui.testing.Swt;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** A trial exported into the watched capture folder appears in the list without the technician doing anything. */
class IncomingTrialsPartTest {

    @Test
    void aTrialSavedIntoTheCaptureFolderAppears(@TempDir Path captureFolder) throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        IEclipseContext context = EclipseContextFactory
                .getServiceContext(FrameworkUtil.getBundle(IncomingTrialsPart.class).getBundleContext()).createChild("test");
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1000, 300);
            MPart model = MBasicFactory.INSTANCE.createPart();
            context.set(Composite.class, shell);
            context.set(MPart.class, model);
            IncomingTrialsPart part = ContextInjectionFactory.make(IncomingTrialsPart.class, context);
            shell.open();
            part.trialTable().showFolder(captureFolder);
            assertTrue(Swt.spinUntil(display, () -> part.trialTable().statusText().startsWith("0 trial files"), 30_000),
                    part.trialTable().statusText());

            // A temp copy stands in for the capture system's export; the shared original is never touched.
            Files.copy(SharedData.resolve("OpenMA__openma-data/input/c3d/other/MyCube.c3d"), captureFolder.resolve("Static01.c3d"));
            assertTrue(Swt.spinUntil(display, () -> part.trialTable().table().getItemCount() == 1, 30_000),
                    "new trial listed: " + part.trialTable().statusText());
            List<String> row = Arrays.asList(part.trialTable().table().getItem(0).getText(0),
                    part.trialTable().table().getItem(0).getText(3));
            assertEquals(List.of("Static01.c3d", "1"), row, "file name and its single frame");
            assertEquals(captureFolder.toAbsolutePath().normalize().toString(),
                    model.getPersistedState().get(IncomingTrialsPart.FOLDER_STATE));
            part.stopWatching();
        } finally {
            context.dispose();
            shell.dispose();
        }
    }
}
