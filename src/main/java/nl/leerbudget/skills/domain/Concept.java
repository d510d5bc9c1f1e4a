package nl.leerbudget.skills.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One concept of an ESCO release as the import stores it.
 *
 * @param code ESCO's code of an occupation, the ISCO code of an ISCO group, the code of a skill group
 * @param iscoGroup an occupation's ISCO unit group (four digits)
 * @param skillType a skill's type: {@code skill/competence} or {@code knowledge} (a few skills have none)
 * @param reuseLevel a skill's reuse level: transversal, cross-sector, sector-specific, occupation-specific
 * @param labels by language (ESCO's language codes: en, nl, ...)
 */
public record Concept(
        String uri,
        ConceptKind kind,
        @Nullable String code,
        @Nullable String iscoGroup,
        @Nullable String skillType,
        @Nullable String reuseLevel,
        Map<String, Labels> labels) {

    public Concept {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(kind, "kind");
        labels = Map.copyOf(labels);
    }

    /** The preferred label and the alternative labels in one language. */
    public record Labels(String preferred, List<String> alternatives) {
        public Labels {
            Objects.requireNonNull(preferred, "preferred");
            alternatives = List.copyOf(alternatives);
        }

        /** Lower case, preferred label first: what a search of labels looks in. */
        public String searchText() {
            StringBuilder text = new StringBuilder(preferred.toLowerCase(java.util.Locale.ROOT));
            alternatives.forEach(a -> text.append('\n').append(a.toLowerCase(java.util.Locale.ROOT)));
            return text.toString();
        }
    }

    /** A hash of everything stored about the concept: a new release changed it when this differs. */
    public String fingerprint() {
        StringBuilder all = new StringBuilder()
                .append(kind)
                .append('\u0001')
                .append(code)
                .append('\u0001')
                .append(iscoGroup)
                .append('\u0001')
                .append(skillType)
                .append('\u0001')
                .append(reuseLevel);
        new TreeMap<>(labels).forEach((language, l) -> {
            all.append('\u0002').append(language).append('\u0001').append(l.preferred());
            l.alternatives().forEach(a -> all.append('\u0001').append(a));
        });
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The labels in {@code language}, else in English, else in any language. */
    public @Nullable Labels labelsIn(String language) {
        Labels wanted = labels.get(language);
        if (wanted != null) {
            return wanted;
        }
        Labels english = labels.get("en");
        return english != null ? english : labels.values().stream().findFirst().orElse(null);
    }
}
