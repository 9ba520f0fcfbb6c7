package care.rounds.custody.ui;

import care.rounds.audit.PatientDataAudit;
import care.rounds.base.ClinicTime;
import care.rounds.custody.CustodyRecord;
import care.rounds.custody.KitDay;
import care.rounds.custody.KitUse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printable daily custody report: a plain server-rendered page with a print stylesheet, one block per
 * kit signed out that day (signature, visits with given, wasted and witness, return, reconciliation and
 * discrepancies with their resolutions) and lines for the signatures on paper. Managers only (the
 * service checks); every print-out is audited as an export.
 */
@Controller
class DailyReportController {

    private final CustodyRecord record;
    private final ClinicTime time;
    private final PatientDataAudit audit;

    DailyReportController(CustodyRecord record, ClinicTime time, PatientDataAudit audit) {
        this.record = record;
        this.time = time;
        this.audit = audit;
    }

    @GetMapping("/custody/daily-report")
    ModelAndView report(@RequestParam(name = "day", required = false) String dayText) {
        LocalDate day;
        try {
            day = dayText == null || dayText.isBlank() ? time.today() : LocalDate.parse(dayText);
        } catch (DateTimeParseException notADay) {
            ModelAndView bad = new ModelAndView("custody/daily-report", Map.of("problem",
                    "\"" + dayText.replaceAll("[^0-9A-Za-z-]", "") + "\" is not a day: use the form 2026-12-04."));
            bad.setStatus(HttpStatus.BAD_REQUEST);
            return bad;
        }
        List<KitDay> days = record.day(day);
        CustodyNames names = new CustodyNames(record);
        audit.exported("Custody daily report " + day);
        Map<String, Object> model = new HashMap<>();
        model.put("day", time.date(day));
        model.put("printedAt", time.dateTime(time.now()));
        model.put("none", days.isEmpty());
        model.put("kits", days.stream().map(d -> kit(d, names)).toList());
        model.put("given", mg(days.stream().map(KitDay::given).reduce(BigDecimal.ZERO, BigDecimal::add)));
        model.put("wasted", mg(days.stream().map(KitDay::wasted).reduce(BigDecimal.ZERO, BigDecimal::add)));
        model.put("open", days.stream().mapToInt(d -> d.openDiscrepancies().size()).sum());
        return new ModelAndView("custody/daily-report", model);
    }

    private Map<String, Object> kit(KitDay d, CustodyNames names) {
        Map<String, Object> kit = new HashMap<>();
        kit.put("number", names.kit(d.kitId()).getNumber());
        kit.put("lot", names.kit(d.kitId()).getLot());
        kit.put("clinician", names.clinician(d.clinicianId()));
        kit.put("signedOutAt", time.time(d.signedOutAt()));
        kit.put("signedBy", d.signedBy());
        kit.put("out", mg(d.signedOut()));
        kit.put("given", mg(d.given()));
        kit.put("wasted", mg(d.wasted()));
        kit.put("returned", d.returned() == null ? "not returned" : mg(d.returned()) + " mg at " + time.time(d.returnedAt()));
        kit.put("returnedMg", d.returned() == null ? "nothing yet" : mg(d.returned()));
        kit.put("status", d.status());
        kit.put("balanced", d.isBalanced());
        kit.put("uses", d.uses().stream().map(this::use).toList());
        kit.put("discrepancies", d.discrepancies().stream().map(x -> Map.of("title", x.kind().title(),
                "description", x.description(), "openClass", x.isOpen() ? "open" : "", "resolution", x.isOpen() ? "OPEN"
                        : "Resolved by " + x.resolution().by() + ", " + time.dateTime(x.resolution().at()) + ": "
                        + x.resolution().reason())).toList());
        return kit;
    }

    private Map<String, Object> use(KitUse u) {
        return Map.of("visit", u.visitId(), "at", time.time(u.at()), "given", mg(u.given()), "wasted", mg(u.wasted()),
                "by", u.recordedBy(), "witness", u.wasted().signum() == 0 ? "-"
                        : u.witnessedBy() == null ? "NOT WITNESSED" : u.witnessedBy() + ", " + time.time(u.witnessedAt()),
                "corrected", u.corrected() ? " (corrected)" : "");
    }

    private static String mg(BigDecimal mg) {
        return MyKitsView.mg(mg);
    }
}
