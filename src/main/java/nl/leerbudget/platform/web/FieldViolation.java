package nl.leerbudget.platform.web;

/**
 * One invalid part of a request, after the Dutch API Design Rules' {@code invalidParams}.
 *
 * @param name the field as a path ({@code compartment.validUntil}, {@code lines[3].amount}) or parameter name
 * @param code a stable machine-readable code ({@code required}, {@code format}, {@code range}, …)
 * @param reason a sentence for people
 */
public record FieldViolation(String name, String code, String reason) {}
