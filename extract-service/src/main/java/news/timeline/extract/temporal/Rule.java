package news.timeline.extract.temporal;

import java.util.List;
import java.util.Map;

/**
 * A rule of the rules file: token patterns (any of them matches) and how to normalize what they match.
 *
 * @param id        the rule's name, unique in the file
 * @param patterns  alternative patterns
 * @param type      the TIMEX3 type of a match
 * @param function  the normalization function ({@link Normalizer})
 * @param arguments argument name -> literal, or {@code $capture}
 * @param order     position in the file; among equally long matches the earlier rule wins
 */
record Rule(String id, List<PatternElement[]> patterns, TimexType type, String function,
            Map<String, String> arguments, int order) {
}
