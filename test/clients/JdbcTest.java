// JDBC (Debian libpostgresql-jdbc-java) against the facts table and its BI view
// (test/clients/setup.sql).  Run as a single source file, no javac step:
//   java -cp /usr/share/java/postgresql.jar JdbcTest.java jdbc:postgresql://127.0.0.1:PORT/DB
// Prints a transcript compared with expected/jdbc.out; exits 1 on a failed check.
import java.math.BigDecimal;
import java.sql.*;

public class JdbcTest {
    static int failures = 0;

    static void check(boolean cond, String what) {
        System.out.println((cond ? "ok - " : "not ok - ") + what);
        if (!cond) failures++;
    }

    static final String INSERT =
        "INSERT INTO facts (region, item, amount, plan) VALUES (?, ?, ?, ?)";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        // Without stringtype=unspecified, setString sends varchar: the server refuses it.
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            System.out.println("driver " + c.getMetaData().getDriverVersion());
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(INSERT)) {
                p.setString(1, "深圳"); p.setString(2, "地区生产总值");
                p.setString(3, "3.46万亿元"); p.setString(4, "增长6%左右");
                p.executeUpdate();
                check(false, "setString into an indicator column fails without stringtype=unspecified");
            } catch (SQLException e) {
                System.out.println("setString: " + e.getSQLState() + " " + e.getMessage().split("\n")[0]);
                check("42804".equals(e.getSQLState()),
                      "setString into an indicator column fails without stringtype=unspecified (42804)");
            }
            c.rollback();
            // setObject with Types.OTHER sends the text untyped: the server converts it.
            try (PreparedStatement p = c.prepareStatement(INSERT)) {
                p.setString(1, "深圳"); p.setString(2, "地区生产总值");
                p.setObject(3, "3.46万亿元", Types.OTHER); p.setObject(4, "增长6%左右", Types.OTHER);
                check(p.executeUpdate() == 1, "setObject(..., Types.OTHER) inserts without the option");
            }
            c.rollback();
        }

        // With stringtype=unspecified every setString is sent untyped.
        try (Connection c = DriverManager.getConnection(url + "?stringtype=unspecified", "postgres", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(INSERT)) {
                p.setString(1, "深圳"); p.setString(2, "地区生产总值");
                p.setString(3, "3.46万亿元"); p.setString(4, "增长6%左右");
                check(p.executeUpdate() == 1, "setString inserts with stringtype=unspecified");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT region FROM facts WHERE dimension(amount) = 'CNY' AND amount > ? ORDER BY amount")) {
                p.setString(1, "1000亿元");
                ResultSet r = p.executeQuery();
                StringBuilder b = new StringBuilder("amount > 1000亿元:");
                while (r.next()) b.append(' ').append(r.getString(1));
                System.out.println(b);
            }

            try (Statement s = c.createStatement()) {
                ResultSet r = s.executeQuery(
                    "SELECT amount, plan, sum(amount) OVER () AS total FROM facts "
                    + "WHERE region = '深圳'");
                ResultSetMetaData m = r.getMetaData();
                for (int i = 1; i <= m.getColumnCount(); i++)
                    System.out.println("column " + m.getColumnName(i) + ": " + m.getColumnType(i)
                        + " " + m.getColumnTypeName(i) + " " + m.getColumnClassName(i));
                check(m.getColumnType(1) == Types.OTHER && "indicator".equals(m.getColumnTypeName(1)),
                      "an indicator column is Types.OTHER named indicator");
                r.next();
                Object o = r.getObject(1);
                System.out.println("getObject: " + o.getClass().getName() + " " + o);
                System.out.println("getString: " + r.getString(1) + " / " + r.getString(2) + " / " + r.getString(3));
                check("3.46万亿元".equals(r.getString(1)), "getString reads the figure");

                r = s.executeQuery("SELECT * FROM facts_bi ORDER BY id");
                m = r.getMetaData();
                boolean plain = true;
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    int t = m.getColumnType(i);
                    System.out.println("bi column " + m.getColumnName(i) + ": " + t + " "
                        + m.getColumnTypeName(i) + " " + m.getColumnClassName(i));
                    plain &= t == Types.INTEGER || t == Types.NUMERIC || t == Types.VARCHAR || t == Types.BIT;
                }
                check(plain, "every column of the BI view is INTEGER, NUMERIC, VARCHAR or BIT");
                while (r.next()) {
                    StringBuilder b = new StringBuilder("bi row:");
                    for (int i = 1; i <= m.getColumnCount(); i++) b.append(' ').append(r.getObject(i)).append(" |");
                    System.out.println(b);
                }

                // what catalog-driven tools (DBeaver, Metabase) read: getColumns
                r = c.getMetaData().getColumns(null, "public", "facts_bi", null);
                boolean catalogPlain = true;
                StringBuilder cols = new StringBuilder("getColumns facts_bi:");
                while (r.next()) {
                    int t = r.getInt("DATA_TYPE");
                    String n = r.getString("COLUMN_NAME");
                    if (n.equals("id") || n.equals("region") || n.equals("amount")
                            || n.equals("amount_value") || n.equals("amount_is_change"))
                        cols.append(' ').append(n).append(' ').append(t).append(' ').append(r.getString("TYPE_NAME")).append(',');
                    catalogPlain &= t == Types.INTEGER || t == Types.NUMERIC || t == Types.VARCHAR || t == Types.BIT;
                }
                System.out.println(cols);
                check(catalogPlain, "getColumns of the BI view: INTEGER, NUMERIC, VARCHAR or BIT (no DISTINCT for zh_category)");

                r = s.executeQuery("SELECT amount_dimension, sum(amount_value) FROM facts_bi "
                                   + "GROUP BY 1 ORDER BY 1");
                r.next();
                BigDecimal cny = r.getBigDecimal(2);
                System.out.println("sum through the BI view: " + r.getString(1) + " " + cny);
                check(new BigDecimal("5040000000000").compareTo(cny) == 0,
                      "sum through the BI view is a BigDecimal in 元");
            }
            c.rollback();
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
