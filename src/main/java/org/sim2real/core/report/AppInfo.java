package org.sim2real.core.report;

/** Application name and version, for reproducibility stamps and --version. */
public final class AppInfo {
  private AppInfo() {}

  /** The version from the jar manifest, or "dev" when running from classes. */
  public static String version() {
    String v = AppInfo.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
