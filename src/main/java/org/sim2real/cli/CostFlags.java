package org.sim2real.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;

/** The {@code --cost NAME=X,...} values of {@code run} and {@code compare}: a cost per row. */
final class CostFlags {
  private static final Pattern NAMED = Pattern.compile("([^=]+)=(.*)");

  private CostFlags() {}

  /**
   * Each value's positive, finite cost per row by source name, in the order given.
   *
   * @param names the sources the command knows
   * @param unknown the message for a value (first argument) whose name (second) is not among them
   * @throws UserFacingException for a value that is not NAME=X, an unknown name or a cost that is
   *     not a positive number
   */
  static Map<String, Double> parse(List<String> values, Set<String> names,
      BiFunction<String, String, String> unknown) {
    Map<String, Double> costs = new LinkedHashMap<>();
    for (String value : values) {
      Matcher named = NAMED.matcher(value.strip());
      if (!named.matches()) {
        throw new UserFacingException("--cost " + InputEcho.quote(value) + ": write NAME=COST,"
            + " e.g. --cost oqmd=0.05");
      }
      String name = named.group(1).strip();
      if (!names.contains(name)) {
        throw new UserFacingException(unknown.apply(value, name));
      }
      double cost;
      try {
        cost = Double.parseDouble(named.group(2).strip());
      } catch (NumberFormatException e) {
        cost = Double.NaN;
      }
      if (!(cost > 0) || Double.isInfinite(cost)) {
        throw new UserFacingException("--cost " + InputEcho.quote(value) + ": the cost per row"
            + " must be a positive number");
      }
      costs.put(name, cost);
    }
    return costs;
  }
}
