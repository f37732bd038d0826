package nl.vangnet.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text in every JSON body passes here: a text with a control character (NUL, which PostgreSQL refuses, or any
 * other C0/C1 character but tab and line breaks) or longer than {@link Checks#MAX_TEXT} is refused as bad input at its
 * field, before any code of ours sees it. The shorter limits of single fields are on the input records (and so in the
 * OpenAPI) and in {@link Checks}.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextInput {

    @Bean
    JacksonModule textInputModule() {
        return new SimpleModule("vangnet-text-input").addDeserializer(String.class, new CheckedStrings());
    }

    /** Refused text; the reason is Dutch and never contains the value. */
    static final class RefusedText extends InvalidFormatException {
        final String dutchReason;

        RefusedText(JsonParser parser, String dutchReason) {
            super(parser, "refused text: " + dutchReason, null, String.class);
            this.dutchReason = dutchReason;
        }
    }

    static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            String reason = Checks.textProblem(value, Checks.MAX_TEXT);
            if (reason != null) {
                throw new RefusedText(p, reason);
            }
            return value;
        }
    }
}
