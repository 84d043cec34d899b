package dev.atelier.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's name and version (from the build). */
public final class AppInfo {
    public static final String NAME = "Atelier";

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/dev/atelier/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
