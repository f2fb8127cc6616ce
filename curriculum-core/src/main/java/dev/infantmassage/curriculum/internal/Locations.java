package dev.infantmassage.curriculum.internal;

import dev.infantmassage.curriculum.validation.IssueLocation;

/** The locations of the curriculum's top-level parts; JSON names equal accessor names without {@code get}. */
public final class Locations {
    public static final IssueLocation ROOT = IssueLocation.root();
    public static final IssueLocation SOURCES = ROOT.property("sources");
    public static final IssueLocation STROKES = ROOT.property("strokes");
    public static final IssueLocation TECHNIQUES = ROOT.property("techniques");
    public static final IssueLocation ROUTINES = ROOT.property("routines");
    public static final IssueLocation CUES = ROOT.property("cues");
    public static final IssueLocation CONTRAINDICATIONS = ROOT.property("contraindications");
    public static final IssueLocation OIL_POLICY = ROOT.property("oilPolicy");
    public static final IssueLocation WEEKS = ROOT.property("schedule").property("weeks");

    private Locations() {}
}
