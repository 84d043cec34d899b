package dev.atelier.app.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.atelier.common.Redactor;

/** Formats a log line (message and stack trace) and masks anything shaped like a key or mnemonic. */
public final class RedactingLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return Redactor.redact(super.doLayout(event));
    }
}
