package care.rounds.clinicians;

import care.rounds.base.GeoPoint;
import care.rounds.base.Place;
import care.rounds.base.PostalAddress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A nurse, nurse anesthetist, nurse practitioner or physician who drives from home to home.
 */
@Entity
@Table(name = "clinician")
public class Clinician {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Credential credential;

    private String phone;

    /** The home base's full address label, made from the parts below. */
    @Column(name = "home_address", nullable = false)
    private String homeAddress;

    @Column(name = "home_house_number", nullable = false)
    private String homeHouseNumber = "";

    @Column(name = "home_street", nullable = false)
    private String homeStreet = "";

    @Column(name = "home_unit", nullable = false)
    private String homeUnit = "";

    @Column(name = "home_city", nullable = false)
    private String homeCity = "";

    @Column(name = "home_state", nullable = false)
    private String homeState = "";

    @Column(name = "home_postal_code", nullable = false)
    private String homePostalCode = "";

    @Column(name = "home_latitude", nullable = false)
    private Double homeLatitude;

    @Column(name = "home_longitude", nullable = false)
    private Double homeLongitude;

    @Column(name = "dose_kits_per_day", nullable = false)
    private int doseKitsPerDay;

    @Column(name = "max_visits_per_day", nullable = false)
    private int maxVisitsPerDay;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clinician_licence", joinColumns = @JoinColumn(name = "clinician_id"))
    @Column(name = "state", columnDefinition = "bpchar(2)")
    private Set<String> licensedStates = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "clinician_weekly_hours", joinColumns = @JoinColumn(name = "clinician_id"))
    private Set<WeeklyHours> weeklyHours = new java.util.HashSet<>();

    @OneToMany(mappedBy = "clinician", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("startsAt")
    private List<TimeOff> timeOff = new ArrayList<>();

    @Version
    private long version;

    protected Clinician() {
    }

    public Clinician(String fullName, Credential credential, String homeAddress, GeoPoint homeBase,
                     int doseKitsPerDay, int maxVisitsPerDay) {
        this.fullName = fullName;
        this.credential = credential;
        setHomeAddress(homeAddress);
        setHomeBase(homeBase);
        this.doseKitsPerDay = doseKitsPerDay;
        this.maxVisitsPerDay = maxVisitsPerDay;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Credential getCredential() {
        return credential;
    }

    public void setCredential(Credential credential) {
        this.credential = credential;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getHomeAddress() {
        return homeAddress;
    }

    /** A home base address given on one line: split into its parts as well as it can be. */
    public void setHomeAddress(String homeAddress) {
        setHomePostalAddress(PostalAddress.parse(homeAddress));
    }

    public PostalAddress getHomePostalAddress() {
        return new PostalAddress(homeHouseNumber, homeStreet, homeUnit, homeCity, homeState, homePostalCode);
    }

    public void setHomePostalAddress(PostalAddress address) {
        this.homeHouseNumber = address.houseNumber();
        this.homeStreet = address.street();
        this.homeUnit = address.unit();
        this.homeCity = address.city();
        this.homeState = address.state();
        this.homePostalCode = address.postalCode();
        this.homeAddress = address.label();
    }

    /** The home base as an address field shows it: full address, parts and point on the road. */
    public Place getHomePlace() {
        return homeAddress == null || homeAddress.isBlank() ? null
                : new Place(homeAddress, getHomeBase(), getHomePostalAddress(), false);
    }

    public void setHomePlace(Place home) {
        setHomePostalAddress(home.postal() != null ? home.postal() : PostalAddress.parse(home.address()));
        setHomeBase(home.location());
    }

    /** Where the clinician's day starts and ends; null only while a new clinician is being entered. */
    public GeoPoint getHomeBase() {
        return homeLatitude == null || homeLongitude == null ? null : new GeoPoint(homeLatitude, homeLongitude);
    }

    public void setHomeBase(GeoPoint homeBase) {
        this.homeLatitude = homeBase == null ? null : homeBase.latitude();
        this.homeLongitude = homeBase == null ? null : homeBase.longitude();
    }

    public int getDoseKitsPerDay() {
        return doseKitsPerDay;
    }

    public void setDoseKitsPerDay(int doseKitsPerDay) {
        this.doseKitsPerDay = doseKitsPerDay;
    }

    public int getMaxVisitsPerDay() {
        return maxVisitsPerDay;
    }

    public void setMaxVisitsPerDay(int maxVisitsPerDay) {
        this.maxVisitsPerDay = maxVisitsPerDay;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<String> getLicensedStates() {
        return licensedStates;
    }

    public void setLicensedStates(Set<String> states) {
        this.licensedStates = new TreeSet<>(states);
    }

    public Set<WeeklyHours> getWeeklyHours() {
        return weeklyHours;
    }

    public Optional<WeeklyHours> hoursOn(DayOfWeek day) {
        return weeklyHours.stream().filter(h -> h.dayOfWeek() == day).findFirst();
    }

    public void setHours(DayOfWeek day, WeeklyHours hours) {
        weeklyHours.removeIf(h -> h.dayOfWeek() == day);
        if (hours != null) {
            weeklyHours.add(hours);
        }
    }

    public List<TimeOff> getTimeOff() {
        return timeOff;
    }

    public TimeOff addTimeOff(Instant startsAt, Instant endsAt, String reason) {
        TimeOff off = new TimeOff(this, startsAt, endsAt, reason);
        timeOff.add(off);
        timeOff.sort(Comparator.comparing(TimeOff::getStartsAt));
        return off;
    }

    public void removeTimeOff(TimeOff off) {
        timeOff.remove(off);
    }

    public long getVersion() {
        return version;
    }

    /** "Maria Lopez, CRNA". */
    public String getDisplayName() {
        return fullName + ", " + credential;
    }
}
