package se.valedger.boot.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.valedger.app.audit.AuditedRequest;

/**
 * The HTTP audit sits outside Spring Security's filters (so it sees 401s too); inside Spring MVC a
 * small interceptor notes who was signed in, which the outer filter no longer can after security cleared it.
 */
@Configuration(proxyBeanMethods = false)
class AuditWebConfig implements WebMvcConfigurer {

    /** Before Spring Security's filter chain (order -100) and the login throttle. */
    static final int HTTP_AUDIT_ORDER = -200;

    @Bean
    FilterRegistrationBean<HttpAudit> httpAuditRegistration(HttpAudit filter) {
        FilterRegistrationBean<HttpAudit> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(HTTP_AUDIT_ORDER);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null) {
                    request.setAttribute(AuditedRequest.AUTHENTICATION, authentication);
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
