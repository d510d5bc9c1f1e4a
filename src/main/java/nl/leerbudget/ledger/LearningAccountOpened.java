package nl.leerbudget.ledger;

/** The learning account of a person, and whether this call opened it. */
public record LearningAccountOpened(LearningAccountView account, boolean opened) {}
