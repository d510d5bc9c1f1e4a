package nl.leerbudget.register.ooapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.register.OfferingDetails;
import nl.leerbudget.register.OfferingDetails.Modality;
import nl.leerbudget.register.OfferingDetails.StudyLoadUnit;
import nl.leerbudget.register.domain.OoapiKind;
import nl.leerbudget.shared.Money;
import nl.leerbudget.shared.OfferingType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How a program or course, with its offerings, becomes one offering of the register. Pure; the objects have been
 * checked against their schemas and {@link RegisterLimits}.
 *
 * <ul>
 *   <li>type: a program of programType {@code program} with a qualification or an NLQF level is a
 *       {@code DIPLOMA_PROGRAMME}; otherwise a program or course whose study load is in ECTS at a higher-education
 *       level (NLQF 5 to 8) is a {@code MICROCREDENTIAL}, and anything else a {@code SHORT_COURSE};
 *   <li>name and description: the first {@code nl-NL} value, else the first Dutch one, else the first; HTML in the
 *       description becomes plain text;
 *   <li>level: {@code levelOfQualification}, else {@code level} (mbo 1–4, associate degree 5, bachelor 6, master 7,
 *       doctoral 8), else the qualification awarded; none for the other levels;
 *   <li>study load: whole ECTS as EC; hours, study load hours (sbu) and contact time as hours; fractional ECTS as
 *       hours (28 an EC) and old study points (sp) as hours (40 each);
 *   <li>modality from {@code modeOfDelivery} of the program or course, else of its offerings: only online or
 *       distance learning is ONLINE, only on campus or situated is IN_PERSON, a mix or hybrid is BLENDED;
 *   <li>from the offerings: the start dates, the place (the city of a teaching, else visit, else any address of an
 *       offering, else of the program or course), the largest maximum number of students, and the price of the
 *       offering with the highest total costs (its VAT, and its "STAP eligible" costs as the eligible cost);
 *   <li>recognised (OCW) when a {@code crohoCreboCode} identifies it.
 * </ul>
 */
final class OoapiTranslation {

    /** Hours per European credit in Dutch higher education, as the assessment framework counts them. */
    static final int HOURS_PER_EC = 28;

    /** Hours per study point (studiepunt) before the ECTS. */
    static final int HOURS_PER_STUDY_POINT = 40;

    private static final Map<String, Integer> LEVELS = Map.of(
            "secondary vocational education 1", 1,
            "secondary vocational education 2", 2,
            "secondary vocational education 3", 3,
            "secondary vocational education 4", 4,
            "associate degree", 5,
            "bachelor", 6,
            "master", 7,
            "doctoral", 8);

    private static final Map<String, Integer> QUALIFICATIONS =
            Map.of("AD", 5, "BA", 6, "BSc", 6, "LLB", 6, "MA", 7, "MSc", 7, "LLM", 7, "Phd", 8);

    private static final Set<String> ONLINE = Set.of("online", "distance-learning");
    private static final Set<String> IN_PERSON = Set.of("on campus", "situated");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /** The consumer entry of OOAPI objects that carries what the register reads beyond the standard. */
    static final String CONSUMER_KEY = "leerbudget";

    private OoapiTranslation() {}

    /** A study load as the register holds it. */
    record StudyLoad(int value, StudyLoadUnit unit) {}

    static OfferingDetails details(OoapiKind kind, JsonNode education, List<JsonNode> offerings) {
        List<JsonNode> sorted = offerings.stream()
                .sorted(Comparator.comparing((JsonNode o) -> text(o, "startDate"))
                        .thenComparing(o -> text(o, "offeringId")))
                .toList();
        Integer level = level(education);
        StudyLoad load = studyLoad(education);
        Modality modality = modality(education, sorted);
        Price price = price(sorted);
        return new OfferingDetails(
                type(kind, education, level),
                chosen(education.get("name")),
                plain(chosen(education.get("description"))),
                level,
                load.value(),
                load.unit(),
                price.price(),
                price.vat(),
                price.eligible(),
                modality,
                modality == Modality.ONLINE ? null : city(education, sorted),
                startDates(education, sorted),
                maxParticipants(sorted),
                has(education, "fieldsOfStudy") ? List.of(text(education, "fieldsOfStudy")) : List.of(),
                skills(education),
                recognised(education));
    }

