package org.sim2real.core.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Guesses which column is which from header names and from a sample of the values, and says why
 * in one line per decision. Whatever the caller fixed in {@link RoleOverrides} is kept as given.
 *
 * <p>Order of decisions: representation (formula or SMILES columns; a second SMILES column makes
 * a pair), then id and group columns (by name only), then the target (a numeric column named
 * like "target" or "y"; else the last one whose name looks like a property; else the last
 * numeric column), and, when no column holds formulas or SMILES, all other numeric columns
 * become descriptors. Name hints are in {@link ColumnNameHints}.
 */
public final class RoleDetector {
  /** Share of sampled values that must parse for a column to count as formulas or SMILES. */
  static final double CONTENT_THRESHOLD = 0.8;
  /** Lower bar when the header name already says what the column is. */
  static final double NAMED_THRESHOLD = 0.5;

  private final RawTable table;
  private final ImportOptions options;
  private final ColumnProfile[] profiles;
  private final Set<String> taken = new HashSet<>();
  private final List<String> why = new ArrayList<>();

  private RoleDetector(RawTable table, ImportOptions options) {
    this.table = table;
    this.options = options;
    this.profiles = new ColumnProfile[table.columnCount()];
  }

  public static RoleDetection detect(RawTable table, ImportOptions options,
      RoleOverrides overrides) {
    return new RoleDetector(table, options).run(overrides);
  }

  private RoleDetection run(RoleOverrides o) {
    List<String> given = new ArrayList<>();
    given.addAll(o.formulaColumns());
    given.addAll(o.smilesColumns());
    given.addAll(o.descriptorColumns());
    for (String c : new String[] {o.target(), o.id(), o.group()}) {
      if (c != null) {
        given.add(c);
      }
    }
    for (String c : given) {
      if (table.columnIndex(c) < 0) {
        throw ImportMessages.noSuchColumn(table.fileName(), c, table.columnNames());
      }
    }
    taken.addAll(given);

    List<RepresentationColumn> reps = o.hasRepresentations() ? chosenRepresentations(o)
        : detectTextRepresentations();
    reps.forEach(r -> taken.add(r.column()));
    String id = o.id() != null ? chosen(o.id(), "id") : byName("id", "an identifier",
        ColumnNameHints.ID_WORDS);
    String group = o.group() != null ? chosen(o.group(), "group") : byName("group", "a group",
        ColumnNameHints.GROUP_WORDS);
    String target = o.target() != null ? chosen(o.target(), "target") : detectTarget();
    if (reps.isEmpty()) {
      reps = detectDescriptors();
    }
    return new RoleDetection(new ColumnRoles(reps, target, id, group), why);
  }

  private ColumnProfile profile(String column) {
    int i = table.columnIndex(column);
    if (profiles[i] == null) {
      profiles[i] = new ColumnProfile(table, i, options.decimalComma());
    }
    return profiles[i];
  }

  private String chosen(String column, String role) {
    why.add(ImportMessages.chosenAs(column, role));
    return column;
  }

  private List<RepresentationColumn> chosenRepresentations(RoleOverrides o) {
    List<RepresentationColumn> reps = new ArrayList<>();
    for (String c : o.formulaColumns()) {
      reps.add(new RepresentationColumn(c, RepresentationKind.FORMULA));
      why.add(ImportMessages.chosenAsFormula(c));
    }
    for (String c : o.smilesColumns()) {
      ColumnProfile p = profile(c);
      boolean polymer = p.starShare() >= 0.5;
      reps.add(new RepresentationColumn(c,
          polymer ? RepresentationKind.POLYMER_SMILES : RepresentationKind.SMILES));
      why.add(ImportMessages.chosenAsSmiles(c, polymer
          ? ImportMessages.polymerEvidence(ColumnProfile.percent(p.starShare()), p.sampled())
          : ""));
    }
    for (String c : o.descriptorColumns()) {
      reps.add(new RepresentationColumn(c, RepresentationKind.DESCRIPTORS));
    }
    if (!o.descriptorColumns().isEmpty()) {
      why.add(ImportMessages.chosenAsDescriptors(o.descriptorColumns()));
    }
    return reps;
  }

  /** A text column judged as formula or SMILES, with the evidence. */
  private record Candidate(ColumnProfile profile, RepresentationKind kind, double share,
      boolean named) {}

  private List<RepresentationColumn> detectTextRepresentations() {
    List<Candidate> candidates = new ArrayList<>();
    List<Candidate> idLike = new ArrayList<>();
    for (String column : table.columnNames()) {
      if (taken.contains(column)) {
        continue;
      }
      Candidate c = judge(profile(column));
      if (c != null) {
        (ColumnNameHints.isId(c.profile()) && !c.named() ? idLike : candidates).add(c);
      }
    }
    if (candidates.isEmpty()) {
      candidates = idLike; // e.g. formulas in a column called "name"
    }
    Comparator<Candidate> best = Comparator.comparing(Candidate::named).reversed()
        .thenComparing(Comparator.comparingDouble(Candidate::share).reversed())
        .thenComparingInt(c -> c.profile().index);
    candidates.sort(best);
    List<RepresentationColumn> reps = new ArrayList<>();
    if (candidates.isEmpty()) {
      return reps;
    }
    Candidate first = candidates.get(0);
    Candidate second = null;
    if (first.kind().isSmiles()) {
      // a second column of SMILES makes a pair (polymer + solvent, solvent + solute)
      for (Candidate c : candidates.subList(1, candidates.size())) {
        if (c.kind().isSmiles() || c.profile().smilesShare() >= CONTENT_THRESHOLD) {
          second = c.kind().isSmiles() ? c : asSmiles(c.profile(), c.named());
          break;
        }
      }
    }
    List<Candidate> chosen = new ArrayList<>(List.of(first));
    if (second != null) {
      chosen.add(second);
      chosen.sort(Comparator.comparingInt(c -> c.profile().index));
    }
    for (Candidate c : chosen) {
      reps.add(new RepresentationColumn(c.profile().name, c.kind()));
      why.add(explain(c));
    }
    return reps;
  }

