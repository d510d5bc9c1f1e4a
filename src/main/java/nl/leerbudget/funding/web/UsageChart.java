package nl.leerbudget.funding.web;

import java.util.ArrayList;
import java.util.List;
import nl.leerbudget.funding.UsageReport;
import nl.leerbudget.shared.Money;

/**
 * The usage report's yearly numbers as a bar chart in SVG, drawn on the server: per year a bar for what was deposited,
 * spent, returned and lapsed. The same numbers as the table beside it; each bar carries its value as text, and the
 * chart as a whole has a title and a description for screen readers. Colours differ in lightness as well as hue, and
 * a legend names them, so that no one needs to tell colours apart.
 */
public record UsageChart(
        int width, int height, List<Bar> bars, List<Label> labels, List<Legend> legend, String description) {

    static final int HEIGHT = 240;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    private static final int LEFT = 10;
    private static final int BAR = 28;
    private static final int GAP = 6;
    private static final int GROUP_GAP = 36;
    private static final String[] NAMES = {"Gestort", "Uitgegeven", "Teruggekomen", "Naar de overheid"};
    private static final String[] FILLS = {"#154273", "#39870c", "#e17000", "#6b6b6b"};

    public record Bar(int x, int y, int width, int height, String fill, String title) {}

    public record Label(int x, int y, String text) {}

    public record Legend(String name, String fill) {}

    static UsageChart of(UsageReport report) {
        long max = Math.max(1, report.largestYearlyCents());
        int plot = HEIGHT - TOP - BOTTOM;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        int x = LEFT;
        for (UsageReport.Year year : report.years()) {
            Money[] values = {year.deposited(), year.spent(), year.returned(), year.lapsed()};
            int groupStart = x;
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                int h = (int) (values[i].cents() * plot / max);
                String text = NAMES[i] + " in " + year.year() + ": " + FunderText.INSTANCE.euros(values[i]);
                bars.add(new Bar(x, TOP + plot - h, BAR, Math.max(h, 1), FILLS[i], text));
                parts.add(NAMES[i].toLowerCase(java.util.Locale.ROOT) + " " + FunderText.INSTANCE.euros(values[i]));
                x += BAR + GAP;
            }
            labels.add(new Label((groupStart + x - GAP) / 2, HEIGHT - BOTTOM + 24, Integer.toString(year.year())));
            sentences.add(year.year() + ": " + String.join(", ", parts) + ".");
            x += GROUP_GAP;
        }
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            legend.add(new Legend(NAMES[i], FILLS[i]));
        }
        String description = sentences.isEmpty() ? "Er is nog niets gestort." : String.join(" ", sentences);
        return new UsageChart(Math.max(x, 200), HEIGHT, bars, labels, legend, description);
    }
}
