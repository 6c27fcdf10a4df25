package se.valedger.app.users;

/** What a person may do. See the role matrix in README.md. */
public enum Role {
    ENGINEER,
    PLANNER,
    AUDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
