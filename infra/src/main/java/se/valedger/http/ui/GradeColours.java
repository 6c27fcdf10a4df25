package se.valedger.http.ui;

/**
 * Colours of the condition grades on the map and in charts. Each has at least 3:1 contrast against the
 * white page (WCAG 1.4.11, graphical objects); {@code ContrastTest} checks it. Keep in step with app.css.
 */
public final class GradeColours {

    public static final String NONE = "#6b7280";
    public static final String[] BY_GRADE = {"#1a7f37", "#9a6700", "#bc4c00", "#b42318"};

    private GradeColours() {
    }

    public static String of(Integer grade) {
        return grade == null || grade < 1 || grade > BY_GRADE.length ? NONE : BY_GRADE[grade - 1];
    }
}
