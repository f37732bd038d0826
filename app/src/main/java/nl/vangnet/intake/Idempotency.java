package nl.vangnet.intake;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.vangnet.platform.BusinessRuleException;
import nl.vangnet.platform.IdempotencyKeys;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration with an idempotency key: the same key from the same caller never creates a second record; a retry
 * (or a concurrent double submit that loses the race on the unique key) is answered with the first one. The answer
 * is made in the transaction that creates (or finds) the record, so that a caller never gets a refusal for
 * something that was stored.
 */
final class Idempotency {

    private Idempotency() {
    }

    static <T> Registered<T> register(String idempotencyKey, Function<String, Optional<UUID>> byKey,
            Function<String, UUID> create, Function<UUID, T> answer, Function<UUID, T> replay,
            TransactionTemplate transactions) {
        String problem = IdempotencyKeys.problem(idempotencyKey);
        if (problem != null) {
            throw new BusinessRuleException(IdempotencyKeys.HEADER, problem);
        }
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null) {
            Registered<T> earlier = transactions.execute(s -> byKey.apply(key)
                    .map(id -> new Registered<>(id, true, replay.apply(id))).orElse(null));
            if (earlier != null) {
                return earlier;
            }
        }
        try {
            return transactions.execute(s -> {
                UUID id = create.apply(key);
                return new Registered<>(id, false, answer.apply(id));
            });
        } catch (DuplicateKeyException e) {
            return transactions.execute(s -> byKey.apply(key)
                    .map(id -> new Registered<>(id, true, replay.apply(id)))).orElseThrow(() -> e);
        }
    }
}
