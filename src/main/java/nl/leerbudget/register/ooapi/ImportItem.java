package nl.leerbudget.register.ooapi;

import java.util.Objects;
import java.util.UUID;
import nl.leerbudget.register.domain.OoapiKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One object of an import that fits its schema and what the register can hold.
 *
 * @param index its place in the request ({@code items[index]})
 * @param education for an offering: the id of the program or course it offers
 */
record ImportItem(
        int index,
        OoapiKind kind,
        UUID id,
        JsonNode content,
        @Nullable UUID education) {

    ImportItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.isOffering() != (education != null)) {
            throw new IllegalArgumentException("an offering, and only an offering, names its program or course");
        }
    }

    String path() {
        return "items[" + index + "]";
    }

    /** The property of an offering that names its program or course. */
    String educationField() {
        return kind == OoapiKind.PROGRAM_OFFERING ? "program" : "course";
    }

    UUID parent() {
        return Objects.requireNonNull(education, "only offerings have a program or course");
    }
}
