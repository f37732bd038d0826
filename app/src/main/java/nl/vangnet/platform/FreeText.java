package nl.vangnet.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a view record as free text about a case (what someone said, wrote, found or decided and why),
 * or as something that reveals it. {@link Redaction} removes every such component for administrative access, on
 * every channel, so that no view needs its own copy of the rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FreeText {
}
