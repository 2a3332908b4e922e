package footplan.rules.facts;

/** A decision a rule inserted, with the plain-English reason that {@code --explain} shows. */
public interface Reasoned {

    String reason();
}
