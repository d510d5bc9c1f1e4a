package nl.leerbudget.rights;

import java.util.List;

/** What became of an imported file of education histories: imported whole, or refused whole with every reason. */
public sealed interface HistoryImport {

    /** Every line imported: new people credited, people credited before recomputed as a correction. */
    record Imported(int lines, ChunkCredited newPeople, int corrected) implements HistoryImport {}

    /** Nothing imported; every wrong line is listed. */
    record Refused(List<LineError> errors) implements HistoryImport {
        public Refused {
            errors = List.copyOf(errors);
        }
    }

    /**
     * What is wrong with one line.
     *
     * @param line the line number in the file, the header being line 1
     * @param field {@code person_id}, {@code birth_date}, {@code history} or {@code line}
     */
    record LineError(int line, String field, String reason) {}
}
