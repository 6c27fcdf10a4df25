package se.valedger.incident;

/**
 * What an incident did to the service, as far as it is known; any part may be unknown (null).
 *
 * @param outageHours      how long supply or treatment was interrupted or degraded
 * @param personsAffected  how many people were without (safe) water or sewage service
 * @param hospitalAffected whether a hospital or other critical care site was affected
 * @param scadaAffected    whether the control systems (SCADA/OT) were affected in any way
 */
public record Impact(Double outageHours, Integer personsAffected, Boolean hospitalAffected, Boolean scadaAffected) {
}
