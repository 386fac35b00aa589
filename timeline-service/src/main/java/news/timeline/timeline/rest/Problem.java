package news.timeline.timeline.rest;

/**
 * An RFC 9457 problem detail, served as {@code application/problem+json}.
 *
 * @param type     URI reference naming the kind of problem
 * @param title    short summary of that kind
 * @param status   the HTTP status
 * @param detail   what went wrong with this request
 * @param instance the request path
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
