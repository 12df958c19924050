package kmsecrets.domain.access;

import java.time.Instant;
import java.util.List;

/** One statement of a policy: its effect applies when an action, a resource and every condition match. */
public record Statement(Effect effect, List<Glob> actions, List<Glob> resources, List<Condition> conditions) {
    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    boolean applies(String action, String resource, RequestFacts facts, Instant now) {
        return actions.stream().anyMatch(a -> a.matches(action))
                && resources.stream().anyMatch(r -> r.matches(resource))
                && conditions.stream().allMatch(c -> c.holds(facts, now));
    }
}
