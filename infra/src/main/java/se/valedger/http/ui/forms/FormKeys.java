package se.valedger.http.ui.forms;

import org.springframework.stereotype.Component;
import se.valedger.http.idempotency.SubmissionKeys;

/** A fresh submission key for a rendered form: {@code th:value="${@formKeys.next()}"}. */
@Component("formKeys")
public class FormKeys {

    public String next() {
        return SubmissionKeys.newKey();
    }
}
