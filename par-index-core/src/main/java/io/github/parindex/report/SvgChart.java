package io.github.parindex.report;

import io.github.parindex.internal.Escaping;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart of percentages as inline SVG: one row per label, one or more bars per row. Internal.
 * Coordinates are computed with BigDecimal and printed with one decimal; no floating point.
 */
final class SvgChart {
  private SvgChart() {}

  /** One bar: its value in percent, the text printed after it, its CSS class (colour) and tooltip. */
  record Bar(BigDecimal value, String text, String cssClass, String tooltip) {}

  /** One row: a label and its bars, drawn one under the other. */
  record Row(String label, List<Bar> bars) {}

  private static final int LEFT = 4;
  private static final int PLOT_WIDTH = 760;
  private static final int VALUE_WIDTH = 70;
  private static final int LABEL_HEIGHT = 18;
  private static final int BAR_HEIGHT = 16;
  private static final int BAR_GAP = 3;
  private static final int ROW_GAP = 12;
  private static final int TOP = 22;

  static String render(String ariaLabel, List<Row> rows) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    BigDecimal scaleMax = hundred;
    for (Row r : rows) {
      for (Bar b : r.bars()) {
        scaleMax = scaleMax.max(b.value());
      }
    }
    int height = TOP + 4;
    for (Row r : rows) {
      height += LABEL_HEIGHT + r.bars().size() * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + ROW_GAP;
    }
    int width = LEFT + PLOT_WIDTH + VALUE_WIDTH;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" role=\"img\" aria-label=\"").append(Escaping.html(ariaLabel)).append("\" width=\"")
        .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\">\n");
    s.append("<title>").append(Escaping.html(ariaLabel)).append("</title>\n");
    for (int tick = 0; tick <= 100; tick += 25) {
      String x = x(BigDecimal.valueOf(tick), scaleMax);
      s.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(height - 4).append("\"/>");
      s.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(TOP - 10).append("\" text-anchor=\"")
          .append(tick == 0 ? "start" : tick == 100 ? "end" : "middle").append("\">").append(tick).append("%</text>\n");
    }
    int y = TOP;
    for (Row r : rows) {
      s.append("<text class=\"label\" x=\"").append(LEFT).append("\" y=\"").append(y + LABEL_HEIGHT - 5).append("\">")
          .append(Escaping.html(Text.shorten(r.label(), 110))).append("<title>").append(Escaping.html(r.label()))
          .append("</title></text>\n");
      y += LABEL_HEIGHT;
      for (Bar b : r.bars()) {
        BigDecimal w = b.value().max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(PLOT_WIDTH))
            .divide(scaleMax, 1, RoundingMode.HALF_UP);
        s.append("<rect class=\"bar ").append(Escaping.html(b.cssClass())).append("\" x=\"").append(LEFT)
            .append("\" y=\"").append(y).append("\" width=\"").append(w.toPlainString()).append("\" height=\"")
            .append(BAR_HEIGHT).append("\" rx=\"3\"><title>").append(Escaping.html(b.tooltip())).append("</title></rect>");
        s.append("<text class=\"value\" x=\"").append(new BigDecimal(LEFT).add(w).add(BigDecimal.valueOf(6))
            .toPlainString()).append("\" y=\"").append(y + BAR_HEIGHT - 4).append("\">").append(Escaping.html(b.text()))
            .append("</text>\n");
        y += BAR_HEIGHT + BAR_GAP;
      }
      y += ROW_GAP - BAR_GAP;
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static String x(BigDecimal percent, BigDecimal scaleMax) {
    return BigDecimal.valueOf(LEFT).add(percent.multiply(BigDecimal.valueOf(PLOT_WIDTH))
        .divide(scaleMax, 1, RoundingMode.HALF_UP)).toPlainString();
  }
}
