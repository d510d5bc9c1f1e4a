package nl.leerbudget.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.leerbudget.identity.Role;
import nl.leerbudget.identity.domain.User;
import nl.leerbudget.identity.domain.Users;
import nl.leerbudget.shared.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUsers implements Users {

    private static final String COLUMNS = "u.id, u.display_name, u.person_id, u.organisation_id, u.roles";

    private final JdbcClient jdbc;

    JdbcUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<User> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from app_user u where u.id = :id")
                .param("id", id)
                .query(JdbcUsers::map)
                .optional();
    }

    @Override
    public Optional<User> bySubject(String issuer, String subject) {
        return jdbc.sql("select " + COLUMNS + " from app_user u join login_subject s on s.user_id = u.id"
                        + " where s.issuer = :issuer and s.subject = :subject")
                .param("issuer", issuer)
                .param("subject", subject)
                .query(JdbcUsers::map)
                .optional();
    }

    @Override
    public Optional<User> ofPerson(PersonId person) {
        return jdbc.sql("select " + COLUMNS + " from app_user u where u.person_id = :p order by u.created_at limit 1")
                .param("p", person.value())
                .query(JdbcUsers::map)
                .optional();
    }

    @Override
    public List<User> withRole(Role role, int limit) {
        // Roles are stored as their names joined by commas: framed in commas, one role matches only itself.
        return jdbc.sql("select " + COLUMNS + " from app_user u where ',' || u.roles || ',' like :role"
                        + " order by u.display_name, u.id limit :limit")
                .param("role", "%," + role.name() + ",%")
                .param("limit", limit)
                .query(JdbcUsers::map)
                .list();
    }

    @Override
    public void save(User user, String issuer, String subject, Instant now) {
        jdbc.sql("""
                        insert into app_user (id, display_name, person_id, organisation_id, roles, created_at)
                        values (:id, :name, :person, :organisation, :roles, :now) on conflict do nothing""")
                .param("id", user.id())
                .param("name", user.displayName())
                .param("person", user.person() == null ? null : user.person().value())
                .param("organisation", user.organisation())
                .param("roles", user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        jdbc.sql("""
                        insert into login_subject (issuer, subject, user_id) values (:issuer, :subject, :user)
                        on conflict do nothing""")
                .param("issuer", issuer)
                .param("subject", subject)
                .param("user", user.id())
                .update();
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",", -1))
                .filter(r -> !r.isBlank())
                .forEach(r -> roles.add(Role.valueOf(r)));
        UUID person = rs.getObject("person_id", UUID.class);
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("display_name"),
                person == null ? null : new PersonId(person),
                rs.getObject("organisation_id", UUID.class),
                roles);
    }
}
