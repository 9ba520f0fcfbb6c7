package care.rounds.booking.ui;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.clinicians.ClinicianService;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.planning.InfusionAdvice;
import care.rounds.planning.SlotOption;
import care.rounds.plans.PlanStatus;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A six-infusion ketamine series on the demo clinic whose second infusion's best day is full (every clinician
 * is off that Wednesday): the booking offers the nearest days the protocol's spacing allows, names the rule
 * that keeps it off the day before, proposes each infusion from the option chosen for the one before, and
 * books all six. Six weeks ahead, where no demo visit is; the series is discarded and the roster put back.
 */
class SeriesOnAFullDayIT extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    care.rounds.intake.ScreeningOutcomes screenings;

    @Autowired
    SeriesBooking booking;
    @Autowired
    PatientService patients;
    @Autowired
    TreatmentProtocolRepository protocols;
    @Autowired
    TreatmentPlanRepository plans;
    @Autowired
    VisitService visits;
    @Autowired
    ClinicianService roster;
    @Autowired
    ClinicTime time;

    private final List<Long> seriesToDiscard = new ArrayList<>();
    private FullDay fullDay;
    private LocalDate monday;

    @BeforeEach
    void everyoneOffOnTheSecondInfusionsDay() {
        signInAs("coordinator");
        monday = time.today().plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        fullDay = FullDay.on(roster, time, monday.plusDays(2));
    }

    @AfterEach
    void putBack() {
        signInAs("coordinator");
        seriesToDiscard.forEach(booking::discard);
        fullDay.putBack();
    }

    @Test
    void aFullBestDayGivesTheNearestDaysTheSpacingAllowsAndAllSixAreBooked() {
        List<InfusionVisit> series = createSeries();
        LocalDate wednesday = monday.plusDays(2);
        assertThat(day(series.get(1).getEarliestStart())).as("the second infusion's best day").isEqualTo(wednesday);

        Map<Long, InfusionAdvice> advice = booking.advise(series, Map.of());

        InfusionAdvice second = advice.get(series.get(1).getId());
        assertThat(second.options()).as("options on the nearest days instead of the full Wednesday").isNotEmpty()
                .allSatisfy(option -> assertThat(day(option.start())).isAfter(wednesday));
        assertThat(second.note()).contains(time.date(wednesday) + " is full")
                .contains("Nearest days the protocol's spacing allows: " + time.date(wednesday.plusDays(1)))
                .contains("Not " + time.date(wednesday.minusDays(1))
                        + ": the protocol wants at least 44 h after infusion 1");
        Map<Long, SlotOption> firstOptions = new LinkedHashMap<>();
        series.forEach(visit -> {
            assertThat(advice.get(visit.getId()).options()).as("options for infusion %d", visit.getSequenceNumber())
                    .isNotEmpty();
            firstOptions.put(visit.getId(), advice.get(visit.getId()).options().get(0));
        });

        List<InfusionVisit> booked = booking.confirm(firstOptions);

        assertThat(booked).hasSize(6).allSatisfy(visit -> {
            assertThat(visit.isPinned()).isTrue();
            assertThat(visit.getPlannedStart()).isBetween(visit.getEarliestStart(), visit.getLatestStart());
        });
        assertThat(day(booked.get(1).getPlannedStart())).isNotEqualTo(wednesday);
        assertGapsKept(booked);
        long clinicians = booked.stream().map(v -> v.getClinician().getId()).distinct().count();
        assertThat(clinicians).as("the series stays with as few clinicians as the roster allows").isLessThanOrEqualTo(2);
    }

    @Test
    void theOptionChosenForAnInfusionIsWhereTheNextOneIsProposedFrom() {
        UI.getCurrent().navigate(BookSeriesView.class);
        Patient patient = freePatient();
        _setValue(_get(ComboBox.class, spec -> spec.withId("series-patient")), patient);
        @SuppressWarnings("unchecked")
        Select<TreatmentProtocol> protocol = _get(Select.class, spec -> spec.withId("series-protocol"));
        _setValue(protocol, protocol.getListDataView().getItems()
                .filter(p -> p.getName().equals("PTSD initial series")).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("First infusion on or after")), monday);
        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> days = _get(CheckboxGroup.class, spec -> spec.withLabel("Days the patient can do"));
        _setValue(days, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        @SuppressWarnings("unchecked")
        ComboBox<care.rounds.clinicians.Clinician> orderedBy = _get(ComboBox.class, spec -> spec.withId("order-by"));
        _setValue(orderedBy, orderedBy.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("order-dose")),
                new java.math.BigDecimal("0.5"));
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("order-weight")),
                new java.math.BigDecimal("80"));
        _click(_get(Button.class, spec -> spec.withId("find-slots")));
        BookSeriesView view = _get(BookSeriesView.class);
        List<InfusionVisit> series = seriesOf(patient);
        seriesToDiscard.add(series.get(0).getPlan().getId());

        InfusionVisit second = series.get(1);
        InfusionVisit third = series.get(2);
        assertThat(view.noteShown(second.getId())).contains("is full").contains("the protocol wants at least 44 h");
        List<SlotOption> secondOptions = view.optionsShown(second.getId());
        SlotOption latest = secondOptions.stream().max(java.util.Comparator.comparing(SlotOption::start)).orElseThrow();
        assertThat(latest).as("a later option than the first offered").isNotEqualTo(secondOptions.get(0));
        List<SlotOption> thirdBefore = view.optionsShown(third.getId());

        view.chooseShown(second.getId(), latest);

        List<SlotOption> thirdAfter = view.optionsShown(third.getId());
        assertThat(thirdAfter).as("the third infusion proposed from the second as chosen").isNotEmpty()
                .isNotEqualTo(thirdBefore)
                .allSatisfy(option -> assertThat(Duration.between(latest.start(), option.start()))
                        .isBetween(Duration.ofHours(44), Duration.ofHours(96)));
        _click(_get(Button.class, spec -> spec.withId("confirm-series")));

        List<InfusionVisit> booked = visits.seriesOf(List.of(series.get(0).getPlan().getId()));
        assertThat(booked).hasSize(6).allSatisfy(visit -> assertThat(visit.isPinned()).isTrue());
        InfusionVisit secondBooked = booked.stream().filter(v -> v.getSequenceNumber() == 2).findFirst().orElseThrow();
        assertThat(secondBooked.getPlannedStart()).isEqualTo(latest.start());
        assertGapsKept(booked);
    }

    private void assertGapsKept(List<InfusionVisit> booked) {
        List<InfusionVisit> ordered = booked.stream()
                .sorted(java.util.Comparator.comparingInt(InfusionVisit::getSequenceNumber)).toList();
        for (int i = 1; i < ordered.size(); i++) {
            assertThat(Duration.between(ordered.get(i - 1).getPlannedStart(), ordered.get(i).getPlannedStart()))
                    .as("gap before infusion %d", i + 1).isBetween(Duration.ofHours(44), Duration.ofHours(96));
        }
    }

    private List<InfusionVisit> createSeries() {
        Patient patient = freePatient();
        List<InfusionVisit> series = booking.create(new SeriesRequest(patient.getId(),
                protocols.findByName("PTSD initial series").orElseThrow().getId(), monday,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(15, 0), null), care.rounds.booking.TestOrders.halfMgPerKg(roster, time.today()));
        seriesToDiscard.add(series.get(0).getPlan().getId());
        return series;
    }

    private List<InfusionVisit> seriesOf(Patient patient) {
        long planId = plans.findAll().stream().filter(p -> p.getPatient().getId().equals(patient.getId())
                && p.getStatus() != PlanStatus.CANCELLED).findFirst().orElseThrow().getId();
        return visits.seriesOf(List.of(planId));
    }

    private Patient freePatient() {
        Set<Long> withPlans = plans.findAll().stream().filter(p -> p.getStatus() != PlanStatus.CANCELLED)
                .map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        return patients.search("", 0, 300)
                .filter(p -> p.getHomeLocation() != null && !withPlans.contains(p.getId()))
                .filter(care.rounds.booking.BookablePatients.bookable(screenings)).findFirst().orElseThrow();
    }

    private LocalDate day(java.time.Instant instant) {
        return time.inClinicZone(instant).toLocalDate();
    }
}
