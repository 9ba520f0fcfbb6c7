package care.rounds.visits;

import care.rounds.KaribuTest;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.CurrentUser;
import care.rounds.visits.ui.VisitsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class VisitsViewIT extends KaribuTest {

    @Autowired
    VisitRepository visits;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    CurrentUser currentUser;

    @SuppressWarnings("unchecked")
    private Grid<InfusionVisit> grid() {
        return _get(Grid.class, spec -> spec.withId("visits-grid"));
    }

    @Test
    void officeSeesTheNextTwoWeeksOfVisits() {
        signInAs("coordinator");
        UI.getCurrent().navigate(VisitsView.class);
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(25);
    }

    @Test
    void clinicianSeesOnlyTheirOwnVisits() {
        signInAs("clinician");
        long me = currentUser.require().clinicianId();
        List<Clinician> staff = clinicians.allForPlanning();
        Clinician mine = staff.stream().filter(c -> c.getId() == me).findFirst().orElseThrow();
        Clinician other = staff.stream().filter(c -> c.getId() != me).findFirst().orElseThrow();
        List<InfusionVisit> upcoming = visits.findAll().stream()
                .filter(v -> !v.getStatus().isClosed() && !v.getStatus().isStarted())
                .sorted(java.util.Comparator.comparing(InfusionVisit::getEarliestStart)).limit(3).toList();
        upcoming.get(0).assign(mine, upcoming.get(0).getEarliestStart());
        upcoming.get(1).assign(other, upcoming.get(1).getEarliestStart());
        upcoming.get(2).assign(other, upcoming.get(2).getEarliestStart());
        visits.saveAllAndFlush(upcoming);

        UI.getCurrent().navigate(VisitsView.class);
        int shown = GridKt._size(grid());
        assertThat(shown).isGreaterThanOrEqualTo(1);
        List<Long> shownIds = new java.util.ArrayList<>();
        for (int row = 0; row < shown; row++) {
            assertThat(GridKt._get(grid(), row).getClinician().getId()).isEqualTo(me);
            shownIds.add(GridKt._get(grid(), row).getId());
        }
        assertThat(shownIds).contains(upcoming.get(0).getId())
                .doesNotContain(upcoming.get(1).getId(), upcoming.get(2).getId());
        assertThat(_find(Button.class, spec -> spec.withId("visit-save"))).isEmpty();
    }

    @Test
    void coordinatorPinsAVisit() {
        signInAs("coordinator");
        UI.getCurrent().navigate(VisitsView.class);
        InfusionVisit first = java.util.stream.IntStream.range(0, GridKt._size(grid())).mapToObj(i -> GridKt._get(grid(), i))
                .filter(v -> !v.getStatus().isClosed() && !v.getStatus().isStarted() && !v.isPinned())
                .findFirst().orElseThrow();
        InfusionVisit original = visits.findById(first.getId()).orElseThrow();
        if (original.getClinician() == null) {
            fixtures().place(first.getId(), clinicians.allForPlanning().get(0), first.getEarliestStart());
        }
        try {
            grid().getDataProvider().refreshAll();
            grid().select(visits.findById(first.getId()).orElseThrow());
            _setValue(_get(Checkbox.class, spec -> spec.withLabel("Pinned: the planner keeps this visit where it is")),
                    true);
            _click(_get(Button.class, spec -> spec.withId("visit-save")));
            assertThat(visits.findById(first.getId()).orElseThrow().isPinned()).isTrue();
        } finally {
            fixtures().putBack(original);
        }
    }
}
