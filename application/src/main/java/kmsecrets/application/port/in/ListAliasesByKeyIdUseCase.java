package kmsecrets.application.port.in;

/** ListAliasesByKeyId: the aliases of one key (by id). */
public interface ListAliasesByKeyIdUseCase extends ReadUseCase {
    AliasPage listAliasesByKeyId(KeyPageQuery query);
}
