package nl.leerbudget.schemes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A window that is open or planned, with the scheme it belongs to and whether the person may qualify in it.
 *
 * @param judgedOn the day the rules were applied: today for an open window, the day it opens for a planned one
 */
public record WindowProspect(SchemeWindow window, Scheme scheme, LocalDate judgedOn, Qualification qualification) {

    public WindowProspect {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(judgedOn, "judgedOn");
        Objects.requireNonNull(qualification, "qualification");
    }
}
