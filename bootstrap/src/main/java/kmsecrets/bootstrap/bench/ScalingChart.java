package kmsecrets.bootstrap.bench;

import java.util.List;
import java.util.Locale;
import kmsecrets.bootstrap.bench.BenchReport.Scenario;

/**
 * The scaling figures as a small self-contained SVG: GetSecretValue throughput (left) and p99 latency (right)
 * against the number of connections, on a doubling scale.
 */
final class ScalingChart {
    private static final int PANEL_WIDTH = 360;
    private static final int PANEL_HEIGHT = 220;
    private static final int MARGIN = 50;

    private ScalingChart() {
    }

    static String svg(List<Scenario> scaling) {
        StringBuilder svg = new StringBuilder();
        int width = 2 * (PANEL_WIDTH + 2 * MARGIN);
        int height = PANEL_HEIGHT + 2 * MARGIN;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        panel(svg, scaling, 0, "GetSecretValue req/s", Scenario::rps, "#1f77b4");
        panel(svg, scaling, PANEL_WIDTH + 2 * MARGIN, "GetSecretValue p99 ms", Scenario::p99Ms, "#d62728");
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, List<Scenario> points, int left, String title,
                              java.util.function.ToDoubleFunction<Scenario> value, String colour) {
        double max = points.stream().mapToDouble(value).max().orElse(1);
        max = max <= 0 ? 1 : max * 1.1;
        int x0 = left + MARGIN;
        int y0 = MARGIN + PANEL_HEIGHT;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\">%s</text>%n", x0,
                MARGIN - 15, title));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                x0, y0, x0 + PANEL_WIDTH, y0));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                x0, y0, x0, MARGIN));
        for (int tick = 0; tick <= 4; tick++) {
            double v = max * tick / 4;
            int y = y0 - (int) Math.round(PANEL_HEIGHT * tick / 4.0);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>%n",
                    x0 - 5, y + 4, v));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    x0, y, x0 + PANEL_WIDTH, y));
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            int x = x0 + (points.size() == 1 ? 0 : PANEL_WIDTH * i / (points.size() - 1));
            int y = y0 - (int) Math.round(PANEL_HEIGHT * value.applyAsDouble(points.get(i)) / max);
            line.append(x).append(',').append(y).append(' ');
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"/>%n", x, y,
                    colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x,
                    y0 + 15, points.get(i).connections()));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"2\"/>%n", line.toString().trim(), colour));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">connections</text>%n",
                x0 + PANEL_WIDTH / 2, y0 + 32));
    }
}
