package nl.vangnet.inforequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail with the professional's link, through Spring's mail support against the SMTP server named by the
 * standard {@code spring.mail.*} settings. The mail names who asks (Veilig Thuis, the worker) and that a code follows
 * by phone; never the persons it is about: the link and the code show them. Without a configured mail server, or
 * when the server refuses, the send fails and the request shows it (never "sent" when it was not).
 */
@Component
class RequestMail {

    private static final Logger LOG = LoggerFactory.getLogger(RequestMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String baseUrl;
    private final String from;
    private final String organisation;

    RequestMail(ObjectProvider<JavaMailSender> sender, @Value("${vangnet.public-base-url}") String baseUrl,
            @Value("${vangnet.mail.from}") String from, @Value("${vangnet.organisation-name:Veilig Thuis}") String organisation) {
        this.sender = sender;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
        this.organisation = organisation;
    }

    /** The link to the professional's page for this token. */
    String link(String token) {
        return baseUrl + "/informatieverzoek/" + token;
    }

    /** Sends the link; true when the mail server accepted it. */
    boolean send(String to, String professionalName, String workerName, String token) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            LOG.warn("No mail server configured (spring.mail.host): the link to an information request was not sent");
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Verzoek om informatie van " + organisation);
        message.setText(body(professionalName, workerName, link(token)));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            LOG.warn("The mail server refused the link to an information request: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** The mail's text: who asks and how to answer; no name or detail of the persons it is about. */
    String body(String professionalName, String workerName, String link) {
        return """
                Geachte %1$s,

                %2$s van %3$s vraagt u om informatie, op grond van artikel 5.2.6 van de Wet maatschappelijke \
                ondersteuning 2015. Om wie het gaat en waarom de informatie nodig is, leest u op de pagina achter deze link:

                %4$s

                Voor die pagina heeft u ook een code nodig. %2$s geeft u die code telefonisch. Op de pagina kunt u de \
                tekst schrijven of nakijken, zo nodig aanpassen, passages aanwijzen die de betrokkenen niet mogen zien, \
                en de tekst accorderen. De link is 14 dagen geldig en werkt niet meer nadat u de tekst heeft geaccordeerd.

                Heeft u deze e-mail niet verwacht? Neem dan contact op met %3$s en gebruik de link niet.

                Met vriendelijke groet,
                %2$s
                %3$s
                """.formatted(professionalName, workerName, organisation, link);
    }
}
