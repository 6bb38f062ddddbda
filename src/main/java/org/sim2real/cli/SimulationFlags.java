package org.sim2real.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.RoleOverrides;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.SimulationSource;

/**
 * The simulation files of {@code run}: the first {@code --sim [NAME=]FILE} is the study's primary
 * simulation, whose curves keep the plain strategy names ("finetune") exactly as in a study of one
 * source, so that sources can join a finished study later; its name, if given, is a label
 * ({@link PrimarySource}) that changes no result. Each further {@code --sim NAME=FILE} adds a
 * named source (curves "finetune@NAME"); {@code --cost NAME=X,...} records a source's cost per
 * row, the primary's included.
 *
 * @param primary the primary simulation's file, or null (a design file gives it)
 * @param primaryName the primary's name, or null
 * @param costs every {@code --cost} by name (also applied to {@code sources} already), for costs of
 *     sources a design file names
 */
record SimulationFlags(@Nullable String primary, @Nullable String primaryName,
    List<SimulationSource> sources, Map<String, Double> costs) {
  private static final Pattern NAMED = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,39})=(.+)");

  /**
   * @param values the {@code --sim} values in their order
   * @param costs the {@code --cost} values (NAME=X), each naming a source of {@code values} or of
   *     {@code designNames}
   * @param designFile whether a design file gives the primary simulation: then every
   *     {@code --sim} is a further source, named, and its path is made absolute (it joins a design
   *     file whose relative paths are read from the file's folder, not from the working directory)
   * @param designNames the names of the design file's primary and sources, which {@code --cost}
   *     may price too (empty without a design file)
   */
  static SimulationFlags parse(List<String> values, List<String> costs, ImportOptions options,
      boolean designFile, Set<String> designNames) {
    String primary = null;
    String primaryName = null;
    Map<String, SimulationSource> sources = new LinkedHashMap<>();
    for (String value : values) {
      Matcher named = NAMED.matcher(value);
      // a file that exists is a file, even when its name has an '=' in it
      boolean plain = !named.matches() || Files.exists(Path.of(value));
      boolean first = primary == null && sources.isEmpty() && !designFile;
      if (first) {
        primary = plain ? value : named.group(2);
        primaryName = plain ? null : named.group(1);
        continue;
      }
      if (plain) {
        throw new UserFacingException("--sim " + InputEcho.quote(value) + ": " + (designFile
            ? "the design file gives the primary simulation; name every --sim, as --sim NAME=FILE"
            : "only the first --sim (the primary simulation) may be a plain FILE; name every"
                + " further one, as --sim NAME=FILE"));
      }
      String name = named.group(1);
      String path = designFile ? Path.of(named.group(2)).toAbsolutePath().toString()
          : named.group(2);
      if (sources.containsKey(name) || name.equals(primaryName) || designNames.contains(name)) {
        throw new UserFacingException("--sim " + name + "=... : the name " + name + " is given"
            + " twice" + (name.equals(primaryName) ? " (it names the primary simulation)"
                : designNames.contains(name) ? " (the design file names a source so)" : "")
            + "; every source needs its own name");
      }
      sources.put(name, new SimulationSource(name, new DatasetSpec(path, options, null), null,
          List.of()));
    }
    Set<String> names = new LinkedHashSet<>();
    if (primaryName != null) {
      names.add(primaryName);
    }
    names.addAll(designNames);
    names.addAll(sources.keySet());
    String hint = primaryName == null && !designFile
        ? "; to price the primary simulation, name it: --sim NAME=FILE first" : "";
    Map<String, Double> parsed = CostFlags.parse(costs, names, (cost, name) -> "--cost "
        + InputEcho.quote(cost) + ": no --sim names a source " + InputEcho.quote(name)
        + (names.isEmpty() ? "" : " (named: " + String.join(", ", names) + ")") + hint);
    parsed.forEach((name, cost) -> {
      if (sources.containsKey(name)) {
        sources.put(name, sources.get(name).withCostPerRow(cost));
      }
    });
    return new SimulationFlags(primary, primaryName, new ArrayList<>(sources.values()), parsed);
  }

  /** The primary's name and cost as the design keeps them, or null when it has no name. */
  @Nullable PrimarySource primarySource() {
    return primaryName == null ? null : new PrimarySource(primaryName, costs.get(primaryName));
  }

  /** The named sources, their roles fixed by explicit column flags as those of the other files. */
  List<SimulationSource> withRoles(ImportFlags flags) {
    RoleOverrides overrides = flags.overrides();
    if (!overrides.hasRepresentations() && overrides.target() == null) {
      return sources;
    }
    return sources.stream().map(source -> source.withDataset(source.dataset().withRoles(
        DatasetImporter.importFile(Path.of(source.dataset().path()), flags.options(), overrides)
            .roles().roles()))).toList();
  }
}
