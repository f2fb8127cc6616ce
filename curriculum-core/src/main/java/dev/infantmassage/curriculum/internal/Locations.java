package dev.infantmassage.curriculum.internal;

import static dev.infantmassage.curriculum.PropertyNames.nameOf;

import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.FiveWeekSchedule;
import dev.infantmassage.curriculum.validation.IssueLocation;

/** The locations of the curriculum's top-level parts. */
public final class Locations {
    public static final IssueLocation ROOT = IssueLocation.root();
    public static final IssueLocation SOURCES = ROOT.property(nameOf(Curriculum::getSources));
    public static final IssueLocation STROKES = ROOT.property(nameOf(Curriculum::getStrokes));
    public static final IssueLocation TECHNIQUES = ROOT.property(nameOf(Curriculum::getTechniques));
    public static final IssueLocation ROUTINES = ROOT.property(nameOf(Curriculum::getRoutines));
    public static final IssueLocation CUES = ROOT.property(nameOf(Curriculum::getCues));
    public static final IssueLocation CONTRAINDICATIONS = ROOT.property(nameOf(Curriculum::getContraindications));
    public static final IssueLocation OIL_POLICY = ROOT.property(nameOf(Curriculum::getOilPolicy));
    public static final IssueLocation WEEKS =
            ROOT.property(nameOf(Curriculum::getSchedule)).property(nameOf(FiveWeekSchedule::getWeeks));

    private Locations() {}
}
