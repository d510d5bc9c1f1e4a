package nl.leerbudget.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.identity.NotPermitted;
import nl.leerbudget.skills.ImportReport.Change;
import nl.leerbudget.skills.domain.EscoFiles;
import nl.leerbudget.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import of ESCO v1.1.1 as the application ships it (loaded when the test application starts, on H2 or on
 * PostgreSQL as the suite runs): the counts match the files (3,007 occupations, 13,896 skills, 123,855
 * occupation-skill relations of which 67 name an occupation that is in none of the files, and 8 hierarchy rows that
 * name a concept in none of them), a re-import changes
 * nothing, and a newer release updates in place and reports what changed.
 */
@IntegrationTest
class EscoImportIT {

    private static final String NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
    private static final String MISSING_OCCUPATION =
            "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e";

    @Autowired
    EscoImport imports;

    @Autowired
    Actors actors;

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theShippedReleaseIsStoredWithCountsThatMatchItsFiles() {
        assertThat(count("select count(*) from esco_concept where kind = 'OCCUPATION'"))
                .isEqualTo(3_007);
        assertThat(count("select count(*) from esco_concept where kind = 'SKILL'"))
                .isEqualTo(13_896);
        assertThat(count("select count(*) from esco_concept where kind = 'SKILL_GROUP'"))
                .isEqualTo(640);
        assertThat(count("select count(*) from esco_concept where kind = 'ISCO_GROUP'"))
                .isEqualTo(619);
        assertThat(count("select count(*) from esco_occupation_skill")).isEqualTo(123_855 - 67);
        assertThat(count("select count(*) from esco_occupation_skill where relation = 'essential'"))
                .isEqualTo(64_946 - 55);
        // Both hierarchies of the files (skills and skill groups, occupations and ISCO groups), but for the 8 rows
        // that name a concept in none of the files.
        assertThat(count("select count(*) from esco_broader")).isEqualTo(20_656 + 3_617 - 8);
        assertThat(count("select count(*) from esco_label where language = 'nl'"))
                .isEqualTo(3_007);
        assertThat(count("select count(*) from esco_label where language = 'en'"))
                .isEqualTo(3_007 + 13_896 + 640 + 619);
        assertThat(jdbc.sql("select preferred from esco_label where uri = :uri and language = 'nl'")
                        .param("uri", NURSE)
                        .query(String.class)
                        .single())
                .isEqualTo("algemeen verpleegkundige");
        assertThat(jdbc.sql("select isco_group from esco_concept where uri = :uri")
                        .param("uri", NURSE)
                        .query(String.class)
                        .single())
                .isEqualTo("2221");

        ImportReport again = actors.asSystem(() -> imports.importShipped());

        assertThat(again.unchanged()).isTrue();
        assertThat(again.rowsRead())
                .containsEntry("occupations_en.csv", 3_007L)
                .containsEntry("occupations_nl.csv", 3_007L)
                .containsEntry("skills_en.csv", 13_896L)
                .containsEntry("occupationSkillRelations.csv", 123_855L);
        assertThat(again.change("occupations").total()).isEqualTo(3_007);
        assertThat(again.change("skills").total()).isEqualTo(13_896);
        assertThat(again.change("occupation-skill relations").total()).isEqualTo(123_855 - 67);
        assertThat(again.change("hierarchy").total()).isEqualTo(20_656 + 3_617 - 8);
        assertThat(again.skipped())
                .hasSize(9)
                .contains(
                        "67 rows: occupationSkillRelations.csv names the occupation " + MISSING_OCCUPATION
                                + ", which is in none of the files",
                        "1 row: broaderRelationsOccPillar.csv names " + MISSING_OCCUPATION
                                + ", which is in none of the files")
                .filteredOn(line -> line.startsWith("1 row: broaderRelationsSkillPillar.csv names"))
                .hasSize(7);
    }

