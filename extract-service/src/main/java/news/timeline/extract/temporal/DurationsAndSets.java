package news.timeline.extract.temporal;

import java.util.List;
import java.util.Map;
import news.timeline.extract.temporal.Normalizer.Context;
import news.timeline.extract.temporal.Normalizer.Result;

/** Durations ("three months" P3M, "several years" PXY) and sets ("every week" P1W), as TIMEX3 values. */
final class DurationsAndSets {

    private DurationsAndSets() {
    }

    private static final Map<String, String> DURATION_UNITS = Map.of(
            "Y", "Y", "M", "M", "W", "W", "D", "D", "H", "TH", "MIN", "TM", "S", "TS", "Q", "Q", "DE", "DE", "C", "C");

    /**
     * "three months" dur(n=$n, unit=M); n may be X ("several years"); "1.5 hours" dur(n=1, frac=5, unit=H), none
     * for units TimeML writes in other units (quarters, decades, centuries).
     */
    static Result dur(Args a, Context ctx) {
        String unit = a.get("unit");
        String n = a.getOrDefault("n", "1");
        String mod = a.get("mod");
        if (!DURATION_UNITS.containsKey(unit)) {
            throw new IllegalArgumentException("unknown duration unit " + unit);
        }
        if (a.containsKey("frac")) {
            return List.of("Q", "DE", "C").contains(unit) ? null
                    : new Result(decimalDuration(n + "." + a.get("frac"), unit), mod, false, null);
        }
        if (ctx.reported != null && spansQuarters(n, unit)) {
            // "for the nine months ... a year earlier": the comparison is now with the year before
            ctx.reported = ctx.reported.coarsen(Granularity.YEAR);
        }
        String value = a.containsKey("half") ? durationAndAHalf(Long.parseLong(n), unit) : durationValue(n, unit);
        return new Result(value, mod, false, null);
    }

    /** "two and a half years" P2Y6M, "5 1/2 hours" PT5H30M: the half in the next smaller unit where it has one. */
    static String durationAndAHalf(long n, String unit) {
        return switch (unit) {
            case "Y" -> "P" + n + "Y6M";
            case "D" -> "P" + n + "DT12H";
            case "H" -> "PT" + n + "H30M";
            case "MIN" -> "PT" + n + "M30S";
            case "S" -> "PT" + n + ".5S";
            case "Q" -> "P" + (3 * n + 1) + ".5M";
            case "DE" -> "P" + (10 * n + 5) + "Y";
            case "C" -> "P" + (100 * n + 50) + "Y";
            default -> "P" + n + ".5" + unit;
        };
    }

    /** "1.5 hours" PT1.5H: ISO 8601 lets the smallest unit of a duration have a decimal fraction. */
    private static String decimalDuration(String n, String unit) {
        String letter = DURATION_UNITS.get(unit);
        return letter.startsWith("T") ? "PT" + n + letter.substring(1) : "P" + n + letter;
    }

    /** Half a year up to a year: the spans an earnings report sums several quarters over. */
    private static boolean spansQuarters(String n, String unit) {
        if (n.equals("X")) {
            return false;
        }
        long count = Long.parseLong(n);
        return unit.equals("M") && count >= 6 && count < 12 || unit.equals("Q") && count >= 2 && count < 4;
    }

    static String durationValue(String n, String unit) {
        boolean known = !n.equals("X");
        long count = known ? Long.parseLong(n) : 0;
        return switch (unit) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            case "Q" -> "P" + n + "Q"; // TimeML counts quarters in their own unit: "two quarters" P2Q
            case "DE" -> known ? "P" + count * 10 + "Y" : "PXY"; // some decades are some years, as TimeBank writes them
            case "C" -> known ? "P" + count * 100 + "Y" : "PXC";
            default -> "P" + n + unit;
        };
    }

    /**
     * "every week" set(unit=W, quant=EVERY); "every Monday" set(w=$w); "each July" set(m=$m); "every winter"
     * set(s=$s); "every morning" set(p=$p); "twice a month" set(unit=M, times=2), which TimeML writes as freq 2X;
     * "every other Thursday" set(w=$w, freq=2W), the spacing of its weekday written as given.
     */
    static Result set(Args a) {
        String freq = a.containsKey("times") ? a.get("times") + "X" : a.get("freq");
        String quant = a.get("quant");
        String value;
        if (a.containsKey("p")) {
            value = "XXXX-XX-XXT" + a.get("p");
        } else if (a.containsKey("w")) {
            value = "XXXX-WXX-" + a.get("w") + a.getOrDefault("pod", "");
        } else if (a.containsKey("m")) {
            value = "XXXX-" + TimePoint.pad(Integer.parseInt(a.get("m")), 2);
        } else if (a.containsKey("s")) {
            value = "XXXX-" + a.get("s");
        } else if (a.containsKey("v")) {
            value = a.get("v");
        } else {
            value = durationValue(a.getOrDefault("n", "1"), a.get("unit"));
        }
        return new Result(value, null, false, null, freq, quant);
    }
}
