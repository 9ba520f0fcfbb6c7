/**
 * The patient's print-out: one page the coordinator prints or emails for the patient, made on the server
 * as a PDF (OpenPDF). It carries the clinic's name and phone, the patient's coming visits (date, arrival
 * window in the clinic's zone, the clinician's first name), what to prepare at home (a responsible adult,
 * no driving afterwards, the protocol's fasting rule) and the crisis lines. The root package makes the
 * document ({@link care.rounds.printout.PatientPrintout}); {@code ui} adds "Print for the patient" to the
 * patient screen, served as a download from the Vaadin session so no patient detail is in a URL.
 */
package care.rounds.printout;