    /**
     * The ESCO skills of a program or course: OOAPI v5 has no field for them, so they travel in the register's own
     * consumer entry, {@code "consumers": [{"consumerKey": "leerbudget", "escoSkills": ["http://data.europa.eu/esco/skill/…"]}]}
     * (the schema checks that each is an ESCO skill URI). Each is read once, the first {@value OfferingDetails#MAX_SKILLS}.
     */
    static List<String> skills(JsonNode education) {
        JsonNode consumers = education.get("consumers");
        if (consumers == null || !consumers.isArray()) {
            return List.of();
        }
        java.util.LinkedHashSet<String> skills = new java.util.LinkedHashSet<>();
        for (JsonNode consumer : consumers.values()) {
            JsonNode listed = consumer.get("escoSkills");
            if (CONSUMER_KEY.equals(text(consumer, "consumerKey")) && listed != null && listed.isArray()) {
                listed.values().forEach(skill -> skills.add(skill.stringValue()));
            }
        }
        return skills.stream().limit(OfferingDetails.MAX_SKILLS).toList();
    }

    static OfferingType type(OoapiKind kind, JsonNode education, @Nullable Integer level) {
        boolean qualification = has(education, "qualificationAwarded")
                && !text(education, "qualificationAwarded").equals("None");
        if (kind == OoapiKind.PROGRAM
                && text(education, "programType").equals("program")
                && (qualification || level != null)) {
            return OfferingType.DIPLOMA_PROGRAMME;
        }
        boolean ects =
                "ects".equals(education.path("studyLoad").path("studyLoadUnit").asString(""));
        return ects && level != null && level >= 5 ? OfferingType.MICROCREDENTIAL : OfferingType.SHORT_COURSE;
    }

    static @Nullable Integer level(JsonNode education) {
        if (has(education, "levelOfQualification")) {
            return Integer.valueOf(text(education, "levelOfQualification").replace("+", ""));
        }
        if (has(education, "level") && LEVELS.containsKey(text(education, "level"))) {
            return LEVELS.get(text(education, "level"));
        }
        if (has(education, "qualificationAwarded")) {
            return QUALIFICATIONS.get(text(education, "qualificationAwarded"));
        }
        return null;
    }

    /** Zero (which the assessment framework reports as missing) when the study load or its unit is not given. */
    static StudyLoad studyLoad(JsonNode education) {
        JsonNode load = education.path("studyLoad");
        JsonNode value = load.get("value");
        String unit = load.path("studyLoadUnit").asString("");
        if (value == null || !value.isNumber() || unit.isEmpty()) {
            return new StudyLoad(0, StudyLoadUnit.HOURS);
        }
        BigDecimal amount = value.decimalValue();
        return switch (unit) {
            case "ects" ->
                amount.stripTrailingZeros().scale() <= 0
                        ? new StudyLoad(amount.intValueExact(), StudyLoadUnit.EC)
                        : new StudyLoad(whole(amount.multiply(BigDecimal.valueOf(HOURS_PER_EC))), StudyLoadUnit.HOURS);
            case "sp" ->
                new StudyLoad(whole(amount.multiply(BigDecimal.valueOf(HOURS_PER_STUDY_POINT))), StudyLoadUnit.HOURS);
            default -> new StudyLoad(whole(amount), StudyLoadUnit.HOURS);
        };
    }

    static Modality modality(JsonNode education, List<JsonNode> offerings) {
        Set<String> modes = new TreeSet<>();
        education.path("modeOfDelivery").values().forEach(mode -> modes.add(mode.asString("")));
        if (modes.isEmpty()) {
            offerings.forEach(o -> o.path("modeOfDelivery").values().forEach(mode -> modes.add(mode.asString(""))));
        }
        boolean online = modes.stream().anyMatch(ONLINE::contains);
        boolean inPerson = modes.stream().anyMatch(IN_PERSON::contains);
        if (modes.contains("hybrid") || (online && inPerson)) {
            return Modality.BLENDED;
        }
        return online ? Modality.ONLINE : Modality.IN_PERSON;
    }

