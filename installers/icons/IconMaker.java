import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the application icon (a scaling curve falling on log-log axes towards its floor) and
 * writes it in the three formats jpackage wants: PNG (Linux), ICO (Windows) and ICNS (macOS).
 *
 * <p>Run from the repository root with a JDK (no build needed):
 * {@code java installers/icons/IconMaker.java installers/icons}. The output is committed, so the
 * build never runs this; rerun it only to change the design. Every size is drawn directly rather
 * than scaled down, so the small sizes stay crisp, and the tiny ones leave out detail.
 *
 * <p>The PNG also goes to installers/linux/: when jpackage packages an existing app-image as .deb
 * or .rpm it ignores --icon and takes the menu icon from its resource directory only.
 */
public final class IconMaker {
  private static final String NAME = "sim2real-workbench";
  private static final Color TOP = new Color(0x1B3A5C);
  private static final Color BOTTOM = new Color(0x2F6FA8);
  private static final Color AXES = new Color(0xF4F7FB);
  private static final Color CURVE = new Color(0xFFB000);
  private static final Color FLOOR = new Color(0xF4F7FB, true);

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(dir);
    Map<Integer, byte[]> png = new LinkedHashMap<>();
    for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024)) {
      png.put(size, encode(draw(size)));
    }
    Files.write(dir.resolve(NAME + ".png"), png.get(256));
    Path linuxResources = dir.resolveSibling("linux");
    if (Files.isDirectory(linuxResources)) {
      Files.write(linuxResources.resolve(NAME + ".png"), png.get(256));
    }
    Files.write(dir.resolve(NAME + ".ico"), ico(png, List.of(16, 24, 32, 48, 64, 128, 256)));
    Files.write(dir.resolve(NAME + ".icns"), icns(png));
    System.out.println("icons written to " + dir.toAbsolutePath());
  }

  /** The icon at one size: everything is laid out in units of the edge length. */
  static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    double s = size;
    boolean tiny = size <= 32;

    // macOS and Windows show icons without a frame, so the tile keeps a small transparent margin
    double margin = s * 0.04;
    g.setPaint(new GradientPaint(0, 0, TOP, 0, (float) s, BOTTOM));
    g.fill(new RoundRectangle2D.Double(margin, margin, s - 2 * margin, s - 2 * margin,
        s * 0.22, s * 0.22));

    double left = s * 0.22;
    double right = s * 0.82;
    double top = s * 0.18;
    double bottom = s * 0.78;
    float axisWidth = (float) Math.max(1.0, s * (tiny ? 0.06 : 0.045));
    g.setColor(AXES);
    g.setStroke(new BasicStroke(axisWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Line2D.Double(left, top, left, bottom));
    g.draw(new Line2D.Double(left, bottom, right, bottom));

    // E(n) = D n^-alpha + C drawn in log-log coordinates: a straight fall that bends onto the floor
    double floorY = s * 0.64;
    if (!tiny) {
      float dash = (float) (s * 0.035);
      g.setColor(new Color(FLOOR.getRed(), FLOOR.getGreen(), FLOOR.getBlue(), 150));
      g.setStroke(new BasicStroke((float) Math.max(1.0, s * 0.018), BasicStroke.CAP_BUTT,
          BasicStroke.JOIN_MITER, 10f, new float[] {dash, dash * 0.8f}, 0f));
      g.draw(new Line2D.Double(left + s * 0.05, floorY, right, floorY));
    }
    Path2D.Double curve = new Path2D.Double();
    int steps = 80;
    double[] xs = new double[steps + 1];
    double[] ys = new double[steps + 1];
    for (int i = 0; i <= steps; i++) {
      double logN = 4.0 * i / steps; // four decades of simulation data
      double error = 2.0 * Math.pow(10, -0.55 * logN) + 0.12;
      double logE = Math.log10(error);
      double x = left + s * 0.07 + (right - left - s * 0.09) * i / steps;
      double y = floorY + (Math.log10(0.12) - logE) / (Math.log10(2.12) - Math.log10(0.12))
          * (floorY - (top + s * 0.03));
      xs[i] = x;
      ys[i] = y;
      if (i == 0) {
        curve.moveTo(x, y);
      } else {
        curve.lineTo(x, y);
      }
    }
    g.setColor(CURVE);
    g.setStroke(new BasicStroke((float) Math.max(1.5, s * (tiny ? 0.085 : 0.06)),
        BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(curve);

    if (!tiny) {
      // measured points scattered a little around the fit, as in a real study
      double r = s * 0.028;
      int[] at = {8, 28, 52, 76};
      double[] jitter = {0.022, -0.018, 0.014, -0.010};
      for (int k = 0; k < at.length; k++) {
        double cx = xs[at[k]];
        double cy = ys[at[k]] + s * jitter[k];
        g.setColor(TOP);
        g.fill(new Ellipse2D.Double(cx - r * 1.45, cy - r * 1.45, r * 2.9, r * 2.9));
        g.setColor(AXES);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
      }
    }
    g.dispose();
    return image;
  }

  static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** ICO with PNG-compressed entries (read by Windows since Vista and by jpackage's launcher). */
  static byte[] ico(Map<Integer, byte[]> png, List<Integer> sizes) {
    int headerBytes = 6 + 16 * sizes.size();
    int total = headerBytes + sizes.stream().mapToInt(z -> png.get(z).length).sum();
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
    int offset = headerBytes;
    for (int size : sizes) {
      byte[] data = png.get(size);
      b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
      b.put((byte) 0).put((byte) 0); // no palette, reserved
      b.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
      b.putInt(data.length).putInt(offset);
      offset += data.length;
    }
    for (int size : sizes) {
      b.put(png.get(size));
    }
    return b.array();
  }

  /** ICNS with PNG entries; the type codes name pixel size and Retina scale. */
  static byte[] icns(Map<Integer, byte[]> png) throws IOException {
    Map<String, Integer> types = new LinkedHashMap<>();
    types.put("icp4", 16);
    types.put("icp5", 32);
    types.put("icp6", 64);
    types.put("ic07", 128);
    types.put("ic08", 256);
    types.put("ic09", 512);
    types.put("ic10", 1024);
    types.put("ic11", 32);
    types.put("ic12", 64);
    types.put("ic13", 256);
    types.put("ic14", 512);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(body);
    for (Map.Entry<String, Integer> e : types.entrySet()) {
      byte[] data = png.get(e.getValue());
      out.writeBytes(e.getKey());
      out.writeInt(8 + data.length);
      out.write(data);
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(file);
    header.writeBytes("icns");
    header.writeInt(8 + body.size());
    header.write(body.toByteArray());
    return file.toByteArray();
  }
}
