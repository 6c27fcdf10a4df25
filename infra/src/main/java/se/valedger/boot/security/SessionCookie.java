package se.valedger.boot.security;

import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * The UI's session cookie: always {@code SameSite=Lax}; {@code Secure} per {@code valedger.http.session-cookie.secure}:
 * {@code auto} (default) marks it Secure on requests that arrived over TLS (Tomcat's own rule; behind a TLS-ending
 * proxy set {@code server.forward-headers-strategy=native} so Tomcat knows), {@code true} always, {@code false}
 * never adds it ourselves (Tomcat still marks it Secure on a TLS request).
 */
@Component
class SessionCookie implements WebServerFactoryCustomizer<AbstractServletWebServerFactory> {

    private final String secure;

    SessionCookie(WebSecuritySettings settings) {
        this.secure = settings.sessionCookie().secure();
    }

    @Override
    public void customize(AbstractServletWebServerFactory factory) {
        org.springframework.boot.web.server.Cookie cookie = factory.getSession().getCookie();
        cookie.setSameSite(SameSite.LAX);
        cookie.setHttpOnly(true);
        if (secure.equals("true")) {
            cookie.setSecure(true);
        }
    }
}
