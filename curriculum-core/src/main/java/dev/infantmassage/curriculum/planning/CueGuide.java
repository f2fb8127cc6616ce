package dev.infantmassage.curriculum.planning;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.validation.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recommends what to do when the baby shows one or several cues during a session, following the
 * engagement and disengagement cues of Kathryn Barnard's research:
 * <ul>
 *   <li>engagement cues only: continue;</li>
 *   <li>one subtle disengagement cue: pause or adapt (slow down, resting hands, another region);</li>
 *   <li>several disengagement cues together, or any potent one: stop and comfort;</li>
 *   <li>engagement and disengagement together: the disengagement rule wins;</li>
 *   <li>a serious sign (pauses in breathing, a change of colour, choking, a slowing heart rate in a
 *       premature baby: cues whose own response is {@link CueResponse#STOP_AND_GET_HELP}): stop now and
 *       get help, whatever else is seen;</li>
 *   <li>a cue the curriculum's catalogue does not have gets the most conservative answer, stop now and
 *       get help, since it may be a serious sign, with a "did you mean" for identifiers that differ only a
 *       little (or only in case) from the catalogue's.</li>
 * </ul>
 * When the curriculum gives a cue a stronger response of its own, that response wins: the guide
 * only ever moves towards stopping.
 *
 * <pre>{@code
 * CueAdvice advice = CueGuide.of(curriculum).advise("yawning", "looking-away");
 * // advice.getResponse() == CueResponse.STOP_AND_COMFORT
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CueGuide {
    private final Curriculum curriculum;

    private CueGuide(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /** A guide that reads cue identifiers from {@code curriculum}'s cue catalogue. */
    public static CueGuide of(Curriculum curriculum) {
        return new CueGuide(requireNonNull(curriculum, "curriculum"));
    }

    /** Advice for the cues with these identifiers, seen together. */
    public CueAdvice advise(String... cueIds) {
        return advise(Arrays.asList(cueIds));
    }

    /** Advice for the cues with these identifiers, seen together; repeated identifiers count once. */
    public CueAdvice advise(Collection<String> cueIds) {
        requireNonNull(cueIds, "cueIds");
        List<CueSignal> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : new LinkedHashSet<>(cueIds)) {
            Optional<CueSignal> cue = curriculum.cue(requireNonNull(id, "cueId"));
            if (cue.isPresent()) {
                known.add(cue.get());
            } else {
                unknown.add(id);
            }
        }
        return decide(known, unknown);
    }

    /** Advice for these cues, seen together, whether or not they are in the curriculum's catalogue. */
    public CueAdvice adviseSignals(Collection<CueSignal> cues) {
        requireNonNull(cues, "cues");
        return decide(List.copyOf(new LinkedHashSet<>(cues)), List.of());
    }

    private CueAdvice decide(List<CueSignal> cues, List<String> unknown) {
        List<CueSignal> engagement = cues.stream().filter(cue -> cue.getPolarity() == CuePolarity.ENGAGEMENT).toList();
        List<CueSignal> disengagement = cues.stream().filter(cue -> cue.getPolarity() == CuePolarity.DISENGAGEMENT).toList();
        List<CueSignal> potent = disengagement.stream().filter(cue -> cue.getIntensity() == CueIntensity.POTENT).toList();
        int signsOfNo = disengagement.size();
        String mixedText = engagement.isEmpty() || signsOfNo == 0 ? ""
                : " The engagement cues (" + names(engagement) + ") do not outweigh the disengagement cues.";
        if (!unknown.isEmpty()) {
            List<String> ids = curriculum.getCues().stream().map(CueSignal::getId).toList();
            StringBuilder explanation = new StringBuilder("The cue '" + String.join("', '", unknown)
                    + "' is not in this curriculum's catalogue, so it is treated as a possible serious sign: " + HELP);
            Map<String, List<String>> suggestions = new LinkedHashMap<>();
            for (String id : unknown) {
                List<String> closest = Suggestions.closest(id, ids);
                if (!closest.isEmpty()) {
                    suggestions.put(id, closest);
                    explanation.append(" For '").append(id).append("':").append(Suggestions.didYouMean(closest));
                }
            }
            return CueAdvice.builder().response(CueResponse.STOP_AND_GET_HELP).unknownCues(unknown)
                    .suggestions(suggestions).explanation(explanation.toString()).build();
        }
        String unknownText = "";

        CueResponse response;
        List<CueSignal> driving;
        String explanation;
        if (!potent.isEmpty()) {
            response = CueResponse.STOP_AND_COMFORT;
            driving = potent;
            explanation = "A potent disengagement cue (" + names(potent) + "): " + STOP + mixedText + unknownText;
        } else if (signsOfNo >= 2) {
            response = CueResponse.STOP_AND_COMFORT;
            driving = disengagement;
            explanation = "Several disengagement cues together (" + names(disengagement, unknown) + "): " + STOP
                    + mixedText + unknownText;
        } else if (signsOfNo == 1) {
            response = CueResponse.PAUSE_OR_ADAPT;
            driving = disengagement;
            explanation = (disengagement.isEmpty() ? "An unknown cue: " : "One subtle disengagement cue ("
                    + names(disengagement) + "): ") + PAUSE + mixedText + unknownText;
        } else if (!engagement.isEmpty()) {
            response = CueResponse.CONTINUE;
            driving = engagement;
            explanation = "Engagement cues (" + names(engagement) + "): " + CONTINUE;
        } else {
            response = CueResponse.CONTINUE;
            driving = List.of();
            explanation = "No cue seen: carry on gently and keep watching the baby's cues.";
        }

        List<CueSignal> stronger = cues.stream().filter(cue -> cue.getResponse().compareTo(response) > 0).toList();
        if (!stronger.isEmpty()) {
            CueResponse strongest = stronger.stream().map(CueSignal::getResponse).max(Enum::compareTo).orElseThrow();
            List<CueSignal> deciding = stronger.stream().filter(cue -> cue.getResponse() == strongest).toList();
            return CueAdvice.builder().response(strongest).drivingCues(deciding).unknownCues(unknown)
                    .explanation(strongest == CueResponse.STOP_AND_GET_HELP
                            ? "A serious sign (" + names(deciding) + "): " + HELP
                            : "The curriculum asks to " + strongest.code().replace('-', ' ') + " on seeing "
                                    + names(deciding) + ": " + (strongest == CueResponse.STOP_AND_COMFORT ? STOP : PAUSE)
                                    + unknownText)
                    .build();
        }
        return CueAdvice.builder().response(response).drivingCues(driving).unknownCues(unknown)
                .explanation(explanation + guidance(driving, response)).build();
    }

    private static final String HELP = "stop now and get help. Watch the baby's breathing and colour; if the"
            + " baby does not recover at once, call emergency services, and tell a health professional even if it passes.";
    private static final String CONTINUE = "continue; keep eye contact, talk and sing.";
    private static final String PAUSE = "pause or adapt; slow down, go back to resting hands, or switch to another"
            + " region, and watch for more cues.";
    private static final String STOP = "stop and comfort; pick the baby up, cuddle, say thank you, meet the likely"
            + " need and try again later. Never insist.";

    /** The curriculum's guidance for the first driving cue whose own response is the one given, if any. */
    private String guidance(List<CueSignal> driving, CueResponse response) {
        String language = curriculum.getDefaultLanguage();
        return driving.stream()
                .filter(cue -> cue.getResponse() == response)
                .map(cue -> cue.getGuidance().map(text -> text.resolve(language, language)))
                .flatMap(Optional::stream)
                .filter(text -> !text.isBlank())
                .findFirst()
                .map(text -> " " + text)
                .orElse("");
    }

    private String names(List<CueSignal> cues) {
        String language = curriculum.getDefaultLanguage();
        return cues.stream().map(cue -> cue.getName().isEmpty() ? cue.getId() : cue.getName().resolve(language, language))
                .collect(Collectors.joining(", "));
    }

    private String names(List<CueSignal> cues, List<String> unknown) {
        List<String> all = new ArrayList<>();
        if (!cues.isEmpty()) {
            all.add(names(cues));
        }
        unknown.forEach(id -> all.add("'" + id + "'"));
        return String.join(", ", all);
    }
}
