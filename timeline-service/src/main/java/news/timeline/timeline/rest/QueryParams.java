package news.timeline.timeline.rest;

import news.timeline.timeline.query.InvalidParameterException;

/** Number parameters are taken as text so that a malformed one is a 400 problem, not a missing resource. */
final class QueryParams {

    private QueryParams() {
    }

    static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number, not '" + value + "'");
        }
    }
}
