package se.valedger.renewal;

import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;
import se.valedger.pipe.RenewalMethod;

/** The method a proposal suggests for a pipe, and what a renewed pipe is made of afterwards. */
public final class RenewalDefaults {

    private RenewalDefaults() {
    }

    /**
     * Drinking-water mains up to 400 mm are burst and replaced with PE (relining of drinking-water
     * mains is still rare in Sweden for want of an approval scheme for liner materials); sewers and
     * storm drains from 150 to 1200 mm are relined; anything else is dug up and relaid.
     */
    public static RenewalMethod methodFor(NetworkPipe pipe) {
        if (pipe.networkKind() == NetworkKind.DRINKING_WATER) {
            return pipe.diameterMm() <= 400 ? RenewalMethod.PIPE_BURSTING : RenewalMethod.OPEN_CUT_REPLACEMENT;
        }
        return pipe.diameterMm() >= 150 && pipe.diameterMm() <= 1200
                ? RenewalMethod.RELINING : RenewalMethod.OPEN_CUT_REPLACEMENT;
    }

    /** A burst pipe is replaced by PE; a liner is counted as GRP; a relaid sewer is PP, a relaid main PE. */
    public static Material materialAfter(RenewalMethod method, NetworkKind networkKind) {
        return switch (method) {
            case PIPE_BURSTING -> Material.PE;
            case RELINING -> Material.GRP;
            case OPEN_CUT_REPLACEMENT -> networkKind == NetworkKind.DRINKING_WATER ? Material.PE : Material.PP;
        };
    }
}
