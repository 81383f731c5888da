package vn.antt.reporting.web.planadmin;

import java.util.List;

import vn.antt.reporting.web.report.FieldMessages;
import vn.antt.reporting.web.view.FormInput;
import vn.antt.reporting.web.view.FormInput;

/** The inputs of plan administration's forms, each with its label, help, what was typed and its messages. */
final class PlanInputs {

    private PlanInputs() {
    }

    /**
     * @param form the form's name, so that two forms of one page (amendment, extension) have distinct ids
     */
    static FormInput input(String form, String name, String label, String help, String value, FieldMessages messages) {
        List<String> mine = messages == null ? List.of() : messages.byInput().getOrDefault(name, List.of());
        return new FormInput(name, form + "-" + name, label, help, value == null ? "" : value, mine);
    }
}
