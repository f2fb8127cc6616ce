package dev.infantmassage.curriculum.planning;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.CueIntensity;
import dev.infantmassage.curriculum.CuePolarity;
import dev.infantmassage.curriculum.CueResponse;
import dev.infantmassage.curriculum.CueSignal;
import dev.infantmassage.curriculum.Curriculum;
import dev.infantmassage.curriculum.LocalizedText;
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
 *
 * @since 0.1.0
 */
public final class CueGuide {
    private final Curriculum curriculum;
    private final String language;
    private final Messages messages;

    private CueGuide(Curriculum curriculum, String language) {
        this.curriculum = curriculum;
        this.language = language;
        this.messages = Messages.of(language, java.time.ZoneOffset.UTC);
    }

    /**
     * {@return a guide that reads cue identifiers from {@code curriculum}'s cue catalogue and answers in its default
     * language}
     *
     * @param curriculum the curriculum whose cue catalogue the guide reads
     */
    public static CueGuide of(Curriculum curriculum) {
        return new CueGuide(requireNonNull(curriculum, "curriculum"), curriculum.getDefaultLanguage());
    }

    /**
     * {@return a guide that answers in {@code language} (a BCP 47 tag such as {@code "es"}): its own sentences in
     * English or Spanish (English for other languages), the curriculum's texts in that language where it
     * has them and in its default language otherwise}
     *
     * @param curriculum the curriculum whose cue catalogue the guide reads
     * @param language the BCP 47 tag of the language to answer in
     */
    public static CueGuide of(Curriculum curriculum, String language) {
        return new CueGuide(requireNonNull(curriculum, "curriculum"), requireNonNull(language, "language"));
    }

    /**
     * {@return advice for the cues with these identifiers, seen together}
     *
     * @param cueIds identifiers of cues in the curriculum's catalogue
     */
    public CueAdvice advise(String... cueIds) {
        return advise(Arrays.asList(cueIds));
    }

    /**
     * {@return advice for the cues with these identifiers, seen together; repeated identifiers count once}
     *
     * @param cueIds identifiers of cues in the curriculum's catalogue
     */
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

    /**
     * {@return advice for these cues, seen together, whether or not they are in the curriculum's catalogue}
     *
     * @param cues the cues seen
     */
    public CueAdvice adviseSignals(Collection<CueSignal> cues) {
        requireNonNull(cues, "cues");
        return decide(List.copyOf(new LinkedHashSet<>(cues)), List.of());
    }

    private CueAdvice decide(List<CueSignal> cues, List<String> unknown) {
        List<CueSignal> engagement = cues.stream()
                .filter(cue -> cue.getPolarity() == CuePolarity.ENGAGEMENT)
                .toList();
        List<CueSignal> disengagement = cues.stream()
                .filter(cue -> cue.getPolarity() == CuePolarity.DISENGAGEMENT)
                .toList();
        List<CueSignal> potent = disengagement.stream()
                .filter(cue -> cue.getIntensity() == CueIntensity.POTENT)
                .toList();
        if (!unknown.isEmpty()) {
            return unknown(unknown);
        }
        String mixed =
                engagement.isEmpty() || disengagement.isEmpty() ? "" : messages.get("cue.mixed", names(engagement));
        CueResponse response;
        List<CueSignal> driving;
        String explanation;
        if (!potent.isEmpty()) {
            response = CueResponse.STOP_AND_COMFORT;
            driving = potent;
            explanation = messages.get("cue.potent", names(potent), messages.get("cue.stop")) + mixed;
        } else if (disengagement.size() >= 2) {
            response = CueResponse.STOP_AND_COMFORT;
            driving = disengagement;
            explanation = messages.get("cue.several", names(disengagement), messages.get("cue.stop")) + mixed;
        } else if (disengagement.size() == 1) {
            response = CueResponse.PAUSE_OR_ADAPT;
            driving = disengagement;
            explanation = messages.get("cue.subtle", names(disengagement), messages.get("cue.pause")) + mixed;
        } else if (!engagement.isEmpty()) {
            response = CueResponse.CONTINUE;
            driving = engagement;
            explanation = messages.get("cue.engagement", names(engagement), messages.get("cue.continue"));
        } else {
            response = CueResponse.CONTINUE;
            driving = List.of();
            explanation = messages.get("cue.none");
        }

        List<CueSignal> stronger = cues.stream()
                .filter(cue -> cue.getResponse().compareTo(response) > 0)
                .toList();
        if (!stronger.isEmpty()) {
            CueResponse strongest = stronger.stream()
                    .map(CueSignal::getResponse)
                    .max(Enum::compareTo)
                    .orElseThrow();
            List<CueSignal> deciding = stronger.stream()
                    .filter(cue -> cue.getResponse() == strongest)
                    .toList();
            return CueAdvice.builder()
                    .response(strongest)
                    .drivingCues(deciding)
                    .explanation(
                            strongest == CueResponse.STOP_AND_GET_HELP
                                    ? messages.get("cue.serious", names(deciding), messages.get("cue.help"))
                                    : messages.get(
                                                    "cue.curated." + strongest.code(),
                                                    names(deciding),
                                                    messages.get(
                                                            strongest == CueResponse.STOP_AND_COMFORT
                                                                    ? "cue.stop"
                                                                    : "cue.pause"))
                                            + guidance(deciding, strongest))
                    .build();
        }
        return CueAdvice.builder()
                .response(response)
                .drivingCues(driving)
                .explanation(explanation + guidance(driving, response))
                .build();
    }

    /** Cues the catalogue lacks may be serious signs: stop and get help, with the closest known identifiers. */
    private CueAdvice unknown(List<String> unknown) {
        List<String> ids = curriculum.getCues().stream().map(CueSignal::getId).toList();
        StringBuilder explanation =
                new StringBuilder(messages.get("cue.unknown", String.join("', '", unknown), messages.get("cue.help")));
        Map<String, List<String>> suggestions = new LinkedHashMap<>();
        for (String id : unknown) {
            List<String> closest = Suggestions.closest(id, ids);
            if (!closest.isEmpty()) {
                suggestions.put(id, closest);
                explanation.append(messages.get("cue.unknownSuggestion", id, messages.didYouMean(closest)));
            }
        }
        return CueAdvice.builder()
                .response(CueResponse.STOP_AND_GET_HELP)
                .unknownCues(unknown)
                .suggestions(suggestions)
                .explanation(explanation.toString())
                .build();
    }

    /** The curriculum's guidance for the first driving cue whose own response is the one given, if any. */
    private String guidance(List<CueSignal> driving, CueResponse response) {
        return driving.stream()
                .filter(cue -> cue.getResponse() == response)
                .map(cue -> cue.getGuidance().map(this::text))
                .flatMap(Optional::stream)
                .filter(text -> !text.isBlank())
                .findFirst()
                .map(text -> " " + text)
                .orElse("");
    }

    private String names(List<CueSignal> cues) {
        return cues.stream()
                .map(cue -> cue.getName().isEmpty() ? cue.getId() : text(cue.getName()))
                .collect(Collectors.joining(", "));
    }

    private String text(LocalizedText text) {
        return text.resolve(language, curriculum.getDefaultLanguage());
    }
}
