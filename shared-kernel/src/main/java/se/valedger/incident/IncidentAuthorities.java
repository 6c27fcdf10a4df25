package se.valedger.incident;

/**
 * Where significant incidents are reported: the CSIRT (cybersäkerhetsförordningen (2025:1507) § 6: incident
 * reports under 2 kap. 5–8 §§ cybersäkerhetslagen (2025:1506) go to the CSIRT unit of § 31) and the supervisory
 * authority for drinking water and wastewater (the same förordning, § 7). The defaults are ASSUMED ("to confirm")
 * until the utility confirms them with {@code valedger.incidents.csirt.*} and
 * {@code valedger.incidents.supervisory-authority.*} (README, "NIS2 incident register").
 */
public record IncidentAuthorities(Authority supervisoryAuthority, Authority csirt) {

    /** {@code confirmed} false: an ASSUMED default, to confirm against the förordning. */
    public record Authority(String name, String contact, String source, boolean confirmed) {

        /** The authority as answers and the UI show it, marked while it is a default to confirm. */
        public String shown() {
            return name + " (" + contact + ")" + (confirmed ? "" : " — ASSUMED, to confirm: " + source);
        }
    }
}
