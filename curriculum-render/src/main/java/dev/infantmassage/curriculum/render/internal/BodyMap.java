package dev.infantmassage.curriculum.render.internal;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body-map picture of a stroke: a baby lying on its back (front view, as the parent looks down) and
 * on its tummy (back view), its stroke's region highlighted, the regions the hands also touch shaded,
 * and arrows for the direction. Everything is computed from the stroke's region, contact regions and
 * direction, so a new stroke gets its picture without code.
 *
 * <p>The figure is drawn in a 250 by 215 user-unit box: the front view on the left, the back view on
 * the right. The baby's left is on the viewer's right in the front view.
 */
public final class BodyMap {
    /** Width and height of the figure's view box. */
    public static final int WIDTH = 250;

    public static final int HEIGHT = 215;

    private static final double FRONT_X = 5;
    private static final double BACK_X = 125;
    private static final double MIDLINE = 60;

    /** One drawn part of the body. {@code limb} parts are thick lines; {@code area} parts are filled paths. */
    public record Part(String d, boolean limb, double width, String state) {}

    /** One arrow: its path and its heads, as SVG polygon point lists. {@code dashed} marks a resting ring. */
    public record Arrow(String d, List<String> heads, boolean dashed) {}

    /** A small dot for a local press. */
    public record Dot(String cx, String cy) {}

    /** The picture: parts, arrows and dots, plus the texts of its {@code <title>} and {@code <desc>}. */
    public record Figure(
            List<Part> parts,
            List<Arrow> arrows,
            List<Dot> dots,
            String frontLabel,
            String backLabel,
            String title,
            String description) {
        public String viewBox() {
            return "0 0 " + WIDTH + " " + HEIGHT;
        }

        public String frontLabelX() {
            return number(FRONT_X + MIDLINE);
        }

        public String backLabelX() {
            return number(BACK_X + MIDLINE);
        }

        public String labelY() {
            return number(HEIGHT - 4);
        }
    }

    private record Point(double x, double y) {
        Point plus(double dx, double dy) {
            return new Point(x + dx, y + dy);
        }
    }

    private record Axis(Point proximal, Point distal) {}

    /** Where a region's arrows go: its axes (trunk to hand or foot, or head to toe), centre and local points. */
    private record Frame(List<Axis> axes, Point centre, double radius, List<Point> localPoints) {}

    private static final Map<BodyRegion, Frame> FRAMES = frames();

    private BodyMap() {}

    /**
     * The figure for a stroke of {@code region} moving in {@code direction}, with {@code contacts} shaded.
     *
     * @param title the accessible name, already in the page's language
     * @param description the accessible description, already in the page's language
     */
    public static Figure of(
            BodyRegion region,
            Set<BodyRegion> contacts,
            Direction direction,
            String frontLabel,
            String backLabel,
            String title,
            String description) {
        List<Part> parts = new ArrayList<>();
        addFront(parts, region, contacts);
        addBack(parts, region, contacts);
        List<Arrow> arrows = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        Frame frame = FRAMES.get(region);
        for (Axis axis : frame.axes()) {
            axisArrow(axis, direction, arrows);
        }
        regionArrows(frame, direction, arrows, dots);
        return new Figure(
                List.copyOf(parts), List.copyOf(arrows), List.copyOf(dots), frontLabel, backLabel, title, description);
    }

    private static void addFront(List<Part> parts, BodyRegion region, Set<BodyRegion> contacts) {
        double x = FRONT_X;
        String arms = state(BodyRegion.ARMS_AND_HANDS, region, contacts);
        String legs = state(BodyRegion.LEGS_AND_FEET, region, contacts);
        limbs(parts, x, arms, legs);
        parts.add(area(
                path(x, "M50,46 H70 Q82,46 82,58 V82 H38 V58 Q38,46 50,46 Z"),
                state(BodyRegion.CHEST, region, contacts)));
        parts.add(area(
                path(x, "M38,82 H82 V110 Q82,122 70,122 H50 Q38,122 38,110 Z"),
                state(BodyRegion.STOMACH, region, contacts)));
        parts.add(area(circle(x + MIDLINE, 26, 19), state(BodyRegion.FACE, region, contacts)));
    }

