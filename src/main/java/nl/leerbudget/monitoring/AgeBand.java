package nl.leerbudget.monitoring;

import java.util.List;

/**
 * The age bands of the statistics, in the age a person reaches in the year of the statistics (year minus year of
 * birth): coarse on purpose, so that fewer cells are small. 50 and older is the group the STAP evaluation reports
 * ("bijna een kwart" over 50, POLICY-FACTS F8).
 */
public enum AgeBand {
    UNDER_35("tot 35 jaar"),
    FROM_35_TO_49("35 tot 50 jaar"),
    FROM_50("50 jaar en ouder");

    private final String dutch;

    AgeBand(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }

    public static AgeBand of(int age) {
        return age < 35 ? UNDER_35 : age < 50 ? FROM_35_TO_49 : FROM_50;
    }

    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(AgeBand::dutch).toList();
    }
}
