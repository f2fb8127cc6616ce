package dev.infantmassage.curriculum.planning;

import static java.util.Objects.requireNonNull;

import dev.infantmassage.curriculum.BodyRegion;
import dev.infantmassage.curriculum.Coded;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The small vocabulary of body sites a {@link Circumstance} may name, and the region each belongs to.
 *
 * <p>A site is a word such as {@code "thigh"} or {@code "upper-arm"}, optionally with a side
 * ({@code "left-thigh"}, {@code "right upper arm"}), or a region's wire code such as
 * {@code "legs-and-feet"}. Case, spaces and underscores do not matter. Sites follow the domain's
 * teaching regions: buttocks belong to the legs, the neck and ears to the face.
 *
 * @since 0.1.0
 */
public final class BodySites {
    private static final Map<String, BodyRegion> SITES = Map.ofEntries(
            Map.entry("thigh", BodyRegion.LEGS_AND_FEET),
            Map.entry("leg", BodyRegion.LEGS_AND_FEET),
            Map.entry("legs", BodyRegion.LEGS_AND_FEET),
            Map.entry("knee", BodyRegion.LEGS_AND_FEET),
            Map.entry("shin", BodyRegion.LEGS_AND_FEET),
            Map.entry("calf", BodyRegion.LEGS_AND_FEET),
            Map.entry("ankle", BodyRegion.LEGS_AND_FEET),
            Map.entry("foot", BodyRegion.LEGS_AND_FEET),
            Map.entry("feet", BodyRegion.LEGS_AND_FEET),
            Map.entry("heel", BodyRegion.LEGS_AND_FEET),
            Map.entry("sole", BodyRegion.LEGS_AND_FEET),
            Map.entry("toe", BodyRegion.LEGS_AND_FEET),
            Map.entry("toes", BodyRegion.LEGS_AND_FEET),
            Map.entry("hip", BodyRegion.LEGS_AND_FEET),
            Map.entry("buttock", BodyRegion.LEGS_AND_FEET),
            Map.entry("buttocks", BodyRegion.LEGS_AND_FEET),
            Map.entry("bottom", BodyRegion.LEGS_AND_FEET),
            Map.entry("tummy", BodyRegion.STOMACH),
            Map.entry("belly", BodyRegion.STOMACH),
            Map.entry("abdomen", BodyRegion.STOMACH),
            Map.entry("navel", BodyRegion.STOMACH),
            Map.entry("umbilicus", BodyRegion.STOMACH),
            Map.entry("chest", BodyRegion.CHEST),
            Map.entry("ribs", BodyRegion.CHEST),
            Map.entry("arm", BodyRegion.ARMS_AND_HANDS),
            Map.entry("arms", BodyRegion.ARMS_AND_HANDS),
            Map.entry("upper-arm", BodyRegion.ARMS_AND_HANDS),
            Map.entry("forearm", BodyRegion.ARMS_AND_HANDS),
            Map.entry("shoulder", BodyRegion.ARMS_AND_HANDS),
            Map.entry("armpit", BodyRegion.ARMS_AND_HANDS),
            Map.entry("elbow", BodyRegion.ARMS_AND_HANDS),
            Map.entry("wrist", BodyRegion.ARMS_AND_HANDS),
            Map.entry("hand", BodyRegion.ARMS_AND_HANDS),
            Map.entry("hands", BodyRegion.ARMS_AND_HANDS),
            Map.entry("palm", BodyRegion.ARMS_AND_HANDS),
            Map.entry("finger", BodyRegion.ARMS_AND_HANDS),
            Map.entry("fingers", BodyRegion.ARMS_AND_HANDS),
            Map.entry("face", BodyRegion.FACE),
            Map.entry("forehead", BodyRegion.FACE),
            Map.entry("cheek", BodyRegion.FACE),
            Map.entry("chin", BodyRegion.FACE),
            Map.entry("jaw", BodyRegion.FACE),
            Map.entry("nose", BodyRegion.FACE),
            Map.entry("ear", BodyRegion.FACE),
            Map.entry("scalp", BodyRegion.FACE),
            Map.entry("head", BodyRegion.FACE),
            Map.entry("neck", BodyRegion.FACE),
            Map.entry("back", BodyRegion.BACK),
            Map.entry("spine", BodyRegion.BACK),
            Map.entry("lower-back", BodyRegion.BACK));

    private BodySites() {}

    /**
     * {@return the region a site belongs to, if the vocabulary knows the site}
     *
     * <p>{@code regionOf("left-thigh")} is {@link BodyRegion#LEGS_AND_FEET}; {@code regionOf("arm")}
     * is {@link BodyRegion#ARMS_AND_HANDS}; {@code regionOf("stomach")} is {@link BodyRegion#STOMACH}.
     *
     * @param site a site such as {@code "left-thigh"}, or a region's code; case, spaces and underscores do not matter
     */
    public static Optional<BodyRegion> regionOf(String site) {
        requireNonNull(site, "site");
        String word = site.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        Optional<BodyRegion> region = Coded.find(BodyRegion.class, word);
        if (region.isPresent()) {
            return region;
        }
        for (String side : new String[] {"left-", "right-", "both-"}) {
            if (word.startsWith(side)) {
                word = word.substring(side.length());
                break;
            }
        }
        return Optional.ofNullable(SITES.get(word));
    }

    /**
     * {@return whether the vocabulary knows {@code site}}
     *
     * @param site a site such as {@code "left-thigh"}
     */
    public static boolean isKnown(String site) {
        return regionOf(site).isPresent();
    }
}
