package se.valedger.incident;

/**
 * The essential services of a water utility that NIS2 names: drinking water and, new with NIS2 and the
 * cybersäkerhetslag (2025:1506), wastewater (NIS2 Annex I, sectors 6 and 7).
 */
public enum EssentialService {
    DRINKING_WATER,
    WASTEWATER
}
