package se.valedger.http.ui.forms;

import se.valedger.http.idempotency.SubmissionKeys;
import org.springframework.stereotype.Component;

/** A fresh submission key for a rendered form: {@code th:value="${@formKeys.next()}"}. */
@Component("formKeys")
public class FormKeys {

    public String next() {
        return SubmissionKeys.newKey();
    }
}
