package care.rounds.patients;

import care.rounds.base.GeoPoint;
import care.rounds.base.Place;
import care.rounds.base.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person who receives infusions at home. Health information: never logged, never in a URL.
 */
@Entity
@Table(name = "patient")
public class Patient {

    public static final String PHONE_PATTERN = "^[+]?[0-9 ().-]{7,20}$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Enter the patient's full name.")
    @Size(max = 200, message = "Keep the name under 200 characters.")
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @NotNull(message = "Enter the date of birth.")
    @Past(message = "The date of birth must be in the past.")
    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @NotBlank(message = "Enter a phone number the coordinator can call.")
    @Pattern(regexp = PHONE_PATTERN, message = "Enter a phone number such as (404) 555-0123.")
    @Column(nullable = false)
    private String phone;

    @Email(message = "Enter an email address such as name@example.com, or leave it empty.")
    @Size(max = 200)
    private String email;

    /** The full address label, made from the parts below: what every screen and the calendar feed show. */
    @NotBlank(message = "Enter the home address where infusions take place.")
    @Size(max = 300)
    @Column(name = "home_address", nullable = false)
    private String homeAddress;

    @Size(max = 20, message = "Keep the house number under 20 characters.")
    @Column(name = "house_number", nullable = false)
    private String houseNumber = "";

    @Size(max = 200, message = "Keep the street under 200 characters.")
    @Column(nullable = false)
    private String street = "";

    @Size(max = 40, message = "Keep the apartment or unit under 40 characters.")
    @Column(nullable = false)
    private String unit = "";

    @Size(max = 100, message = "Keep the city under 100 characters.")
    @Column(nullable = false)
    private String city = "";

    @Pattern(regexp = PostalAddress.ZIP_PATTERN, message = "Enter a ZIP code such as 30312 or 30312-1234.")
    @Column(name = "postal_code", nullable = false)
    private String postalCode = "";

    @Column(name = "home_latitude")
    private Double homeLatitude;

    @Column(name = "home_longitude")
    private Double homeLongitude;

    @NotBlank(message = "Choose the state the patient lives in.")
    @Column(nullable = false, columnDefinition = "bpchar(2)")
    private String state;

    @Size(max = 200)
    @Column(name = "responsible_adult_name")
    private String responsibleAdultName;

    @Pattern(regexp = "^$|" + PHONE_PATTERN, message = "Enter a phone number such as (404) 555-0123.")
    @Column(name = "responsible_adult_phone")
    private String responsibleAdultPhone;

    @Size(max = 60, message = "Keep the relation under 60 characters, such as spouse or daughter.")
    @Column(name = "responsible_adult_relation")
    private String responsibleAdultRelation;

    @Size(max = 1000, message = "Keep access notes under 1000 characters.")
    @Column(name = "access_notes")
    private String accessNotes;

    @Size(max = 4000, message = "Keep clinical notes under 4000 characters.")
    @Column(name = "clinical_notes")
    private String clinicalNotes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The patient agreed to hear from the clinic by email (confirmations, reminders, changes). */
    @Column(name = "consent_email", nullable = false)
    private boolean consentEmail;

    /** The patient agreed to hear from the clinic by text message. */
    @Column(name = "consent_text", nullable = false)
    private boolean consentText;

    /** When the patient replied STOP to a text message; null while texts are welcome. */
    @Column(name = "text_opted_out_at")
    private Instant textOptedOutAt;

    @Version
    private long version;

    protected Patient() {
    }

    public Patient(String fullName, LocalDate dateOfBirth, String phone, String homeAddress, String state,
                   Instant createdAt) {
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.phone = phone;
        this.state = state;
        setHomeAddress(homeAddress);
        this.createdAt = createdAt;
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

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getHomeAddress() {
        return homeAddress;
    }

    /**
     * An address given on one line (a consultation request, an import): split into its parts as well as
     * it can be, the state kept when the line names none.
     */
    public void setHomeAddress(String homeAddress) {
        PostalAddress parsed = PostalAddress.parse(homeAddress);
        setPostalAddress(parsed.state().isEmpty() ? parsed.withState(state) : parsed);
    }

    /** The home's postal address; its state is the patient's state (the licence rules use it). */
    public PostalAddress getPostalAddress() {
        return new PostalAddress(houseNumber, street, unit, city, state, postalCode);
    }

    public void setPostalAddress(PostalAddress address) {
        this.houseNumber = address.houseNumber();
        this.street = address.street();
        this.unit = address.unit();
        this.city = address.city();
        this.postalCode = address.postalCode();
        if (!address.state().isEmpty()) {
            this.state = address.state();
        }
        this.homeAddress = getPostalAddress().label();
    }

    /** The home as an address field shows it: the full address, its parts and its point on the road. */
    public Place getHome() {
        return homeAddress == null || homeAddress.isBlank() ? null
                : new Place(homeAddress, getHomeLocation(), getPostalAddress(), false);
    }

    public void setHome(Place home) {
        setPostalAddress(home.postal() != null ? home.postal() : PostalAddress.parse(home.address()));
        setHomeLocation(home.location());
    }

    /** The home on the road network, or null while the address is not placed yet. */
    public GeoPoint getHomeLocation() {
        return homeLatitude == null || homeLongitude == null ? null : new GeoPoint(homeLatitude, homeLongitude);
    }

    public void setHomeLocation(GeoPoint location) {
        this.homeLatitude = location == null ? null : location.latitude();
        this.homeLongitude = location == null ? null : location.longitude();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
        if (!street.isEmpty()) {
            this.homeAddress = getPostalAddress().label();
        }
    }

    public String getResponsibleAdultName() {
        return responsibleAdultName;
    }

    public void setResponsibleAdultName(String responsibleAdultName) {
        this.responsibleAdultName = responsibleAdultName;
    }

    public String getResponsibleAdultPhone() {
        return responsibleAdultPhone;
    }

    public void setResponsibleAdultPhone(String responsibleAdultPhone) {
        this.responsibleAdultPhone = responsibleAdultPhone == null ? "" : responsibleAdultPhone;
    }

    /** Who the adult is to the patient: spouse, daughter, friend. */
    public String getResponsibleAdultRelation() {
        return responsibleAdultRelation;
    }

    public void setResponsibleAdultRelation(String responsibleAdultRelation) {
        this.responsibleAdultRelation = responsibleAdultRelation == null || responsibleAdultRelation.isBlank() ? null
                : responsibleAdultRelation.strip();
    }

    /**
     * The responsible adult stays until the clinician leaves (the patient must not drive): name, phone and
     * relation are all needed before a first infusion is booked. Empty when complete, else what is missing.
     */
    public java.util.Optional<String> responsibleAdultMissing() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (responsibleAdultName == null || responsibleAdultName.isBlank()) {
            missing.add("name");
        }
        if (responsibleAdultPhone == null || responsibleAdultPhone.isBlank()) {
            missing.add("phone");
        }
        if (responsibleAdultRelation == null || responsibleAdultRelation.isBlank()) {
            missing.add("relation");
        }
        return missing.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", missing));
    }

    /** "Sam Lee (spouse)", or null when no adult is on file. */
    public String responsibleAdultInWords() {
        if (responsibleAdultName == null || responsibleAdultName.isBlank()) {
            return null;
        }
        return responsibleAdultName + (responsibleAdultRelation == null ? "" : " (" + responsibleAdultRelation + ")");
    }

    public String getAccessNotes() {
        return accessNotes;
    }

    public void setAccessNotes(String accessNotes) {
        this.accessNotes = accessNotes;
    }

    public String getClinicalNotes() {
        return clinicalNotes;
    }

    public void setClinicalNotes(String clinicalNotes) {
        this.clinicalNotes = clinicalNotes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean isConsentEmail() {
        return consentEmail;
    }

    public void setConsentEmail(boolean consentEmail) {
        this.consentEmail = consentEmail;
    }

    public boolean isConsentText() {
        return consentText;
    }

    /** Giving text consent again (on the patient screen) lifts an earlier STOP. */
    public void setConsentText(boolean consentText) {
        if (consentText && !this.consentText) {
            this.textOptedOutAt = null;
        }
        this.consentText = consentText;
    }

    public Instant getTextOptedOutAt() {
        return textOptedOutAt;
    }

    /** The patient replied STOP: texts end until consent is given again. */
    public void optOutOfTexts(Instant at) {
        this.consentText = false;
        this.textOptedOutAt = at;
    }

    /** May the clinic text this patient now? */
    public boolean mayText() {
        return consentText && textOptedOutAt == null && phone != null && !phone.isBlank();
    }

    /** May the clinic email this patient now? */
    public boolean mayEmail() {
        return consentEmail && email != null && !email.isBlank();
    }
}
