package nl.leerbudget.skills.domain;

/** A file of an ESCO release that is missing, or not in the layout of the Commission's CSV download. */
public class EscoFileException extends RuntimeException {

    public EscoFileException(String message) {
        super(message);
    }
}
