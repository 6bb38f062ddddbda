package org.sim2real.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The unit a target column's name announces, so that errors can carry it ("0.40 eV"): a unit in
 * brackets at the end ("band gap (eV)", "Eg [eV]", "E_f (eV/atom)") or as the last words of the
 * name ("band_gap_eV", "energy_kcal_mol", "e_form_ev_per_atom", "tg_K"). Only units from a fixed
 * list are recognised, each written the usual way; a name that announces none (or something
 * else in brackets, "gap (experimental)") gives none, and the numbers are then written bare.
 */
public final class TargetUnits {
  /** A known unit: the words it is written with in a column name, and how it is printed. */
  private record Unit(List<String> words, String printed) {}

  // longest first, so that "ev per atom" is found before "atom" could end a shorter match
  private static final List<Unit> UNITS = List.of(
      unit("eV/atom", "ev", "per", "atom"), unit("eV/atom", "ev", "atom"),
      unit("meV/atom", "mev", "per", "atom"), unit("meV/atom", "mev", "atom"),
      unit("kcal/mol", "kcal", "per", "mol"), unit("kcal/mol", "kcal", "mol"),
      unit("kJ/mol", "kj", "per", "mol"), unit("kJ/mol", "kj", "mol"),
      unit("S/cm", "s", "per", "cm"), unit("S/cm", "s", "cm"),
      unit("g/cm3", "g", "per", "cm3"), unit("g/cm3", "g", "cm3"),
      unit("eV", "ev"), unit("meV", "mev"), unit("Ha", "hartree"), unit("Ha", "ha"),
      unit("kcal", "kcal"), unit("kJ", "kj"), unit("GPa", "gpa"), unit("MPa", "mpa"),
      unit("K", "k"), unit("°C", "degc"), unit("°C", "celsius"), unit("nm", "nm"),
      unit("%", "percent"), unit("%", "pct"));

  private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^()\\[\\]]{1,30})[)\\]]\\s*$");

  private TargetUnits() {}

  private static Unit unit(String printed, String... words) {
    return new Unit(List.of(words), printed);
  }

  /** The unit the column name announces, e.g. "eV" for "band_gap_eV", or null for none. */
  public static @Nullable String of(@Nullable String columnName) {
    if (columnName == null || columnName.isBlank()) {
      return null;
    }
    String name = columnName.strip();
    Matcher bracket = BRACKETED.matcher(name);
    if (bracket.find()) {
      // a bracket says the whole unit: it must be one of the known ones, nothing more
      List<String> words = words(bracket.group(1));
      return UNITS.stream().filter(u -> u.words().equals(words)).map(Unit::printed).findFirst()
          .orElse(null);
    }
    List<String> words = words(name);
    for (Unit u : UNITS) {
      int size = u.words().size();
      // the unit ends the name and is not all of it ("k" alone is no unit, "tg_k" is)
      if (words.size() > size
          && words.subList(words.size() - size, words.size()).equals(u.words())) {
        return u.printed();
      }
    }
    return null;
  }

  /** "E_f (eV/atom)" -> [e, f, ev, per, atom]: "/" reads "per", "%" "percent", other signs separate. */
  private static List<String> words(String text) {
    String spaced = text.toLowerCase(Locale.ROOT).replace("/", " per ").replace("%", " percent ")
        .replace("°c", "degc").replace("³", "3");
    return Arrays.stream(spaced.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
  }
}
