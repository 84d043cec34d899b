package dev.atelier.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.atelier.app.AppContext;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of every subcommand: reaches the root for I/O and the (lazily opened) app context. */
public abstract class CliCommand implements Callable<Integer> {
    protected static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    protected CommandSpec spec;

    protected AtelierCommand root() {
        return (AtelierCommand) spec.root().userObject();
    }

    protected AppContext app() {
        return root().context();
    }

    protected PrintWriter out() {
        return root().io().out();
    }

    protected PrintWriter err() {
        return root().io().err();
    }

    protected String env(String name) {
        return root().io().env().get(name);
    }

    protected void printJson(Object value) throws com.fasterxml.jackson.core.JsonProcessingException {
        out().println(JSON.writeValueAsString(value));
    }
}
