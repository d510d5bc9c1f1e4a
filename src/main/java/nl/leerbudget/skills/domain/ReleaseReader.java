package nl.leerbudget.skills.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerbudget.skills.domain.Concept.Labels;
import nl.leerbudget.skills.domain.EscoCsv.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ESCO release in the layout of the Commission's CSV download, in any language edition and with any number of
 * languages side by side: {@code occupations_<lang>.csv}, {@code skills_<lang>.csv}, {@code ISCOGroups_<lang>.csv},
 * {@code skillGroups_<lang>.csv} (each language adds its labels to the same concepts), and the language-independent
 * {@code occupationSkillRelations.csv}, {@code broaderRelationsSkillPillar.csv} and
 * {@code broaderRelationsOccPillar.csv} (older releases name them with a language suffix; both are read). Columns are
 * found by their header names, not their position. A relation or hierarchy row that names a concept in none of the
 * files is left out and reported.
 */
public final class ReleaseReader {

    private static final Pattern LANGUAGE_FILE =
            Pattern.compile("(occupations|skills|ISCOGroups|skillGroups)_([a-zA-Z-]{2,8})\\.csv");

    private ReleaseReader() {}

    /** The content of the release in {@code files}; {@code progress} hears of every file read. */
    public static ReleaseContent read(String version, EscoFiles files, Consumer<String> progress) {
        Map<String, Long> rowsRead = new TreeMap<>();
        Map<String, ConceptBuilder> concepts = new LinkedHashMap<>();
        boolean anyOccupations = false;
        boolean anySkills = false;
        for (String name : files.names()) {
            Matcher m = LANGUAGE_FILE.matcher(name);
            if (!m.matches()) {
                continue;
            }
            ConceptKind kind = switch (m.group(1)) {
                case "occupations" -> ConceptKind.OCCUPATION;
                case "skills" -> ConceptKind.SKILL;
                case "ISCOGroups" -> ConceptKind.ISCO_GROUP;
                default -> ConceptKind.SKILL_GROUP;
            };
            anyOccupations |= kind == ConceptKind.OCCUPATION;
            anySkills |= kind == ConceptKind.SKILL;
            String language = m.group(2);
            progress.accept(name);
            rowsRead.put(
                    name,
                    read(
                            files,
                            name,
                            row -> concepts.computeIfAbsent(row.get("conceptUri"), uri -> new ConceptBuilder(uri, kind))
                                    .add(kind, language, row)));
        }
        if (!anyOccupations || !anySkills) {
            throw new EscoFileException("an ESCO release has occupations_<language>.csv and skills_<language>.csv;"
                    + " these files have not: " + files.names());
        }
        Map<String, Concept> built = new HashMap<>();
        concepts.forEach((uri, builder) -> built.put(uri, builder.build()));

        List<String> skipped = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        Map<String, Long> unknown = new TreeMap<>();
        String relationFile = pick(files, "occupationSkillRelations");
        progress.accept(relationFile);
        rowsRead.put(relationFile, read(files, relationFile, row -> {
            String occupation = row.get("occupationUri");
            String skill = row.get("skillUri");
            String type = row.get("relationType");
            if (!type.equals("essential") && !type.equals("optional")) {
                throw new EscoFileException(relationFile + " line " + row.line() + ": relationType '" + type + "'");
            }
            String missing = missing(built, occupation, ConceptKind.OCCUPATION, skill, ConceptKind.SKILL);
            if (missing != null) {
                unknown.merge(relationFile + " names " + missing + ", which is in none of the files", 1L, Long::sum);
            } else {
                relations.add(new Relation(occupation, skill, type.equals("essential")));
            }
        }));
        Set<Broader> broader = new LinkedHashSet<>();
        for (String prefix : List.of("broaderRelationsSkillPillar", "broaderRelationsOccPillar")) {
            String file = pick(files, prefix);
            progress.accept(file);
            rowsRead.put(file, read(files, file, row -> {
                String uri = row.get("conceptUri");
                String above = row.get("broaderUri");
                if (!built.containsKey(uri) || !built.containsKey(above)) {
                    String name = built.containsKey(uri) ? above : uri;
                    unknown.merge(file + " names " + name + ", which is in none of the files", 1L, Long::sum);
                } else {
                    broader.add(new Broader(uri, above));
                }
            }));
        }
        unknown.forEach((why, rows) -> skipped.add(rows + (rows == 1 ? " row: " : " rows: ") + why));
        return new ReleaseContent(version, built, relations, List.copyOf(broader), rowsRead, skipped);
    }

    private static @Nullable String missing(
            Map<String, Concept> concepts, String first, ConceptKind firstKind, String second, ConceptKind secondKind) {
        Concept a = concepts.get(first);
        if (a == null || a.kind() != firstKind) {
            return "the " + firstKind.name().toLowerCase(java.util.Locale.ROOT) + " " + first;
        }
        Concept b = concepts.get(second);
        if (b == null || b.kind() != secondKind) {
            return "the " + secondKind.name().toLowerCase(java.util.Locale.ROOT) + " " + second;
        }
        return null;
    }

    /** {@code prefix.csv}, or {@code prefix_<lang>.csv} as older releases name it. */
    private static String pick(EscoFiles files, String prefix) {
        if (files.has(prefix + ".csv")) {
            return prefix + ".csv";
        }
        return files.names().stream()
                .filter(name -> name.startsWith(prefix + "_") && name.endsWith(".csv"))
                .findFirst()
                .orElseThrow(() -> new EscoFileException("the release has no " + prefix + ".csv"));
    }

    private static long read(EscoFiles files, String name, Consumer<Row> each) {
        try (Reader in = files.open(name)) {
            return EscoCsv.read(in, each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A concept put together from the files of every language. */
    private static final class ConceptBuilder {
        private final String uri;
        private final ConceptKind kind;
        private @Nullable String code;
        private @Nullable String iscoGroup;
        private @Nullable String skillType;
        private @Nullable String reuseLevel;
        private final Map<String, Labels> labels = new TreeMap<>();

        ConceptBuilder(String uri, ConceptKind kind) {
            this.uri = uri;
            this.kind = kind;
        }

        void add(ConceptKind in, String language, Row row) {
            if (in != kind) {
                throw new EscoFileException(uri + " is both " + kind + " and " + in);
            }
            code = first(code, row, "code");
            iscoGroup = first(iscoGroup, row, "iscoGroup");
            skillType = first(skillType, row, "skillType");
            reuseLevel = first(reuseLevel, row, "reuseLevel");
            labels.put(language, new Labels(row.get("preferredLabel").strip(), alternatives(row)));
        }

        private static @Nullable String first(@Nullable String known, Row row, String column) {
            if (known != null || !row.has(column)) {
                return known;
            }
            String value = row.get(column).strip();
            return value.isEmpty() ? null : value;
        }

        /** One per line in the download (a few files of collections separate them with " | "). */
        private static List<String> alternatives(Row row) {
            if (!row.has("altLabels")) {
                return List.of();
            }
            return Arrays.stream(row.get("altLabels").split("\n| \\| "))
                    .map(String::strip)
                    .filter(label -> !label.isEmpty())
                    .distinct()
                    .toList();
        }

        Concept build() {
            return new Concept(uri, kind, code, iscoGroup, skillType, reuseLevel, labels);
        }
    }
}
