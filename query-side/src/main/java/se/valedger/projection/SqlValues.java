package se.valedger.projection;

import java.sql.Types;
import java.time.LocalDate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Statement arguments that may be null, bound with their column's type even then. The PostgreSQL driver sends an
 * untyped null otherwise, and a JDBC batch whose rows change a parameter's type is parsed and planned again for
 * every change: twice the cost of a batch of inspections.
 */
public final class SqlValues {

    private static final SqlParameterValue NULL_TEXT = new SqlParameterValue(Types.VARCHAR, null);
    private static final SqlParameterValue NULL_INTEGER = new SqlParameterValue(Types.INTEGER, null);
    private static final SqlParameterValue NULL_DATE = new SqlParameterValue(Types.DATE, null);

    private SqlValues() {
    }

    public static Object text(String value) {
        return value == null ? NULL_TEXT : value;
    }

    public static Object integer(Integer value) {
        return value == null ? NULL_INTEGER : value;
    }

    public static Object date(LocalDate value) {
        return value == null ? NULL_DATE : value;
    }
}