    private static @Nullable String city(JsonNode education, List<JsonNode> offerings) {
        List<JsonNode> addresses = new ArrayList<>();
        offerings.forEach(o -> addresses.addAll(o.path("addresses").values()));
        String city = city(addresses);
        return city != null
                ? city
                : city(List.copyOf(education.path("addresses").values()));
    }

    private static @Nullable String city(List<JsonNode> addresses) {
        for (String type : List.of("teaching", "visit", "")) {
            for (JsonNode address : addresses) {
                String city = address.path("city").asString("").strip();
                if (!city.isEmpty() && (type.isEmpty() || type.equals(text(address, "addressType")))) {
                    return city;
                }
            }
        }
        return null;
    }

    private static List<LocalDate> startDates(JsonNode education, List<JsonNode> offerings) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        offerings.forEach(o -> starts.add(LocalDate.parse(text(o, "startDate"))));
        if (starts.isEmpty() && has(education, "firstStartDate")) {
            starts.add(LocalDate.parse(text(education, "firstStartDate")));
        }
        return List.copyOf(starts);
    }

    private static @Nullable Integer maxParticipants(List<JsonNode> offerings) {
        int max = 0;
        for (JsonNode offering : offerings) {
            JsonNode students = offering.get("maxNumberStudents");
            if (students != null && students.isNumber()) {
                max = Math.max(max, students.decimalValue().intValue());
            }
        }
        return max > 0 ? max : null;
    }

    record Price(long price, long vat, long eligible) {}

    /** The offering with the highest total costs sets the price; none: zero, which the framework reports. */
    static Price price(List<JsonNode> offerings) {
        Price highest = new Price(0, 0, 0);
        for (JsonNode offering : offerings) {
            JsonNode total = cost(offering, "total costs");
            if (total == null || !has(total, "amount")) {
                continue;
            }
            long price = cents(text(total, "amount"));
            long vat = has(total, "vatAmount")
                    ? cents(text(total, "vatAmount"))
                    : has(total, "amountWithoutVat") ? price - cents(text(total, "amountWithoutVat")) : 0;
            JsonNode eligible = cost(offering, "STAP eligible");
            long eligibleCents = eligible != null && has(eligible, "amount") ? cents(text(eligible, "amount")) : price;
            if (price > highest.price()) {
                highest = new Price(price, vat, eligibleCents);
            }
        }
        return highest;
    }

    /** The first cost of a type in an offering's priceInformation. */
    static @Nullable JsonNode cost(JsonNode offering, String costType) {
        for (JsonNode cost : offering.path("priceInformation").values()) {
            if (costType.equals(text(cost, "costType"))) {
                return cost;
            }
        }
        return null;
    }

    static long cents(String amount) {
        return Money.parse(amount).cents();
    }

    private static boolean recognised(JsonNode education) {
        List<JsonNode> codes = new ArrayList<>(education.path("otherCodes").values());
        codes.add(education.path("primaryCode"));
        return codes.stream().anyMatch(code -> "crohoCreboCode".equals(text(code, "codeType")));
    }

    /** The first nl-NL value, else the first Dutch one (nl, nl-BE), else the first one that is not blank. */
    static String chosen(@Nullable JsonNode texts) {
        if (texts == null) {
            return "";
        }
        List<JsonNode> values =
                texts.values().stream().filter(t -> !text(t, "value").isBlank()).toList();
        for (var wanted : List.<java.util.function.Predicate<String>>of(
                "nl-NL"::equals, language -> language.equals("nl") || language.startsWith("nl-"), language -> true)) {
            for (JsonNode value : values) {
                if (wanted.test(text(value, "language"))) {
                    return text(value, "value").strip();
                }
            }
        }
        return "";
    }

    /** HTML (which OOAPI texts may hold) as plain text on one line. */
    static String plain(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        text = numeric.replaceAll(m -> {
            String hex = m.group(1);
            int codePoint = hex != null ? Integer.parseInt(hex, 16) : Integer.parseInt(m.group(2));
            return Matcher.quoteReplacement(
                    Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : m.group());
        });
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }

    private static int whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    static boolean has(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && !value.isNull();
    }

    static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isString() ? value.stringValue() : "";
    }
}
