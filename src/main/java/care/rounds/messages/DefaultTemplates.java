package care.rounds.messages;

/**
 * The wording a clinic starts with. Only the patient's first name, times, the clinician's first name and
 * the clinic's phone: a message may be read by anyone who sees the patient's phone or inbox.
 */
final class DefaultTemplates {

    private static final String STOP = " Reply STOP to end texts.";

    private DefaultTemplates() {
    }

    static MessageTemplate of(MessageType type) {
        return switch (type) {
            case CONFIRMATION -> new MessageTemplate(type, true, "Your visits are booked",
                    """
                    Hello {{firstName}},

                    your visits are booked:
                    {{dates}}

                    A responsible adult needs to be at home for the whole of each visit, and you should not \
                    drive for the rest of that day.

                    To change a visit, call us at {{clinicPhone}}.""",
                    "Hello {{firstName}}, your visits are booked: {{dates}}. To change one, call {{clinicPhone}}." + STOP);
            case REMINDER -> new MessageTemplate(type, true, "Your visit tomorrow",
                    """
                    Hello {{firstName}},

                    a reminder: {{clinician}} comes to see you tomorrow, {{when}}.

                    Please have your responsible adult at home for the whole visit, wear a top with sleeves \
                    that roll up, eat lightly beforehand, and plan not to drive for the rest of the day.

                    Questions: {{clinicPhone}}.""",
                    "Hello {{firstName}}, reminder: {{clinician}} comes tomorrow, {{when}}. Please have your "
                            + "responsible adult at home and plan not to drive afterwards. Questions: {{clinicPhone}}."
                            + STOP);
            case ON_THE_WAY -> new MessageTemplate(type, true, "{{clinician}} is on the way",
                    """
                    Hello {{firstName}},

                    {{clinician}} is on the way and should arrive at about {{arrival}}.

                    Questions: {{clinicPhone}}.""",
                    "Hello {{firstName}}, {{clinician}} is on the way and should arrive at about {{arrival}}. "
                            + "Questions: {{clinicPhone}}." + STOP);
            case CHANGE_NOTICE -> new MessageTemplate(type, true, "Your visit has changed",
                    """
                    Hello {{firstName}},

                    your visit has changed: it is now {{when}}, with {{clinician}}.

                    If this does not suit you, call us at {{clinicPhone}}.""",
                    "Hello {{firstName}}, your visit has changed: now {{when}} with {{clinician}}. "
                            + "If this does not suit you, call {{clinicPhone}}." + STOP);
            case CANCELLATION -> new MessageTemplate(type, true, "Your visit is cancelled",
                    """
                    Hello {{firstName}},

                    your visit of {{when}} is cancelled.

                    To book another time, call us at {{clinicPhone}}.""",
                    "Hello {{firstName}}, your visit of {{when}} is cancelled. To book another time, call "
                            + "{{clinicPhone}}." + STOP);
        };
    }
}
