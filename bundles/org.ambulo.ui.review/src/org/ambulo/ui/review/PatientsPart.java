package org.ambulo.ui.review;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;

/**
 * Review perspective: the store's patients, their sessions and report versions. Uses the workstation's store
 * configuration (AMBULO_STORE_CONFIG, ~/.ambulo/store.properties or the personal H2 store) and reads it when shown.
 */
public class PatientsPart {

    public static final String ID = "org.ambulo.ui.review.part.patients";

    private PatientBrowser browser;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        browser = new PatientBrowser(parent, StoreConfigSource.ofSystem());
        browser.refresh();
    }

    @Focus
    public void focus() {
        browser.setFocus();
    }

    public PatientBrowser browser() {
        return browser;
    }
}
