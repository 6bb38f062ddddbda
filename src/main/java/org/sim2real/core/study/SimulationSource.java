package org.sim2real.core.study;

import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;

/**
 * A further simulation database of a study besides its primary {@code simulation}: its cells
 * pretrain on its own nested subsets and carry the strategy "finetune@name"
 * ({@link StrategyIds#withSource}); they share the experimental rows, the m values, the
 * repetitions and the scratch baseline with the primary source, so the curves compare cell by
 * cell.
 *
 * @param name short name ("oqmd"): letters, digits, '-' and '_', starting with a letter
 * @param dataset the simulation file, read and featurized like the primary one
 * @param costPerRow what one simulation row of this source costs (any unit, for budgets), or null;
 *     it does not change results
 * @param sizes this source's n values; empty means the design's sizes up to this source's
 *     usable rows, resolved when the study is planned
 */
public record SimulationSource(String name, DatasetSpec dataset, @Nullable Double costPerRow,
    List<Integer> sizes) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

  @SuppressWarnings("ConstantConditions") // Jackson passes null for missing fields
  public SimulationSource {
    requireName(name, "sources");
    if (dataset == null) {
      throw new UserFacingException("sources: " + name + " has no dataset");
    }
    if (costPerRow != null && !(costPerRow > 0 && Double.isFinite(costPerRow))) {
      throw new UserFacingException("sources: the cost per row of " + name
          + " must be a positive number, got " + costPerRow);
    }
    TreeSet<Integer> sorted = new TreeSet<>();
    for (Integer n : sizes == null ? List.<Integer>of() : sizes) {
      if (n == null || n < 1) {
        throw new UserFacingException("sources: every size n of " + name
            + " must be a positive whole number, got " + n);
      }
      sorted.add(n);
    }
    sizes = List.copyOf(sorted);
  }

  /** Whether {@code name} can name a source: a letter, then letters, digits, '-' or '_'. */
  public static boolean isValidName(@Nullable String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /**
   * Whether a source with columns {@code roles} can be featurized like the primary simulation
   * with {@code primary}: the same kinds of representation columns in the same order (descriptor
   * tables: the same column names).
   */
  public static boolean fitsPrimary(ColumnRoles roles, ColumnRoles primary) {
    boolean fits = roles.isDescriptors() == primary.isDescriptors()
        && roles.representations().size() == primary.representations().size();
    for (int i = 0; fits && i < roles.representations().size(); i++) {
      fits = roles.kind(i) == primary.kind(i);
    }
    if (fits && roles.isDescriptors()) {
      fits = new HashSet<>(roles.representationColumns())
          .equals(new HashSet<>(primary.representationColumns()));
    }
    return fits;
  }

  /**
   * Refuses a name that is not a source name ({@code field} starts the message: "sources").
   * The name also ends strategy names ("finetune@oqmd"), hence the short alphabet.
   */
  static void requireName(@Nullable String name, String field) {
    if (!isValidName(name)) {
      throw new UserFacingException(field + ": the name " + InputEcho.quote(String.valueOf(name))
          + " is not a source name; use a letter followed by letters, digits, '-' or '_'"
          + " (at most 40), e.g. oqmd");
    }
  }

  /**
   * The sizes of a source that gives none of its own: the design's up to its {@code rows} usable
   * rows, and {@code rows} itself when some are larger (the planner's rule, which the Study step
   * counts by too).
   */
  public static List<Integer> sizesUpTo(List<Integer> designSizes, int rows) {
    TreeSet<Integer> kept = new TreeSet<>();
    designSizes.stream().filter(n -> n <= rows).forEach(kept::add);
    if (designSizes.stream().anyMatch(n -> n > rows)) {
      kept.add(rows);
    }
    return List.copyOf(kept);
  }

  public static SimulationSource of(String name, String path) {
    return new SimulationSource(name, DatasetSpec.of(path), null, List.of());
  }

  public SimulationSource withDataset(DatasetSpec value) {
    return new SimulationSource(name, value, costPerRow, sizes);
  }

  public SimulationSource withSizes(List<Integer> value) {
    return new SimulationSource(name, dataset, costPerRow, value);
  }

  public SimulationSource withCostPerRow(@Nullable Double value) {
    return new SimulationSource(name, dataset, value, sizes);
  }
}
