package care.rounds.routing.address;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressNamesTest {

    @Test
    void usAbbreviationsAreWrittenOutOnAUsMap() {
        assertThat(AddressNames.US.searchText("410 Edgewood Ave NE")).isEqualTo("410 edgewood avenue northeast");
        assertThat(AddressNames.US.searchText("12 Ponce de Leon Dr.")).isEqualTo("12 ponce de leon drive");
    }

    @Test
    void portugueseAbbreviationsAreWrittenOutOnAPortugueseMapAndUsOnesAreNot() {
        assertThat(AddressNames.PORTUGAL.searchText("R. Dr. António Cândido 12")).isEqualTo("rua doutor antonio candido 12");
        assertThat(AddressNames.PORTUGAL.searchText("Av. da Liberdade")).isEqualTo("avenida da liberdade");
        assertThat(AddressNames.PORTUGAL.searchText("Rua do Sol e da Lua")).isEqualTo("rua do sol e da lua");
        assertThat(AddressNames.US.searchText("Rua do Sol e da Lua")).isEqualTo("rua do sol east da lua");
    }

    @Test
    void labelsFollowTheCountrysOrder() {
        assertThat(AddressNames.US.label("410", "Edgewood Avenue Northeast", "Apt 2", "Atlanta", "30312"))
                .isEqualTo("410 Edgewood Avenue Northeast, Apt 2, Atlanta 30312");
        assertThat(AddressNames.PORTUGAL.label("120", "Rua de Santa Catarina", "", "Porto", "4000-447"))
                .isEqualTo("Rua de Santa Catarina 120, 4000-447 Porto");
        assertThat(AddressNames.US.label("", "Edgewood Avenue Northeast", "", "", "")).isEqualTo("Edgewood Avenue Northeast");
    }

    @Test
    void theHouseNumberIsTakenFromBeforeOrAfterTheStreetButNeverFromThePostcode() {
        assertThat(TypedAddress.of("410 Edgewood Ave NE, Atlanta 30312"))
                .isEqualTo(new TypedAddress("410", "Edgewood Ave NE, Atlanta 30312"));
        assertThat(TypedAddress.of("Edgewood Ave NE 410")).isEqualTo(new TypedAddress("410", "Edgewood Ave NE"));
        assertThat(TypedAddress.of("Rua de Santa Catarina 12B, 4000-447 Porto"))
                .isEqualTo(new TypedAddress("12B", "Rua de Santa Catarina, 4000-447 Porto"));
        assertThat(TypedAddress.of("Av da Liberdade 2 Maia")).isEqualTo(new TypedAddress("2", "Av da Liberdade Maia"));
        assertThat(TypedAddress.of("Edgewood, 30312").hasNumber()).isFalse();
        assertThat(TypedAddress.of("30312").hasNumber()).isFalse();
    }
}
