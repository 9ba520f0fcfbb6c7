package care.rounds.calendar;

import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.RoundsUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The .ics feed behind a clinician's secret link, fetched as a phone does: without signing in. */
@RoundsIntegrationTest
class CalendarFeedIT {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    MockMvc mvc;
    @Autowired
    CalendarLinks links;
    @Autowired
    VisitService visits;
    @Autowired
    VisitChanges changes;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClinicTime time;

    /** How the borrowed visits were before the test, to put them back exactly. */
    private record Before(long id, Clinician clinician, Instant plannedStart, VisitStatus status, boolean pinned) {
    }

    private final List<Before> originals = new ArrayList<>();
    private InfusionVisit mine;
    private InfusionVisit alsoMine;
    private InfusionVisit someoneElses;
    private long maria;

    @BeforeEach
    void putTwoVisitsOnMariasRouteAndOneOnAColleagues() {
        maria = ((RoundsUser) users.loadUserByUsername("clinician")).clinicianId();
        signIn("coordinator");
        Clinician her = clinicians.find(maria).orElseThrow();
        Clinician colleague = clinicians.allForPlanning().stream().filter(c -> c.getId() != maria).findFirst().orElseThrow();
        Instant now = time.now();
        // open visits, planned or not (other tests may have planned the whole horizon)
        List<InfusionVisit> open = visits.inHorizon(now, now.plus(Duration.ofDays(20))).stream()
                .filter(v -> !v.getStatus().isStarted() && !v.getStatus().isClosed() && v.getEarliestStart().isAfter(now))
                .sorted(Comparator.comparing(InfusionVisit::getEarliestStart).reversed()).limit(3).toList();
        open.forEach(v -> originals.add(new Before(v.getId(), v.getClinician(), v.getPlannedStart(), v.getStatus(),
                v.isPinned())));
        mine = onRoute(open.get(0), her);
        alsoMine = onRoute(open.get(1), her);
        someoneElses = onRoute(open.get(2), colleague);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void putThemBack() {
        signIn("coordinator");
        for (Before before : originals) {
            var fixtures = care.rounds.visits.VisitFixtures.of(context);
            fixtures.takeOffRoute(before.id());
            if (before.clinician() != null) {
                fixtures.place(before.id(), before.clinician(), before.plannedStart());
            }
            fixtures.status(before.id(), before.status());
            fixtures.pinned(before.id(), before.pinned());
        }
        signIn("clinician");
        links.revokeMine();
        SecurityContextHolder.clearContext();
    }

    @Test
    void feedCarriesOnlyTheClinicianOwnVisitsWithoutLogin() throws Exception {
        String secret = newLinkOfMaria();

        String body = mvc.perform(get("/calendar/" + secret + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();

        Map<String, VEvent> events = eventsByUid(body);
        assertThat(events).containsKeys(uid(mine), uid(alsoMine)).doesNotContainKey(uid(someoneElses));
        assertThat(events.keySet()).isSubsetOf(uidsOnMariasRouteInTheFeedWindow());
        VEvent event = events.get(uid(mine));
        var patient = mine.getPlan().getPatient();
        String[] name = patient.getFullName().split("\\s+");
        assertThat(text(event, Property.SUMMARY)).isEqualTo("Infusion visit " + mine.getSequenceNumber() + " of "
                + mine.getPlan().getProtocol().getInfusionCount() + " \u2014 " + name[0].charAt(0) + ". "
                + name[name.length - 1]);
        assertThat(text(event, Property.LOCATION)).isEqualTo(patient.getHomeAddress());
        assertThat(text(event, Property.DTSTART)).isEqualTo(ical(mine.getPlannedStart()));
        assertThat(text(event, Property.DTEND)).isEqualTo(ical(mine.getPlannedEnd()));
        assertThat(text(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(body).doesNotContain(patient.getPhone()).doesNotContain(patient.getFullName())
                .doesNotContain(mine.getPlan().getProtocol().getName());
        if (patient.getAccessNotes() != null && !patient.getAccessNotes().isBlank()) {
            assertThat(body).doesNotContain(patient.getAccessNotes());
        }
    }

    @Test
    void visitTheOfficeCancelsStaysInTheFeedAsCancelled() throws Exception {
        String secret = newLinkOfMaria();
        mvc.perform(get("/calendar/" + secret + ".ics")).andExpect(status().isOk());
        signIn("coordinator");
        changes.cancel(alsoMine.getId(), visits.find(alsoMine.getId()).orElseThrow().getVersion(), "Patient in hospital");
        SecurityContextHolder.clearContext();

        Map<String, VEvent> events = eventsByUid(mvc.perform(get("/calendar/" + secret + ".ics"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        VEvent cancelled = events.get(uid(alsoMine));
        assertThat(cancelled).as("the cancelled visit is still sent").isNotNull();
        assertThat(text(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(text(cancelled, Property.DTSTART)).isEqualTo(ical(alsoMine.getPlannedStart()));
        assertThat(text(events.get(uid(mine)), Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void revokedUnknownAndReplacedLinksAnswer404() throws Exception {
        String first = newLinkOfMaria();
        mvc.perform(get("/calendar/" + first + ".ics")).andExpect(status().isOk());

        String second = newLinkOfMaria();
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/calendar/" + first + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + second + ".ics")).andExpect(status().isOk());

        signIn("clinician");
        assertThat(links.revokeMine()).isTrue();
        SecurityContextHolder.clearContext();
        mvc.perform(get("/calendar/" + second + ".ics")).andExpect(status().isNotFound())
                .andExpect(content().string(""));
        mvc.perform(get("/calendar/" + FeedSecret.generate() + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/not-a-secret.ics")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() throws Exception {
        String secret = newLinkOfMaria();
        assertThat(storedHashes()).contains(FeedSecret.hash(secret)).noneMatch(h -> h.contains(secret));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private List<String> storedHashes() {
        return jdbc.sql("select secret_hash from calendar_feed_link").query(String.class).list();
    }

    private String newLinkOfMaria() {
        signIn("clinician");
        try {
            return links.create().secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Set<String> uidsOnMariasRouteInTheFeedWindow() {
        Instant now = time.now();
        return visits.inHorizon(now.minus(Duration.ofDays(8)), now.plus(Duration.ofDays(31))).stream()
                .filter(v -> v.getClinician() != null && v.getClinician().getId() == maria)
                .map(CalendarFeedIT::uid).collect(Collectors.toSet());
    }

    private InfusionVisit onRoute(InfusionVisit visit, Clinician clinician) {
        return care.rounds.visits.VisitFixtures.of(context).place(visit.getId(), clinician, visit.getEarliestStart());
    }

    private static Map<String, VEvent> eventsByUid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> text(e, Property.UID), Function.identity()));
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String uid(InfusionVisit visit) {
        return "visit-" + visit.getId() + "@rounds";
    }

    private static String ical(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(instant.atOffset(java.time.ZoneOffset.UTC));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
