package se.valedger.http.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages of the sign-in session's edges. {@code GET /logout}: a page with the sign-out button (signing out itself is a POST with the CSRF token, so a
 * link or an image elsewhere cannot sign a person out).
 */
@Controller
class SignOutPage {

    @GetMapping("/logout")
    String signOut() {
        return "logout";
    }

    /**
     * Where the UI's security chain forwards a refused request (a forged or outdated CSRF token): 403 as a page in
     * the reader's language, for any method, since the refused request keeps its own.
     */
    @RequestMapping("/refused")
    String refused(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        return "error/4xx";
    }
}