    private static void addBack(List<Part> parts, BodyRegion region, Set<BodyRegion> contacts) {
        double x = BACK_X;
        String arms = backLimbState(BodyRegion.ARMS_AND_HANDS, region, contacts);
        String legs = backLimbState(BodyRegion.LEGS_AND_FEET, region, contacts);
        limbs(parts, x, arms, legs);
        parts.add(area(
                path(x, "M50,46 H70 Q82,46 82,58 V112 H38 V58 Q38,46 50,46 Z"),
                state(BodyRegion.BACK, region, contacts)));
        parts.add(area(path(x, "M38,112 H82 V116 Q82,128 70,128 H50 Q38,128 38,116 Z"), legs));
        parts.add(area(circle(x + MIDLINE, 26, 19), region == BodyRegion.WHOLE_BODY ? "main" : "off"));
    }

    /** On the back view only the back is a main area; the limbs there are shaded when touched at all. */
    private static String backLimbState(BodyRegion limb, BodyRegion region, Set<BodyRegion> contacts) {
        String state = state(limb, region, contacts);
        return state.equals("main") && region != BodyRegion.WHOLE_BODY ? "contact" : state;
    }

    private static void limbs(List<Part> parts, double x, String arms, String legs) {
        parts.add(limb(x, 36, 52, 18, 106, 12, arms));
        parts.add(limb(x, 84, 52, 102, 106, 12, arms));
        parts.add(area(circle(x + 16, 113, 7), arms));
        parts.add(area(circle(x + 104, 113, 7), arms));
        parts.add(limb(x, 48, 116, 42, 178, 16, legs));
        parts.add(limb(x, 72, 116, 78, 178, 16, legs));
        parts.add(area(ellipse(x + 40, 188, 7, 9), legs));
        parts.add(area(ellipse(x + 80, 188, 7, 9), legs));
    }

    private static String state(BodyRegion part, BodyRegion region, Set<BodyRegion> contacts) {
        if (region == part || region == BodyRegion.WHOLE_BODY) {
            return "main";
        }
        if (region == BodyRegion.GENTLE_MOVEMENTS
                && (part == BodyRegion.ARMS_AND_HANDS || part == BodyRegion.LEGS_AND_FEET)) {
            return "main";
        }
        return contacts.contains(part) ? "contact" : "off";
    }

    private static void axisArrow(Axis axis, Direction direction, List<Arrow> arrows) {
        Point p = axis.proximal();
        Point q = axis.distal();
        switch (direction) {
            case AWAY_FROM_HEART -> arrows.add(straight(p, q));
            case TOWARD_HEART -> arrows.add(straight(q, p));
            case DOWNWARD -> arrows.add(q.y() >= p.y() ? straight(p, q) : straight(q, p));
            case PASSIVE_MOVEMENT -> arrows.add(swing(p, q));
            default -> {}
        }
    }

    private static void regionArrows(Frame frame, Direction direction, List<Arrow> arrows, List<Dot> dots) {
        Point c = frame.centre();
        double r = frame.radius();
        switch (direction) {
            case CLOCKWISE -> arrows.add(circling(c, r, true));
            case COUNTERCLOCKWISE -> arrows.add(circling(c, r, false));
            case OUTWARD_FROM_MIDLINE -> {
                arrows.add(straight(c.plus(-2, 0), c.plus(-r - 6, 0)));
                arrows.add(straight(c.plus(2, 0), c.plus(r + 6, 0)));
            }
            case DIAGONAL -> {
                arrows.add(straight(c.plus(-r, r * 0.7), c.plus(r, -r * 0.7)));
                arrows.add(straight(c.plus(r, r * 0.7), c.plus(-r, -r * 0.7)));
            }
            case STATIC -> arrows.add(new Arrow(circle(c.x(), c.y(), r + 4), List.of(), true));
            case CIRCULAR_LOCAL -> frame.localPoints().forEach(point -> arrows.add(circling(point, 4.5, true)));
            case LOCAL ->
                frame.localPoints().forEach(point -> {
                    dots.add(dot(point.plus(-2.5, 1.5)));
                    dots.add(dot(point.plus(2.5, 1.5)));
                    dots.add(dot(point.plus(0, -2.5)));
                });
            case PASSIVE_MOVEMENT -> {
                if (frame.axes().isEmpty()) {
                    arrows.add(swing(c.plus(0, r + 30), c.plus(0, r - 2)));
                }
            }
            default -> {}
        }
    }

