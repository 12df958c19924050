package kmsecrets.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kmsecrets.domain.secret.SecretFilter;
import org.jdbi.v3.core.statement.Query;

/**
 * ListSecrets filters as SQL: each filter one AND-ed clause whose values are OR-ed, every value a bound parameter.
 * Mirrors {@link SecretFilter#matches}: substring for names and descriptions (LIKE with escaping), exact tags, type
 * in any case.
 */
final class SecretFilterSql {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object[]> bindings = new ArrayList<>();

    SecretFilterSql(List<SecretFilter> filters) {
        for (int f = 0; f < filters.size(); f++) {
            SecretFilter filter = filters.get(f);
            List<String> alternatives = new ArrayList<>();
            for (int v = 0; v < filter.values().size(); v++) {
                String param = "f" + f + "v" + v;
                String value = filter.values().get(v);
                alternatives.add(clause(filter.key(), param));
                bindings.add(new Object[] {param, parameter(filter.key(), value)});
            }
            sql.append(" and (").append(String.join(" or ", alternatives)).append(')');
        }
    }

    private static String clause(SecretFilter.Key key, String param) {
        return switch (key) {
            // '!' as the LIKE escape: a backslash inside a quoted literal of the statement text makes JDBI's parser
            // read the rest of the statement as a string, and the later parameters go unbound
            case SecretName -> "s.name like :" + param + " escape '!'";
            case Description -> "s.description like :" + param + " escape '!'";
            case TagKey -> "exists (select 1 from secret_tags t where t.secret_id = s.secret_id and t.tag_key = :"
                    + param + ")";
            case TagValue -> "exists (select 1 from secret_tags t where t.secret_id = s.secret_id and t.tag_value = :"
                    + param + ")";
            case SecretType -> "lower(s.secret_type) = :" + param;
        };
    }

    private static String parameter(SecretFilter.Key key, String value) {
        return switch (key) {
            case SecretName, Description ->
                    "%" + value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            case SecretType -> value.toLowerCase(Locale.ROOT);
            case TagKey, TagValue -> value;
        };
    }

    String sql() {
        return sql.toString();
    }

    Query bind(Query query) {
        for (Object[] binding : bindings) {
            query.bind((String) binding[0], (String) binding[1]);
        }
        return query;
    }
}
