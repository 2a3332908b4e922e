package footplan.cli;

/** How {@code plan} reports: for a person or for a script. */
enum Format {
    text, json
}
