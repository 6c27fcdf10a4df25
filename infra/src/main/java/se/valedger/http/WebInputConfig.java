package se.valedger.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The checks every request's path variables and parameters pass, API and UI alike. */
@Configuration(proxyBeanMethods = false)
class WebInputConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestTextMustBePrintable()).order(Integer.MIN_VALUE);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, java.time.Instant.class, TimeParametersMustBeInRange.instants());
        registry.addConverter(String.class, java.time.LocalDate.class, TimeParametersMustBeInRange.dates());
    }
}
