package org.ambulo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.ambulo.testdata.SharedData;
import org.ambulo.ui.internal.PerspectiveOrder;
import org.ambulo.ui.testing.Swt;
import org.ambulo.ui.widgets.TrialTable;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.Test;

/**
 * Starts the real e4 application (Application.e4xmi plus the perspective bundles' fragments, rendered by the SWT
 * renderers) and uses it as a user would: switch perspectives with the switcher, open a session folder in Review.
 */
class WorkbenchTest {

    private static final long TIMEOUT_MILLIS = 30_000;
    private static final String SAMPLE_01 = "biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_01";
    private static final List<String> EXPECTED_FILES = List.of("Eb015pi.c3d", "Eb015pr.c3d", "Eb015si.c3d", "Eb015sr.c3d", "Eb015vi.c3d",
            "Eb015vr.c3d");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Test
    void threePerspectivesSwitchAndTheSessionExplorerListsAFolder() throws Exception {
        Display display = Display.getDefault();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> ran = new AtomicReference<>(false);
        display.asyncExec(() -> {
            try {
                useWorkbench(display);
                ran.set(true);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                mainWindow(display).ifPresent(window -> window.getContext().get(IWorkbench.class).close());
            }
        });
        Object exit = new E4Application().start(applicationContext());
        if (failure.get() != null) {
            throw new AssertionError("workbench check failed", failure.get());
        }
        assertTrue(ran.get(), "the checks ran inside the workbench");
        assertEquals(IApplication.EXIT_OK, exit);
    }

    private static void useWorkbench(Display display) throws Exception {
        MWindow window = waitForMainWindow(display);
        MApplication application = window.getContext().get(MApplication.class);
        EModelService models = application.getContext().get(EModelService.class);
        MPerspectiveStack stack = models.findElements(window, PerspectiveOrder.STACK_ID, MPerspectiveStack.class).get(0);

        List<String> ids = stack.getChildren().stream().map(MPerspective::getElementId).toList();
        assertEquals(
                List.of("org.ambulo.ui.capture.perspective", "org.ambulo.ui.review.perspective", "org.ambulo.ui.documentation.perspective"),
                ids, "the three perspectives, in order");
        assertEquals(List.of("Capture", "Review", "Documentation"), stack.getChildren().stream().map(MPerspective::getLabel).toList());
        assertSame(stack.getChildren().get(0), stack.getSelectedElement(), "a fresh start opens Capture");

        Shell shell = (Shell) window.getWidget();
        ToolBar switcher = Swt.find(shell, ToolBar.class).stream()
                .filter(bar -> Arrays.stream(bar.getItems()).anyMatch(item -> item.getData() instanceof MPerspective))
                .findFirst().orElseThrow(() -> new AssertionError("no perspective switcher in the window"));
        assertEquals(List.of("Capture", "Review", "Documentation"), Arrays.stream(switcher.getItems()).map(ToolItem::getText).toList());

        String[] parts = {"org.ambulo.ui.capture.part.incomingtrials", "org.ambulo.ui.review.part.sessionexplorer",
                "org.ambulo.ui.documentation.part.interpretation"};
        for (int i = 0; i < 3; i++) {
            MPerspective perspective = stack.getChildren().get(i);
            click(switcher.getItem(i));
            assertTrue(Swt.spinUntil(display, () -> stack.getSelectedElement() == perspective, TIMEOUT_MILLIS),
                    "switched to " + perspective.getLabel());
            MPart part = (MPart) models.find(parts[i], perspective);
            assertNotNull(part, perspective.getLabel() + " has its part");
            assertTrue(Swt.spinUntil(display, () -> part.getWidget() instanceof Control control && control.isVisible(), TIMEOUT_MILLIS),
                    perspective.getLabel() + " shows " + part.getLabel());
            assertTrue(switcher.getItem(i).getSelection(), "the switcher marks " + perspective.getLabel());
            if (i == 1) {
                openSample01(display, part);
            }
            Swt.spin(display);
            Swt.screenshot(shell, SCREENSHOTS.resolve(perspective.getLabel().toLowerCase() + ".png"));
        }
        click(switcher.getItem(1));
        assertTrue(Swt.spinUntil(display, () -> stack.getSelectedElement() == stack.getChildren().get(1), TIMEOUT_MILLIS),
                "switched back to Review");

        // the store's patients are the Review perspective's second tab; it opens without creating a store
        MPart patients = (MPart) models.find("org.ambulo.ui.review.part.patients", stack.getChildren().get(1));
        assertNotNull(patients, "Review has the Patients part");
        window.getContext().get(EPartService.class).activate(patients);
        assertTrue(Swt.spinUntil(display, () -> patients.getWidget() instanceof Control control && control.isVisible(), TIMEOUT_MILLIS),
                "Review shows Patients");
        Swt.spin(display);
        Swt.screenshot(shell, SCREENSHOTS.resolve("review-patients.png"));
    }

