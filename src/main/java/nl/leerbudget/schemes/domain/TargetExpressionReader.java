package nl.leerbudget.schemes.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.LabourMarketPosition;
import nl.leerbudget.schemes.TargetExpression;
import nl.leerbudget.shared.KeyValueFile;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;

/**
 * Reads the written form of a target group: criteria joined by {@code and}, each one of
 *
 * <ul>
 *   <li>{@code age from 50}, {@code age to 27}, {@code age from 18 to 27} (years on the day, both bounds included)
 *   <li>{@code position in job-seeker, benefit-recipient} (also {@code employed}, {@code self-employed})
 *   <li>{@code sector in zorg, techniek}
 *   <li>{@code education-level up-to MBO_4}, {@code education-level from BACHELOR}, or both
 *   <li>{@code literacy-programme}
 *   <li>{@code follow-on-year}
 *   <li>{@code offering-type in SHORT_COURSE, MBO_CERTIFICATE}
 *   <li>{@code offering-field in zorg, welzijn}
 * </ul>
 *
 * or {@code everyone} alone. Each kind of criterion at most once. Problems are {@link IllegalArgumentException}s
 * whose message names the part that is wrong, so that the scheme reader can give its line.
 */
public final class TargetExpressionReader {

    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern AGE = Pattern.compile("age(?:\\s+from\\s+(\\d{1,3}))?(?:\\s+to\\s+(\\d{1,3}))?");
    private static final Pattern LEVELS =
            Pattern.compile("education-level(?:\\s+from\\s+([A-Z0-9_]+))?(?:\\s+up-to\\s+([A-Z0-9_]+))?");
    private static final Pattern IN = Pattern.compile("([a-z-]+)\\s+in\\s+(.+)");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private TargetExpressionReader() {}

    public static TargetExpression read(String text) {
        String written = text.strip();
        if (written.equals("everyone")) {
            return TargetExpression.EVERYONE;
        }
        if (written.isEmpty()) {
            throw new IllegalArgumentException("a target group names at least one criterion, or 'everyone'");
        }
        List<TargetExpression.Criterion> criteria = new ArrayList<>();
        Set<Class<?>> kinds = new LinkedHashSet<>();
        for (String part : AND.split(written)) {
            TargetExpression.Criterion criterion = criterion(part.strip());
            if (!kinds.add(criterion.getClass())) {
                throw new IllegalArgumentException("'" + part.strip() + "': each kind of criterion once");
            }
            criteria.add(criterion);
        }
        return new TargetExpression(String.join(" and ", AND.split(written)), criteria);
    }

    private static TargetExpression.Criterion criterion(String part) {
        switch (part) {
            case "literacy-programme" -> {
                return new TargetExpression.LiteracyProgramme();
            }
            case "follow-on-year" -> {
                return new TargetExpression.FollowOnYear();
            }
            default -> {
                // one of the forms below
            }
        }
        Matcher age = AGE.matcher(part);
        if (part.startsWith("age") && age.matches() && (age.group(1) != null || age.group(2) != null)) {
            return new TargetExpression.AgeBand(number(age.group(1)), number(age.group(2)));
        }
        Matcher levels = LEVELS.matcher(part);
        if (part.startsWith("education-level")
                && levels.matches()
                && (levels.group(1) != null || levels.group(2) != null)) {
            return new TargetExpression.EducationLevels(level(levels.group(1)), level(levels.group(2)));
        }
        Matcher in = IN.matcher(part);
        if (in.matches()) {
            List<String> items = KeyValueFile.items(in.group(2));
            return switch (in.group(1)) {
                case "position" -> {
                    Set<LabourMarketPosition> positions = EnumSet.noneOf(LabourMarketPosition.class);
                    items.forEach(item -> positions.add(LabourMarketPosition.ofCode(item)));
                    yield new TargetExpression.Positions(positions);
                }
                case "sector" -> new TargetExpression.Sectors(codes(items, "sector"));
                case "offering-type" -> {
                    Set<OfferingType> types = EnumSet.noneOf(OfferingType.class);
                    for (String item : items) {
                        try {
                            types.add(OfferingType.valueOf(item));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("unknown offering type '" + item + "'", e);
                        }
                    }
                    yield new TargetExpression.OfferingTypes(types);
                }
                case "offering-field" -> new TargetExpression.OfferingFields(codes(items, "field"));
                default -> throw unknown(part);
            };
        }
        throw unknown(part);
    }

    private static IllegalArgumentException unknown(String part) {
        return new IllegalArgumentException("'" + part + "' is not a criterion (known: age from/to, position in,"
                + " sector in, education-level from/up-to, literacy-programme, follow-on-year, offering-type in,"
                + " offering-field in)");
    }

    private static Set<String> codes(List<String> items, String what) {
        Set<String> codes = new LinkedHashSet<>();
        for (String item : items) {
            if (!CODE.matcher(item).matches()) {
                throw new IllegalArgumentException(
                        "a " + what + " code is lower-case letters, digits and '-', got '" + item + "'");
            }
            codes.add(item);
        }
        return codes;
    }

    private static @Nullable Integer number(@Nullable String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    private static @Nullable EducationLevel level(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return EducationLevel.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown education level '" + name + "'", e);
        }
    }
}