    private static Frame frame(List<Axis> axes, Point centre, double radius, List<Point> localPoints) {
        return new Frame(axes, centre, radius, localPoints);
    }

    private static Map<BodyRegion, Frame> frames() {
        double f = FRONT_X;
        double b = BACK_X;
        List<Axis> legs = List.of(axis(f + 48, 124, f + 42, 178), axis(f + 72, 124, f + 78, 178));
        List<Axis> arms = List.of(axis(f + 34, 58, f + 18, 104), axis(f + 86, 58, f + 102, 104));
        Map<BodyRegion, Frame> frames = new EnumMap<>(BodyRegion.class);
        frames.put(
                BodyRegion.LEGS_AND_FEET,
                frame(legs, new Point(f + MIDLINE, 150), 18, List.of(new Point(f + 40, 189), new Point(f + 80, 189))));
        frames.put(
                BodyRegion.ARMS_AND_HANDS,
                frame(arms, new Point(f + MIDLINE, 80), 30, List.of(new Point(f + 16, 113), new Point(f + 104, 113))));
        frames.put(
                BodyRegion.STOMACH,
                frame(
                        List.of(axis(f + MIDLINE, 88, f + MIDLINE, 116)),
                        new Point(f + MIDLINE, 102),
                        11,
                        List.of(new Point(f + MIDLINE, 102))));
        frames.put(
                BodyRegion.CHEST,
                frame(
                        List.of(axis(f + MIDLINE, 50, f + MIDLINE, 80)),
                        new Point(f + MIDLINE, 65),
                        13,
                        List.of(new Point(f + MIDLINE, 65))));
        frames.put(
                BodyRegion.FACE,
                frame(
                        List.of(axis(f + MIDLINE, 12, f + MIDLINE, 40)),
                        new Point(f + MIDLINE, 28),
                        8,
                        List.of(new Point(f + 50, 31), new Point(f + 70, 31))));
        frames.put(
                BodyRegion.BACK,
                frame(
                        List.of(axis(b + 52, 52, b + 52, 110), axis(b + 68, 52, b + 68, 110)),
                        new Point(b + MIDLINE, 80),
                        14,
                        List.of(new Point(b + 50, 70), new Point(b + 70, 70))));
        List<Axis> limbs = new ArrayList<>(arms);
        limbs.addAll(legs);
        frames.put(
                BodyRegion.GENTLE_MOVEMENTS,
                frame(
                        List.copyOf(limbs),
                        new Point(f + MIDLINE, 100),
                        20,
                        List.of(
                                new Point(f + 16, 113),
                                new Point(f + 104, 113),
                                new Point(f + 40, 189),
                                new Point(f + 80, 189))));
        frames.put(
                BodyRegion.WHOLE_BODY,
                frame(List.of(), new Point(f + MIDLINE, 84), 26, List.of(new Point(f + MIDLINE, 84))));
        return frames;
    }

    private static Axis axis(double x1, double y1, double x2, double y2) {
        return new Axis(new Point(x1, y1), new Point(x2, y2));
    }

    private static Arrow straight(Point from, Point to) {
        double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
        double ux = (to.x() - from.x()) / length;
        double uy = (to.y() - from.y()) / length;
        Point start = from.plus(ux * 2, uy * 2);
        Point tip = to.plus(-ux * 2, -uy * 2);
        return new Arrow("M" + xy(start) + " L" + xy(tip), List.of(head(tip, ux, uy)), false);
    }

