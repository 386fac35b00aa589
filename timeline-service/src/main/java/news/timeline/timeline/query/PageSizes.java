package news.timeline.timeline.query;

import news.timeline.timeline.config.TimelineConfig;

/** Checks a requested page size or limit against its configured default and maximum. */
final class PageSizes {

    private PageSizes() {
    }

    static int resolve(String parameter, Integer requested, TimelineConfig.Paging paging) {
        if (requested == null) {
            return paging.defaultSize();
        }
        if (requested < 1 || requested > paging.maxSize()) {
            throw new InvalidParameterException(parameter,
                    "must be between 1 and " + paging.maxSize() + ", not " + requested);
        }
        return requested;
    }
}
