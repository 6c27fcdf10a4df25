package se.valedger.network;

/** Customers who must be told first, or supplied another way, when their water is cut (issue 20). */
public enum CustomerKind {
    HOSPITAL, CARE_HOME, SCHOOL, HOME_DIALYSIS, INDUSTRY, OTHER
}
