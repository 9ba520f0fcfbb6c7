package care.rounds.audit;

import care.rounds.KaribuTest;
import care.rounds.audit.ui.AuditView;
import care.rounds.patients.Patient;
import care.rounds.patients.ui.PatientsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatientDataAuditIT extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog auditLog;

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorOpeningAPatientIsRecordedAndTheManagerFindsItOnTheAuditScreen() {
        signInAs("coordinator");
        UI.getCurrent().navigate(PatientsView.class);
        Grid<Patient> patients = _get(Grid.class, spec -> spec.withId("patients-grid"));
        Patient opened = GridKt._get(patients, 2);
        long before = countFor(opened.getId());
        patients.select(opened);

        assertThat(countFor(opened.getId())).isEqualTo(before + 1);
        var entry = jdbc.sql("select username, action, detail from audit_entry where patient_id = ? order by id desc limit 1")
                .param(opened.getId()).query().singleRow();
        assertThat(entry).containsEntry("username", "coordinator").containsEntry("action", "OPENED_PATIENT")
                .containsEntry("detail", opened.getFullName());

        signInAs("manager");
        UI.getCurrent().navigate(AuditView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-patient")), String.valueOf(opened.getId()));
        _setValue(_get(TextField.class, spec -> spec.withId("audit-user")), "coordinator");
        ((Select<AuditAction>) _get(Select.class, spec -> spec.withId("audit-action"))).setValue(AuditAction.OPENED_PATIENT);
        Grid<AuditEntry> audit = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._size(audit)).isEqualTo((int) before + 1);
        assertThat(GridKt._getFormattedRow(audit, 0)).contains("coordinator", "Opened patient record",
                opened.getFullName() + " (patient #" + opened.getId() + ")");
    }

    @Test
    void theCsvHasEveryMatchingEntryAndNeutralisesFormulas() {
        signInAs("manager");
        AuditFilter today = new AuditFilter(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), null, null, null);
        String csv = AuditCsv.of(auditLog.all(today), java.time.ZoneId.of("America/New_York"));
        assertThat(csv.lines().count()).isEqualTo(auditLog.count(today) + 1);
        assertThat(csv).startsWith("Time (America/New_York),User,Action,Patient id,Visit or request id,Patient or export,Address\r\n");
        assertThat(AuditCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void nobodyCanChangeOrDeleteAnEntryNotEvenThroughTheDatabase() {
        signInAs("coordinator");
        UI.getCurrent().navigate(PatientsView.class);
        @SuppressWarnings("unchecked")
        Grid<Patient> patients = _get(Grid.class, spec -> spec.withId("patients-grid"));
        patients.select(GridKt._get(patients, 0));
        long id = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set username = 'someone-else' where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only: UPDATE");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only: DELETE");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause()
                .hasMessageContaining("append-only: TRUNCATE");
        assertThat(jdbc.sql("select username from audit_entry where id = ?").param(id).query(String.class).single())
                .isEqualTo("coordinator");
    }

    @Test
    void onlyManagersReadTheAuditRecord() {
        signInAs("coordinator");
        AuditFilter any = new AuditFilter(null, null, null, null, null);
        assertThatThrownBy(() -> auditLog.count(any)).isInstanceOf(AccessDeniedException.class);
    }

    private long countFor(long patientId) {
        return jdbc.sql("select count(*) from audit_entry where patient_id = ? and action = 'OPENED_PATIENT'")
                .param(patientId).query(Long.class).single();
    }
}
