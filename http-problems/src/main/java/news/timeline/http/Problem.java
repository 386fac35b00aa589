package news.timeline.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param type     URI reference naming the kind of problem
 * @param title    short summary of that kind
 * @param status   the HTTP status
 * @param detail   what went wrong with this request
 * @param instance the request path
 * @param id       for a server error only: the id under which it is logged, to quote when reporting it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String id) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance) {
        this(type, title, status, detail, instance, null);
    }
}
