package care.rounds.intake.web;

import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the public intake API, at /v3/api-docs/consultation-requests and in
 * the Swagger UI (/swagger-ui.html).
 */
@Configuration
class IntakeApiDocs {

    @Bean
    GroupedOpenApi consultationRequestsApi() {
        return GroupedOpenApi.builder()
                .group("consultation-requests")
                .displayName("Consultation requests")
                .pathsToMatch(ConsultationRequestController.PATH, ConsultationRequestController.PATH + "/**")
                .addOpenApiCustomizer(api -> api.info(new Info().title("Rounds consultation intake API").version("1")
                        .description("The public endpoint behind a clinic website's consultation request form.")))
                .build();
    }
}
