package nl.leerbudget.schemes.persistence;

import java.util.List;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.GrantCount;
import nl.leerbudget.schemes.domain.GrantTallies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcGrantTallies implements GrantTallies {

    private final JdbcClient jdbc;

    JdbcGrantTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GrantCount> peopleWithAGrant() {
        // A person has one row of facts, so grouping by their facts counts each person once.
        return jdbc.sql("""
                        select f.education_level, extract(year from f.birth_date) as birth_year,
                               count(distinct f.person_id) as people
                        from scheme_applicant f
                        where exists (select 1 from scheme_application a
                                      where a.person_id = f.person_id and a.status = 'GRANTED')
                        group by f.education_level, extract(year from f.birth_date)
                        """)
                .query((rs, row) -> new GrantCount(
                        EducationLevel.valueOf(rs.getString("education_level")),
                        rs.getInt("birth_year"),
                        rs.getLong("people")))
                .list();
    }
}
