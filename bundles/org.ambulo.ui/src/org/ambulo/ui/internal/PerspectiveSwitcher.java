package org.ambulo.ui.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Tool control in the top trim: one radio button per perspective of the main perspective stack. */
public class PerspectiveSwitcher {

    private ToolBar toolBar;
    private MPerspectiveStack stack;

    @PostConstruct
    public void create(Composite parent, MWindow window, EModelService models, EPartService parts) {
        parent.setLayout(new GridLayout(2, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText("Ambulo");
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        toolBar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        stack = models.findElements(window, PerspectiveOrder.STACK_ID, MPerspectiveStack.class).stream().findFirst().orElse(null);
        if (stack == null) {
            return;
        }
        for (MPerspective perspective : stack.getChildren()) {
            ToolItem item = new ToolItem(toolBar, SWT.RADIO);
            item.setText(perspective.getLabel());
            item.setToolTipText(perspective.getTooltip());
            item.setData(perspective);
            item.addListener(SWT.Selection, event -> {
                if (item.getSelection() && stack.getSelectedElement() != perspective) {
                    parts.switchPerspective(perspective);
                }
            });
        }
        showSelection(stack.getSelectedElement());
    }

    @Inject
    @Optional
    void selectionChanged(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
        if (stack != null && event.getProperty(UIEvents.EventTags.ELEMENT) == stack) {
            showSelection(stack.getSelectedElement());
        }
    }

    private void showSelection(MPerspective selected) {
        if (toolBar == null || toolBar.isDisposed()) {
            return;
        }
        for (ToolItem item : toolBar.getItems()) {
            item.setSelection(item.getData() == selected);
        }
    }
}
