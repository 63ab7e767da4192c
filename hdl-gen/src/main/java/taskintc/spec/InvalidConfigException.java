package taskintc.spec;

import java.util.List;

/** A generator parameter outside its allowed range; the message names each parameter and range. */
public final class InvalidConfigException extends IllegalArgumentException {
    private final List<String> problems;

    public InvalidConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
