/**
 * One class per Alibaba Action, named after it: reads its parameters (syntax only: present, parseable, the right
 * shape), builds its use case's Command or Query, calls it, shapes the reply record. An action never decides how
 * its work commits (its use case declares that), never checks a permission and never maps an error: those live in
 * the use cases and in {@code error.AlibabaErrors}.
 */
package kmsecrets.adapter.rest.action;
