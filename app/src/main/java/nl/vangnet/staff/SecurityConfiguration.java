package nl.vangnet.staff;

import java.time.Clock;
import nl.vangnet.platform.ApiProblems;
import nl.vangnet.platform.StrictHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API (stateless, bearer tokens, problem responses, no CSRF because no cookie is accepted)
 * and the staff UI (session after password and second factor, CSRF on every form). Both send the strict headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = StrictHeaders.CSP;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ObjectProvider<RefusalLog> refusals) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/actuator/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .anonymous(Customizer.withDefaults())
                .addFilterAt(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/api/v1/openapi.json").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.APPLICATION_ADMIN.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.APPLICATION_ADMIN.name())
                        .requestMatchers("/api/v1/emergency-access/**").hasRole(Role.TEAM_LEADER.name())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> BearerTokenFilter.unauthorized(res,
                                "Voor dit adres is een geldig token nodig (Authorization: Bearer ...)."))
                        .accessDeniedHandler((req, res, ex) -> {
                            refusals.ifAvailable(r -> r.refused(req));
                            ApiProblems.write(res, ApiProblems.problem(HttpStatus.FORBIDDEN, "Geen toegang",
                                    "U heeft geen recht op deze handeling of deze gegevens."));
                        }))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, StaffDirectory directory, Clock clock,
            SecurityContextRepository contextRepository, ObjectProvider<RefusalLog> refusals) throws Exception {
        AccessDeniedHandlerImpl forbiddenPage = new AccessDeniedHandlerImpl();
        http.securityContext(c -> c.securityContextRepository(contextRepository))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/login/**", "/setup", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/error").permitAll()
                        // The professional's one-time page for an information request: a link and a code, no account.
                        .requestMatchers("/informatieverzoek/**").permitAll()
                        .requestMatchers("/beheer", "/beheer/**").hasRole(Role.APPLICATION_ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/meldingen/nieuw")
                        .hasAnyRole(Role.CASE_WORKER.name(), Role.CRISIS_WORKER.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.POST, "/meldingen")
                        .hasAnyRole(Role.CASE_WORKER.name(), Role.CRISIS_WORKER.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.GET, "/meldingen/nieuw/betrokkene")
                        .hasAnyRole(Role.CASE_WORKER.name(), Role.CRISIS_WORKER.name(), Role.SECRETARIAT.name())
                        .requestMatchers(HttpMethod.GET, "/adviezen/nieuw")
                        .hasAnyRole(Role.CASE_WORKER.name(), Role.CRISIS_WORKER.name())
                        .requestMatchers(HttpMethod.POST, "/adviezen")
                        .hasAnyRole(Role.CASE_WORKER.name(), Role.CRISIS_WORKER.name())
                        .requestMatchers("/noodtoegang", "/noodtoegang/**", "/vervanging").hasRole(Role.TEAM_LEADER.name())
                        .requestMatchers("/termijnen").hasAnyRole(Role.CASE_WORKER.name(), Role.CRISIS_WORKER.name(),
                                Role.TEAM_LEADER.name(), Role.SECRETARIAT.name())
                        .requestMatchers("/team", "/team/**").hasRole(Role.TEAM_LEADER.name())
                        .requestMatchers("/beoordelingen").hasRole(Role.BEHAVIOURAL_SCIENTIST.name())
                        .requestMatchers("/toegangslog", "/toegangslog/**")
                        .hasAnyRole(Role.DATA_PROTECTION_OFFICER.name(), Role.TEAM_LEADER.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        .accessDeniedHandler((req, res, ex) -> {
                            refusals.ifAvailable(r -> r.refused(req));
                            forbiddenPage.handle(req, res, ex);
                        }))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld").invalidateHttpSession(true)
                        .clearAuthentication(true).deleteCookies("VANGNET_SESSION"))
                .addFilterAfter(new SessionLimitsFilter(directory, clock), SecurityContextHolderFilter.class)
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(p -> p.policy(StrictHeaders.PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31536000));
    }
}
