package footplan.sync;

/**
 * The calendar server could not be reached or refused (exit code 4). The message names the address without
 * credentials and, when there was an answer, its HTTP status; it never holds a password.
 */
public final class ServerException extends RuntimeException {

    ServerException(String message) {
        super(message);
    }

    ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
