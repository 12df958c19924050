package kmsecrets.domain.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kmsecrets.domain.error.InvalidValue;

/**
 * A RAM policy document (Version "1"): statements with Effect Allow or Deny, Action and Resource patterns with
 * wildcards, optional Conditions. An explicit Deny wins; otherwise any matching Allow grants; otherwise denied.
 */
public record PolicyDocument(List<Statement> statements) {
    private static final String WHAT = "PolicyDocument";

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /** Reads a decoded JSON document (maps, lists, strings), refusing anything outside the supported grammar. */
    public static PolicyDocument read(Object document) {
        if (!(document instanceof Map<?, ?> root)) {
            throw new InvalidValue(WHAT, "must be a JSON object");
        }
        if (!"1".equals(root.get("Version"))) {
            throw new InvalidValue(WHAT, "Version must be \"1\"");
        }
        Object raw = root.get("Statement");
        List<?> items = raw instanceof List<?> list ? list : raw == null ? List.of() : List.of(raw);
        if (items.isEmpty()) {
            throw new InvalidValue(WHAT, "Statement must hold at least one statement");
        }
        List<Statement> statements = new ArrayList<>();
        for (Object item : items) {
            statements.add(statement(item));
        }
        return new PolicyDocument(statements);
    }

    private static Statement statement(Object item) {
        if (!(item instanceof Map<?, ?> map)) {
            throw new InvalidValue(WHAT, "each statement must be an object");
        }
        if (map.containsKey("NotAction") || map.containsKey("NotResource") || map.containsKey("Principal")) {
            throw new InvalidValue(WHAT, "NotAction, NotResource and Principal are not supported");
        }
        Effect effect;
        try {
            effect = Effect.valueOf(String.valueOf(map.get("Effect")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(WHAT, "Effect must be Allow or Deny");
        }
        List<Glob> actions = strings(map.get("Action"), "Action").stream().map(a -> {
            if (!a.equals("*") && !a.toLowerCase(java.util.Locale.ROOT).startsWith("kms:")) {
                throw new InvalidValue(WHAT, "actions are kms:<Operation> (wildcards allowed) or *");
            }
            return Glob.of(a, true);
        }).toList();
        List<Glob> resources = strings(map.get("Resource"), "Resource").stream().map(r -> Glob.of(r, false)).toList();
        return new Statement(effect, actions, resources, conditions(map.get("Condition")));
    }

    private static List<Condition> conditions(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof Map<?, ?> operators)) {
            throw new InvalidValue(WHAT, "Condition must be an object");
        }
        List<Condition> conditions = new ArrayList<>();
        operators.forEach((operator, keys) -> {
            if (!(keys instanceof Map<?, ?> byKey)) {
                throw new InvalidValue(WHAT, "each condition operator maps keys to values");
            }
            byKey.forEach((key, values) -> conditions.add(new Condition(String.valueOf(operator), String.valueOf(key),
                    strings(values instanceof Boolean b ? String.valueOf(b) : values, "Condition"))));
        });
        return conditions;
    }

    private static List<String> strings(Object raw, String field) {
        List<?> list = raw instanceof List<?> l ? l : raw == null ? List.of() : List.of(raw);
        if (list.isEmpty() || list.stream().anyMatch(v -> !(v instanceof String s) || s.isEmpty())) {
            throw new InvalidValue(WHAT, field + " must be a non-empty string or list of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** Deny if any Deny applies; allow if any Allow applies; otherwise not allowed. */
    public static boolean allows(List<PolicyDocument> policies, String action, String resource, RequestFacts facts,
                                 Instant now) {
        boolean allowed = false;
        for (PolicyDocument policy : policies) {
            for (Statement s : policy.statements()) {
                if (s.applies(action, resource, facts, now)) {
                    if (s.effect() == Effect.Deny) {
                        return false;
                    }
                    allowed = true;
                }
            }
        }
        return allowed;
    }
}
