package news.timeline.timeline.rest;

/** Example bodies shown in the OpenAPI document. */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String MENTION = """
            {"articleId": "3f2a9c", "url": "https://www.nytimes.com/2018/07/16/world/europe/trump-putin.html",
             "title": "Trump and Putin Meet in Helsinki", "source": "The New York Times",
             "publishedAt": "2018-07-16", "date": "2018-07-16", "dateText": "Monday",
             "text": "Trump and Putin met in Helsinki",
             "sentence": "President Trump and President Vladimir Putin met in Helsinki on Monday.",
             "status": "occurred", "confidence": 0.8}""";

    static final String EVENT = """
            {"id": 51, "date": "2018-07-16", "granularity": "day",
             "dateRange": {"start": "2018-07-16", "end": "2018-07-16"},
             "text": "Trump and Putin met in Helsinki", "status": "occurred",
             "actors": ["Donald Trump", "Vladimir Putin"], "location": "Helsinki", "confidence": 0.8, "sources": 2,
             "mentionCount": 1, "mentionsUrl": "/api/events/51/mentions",
             "mentions": [""" + MENTION + "]}";

    static final String MENTION_PAGE = "{\"items\": [" + MENTION + "], \"next\": null}";

    static final String ARTICLE_PAGE = """
            {"items": [{"id": "3f2a9c", "url": "https://www.nytimes.com/2018/07/16/world/europe/trump-putin.html",
              "title": "Trump and Putin Meet in Helsinki", "source": "The New York Times",
              "publishedAt": "2018-07-16", "storedAt": "2026-11-23T09:00:01.250Z"}],
             "next": "YTF8MjAyNi0xMS0yM1QwOTowMDowMS4yNTBafDNmMmE5Yw"}""";

    static final String EVENT_PAGE = "{\"items\": [" + EVENT + "], \"next\": \"ZTE6MjAxOC0wNy0xNjo1MQ\"}";

    static final String ARTICLE = """
            {"id": "3f2a9c", "url": "https://www.nytimes.com/2018/07/16/world/europe/trump-putin.html",
             "title": "Trump and Putin Meet in Helsinki", "source": "The New York Times", "language": "en",
             "publishedAt": "2018-07-16", "dct": "2018-07-16", "dctSource": "given", "dctGranularity": "day",
             "dctConfidence": 1.0, "dctEvidence": ["feed date"], "extractedAt": "2026-11-23T09:00:00Z",
             "engineVersion": "1.7", "storedAt": "2026-11-23T09:00:01.250Z",
             "events": [{"eventId": 51, "date": "2018-07-16", "granularity": "day",
               "dateRange": {"start": "2018-07-16", "end": "2018-07-16"}, "dateText": "Monday",
               "dateStart": 64, "dateEnd": 70, "text": "Trump and Putin met in Helsinki",
               "sentence": "President Trump and President Vladimir Putin met in Helsinki on Monday.",
               "sentenceStart": 0, "sentenceEnd": 71, "actors": ["Donald Trump", "Vladimir Putin"],
               "location": "Helsinki", "status": "occurred", "confidence": 0.8}]}""";

    static final String TIMELINE = """
            {"items": [{"id": 51, "date": "2018-07-16", "granularity": "day",
              "dateRange": {"start": "2018-07-16", "end": "2018-07-16"},
              "summary": "Trump and Putin met in Helsinki",
              "statements": ["President Trump and President Vladimir Putin met in Helsinki.",
                "Putin and Trump held a summit in Helsinki that lasted four hours."],
              "status": "occurred", "actors": ["Donald Trump", "Vladimir Putin"], "location": "Helsinki",
              "sources": 2, "mentions": 2, "salience": 3.412,
              "outlets": [{"name": "The New York Times", "articleId": "3f2a9c",
                "url": "https://www.nytimes.com/2018/07/16/world/europe/trump-putin.html",
                "title": "Trump and Putin Meet in Helsinki", "publishedAt": "2018-07-16"}],
              "entries": [51], "mentionsUrl": "/api/events/51/mentions"}]}""";

    static final String HISTOGRAM = """
            {"bucket": "week", "entries": 7, "capped": false,
             "items": [{"start": "2018-07-09", "end": "2018-07-15", "count": 2},
                       {"start": "2018-07-16", "end": "2018-07-22", "count": 5}]}""";

    static final String ENTITIES = """
            {"items": [{"name": "Donald Trump", "kind": "actor", "events": 42},
                       {"name": "Helsinki", "kind": "location", "events": 3}]}""";

    static final String BAD_PARAMETER = """
            {"type": "/problems/invalid-parameter", "title": "Invalid request parameter", "status": 400,
             "detail": "Parameter 'from' must be an ISO date or TIMEX3 date such as 2018-07-16, 2018-W29, 2018-07 or 2018, not 'notadate'",
             "instance": "/api/events"}""";

    static final String EVENT_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "No event with id 999", "instance": "/api/events/999"}""";

    static final String ARTICLE_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "No article with id nope", "instance": "/api/articles/nope"}""";

    static final String REPROCESS_RUN = """
            {"run": "20261201T041000Z-3fa2c1", "articles": 1200, "changed": 37, "unchanged": 1163, "eventsAdded": 12,
             "eventsRemoved": 4, "eventsRedated": 29, "firstAt": "2026-12-01T04:10:02.114Z",
             "lastAt": "2026-12-01T04:12:40.871Z"}""";

    static final String BAD_RUN = """
            {"type": "/problems/invalid-parameter", "title": "Invalid request parameter", "status": 400,
             "detail": "Parameter 'run' must be a run id as ./timeline reprocess prints it (letters, digits, '.', '_', '-'; at most 64), not '-run'",
             "instance": "/api/reprocess-runs/-run"}""";

    static final String RUN_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "No article of reprocess run 20261201T041000Z-3fa2c1 stored (yet)",
             "instance": "/api/reprocess-runs/20261201T041000Z-3fa2c1"}""";
}
