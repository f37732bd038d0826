package nl.vangnet.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.vangnet.platform.BusinessRuleException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"kort", "elf-tekens!", "aaaaaaaaaaaaaaaa", "mijn-jansen-wachtwoord"})
    void weakPasswordsAreRefusedWithADutchReason(String password) {
        assertThatThrownBy(() -> StaffDirectory.checkPassword("jansen", password, "password"))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> Assertions.assertThat(((BusinessRuleException) e).field()).isEqualTo("password"));
    }

    @Test
    void aPasswordHasAtMost128Characters() {
        assertThatThrownBy(() -> StaffDirectory.checkPassword("jansen", "a1b2c3d4e5".repeat(13), "password"))
                .hasMessageContaining("ten hoogste 128");
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertThatCode(() -> StaffDirectory.checkPassword("jansen", "paarse olifant op de fiets", "password"))
                .doesNotThrowAnyException();
    }
}
