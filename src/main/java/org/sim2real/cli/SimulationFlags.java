package org.sim2real.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.data.DatasetImporter;
import org.sim2real.core.data.ImportOptions;
import org.sim2real.core.data.RoleOverrides;
import org.sim2real.core.io.InputEcho;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.SimulationSource;

/**
 * The simulation files of {@code run}: {@code --sim FILE} is the study's primary simulation, whose
 * curves keep the plain strategy names ("finetune") exactly as in a study of one source, so that
 * sources can join a finished study later; each {@code --sim NAME=FILE} adds a named source
 * (curves "finetune@NAME"); {@code --cost NAME=X,...} records a named source's cost per row.
 */
record SimulationFlags(@Nullable String primary, List<SimulationSource> sources) {
  private static final Pattern NAMED = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,39})=(.+)");

  /**
   * @param values the {@code --sim} values in their order
   * @param costs the {@code --cost} values (NAME=X), each naming a source of {@code values}
   * @param absolute make the named sources' paths absolute (they join a design file whose
   *     relative paths are read from the file's folder, not from the working directory)
   */
  static SimulationFlags parse(List<String> values, List<String> costs, ImportOptions options,
      boolean absolute) {
    String primary = null;
    Map<String, SimulationSource> sources = new LinkedHashMap<>();
    for (String value : values) {
      Matcher named = NAMED.matcher(value);
      // a file that exists is a file, even when its name has an '=' in it
      if (!named.matches() || Files.exists(Path.of(value))) {
        if (primary != null || !sources.isEmpty()) {
          throw new UserFacingException("--sim " + InputEcho.quote(value) + ": only the first --sim"
              + " may be a plain FILE (the primary simulation); name every further one, as"
              + " --sim NAME=FILE");
        }
        primary = value;
        continue;
      }
      String name = named.group(1);
      String path = absolute ? Path.of(named.group(2)).toAbsolutePath().toString() : named.group(2);
      if (sources.containsKey(name)) {
        throw new UserFacingException("--sim " + name + "=... is given twice; every source needs"
            + " its own name");
      }
      sources.put(name, new SimulationSource(name, new DatasetSpec(path, options, null), null,
          List.of()));
    }
    CostFlags.parse(costs, sources.keySet(), (cost, name) -> "--cost " + InputEcho.quote(cost)
        + ": no --sim " + InputEcho.quote(name) + "=FILE names that source"
        + (sources.isEmpty() ? "" : " (named: " + String.join(", ", sources.keySet()) + ")"))
        .forEach((name, cost) -> sources.put(name, sources.get(name).withCostPerRow(cost)));
    if (primary == null && !sources.isEmpty() && !absolute) {
      throw new UserFacingException("the first --sim is the primary simulation and takes no"
          + " name: its curves are 'finetune', as in a study of one source, so further sources"
          + " can join the study later. Write --sim FILE first, then --sim NAME=FILE for each"
          + " further source.");
    }
    return new SimulationFlags(primary, new ArrayList<>(sources.values()));
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
