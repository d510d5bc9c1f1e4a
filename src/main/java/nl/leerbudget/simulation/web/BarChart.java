package nl.leerbudget.simulation.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart in SVG, drawn on the server: per group (a year, an education level, an amount band) one horizontal
 * bar per scenario. Every bar carries the scenario and its value as text, so no one needs to tell the colours apart;
 * the chart has a title and a description for screen readers, and the table beside it holds the same numbers.
 *
 * @param description the chart's numbers in sentences, for {@code <desc>}
 */
record BarChart(
        String id, String title, String description, int width, int height, List<Label> labels, List<Bar> bars) {

    private static final int LABEL = 22;
    private static final int BAR = 16;
    private static final int GAP = 4;
    private static final int GROUP_GAP = 14;
    private static final int PLOT = 360;
    private static final int CHARACTER = 8;

    /** Colours for the scenarios, each at least 3:1 against white. */
    private static final String[] FILLS = {
        "#154273", "#39870c", "#a90061", "#8f4a00", "#42145f", "#007bc7", "#5e5e5e", "#d52b1e"
    };

    record Label(int x, int y, String text) {}

    record Bar(int x, int y, int width, int height, String fill, int textX, int textY, String text) {}

    /**
     * One group of bars.
     *
     * @param values one per scenario, in the order of the scenario names
     * @param texts the values as the table writes them
     */
    record Group(String label, List<Long> values, List<String> texts) {}

    static BarChart of(String id, String title, String unit, List<String> scenarios, List<Group> groups) {
        long max = 1;
        for (Group group : groups) {
            for (long value : group.values()) {
                max = Math.max(max, value);
            }
        }
        List<Label> labels = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        int longest = 0;
        int y = 0;
        for (Group group : groups) {
            labels.add(new Label(0, y + 16, group.label()));
            y += LABEL;
            List<String> parts = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) {
                long value = group.values().get(s);
                int width = (int) Math.max(value > 0 ? 1 : 0, value * PLOT / max);
                String text = scenarios.get(s) + ": " + group.texts().get(s);
                longest = Math.max(longest, text.length());
                bars.add(new Bar(0, y, width, BAR, FILLS[s % FILLS.length], width + 6, y + 13, text));
                parts.add(text);
                y += BAR + GAP;
            }
            sentences.add(group.label() + ": " + String.join("; ", parts) + ".");
            y += GROUP_GAP;
        }
        String description = "In " + unit + ". " + String.join(" ", sentences);
        return new BarChart(id, title, description, PLOT + 10 + longest * CHARACTER, Math.max(y, 20), labels, bars);
    }
}
