package nl.leerbudget.monitoring.domain;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.leerbudget.monitoring.DisclosureRule;

/**
 * A table after disclosure control: which cells are hidden and by which rule. Only this is ever published; a hidden
 * cell's value is not offered by any method, so a page or a file cannot show it by mistake.
 */
public final class ProtectedTable {

    private final CrossTable table;
    private final SortedMap<Position, DisclosureRule> hidden;

    ProtectedTable(CrossTable table, Map<Position, DisclosureRule> hidden) {
        this.table = Objects.requireNonNull(table, "table");
        this.hidden = Collections.unmodifiableSortedMap(new TreeMap<>(hidden));
    }

    public String id() {
        return table.id();
    }

    public CrossTable.Measure measure() {
        return table.measure();
    }

    public java.util.List<String> rows() {
        return table.rows();
    }

    public java.util.List<String> columns() {
        return table.columns();
    }

    public int rowCount() {
        return table.rowCount();
    }

    public int columnCount() {
        return table.columnCount();
    }

    /** The published value of a cell, or empty when it is hidden. */
    public Optional<Long> value(Position at) {
        return hidden.containsKey(at) ? Optional.empty() : Optional.of(table.value(at));
    }

    /** Why a cell is hidden, or empty when it is published. */
    public Optional<DisclosureRule> reason(Position at) {
        return Optional.ofNullable(hidden.get(at));
    }

    /** The hidden cells with their rule. */
    public SortedMap<Position, DisclosureRule> hidden() {
        return hidden;
    }

    /** The hidden cells by their labels, to carry into the next release of this table. */
    public Set<CellKey> hiddenKeys() {
        Set<CellKey> keys = new HashSet<>();
        hidden.keySet().forEach(at -> keys.add(table.key(at)));
        return keys;
    }

    /** The hidden cells by their labels with their rule: what a release keeps. */
    public Map<CellKey, DisclosureRule> hiddenByKey() {
        Map<CellKey, DisclosureRule> keys = new java.util.LinkedHashMap<>();
        hidden.forEach((at, rule) -> keys.put(table.key(at), rule));
        return keys;
    }

    public CellKey key(Position at) {
        return table.key(at);
    }
}
