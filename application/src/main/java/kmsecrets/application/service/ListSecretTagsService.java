package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import kmsecrets.application.port.in.ListSecretTagsQuery;
import kmsecrets.application.port.in.ListSecretTagsQuery.TagFilter;
import kmsecrets.application.port.in.ListSecretTagsResult;
import kmsecrets.application.port.in.ListSecretTagsResult.Row;
import kmsecrets.application.port.in.ListSecretTagsUseCase;
import kmsecrets.application.port.out.SecretRepository;
import kmsecrets.domain.access.Caller;
import kmsecrets.domain.secret.SecretFilter;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretSummary;
import kmsecrets.domain.secret.Tag;

/**
 * ListTagResources for secrets: the named secrets (or, without names, those carrying a filter tag key), one row per
 * tag; with tag filters only the matching tags are listed.
 */
public final class ListSecretTagsService implements ListSecretTagsUseCase {
    private static final int MAX_SCANNED = 10_000;

    private final SecretLookup lookup;
    private final SecretRepository secrets;
    private final Authorization authorization;

    public ListSecretTagsService(SecretLookup lookup, SecretRepository secrets, Authorization authorization) {
        this.lookup = lookup;
        this.secrets = secrets;
        this.authorization = authorization;
    }

    @Override
    public ListSecretTagsResult listSecretTags(ListSecretTagsQuery query) {
        Caller caller = query.caller();
        authorization.check(caller, "kms:ListTagResources", lookup.arns(caller).secretContainer());
        List<SecretSummary> candidates;
        if (!query.namesOrArns().isEmpty()) {
            Set<SecretName> names = new LinkedHashSet<>();
            for (String nameOrArn : query.namesOrArns()) {
                lookup.arns(caller).secretName(nameOrArn).ifPresent(names::add);
            }
            candidates = secrets.summaries(caller.account(), names);
        } else {
            List<String> keys = query.tagFilters().stream().map(TagFilter::key).distinct().toList();
            candidates = keys.isEmpty() ? List.of() : secrets.list(caller.account(),
                    List.of(new SecretFilter(SecretFilter.Key.TagKey, keys)), 0, MAX_SCANNED);
        }
        List<Row> rows = new ArrayList<>();
        for (SecretSummary secret : candidates) {
            for (Tag tag : secret.tags()) {
                if (matches(tag, query.tagFilters())) {
                    rows.add(new Row(secret.name(), tag));
                }
            }
        }
        List<Row> page = rows.stream().skip(query.offset()).limit(query.limit()).toList();
        long next = query.offset() + page.size();
        return new ListSecretTagsResult(page, next < rows.size() ? OptionalLong.of(next) : OptionalLong.empty());
    }

    private static boolean matches(Tag tag, List<TagFilter> filters) {
        return filters.isEmpty() || filters.stream().anyMatch(f -> f.key().equals(tag.key())
                && (f.value() == null || f.value().isEmpty() || f.value().equals(tag.value())));
    }
}
