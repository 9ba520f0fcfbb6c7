/**
 * Consultation intake: the public "request a free consultation" form and its JSON API, and the
 * coordinator's inbox that turns a request into a patient without retyping, books the phone or video
 * consultation with an MD or NP, or the in-home assessment that becomes a visit with an arrival window
 * for the planner to route, records its outcome and hands an eligible patient on to booking the
 * treatment series. The public form is a light server-rendered page without Vaadin (patients arrive on
 * phones), embeddable in the clinic's own website; it is kept apart from the office's security by its
 * own filter chain. Spam (honeypot, ALTCHA proof of work, minimum fill time, per-address rate limit)
 * stops before the inbox and is only counted. The public side needs no login and stores only what the
 * person typed; everything else is for coordinators.
 */
package care.rounds.intake;
