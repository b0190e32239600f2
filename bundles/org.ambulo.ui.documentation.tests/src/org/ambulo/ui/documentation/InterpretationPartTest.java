package org.ambulo.ui.documentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.ambulo.ui.testing.Swt;
import org.junit.jupiter.api.Test;

/** The physician's draft and checklist survive closing the part: nothing typed is lost. */
class InterpretationPartTest {

    @Test
    void draftAndChecklistAreKeptAcrossRestarts() {
        Display display = Display.getDefault();
        MPart model = MBasicFactory.INSTANCE.createPart();
        String typed = "Crouch gait with increased knee flexion at initial contact (L > R).";

        Shell first = open(display, model);
        Text draft = Swt.find(first, Text.class).get(0);
        draft.setText(typed);
        Button medicalNecessity = Swt.find(first, Button.class).stream().filter(b -> (b.getStyle() & SWT.CHECK) != 0).findFirst()
                .orElseThrow();
        medicalNecessity.setSelection(true);
        Swt.fire(medicalNecessity, SWT.Selection);
        first.dispose();

        Shell second = open(display, model);
        try {
            assertEquals(typed, Swt.find(second, Text.class).get(0).getText());
            assertEquals(true,
                    Swt.find(second, Button.class).stream().filter(b -> (b.getStyle() & SWT.CHECK) != 0).findFirst().orElseThrow()
                            .getSelection());
            assertEquals(InterpretationPart.REQUIREMENTS.length,
                    Swt.find(second, Button.class).stream().filter(b -> (b.getStyle() & SWT.CHECK) != 0).count());
        } finally {
            second.dispose();
        }
    }

    private static Shell open(Display display, MPart model) {
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        IEclipseContext context = EclipseContextFactory.create("test");
        context.set(Composite.class, shell);
        context.set(MPart.class, model);
        ContextInjectionFactory.make(InterpretationPart.class, context);
        shell.setSize(800, 500);
        shell.open();
        return shell;
    }
}
