package care.rounds.intake;

import care.rounds.MovableClock;
import care.rounds.routing.MapInfo;
import care.rounds.routing.Routing;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ServiceAreaTest {

    private final Routing routing = mock(Routing.class);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T15:00:00Z"));

    @Test
    void aListedZipIsInsideAndAnyOtherOutsideWhateverTheMapKnows() {
        when(routing.mapZipCodes()).thenReturn(Set.of("30350"));
        ServiceArea area = new ServiceArea("30303, 30307,30312", routing, Set::of, clock);

        assertThat(area.of("30307").orElseThrow().outside()).isFalse();
        assertThat(area.of("30307-1234").orElseThrow().outside()).as("ZIP+4").isFalse();
        assertThat(area.of("30350").orElseThrow()).isEqualTo(new ServiceArea.Verdict(true,
                "Outside our service area (the ZIP codes we serve are set by the manager)"));
    }

    @Test
    void withoutAListTheMapsRegionIsTheServiceArea() {
        when(routing.mapZipCodes()).thenReturn(Set.of("30303", "30307"));
        when(routing.map()).thenReturn(new MapInfo("Atlanta, GA", 33.7, -84.4, 33.8, -84.3, false, "atlanta.osm.pbf", 1000, null));
        ServiceArea area = new ServiceArea("", routing, () -> Set.of("30312"), clock);

        assertThat(area.of("30303").orElseThrow().outside()).isFalse();
        assertThat(area.of("30312").orElseThrow().outside()).as("a patient's home on the map").isFalse();
        assertThat(area.of("90210").orElseThrow().words())
                .isEqualTo("Outside our service area (not on our map of Atlanta, GA)");
    }

    @Test
    void noZipOrNoKnownAreaSaysNothing() {
        when(routing.mapZipCodes()).thenReturn(Set.of());
        ServiceArea area = new ServiceArea("", routing, Set::of, clock);

        assertThat(area.of("30303")).isEmpty();
        assertThat(new ServiceArea("30303", routing, Set::of, clock).of(null)).isEmpty();
        assertThat(new ServiceArea("30303", routing, Set::of, clock).of("303")).isEmpty();
    }

    @Test
    void theMapsRegionIsReadAtMostOnceAMinuteEvenWhenEmpty() {
        when(routing.mapZipCodes()).thenReturn(Set.of());
        AtomicInteger homesRead = new AtomicInteger();
        ServiceArea area = new ServiceArea("", routing, () -> {
            homesRead.incrementAndGet();
            return Set.of();
        }, clock);

        for (int row = 0; row < 20; row++) {
            assertThat(area.of("30303")).isEmpty();
        }
        assertThat(homesRead).as("one read for the whole inbox").hasValue(1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(area.of("30303")).isEmpty();
        assertThat(homesRead).as("read again after a minute").hasValue(2);
    }

    @Test
    void aMistypedZipInTheSettingStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> new ServiceArea("30303, 3030", routing, Set::of, clock))
                .hasMessage("rounds.intake.service-area-zips: '3030' is not a 5-digit ZIP code. List the ZIP codes "
                        + "the clinic serves, separated by commas, e.g. 30303,30307,30312");
    }
}
