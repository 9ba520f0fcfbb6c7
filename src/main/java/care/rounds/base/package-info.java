/**
 * The shared kernel: small values every module speaks in (a location on the map, the clinic's
 * time zone) and the main layout with its role-aware navigation. Open to every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package care.rounds.base;
