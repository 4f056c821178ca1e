package io.github.parindex.rules.table;

import static io.github.parindex.rules.table.Lexicon.HUNDRED;
import static io.github.parindex.rules.table.Lexicon.num;

import io.github.parindex.method.CountBands;
import io.github.parindex.method.Methods;
import io.github.parindex.method.Methods.Band;
import io.github.parindex.method.Methods.Level;
import io.github.parindex.method.PointRanges;
import io.github.parindex.method.ProportionalThreshold;
import io.github.parindex.method.ScoringMethod;
import io.github.parindex.model.NodeRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canonical Vietnamese scoring text of a built-in method: a text {@link ScoringTextParser} reads back to the
 * very same method on a row of the same maximum and role (checked before it is returned). The English gloss is the
 * method's own {@link ScoringMethod#describe()}.
 */
final class ScoringTextRenderer {
  private ScoringTextRenderer() {}

  static Optional<String> canonical(ScoringMethod method, BigDecimal max, NodeRole role) {
    // Only a text that reads back to the very same method is canonical (level labels such as "Có" and "Không"
    // would read back as yes/no, a label with numbers could read as count bands).
    return candidate(method, role).filter(text -> {
      ScoringTextReading r = ScoringTextParser.read(text, max, role, "", false);
      return r.problems().isEmpty() && r.method().equals(Optional.of(method));
    });
  }

  private static Optional<String> candidate(ScoringMethod method, NodeRole role) {
    if (method instanceof Methods.PercentBands pb) {
      List<String> parts = new ArrayList<>();
      for (Band b : pb.bands()) {
        parts.add(bandText(b) + ": " + num(b.points()) + " điểm");
      }
      return Optional.of(String.join("; ", parts));
    }
    if (method instanceof Methods.YesNo yn) {
      return Optional.of("Có: " + num(yn.yesPoints()) + " điểm; Không: " + num(yn.noPoints()) + " điểm");
    }
    if (method instanceof Methods.GradedLevels gl) {
      List<String> parts = new ArrayList<>();
      for (Level l : gl.levels()) {
        parts.add(l.label() + ": " + num(l.points()) + " điểm");
      }
      return Optional.of(String.join("; ", parts));
    }
    if (method instanceof Methods.Deadline d) {
      return Optional.of("Đúng hạn: " + num(d.onTime()) + " điểm; Chậm: " + num(d.late())
          + " điểm; Không thực hiện: " + num(d.notDone()) + " điểm");
    }
    if (method instanceof Methods.DeductionPerEvent d) {
      return Optional.of("Mỗi lần trừ " + num(d.perEvent()) + " điểm, tối thiểu " + num(d.floor()) + " điểm");
    }
    if (method instanceof Methods.CountTimesPoints c) {
      return Optional.of("Mỗi lần " + (role == NodeRole.PENALTY ? "trừ " : "được ") + num(c.pointsEach()) + " điểm"
          + c.cap().map(cap -> ", tối đa " + num(cap) + " điểm").orElse(""));
    }
    if (method instanceof Methods.Proportional) {
      return Optional.of("Điểm = tỷ lệ % x điểm tối đa");
    }
    if (method instanceof ProportionalThreshold pt) {
      return Optional.of("Điểm = tỷ lệ % x điểm tối đa; dưới " + num(pt.thresholdPercent()) + "% không tính điểm");
    }
    if (method instanceof Methods.SurveyShare) {
      return Optional.of("Chỉ số SIPAS / 100 x điểm tối đa");
    }
    if (method instanceof PointRanges pr) {
      List<String> parts = new ArrayList<>();
      for (PointRanges.Range r : pr.ranges()) {
        parts.add(r.label() + ": " + (r.min().compareTo(r.max()) == 0 ? num(r.min())
            : "từ " + num(r.min()) + " đến " + num(r.max())) + " điểm");
      }
      return Optional.of(String.join("; ", parts));
    }
    if (method instanceof CountBands cb) {
      List<String> parts = new ArrayList<>();
      for (CountBands.CountBand b : cb.bands()) {
        parts.add(countText(b) + ": " + num(b.points()) + " điểm");
      }
      return Optional.of(String.join("; ", parts));
    }
    return Optional.empty();
  }

  private static String bandText(Band b) {
    String from = num(b.from()) + "%";
    String to = num(b.to()) + "%";
    if (b.from().compareTo(b.to()) == 0 && b.fromInclusive() && b.toInclusive()) {
      return from;
    }
    if (b.from().signum() == 0 && b.fromInclusive() && b.from().scale() == 0) {
      return b.toInclusive() ? "từ " + to + " trở xuống" : "dưới " + to;
    }
    if (b.toInclusive() && b.to().equals(HUNDRED)) {
      return b.fromInclusive() ? "từ " + from + " trở lên" : "trên " + from;
    }
    return (b.fromInclusive() ? "từ " : "trên ") + from + " đến " + (b.toInclusive() ? "" : "dưới ") + to;
  }

  private static String countText(CountBands.CountBand b) {
    String from = num(b.from());
    if (b.to().isEmpty()) {
      return b.fromInclusive() ? "Từ " + from + " trở lên" : "Trên " + from;
    }
    String to = num(b.to().get());
    if (b.from().signum() == 0 && b.fromInclusive() && b.from().scale() == 0) {
      return b.toInclusive() ? "Từ " + to + " trở xuống" : "Dưới " + to;
    }
    return (b.fromInclusive() ? "Từ " : "Trên ") + from + " đến " + (b.toInclusive() ? "" : "dưới ") + to;
  }
}
