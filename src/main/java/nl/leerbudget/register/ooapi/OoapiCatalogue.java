package nl.leerbudget.register.ooapi;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.register.domain.OoapiKind;
import nl.leerbudget.register.domain.OoapiObjects;
import nl.leerbudget.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public OOAPI v5 view of the register: the imported courses whose register offering a reviewer admitted, the
 * offerings of admitted programs and courses, and the organizations of admitted providers, each as the provider
 * sent it, limited to the properties of its schema ({@link OoapiSchemas#published}). What is not admitted is absent.
 */
@Service
public class OoapiCatalogue {

    private final OoapiObjects objects;

    OoapiCatalogue(OoapiObjects objects) {
        this.objects = objects;
    }

    public Page<ObjectNode> courses(int pageNumber, int pageSize) {
        return published(OoapiKind.COURSE, objects.admittedCourses(pageNumber, pageSize));
    }

    public Optional<ObjectNode> course(UUID id) {
        return objects.admittedCourse(id).map(content -> published(OoapiKind.COURSE, content));
    }

    /** The offerings of one admitted course; empty if there is no such course. */
    public Optional<Page<ObjectNode>> offeringsOf(
            UUID course, LocalDate since, @Nullable LocalDate until, int pageNumber, int pageSize) {
        if (objects.admittedCourse(course).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(offeringPage(objects.admittedOfferings(course, since, until, pageNumber, pageSize)));
    }

    public Page<ObjectNode> offerings(LocalDate since, @Nullable LocalDate until, int pageNumber, int pageSize) {
        return offeringPage(objects.admittedOfferings(null, since, until, pageNumber, pageSize));
    }

    public Optional<ObjectNode> offering(UUID id) {
        return objects.admittedOffering(id).map(OoapiCatalogue::offering);
    }

    public Optional<ObjectNode> organization(UUID id) {
        return objects.organizationOfAdmittedProvider(id).map(content -> published(OoapiKind.ORGANIZATION, content));
    }

    private static Page<ObjectNode> offeringPage(Page<String> page) {
        return new Page<>(
                page.items().stream().map(OoapiCatalogue::offering).toList(),
                page.page(),
                page.pageSize(),
                page.total());
    }

    private static ObjectNode offering(String content) {
        JsonNode offering = OoapiImport.parse(content);
        boolean program = "program".equals(offering.path("offeringType").asString(""));
        return OoapiSchemas.published(program ? OoapiKind.PROGRAM_OFFERING : OoapiKind.COURSE_OFFERING, offering);
    }

    private static Page<ObjectNode> published(OoapiKind kind, Page<String> page) {
        return new Page<>(
                page.items().stream().map(content -> published(kind, content)).toList(),
                page.page(),
                page.pageSize(),
                page.total());
    }

    private static ObjectNode published(OoapiKind kind, String content) {
        return OoapiSchemas.published(kind, OoapiImport.parse(content));
    }
}
