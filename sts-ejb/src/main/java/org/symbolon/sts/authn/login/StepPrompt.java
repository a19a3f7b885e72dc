package org.symbolon.sts.authn.login;

import java.util.List;

/** A step's page: its title, one line saying what to do, the fields, and the button. */
public record StepPrompt(String title, String instructions, List<StepField> fields, String submitLabel) {

    public StepPrompt {
        fields = List.copyOf(fields);
    }

    /**
     * One input of the form.
     *
     * @param type the HTML input type ({@code text}, {@code password})
     * @param autocomplete the HTML autocomplete token, such as {@code one-time-code}
     * @param inputMode the HTML inputmode, such as {@code numeric}, or null
     */
    public record StepField(String name, String label, String type, String autocomplete, String inputMode,
            int maxLength) {
    }
}
