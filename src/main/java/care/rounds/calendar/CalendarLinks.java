package care.rounds.calendar;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.CurrentUser;
import care.rounds.security.RoundsUser;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A clinician's secret feed link: create (which replaces any earlier one), see since when it works,
 * revoke. A manager may revoke anyone's, e.g. when a phone is lost. The secret is never stored or
 * logged; the log says only whose link changed.
 */
@Service
@Transactional(readOnly = true)
public class CalendarLinks {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarLinks.class);

    private final CalendarLinkRepository links;
    private final CurrentUser currentUser;
    private final ClinicianService clinicians;
    private final Clock clock;

    CalendarLinks(CalendarLinkRepository links, CurrentUser currentUser, ClinicianService clinicians, Clock clock) {
        this.links = links;
        this.currentUser = currentUser;
        this.clinicians = clinicians;
        this.clock = clock;
    }

    /** A new link for the signed-in clinician; an earlier link stops working. */
    @RolesAllowed("CLINICIAN")
    @Transactional
    public NewCalendarLink create() {
        RoundsUser me = currentUser.require();
        revokeActive(me.clinicianId(), me.getUsername());
        links.flush();
        String secret = FeedSecret.generate();
        Instant now = clock.instant();
        links.saveAndFlush(new CalendarLink(me.clinicianId(), FeedSecret.hash(secret), now, me.getUsername()));
        LOG.info("Calendar link created for clinician {} by {}", me.clinicianId(), me.getUsername());
        return new NewCalendarLink(secret, now);
    }

    /** Since when the signed-in clinician's link works; empty if they have none. */
    @RolesAllowed("CLINICIAN")
    public Optional<Instant> mine() {
        return links.findActiveByClinicianId(currentUser.require().clinicianId()).map(CalendarLink::getCreatedAt);
    }

    /** The signed-in clinician's link stops working; true if there was one. */
    @RolesAllowed("CLINICIAN")
    @Transactional
    public boolean revokeMine() {
        RoundsUser me = currentUser.require();
        return revokeActive(me.clinicianId(), me.getUsername());
    }

    /** Every link that works now, newest first, with the clinician's name. */
    @RolesAllowed("MANAGER")
    public List<ActiveCalendarLink> active() {
        Map<Long, String> names = clinicians.allForPlanning().stream()
                .collect(Collectors.toMap(Clinician::getId, Clinician::getFullName));
        return links.findAllActive().stream()
                .map(l -> new ActiveCalendarLink(l.getClinicianId(),
                        names.getOrDefault(l.getClinicianId(), "Clinician " + l.getClinicianId()), l.getCreatedAt()))
                .toList();
    }

    /** A manager stops a clinician's link (a lost phone, someone leaving); true if there was one. */
    @RolesAllowed("MANAGER")
    @Transactional
    public boolean revoke(long clinicianId) {
        return revokeActive(clinicianId, currentUser.require().getUsername());
    }

    private boolean revokeActive(long clinicianId, String by) {
        Optional<CalendarLink> active = links.findActiveByClinicianId(clinicianId);
        active.ifPresent(link -> {
            link.revoke(clock.instant(), by);
            LOG.info("Calendar link of clinician {} revoked by {}", clinicianId, by);
        });
        return active.isPresent();
    }

    /** The clinician whose link has this secret, for the feed (which has no signed-in user). */
    Optional<Long> clinicianOf(String secret) {
        if (!FeedSecret.looksValid(secret)) {
            return Optional.empty();
        }
        return links.findActiveBySecretHash(FeedSecret.hash(secret)).map(CalendarLink::getClinicianId);
    }
}
