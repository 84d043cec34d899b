package dev.atelier.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar's progress area: one row per running background task with its name, a progress
 * bar (indeterminate until the task reports), its latest message as a tooltip, and a cancel button.
 */
public final class TaskStrip extends HBox {
    public TaskStrip(ObservableList<Task<?>> tasks) {
        setSpacing(14);
        setAlignment(Pos.CENTER_RIGHT);
        setId("task-strip");
        tasks.addListener((ListChangeListener<Task<?>>) c -> rebuild(tasks));
        rebuild(tasks);
    }

    private void rebuild(ObservableList<Task<?>> tasks) {
        getChildren().clear();
        for (Task<?> t : tasks) {
            getChildren().add(row(t));
        }
    }

    private HBox row(Task<?> task) {
        Label name = new Label();
        name.textProperty().bind(task.titleProperty());
        name.getStyleClass().add(Styles.TEXT_SMALL);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(120);
        bar.getStyleClass().add(Styles.SMALL);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(task.messageProperty());
        Tooltip.install(bar, tip);
        Button cancel = new Button(null, new FontIcon("mdi2c-close"));
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new Tooltip("Cancel"));
        cancel.setOnAction(e -> task.cancel());
        HBox row = new HBox(6, name, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("task-row");
        return row;
    }
}
