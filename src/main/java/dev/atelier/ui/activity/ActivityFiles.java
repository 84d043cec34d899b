package dev.atelier.ui.activity;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file dialogs of the Activity screen's air-gap actions (replaceable so tests can answer them). */
public interface ActivityFiles {
    /** A signing request file to show as a QR code. */
    Optional<Path> openRequest(Window owner);

    /** Pictures of the offline signer's response code (several for an animated code). */
    List<Path> openImages(Window owner);

    /** A folder for QR frames saved as PNG. */
    Optional<Path> chooseFolder(Window owner, String title);

    /** The platform's file choosers. */
    ActivityFiles SYSTEM = new ActivityFiles() {
        @Override
        public Optional<Path> openRequest(Window owner) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Signing request to show as a QR code");
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Signing requests", "*.atelier-request", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
        }

        @Override
        public List<Path> openImages(Window owner) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Pictures of the signed response's QR code");
            fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            List<File> files = fc.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> chooseFolder(Window owner, String title) {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(title);
            return Optional.ofNullable(dc.showDialog(owner)).map(File::toPath);
        }
    };
}
