package care.rounds.database;

import care.rounds.RoundsApplication;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.booking.TestOrders;
import care.rounds.planning.SchedulePlanner;
import care.rounds.planning.SlotOption;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.security.SystemActor;
import care.rounds.visits.InfusionVisit;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * For {@link ApplicationReliabilityCheck}: the whole Rounds application (its embedded PostgreSQL on a data
 * folder, the map, the demo clinic) doing one kind of work over and over until it is killed: planning runs
 * ({@code solve}) or series bookings ({@code book}), as a coordinator would start them. Every commit is
 * recorded by {@link RowSnapshots}; at start the database is compared with what the last run recorded.
 * Arguments: kind, data folder, snapshot folder, port.
 */
public final class KilledRounds {

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path data = Path.of(args[1]);
        Path rows = Path.of(args[2]);
        Files.createDirectories(rows);
        RowSnapshots snapshots = new RowSnapshots(rows);
        SpringApplication application = new SpringApplication(RoundsApplication.class);
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("reliabilityRowsAtStart", snapshots.atStart());
            context.getBeanFactory().registerSingleton("reliabilityRowsAtCommit", snapshots);
        });
        List<String> settings = new java.util.ArrayList<>(List.of(
                "--rounds.database.embedded.data-dir=" + data,
                "--server.port=" + args[3],
                "--rounds.backup.enabled=false",
                "--timefold.solver.termination.spent-limit=4s",
                "--timefold.solver.termination.unimproved-spent-limit=2s",
                "--spring.main.banner-mode=off"));
        settings.addAll(List.of(args).subList(4, args.length));
        ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new));
        snapshots.record(context);
        System.out.println("RELIABILITY READY");
        System.out.flush();
        SystemActor office = SystemActor.office("Reliability check");
        ClinicTime time = context.getBean(ClinicTime.class);
        Random random = new Random();
        if (kind.equals("solve")) {
            SchedulePlanner planner = context.getBean(SchedulePlanner.class);
            // the next two weekdays: the demo clinic works Monday to Friday, a weekend has nothing to plan
            LocalDate first = time.today().plusDays(1);
            while (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY) {
                first = first.plusDays(1);
            }
            LocalDate from = first;
            for (int n = 1; ; n++) {
                System.out.println("RELIABILITY BEGIN solve " + n);
                var saved = office.call(() -> planner.planAndWait(from, 2, "Reliability check"));
                System.out.println("RELIABILITY DONE solve " + n + " run " + saved.runId() + ": " + saved.figures().inWords());
            }
        }
        SeriesBooking booking = context.getBean(SeriesBooking.class);
        List<Long> patients = context.getBean(JdbcTemplate.class).queryForList(
                "select id from patient where home_latitude is not null order by id", Long.class);
        List<TreatmentProtocol> protocols = office.call(booking::protocols);
        for (int n = 1; ; n++) {
            System.out.println("RELIABILITY BEGIN book " + n);
            long patient = patients.get(random.nextInt(patients.size()));
            long protocol = protocols.get(random.nextInt(protocols.size())).getId();
            LocalDate start = time.today().plusDays(3 + random.nextInt(25));
            SeriesRequest request = new SeriesRequest(patient, protocol, start,
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(8, 0), LocalTime.of(18, 0), null);
            try {
                int booked = office.call(() -> {
                    List<InfusionVisit> visits = booking.create(request, TestOrders.halfMgPerKg(
                            context.getBean(care.rounds.clinicians.ClinicianService.class), time.today()));
                    Map<Long, List<SlotOption>> options = booking.recommend(visits);
                    Map<Long, SlotOption> choices = new LinkedHashMap<>();
                    options.forEach((visit, slots) -> {
                        if (!slots.isEmpty()) {
                            choices.put(visit, slots.get(0));
                        }
                    });
                    return booking.confirm(choices).size();
                });
                System.out.println("RELIABILITY DONE book " + n + " visits " + booked);
            } catch (RuntimeException refused) {
                System.out.println("RELIABILITY REFUSED book " + n + ": " + refused.getMessage());
            }
        }
    }
}
