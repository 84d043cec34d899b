package dev.atelier.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logback's start-up configuration, found through {@code META-INF/services}: logging stays off until
 * {@link Logging#toFile} points it at {@code <home>/logs/atelier.log}, so nothing reaches stdout (CLI
 * output) or stderr ({@code error:} messages) by accident. Done in code rather than in a
 * {@code logback.xml} because reading the XML (Joran, SAX) costs about a quarter of a second of CPU
 * at every start, which short CLI commands feel.
 */
public final class QuietStart extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
