package io.github.parindex.rules;

import io.github.parindex.model.ParIndexException;
import io.github.parindex.model.Problem;
import io.github.parindex.model.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The official rule sets bundled with the library as JSON resources, served to {@link RuleSetRegistry#load()}
 * through {@link java.util.ServiceLoader}.
 *
 * <p>Every set and node carries its legal basis and provenance. The national tables below the component level
 * could not be obtained, so each set goes only as deep as is known: unknown parts are directly scored leaves
 * marked {@code INCOMPLETE} with a note of what is missing, and maxima derived by arithmetic are marked
 * {@code INFERRED} with the arithmetic. Nothing is padded with invented numbers. The Markdown handbooks in
 * {@code par-index-rules/handbooks} show each set in full.
 *
 * <pre>{@code
 * RuleSet par2024 = RuleSetRegistry.load().get(OfficialRuleSets.BNV_892_PROVINCE);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OfficialRuleSets implements RuleSetProvider {

  /** 2948/QĐ-BNV, provinces, PAR 2017–2019: the 8 component maxima. */
  public static final String BNV_2948_PROVINCE = "vn-bnv-2948-province";
  /** 876/QĐ-BNV, provinces, PAR 2022–2023: appraisal 61.5 + impact 38.5 (SIPAS 10, leaders 22, KT-XH 6.5). */
  public static final String BNV_876_PROVINCE = "vn-bnv-876-province";
  /** 876/QĐ-BNV, ministries, PAR 2022–2023: survey 31.5 and the rest. */
  public static final String BNV_876_MINISTRY = "vn-bnv-876-ministry";
  /** 892/QĐ-BNV, provinces, PAR 2024: four known component maxima and the rest together. */
  public static final String BNV_892_PROVINCE = "vn-bnv-892-province";
  /**
   * 1187/QĐ-BNV (15/10/2025), provinces, PAR 2025 onwards: its tables are missing, so the components are 892's as
   * known (INCOMPLETE).
   */
  public static final String BNV_1187_PROVINCE = "vn-bnv-1187-province";
  /** Hà Tĩnh 52/2019/QĐ-UBND, departments (sở): criteria 80 + survey 20. */
  public static final String HA_TINH_52_2019_DEPARTMENT = "vn-ha-tinh-52-2019-department";
  /** Hà Tĩnh 52/2019/QĐ-UBND, districts: criteria 80 + survey 20. */
  public static final String HA_TINH_52_2019_DISTRICT = "vn-ha-tinh-52-2019-district";
  /** Hà Tĩnh 52/2019/QĐ-UBND, communes: criteria 70 + survey 30. */
  public static final String HA_TINH_52_2019_COMMUNE = "vn-ha-tinh-52-2019-commune";
  /** Hà Tĩnh 52/2019/QĐ-UBND, central agencies in the province: criteria 40 + survey 20 = 60. */
  public static final String HA_TINH_52_2019_CENTRAL_AGENCY = "vn-ha-tinh-52-2019-central-agency";
  /** Bình Dương 2071/QĐ-UBND, districts: appraisal 65 + survey 35. */
  public static final String BINH_DUONG_2071_2018_DISTRICT = "vn-binh-duong-2071-2018-district";
  /** Hà Nội 5666/QĐ-UBND (17/11/2025), sở: 8 contents on 100 points, their split missing (INCOMPLETE). */
  public static final String HA_NOI_5666_2025_DEPARTMENT = "vn-ha-noi-5666-2025-department";
  /** Hà Nội 5666/QĐ-UBND (17/11/2025), xã and phường: 8 contents on 100 points, their split missing. */
  public static final String HA_NOI_5666_2025_COMMUNE = "vn-ha-noi-5666-2025-commune";

  private static final String FOLDER = "bundled/";

  /** The index of the bundled resources: {@code bundled/index.json} next to this class. */
  static final String INDEX = FOLDER + "index.json";

  /**
   * The ids of every bundled set, in the order served: the {@code rule-set} entries of the resource index
   * {@code io/github/parindex/rules/bundled/index.json}. Adding a bundled set is adding its file and an index entry.
   */
  public static final List<String> IDS = ResourceIndex.read(OfficialRuleSets.class, INDEX).stream()
      .filter(e -> e.kind().equals("rule-set")).map(ResourceIndex.Entry::id).toList();

  /** Each bundled set read once, when first asked for; rule sets are immutable. */
  private static final java.util.concurrent.ConcurrentMap<String, RuleSet> READ =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Every bundled set, in the index's order, read on first use. */
  private static final class Holder {
    static final List<RuleSet> SETS = IDS.stream().map(OfficialRuleSets::read).toList();
  }

  /**
   * One bundled set, read and checked on first use and then kept (the registry serves a set without reading the
   * others). Thrown problems are those of reading every set: a missing file, a set that is not the one listed.
   */
  static RuleSet read(String id) {
    RuleSet rs = READ.get(id);
    if (rs == null) {
      rs = READ.computeIfAbsent(id, OfficialRuleSets::readBundled);
    }
    return rs;
  }

  private static RuleSet readBundled(String id) {
    for (ResourceIndex.Entry e : ResourceIndex.read(OfficialRuleSets.class, INDEX)) {
      if (e.kind().equals("rule-set") && e.id().equals(id)) {
        return readEntry(OfficialRuleSets.class, INDEX, FOLDER, e, RuleSetJson.standard());
      }
    }
    throw new ParIndexException("no bundled rule set " + id, List.of(Problem.general("the index " + INDEX
        + " lists no rule set \"" + id + "\"")));
  }

  /** Used by {@link java.util.ServiceLoader}. */
  public OfficialRuleSets() {}

  @Override
  public List<RuleSet> ruleSets() {
    return Holder.SETS;
  }

  @Override
  public String name() {
    return "par-index-rules (bundled official sets)";
  }

  /**
   * The resource path of a bundled set, relative to this class, e.g. {@code bundled/vn-bnv-876-province.json}.
   *
   * @param id the set's id
   * @return the resource name
   */
  public static String resourceName(String id) {
    return FOLDER + id + ".json";
  }

  /**
   * A provider of the rule sets listed in a resource index ({@code par-index/resource-index@1}, entries of kind
   * {@code rule-set}): how a rule module ships its sets as data, and how a test adds a bundled set without Java.
   * The sets are read on the first call of {@code ruleSets()} and kept.
   *
   * <pre>{@code
   * RuleSetProvider p = OfficialRuleSets.fromIndex(MyModule.class, "rules/index.json");
   * RuleSetRegistry registry = RuleSetRegistry.empty().withProvider(p);
   * }</pre>
   *
   * @param anchor the class resource names are relative to
   * @param index the index's resource name
   * @return the provider
   * @throws ParIndexException (from {@code ruleSets()}) if the index or a listed file cannot be read
   * @since 0.1.0
   */
  public static RuleSetProvider fromIndex(Class<?> anchor, String index) {
    return new RuleSetProvider() {
      private volatile List<RuleSet> sets;

      @Override
      public List<RuleSet> ruleSets() {
        List<RuleSet> s = sets;
        if (s == null) {
          s = readAll(anchor, index);
          sets = s;
        }
        return s;
      }

      @Override
      public String name() {
        return "resource index " + index + " of " + anchor.getName();
      }
    };
  }

  private static List<RuleSet> readAll(Class<?> anchor, String index) {
    RuleSetJson json = RuleSetJson.standard();
    String folder = index.contains("/") ? index.substring(0, index.lastIndexOf('/') + 1) : "";
    List<RuleSet> sets = new ArrayList<>();
    for (ResourceIndex.Entry e : ResourceIndex.read(anchor, index)) {
      if (!e.kind().equals("rule-set")) {
        continue;
      }
      sets.add(readEntry(anchor, index, folder, e, json));
    }
    return List.copyOf(sets);
  }

  private static RuleSet readEntry(Class<?> anchor, String index, String folder, ResourceIndex.Entry e,
      RuleSetJson json) {
    String resource = folder + e.resource();
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ParIndexException("bundled rule set missing", List.of(Problem.general("the index " + index
            + " lists " + resource + ", which is not there")));
      }
      RuleSet rs = json.read(in, anchor.getPackageName().replace('.', '/') + "/" + resource);
      if (!rs.id().equals(e.id())) {
        throw new ParIndexException("bundled rule set mislabelled", List.of(Problem.general("the index " + index
            + " lists " + resource + " as " + e.id() + ", but it holds rule set " + rs.id())));
      }
      return rs;
    } catch (IOException x) {
      throw io.github.parindex.rules.internal.StrictText.ioFailure(resource, x);
    }
  }
}