  private @Nullable Candidate judge(ColumnProfile p) {
    if (p.sampled() == 0 || p.numericShare() >= 0.5) {
      return null;
    }
    boolean smilesName = ColumnNameHints.suggestsSmiles(p);
    boolean formulaName = ColumnNameHints.suggestsFormula(p);
    double f = p.formulaShare();
    if (smilesName && p.smilesShare() >= NAMED_THRESHOLD) {
      return asSmiles(p, true);
    }
    if (formulaName && f >= NAMED_THRESHOLD) {
      return new Candidate(p, RepresentationKind.FORMULA, f, true);
    }
    if (f >= CONTENT_THRESHOLD && p.starShare() == 0) {
      return new Candidate(p, RepresentationKind.FORMULA, f, false);
    }
    if (p.smilesShare() >= CONTENT_THRESHOLD) {
      return asSmiles(p, false);
    }
    return null;
  }

  private static Candidate asSmiles(ColumnProfile p, boolean named) {
    RepresentationKind kind = p.starShare() >= 0.5
        ? RepresentationKind.POLYMER_SMILES : RepresentationKind.SMILES;
    return new Candidate(p, kind, p.smilesShare(), named);
  }

  private static String explain(Candidate c) {
    ColumnProfile p = c.profile();
    String parsesAs = switch (c.kind()) {
      case FORMULA -> "chemical formulas";
      case SMILES -> "SMILES";
      case POLYMER_SMILES -> ImportMessages.polymerSmilesContent(
          ColumnProfile.percent(p.starShare()));
      case DESCRIPTORS -> "numbers";
    };
    return ImportMessages.detectedRepresentation(p.name, ColumnProfile.percent(c.share()),
        p.sampled(), parsesAs, c.named(), c.kind().label());
  }

  private @Nullable String byName(String role, String what, String... words) {
    for (String column : table.columnNames()) {
      if (!taken.contains(column) && profile(column).nameHas(words)) {
        taken.add(column);
        why.add(ImportMessages.nameSuggests(column, what, role));
        return column;
      }
    }
    return null;
  }

  private List<ColumnProfile> numericColumns() {
    List<ColumnProfile> numeric = new ArrayList<>();
    for (String column : table.columnNames()) {
      ColumnProfile p = profile(column);
      boolean numericEnough = p.numericShare() >= CONTENT_THRESHOLD
          || (p.numericShare() >= NAMED_THRESHOLD && ColumnNameHints.looksLikeProperty(p));
      if (!taken.contains(column) && p.sampled() > 0 && numericEnough) {
        numeric.add(p);
      }
    }
    return numeric;
  }

  private String detectTarget() {
    List<ColumnProfile> numeric = numericColumns();
    if (numeric.isEmpty()) {
      throw ImportMessages.noNumericColumn(table.fileName(), table.columnNames(),
          decimalCommaHint());
    }
    // an explicit target name wins; else the last property-like name; else the last number
    List<ColumnProfile> propertyLike = numeric.stream()
        .filter(ColumnNameHints::looksLikeProperty)
        .toList();
    ColumnProfile target = numeric.stream().filter(ColumnNameHints::isTarget).findFirst()
        .orElse(propertyLike.isEmpty() ? null : propertyLike.get(propertyLike.size() - 1));
    boolean named = target != null;
    if (target == null) {
      target = numeric.get(numeric.size() - 1);
    }
    taken.add(target.name);
    why.add(ImportMessages.detectedTarget(target.name,
        ColumnProfile.percent(target.numericShare()), target.sampled(), named,
        propertyLike.size()));
    return target.name;
  }

  /** " Column 'x' looks like numbers with a decimal comma ..." or "". */
  private String decimalCommaHint() {
    if (options.decimalComma()) {
      return "";
    }
    for (String column : table.columnNames()) {
      if (!taken.contains(column) && profile(column).decimalCommaShare() >= NAMED_THRESHOLD) {
        return ImportMessages.decimalCommaHint(column);
      }
    }
    return "";
  }

  private List<RepresentationColumn> detectDescriptors() {
    List<ColumnProfile> numeric = numericColumns();
    if (numeric.isEmpty()) {
      throw ImportMessages.noRepresentation(table.fileName(), table.columnNames());
    }
    List<RepresentationColumn> reps = new ArrayList<>();
    for (ColumnProfile p : numeric) {
      reps.add(new RepresentationColumn(p.name, RepresentationKind.DESCRIPTORS));
    }
    why.add(ImportMessages.detectedDescriptors(
        reps.stream().map(RepresentationColumn::column).toList()));
    return reps;
  }
}
