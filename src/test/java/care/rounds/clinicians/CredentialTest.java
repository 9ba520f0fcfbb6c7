package care.rounds.clinicians;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialTest {

    @Test
    void physiciansAndNursePractitionersSuperviseRegisteredNurses() {
        assertThat(Arrays.stream(Credential.values()).filter(Credential::supervisesRns))
                .containsExactlyInAnyOrder(Credential.MD, Credential.NP);
    }
}
