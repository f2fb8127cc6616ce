package dev.infantmassage.curriculum.json.internal;

import dev.infantmassage.curriculum.validation.IssueCode;
import dev.infantmassage.curriculum.validation.IssueLocation;

/**
 * A change binding found that keeps what the file says: the property name or the string value at
 * {@code location}, reported with {@code code}, written as {@code replacement} instead.
 *
 * @param code the code of the issue the change fixes
 * @param location where the issue was reported: the property, or the value
 * @param propertyName whether the property's name is replaced, else its string value
 * @param replacement the text to write instead, unquoted
 */
public record Replacement(IssueCode code, IssueLocation location, boolean propertyName, String replacement) {}
