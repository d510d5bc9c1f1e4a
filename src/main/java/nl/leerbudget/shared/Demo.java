package nl.leerbudget.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The well-known ids of the demo set, shared by every module's demo loader so that the demo people, their accounts
 * and their logins fit together. Used only when demo data is switched on.
 */
public final class Demo {

    private Demo() {}

    public static final PersonId FATIMA = new PersonId(UUID.fromString("6f1c2b0e-0001-4000-8000-000000000001"));
    public static final PersonId JAN = new PersonId(UUID.fromString("6f1c2b0e-0002-4000-8000-000000000002"));
    public static final PersonId SANNE = new PersonId(UUID.fromString("6f1c2b0e-0003-4000-8000-000000000003"));
    public static final PersonId KEES = new PersonId(UUID.fromString("6f1c2b0e-0004-4000-8000-000000000004"));
    public static final PersonId DEMI = new PersonId(UUID.fromString("6f1c2b0e-0005-4000-8000-000000000005"));

    public static final UUID EMPLOYER = id("demo/funder/bouwbedrijf-de-vries");
    public static final UUID SECTOR_FUND = id("demo/funder/oo-fonds-techniek");
    public static final UUID MUNICIPALITY = id("demo/funder/gemeente-utrecht");
    public static final UUID STAP_BUDGET = id("demo/scheme/stap-2022");
    public static final UUID ROC = id("demo/provider/roc-midden-nederland");
    public static final UUID OPEN_UNIVERSITY = id("demo/provider/open-universiteit");
    public static final UUID LANGUAGE_CENTRE = id("demo/provider/taalcentrum-utrecht");

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