    /** A clockwise (as seen) or counterclockwise arc of 300 degrees around {@code c}. */
    private static Arrow circling(Point c, double r, boolean clockwise) {
        double start = Math.toRadians(-60);
        double end = start + Math.toRadians(clockwise ? 300 : -300);
        Point from = c.plus(r * Math.cos(start), r * Math.sin(start));
        Point tip = c.plus(r * Math.cos(end), r * Math.sin(end));
        double ux = clockwise ? -Math.sin(end) : Math.sin(end);
        double uy = clockwise ? Math.cos(end) : -Math.cos(end);
        String d = "M" + xy(from) + " A" + number(r) + "," + number(r) + " 0 1 " + (clockwise ? 1 : 0) + " " + xy(tip);
        return new Arrow(d, List.of(head(tip, ux, uy)), false);
    }

    /** A bowed, two-headed arrow beside a limb: the parent moves it both ways. */
    private static Arrow swing(Point p, Point q) {
        double length = Math.hypot(q.x() - p.x(), q.y() - p.y());
        double ux = (q.x() - p.x()) / length;
        double uy = (q.y() - p.y()) / length;
        double side = (p.x() + q.x()) / 2 < sideMidline(p) ? -1 : 1;
        double nx = -uy;
        double ny = ux;
        if (nx * side < 0) {
            nx = -nx;
            ny = -ny;
        }
        Point a = p.plus(nx * 9 + ux * 8, ny * 9 + uy * 8);
        Point b = q.plus(nx * 9 - ux * 8, ny * 9 - uy * 8);
        Point control = new Point((a.x() + b.x()) / 2 + nx * 10, (a.y() + b.y()) / 2 + ny * 10);
        String d = "M" + xy(a) + " Q" + xy(control) + " " + xy(b);
        double ex = b.x() - control.x();
        double ey = b.y() - control.y();
        double el = Math.hypot(ex, ey);
        double sx = a.x() - control.x();
        double sy = a.y() - control.y();
        double sl = Math.hypot(sx, sy);
        return new Arrow(d, List.of(head(b, ex / el, ey / el), head(a, sx / sl, sy / sl)), false);
    }

    private static double sideMidline(Point p) {
        return p.x() < BACK_X ? FRONT_X + MIDLINE : BACK_X + MIDLINE;
    }

    private static String head(Point tip, double ux, double uy) {
        Point left = tip.plus(-ux * 6 - uy * 3.5, -uy * 6 + ux * 3.5);
        Point right = tip.plus(-ux * 6 + uy * 3.5, -uy * 6 - ux * 3.5);
        return xy(tip) + " " + xy(left) + " " + xy(right);
    }

    private static Dot dot(Point point) {
        return new Dot(number(point.x()), number(point.y()));
    }

    private static Part limb(double x, double x1, double y1, double x2, double y2, double width, String state) {
        return new Part(
                "M" + number(x + x1) + "," + number(y1) + " L" + number(x + x2) + "," + number(y2), true, width, state);
    }

    private static Part area(String d, String state) {
        return new Part(d, false, 0, state);
    }

    /** {@code d} moved right by {@code dx}: every x coordinate of its absolute M, H, V, Q and L commands. */
    private static String path(double dx, String d) {
        StringBuilder out = new StringBuilder();
        char command = 'M';
        for (String token : d.split(" ")) {
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                token = token.substring(1);
                out.append(out.length() == 0 ? "" : " ").append(command);
            } else {
                out.append(' ');
            }
            if (token.isEmpty()) {
                continue;
            }
            if (command == 'H') {
                out.append(number(Double.parseDouble(token) + dx));
            } else if (command == 'V') {
                out.append(token);
            } else {
                String[] pair = token.split(",");
                out.append(number(Double.parseDouble(pair[0]) + dx)).append(',').append(pair[1]);
            }
        }
        return out.toString();
    }

    private static String circle(double cx, double cy, double r) {
        return ellipse(cx, cy, r, r);
    }

    private static String ellipse(double cx, double cy, double rx, double ry) {
        return "M" + number(cx - rx) + "," + number(cy) + " A" + number(rx) + "," + number(ry) + " 0 1 0 "
                + number(cx + rx) + "," + number(cy) + " A" + number(rx) + "," + number(ry) + " 0 1 0 "
                + number(cx - rx) + "," + number(cy) + " Z";
    }

    private static String xy(Point point) {
        return number(point.x()) + "," + number(point.y());
    }

    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
