package io.github.parindex.rules;

import io.github.parindex.method.Methods;
import io.github.parindex.method.Methods.Band;
import io.github.parindex.method.Methods.Level;
import io.github.parindex.method.CountBands;
import io.github.parindex.method.PointRanges;
import io.github.parindex.method.ProportionalThreshold;
import io.github.parindex.method.ScoringMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The codecs of the built-in methods in {@link Methods}. Internal. */
final class BuiltInCodecs {
  private BuiltInCodecs() {}

  static List<ScoringMethodCodec> all() {
    return List.of(
        noSettings("direct-points", Methods.DirectPoints.class, Methods::directPoints),
        new PercentBandsCodec(),
        noSettings("proportional", Methods.Proportional.class, Methods::proportional),
        new Simple<>("yes-no", Methods.YesNo.class,
            m -> ordered("yes", m.yesPoints(), "no", m.noPoints()),
            j -> new Methods.YesNo(j.decimal("yes"), j.decimal("no"))),
        new GradedLevelsCodec(),
        new Simple<>("count-times-points", Methods.CountTimesPoints.class,
            m -> {
              Map<String, Object> out = ordered("pointsEach", m.pointsEach());
              m.cap().ifPresent(c -> out.put("cap", c));
              return out;
            },
            j -> new Methods.CountTimesPoints(j.decimal("pointsEach"), j.optionalDecimal("cap"))),
        new Simple<>("deadline", Methods.Deadline.class,
            m -> ordered("onTime", m.onTime(), "late", m.late(), "notDone", m.notDone()),
            j -> new Methods.Deadline(j.decimal("onTime"), j.decimal("late"), j.decimal("notDone"))),
        new Simple<>("deduction-per-event", Methods.DeductionPerEvent.class,
            m -> ordered("perEvent", m.perEvent(), "floor", m.floor()),
            j -> new Methods.DeductionPerEvent(j.decimal("perEvent"), j.decimal("floor"))),
        noSettings("survey-share", Methods.SurveyShare.class, Methods::surveyShare),
        new Simple<>("proportional-threshold", ProportionalThreshold.class,
            m -> ordered("thresholdPercent", m.thresholdPercent()),
            j -> new ProportionalThreshold(j.decimal("thresholdPercent"))),
        new Simple<>("point-ranges", PointRanges.class, BuiltInCodecs::rangesJson, BuiltInCodecs::ranges),
        new Simple<>("count-bands", CountBands.class, BuiltInCodecs::countBandsJson, BuiltInCodecs::countBands));
  }

  /** {@code {"ranges": [{"label": "Tốt", "min": 4, "max": 5}, ...]}}. */
  private static Map<String, Object> rangesJson(PointRanges m) {
    List<Object> out = new ArrayList<>();
    for (PointRanges.Range r : m.ranges()) {
      out.add(ordered("label", r.label(), "min", r.min(), "max", r.max()));
    }
    return ordered("ranges", out);
  }

  private static ScoringMethod ranges(JsonFields j) {
    List<PointRanges.Range> out = new ArrayList<>();
    for (JsonFields r : j.objects("ranges")) {
      String label = r.string("label");
      BigDecimal min = r.decimal("min");
      BigDecimal max = r.decimal("max");
      out.add(new PointRanges.Range(label, min, max));
    }
    return new PointRanges(out);
  }

  /** {@code {"bands": [{"from": 50, "fromInclusive": true, "to": 100, "toInclusive": false, "points": 3}]}}. */
  private static Map<String, Object> countBandsJson(CountBands m) {
    List<Object> out = new ArrayList<>();
    for (CountBands.CountBand b : m.bands()) {
      Map<String, Object> band = ordered("from", b.from(), "fromInclusive", b.fromInclusive());
      b.to().ifPresent(t -> {
        band.put("to", t);
        band.put("toInclusive", b.toInclusive());
      });
      band.put("points", b.points());
      out.add(band);
    }
    return ordered("bands", out);
  }

