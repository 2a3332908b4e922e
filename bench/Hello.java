/** The baseline of the benchmark: the cost of starting a JVM that does nothing. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
