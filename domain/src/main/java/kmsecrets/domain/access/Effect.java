package kmsecrets.domain.access;

/** What a matching statement decides. */
public enum Effect { Allow, Deny }
