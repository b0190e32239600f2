package org.ambulo.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ambulo.model.catalog.TrialCatalog;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** The Session Explorer gets the trial catalog DS service injected from OSGi, lists a folder and remembers it. */
class SessionExplorerPartTest {

    private Display display;
    private Shell shell;
    private IEclipseContext context;

    @BeforeEach
    void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 400);
        // The OSGi service context is what the workbench's contexts fall back to for services.
        context = EclipseContextFactory.getServiceContext(FrameworkUtil.getBundle(SessionExplorerPart.class).getBundleContext())
                .createChild("test");
    }

    @AfterEach
    void closeShell() {
        context.dispose();
        shell.dispose();
    }

    private SessionExplorerPart createPart(MPart model) {
        context.set(Composite.class, shell);
        context.set(MPart.class, model);
        SessionExplorerPart part = ContextInjectionFactory.make(SessionExplorerPart.class, context);
        shell.open();
        return part;
    }

    @Test
    void injectedCatalogIsTheDeclarativeServicesComponent() {
        TrialCatalog catalog = context.get(TrialCatalog.class);
        assertNotNull(catalog, "TrialCatalog is registered by org.ambulo.c3d's component");
        assertEquals("org.ambulo.c3d.internal.C3dTrialCatalog", catalog.getClass().getName());
    }

    @Test
    void listsAFolderAndRestoresItOnTheNextStart() {
        Path folder = SharedData.resolve("OpenMA__openma-data/input/c3d/other");
        MPart model = MBasicFactory.INSTANCE.createPart();
        SessionExplorerPart first = createPart(model);
        first.trialTable().showFolder(folder);
        assertTrue(Swt.spinUntil(display, () -> first.trialTable().table().getItemCount() > 0, 30_000), first.trialTable().statusText());
        assertEquals(folder.toString(), model.getPersistedState().get(SessionExplorerPart.FOLDER_STATE));
        // Empty.c3d is zero bytes: listed, marked unreadable, and the rest still listed.
        assertTrue(first.trialTable().statusText().contains("unreadable"), first.trialTable().statusText());

        first.trialTable().dispose();
        SessionExplorerPart second = createPart(model);
        assertEquals(folder, second.trialTable().folder().orElseThrow(), "the remembered folder is shown again");
        assertTrue(Swt.spinUntil(display, () -> second.trialTable().table().getItemCount() > 0, 30_000));
    }
}