    /** Types the folder into the Session Explorer and presses Enter, then checks the listing. */
    private static void openSample01(Display display, MPart part) {
        TrialTable trialTable = Swt.find((Control) part.getWidget(), TrialTable.class).get(0);
        Text folderField = Swt.find(trialTable, Text.class).get(0);
        folderField.setText(SharedData.resolve(SAMPLE_01).toString());
        Swt.fire(folderField, SWT.DefaultSelection);
        Table table = trialTable.table();
        assertTrue(Swt.spinUntil(display, () -> table.getItemCount() > 0, TIMEOUT_MILLIS), "listing arrived: " + trialTable.statusText());
        List<String> names = Arrays.stream(table.getItems()).map(item -> item.getText(0)).toList();
        assertEquals(EXPECTED_FILES, names, "exactly the six Eb015 files, sorted");
        for (TableItem item : table.getItems()) {
            assertEquals("450", item.getText(3), item.getText(0) + " frames");
            assertEquals("50", item.getText(4), item.getText(0) + " point rate");
            assertEquals("200", item.getText(5), item.getText(0) + " analog rate");
            assertEquals("26", item.getText(6), item.getText(0) + " markers");
            assertEquals("16", item.getText(7), item.getText(0) + " analog channels");
        }
        assertTrue(trialTable.statusText().startsWith("6 trial files"), trialTable.statusText());
        assertEquals(SharedData.resolve(SAMPLE_01).toString(), part.getPersistedState().get("ambulo.sessionFolder"),
                "the folder is remembered for the next start");
    }

    private static void click(ToolItem item) {
        item.setSelection(true);
        Swt.fire(item, SWT.Selection);
    }

    private static MWindow waitForMainWindow(Display display) {
        assertTrue(Swt.spinUntil(display, () -> mainWindow(display).isPresent(), TIMEOUT_MILLIS), "main window opened");
        return mainWindow(display).orElseThrow();
    }

    private static java.util.Optional<MWindow> mainWindow(Display display) {
        return Arrays.stream(display.getShells()).filter(shell -> !shell.isDisposed())
                .map(shell -> shell.getData("modelElement")).filter(MWindow.class::isInstance).map(MWindow.class::cast)
                .filter(window -> "org.ambulo.ui.window.main".equals(window.getElementId())).findFirst();
    }

    /** What the Equinox launcher would hand to E4Application for our product, with a fresh model each run. */
    private static IApplicationContext applicationContext() {
        String[] args = {"-applicationXMI", "org.ambulo.ui/Application.e4xmi", "-applicationCSS",
                "platform:/plugin/org.ambulo.ui/css/ambulo.css", "-clearPersistedState", "-persistState", "false"};
        Map<String, Object> arguments = Map.of(IApplicationContext.APPLICATION_ARGS, args);
        return (IApplicationContext) Proxy.newProxyInstance(WorkbenchTest.class.getClassLoader(), new Class<?>[]{IApplicationContext.class},
                (proxy, method, methodArgs) -> switch (method.getName()) {
                    case "getArguments" -> arguments;
                    case "getBrandingName", "getBrandingApplication" -> "Ambulo";
                    case "getBrandingId" -> "org.ambulo.ui.product";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == methodArgs[0];
                    case "toString" -> "test application context";
                    default -> null;
                });
    }
}
