/**
 * Schedule III custody of the clinic's ketamine: the kits (number, lot, mg), each kit's sign-out to a
 * clinician for a day (her login is the signature), the kit, mg given and mg wasted at each visit, a second
 * licensed user's witness to every waste, the return at the end of the day, and the daily reconciliation
 * (signed out = given + wasted + returned) whose discrepancies the manager resolves with a reason. The record
 * is append-only in PostgreSQL itself (triggers refuse UPDATE and DELETE): a correction or a resolution is a
 * new entry referring to the one it concerns. It names a visit by its id only, never a patient.
 * {@link care.rounds.custody.KitCustody} is the API; {@link care.rounds.custody.KitUseDialog} is the
 * clinician's "which kit, how much" dialog other screens open; {@code ui} holds the module's own screens.
 */
package care.rounds.custody;
