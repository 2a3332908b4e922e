package footplan.answers;

/** Reads one answer given as text, in the file or at a prompt; throws with a hint when it cannot be used. */
@FunctionalInterface
public interface TextParser<T> {
    T parse(String text) throws BadValue;
}
