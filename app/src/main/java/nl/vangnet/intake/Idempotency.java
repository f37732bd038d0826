package nl.vangnet.intake;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.vangnet.platform.BusinessRuleException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration with an idempotency key: the same key from the same caller never creates a second record; a retry
 * (or a concurrent double submit that loses the race on the unique key) is answered with the first one.
 */
final class Idempotency {

    private Idempotency() {
    }

    static Reports.Registered register(String idempotencyKey, Function<String, Optional<UUID>> byKey,
            Function<String, UUID> create, TransactionTemplate transactions) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 200) {
            throw new BusinessRuleException("Idempotency-Key", "Een Idempotency-Key heeft ten hoogste 200 tekens.");
        }
        if (key != null && nl.vangnet.platform.Checks.textProblem(key, 200) != null) {
            throw new BusinessRuleException("Idempotency-Key", "Een Idempotency-Key bevat geen stuurtekens.");
        }
        Optional<UUID> earlier = key == null ? Optional.empty() : byKey.apply(key);
        if (earlier.isPresent()) {
            return new Reports.Registered(earlier.get(), true);
        }
        try {
            return new Reports.Registered(transactions.execute(s -> create.apply(key)), false);
        } catch (DuplicateKeyException e) {
            return byKey.apply(key).map(id -> new Reports.Registered(id, true)).orElseThrow(() -> e);
        }
    }
}
