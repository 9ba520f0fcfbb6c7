package care.rounds.intake.web;

import care.rounds.intake.ConsultationIntake;
import care.rounds.intake.ConsultationRequestForm;
import care.rounds.intake.SubmissionResult;
import care.rounds.intake.internal.IntakeSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The public consultation page, served without Vaadin: plain HTML that works with JavaScript off (a
 * normal form post, then the thank-you page), a small stylesheet, and a script that only adds the
 * proof of work. The same page, its form alone ({@code /consultation/fragment}) for the embed script,
 * and the target of a plain HTML form on the clinic's own website.
 */
@Controller
@RequestMapping(PublicFormController.PATH)
class PublicFormController {

    static final String PATH = "/consultation";
    private static final Logger log = LoggerFactory.getLogger(PublicFormController.class);

    private final ConsultationIntake intake;
    private final ClinicSettings clinic;
    private final IntakeSettings settings;
    /** The stylesheet, written into Rounds' own pages: one round trip less on a slow phone network. */
    private final String styles;

    PublicFormController(ConsultationIntake intake, ClinicSettings clinic, IntakeSettings settings) throws IOException {
        this.intake = intake;
        this.clinic = clinic;
        this.settings = settings;
        this.styles = new ClassPathResource("static/consultation/form.css").getContentAsString(StandardCharsets.UTF_8);
    }

    @GetMapping
    ModelAndView form() {
        return page(null, Map.of(), "", false, HttpStatus.OK);
    }

    /** The form alone, for the embed script to place into the clinic's page. */
    @GetMapping("/fragment")
    ModelAndView fragment() {
        return new ModelAndView("consultation/fragment",
                FormPage.form(clinic, action(), null, Map.of(), "", false, settings.minimumFillSeconds()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Object send(@RequestParam Map<String, String> sent, HttpServletRequest http, HttpServletResponse response) {
        ConsultationRequestForm form = new ConsultationRequestForm(sent.get("name"), sent.get("phone"),
                sent.get("email"), sent.get("zip"), sent.get("preferredContactTime"), sent.get("message"),
                sent.containsKey("consentToContact"), sent.get("website"), sent.get("altcha"),
                sent.containsKey("messagesByEmail"), sent.containsKey("messagesByText"));
        boolean fromWebsite = "website".equals(sent.get("returnTo"));
        SubmissionResult result = intake.submit(form, http.getRemoteAddr());
        if (result instanceof SubmissionResult.NeedsCorrection invalid) {
            return page(form, invalid.errors(), "", fromWebsite, HttpStatus.BAD_REQUEST);
        }
        if (result instanceof SubmissionResult.TooManyRequests tooMany) {
            ModelAndView page = page(form, Map.of(), "We have received several requests from your connection in a "
                    + "short time. Please try again in " + tooMany.retryAfterMinutes() + " minutes.", fromWebsite,
                    HttpStatus.TOO_MANY_REQUESTS);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
            return page;
        }
        String thanks = fromWebsite && !settings.thankYouUrl().isEmpty() ? settings.thankYouUrl() : action() + "/thanks";
        RedirectView redirect = new RedirectView(thanks);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    @GetMapping("/thanks")
    ModelAndView thanks() {
        ModelAndView page = new ModelAndView("consultation/thanks", FormPage.thanks(clinic));
        page.addObject("styles", styles);
        return page;
    }

    /** Anything unexpected: the person learns their request was not saved and whom to call; no stack trace. */
    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e) {
        log.error("Consultation form failed: {}", e.getClass().getName());
        return page(null, Map.of(), "Something went wrong on our side and your request was not saved. "
                + "Please try again later.", false, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private ModelAndView page(ConsultationRequestForm typed, Map<String, String> errors, String problem,
                              boolean returnToWebsite, HttpStatus status) {
        ModelAndView page = new ModelAndView("consultation/page", FormPage.form(clinic, action(), typed, errors,
                problem, returnToWebsite, settings.minimumFillSeconds()), status);
        page.addObject("styles", styles);
        return page;
    }

    /** Where the form posts: absolute, so the same markup works embedded in another site. */
    private static String action() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).toUriString();
    }
}
