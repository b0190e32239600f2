package org.ambulo.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Model processor: puts the contributed perspectives in their declared order and selects the first on a fresh model. */
public class PerspectiveOrderProcessor {

    @Execute
    public void execute(MApplication application, EModelService models) {
        for (MPerspectiveStack stack : models.findElements(application, PerspectiveOrder.STACK_ID, MPerspectiveStack.class)) {
            List<MPerspective> sorted = new ArrayList<>(stack.getChildren());
            sorted.sort(PerspectiveOrder.comparator());
            if (!sorted.equals(stack.getChildren())) {
                MPerspective selected = stack.getSelectedElement();
                stack.getChildren().clear();
                stack.getChildren().addAll(sorted);
                stack.setSelectedElement(selected);
            }
            if (stack.getSelectedElement() == null && !sorted.isEmpty()) {
                stack.setSelectedElement(sorted.get(0));
            }
        }
    }
}
