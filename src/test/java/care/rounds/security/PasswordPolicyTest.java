package care.rounds.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void commonAndTooSimplePasswordsAreRefusedWithWhatToChange() {
        assertThat(PasswordPolicy.problemWith("nurse.kim", "aaaaaaaaaa")).hasValueSatisfying(message -> assertThat(message)
                .contains("Do not repeat one character 4 times in a row.")
                .contains("Use at least 5 different characters."));
        assertThat(PasswordPolicy.problemWith("nurse.kim", "password12"))
                .hasValue("This password is too common (it contains \"password\"); choose words nobody would guess.");
        assertThat(PasswordPolicy.problemWith("nurse.kim", "MyPassWord-2026")).get().asString().contains("too common");
        assertThat(PasswordPolicy.problemWith("nurse.kim", "drowssap-backwards")).get().asString().contains("backwards");
        assertThat(PasswordPolicy.problemWith("nurse.kim", "short")).get().asString().contains("at least 10 characters");
        assertThat(PasswordPolicy.problemWith("nurse.kim", "Tulips-12345")).get().asString().contains("Avoid number runs such as \"12345\".");
        assertThat(PasswordPolicy.problemWith("nurse.kim", "qwertyuiop")).get().asString().contains("too common");
    }

    @Test
    void passphrasesAndGeneratedPasswordsPass() {
        assertThat(PasswordPolicy.problemWith("jane", "coordinator-demo-2026")).isEmpty();
        assertThat(PasswordPolicy.problemWith("jane", "violet harbor lantern")).isEmpty();
        assertThat(PasswordPolicy.problemWith("jane", "k7PqR2mWx9TzEb")).isEmpty();
    }
}