  private static ScoringMethod countBands(JsonFields j) {
    List<CountBands.CountBand> out = new ArrayList<>();
    for (JsonFields b : j.objects("bands")) {
      BigDecimal from = b.decimal("from");
      boolean fromInclusive = b.optionalBool("fromInclusive").orElse(true);
      Optional<BigDecimal> to = b.optionalDecimal("to");
      boolean toInclusive = b.optionalBool("toInclusive").orElse(false);
      BigDecimal points = b.decimal("points");
      out.add(new CountBands.CountBand(from, fromInclusive, to, toInclusive, points));
    }
    return new CountBands(out);
  }

  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  private static <M extends ScoringMethod> ScoringMethodCodec noSettings(String kind, Class<M> type,
      java.util.function.Supplier<M> factory) {
    return new Simple<>(kind, type, m -> new LinkedHashMap<>(), j -> factory.get());
  }

  /** A codec from two functions, for one method class. */
  static final class Simple<M extends ScoringMethod> implements ScoringMethodCodec {
    private final String kind;
    private final Class<M> type;
    private final Function<M, Map<String, Object>> write;
    private final Function<JsonFields, ScoringMethod> read;

    Simple(String kind, Class<M> type, Function<M, Map<String, Object>> write,
        Function<JsonFields, ScoringMethod> read) {
      this.kind = kind;
      this.type = type;
      this.write = write;
      this.read = read;
    }

    @Override
    public String kind() {
      return kind;
    }

    @Override
    public Map<String, Object> toJson(ScoringMethod method) {
      return write.apply(cast(type, method));
    }

    @Override
    public ScoringMethod fromJson(JsonFields json) {
      return read.apply(json);
    }
  }

  static <M> M cast(Class<M> type, ScoringMethod method) {
    if (!type.isInstance(method)) {
      throw new IllegalArgumentException("method kind \"" + method.kind() + "\" is built in as " + type.getName()
          + ", but this method is a " + method.getClass().getName() + "; give a custom method its own kind");
    }
    return type.cast(method);
  }

  /** {@code {"bands": [{"from": 80, "fromInclusive": true, "to": 100, "toInclusive": false, "points": 0.5}]}}. */
  static final class PercentBandsCodec implements ScoringMethodCodec {
    @Override
    public String kind() {
      return "percent-bands";
    }

    @Override
    public Map<String, Object> toJson(ScoringMethod method) {
      List<Object> bands = new ArrayList<>();
      for (Band b : cast(Methods.PercentBands.class, method).bands()) {
        bands.add(ordered("from", b.from(), "fromInclusive", b.fromInclusive(), "to", b.to(), "toInclusive",
            b.toInclusive(), "points", b.points()));
      }
      return ordered("bands", bands);
    }

    @Override
    public ScoringMethod fromJson(JsonFields json) {
      List<Band> bands = new ArrayList<>();
      for (JsonFields b : json.objects("bands")) {
        JsonFields band = b;
        BigDecimal from = band.decimal("from");
        boolean fromInclusive = band.optionalBool("fromInclusive").orElse(true);
        BigDecimal to = band.decimal("to");
        boolean toInclusive = band.optionalBool("toInclusive").orElse(false);
        BigDecimal points = band.decimal("points");
        bands.add(new Band(from, fromInclusive, to, toInclusive, points));
      }
      return Methods.percentBands(bands);
    }
  }

  /** {@code {"levels": [{"label": "Thực hiện tốt", "points": 2.5}, ...]}}, best first. */
  static final class GradedLevelsCodec implements ScoringMethodCodec {
    @Override
    public String kind() {
      return "graded-levels";
    }

    @Override
    public Map<String, Object> toJson(ScoringMethod method) {
      List<Object> levels = new ArrayList<>();
      for (Level l : cast(Methods.GradedLevels.class, method).levels()) {
        levels.add(ordered("label", l.label(), "points", l.points()));
      }
      return ordered("levels", levels);
    }

    @Override
    public ScoringMethod fromJson(JsonFields json) {
      List<Level> levels = new ArrayList<>();
      for (JsonFields l : json.objects("levels")) {
        JsonFields level = l;
        String label = level.string("label");
        BigDecimal points = level.decimal("points");
        levels.add(new Level(label, points));
      }
      return Methods.levels(levels);
    }
  }
}
