package nl.leerbudget.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscoCsvTest {

    private static List<EscoCsv.Row> rows(String text) {
        List<EscoCsv.Row> rows = new ArrayList<>();
        long count = EscoCsv.read(new StringReader(text), rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    @Test
    void readsRowsByTheNamesOfTheHeader() {
        List<EscoCsv.Row> rows = rows("conceptUri,preferredLabel\nhttp://x/1,nurse\nhttp://x/2,cook\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("preferredLabel")).isEqualTo("cook");
        assertThat(rows.get(0).get("conceptUri")).isEqualTo("http://x/1");
    }

    @Test
    void keepsLineBreaksCommasAndDoubledQuotesInsideQuotedFields() {
        List<EscoCsv.Row> rows = rows("uri,altLabels,description\r\n"
                + "a,\"nurse\nstaff nurse\",\"Cares for \"\"patients\"\", at home, and in hospital.\"\r\n"
                + "b,,last\r\n");
        assertThat(rows.get(0).get("altLabels")).isEqualTo("nurse\nstaff nurse");
        assertThat(rows.get(0).get("description")).isEqualTo("Cares for \"patients\", at home, and in hospital.");
        assertThat(rows.get(1).get("altLabels")).isEmpty();
        assertThat(rows.get(1).get("description")).isEqualTo("last");
    }

    @Test
    void skipsAByteOrderMarkAndReadsALastRowWithoutALineBreak() {
        List<EscoCsv.Row> rows = rows("\uFEFFuri,label\na,b");
        assertThat(rows)
                .singleElement()
                .satisfies(row -> assertThat(row.get("uri")).isEqualTo("a"));
    }

    @Test
    void refusesAColumnTheHeaderDoesNotHave() {
        EscoCsv.Row row = rows("uri\na\n").getFirst();
        assertThat(row.has("label")).isFalse();
        assertThatThrownBy(() -> row.get("label")).isInstanceOf(EscoFileException.class);
    }

    @Test
    void refusesAQuotedFieldThatIsNeverClosed() {
        assertThatThrownBy(() -> rows("uri,label\na,\"open\n")).isInstanceOf(EscoFileException.class);
    }
}
