package care.rounds.demo;

import care.rounds.clinicians.Credential;

import java.util.List;
import java.util.Random;

/**
 * Invented people for the demo clinic. Phone numbers use the 555-01xx range reserved for fiction.
 */
final class DemoPeople {

    record Staff(String name, Credential credential) {
    }

    static final List<Staff> CLINICIANS = List.of(
            new Staff("Maria Alvarez", Credential.CRNA),
            new Staff("James Whitfield", Credential.RN),
            new Staff("Aisha Okafor", Credential.NP),
            new Staff("Daniel Brooks", Credential.CRNA),
            new Staff("Priya Raman", Credential.MD),
            new Staff("Kevin Tran", Credential.RN),
            new Staff("Lauren Mitchell", Credential.NP),
            new Staff("Marcus Greene", Credential.CRNA));

    private static final List<String> FIRST = List.of("Olivia", "Noah", "Emma", "Liam", "Ava", "Elijah", "Sophia",
            "Mateo", "Isabella", "Lucas", "Mia", "Levi", "Amelia", "Ezra", "Harper", "Asher", "Evelyn", "Leo",
            "Abigail", "Hudson");
    private static final List<String> LAST = List.of("Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
            "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor",
            "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark");
    private static final List<String> ACCESS = List.of(
            "Gate code 4821; park in the driveway.",
            "Buzz unit 3B; street parking only.",
            "Side door; dog is friendly.",
            "Apartment on 2nd floor, elevator at the back.",
            "Park behind the building; visitor spaces.",
            "");

    private DemoPeople() {
    }

    static String patientName(int index) {
        return FIRST.get(index % FIRST.size()) + " " + LAST.get((index * 7 + 3) % LAST.size());
    }

    static String email(int index) {
        return patientName(index).toLowerCase().replace(' ', '.') + "@example.com";
    }

    static String responsibleAdult(int index) {
        return FIRST.get((index + 5) % FIRST.size()) + " " + LAST.get((index * 7 + 3) % LAST.size());
    }

    static String relation(int index) {
        return List.of("spouse", "daughter", "son", "partner", "sister", "friend").get(index % 6);
    }

    static String phone(Random random) {
        return String.format("(404) 555-01%02d", random.nextInt(100));
    }

    static String accessNote(Random random) {
        return ACCESS.get(random.nextInt(ACCESS.size()));
    }
}
