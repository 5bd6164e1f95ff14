package org.advisoryforum.gateway.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn as SVG on the server, so it needs no script and no inline style. Each bar is a row:
 * its label above, the bar below, the number at the bar's end. The table printed beside it carries the same figures.
 */
public record BarChart(List<Bar> bars) {

    static final int ROW_HEIGHT = 52;
    static final int LONGEST_BAR = 520;

    /** One row; {@code key} is a status or perspective code that the template turns into words. */
    public record Bar(String key, int value, int top, int length) {

        public int labelBaseline() {
            return top + 16;
        }

        public int barTop() {
            return top + 22;
        }

        public int valueX() {
            return length + 8;
        }

        public int valueBaseline() {
            return top + 38;
        }
    }

    public int height() {
        return bars.size() * ROW_HEIGHT + 4;
    }

    public int width() {
        return LONGEST_BAR + 80;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Bars in the map's order, scaled so the largest value fills the longest bar; a zero still shows a sliver. */
    static BarChart of(Map<String, Integer> values) {
        int largest = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            int value = entry.getValue();
            int length = largest == 0 ? 2 : Math.max(2, Math.round((float) value * LONGEST_BAR / largest));
            bars.add(new Bar(entry.getKey(), value, bars.size() * ROW_HEIGHT, length));
        }
        return new BarChart(List.copyOf(bars));
    }

    /** Lets a template say {@code counts.barChart} for any map of counts. */
    @TemplateExtension
    static BarChart barChart(Map<String, Integer> counts) {
        return of(counts);
    }
}
