package nl.leerbudget.register.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.ProviderId;
import nl.leerbudget.register.domain.OoapiKind;
import nl.leerbudget.register.domain.OoapiObjects;
import nl.leerbudget.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOoapiObjects implements OoapiObjects {

    /** Joins an education to its register offering; the public reads show only admitted ones. */
    private static final String ADMITTED_EDUCATION =
            " join offering o on o.id = e.offering_id and o.status = 'ADMITTED'";

    private final JdbcClient jdbc;

    JdbcOoapiObjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OoapiOrganization> organization(UUID id) {
        return jdbc.sql("select organization_id, provider_id, content from ooapi_organization"
                        + " where organization_id = :id")
                .param("id", id)
                .query((rs, n) -> new OoapiOrganization(
                        rs.getObject("organization_id", UUID.class),
                        new ProviderId(rs.getObject("provider_id", UUID.class)),
                        rs.getString("content")))
                .optional();
    }

    @Override
    public Optional<OoapiEducation> education(UUID id) {
        return jdbc.sql("select education_id, kind, provider_id, offering_id, content from ooapi_education"
                        + " where education_id = :id")
                .param("id", id)
                .query((rs, n) -> new OoapiEducation(
                        rs.getObject("education_id", UUID.class),
                        OoapiKind.valueOf(rs.getString("kind")),
                        new ProviderId(rs.getObject("provider_id", UUID.class)),
                        new OfferingId(rs.getObject("offering_id", UUID.class)),
                        rs.getString("content")))
                .optional();
    }

    @Override
    public Optional<OoapiOffering> offering(UUID id) {
        return offerings("offering_id = :id", id).stream().findFirst();
    }

    @Override
    public List<OoapiOffering> offeringsOf(UUID education) {
        return offerings("education_id = :id", education);
    }

    private List<OoapiOffering> offerings(String where, UUID id) {
        return jdbc.sql("select offering_id, kind, education_id, provider_id, start_date, end_date, content"
                        + " from ooapi_offering where " + where + " order by start_date, offering_id")
                .param("id", id)
                .query((rs, n) -> new OoapiOffering(
                        rs.getObject("offering_id", UUID.class),
                        OoapiKind.valueOf(rs.getString("kind")),
                        rs.getObject("education_id", UUID.class),
                        new ProviderId(rs.getObject("provider_id", UUID.class)),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getString("content")))
                .list();
    }

    @Override
    public void save(OoapiOrganization organization, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("update ooapi_organization set provider_id = :provider, content = :content,"
                        + " updated_at = :now where organization_id = :id")
                .param("id", organization.id())
                .param("provider", organization.provider().value())
                .param("content", organization.content())
                .param("now", at)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into ooapi_organization (organization_id, provider_id, content, created_at, updated_at)"
                            + " values (:id, :provider, :content, :now, :now)")
                    .param("id", organization.id())
                    .param("provider", organization.provider().value())
                    .param("content", organization.content())
                    .param("now", at)
                    .update();
        }
    }

    @Override
    public void save(OoapiEducation education, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("update ooapi_education set kind = :kind, provider_id = :provider,"
                        + " offering_id = :offering, content = :content, updated_at = :now where education_id = :id")
                .param("id", education.id())
                .param("kind", education.kind().name())
                .param("provider", education.provider().value())
                .param("offering", education.offering().value())
                .param("content", education.content())
                .param("now", at)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into ooapi_education (education_id, kind, provider_id, offering_id, content,
                              created_at, updated_at)
                            values (:id, :kind, :provider, :offering, :content, :now, :now)""")
                    .param("id", education.id())
                    .param("kind", education.kind().name())
                    .param("provider", education.provider().value())
                    .param("offering", education.offering().value())
                    .param("content", education.content())
                    .param("now", at)
                    .update();
        }
    }

    @Override
    public void save(OoapiOffering offering, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        update ooapi_offering set kind = :kind, education_id = :education, provider_id = :provider,
                          start_date = :start, end_date = :end, content = :content, updated_at = :now
                        where offering_id = :id""")
                .param("id", offering.id())
                .param("kind", offering.kind().name())
                .param("education", offering.education())
                .param("provider", offering.provider().value())
                .param("start", offering.startDate())
                .param("end", offering.endDate())
                .param("content", offering.content())
                .param("now", at)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into ooapi_offering (offering_id, kind, education_id, provider_id, start_date,
                              end_date, content, created_at, updated_at)
                            values (:id, :kind, :education, :provider, :start, :end, :content, :now, :now)""")
                    .param("id", offering.id())
                    .param("kind", offering.kind().name())
                    .param("education", offering.education())
                    .param("provider", offering.provider().value())
                    .param("start", offering.startDate())
                    .param("end", offering.endDate())
                    .param("content", offering.content())
                    .param("now", at)
                    .update();
        }
    }

    @Override
    public Page<String> admittedCourses(int page, int pageSize) {
        long total = jdbc.sql(
                        "select count(*) from ooapi_education e" + ADMITTED_EDUCATION + " where e.kind = 'COURSE'")
                .query(Long.class)
                .single();
        List<String> items = jdbc.sql("select e.content from ooapi_education e" + ADMITTED_EDUCATION
                        + " join offering_version v on v.offering_id = o.id and v.version = o.current_version"
                        + " where e.kind = 'COURSE' order by v.name, e.education_id limit :limit offset :offset")
                .param("limit", pageSize)
                .param("offset", offset(page, pageSize))
                .query((rs, n) -> rs.getString("content"))
                .list();
        return new Page<>(items, page, pageSize, total);
    }

    @Override
    public Optional<String> admittedCourse(UUID id) {
        return jdbc.sql("select e.content from ooapi_education e" + ADMITTED_EDUCATION
                        + " where e.kind = 'COURSE' and e.education_id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    @Override
    public Page<String> admittedOfferings(
            @Nullable UUID course, LocalDate since, @Nullable LocalDate until, int page, int pageSize) {
        String where = " where f.start_date >= :since"
                + (until == null ? "" : " and f.end_date <= :until")
                + (course == null ? "" : " and e.education_id = :course and e.kind = 'COURSE'");
        String from =
                " from ooapi_offering f join ooapi_education e on e.education_id = f.education_id" + ADMITTED_EDUCATION;
        var count = jdbc.sql("select count(*)" + from + where).param("since", since);
        var select = jdbc.sql("select f.content" + from + where
                        + " order by f.start_date, f.offering_id limit :limit offset :offset")
                .param("since", since)
                .param("limit", pageSize)
                .param("offset", offset(page, pageSize));
        if (until != null) {
            count = count.param("until", until);
            select = select.param("until", until);
        }
        if (course != null) {
            count = count.param("course", course);
            select = select.param("course", course);
        }
        long total = count.query(Long.class).single();
        return new Page<>(select.query((rs, n) -> rs.getString("content")).list(), page, pageSize, total);
    }

    @Override
    public Optional<String> admittedOffering(UUID id) {
        return jdbc.sql("select f.content from ooapi_offering f join ooapi_education e"
                        + " on e.education_id = f.education_id" + ADMITTED_EDUCATION + " where f.offering_id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<String> organizationOfAdmittedProvider(UUID id) {
        return jdbc.sql("select g.content from ooapi_organization g join provider p on p.id = g.provider_id"
                        + " where g.organization_id = :id and p.status = 'ADMITTED'")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private static long offset(int page, int pageSize) {
        return (long) (page - 1) * pageSize;
    }
}
