package care.rounds.visits;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * A visit changes only inside the visits module, through its commands: no code elsewhere (its screens in
 * {@code visits.ui} included) may call a method that changes an {@link InfusionVisit}, create one, or reach
 * the visits' repositories.
 */
class OneDoorForVisitsTest {

    private static final String READS = "(get|is|was|moved|equals|hashCode|toString).*";

    private final JavaClasses product = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("care.rounds");

    @Test
    void nothingOutsideTheVisitsModuleChangesOrCreatesAVisit() {
        noClasses().that().resideOutsideOfPackage("care.rounds.visits")
                .should().callMethodWhere(changesAVisit())
                .orShould().callConstructorWhere(createsAVisit())
                .orShould().accessClassesThat().haveSimpleName("VisitRepository")
                .orShould().accessClassesThat().haveSimpleName("VisitChangeRepository")
                .check(product);
    }

    @Test
    void aVisitOffersOnlyReadsToOtherModules() {
        methods().that().areDeclaredIn(InfusionVisit.class).and().arePublic()
                .should().haveNameMatching(READS)
                .check(product);
    }

    private static DescribedPredicate<JavaAccess<?>> changesAVisit() {
        return DescribedPredicate.describe("a method that changes an InfusionVisit", access ->
                access.getTargetOwner().isEquivalentTo(InfusionVisit.class) && !access.getName().matches(READS));
    }

    private static DescribedPredicate<JavaAccess<?>> createsAVisit() {
        return DescribedPredicate.describe("a new InfusionVisit", access ->
                access.getTargetOwner().isEquivalentTo(InfusionVisit.class));
    }
}
