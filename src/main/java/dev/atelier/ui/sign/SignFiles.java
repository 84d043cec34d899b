package dev.atelier.ui.sign;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file dialogs the Sign screen opens (replaceable so tests can answer them). */
public interface SignFiles {
    /** Request files, or QR images (several for an animated code). */
    List<Path> openRequests(Window owner);

    Optional<Path> saveResponse(Window owner, String suggestedName);

    /** A folder for the response's QR frames as PNG pictures. */
    default Optional<Path> chooseFolder(Window owner, String title) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        return Optional.ofNullable(dc.showDialog(owner)).map(File::toPath);
    }

    /** The platform's file choosers. */
    SignFiles SYSTEM = new SignFiles() {
        @Override
        public List<Path> openRequests(Window owner) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open a signing request");
            fc.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Signing requests and QR images",
                            "*.atelier-request", "*.json", "*.jsonl", "*.txt", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            List<File> files = fc.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> saveResponse(Window owner, String suggestedName) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Save the signed response");
            fc.setInitialFileName(suggestedName);
            File f = fc.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        }
    };
}
