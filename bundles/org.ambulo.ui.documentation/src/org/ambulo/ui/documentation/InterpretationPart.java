package org.ambulo.ui.documentation;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;

/**
 * Documentation perspective: the physician's interpretation draft and the documentation a CPT 96000-96004 claim
 * needs. The draft is kept in the workbench state on every change, so closing the window never loses it; signing
 * comes with the store.
 */
public class InterpretationPart {

    public static final String ID = "org.ambulo.ui.documentation.part.interpretation";
    static final String DRAFT_STATE = "ambulo.interpretationDraft";
    static final String CHECK_STATE_PREFIX = "ambulo.documentation.";

    /** What payers expect documented for motion analysis (CPT 96000-96004). */
    static final String[] REQUIREMENTS = {
            "Medical necessity documented in the referral",
            "Comparison with age-specific norms included",
            "Laboratory capabilities and equipment described",
            "Physician interpretation written",
            "Report signed by the interpreting physician"};

    private Text draft;
    private Label savedAt;
    private MPart part;

    @PostConstruct
    public void create(Composite parent, MPart part) {
        this.part = part;
        parent.setLayout(new GridLayout(1, false));

        Label heading = new Label(parent, SWT.NONE);
        heading.setText("Physician interpretation (draft)");
        draft = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        draft.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        draft.setMessage("Findings, impression and recommendations\u2026");
        draft.setText(part.getPersistedState().getOrDefault(DRAFT_STATE, ""));
        savedAt = new Label(parent, SWT.NONE);
        savedAt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        savedAt.setText(draft.getText().isEmpty() ? "No draft yet." : "Draft restored.");
        draft.addListener(SWT.Modify, event -> save());

        Group checklist = new Group(parent, SWT.NONE);
        checklist.setText("Documentation for CPT 96000\u201396004");
        checklist.setLayout(new GridLayout(1, false));
        checklist.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (int i = 0; i < REQUIREMENTS.length; i++) {
            String key = CHECK_STATE_PREFIX + i;
            Button check = new Button(checklist, SWT.CHECK);
            check.setText(REQUIREMENTS[i]);
            check.setSelection(Boolean.parseBoolean(part.getPersistedState().get(key)));
            check.addListener(SWT.Selection, event -> part.getPersistedState().put(key, Boolean.toString(check.getSelection())));
        }
    }

    @Persist
    public void save() {
        part.getPersistedState().put(DRAFT_STATE, draft.getText());
        savedAt.setText("Draft kept at " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)) + ", "
                + draft.getText().length() + " characters.");
    }

    @Focus
    public void focus() {
        draft.setFocus();
    }

    String draftText() {
        return draft.getText();
    }
}
