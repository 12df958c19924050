package kmsecrets.application.port.in;

/** ListAliases: the account's aliases. */
public interface ListAliasesUseCase extends ReadUseCase {
    AliasPage listAliases(PageQuery query);
}
