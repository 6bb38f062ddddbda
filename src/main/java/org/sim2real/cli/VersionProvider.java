package org.sim2real.cli;

import org.sim2real.core.report.AppInfo;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "Sim2Real Scaling Workbench " + AppInfo.version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
      "Licence: GPL-3.0-or-later"
    };
  }
}
