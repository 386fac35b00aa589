package news.timeline.timeline.query;

/**
 * A request parameter the service cannot work with; the client should fix its request.
 */
public class InvalidParameterException extends RuntimeException {

    public InvalidParameterException(String parameter, String reason) {
        super("Parameter '" + parameter + "' " + reason);
    }
}