    @Test
    void aNewerReleaseUpdatesInPlaceAndReportsWhatChangedPerKind() throws IOException {
        EscoFiles shipped = EscoImport.shipped();
        String dutch = text(shipped, "occupations_nl.csv");
        String relations = text(shipped, "occupationSkillRelations.csv");
        List<String> lines = relations.lines().toList();
        String removed = lines.get(1);
        String flipped = lines.get(2);
        String turned = flipped.contains(",essential,")
                ? flipped.replace(",essential,", ",optional,")
                : flipped.replace(",optional,", ",essential,");
        String newer =
                lines.getFirst() + "\n" + turned + "\n" + String.join("\n", lines.subList(3, lines.size())) + "\n";
        String german = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n"
                + "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/00000000-1111-4222-8333-444444444444,"
                + "knowledge,cross-sector,Pflegeinformatik,\"Informatik in der Pflege\nPflege-IT\"\n";
        EscoFiles release = EscoFiles.of(Map.of(
                        "occupations_nl.csv",
                        () -> bytes(dutch.replace(",algemeen verpleegkundige,", ",verpleegkundige algemene zorg,")),
                        "occupationSkillRelations.csv",
                        () -> bytes(newer),
                        "skills_de.csv",
                        () -> bytes(german)))
                .and(shipped);
        try {
            ImportReport report = actors.asSystem(() -> imports.importRelease("v1.1.1-test", release));

            assertThat(report.change("occupations")).isEqualTo(new Change(0, 1, 0, 3_007));
            assertThat(report.change("skills")).isEqualTo(new Change(1, 0, 0, 13_897));
            assertThat(report.change("skill groups")).isEqualTo(new Change(0, 0, 0, 640));
            assertThat(report.change("occupation-skill relations")).isEqualTo(new Change(0, 1, 1, 123_855 - 67 - 1));
            assertThat(jdbc.sql("select preferred from esco_label where uri = :uri and language = 'nl'")
                            .param("uri", NURSE)
                            .query(String.class)
                            .single())
                    .isEqualTo("verpleegkundige algemene zorg");
            assertThat(jdbc.sql("select alternatives from esco_label where language = 'de'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Informatik in der Pflege\nPflege-IT");
            String[] gone = removed.split(",");
            assertThat(count("select count(*) from esco_occupation_skill where occupation_uri = '" + gone[0]
                            + "' and skill_uri = '" + gone[3] + "'"))
                    .isZero();
            String[] changed = flipped.split(",");
            assertThat(jdbc.sql(
                                    "select relation from esco_occupation_skill where occupation_uri = :o and skill_uri = :s")
                            .param("o", changed[0])
                            .param("s", changed[3])
                            .query(String.class)
                            .single())
                    .isNotEqualTo(changed[1]);
        } finally {
            ImportReport back = actors.asSystem(() -> imports.importShipped());
            assertThat(back.change("occupations")).isEqualTo(new Change(0, 1, 0, 3_007));
            assertThat(back.change("skills")).isEqualTo(new Change(0, 0, 1, 13_896));
            assertThat(back.change("occupation-skill relations")).isEqualTo(new Change(1, 1, 0, 123_855 - 67));
        }
        assertThat(actors.asSystem(() -> imports.importShipped()).unchanged()).isTrue();
    }

    @Test
    void filesThatAreNotAnEscoReleaseAreRefusedAndChangeNothing() {
        EscoFiles wrong = EscoFiles.of(Map.of("occupations_nl.csv", () -> bytes("conceptUri,preferredLabel\n")));
        long before = count("select count(*) from esco_concept");
        assertThatThrownBy(() -> actors.asSystem(() -> imports.importRelease("v0", wrong)))
                .hasMessageContaining("skills_<language>.csv");
        assertThat(count("select count(*) from esco_concept")).isEqualTo(before);
    }

    @Test
    void onlyTheSystemImports() {
        assertThatThrownBy(() -> imports.importShipped()).isInstanceOf(NotPermitted.class);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(EscoFiles files, String name) throws IOException {
        try (Reader in = files.open(name)) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                all.append(buffer, 0, n);
            }
            return all.toString();
        }
    }
}
