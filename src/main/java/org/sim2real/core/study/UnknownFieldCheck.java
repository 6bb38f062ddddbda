package org.sim2real.core.study;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finds the first field of a JSON tree that the target record type does not have. Jackson binds
 * records through their constructor and only complains about unknown fields after a constructor
 * has already rejected the defaults of the field the user misspelt, so the real mistake ("repetitons")
 * would hide behind a misleading one ("repetitions must be at least 1"). Checking first fixes that.
 */
final class UnknownFieldCheck {
  /** One unknown field: its path and the names that were possible there. */
  record Finding(String path, Set<String> known) {}

  private final Map<Class<?>, Map<String, Class<?>>> kinds;

  /** @param kinds for each sealed interface, the record chosen by each "kind" name */
  UnknownFieldCheck(Map<Class<?>, Map<String, Class<?>>> kinds) {
    this.kinds = kinds;
  }

  @Nullable Finding find(JsonNode node, Type type, String path) {
    Class<?> raw = raw(type);
    if (raw == null) {
      return null;
    }
    if (node.isArray() && type instanceof ParameterizedType p && java.util.List.class.isAssignableFrom(raw)) {
      for (int i = 0; i < node.size(); i++) {
        Finding f = find(node.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]");
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    Map<String, Class<?>> variants = kinds.get(raw);
    boolean polymorphic = variants != null;
    if (polymorphic) {
      raw = variants.get(node.path("kind").asString(""));
      if (raw == null) {
        return null; // Jackson reports the unknown kind itself
      }
    }
    if (!raw.isRecord()) {
      return null;
    }
    Set<String> known = new TreeSet<>();
    for (RecordComponent c : raw.getRecordComponents()) {
      known.add(c.getName());
    }
    if (polymorphic) {
      known.add("kind");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      if (!known.contains(field.getKey())) {
        return new Finding(fieldPath, known);
      }
    }
    for (RecordComponent c : raw.getRecordComponents()) {
      JsonNode child = node.get(c.getName());
      if (child != null) {
        Finding f = find(child, c.getGenericType(), path.isEmpty() ? c.getName() : path + "." + c.getName());
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private static @Nullable Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}
