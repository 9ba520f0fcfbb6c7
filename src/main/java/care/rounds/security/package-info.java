/**
 * Who is using Rounds and what they may do: users with one role each (coordinator, clinician,
 * manager, where a manager may also do what a coordinator does), the login, and the current user
 * as other modules see it. The first manager account comes from settings; there is never a default
 * password outside the demo clinic. Managers create logins (one per clinician on the roster), reset
 * passwords and disable logins on the users screen, never their own and never the last manager's.
 */
package care.rounds.security;
