package news.timeline.timeline.export;

/** Example exports shown in the OpenAPI document. */
public final class ExportExamples {

    private ExportExamples() {
    }

    public static final String TIMELINEJS = """
            {"title": {"text": {"headline": "News timeline", "text": "<p>entity: Putin · from 2018</p>"},
              "autolink": false},
             "events": [{"start_date": {"year": 2018, "month": 7, "day": 16},
               "text": {"headline": "Trump and Putin met in Helsinki",
                 "text": "<p>occurred · Donald Trump, Vladimir Putin · Helsinki</p><p>Sources (2 outlets, 2 reports):</p><ul><li><a href=\\"https://www.nytimes.com/2018/07/16/world/europe/trump-putin.html\\">The New York Times</a>: Trump and Putin Meet in Helsinki</li></ul>"},
               "group": "occurred", "autolink": false, "unique_id": "entry-51"},
              {"start_date": {"year": 2018, "month": 11}, "end_date": {"year": 2018, "month": 11},
               "text": {"headline": "Putin will visit Washington",
                 "text": "<p>planned · Vladimir Putin · Washington</p><p>Sources (1 outlets, 1 reports):</p><ul></ul>"},
               "group": "planned", "autolink": false, "unique_id": "entry-77"}],
             "scale": "human"}""";

    public static final String CSV = "id,date,granularity,start,end,status,statement,actors,location,confidence,"
            + "sources,mentions,outlets,urls,mentions_url\r\n"
            + "51,2018-07-16,day,2018-07-16,2018-07-16,occurred,\"Trump and Putin met in Helsinki, officials said\","
            + "Donald Trump; Vladimir Putin,Helsinki,0.8,2,2,The New York Times; Reuters,"
            + "https://www.nytimes.com/2018/07/16/world/europe/trump-putin.html https://www.reuters.com/a,"
            + "/api/events/51/mentions\r\n";

    public static final String CSV_REPORTS = "event_id,event_date,event_status,article_id,url,title,source,"
            + "published_at,date,date_text,statement,sentence,status,confidence\r\n"
            + "51,2018-07-16,occurred,3f2a9c,https://www.nytimes.com/2018/07/16/world/europe/trump-putin.html,"
            + "Trump and Putin Meet in Helsinki,The New York Times,2018-07-16,2018-07-16,Monday,"
            + "Trump and Putin met in Helsinki,\"President Trump and President Vladimir Putin met in Helsinki on "
            + "Monday.\",occurred,0.8\r\n";

    public static final String ICALENDAR = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//news-timeline//timeline-service//EN
            CALSCALE:GREGORIAN
            X-WR-CALNAME:Planned events
            BEGIN:VEVENT
            UID:timeline-entry-77@news-timeline
            DTSTAMP:20261130T230000Z
            DTSTART;VALUE=DATE:20181101
            DTEND;VALUE=DATE:20181201
            SUMMARY:Putin will visit Washington
            DESCRIPTION:Putin will visit Washington\\nActors: Vladimir Putin\\nDate as r
             eported: 2018-11\\nSources (1 outlets\\, 1 reports):\\n- Reuters: Putin to v
             isit Washington in November <https://www.reuters.com/a>
            LOCATION:Washington
            URL:https://www.reuters.com/a
            END:VEVENT
            END:VCALENDAR
            """;
}
