package care.rounds.patients;

import care.rounds.RoundsIntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RoundsIntegrationTest
class PatientPersistenceIT {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PatientRepository patients;

    @Test
    void migrationsBuildTheSchemaFromAnEmptyDatabase() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(Arrays.stream(applied).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed())).isTrue();
        assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL 17");
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class)).contains("patient", "clinician", "infusion_visit", "treatment_plan", "app_user",
                "consultation_request", "consultation", "treatment_protocol", "clinician_time_off");
    }

    @Test
    void patientSurvivesARoundTripWithEveryField() {
        Patient patient = new Patient("Rosa Test", LocalDate.of(1980, 5, 17), "(404) 555-0199",
                "12 Example Street NE, Atlanta, GA", "GA", Instant.parse("2026-11-27T12:00:00Z"));
        patient.setEmail("rosa@example.com");
        patient.setResponsibleAdultName("Tom Test");
        patient.setResponsibleAdultPhone("(404) 555-0198");
        patient.setAccessNotes("Gate code 1234");
        patient.setClinicalNotes("Prefers the left arm");
        patient.setHomeLocation(new care.rounds.base.GeoPoint(33.75, -84.39));
        long id = patients.saveAndFlush(patient).getId();

        Patient loaded = patients.findById(id).orElseThrow();
        assertThat(loaded.getFullName()).isEqualTo("Rosa Test");
        assertThat(loaded.getDateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 17));
        assertThat(loaded.getResponsibleAdultName()).isEqualTo("Tom Test");
        assertThat(loaded.getAccessNotes()).isEqualTo("Gate code 1234");
        assertThat(loaded.getHomeLocation().latitude()).isEqualTo(33.75);
        assertThat(loaded.getCreatedAt()).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
    }

    @Test
    void savingAStaleCopyIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
        long id = patients.saveAndFlush(new Patient("Stale Test", LocalDate.of(1970, 1, 1), "(404) 555-0100",
                "1 Old Road, Atlanta, GA", "GA", Instant.now())).getId();
        Patient mine = patients.findById(id).orElseThrow();
        Patient theirs = patients.findById(id).orElseThrow();

        theirs.setPhone("(404) 555-0111");
        patients.saveAndFlush(theirs);

        mine.setPhone("(404) 555-0122");
        assertThatThrownBy(() -> patients.saveAndFlush(mine))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(patients.findById(id).orElseThrow().getPhone()).isEqualTo("(404) 555-0111");
    }
}
